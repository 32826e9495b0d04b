"""The official names of states (lexicon/data/official_names.json) are the output of their
generator scripts/gen_official_names.py (skipped where the 'gen' extra is not installed)."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from generators import load_generator

from giftextract.lexicon.data import LEXICON
from giftextract.lexicon.entities import find_entities
from giftextract.text.fold import fold_marks

NAMES = json.loads(resources.files("giftextract.lexicon").joinpath("data", "official_names.json").read_text("utf-8"))


def test_every_code_is_a_state_of_the_table_and_every_name_is_a_name():
    assert NAMES["names"], "no official names"
    for code, names in NAMES["names"].items():
        assert code in LEXICON["states"], code
        assert all(n and "," not in n and "(" not in n for n in names), (code, names)
        # added at load, their marked letters folded as the text's are ("Côte" is read as "Cote")
        assert {fold_marks(n) for n in names} <= set(LEXICON["states"][code]["names"]), code


@pytest.mark.parametrize("text,name,code", [
    ("the Kingdom made the Islamic Republic of Pakistan a gift", "Islamic Republic of Pakistan", "PK"),
    ("handed over 25 tons of dates to the Kingdom of Thailand", "Kingdom of Thailand", "TH"),
    ("an equal quantity to the Republic of Bulgaria", "Republic of Bulgaria", "BG"),
    ("troops of the United Republic of Tanzania", "United Republic of Tanzania", "TZ"),
])
def test_a_state_named_in_full_is_one_name_of_that_state(text, name, code):
    assert [(e.name, e.country) for e in find_entities(text) if e.party_kind == "state"] == [(name, code)]


def test_a_short_name_that_reads_another_states_mentions_is_left_out():
    assert "Congo" not in NAMES["names"].get("CG", [])
    assert [e.country for e in find_entities("troops in Congo")] == ["CD"]


def _generator():
    return load_generator("gen_official_names.py", NAMES["_meta"]["sources"])


def test_the_committed_file_is_the_generators_output():
    gen = _generator()
    committed = resources.files("giftextract.lexicon").joinpath("data", "official_names.json").read_text("utf-8")
    assert gen.render(gen.build()) == committed, "run: python scripts/gen_official_names.py"
