"""Names older English gave states, sovereigns and governments (the press of 1780-1900, and
history told in its words): each is read as the state that continues it today, as the
project's conventions code a state that no longer exists (states.json, organizations.json,
historic_leaders.json)."""

from __future__ import annotations

import pytest

import giftextract
from giftextract.lexicon.entities import find_entities


@pytest.mark.parametrize("surface, country", [
    ("Corea", "KR"), ("Prussia", "DE"), ("Holland", "NL"), ("Burmah", "MM"), ("Hindostan", "IN"),
    ("the Two Sicilies", "IT"), ("Austria-Hungary", "AT"), ("Servia", "RS"), ("Roumania", "RO"),
    ("Annam", "VN"), ("Hayti", "HT"), ("Yeddo", "JP"), ("Beyrout", "LB"), ("Cabul", "AF"),
    ("the Sublime Porte", "TR"), ("the Porte", "TR"), ("the Celestial Empire", "CN"),
    ("Her Majesty's Government", "GB"), ("Her Britannic Majesty", "GB"),
    ("the Tycoon of Japan", "JP"), ("the Viceroy of Egypt", "EG"), ("Runjeet Sing", "PK"),
    ("Abbas Pasha", "EG"), ("Mehemet Ali", "EG"), ("King Gojong", "KR"),
    ("the Kremlin's envoy", "RU"),
])
def test_a_period_name_is_read_as_its_state_today(surface, country):
    text = f"It was then that {surface} moved."
    found = [e for e in find_entities(text) if e.text.startswith(surface.removeprefix("the "))
             or e.text == surface]
    assert found and found[0].country == country, [(e.text, e.country) for e in find_entities(text)]


def test_a_bare_majesty_names_no_state():
    # "His Majesty's Armed Forces" are Tonga's, "His Majesty the King" Thailand's: only the
    # British forms ("Her Britannic Majesty", "Her Majesty's Government") are Britain's
    text = "His Majesty's Armed Forces took delivery of four vehicles."
    assert [e.country for e in find_entities(text) if "Majesty" in e.text] == []


@pytest.mark.parametrize("text, country", [
    ("Whalers from New England sailed on Monday.", "US"),  # not England's
    ("She studied in England.", "GB"),
])
def test_new_england_is_american(text, country):
    assert [e.country for e in find_entities(text) if "England" in e.text] == [country]


def test_a_gift_between_period_governments_is_read():
    ex = giftextract.extract("CONSTANTINOPLE, May 3 - The Sublime Porte has presented two Arab horses "
                             "to Her Britannic Majesty, we learn from despatches received yesterday.")
    assert [(g.giver.country, g.recipient.country, [i.species for i in g.items])
            for g in ex.gift_transfers] == [("TR", "GB", ["horse"])]


def test_troops_that_disembark_are_deployed():
    ex = giftextract.extract("About 300 Kenyan police officers disembarked at Port-au-Prince on Tuesday.")
    assert [(d.sender.country, d.host.country, d.personnel.value) for d in ex.deployments] == [("KE", "HT", 300)]
