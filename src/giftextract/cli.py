"""Command line: ``giftextract extract|reconcile|highlight|schema``.

Errors about individual inputs (a file, a JSONL line) go to stderr as (giftextract.inputs)
``giftextract: cannot read NAME: reason``; every other input is still processed and written,
and the exit code is 1 if anything failed. Besides those, stderr carries only a warning for a
folder without .txt files and a progress bar for long work when stderr is a terminal.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from giftextract import __version__, extract
from giftextract._extract import Progress, ordered_map
from giftextract.contract import FILES, KINDS, schema_text
from giftextract.highlight import highlight_html
from giftextract.inputs import STDIN, Batch, Doc, complain, documents, read_input, reason
from giftextract.models import Extraction
from giftextract.reconcile import reconcile
from giftextract.render import (
    clusters_csv, clusters_table, to_csv, to_json, to_jsonl, to_table,
)

PROG = "giftextract"
SCHEMA_KINDS = {
    "extraction": "one document's records, a line of extract --format jsonl",
    "extraction-list": "the array extract --format json prints",
    "event-cluster": "one event, a line of reconcile --format jsonl",
    "reconciliation": "the array reconcile --format json prints",
}
FORMATS = ("json", "jsonl", "csv", "table")
PROGRESS_MIN_DOCS = 20  # below this a batch finishes before a bar would be worth reading
PROGRESS_MIN_CHARS = 500_000  # about a second of reading: a longer document gets its own bar


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


FORMAT_HELP = {
    "extract": "json: one indented array of extractions (default); jsonl: one extraction per line; "
               "csv: one row per record (gift or deployment), labels with their numbers and country codes "
               "beside them; table: a readable summary per document",
    "reconcile": "json: one indented array of event clusters (default); jsonl: one cluster per line; "
                 "csv: one row per value of each field of each cluster (cluster_id, field, field_key, label, "
                 "then value/low/high/qualifier/unit, species, country, place, date, status, the field's "
                 "consensus and conflict, documents); table: the consensus table per event",
}


def _add_inputs(cmd: argparse.ArgumentParser, command: str) -> None:
    cmd.add_argument("paths", nargs="+", metavar="PATH",
                     help="a text file, a folder (searched recursively for *.txt; ids are paths inside it), "
                          'a .jsonl file of {"id", "text", "published"} lines, or - for stdin')
    cmd.add_argument("--format", choices=FORMATS, default="json", help=FORMAT_HELP[command])
    cmd.add_argument("--published", type=_iso_date, metavar="YYYY-MM-DD",
                     help="publication date, used to resolve relative dates such as 'last Tuesday' "
                          "(a JSONL line's own \"published\" wins)")
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", help="what to do (COMMAND -h for its options)")
    _add_inputs(commands.add_parser("extract", help="extract records from text files, folders, JSONL or stdin"),
                "extract")
    _add_inputs(commands.add_parser(
        "reconcile", help="one consensus answer per event across many articles",
        description="Cluster the records of many articles into events; per field every value with its "
                    "documents, a consensus where they agree, and conflicts."), "reconcile")

    hl = commands.add_parser("highlight", help="write an HTML page with every extracted span highlighted")
    hl.add_argument("file", metavar="FILE", help="a UTF-8 text file, or - for stdin")
    hl.add_argument("-o", "--out", required=True, metavar="OUT.html",
                    help="the HTML file to write (folders are created), or - for stdout")
    hl.add_argument("--published", type=_iso_date, metavar="YYYY-MM-DD",
                    help="publication date, used to resolve relative dates such as 'last Tuesday'")

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

    sch = commands.add_parser(
        "schema", help="print one JSON Schema of the output, or write them all",
        description="The JSON Schemas (2020-12) of every output: " + "; ".join(
            f"{kind}: {what} ({FILES[kind]})" for kind, what in SCHEMA_KINDS.items()) + ".")
    sch.add_argument("--out", type=Path, metavar="DIR",
                     help="write every schema into DIR (" + ", ".join(FILES.values()) + ") instead of printing one")
    sch.add_argument("--kind", choices=KINDS, default="extraction",
                     help="which schema to print (default: extraction); ignored with --out, which writes all")
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


def _safe_extract(job: Doc, progress: Progress | None = None) -> Extraction | str:
    # Top level so it pickles for worker processes; returns the error so one bad document
    # cannot abort the batch and lose every later document's records.
    doc_id, text, published = job
    try:
        return extract(text, doc_id=doc_id, published=published, progress=progress)
    except Exception as err:  # noqa: BLE001 - reported by name, the others go on
        return reason(err)


class _NoBar:
    """The bar where none is shown, without tqdm: importing it, and the multiprocessing lock
    its first bar makes, were about 12 ms of a one-file run."""

    disable, n = True, 0

    def update(self, n: int = 1) -> None:
        pass

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def _bar(total: int, minimum: int, **options: Any) -> Any:
    """A tqdm bar on stderr, only on a terminal and only for work long enough to watch
    (never in pipes, logs or tests); a disabled bar costs nothing."""
    if total < minimum or not sys.stderr.isatty():
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, file=sys.stderr, disable=False, dynamic_ncols=True, **options)


def _one_with_bar(doc: Doc) -> Extraction | str:
    """One document, with a bar of characters read when it is large (a 5 MB file takes seconds)."""
    with _bar(len(doc[1]), PROGRESS_MIN_CHARS, unit="char", unit_scale=True, desc=doc[0], leave=False) as bar:
        return _safe_extract(doc, (lambda done, total: bar.update(done - bar.n)) if not bar.disable else None)


def _extractions(docs: Batch, args: argparse.Namespace) -> Iterator[Extraction | str]:
    """One result per document, in order, as each is done: an Extraction, or the reason it
    failed. Texts are read only as the work reaches them."""
    if args.engine == "dask" or args.scheduler:
        yield from _on_dask(docs, args)
    elif args.jobs > 1:
        yield from ordered_map(_safe_extract, docs, workers=args.jobs)
    else:
        for doc in docs:
            yield _one_with_bar(doc)


def _on_dask(docs: Batch, args: argparse.Namespace) -> Iterator[Extraction | str]:
    from giftextract.dask import DocumentError, extract_on_cluster  # ImportError: checked in main()

    for result in extract_on_cluster(docs, scheduler=args.scheduler, workers=args.jobs):
        yield result.error if isinstance(result, DocumentError) else result


def _dask_missing(args: argparse.Namespace) -> str | None:
    """Why the Dask engine cannot run here, or None (asked before any input is read)."""
    if getattr(args, "engine", None) != "dask" and not getattr(args, "scheduler", None):
        return None
    try:
        import distributed  # noqa: F401
        import giftextract.dask  # noqa: F401
    except ImportError:
        return "the Dask engine needs the dask extra: pip install 'giftextract[dask]'"
    return None


def _results(args: argparse.Namespace) -> tuple[Iterator[Extraction], list[bool]]:
    """Each document's Extraction, in order, as it is made (failures reported and skipped),
    and a one-item list that says, once the results are consumed, whether anything failed."""
    docs, failed = documents(args.paths, args.stdin_format, args.published)
    flag = [failed]

    def run() -> Iterator[Extraction]:
        try:
            with _bar(len(docs), PROGRESS_MIN_DOCS, unit="doc", desc=args.command) as progress:
                for doc_id, result in zip(docs.ids, _extractions(docs, args)):
                    progress.update(1)
                    if isinstance(result, str):
                        complain("extract", doc_id, result)
                        flag[0] = True
                        continue
                    yield result
        finally:
            docs.close()

    return run(), flag


def _stream_piece(fmt: str, extraction: Extraction, first: bool) -> str:
    if fmt == "json":  # the same bytes as to_json over the whole list, one element at a time
        element = json.dumps(extraction.model_dump(mode="json"), indent=2, ensure_ascii=False)
        return ("[\n  " if first else ",\n  ") + element.replace("\n", "\n  ")
    if fmt == "jsonl":
        return to_jsonl([extraction])
    if fmt == "csv":
        return to_csv([extraction], header=first)
    return to_table([extraction])


def _extract(args: argparse.Namespace) -> int:
    """Every format is written record by record as documents are done: a batch of any size
    runs in flat memory, and a later crash keeps the earlier output."""
    results, failed = _results(args)
    first = True
    for result in results:
        _write(_stream_piece(args.format, result, first))
        first = False
    if args.format == "json":
        _write("[]\n" if first else "\n]\n")
    elif args.format == "csv" and first:
        _write(to_csv([]))
    return 1 if failed[0] else 0


def _reconcile(args: argparse.Namespace) -> int:
    results, failed = _results(args)
    clusters = reconcile(list(results))
    render = {"json": to_json, "jsonl": to_jsonl, "csv": clusters_csv, "table": clusters_table}[args.format]
    _write(render(clusters))
    return 1 if failed[0] else 0


def _highlight(args: argparse.Namespace) -> int:
    path = None if args.file == STDIN else Path(args.file)
    try:
        text = read_input(path)
    except (OSError, UnicodeDecodeError) as err:
        complain("read", args.file, reason(err))
        return 1
    doc_id = "stdin" if path is None else path.stem
    page = highlight_html(text, extract(text, doc_id=doc_id, published=args.published), title=doc_id)
    if args.out == STDIN:
        _write(page)
        return 0
    return _write_file(Path(args.out), page)


def _write_file(target: Path, text: str) -> int:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # newline="" so the file is byte-identical on every platform and the drift test stays meaningful.
        with target.open("w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    except OSError as err:
        complain("write", str(target), reason(err))
        return 1
    return 0


def _schema(args: argparse.Namespace) -> int:
    if args.out is None:
        _write(schema_text(args.kind))
        return 0
    return max(_write_file(args.out / FILES[kind], schema_text(kind)) for kind in KINDS)


def _explain(args: argparse.Namespace) -> int:
    from giftextract.constructions.table import TableError
    from giftextract.extractor import Extractor, Rules

    text = sys.stdin.read() if args.text == "-" else args.text
    try:
        rules = Rules.load(*args.rules)
    except TableError as err:
        complain("load rules from", ", ".join(map(str, args.rules)), err)
        return 2
    _write(Extractor(rules).explain(text) + "\n")
    return 0


def _rules(args: argparse.Namespace) -> int:
    from giftextract.constructions.markdown import tables_markdown
    from giftextract.constructions.table import TableError, load_tables

    try:
        tables = load_tables(*args.rules)
    except TableError as err:
        complain("load rules from", ", ".join(map(str, args.rules)), err)
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
    missing = _dask_missing(args)
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
