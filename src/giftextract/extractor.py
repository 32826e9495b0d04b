"""An ``Extractor`` reads with a set of rules: the packaged construction tables plus any a
user adds at run time, without environment variables or subprocesses.

>>> rules = Rules.load()                      # the packaged tables
>>> Extractor(rules).extract("Jordan bestowed two Arabian oryx upon Oman.").gift_transfers[0].rules
['subject-giver', 'upon-dative']
"""

from __future__ import annotations

import datetime as dt
import pathlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from giftextract._extract import Doc, extract as _extract
from giftextract.constructions.table import Construction, Table, load_tables
from giftextract.explain import explain_text
from giftextract.models import Extraction


@dataclass(frozen=True)
class Rules:
    """Construction tables by event kind ('gift', 'deployment'), compiled once."""

    tables: dict[str, Table]

    @classmethod
    def load(cls, *folders: str | pathlib.Path) -> "Rules":
        """The packaged tables, then every ``*.json`` construction table in ``folders``
        (a row named like a packaged one replaces it). A bad row raises ``TableError``
        naming the file and row."""
        return cls(load_tables(*folders))

    def rows(self, event: str) -> list[Construction]:
        if event not in self.tables:
            raise KeyError(f"no construction table for {event!r}; events: {sorted(self.tables)}")
        return list(self.tables[event].rows)


class Extractor:
    """``Extractor(rules).extract(text)``; the module-level ``giftextract.extract`` is an
    Extractor with the packaged rules."""

    def __init__(self, rules: Rules | None = None) -> None:
        if rules is not None and not isinstance(rules, Rules):
            raise TypeError(f"Extractor takes a Rules (Rules.load(...)), not {type(rules).__name__}")
        self.rules = rules if rules is not None else default_rules()

    def extract(self, text: str, *, doc_id: str | None = None,
                published: str | dt.date | None = None) -> Extraction:
        return _extract(text, doc_id=doc_id, published=published, tables=self.rules.tables)

    def extract_many(self, docs: Iterable[Doc]) -> Iterator[Extraction]:
        for doc in docs:
            if isinstance(doc, str):
                yield self.extract(doc)
            elif isinstance(doc, tuple) and len(doc) in (2, 3):
                yield self.extract(doc[1], doc_id=doc[0], published=doc[2] if len(doc) == 3 else None)
            else:
                raise TypeError(f"a document is a str, (doc_id, text) or (doc_id, text, published), not {doc!r:.60}")

    def explain(self, text: str) -> str:
        """What each trigger sentence gave: mentions, rows matched and nearly matched, fills."""
        return explain_text(text, self.rules.tables)


_DEFAULT: Rules | None = None


def default_rules() -> Rules:
    """The packaged rules, built once (lazily)."""
    global _DEFAULT
    if _DEFAULT is None:
        from giftextract.frames.tables import DEFAULT_TABLES
        _DEFAULT = Rules(DEFAULT_TABLES)
    return _DEFAULT
