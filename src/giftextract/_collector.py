"""Memory during one extraction: the cyclic garbage collector paused, and run on the young
objects between blocks; the C heap's free pages handed back once a long document is
normalised and again before its models are built.

Frames and mentions hold no reference cycles, yet the collector rescans them again and again
as they accumulate: measured, it made a 5 MB document 15% slower per byte than a 100 kB one.
So it is paused for the extraction (and restored as it was).

What does make cycles is the first use of a pattern compiled on demand (the construction
tables' rows, the lexicon's deferred patterns: the regex parser's trees are cyclic), about
7 MB on the first document a process reads, and a pause kept all of it to the end. One
collection of the young generation between blocks frees it while the document is read: the
blocks after it reuse that memory (10 MB document: peak RSS 144 -> 136 MB), for about 4 ms
a block (0.4% of the time), and never on a document of one block.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """The automatic collector off inside, as it was after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def collect_young() -> int:
    """Free the cycles among the objects made since the last collection (the survivors, one
    block's frames and mentions, are scanned once: linear); the number found."""
    return gc.collect(0)


def _malloc_trim():
    """glibc's malloc_trim, or None where the C library has none (macOS, musl, Windows)."""
    try:
        import ctypes

        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):
        return None


_TRIM: list = []  # the function, looked up once (on the first long document)


def release_free_heap() -> None:
    """Hand the C heap's free pages back to the system, where the C library can.

    A long input raises glibc's thresholds, so the normalised copy of a long document and the
    pieces it was built from are freed into the heap, which keeps them resident; the records'
    models, small objects Python allocates apart from that heap, cannot reuse them. Trimmed
    before they are built: 10 MB document peak RSS 136.2 -> 132.2 MB, for about 1 ms. The
    same holds for the copies normalising makes (each step of it a new string as long as the
    text), freed once the normalised text exists: handed back before the text is read, they
    no longer lie under every block's frames (10 MB document: peak RSS 129.4 -> 125.2 MB)."""
    if not _TRIM:
        _TRIM.append(_malloc_trim())
    if _TRIM[0] is not None:
        _TRIM[0](0)
