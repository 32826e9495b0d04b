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
    ("It handed over dozens of animals", [("dozens of", N, 24, N, "approximate")]),
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
    ("dozens of males and three females", [("dozens of", N, 24, N, "approximate"), ("three", 3, N, N, "exact")]),
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
# (the schema's ``low``), and a qualifier that is never "exact" (approximate unless a
# qualifier before says otherwise).  Multiples of a known number stay exact values.
VAGUE: list[Row] = [
    ("dozens of elephants were sent", [("dozens of", N, 24, N, "approximate")]),
    ("Hundreds of troops", [("Hundreds of", N, 200, N, "approximate")]),
    ("thousands of troops", [("thousands of", N, 2000, N, "approximate")]),
    ("tens of thousands of troops", [("tens of thousands of", N, 20_000, N, "approximate")]),
    ("scores of troops", [("scores of", N, 40, N, "approximate")]),
    ("about dozens of troops", [("about dozens of", N, 24, N, "approximate")]),
    ("several dozen troops", [("several dozen", N, 36, N, "approximate")]),
    ("a few dozen troops", [("a few dozen", N, 24, N, "approximate")]),
    ("a couple dozen troops", [("a couple dozen", N, 24, N, "approximate")]),
    ("a couple of dozen troops", [("a couple of dozen", N, 24, N, "approximate")]),
    ("a couple hundred troops", [("a couple hundred", N, 200, N, "approximate")]),
    ("a couple of hundred troops", [("a couple of hundred", N, 200, N, "approximate")]),
    ("a couple of thousand troops", [("a couple of thousand", N, 2000, N, "approximate")]),
    ("several hundred thousand troops", [("several hundred thousand", N, 300_000, N, "approximate")]),
    ("a few hundred thousand doses", [("a few hundred thousand", N, 200_000, N, "approximate")]),
    ("It handed over several hundred troops", [("several hundred", N, 300, N, "approximate")]),
    # multiples of a known number: exact values
    ("a couple of koalas", [("a couple of", 2, N, N, "exact")]),
    ("a pair of lions", [("a pair of", 2, N, N, "exact")]),
    ("a brace of pheasants", [("a brace of", 2, N, N, "exact")]),
    ("a trio of pandas", [("a trio of", 3, N, N, "exact")]),
    ("a dozen horses", [("a dozen", 12, N, N, "exact")]),
    ("two dozen horses", [("two dozen", 24, N, N, "exact")]),
    ("half a dozen horses", [("half a dozen", 6, N, N, "exact")]),
    ("a couple of dozens", [("a couple of", 2, N, N, "exact")]),
    # "more" after a vague plural: as vague as "of" (phrases.py)
    ("hundreds more were sent", [("hundreds more", N, 200, N, "approximate")]),
    ("Thousands more troops arrived", [("Thousands more", N, 2000, N, "approximate")]),
    ("tens of thousands more troops", [("tens of thousands more", N, 20_000, N, "approximate")]),
    ("dozens more horses", [("dozens more", N, 24, N, "approximate")]),
    ("up to hundreds more troops", [("up to hundreds more", N, 200, N, "at_most")]),
    # "a number of": vague, at least two
    ("a number of lions were sent", [("a number of", N, 2, N, "approximate")]),
    ("a large number of troops", [("a large number of", N, 2, N, "approximate")]),
    ("A small number of horses", [("A small number of", N, 2, N, "approximate")]),
    # near-misses: no vague count without "of", "more", a scale or a multiplier noun after
    ("dozens", []),
    ("hundreds were sent", []),
    ("the number of lions rose", []),
    ("a number that grew", []),
    ("more hundreds", []),
    ("hundreds moreover", []),
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


# --- 5. fractions of a scale ("half a million") --------------------------------------------
# A fraction before a scale is that part of it (phrases.py); the count grammar's "a million"
# inside it gives way.  A fraction of anything else is no count at all, and the number
# before a fraction noun ("three quarters of the troops") is none either.
FRACTIONS: list[Row] = [
    ("half a million doses", [("half a million", 500_000, N, N, "exact")]),
    ("Half a million doses", [("Half a million", 500_000, N, N, "exact")]),
    ("a half million doses", [("a half million", 500_000, N, N, "exact")]),
    ("half a thousand troops", [("half a thousand", 500, N, N, "exact")]),
    ("a quarter of a million troops", [("a quarter of a million", 250_000, N, N, "exact")]),
    ("a quarter million troops", [("a quarter million", 250_000, N, N, "exact")]),
    ("three quarters of a million doses", [("three quarters of a million", 750_000, N, N, "exact")]),
    ("three-quarters of a million doses", [("three-quarters of a million", 750_000, N, N, "exact")]),
    ("two thirds of a million doses", [("two thirds of a million", 2e6 / 3, N, N, "exact")]),
    ("two and a half thousand troops", [("two and a half thousand", 2500, N, N, "exact")]),
    ("one and a half million doses", [("one and a half million", 1_500_000, N, N, "exact")]),
    ("2 and a half million doses", [("2 and a half million", 2_500_000, N, N, "exact")]),
    ("A million and a half doses arrived", [("A million and a half", 1_500_000, N, N, "exact")]),
    ("a thousand and a half troops", [("a thousand and a half", 1_500, N, N, "exact")]),
    ("1.5 million doses", [("1.5 million", 1_500_000, N, N, "exact")]),
    # a hyphen between the figure and its scale word ("40-thousand face masks")
    ("40-thousand face masks", [("40-thousand", 40_000, N, N, "exact")]),
    ("1.5-million doses", [("1.5-million", 1_500_000, N, N, "exact")]),
    ("1½ million doses", [("1½ million", 1_500_000, N, N, "exact")]),
    ("1½ horses", [("1½", 1.5, N, N, "exact")]),
    ("½ million doses", [("½ million", 500_000, N, N, "exact")]),
    ("about half a million troops", [("about half a million", 500_000, N, N, "approximate")]),
    ("more than half a million doses", [("more than half a million", 500_000, N, N, "more_than")]),
    ("It handed over half a million doses", [("half a million", 500_000, N, N, "exact")]),
    # near-misses: a fraction of a group, of money, or of nothing
    ("a third of the herd", []),
    ("half the herd was sent", []),
    ("half of the animals", []),
    ("three quarters of the troops", []),
    ("three-quarters of the troops", []),
    ("two thirds of the herd", []),
    ("one half of the pair", []),
    ("half a million dollars", []),
    ("1½ tonnes", []),
    ("a half-hour", []),
]


@pytest.mark.parametrize(("text", "expected"), FRACTIONS, ids=_ids(FRACTIONS))
def test_fractions_of_a_scale(text, expected):
    _check(text, expected)


# --- 6. ranges that share a scale ("between two and three thousand") ----------------------
# The scale of the second end is the first's too when the first has none and is smaller
# than the second's number; otherwise each end is its own number.
SHARED_RANGES: list[Row] = [
    ("between two and three thousand troops", [("between two and three thousand", N, 2000, 3000, "approximate")]),
    ("from 5 to 7 million doses", [("from 5 to 7 million", N, 5e6, 7e6, "approximate")]),
    ("two to three thousand troops", [("two to three thousand", N, 2000, 3000, "approximate")]),
    ("2-3 thousand troops", [("2-3 thousand", N, 2000, 3000, "approximate")]),
    ("1.5 to 2 million doses", [("1.5 to 2 million", N, 1.5e6, 2e6, "approximate")]),
    ("between five and six hundred troops", [("between five and six hundred", N, 500, 600, "approximate")]),
    ("two-to-three pandas", [("two-to-three", N, 2, 3, "approximate")]),
    ("two-to-three thousand troops", [("two-to-three thousand", N, 2000, 3000, "approximate")]),
    ("2-to-3 thousand troops", [("2-to-3 thousand", N, 2000, 3000, "approximate")]),
    ("1,000-3,000 troops", [("1,000-3,000", N, 1000, 3000, "approximate")]),
    ("up to two-to-three thousand troops", [("up to two-to-three thousand", N, 2000, 3000, "at_most")]),
    # near-misses: ends that each carry their number
    ("between 900 and 1.2 million doses", [("between 900 and 1.2 million", N, 900, 1.2e6, "approximate")]),
    ("between 5 and 600 troops", [("between 5 and 600", N, 5, 600, "approximate")]),
    ("between 1 million and 2 million doses", [("between 1 million and 2 million", N, 1e6, 2e6, "approximate")]),
    ("three-to-two votes", []),  # a score: a hyphenated "range" going down is no count
    ("a two-to-one vote", []),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_RANGES, ids=_ids(SHARED_RANGES))
def test_ranges_sharing_a_scale(text, expected):
    _check(text, expected)


# --- 7. decimals and scales in words, plural scales ("two point five million") ------------
WORDS_AND_SCALES: list[Row] = [
    ("two point five million doses", [("two point five million", 2_500_000, N, N, "exact")]),
    ("Two Point Five million doses", [("Two Point Five million", 2_500_000, N, N, "exact")]),
    ("one point two five million doses", [("one point two five million", 1_250_000, N, N, "exact")]),
    ("three point five horses", [("three point five", 3.5, N, N, "exact")]),
    ("about two point five million doses", [("about two point five million", 2_500_000, N, N, "approximate")]),
    ("5 hundred troops", [("5 hundred", 500, N, N, "exact")]),
    ("5 hundred thousand doses", [("5 hundred thousand", 500_000, N, N, "exact")]),
    ("2 dozens horses", [("2 dozens", 24, N, N, "exact")]),
    ("two dozens of horses", [("two dozens of", 24, N, N, "exact")]),
    ("seventy-five thousands troops", [("seventy-five thousands", 75_000, N, N, "exact")]),
    ("3 millions doses", [("3 millions", 3_000_000, N, N, "exact")]),
    ("two hundreds troops", [("two hundreds", 200, N, N, "exact")]),
    # near-misses: "point" with no digit after it, plural scales with no number, a scale
    # word alone
    ("two point guards", [("two", 2, N, N, "exact")]),
    ("thousands were sent", []),
    ("hundred troops", []),
    ("5 hundred dollars", []),
]


@pytest.mark.parametrize(("text", "expected"), WORDS_AND_SCALES, ids=_ids(WORDS_AND_SCALES))
def test_decimals_and_scales_in_words(text, expected):
    _check(text, expected)


# --- 8. collective nouns ("a herd of 30 horses") -------------------------------------------
# "a herd of 30" is 30, spanning the whole phrase (so that no item "herd" is read);
# "a flock of" with no number is vague.  "a pair of", "a brace of" are multiples (section 4).
COLLECTIVES: list[Row] = [
    ("a herd of 30 horses", [("a herd of 30", 30, N, N, "exact")]),
    ("a herd of thirty horses", [("a herd of thirty", 30, N, N, "exact")]),
    ("a herd of about 30 horses", [("a herd of about 30", 30, N, N, "approximate")]),
    ("a flock of 20 sheep", [("a flock of 20", 20, N, N, "exact")]),
    ("a flock of sheep", [("a flock of", N, 2, N, "approximate")]),
    ("A pride of lions", [("A pride of", N, 2, N, "approximate")]),
    ("a pack of 12 wolves", [("a pack of 12", 12, N, N, "exact")]),
    ("a pair of lions", [("a pair of", 2, N, N, "exact")]),
    ("a brace of pheasants", [("a brace of", 2, N, N, "exact")]),
    # near-misses: no article, a definite one, no "of"
    ("the herd of 30 horses", [("30", 30, N, N, "exact")]),
    ("herds of horses", []),
    ("a herd grazed", []),
    ("a herd of 30-year-old horses", [("a herd of", N, 2, N, "approximate")]),
]


@pytest.mark.parametrize(("text", "expected"), COLLECTIVES, ids=_ids(COLLECTIVES))
def test_collective_nouns(text, expected):
    _check(text, expected)


# --- 9. a count apart from its noun ---------------------------------------------------------
# Names between a count and its noun's comma are no counts: "two pandas, Fu Feng and Fu Yi,"
# is one count, of pandas.
SEPARATED: list[Row] = [
    ("two pandas, Fu Feng and Fu Yi, were sent", [("two", 2, N, N, "exact")]),
    ("the two, Fu Feng and Fu Yi, were sent", [("two", 2, N, N, "exact")]),
    ("two (2) pandas, Fu Feng and Fu Yi,", [("two (2)", 2, N, N, "exact")]),
]


@pytest.mark.parametrize(("text", "expected"), SEPARATED, ids=_ids(SEPARATED))
def test_count_apart_from_its_noun(text, expected):
    _check(text, expected)
    assert find_counts(text)[0].unit in ("panda", None)


def test_phrase_units_are_guessed():
    assert [c.unit for c in find_counts("a herd of 30 horses and half a million doses")] == ["horse", "dose"]
    assert find_counts("hundreds more troops")[0].unit == "troop"


# --- the forms as items of a gift -------------------------------------------------------
# (text, [(species, count value, low, qualifier, count text)]): what extract() gives.
AS_ITEMS = [
    ("Russia gifted a herd of 30 horses to Mongolia.", [("horse", 30, N, "exact", "a herd of 30")]),
    ("Mongolia gifted a flock of sheep to China.", [("sheep", N, 2, "approximate", "a flock of")]),
    ("Russia gave two male and three female lions to North Korea.",
     [("lion", 5, N, "exact", "two male and three female")]),
    ("Turkmenistan gifted 19 stallions and 5 mares to Russia.", [("horse", 24, N, "exact", "19 stallions and 5 mares")]),
    ("China sent two pandas, Fu Feng and Fu Yi, to Malaysia as a gift.", [("giant panda", 2, N, "exact", "two")]),
    ("Australia handed over three koalas to Japan.", [("koala", 3, N, "exact", "three")]),
    ("India gifted half a million doses of vaccine to Nepal.", [("vaccine", 500_000, N, "exact", "half a million")]),
    ("China gifted two point five million doses of vaccine to Pakistan.",
     [("vaccine", 2_500_000, N, "exact", "two point five million")]),
]


@pytest.mark.parametrize(("text", "expected"), AS_ITEMS, ids=_ids(AS_ITEMS))
def test_forms_as_items(text, expected):
    import giftextract

    ex = giftextract.extract(text)
    got = [(i.species, i.count.value if i.count else N, i.count.low if i.count else N,
            i.count.qualifier if i.count else N, i.count.text if i.count else N)
           for g in ex.gift_transfers for i in g.items]
    assert got == expected


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

    from giftextract.quantity.count_context import PAREN_REPEAT as _PAREN_REPEAT

    assert re.search(_UNBOUNDED, _PAREN_REPEAT.pattern) is None, _PAREN_REPEAT.pattern


def test_phrase_grammar_repeats_nothing_unboundedly():
    # but inside the number grammar it shares with counts.py (an atomic run, read once
    # from a run's first word: the lookbehinds keep a phrase from starting inside one)
    import re

    from giftextract.quantity import phrases
    from giftextract.quantity.numbers import WORD_NUMBER

    grammar = phrases._grammar(sorted(QUALIFIERS)).replace(WORD_NUMBER, "")
    assert re.search(_UNBOUNDED, grammar) is None


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
    # phrases.py
    "half-a-million": "half a million " * 50_000,
    "three-quarters": "three quarters of " * 40_000,
    "and-a-half": "two and a half " * 40_000,
    "scale-and-a-half": "a million and a half " * 40_000,
    "point": "two point five " * 50_000,
    "point-digits": "two point " + "five " * 100_000,
    "digits-hundred": "5 hundred " * 60_000,
    "plural-scales": "two thousands " * 50_000,
    "to-to": "two-to-" * 100_000,
    "hundreds-more": "hundreds more " * 50_000,
    "number-of": "a large number of " * 40_000,
    "herd-of": "a herd of " * 60_000,
    "vulgar": "1½" * 200_000,
    "hundred-and-runs": "one hundred and " * 50_000,
}


