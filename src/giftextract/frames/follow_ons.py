"""Layer 6: more of a force to come, told without a personnel noun.

"Another 200 would follow", "with approximately 1,700 more set to join them": a planned
figure of the sender and host the sentence (or, through the discourse-party sieve, the
article) last told of.
"""

from __future__ import annotations

import dataclasses

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.frames.slots import view_sources
from giftextract.quantity.numbers import NUMBER_WORD
from giftextract.mentions.sentence import SentenceView


# "Another 200 would follow", "with approximately 1,700 more set to join them": more of the
# force just told, still to come
_ANOTHER_BEFORE = compile_pattern(r"\b(?:another|a\s+further|further)\s+(?:(?:some|about|around|roughly|approximately|nearly)\s+)?$",
                                regex.IGNORECASE)
# a figure in digits or in words ("another two hundred would follow"): the gate below must
# find every figure the counts read, or a sentence that tells one is passed over as quiet
_FIGURE = rf"(?:\d[\d,]*|(?:{NUMBER_WORD}[\s-]+(?:and\s+)?){{0,4}}{NUMBER_WORD}\b)"
_ANOTHER_IN = compile_pattern(rf"\b(?:another|a\s+further|further)\s+(?:(?:some|about|around|roughly|approximately|nearly)\s+)?{_FIGURE}(?:\s+more)?|{_FIGURE}\s+more\b",
                            regex.IGNORECASE)
_MORE_AFTER = compile_pattern(r"\s+more\b", regex.IGNORECASE)
_FOLLOWED_BY = compile_pattern(r"\b(?:will|would|(?:is|are|was|were)\s+(?:due|set|expected)\s+to|(?:is|are|was|were)\s+to)\s+"
                             r"be\s+followed\s+(?:\w+\s+)?by\s+(?:(?:another|a\s+further|further)\s+(?:(?:some|about|around|roughly|approximately|nearly)\s+)?)?$",
                             regex.IGNORECASE)
_TO_COME = compile_pattern(r"\s+(?:more\s+)?(?:troops\s+|soldiers\s+|personnel\s+)?(?:would|will|to|are\s+to|were\s+to|(?:are\s+|were\s+)?set\s+to|"
                         r"(?:are\s+|were\s+)?due\s+to|(?:are\s+|were\s+)?expected\s+to)\s+(?:\w+\s+)?"
                         r"(?:follow|join|arrive|come|fly|leave|head|deploy|travel|be\s+sent|be\s+deployed|be\s+flown)\b", regex.IGNORECASE)


def follow_ons(view: SentenceView, frames: list, frame_type) -> list:
    """More of a force the sentence told of, still to come: a planned figure of its sender and
    host (``frame_type``: the deployment frame class, which frames/deployments.py defines)."""
    told = [f for f in frames if f.personnel is not None and not f.mention_only]
    used = {f.personnel.start for f in frames if f.personnel is not None}
    out = []
    for c in view.counts:
        if c.start in used or c.value is None or (told and c.start < told[0].personnel.start):
            continue
        more = _MORE_AFTER.match(view.text, c.end) or c.text.lower().startswith(("another", "a further", "further"))
        another = more or _ANOTHER_BEFORE.search(view.text, max(view.start, c.start - 30), c.start)
        # "... will be followed by another 113": the figure still to come, told before its verb
        followed = another and _FOLLOWED_BY.search(view.text, max(view.start, c.start - 60), c.start)
        if not another or not (followed or _TO_COME.match(view.text, c.end)):
            continue
        if not told:  # "Another 200 would follow": the last deployment's (the discourse-party sieve)
            out.append(frame_type(view.start, view.end, c.start, c.end, c, None, status="planned",
                                  rules=["follow-on"], sources=view_sources(view)))
            continue
        last = told[-1]
        out.append(dataclasses.replace(last, personnel=c, status="planned", signal=None, rules=[*last.rules, "follow-on"],
                                       sources=list(last.sources), evidence=list(last.evidence), alternatives={},
                                       speaker_countries=list(last.speaker_countries)))
    return out


# "the UN said 130 had arrived", "by Friday 450 had landed": a bare figure that arrived, with
# no personnel noun of its own
_ARRIVED_AFTER = compile_pattern(r"\s+(?:had\s+|have\s+|has\s+)?(?:already\s+|now\s+)?(?:arrived|landed)\b", regex.IGNORECASE)


_OF_BEFORE = compile_pattern(r"\bof\s+$", regex.IGNORECASE)
_BARE_ARRIVED = compile_pattern(r"(?<![\w,.])" + _FIGURE + _ARRIVED_AFTER.pattern, regex.IGNORECASE)


def bare_arrivals(view: SentenceView, frames: list, frame_type) -> list:
    """A bare figure told as having arrived, after a force of its own sentence or, through
    the discourse-party sieve, of the article: that force's sender and host ("UNAMID put
    the contingent at 140 officers; the UN said 130 had arrived")."""
    used = {f.personnel.start for f in frames if f.personnel is not None}
    told = [f for f in frames if f.personnel is not None and not f.mention_only]
    out = []
    for c in view.counts:
        if c.start in used or c.value is None or not _ARRIVED_AFTER.match(view.text, c.end) \
                or _OF_BEFORE.search(view.text, max(view.start, c.start - 12), c.start):
            continue  # ("a U.S.-led force of about 20,000 landed": the figure of the noun before it)
        if told and told[-1].personnel.start < c.start:
            last = told[-1]
            sender = last.sender if getattr(last.sender, "country", None) else None  # not "UNAMID put the contingent at 140"
            out.append(dataclasses.replace(last, personnel=c, sender=sender, status="confirmed", signal=None, under_way=True,
                                           rules=[*last.rules, "bare-arrival"], sources=list(last.sources),
                                           evidence=list(last.evidence), alternatives={},
                                           speaker_countries=list(last.speaker_countries)))
        elif not told:
            out.append(frame_type(view.start, view.end, c.start, c.end, c, None, status="confirmed", under_way=True,
                                  rules=["bare-arrival"], sources=view_sources(view)))
    return out


def follows_on(text: str, start: int, end: int) -> bool:
    """A sentence that may tell more of a force to come ("Another 200 would follow") or a bare
    figure of it that arrived ("By Friday 400 had arrived")."""
    # every such figure, not the first: "Another 200 arrived on Tuesday, and 300 more will follow"
    return any(_TO_COME.match(text, m.end()) is not None or _FOLLOWED_BY.search(text, max(start, m.start() - 60), m.start()) is not None
               for m in _ANOTHER_IN.finditer(text, start, end)) or _BARE_ARRIVED.search(text, start, end) is not None
