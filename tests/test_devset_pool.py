"""benchmarks/devset_pool.py: the held-out batches come from devset/README.md's table, a pooled
run agrees with giftextract.evaluate, and a diff counts only the documents both runs scored."""

from __future__ import annotations

import importlib.util
import json
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("devset_pool", ROOT / "benchmarks" / "devset_pool.py")
pool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pool)

_TABLE = """\
| `blind/b60` (10 articles, old copy; held out) | 10 |
| `blind/b100` (10 articles, wire copy; as b99, held out) | 10 |
| `blind/b101` (10 articles, features; as b99, held out; then read in the next session) | 10 |
| `blind/b102` (10 articles, briefs; held out, read after the session ended) | 10 |
| `blind/b103` (10 articles, press releases and readouts: Japan's boats (planned); as b99, held out) | 10 |
| `blind/b104` (10 articles, columns; as b99, then read) | 10 |
| `blind/b105` (10 articles, held out and tuned on) | 10 |
"""


def test_held_out_batches_are_those_the_table_never_says_were_read():
    # b60 is before the curve recorded held-out batches; "readouts" is no word of reading
    assert pool.held_out_batches(_TABLE) == {"b100", "b103"}


def test_the_committed_table_holds_out_the_newest_round_and_not_its_read_batches():
    held = pool.held_out_batches((ROOT / "devset" / "README.md").read_text("utf-8"))
    assert {"b594", "b597", "b600", "b603", "b606", "b609"} <= held
    assert not {"b590", "b595", "b607", "b608"} & held
    assert len(held) >= 200


def test_a_pooled_run_agrees_with_evaluate(tmp_path):
    import giftextract

    out = tmp_path / "pool.json"
    assert pool.main([str(out), "--only", "b609", "--jobs", "1"]) == 0
    docs = json.loads(out.read_text("utf-8"))
    assert len(docs) == 10 and all(k.startswith("b609/") for k in docs)
    want = giftextract.evaluate(ROOT / "devset" / "blind" / "b609", ROOT / "devset" / "blind" / "b609" / "gold")
    assert pool.totals(docs)[:3] == (want.tp, want.fp, want.fn)


def test_a_diff_counts_only_the_documents_both_runs_scored():
    doc = {"tp": 2, "fp": 1, "fn": 0, "extras": ["x"], "misses": [], "preds": []}
    gained = {"tp": 3, "fp": 0, "fn": 0, "extras": [], "misses": [], "preds": []}
    lines = pool.diff_lines({"a": doc}, {"a": gained, "new": {**doc, "tp": 50}})
    assert lines[0].startswith("1 documents in both: TP 2 FP 1") and "(dTP +1, dFP -1)" in lines[0]
    assert any(line.strip() == "-extra x" for line in lines)


def test_an_unknown_batch_is_refused(capsys):
    with pytest.raises(SystemExit):
        pool.main(["out.json", "--only", "b99999"])
    assert "no such batch" in capsys.readouterr().err
