"""Patterns that most articles never use are compiled at their first use, not at import:
each is tens of milliseconds of a fresh ``giftextract extract`` (benchmarks/ has the figures)."""

from __future__ import annotations

import subprocess
import sys


def _fresh(code: str) -> str:
    # a fresh process: a test run before this one may have used the patterns
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_importing_giftextract_does_not_compile_the_list_after_an_anaphor():
    code = ("import giftextract\n"
            "from giftextract.frames import gifts\n"
            "print(gifts._list_after.cache_info().currsize)")
    assert _fresh(code) == "0"
