"""Reconciliation: one answer per event across documents, every source, every conflict."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import giftextract
from giftextract import Extraction, reconcile
from giftextract.render import reconciliation_schema_json

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def seed_extractions() -> list[Extraction]:
    return [giftextract.extract(p.read_text("utf-8"), doc_id=p.stem) for p in SEEDS]


@pytest.fixture(scope="module")
def seed_clusters(seed_extractions):
    return reconcile(seed_extractions)


def field(cluster, name):
    return next(f for f in cluster.fields if f.field == name)


def has_item(cluster, species):
    return any(f.field == f"item: {species}" for f in cluster.fields)


def test_one_cluster_for_the_november_70_animal_gift(seed_clusters):
    lions = [c for c in seed_clusters if c.kind == "gift_transfer" and has_item(c, "african lion")]
    assert len(lions) == 1
    (gift,) = lions
    assert gift.key == "RU->KP"
    assert {m.doc_id for m in gift.members} == {p.stem for p in SEEDS}
    assert field(gift, "total").consensus == "more than 70"
    assert not field(gift, "item: african lion").conflict
    # 'two bears' and 'two brown bears' agree; the consensus is the more specific.
    bears = field(gift, "item: brown bear")
    assert {v.value for v in bears.values} >= {"2 bear", "2 brown bear"}
    assert bears.consensus == "2 brown bear" and not bears.conflict


def test_april_bird_gift_stays_apart(seed_clusters):
    birds = [c for c in seed_clusters if has_item(c, "eagle")]
    assert len(birds) == 1
    assert birds[0].key == "RU->KP" and not has_item(birds[0], "african lion")


def test_troop_count_conflict_on_the_deployment_cluster(seed_clusters):
    (troops,) = [c for c in seed_clusters if c.kind == "deployment" and c.key == "KP->RU"]
    personnel = field(troops, "personnel")
    assert personnel.conflict and personnel.consensus is None
    assert "personnel" in troops.conflicts
    values = {v.value: {s.doc_id[:3] for s in v.sources} for v in personnel.values}
    assert values["3,000"] == {"003"}
    assert values["12,000"] == {"004"}
    # The planned 10,000 is its own field, not a conflict with the reported 3,000.
    planned = field(troops, "personnel (planned)")
    assert planned.consensus == "10,000" and not planned.conflict


def test_every_support_span_points_at_its_document(seed_clusters):
    texts = {p.stem: p.read_text("utf-8") for p in SEEDS}
    for cluster in seed_clusters:
        for fld in cluster.fields:
            for value in fld.values:
                for support in value.sources:
                    for span in support.spans:
                        assert texts[support.doc_id][span.start:span.end] == span.text


def test_same_output_in_any_document_order(seed_extractions, seed_clusters):
    assert reconcile(list(reversed(seed_extractions))) == seed_clusters
    assert reconcile(seed_extractions[2:] + seed_extractions[:2]) == seed_clusters


def test_output_validates_against_the_committed_schema(seed_clusters):
    committed = (ROOT / "schemas" / "reconciliation.schema.json").read_text("utf-8")
    assert committed == reconciliation_schema_json(), "run `giftextract schema --out schemas`"
    payload = [c.model_dump(mode="json") for c in seed_clusters]
    jsonschema.validate(payload, json.loads(committed))


def docs(*texts: str) -> list[Extraction]:
    return [giftextract.extract(t, doc_id=f"d{i}") for i, t in enumerate(texts)]


def test_vague_and_specific_counts_agree():
    clusters = reconcile(docs("Russia gifted bears to North Korea.", "Russia gifted two bears to North Korea."))
    (gift,) = clusters
    bears = field(gift, "item: bear")
    assert bears.consensus == "2 bear" and not bears.conflict


def test_more_than_and_a_larger_exact_figure_agree():
    clusters = reconcile(docs("North Korea has deployed more than 10,000 troops to Russia.",
                              "North Korea has deployed 12,000 troops to Russia."))
    (troops,) = clusters
    assert field(troops, "personnel").consensus == "12,000"
    assert troops.conflicts == []


def test_different_years_are_different_gifts():
    clusters = reconcile(docs("China sent two giant pandas to the Moscow Zoo in 2019.",
                              "China sent two giant pandas to the Moscow Zoo in 2024."))
    assert len(clusters) == 2


def test_same_animals_months_apart_is_one_gift_with_a_date_conflict():
    clusters = reconcile(docs("Kim Jong Un gifted two Pungsan dogs to Putin in April 2024.",
                              "Kim Jong Un gifted two Pungsan dogs to Putin in June 2024."))
    (gift,) = clusters
    assert field(gift, "date").conflict and gift.conflicts == ["date"]


def test_empty_input():
    assert reconcile([]) == []
