"""Layer 2: a place's name that is a person's given name ("led by Colonel Golan Vach") or surname.

A rank or an honorific right before the name, and a capitalised surname right after it, make
the place a person's given name (triggers.json given_name_titles, and the capitalised words of
its titles): the place spotted there is dropped, so no frame reads "Golan" as the Golan
Heights or "Jordan" as the kingdom. So does a rank or an honorific and one given name right
before it ("Lieutenant Colonel Erick Jordan, the defence attache").
"""

from __future__ import annotations

import dataclasses

from giftextract.lexicon.base import TITLES, Entity
from giftextract.lexicon.data import LEXICON
from giftextract.lexicon.trie import trie_alternation
from giftextract.text.compiled import compile as compile_re

_WORDS = [*LEXICON["triggers"]["given_name_titles"]["words"], *(t for t in TITLES if t[:1].isupper())]
_TITLE_BEFORE = compile_re(r"(?<![\w.])(?:" + trie_alternation(_WORDS) + r")\s+$")
_SURNAME_AFTER = compile_re(r"[ ](?:(?:van|von|de|al|el|bin|ben)[ ])?[A-Z][a-z'-]+")
_REACH = 30  # characters before a name where its title is read
_GIVEN_NAME_LENGTH = 20  # and a given name between them ("Lieutenant Colonel Erick Jordan")
# "named Congo", "called \"Kazakhstan\"": the naming words of species_name_uses (not "Operation")
_NAMING = [w for w in LEXICON["triggers"]["species_name_uses"]["words"] if w.islower()]
_NAMED_BEFORE = compile_re(r"(?<![\w-])(?:" + trie_alternation(_NAMING) + r")\s+[\"\u201c']?$")


def without_given_names(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` less the places that are a person's given name (see the module), and the
    states that are an animal's or a thing's name ("the okapi, named Congo,", "a stallion
    called Texas": a state right after a word of naming, triggers.json species_name_uses)."""
    return [e for e in entities if not _given_name(text, e) and not _name_bestowed(text, e)]


def _name_bestowed(text: str, e: Entity) -> bool:
    return e.place_kind == "country" and not e.possessive and _NAMED_BEFORE.search(text, max(0, e.start - 16), e.start) is not None


# "Lieutenant Colonel Erick Jordan": a rank or an honorific, then one given name, then the place
_GIVEN_NAME_BEFORE = compile_re(r"(?<![\w.])(?:" + trie_alternation(_WORDS) + r")\s+[A-Z][a-z'-]+(?:\s+[A-Z]\.)?\s+$")


def _given_name(text: str, e: Entity) -> bool:
    """The place is a given name ("Colonel Golan Vach") or a surname ("Colonel Erick Jordan")."""
    if e.place_kind is None or e.possessive or e.demonym or e.name != e.text:
        return False
    if _SURNAME_AFTER.match(text, e.end) is None:
        return _GIVEN_NAME_BEFORE.search(text, max(0, e.start - _REACH - _GIVEN_NAME_LENGTH), e.start) is not None
    return _TITLE_BEFORE.search(text, max(0, e.start - _REACH), e.start) is not None


# "Barack and Michelle Obama": two given names joined by "and" before a known surname
_COUPLE_BEFORE = compile_re(r"(?<![\w'-])[A-Z][a-z]+ and [A-Z][a-z]+ $")


def with_couples(text: str, entities: list[Entity]) -> list[Entity]:
    """A known person named by surname alone after two given names joined by "and" is a couple
    of that person's country: the names join the entity ("presented Barack and Michelle Obama
    with a table"), so no frame reads the first given name as a word of its own."""
    out = list(entities)
    for k, e in enumerate(entities):
        if e.party_kind != "person" or e.canonical is None or " " in e.text or e.possessive:
            continue
        m = _COUPLE_BEFORE.search(text, max(0, e.start - 40), e.start)
        if m is None or (k and entities[k - 1].end > m.start()):
            continue  # "Putin and Xi": a name before "and" that is a party of its own
        out[k] = dataclasses.replace(e, start=m.start(), text=text[m.start():e.end])
    return out
