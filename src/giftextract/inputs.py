"""Reading the command line's inputs: files, folders, JSONL and stdin, as ``(doc_id, text, published)``.

Errors about one input go to stderr by name (``giftextract: cannot read NAME: reason``) and the
others are still read; document ids are unique (README, "Document ids").

A batch is read twice, never held: a first pass checks every input and collects only the
document ids (an id depends on every other one), a second reads each text when the work
reaches it. Memory stays flat however many documents there are; stdin is read once, into a
temporary file.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import json
import os
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

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
            empty = True
            for child in txt_files(path):
                empty = False
                yield _Input(str(child), child, _without_txt(child.relative_to(path)), _without_txt(child))
            if empty:
                print(f"{PROG}: warning: no .txt files in folder {raw}", file=sys.stderr)
        else:
            yield _Input(raw, path, path.stem, _without_txt(path))


def txt_files(folder: Path) -> Iterator[Path]:
    """``sorted(p for p in folder.rglob("*.txt") if p.is_file())``, made as it goes: one
    directory's names at a time, not a Path object per file of the whole tree (20,000 of
    them are 12 MB). Sorting names directory by directory, descending into each directory
    at its place among them, is the order of sorted paths; as rglob, symlinked directories
    are not entered and unreadable ones are skipped."""
    try:
        names = sorted(os.listdir(folder))
    except PermissionError:
        return
    for name in names:
        child = folder / name
        if child.is_dir() and not child.is_symlink():
            yield from txt_files(child)
        elif fnmatch.fnmatchcase(name, "*.txt") and child.is_file():
            yield child


def read_input(path: Path | None) -> str:
    # Decode strictly: replacing bad bytes would put U+FFFD into evidence spans and hide the problem,
    # so a non-UTF-8 file is reported by name instead.
    data = sys.stdin.buffer.read() if path is None else path.read_bytes()
    return data.decode("utf-8")


Doc = tuple[str, str, Optional[dt.date]]


def _lines(path: Path) -> Iterator[bytes]:
    with path.open("rb") as fh:
        yield from fh


def _jsonl_docs(name: str, path: Path, published: dt.date | None) -> Iterator[Doc | str]:
    """Yield ``(id, text, published)`` per good line and an error message per bad one, one line
    at a time; blank lines are skipped. Lines end at "\\n" only (a JSON string may hold U+2028).

    A line's own ``"published"`` (YYYY-MM-DD) wins over ``--published``."""
    for number, raw in enumerate(_lines(path), start=1):
        try:
            line = raw.decode("utf-8")
            if not line.strip():
                continue
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
        except ValueError as err:  # json.JSONDecodeError and UnicodeDecodeError are ValueErrors
            yield f"{name} line {number}: {reason(err)}"


# A readable input as the batch keeps it, as little as possible per file (a folder may hold
# 20,000): a text file's path (its name, and its long id without ".txt"); ("text", name, path,
# long id) for stdin; ("jsonl", name, path, number of documents).
Kept = Union[str, tuple[str, str, str, Union[str, int]]]


def _unique(kept: list[Kept], shorts: list[str]) -> list[str]:
    """Ids made unique: a clash falls back on the path as given ("a/x", "b/x"); one that still
    clashes (the same file twice, a JSONL id repeated) gets "#2", "#3"."""
    count = Counter(shorts)
    seen: Counter[str] = Counter()
    out = []
    docs = iter(shorts)
    for entry in kept:
        if isinstance(entry, str) or entry[0] == "text":
            pairs: Iterable[tuple[str, str | None]] = [(next(docs), None)]
        else:
            pairs = ((next(docs), "") for _ in range(int(entry[3])))
        for short, _ in pairs:
            if count[short] == 1:
                name = short
            elif isinstance(entry, str):
                name = _without_txt(Path(entry))
            else:
                name = str(entry[3]) if entry[0] == "text" else short
            seen[name] += 1
            out.append(name if seen[name] == 1 else f"{name}#{seen[name]}")
    return out


@dataclass
class Batch:
    """The readable documents of the inputs, in order: ``len()`` is known after the first
    pass; iterating reads the texts, one at a time."""

    inputs: list[Kept]
    ids: list[str]
    published: dt.date | None
    spool: Optional["tempfile._TemporaryFileWrapper"] = None

    def __len__(self) -> int:
        return len(self.ids)

    def __iter__(self) -> Iterator[Doc]:
        ids = iter(self.ids)
        for entry in self.inputs:
            if isinstance(entry, str) or entry[0] == "text":
                yield next(ids), read_input(Path(entry if isinstance(entry, str) else entry[2])), self.published
                continue
            for line in _jsonl_docs(entry[1], Path(entry[2]), self.published):
                if not isinstance(line, str):
                    yield next(ids), line[1], line[2]

    def close(self) -> None:
        if self.spool is not None:
            self.spool.close()


def _spooled_stdin() -> "tempfile._TemporaryFileWrapper":
    """stdin copied to a temporary file, so that it can be read twice like any file."""
    spool = tempfile.NamedTemporaryFile(prefix="giftextract-stdin-")
    shutil.copyfileobj(sys.stdin.buffer, spool)
    spool.flush()
    return spool


def documents(paths: list[str], stdin_format: str, published: dt.date | None) -> tuple[Batch, bool]:
    """Every readable document as ``(doc_id, text, published)``, in input order, as a Batch
    read lazily; errors are reported as the first pass finds them."""
    kept: list[Kept] = []
    shorts: list[str] = []
    failed = False
    spool = None
    for item in _expand(paths):
        if item.path is None:
            if spool is not None:  # "-" given twice: the second read of stdin finds it empty
                item.path = Path(os.devnull)
            else:
                spool = _spooled_stdin()
                item.path = Path(spool.name)
        as_jsonl = (item.name == "stdin" and stdin_format == "jsonl") or (
            item.name != "stdin" and item.path.suffix.lower() in JSONL_SUFFIXES)
        if not as_jsonl:
            try:
                read_input(item.path)  # checked now, read again when its turn comes
            except (OSError, UnicodeDecodeError) as err:
                complain("read", item.name, reason(err))
                failed = True
                continue
            path = str(item.path)
            plain = path == item.name and item.long_id == _without_txt(item.path)
            kept.append(path if plain else ("text", item.name, path, item.long_id))
            shorts.append(item.doc_id)
            continue
        before = len(shorts)
        try:
            for line in _jsonl_docs(item.name, item.path, published):
                if isinstance(line, str):
                    print(f"{PROG}: cannot read {line}", file=sys.stderr)
                    failed = True
                else:
                    shorts.append(line[0])
        except OSError as err:
            complain("read", item.name, reason(err))
            failed = True
            del shorts[before:]
            continue
        kept.append(("jsonl", item.name, str(item.path), len(shorts) - before))
    return Batch(kept, _unique(kept, shorts), published, spool), failed
