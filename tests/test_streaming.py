"""Bounded memory: extract_many and the CLI read input lazily and give each result as soon
as it is made (benchmarks/memory.py measures the resulting flat peak RSS)."""

from __future__ import annotations

import itertools
import os
import json
import pathlib
import subprocess
import sys

import giftextract

ROOT = pathlib.Path(__file__).resolve().parents[1]
GIFT = "Putin gifted 40 mandarin ducks to North Korea."


def _endless(read: list[int], n: int | None = None):
    for i in itertools.islice(itertools.count(), n):
        read.append(i)
        yield (f"d{i}", GIFT)


def test_extract_many_reads_an_endless_stream_lazily_in_one_process():
    read: list[int] = []
    first = next(giftextract.extract_many(_endless(read)))
    assert first.doc_id == "d0" and len(read) == 1


def test_extract_many_with_processes_reads_a_bounded_way_ahead():
    read: list[int] = []
    results = giftextract.extract_many(_endless(read, 100_000), workers=2)  # finite: a regression fails, not hangs
    got = [next(results).doc_id for _ in range(50)]
    assert got == [f"d{i}" for i in range(50)]  # in order
    assert len(read) <= 50 + 2 * 4 * 4 + 4  # what is done, plus the chunks in flight: not the whole stream
    results.close()


def test_extract_many_with_processes_keeps_order_and_equals_one_process():
    docs = [(f"d{i}", t) for i, t in enumerate([GIFT, "Nothing here.", "China sent two pandas to Japan."] * 7)]
    one = [e.model_dump() for e in giftextract.extract_many(docs)]
    two = [e.model_dump() for e in giftextract.extract_many(iter(docs), workers=2)]
    assert one == two and len(one) == 21


_HOLDS_IDS = """
import json, sys, tracemalloc
from giftextract.inputs import documents
tracemalloc.start()
batch, failed = documents([sys.argv[1], sys.argv[2]], "text", None)
seen = sum(len(doc_text) > 0 for _doc_id, doc_text, _ in batch)
peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
print(json.dumps({"failed": bool(failed), "seen": seen, "n": len(batch), "ids": [*batch.ids[:2], batch.ids[-1]], "peak": peak}))
"""


def test_cli_batch_holds_ids_not_texts(tmp_path):
    """The CLI's batch reads every input twice, never holding the texts: reading 10 MB of JSONL
    and folder documents one at a time allocates a small fraction of that at its peak. Measured
    in a fresh process: tracemalloc counts every thread's allocations, and a worker pool's feeder
    thread left by an earlier test would be counted too."""
    text = "Nothing to see here today. " * 185  # about 5 kB
    with (tmp_path / "batch.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(1000):
            fh.write(json.dumps({"id": f"j{i}", "text": text}) + "\n")
    (tmp_path / "folder").mkdir()
    for i in range(1000):
        (tmp_path / "folder" / f"f{i:04d}.txt").write_text(text, "utf-8")
    env = {"PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", _HOLDS_IDS, str(tmp_path / "batch.jsonl"), str(tmp_path / "folder")],
                         capture_output=True, text=True, check=True, env={**os.environ, **env}).stdout
    got = json.loads(out)
    assert not got["failed"] and got["seen"] == got["n"] == 2000
    assert got["ids"] == ["j0", "j1", "f0999"]
    assert got["peak"] < 2_000_000, f"peak {got['peak']} bytes for 10 MB of documents"


def test_cli_reads_stdin_once_even_as_jsonl():
    payload = "".join(json.dumps({"id": f"d{i}", "text": GIFT}) + "\n" for i in range(3)).encode()
    proc = subprocess.run([sys.executable, "-m", "giftextract.cli", "extract", "-", "--stdin-format", "jsonl",
                           "--format", "jsonl"], input=payload, capture_output=True, cwd=ROOT, check=True)
    assert [json.loads(x)["doc_id"] for x in proc.stdout.splitlines()] == ["d0", "d1", "d2"]


def test_cli_json_array_streamed_is_the_same_as_rendered_at_once(tmp_path):
    from giftextract.render import to_json

    for name, text in (("a", GIFT), ("b", "Nothing."), ("c", "Russia deployed 2,000 troops to Belarus.")):
        (tmp_path / f"{name}.txt").write_text(text, "utf-8")
    out = subprocess.run([sys.executable, "-m", "giftextract.cli", "extract", str(tmp_path)], capture_output=True,
                         check=True, cwd=ROOT).stdout.decode("utf-8")
    expected = to_json([giftextract.extract(t.read_text("utf-8"), doc_id=t.stem) for t in sorted(tmp_path.glob("*.txt"))])
    assert out == expected


def test_cli_names_a_jsonl_line_that_is_not_utf8_and_keeps_the_others(tmp_path):
    good = (json.dumps({"id": "a", "text": GIFT}) + "\n").encode()
    (tmp_path / "b.jsonl").write_bytes(good + b'{"id": "x", "text": "caf\xe9"}\n' + good.replace(b'"a"', b'"c"'))
    proc = subprocess.run([sys.executable, "-m", "giftextract.cli", "extract", str(tmp_path / "b.jsonl"),
                           "--format", "jsonl"], capture_output=True, cwd=ROOT)
    assert proc.returncode == 1
    assert [json.loads(x)["doc_id"] for x in proc.stdout.splitlines()] == ["a", "c"]
    assert "b.jsonl line 2: not valid UTF-8 (byte 0xe9" in proc.stderr.decode()


def test_folder_files_come_in_sorted_path_order_without_listing_the_tree(tmp_path):
    import random

    from giftextract.inputs import txt_files

    rng = random.Random(1)
    names = ["a", "b", "b.txt", "B.txt", "a-b.txt", "a.txt", "a b.txt", "\u00e4.txt", "x.TXT", ".hidden.txt", "z",
             "1.txt", "a_b"]

    def make(folder, depth):
        for name in rng.sample(names, 7):
            p = folder / name
            if depth < 3 and rng.random() < 0.4 and not p.exists():
                p.mkdir()
                make(p, depth + 1)
            elif not p.exists():
                p.write_text("x")

    make(tmp_path, 0)
    (tmp_path / "loop").symlink_to(tmp_path)  # rglob does not enter a symlinked directory
    (tmp_path / "dir.txt").mkdir()
    (tmp_path / "dir.txt" / "in.txt").write_text("y")
    (tmp_path / "link.txt").symlink_to(next(tmp_path.rglob("a.txt")))
    want = sorted(p for p in tmp_path.rglob("*.txt") if p.is_file())
    assert len(want) > 30 and list(txt_files(tmp_path)) == want
