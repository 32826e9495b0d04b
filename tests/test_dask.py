"""giftextract.dask on a real distributed.LocalCluster (2 worker processes), and the guarantee
that ``import giftextract`` never imports Dask. The cluster tests skip without the [dask] extra
(.ci/run installs it, so CI runs them)."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest

import giftextract
from giftextract import cli
from giftextract.rows import DEPLOYMENT_COLUMNS, GIFT_ITEM_COLUMNS, deployment_rows, gift_item_rows, rows

ROOT = pathlib.Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _docs() -> list:
    """The seeds in every accepted shape, with two bad documents among them."""
    texts = [p.read_text("utf-8") for p in SEEDS]
    return [
        ("s0", texts[0]),
        texts[1],  # a bare str
        ("bad-text", 42),  # not a str: extract() raises TypeError
        ("s2", texts[2], "2024-05-01"),
        {"id": "s3", "text": texts[3], "published": "2023-01-02"},
        ("bad-date", texts[4], "last spring"),  # not an ISO date: ValueError
        {"doc_id": "s4", "text": texts[4]},
        "Russia deployed 2,000 troops to Belarus in March.",
    ]


def _expected(docs: list) -> list:
    """extract_many over the good documents, in order, None where a document is bad."""
    def shape(d):
        return (d["doc_id"] if "doc_id" in d else d["id"], d["text"], d.get("published")) if isinstance(d, dict) else d

    good = [shape(d) for d in docs if not (isinstance(d, tuple) and d[0].startswith("bad"))]
    results = iter(giftextract.extract_many(good))
    return [None if isinstance(d, tuple) and d[0].startswith("bad") else next(results).model_dump(mode="json")
            for d in docs]


def test_import_giftextract_does_not_import_dask():
    code = ("import sys, giftextract, giftextract.cli, giftextract.rows; "
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'pandas', 'pyarrow')); "
            "print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_engine_dask_without_the_extra_is_a_clear_usage_error(tmp_path):
    code = ("import sys; sys.modules['dask'] = None; sys.modules['distributed'] = None; "
            "from giftextract.cli import main; "
            f"sys.exit(main(['extract', '--engine', 'dask', {str(SEEDS[0])!r}]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 2
    assert "pip install 'giftextract[dask]'" in out.stderr
    assert out.stdout == ""


def test_rows_one_per_item_and_per_deployment():
    ex = giftextract.extract("Putin gifted 40 mandarin ducks and two tigers to North Korea. "
                             "Russia deployed 2,000 troops to Belarus.", doc_id="d").model_dump(mode="json")
    items = gift_item_rows(ex)
    assert [(r["species"], r["count"], r["giver_country"], r["recipient_country"]) for r in items] == [
        ("mandarin duck", 40.0, "RU", "KP"), ("tiger", 2.0, "RU", "KP")]
    assert all(set(r) == set(GIFT_ITEM_COLUMNS) for r in items)
    deps = deployment_rows(ex)
    assert [(r["sender_country"], r["host_country"], r["personnel"]) for r in deps] == [("RU", "BY", 2000.0)]
    assert set(deps[0]) == set(DEPLOYMENT_COLUMNS)
    no_items = {**ex, "gift_transfers": [{**ex["gift_transfers"][0], "items": []}]}
    assert [(r["item"], r["species"]) for r in gift_item_rows(no_items)] == [(-1, None)]  # the transfer is kept
    with pytest.raises(ValueError, match="gift_items"):
        rows([ex], "gifts")


# --- on a real cluster ---------------------------------------------------------------------

distributed = pytest.importorskip("distributed", reason="the [dask] extra is not installed")
db = pytest.importorskip("dask.bag")


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as c:
        yield c


def test_extract_bag_equals_extract_many_in_order_with_bad_documents(client):
    from giftextract.dask import extract_bag

    docs = _docs()
    with distributed.get_task_stream(client) as stream:
        got = extract_bag(db.from_sequence(docs, npartitions=3)).compute()
    assert len(stream.data) >= 3, "each partition ran as a task on the cluster"
    assert len(got) == len(docs)  # one record per document: none lost, none duplicated
    for doc, record, expected in zip(docs, got, _expected(docs)):
        if expected is None:
            assert record["doc_id"] == doc[0] and record["error"]
            assert record["gift_transfers"] == [] and record["deployments"] == []
        else:
            assert record.pop("error") is None
            assert record == expected
    assert "TypeError" in got[2]["error"] and "ISO date" in got[5]["error"]


def test_extract_bag_models_and_default_published(client):
    from giftextract.dask import DocumentError, extract_bag

    bag = db.from_sequence([("a", "Putin gifted two tigers to North Korea last Tuesday."), ("b", None)])
    good, bad = extract_bag(bag, models=True, published="2024-04-18").compute()
    assert isinstance(good, giftextract.Extraction) and good.gift_transfers[0].date.value == "2024-04-16"
    assert bad == DocumentError("b", "TypeError: extract() takes a str, not NoneType")


def test_to_dataframe_typed_and_ready_for_parquet(client, tmp_path):
    pytest.importorskip("pyarrow")
    from giftextract.dask import extract_bag, to_dataframe

    docs = _docs()
    records = extract_bag(db.from_sequence(docs, npartitions=3))
    expected = [r for r in _expected(docs) if r is not None]
    items = to_dataframe(records, "gift_items")
    assert str(items.dtypes["count"]) == "float64" and str(items.dtypes["transfer"]) == "Int64"
    items.to_parquet(tmp_path / "items")
    import pandas as pd

    back = pd.read_parquet(tmp_path / "items")
    assert len(back) == len(rows(expected, "gift_items")) > 0
    assert list(back.columns) == list(GIFT_ITEM_COLUMNS)
    deployments = to_dataframe(records, "deployments").compute()
    assert len(deployments) == len(rows(expected, "deployments")) > 0
    errors = to_dataframe(records, "errors").compute()
    assert list(errors["doc_id"]) == ["bad-text", "bad-date"]


def test_read_jsonl_names_lines_and_keeps_bad_ones(client, tmp_path):
    from giftextract.dask import extract_bag, read_jsonl

    (tmp_path / "a.jsonl").write_text(json.dumps({"text": "China gifted two pandas to Japan."}) + "\n\n"
                                      + "{not json\n" + json.dumps({"id": "x", "text": "Nothing here."}) + "\n")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": 5, "body": "no text field"}) + "\n")
    got = extract_bag(read_jsonl(str(tmp_path / "*.jsonl"))).compute()
    assert [(r["doc_id"], bool(r["error"]), len(r["gift_transfers"])) for r in got] == [
        ("a:1", False, 1), ("a:3", True, 0), ("x", False, 0), ("b:1", True, 0)]


def test_cli_scheduler_gives_the_local_output(client, capsys):
    paths = [str(p) for p in SEEDS]
    assert cli.main(["extract", "--format", "jsonl", *paths]) == 0
    local = capsys.readouterr().out
    assert cli.main(["extract", "--format", "jsonl", "--scheduler", client.scheduler.address, *paths]) == 0
    assert capsys.readouterr().out == local
