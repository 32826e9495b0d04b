"""The stored programs of ``re`` patterns (text/compiled.py): a pattern read from the cache
file is the pattern ``re.compile`` builds, and a bad, foreign or unwritable cache file is
never an error. (No timings here: the start-up is measured in benchmarks/.)"""

from __future__ import annotations

import json
import os
import pathlib
import re
import subprocess
import sys
import warnings

import pytest

from giftextract.text import compiled as C

ROOT = pathlib.Path(__file__).resolve().parents[1]
SOURCES = [r"\b(?:gave|donated)\s+(?P<what>\w+)", r"(?<![\w-])zoo(?![\w-])", r"a b  # a comment",
           r"(?P<x>a)|(?P<y>b)(?P=y)", r"(?i:Putin)\s+gifted"]
FLAGS = [0, re.IGNORECASE, re.VERBOSE | re.IGNORECASE, 0, 0]


def _new_process(monkeypatch):
    """This module's state as a fresh process has it (the environment kept)."""
    for name, value in (("_memo", {}), ("_texts", {}), ("_stored", None), ("_used", set()), ("_new", {})):
        monkeypatch.setattr(C, name, value)
    # ("registered": the test calls _write itself, nothing is left for the interpreter's exit)
    monkeypatch.setattr(C, "_state", {"path": None, "key": None, "on": None, "registered": True, "written": False})


@pytest.fixture
def cache(monkeypatch, tmp_path):
    monkeypatch.setenv(C.ENV, str(tmp_path / "cache"))
    _new_process(monkeypatch)
    if not C._setup():
        pytest.skip("no stored programs on this interpreter (CPython 3.11-3.13 only)")
    return tmp_path / "cache"


def _compile_all():
    return [C.compile(s, f) for s, f in zip(SOURCES, FLAGS)]


def _same(p: re.Pattern, q: re.Pattern) -> bool:
    text = "Russia GAVE two ZOO lions; Japan donated cranes. ab abb Putin gifted"
    return (p == q and (p.pattern, p.flags, p.groups, dict(p.groupindex)) == (q.pattern, q.flags, q.groups, dict(q.groupindex))
            and [(m.span(), m.groups()) for m in p.finditer(text)] == [(m.span(), m.groups()) for m in q.finditer(text)])


def _files(folder: pathlib.Path) -> list[str]:
    return sorted(os.listdir(folder)) if folder.exists() else []


def test_a_second_process_reads_the_programs_and_builds_the_same_patterns(cache, monkeypatch):
    first = _compile_all()
    assert len(C._new) == len(SOURCES) and not C._used
    C._write()
    assert len(_files(cache)) == 1
    _new_process(monkeypatch)
    second = _compile_all()
    assert not C._new and len(C._used) == len(SOURCES)  # every one read from the file
    for p, q, source, flags in zip(first, second, SOURCES, FLAGS):
        assert _same(q, re.compile(source, flags)) and _same(p, q)
    assert C.compile(SOURCES[0]) is second[0]  # once per process


