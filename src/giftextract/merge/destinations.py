"""Layer 5: where a gift of animals went, how a gift travelled, and where a deployment is,
when no sentence of its own says.

The sole-zoo sieve of coref/data/sieves.json, run on the document's records after they are
merged: "Indira, an elephant presented to Japan by Nehru, died at Tokyo's Ueno Zoo": a
gift of live animals with no destination went to the zoo of its recipient's country that
the article names, where it names exactly one (two zoos of that country, or none, and the
gift keeps no destination; a zoo of the giver's country is where the animals came from, and
a zoo another gift of the article leaves from or goes to is that gift's).
The zoos are those the sentences read name (the discourse collects them as it reads), so
the sieve costs no spotting of its own.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.coref.sieves import SIEVES
from giftextract.frames.gifts import GiftFrame
from giftextract.frames.slots import transport_mentions
from giftextract.frames.tables import DEFAULT_TABLES
from giftextract.lexicon.entities import Entity
from giftextract.lexicon.facilities import keeps_animals

_SIEVE = next((s for s in SIEVES if s.name == "sole-zoo"), None)
_ON = _SIEVE is not None and _SIEVE.enabled
NEAR = _SIEVE.window if _SIEVE is not None else 0  # characters from the gift's own sentences to its zoo


_ORIGIN_SIEVE = next((s for s in SIEVES if s.name == "sole-origin"), None)
_ORIGIN_ON = _ORIGIN_SIEVE is not None and _ORIGIN_SIEVE.enabled
# the slot a sieve fills, and the party whose country its zoo or park must be of
_ENDS = {"destination": "recipient", "origin": "giver"}


def _wants_a_zoo(record: GiftFrame, end: str = "destination") -> bool:
    party = getattr(getattr(record, _ENDS[end]), "country", None)
    other = getattr(record.giver if end == "destination" else record.recipient, "country", None)
    return getattr(record, end) is None and party is not None and party != other \
        and any(i.mention.category == "animal" and not i.mention.generic for i in record.items)


def _near(zoo: Entity, record: GiftFrame) -> bool:
    """A zoo named close to where the gift is told (in its sentence or the next few), not one
    a distant paragraph on another matter names."""
    return any(a - NEAR <= zoo.start and zoo.end <= b + NEAR for a, b in record.evidence)


def _named(zoo: Entity) -> bool:
    """A zoo or park named as such ("Elk Island National Park"), not one named by its place
    ("Indonesia's zoo", "no zoo"): GOLD.md's origin is a named facility."""
    words = zoo.name.split()
    return len(words) > 1 and words[0][:1].isupper() and not any(w.endswith(("'s", "’s")) for w in words)


def sole_zoo_destinations(records: list[GiftFrame], by_country: dict[str, dict[str, list[Entity]]]) -> None:
    """Give each record of live animals without a destination the one zoo of its recipient's
    country named near it (``by_country``: the zoos the document's sentences read name, by
    country and name, each mention), if there is exactly one; and, by the sole-origin sieve,
    each without an origin the one zoo or park of its giver's country ("picked from the herd
    at Elk Island National Park") (in place)."""
    for end, on, rule in (("destination", _ON, "sieve:sole-zoo"), ("origin", _ORIGIN_ON, "sieve:sole-origin")):
        if on and any(_wants_a_zoo(r, end) for r in records):
            _sole_zoo(records, by_country, end, rule)


def _sole_zoo(records: list[GiftFrame], by_country: dict, end: str, rule: str) -> None:
    # a zoo another gift of the article leaves from or goes to is that gift's ("70 animals
    # from Moscow Zoo ... in return, North Korea gave Putin two dogs")
    told = {(p.canonical or p.name).casefold() for r in records for p in (r.origin, r.destination)
            if p is not None and keeps_animals(p)}
    for record in records:
        if _wants_a_zoo(record, end):
            found = [next(z for z in mentions if _near(z, record))
                     for name, mentions in by_country.get(getattr(record, _ENDS[end]).country, {}).items()
                     if name not in told and any(_near(z, record) for z in mentions)
                     and (end == "destination" or _named(mentions[0]))]
            if len(found) == 1:
                setattr(record, end, found[0])
                record.rules.append(rule)


