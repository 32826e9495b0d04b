"""Layer 4: gift frames, one per clause that holds a gift trigger.

Slots are filled by general patterns, tried in order:
giver      "by X" (passive) > "from X" (party) > "X's gift" > the trigger's subject
recipient  "gifted X <items>" (ditransitive) > "to X" > the subject of "received"
origin     "from <zoo/facility/city>";  destination  "to/for <zoo/facility/city>"
items      every species in the clause with the count in front of it
total      a count of a generic noun ("more than 70 animals") or "numbered around 70"
A clause whose only cue is an event noun or "the animals" is *anaphoric*: the document
merge adds it to the gift already open.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from giftextract.mentions.sentence import SentenceView, key_words, phrase_alternation
from giftextract.mentions.items import ItemRef, find_items
from giftextract.frames.slots import (
    SourceRef, TransportRef, gerund_agent,
    object_of, subject_of, transport_in, view_sources,
)
from giftextract.lexicon.entities import Entity
from giftextract.lexicon.triggers import Trigger
from giftextract.quantity.counts import Count
from giftextract.quantity.dates import TimeMention


@dataclass
class GiftFrame:
    start: int  # evidence: the sentence
    end: int
    giver: Entity | None = None
    recipient: Entity | None = None
    items: list[ItemRef] = field(default_factory=list)
    total: Count | None = None
    origin: Entity | None = None
    destination: Entity | None = None
    transport: TransportRef | None = None
    time: TimeMention | None = None
    officials: list[Entity] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    anaphoric: bool = False
    evidence: list[tuple[int, int]] = field(default_factory=list)
    distinct: bool = False  # "earlier", "previously", "another": a different event than the open one


# Verbs that carry a gift only when something giftable is in the clause.
_NEEDS_ITEMS = frozenset({"send", "transfer", "deliver", "ship", "fly", "transport", "give", "present",
                          "hand over", "loan", "relocate", "receive", "accept", "get", "welcome",
                          "take delivery"})
_PASSIVE_AUX = regex.compile(r"\b(?:was|were|been|being|be|is|are|get|got)\s+(?:\w+ly\s+)?(?:\w+\s+and\s+(?:\w+ly\s+)?)?$", regex.IGNORECASE)
ANAPHOR = regex.compile(
    r"\b(?:they|these)\s+(?:were|are|will|travelled|traveled|arrived|flew)\b|\b(?:the|this|these|those|that)\s+(?:new\s+)?(?:animals?|animal\s+contingent|birds|mammals|gifts?|delivery|transfer|consignment|shipment|tranche|handover|gesture|relocation|batch|pair|duo|trio|newcomers?|new\s+arrivals?)\b",
    regex.IGNORECASE,
)
_DISTINCT_PHRASES = ("earlier", "previously", "formerly", "once", "before", "another", "last time", "back in",
                     "first time", "in the past")
_DISTINCT = regex.compile(rf"\b{phrase_alternation(_DISTINCT_PHRASES)}\b", regex.IGNORECASE)
_DISTINCT_WORDS = key_words(_DISTINCT_PHRASES)
# "his visit to Pyongyang": a "to" that follows these is a trip, not the gift's destination.
_NOT_A_TRANSFER = frozenset("visit visits visited trip trips travel travels traveled travelled journey return returned "
                            "way ties relations threat flight flights".split())
_ARRIVAL_GAP = frozenset("a an the his her its their new central national state".split())
_PLACE_GAP = frozenset("a an the his her its their zoo capital city country nation new central national state in of at ally".split())
_DITRANSITIVE_GAP = regex.compile(r"^\s*(?:(?:his|her|its|their|the|longtime|close|key|new)\s+)*(?:ally\s+|allies\s+|counterpart\s+|friend\s+)?$")
_AFTER_RECIPIENT = regex.compile(r"\s+(?:(?:a|an|some|several|more|over|about|around|nearly|two|three|four|five|six|seven|eight|nine|ten|dozens)\b|\d|[a-z]+\s+)")


_INCLUDES = regex.compile(r"\b(?:include[sd]?|including|comprised?|consisted\s+of|such\s+as)\b", regex.IGNORECASE)
# A time right after these dates something else ("signing a treaty in June 2024").
_OTHER_EVENT = regex.compile(r"\b(?:treaty|agreement|pact|deal|signed|signing|ratif\w+|since|war|election)\b[^,;]{0,25}$",
                             regex.IGNORECASE)


def _time_of(view: SentenceView, lo: int, hi: int, anchor: int) -> TimeMention | None:
    """The clause's time expression nearest the trigger, skipping times of other events."""
    times = [t for t in view.times_in(lo, hi)
             if not _OTHER_EVENT.search(view.text, max(lo, t.start - 40), t.start)]
    return min(times, key=lambda t: abs(t.start - anchor)) if times else None


