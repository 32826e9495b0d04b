"""Checks shared by the quantity grammars' pre-filters (counts, dates): a fast scan that
tries a pattern only where a cheap pre-filter points must read exactly what the
pattern's own ``finditer`` reads, on generated text, on offsets outside the text, and on
the corpora.  (tests/ is on sys.path: the test files import this module by name.)"""

from __future__ import annotations

import pathlib

from hypothesis import strategies as st

ROOT = pathlib.Path(__file__).resolve().parent.parent

# finditer reads offsets like slice indices, negative and past the end included
OFFSETS_OUTSIDE_THE_TEXT = [(-12, 40), (3, 1000), (30, 5), (-45, -1), (-40, -2), (0, -1)]


def phrase_text(pieces: list[str], separators: list[str], max_size: int) -> st.SearchStrategy[str]:
    """Texts made of ``pieces``, each preceded by one of ``separators``."""
    @st.composite
    def text(draw):
        words = draw(st.lists(st.sampled_from(pieces), max_size=max_size))
        seps = draw(st.lists(st.sampled_from(separators), min_size=len(words), max_size=len(words)))
        return "".join(s + w for s, w in zip(seps, words))
    return text()


def spans_and_groups(matches) -> list:
    return [(m.span(), m.groupdict()) for m in matches]


def assert_reads_like_finditer(fast, pattern, text: str, start: int, end: int) -> None:
    """``fast(text, start, end)`` gives the matches of ``pattern.finditer(text, start, end)``."""
    assert spans_and_groups(fast(text, start, end)) == spans_and_groups(pattern.finditer(text, start, end)), \
        (text[:80], start, end)


def corpus_texts() -> list[str]:
    return [p.read_text("utf-8") for p in sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("devset/*.txt"))]
