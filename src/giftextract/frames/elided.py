"""Layer 6: a contingent's figure told with its personnel noun left out.

"Slovenia sent 20 and Belgium 15", "Nicaragua provided 160.": in an article that has told of
a deployment, a state, a verb of contributing (the ``elided_verbs`` markers of
constructions/data/deployment.json) and a bare figure that ends there are that state's
contingent. The frame names no host: the discourse-party sieve gives it the last
deployment's, and without one told before it is no deployment (coref/frames.py).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.frames.deployment_status import status_pattern
from giftextract.frames.segments import goes_home, not_deployment, own_segment
from giftextract.frames.slots import view_sources
from giftextract.lexicon.trie import trie_alternation
from giftextract.quantity.numbers import NUMBER_WORD
from giftextract.mentions.sentence import SentenceView

RULE = "elided-figure"
# after the figure: the contingent ends there ("Slovenia sent 20 and ...", "provided 160.")
_AFTER = compile_pattern(r"(?P<each>[ \t]+each\b)?[ \t]*(?:[,.;:)]|and\b|while\b|$)", regex.IGNORECASE)


@lru_cache(maxsize=16)
def _verb_before(verbs: tuple[str, ...]):
    """'<state> <verb> ' ending where the figure starts; the state is checked by position."""
    return compile_pattern(rf"\b(?P<verb>{trie_alternation(verbs) if verbs else '(?!)'})[ \t]+$", regex.IGNORECASE)


@lru_cache(maxsize=16)
def _gate(verbs: tuple[str, ...]):
    return compile_pattern(rf"\b(?:{trie_alternation(verbs) if verbs else '(?!)'})[ \t]+"
                         r"(?:(?:about|some|around|roughly|nearly|almost|over|more[ \t]+than)[ \t]+)?"
                         r"(?:[\d][\d,]*|" + NUMBER_WORD + r"\b)(?:[ \t]+each\b)?[ \t]*(?:[,.;]|and\b|while\b)", regex.IGNORECASE)


# "the other 180 are scheduled to fly out", "a further 300 will follow": the rest of a force,
# then its verb (remnant_openers, deployment.json markers)
_REMNANT_GOES_ON = compile_pattern(r"[ \t]+(?:are|were|will|would|should|is|was|have|has|had|arrived|landed|left|flew|followed"
                                 r"|follow|came|went|departed|set[ \t]+off)\b", regex.IGNORECASE)


@lru_cache(maxsize=16)
def _remnant(openers: tuple[str, ...]):
    """An opener of the rest of a force ending where the figure starts."""
    return compile_pattern(rf"\b(?:{trie_alternation(openers) if openers else '(?!)'})[ \t]+"
                         r"(?:(?:about|some|around|roughly|nearly|almost|over|more[ \t]+than)[ \t]+)?$", regex.IGNORECASE)


def elides(text: str, start: int, end: int, markers: dict) -> bool:
    """A sentence that may tell a contingent with its noun left out (a cheap test)."""
    verbs = tuple(markers.get("elided_verbs", ()))
    return bool(verbs) and _gate(verbs).search(text, start, end) is not None


def elided_figures(view: SentenceView, frames: list, frame_type, markers: dict) -> list:
    """One frame per bare figure a state contributes (``frame_type``: the deployment frame
    class of frames/deployments.py)."""
    verbs = tuple(markers.get("elided_verbs", ()))
    if not view.counts or not verbs:
        return []
    used = {f.personnel.start for f in frames if f.personnel is not None}
    verb_before = _verb_before(verbs)
    planned = status_pattern(tuple(markers.get("status_planned", ())))
    remnant_openers = tuple(markers.get("remnant_openers", ()))
    out = []
    for c in view.counts:
        if c.start in used or c.value is None or c.unit:
            continue
        after = _AFTER.match(view.text, c.end, view.end)
        if not after:
            # the opener before the figure, or read into it ("another 100" is one count)
            opened = _remnant(remnant_openers).search(view.text, max(view.start, c.start - 30), c.start) \
                or c.text.lower().startswith(tuple(o + " " for o in remnant_openers))
            if not (opened and _REMNANT_GOES_ON.match(view.text, c.end, view.end)):
                continue
            last = max((b for b in view.counts if b.end <= c.start), key=lambda b: b.start, default=None)
            rest = own_segment(view.text, view.start, view.end, c.start)
            if goes_home(rest, markers) or not_deployment(rest, markers):
                continue  # "while another 120 would stay on standby at home"
            if last is not None and any(f.personnel is not None and f.personnel.start == last.start for f in frames):
                # "Twenty-five members of the unit are there; the other 180 are to fly out": the rest
                # of the force just counted (not "50 horses ..., the remaining 30"), the sender and
                # the host the last deployment's (the discourse sieve)
                status = "planned" if planned.search(view.text, c.end, view.end) else "confirmed"
                place = _place_after(view, c.end)  # "while another 100 will serve in Mombasa": where the rest goes
                out.append(frame_type(view.start, view.end, c.start, c.end, c, None, sender=None, status=status,
                                      host=place, location=place, signal="acted", rules=[RULE], sources=view_sources(view)))
            continue
        m = verb_before.search(view.text, max(view.start, c.start - 40), c.start)
        state = m and _state_ending(view, m.start())
        if not state:
            continue
        status = "planned" if planned.search(view.text, state.start, c.start) else "confirmed"
        # "Kenya and Tanzania have sent 244 each": the figure is each coordinated state's
        for sender in (_coordinated_before(view, state) if after.group("each") else []) + [state]:
            out.append(frame_type(view.start, view.end, c.start, c.end, c, None, sender=sender, status=status,
                                  signal="acted", rules=[RULE], sources=view_sources(view)))
    return out


# between the state and its verb: auxiliaries and adverbs only ("Jamaica has pledged 200")
_AUX = compile_pattern(r"[ \t]+(?:(?:has|have|had|will|would|also|later|then|already)[ \t]+){0,2}", regex.IGNORECASE)


def _state_ending(view: SentenceView, pos: int):
    """A state of known country named right before ``pos``, but for auxiliaries."""
    return next((e for e in view.entities if e.country and e.party_kind == "state" and not e.possessive
                 and e.end < pos and _AUX.fullmatch(view.text, e.end, pos)), None)


_LINK = compile_pattern(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+)")


def _coordinated_before(view: SentenceView, state) -> list:
    """The states coordinated before ``state`` ("Kenya and Tanzania", "Mali, Niger and Chad")."""
    out, pos = [], state.start
    for e in sorted((e for e in view.entities if e.end <= state.start), key=lambda e: -e.end):
        if e.end > pos or not (e.country and e.party_kind == "state" and not e.possessive and _LINK.fullmatch(view.text, e.end, pos)):
            break
        out.append(e)
        pos = e.start
    return out


# the rest of a force's verb and its place: "another 100 will serve in Mombasa", "the other 180
# are to fly out to Juba"
_TO_PLACE = compile_pattern(r"[ \t]+(?:[a-z]+[ \t]+){1,4}?(?:in|at|to|into)[ \t]+(?:the[ \t]+)?$")


def _place_after(view: SentenceView, pos: int):
    """A city, region or base of known country that the verb after ``pos`` goes to or is in."""
    return next((e for e in view.entities if e.start > pos and e.country and e.place_kind in ("city", "region", "base", "airport")
                 and e.party_kind != "state" and _TO_PLACE.fullmatch(view.text, pos, e.start)), None)