def _is_passive(view: SentenceView, trig: Trigger, lo: int) -> bool:
    if trig.text.lower().endswith("ing"):
        return False  # "is sending" is progressive
    return bool(_PASSIVE_AUX.search(view.text, max(lo, trig.start - 40), trig.start))


# Verbs whose passive subject is the receiver, not the thing given.
_GIVEN_TO_SUBJECT = frozenset({"gift", "give", "present", "hand over", "bestow", "loan"})


def _names_a_zoo(view: SentenceView, lo: int, hi: int) -> bool:
    """'sent from X Zoo', 'delivered to Y Zoo', 'sent by the Z Research Base', 'will live at Y Zoo'."""
    return any(e.place_kind in ("zoo", "facility") for e in object_of(view, ("to", "from", "by", "at"), lo, hi))


def _gift_triggers(view: SentenceView, lo: int, hi: int, has_items: bool) -> list[Trigger]:
    has_items = has_items or _names_a_zoo(view, lo, hi)
    out = []
    for t in view.triggers:
        if not (lo <= t.start < hi) or t.kind not in ("gift_verb", "gift_noun", "receive_verb", "arrive_verb"):
            continue
        if t.kind != "gift_noun" and (t.lemma in _NEEDS_ITEMS or t.kind == "arrive_verb") and not has_items:
            continue
        # "sending troops" is a deployment, not a gift
        if any(p.kind == "personnel" and 0 <= p.start - t.end <= 40 and not view.species_in(t.end, p.start)
               for p in view.triggers):
            continue
        out.append(t)
    return out


def _arrival(view: SentenceView, frame: GiftFrame, lo: int, hi: int) -> None:
    """'Two pandas from China arrived in Malaysia', 'a cat sent by Putin has arrived in
    Japan': where the things arrive is the destination and its state the recipient."""
    for t in view.triggers:
        if t.kind != "arrive_verb" or not (lo <= t.start < hi):
            continue
        for e in object_of(view, ("in", "at"), t.end, hi, gap_words=_ARRIVAL_GAP):
            if e.place_kind in ("zoo", "facility", "city", "region"):
                frame.destination = frame.destination or e
            if e.country and frame.recipient is None:
                frame.recipient = e
            break


