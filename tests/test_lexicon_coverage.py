"""Coverage of the lexicon data files: a sample of entries read back through the spotters,
and structural checks on the JSON (codes, countries, no surface under two ids)."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from importlib import resources

import pytest

import giftextract  # noqa: F401  (the package still imports with the broadened data)
from giftextract.lexicon.entities import find_entities
from giftextract.lexicon.species import find_species


def _raw(name: str) -> dict:
    text = resources.files("giftextract.lexicon").joinpath("data", f"{name}.json").read_text("utf-8")
    data = json.loads(text)
    data.pop("_doc", None)
    data.pop("_examples", None)  # the table's example sentences: no entry
    return data


STATES = {k: v for k, v in _raw("states").items() if not k.startswith("_")}  # ("_doc", "_examples": no state)


def _entity(text: str, name: str):
    for e in find_entities(text):
        if e.name == name or e.text == name or e.canonical == name:
            return e
    raise AssertionError(f"{name!r} not spotted in {text!r}: {find_entities(text)}")


@pytest.mark.parametrize("text,name,country,kind", [
    ("Armenia sent two lions to the zoo.", "Armenia", "AM", "state"),
    ("Yerevan handed over the animals on Monday.", "Yerevan", "AM", "state"),
    ("Officials in Tbilisi welcomed the gift.", "Tbilisi", "GE", "state"),
    ("The Palestinian flag flew over the stand.", "Palestinian", "PS", None),
    ("The Palestinian delegation arrived.", "Palestinian delegation", "PS", "organization"),  # (institution_nouns)
    ("Lebanese officials said the soldiers left.", "Lebanese officials", "LB", "group"),
    ("Kosovo received the shipment.", "Kosovo", "XK", "state"),
    ("The Holy See thanked the donors.", "Holy See", "VA", "state"),
    ("Troops crossed into the Democratic Republic of the Congo.", "Democratic Republic of the Congo", "CD", "state"),
    ("Nigeria and Niger signed the pact.", "Nigeria", "NG", "state"),
    ("Nigeria and Niger signed the pact.", "Niger", "NE", "state"),
    ("Papua New Guinea gave a bird of paradise.", "Papua New Guinea", "PG", "state"),
])
def test_states(text, name, country, kind):
    e = _entity(text, name)
    assert e.country == country
    assert e.party_kind == kind


@pytest.mark.parametrize("text,canonical,country,kind", [
    ("The pandas will live at Taronga Zoo Sydney.", "Taronga Zoo", "AU", "zoo"),
    ("Koalas from Lone Pine Koala Sanctuary were flown out.", "Lone Pine Koala Sanctuary", "AU", "zoo"),
    ("The cubs were born at Bifengxia Panda Base.", "Bifengxia Panda Base", "CN", "facility"),
    ("The Dubai Safari Park received them.", "Dubai Safari Park", "AE", "zoo"),
    ("Two pandas arrived at Al Khor Park.", "Al Khor Park", "QA", "zoo"),
    ("They went to the Jerusalem Biblical Zoo.", "Jerusalem Biblical Zoo", "IL", "zoo"),
    ("The pair left Tennoji Zoo in Osaka.", "Tennoji Zoo", "JP", "zoo"),
    ("Troops moved to Gomel.", "Gomel", "BY", "city"),
    ("Shelling hit the Gaza Strip.", "Gaza", "PS", "region"),
    ("Forces withdrew from the Golan Heights.", "Golan Heights", "SY", "region"),
    ("Soldiers were sent to Xinjiang.", "Xinjiang", "CN", "region"),
    ("The brigade is based in Rzeszow.", "Rzeszow", "PL", "city"),
    ("The pandas left Zoo Atlanta in Atlanta, Georgia.", "Atlanta", "US", "city"),
])
def test_places(text, canonical, country, kind):
    e = _entity(text, canonical)
    assert e.canonical == canonical
    assert e.country == country
    assert e.place_kind == kind


@pytest.mark.parametrize("text,canonical,country", [
    ("Armenian Prime Minister Nikol Pashinyan thanked Moscow.", "Nikol Pashinyan", "AM"),
    ("Tokayev received the horses.", "Kassym-Jomart Tokayev", "KZ"),
    ("Mao Zedong gave two pandas to Richard Nixon.", "Mao Zedong", "CN"),
    ("Mao Zedong gave two pandas to Richard Nixon.", "Richard Nixon", "US"),
    ("Jawaharlal Nehru sent an elephant.", "Jawaharlal Nehru", "IN"),
    ("Kim Il Sung received a gift.", "Kim Il Sung", "KP"),
    ("Prabowo Subianto met Anwar Ibrahim.", "Prabowo Subianto", "ID"),
])
def test_people(text, canonical, country):
    e = _entity(text, canonical)
    assert e.party_kind == "person"
    assert e.canonical == canonical
    assert e.country == country


@pytest.mark.parametrize("text,canonical,country,source", [
    ("Armenpress reported the arrival.", "Armenpress", "AM", True),
    ("according to Anadolu Agency", "Anadolu Agency", "TR", True),
    ("Bernama said the pandas were healthy.", "Bernama", "MY", True),
    ("UNIFIL peacekeepers patrolled the border.", "UNIFIL", None, False),
])
def test_organizations(text, canonical, country, source):
    e = _entity(text, canonical)
    assert e.country == country
    assert e.source is source


@pytest.mark.parametrize("text,species,plural,breed", [
    ("Australia gave two wombats and a platypus.", "wombat", True, None),
    ("Australia gave two wombats and a platypus.", "platypus", False, None),
    ("The zoo received four platypuses.", "platypus", True, None),
    ("a pair of Tasmanian devils", "tasmanian devil", True, None),
    ("three quokkas and an echidna", "quokka", True, None),
    ("a Siberian cat named Mikhail", "siberian cat", False, None),
    ("two Persian cats", "persian cat", True, None),
    ("Przewalski's horses were flown to Kazakhstan.", "przewalski's horse", True, None),
    ("six Arabian oryxes arrived", "arabian oryx", True, None),
    ("a saker falcon", "saker falcon", False, None),
    ("two Sumatran tigers", "sumatran tiger", True, None),
    ("white rhinos from South Africa", "white rhinoceros", True, None),
    ("a pair of Indian peafowl", "indian peafowl", False, None),
    ("two Sri Lankan elephants", "sri lankan elephant", True, None),
    ("Kazakh tobet puppies", "tobet dog", True, "tobet"),
    ("two Russian Blue cats", "russian blue cat", True, "russian blue"),
    ("a pair of crested ibises", "crested ibis", True, None),
])
def test_species(text, species, plural, breed):
    found = [m for m in find_species(text) if m.species == species]
    assert found, (text, find_species(text))
    assert found[0].plural is plural
    assert found[0].breed == breed


def test_parents():
    from giftextract.lexicon.species import parent_species
    assert parent_species("indian peafowl") == "peacock"
    assert parent_species("sri lankan elephant") == "asian elephant"
    assert parent_species("siberian cat") == "cat"
    assert parent_species("tobet dog") == "dog"


@pytest.mark.parametrize("a, b, narrower, rel", [
    ("great white pelican", "pelican", True, True),      # named more closely
    ("indian peafowl", "peacock", True, True),           # the parent species
    ("pelican", "great white pelican", False, True),     # broader: related, not narrower
    ("sri lankan elephant", "elephant", True, True),     # a name ending with the other
    ("lion", "tiger", False, False),                     # near-miss: two species
    ("attack helicopter", "helicopter", True, True),
])
def test_same_or_narrower_and_related(a, b, narrower, rel):
    from giftextract.lexicon.species import related, same_or_narrower
    assert same_or_narrower(a, b) is narrower
    assert related(a, b) is rel and related(b, a) is rel


def test_species_not_state_words():
    # capitalised place words that contain breed or species names stay places
    assert not [m for m in find_species("The Persian Gulf and Siberian region") if m.species.endswith("cat")]


def test_state_codes():
    for code, entry in STATES.items():
        assert re.fullmatch(r"[A-Z]{2}", code), code
        for field in ("names", "demonyms", "capitals", "metonyms"):
            assert isinstance(entry[field], list), (code, field)


@pytest.mark.parametrize("name", ["places", "people", "organizations"])
def test_countries_known(name):
    for canonical, entry in _raw(name).items():
        assert entry["country"] is None or entry["country"] in STATES, (name, canonical, entry["country"])


@pytest.mark.parametrize("name", ["places", "people", "organizations"])
def test_no_surface_under_two_ids(name):
    seen: dict[str, set[str]] = defaultdict(set)
    for canonical, entry in _raw(name).items():
        for surface in entry["surfaces"]:
            seen[surface].add(canonical)
    assert {s: c for s, c in seen.items() if len(c) > 1} == {}


def test_state_words_unique_across_states():
    seen: dict[str, set[str]] = defaultdict(set)
    for code, entry in STATES.items():
        for field in ("names", "demonyms", "capitals"):
            for word in entry[field]:
                seen[word].add(code)
    assert {w: c for w, c in seen.items() if len(c) > 1} == {}


def test_breeds_and_parents_resolve():
    species, breeds = _raw("species"), _raw("breeds")
    for name, entry in species.items():
        assert entry.get("parent") in (None, *species), name
    for name, entry in breeds.items():
        assert entry["animal"] in species, name
        assert entry.get("country") is None or entry["country"] in STATES, name
