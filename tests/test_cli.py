"""The command line, run as a real subprocess so argument parsing, streams and exit codes are all exercised."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import giftextract
import giftextract.render

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_PATH = ROOT / "schemas" / "extraction.schema.json"
RECONCILIATION_SCHEMA_PATH = ROOT / "schemas" / "reconciliation.schema.json"
SEEDS = ROOT / "seeds"

# Sentences written for these tests.
GIFT = "Russian President Vladimir Putin gifted 40 mandarin ducks to North Korea.\n"
PANDAS = "China gave two giant pandas to the Moscow Zoo in 2019.\n"
TROOPS = "North Korea has deployed about 10,000 troops to Russia, officials said.\n"


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "giftextract.cli", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=120,
    )


def species(record: dict) -> list[str]:
    return [item["species"] for gift in record["gift_transfers"] for item in gift["items"]]


def test_extract_file_to_json(tmp_path):
    path = tmp_path / "ducks.txt"
    path.write_text(GIFT, encoding="utf-8")

    result = run("extract", str(path), "--format", "json")

    assert result.returncode == 0
    assert result.stderr == b""
    assert result.stdout.startswith(b"[\n  {"), "json output should be an indented array"
    records = json.loads(result.stdout)
    assert [r["doc_id"] for r in records] == ["ducks"]
    gift = records[0]["gift_transfers"][0]
    assert gift["giver"]["country"] == "RU"
    assert gift["recipient"]["country"] == "KP"
    assert gift["items"][0]["species"] == "mandarin duck"
    assert gift["items"][0]["count"]["value"] == 40


def test_extract_jsonl_one_compact_object_per_file(tmp_path):
    (tmp_path / "pandas.txt").write_text(PANDAS, encoding="utf-8")
    (tmp_path / "troops.txt").write_text(TROOPS, encoding="utf-8")

    result = run("extract", "pandas.txt", "troops.txt", "--format", "jsonl", cwd=tmp_path)

    assert result.returncode == 0
    assert result.stderr == b""
    lines = result.stdout.decode("utf-8").splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["doc_id"] == "pandas" and species(first) == ["giant panda"]
    assert second["doc_id"] == "troops"
    assert second["deployments"][0]["sender"]["country"] == "KP"
    assert second["deployments"][0]["personnel"]["value"] == 10000


def test_extract_stdin():
    result = run("extract", "-", "--format", "jsonl", stdin=GIFT.encode("utf-8"))

    assert result.returncode == 0
    assert result.stderr == b""
    (record,) = (json.loads(line) for line in result.stdout.splitlines())
    assert record["doc_id"] == "stdin"
    assert species(record) == ["mandarin duck"]


def test_published_date_resolves_relative_dates(tmp_path):
    (tmp_path / "note.txt").write_text(
        "China gave two giant pandas to the Moscow Zoo last year.\n", encoding="utf-8"
    )
    result = run("extract", "note.txt", "--published", "2024-05-01", cwd=tmp_path)

    assert result.returncode == 0
    (record,) = json.loads(result.stdout)
    assert record["gift_transfers"][0]["date"]["value"] == "2023"


def test_bad_published_date_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(GIFT, encoding="utf-8")
    result = run("extract", "a.txt", "--published", "May 2024", cwd=tmp_path)

    assert result.returncode == 2
    assert result.stdout == b""
    assert b"--published" in result.stderr


def test_folder_with_non_utf8_file_keeps_the_good_records(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "nested").mkdir(parents=True)
    (corpus / "good.txt").write_text(GIFT, encoding="utf-8")
    (corpus / "nested" / "pandas.txt").write_text(PANDAS, encoding="utf-8")
    (corpus / "latin1.txt").write_bytes("Caf\u00e9 news: nothing given.\n".encode("latin-1"))
    (corpus / "ignored.md").write_text(GIFT, encoding="utf-8")

    result = run("extract", str(corpus), "--format", "jsonl")

    assert result.returncode == 1
    stderr = result.stderr.decode("utf-8")
    assert stderr.startswith("giftextract: cannot read ")
    assert "latin1.txt" in stderr and "UTF-8" in stderr
    assert len(stderr.strip().splitlines()) == 1, "only the bad file may be reported"
    records = [json.loads(line) for line in result.stdout.splitlines()]
    # Sorted recursive *.txt only: good.txt, then nested/pandas.txt; the .md file is not read.
    assert [r["doc_id"] for r in records] == ["good", "nested/pandas"]
    assert species(records[0]) == ["mandarin duck"]


def test_missing_file_is_reported_and_others_still_written(tmp_path):
    (tmp_path / "good.txt").write_text(GIFT, encoding="utf-8")

    result = run("extract", "missing.txt", "good.txt", cwd=tmp_path)

    assert result.returncode == 1
    assert result.stderr.decode("utf-8").strip() == (
        "giftextract: cannot read missing.txt: No such file or directory"
    )
    records = json.loads(result.stdout)
    assert [r["doc_id"] for r in records] == ["good"]
    assert species(records[0]) == ["mandarin duck"]


def test_schema_out_matches_committed_file(tmp_path):
    out = tmp_path / "fresh"
    result = run("schema", "--out", str(out))

    assert result.returncode == 0
    assert result.stdout == b"" and result.stderr == b""
    assert sorted(p.name for p in out.iterdir()) == [
        "event-cluster.schema.json", "extraction-list.schema.json", "extraction.schema.json",
        "reconciliation.schema.json"]
    assert (out / "extraction.schema.json").read_bytes() == SCHEMA_PATH.read_bytes(), (
        "schemas/ is stale; run `giftextract schema --out schemas`"
    )
    assert (out / "reconciliation.schema.json").read_bytes() == RECONCILIATION_SCHEMA_PATH.read_bytes(), (
        "schemas/ is stale; run `giftextract schema --out schemas`"
    )


def test_schema_to_stdout_is_the_same_text():
    result = run("schema")

    assert result.returncode == 0
    assert result.stdout == SCHEMA_PATH.read_bytes()


def test_version():
    result = run("--version")

    assert result.returncode == 0
    assert result.stdout.decode().strip() == f"giftextract {giftextract.__version__}"


def test_no_command_prints_usage_and_fails():
    result = run()

    assert result.returncode == 2
    assert b"extract" in result.stderr and b"schema" in result.stderr


# --- csv and table, JSONL input, --jobs ------------------------------------------------------

def test_extract_csv_one_row_per_record(tmp_path):
    (tmp_path / "pandas.txt").write_text(PANDAS, encoding="utf-8")
    (tmp_path / "troops.txt").write_text(TROOPS, encoding="utf-8")

    result = run("extract", "pandas.txt", "troops.txt", "--format", "csv", cwd=tmp_path)

    assert result.returncode == 0 and result.stderr == b""
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode("utf-8"))))
    assert [(r["doc_id"], r["kind"]) for r in rows] == [("pandas", "gift_transfer"), ("troops", "deployment")]
    assert rows[0]["from_country"] == "CN" and "giant panda" in rows[0]["items"]
    assert rows[1]["quantity"] == "about 10,000" and rows[1]["status"] == "reported"


def test_extract_csv_has_numbers_and_codes_beside_the_labels(tmp_path):
    (tmp_path / "pandas.txt").write_text(PANDAS, encoding="utf-8")
    (tmp_path / "troops.txt").write_text(TROOPS, encoding="utf-8")

    result = run("extract", "pandas.txt", "troops.txt", "--format", "csv", cwd=tmp_path)

    rows = list(csv.DictReader(io.StringIO(result.stdout.decode("utf-8"))))
    assert tuple(rows[0]) == giftextract.render.RECORD_COLUMNS
    pandas, troops = rows
    assert (pandas["items"], pandas["item_species"], pandas["item_counts"]) == (
        "two giant pandas", "giant panda", "2")
    assert pandas["destination_or_location_country"] == "RU"
    assert (troops["quantity_value"], troops["quantity_qualifier"], troops["quantity_unit"]) == (
        "10000", "approximate", "troop")
    assert float(troops["quantity_value"]) == 10_000


def test_reconcile_csv_has_numbers_and_codes_beside_the_labels():
    result = run("reconcile", str(SEEDS), "--format", "csv")

    rows = list(csv.DictReader(io.StringIO(result.stdout.decode("utf-8"))))
    assert tuple(rows[0]) == giftextract.render.CLUSTER_COLUMNS
    total = next(r for r in rows if r["field"] == "total" and r["qualifier"] == "more_than")
    assert (total["label"], total["value"], total["unit"]) == ("more than 70 animals", "70", "animal")
    bears = next(r for r in rows if (r["field"], r["field_key"], r["label"]) == ("item", "brown bear", "two brown bears"))
    assert (bears["species"], bears["value"], bears["consensus"]) == ("brown bear", "2", "two brown bears")
    giver = next(r for r in rows if r["field"] == "giver" and r["from_country"] == "RU")
    assert (giver["label"], giver["country"]) == ("Russia", "RU")
    troops = [r for r in rows if r["field"] == "personnel" and r["field_key"] == ""]
    assert {int(r["value"]) for r in troops} == {3_000, 10_000, 12_000}


def test_extract_table_is_a_readable_summary(tmp_path):
    (tmp_path / "ducks.txt").write_text(GIFT, encoding="utf-8")

    result = run("extract", "ducks.txt", "--format", "table", cwd=tmp_path)

    assert result.returncode == 0 and result.stderr == b""
    lines = result.stdout.decode("utf-8").splitlines()
    assert lines[0] == "ducks: 1 gift transfer(s), 0 deployment(s)"
    assert "RU (Vladimir Putin) -> KP (North Korea)" in lines[1] and "mandarin duck" in lines[1]


def test_jsonl_input_with_a_broken_line_keeps_the_good_ones(tmp_path):
    good = [{"id": "ducks", "text": GIFT}, {"id": "troops", "text": TROOPS}]
    lines = [json.dumps(good[0]), '{"id": "broken", "text": ', json.dumps({"id": "no-text"}), json.dumps(good[1])]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = run("extract", "batch.jsonl", "--format", "jsonl", cwd=tmp_path)

    assert result.returncode == 1
    stderr = result.stderr.decode("utf-8").splitlines()
    assert len(stderr) == 2
    assert stderr[0].startswith("giftextract: cannot read batch.jsonl line 2:")
    assert stderr[1].startswith("giftextract: cannot read batch.jsonl line 3:")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc_id"] for r in records] == ["ducks", "troops"]
    assert species(records[0]) == ["mandarin duck"]


def test_stdin_as_jsonl():
    payload = (json.dumps({"id": "a", "text": GIFT}) + "\n").encode("utf-8")
    result = run("extract", "-", "--stdin-format", "jsonl", "--format", "jsonl", stdin=payload)

    assert result.returncode == 0 and result.stderr == b""
    (record,) = (json.loads(line) for line in result.stdout.splitlines())
    assert record["doc_id"] == "a" and species(record) == ["mandarin duck"]


def test_jobs_gives_the_same_records_in_order():
    one = run("extract", str(SEEDS), "--format", "jsonl")
    two = run("extract", str(SEEDS), "--format", "jsonl", "--jobs", "2")

    assert one.returncode == two.returncode == 0
    assert two.stderr == b"", "no progress bar when stderr is not a terminal"
    assert one.stdout == two.stdout


# --- reconcile ---------------------------------------------------------------------------------

def test_reconcile_seeds_json_shows_the_troop_conflict():
    result = run("reconcile", str(SEEDS), "--format", "json")

    assert result.returncode == 0 and result.stderr == b""
    clusters = json.loads(result.stdout)
    gifts = [c for c in clusters if any((f["field"], f["key"]) == ("item", "african lion") for f in c["fields"])]
    assert len(gifts) == 1 and len(gifts[0]["members"]) == 5
    (troops,) = [c for c in clusters if c["kind"] == "deployment" and c["key"] == "KP->RU"]
    assert {"field": "personnel", "key": None} in troops["conflicts"]


def test_reconcile_jsonl_csv_and_table_agree():
    as_json = json.loads(run("reconcile", str(SEEDS)).stdout)
    jsonl = run("reconcile", str(SEEDS), "--format", "jsonl")
    assert [json.loads(line) for line in jsonl.stdout.splitlines()] == as_json

    rows = list(csv.DictReader(io.StringIO(run("reconcile", str(SEEDS), "--format", "csv").stdout.decode())))
    conflict_rows = {(r["cluster_id"], r["field"], r["field_key"]) for r in rows if r["conflict"] == "true"}
    assert conflict_rows == {(c["cluster_id"], f["field"], f["key"] or "") for c in as_json for f in c["conflicts"]}

    table = run("reconcile", str(SEEDS), "--format", "table")
    assert table.returncode == 0 and table.stderr == b""
    text = table.stdout.decode("utf-8")
    assert text.startswith(as_json[0]["cluster_id"])
    assert "CONFLICT in personnel" in text
    assert any(line.lstrip().startswith("! personnel") for line in text.splitlines())


def test_reconcile_stdin():
    result = run("reconcile", "-", "--format", "json", stdin=TROOPS.encode("utf-8"))

    assert result.returncode == 0 and result.stderr == b""
    (cluster,) = json.loads(result.stdout)
    assert [(m["doc_id"], m["record"], m["status"]) for m in cluster["members"]] == [("stdin", 0, "reported")]


def test_reconcile_folder_with_non_utf8_file(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        (corpus / seed.name).write_bytes(seed.read_bytes())
    (corpus / "latin1.txt").write_bytes("Caf\u00e9 news: nothing given.\n".encode("latin-1"))

    result = run("reconcile", str(corpus), "--format", "json")

    assert result.returncode == 1
    stderr = result.stderr.decode("utf-8").strip().splitlines()
    assert len(stderr) == 1 and "latin1.txt" in stderr[0] and "UTF-8" in stderr[0]
    clusters = json.loads(result.stdout)
    (troops,) = [c for c in clusters if c["kind"] == "deployment" and c["key"] == "KP->RU"]
    assert {"field": "personnel", "key": None} in troops["conflicts"]


# --- no silent failures ----------------------------------------------------------------------

def test_a_folder_without_txt_files_is_warned_about(tmp_path):
    (tmp_path / "notes.md").write_text(GIFT, encoding="utf-8")

    for command in ("extract", "reconcile"):
        result = run(command, str(tmp_path), "--format", "json")
        assert result.returncode == 0
        assert result.stderr.decode("utf-8").strip() == f"giftextract: warning: no .txt files in folder {tmp_path}"
        assert json.loads(result.stdout) == []


def test_same_named_files_in_different_folders_get_distinct_ids(tmp_path):
    for folder, text in (("a", GIFT), ("b", PANDAS)):
        (tmp_path / "corpus" / folder).mkdir(parents=True)
        (tmp_path / "corpus" / folder / "x.txt").write_text(text, encoding="utf-8")

    folder = json.loads(run("extract", "corpus", cwd=tmp_path).stdout)
    assert [r["doc_id"] for r in folder] == ["a/x", "b/x"]
    files = json.loads(run("extract", "corpus/a/x.txt", "corpus/b/x.txt", cwd=tmp_path).stdout)
    assert [r["doc_id"] for r in files] == ["corpus/a/x", "corpus/b/x"]
    twice = json.loads(run("extract", "corpus/a/x.txt", "corpus/a/x.txt", cwd=tmp_path).stdout)
    assert [r["doc_id"] for r in twice] == ["corpus/a/x", "corpus/a/x#2"]

    clusters = json.loads(run("reconcile", "corpus", cwd=tmp_path).stdout)
    assert sorted(m["doc_id"] for c in clusters for m in c["members"]) == ["a/x", "b/x"]


def test_a_jsonl_line_carries_its_own_publication_date(tmp_path):
    lines = [{"id": "dated", "text": "Russia gifted two bears to North Korea on Wednesday.", "published": "2024-11-22"},
             {"id": "flag", "text": "Russia gifted two bears to North Korea on Wednesday."},
             {"id": "bad", "text": "x", "published": "22/11/2024"}]
    (tmp_path / "news.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")

    result = run("extract", "news.jsonl", "--published", "2024-06-07", cwd=tmp_path)

    assert result.returncode == 1
    assert "news.jsonl line 3" in result.stderr.decode("utf-8") and "YYYY-MM-DD" in result.stderr.decode("utf-8")
    dates = {r["doc_id"]: r["gift_transfers"][0]["date"]["value"] for r in json.loads(result.stdout)}
    assert dates == {"dated": "2024-11-20", "flag": "2024-06-05"}


# --- what users expect around it ------------------------------------------------------------------

def test_highlight_to_stdout(tmp_path):
    (tmp_path / "ducks.txt").write_text(GIFT, encoding="utf-8")

    result = run("highlight", "ducks.txt", "-o", "-", cwd=tmp_path)

    assert result.returncode == 0 and result.stderr == b""
    assert result.stdout.startswith(b"<!DOCTYPE html>") and b"mandarin ducks" in result.stdout
    assert not (tmp_path / "-").exists()


def _subcommands(parser):
    import argparse

    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return sub.choices


def test_every_option_of_every_command_has_help():
    from giftextract.cli import _parser

    parser = _parser()
    missing = [f"{name} {action.dest}" for name, command in [("", parser), *_subcommands(parser).items()]
               for action in command._actions if not action.help or action.help == "==SUPPRESS=="]
    assert missing == []


def test_reconcile_help_describes_its_own_csv():
    text = " ".join(run("reconcile", "-h").stdout.decode("utf-8").split())
    assert "one row per value of each field of each cluster" in text and "one row per record" not in text
    assert "one row per record" in " ".join(run("extract", "-h").stdout.decode("utf-8").split())


def test_explain_reads_names_as_extract_does():
    """"the North" in a Korea story is North Korea to explain as to extract."""
    from giftextract.explain import explain_text
    from giftextract.frames.tables import DEFAULT_TABLES
    text = "South Korea's spy agency estimates that the North sent about 11,000 soldiers to Russia."
    assert "SENDER='the North'" in explain_text(text, DEFAULT_TABLES)
    assert [d.sender.country for d in giftextract.extract(text).deployments] == ["KP"]
