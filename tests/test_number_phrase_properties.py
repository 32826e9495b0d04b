"""Properties of the number phrases of quantity/phrases.py and the shared-scale ranges:
each form written by num2words or inflect (or built from the data's own word lists) reads
back as the number it spells, whole, with its span; vague forms never read as values.
The rows are in tests/test_count_forms.py (sections 4-9).
"""

from __future__ import annotations

import inflect
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from num2words import num2words

from giftextract.quantity import find_counts
from giftextract.quantity.counts import QUALIFIERS
from giftextract.quantity.phrases import DATA, FRACTIONS, PLURAL_SCALES, VAGUE_MORE, VULGAR
from prefilter_checks import phrase_text

_INFLECT = inflect.engine()
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SPELL = {"num2words": num2words, "inflect": _INFLECT.number_to_words}


def _only(text: str, phrase: str):
    counts = find_counts(text)
    assert len(counts) == 1, (text, counts)
    c = counts[0]
    assert c.text == phrase and text[c.start : c.end] == phrase, (text, c)
    return c


def _close(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) <= 1e-9 * max(1.0, abs(b))


@given(st.integers(0, 999), st.integers(1, 99), st.sampled_from(["", *_SCALES]), st.sampled_from(sorted(_SPELL)))
def test_decimals_in_words_round_trip(whole, hundredths, scale, spell):
    x = float(f"{whole}.{hundredths:02d}")  # 1.36, not 1 + 36/100 (1.3599999999999999)
    words = _SPELL[spell](x)
    assume(" point " in words)
    phrase = f"{words} {scale}".strip()
    c = _only(f"They sent {phrase} doses.", phrase)
    assert _close(c.value, x * _SCALES.get(scale, 1)) and c.qualifier == "exact"


@given(st.integers(2, 999), st.sampled_from(sorted(PLURAL_SCALES)), st.sampled_from(["num2words", "inflect", "digits"]))
def test_plural_scales_round_trip(n, scale, spell):
    singular = _INFLECT.singular_noun(scale)
    assert _INFLECT.plural(singular) == scale  # the data's plurals are inflect's
    number = str(n) if spell == "digits" else _SPELL[spell](n)
    phrase = f"{number} {scale}"
    c = _only(f"They sent {phrase} troops.", phrase)
    assert c.value == n * PLURAL_SCALES[scale]


@given(st.sampled_from(sorted(FRACTIONS)), st.sampled_from(["", "of a ", "a "]), st.sampled_from(sorted(_SCALES)))
def test_fractions_of_a_scale(fraction, between, scale):
    phrase = f"{fraction} {between}{scale}"
    text = f"They sent {phrase} doses."
    c = _only(text, phrase)
    assert _close(c.value, FRACTIONS[fraction] * _SCALES[scale])


@given(st.integers(0, 99), st.sampled_from(sorted(VULGAR)), st.sampled_from(["", " million", " thousand"]))
def test_vulgar_fractions(whole, char, scale):
    phrase = f"{whole or ''}{char}{scale}"
    c = _only(f"They sent {phrase} doses.", phrase)
    assert _close(c.value, (whole + VULGAR[char]) * _SCALES.get(scale.strip(), 1))


@given(st.integers(1, 99), st.sampled_from(sorted(_SCALES)), st.sampled_from(sorted(_SPELL)))
def test_and_a_half_round_trip(n, scale, spell):
    phrase = f"{_SPELL[spell](n)} and a half {scale}"
    c = _only(f"They sent {phrase} doses.", phrase)
    assert c.value == (n + 0.5) * _SCALES[scale]


@given(st.integers(1, 999), st.sampled_from(["", " thousand", " million"]))
def test_digits_before_hundred(n, scale):
    phrase = f"{n} hundred{scale}"
    c = _only(f"They sent {phrase} troops.", phrase)
    assert c.value == n * 100 * _SCALES.get(scale.strip(), 1)


_RANGE_FORMS = ["between {lo} and {hi} {scale}", "from {lo} to {hi} {scale}", "{lo} to {hi} {scale}",
                "{lo}-to-{hi} {scale}"]


@given(st.integers(1, 98), st.integers(1, 99), st.sampled_from(sorted(_SCALES)), st.sampled_from(_RANGE_FORMS),
       st.sampled_from(["num2words", "inflect", "digits"]))
def test_ranges_share_the_scale(lo, hi, scale, form, spell):
    assume(lo < hi)
    write = str if spell == "digits" else _SPELL[spell]
    phrase = form.format(lo=write(lo), hi=write(hi), scale=scale)
    c = _only(f"They sent {phrase} troops.", phrase)
    assert (c.value, c.low, c.high, c.qualifier) == (None, lo * _SCALES[scale], hi * _SCALES[scale], "approximate")


