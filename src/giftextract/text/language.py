"""Does a text look like English? A cheap test, so that an empty result on French or Russian
text comes with the reason (a warning on the Extraction), not silence.

Two signals on a sample of the text's start: the share of its letters that are Latin, and the
share of its words that are common English function words (data/english.json, with examples).
Short texts are never flagged: a headline or a test sentence is too short to judge.
"""

from __future__ import annotations

import json
from importlib import resources

from giftextract.text.compiled import compile as compile_re
from giftextract.text.fold import fold_marks

_DATA = json.loads(fold_marks(resources.files("giftextract.text").joinpath("data", "english.json").read_text("utf-8")))
_COMMON = frozenset(_DATA["common_words"])
_SAMPLE_WORDS: int = _DATA["sample_words"]
_MIN_WORDS: int = _DATA["min_words"]
_MIN_COMMON: float = _DATA["min_common_share"]
_MIN_LATIN: float = _DATA["min_latin_share"]
_WORD = compile_re(r"[^\W\d_]+")
_NOT_LATIN = compile_re("[^\x00-\u024f]")
_SAMPLE_CHARS = 20 * 400  # enough characters for the sample of words, whatever the text's length


_ASCII_WORD = compile_re(r"[a-z]+")  # _WORD in lowercase ASCII text: half its cost


def not_english_reason(text: str) -> str | None:
    """None when the text may be English; otherwise why it does not look like it."""
    sample = text[:_SAMPLE_CHARS]
    if sample.isascii():
        # the same test where every letter is Latin and lower() changes A-Z only: the words
        # are read lowercased, and the share of Latin letters is 1
        words = _ASCII_WORD.findall(sample.lower())[:_SAMPLE_WORDS]
        return None if len(words) < _MIN_WORDS else _few_common(sum(map(_COMMON.__contains__, words)), len(words))
    words = _WORD.findall(sample)[:_SAMPLE_WORDS]
    if len(words) < _MIN_WORDS and not any(len(w) > 1 and not w.isascii() for w in words[:3]):
        return None
    letters = "".join(words)
    # Basic Latin to Latin Extended-B; counted in C (a loop over every letter was a tenth of
    # the time of an article)
    latin = len(letters) if letters.isascii() else len(letters) - len(_NOT_LATIN.findall(letters))
    if letters and latin / len(letters) < _MIN_LATIN:
        return f"text does not look like English: {100 * latin // len(letters)}% of its letters are Latin"
    if len(words) < _MIN_WORDS:
        return None
    return _few_common(sum(map(_COMMON.__contains__, map(str.lower, words))), len(words))


def _few_common(common: int, words: int) -> str | None:
    if common / words < _MIN_COMMON:
        return (f"text does not look like English: {common} of its first {words} words are common "
                "English words; giftextract reads English news only")
    return None
