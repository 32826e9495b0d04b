"""Layer 5: where a gift of animals went, and how a gift travelled, when no sentence of its own says.

The sole-zoo sieve of coref/data/sieves.json, run on the document's records after they are
merged: "Indira, an elephant presented to Japan by Nehru, died at Tokyo's Ueno Zoo": a
gift of live animals with no destination went to the zoo of its recipient's country that
the article names, where it names exactly one (two zoos of that country, or none, and the
gift keeps no destination; a zoo of the giver's country is where the animals came from, and
a zoo another gift of the article leaves from or goes to is that gift's).
The article is searched for zoos only when a record asks (a cue word first, then the
entity spotter over the sentence around each cue), so text with no such gift pays nothing.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

from giftextract.coref.sieves import SIEVES
from giftextract.frames.gifts import GiftFrame
from giftextract.frames.slots import transport_mentions
from giftextract.lexicon.data import LEXICON
from giftextract.lexicon.entities import Entity, find_entities
from giftextract.lexicon.facilities import ROWS
from giftextract.lexicon.trie import trie_alternation

_SIEVE = next((s for s in SIEVES if s.name == "sole-zoo"), None)
_ON = _SIEVE is not None and _SIEVE.enabled
NEAR = _SIEVE.window if _SIEVE is not None else 0  # characters from the gift's own sentences to its zoo
# a zoo's head word ("Zoo", "Safari Park") or a zoo the hand lexicon names ("Everland")
_CUE = regex.compile(r"(?<![\w-])" + trie_alternation(
    {row["head"] for row in ROWS if row["kind"] == "zoo"}
    | {s for entry in LEXICON["places"].values() if isinstance(entry, dict) and entry.get("kind") == "zoo"
       for s in entry["surfaces"]}) + r"(?![\w-])", regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"[.!?]\s|\n\s*\n")
_REACH = 300  # characters around a cue read for the zoo's name and its owner


def _wants_a_zoo(record: GiftFrame) -> bool:
    recipient = getattr(record.recipient, "country", None)
    return record.destination is None and recipient is not None \
        and recipient != getattr(record.giver, "country", None) \
        and any(i.mention.category == "animal" and not i.mention.generic for i in record.items)


def _near(zoo: Entity, record: GiftFrame) -> bool:
    """A zoo named close to where the gift is told (in its sentence or the next few), not one
    a distant paragraph on another matter names."""
    return any(a - NEAR <= zoo.start and zoo.end <= b + NEAR for a, b in record.evidence)


def zoos_named(text: str) -> dict[str, dict[str, list[Entity]]]:
    """The zoos of known country the text names, by country and name, every mention."""
    out: dict[str, dict[str, list[Entity]]] = {}
    for cue in _CUE.finditer(text):
        lo = max(0, cue.start() - _REACH)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, cue.start())]
        lo = ends[-1] if ends else lo
        stop = _SENTENCE_END.search(text, cue.end(), min(len(text), cue.end() + _REACH))
        hi = stop.start() + 1 if stop else min(len(text), cue.end() + _REACH)
        for e in find_entities(text, lo, hi):
            if e.place_kind == "zoo" and e.country and e.start <= cue.start() < e.end:
                out.setdefault(e.country, {}).setdefault((e.canonical or e.name).casefold(), []).append(e)
    return {country: named for country, named in out.items()}


def sole_zoo_destinations(records: list[GiftFrame], text: str) -> None:
    """Give each record of live animals without a destination the one zoo of its recipient's
    country named in ``text``, if there is exactly one (in place)."""
    if not _ON or not any(_wants_a_zoo(r) for r in records):
        return
    by_country = zoos_named(text)
    # a zoo another gift of the article leaves from or goes to is that gift's ("70 animals
    # from Moscow Zoo ... in return, North Korea gave Putin two dogs")
    told = {(p.canonical or p.name).casefold() for r in records for p in (r.origin, r.destination)
            if getattr(p, "place_kind", None) == "zoo"}
    for record in records:
        if _wants_a_zoo(record):
            found = [next(z for z in mentions if _near(z, record))
                     for name, mentions in by_country.get(record.recipient.country, {}).items()
                     if name not in told and any(_near(z, record) for z in mentions)]
            if len(found) == 1:
                record.destination = found[0]
                record.rules.append("sieve:sole-zoo")


_MODE_SIEVE = next((s for s in SIEVES if s.name == "sole-mode"), None)
# "flew" is how people travel ("Putin flew to Pyongyang"); a thing given is "flown"
_PEOPLE_WORDS = ("flew",)
_LONGEST_SENTENCE = 2000  # characters: a sentence starting further back cannot hold a point in the window


def sole_modes(records: list[GiftFrame], text: str) -> None:
    """The sole-mode sieve: a gift whose own sentences say nothing of how it travelled went
    the one way the article tells of near it ("She left Colombo aboard an Emirates
    freighter" after the gift of an elephant), outside the sentences of its other gifts;
    two modes near it, and it keeps none (in place)."""
    if _MODE_SIEVE is None or not _MODE_SIEVE.enabled:
        return
    near = _MODE_SIEVE.window
    # every record's sentences, by start: a way told in another gift's own sentences is that
    # gift's ("The animals ... were transported by air", then "In return, North Korea gave
    # Putin two dogs"); sorted once, so a long document's many records stay linear
    spans = sorted((a, b, i) for i, r in enumerate(records) for a, b in r.evidence)
    starts = [a for a, _b, _i in spans]
    for index, record in enumerate(records):
        if not record.items or (record.transport is not None and record.transport.mode):
            continue
        lo = min(a for a, _b in record.evidence)
        hi = min(len(text), max(b for _a, b in record.evidence) + near)
        nearby = spans[bisect_left(starts, lo - _LONGEST_SENTENCE):bisect_right(starts, hi)]
        found = [t for t in transport_mentions(text, lo, hi, vehicle_subjects=False)
                 if t.mode and text[t.start:t.end].lower() not in _PEOPLE_WORDS
                 and not any(a <= t.start < b and i != index for a, b, i in nearby)]
        if len({t.mode for t in found}) == 1:
            record.transport = found[0]
            record.rules.append("sieve:sole-mode")
