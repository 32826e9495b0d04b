"""Property: whatever ``extract`` returns validates against the committed JSON Schema.

``schemas/extraction.schema.json`` is what consumers code against, so every output must
validate against it -- not just the hand-picked example in ``test_schema.py``.  Inputs are
arbitrary strings (``awkward_text`` from ``test_extract_properties``, plus plain
``st.text()``), templated gift sentences with scraper noise, and templated deployment
sentences, alone and mixed into multi-sentence documents.

What is validated is the JSON a consumer actually receives: ``json.loads(model_dump_json())``
for surrogate-free input.  Lone surrogates cannot be encoded as JSON at all (a known bug,
see ``test_json_round_trip_with_lone_surrogate``), so for those the ``mode="json"`` dump is
validated instead.  The validator is built once, for the draft the schema declares
(pydantic emits 2020-12 and writes no ``$schema``, so that is the fallback).

Example counts come from the active hypothesis profile (``tests/conftest.py``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
from hypothesis import given, note
from hypothesis import strategies as st

from giftextract import Extraction, extract

from test_extract_properties import (  # tests/ is on sys.path (rootdir conftest, no package)
    FILLER,
    NOISE,
    PARTIES,
    _cap,
    awkward_text,
    gift_sentences,
    noisy,
)

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schemas" / "extraction.schema.json"
SCHEMA: dict = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
_VALIDATOR_CLS = jsonschema.validators.validator_for(SCHEMA, default=jsonschema.Draft202012Validator)
_VALIDATOR_CLS.check_schema(SCHEMA)
VALIDATOR = _VALIDATOR_CLS(SCHEMA, format_checker=_VALIDATOR_CLS.FORMAT_CHECKER)


def _has_surrogate(s: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in s)


def assert_validates(ex: Extraction, text: str) -> Any:
    """Validate the consumer-visible JSON of ``ex``; return the payload that was checked."""
    assert isinstance(ex, Extraction)
    if _has_surrogate(text):
        payload = ex.model_dump(mode="json")
    else:
        payload = json.loads(ex.model_dump_json())
    errors = sorted(VALIDATOR.iter_errors(payload), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in errors[:10])
    return payload


# --------------------------------------------------------------------------- deployments

SENDERS = [("Russia", "RU"), ("North Korea", "KP"), ("The United States", "US"), ("China", "CN"),
           ("Belarus", "BY"), ("Iran", "IR")]
HOSTS = [("Belarus", "BY"), ("Russia", "RU"), ("Poland", "PL"), ("Syria", "SY"), ("Kenya", "KE"),
         ("Japan", "JP")]
PERSONNEL = ["10,000 troops", "about 10,000 troops", "3,000 soldiers", "more than 12,000 soldiers",
             "500 workers", "troops", "two brigades", "several thousand troops"]
DEPLOYMENT_TEMPLATES = [
    "{sender} has sent {personnel} to {host}.",
    "{sender} has deployed {personnel} to {host}, officials said.",
    "{sender} will deploy {personnel} to {host}, the ministry said.",
    "{sender} plans to send {personnel} to {host}.",
    "{sender} denied sending {personnel} to {host}.",
    "{sender} sent {personnel} to {host} to fight against Ukraine, TASS reported.",
    "{personnel} from {sender} were deployed in {host} last year.",
]


@st.composite
def deployment_sentences(draw) -> str:
    sender, sc = draw(st.sampled_from(SENDERS))
    host, _ = draw(st.sampled_from([h for h in HOSTS if h[1] != sc]))
    t = draw(st.sampled_from(DEPLOYMENT_TEMPLATES))
    return _cap(t.format(sender=sender, host=host, personnel=draw(st.sampled_from(PERSONNEL))))


gift_text = gift_sentences().map(lambda s: s[0])
sentence = st.one_of(gift_text, deployment_sentences(), st.sampled_from(FILLER))


@st.composite
def documents(draw) -> str:
    """A few gift / deployment / filler sentences, joined, then (maybe) scraper noise."""
    parts = draw(st.lists(sentence, min_size=1, max_size=6))
    sep = draw(st.sampled_from([" ", "\n", "\n\n", "\r\n\r\n"]))
    doc = sep.join(parts)
    return draw(noisy(doc, list(NOISE)))


# --------------------------------------------------------------------------- properties


@given(st.text())
def test_any_text_validates(text: str) -> None:
    assert_validates(extract(text), text)


@given(awkward_text, st.one_of(st.none(), st.text(max_size=20)))
def test_awkward_text_validates(text: str, doc_id: str | None) -> None:
    assert_validates(extract(text, doc_id=doc_id), text)


@given(gift_sentences(), st.data())
def test_noisy_gift_sentence_validates(sent, data) -> None:
    text = data.draw(noisy(sent[0], list(NOISE)), label="noisy")
    payload = assert_validates(extract(text), text)
    note(f"{len(payload['gift_transfers'])} gift transfers")


@given(deployment_sentences())
def test_deployment_sentence_validates(text: str) -> None:
    assert_validates(extract(text), text)


@given(documents(), awkward_text, st.booleans())
def test_mixed_document_validates(doc: str, junk: str, junk_first: bool) -> None:
    text = junk + " " + doc if junk_first else doc + " " + junk
    assert_validates(extract(text, doc_id="doc-\u00e9"), text)


# --------------------------------------------------------------------------- non-vacuity


def test_generators_reach_both_record_types() -> None:
    """Guard against a vacuous pass: the templated inputs really produce records."""
    gift = _cap("{giver} gifted two giant pandas to Japan.".format(giver=PARTIES[1][0]))
    dep = DEPLOYMENT_TEMPLATES[0].format(sender="Russia", host="Belarus", personnel=PERSONNEL[0])
    ex = extract(gift + " " + dep)
    payload = assert_validates(ex, gift + " " + dep)
    assert payload["gift_transfers"] and payload["deployments"]


def test_validator_rejects_bad_payload() -> None:
    """The validator really is strict: a negative start or unknown field fails."""
    payload = json.loads(extract("China gifted two giant pandas to Japan.").model_dump_json())
    assert payload["gift_transfers"]
    bad = json.loads(json.dumps(payload))
    bad["gift_transfers"][0]["evidence"][0]["start"] = -1
    assert not VALIDATOR.is_valid(bad)
    bad = json.loads(json.dumps(payload))
    bad["gift_transfers"][0]["surprise"] = True
    assert not VALIDATOR.is_valid(bad)
