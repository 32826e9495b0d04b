"""Verbs that tell a gift only in the rows naming them (gift.json class ``by_name_only``):
"provided the Chad police with five pick-ups" is a gift, "provided 450 troops" and
"provided 20 trucks to Syria" are read by no gift row (the measured trade-off: "provide"
with a to-dative is as often a sale, a loan or a service as a gift)."""

from __future__ import annotations

import pytest

from giftextract import extract
from giftextract.constructions.engine import match_rows
from giftextract.frames.tables import DEFAULT_TABLES
from giftextract.lexicon.entities import find_entities
from giftextract.lexicon.species import find_species
from giftextract.lexicon.triggers import find_triggers
from giftextract.mentions.items import find_items
from giftextract.mentions.sentence import SentenceView
from giftextract.mentions.units import build_units
from giftextract.quantity.counts import find_counts

_GIFT = DEFAULT_TABLES["gift"]


def _gifts(text: str) -> list[tuple]:
    return [(g.giver.country, g.recipient.country, tuple(i.species for i in g.items))
            for g in extract(text).gift_transfers]


def _gift_rows(text: str) -> list[tuple[str, str]]:
    """(row, the word of its trigger) of every gift match over the one-clause ``text``."""
    view = SentenceView(text, 0, len(text), find_entities(text, 0, len(text)), find_species(text, 0, len(text)),
                        find_counts(text, 0, len(text)), find_triggers(text, 0, len(text)), [])
    items, _total = find_items(view, 0, len(text), set())
    matches = match_rows(_GIFT, build_units(view, 0, len(text), items, set()))
    return [(m.row.name, text[m.fills[0].trigger.start:m.fills[0].trigger.end] if m.fills[0].trigger else "") for m in matches]


def test_the_class_names_the_verbs_and_they_are_words_of_giving():
    assert {"provide", "equip", "furnish"} <= set(_GIFT.classes["by_name_only"])
    kinds = {(t.text, t.kind) for t in find_triggers("Japan provided the police with trucks.", 0, 38)}
    assert ("provided", "gift_verb") in kinds


@pytest.mark.parametrize("text,expected", [
    ("As a donation, Japan provided the Chad police with five pick-ups.", [("JP", "TD", ("pick-up",))]),
    ("In a goodwill gesture, India equipped the Nepal Police with 40 motorcycles.", [("IN", "NP", ("motorcycle",))]),
    ("As a gift, the Tongan navy was provided with two patrol boats by Australia.", [("AU", "TO", ("patrol boat",))]),
])
def test_the_rows_that_name_the_verb_read_it(text, expected):
    assert _gifts(text) == expected


def test_a_word_of_giving_elsewhere_in_the_article_lets_the_row_read_an_unknown_thing():
    """The sentence holds no lexicon item and no word of giving: it must not be skipped as
    quiet (_quiet.py), as the row fixes its theme ("five Nissan pick-ups")."""
    text = "Japan provided the Chad police with five Nissan pick-ups. The donation was handed over on Monday."
    assert _gifts(text) == [("JP", "TD", ("nissan pick-up",))]


@pytest.mark.parametrize("text", [
    "Japan provided 20 trucks to Syria as a donation.",
    "Kenya provided 450 troops to the mission.",
    "The donor provided the hall in line with a promise made to Chad.",
])
def test_no_other_row_reads_the_verb_alone(text):
    assert [row for row, word in _gift_rows(text) if word == "provided"] == [], text
    assert _gifts(text) == []


def test_the_subject_row_reads_the_verb_once_the_with_row_matched():
    rows = _gift_rows("Japan provided the Chad police with five pick-ups.")
    assert ("provide-with", "provided") in rows and ("subject-giver", "provided") in rows


def test_supply_stays_out_of_giving():
    """'supplying Laos with tanks' is a sale more often than a gift (measured)."""
    assert _gifts("As a donation, Russia is supplying Laos with 20 T-72 tanks.") == []
