"""Layer 3: counts that are sums of two counts, "two male and three female (lions)".

A sex breakdown gives the number of animals in two terms: "two male and three female
lions" are five lions, "three males and two females" five animals.  ``join_sexes`` takes
the counts :func:`giftextract.quantity.counts.find_counts` has read and joins each such
pair into one count of their sum, spanning both terms and ending at the second sex word,
so that the count right before the noun ("... female lions") is the whole sum.  The
terms stay in ``Count.parts``.

The grammar, over what lies between and after two counts read on their own:

    COUNT1 SEX1 "and" COUNT2 SEX2        SEX: male, female, males, females; SEX2 != SEX1

COUNT1 has a single value (a number or a multiple, "a dozen"; a qualifier before it
qualifies the sum); COUNT2 is bare (no qualifier, no "-odd" after it).  Counts of other
nouns stay apart, though the nouns name sexes ("19 stallions and 5 mares" are two
counts of two nouns), and so do two counts of one sex, or terms with other words or
punctuation between ("two males, three females": the list may go on).  Only whitespace
runs repeat, each at most eight characters, so a check costs the same everywhere.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, NamedTuple

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.quantity.nouns import guess_unit

if TYPE_CHECKING:  # counts.py imports this module
    from giftextract.quantity.counts import Count


class CountPart(NamedTuple):
    """One term of a count that is a sum: "two male" of "two male and three female"."""

    start: int
    end: int
    text: str
    value: float
    sex: str  # "male" or "female"


# What lies between the counts, all of it ...
_SEX_AND = compile_pattern(r"\s{1,8}(?P<word>(?P<sex>(?:fe)?male)s?)\s{1,8}and\s{1,8}", regex.IGNORECASE)
# ... the lengths it can have, to skip the counts that are further apart (most are) ...
_SEX_AND_LENGTHS = range(len(" male and "), 8 + len("females") + 8 + len("and") + 8 + 1)
# ... and what follows the second count: the other sex, {first sex: pattern}.
_SEX_AFTER = {sex: compile_pattern(rf"\s{{1,8}}(?P<word>{other}s?)(?![\w-])", regex.IGNORECASE)
              for sex, other in (("male", "female"), ("female", "male"))}
SPACE = compile_pattern(r"\s+")


def join_sexes(text: str, end: int, counts: list[Count], joins: list[tuple[int, bool]]) -> list[Count]:
    """``counts`` with each "N male and M female" pair joined into one count of N + M.

    ``joins`` has, per count, where its number begins (after a qualifier), or -1 when it
    cannot be the first term, and whether it can be the second.  ``end`` is the end of
    the window the counts were read in: a sum does not reach past it.  A sum is never
    joined again."""
    out: list[Count] = []
    i = 0
    while i < len(counts):
        a = counts[i]
        if (i + 1 < len(counts) and joins[i][0] >= 0 and joins[i + 1][1]
                and counts[i + 1].start - a.end in _SEX_AND_LENGTHS):
            b = counts[i + 1]
            first = _SEX_AND.fullmatch(text, a.end, b.start)
            # the sex by its length: what IGNORECASE matched folds one character for one
            sex1 = first and ("female" if first.end("sex") - first.start("sex") == 6 else "male")
            second = sex1 and _SEX_AFTER[sex1].match(text, b.end, end)
            if second:
                sex2 = "male" if sex1 == "female" else "female"
                number_at, end1, end2 = joins[i][0], first.end("word"), second.end()
                parts = (CountPart(number_at, end1, text[number_at:end1], a.value, sex1),
                         CountPart(b.start, end2, text[b.start : end2], b.value, sex2))
                # a has one value (no low or high): the sum keeps its start and qualifier
                out.append(dataclasses.replace(a, end=end2, text=text[a.start : end2], value=a.value + b.value,
                                               unit=guess_unit(text, end2), parts=parts))
                i += 2
                continue
        out.append(a)
        i += 1
    return out
