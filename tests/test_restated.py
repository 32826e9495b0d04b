"""A deployment's figure told again without a personnel noun ("some accounts put the force
at 700"): the restatement_examples of constructions/data/deployment.json, run here, and a
user's own restating verb added at run time."""

from __future__ import annotations

import json
from importlib import resources

import pytest

import giftextract
from giftextract.frames.restated import restates


def _examples():
    raw = resources.files("giftextract.constructions").joinpath("data", "deployment.json").read_text("utf-8")
    return json.loads(raw)["restatement_examples"]


@pytest.mark.parametrize("example", _examples()["positives"], ids=lambda e: e["text"][:40])
def test_a_restated_figure_is_one_more_figure_of_the_deployment(example):
    want = example["expect"]
    got = [(d.sender.country if d.sender else None, d.host.country if d.host else None, d.status, d.rules)
           for d in giftextract.extract(example["text"]).deployments
           if d.personnel is not None and d.personnel.value == want["count"]]
    assert got, f"no deployment of {want['count']} in {example['text']!r}"
    sender, host, status, rules = got[0]
    assert (sender, host, status) == (want["sender"], want["host"], want["status"])
    assert "restated" in rules


@pytest.mark.parametrize("example", _examples()["near_misses"], ids=lambda e: e["text"][:40])
def test_a_figure_of_something_else_is_no_restatement(example):
    figures = [d.personnel.value for d in giftextract.extract(example["text"]).deployments if d.personnel]
    assert example["count"] not in figures


def test_the_sentence_gate_sees_the_verb_and_the_head():
    from giftextract.frames.tables import DEFAULT_TABLES
    markers = DEFAULT_TABLES["deployment"].markers
    yes = "Some accounts put the force at 700."
    no = "Some accounts put the blame on the weather."
    assert restates(yes, 0, len(yes), markers) and not restates(no, 0, len(no), markers)


def test_a_user_adds_a_restating_verb_at_run_time(tmp_path):
    from giftextract import Extractor, Rules
    (tmp_path / "reckon.json").write_text(json.dumps(
        {"event": "deployment", "markers": {"restate_at_verbs": ["reckoned"]}, "rows": []}), "utf-8")
    text = "India sent 6,000 troops to Sri Lanka in 1987. Historians reckoned the force at 80,000."
    mine = Extractor(Rules.load(tmp_path)).extract(text).deployments
    assert [d.status for d in mine if d.personnel and d.personnel.value == 80000] == ["reported"]
    assert 80000 not in [d.personnel.value for d in giftextract.extract(text).deployments if d.personnel]


def test_the_subject_decides_who_vouches():
    official = ("South Africa sent 600 soldiers to Lesotho. "
                "The South African army put the force at 700.")
    [d] = [d for d in giftextract.extract(official).deployments if d.personnel.value == 700]
    assert d.status == "confirmed"
