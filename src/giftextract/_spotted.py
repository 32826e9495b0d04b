"""Mentions of a block's sentences, spotted lazily run by run.

A spotter (names, species, counts, times) is called once per maximal run of neighbouring
sentences it must read (fewer, longer calls), exactly the calls a block made when it spotted
everything up front; but a run is spotted only when one of its sentences is first asked for,
so sentences the frame rules turn out not to need cost nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from giftextract.mentions.sentence import bucket


def index_runs(indices: list[int]) -> list[tuple[int, int]]:
    """Sorted sentence indices as maximal runs of neighbours, (first, last) inclusive."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and i == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


class Spotted:
    """``spot(start, end)`` over each run of ``indices`` (sorted indices into ``sentences``),
    bucketed by sentence, each run computed on first use."""

    def __init__(self, sentences: list[tuple[int, int]], indices: list[int],
                 spot: Callable[[int, int], list]) -> None:
        self._sentences = sentences
        self._spot = spot
        self._run_of: dict[int, tuple[int, int]] = {}
        for run in index_runs(indices):
            for i in range(run[0], run[1] + 1):
                self._run_of[i] = run
        self._found: dict[int, list] = {}

    def of(self, i: int) -> list:
        """The mentions of sentence ``i`` (empty for a sentence outside every run)."""
        found = self._found.get(i)
        if found is not None:
            return found
        run = self._run_of.get(i)
        if run is None:
            return []
        first, last = run
        run_sentences = self._sentences[first:last + 1]
        mentions = self._spot(run_sentences[0][0], run_sentences[-1][1])
        for k, items in enumerate(bucket(mentions, run_sentences)):
            self._found[first + k] = items
        return self._found[i]