_MODE_SIEVE = next((s for s in SIEVES if s.name == "sole-mode"), None)
# "flew", "landed" are how people travel too ("Putin flew to Pyongyang", "landed in Hanoi"); a
# thing given is "flown"
_PEOPLE_WORDS = ("flew", "landed")
_LONGEST_SENTENCE = 2000  # characters: a sentence starting further back cannot hold a point in the window


def sole_modes(records: list[GiftFrame], text: str) -> None:
    """The sole-mode sieve: a gift whose own sentences say nothing of how it travelled went
    the one way the article tells of near it ("She left Colombo aboard an Emirates
    freighter" after the gift of an elephant), outside the sentences of its other gifts;
    two modes near it, and it keeps none (in place)."""
    if _MODE_SIEVE is None or not _MODE_SIEVE.enabled or not records:
        return
    near = _MODE_SIEVE.window
    # every record's sentences, by start: a way told in another gift's own sentences is that
    # gift's ("The animals ... were transported by air", then "In return, North Korea gave
    # Putin two dogs"); sorted once, so a long document's many records stay linear
    spans = sorted((a, b, i) for i, r in enumerate(records) for a, b in r.evidence)
    starts = [a for a, _b, _i in spans]
    wanting = [(i, min(a for a, _b in r.evidence), min(len(text), max(b for _a, b in r.evidence) + near))
               for i, r in enumerate(records) if r.items and not (r.transport is not None and r.transport.mode)]
    told = _mentions_in(text, [(lo, hi) for _i, lo, hi in wanting])  # each stretch of text read once
    told_starts = [t.start for t in told]
    for index, lo, hi in wanting:
        nearby = spans[bisect_left(starts, lo - _LONGEST_SENTENCE):bisect_right(starts, hi)]
        found = [t for t in told[bisect_left(told_starts, lo):bisect_left(told_starts, hi)]
                 if t.end <= hi and not any(a <= t.start < b and i != index for a, b, i in nearby)]
        if len({t.mode for t in found}) == 1:
            records[index].transport = found[0]
            records[index].rules.append("sieve:sole-mode")


def _mentions_in(text: str, windows: list[tuple[int, int]]) -> list:
    """The statements of a mode of transport (not a vehicle subject, not "flew") in the
    union of ``windows``, sorted by start; overlapping windows are read once."""
    out: list = []
    last = 0
    for lo, hi in sorted(windows):
        lo = max(lo, last)
        if lo < hi:
            out += [t for t in transport_mentions(text, lo, hi, vehicle_subjects=False)
                    if t.mode and text[t.start:t.end].lower() not in _PEOPLE_WORDS]
            last = hi
    return out


_PLACE_SIEVE = next((s for s in SIEVES if s.name == "sole-place"), None)
_LEAD_SIEVE = next((s for s in SIEVES if s.name == "lead-place"), None)


def sole_place_locations(records: list, by_country: dict[str, dict[str, list[Entity]]], text: str) -> None:
    """The sole-place sieve: a deployment with no place of its own is at the one city, region
    or base of its host's country named near its sentences ("The battery was moved on to
    Adana"), where exactly one is (``by_country``: the places the document's sentences read
    name, by country and name, each mention); two, or none, and it keeps none (in place)."""
    if _PLACE_SIEVE is None or not _PLACE_SIEVE.enabled:
        return
    near = _PLACE_SIEVE.window
    for record in records:
        host = getattr(record.host, "country", None)
        if record.location is not None or host is None or host == getattr(record.sender, "country", None):
            continue
        found = [next(p for p in mentions if _within(p, record.evidence, near))
                 for mentions in by_country.get(host, {}).values()
                 if any(_within(p, record.evidence, near) and _a_place_here(p, text) for p in mentions)]
        if len(found) > 1:  # "the Taji military complex north of Baghdad": Baghdad only says where Taji is
            found = [p for p in found if not _REFERENCE_POINT.search(text, max(0, p.start - 40), p.start)]
        if len(found) == 1 and found[0] is not record.host:
            record.location = found[0]
            record.rules.append("sieve:sole-place")