def test_nothing_new_compiled_leaves_the_file_alone(cache, monkeypatch):
    _compile_all()
    C._write()
    [name] = _files(cache)
    before = os.stat(cache / name)
    _new_process(monkeypatch)
    _compile_all()
    C._write()
    after = os.stat(cache / name)
    assert _files(cache) == [name] and (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_a_process_adds_its_new_patterns_to_what_the_file_holds(cache, monkeypatch):
    C.compile(SOURCES[0])
    C._write()
    _new_process(monkeypatch)
    C.compile(SOURCES[1], FLAGS[1])  # another process, another pattern
    C._write()
    _new_process(monkeypatch)
    _compile_all()
    assert C._used == {(SOURCES[0], FLAGS[0]), (SOURCES[1], FLAGS[1])} and len(C._new) == len(SOURCES) - 2


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "empty", "a folder"])
def test_a_damaged_file_is_ignored_and_written_anew(cache, monkeypatch, damage):
    _compile_all()
    C._write()
    [name] = _files(cache)
    path = cache / name
    data = path.read_bytes()
    if damage == "a folder":
        path.unlink()
        path.mkdir()
    else:
        path.write_bytes({"garbage": os.urandom(5000), "truncated": data[: len(data) // 2],
                          "flipped": data[:-20] + bytes([data[-20] ^ 1]) + data[-19:], "empty": b""}[damage])
    _new_process(monkeypatch)
    for p, source, flags in zip(_compile_all(), SOURCES, FLAGS):
        assert _same(p, re.compile(source, flags))
    assert len(C._new) == len(SOURCES)  # nothing read from the damaged file
    C._write()  # (a folder in the way: os.replace fails, and that is no error either)
    _new_process(monkeypatch)
    _compile_all()
    assert len(C._used) == (0 if damage == "a folder" else len(SOURCES))
    assert not [n for n in _files(cache) if n.endswith(".tmp")]


def test_entries_that_are_not_programs_are_compiled_again(cache, monkeypatch):
    C.compile(SOURCES[0])
    C._write()
    _new_process(monkeypatch)
    C._stored = {(SOURCES[0], 0): (0, b"\x01\x02", 0, {}, ()), (SOURCES[1], 0): "not an entry"}
    assert _same(C.compile(SOURCES[0]), re.compile(SOURCES[0])) and _same(C.compile(SOURCES[1]), re.compile(SOURCES[1]))
    assert not C._used and len(C._new) == 2


def test_a_file_of_another_interpreter_or_version_is_not_read(cache, monkeypatch):
    real_interpreter, real_version = C._interpreter, C.__version__
    monkeypatch.setattr(C, "_interpreter", lambda: ("cpython", "cpython-399", "3.99.0", 0))
    _new_process(monkeypatch)
    _compile_all()
    C._write()
    [foreign] = _files(cache)
    monkeypatch.setattr(C, "_interpreter", real_interpreter)
    _new_process(monkeypatch)
    _compile_all()
    assert not C._used and len(C._new) == len(SOURCES)
    # the same interpreter's name on the other's file (a copy, a rename): its key is read and refused
    os.replace(cache / foreign, C._state["path"])
    _new_process(monkeypatch)
    _compile_all()
    assert not C._used and len(C._new) == len(SOURCES)
    # a file written by another version of the package: a file of its own, and refused under our name
    ours = C._state["path"]
    os.unlink(ours)
    monkeypatch.setattr(C, "__version__", "0.0.0-another")
    _new_process(monkeypatch)
    _compile_all()
    C._write()
    assert C._state["path"] != ours
    os.replace(C._state["path"], ours)
    monkeypatch.setattr(C, "__version__", real_version)
    _new_process(monkeypatch)
    _compile_all()
    assert not C._used and len(C._new) == len(SOURCES)


def test_an_unwritable_folder_means_no_cache_and_no_error(monkeypatch, tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setenv(C.ENV, str(blocker / "cache"))  # (a folder under a file: even root cannot make it)
    _new_process(monkeypatch)
    for p, source, flags in zip(_compile_all(), SOURCES, FLAGS):
        assert _same(p, re.compile(source, flags))
    C._write()
    assert blocker.read_text() == "" and sorted(os.listdir(tmp_path)) == ["a file"]


def test_an_empty_value_turns_it_off(monkeypatch, tmp_path):
    monkeypatch.setenv(C.ENV, "")
    _new_process(monkeypatch)
    assert C.cache_dir() is None
    assert C.compile(SOURCES[0]) is re.compile(SOURCES[0])  # re.compile's own (and its cache)
    assert not C._new and not C._memo


def test_the_default_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv(C.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert C.cache_dir() == str(tmp_path / "giftextract")
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert C.cache_dir() == os.path.join(os.path.expanduser("~"), ".cache", "giftextract")


def test_what_is_not_stored_goes_to_re_compile_as_it_is(cache):
    assert C.compile(rb"\d+") is re.compile(rb"\d+")  # bytes
    with pytest.raises(ValueError):
        C.compile(r"\d+", re.LOCALE)  # (a flag not stored: re.compile decides, here it refuses)
    assert C.compile(r"a--b", 0) is re.compile(r"a--b")  # (a source the parser could warn about)
    assert C.compile(r"theme", store=False) is re.compile(r"theme")  # made from the text read
    with warnings.catch_warnings():
        warnings.simplefilter("error", FutureWarning)  # text/patterns.py falls back to regex on it
        with pytest.raises(FutureWarning):
            C.compile(r"[[a-z]]")
    with pytest.raises(re.error):
        C.compile(r"(unclosed")
    assert not C._new


@pytest.mark.skipif(not ((3, 11) <= sys.version_info[:2] <= (3, 13)), reason="stored programs: CPython 3.11-3.13")
def test_every_pattern_the_package_compiles_is_the_one_re_compile_builds(tmp_path):
    """A process compiles every pattern of the package (its seeds read, every entity spotter
    and construction row forced) and writes them; a second process reads them all from the
    file and compares each with ``re.compile``: equal (flags, source and program), the same
    groups, and the same matches on the seed articles. The same for the stored tries
    (``lexicon/trie.py``): each is the trie built again."""
    script = r"""
import gc, glob, json, re, sys
import giftextract
from giftextract.constructions.table import load_tables
from giftextract.lexicon.deferred import DeferredPattern
from giftextract.text import compiled as C
from giftextract.text.fold import fold_case
texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(sys.argv[1] + "/seeds/*.txt"))]
for text in texts:
    giftextract.extract(text)
for obj in gc.get_objects():
    if isinstance(obj, DeferredPattern):
        obj.compiled()
rows = [row.regex for table in load_tables().values() for row in table.rows]
samples = texts + [fold_case(t) for t in texts]
bad = []
for (source, flags), p in list(C._memo.items()):
    q = re.compile(source, flags)
    same = (p == q and (p.pattern, p.flags, p.groups, dict(p.groupindex), p.groupindex.keys() == q.groupindex.keys())
            == (q.pattern, q.flags, q.groups, dict(q.groupindex), True))
    for text in samples if same else ():
        if [(m.span(), m.groups()) for m in p.finditer(text)] != [(m.span(), m.groups()) for m in q.finditer(text)]:
            same = False
            break
    if not same:
        bad.append(source[:80])
from giftextract.lexicon import trie
bad += [key[2][:3] for key, value in C._texts.items() if value != trie._trie_alternation(key[2])]
read = [key for key in C._used if len(key) == 2]  # (a stored text's key is ("text", kind, key))
print(json.dumps({"patterns": len(C._memo), "read": len(read), "new": len(C._new), "bad": bad, "rows": len(rows),
                  "texts": len(C._texts), "texts_read": len(C._used) - len(read)}))
"""
    env = {**os.environ, C.ENV: str(tmp_path), "PYTHONPATH": str(ROOT / "src")}
    runs = [json.loads(subprocess.run([sys.executable, "-c", script, str(ROOT)], env=env, capture_output=True,
                                      text=True, check=True).stdout) for _ in range(2)]
    cold, warm = runs
    assert cold["bad"] == [] and warm["bad"] == []
    assert cold["patterns"] > 300 and cold["read"] == 0 and cold["new"] >= cold["patterns"] - 5
    assert warm["patterns"] == cold["patterns"] and warm["new"] == 0 and warm["read"] == warm["patterns"]
    assert cold["texts"] > 50 and cold["texts_read"] == 0 and warm["texts_read"] == warm["texts"] == cold["texts"]


def test_the_package_compiles_the_same_sources_whatever_the_hash_seed(tmp_path):
    # a pattern joined from a set in its iteration order would be a new key in every process
    # (the file would grow at each run): sorted word lists, ties broken by the word
    script = r"""
import glob, hashlib, sys
import giftextract
from giftextract.text import compiled as C
for p in sorted(glob.glob(sys.argv[1] + "/seeds/*.txt")):
    giftextract.extract(open(p, encoding="utf-8").read())
print(hashlib.md5(repr(sorted(C._memo)).encode()).hexdigest(), len(C._memo))
"""
    outs = {subprocess.run([sys.executable, "-c", script, str(ROOT)], capture_output=True, text=True, check=True,
                           env={**os.environ, C.ENV: str(tmp_path / seed), "PYTHONHASHSEED": seed,
                                "PYTHONPATH": str(ROOT / "src")}).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1


def test_a_stored_text_is_read_back_by_its_kind_and_key(cache, monkeypatch):
    assert C.stored_text("builder-1", ("a", "b"), lambda: "(?:a|b)") == "(?:a|b)"
    C._write()
    _new_process(monkeypatch)
    assert C.stored_text("builder-1", ("a", "b"), lambda: 1 / 0) == "(?:a|b)"  # read, not built
    assert C.stored_text("builder-2", ("a", "b"), lambda: "(?:b|a)") == "(?:b|a)"  # edited code: built again
    assert C.stored_text("builder-1", ("a", "c"), lambda: "(?:a|c)") == "(?:a|c)"
    assert len(C._new) == 2


def test_a_trie_read_back_is_the_trie_built_again(cache, monkeypatch):
    from giftextract.lexicon import trie
    words = ["lion", "lioness", "lions", "hand over", "a.b", "", "lion"]
    built = trie._trie_alternation(tuple(sorted(set(words) - {""})))
    assert trie.trie_alternation(words) == built
    C._write()
    _new_process(monkeypatch)
    assert trie.trie_alternation(reversed(words)) == built and len(C._used) == 1 and not C._new
    assert trie.trie_alternation([]) == "(?!)"
