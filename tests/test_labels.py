"""English labels of reconciled values (reconcile/labels.py and its data file's examples)."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from giftextract.models import DateValue, GiftItemValue, QuantityValue, TransportValue
from giftextract.reconcile import labels

DATA = json.loads(resources.files("giftextract.reconcile").joinpath("data", "english.json").read_text("utf-8"))


@pytest.mark.parametrize(("phrase", "expected"), DATA["examples"]["article"])
def test_indefinite_article_examples(phrase, expected):
    assert labels.article(phrase) == expected


@pytest.mark.parametrize(("item", "written", "expected"), [
    (GiftItemValue(species="african lion", count=QuantityValue(value=1)), ["an African lion"], "an African lion"),
    (GiftItemValue(species="giant panda", count=QuantityValue(value=2)), ["Two giant pandas"], "two giant pandas"),
    # "Giant" opens its text: a sentence's capital, not the name's
    (GiftItemValue(species="giant panda", count=QuantityValue(value=2)), ["Giant pandas"], "two giant pandas"),
    (GiftItemValue(species="horse", count=QuantityValue(value=24)), ["two dozen horses"], "two dozen horses"),
    (GiftItemValue(species="horse", count=QuantityValue(value=24)), ["24 horses"], "24 horses"),
    (GiftItemValue(species="pungsan dog", count=QuantityValue(value=2)), ["a pair of Pungsan dogs"],
     "two Pungsan dogs"),
    (GiftItemValue(species="eagle"), ["eagles"], "eagles"),
    (GiftItemValue(species="african lion", sex="female", count=QuantityValue(value=1)), ["an African lioness"],
     "a female African lion"),
    (GiftItemValue(species="bird", count=QuantityValue(low=3, qualifier="at_least")), ["several birds"],
     "at least three birds"),
])
def test_item_labels(item, written, expected):
    assert labels.item_label(item, written) == expected


@pytest.mark.parametrize(("quantity", "expected"), [
    (QuantityValue(value=70, qualifier="more_than", unit="animal"), "more than 70 animals"),
    (QuantityValue(value=10_000, qualifier="approximate", unit="troop"), "about 10,000 troops"),
    (QuantityValue(low=5_000, high=7_000, unit="troop"), "between 5,000 and 7,000 troops"),
    (QuantityValue(value=3), "three"),
])
def test_quantity_labels(quantity, expected):
    assert labels.quantity_label(quantity) == expected


def test_dates_and_transport():
    assert labels.date_label(DateValue(text="x", value="2024-11-20")) == "20 November 2024"
    assert labels.date_label(DateValue(text="x", value="2024-04")) == "April 2024"
    assert labels.date_label(DateValue(text="Wednesday,", value=None)) == "Wednesday"
    assert labels.transport_label(TransportValue(mode="air", vehicle="government plane")) == \
        "by air (government plane)"
    assert labels.country_name("KP") == "North Korea"