def lead_place_locations(records: list, lead) -> None:
    """The lead-place sieve for a deployment's place: one still with none, whose host the
    story puts its event in, is at the city, region or base the headline or lede leads into
    ("Marines Land at Da Nang" over "3,500 Marines came ashore on Monday"; ``lead()``: that
    place, coref/lead.py), where the story tells of one sender's forces only; after the
    sole-place sieve, which reads nearer sentences."""
    if lead is None:
        return
    if _LEAD_SIEVE is None or not _LEAD_SIEVE.enabled or len({getattr(r.sender, "country", None) for r in records}) != 1:
        # several forces: the headline's place is one of theirs, whose is not said; an
        # exercise's venue is all of theirs
        return venue_locations(records, lead)
    for record in records:
        host = getattr(record.host, "country", None)
        if record.location is not None or host is None or host == getattr(record.sender, "country", None):
            continue
        place = lead()
        if place is not None and place.country == host and place.place_kind in ("city", "region", "facility") \
                and place is not record.host:
            record.location = place
            record.rules.append("sieve:lead-place")
    venue_locations(records, lead)


def venue_locations(records: list, lead) -> None:
    """The exercise-venue sieve: a deployment still with no place, hosted by the country of
    the exercise the headline or lede tells of (``lead.venue()``, coref/venue.py) by another
    country, is at that venue ("began at the Vaziani military base ... Servicemen from Slovenia
    and Turkey have also joined the drills")."""
    venue = lead.venue() if hasattr(lead, "venue") else None
    if venue is None:
        return
    for record in records:
        host = getattr(record.host, "country", None)
        if record.location is None and host == venue.country and host != getattr(record.sender, "country", None):
            record.location = venue
            record.rules.append("sieve:exercise-venue")


# a place named to say where another is: "north of Baghdad", "40 km south-east of Gao"
_REFERENCE_POINT = compile_pattern(r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?$",
                                 regex.IGNORECASE)


def _within(place: Entity, evidence: list[tuple[int, int]], near: int) -> bool:
    return any(a - near <= place.start and place.end <= b + near for a, b in evidence)


# a capital names a place only after a word of place ("landed in Monrovia"); elsewhere it is
# often its government ("Moscow said", "talks between Kigali and Kinshasa")
_PLACE_WORD = compile_pattern(r"\b(?:in|at|to|into|near|outside|around|from|of|reached|reach|toward|towards)\s+(?:the\s+)?$",
                            regex.IGNORECASE)


def _a_place_here(place: Entity, text: str) -> bool:
    if place.party_kind is None:
        return True
    return _PLACE_WORD.search(text, max(0, place.start - 20), place.start) is not None


# what a force flies or sails in (deployment.json markers 'force_assets')
_FORCE_CARRIERS = frozenset(DEFAULT_TABLES["deployment"].markers.get("force_assets", ()))


def without_force_assets(gifts: list[GiftFrame], deployments: list) -> list[GiftFrame]:
    """GOLD.md: a transfer told only as sent is no gift. "Canada sent 200 soldiers and three
    helicopters to Jamaica": aircraft or ships that went where the same state's force went,
    told with no word of giving, are the force's own, not a gift (in an article that speaks
    of giving elsewhere, the merge lets a record told as sent stand)."""
    forces = {(d.sender.country, d.host.country) for d in deployments}
    return [g for g in gifts if g.giving or g.told_giving or (g.giver.country, g.recipient.country) not in forces
            or not g.items or not all(i.mention.species in _FORCE_CARRIERS or i.mention.species.split()[-1] in _FORCE_CARRIERS
                                       for i in g.items)]

