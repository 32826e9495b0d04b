"""Layer 6: whether a sentence goes on with the event the sentence before told of.

A sentence with no word of giving or of a force is read only where it may go on with one
told just before: it moves what was given ("The rice was loaded aboard a ship"), says where
it went, sets out its list ("The list is long: 16 ventilators, ..."), or adds to, restates or
elides a force ("Another 200 would follow").  The pipeline reads such a sentence after a
sentence that may hold a record, and skips it otherwise.
"""

from __future__ import annotations

from giftextract.frames.continued import is_list_row, opens_a_list, points_back_to_list
from giftextract.frames.elided import elides
from giftextract.frames.follow_ons import follows_on
from giftextract.frames.gifts import tells_where_it_went
from giftextract.frames.restated import restates
from giftextract.frames.slots import TRANSPORT as MOVED


def continues_force(text: str, start: int, end: int, markers: dict) -> bool:
    """More of a force, its figure restated, or a figure whose personnel noun is elided."""
    return follows_on(text, start, end) or restates(text, start, end, markers) or elides(text, start, end, markers)


def goes_on(text: str, start: int, end: int, markers: dict) -> bool:
    """Whether ``text[start:end]`` may go on with the gift or force of the sentence before
    (``markers``: the deployment table's)."""
    return bool(MOVED.search(text, start, end) or tells_where_it_went(text, start, end) or opens_a_list(text, start, end)
                or points_back_to_list(text, start, end) or is_list_row(text, start, end) or continues_force(text, start, end, markers))


def read_after(text: str, sentences: list[tuple[int, int]], chosen: list[int], markers: dict) -> list[int]:
    """The sentences read after the chosen ones: each chosen sentence's next where it may go
    on with its event, and then the rows of a list, or sentences that only list ("There were
    150 sleeping mats. So were 100 lamps."), for as long as they run."""
    out = set(chosen) | {i + 1 for i in chosen if i + 1 < len(sentences) and goes_on(text, *sentences[i + 1], markers)}
    for i in sorted(out):
        while i + 1 < len(sentences) and i + 1 not in out and (is_list_row(text, *sentences[i + 1])
                                                                or points_back_to_list(text, *sentences[i + 1])):
            i += 1
            out.add(i)
    return sorted(out)
