"""Bounded working memory within one long document: what a sentence is read with does not
grow with its place in the document (benchmarks/run.py --memory-child measures the peak RSS)."""

from __future__ import annotations

import tracemalloc

from giftextract.frames.continued import is_list_row


def _peak_bytes(fn) -> int:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        fn()
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def test_a_list_row_deep_in_a_long_text_is_tested_without_a_copy_of_the_text_before_it():
    head = "Nothing to see here today.\n\n" * 200_000  # 5.6 MB before the list
    text = head + "Canada sent these:\n\n- two tanks\n"
    start = text.index("- two")
    assert is_list_row(text, start, len(text) - 1)
    assert _peak_bytes(lambda: is_list_row(text, start, len(text) - 1)) < 100_000
