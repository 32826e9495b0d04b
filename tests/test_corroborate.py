"""A gazetteer place keeps its country only where the document names that country
(lexicon/corroborate.py): the gazetteer gives a name its most populous bearer's country."""

from __future__ import annotations

import giftextract
from giftextract.lexicon.corroborate import corroborated
from giftextract.lexicon.entities import find_entities

_STORY = ("SAN JOSE - At a ceremony at the coast guard base at Caldera in Puntarenas, the United States "
          "handed over three patrol boats to Costa Rica.")


def _caldera(text: str):
    return next(e for e in corroborated(text, find_entities(text), {}) if e.text == "Caldera")


def test_a_gazetteer_place_whose_country_the_document_never_names_has_none():
    assert next(e for e in find_entities(_STORY) if e.text == "Caldera").country == "CL"  # the gazetteer's guess
    assert _caldera(_STORY).country is None


def test_a_gazetteer_place_whose_country_the_document_names_keeps_it():
    for named in ("Chile", "Chilean", "Santiago"):
        text = f"The {named} navy met at Caldera on Monday." if named != "Santiago" else "From Santiago they drove to Caldera."
        assert _caldera(text).country == "CL", named


def test_a_facility_placed_by_such_a_city_is_placed_nowhere_and_the_gift_goes_to_the_story():
    ex = giftextract.extract(_STORY)
    assert {(g.giver.country, g.recipient.country) for g in ex.gift_transfers} == {("US", "CR")}


def test_the_answer_is_kept_for_the_document_by_country():
    named: dict = {}
    corroborated(_STORY, find_entities(_STORY), named)
    assert named.get("CL") is False
    # a kept answer is used as it is: the cache says the country is named, so the place keeps it
    assert _country_with({"CL": True}) == "CL"


def _country_with(named: dict):
    return next(e for e in corroborated(_STORY, find_entities(_STORY), named) if e.text == "Caldera").country
