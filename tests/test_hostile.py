"""Hostile inputs: catastrophic-backtracking and quadratic-blow-up candidates.

Each test must merely *finish*: it is guarded by ``signal.alarm(120)`` and makes no timing
assertion.  To see how each input compares with ordinary news text (seconds per byte,
relative), run this module directly::

    .venv/bin/python tests/test_hostile.py

or, for the issue's figures (every input rebuilt at ~1 MB against the seed corpus repeated to
the same size, best of 3, ``--strict`` fails above 3x news per byte)::

    .venv/bin/python benchmarks/hostile.py [--quick] [--strict] [--json FILE]

The tests themselves print nothing.
"""

from __future__ import annotations

import random
import signal
import string
import time
from typing import Callable

import pytest

from giftextract import Extraction, extract, iter_spans

MB = 1_000_000
ALARM_SECONDS = 120


class HostileTimeout(Exception):
    """Raised by SIGALRM when a hostile input runs past ``ALARM_SECONDS``."""


@pytest.fixture(autouse=True)
def _alarm():
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def _raise(signum, frame):
        raise HostileTimeout(f"extract() still running after {ALARM_SECONDS}s")

    old = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(ALARM_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _fill(unit: str, size: int = MB) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _capitalised_words(size: int = MB, seed: int = 0) -> str:
    rng = random.Random(seed)
    words: list[str] = []
    n = 0
    while n < size:
        w = rng.choice(string.ascii_uppercase) + "".join(
            rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 9)))
        words.append(w)
        n += len(w) + 1
    return " ".join(words)[:size]


# name -> builder.  Sizes keep the whole module to roughly half a minute; the quadratic
# ones ("Putin gifted", zoo chain) are capped well below 1 MB (see report_ratios()).
HOSTILE: dict[str, Callable[[], str]] = {
    "more_than_1MB": lambda: _fill("more than "),
    "ones_commas_1MB": lambda: _fill("1,"),
    "a_a_a_250KB": lambda: _fill("a ", 250_000),
    "two_dozen_dozen_250KB": lambda: "two " + _fill("dozen ", 250_000),
    "one_word_1MB": lambda: "x" * MB,
    "one_word_letters_1MB": lambda: _fill("Pandakoalatiger"),
    "lions_commas_100k": lambda: "lions, " * 100_000,
    "zoo_chain_8k": lambda: "from the Moscow Zoo to the " * 8_000,
    "putin_gifted_8k": lambda: "Putin gifted " * 8_000,
    "capitalised_words_1MB": _capitalised_words,
}


def _check(text: str) -> Extraction:
    ex = extract(text)
    assert isinstance(ex, Extraction)
    for sp in all_spans(ex):
        assert text[sp.start : sp.end] == sp.text
    return ex


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_finishes(name: str) -> None:
    _check(HOSTILE[name]())


def test_hostile_prefix_then_real_gift_still_finishes() -> None:
    text = "more than " * 20_000 + "\n\nPutin gifted 40 mandarin ducks to North Korea."
    ex = _check(text)
    assert ex.gift_transfers  # the real sentence at the end is still read


def test_a_run_of_two_digit_comma_groups_finishes() -> None:
    # Indian English digit groups ("3,00,000") are tried from a run's start only, never again
    # inside it (quantity/numbers.py): tried at every group, 1 MB of ",11" took minutes
    from giftextract.quantity.counts import find_counts

    text = "1" + _fill(",11") + " troops"
    assert all(text[c.start:c.end] == c.text for c in find_counts(text))


def test_many_short_list_sentences_finish() -> None:
    _check("Zoo keepers counted lions, tigers, bears, wolves, foxes and two koalas. " * 5_000)


# --------------------------------------------------------------------------- HTML-ish


CLEAN = "Chinese President Xi Jinping's government gifted two giant pandas to Malaysia on Monday."
WRAPPED = ("<p>Chinese&nbsp;President Xi Jinping&#8217;s government gifted two&nbsp;giant pandas "
           "to <b>Malaysia</b> on&nbsp;Monday.</p>")


all_spans = iter_spans  # the walk lives in giftextract.models


def _summary(ex: Extraction) -> list[tuple]:
    return [(g.giver.country if g.giver else None, g.recipient.country if g.recipient else None,
             tuple((i.species, i.count.value if i.count else None) for i in g.items))
            for g in ex.gift_transfers]


def test_html_wrapped_sentence_gives_same_records() -> None:
    clean, wrapped = extract(CLEAN), extract(WRAPPED)
    assert clean.gift_transfers, "the clean control sentence must produce a gift"
    assert _summary(wrapped) == _summary(clean)
    # spans index the caller's (marked-up) string, not the normalised one
    for sp in all_spans(wrapped):
        assert 0 <= sp.start <= sp.end <= len(WRAPPED)
        assert WRAPPED[sp.start : sp.end] == sp.text
    item = wrapped.gift_transfers[0].items[0]
    assert "pandas" in item.span.text and item.count is not None and item.count.span.text == "two"


# --------------------------------------------------------------------------- ratios (not asserted)

NEWS = " ".join([
    "Russian President Vladimir Putin gifted 40 mandarin ducks to North Korea on Tuesday.",
    "China has donated two giant pandas to Malaysia, officials said.",
    "Heavy rain is expected across the region on Thursday afternoon.",
    "The home side won the cup final three goals to one after extra time.",
    "Japan sent a pair of Akhal-Teke horses to Australia, according to state media.",
])


def _seconds_per_byte(text: str) -> float:
    t0 = time.perf_counter()
    extract(text)
    return (time.perf_counter() - t0) / max(1, len(text.encode("utf-8")))


def report_ratios(news_bytes: int = 200_000) -> dict[str, float]:
    """Print and return each hostile input's seconds-per-byte relative to ordinary news text."""
    base = _seconds_per_byte((NEWS + " ") * (news_bytes // (len(NEWS) + 1) + 1))
    ratios = {}
    print(f"{'input':28} {'bytes':>9} {'us/byte':>9} {'x news':>7}")
    print(f"{'news (baseline)':28} {news_bytes:>9} {base * 1e6:9.2f} {1.0:7.2f}")
    for name, build in HOSTILE.items():
        text = build()
        spb = _seconds_per_byte(text)
        ratios[name] = spb / base
        print(f"{name:28} {len(text):>9} {spb * 1e6:9.2f} {ratios[name]:7.2f}", flush=True)
    return ratios


if __name__ == "__main__":
    report_ratios()
