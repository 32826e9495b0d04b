#!/usr/bin/env python3
"""Guard for speed work: the extraction output of every corpus text must not change.

    python benchmarks/output_lock.py --dump /tmp/before.json     # with the code before a change
    python benchmarks/output_lock.py --check /tmp/before.json    # after it: exit 1 on any difference

The texts are every ``*.txt`` of seeds/, devset/ and devset/blind/*/ (gold folders excluded),
plus a few synthetic texts that reach the long-sentence windows and the block boundaries
(a run-on sentence, a document over one block), a megabyte of the benchmark's news stream
(``news_stream.py``: off-topic copy full of trap words, the seeds among it), the fuzzer's
mutated inputs (``fuzz.py``, a fixed seed) and the hostile inputs of tests/test_hostile.py
at 60 kB each. Each document's ``Extraction`` is serialised
with ``model_dump_json()``; the check compares those strings byte for byte and names every
document whose output differs.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
FOLDERS = ("seeds", "devset", *sorted(f"devset/blind/{p.name}" for p in (ROOT / "devset" / "blind").glob("*")
                                      if p.is_dir()))


def corpus() -> dict[str, str]:
    """name -> text, in a fixed order."""
    texts: dict[str, str] = {}
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).glob("*.txt")):
            texts[str(path.relative_to(ROOT))] = path.read_text("utf-8")
    seeds = [texts[k] for k in texts if k.startswith("seeds/")]
    joined = "\n\n".join(seeds)
    texts["synthetic/run_on"] = " and ".join(s.replace(".", ",") for s in seeds)
    texts["synthetic/two_blocks"] = "\n\n".join([joined] * 12)
    texts.update(generated())
    return texts


NEWS_BYTES = 1_000_000
FUZZ_INPUTS = 600
HOSTILE_BYTES = 60_000


def generated() -> dict[str, str]:
    """The news stream, fuzz inputs and hostile inputs: text built by the benchmark scripts,
    the same on every run."""
    import random

    for p in (ROOT / "benchmarks", ROOT / "tests"):
        if str(p) not in sys.path:
            sys.path.insert(0, str(p))
    from fuzz import generate, load_corpus
    from hostile import SIZED
    from news_stream import news_stream

    texts = {f"news/{i:04d}": doc for i, doc in enumerate(news_stream(NEWS_BYTES))}
    docs, sentences = load_corpus()
    rng = random.Random(12)
    for i in range(FUZZ_INPUTS):
        texts[f"fuzz/{i:04d}"] = generate(rng, docs, sentences, 4000)[0]
    for name, (_, build) in sorted(SIZED.items()):
        texts[f"hostile/{name}"] = build(HOSTILE_BYTES)
    return texts


def _output(text: str, name: str) -> str:
    from giftextract import extract

    ex = extract(text, doc_id=name)
    try:
        return ex.model_dump_json()
    except ValueError:  # a lone surrogate (fuzz input) cannot be JSON-encoded: compare its repr
        return repr(ex.model_dump())


def dump() -> dict[str, str]:
    return {name: _output(text, name) for name, text in corpus().items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--dump", metavar="FILE", help="write every document's output to FILE")
    group.add_argument("--check", metavar="FILE", help="compare with an earlier --dump; exit 1 on any difference")
    args = ap.parse_args(argv)
    now = dump()
    if args.dump:
        pathlib.Path(args.dump).write_text(json.dumps(now, indent=0, sort_keys=True) + "\n", "utf-8")
        print(f"wrote {len(now)} documents' output to {args.dump}")
        return 0
    then = json.loads(pathlib.Path(args.check).read_text("utf-8"))
    changed = sorted(k for k in then.keys() | now.keys() if then.get(k) != now.get(k))
    for name in changed:
        print(f"CHANGED: {name}", file=sys.stderr)
    print(f"{len(now)} documents, {len(changed)} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
