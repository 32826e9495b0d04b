"""Layer 3 measured amounts ("150 tonnes of rice", "$5 million worth of equipment") and
the items that carry them.

The corpus is data, ``quantity/data/amounts.json``: ``examples`` are every amount
``find_amounts`` reads in a text (near-misses read none: a zoo's area, an age, a count),
``gifts`` every item of every gift ``extract`` returns (near-misses: a price paid, an
animal's weight, a zoo's area).  This file is their one harness, plus properties.
"""

from __future__ import annotations

import subprocess
import sys

import inflect
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from num2words import num2words

import giftextract
from giftextract.quantity import amounts as amounts_module
from giftextract.quantity.amounts import DATA, UNITS, base_of, find_amounts
from giftextract.quantity.counts import find_counts


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


@pytest.mark.parametrize(("text", "expected"), DATA["examples"], ids=[e[0][:40] for e in DATA["examples"]])
def test_amount_examples(text, expected):
    got = find_amounts(text)
    for a in got:
        assert text[a.start : a.end] == a.text
    assert [(a.text, a.unit, a.dimension, a.qualifier) for a in got] == [(e[0], e[2], e[3], e[5]) for e in expected]
    for a, e in zip(got, expected):
        assert _close(a.value, e[1]) and _close(a.base_value, e[4]), (a, e)
        assert a.base_unit == base_of(a.unit)[1]


def _items(text: str) -> list:
    ex = giftextract.extract(text)
    return [i for g in ex.gift_transfers for i in g.items], ex


@pytest.mark.parametrize(("text", "expected"), DATA["gifts"], ids=[g[0][:40] for g in DATA["gifts"]])
def test_gift_examples(text, expected):
    items, ex = _items(text)
    got = [(i.species, i.count.value if i.count else None, i.amount.text if i.amount else None,
            i.amount.unit if i.amount else None) for i in items]
    assert got == [tuple(e) for e in expected]
    for span in giftextract.iter_spans(ex):
        assert text[span.start : span.end] == span.text


def test_measured_item_in_full():
    (item,), _ = _items("Iran gifted more than 40 tonnes of pistachios to Iraq.")
    a = item.amount
    assert item.count is None and item.category == "object"
    assert (a.value, a.qualifier, a.unit, a.dimension, a.base_value, a.base_unit) == (
        40, "more_than", "tonne", "mass", 40_000, "kilogram")
    assert a.text == "more than 40 tonnes" and a.span.text == a.text


def test_doses_are_a_count_of_doses_and_an_amount():
    (item,), _ = _items("India gifted 1 million doses of vaccine to Nepal.")
    assert (item.count.value, item.count.unit, item.count.text) == (1_000_000, "dose", "1 million")
    assert item.count.dimension is None  # a count has no dimension
    assert (item.amount.dimension, item.amount.unit, item.amount.base_value) == ("dose", "dose", 1_000_000)


def test_a_weight_is_never_a_count():
    for text, expected in DATA["examples"]:
        for e in expected:
            if e[3] == "dose":
                continue  # doses are counted (test above)
            at = text.index(e[0])
            assert not [c for c in find_counts(text) if c.start < at + len(e[0]) and at < c.end], text


def test_unknown_to_quantulum3_means_no_amount(monkeypatch):
    # the unit's name comes from quantulum3 (aliases only for what it does not read):
    # with a quantulum3 that reads nothing (and no stored readings of it), kilograms are no
    # longer known
    monkeypatch.setattr(amounts_module, "quantulum_parse", lambda phrase: [])
    monkeypatch.setattr(amounts_module, "_READINGS", {})
    amounts_module.canonical_unit.cache_clear()
    try:
        assert find_amounts("800 kg of dates") == []
        assert [a.unit for a in find_amounts("5 metric tonnes of flour")] == ["tonne"]  # an alias
    finally:
        amounts_module.canonical_unit.cache_clear()


def test_every_alias_names_a_unit_of_the_table():
    assert set(DATA["aliases"].values()) <= set(UNITS)
    assert {d for d, _, _ in UNITS.values()} <= {"mass", "volume", "currency", "dose"}


def test_type_error():
    with pytest.raises(TypeError, match="str"):
        find_amounts(b"5 tonnes")  # type: ignore[arg-type]


