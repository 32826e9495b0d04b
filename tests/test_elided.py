"""A contingent told with its personnel noun left out ("Slovenia sent 20 and Belgium 15"):
the elision_examples of constructions/data/deployment.json, run here, and a user's own verb
of contributing added at run time."""

from __future__ import annotations

import json
from importlib import resources

import pytest

import giftextract
from giftextract.frames.elided import elides


def _examples():
    raw = resources.files("giftextract.constructions").joinpath("data", "deployment.json").read_text("utf-8")
    return json.loads(raw)["elision_examples"]


def _figures(text: str, extractor=None) -> list:
    got = (extractor.extract(text) if extractor else giftextract.extract(text)).deployments
    return [(d.sender.country if d.sender else None, d.host.country if d.host else None, d.personnel.value,
             d.status, d.rules) for d in got if d.personnel is not None]


@pytest.mark.parametrize("example", _examples()["positives"], ids=lambda e: e["text"][:40] + e["expect"]["sender"])
def test_an_elided_figure_is_its_states_contingent_in_the_last_host(example):
    want = example["expect"]
    got = [f for f in _figures(example["text"]) if f[2] == want["count"]]
    assert got, f"no deployment of {want['count']} in {example['text']!r}"
    sender, host, _count, status, rules = got[0]
    assert (sender, host, status) == (want["sender"], want["host"], want["status"])
    assert "elided-figure" in rules or "gapped-sender" in rules


@pytest.mark.parametrize("example", _examples()["near_misses"], ids=lambda e: e["text"][:40])
def test_a_bare_figure_of_something_else_is_no_contingent(example):
    assert example["count"] not in [f[2] for f in _figures(example["text"])]


def test_the_sentence_gate_sees_a_verb_and_a_bare_figure():
    from giftextract.frames.tables import DEFAULT_TABLES

    markers = DEFAULT_TABLES["deployment"].markers
    text = "Slovenia sent 20 and Belgium 15."
    assert elides(text, 0, len(text), markers)
    other = "Slovenia sent 20 soldiers."
    assert not elides(other, 0, len(other), markers)


def test_a_users_verb_of_contributing_reads_at_run_time(tmp_path):
    from giftextract import Extractor, Rules

    text = "Brazil sent 1,100 soldiers to Santo Domingo. Honduras lent 250."
    assert 250 not in [f[2] for f in _figures(text)]
    (tmp_path / "lent.json").write_text(json.dumps(
        {"event": "deployment", "markers": {"elided_verbs": ["lent"]}, "rows": []}), "utf-8")
    extractor = Extractor(Rules.load(tmp_path))
    assert [f[:3] for f in _figures(text, extractor) if f[2] == 250] == [("HN", "DO", 250)]
