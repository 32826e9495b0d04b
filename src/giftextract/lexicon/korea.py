"""Layer 2: the two Korean states: "Korean" read as the Korea a document names most, and
"the North" and "the South" as the Koreas in a story about Korea."""

from __future__ import annotations

import dataclasses
import re

from giftextract.lexicon.base import Entity
from giftextract.lexicon.corroborate import corroborated
from giftextract.lexicon.entities import find_entities
from giftextract.text.compiled import compile as compile_re


# "the North sent about 11,000 soldiers": in a story about Korea, the North and the South are
# the two Korean states (never "the North Atlantic", "the South of France")
_KOREA_HALF = compile_re(r"(?<![\w'-])(?:the|The)\s+(North|South)(?!\s+(?:[A-Z]|of\b|and\b))(?![\w'-])")


def find_korea_halves(text: str, start: int = 0, end: int | None = None) -> list[Entity]:
    """"the North" (KP) and "the South" (KR) in ``text[start:end]``; call it only on text about Korea."""
    end = len(text) if end is None else end
    return [Entity(m.start(), m.end(), m.group(), m.group(1), "state", "country",
                   "KP" if m.group(1) == "North" else "KR")
            for m in _KOREA_HALF.finditer(text, start, end)]


# No leading \b: a pattern that starts with a literal lets the engine skip ahead in C
# (3x faster over a whole document); the word boundary is checked on the few matches.
_NORTH = compile_re(r"North\s+Korea|DPRK|Pyongyang|People's\s+Republic\s+of\s+Korea")
_SOUTH = compile_re(r"South\s+Korea|Seoul|(?<!People's )Republic\s+of\s+Korea|ROK(?![\w-])")  # (not the DPRK's full name)


def _mentions(pattern: re.Pattern, text: str) -> int:
    return sum(1 for m in pattern.finditer(text)
               if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"))


# A literal of each pattern, one of which every match holds: most text holds none, and looking
# for them is far cheaper than _SOUTH's scan (its look-behind keeps the engine from skipping ahead)
_SOUTH_WORDS = ("Korea", "Seoul", "ROK")
_KOREA_WORDS = ("Korea", "DPRK", "Pyongyang", "Seoul", "ROK")


def korea_of(text: str) -> str:
    """'Korean' alone is KP or KR: the Korea the document names most (North on a tie)."""
    if not any(w in text for w in _SOUTH_WORDS):
        return "KP"  # no South named: the tie's answer at most
    return "KR" if _mentions(_SOUTH, text) > _mentions(_NORTH, text) else "KP"


def spot_names(t: str, start: int, end: int, korean: bool, korea: str, named: dict | None = None) -> list[Entity]:
    """The names of t[start:end] as the pipeline reads them: "Korean" as the document's Korea
    (``korea``) and, where the text names Korea (``korean``), "the North" and "the South";
    a gazetteer place keeps its country only where the document names it (``named``: the
    document's answers so far, lexicon/corroborate.py)."""
    found = resolve_korea(_with_korea_halves(t, start, end, find_entities(t, start, end), korean), korea)
    return found if named is None else corroborated(t, found, named)


def korea_context(t: str, lo: int = 0, hi: int | None = None) -> bool:
    """Whether t[lo:hi] names either Korea (then "the North" and "the South" are the Koreas)."""
    hi = len(t) if hi is None else hi
    if all(t.find(w, lo, hi) < 0 for w in _KOREA_WORDS):
        return False
    return bool(_NORTH.search(t, lo, hi) or _SOUTH.search(t, lo, hi))


def _with_korea_halves(t: str, start: int, end: int, found: list[Entity], korean: bool) -> list[Entity]:
    """"the North sent troops": in a block that names Korea, the two Koreas join the names."""
    if not korean:
        return found
    taken = [(e.start, e.end) for e in found]
    return sorted(found + [h for h in find_korea_halves(t, start, end)
                           if not any(a < h.end and h.start < b for a, b in taken)], key=lambda e: e.start)


def resolve_korea(entities: list[Entity], korea: str) -> list[Entity]:
    return [dataclasses.replace(e, country=korea, ambiguous_korea=False) if e.ambiguous_korea else e
            for e in entities]
