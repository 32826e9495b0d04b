"""Layer 3 counts, the forms that need more than one count's reading: every count in a text.

Each row is ``(text, [(surface, value, low, high, qualifier), ...])``: *all* the counts
``find_counts(text)`` returns, left to right (so a near-miss row says what is read
instead, not only that the positive reading is absent), and each one's ``text`` is its
slice of the text.  tests/test_counts.py keeps the one-count table and the properties;
this file keeps the forms where the reading of "over", of a neighbouring count or of a
parenthesis decides the count.
"""

from __future__ import annotations

import pytest

from giftextract.quantity.counts import find_counts

N = None
Row = tuple[str, list[tuple[str, float | None, float | None, float | None, str]]]


def _ids(rows: list[Row]) -> list[str]:
    return [r[0][:50] for r in rows]


def _check(text: str, expected) -> None:
    counts = find_counts(text)
    for c in counts:
        assert text[c.start : c.end] == c.text
    assert [(c.text, c.value, c.low, c.high, c.qualifier) for c in counts] == expected


# --- 1. "over" as a verb's particle ("handed over three koalas") --------------------------
# Right after a verb that takes "over" as its particle (quantity/particles.py), "over"
# belongs to the verb and the count after it is exact; anywhere else "over N" is "more
# than N".
PARTICLE_OVER: list[Row] = [
    ("The zoo handed over three koalas.", [("three", 3, N, N, "exact")]),
    ("The zoo handed over 3 pandas.", [("3", 3, N, N, "exact")]),
    ("Japan hands over two koalas", [("two", 2, N, N, "exact")]),
    ("It is handing over 12 horses", [("12", 12, N, N, "exact")]),
    ("to hand over four tigers", [("four", 4, N, N, "exact")]),
    ("The sanctuary took over 40 animals from the circus.", [("40", 40, N, N, "exact")]),
    ("The zoo has taken over 40 animals.", [("40", 40, N, N, "exact")]),
    ("Police turned over two elephants to the zoo.", [("two", 2, N, N, "exact")]),
    ("The ministry passed over two tigers.", [("two", 2, N, N, "exact")]),
    ("The circus signed over 30 horses to the state.", [("30", 30, N, N, "exact")]),
    ("It Handed Over three koalas", [("three", 3, N, N, "exact")]),
    ("It handed\nover three koalas", [("three", 3, N, N, "exact")]),
    ("the hand-over of three koalas", [("three", 3, N, N, "exact")]),
    ("a hand-over three koalas", [("three", 3, N, N, "exact")]),
    ("It handed over two dozen horses", [("two dozen", 24, N, N, "exact")]),
    ("It handed over between 5 and 7 tigers", [("between 5 and 7", N, 5, 7, "approximate")]),
    ("It handed over 5,000-7,000 rounds", [("5,000-7,000", N, 5000, 7000, "approximate")]),
    # a qualifier after the particle is still a qualifier
    ("It handed over more than 40 animals", [("more than 40", 40, N, N, "more_than")]),
    ("It handed over about 40 animals", [("about 40", 40, N, N, "approximate")]),
    ("It handed over dozens of animals", [("dozens of", N, 24, N, "at_least")]),
    # near-misses: "over" after anything but a particle verb is the qualifier
    ("Over 40 animals were sent.", [("Over 40", 40, N, N, "more_than")]),
    ("Russia sent over 200 troops.", [("over 200", 200, N, N, "more_than")]),
    ("Russia deployed over 200 troops.", [("over 200", 200, N, N, "more_than")]),
    ("China gave over 40 animals.", [("over 40", 40, N, N, "more_than")]),
    ("It handed the zoo over 40 animals.", [("over 40", 40, N, N, "more_than")]),
    ("It handed well over 40 animals.", [("well over 40", 40, N, N, "more_than")]),
    ("It took over 200 troops to retake the town.", [("over 200", 200, N, N, "more_than")]),
    ("It takes over 200 troops to hold it.", [("over 200", 200, N, N, "more_than")]),
    ("Beforehand over 40 animals were moved.", [("over 40", 40, N, N, "more_than")]),
    ("the handover, over 40 animals", [("over 40", 40, N, N, "more_than")]),
    ("It handed, over 40 animals", [("over 40", 40, N, N, "more_than")]),
    ("Handovers over 40 a year", [("over 40", 40, N, N, "more_than")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICLE_OVER, ids=_ids(PARTICLE_OVER))
def test_particle_over(text, expected):
    _check(text, expected)


def test_particle_table_examples_read_exact():
    # each listed verb's own example: the count after "over" is exact
    from giftextract.quantity.particles import PARTICLE_OVER_VERBS

    for lemma, (forms, example) in PARTICLE_OVER_VERBS.items():
        assert any(f" {f} over " in example for f in forms), lemma
        (count,) = find_counts(example)
        assert count.qualifier == "exact" and not count.text.lower().startswith("over"), example


# --- bounded patterns and long adversarial inputs -----------------------------------------
# Each new pattern repeats nothing without a bound (a run of whitespace at most, a
# number's own atomic run), so a match attempt costs the same at every position however
# long the input; the inputs below only have to finish (the 60 s alarm is a hang guard,
# not a timing assertion).

_UNBOUNDED = r"(?<!\\)[*+]|\{\d+,\}"


def test_particle_guard_repeats_nothing_unboundedly():
    import re

    from giftextract.quantity.particles import particle_guard

    assert re.search(_UNBOUNDED, particle_guard()) is None


ADVERSARIAL = {
    "handed-over": "handed over " * 50_000,
    "over-over": "over " * 100_000,
    "handed-spaces": "handed" + " " * 100_000 + "over 40",
    "it-took-over": "it took over " * 40_000,
}


@pytest.mark.parametrize("text", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_adversarial_inputs_finish(text):
    from test_counts import _Alarm

    with _Alarm():
        find_counts(text)
