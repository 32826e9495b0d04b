"""The command line's documents, read lazily: one file, one JSONL line at a time, so a batch
of any size is never held in memory (a folder's file list is, its texts are not)."""

from __future__ import annotations

import fnmatch
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

STDIN = "-"
JSONL_SUFFIXES = (".jsonl", ".ndjson")


def reason(err: Exception) -> str:
    if isinstance(err, UnicodeDecodeError):
        return f"not valid UTF-8 (byte 0x{err.object[err.start]:02x} at offset {err.start})"
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    return str(err) or type(err).__name__


def expand(paths: list[str]) -> Iterator[tuple[str, Path | None]]:
    """Yield ``(display name, path)`` per input; ``path`` is None for stdin.

    Folders become their ``*.txt`` files in sorted order so output is reproducible. Missing
    paths are passed through unchanged so reading them reports the error by name.
    """
    for raw in paths:
        if raw == STDIN:
            yield "stdin", None
            continue
        path = Path(raw)
        if path.is_dir():
            for child in txt_files(path):
                yield str(child), child
        else:
            yield raw, path


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


def read(path: Path | None) -> str:
    # Decode strictly: replacing bad bytes would put U+FFFD into evidence spans and hide the problem,
    # so a non-UTF-8 file is reported by name instead.
    data = sys.stdin.buffer.read() if path is None else path.read_bytes()
    return data.decode("utf-8")


def _lines(path: Path | None) -> Iterator[bytes]:
    if path is None:
        yield from sys.stdin.buffer
        return
    with path.open("rb") as fh:
        yield from fh


def jsonl_docs(name: str, path: Path | None) -> Iterator[tuple[str, str] | str]:
    """Yield ``(id, text)`` per good line and an error message per bad one, reading one line at
    a time; blank lines are skipped. Lines end at "\\n" only (JSON strings may hold U+2028)."""
    for number, raw in enumerate(_lines(path), start=1):
        try:
            line = raw.decode("utf-8")
            if not line.strip():
                continue
            obj = json.loads(line)
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise ValueError('expected an object with a string "text"')
            doc_id = obj.get("id")
            yield (str(doc_id) if doc_id is not None else f"{Path(name).stem}:{number}", obj["text"])
        except ValueError as err:  # json.JSONDecodeError and UnicodeDecodeError are ValueErrors
            yield f"{name} line {number}: {reason(err)}"


def documents(paths: list[str], stdin_jsonl: bool, complain: Callable[[str], None]) -> Iterator[tuple[str, str]]:
    """Every readable document as ``(doc_id, text)``, in input order, read when it is reached;
    each unreadable file or line is passed to ``complain`` (as "NAME: reason") where it occurs."""
    for name, path in expand(paths):
        as_jsonl = (path is None and stdin_jsonl) or (path is not None and path.suffix.lower() in JSONL_SUFFIXES)
        if as_jsonl:
            try:
                for item in jsonl_docs(name, path):
                    if isinstance(item, str):
                        complain(item)
                    else:
                        yield item
            except OSError as err:
                complain(f"{name}: {reason(err)}")
            continue
        try:
            text = read(path)
        except (OSError, UnicodeDecodeError) as err:
            complain(f"{name}: {reason(err)}")
            continue
        yield ("stdin" if path is None else path.stem, text)
