#!/usr/bin/env python3
"""Time per byte of ``giftextract.extract`` on hostile inputs, relative to ordinary news text.

    python benchmarks/hostile.py                 # ~1 MB inputs, best of 3 (about a minute)
    python benchmarks/hostile.py --quick         # 100 kB inputs, best of 1 (a few seconds)
    python benchmarks/hostile.py --strict        # exit 1 if any input is over 3x news per byte
    python benchmarks/hostile.py --json out.json --size 2000000 --repeat 5
    python benchmarks/hostile.py --size 5000000 --repeat 1 --only run_on_sentence   # the issue's 5 MB case

The hostile inputs are those of ``tests/test_hostile.py`` (catastrophic-backtracking and
quadratic-blow-up candidates), rebuilt here at a common size so that time per byte is
comparable; any ``HOSTILE`` entry without a sized builder below is measured at the size its
test builds.  The baseline is the seed corpus (``seeds/*.txt`` joined by blank lines)
repeated to the same size.  Each figure is the best of ``--repeat`` wall-clock runs.

The issue's bar is "time per byte within 3x of ordinary news text"; every input whose ratio
exceeds ``--limit`` (default 3) is profiled with cProfile and its hottest functions printed
(``--profile`` profiles every input).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import pathlib
import platform
import pstats
import re
import subprocess
import sys
import time
from typing import Callable

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MB = 1_000_000

for p in (ROOT / "src", ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from giftextract import extract  # noqa: E402

# The test module's inputs and builders are the source of truth for which inputs are hostile.
from test_hostile import HOSTILE, WRAPPED, _capitalised_words, _fill  # noqa: E402

GIFT_TAIL = "\n\nPutin gifted 40 mandarin ducks to North Korea."
LIST_SENTENCE = "Zoo keepers counted lions, tigers, bears, wolves, foxes and two koalas. "

# name -> (HOSTILE key it stands for, or None for the extra tests of test_hostile.py; sized builder)
SIZED: dict[str, tuple[str | None, Callable[[int], str]]] = {
    "more_than": ("more_than_1MB", lambda n: _fill("more than ", n)),
    "ones_commas": ("ones_commas_1MB", lambda n: _fill("1,", n)),
    "a_a_a": ("a_a_a_250KB", lambda n: _fill("a ", n)),
    "two_dozen_dozen": ("two_dozen_dozen_250KB", lambda n: "two " + _fill("dozen ", n - 4)),
    "one_word": ("one_word_1MB", lambda n: "x" * n),
    "one_word_letters": ("one_word_letters_1MB", lambda n: _fill("Pandakoalatiger", n)),
    "lions_commas": ("lions_commas_100k", lambda n: _fill("lions, ", n)),
    "zoo_chain": ("zoo_chain_8k", lambda n: _fill("from the Moscow Zoo to the ", n)),
    "putin_gifted": ("putin_gifted_8k", lambda n: _fill("Putin gifted ", n)),
    "capitalised_words": ("capitalised_words_1MB", _capitalised_words),
    "hostile_prefix_then_gift": (None, lambda n: _fill("more than ", n - len(GIFT_TAIL)) + GIFT_TAIL),
    "many_short_list_sentences": (None, lambda n: _fill(LIST_SENTENCE, n)),
}
SIZED["run_on_sentence"] = (None, lambda n: run_on(n))
if WRAPPED:
    SIZED["html_wrapped_sentences"] = (None, lambda n: _fill(WRAPPED + "\n", n))


def news(size: int) -> str:
    corpus = "\n\n".join(p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt")))
    return _fill(corpus + "\n\n", size)


def run_on(size: int) -> str:
    """The news baseline as one run-on sentence: every sentence end and line break a comma or
    a space, as a scraped page without punctuation reads (``extract`` reads it in windows)."""
    return re.sub(r"[.!?]+([\"'\u201d\u2019)\]]*)\s+", r"\1, ", news(size)).replace("\n", " ")[:size]


def inputs(size: int) -> dict[str, str]:
    """Every hostile input, at ``size`` characters where it has a sized builder."""
    out = {name: build(size) for name, (_key, build) in SIZED.items()}
    covered = {key for key, _ in SIZED.values()}
    for key, build in HOSTILE.items():
        if key not in covered:  # a hostile input added to the tests since: measure as built there
            out[key] = build()
    return out


def best_of(text: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        extract(text)
        times.append(time.perf_counter() - t0)
    return min(times)


def profile(text: str, top: int = 8) -> tuple[str, str]:
    """(hottest function by own time, printable top-``top`` table) for one extract() call."""
    prof = cProfile.Profile()
    prof.enable()
    extract(text)
    prof.disable()
    stats = pstats.Stats(prof)
    stats.sort_stats("tottime")
    buf = io.StringIO()
    stats.stream = buf
    stats.print_stats(top)
    hottest = max(stats.stats.items(), key=lambda kv: kv[1][2])  # (file, line, fn) -> (cc, nc, tt, ct, callers)
    (file, line, fn), (_cc, _nc, tt, _ct, _callers) = hottest
    where = f"{pathlib.Path(file).name}:{line}({fn})" if file != "~" else fn
    return f"{where} {tt:.3f}s own time", buf.getvalue()


def _git_commit() -> str | None:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except Exception:  # noqa: BLE001
        return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="100 kB inputs, best of 1 (CI)")
    ap.add_argument("--size", type=int, default=None, help="input size in characters (default 1 MB; quick 100 kB)")
    ap.add_argument("--repeat", type=int, default=None, help="best of N runs (default 3; quick 1)")
    ap.add_argument("--limit", type=float, default=3.0, help="ratio to news above which an input fails")
    ap.add_argument("--strict", action="store_true", help="exit 1 if any ratio exceeds --limit")
    ap.add_argument("--profile", action="store_true", help="cProfile every input, not only those over --limit")
    ap.add_argument("--only", action="append", default=[], help="measure only this input (repeatable)")
    ap.add_argument("--json", metavar="FILE", help="write every figure to FILE")
    args = ap.parse_args(argv)
    size = args.size or (100_000 if args.quick else MB)
    repeat = args.repeat or (1 if args.quick else 3)

    extract("China gifted two giant pandas to Japan.")  # warm up imports and lexicon compilation
    # quantulum3 loads on the first measured phrase (seconds, once per process): not a cost per byte
    extract("Vietnam gave Cuba 150 tonnes of rice.")
    base_text = news(size)
    base_bytes = len(base_text.encode("utf-8"))
    base_s = best_of(base_text, repeat)
    base_upb = base_s / base_bytes

    rows = [{"input": "news (baseline)", "bytes": base_bytes, "seconds": base_s,
             "us_per_byte": base_upb * 1e6, "ratio": 1.0}]
    print(f"{'input':28} {'bytes':>9} {'seconds':>9} {'us/byte':>9} {'x news':>7}")
    print(f"{'news (baseline)':28} {base_bytes:>9} {base_s:9.3f} {base_upb * 1e6:9.3f} {1.0:7.2f}", flush=True)
    over = []
    texts = inputs(size)
    if args.only:
        texts = {k: v for k, v in texts.items() if k in args.only}
    for name, text in texts.items():
        nb = len(text.encode("utf-8"))
        secs = best_of(text, repeat)
        ratio = (secs / nb) / base_upb
        row = {"input": name, "bytes": nb, "seconds": secs, "us_per_byte": secs / nb * 1e6, "ratio": ratio}
        flag = "  OVER" if ratio > args.limit else ""
        print(f"{name:28} {nb:>9} {secs:9.3f} {secs / nb * 1e6:9.3f} {ratio:7.2f}{flag}", flush=True)
        if ratio > args.limit or args.profile:
            hot, table = profile(text)
            row["hot_function"] = hot
            if ratio > args.limit:
                over.append(name)
                print(f"  hottest: {hot}\n" + "\n".join("  " + ln for ln in table.strip().splitlines()[-12:]))
        rows.append(row)

    worst = max(rows[1:], key=lambda r: r["ratio"]) if len(rows) > 1 else rows[0]
    print(f"\nworst: {worst['input']} at {worst['ratio']:.2f}x news per byte (limit {args.limit:g}x); "
          f"{len(over)} over the limit{': ' + ', '.join(over) if over else ''}")

    if args.json:
        payload = {"size": size, "repeat": repeat, "limit": args.limit, "rows": rows, "over_limit": over,
                   "git_commit": _git_commit(), "python": platform.python_version(),
                   "platform": platform.platform(), "timestamp": dt.datetime.now(dt.timezone.utc).isoformat()}
        path = pathlib.Path(args.json)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(payload, indent=2) + "\n", "utf-8")
    return 1 if args.strict and over else 0


if __name__ == "__main__":
    sys.exit(main())
