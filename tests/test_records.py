"""Models are built without validation (giftextract/_records.py): each must be exactly what
validation would have built from the same values, down to the Python type of every leaf."""

from __future__ import annotations

import pathlib

import pytest
from pydantic import BaseModel

import giftextract
from giftextract.models import Extraction, Span

ROOT = pathlib.Path(__file__).resolve().parents[1]
TEXTS = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("devset/*.txt"))


def _same(built, validated, where: str = "") -> None:
    assert type(built) is type(validated), f"{where}: {type(built).__name__} vs {type(validated).__name__}"
    if isinstance(built, BaseModel):
        assert list(built.__dict__) == list(validated.__dict__), where
        for name in built.__dict__:
            _same(built.__dict__[name], validated.__dict__[name], f"{where}.{name}")
        assert built.__pydantic_extra__ is None and built.__pydantic_private__ is None
    elif isinstance(built, list):
        assert len(built) == len(validated), where
        for i, (a, b) in enumerate(zip(built, validated)):
            _same(a, b, f"{where}[{i}]")
    else:
        assert built == validated, where


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_built_models_equal_their_validated_twins(path):
    ex = giftextract.extract(path.read_text("utf-8"))
    twin = Extraction.model_validate(ex.model_dump())
    _same(ex, twin, path.stem)
    assert ex.model_dump_json() == twin.model_dump_json()


def test_amounts_and_count_parts_equal_their_validated_twins():
    ex = giftextract.extract("Japan donated 150 tonnes of rice to Kenya. China gave two male and three female "
                             "pandas to Mexico.")
    parts = [p for g in ex.gift_transfers for i in g.items if i.count for p in i.count.parts]
    amounts = [i.amount for g in ex.gift_transfers for i in g.items if i.amount]
    assert parts and amounts, "the text must reach both builders"
    twin = Extraction.model_validate(ex.model_dump())
    _same(ex, twin, "amounts")
    assert ex.model_dump_json() == twin.model_dump_json()


def test_an_assignment_to_a_built_model_does_not_touch_the_others():
    ex = giftextract.extract("Putin gifted 40 mandarin ducks to North Korea. China sent two pandas to Japan.")
    a, b = ex.gift_transfers
    a.confidence = 0.1
    assert b.confidence != 0.1 and a.model_fields_set == b.model_fields_set == set(type(a).model_fields)
    assert isinstance(a.evidence[0], Span) and a.model_dump()["confidence"] == 0.1
