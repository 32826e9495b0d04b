#!/usr/bin/env python3
"""Pool the blind batches of devset/ into one score, read or held out, and compare two runs.

    python benchmarks/devset_pool.py OUT.json            # the batches read (tuned on)
    python benchmarks/devset_pool.py OUT.json --held     # the batches held out, never read
    python benchmarks/devset_pool.py OUT.json --only b590,b591
    python benchmarks/devset_pool.py --diff BASE.json NEW.json

Which batches are held out is read from devset/README.md's table, not kept in a list of its
own: a batch from b61 on whose description says "held out" and never that it was read or
tuned on later. Each document's counts, extras, misses and predicted facts go to OUT.json
(giftextract.evaluate's scorer, the same as ../shared/tools/score_seeds.py), so a rule change
is measured as the facts it gains and loses, document by document, on both pools. A diff
counts only the documents both runs scored: batches added between two runs change no total.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys
from multiprocessing import Pool

ROOT = pathlib.Path(__file__).resolve().parents[1]
BLIND = ROOT / "devset" / "blind"
README = ROOT / "devset" / "README.md"
# the first batch whose held-out status the table records as the curve does (earlier ones were all read)
FIRST_HELD = 61
_ROW = re.compile(r"^\| `blind/(b\d+)` \((.*?)\) \| ", re.MULTILINE)
# "held out; then read", "held out, read after the session", "held out and tuned on": read since
_READ_LATER = re.compile(r"\b(?:then read|then tuned|read after|tuned on|and read)\b|, read\b")


def held_out_batches(readme: str) -> set[str]:
    """The batches devset/README.md's table describes as held out and never read since."""
    return {b for b, desc in _ROW.findall(readme)
            if int(b[1:]) >= FIRST_HELD and re.search(r"\bheld out\b", desc) and not _READ_LATER.search(desc)}


def _batches() -> list[pathlib.Path]:
    return sorted((p for p in BLIND.iterdir() if p.is_dir() and re.fullmatch(r"b\d+", p.name)), key=lambda p: int(p.name[1:]))


def _documents(dirs: list[pathlib.Path]) -> list[tuple[str, str]]:
    return [(str(d / f"{g.stem}.txt"), str(g)) for d in dirs for g in sorted((d / "gold").glob("*.json"))
            if (d / f"{g.stem}.txt").exists()]


def _score(job: tuple[str, str]) -> tuple[str, dict]:
    import giftextract
    from giftextract.evaluate import predicted_facts, score_document

    text, gold = job
    predicted = predicted_facts(giftextract.extract(pathlib.Path(text).read_text("utf-8")).model_dump(mode="json"))
    doc = score_document(predicted, json.loads(pathlib.Path(gold).read_text("utf-8")), text)
    key = str(pathlib.Path(text).relative_to(BLIND))
    return key, {"tp": doc.tp, "fp": doc.fp, "fn": doc.fn, "extras": sorted(map(repr, doc.extras)),
                 "misses": sorted(map(repr, doc.misses)), "preds": sorted(map(repr, predicted))}


def rates(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of summed counts."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def totals(docs: dict) -> tuple[int, int, int, float]:
    tp, fp, fn = (sum(d[k] for d in docs.values()) for k in ("tp", "fp", "fn"))
    return tp, fp, fn, rates(tp, fp, fn)[2]


def diff_lines(base: dict, new: dict) -> list[str]:
    """Totals over the documents both runs scored, then each document's gained and lost facts."""
    common = sorted(set(base) & set(new))
    a, b = totals({k: base[k] for k in common}), totals({k: new[k] for k in common})
    lines = [f"{len(common)} documents in both: TP {a[0]} FP {a[1]} FN {a[2]} F1 {a[3]:.4f} -> "
             f"TP {b[0]} FP {b[1]} FN {b[2]} F1 {b[3]:.4f} (dTP {b[0] - a[0]:+d}, dFP {b[1] - a[1]:+d})"]
    for k in common:
        x, y = base[k], new[k]
        if (x["extras"], x["misses"]) == (y["extras"], y["misses"]):
            continue
        lines.append(f"\n{k}: tp {x['tp']}->{y['tp']} fp {x['fp']}->{y['fp']}")
        lines += [f"  +extra {e}" for e in sorted(set(y["extras"]) - set(x["extras"]))]
        lines += [f"  -extra {e}" for e in sorted(set(x["extras"]) - set(y["extras"]))]
        lines += [f"  +miss  {m}" for m in sorted(set(y["misses"]) - set(x["misses"]))]
        lines += [f"  -miss  {m}" for m in sorted(set(x["misses"]) - set(y["misses"]))]
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?", type=pathlib.Path, help="where to write the per-document scores")
    which = ap.add_mutually_exclusive_group()
    which.add_argument("--held", action="store_true", help="the held-out batches instead of the read ones")
    which.add_argument("--only", help="these batches, comma-separated (b590,b591)")
    which.add_argument("--diff", nargs=2, type=pathlib.Path, metavar=("BASE", "NEW"), help="compare two runs")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    args = ap.parse_args(argv)
    if args.diff:
        try:
            print("\n".join(diff_lines(*(json.loads(p.read_text("utf-8")) for p in args.diff))))
        except BrokenPipeError:  # "--diff A B | head": the reader has what it wanted
            sys.stderr.close()
        return 0
    if args.out is None:
        ap.error("give OUT.json, or --diff BASE NEW")
    held = held_out_batches(README.read_text("utf-8"))
    batches = _batches()
    if args.only:
        want = set(args.only.split(","))
        unknown = want - {p.name for p in batches}
        if unknown:
            ap.error(f"no such batch in devset/blind: {', '.join(sorted(unknown))}")
        dirs = [p for p in batches if p.name in want]
    else:
        dirs = [p for p in batches if (p.name in held) == args.held]
    jobs = _documents(dirs)
    if args.jobs > 1:
        with Pool(args.jobs) as pool:
            docs = dict(pool.map(_score, jobs, chunksize=8))
    else:
        docs = dict(map(_score, jobs))
    args.out.write_text(json.dumps(docs, indent=0, sort_keys=True), "utf-8")
    tp, fp, fn, _ = totals(docs)
    p, r, f1 = rates(tp, fp, fn)
    print(f"{len(dirs)} batches, {len(docs)} documents: TP {tp} FP {fp} FN {fn} P {p:.4f} R {r:.4f} F1 {f1:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
