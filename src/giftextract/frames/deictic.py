"""Layer 4: a force told "here" is at the place its story is filed from.

"Belgium's volunteer battalion came ashore here", "300 U.S. paratroopers who arrived at this
former Soviet range": under a dateline ("PUSAN, Korea -", "YAVORIV, Ukraine -") the words
point at the dateline's town, which the dateline sieve (coref/frames.py) makes the
deployment's location.  The words are deployment.json's markers "here" and "here_heads".
"""

from __future__ import annotations

from functools import lru_cache

import regex

from giftextract.constructions.pattern import word_class_regex
from giftextract.text.patterns import compile_pattern


@lru_cache(maxsize=8)
def _here(words: tuple[str, ...], heads: tuple[str, ...]) -> regex.Pattern | None:
    if not words and not heads:
        return None
    this = rf"|\bthis\s+(?:[\w-]+\s+){{0,3}}?{word_class_regex(list(heads))}" if heads else ""
    return compile_pattern(rf"(?<![\w'-])(?:{word_class_regex(list(words)) if words else '(?!)'}{this})(?![\w'-])",
                           regex.IGNORECASE)


def says_here(text: str, lo: int, hi: int, markers: dict) -> bool:
    """Whether text[lo:hi] places something "here" or at "this" town, base or range."""
    pattern = _here(tuple(markers.get("here", ())), tuple(markers.get("here_heads", ())))
    return pattern is not None and pattern.search(text, lo, hi) is not None