def _fill_parties(view: SentenceView, frame: GiftFrame, trig: Trigger, lo: int, hi: int) -> None:
    after_to = object_of(view, ("to",), lo, hi, gap_words=_PLACE_GAP, not_after=_NOT_A_TRANSFER)
    after_from = object_of(view, ("from",), lo, hi)
    after_for = object_of(view, ("for",), lo, hi, gap_words=_PLACE_GAP)
    after_by = object_of(view, ("by",), trig.end, hi)
    # origin / giver from "from X"
    for e in after_from:
        if e.place_kind in ("zoo", "facility") or (e.place_kind == "city" and e.party_kind is None):
            frame.origin = frame.origin or e
        elif e.party_kind and not e.source:
            frame.giver = frame.giver or e
            if e.place_kind == "city":
                frame.origin = frame.origin or e
    # destination / recipient from "to X" and "for <place>"
    for e in after_to:
        if e.place_kind in ("zoo", "facility", "city", "region"):
            frame.destination = frame.destination or e
        if e.party_kind and e.party_kind != "group" and not e.source:
            frame.recipient = frame.recipient or e
        elif e.country and frame.recipient is None and e.place_kind:
            frame.recipient = e
    for e in after_for:
        if e.place_kind in ("zoo", "facility"):
            frame.destination = frame.destination or e
    for e in object_of(view, ("by",), trig.end, hi):  # "sent by the Chengdu Research Base": where from
        if e.place_kind in ("zoo", "facility") and e.party_kind is None:
            frame.origin = frame.origin or e
    for e in object_of(view, ("at",), trig.end, hi, not_after=_NOT_A_TRANSFER):  # "will live at Zoo Negara"
        if e.place_kind in ("zoo", "facility"):
            frame.destination = frame.destination or e
    # a place named right after the destination: "to Pyongyang Central Zoo in North Korea"
    if trig.kind == "receive_verb":
        receiver = subject_of(view, trig.start, lo, places=True)
        if receiver is not None and receiver.place_kind in ("zoo", "facility"):
            frame.destination = frame.destination or receiver
        frame.recipient = frame.recipient or receiver
        return
    if trig.kind == "gift_verb":
        # ditransitive: "gifted Putin a pair of dogs", "sent Pyongyang two dozen horses"
        for e in view.entities_in(trig.end, hi):
            if e.demonym:
                continue
            if e.party_kind and _DITRANSITIVE_GAP.match(view.text[trig.end : e.start]) and \
                    _AFTER_RECIPIENT.match(view.text, e.end) and not e.possessive:
                frame.recipient = e
                if e.place_kind == "city" and frame.destination is None:
                    frame.destination = e
            break
        passive = _is_passive(view, trig, lo)
        by = [e for e in after_by if e.party_kind and not e.source]
        if by:
            frame.giver = frame.giver or by[0]
        if passive and trig.lemma in _GIVEN_TO_SUBJECT and frame.recipient is None:
            # "Xi was presented with a horse", "Putin was given two dogs": the subject receives
            frame.recipient = subject_of(view, trig.start, lo)
        elif not by and not passive:
            subject = subject_of(view, trig.start, lo) or gerund_agent(view, trig.start, lo)
            if subject is not None and subject is not frame.recipient:
                frame.giver = frame.giver or subject
    else:  # gift noun: "X's gift to Y", "a gift from X"
        for e in reversed(view.entities_in(lo, trig.start)):
            if e.possessive and e.party_kind and view.text[e.end : trig.start].strip(" '") in ("s", "s generous", "s latest"):
                frame.giver = frame.giver or e
            break


def gift_frames(view: SentenceView) -> list[GiftFrame]:
    """The gift frames of one sentence (possibly anaphoric, possibly with empty slots)."""
    frames: list[GiftFrame] = []
    taken: set[int] = set()
    for lo, hi in view.clauses():
        items, total = find_items(view, lo, hi, taken)
        triggers = _gift_triggers(view, lo, hi, bool(items) or total is not None)
        anaphor = ANAPHOR.search(view.text, lo, hi)
        # Without a trigger, "the animals" opens a frame only where it lists or moves them:
        # "the animals include ...", "the animals were flown ...", "the contingent numbered 70".
        if not triggers and not (anaphor and (transport_in(view, lo, hi) or total or _names_a_zoo(view, lo, hi)
                                              or (items and _INCLUDES.search(view.text, lo, hi)))):
            continue
        frame = GiftFrame(view.start, view.end, items=items, total=total)
        if triggers:
            _fill_parties(view, frame, triggers[0], lo, hi)
            if frame.recipient is None:
                _arrival(view, frame, lo, hi)
        else:
            _fill_parties(view, frame, Trigger(anaphor.start(), anaphor.end(), anaphor.group(), "gift_noun", "gift"), lo, hi)
        # A clause that lacks a party and either points back ("the animals", "this transfer")
        # or names nothing given ("They are being delivered from X to Y") is about the open gift.
        frame.anaphoric = (frame.giver is None or frame.recipient is None) and (bool(anaphor) or not (items or total))
        if frame.recipient is None and frame.destination is not None and frame.destination.country:
            frame.recipient = frame.destination if frame.destination.party_kind else None
        frame.transport = transport_in(view, lo, hi)
        frame.time = _time_of(view, lo, hi, triggers[0].start if triggers else anaphor.start())
        frame.distinct = view.mentions_any(lo, hi, _DISTINCT_WORDS) and bool(_DISTINCT.search(view.text, lo, hi))
        frame.sources = view_sources(view)
        frame.officials = [e for e in view.entities_in(lo, hi)
                           if e.party_kind == "person" and e is not frame.giver and e is not frame.recipient]
        for item in items:
            if item.count is not None:
                taken.add(item.count.start)
        frames.append(frame)
    return frames
