"""giftextract on a Dask cluster: a bag of documents in, a bag of extraction records out.

Needs the optional extra: ``pip install 'giftextract[dask]'``. ``import giftextract`` never
imports this module (nor Dask).

>>> import dask.bag as db
>>> from giftextract.dask import extract_bag
>>> docs = db.from_sequence([("a", "Putin gifted 40 mandarin ducks to North Korea.")])
>>> extract_bag(docs).compute()[0]["gift_transfers"][0]["items"][0]["species"]
'mandarin duck'

A document is a ``str``, a ``(doc_id, text)`` pair, a ``(doc_id, text, published)`` triple or
a JSONL record (a dict with ``"text"`` and optional ``"id"``/``"doc_id"`` and ``"published"``,
as ``read_jsonl`` gives). Each document gives exactly one record, in input order: the
Extraction as a JSON-ready dict with ``"error": None``, or for a document that cannot be
read or extracted, an empty extraction with its ``doc_id`` and ``"error"`` saying why. One
bad document never fails the job.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

try:
    import dask.bag as db
except ImportError as err:  # pragma: no cover - exercised only without the extra
    raise ImportError("giftextract.dask needs Dask: pip install 'giftextract[dask]'") from err

from giftextract._extract import extract
from giftextract.models import Extraction
from giftextract.rows import ROWS

__all__ = ["DocumentError", "extract_bag", "read_jsonl", "to_dataframe", "extract_on_cluster"]


@dataclass(frozen=True)
class DocumentError:
    """A document that could not be extracted (``extract_bag(..., models=True)``)."""

    doc_id: str | None
    error: str


def _reason(err: BaseException) -> str:
    return f"{type(err).__name__}: {err}" if str(err) else type(err).__name__


def _fields(doc: Any) -> tuple[Any, Any, Any]:
    """(doc_id, text, published) of a document in any accepted shape; raises on a bad shape."""
    if isinstance(doc, str):
        return None, doc, None
    if isinstance(doc, tuple) and len(doc) in (2, 3):
        return doc[0], doc[1], doc[2] if len(doc) == 3 else None
    if isinstance(doc, dict):
        if "error" in doc and "text" not in doc:  # a line read_jsonl could not parse
            raise ValueError(doc["error"])
        if not isinstance(doc.get("text"), str):
            raise ValueError('a record needs a string "text"')
        doc_id = doc.get("id", doc.get("doc_id"))
        return None if doc_id is None else str(doc_id), doc["text"], doc.get("published")
    raise TypeError(f"a document is a str, (doc_id, text[, published]) or a dict record, not {type(doc).__name__}")


def _doc_id_of(doc: Any) -> str | None:
    if isinstance(doc, tuple) and doc and isinstance(doc[0], str):
        return doc[0]
    if isinstance(doc, dict):
        doc_id = doc.get("id", doc.get("doc_id"))
        return None if doc_id is None else str(doc_id)
    return None


def extract_one(doc: Any, published: str | dt.date | None = None) -> Extraction | DocumentError:
    """The Extraction of one document, or a DocumentError naming it: never raises."""
    try:
        doc_id, text, when = _fields(doc)
        return extract(text, doc_id=doc_id, published=when if when is not None else published)
    except Exception as err:  # noqa: BLE001 - one bad document must not fail the job
        return DocumentError(_doc_id_of(doc), _reason(err))


def as_record(result: Extraction | DocumentError) -> dict:
    """The JSON-ready dict of a result; an error is an empty extraction plus ``"error"``."""
    if isinstance(result, DocumentError):
        return {**Extraction(doc_id=result.doc_id).model_dump(mode="json"), "error": result.error}
    return {**result.model_dump(mode="json"), "error": None}


def _record(doc: Any, published: str | dt.date | None) -> dict:
    return as_record(extract_one(doc, published))


def extract_bag(bag: db.Bag, *, published: str | dt.date | None = None, models: bool = False) -> db.Bag:
    """A bag of one extraction per document, in the same order and partitions as ``bag``.

    ``published``: the date for documents that give none. ``models=True``: Extraction models
    (and ``DocumentError`` for failures) instead of dicts.
    """
    if not isinstance(bag, db.Bag):
        raise TypeError(f"extract_bag takes a dask.bag.Bag, not {type(bag).__name__} (db.from_sequence(docs))")
    if models:
        return bag.map(extract_one, published=published)
    return bag.map(_record, published=published)


def _jsonl_partition(lines: Iterable[tuple[str, str]]) -> Iterator[dict]:
    """Parsed records of one file's lines; a bad line becomes an error record with its place."""
    number = 0
    for line, path in lines:
        number += 1
        if not line.strip():
            continue
        place = f"{PurePosixPath(str(path)).stem}:{number}"
        try:
            obj = json.loads(line)
        except ValueError as err:
            yield {"id": place, "error": f"line {number} of {path}: {err}"}
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield {"id": place, "error": f'line {number} of {path}: expected an object with a string "text"'}
            continue
        if obj.get("id") is None and obj.get("doc_id") is None:
            obj = {**obj, "id": place}
        yield obj


