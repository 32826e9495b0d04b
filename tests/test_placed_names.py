"""Towns no list names, placed by the sentence: data/placed_names.json's examples, and what
they do for a deployment's location."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

import giftextract
from giftextract.lexicon.entities import find_entities
from giftextract.lexicon.placed_names import TABLE


def _placed(text: str) -> list:
    return [e for e in find_entities(text) if e.via == "placed"]


@pytest.mark.parametrize("row", TABLE["examples"]["positives"], ids=lambda r: r["name"])
def test_positives(row):
    got = [(e.name, e.country) for e in _placed(row["text"])]
    assert got == [(row["name"], row["country"])]
    e = _placed(row["text"])[0]
    assert row["text"][e.start:e.end] == e.text == row["name"]
    assert e.place_kind == "city" and e.party_kind is None


@pytest.mark.parametrize("text", TABLE["examples"]["near_misses"])
def test_near_misses(text):
    assert _placed(text) == []


def test_the_table_is_well_formed():
    assert TABLE["_doc"] and len(TABLE["examples"]["positives"]) >= 2 and TABLE["examples"]["near_misses"]
    for key in ("prepositions", "of_heads", "compass", "not_names"):
        assert TABLE[key] and all(isinstance(w, str) and w == w.strip() for w in TABLE[key])


def test_a_known_place_is_not_placed_again():
    # the gazetteer knows Beirut: no second entity over it
    assert _placed("The Italian medics were sent to Beirut in Lebanon.") == []


def test_a_list_of_places_is_no_town_and_its_state():
    assert _placed("The envoy flew to Amman, Lebanon and Syria.") == []


def test_a_placed_town_is_a_deployments_location():
    ex = giftextract.extract("The 200 Malaysian peacekeepers will be stationed at Naqoura in south Lebanon.")
    (d,) = ex.deployments
    assert (d.sender.country, d.host.country) == ("MY", "LB")
    assert d.location is not None and d.location.name == "Naqoura" and d.location.country == "LB"


def test_a_town_after_the_state_by_a_comma():
    ex = giftextract.extract("About 300 Dutch soldiers arrived at Gaiziunai, Lithuania, on Tuesday.")
    (d,) = ex.deployments
    assert d.location is not None and d.location.name == "Gaiziunai" and d.host.country == "LT"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcXYZ ,.in at Lebanon", max_size=300))
def test_any_text_gives_sound_spans(text):
    for e in _placed(text):
        assert text[e.start:e.end] == e.text


@pytest.mark.parametrize("text,name,country", [
    ("Troops left Fort Bragg, N.C., on Monday.", "Fort Bragg", "US"),
    ("A delegation from Athens, Ga., visited the zoo.", "Athens", "US"),
    ("San Jose, Calif., is home to the garden.", "San Jose", "US"),
    ("Taiwanese troops trained at Grayling, Mich., in August.", "Grayling", "US"),
])
def test_a_state_abbreviated_after_a_town_places_it_and_is_no_place_itself(text, name, country):
    # places.json: the wire services' abbreviations of US states ('Calif.', 'N.C.')
    got = [(e.name, e.country, e.party_kind) for e in find_entities(text) if e.place_kind]
    assert got == [(name, country, None)]


@pytest.mark.parametrize("text,name,country", [
    ("Fifty soldiers trained in San Jose, Philippines, last year.", "San Jose", "PH"),
    ("The relief reached Santiago, Cuba, on Friday.", "Santiago", "CU"),
    # a town of its own between the two: a district of Pili, in the province of Camarines Sur
    ("Troops of the Philippine Army trained at San Jose, Pili, Camarines Sur.", "San Jose", "PH"),
])
def test_a_capitals_namesake_with_another_country_after_it_is_a_town_of_that_country(text, name, country):
    # lexicon/facilities.py _placed_in_states: the country after the comma places the town
    got = [(e.name, e.country, e.party_kind) for e in find_entities(text) if e.place_kind and e.name == name]
    assert got == [(name, country, None)]


@pytest.mark.parametrize("text,name,country", [
    # "visits to Tokyo, China and Korea": the list goes on, Tokyo is no Chinese town
    ("He paid visits to Tokyo, China and Korea.", "Tokyo", "JP"),
    # the state after the comma opens a clause of its own
    ("After riots gutted the centre of Nuku'alofa, Australia flew in 50 soldiers.", "Nuku'alofa", "TO"),
])
def test_a_capital_before_a_list_of_states_or_a_clause_stays_a_capital(text, name, country):
    got = [(e.name, e.country, e.party_kind) for e in find_entities(text)]
    assert got[0] == (name, country, "state")


def test_a_capital_with_its_own_country_after_it_stays_a_capital():
    got = [(e.name, e.country, e.party_kind) for e in find_entities("Paris, France, sent troops.")]
    assert got[0] == ("Paris", "FR", "state")


@pytest.mark.parametrize("text,name", [
    ("The City of Rotterdam donated two fire trucks to Jakarta.", "The City of Rotterdam"),
    ("Kobe City Council presented a bell to the people of Seattle.", "Kobe City Council"),
])
def test_a_towns_own_government_is_a_party_of_its_state(text, name):
    # lexicon/facilities.py _town_governments: a city told as its council acts for its state
    (e,) = [e for e in find_entities(text) if e.party_kind == "organization"]
    assert (e.text, e.country) == (name, "NL" if "Rotterdam" in name else "JP")
    assert text[e.start:e.end] == e.text


def test_a_towns_government_gives_for_its_state():
    (g,) = giftextract.extract("The City of Rotterdam donated two fire trucks to Jakarta.").gift_transfers
    assert (g.giver.country, g.recipient.country) == ("NL", "ID")
