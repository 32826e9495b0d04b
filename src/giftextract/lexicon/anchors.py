"""Layer 2 helper: which name anchors lie near a cue word (lexicon/entities.py tries a
pattern built around a cue only there)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right


def near_cues(anchors: list[int], cues: list[int], reach: int) -> list[int]:
    """The anchors at most ``reach`` characters before (or at) some cue, in order; both
    lists sorted."""
    out: list[int] = []
    taken = 0  # anchors[:taken] are already in out or passed over
    for cue in cues:
        lo = max(taken, bisect_left(anchors, cue - reach))
        hi = bisect_right(anchors, cue)
        if hi > lo:
            out += anchors[lo:hi]
            taken = hi
    return out
