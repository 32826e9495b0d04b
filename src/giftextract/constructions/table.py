"""Layer 4: construction tables, loaded from JSON, checked at once and each compiled once.

A table is a JSON file with ``event`` (gift or deployment), word ``classes``, discourse
``markers`` and ``rows``; see ``data/gift.json``.  :func:`load_tables` reads the packaged
tables and, after them, any folders a user names (their rows are added; a row with a
packaged row's name replaces it), validating every row with a message that names it.
A packaged row's regex is compiled at its first use (the suite compiles every one); a
user's rows are compiled as they load, so a mistake shows there.
"""

from __future__ import annotations

import json
import pathlib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.constructions.pattern import PatternError, compile_source, group_names, pattern_source, required_words
from giftextract.text.fold import fold_marks

VOICES = ("active", "passive", "any")
ROLE_SLOTS = {
    "gift": ("GIVER", "RECIPIENT", "THEME", "ORIGIN", "DESTINATION"),
    "deployment": ("SENDER", "HOST", "FORCE", "LOCATION"),
}


@dataclass(frozen=True)
class Construction:
    name: str
    event: str
    triggers: tuple[str, ...]  # lemmas and kind:NAME entries, classes expanded
    voice: str
    priority: int
    pattern: str
    source: str  # the pattern as a regex over unit tags (constructions/pattern.py)
    examples: tuple[dict, ...] = ()
    near_misses: tuple[str, ...] = ()
    requires: tuple[frozenset[str], ...] = ()  # word sets a clause must meet (one word of each)
    keys: frozenset[str] = frozenset()  # trigger lemmas and kinds that let the row apply

    @cached_property
    def regex(self) -> regex.Pattern:
        """The compiled pattern, compiled at its first use: a fresh process that reads one
        article compiles only the rows its triggers call for (most of import time was here)."""
        return _compiled(self.source, self.pattern)

    @cached_property
    def slots(self) -> tuple[str, ...]:
        # read once per row: the slot filler asks for it at every match
        return tuple(n for n in group_names(self.source) if n not in ("VERB", "NOUN"))


@lru_cache(maxsize=None)
def _compiled(source: str, pattern: str) -> regex.Pattern:
    return compile_source(source, pattern)


@dataclass
class Table:
    """The rows of one event kind, with their word classes and discourse markers."""

    event: str
    rows: list[Construction] = field(default_factory=list)
    classes: dict[str, list[str]] = field(default_factory=dict)
    markers: dict[str, list[str]] = field(default_factory=dict)

    def by_name(self) -> dict[str, Construction]:
        return {r.name: r for r in self.rows}

    def word_set(self, kind: str, *names: str) -> frozenset[str]:
        """The words of a marker (``kind`` "markers") or a word class ("classes") as a set, or
        of several together, built once per table: the frames ask for it at every personnel noun."""
        sets = self.__dict__.setdefault("_word_sets", {})
        if (kind, *names) not in sets:
            sets[(kind, *names)] = frozenset(w for name in names for w in getattr(self, kind).get(name, ()))
        return sets[(kind, *names)]

    @cached_property
    def joined_modifiers(self) -> regex.Pattern | None:
        """The gap between a figure and its noun when it coordinates modifiers of the table's
        ``joined_modifiers`` marker ("130 military and civilian personnel", "530 ground, air
        and maritime personnel"), compiled once; None where the table has none."""
        words = self.markers.get("joined_modifiers")
        if not words:
            return None
        w = "(?:" + "|".join(regex.escape(x) for x in sorted(words, key=len, reverse=True)) + ")"
        return compile_pattern(rf"\s*(?:[A-Z][\w-]*\s+)?{w}(?:\s*,\s*{w})*,?\s+(?:and|or)\s+{w}\s+", regex.IGNORECASE)


class TableError(ValueError):
    """A construction table or row that cannot be used: the message names file and row."""


