"""Layer 4: one generic slot filler for every construction row.

For a clause (a unit sequence), each row whose trigger is present is matched over the
tag string; every named group is a candidate fill of its slot.  Competing fills are
resolved by the row's explicit priority (higher first), then by nearness to the
row's trigger, then by position: never by the order rows or statements happen to run.
A unit fills at most one party slot (giver and recipient are never the same mention).
"""

from __future__ import annotations

from dataclasses import dataclass

from giftextract.constructions.table import Construction, Table
from giftextract.mentions.units import Sequence, Unit

PARTY_SLOTS = frozenset({"GIVER", "RECIPIENT", "SENDER", "HOST"})


@dataclass(frozen=True)
class Fill:
    slot: str
    units: tuple[Unit, ...]
    row: Construction
    trigger: Unit | None

    @property
    def unit(self) -> Unit:
        return self.units[0]

    def rank(self) -> tuple:
        distance = abs(self.unit.start - self.trigger.start) if self.trigger is not None else 0
        return (-self.row.priority, distance, self.unit.start)


@dataclass
class Match:
    row: Construction
    start: int  # character offsets of the whole match in the document
    end: int
    fills: tuple[Fill, ...]


def _trigger_keys(seq: Sequence) -> set[str]:
    keys: set[str] = set()
    for u in seq.units:
        if u.kind == "V":
            keys.update(u.feats)
            keys.add(u.key)
        elif u.kind == "R" and u.key == "theme":
            keys.add("theme")  # "the animals were flown to ...": a clause about the open gift
    return keys


def _row_applies(row: Construction, keys: set[str]) -> bool:
    return any((t[5:] if t.startswith("kind:") else t.replace(" ", "_")) in keys for t in row.triggers)


def match_rows(table: Table, seq: Sequence) -> list[Match]:
    """Every match of every applicable row over the clause, in row then position order."""
    keys = _trigger_keys(seq)
    if not keys:
        return []
    out: list[Match] = []
    for row in table.rows:
        if not _row_applies(row, keys):
            continue
        for m in row.regex.finditer(seq.tags, overlapped=True):
            verb = seq.units_in(*m.span("VERB")) if "VERB" in row.regex.groupindex else []
            trigger = verb[0] if verb else None
            fills = []
            for slot in row.slots:
                units = tuple(u for u in seq.units_in(*m.span(slot)) if u.kind != "P" and u.kind != "W")
                if units:
                    fills.append(Fill(slot, units, row, trigger))
            if not fills:
                continue
            span_units = seq.units_in(m.start(), m.end())
            out.append(Match(row, span_units[0].start, span_units[-1].end, tuple(fills)))
    return out


def resolve(matches: list[Match]) -> dict[str, Fill]:
    """The winning fill of each slot: highest priority, then nearest its trigger, then first;
    a unit already holding a party slot cannot take another."""
    fills = sorted((f for m in matches for f in m.fills), key=Fill.rank)
    chosen: dict[str, Fill] = {}
    holders: dict[tuple[int, int], str] = {}
    for f in fills:
        if f.slot in chosen:
            continue
        key = (f.unit.start, f.unit.end)
        if f.slot in PARTY_SLOTS and holders.get(key, f.slot) != f.slot:
            continue
        chosen[f.slot] = f
        if f.slot in PARTY_SLOTS:
            holders[key] = f.slot
    return chosen
