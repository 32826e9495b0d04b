"""Layer 2: a place's name that is a person's given name ("led by Colonel Golan Vach").

A rank or an honorific right before the name, and a capitalised surname right after it, make
the place a person's given name (triggers.json given_name_titles, and the capitalised words of
its titles): the place spotted there is dropped, so no frame reads "Golan" as the Golan
Heights or "Jordan" as the kingdom.
"""

from __future__ import annotations

import re

from giftextract.lexicon.base import TITLES, Entity
from giftextract.lexicon.data import LEXICON
from giftextract.lexicon.trie import trie_alternation

_WORDS = [*LEXICON["triggers"]["given_name_titles"]["words"], *(t for t in TITLES if t[:1].isupper())]
_TITLE_BEFORE = re.compile(r"(?<![\w.])(?:" + trie_alternation(_WORDS) + r")\s+$")
_SURNAME_AFTER = re.compile(r"[ ](?:(?:van|von|de|al|el|bin|ben)[ ])?[A-Z][a-z'-]+")
_REACH = 30  # characters before a name where its title is read


def without_given_names(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` less the places that are a person's given name (see the module)."""
    return [e for e in entities if not _given_name(text, e)]


def _given_name(text: str, e: Entity) -> bool:
    if e.place_kind is None or e.possessive or e.demonym or e.name != e.text:
        return False
    return _SURNAME_AFTER.match(text, e.end) is not None and \
        _TITLE_BEFORE.search(text, max(0, e.start - _REACH), e.start) is not None
