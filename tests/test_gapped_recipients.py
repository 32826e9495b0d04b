"""Gifts told with their verb left out after a ditransitive (frames/gapped_gifts.py)."""

from __future__ import annotations

import pytest

import giftextract


def _pairs(text: str) -> list[tuple[str, str, list[str]]]:
    return [(g.giver.country, g.recipient.country, [i.species for i in g.items])
            for g in giftextract.extract(text).gift_transfers]


@pytest.mark.parametrize("text,expected", [
    ("Modi gave Albanese an amethyst and Meloni a silver candle stand.",
     [("IN", "AU", ["amethyst"]), ("IN", "IT", ["silver candle stand"])]),
    ("Modi gave Albanese an amethyst, Meloni a silver candle stand and Starmer two vases.",
     [("IN", "AU", ["amethyst"]), ("IN", "IT", ["silver candle stand"]), ("IN", "GB", ["vase"])]),
    # a semicolon sets each pair off as a clause of its own, "of Italy" inside the party's phrase
    ("Modi gave Albanese an amethyst; Portugal's Luis Montenegro a silver chess set; and Giorgia Meloni "
     "of Italy a silver candle stand.",
     [("IN", "AU", ["amethyst"]), ("IN", "PT", ["silver chess set"]), ("IN", "IT", ["silver candle stand"])]),
])
def test_a_party_and_things_after_a_ditransitive_are_another_recipient(text, expected):
    assert sorted(_pairs(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "Modi gave Albanese an amethyst and Meloni thanked him.",  # a verb after the party: a clause of its own
    "Modi gave Albanese an amethyst; Meloni arrived in Rome with a candle stand.",  # more than a pair
])
def test_a_party_that_does_more_than_receive_is_no_gapped_recipient(text):
    assert _pairs(text) == [("IN", "AU", ["amethyst"])]
