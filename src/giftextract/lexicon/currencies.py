"""Layer 2: a state's name or demonym that names a currency ("240,000 U.S. dollars", "50
million Hong Kong dollars", "Swiss francs", "US$150,000") is part of an amount, no party and
no place.

The currency nouns are data (triggers.json currency_nouns); the name right before one of
them is dropped, so no frame reads the United States as a gift's recipient in "equipment
worth 240,000 U.S. dollars".
"""

from __future__ import annotations


from giftextract.lexicon.base import Entity
from giftextract.lexicon.data import LEXICON
from giftextract.lexicon.trie import trie_alternation
from giftextract.text.compiled import compile as compile_re

_NOUNS = LEXICON["triggers"]["currency_nouns"]
# "U.S. dollars", or a dollar sign right after the name: "US$150,000", "NZ$2 million" (not "the
# Danish crown prince": currency_nouns not_before)
_CURRENCY_AFTER = compile_re(r"[ \t]+(?:" + trie_alternation(_NOUNS["words"]) + r")\b(?![ \t]+(?:"
                             + trie_alternation(_NOUNS.get("not_before", ["(?!)"])) + r")\b)|\$")


def without_currencies(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` less the states and demonyms that name a currency (see the module); a person
    before such a word stays ("Saud bin Abdulaziz crown prince")."""
    return [e for e in entities if not (e.country and (e.place_kind == "country" or (e.place_kind is None and e.demonym))
                                        and not e.possessive and _CURRENCY_AFTER.match(text, e.end))]
