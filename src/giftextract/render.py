"""Text renderings of extractions and of the schema, kept apart from the CLI so they are pure and testable.

Every function returns a complete ``str`` ending in a newline; callers decide where it goes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Optional, Union

from pydantic import BaseModel

from giftextract.models import (
    Deployment, EventCluster, Extraction, GiftTransfer, Party, Place, QuantityValue, ReconciledField,
    ReconciledValue,
)
from giftextract.contract import schema_text
from giftextract.reconcile import labels

__all__ = [
    "clusters_csv", "clusters_table", "reconciliation_schema_json", "schema_json", "to_csv", "to_json",
    "to_jsonl", "to_table",
]


def _plain(model: BaseModel) -> dict:
    # mode="json" turns every value into a JSON-native type, so json.dumps never needs a default hook.
    return model.model_dump(mode="json")


def to_json(models: Iterable[BaseModel]) -> str:
    """One pretty-printed JSON array of all extractions or clusters (``[]`` when there are none)."""
    # ensure_ascii=False keeps quoted source text readable; the CLI writes the result as UTF-8.
    return json.dumps([_plain(m) for m in models], indent=2, ensure_ascii=False) + "\n"


def to_jsonl(models: Iterable[BaseModel]) -> str:
    """One compact JSON object per line; empty string when there are none."""
    # Compact separators keep every record on one line, which is what line-oriented tools expect.
    return "".join(
        json.dumps(_plain(m), ensure_ascii=False, separators=(",", ":")) + "\n" for m in models
    )


# --- extractions as CSV rows and a terminal summary -----------------------------------------

# One row per record. Every label column is followed by the numbers and codes a program needs,
# so nobody parses "more than 70": quantity_value 70, quantity_qualifier more_than (README, "CSV columns").
RECORD_COLUMNS = (
    "doc_id", "kind", "record", "from_country", "from_name", "to_country", "to_name",
    "items", "item_species", "item_counts",
    "quantity", "quantity_value", "quantity_low", "quantity_high", "quantity_qualifier", "quantity_unit",
    "origin", "origin_country", "destination_or_location", "destination_or_location_country",
    "transport", "status", "date", "date_value", "sources", "confidence",
)


def _party(p: Optional[Party]) -> tuple[str, str]:
    return (p.country or "", p.name) if p is not None else ("", "")


def _number(x: Optional[float]) -> str:
    # 70.0 -> "70": spreadsheets and csv readers take either, people read the short one.
    return "" if x is None else (str(int(x)) if float(x).is_integer() else repr(x))


def _qty(prefix: str, q: Optional[QuantityValue], text: str = "") -> dict[str, str]:
    if q is None:
        return {prefix: text, f"{prefix}_value": "", f"{prefix}_low": "", f"{prefix}_high": "",
                f"{prefix}_qualifier": "", f"{prefix}_unit": ""}
    return {prefix: text, f"{prefix}_value": _number(q.value), f"{prefix}_low": _number(q.low),
            f"{prefix}_high": _number(q.high), f"{prefix}_qualifier": q.qualifier, f"{prefix}_unit": q.unit or ""}


def _place(p: Optional[Place]) -> tuple[str, str]:
    return (p.name, p.country or "") if p is not None else ("", "")


def _items(g: GiftTransfer) -> dict[str, str]:
    return {
        "items": "; ".join(labels.item_label(i, [i.span.text]) for i in g.items),
        "item_species": "; ".join(i.species for i in g.items),
        # one entry per item, empty where the text gave no count: "1; 2; "
        "item_counts": "; ".join(_number(i.count.value) if i.count else "" for i in g.items),
    }


def record_rows(extraction: Extraction) -> list[dict[str, str]]:
    """One flat row per record, gifts then deployments, for spreadsheets."""
    rows = []
    records: list[tuple[str, int, Union[GiftTransfer, Deployment]]] = (
        [("gift_transfer", i, g) for i, g in enumerate(extraction.gift_transfers)]
        + [("deployment", i, d) for i, d in enumerate(extraction.deployments)]
    )
    for kind, index, r in records:
        gift = isinstance(r, GiftTransfer)
        src, dst = _party(r.giver if gift else r.sender), _party(r.recipient if gift else r.host)
        transport = r.transport if gift else None
        quantity = r.total if gift else r.personnel
        origin = _place(r.origin if gift else None)
        where = _place(r.destination if gift else r.location)
        rows.append({
            "doc_id": extraction.doc_id or "", "kind": kind, "record": str(index),
            "from_country": src[0], "from_name": src[1], "to_country": dst[0], "to_name": dst[1],
            **(_items(r) if gift else {"items": r.personnel_kind or "", "item_species": "", "item_counts": ""}),
            **_qty("quantity", quantity, quantity.text if quantity else ""),
            "origin": origin[0], "origin_country": origin[1],
            "destination_or_location": where[0], "destination_or_location_country": where[1],
            "transport": ", ".join(x for x in (transport.mode, transport.vehicle) if x) if transport else "",
            "status": "" if gift else r.status,
            "date": r.date.text if r.date else "", "date_value": (r.date.value or "") if r.date else "",
            "sources": "; ".join(s.name for s in r.attributed_to), "confidence": f"{r.confidence:.2f}",
        })
    return rows


def _csv(columns: Sequence[str], rows: Iterable[dict[str, str]], header: bool) -> str:
    buffer = io.StringIO()
    # lineterminator "\n": the CLI writes bytes itself, and RFC 4180's CRLF only confuses Unix tools.
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\n")
    if header:
        writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def to_csv(extractions: Iterable[Extraction], header: bool = True) -> str:
    """Records as CSV (header first unless ``header=False``, for streaming)."""
    return _csv(RECORD_COLUMNS, (row for e in extractions for row in record_rows(e)), header)


def _arrow(src: tuple[str, str], dst: tuple[str, str]) -> str:
    show = lambda p: f"{p[0] or '?'} ({p[1]})" if p[1] else "?"  # noqa: E731
    return f"{show(src)} -> {show(dst)}"


def _summary_line(row: dict[str, str]) -> str:
    gift = row["kind"] == "gift_transfer"
    parts = [("gift    " if gift else "troops  ") + _arrow((row["from_country"], row["from_name"]),
                                                          (row["to_country"], row["to_name"]))]
    if row["quantity"]:
        parts.append(row["quantity"] + ("" if gift else f" {row['items']}"))
    if gift and row["items"]:
        parts.append(row["items"])
    where = " -> ".join(x for x in (row["origin"], row["destination_or_location"]) if x)
    for extra in (where, row["transport"], row["status"] if not gift else "",
                  row["date_value"] or row["date"], row["sources"] and f"per {row['sources']}"):
        if extra:
            parts.append(extra)
    return "  " + " | ".join(parts)


def to_table(extractions: Iterable[Extraction]) -> str:
    """A readable terminal summary: one heading per document, one line per record."""
    lines = []
    for e in extractions:
        rows = record_rows(e)
        lines.append(f"{e.doc_id or '(no id)'}: {len(e.gift_transfers)} gift transfer(s), "
                     f"{len(e.deployments)} deployment(s)")
        lines.extend(_summary_line(row) for row in rows)
        lines.extend(f"  warning: {w}" for w in e.warnings)
    return "".join(line + "\n" for line in lines)


# --- reconciled clusters ---------------------------------------------------------------------

# One row per (field, value) of a cluster: the value's label, then its structured parts
# (README, "CSV columns"); the field's verdict (consensus label, conflict) repeats on each of its rows.
CLUSTER_COLUMNS = (
    "cluster_id", "kind", "from_country", "to_country", "field", "field_key", "label",
    "value", "low", "high", "qualifier", "unit", "species", "sex", "country", "place", "date", "status",
    "comparable", "consensus", "conflict", "documents", "texts",
)


def field_title(fld: ReconciledField) -> str:
    """'item: brown bear', 'personnel (planned)', 'total': how a field is named on screen."""
    if fld.key is None:
        return fld.field
    return f"{fld.field} ({fld.key})" if fld.field == "personnel" else f"{fld.field}: {fld.key}"


def _parts(val: ReconciledValue) -> dict[str, str]:
    """The structured value of a reconciled value as flat CSV cells."""
    count = val.quantity or (val.item.count if val.item else None)
    party, place = val.party, val.place
    return {
        **{k[len("q_"):]: x for k, x in _qty("q", count).items() if k != "q"},
        "species": val.item.species if val.item else "",
        "sex": (val.item.sex or "") if val.item else "",
        "country": (party.country if party else place.country if place else None) or "",
        "place": place.name if place else "",
        "date": (val.date.value or "") if val.date else "",
        "status": val.status or "",
    }


def cluster_rows(cluster: EventCluster) -> list[dict[str, str]]:
    """One row per (field, value): the value, the documents behind it, and the field's verdict."""
    giver, _, recipient = cluster.key.partition("->")
    rows = []
    for fld in cluster.fields:
        for val in fld.values:
            rows.append({
                "cluster_id": cluster.cluster_id, "kind": cluster.kind,
                "from_country": giver, "to_country": recipient,
                "field": fld.field, "field_key": fld.key or "", "label": val.label, **_parts(val),
                "comparable": str(val.comparable).lower(),
                "consensus": fld.consensus.label if fld.consensus else "", "conflict": str(fld.conflict).lower(),
                "documents": ";".join(dict.fromkeys(s.doc_id for s in val.sources)),
                "texts": " | ".join(dict.fromkeys(s.text for s in val.sources)),
            })
    return rows


