"""The cheap 'is this English?' test (text/language.py) and the warning it puts on an Extraction."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

import giftextract
from hypothesis import given, strategies as st

from giftextract.text import language
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


def _reason_read_the_general_way(text: str) -> str | None:
    """not_english_reason as it reads a text with non-ASCII letters (before its ASCII path)."""
    words = language._WORD.findall(text[:language._SAMPLE_CHARS])[:language._SAMPLE_WORDS]
    if len(words) < language._MIN_WORDS:
        return None
    common = sum(map(language._COMMON.__contains__, map(str.lower, words)))
    return language._few_common(common, len(words))


_ASCII_PIECES = ["the", "The", "OF", "and", "Le", "de", "la", "x", "2023", "_", "it's", "Zoo", "y"]


@given(st.lists(st.tuples(st.sampled_from(_ASCII_PIECES), st.sampled_from([" ", "-", "", "\n", "5", ". "])),
                max_size=60))
def test_ascii_text_is_judged_as_the_general_reading_judges_it(parts):
    text = "".join(w + s for w, s in parts)
    assert language.not_english_reason(text) == _reason_read_the_general_way(text)
    assert language.not_english_reason(text * 40) == _reason_read_the_general_way(text * 40)  # past the sample