@pytest.mark.parametrize("text", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_adversarial_inputs_finish(text):
    from test_counts import _Alarm

    with _Alarm():
        find_counts(text)


@pytest.mark.parametrize(("text", "parts"), [
    ("Russia gave two male and three female lions to North Korea.", [(2, "male", "two male"), (3, "female", "three female")]),
    ("Turkmenistan gifted 19 stallions and 5 mares to Russia.", [(19, "male", "19 stallions"), (5, "female", "5 mares")]),
    ("Russia gave two tigers to Iran.", []),
])
def test_a_breakdown_keeps_its_sex_detail(text, parts):
    import giftextract

    (gift,) = giftextract.extract(text).gift_transfers
    (item,) = gift.items
    assert [(p.value, p.sex, p.text) for p in item.count.parts] == parts
    assert all(text[p.span.start : p.span.end] == p.text for p in item.count.parts)
    if parts:
        assert item.count.value == sum(p.value for p in item.count.parts)


@pytest.mark.parametrize("text,value", [
    ("In 1973 two pandas arrived.", 2),
    ("In December 2019 three elephants left.", 3),
])
def test_a_year_before_a_count_is_no_run_of_numbers(text, value):
    from giftextract.quantity.counts import find_counts

    assert [c.value for c in find_counts(text)] == [value]


def test_a_count_told_after_the_animals_are_named_counts_them():
    # "six were sent": the subject of a passive giving verb points back at the species named
    import giftextract

    ex = giftextract.extract("Australia gave Singapore koalas last year. Six were sent in May as a gift.")
    assert [(g.giver.country, g.recipient.country, [(i.species, i.count and i.count.value) for i in g.items])
            for g in ex.gift_transfers] == [("AU", "SG", [("koala", 6.0)])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Spain donated three second-hand off-road vehicles.", [3.0]),  # "second-hand" is no duration
    ("Japan gave two second-generation drones.", [2.0]),
    ("The handover took 90 seconds.", []),  # a duration: no count
    ("Japan gave a 40-seat bus and a 1,000-bed hospital.", []),  # a figure glued to a word is a modifier
    ("A 300-strong force and 40-odd advisers left.", [300.0, 40.0]),  # ... unless the word keeps it a count
])
def test_a_figure_glued_to_a_word_is_no_count_unless_the_word_counts(text, expected):
    assert [c.value for c in find_counts(text)] == expected
