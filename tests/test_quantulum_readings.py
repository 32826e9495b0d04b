"""quantity/data/quantulum_readings.json: units read from a table, not by importing quantulum3."""

from __future__ import annotations

import subprocess
import sys

import pytest

from giftextract.quantity import amounts

READINGS = amounts._READINGS


def test_the_table_covers_the_signs_codes_and_common_unit_words():
    for probe in ("$1", "€1", "£1", "US$1", "1 USD", "1 tonnes", "1 dollars", "1 kg", "1 doses"):
        assert probe in READINGS


@pytest.mark.parametrize("probe", sorted(READINGS))
def test_every_stored_reading_is_quantulum3s(probe):
    assert READINGS[probe] == amounts._read_unit(probe)


def test_a_unit_the_table_does_not_list_is_still_read_by_quantulum3(monkeypatch):
    monkeypatch.setattr(amounts, "_READINGS", {})
    amounts.canonical_unit.cache_clear()
    try:
        assert amounts.canonical_unit("$") == "dollar"
        assert amounts.canonical_unit("doses") == "dose"  # quantulum3 reads none: the alias
    finally:
        amounts.canonical_unit.cache_clear()


def test_news_with_money_and_weights_imports_no_quantulum3():
    code = ("import sys, giftextract; "
            "ex = giftextract.extract('Japan gave Haiti 5,000 tonnes of rice worth $3 million and 20 kg of tea.'); "
            "print(len(ex.gift_transfers), 'quantulum3' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["1", "False"]