@given(st.integers(2, 10_000), st.sampled_from(DATA["collectives"]), st.sampled_from(sorted(_SPELL) + ["digits"]))
def test_collective_with_a_number_is_that_number(n, noun, spell):
    number = f"{n:,}" if spell == "digits" else _SPELL[spell](n)
    phrase = f"a {noun} of {number}"
    c = _only(f"They sent {phrase} animals.", phrase)
    assert (c.value, c.qualifier) == (n, "exact")


_VAGUE = [f"{v} more" for v in VAGUE_MORE] + ["a number of", *(f"a {a} number of" for a in DATA["a_number_of"])] \
    + [f"a {noun} of" for noun in DATA["collectives"]]


@given(st.sampled_from(_VAGUE), st.sampled_from(["", *sorted(QUALIFIERS)]))
def test_vague_forms_are_never_values(phrase, qual):
    text = f"They sent {qual} {phrase} animals."
    counts = find_counts(text)
    assert len(counts) == 1, (text, counts)
    c = counts[0]
    assert c.value is None and c.low is not None and c.low >= 2 and c.qualifier != "exact", (text, c)
    assert c.text.endswith(phrase) and text[c.start : c.end] == c.text
    if not qual:
        assert c.qualifier == "approximate"


@given(st.integers(1, 99), st.sampled_from(DATA["fraction_nouns"]), st.sampled_from(sorted(_SPELL)))
def test_a_number_before_a_fraction_noun_is_no_count(n, noun, spell):
    text = f"They sent {_SPELL[spell](n)} {noun} of the troops."
    assert find_counts(text) == []


_PHRASEY = ["half", "a", "an", "million", "thousand", "hundred", "point", "five", "two", "1", "5", "quarters",
            "three", "of", "and", "-to-", "herd", "flock", "more", "hundreds", "thousands", "number", "large",
            "½", "¾", "dozens", "the", "over", "about", "handed", "between", "third", "1,000", "tonnes", "dollars"]


@settings(max_examples=400)
@given(phrase_text(_PHRASEY, [" ", " ", "-", ", ", "", "\n"], 14))
def test_spans_are_exact_and_in_order(text):
    counts = find_counts(text)
    assert all(a.end <= b.start for a, b in zip(counts, counts[1:]))
    for c in counts:
        assert text[c.start : c.end] == c.text
        assert c.value is not None or c.low is not None


def test_comparison_rows_are_all_right_for_giftextract():
    # benchmarks/compare_quantities.py's phrases, counts and amounts: giftextract's side
    # only (quantulum3's is the benchmark's business, and slow)
    import importlib.util
    import pathlib

    path = pathlib.Path(__file__).resolve().parent.parent / "benchmarks" / "compare_quantities.py"
    spec = importlib.util.spec_from_file_location("compare_quantities", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    wrong = []
    for phrase, sentence, expected in bench.PHRASES:
        sent, lo, hi = bench.sentence_of(phrase, sentence)
        if not bench.right(expected, bench.giftextract_counts(sent, lo, hi)):
            wrong.append(sent)
    for phrase, sentence, expected in bench.AMOUNT_PHRASES:
        sent, lo, hi = bench.sentence_of(phrase, sentence or bench.AMOUNT_TEMPLATE.format(phrase))
        if not bench.amount_right(expected, bench.giftextract_amounts(sent, lo, hi)):
            wrong.append(sent)
    assert wrong == []


@settings(max_examples=500)
@given(phrase_text(_PHRASEY + ["seventy-five", "quarter", "halves", "fifths", "oh", "pack", "pride", "scores",
                               "İ", "ſ", "\u212a", "HALF", "Point"], [" ", " ", "-", ", ", "", "\n", "\u00a0"], 12))
def test_the_pre_check_misses_no_phrase(text):
    # phrases.py runs its grammar only where its two-stage pre-check says it may match:
    # wherever the grammar matches, the pre-check must say so
    from giftextract.quantity import phrases
    from giftextract.text.fold import fold_case

    if any(True for _ in phrases._pattern().finditer(text)):
        assert phrases._may_hold_a_phrase(fold_case(text)), text


@settings(max_examples=400)
@given(phrase_text(_PHRASEY + ["seventy-five", "halves", "pack"], [" ", " ", "-", ", ", "", "\n"], 12),
       st.sampled_from(["", "The zoo said that ", "x " * 150]), st.sampled_from(["", " and so on.", " y" * 150]))
def test_windows_read_what_the_whole_text_reads(text, before, after):
    # find_phrases runs the grammar only around the pre-check's matches
    from giftextract.quantity import phrases

    text = before + text + after
    whole = [m.span() for m in phrases._pattern().finditer(text, 0, len(text))]
    assert [m.span() for m in phrases.matches(text, 0, len(text))] == whole, text
