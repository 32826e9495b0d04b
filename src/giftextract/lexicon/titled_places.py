"""Layer 2: a person named by a title and the place they rule or serve ("the Sultan of
Pahang", "the Raja of Perlis"), where the place is one only the gazetteer knows.

The role pattern of lexicon/entities.py reads "the Emir of Qatar" and "the Governor of
Queensland" over the hand lexicon's states and places; a region or city of the generated
gazetteer is spotted on its own, so the title before it would name no one.  Here such a place,
right after "[the] TITLE of [the]" (triggers.json titles), becomes the titled person, a party
of the place's country: "Bong Su, the elephant the Sultan of Pahang gave to Melbourne Zoo" has
a Malaysian giver. A place that is one word of a longer name ("the Confederation of African
Football") names no one.
"""

from __future__ import annotations

import dataclasses

from giftextract.lexicon.base import TITLES, Entity, shared_text
from giftextract.lexicon.trie import trie_alternation
from giftextract.text.compiled import compile as compile_re

_TITLED_OF = compile_re(r"(?<![\w-])(?:[Tt]he\s+)?(?:then-|former\s+|late\s+)?(?P<title>" + trie_alternation(TITLES)
                        + r")\s+of\s+(?:the\s+)?$")
_REACH = 40  # characters before a place where its title is read
_NAME_GOES_ON = compile_re(r"\s+(?:of\s+|and\s+)?[A-Z]")


def with_titled_places(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with each gazetteer region or city that a title and "of" open read as
    the titled person of its country."""
    out = list(entities)
    for k, e in enumerate(entities):
        if e.via != "gazetteer" or e.party_kind is not None or e.place_kind not in ("region", "city") or e.country is None:
            continue
        m = _TITLED_OF.search(text, max(0, e.start - _REACH), e.start)
        if m is None or (k and entities[k - 1].end > m.start()) or _NAME_GOES_ON.match(text, e.end):
            continue  # ("president of the Confederation of African Football": the place is a word of a longer name)
        whole = shared_text(text[m.start():e.end])
        name = whole[4:] if whole[:4].lower() == "the " else whole
        out[k] = dataclasses.replace(e, start=m.start(), text=whole, name=name, party_kind="person", place_kind=None,
                                     title=m.group("title"), canonical=None, via=None)
    return out
