"""Score giftextract on real published reports whose text is not in the repository.

    python benchmarks/score_real.py CACHE_DIR [--verbose]

``devset/real/manifest.json`` lists each report (URL, title, the search query and corpus
that find it again, the facts in one line); ``devset/real/gold/NAME.json`` holds its gold,
written blind per seeds/GOLD.md.  The text itself is copyrighted and stays outside the
repo: a developer fetches each excerpt with the named query into ``CACHE_DIR/NAME.txt``
once per session.  A report missing from the cache is listed with its query and left out
of the score, which says how many reports it covers, so a partial cache is never read as
a full one.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
REAL = ROOT / "devset" / "real"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cache", type=pathlib.Path, help="folder of NAME.txt excerpts fetched this session")
    ap.add_argument("--verbose", action="store_true", help="list each report's extras and misses")
    args = ap.parse_args(argv)
    import giftextract

    manifest = json.loads((REAL / "manifest.json").read_text("utf-8"))
    if not args.cache.is_dir():
        print(f"score_real: {args.cache} is not a folder; fetch the excerpts first (see devset/README.md)",
              file=sys.stderr)
        return 2
    present = {m["name"]: args.cache / f"{m['name']}.txt" for m in manifest}
    missing = [m for m in manifest if not present[m["name"]].is_file()]
    for m in missing:
        print(f"missing {m['name']}: search {m['query']!r} ({m['url']})", file=sys.stderr)
    names = [m["name"] for m in manifest if present[m["name"]].is_file()]
    if not names:
        print("score_real: no report of the manifest is in the cache", file=sys.stderr)
        return 2
    preds = {n: giftextract.extract(present[n].read_text("utf-8"), doc_id=n) for n in names}
    gold = {n: json.loads((REAL / "gold" / f"{n}.json").read_text("utf-8")) for n in names}
    score = giftextract.evaluate(preds, gold)
    if args.verbose:
        print("\n".join(score.details()))
    print(f"{len(names)} of {len(manifest)} reports: {score.summary()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
