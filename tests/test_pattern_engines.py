"""Rules compile with the stdlib engine where it can read them (text/patterns.py); the output
must not depend on which engine compiled a rule."""

from __future__ import annotations

import json
import pathlib
import re
import subprocess
import sys

import pytest
import regex

from giftextract.text.patterns import compile_pattern

ROOT = pathlib.Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("source,flags", [
    (r"\b(?:gave|donated)\s+(?P<what>\w+)", 0),
    (r"zoo", regex.IGNORECASE),
    (r"a b  # a comment", regex.VERBOSE | regex.IGNORECASE),
])
def test_a_pattern_both_engines_read_compiles_in_re_and_matches_the_same(source, flags):
    pattern = compile_pattern(source, flags)
    assert isinstance(pattern, re.Pattern)
    text = "Russia GAVE two ZOO lions; Japan donated cranes. ab"
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in regex.compile(source, flags).finditer(text)]


@pytest.mark.parametrize("source,flags", [
    (r"(?<!\bthe\s+|\ba\s+)zoo", 0),            # a lookbehind of varying width
    (r"\Gtroops", 0),                            # \G
    (r"\p{Lu}\w+", 0),                           # a Unicode property
    (r"(?P<w>a)|(?P<w>b)", 0),                   # a group named twice
    (r"zoo", regex.VERSION1),                    # a flag re has not
    (r"[[a-z]]", 0),                             # re warns it may one day read a nested set
])
def test_a_pattern_only_regex_reads_compiles_in_regex(source, flags):
    assert isinstance(compile_pattern(source, flags), regex.Pattern)


def test_a_flag_re_has_not_is_never_dropped():
    # regex.ASCII and re.ASCII are different bits: the mapping goes by name, not by value
    assert compile_pattern(r"\w+", regex.ASCII).match("é") is None
    assert compile_pattern(r"\w+").match("é") is not None


def test_every_packaged_row_compiles_in_re():
    # "!word" is a fixed-width lookbehind (the tag repeats its kind before its key) and a slot
    # named twice is renamed SLOT__2: no packaged row needs ``regex`` (three times slower to compile)
    from giftextract.constructions.pattern import needs_regex
    from giftextract.constructions.table import load_tables
    rows = [row for table in load_tables().values() for row in table.rows]
    assert rows and not [row.name for row in rows if needs_regex(row.source)]
    for row in rows:
        assert isinstance(row.regex, re.Pattern), row.name


def test_a_word_of_no_fixed_width_before_a_unit_still_compiles_in_regex():
    from giftextract.constructions.pattern import compile_source, needs_regex, pattern_source
    source = pattern_source("!*-hit|flood VERB ~1 THEME=items", ["give"], "any", {})
    assert needs_regex(source)
    with pytest.raises(re.error):
        re.compile(source)
    assert isinstance(compile_source(source), regex.Pattern)


@pytest.mark.parametrize("tags", ["V/,gift_verb,V/give I/,,I/tent W/,,W/and I/,,I/blanket ",
                                  "V/,gift_verb,V/give I/,,I/tent W/,,W/and W/,,W/more "])
def test_a_slot_named_twice_compiles_in_re_and_reads_as_regex_reads_it(tags):
    # ("donated 500 tents to Nepal, along with 2,000 blankets": a row names THEME twice)
    from giftextract.constructions.engine import _captures
    from giftextract.constructions.pattern import compile_source
    source = r"(?P<VERB>V/[^ ]* )(?P<THEME>I/[^ ]* )(?:W/[^ ]* )*?(?P<THEME>I/[^ ]* )?(?P<HOST>E/[^ ]* )?"
    compiled = compile_source(source)
    assert isinstance(compiled, re.Pattern)
    both = regex.compile(source).match(tags)
    assert _captures(compiled.match(tags), ("THEME", "HOST")) == [
        *(("THEME", span) for span in both.spans("THEME")), ("HOST", both.span("HOST"))]


_READ = r"""
import json, sys, types, importlib, regex
if sys.argv[1] == "regex":
    pkg = types.ModuleType("giftextract"); pkg.__path__ = [sys.argv[2]]; sys.modules["giftextract"] = pkg
    import giftextract.text.patterns as P
    P.compile_pattern = lambda source, flags=0, store=True: regex.compile(source, flags)
    del sys.modules["giftextract"]
import giftextract
from giftextract.frames import gifts
print(type(gifts._RELATIVE).__module__)
print(json.dumps([giftextract.extract(open(p, encoding="utf-8").read()).model_dump(mode="json") for p in sys.argv[3:]]))
"""


def test_every_article_reads_the_same_whichever_engine_compiled_the_rules():
    docs = sorted(str(p) for p in (ROOT / "devset").glob("*.txt"))
    seeds = ROOT.parent / "shared" / "seeds"
    docs += sorted(str(p) for p in seeds.glob("*.txt")) if seeds.is_dir() else []
    docs += sorted(str(p) for p in (ROOT / "devset" / "blind" / "b235").glob("*.txt"))
    assert docs
    package = str(ROOT / "src" / "giftextract")
    runs = [subprocess.run([sys.executable, "-c", _READ, engine, package, *docs], capture_output=True,
                           text=True, check=True).stdout.split("\n", 1) for engine in ("regex", "mixed")]
    assert [engine for engine, _ in runs] == ["_regex", "re"]  # the two runs did compile with different engines
    outputs = [json.loads(out) for _, out in runs]
    assert outputs[0] == outputs[1]
    assert any(ex["gift_transfers"] for ex in outputs[0])  # the corpora give records: the comparison compares something


@pytest.mark.parametrize("text,pos", [("It consisted of six vehicles.", 0), ("Aid came. It included tents.", 9),
                                      ("Aid came. It included tents.", 0), ("They were flown in. It included tents.", 0),
                                      ("the pandas, they included a cub", 12), ("the pandas", 3)])
def test_a_branch_anchored_where_the_search_starts_reads_in_re_as_in_regex(text, pos):
    # (frames/gifts.py ANAPHOR: "\G" is regex's; its branches before, at and after it)
    from giftextract.text.patterns import StartAnchored
    before, at_start, after = r"\bthey\s+were\b|\bthe\s+pandas\b", r"\W*(?:it|they)\s+included\b", r"\bthey\s+\w+"
    anchored = StartAnchored(before, at_start, after, regex.IGNORECASE)
    assert all(isinstance(p, re.Pattern) for p in (anchored._at_start, anchored._others))
    want = regex.compile(anchored.pattern, regex.IGNORECASE).search(text, pos)
    got = anchored.search(text, pos)
    assert (got and got.span()) == (want and want.span())
