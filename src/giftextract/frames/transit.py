"""Layer 4: a gift's journey told in legs ends where its last leg goes.

"shipped to Poland, from where the goods were taken on to Ukraine", "flown first to Germany,
a usual transit point, and from there to Doha": the state or city a gift went to first is a
stop on the way where the same sentence goes on "from there" or "from where" to a place of
another country; the recipient is that place's. A force is not read so: troops that stage in
Kuwait on their way to Iraq are deployed in Kuwait too (GOLD.md; measured: -2 TP, +2 FP)."""

from __future__ import annotations

import regex

from giftextract.lexicon.entities import Entity
from giftextract.mentions.sentence import SentenceView
from giftextract.text.patterns import compile_pattern

# from the first stop's end to the onward place: the leg's opener, a few words, "to"/"into"
_ONWARD = compile_pattern(r"[^.;]{0,60}?(?:,\s*from\s+where|\bfrom\s+there)\b[^.;]{0,100}?\b(?:on\s+)?(?:to|into)\s+(?:the\s+)?",
                          regex.IGNORECASE)


def onward_place(view: SentenceView, stop: Entity) -> Entity | None:
    """The place of another country the sentence goes on to after ``stop``, or None."""
    for e in view.entities:
        if e.start > stop.end and e.country and e.country != stop.country and not e.possessive \
                and (e.party_kind == "state" or e.place_kind in ("city", "region", "country")) \
                and _ONWARD.fullmatch(view.text, stop.end, e.start):
            return e
    return None


def last_legs(view: SentenceView, frames: list, role: str) -> None:
    """Each frame whose ``role`` (a gift's recipient) is a stop on the way takes the onward place."""
    for frame in frames:
        stop = getattr(frame, role)
        if not isinstance(stop, Entity) or stop.party_kind not in ("state", None):
            continue  # a person, or a nominal the sieves resolve later
        onward = onward_place(view, stop)
        if onward is not None:
            setattr(frame, role, onward)
            frame.rules.append("last-leg")
