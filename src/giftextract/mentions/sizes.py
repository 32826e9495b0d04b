"""Layer 3: a figure that sizes the thing after it ("two 20-metre patrol boats", "four 120mm
mortars", "three new 500 horsepower boats"): one each, of that size, and no count of them.
The units are data (data/open_items.json size_units); items.py reads these patterns."""

from __future__ import annotations

import regex

from giftextract.lexicon.trie import trie_alternation
from giftextract.mentions.open_items_table import OPEN_ITEMS_TABLE
from giftextract.text.patterns import compile_pattern

_UNITS = OPEN_ITEMS_TABLE["size_units"]
SIZE_WORDS = frozenset(w.lower() for w in _UNITS["words"] + _UNITS["glued"])


# right after a figure: its unit, hyphenated or spaced ("20-metre", "500 horsepower",
# "4-and-a-half-ton"), or an
# age ("a 24-year-old"); "of" after the unit makes an amount ("500 tonnes of rice"), no size
SIZE_AFTER = compile_pattern(r"(?:-and-an?-(?:half|quarter))?(?:-|[ \t]+)(?:" + trie_alternation(_UNITS["words"]) + r")(?![\w-])(?![ \t]+of\b)"
                             r"|-(?:years?|months?|weeks?|days?)-old(?![\w-])", regex.IGNORECASE)
# the words between a count and its noun opening with a size: " 30 metre ", " 120mm ", " 1,500 hp "
SIZE_LEADING = compile_pattern(r"\s*\d[\d,.]*(?:(?:-and-an?-(?:half|quarter))?(?:-|[ \t]+)(?:" + trie_alternation(_UNITS["words"]) + r")|(?:"
                               + trie_alternation(_UNITS["glued"]) + r"))(?![\w-])(?![ \t]+of\b)", regex.IGNORECASE)


def leading_size(words: list[str]) -> int:
    """How many of a thing's name's first words are its size ("500 horsepower boat": 2,
    "120mm mortar": 1), leaving its head: 0 if none."""
    for n in (2, 1):
        if len(words) > n and SIZE_LEADING.fullmatch(" ".join(words[:n])):
            return n
    return 0


def only_size(words: list[str]) -> bool:
    """A name that is a size alone ("a second 87 ft Protector-class patrol boat": "87 ft")."""
    return SIZE_LEADING.fullmatch(" ".join(words)) is not None
