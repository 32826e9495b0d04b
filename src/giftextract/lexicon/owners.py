"""Layer 2: the country a spotted name's prefix gives it: a demonym ("Kazakh President X"),
a state ("the Botswana Defence Force"), a place ("Hokkaido Governor X"), a possessive owner
("Russia's environmental ministry", "Kozlov's ministry") or a counted people ("826 South
Africans served").  lexicon/entities.py builds its entities with these."""

from __future__ import annotations

from giftextract.lexicon import gazetteer
from giftextract.lexicon.base import CAPITALS, DEMONYMS, METONYMS, PEOPLE_BARE, PEOPLE_NOUNS, PERSONS, STATE_NAMES, key as _key
from giftextract.lexicon.data import LEXICON


def owner_of(poss: str) -> tuple[str | None, int]:
    """The known state, capital, person or place at the end of a possessive owner, and where
    it starts in it: "Under Kim Jong-un" -> ("Kim Jong-un", 6); unknown -> (None, 0)."""
    words = poss.split(" ")
    for i in range(len(words)):
        key = " ".join(words[i:])
        if key in STATE_NAMES or key in CAPITALS or key in PERSONS or key in METONYMS or gazetteer.city_country(key):
            return key, len(" ".join(words[:i])) + (1 if i else 0)
    return None, 0


def country_of(groups: dict[str, str | None]) -> tuple[str | None, bool]:
    """Country from a match's prefix groups: (code, is the ambiguous 'Korean')."""
    demo = groups.get("demo") and _key(groups["demo"])
    if groups.get("pnoun") or groups.get("pbare") or groups.get("pcount"):  # "826 South Africans served": the count's people
        return PEOPLE_NOUNS.get(_key(groups["pnoun"] or groups.get("pcount") or "")) or PEOPLE_BARE.get(_key(groups["pbare"] or "")), False
    if demo:
        return (None, True) if demo == "Korean" else (DEMONYMS[demo], False)
    if groups.get("st"):
        return STATE_NAMES.get(_key(groups["st"])), False
    if groups.get("place_owner"):  # "Hokkaido Governor X": a place, never a person ("Lukashenko hands President X")
        place = _key(groups["place_owner"])
        return STATE_NAMES.get(place) or CAPITALS.get(place) or gazetteer.city_country(place), False
    poss = (groups.get("poss") or groups.get("named")) and owner_of(groups.get("poss") or groups["named"])[0]
    if poss:
        if poss in PERSONS:
            return LEXICON["people"][PERSONS[poss]]["country"], False
        return STATE_NAMES.get(poss) or CAPITALS.get(poss) or METONYMS.get(poss) or gazetteer.city_country(poss), False
    return None, False
