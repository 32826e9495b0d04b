"""Command line: ``giftextract extract PATH...`` and ``giftextract schema [--out DIR]``.

Errors about individual inputs go to stderr as ``giftextract: cannot read PATH: reason``;
every other input is still processed and written, and the exit code is 1 if anything failed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from giftextract import __version__, extract
from giftextract.models import Extraction
from giftextract.render import schema_json, to_json, to_jsonl

PROG = "giftextract"
SCHEMA_FILE = "extraction.schema.json"
STDIN = "-"


def _iso_date(value: str) -> dt.date:
    # Validate here so a typo is a usage error before any file is read, not a crash midway.
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Extract state-to-state gift transfers and troop deployments from English news text.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    ext = commands.add_parser("extract", help="extract records from text files, folders or stdin")
    ext.add_argument("paths", nargs="+", metavar="PATH",
                     help="a text file, a folder (searched recursively for *.txt), or - for stdin")
    ext.add_argument("--format", choices=("json", "jsonl"), default="json",
                     help="json: one indented array (default); jsonl: one compact object per line")
    ext.add_argument("--published", type=_iso_date, metavar="YYYY-MM-DD",
                     help="publication date, used to resolve relative dates such as 'last Tuesday'")

    sch = commands.add_parser("schema", help="print or write the JSON Schema of the output")
    sch.add_argument("--out", type=Path, metavar="DIR",
                     help=f"write DIR/{SCHEMA_FILE} instead of printing")
    return parser


def _write(text: str) -> None:
    # JSON is UTF-8 by definition; writing bytes avoids UnicodeEncodeError under a non-UTF-8 locale.
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
    else:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


def _complain(verb: str, name: str, reason: object) -> None:
    print(f"{PROG}: cannot {verb} {name}: {reason}", file=sys.stderr)


def _reason(err: Exception) -> str:
    if isinstance(err, UnicodeDecodeError):
        return f"not valid UTF-8 (byte 0x{err.object[err.start]:02x} at offset {err.start})"
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    return str(err) or type(err).__name__


def _expand(paths: list[str]) -> Iterator[tuple[str, Path | None]]:
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
            for child in sorted(p for p in path.rglob("*.txt") if p.is_file()):
                yield str(child), child
        else:
            yield raw, path


def _read(path: Path | None) -> str:
    # Decode strictly: replacing bad bytes would put U+FFFD into evidence spans and hide the problem,
    # so a non-UTF-8 file is reported by name instead.
    data = sys.stdin.buffer.read() if path is None else path.read_bytes()
    return data.decode("utf-8")


def _extract(args: argparse.Namespace) -> int:
    failed = False
    results: list[Extraction] = []
    for name, path in _expand(args.paths):
        try:
            text = _read(path)
        except (OSError, UnicodeDecodeError) as err:
            _complain("read", name, _reason(err))
            failed = True
            continue
        doc_id = "stdin" if path is None else path.stem
        try:
            extraction = extract(text, doc_id=doc_id, published=args.published)
        except Exception as err:  # noqa: BLE001 - one bad document must not lose the others' records
            _complain("extract", name, _reason(err))
            failed = True
            continue
        if args.format == "jsonl":
            # Stream JSONL record by record so a long run shows progress and a later crash keeps earlier lines.
            _write(to_jsonl([extraction]))
        else:
            results.append(extraction)
    if args.format == "json":
        _write(to_json(results))
    return 1 if failed else 0


def _schema(args: argparse.Namespace) -> int:
    text = schema_json()
    if args.out is None:
        _write(text)
        return 0
    target = args.out / SCHEMA_FILE
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        # newline="" so the file is byte-identical on every platform and the drift test stays meaningful.
        with target.open("w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    except OSError as err:
        _complain("write", str(target), _reason(err))
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version and usage errors: return the code instead of exiting
        return stop.code if isinstance(stop.code, int) else 0 if stop.code is None else 2
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return _extract(args) if args.command == "extract" else _schema(args)
    except BrokenPipeError:
        # `giftextract extract ... | head` closed the pipe; exit quietly like other Unix tools.
        # Point stdout at devnull so the interpreter's final flush does not raise a second time.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
