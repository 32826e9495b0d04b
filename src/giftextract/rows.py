"""Extraction records flattened to typed table rows: one row per gift item, one per deployment.

These work on the JSON form of an Extraction (``model_dump(mode="json")``, what
``giftextract.dask.extract_bag`` yields), so a table can be built wherever the records are,
with pandas, Dask or plain ``csv``. Column names and types are fixed in ``GIFT_ITEM_COLUMNS``
and ``DEPLOYMENT_COLUMNS`` (``str``, ``int``, ``float``; any may be None), so every partition of a
large job has the same schema and ``to_parquet`` needs no inference.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

Record = dict[str, Any]

_PARTY = ("name", "kind", "country")
_QUANTITY = (("", "value", float), ("_low", "low", float), ("_high", "high", float),
             ("_qualifier", "qualifier", str), ("_text", "text", str))


def _party_columns(role: str) -> dict[str, type]:
    return {f"{role}{'' if part == 'name' else '_' + part}": str for part in _PARTY}


def _quantity_columns(name: str) -> dict[str, type]:
    return {f"{name}{suffix}": kind for suffix, _key, kind in _QUANTITY}


_COMMON_TAIL: dict[str, type] = {"date_text": str, "date": str, "sources": str, "confidence": float,
                                 "rules": str, "evidence_start": int, "evidence_end": int}

GIFT_ITEM_COLUMNS: dict[str, type] = {
    "doc_id": str, "transfer": int, "item": int,
    **_party_columns("giver"), **_party_columns("recipient"),
    "species": str, "scientific_name": str, "animal_class": str, "category": str,
    **_quantity_columns("count"), "sex": str, "breed": str, "descriptors": str,
    **_quantity_columns("total"),
    "origin": str, "origin_country": str, "destination": str, "destination_country": str,
    "transport_mode": str, "transport_vehicle": str, **_COMMON_TAIL,
}

DEPLOYMENT_COLUMNS: dict[str, type] = {
    "doc_id": str, "deployment": int,
    **_party_columns("sender"), **_party_columns("host"), **_party_columns("against"),
    **_quantity_columns("personnel"), "personnel_kind": str,
    "location": str, "location_kind": str, "location_country": str, "status": str, **_COMMON_TAIL,
}

ERROR_COLUMNS: dict[str, type] = {"doc_id": str, "error": str}


def _get(obj: Record | None, key: str) -> Any:
    return None if obj is None else obj.get(key)


def _party(role: str, party: Record | None) -> dict[str, Any]:
    return {f"{role}{'' if part == 'name' else '_' + part}": _get(party, part) for part in _PARTY}


def _quantity(name: str, q: Record | None) -> dict[str, Any]:
    return {f"{name}{suffix}": _get(q, key) for suffix, key, _kind in _QUANTITY}


def _place(name: str, place: Record | None) -> dict[str, Any]:
    return {name: _get(place, "name"), f"{name}_country": _get(place, "country")}


def _tail(r: Record) -> dict[str, Any]:
    evidence = r.get("evidence") or []
    return {"date_text": _get(r.get("date"), "text"), "date": _get(r.get("date"), "value"),
            "sources": "; ".join(s["name"] for s in r.get("attributed_to") or []) or None,
            "confidence": r.get("confidence"), "rules": ";".join(r.get("rules") or []) or None,
            "evidence_start": evidence[0]["start"] if evidence else None,
            "evidence_end": evidence[-1]["end"] if evidence else None}


def gift_item_rows(extraction: Record) -> list[Record]:
    """One row per gift item; a transfer without items (a total only) gives one row, item -1."""
    rows = []
    for t, g in enumerate(extraction.get("gift_transfers") or []):
        transfer = {"doc_id": extraction.get("doc_id"), "transfer": t,
                    **_party("giver", g.get("giver")), **_party("recipient", g.get("recipient"))}
        shared = {**_quantity("total", g.get("total")), **_place("origin", g.get("origin")),
                  **_place("destination", g.get("destination")),
                  "transport_mode": _get(g.get("transport"), "mode"),
                  "transport_vehicle": _get(g.get("transport"), "vehicle"), **_tail(g)}
        for i, item in enumerate(g.get("items") or [None]):
            rows.append({**transfer, "item": i if item is not None else -1,
                         "species": _get(item, "species"), "scientific_name": _get(item, "scientific_name"),
                         "animal_class": _get(item, "animal_class"), "category": _get(item, "category"),
                         **_quantity("count", _get(item, "count")), "sex": _get(item, "sex"),
                         "breed": _get(item, "breed"),
                         "descriptors": ", ".join(_get(item, "descriptors") or []) or None, **shared})
    return rows


def deployment_rows(extraction: Record) -> list[Record]:
    """One row per deployment."""
    rows = []
    for n, d in enumerate(extraction.get("deployments") or []):
        location = d.get("location")
        rows.append({"doc_id": extraction.get("doc_id"), "deployment": n,
                     **_party("sender", d.get("sender")), **_party("host", d.get("host")),
                     **_party("against", d.get("against")), **_quantity("personnel", d.get("personnel")),
                     "personnel_kind": d.get("personnel_kind"), **_place("location", location),
                     "location_kind": _get(location, "kind"), "status": d.get("status"), **_tail(d)})
    return rows


def error_rows(extraction: Record) -> list[Record]:
    """One row for a document that failed (its record has an ``error``), none otherwise."""
    error = extraction.get("error")
    return [{"doc_id": extraction.get("doc_id"), "error": error}] if error else []


ROWS = {"gift_items": (gift_item_rows, GIFT_ITEM_COLUMNS), "deployments": (deployment_rows, DEPLOYMENT_COLUMNS),
        "errors": (error_rows, ERROR_COLUMNS)}


def rows(extractions: Iterable[Record], table: str) -> list[Record]:
    """Rows of ``table`` ('gift_items', 'deployments' or 'errors') over many extraction records."""
    if table not in ROWS:
        raise ValueError(f"table must be one of {sorted(ROWS)}, not {table!r}")
    make = ROWS[table][0]
    return [row for e in extractions for row in make(e)]