def test_quantulum3_is_loaded_only_for_a_phrase_no_stored_reading_covers():
    # the units of measured gifts are read from quantity/data/quantulum_readings.json;
    # quantulum3 itself is imported only for what that table does not list
    code = ("import sys, giftextract; from giftextract.quantity import find_unit_quantities; "
            "giftextract.extract('Russia gave two tigers to Iran.'); a = 'quantulum3' in sys.modules; "
            "giftextract.extract('Japan donated 150 tonnes of rice worth $2 million to Vietnam.'); "
            "b = 'quantulum3' in sys.modules; find_unit_quantities('It weighs 3 kg.'); "
            "print(a, b, 'quantulum3' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "True"]


# --- properties -------------------------------------------------------------------------

_INFLECT = inflect.engine()
_MEASURES = [("tonnes", "tonne"), ("tonne", "tonne"), ("kg", "kilogram"), ("kilograms", "kilogram"),
             ("litres", "litre"), ("gallons", "gallon"), ("barrels", "barrel"), ("metric tons", "tonne"),
             ("doses", "dose"), ("dollars", "dollar"), ("euros", "euro")]


def _written(n: int, style: str) -> str:
    return {"digits": str(n), "comma": f"{n:,}", "num2words": num2words(n),
            "inflect": _INFLECT.number_to_words(n)}[style]


@settings(max_examples=150, deadline=None)
@given(st.integers(2, 999_999), st.sampled_from(["digits", "comma", "num2words", "inflect"]),
       st.sampled_from(_MEASURES), st.sampled_from(["", "more than ", "about ", "up to "]))
def test_any_number_of_any_unit_reads_back(n, style, measure, qual):
    written, unit = measure
    phrase = f"{qual}{_written(n, style)} {written}"
    text = f"They sent {phrase} of supplies."
    (a,) = find_amounts(text)
    assert (a.text, a.value, a.unit) == (phrase, n, unit)
    assert _close(a.base_value, n * base_of(unit)[2])


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60), st.sampled_from(["$5 million", " 3 tonnes ", "800-kilogram", "a tonne", " doses"]))
def test_spans_are_exact_in_any_text(noise, piece):
    text = noise + piece + noise
    prev = 0
    for a in find_amounts(text):
        assert text[a.start : a.end] == a.text and a.start >= prev
        prev = a.end


@pytest.mark.parametrize("text", [
    "one hundred and " * 50_000 + "tonnes",
    "5 tonnes " * 50_000,
    "more than " * 100_000 + "5 tonnes",
    "$" * 100_000 + "5",
    "five " * 100_000 + "kg",
    "half a " * 100_000 + "tonne",
], ids=["hundred-and", "tonnes", "more-than", "dollars", "five-five", "half-a"])
def test_adversarial_inputs_finish(text):
    from test_counts import _Alarm

    with _Alarm():
        find_amounts(text)


_AMOUNTISH = ["5", "1,000", "2.5m", "three", "a", "an", "half", "million", "tonnes", "ton", "kg", "kilograms",
              "metric", "cubic", "metres", "litres", "doses", "dollars", "US", "$", "€", "USD", "EUR", "yuan", "won",
              "more than", "about", "of", "rice", "-", "Washington", "İ", "ſ", "KG", "Tonnes"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_AMOUNTISH), max_size=10), st.lists(st.sampled_from([" ", "", "-", "  ", "\n"]),
                                                                     min_size=10, max_size=10))
@example(["5", "million", "tonnes"], [" ", "", " "] + [" "] * 7)  # "5million tonnes": a number word glued to its digits
@example(["5", "cubic", "metres"], [" "] * 10)  # "5 cubic metres": a volume whose unit word holds no key but "cubic"
def test_the_pre_check_misses_no_amount(words, seps):
    # find_amounts runs its grammar only where its two-stage pre-check says it may match
    text = "".join(s + w for s, w in zip(seps, words))
    if any(True for _ in amounts_module._amount_pattern().finditer(text)):
        assert amounts_module._may_hold_an_amount(text, 0, len(text)), text


def test_csv_and_table_rows_show_the_amount():
    from giftextract.render import record_rows

    (row,) = record_rows(giftextract.extract("Japan donated 150 tonnes of rice to Vietnam."))
    assert row["items"] == "150 tonnes of rice"
    (row,) = record_rows(giftextract.extract("India gifted 1 million doses of vaccine to Nepal."))
    assert row["items"] == "1 million doses of vaccine"  # not "1 million vaccine"
    (row,) = record_rows(giftextract.extract("Russia gifted a 200 kg bear to North Korea."))
    assert row["items"] == "a bear"  # the count as written: the article
