"""The command line, run as a real subprocess so argument parsing, streams and exit codes are all exercised."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import giftextract

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schemas" / "extraction.schema.json"

# Sentences written for these tests.
GIFT = "Russian President Vladimir Putin gifted 40 mandarin ducks to North Korea.\n"
PANDAS = "China sent two giant pandas to the Moscow Zoo in 2019.\n"
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
        "China sent two giant pandas to the Moscow Zoo last year.\n", encoding="utf-8"
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
    assert [r["doc_id"] for r in records] == ["good", "pandas"]
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
    assert sorted(p.name for p in out.iterdir()) == ["extraction.schema.json"]
    assert (out / "extraction.schema.json").read_bytes() == SCHEMA_PATH.read_bytes(), (
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
