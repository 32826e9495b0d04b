"""Reading the command line's inputs: files, folders, JSONL and stdin, as ``(doc_id, text, published)``.

Errors about one input go to stderr by name (``giftextract: cannot read NAME: reason``) and the
others are still read; document ids are unique (README, "Document ids").
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

PROG = "giftextract"
STDIN = "-"
JSONL_SUFFIXES = (".jsonl", ".ndjson")


def complain(verb: str, name: str, why: object) -> None:
    print(f"{PROG}: cannot {verb} {name}: {why}", file=sys.stderr)


def reason(err: Exception) -> str:
    if isinstance(err, UnicodeDecodeError):
        return f"not valid UTF-8 (byte 0x{err.object[err.start]:02x} at offset {err.start})"
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    return str(err) or type(err).__name__


@dataclass
class _Input:
    """One file to read: how to name it in messages, its path (None for stdin), its document id,
    and the longer id it falls back on when two inputs would share one."""

    name: str
    path: Path | None
    doc_id: str
    long_id: str


def _without_txt(path: Path) -> str:
    return path.with_suffix("").as_posix() if path.suffix.lower() == ".txt" else path.as_posix()


def _expand(paths: list[str]) -> Iterator[_Input]:
    """One input per file, in order; stdin's path is None.

    Folders become their ``*.txt`` files in sorted order so output is reproducible, each with
    its path inside the folder as its id ("a/x" and "b/x", never two "x"); a folder without
    any is warned about. Missing paths are passed through so reading them reports the error by name.
    """
    for raw in paths:
        if raw == STDIN:
            yield _Input("stdin", None, "stdin", "stdin")
            continue
        path = Path(raw)
        if path.is_dir():
            children = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not children:
                print(f"{PROG}: warning: no .txt files in folder {raw}", file=sys.stderr)
            for child in children:
                yield _Input(str(child), child, _without_txt(child.relative_to(path)), _without_txt(child))
        else:
            yield _Input(raw, path, path.stem, _without_txt(path))


def read_input(path: Path | None) -> str:
    # Decode strictly: replacing bad bytes would put U+FFFD into evidence spans and hide the problem,
    # so a non-UTF-8 file is reported by name instead.
    data = sys.stdin.buffer.read() if path is None else path.read_bytes()
    return data.decode("utf-8")


Doc = tuple[str, str, Optional[dt.date]]


def _jsonl_docs(name: str, text: str, published: dt.date | None) -> Iterator[Doc | str]:
    """Yield ``(id, text, published)`` per good line and an error message per bad one; blank lines are skipped.

    A line's own ``"published"`` (YYYY-MM-DD) wins over ``--published``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise ValueError('expected an object with a string "text"')
            doc_id = obj.get("id")
            when = obj.get("published")
            if when is not None:
                if not isinstance(when, str):
                    raise ValueError(f'"published" must be a YYYY-MM-DD string, got {when!r}')
                try:
                    when = dt.date.fromisoformat(when.strip()[:10])
                except ValueError:
                    raise ValueError(f'"published" must be YYYY-MM-DD, got {obj["published"]!r}') from None
            yield (str(doc_id) if doc_id is not None else f"{Path(name).stem}:{number}", obj["text"],
                   when if when is not None else published)
        except ValueError as err:  # json.JSONDecodeError is a ValueError
            yield f"{name} line {number}: {err}"


def _unique(docs: list[tuple[Doc, str]]) -> list[Doc]:
    """Ids made unique: a clash falls back on the path as given ("a/x", "b/x"); one that still
    clashes (the same file twice, a JSONL id repeated) gets "#2", "#3"."""
    short = Counter(doc[0] for doc, _ in docs)
    named = [(doc[0] if short[doc[0]] == 1 else long_id, doc) for doc, long_id in docs]
    seen: Counter[str] = Counter()
    out = []
    for doc_id, (_, text, published) in named:
        seen[doc_id] += 1
        out.append((doc_id if seen[doc_id] == 1 else f"{doc_id}#{seen[doc_id]}", text, published))
    return out


def documents(paths: list[str], stdin_format: str, published: dt.date | None) -> tuple[list[Doc], bool]:
    """Every readable document as ``(doc_id, text, published)``, in input order; errors reported as found."""
    docs: list[tuple[Doc, str]] = []
    failed = False
    for item in _expand(paths):
        try:
            text = read_input(item.path)
        except (OSError, UnicodeDecodeError) as err:
            complain("read", item.name, reason(err))
            failed = True
            continue
        as_jsonl = (item.path is None and stdin_format == "jsonl") or (
            item.path is not None and item.path.suffix.lower() in JSONL_SUFFIXES)
        if not as_jsonl:
            docs.append(((item.doc_id, text, published), item.long_id))
            continue
        for line in _jsonl_docs(item.name, text, published):
            if isinstance(line, str):
                print(f"{PROG}: cannot read {line}", file=sys.stderr)
                failed = True
            else:
                docs.append((line, line[0]))
    return _unique(docs), failed
