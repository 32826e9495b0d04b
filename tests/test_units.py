"""Layer 3 unit-bearing quantities: a table of examples, near-misses, properties.

Each ``ROWS`` entry is ``(text, surface, value, unit, dimension, qualifier)``: the only
unit quantity found in ``text`` must have exactly that surface, and its span must be
exact.  ``NEGATIVE`` lists counts, years and other plain numbers that must give nothing:
they belong to ``find_counts``.  Money, weights and distances must never also come back
from ``find_counts`` as a count.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from giftextract.quantity import UnitQuantity, find_counts, find_unit_quantities

ROWS: list[tuple[str, str, float, str, str, str]] = [
    # --- money --------------------------------------------------------------------------
    ("$588 billion", "$588 billion", 588e9, "dollar", "currency", "exact"),
    ("588 billion dollars", "588 billion dollars", 588e9, "dollar", "currency", "exact"),
    ("€5 million", "€5 million", 5e6, "euro", "currency", "exact"),
    ("more than $5 million in aid", "$5 million", 5e6, "dollar", "currency", "more_than"),
    ("Seoul pledged US$1.5bn.", "US$1.5bn", 1.5e9, "united states dollar", "currency", "exact"),
    ("a £20m package", "£20m", 20e6, "pound sterling", "currency", "exact"),
    ("about €2.5bn of loans", "€2.5bn", 2.5e9, "euro", "currency", "approximate"),
    ("RUB 5 billion was transferred", "RUB 5 billion", 5e9, "russian ruble", "currency", "exact"),
    ("5 million roubles", "5 million roubles", 5e6, "russian ruble", "currency", "exact"),
    ("10 million won in aid", "10 million won", 10e6, "south korean won", "currency", "exact"),
    ("2 billion yuan", "2 billion yuan", 2e9, "chinese yuan", "currency", "exact"),
    ("two million dollars", "two million dollars", 2e6, "dollar", "currency", "exact"),
    # --- mass ---------------------------------------------------------------------------
    ("a 500 kg bear", "500 kg", 500, "kilogram", "mass", "exact"),
    ("about 3 tonnes of feed", "3 tonnes", 3, "tonne", "mass", "approximate"),
    ("an 800-kilogram bear", "800-kilogram", 800, "kilogram", "mass", "exact"),
    ("nearly 1,000 metric tons of grain", "1,000 metric tons", 1000, "tonne", "mass", "approximate"),
    # --- length, area, volume -----------------------------------------------------------
    ("more than 2,000 km", "2,000 km", 2000, "kilometre", "length", "more_than"),
    ("10 miles", "10 miles", 10, "mile", "length", "exact"),
    ("a 5-metre python", "5-metre", 5, "metre", "length", "exact"),
    ("up to 10 square kilometres", "10 square kilometres", 10, "square kilometre", "area", "at_most"),
    ("300 litres of water", "300 litres", 300, "litre", "volume", "exact"),
    # --- duration, percentage -----------------------------------------------------------
    ("on loan for 10 years", "10 years", 10, "year", "duration", "exact"),
    ("62%", "62%", 62, "percentage", "percentage", "exact"),
    ("roughly 5 per cent", "5 per cent", 5, "percentage", "percentage", "approximate"),
]

NEGATIVE = [
    "40 mandarin ducks",
    "two dozen horses",
    "more than 10,000 troops",
    "in 2018",
    "since 1965",
    "a 12-year-old bear",
    "a pair of giant pandas",
    "the Su-27 jets",
    "Call 555-1234-5678.",
    "They won the match.",
    "USD",
    "$",
    "",
]


def _only(text: str) -> UnitQuantity:
    got = find_unit_quantities(text)
    assert len(got) == 1, got
    return got[0]


@pytest.mark.parametrize(("text", "surface", "value", "unit", "dimension", "qualifier"), ROWS)
def test_table(text: str, surface: str, value: float, unit: str, dimension: str, qualifier: str) -> None:
    q = _only(text)
    assert q.text == surface
    assert text[q.start : q.end] == surface
    assert q.start == text.index(surface)
    assert q.value == pytest.approx(value)
    assert (q.unit, q.dimension, q.qualifier) == (unit, dimension, qualifier)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text: str) -> None:
    assert find_unit_quantities(text) == []


def test_in_a_sentence_with_offsets() -> None:
    text = "Russia sent 40 bears, each over 500 kg, and $5m in feed 2,000 km east in 2018."
    got = find_unit_quantities(text)
    assert [(q.text, q.dimension, q.qualifier) for q in got] == [
        ("500 kg", "mass", "more_than"), ("$5m", "currency", "exact"), ("2,000 km", "length", "exact"),
    ]
    for q in got:
        assert text[q.start : q.end] == q.text
    # start/end restrict the search; offsets stay into the whole text.
    sub = find_unit_quantities(text, text.index("$"), text.index(" in 2018"))
    assert [q.text for q in sub] == ["$5m", "2,000 km"]
    assert all(text[q.start : q.end] == q.text for q in sub)


def test_type_error() -> None:
    with pytest.raises(TypeError):
        find_unit_quantities(b"$5 million")  # type: ignore[arg-type]


# --- a money/weight phrase is never also a count ------------------------------------------


@pytest.mark.parametrize(("text", "surface", "value", "unit", "dimension", "qualifier"), [
    row for row in ROWS
])
def test_not_also_a_count(text: str, surface: str, value: float, unit: str, dimension: str,
                          qualifier: str) -> None:
    q = _only(text)
    for c in find_counts(text):
        overlaps = c.start < q.end and q.start < c.end
        same = c.value is not None and c.value == pytest.approx(q.value)
        assert not (overlaps and same), (c, q)


# --- properties ---------------------------------------------------------------------------
_PIECES = st.sampled_from([
    "$", "€", "£", "US$", "USD ", "RUB ", "5", "588", "2,000", "1.5", " billion", " million",
    "m", "bn", " kg", " tonnes", "-kilogram", " km", " miles", " metres", " dollars",
    " euros", " roubles", " won", " yuan", "%", " per cent", " years", "-year-old", " square",
    " more than ", " about ", " some ", " ", ",", ".", "-", "\n", "forty", " two", " dozen",
    "in 2018", " bears", "\u00a0", "\u200b", "é", "0",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_never_raises_and_spans_exact_on_unit_soup(text: str) -> None:
    prev_end = 0
    for q in find_unit_quantities(text):
        assert text[q.start : q.end] == q.text
        assert q.start >= prev_end  # left to right, non-overlapping
        prev_end = q.end


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80), st.integers(-5, 90), st.one_of(st.none(), st.integers(-5, 90)))
def test_never_raises_on_any_str(text: str, start: int, end: int | None) -> None:
    for q in find_unit_quantities(text, start, end):
        assert text[q.start : q.end] == q.text
        assert max(0, start) <= q.start <= q.end <= (len(text) if end is None else end)


def test_import_does_not_load_quantulum3() -> None:
    out = subprocess.run(
        [sys.executable, "-c", "import sys, giftextract; print('quantulum3' in sys.modules)"],
        capture_output=True, text=True, check=True,
    )
    assert out.stdout.strip() == "False"


# One singular for every layer that names a counted thing: regular, "-oes" and "-oe" plurals,
# and the irregular table ("mangoes" was once read as "mangoe").
@pytest.mark.parametrize("plural,expected", [
    ("mangoes", "mango"), ("potatoes", "potato"), ("heroes", "hero"), ("canoes", "canoe"), ("backhoes", "backhoe"),
    ("horseshoes", "horseshoe"), ("doses", "dose"), ("ponies", "pony"), ("boxes", "box"),
    ("buses", "bus"), ("cattle", "cattle"), ("geese", "goose"), ("glass", "glass"),
    ("clothes", "clothes"), ("scissors", "scissors"),  # no singular: "clothe" is a verb
    ("goggles", "goggles"), ("sunglasses", "sunglasses"), ("headphones", "headphones"),  # nor "a goggle"
    ("shorts", "shorts"), ("overalls", "overalls"), ("shirts", "shirt"),  # "football shirts and shorts"
    ("glasses", "glass"),  # (but "72 crystal drinking glasses" are glasses, one by one)
    ("minibuses", "minibus"), ("microbuses", "microbus"),
    ("canvas", "canvas"), ("abrams", "abrams"), ("hercules", "hercules"), ("canvases", "canvas"), ("atlas", "atlas"), ("pandas", "panda"), ("llamas", "llama"),
    ("walkie-talkies", "walkie-talkie"), ("cookies", "cookie"), ("sorties", "sortie"),  # "-ie" nouns keep it
    ("lorries", "lorry"), ("puppies", "puppy"),
    ("scarves", "scarf"), ("knives", "knife"), ("shelves", "shelf"), ("gloves", "glove"), ("valves", "valve"),  # "-ves"
    ("okapis", "okapi"), ("surahis", "surahi"), ("saris", "sari"), ("ibises", "ibis"),  # "-i" nouns add "s"
    ("chassis", "chassis"), ("axis", "axis"), ("ibis", "ibis"),  # every other word in "-is" is singular
])
def test_singular_of_a_counted_noun(plural, expected):
    from giftextract.quantity.nouns import singular

    assert singular(plural) == expected


def test_an_open_item_takes_the_singular_of_its_head():
    import giftextract

    ex = giftextract.extract("Pakistan's prime minister sent 300 kilograms of mangoes as a gift to the Indian premier.")
    assert [i.species for g in ex.gift_transfers for i in g.items] == ["mango"]