def _expand_triggers(triggers: list[str], classes: dict[str, list[str]]) -> tuple[str, ...]:
    out: list[str] = []
    for t in triggers:
        out += classes[t[1:]] if t.startswith("@") and t[1:] in classes else [t]
    return tuple(dict.fromkeys(out))


def _row(raw: dict, event: str, classes: dict[str, list[str]], where: str) -> Construction:
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        raise TableError(f"{where}: a row without a name: {raw!r:.80}")
    missing = [k for k in ("triggers", "voice", "priority", "pattern") if k not in raw]
    if missing:
        raise TableError(f"{where}: row {name!r} lacks {', '.join(missing)}")
    if raw["voice"] not in VOICES:
        raise TableError(f"{where}: row {name!r} has voice {raw['voice']!r}; expected one of {VOICES}")
    if not isinstance(raw["priority"], int):
        raise TableError(f"{where}: row {name!r} has a non-integer priority {raw['priority']!r}")
    triggers = _expand_triggers(list(raw["triggers"]), classes)
    try:
        source = pattern_source(raw["pattern"], list(triggers), raw["voice"], classes, event)
    except PatternError as err:
        raise TableError(f"{where}: row {name!r}: {err}") from err
    bad = [s for s in group_names(source) if s not in ("VERB", "NOUN") and s not in ROLE_SLOTS[event]]
    if bad:
        raise TableError(f"{where}: row {name!r} fills {bad}, not slots of a {event}: {ROLE_SLOTS[event]}")
    keys = frozenset(t[5:] if t.startswith("kind:") else t.replace(" ", "_") for t in triggers)
    return Construction(name, event, triggers, raw["voice"], raw["priority"], raw["pattern"], source,
                        tuple(raw.get("examples", ())), tuple(raw.get("near_misses", ())),
                        required_words(raw["pattern"], classes), keys)


def _merge_file(tables: dict[str, Table], data: dict, where: str, compile_now: bool = False) -> None:
    event = data.get("event")
    if event not in ROLE_SLOTS:
        raise TableError(f"{where}: 'event' must be one of {tuple(ROLE_SLOTS)}, got {event!r}")
    table = tables.setdefault(event, Table(event))
    for key, words in data.get("classes", {}).items():
        table.classes[key] = list(dict.fromkeys([*table.classes.get(key, []), *words]))
    for key, words in data.get("markers", {}).items():
        table.markers[key] = list(dict.fromkeys([*table.markers.get(key, []), *words]))
    rows = {r.name: r for r in table.rows}
    for raw in data.get("rows", []):
        row = _row(raw, event, table.classes, where)
        if compile_now:
            try:
                row.regex  # noqa: B018 - compiled here, so a user's mistake names its file and row
            except PatternError as err:
                raise TableError(f"{where}: row {row.name!r}: {err}") from err
        rows[row.name] = row
    table.rows = list(rows.values())


def _packaged() -> list[tuple[str, dict]]:
    folder = resources.files("giftextract.constructions").joinpath("data")
    return [(f"giftextract/constructions/data/{p.name}", json.loads(fold_marks(p.read_text("utf-8"))))
            for p in sorted(folder.iterdir(), key=lambda p: p.name) if p.name.endswith(".json")]


def load_tables(*folders: str | pathlib.Path) -> dict[str, Table]:
    """The packaged tables, then each folder's ``*.json`` construction tables over them."""
    tables: dict[str, Table] = {}
    for where, data in _packaged():
        _merge_file(tables, data, where)
    for folder in folders:
        path = pathlib.Path(folder)
        if not path.is_dir():
            raise TableError(f"construction folder {str(path)!r} does not exist or is not a folder")
        for file in sorted(path.glob("*.json")):
            try:
                data = json.loads(fold_marks(file.read_text("utf-8")))
            except json.JSONDecodeError as err:
                raise TableError(f"{file}: not valid JSON: {err}") from err
            if isinstance(data, dict) and "rows" in data:
                _merge_file(tables, data, str(file), compile_now=True)
    for event in ROLE_SLOTS:
        tables.setdefault(event, Table(event))
    return tables
