"""fold_case: a case-sensitive match on the folded text is a re.IGNORECASE match on the text.

Checked over every Unicode code point, for every letter the case-insensitive lexicon
patterns are written with (species, breeds, objects, triggers, and [a-z]).
"""

from __future__ import annotations

import pathlib
import re
import sys

import pytest
from hypothesis import given, strategies as st

from giftextract.lexicon import species, triggers
from giftextract.text import fold
from giftextract.text.fold import fold_case

ROOT = pathlib.Path(__file__).resolve().parent.parent

EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))
FOLDED = fold_case(EVERY_CHARACTER)
PATTERN_LETTERS = sorted({c for surface in [*species._SURFACES, *triggers._KINDS_OF] for c in surface if c.isalpha()}
                         | set("abcdefghijklmnopqrstuvwxyz"))


def test_one_character_for_one():
    assert len(FOLDED) == len(EVERY_CHARACTER)
    assert all(len(fold_case(c)) == 1 for c in "İIıiſsΣσςẞß")


@pytest.mark.parametrize("letter", PATTERN_LETTERS)
def test_a_letter_matches_case_insensitively_exactly_where_its_fold_is(letter):
    assert fold_case(letter) == letter  # the patterns are written in folded letters
    insensitive = {m.start() for m in re.finditer(re.escape(letter), EVERY_CHARACTER, re.IGNORECASE)}
    folded = {m.start() for m in re.finditer(re.escape(letter), FOLDED)}
    assert insensitive == folded


@pytest.mark.parametrize("cls", [r"\w", r"\s", r"[a-z]", r"[\w-]"])
def test_classes_are_kept(cls):
    insensitive = {m.start() for m in re.finditer(cls, EVERY_CHARACTER, re.IGNORECASE)}
    assert insensitive == {m.start() for m in re.finditer(cls, FOLDED)}


def test_the_table_is_used_whenever_it_changes_something():
    for c in EVERY_CHARACTER:
        if c.translate(fold._BEFORE_LOWER).lower().translate(fold._AFTER_LOWER) != c.lower():
            assert fold._NEEDS_TABLE.match(c), hex(ord(c))


def test_the_needs_table_list_is_exactly_the_characters_the_tables_change():
    changed = {c for c in EVERY_CHARACTER
               if c.translate(fold._BEFORE_LOWER).lower().translate(fold._AFTER_LOWER) != c.lower()}
    assert changed == {c for c in EVERY_CHARACTER if fold._NEEDS_TABLE.match(c)}


def test_folding_a_text():
    assert fold_case("Two HORſES and a Lİon") == "two horses and a lion"
    assert fold_case("ΣΟΦΙΑ") == fold_case("σοφια") == fold_case("ςοφια")
    assert fold_case("plain ASCII, 40 Ducks") == "plain ascii, 40 ducks"


# --- the lexicon patterns that run over folded text find what re.IGNORECASE found ---------

SPECIES_IGNORECASE = re.compile(species._SPECIES_RE.pattern, re.IGNORECASE | re.VERBOSE)
TRIGGERS_IGNORECASE = re.compile(triggers._TRIGGER_RE.pattern, re.IGNORECASE)
_WORDS = ["lion", "Lions", "AFRICAN", "mandarin ducks", "Pungsan", "hunting", "dogs", "breed", "gifted",
          "GIFTS", "hand over", "troops", "sent", "horſes", "lıon", "Lİon", "KOALA", "Akhal-Teke", "gift-wrapped",
          "ΣΟΦΙΑ", "ß", "panda", "pandas", "cat", "Turkey", "turkeys", "x"]


def _folded_spans(pattern: re.Pattern, text: str, start: int, end: int) -> list[tuple[int, int, tuple]]:
    lo = max(0, start - 1)
    folded = fold_case(text[lo:end])
    return [(m.start() + lo, m.end() + lo, tuple(None if g is None else text[s + lo:e + lo]
                                                   for g, (s, e) in zip(m.groups(), m.regs[1:])))
            for m in pattern.finditer(folded, start - lo)]


@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", "  ", "\n", "-", ", ", "", "s "])),
                max_size=25), st.integers(0, 5), st.integers(0, 5))
def test_species_and_trigger_spans_are_those_of_re_ignorecase(parts, cut_start, cut_end):
    text = "".join(word + sep for word, sep in parts)
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    for pattern, reference in ((species._SPECIES_RE, SPECIES_IGNORECASE), (triggers._TRIGGER_RE, TRIGGERS_IGNORECASE)):
        expected = [(s, e, tuple(None if g is None else text[gs:ge] for g, (gs, ge) in zip(groups, regs)))
                    for s, e, groups, regs in ((m.start(), m.end(), m.groups(), m.regs[1:])
                                               for m in reference.finditer(text, start, end))]
        assert _folded_spans(pattern, text, start, end) == expected


def test_find_species_reads_letters_the_way_the_engine_matches_them():
    # these crashed with a KeyError when the dict key was str.lower() of the match
    for text, species_name in [("two horſes", "horse"), ("a lıon", "lion"), ("a Lİon", "lion"), ("TWO LIONS", "lion")]:
        found = species.find_species(text)
        assert [(text[m.start:m.end], m.text, m.species) for m in found] == [(found[0].text, found[0].text, species_name)]
    assert [t.lemma for t in triggers.find_triggers("Putin gıfted them")] == ["gift"]


_TRIGGER_PIECES = ["sent", "gave", "troops", "hand over", "gifted", "strong force", "1,300", "5", "members", "police",
                   "said", "forgave", "x", "_", "é", "Δ", "aid", "head", "land", "donated", "-"]


@given(st.lists(st.tuples(st.sampled_from(_TRIGGER_PIECES), st.sampled_from([" ", "-", "", "_", "\n", ". ", "'", "9-"])),
                max_size=25), st.integers(0, 5))
def test_the_trigger_scan_without_strong_reads_like_the_full_pattern(parts, cut_start):
    # find_triggers runs _TRIGGER_PLAIN_RE over a folded text with no "-strong": it must find
    # exactly what _TRIGGER_RE finds there
    folded = fold_case("".join(word + sep for word, sep in parts))
    if "-strong" in folded:
        return
    start = min(cut_start, len(folded))
    assert ([m.span() for m in triggers._TRIGGER_PLAIN_RE.finditer(folded, start)]
            == [m.span() for m in triggers._TRIGGER_RE.finditer(folded, start)])


def test_the_trigger_scan_without_strong_reads_the_corpora_like_the_full_pattern():
    for path in sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("devset/**/*.txt")):
        folded = fold_case(path.read_text("utf-8"))
        if "-strong" not in folded:
            assert ([m.span() for m in triggers._TRIGGER_PLAIN_RE.finditer(folded)]
                    == [m.span() for m in triggers._TRIGGER_RE.finditer(folded)]), path
