"""Command line: ``giftextract extract|reconcile|highlight|schema``.

Errors about individual inputs (a file, a JSONL line) go to stderr as
``giftextract: cannot read NAME: reason``; every other input is still processed and written,
and the exit code is 1 if anything failed. Nothing else is written to stderr, except a progress
bar for long batches when stderr is a terminal.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from giftextract import __version__, extract
from giftextract._extract import ordered_map
from giftextract._inputs import STDIN, documents, read as _read, reason as _reason
from giftextract.highlight import highlight_html
from giftextract.models import Extraction
from giftextract.reconcile import reconcile
from giftextract.render import (
    clusters_csv, clusters_table, reconciliation_schema_json, schema_json, to_csv, to_json, to_jsonl, to_table,
)

PROG = "giftextract"
SCHEMA_FILE = "extraction.schema.json"
RECONCILIATION_SCHEMA_FILE = "reconciliation.schema.json"
FORMATS = ("json", "jsonl", "csv", "table")
PROGRESS_MIN_DOCS = 20  # below this a batch finishes before a bar would be worth reading


def _iso_date(value: str) -> dt.date:
    # Validate here so a typo is a usage error before any file is read, not a crash midway.
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from None


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value!r}")
    return number


def _add_inputs(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("paths", nargs="+", metavar="PATH",
                     help="a text file, a folder (searched recursively for *.txt), a .jsonl file of "
                          '{"id", "text"} lines, or - for stdin')
    cmd.add_argument("--format", choices=FORMATS, default="json",
                     help="json: one indented array (default); jsonl: one compact object per line; "
                          "csv: one row per record; table: a readable terminal summary")
    cmd.add_argument("--published", type=_iso_date, metavar="YYYY-MM-DD",
                     help="publication date, used to resolve relative dates such as 'last Tuesday'")
    cmd.add_argument("--jobs", type=_positive, default=1, metavar="N", help="extract with N processes")
    cmd.add_argument("--engine", choices=("processes", "dask"), default="processes",
                     help="processes: --jobs local processes (default); dask: a Dask cluster, the one at "
                          "--scheduler or a local one of --jobs worker processes (needs giftextract[dask])")
    cmd.add_argument("--scheduler", metavar="ADDRESS",
                     help="send the batch to the Dask scheduler at ADDRESS (tcp://host:8786); implies --engine dask")
    cmd.add_argument("--stdin-format", choices=("text", "jsonl"), default="text",
                     help="how to read '-': one text document (default) or JSONL lines")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Extract state-to-state gift transfers and troop deployments from English news text.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_inputs(commands.add_parser("extract", help="extract records from text files, folders, JSONL or stdin"))
    _add_inputs(commands.add_parser("reconcile", help="one consensus answer per event across many articles"))

    hl = commands.add_parser("highlight", help="write an HTML page with every extracted span highlighted")
    hl.add_argument("file", metavar="FILE", help="a UTF-8 text file, or - for stdin")
    hl.add_argument("-o", "--out", type=Path, required=True, metavar="OUT.html")
    hl.add_argument("--published", type=_iso_date, metavar="YYYY-MM-DD")

    ex = commands.add_parser("explain", help="why a text gave what it gave: mentions, construction rows "
                                             "matched and not, winning fills")
    ex.add_argument("text", metavar="TEXT", help="the text itself, or - to read it from stdin")
    ex.add_argument("--rules", type=Path, action="append", default=[], metavar="DIR",
                    help="a folder of construction tables (*.json) to read with, besides the packaged ones "
                         "(repeatable)")

    rl = commands.add_parser("rules", help="list the construction rows a text is read with (Markdown; the "
                                           "README's table is this output)")
    rl.add_argument("--rules", type=Path, action="append", default=[], metavar="DIR",
                    help="a folder of construction tables (*.json) to add to the packaged ones (repeatable)")

    sch = commands.add_parser("schema", help="print or write the JSON Schemas of the output")
    sch.add_argument("--out", type=Path, metavar="DIR",
                     help=f"write DIR/{SCHEMA_FILE} and DIR/{RECONCILIATION_SCHEMA_FILE} instead of printing")
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


def _safe_extract(job: tuple[str, str, dt.date | None]) -> tuple[str, Extraction | str]:
    # Top level so it pickles for worker processes; returns the error so one bad document
    # cannot abort the batch and lose every later document's records.
    doc_id, text, published = job
    try:
        return doc_id, extract(text, doc_id=doc_id, published=published)
    except Exception as err:  # noqa: BLE001 - reported by name, the others go on
        return doc_id, _reason(err)


def _extractions(docs: Iterator[tuple[str, str]], args: argparse.Namespace) -> Iterator[tuple[str, Extraction | str]]:
    """``(doc_id, result)`` per document, in order, as each is done: an Extraction, or the reason
    it failed. Documents are read only as the work reaches them."""
    if args.engine == "dask" or args.scheduler:
        yield from _on_dask(docs, args)
        return
    jobs = ((doc_id, text, args.published) for doc_id, text in docs)
    if args.jobs > 1:
        yield from ordered_map(_safe_extract, jobs, workers=args.jobs)
    else:
        yield from map(_safe_extract, jobs)


def _on_dask(docs: Iterator[tuple[str, str]], args: argparse.Namespace) -> Iterator[tuple[str, Extraction | str]]:
    from giftextract.dask import DocumentError, extract_on_cluster  # ImportError: checked in main

    names: list[str] = []  # ids of the documents sent and not yet answered (one batch at most)

    def named() -> Iterator[tuple[str, str]]:
        for doc in docs:
            names.append(doc[0])
            yield doc

    for result in extract_on_cluster(named(), scheduler=args.scheduler, workers=args.jobs, published=args.published):
        yield names.pop(0), result.error if isinstance(result, DocumentError) else result


def _dask_missing(args: argparse.Namespace) -> str | None:
    """Why the Dask engine cannot run here, or None (asked before any input is read)."""
    if args.engine != "dask" and not args.scheduler:
        return None
    try:
        import giftextract.dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        return "the Dask engine needs the dask extra: pip install 'giftextract[dask]'"
    return None


class _Progress:
    """A count on stderr for long batches on a terminal (never in pipes, logs or tests); the
    total is unknown, since input is read as the work goes."""

    def __init__(self) -> None:
        self.done = 0
        self.on = sys.stderr.isatty()

    def step(self) -> None:
        self.done += 1
        if self.on and self.done >= PROGRESS_MIN_DOCS:
            sys.stderr.write(f"\r{self.done} documents")
            sys.stderr.flush()

    def close(self) -> None:
        if self.on and self.done >= PROGRESS_MIN_DOCS:
            sys.stderr.write("\n")


class _Failed:
    """Whether any input failed: set by each complaint as it is made."""

    def __init__(self) -> None:
        self.any = False

    def read_error(self, message: str) -> None:
        print(f"{PROG}: cannot read {message}", file=sys.stderr)
        self.any = True


def _results(args: argparse.Namespace, failed: _Failed) -> Iterator[Extraction]:
    """Each document's Extraction, in order, as it is made; failures are reported and skipped."""
    docs = documents(args.paths, args.stdin_format == "jsonl", failed.read_error)
    progress = _Progress()
    try:
        for doc_id, result in _extractions(docs, args):
            progress.step()
            if isinstance(result, str):
                _complain("extract", doc_id, result)
                failed.any = True
                continue
            yield result
    finally:
        progress.close()


