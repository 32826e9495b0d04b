"""Layer 2: the two Korean states as "the North" and "the South", in a story about Korea."""

from __future__ import annotations

import re

from giftextract.lexicon.base import Entity


# "the North sent about 11,000 soldiers": in a story about Korea, the North and the South are
# the two Korean states (never "the North Atlantic", "the South of France")
_KOREA_HALF = re.compile(r"(?<![\w'-])(?:the|The)\s+(North|South)(?!\s+(?:[A-Z]|of\b|and\b))(?![\w'-])")


def find_korea_halves(text: str, start: int = 0, end: int | None = None) -> list[Entity]:
    """"the North" (KP) and "the South" (KR) in ``text[start:end]``; call it only on text about Korea."""
    end = len(text) if end is None else end
    return [Entity(m.start(), m.end(), m.group(), m.group(1), "state", "country",
                   "KP" if m.group(1) == "North" else "KR")
            for m in _KOREA_HALF.finditer(text, start, end)]
