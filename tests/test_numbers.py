"""Layer 3 numbers: ``parse_number`` table plus round-trip properties.

Decision: commas that inflect and num2words insert after a scale word ("one thousand,
two hundred") are accepted; a comma anywhere else ("two, three") is not one number.
"""

from __future__ import annotations

import inflect
import pytest
from hypothesis import given
from hypothesis import strategies as st
from num2words import num2words

from giftextract.quantity.numbers import as_number, parse_number

N = None
ROWS: list[tuple[str, float | None]] = [
    # --- digits -------------------------------------------------------------------------
    ("0", 0), ("40", 40), ("3000", 3000), ("10,000", 10_000), ("10 000", 10_000),
    ("1,250,000", 1_250_000), ("1 250 000", 1_250_000), ("1.5", 1.5), ("1,000.5", 1000.5),
    ("  40  ", 40),
    # Indian English groups lakhs and crores by two digits after the first three
    ("3,00,000", 300_000), ("10,00,000", 1_000_000), ("1,41,605", 141_605), ("1,00,00,000", 10_000_000),
    # --- digits with scales -------------------------------------------------------------
    ("1.5 million", 1_500_000), ("1.5million", 1_500_000), ("2.5m", 2_500_000), ("12k", 12_000),
    ("12K", 12_000), ("3bn", 3e9), ("3 billion", 3e9), ("4mn", 4e6), ("2 thousand", 2000),
    ("1 trillion", 1e12), ("1.5 Million", 1_500_000),
    # --- words --------------------------------------------------------------------------
    ("zero", 0), ("one", 1), ("seven", 7), ("seventeen", 17), ("forty", 40),
    ("forty-two", 42), ("forty two", 42), ("Forty-Two", 42), ("FORTY-TWO", 42),
    ("a hundred", 100), ("an hundred", 100), ("a thousand", 1000), ("a million", 1e6),
    ("one hundred and twenty", 120), ("one hundred twenty", 120), ("nineteen hundred", 1900),
    ("one thousand and one", 1001), ("one thousand, two hundred", 1200),
    ("one thousand, and one", 1001), ("twenty-five thousand", 25_000),
    ("three hundred million", 3e8),
    ("one million, two hundred and thirty-four thousand, five hundred and sixty-seven", 1_234_567),
    ("nine hundred million and one", 900_000_001),
    # --- not one number -----------------------------------------------------------------
    ("", N), ("   ", N), ("a", N), ("and", N), ("hundred", N), ("billion", N), ("thousand", N),
    ("two three", N), ("twenty thirty", N), ("twenty ten", N), ("two, three", N),
    ("twenty, one", N), ("one hundred two hundred", N), ("one thousand two million", N),
    ("one million thousand", N), ("one thousand thousand", N), ("and two", N),
    ("one hundred and", N), ("a two", N), ("a hundred a", N), ("forty-two-year", N),
    ("1,00", N), ("12,34", N), ("1,0000", N), ("3,00,00", N), ("300,00,000", N), ("3,0,000", N), ("1 00", N), ("1..5", N), ("1.5.6", N),
    ("²", N), ("١٢", N), ("12x", N), ("ten percent", N), ("second", N), ("dozen", N),
]


@pytest.mark.parametrize(("text", "value"), ROWS, ids=[repr(r[0]) for r in ROWS])
def test_parse_number_table(text, value):
    assert parse_number(text) == value


def test_as_number():
    assert as_number(40.0) == 40 and isinstance(as_number(40.0), int)
    assert as_number(1.5) == 1.5 and as_number(None) is None


@pytest.mark.parametrize("bad", [None, 40, 4.0, b"40", ["40"]])
def test_type_error_on_non_str(bad):
    with pytest.raises(TypeError):
        parse_number(bad)


# --- properties -------------------------------------------------------------------------

_INFLECT = inflect.engine()
_BELOW_A_BILLION = st.integers(min_value=0, max_value=10**9 - 1)


def _spellings(n: int):
    for words in (num2words(n), _INFLECT.number_to_words(n)):
        without_and = " ".join(w for w in words.replace(",", " ,").split() if w != "and").replace(" ,", ",")
        for variant in (words, without_and, words.replace(",", "")):
            for v in (variant, variant.replace("-", " ")):
                yield from (v, v.title(), v.upper())


@given(_BELOW_A_BILLION)
def test_words_round_trip(n):
    for spelling in _spellings(n):
        assert parse_number(spelling) == n, spelling


@given(_BELOW_A_BILLION, st.sampled_from([",", " "]))
def test_digit_groupings_agree(n, sep):
    grouped = f"{n:,}".replace(",", sep)
    assert parse_number(grouped) == parse_number(str(n)) == n


def _indian_grouping(n: int) -> str:
    """n written as Indian English writes it: the last three digits, then groups of two."""
    digits = str(n)
    head, tail = digits[:-3], digits[-3:]
    groups = []
    while len(head) > 2:
        head, groups = head[:-2], [head[-2:], *groups]
    return ",".join([g for g in [head, *groups] if g] + [tail])


@given(st.integers(min_value=100_000, max_value=10**12))
def test_indian_grouping_reads_as_its_number(n):
    assert parse_number(_indian_grouping(n)) == n, _indian_grouping(n)


@given(st.text())
def test_never_raises(text):
    value = parse_number(text)
    assert value is None or isinstance(value, float)


@given(st.text(alphabet=st.sampled_from(list("0123456789,. kmbn-")), max_size=30))
def test_never_raises_on_digit_soup(text):
    parse_number(text)


@given(st.text(alphabet=st.sampled_from(list("0123456789")), min_size=1, max_size=400),
       st.sampled_from(["", " ", "\n", "\t "]))
def test_plain_digits_shortcut_reads_like_the_digit_grammar(digits, pad):
    # parse_number reads an all-ASCII-digit string with float() before trying _DIGIT_RE;
    # both must agree, on long runs too (inf past about 309 digits).
    from giftextract.quantity.numbers import _parse_digits

    got, want = parse_number(pad + digits + pad), _parse_digits(digits)
    assert (got, type(got)) == (want, type(want))
