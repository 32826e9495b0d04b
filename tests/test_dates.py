"""Layer 3 dates: ``find_times`` table, with and without a publication date.

Rows are ``(text, surface, value with published=2024-11-22 (a Friday), value without)``.
Without a publication date, anything relative (weekdays, "last year", a month or day
without a year) keeps ``value=None`` rather than guess.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from giftextract.quantity.dates import _TIME, _time_matches, find_times
from prefilter_checks import OFFSETS_OUTSIDE_THE_TEXT, assert_reads_like_finditer, corpus_texts, phrase_text

PUBLISHED = dt.date(2024, 11, 22)  # a Friday
N = None
ROWS = [
    # --- weekdays -----------------------------------------------------------------------
    ("He arrived on Wednesday.", "Wednesday", "2024-11-20", N),
    ("He arrived on Friday.", "Friday", "2024-11-22", N),
    ("He arrived last Friday.", "Friday", "2024-11-15", N),
    ("He arrived last Tuesday.", "Tuesday", "2024-11-19", N),
    # --- month and day ------------------------------------------------------------------
    ("Wednesday, November 20", "Wednesday, November 20", "2024-11-20", N),
    ("on November 20 the pandas", "November 20", "2024-11-20", N),
    ("on November 12, 2024,", "November 12, 2024", "2024-11-12", "2024-11-12"),
    ("on 20 November 2024", "20 November 2024", "2024-11-20", "2024-11-20"),
    ("the 3rd of June", "3rd of June", "2024-06-03", N),
    ("Sept. 3", "Sept. 3", "2024-09-03", N),
    ("on December 5", "December 5", "2023-12-05", N),  # later than publication: last year
    ("June 31", "June 31", N, N),  # no such day
    ("on 2024-11-20", "2024-11-20", "2024-11-20", "2024-11-20"),
    # --- months -------------------------------------------------------------------------
    ("June 2024", "June 2024", "2024-06", "2024-06"),
    ("in June", "June", "2024-06", N),
    ("in May", "May", "2024-05", N),
    ("in December", "December", "2023-12", N),
    ("since early March", "March", "2024-03", N),
    # --- years --------------------------------------------------------------------------
    ("in 2018", "2018", "2018", "2018"),
    ("since 1965", "1965", "1965", "1965"),
    ("In 2023, military spending", "2023", "2023", "2023"),
    ("in early 2022", "2022", "2022", "2022"),
    ("the summer of 2019", "2019", "2019", "2019"),
    ("the 2018 summit", "2018", "2018", "2018"),
    # --- relative -----------------------------------------------------------------------
    ("earlier this year", "earlier this year", "2024", N),
    ("last year", "last year", "2023", N),
    ("late last year", "late last year", "2023", N),
    ("this month", "this month", "2024-11", N),
    ("last month", "last month", "2024-10", N),
    ("yesterday", "yesterday", "2024-11-21", N),
    ("Yesterday the zoo", "Yesterday", "2024-11-21", N),
    ("today", "today", "2024-11-22", N),
]

NEGATIVE = [
    "3000 troops", "a force of 2000 troops", "he may go", "in 20189", "in 2018,000",
    "Su-2018", "the second lion", "20 tanks", "maybe", "Junebug", "next week",
]


@pytest.mark.parametrize(("text", "surface", "with_date", "without"), ROWS, ids=[r[0] for r in ROWS])
def test_time_table(text, surface, with_date, without):
    got = find_times(text, published=PUBLISHED)
    assert got, text
    t = got[0]
    assert text[t.start : t.end] == t.text == surface
    assert t.value == with_date
    assert find_times(text)[0].value == without


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_a_time(text):
    assert find_times(text, published=PUBLISHED) == []


def test_window():
    text = "in 2018 and in 2019"
    assert [t.text for t in find_times(text, 8)] == ["2019"]


@given(st.text(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)) | st.none())
def test_never_raises(text, published):
    for t in find_times(text, published=published):
        assert text[t.start : t.end] == t.text


def test_full_month_name_does_not_take_the_sentence_period():
    from giftextract.quantity.dates import find_times

    [m] = find_times("He visited Russia in June.")
    assert m.text == "June"


# --- the _CANDIDATE pre-filter finds what _TIME.finditer finds --------------------------------

# Words and numbers that begin, end or spoil time expressions, and characters on which the
# ``re`` and ``regex`` engines disagree (Arabic-Indic digits are \d to regex; "\x1c" is \s to re).
_TIMEISH = [
    "Monday", "Wednesday", "Friday", "January", "May", "June", "September", "Sept.", "Sep",
    "Nov.", "Nov", "Dec", "may", "june", "20", "3rd", "21st", "2nd", "of", "2024", "1965",
    "2018", "1899", "2200", "2024-11-20", "2024-13-45", "in", "In", "since", "by", "during",
    "until", "from", "early", "late", "mid-", "summer of", "end of", "earlier", "later", "this",
    "This", "last", "Last", "year", "month", "yesterday", "Today", "TODAY", "on", "On", "summit",
    "Olympics", "talks", "the", "x", "12,000", "3.5", "-", "١٢", "٢٠٢٤", "2\u0662", "thİs", "ſince",
    # whole expressions
    "Wednesday, November 20, 2024", "20 November 2024", "the 3rd of June", "in early June",
    "last Friday", "earlier this year", "late last month", "since 1965", "the 2018 summit",
    "2\u0662 June", "١٢ June",
]
_SEPARATORS = [" ", " ", " ", "  ", "\n", ", ", ",", "-", "", ".", "(", "\u00a0", "\x1c"]


@settings(max_examples=400)
@given(phrase_text(_TIMEISH, _SEPARATORS, 12), st.integers(0, 150), st.integers(0, 150))
def test_prefilter_finds_what_finditer_finds(text, a, b):
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    for s, e in [(0, len(text)), (start, end)]:
        assert_reads_like_finditer(_time_matches, _TIME, text, s, e)


@pytest.mark.parametrize(("start", "end"), OFFSETS_OUTSIDE_THE_TEXT)
def test_prefilter_offsets_outside_the_text_read_like_finditer(start, end):
    text = "On Wednesday, November 20, 2024, and in June 2018 too, last year."
    assert_reads_like_finditer(_time_matches, _TIME, text, start, end)


def test_prefilter_finds_what_finditer_finds_in_the_corpora():
    for text in corpus_texts() + [r[0] for r in ROWS] + NEGATIVE:
        assert_reads_like_finditer(_time_matches, _TIME, text, 0, len(text))


def test_prefilter_premise_re_ignorecase_covers_regex_ignorecase():
    import re

    import regex

    text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        assert set(regex.findall(letter, text, regex.IGNORECASE)) <= set(re.findall(letter, text, re.IGNORECASE))
