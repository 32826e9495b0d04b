"""Layer 5, the exercise-venue sieve's place: where the lede says an exercise is held.

"Rapid Trident began on Sept. 20 at the International Peacekeeping and Security Center in
Lviv Oblast ... the ministry listed military personnel from Bulgaria, Canada, Georgia":
each of those forces is at the exercise's venue, though no sentence of theirs names it. The
lead-place sieve keeps a headline's place for a story of one sender's forces only (with
several, the place may be one of theirs); an exercise's venue is every participant's. The
venue is the first city, region or facility that one of the sieve's words of place ("at",
"in", "near") leads into, in a headline or lede sentence that names an exercise (words
"exercise"), not in a phrase of where something came from or a speaker spoke ("from Camp
H.M. Smith in Hawaii", "told journalists at the US Embassy in Accra"), of a known country: its
own, else (a facility: "the Five Hills Training Area") that of the next place of the sentence
or of the dateline. Records take it in merge/destinations.py (a deployment with no place of its
own, hosted by the venue's country) and coref/frames.py (a deployment with no host after the
lead-place sieve is hosted there).
"""

from __future__ import annotations

import dataclasses
import re
from itertools import islice

from giftextract.coref.aliases import dateline_place, dateline_start, place_country
from giftextract.coref.sieves import SIEVES
from giftextract.lexicon.entities import Entity, find_entities
from giftextract.mentions.sentence import phrase_alternation
from giftextract.mentions.units import aside
from giftextract.text import iter_sentences
from giftextract.text.compiled import compile as compile_re

_SIEVE = next((s for s in SIEVES if s.name == "exercise-venue"), None)
ENABLED = _SIEVE is not None and _SIEVE.enabled
_SENTENCES = _SIEVE.window if _SIEVE is not None else 0
_LEDE = 1500  # characters: the headline and the lede, whatever the document's length
_KINDS = ("city", "region", "facility")
_NEXT_PLACE = 30  # characters from a facility to the place that says its country ("training ground in the southern Astrakhan Region")
_EXERCISE = compile_re(r"\b" + phrase_alternation(tuple(sorted(_SIEVE.words.get("exercise", ())))) + r"\b",
                       re.IGNORECASE) if ENABLED else None
# "announcing the drills from Camp H.M. Smith in Hawaii", "told journalists at the US Embassy in
# Accra that the exercise ...": where something came from or a speaker spoke, no venue
_FROM = compile_re(r"\b(?:from|told|said|announced|speaking|spoke)\s+(?:the\s+)?[^,;]{0,45}$", re.IGNORECASE)
_AT = compile_re(r"\b" + phrase_alternation(tuple(sorted(_SIEVE.words.get("at", ())))) + r"\s+(?:the\s+)?$",
                 re.IGNORECASE) if ENABLED else None


def exercise_venue(text: str) -> Entity | None:
    """The venue of the exercise the headline or lede tells of, or None (see the module)."""
    if not ENABLED:
        return None
    head = text[:_LEDE]
    lede = dateline_start(head)
    for start, end in islice(iter_sentences(head), _SENTENCES + (1 if lede else 0)):
        told = _EXERCISE.search(head, start, end)
        if told is None:
            continue
        places = [e for e in find_entities(head, start, end)
                  if e.place_kind in _KINDS and not (e.source or e.possessive or e.demonym) and not aside(head, e)]
        for i, e in enumerate(places):
            if _AT.search(head, max(0, e.start - 12), e.start) is None or _FROM.search(head, max(start, e.start - 60), e.start):
                continue
            country = e.country or _country_after(places[i + 1:], e) or _dateline_country(text, e)
            if country:
                return dataclasses.replace(e, country=country, via="venue")
    return None


def _country_after(places: list[Entity], facility: Entity) -> str | None:
    """"the International Peacekeeping and Security Center in Lviv Oblast": the country of
    the place right after a facility of no known country."""
    return next((p.country for p in places[:1] if facility.place_kind == "facility" and p.start - facility.end < _NEXT_PLACE), None)


def _dateline_country(text: str, facility: Entity) -> str | None:
    """"ULAANBAATAR, June 28 - ... at the Five Hills Training Area": a facility of no known
    country is in the dateline's."""
    if facility.place_kind != "facility":
        return None
    place = dateline_place(text, place_country)
    return place.country if place is not None else None
