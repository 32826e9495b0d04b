"""Layer 3 counts, the forms that need more than one count's reading: every count in a text.

Each row is ``(text, [(surface, value, low, high, qualifier), ...])``: *all* the counts
``find_counts(text)`` returns, left to right (so a near-miss row says what is read
instead, not only that the positive reading is absent), and each one's ``text`` is its
slice of the text.  tests/test_counts.py keeps the one-count table and the properties;
this file keeps the forms where the reading of "over", of a neighbouring count or of a
parenthesis decides the count, and the vague magnitudes, which must never read as exact
values.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from giftextract.quantity.counts import QUALIFIERS, find_counts
from prefilter_checks import phrase_text

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
    # the bare forms "hand" and "turn" are nouns in idioms: then "over" is the qualifier
    ("On the other hand over 40 animals died.", [("over 40", 40, N, N, "more_than")]),
    ("In turn over 40 animals were moved.", [("over 40", 40, N, N, "more_than")]),
    ("At the turn over 40 animals were moved.", [("over 40", 40, N, N, "more_than")]),
    ("Zoos in turn hand over 40 animals.", [("40", 40, N, N, "exact")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICLE_OVER, ids=_ids(PARTICLE_OVER))
def test_particle_over(text, expected):
    _check(text, expected)


# --- 2. sex breakdowns ("two male and three female lions") ---------------------------------
# "N male and M female", "N males and M females" (either order, different sexes) is one
# count of N + M, ending at the second sex word: right before the noun, if one follows.
SEX_SUMS: list[Row] = [
    ("two male and three female lions", [("two male and three female", 5, N, N, "exact")]),
    ("three males and two females", [("three males and two females", 5, N, N, "exact")]),
    ("three males and two females were sent to Japan", [("three males and two females", 5, N, N, "exact")]),
    ("one male and one female", [("one male and one female", 2, N, N, "exact")]),
    ("1 male and 2 female lions", [("1 male and 2 female", 3, N, N, "exact")]),
    ("two female and one male tigers", [("two female and one male", 3, N, N, "exact")]),
    ("about two male and three female lions", [("about two male and three female", 5, N, N, "approximate")]),
    ("Two Male And Three Female lions", [("Two Male And Three Female", 5, N, N, "exact")]),
    ("two male and\nthree female lions", [("two male and\nthree female", 5, N, N, "exact")]),
    ("forty-two male and twenty female horses", [("forty-two male and twenty female", 62, N, N, "exact")]),
    ("a dozen male and two dozen female ducks", [("a dozen male and two dozen female", 36, N, N, "exact")]),
    ("two male and three female and one juvenile lions",
     [("two male and three female", 5, N, N, "exact"), ("one", 1, N, N, "exact")]),
    # near-misses: counts of different nouns, the same sex, no sex word, or words between
    ("19 stallions and 5 mares", [("19", 19, N, N, "exact"), ("5", 5, N, N, "exact")]),
    ("two males and three males", [("two", 2, N, N, "exact"), ("three", 3, N, N, "exact")]),
    ("two female and three female lions", [("two", 2, N, N, "exact"), ("three", 3, N, N, "exact")]),
    ("two male and three lions", [("two", 2, N, N, "exact"), ("three", 3, N, N, "exact")]),
    ("two male lions and three female lions", [("two", 2, N, N, "exact"), ("three", 3, N, N, "exact")]),
    ("two males and the three females", [("two", 2, N, N, "exact"), ("three", 3, N, N, "exact")]),
    ("two males, three females", [("two", 2, N, N, "exact"), ("three", 3, N, N, "exact")]),
    ("two males or three females", [("two", 2, N, N, "exact"), ("three", 3, N, N, "exact")]),
    ("two males and three", [("two", 2, N, N, "exact"), ("three", 3, N, N, "exact")]),
    ("two males and about three females", [("two", 2, N, N, "exact"), ("about three", 3, N, N, "approximate")]),
    ("two male and three female-led herds", [("two", 2, N, N, "exact"), ("three", 3, N, N, "exact")]),
    ("two male and three femaleness", [("two", 2, N, N, "exact"), ("three", 3, N, N, "exact")]),
    ("dozens of males and three females", [("dozens of", N, 24, N, "at_least"), ("three", 3, N, N, "exact")]),
    ("two or three males and two females",
     [("two or three", N, 2, 3, "approximate"), ("two", 2, N, N, "exact")]),
    ("70-odd males and 3 females", [("70-odd", 70, N, N, "approximate"), ("3", 3, N, N, "exact")]),
]


@pytest.mark.parametrize(("text", "expected"), SEX_SUMS, ids=_ids(SEX_SUMS))
def test_sex_sums(text, expected):
    _check(text, expected)


def test_sex_sum_parts():
    from giftextract.quantity.counts import CountPart

    text = "about two male and three female lions"
    (c,) = find_counts(text)
    assert c.parts == (CountPart(6, 14, "two male", 2.0, "male"), CountPart(19, 31, "three female", 3.0, "female"))
    assert all(text[p.start : p.end] == p.text for p in c.parts)
    assert c.unit == "lion"
    (c,) = find_counts("three Males and two FEMALES")
    assert [(p.text, p.value, p.sex) for p in c.parts] == [("three Males", 3, "male"), ("two FEMALES", 2, "female")]
    assert find_counts("40 lions")[0].parts == ()


def test_sex_sum_stays_in_the_window():
    text = "two male and three female lions"
    assert [c.text for c in find_counts(text, 0, 20)] == ["two", "three"]
    assert [c.text for c in find_counts(text, 0, 25)] == ["two male and three female"]
    assert [c.text for c in find_counts(text, 4)] == ["three"]


_SEXISH = ["two", "three", "1", "20", "forty-two", "a dozen", "about", "male", "female", "males",
           "females", "Male", "FEMALES", "and", "And", "or", "lions", "the", "-led", "(2)", "stallions",
           "(3)", "(", ")", "(1,000)", "one thousand", "years", "%"]


@settings(max_examples=300)
@given(phrase_text(_SEXISH, [" ", " ", "  ", "\n", ", ", "", "-"], 12))
def test_sums_and_repeats_keep_spans(text):
    counts = find_counts(text)
    assert all(a.end <= b.start for a, b in zip(counts, counts[1:]))
    for c in counts:
        assert text[c.start : c.end] == c.text
        if c.parts:
            first, second = c.parts
            assert all(text[p.start : p.end] == p.text for p in c.parts)
            assert c.start <= first.start < first.end < second.start < second.end == c.end
            assert c.value == first.value + second.value and {first.sex, second.sex} == {"male", "female"}


def test_sex_sum_is_the_count_before_the_noun():
    # the frames take "the count that ends right before the noun": it is the whole sum
    text = "two male and three female lions"
    lion = text.index("lions")
    before = [c for c in find_counts(text) if c.end <= lion]
    assert before[-1].value == 5 and text[before[-1].end : lion] == " "


# --- 3. a number in words with its digits after it, "two (2) elephants" -------------------
# Digits in parentheses right after a count that ends in a word ("two", "two dozen",
# "2.5m") and has its value repeat it: one count, spanning both.  When they do
# not repeat it, both are read as before (which one is meant, the text does not say).
PAREN_REPEATS: list[Row] = [
    ("two (2) elephants", [("two (2)", 2, N, N, "exact")]),
    ("Two (2) elephants", [("Two (2)", 2, N, N, "exact")]),
    ("twenty-five (25) horses", [("twenty-five (25)", 25, N, N, "exact")]),
    ("two(2) elephants", [("two(2)", 2, N, N, "exact")]),
    ("two  (2) elephants", [("two  (2)", 2, N, N, "exact")]),
    ("two dozen (24) horses", [("two dozen (24)", 24, N, N, "exact")]),
    ("half a dozen (6) horses", [("half a dozen (6)", 6, N, N, "exact")]),
    ("2.5m (2,500,000) doses", [("2.5m (2,500,000)", 2_500_000, N, N, "exact")]),
    ("two ( 2 ) elephants", [("two ( 2 )", 2, N, N, "exact")]),
    ("about two (2) elephants", [("about two (2)", 2, N, N, "approximate")]),
    ("one thousand (1,000) troops", [("one thousand (1,000)", 1000, N, N, "exact")]),
    ("two (2) male and three (3) female lions", [("two (2) male and three (3) female", 5, N, N, "exact")]),
    ("two (2), three (3)", [("two (2)", 2, N, N, "exact"), ("three (3)", 3, N, N, "exact")]),
    # near-misses
    ("two (3) elephants", [("two", 2, N, N, "exact"), ("3", 3, N, N, "exact")]),
    ("two (2019) elephants", [("two", 2, N, N, "exact")]),
    ("two (see 2) elephants", [("two", 2, N, N, "exact"), ("2", 2, N, N, "exact")]),
    ("two (2a) elephants", [("two", 2, N, N, "exact")]),
    ("two, (2) elephants", [("two", 2, N, N, "exact"), ("2", 2, N, N, "exact")]),
    ("two (2) years", []),
    ("two (2)% of them", []),
    ("two dozen (12) horses", [("two dozen", 24, N, N, "exact"), ("12", 12, N, N, "exact")]),
    ("70-odd (70) horses", [("70-odd", 70, N, N, "approximate"), ("70", 70, N, N, "exact")]),
    ("2 (2) elephants", [("2", 2, N, N, "exact"), ("2", 2, N, N, "exact")]),
]


@pytest.mark.parametrize(("text", "expected"), PAREN_REPEATS, ids=_ids(PAREN_REPEATS))
def test_paren_repeats(text, expected):
    _check(text, expected)


def test_paren_repeat_stays_in_the_window():
    text = "two (2) elephants"
    assert [c.text for c in find_counts(text, 0, 6)] == ["two", "2"]
    assert [c.text for c in find_counts(text, 0, 7)] == ["two (2)"]


# --- 4. vague magnitudes: a lower bound, never a value -------------------------------------
# "dozens of", "hundreds of", "several dozen", "a couple hundred": no value, a lower bound
# (the schema's ``low``), and a qualifier that is never "exact" (at_least unless a
# qualifier before says otherwise).  Multiples of a known number stay exact values.
VAGUE: list[Row] = [
    ("dozens of elephants were sent", [("dozens of", N, 24, N, "at_least")]),
    ("Hundreds of troops", [("Hundreds of", N, 200, N, "at_least")]),
    ("thousands of troops", [("thousands of", N, 2000, N, "at_least")]),
    ("tens of thousands of troops", [("tens of thousands of", N, 20_000, N, "at_least")]),
    ("scores of troops", [("scores of", N, 40, N, "at_least")]),
    ("about dozens of troops", [("about dozens of", N, 24, N, "approximate")]),
    ("several dozen troops", [("several dozen", N, 36, N, "at_least")]),
    ("a few dozen troops", [("a few dozen", N, 24, N, "at_least")]),
    ("a couple dozen troops", [("a couple dozen", N, 24, N, "at_least")]),
    ("a couple of dozen troops", [("a couple of dozen", N, 24, N, "at_least")]),
    ("a couple hundred troops", [("a couple hundred", N, 200, N, "at_least")]),
    ("a couple of hundred troops", [("a couple of hundred", N, 200, N, "at_least")]),
    ("a couple of thousand troops", [("a couple of thousand", N, 2000, N, "at_least")]),
    ("several hundred thousand troops", [("several hundred thousand", N, 300_000, N, "at_least")]),
    ("a few hundred thousand doses", [("a few hundred thousand", N, 200_000, N, "at_least")]),
    ("It handed over several hundred troops", [("several hundred", N, 300, N, "at_least")]),
    # multiples of a known number: exact values
    ("a couple of koalas", [("a couple of", 2, N, N, "exact")]),
    ("a pair of lions", [("a pair of", 2, N, N, "exact")]),
    ("a brace of pheasants", [("a brace of", 2, N, N, "exact")]),
    ("a trio of pandas", [("a trio of", 3, N, N, "exact")]),
    ("a dozen horses", [("a dozen", 12, N, N, "exact")]),
    ("two dozen horses", [("two dozen", 24, N, N, "exact")]),
    ("half a dozen horses", [("half a dozen", 6, N, N, "exact")]),
    ("a couple of dozens", [("a couple of", 2, N, N, "exact")]),
    # near-misses: no vague count without "of", a scale or a multiplier noun after
    ("dozens", []),
    ("hundreds more were sent", []),
    ("the dozen", []),
    ("a dozen-strong herd", []),
]


@pytest.mark.parametrize(("text", "expected"), VAGUE, ids=_ids(VAGUE))
def test_vague_magnitudes(text, expected):
    _check(text, expected)


_VAGUE_PHRASES = ["dozens of", "scores of", "hundreds of", "thousands of", "millions of",
                  "tens of thousands of", "hundreds of thousands of", "several", "a few", "a handful of",
                  "several dozen", "a few dozen", "a couple dozen", "a couple of hundred", "several thousand",
                  "several hundred thousand", "numerous"]


@pytest.mark.parametrize("qual", ["", *sorted(QUALIFIERS)])
def test_vague_magnitudes_are_never_exact_values(qual):
    for phrase in _VAGUE_PHRASES:
        text = f"They sent {qual} {phrase} troops."
        (c,) = find_counts(text)
        assert c.value is None and c.low and c.low > 1 and c.qualifier != "exact", (text, c)
        assert c.text.endswith(phrase)


def test_particle_table_examples_read_exact():
    # each listed verb's own example: the count after "over" is exact
    from giftextract.quantity.particles import PARTICLE_OVER_VERBS

    for lemma, (forms, example) in PARTICLE_OVER_VERBS.items():
        assert any(f" {f} over " in example for f in forms), lemma
        (count,) = find_counts(example)
        assert count.qualifier == "exact" and not count.text.lower().startswith("over"), example


def test_particle_exceptions_examples_keep_the_qualifier():
    from giftextract.quantity.particles import NOT_AFTER, PARTICLE_OVER_VERBS

    every_form = {f for forms, _ in PARTICLE_OVER_VERBS.values() for f in forms}
    for forms, before, example in NOT_AFTER:
        assert set(forms) <= every_form, forms
        (count,) = find_counts(example)
        assert count.qualifier == "more_than" and count.text.lower().startswith("over"), example


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


def test_sex_sum_patterns_repeat_nothing_unboundedly():
    import re

    from giftextract.quantity.sums import _SEX_AFTER, _SEX_AND

    for pattern in (_SEX_AND, *_SEX_AFTER.values()):
        assert re.search(_UNBOUNDED, pattern.pattern) is None, pattern.pattern


def test_paren_repeat_pattern_repeats_nothing_unboundedly():
    import re

    from giftextract.quantity.counts import _PAREN_REPEAT

    assert re.search(_UNBOUNDED, _PAREN_REPEAT.pattern) is None, _PAREN_REPEAT.pattern


ADVERSARIAL = {
    "handed-over": "handed over " * 50_000,
    "over-over": "over " * 100_000,
    "handed-spaces": "handed" + " " * 100_000 + "over 40",
    "it-took-over": "it took over " * 40_000,
    "two-male-and": "two male and " * 50_000,
    "male-female-pairs": "two male and three female and " * 25_000,
    "male-and-spaces": "two male" + " " * 100_000 + "and three female",
    "two-paren": "two (2) " * 50_000,
    "two-paren-open": "two (" * 100_000,
    "paren-digits": "two (" + "1" * 100_000 + ")",
    # the couple lookahead and the vague scale read whitespace runs (\s+, as the rest of
    # the grammar): once per attempt, never nested
    "couple-spaces": "a couple" + " " * 100_000 + "of hundred",
    "couple-of": "a couple of " * 50_000,
    "several-hundred": "several hundred " * 50_000,
    "few-hundred-thousand": "a few hundred thousand " * 30_000,
}


@pytest.mark.parametrize("text", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_adversarial_inputs_finish(text):
    from test_counts import _Alarm

    with _Alarm():
        find_counts(text)
