"""The cheap 'is this English?' test (text/language.py) and the warning it puts on an Extraction."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

import giftextract
from giftextract.text.language import not_english_reason

DATA = json.loads(resources.files("giftextract.text").joinpath("data", "english.json").read_text("utf-8"))
ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("text", DATA["examples"])
def test_english_examples_pass(text):
    assert not_english_reason(text) is None


@pytest.mark.parametrize("text", DATA["near_misses"])
def test_other_languages_are_flagged(text):
    assert "does not look like English" in not_english_reason(text)


def test_no_seed_or_devset_article_is_flagged():
    flagged = [p.name for p in [*ROOT.glob("seeds/*.txt"), *ROOT.glob("devset/**/*.txt")]
               if not_english_reason(p.read_text("utf-8"))]
    assert flagged == []


def test_an_extraction_of_french_text_says_why_it_is_empty():
    ex = giftextract.extract(DATA["near_misses"][0])
    assert not ex.gift_transfers and any("does not look like English" in w for w in ex.warnings)
    assert giftextract.extract(DATA["examples"][0]).warnings == []
