"""The committed JSON Schema is the contract consumers code against: it must match the models."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from giftextract import Extraction, extract
from giftextract.render import schema_json

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schemas" / "extraction.schema.json"

# Written for these tests; exercises both record types and most optional fields.
TEXT = (
    "Chinese President Xi Jinping gifted two giant pandas to the Moscow Zoo in 2019. "
    "North Korea has deployed about 10,000 troops to Russia, officials said."
)


@pytest.fixture(scope="module")
def committed_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def test_committed_schema_matches_models():
    committed = SCHEMA_PATH.read_text(encoding="utf-8")
    assert committed == schema_json(), (
        f"{SCHEMA_PATH} is out of date with giftextract.models; "
        "regenerate it with `giftextract schema --out schemas` and commit the result"
    )


def test_committed_schema_is_a_valid_json_schema(committed_schema):
    validator = jsonschema.validators.validator_for(committed_schema)
    validator.check_schema(committed_schema)
    assert committed_schema["title"] == "Extraction"
    assert {"GiftTransfer", "Deployment", "Span"} <= set(committed_schema["$defs"])


def test_real_extraction_validates_and_round_trips(committed_schema):
    extraction = extract(TEXT, doc_id="schema-check")
    # Guard against a vacuous pass: the document must actually produce both kinds of record.
    assert extraction.gift_transfers, "expected a gift transfer in the test text"
    assert extraction.deployments, "expected a deployment in the test text"

    jsonschema.validate(extraction.model_dump(mode="json"), committed_schema)

    again = Extraction.model_validate_json(extraction.model_dump_json())
    assert again == extraction


def test_schema_rejects_unknown_fields(committed_schema):
    # extra="forbid" on the models must carry through, so typos in consumer data are caught.
    payload = extract(TEXT).model_dump(mode="json")
    payload["surprise"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(payload, committed_schema)
