"""The entity spotters' patterns compile at their first use, not at import, and then behave
exactly as the compiled pattern (lexicon/deferred.py says why)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from giftextract.lexicon.deferred import DeferredPattern


def test_a_deferred_pattern_matches_as_the_compiled_one_does():
    source, text = r"(?P<name>[A-Z]\w+)\s+(?:Zoo|Park)", "gifts for the Ragunan Zoo and Kuno Park"
    deferred, compiled = DeferredPattern(source), re.compile(source)
    assert deferred.search(text).group("name") == compiled.search(text).group("name") == "Ragunan"
    assert [m.span() for m in deferred.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert deferred.match(text, 14).group() == "Ragunan Zoo"
    assert deferred.match(text) is None
    assert deferred.fullmatch("Kuno Park").group("name") == "Kuno"
    assert deferred.pattern == source and deferred.groupindex == {"name": 1}


def test_flags_are_kept():
    assert DeferredPattern(r"a b  # a comment", re.VERBOSE).fullmatch("ab") is not None
    assert DeferredPattern(r"zoo", re.IGNORECASE).search("the ZOO") is not None


def test_nothing_is_compiled_before_the_first_use_and_once_after():
    deferred = DeferredPattern(r"\d+")
    assert repr(deferred).endswith("deferred)")
    assert "_compiled" not in deferred.__dict__
    first = deferred.compiled()
    assert deferred.compiled() is first
    # the hot loops read the compiled pattern's own bound method, no __getattr__ in between
    assert deferred.__dict__["match"] == first.match
    assert repr(deferred).endswith("compiled)")


def test_a_bad_source_fails_at_its_first_use_with_re_error():
    bad = DeferredPattern(r"(unclosed")
    with pytest.raises(re.error):
        bad.match("unclosed")


def test_dunder_lookups_do_not_compile():
    deferred = DeferredPattern(r"x")
    with pytest.raises(AttributeError):
        deferred.__length_hint__  # noqa: B018 - an attribute no pattern has
    assert "_compiled" not in deferred.__dict__


def test_importing_the_spotters_compiles_none_of_them():
    # a fresh process: a test run before this one may have used the spotters
    code = ("import giftextract.lexicon.entities as E\n"
            "print(sum('_compiled' in p.__dict__ for k, p in E._PATTERNS if hasattr(p, '_source')),"
            " sum(hasattr(p, '_source') for k, p in E._PATTERNS))\n"
            "E.find_entities('Kazakh President Kassym-Jomart Tokayev gave a horse to the Emir of Qatar.')\n"
            "print(sum('_compiled' in p.__dict__ for k, p in E._PATTERNS if hasattr(p, '_source')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    compiled_at_import, deferred, compiled_after = map(int, out)
    assert deferred >= 10 and compiled_at_import == 0  # (and five plain word lists are sets: lexicon/listed.py)
    assert compiled_after > 0  # the first sentence compiled the spotters it tried


def test_a_spotter_no_anchor_calls_for_stays_uncompiled():
    # (reading a deferred pattern's ``match`` compiles it: a kind with no anchor in the text
    # must not even look it up)
    code = ("import giftextract.lexicon.entities as E\n"
            "E.find_entities('koalas arrived on a tuesday, officials said.')\n"
            "print(sum('_compiled' in p.__dict__ for k, p in E._PATTERNS if hasattr(p, '_source')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert int(out) == 0
