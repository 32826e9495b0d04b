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


def field(cluster, name, key=None):
    return next(f for f in cluster.fields if (f.field, f.key) == (name, key))


def has_item(cluster, species):
    return any((f.field, f.key) == ("item", species) for f in cluster.fields)


def test_one_cluster_for_the_november_70_animal_gift(seed_clusters):
    lions = [c for c in seed_clusters if c.kind == "gift_transfer" and has_item(c, "african lion")]
    assert len(lions) == 1
    (gift,) = lions
    assert gift.key == "RU->KP"
    assert {m.doc_id for m in gift.members} == {p.stem for p in SEEDS}
    total = field(gift, "total").consensus
    assert total.label == "more than 70 animals" and total.type == "quantity"
    assert (total.quantity.value, total.quantity.qualifier, total.quantity.unit) == (70, "more_than", "animal")
    assert not field(gift, "item", "african lion").conflict
    # 'two bears' and 'two brown bears' agree; the consensus is the more specific.
    bears = field(gift, "item", "brown bear")
    assert {v.value for v in bears.values} >= {"2 bear", "2 brown bear"}
    assert {v.label for v in bears.values} >= {"two bears", "two brown bears"}
    assert bears.consensus.label == "two brown bears" and not bears.conflict
    assert bears.consensus.item.species == "brown bear" and bears.consensus.item.count.value == 2
    assert bears.consensus.item.count.unit in (None, "brown bear")
    giver = field(gift, "giver").consensus
    assert (giver.label, giver.party.country, giver.party.kind) == ("Russia", "RU", "state")


def test_april_bird_gift_stays_apart(seed_clusters):
    birds = [c for c in seed_clusters if has_item(c, "eagle")]
    assert len(birds) == 1
    assert birds[0].key == "RU->KP" and not has_item(birds[0], "african lion")


def test_troop_count_conflict_on_the_deployment_cluster(seed_clusters):
    (troops,) = [c for c in seed_clusters if c.kind == "deployment" and c.key == "KP->RU"]
    personnel = field(troops, "personnel")
    assert personnel.conflict and personnel.consensus is None
    assert {"field": "personnel", "key": None} in [c.model_dump() for c in troops.conflicts]
    values = {v.value: {s.doc_id[:3] for s in v.sources} for v in personnel.values}
    assert values["3,000"] == {"003"}
    assert values["12,000"] == {"004"}
    # The planned 10,000 is its own field, not a conflict with the reported 3,000.
    planned = field(troops, "personnel", "planned")
    assert planned.consensus.quantity.value == 10_000 and not planned.conflict
    assert planned.consensus.label == "10,000 troops"
    assert sorted(v.quantity.value for v in personnel.values) == [3_000, 10_000, 12_000]


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
    bears = field(gift, "item", "bear")
    assert bears.consensus.label == "two bears" and not bears.conflict
    assert bears.consensus.item.count.value == 2


def test_more_than_and_a_larger_exact_figure_agree():
    clusters = reconcile(docs("North Korea has deployed more than 10,000 troops to Russia.",
                              "North Korea has deployed 12,000 troops to Russia."))
    (troops,) = clusters
    assert field(troops, "personnel").consensus.quantity.value == 12_000
    assert troops.conflicts == []


def test_different_years_are_different_gifts():
    clusters = reconcile(docs("China gifted two giant pandas to the Moscow Zoo in 2019.",
                              "China gifted two giant pandas to the Moscow Zoo in 2024."))
    assert len(clusters) == 2


def test_same_animals_months_apart_is_one_gift_with_a_date_conflict():
    clusters = reconcile(docs("Kim Jong Un gifted two Pungsan dogs to Putin in April 2024.",
                              "Kim Jong Un gifted two Pungsan dogs to Putin in June 2024."))
    (gift,) = clusters
    assert field(gift, "date").conflict and [c.model_dump() for c in gift.conflicts] == [{"field": "date", "key": None}]
    assert {v.date.value for v in field(gift, "date").values} == {"2024-04", "2024-06"}


def test_empty_input():
    assert reconcile([]) == []


# --- typed values and English labels ------------------------------------------------------------

def test_labels_read_as_english(seed_clusters):
    (lions,) = [c for c in seed_clusters if has_item(c, "african lion")]
    labels = {v.label for f in lions.fields if f.field == "item" for v in f.values}
    assert {"an African lion", "two brown bears", "40 mandarin ducks"} <= labels
    (horses,) = [c for c in seed_clusters if has_item(c, "horse")]
    assert field(horses, "item", "horse").consensus.label == "two dozen horses"
    assert field(horses, "item", "horse").consensus.item.count.value == 24


def test_two_giant_pandas_and_dates_read_as_english():
    (gift,) = reconcile(docs("China gave two giant pandas to the Moscow Zoo in April 2019."))
    assert field(gift, "item", "giant panda").consensus.label == "two giant pandas"
    date = field(gift, "date").consensus
    assert (date.label, date.date.value) == ("April 2019", "2019-04")
    destination = field(gift, "destination").consensus
    assert destination.place.kind == "zoo" and destination.label == destination.place.name


def test_every_value_carries_the_structured_value_its_type_names(seed_clusters):
    for cluster in seed_clusters:
        for fld in cluster.fields:
            for value in [*fld.values, *([fld.consensus] if fld.consensus else [])]:
                assert value.label
                held = {name for name in ("party", "quantity", "item", "place", "transport", "date", "status",
                                          "names") if getattr(value, name) is not None}
                assert held == {value.type}, (fld.field, value)


def test_a_headline_figure_does_not_join_another_gift():
    # Written for this test: one article's bare "70 animals" (a headline, nothing else) and another
    # article's horses share only their countries, which is no evidence of one event.
    teaser = Extraction.model_validate({"doc_id": "a", "gift_transfers": [{
        "giver": {"name": "Russia", "kind": "state", "country": "RU", "span": {"start": 0, "end": 6, "text": "Russia"}},
        "recipient": {"name": "North Korea", "kind": "state", "country": "KP",
                      "span": {"start": 20, "end": 31, "text": "North Korea"}},
        "total": {"value": 70, "unit": "animal", "text": "70", "span": {"start": 10, "end": 12, "text": "70"}}}]})
    horses = giftextract.extract("In August, Russia gave two dozen horses to North Korea.", doc_id="b")
    assert horses.gift_transfers
    clusters = reconcile([teaser, horses])
    assert len(clusters) == 2


def test_a_headline_that_teases_the_body_is_the_body_gift():
    text = ("Is Russia sending 70 animals to North Korea?\n"
            "Russia sent more than 70 animals, including two brown bears, to North Korea on Wednesday as a gift.")
    (gift,) = giftextract.extract(text).gift_transfers
    assert gift.total.value == 70 and gift.total.qualifier == "more_than"
    assert len(gift.evidence) == 2
