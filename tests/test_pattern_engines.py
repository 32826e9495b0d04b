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


def test_a_row_said_to_need_regex_is_one_re_rejects_and_compiles_as_before():
    # (constructions/pattern.py needs_regex spares a fresh process re's parse up to its error:
    # it must never send to ``regex`` a row ``re`` would have read)
    from giftextract.constructions.pattern import needs_regex
    from giftextract.constructions.table import load_tables
    rows = [row for table in load_tables().values() for row in table.rows]
    flagged = [row for row in rows if needs_regex(row.source)]
    assert 0 < len(flagged) < len(rows)
    for row in flagged:
        with pytest.raises(re.error):
            re.compile(row.source)
    for row in rows:
        assert type(row.regex) is type(compile_pattern(row.source)), row.name


_READ = r"""
import json, sys, types, importlib, regex
if sys.argv[1] == "regex":
    pkg = types.ModuleType("giftextract"); pkg.__path__ = [sys.argv[2]]; sys.modules["giftextract"] = pkg
    import giftextract.text.patterns as P
    P.compile_pattern = lambda source, flags=0: regex.compile(source, flags)
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