def _extract(args: argparse.Namespace) -> int:
    """Every format is written record by record as documents are done: a batch of any size
    runs in flat memory, and a later crash keeps the earlier output."""
    failed = _Failed()
    first = True
    for result in _results(args, failed):
        _write(_stream_piece(args.format, result, first))
        first = False
    if args.format == "json":
        _write("[]\n" if first else "\n]\n")
    elif args.format == "csv" and first:
        _write(to_csv([]))
    return 1 if failed.any else 0


def _stream_piece(fmt: str, extraction: Extraction, first: bool) -> str:
    if fmt == "json":  # the same bytes as to_json over the whole list, one element at a time
        element = json.dumps(extraction.model_dump(mode="json"), indent=2, ensure_ascii=False)
        return ("[\n  " if first else ",\n  ") + element.replace("\n", "\n  ")
    if fmt == "jsonl":
        return to_jsonl([extraction])
    if fmt == "csv":
        return to_csv([extraction], header=first)
    return to_table([extraction])


def _reconcile(args: argparse.Namespace) -> int:
    failed = _Failed()
    clusters = reconcile(list(_results(args, failed)))
    render = {"json": to_json, "jsonl": to_jsonl, "csv": clusters_csv, "table": clusters_table}[args.format]
    _write(render(clusters))
    return 1 if failed.any else 0


def _highlight(args: argparse.Namespace) -> int:
    path = None if args.file == STDIN else Path(args.file)
    try:
        text = _read(path)
    except (OSError, UnicodeDecodeError) as err:
        _complain("read", args.file, _reason(err))
        return 1
    doc_id = "stdin" if path is None else path.stem
    page = highlight_html(text, extract(text, doc_id=doc_id, published=args.published), title=doc_id)
    return _write_file(args.out, page)


def _write_file(target: Path, text: str) -> int:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # newline="" so the file is byte-identical on every platform and the drift test stays meaningful.
        with target.open("w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    except OSError as err:
        _complain("write", str(target), _reason(err))
        return 1
    return 0


def _schema(args: argparse.Namespace) -> int:
    if args.out is None:
        _write(schema_json())
        return 0
    return max(_write_file(args.out / SCHEMA_FILE, schema_json()),
               _write_file(args.out / RECONCILIATION_SCHEMA_FILE, reconciliation_schema_json()))


def _explain(args: argparse.Namespace) -> int:
    from giftextract.constructions.table import TableError
    from giftextract.extractor import Extractor, Rules

    text = sys.stdin.read() if args.text == "-" else args.text
    try:
        rules = Rules.load(*args.rules)
    except TableError as err:
        _complain("load rules from", ", ".join(map(str, args.rules)), err)
        return 2
    _write(Extractor(rules).explain(text) + "\n")
    return 0


def _rules(args: argparse.Namespace) -> int:
    from giftextract.constructions.markdown import tables_markdown
    from giftextract.constructions.table import TableError, load_tables

    try:
        tables = load_tables(*args.rules)
    except TableError as err:
        _complain("load rules from", ", ".join(map(str, args.rules)), err)
        return 2
    _write(tables_markdown(tables))
    return 0


COMMANDS = {"extract": _extract, "reconcile": _reconcile, "highlight": _highlight, "explain": _explain,
            "rules": _rules, "schema": _schema}


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version and usage errors: return the code instead of exiting
        return stop.code if isinstance(stop.code, int) else 0 if stop.code is None else 2
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    missing = _dask_missing(args) if args.command in ("extract", "reconcile") else None
    if missing:
        print(f"{PROG}: {missing}", file=sys.stderr)
        return 2
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:
        # `giftextract extract ... | head` closed the pipe; exit quietly like other Unix tools.
        # Point stdout at devnull so the interpreter's final flush does not raise a second time.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
