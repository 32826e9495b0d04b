"""Layer 3 dates: ``find_times`` table, with and without a publication date.

Rows are ``(text, surface, value with published=2024-11-22 (a Friday), value without)``.
Without a publication date, anything relative (weekdays, "last year", a month or day
without a year) keeps ``value=None`` rather than guess.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from giftextract.quantity.dates import find_times

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
