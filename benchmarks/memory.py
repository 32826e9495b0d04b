#!/usr/bin/env python3
"""Peak memory of a batch as it grows: does it stay flat?

    python benchmarks/memory.py                      # 1,000 vs 20,000 documents (a few minutes)
    python benchmarks/memory.py --sizes 200 2000     # quicker
    python benchmarks/memory.py --json out.json

For each batch size N, the first N articles of the news stream (``news_stream.py``: wire
copy with 2% on-topic articles, each with its own id) are written to a JSONL file and to a folder of N ``.txt`` files; then, each in a fresh
interpreter, with its output sent to /dev/null:

- ``giftextract extract FILE.jsonl --format jsonl``
- ``giftextract extract FOLDER --format json``    (one JSON array, written as it is made)
- ``for ex in giftextract.extract_many(lazy JSONL lines): write(ex.model_dump_json())``

and its peak RSS (VmHWM) is read at the end. The figure that matters is the ratio of the
largest batch's peak to the smallest's: flat memory is a ratio near 1.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent

CLI = """
import sys
from giftextract.cli import main
code = main(sys.argv[1:])
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        print(int(line.split()[1]) / 1024, file=sys.stderr)
"""

API = """
import json, sys
import giftextract

def docs(path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            yield obj["id"], obj["text"]

with open("/dev/null", "w") as out:
    for ex in giftextract.extract_many(docs(sys.argv[1])):
        out.write(ex.model_dump_json() + "\\n")
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        print(int(line.split()[1]) / 1024, file=sys.stderr)
"""


def articles(n: int) -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from news_stream import news_stream
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    out: list[str] = []
    size = 1_000_000
    while len(out) < n:
        out = news_stream(size)
        size *= 2
    return out[:n]


def write_batch(folder: pathlib.Path, n: int) -> tuple[pathlib.Path, pathlib.Path]:
    pieces = articles(n)
    jsonl = folder / f"batch_{n}.jsonl"
    txt = folder / f"batch_{n}"
    txt.mkdir()
    with jsonl.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = pieces[i % len(pieces)]
            fh.write(json.dumps({"id": f"d{i:06d}", "text": text}) + "\n")
            (txt / f"d{i:06d}.txt").write_text(text, "utf-8")
    return jsonl, txt


def peak_mb(code: str, args: list[str]) -> tuple[float, float]:
    """(peak RSS in MB, wall seconds) of ``code`` run with ``args`` in a fresh interpreter."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         text=True, cwd=ROOT, check=True)
    return float(out.stderr.strip().splitlines()[-1]), time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 20000], help="batch sizes (documents)")
    ap.add_argument("--json", metavar="FILE", help="write the figures to FILE")
    ap.add_argument("--only", choices=("cli_jsonl", "cli_folder_json", "extract_many"), action="append",
                    help="measure only this way (repeatable)")
    args = ap.parse_args(argv)
    rows: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            jsonl, txt = write_batch(pathlib.Path(tmp), n)
            mb = jsonl.stat().st_size / 1e6
            runs = {"cli_jsonl": (CLI, ["extract", str(jsonl), "--format", "jsonl"]),
                    "cli_folder_json": (CLI, ["extract", str(txt), "--format", "json"]),
                    "extract_many": (API, [str(jsonl)])}
            runs = {k: v for k, v in runs.items() if not args.only or k in args.only}
            row = {"documents": n, "input_mb": round(mb, 2)}
            for name, (code, a) in runs.items():
                peak, secs = peak_mb(code, a)
                row[name] = {"peak_rss_mb": round(peak, 1), "seconds": round(secs, 1)}
                print(f"{n:>7} docs ({mb:6.1f} MB)  {name:16} peak RSS {peak:6.1f} MB  ({secs:.1f} s)", flush=True)
            rows[str(n)] = row
    small, large = rows[str(min(args.sizes))], rows[str(max(args.sizes))]
    ratios = {name: round(large[name]["peak_rss_mb"] / small[name]["peak_rss_mb"], 3)
              for name in ("cli_jsonl", "cli_folder_json", "extract_many") if name in large}
    print("peak RSS, largest batch / smallest: " + ", ".join(f"{k} {v:.3f}" for k, v in ratios.items()))
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps({"batches": rows, "ratio_largest_to_smallest": ratios},
                                                      indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