def clusters_csv(clusters: Iterable[EventCluster]) -> str:
    return _csv(CLUSTER_COLUMNS, (row for c in clusters for row in cluster_rows(c)), True)


def _cluster_block(cluster: EventCluster) -> list[str]:
    docs = list(dict.fromkeys(m.doc_id for m in cluster.members))
    number = {d: i for i, d in enumerate(docs, start=1)}
    titles = [field_title(f) for f in cluster.fields]
    conflicts = [field_title(f) for f in cluster.fields if f.conflict]
    verdict = f"CONFLICT in {', '.join(conflicts)}" if conflicts else "no conflict"
    lines = [f"{cluster.cluster_id}  {cluster.kind} {cluster.key}  {len(docs)} document(s), {verdict}"]
    lines.append("  documents: " + "  ".join(f"[{number[d]}] {d}" for d in docs))
    width = max((len(t) for t in titles), default=5)
    cwidth = min(28, max((len(f.consensus.label) for f in cluster.fields if f.consensus), default=9))
    for fld, title in zip(cluster.fields, titles):
        shown = "CONFLICT" if fld.conflict else (fld.consensus.label if fld.consensus else "-")
        if len(shown) > cwidth:
            shown = shown[: cwidth - 1] + "\u2026"
        values = "; ".join(
            f"{val.label}{'' if val.comparable else ' (unresolved)'} "
            f"[{','.join(str(number[d]) for d in dict.fromkeys(s.doc_id for s in val.sources))}]"
            for val in fld.values)
        lines.append(f"  {'!' if fld.conflict else ' '} {title:<{width}}  {shown:<{cwidth}}  {values}")
    return lines


def clusters_table(clusters: Iterable[EventCluster]) -> str:
    """The consensus table: per cluster its documents, then per field the consensus and every value's sources."""
    blocks = ["\n".join(_cluster_block(c)) for c in clusters]
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def schema_json() -> str:
    """The JSON Schema of :class:`Extraction`, exactly as committed under ``schemas/``."""
    return schema_text("extraction")


def reconciliation_schema_json() -> str:
    """The JSON Schema of ``reconcile``'s output, written the same deterministic way."""
    return schema_text("reconciliation")
