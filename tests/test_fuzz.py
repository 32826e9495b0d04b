"""The mutation fuzzer (``benchmarks/fuzz.py``) in CI's quick mode, and the bugs it found.

CI runs ``benchmarks/fuzz.py --iterations 200 --seed 1`` (about a second or two); longer
runs are on demand (``--iterations N`` / ``--seconds S``).  Each bug the fuzzer found is
pinned below with its minimal input: as a strict xfail while it is open (fixing it flips the
test to XPASS and fails the run until the marker is removed), as a plain regression test once
it is fixed.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from giftextract import Extraction, Span, extract

ROOT = Path(__file__).resolve().parents[1]
FUZZ = ROOT / "benchmarks" / "fuzz.py"

def _run(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(FUZZ), *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


def _field(out: str, name: str) -> int:
    m = re.search(rf"^{name}: (\d+)$", out, re.M)
    assert m, f"no '{name}:' line in fuzz output:\n{out}"
    return int(m.group(1))


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory) -> subprocess.CompletedProcess:
    out = tmp_path_factory.mktemp("fuzz-failures")
    return _run("--iterations", "200", "--seed", "1", "--shrink-seconds", "5", "--out", str(out))


def test_quick_fuzz_reports_200_iterations(quick_run) -> None:
    assert quick_run.returncode in (0, 1), quick_run.stderr  # 1 = failures found, anything else = crash
    assert _field(quick_run.stdout, "iterations") == 200
    failures = _field(quick_run.stdout, "failures")
    assert (failures == 0) == (quick_run.returncode == 0), quick_run.stdout


def test_quick_fuzz_finds_no_failures(quick_run) -> None:
    assert quick_run.returncode == 0, quick_run.stdout[-3000:]
    assert _field(quick_run.stdout, "failures") == 0


def test_fuzz_is_reproducible_per_seed(tmp_path) -> None:
    args = ("--iterations", "40", "--seed", "5", "--no-shrink", "--out", str(tmp_path))
    strip = lambda out: re.sub(r"^(elapsed|slowest input|saved).*$", "", out, flags=re.M)  # noqa: E731
    first, second = _run(*args), _run(*args)
    assert first.returncode == second.returncode
    assert strip(first.stdout) == strip(second.stdout)


# --------------------------------------------------------------------------- the checker itself


@pytest.fixture(scope="module")
def fuzz_module():
    spec = importlib.util.spec_from_file_location("giftextract_fuzz", FUZZ)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = mod  # dataclasses look their module up in sys.modules
    try:
        spec.loader.exec_module(mod)
        yield mod
    finally:
        sys.modules.pop(spec.name, None)


def test_check_passes_clean_input(fuzz_module) -> None:
    assert fuzz_module.check("China gifted two giant pandas to Japan.", fuzz_module._load_validator(), 10) is None


def test_check_catches_ungrounded_span(fuzz_module, monkeypatch) -> None:
    """A planted bug (span text not matching the string) is reported, not swallowed."""
    def bad_extract(text: str, **_kw) -> Extraction:
        ex = extract(text)
        ex.gift_transfers[0].evidence.append(Span(start=0, end=3, text="xyz"))
        return ex
    monkeypatch.setattr(fuzz_module, "extract", bad_extract)
    fail = fuzz_module.check("China gifted two giant pandas to Japan.", None, 10)
    assert fail is not None and fail.check == "spans"


def test_check_catches_exception_and_shrinks(fuzz_module, monkeypatch) -> None:
    """A planted crash is reported with its signature and shrunk to the triggering word."""
    def crashing_extract(text: str, **_kw) -> Extraction:
        if "Korea" in text:
            raise KeyError("planted")
        return extract(text)
    monkeypatch.setattr(fuzz_module, "extract", crashing_extract)
    text = "Officials said on Monday that China gifted two giant pandas to North Korea."
    fail = fuzz_module.check(text, None, 10)
    assert fail is not None and fail.check == "extract" and fail.error.startswith("KeyError")
    minimal = fuzz_module.shrink(text, lambda t: (f := fuzz_module.check(t, None, 10)) is not None
                                 and f.signature == fail.signature, budget_s=10)
    assert minimal == "Korea"


# --------------------------------------------------------------------------- bugs found (minimal inputs)

# Found by this fuzzer (seed 1, iteration 40): whitespace other than one plain space inside a
# multi-word lexicon name -- two spaces, tab + space, &nbsp; next to a space, markup between
# the words (normalised to a space), a separator such as \x1d -- was matched by the patterns'
# \s+ but looked up verbatim in the name tables: KeyError out of extract().  Fixed in f6fbe46
# ("Lexicon lookups key on single-spaced surfaces"); kept as a regression test.


@pytest.mark.parametrize("text", [
    "gift North  Korea",                                          # place, two spaces
    "gift Pyongyang  Central Zoo",                                # place (zoo in the lexicon)
    "gift Vladimir  Putin",                                       # person
    "gift the United  Nations",                                   # organisation
    "personnel North  Korean dictator",                           # demonym (_country_of)
    "gifted mandarin  ducks",                                     # species
    "gifted mandarin\nduck gifted",                               # species, newline
    "gift North\t Korea",                                         # tab + space
    "gift North&nbsp; Korea",                                     # entity next to a space
    "gift North\x1dKorea",                                        # non-space separator
    "China gifted two giant pandas to <b>North</b> Korea.",       # ordinary scraped HTML
    "Russia sent 10,000 troops to North  Korea.",                 # deployment
])
def test_whitespace_inside_lexicon_name_does_not_crash(text: str) -> None:
    ex = extract(text)
    assert isinstance(ex, Extraction)
    for sp in (s for g in ex.gift_transfers for s in g.evidence):
        assert text[sp.start:sp.end] == sp.text


def test_huge_numeral_is_not_a_count_and_round_trips() -> None:
    # Found by benchmarks/fuzz.py --seed 3: a 309-digit numeral became a count of inf, which
    # JSON wrote as null. Numbers above counts.MAX_COUNT are not counts at all.
    text = "China gifted " + "4" * 309 + " giant pandas to Japan."
    ex = extract(text)
    assert ex.gift_transfers and ex.gift_transfers[0].items[0].count is None
    assert Extraction.model_validate_json(ex.model_dump_json()) == ex
