"""The JSON Schemas of every output, as one contract: generated from the models, committed under
``schemas/``, shipped inside the package (``giftextract/schemas/``) and returned by
:func:`json_schema`.

Kinds, one per shape the command line prints:

* ``extraction``: one :class:`Extraction` (``extract --format jsonl``, one per line)
* ``extraction-list``: the array ``extract --format json`` prints
* ``event-cluster``: one :class:`EventCluster` (``reconcile --format jsonl``, one per line)
* ``reconciliation``: the array ``reconcile --format json`` prints (and ``giftextract.reconcile`` returns)

Each carries ``$schema`` (JSON Schema 2020-12) and a stable ``$id`` naming its kind and major
version, so a consumer can tell which contract a file follows.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from pydantic import TypeAdapter

from giftextract.models import RECONCILIATION_SCHEMA_VERSION, SCHEMA_VERSION, EventCluster, Extraction

DIALECT = "https://json-schema.org/draft/2020-12/schema"
FILES = {
    "extraction": "extraction.schema.json",
    "extraction-list": "extraction-list.schema.json",
    "reconciliation": "reconciliation.schema.json",
    "event-cluster": "event-cluster.schema.json",
}
KINDS = tuple(FILES)
_PACKAGE_DIR = "schemas"


def _major(version: str) -> str:
    return version.split(".")[0]


def _generate(kind: str) -> dict[str, Any]:
    if kind == "extraction":
        schema, title, version = Extraction.model_json_schema(), "Extraction", SCHEMA_VERSION
    elif kind == "extraction-list":
        schema, title, version = TypeAdapter(list[Extraction]).json_schema(), "ExtractionList", SCHEMA_VERSION
    elif kind == "event-cluster":
        schema, title, version = EventCluster.model_json_schema(), "EventCluster", RECONCILIATION_SCHEMA_VERSION
    else:
        schema = TypeAdapter(list[EventCluster]).json_schema()
        title, version = "Reconciliation", RECONCILIATION_SCHEMA_VERSION
    # A URN, not a web address: the id names the contract, nothing is fetched from it.
    return {"$schema": DIALECT, "$id": f"urn:giftextract:schema:{kind}:v{_major(version)}",
            **schema, "title": title}


def _check(kind: str) -> None:
    if kind not in FILES:
        raise ValueError(f"unknown schema kind {kind!r}; expected one of: {', '.join(KINDS)}")


def schema_text(kind: str) -> str:
    """The schema of ``kind`` generated from the models, as the exact text committed and shipped.

    sort_keys and a fixed indent make it deterministic, so the drift tests compare strings.
    """
    _check(kind)
    return json.dumps(_generate(kind), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def json_schema(kind: str = "extraction") -> dict[str, Any]:
    """The JSON Schema of one output, as shipped in the package: ``"extraction"`` (default),
    ``"extraction-list"``, ``"event-cluster"`` or ``"reconciliation"``."""
    _check(kind)
    text = resources.files("giftextract").joinpath(_PACKAGE_DIR, FILES[kind]).read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded
