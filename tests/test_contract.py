"""The schemas as a contract: every kind committed, shipped in the wheel, returned by
``giftextract.json_schema(kind)``, and every JSON output of the command line valid against its schema."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import jsonschema
import pytest

import giftextract
from giftextract.contract import FILES, KINDS, schema_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
COMMITTED = ROOT / "schemas"
PACKAGED = ROOT / "src" / "giftextract" / "schemas"
STALE = "run `giftextract schema --out schemas && giftextract schema --out src/giftextract/schemas`"


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "giftextract.cli", *args], capture_output=True, timeout=300)


@pytest.mark.parametrize("kind", KINDS)
def test_committed_and_packaged_schemas_match_the_models(kind):
    assert (COMMITTED / FILES[kind]).read_text("utf-8") == schema_text(kind), STALE
    assert (PACKAGED / FILES[kind]).read_text("utf-8") == schema_text(kind), STALE


@pytest.mark.parametrize("kind", KINDS)
def test_each_schema_names_its_dialect_and_a_stable_id(kind):
    schema = giftextract.json_schema(kind)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].startswith(f"urn:giftextract:schema:{kind}:v")
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema == json.loads(schema_text(kind))


def test_ids_are_distinct_and_the_default_kind_is_extraction():
    assert len({giftextract.json_schema(k)["$id"] for k in KINDS}) == len(KINDS)
    assert giftextract.json_schema()["title"] == "Extraction"
    assert giftextract.reconciliation_json_schema()["title"] == "Reconciliation"


def test_an_unknown_kind_is_named_in_the_error():
    with pytest.raises(ValueError, match="unknown schema kind 'extractions'.*extraction-list"):
        giftextract.json_schema("extractions")


def test_schema_out_writes_every_kind(tmp_path):
    result = cli("schema", "--out", str(tmp_path))
    assert result.returncode == 0 and result.stdout == b"" and result.stderr == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(FILES.values())
    for kind in KINDS:
        assert (tmp_path / FILES[kind]).read_text("utf-8") == schema_text(kind)
    printed = cli("schema", "--kind", "extraction-list")
    assert printed.stdout.decode("utf-8") == schema_text("extraction-list")


def test_schema_help_says_what_it_writes():
    text = cli("schema", "-h").stdout.decode("utf-8")
    for name in FILES.values():
        assert name in " ".join(text.split()).replace("- ", "-")


def _validator(kind: str) -> jsonschema.protocols.Validator:
    schema = giftextract.json_schema(kind)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def outputs() -> dict[tuple[str, str], str]:
    return {(command, fmt): cli(command, str(SEEDS), "--format", fmt).stdout.decode("utf-8")
            for command in ("extract", "reconcile") for fmt in ("json", "jsonl")}


@pytest.mark.parametrize(("command", "fmt", "kind"), [
    ("extract", "json", "extraction-list"),
    ("extract", "jsonl", "extraction"),
    ("reconcile", "json", "reconciliation"),
    ("reconcile", "jsonl", "event-cluster"),
])
def test_every_json_output_validates_against_its_schema(outputs, command, fmt, kind):
    text = outputs[(command, fmt)]
    documents = [json.loads(text)] if fmt == "json" else [json.loads(line) for line in text.splitlines()]
    assert documents and all(documents)
    for document in documents:
        _validator(kind).validate(document)
    # and not vacuously: a wrong shape is refused
    with pytest.raises(jsonschema.ValidationError):
        _validator(kind).validate({"surprise": 1} if fmt == "jsonl" else [{"surprise": 1}])


def test_the_wheel_ships_every_schema(tmp_path):
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(ROOT), "-w", str(tmp_path)],
                           capture_output=True, timeout=600)
    assert built.returncode == 0, built.stderr.decode("utf-8", "replace")[-2000:]
    (wheel,) = tmp_path.glob("giftextract-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"giftextract/schemas/{name}" for name in FILES.values()} <= names
    assert {"giftextract/reconcile/data/english.json", "giftextract/text/data/english.json"} <= names
    # every data file of the package tree: the rules, the lexicon, the sieves
    src = Path(__file__).resolve().parents[1] / "src"
    data = {p.relative_to(src).as_posix() for p in (src / "giftextract").glob("*/data/*.json")}
    assert data and data <= names, sorted(data - names)


def test_the_license_file_matches_pyproject():
    import re

    (declared,) = re.findall(r'^license = \{ text = "([^"]+)" \}$', (ROOT / "pyproject.toml").read_text("utf-8"), re.M)
    license_text = (ROOT / "LICENSE").read_text("utf-8")
    assert declared == "MIT" and license_text.startswith("MIT License")
    assert "Permission is hereby granted, free of charge" in license_text
