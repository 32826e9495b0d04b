"""Layer 6: the other senders of a deployment told with the verb and the noun left out.

"Poland sent 24,341 troops, Hungary some 17,000 and Bulgaria 2,168": after a deployment
frame's personnel noun, a list of states each followed by a figure is the same deployment
(host, status, time) from each of those states, with that state's figure. The list stops
at anything else: "Poland sent 500 troops, Hungary said on Monday" is no pair.
"""

from __future__ import annotations

import dataclasses

import regex

from giftextract.mentions.sentence import SentenceView

# between the figure's noun (or the last pair) and the next state: a comma, "and", "while"
_LINK = regex.compile(r"[ \t]*(?:,[ \t]*)?(?:(?:and|while|with|plus)[ \t]+)?", regex.IGNORECASE)
# between a state and its figure: nothing but a hedge the count does not take itself
_HEDGE = regex.compile(r"[ \t]*(?:(?:sent|contributed|deployed|provided|dispatched|supplied|added)[ \t]+)?", regex.IGNORECASE)
# after a figure: the pair ends at punctuation, "and", "each" or the figure's own noun
_AFTER = regex.compile(r"[ \t]*(?:troops|soldiers|personnel|police(?:[ \t]+officers)?|officers|men|marines|each)?"
                       r"[ \t]*(?:[,.;)]|and\b|while\b|to\b|into\b|in\b|$)", regex.IGNORECASE)
_WHERE = regex.compile(r"[ \t]+(?:to|in|into|for)[ \t]+(?:the[ \t]+)?", regex.IGNORECASE)
_THE = regex.compile(r"the[ \t]+", regex.IGNORECASE)
MAX_PAIRS = 12
_WEAK_SENDER = frozenset({"fallback:subject", "noun-at-location", "noun-in-host", "noun-to-host", "fallback:host-by-position"})


def gapped_senders(view: SentenceView, frames: list) -> list:
    """The further (state, figure) pairs after each told deployment of the sentence, one frame each."""
    out = []
    used = {f.personnel.start: f for f in frames if f.personnel is not None}
    for frame in frames:
        if frame.personnel is None or frame.mention_only or frame.sender is None:
            continue
        pos = frame.noun_end
        where = _WHERE.match(view.text, pos, view.end)  # "troops to Czechoslovakia, Hungary some 17,000"
        if where is not None:
            place = next((e for e in view.entities if e.start == where.end()), None)
            pos = place.end if place is not None else pos
        for _ in range(MAX_PAIRS):
            link = _LINK.match(view.text, pos, view.end)
            state = _entity_at(view, link.end())
            if state is None:
                break
            hedge = _HEDGE.match(view.text, state.end, view.end)
            count = _count_at(view, hedge.end())
            if count is None or count.value is None or not _AFTER.match(view.text, count.end, view.end):
                break
            own = used.get(count.start)
            if own is not None:
                # "Australia flew in 50 soldiers and 35 police and New Zealand 60 soldiers": the
                # figure's own noun made a frame, but no row named its sender; the state before it does
                if own.sender is not None and not set(own.rules) <= _WEAK_SENDER:
                    break
                own.sender, own.rules = state, [*own.rules, "gapped-sender"]
                pos = count.end
                continue
            used[count.start] = frame
            out.append(dataclasses.replace(frame, sender=state, personnel=count, rules=[*frame.rules, "gapped-sender"],
                                           sources=list(frame.sources), evidence=list(frame.evidence), alternatives={},
                                           speaker_countries=list(frame.speaker_countries), location=None))
            pos = count.end
    return out


def _entity_at(view: SentenceView, pos: int):
    """A state of known country named right at ``pos`` ("Hungary", "the Bahamas")."""
    the = _THE.match(view.text, pos, view.end)
    starts = {pos, the.end()} if the else {pos}  # "the Bahamas": the entity may start at either
    return next((e for e in view.entities if e.start in starts and e.country and e.party_kind == "state"), None)


def _count_at(view: SentenceView, pos: int):
    return next((c for c in view.counts if c.start == pos), None)