def read_jsonl(urlpath: str | list[str], **storage_options: Any) -> db.Bag:
    """A bag of the records of JSONL files (one partition per file, lines read lazily).

    A record without an id gets ``"<file stem>:<line>"``, as the CLI names it; a line that is
    not a JSON object with a string ``"text"`` becomes an error record, not a failed job.
    """
    lines = db.read_text(urlpath, include_path=True, blocksize=None, storage_options=storage_options or None)
    return lines.map_partitions(lambda part: list(_jsonl_partition(part)))


def _meta(columns: dict[str, type]):
    import pandas as pd

    dtypes = {str: "string", int: "Int64", float: "float64"}
    return pd.DataFrame({name: pd.Series(dtype=dtypes[kind]) for name, kind in columns.items()})


def _frame(records: list[dict], table: str):
    import pandas as pd

    make, columns = ROWS[table]
    rows = [row for r in records for row in make(r)]
    return pd.DataFrame(rows, columns=list(columns)).astype(_meta(columns).dtypes.to_dict())


def to_dataframe(records: db.Bag, table: str = "gift_items"):
    """A Dask DataFrame of ``extract_bag``'s records: ``table`` is 'gift_items' (one row per
    gift item), 'deployments' (one per deployment) or 'errors' (one per failed document).
    Columns and dtypes are those of ``giftextract.rows``: ready for ``to_parquet``."""
    import dask
    import dask.dataframe as dd

    if table not in ROWS:
        raise ValueError(f"table must be one of {sorted(ROWS)}, not {table!r}")
    parts = [dask.delayed(_frame)(part, table) for part in records.to_delayed()]
    return dd.from_delayed(parts, meta=_meta(ROWS[table][1]), verify_meta=False)


def extract_on_cluster(docs: Iterable[Any], *, scheduler: str | None = None, workers: int = 2,
                       published: str | dt.date | None = None, batch: int = 2000,
                       partition: int = 16) -> Iterator[Extraction | DocumentError]:
    """One result per document, in order, computed on a Dask cluster ``batch`` documents at a
    time (so memory stays bounded however many there are): on the scheduler at ``scheduler``
    (``"tcp://host:8786"``), or on a local cluster of ``workers`` processes when it is None."""
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
    try:
        with Client(scheduler if scheduler is not None else cluster) as client:
            pending: list[Any] = []
            for doc in docs:
                pending.append(doc)
                if len(pending) >= batch:
                    yield from _compute(client, pending, published, partition)
                    pending = []
            if pending:
                yield from _compute(client, pending, published, partition)
    finally:
        if cluster is not None:
            cluster.close()


def _compute(client: Any, docs: list[Any], published: Any, partition: int) -> list:
    bag = db.from_sequence(docs, partition_size=partition)
    return client.compute(extract_bag(bag, published=published, models=True)).result()
