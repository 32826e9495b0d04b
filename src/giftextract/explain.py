"""Why a text gave what it gave: mentions, construction rows tried, fills and links.

``explain(text)`` returns a plain-text report (``giftextract explain TEXT`` prints it):
for each sentence holding a trigger, its units (the mentions the rows read), every row
that matched with its fills, the rows whose trigger was there but whose pattern did not
match (the near misses a user may extend), the winning fill of each slot, and the
coreference links made for the final records.
"""

from __future__ import annotations

from giftextract.constructions.engine import applicable_rows, match_rows, resolve
from giftextract.coref.aliases import dateline_place, place_country, with_names
from giftextract.coref.lead import lead_place
from giftextract.coref.sieves import Discourse
from giftextract.constructions.table import Table
from giftextract.lexicon.korea import korea_context, korea_of, spot_names
from giftextract.lexicon.species import find_species
from giftextract.lexicon.triggers import find_triggers
from giftextract.mentions.items import find_items
from giftextract.mentions.sentence import SentenceView
from giftextract.mentions.units import Sequence, build_units
from giftextract.quantity.counts import find_counts
from giftextract.text import normalize, split_sentences


def _unit_line(seq: Sequence, text: str) -> str:
    shown = []
    for u in seq.units:
        if u.kind in ("W", "P"):
            continue
        feats = ",".join(f for f in u.feats if f not in ("coded",))
        shown.append(f"[{text[u.start:u.end]}: {u.kind} {u.key} {feats}]")
    return " ".join(shown)


def _clause_report(tables: dict[str, Table], view: SentenceView, lo: int, hi: int, text: str) -> list[str]:
    items, _total = find_items(view, lo, hi, set())
    seq = build_units(view, lo, hi, items, {i.count.start for i in items if i.count})
    lines = [f"  clause   {text[lo:hi].strip()!r}", f"  mentions {_unit_line(seq, text)}"]
    for event, table in tables.items():
        matches = match_rows(table, seq)
        matched = {m.row.name for m in matches}
        for m in matches:
            fills = ", ".join(f"{f.slot}={text[f.unit.start:f.unit.end]!r}" for f in m.fills)
            lines.append(f"  matched  {event}:{m.row.name} (priority {m.row.priority}): {fills}")
        near = [r.name for r in applicable_rows(table, seq) if r.name not in matched]
        if near:
            lines.append(f"  near     {event}: trigger and words present, pattern not matched: {', '.join(near)}")
        won = resolve(matches)
        if won:
            lines.append(f"  slots    {event}: " + ", ".join(
                f"{slot}={text[f.unit.start:f.unit.end]!r} <{f.row.name}>" for slot, f in sorted(won.items())))
    return lines


def explain_text(text: str, tables: dict[str, Table]) -> str:
    if not isinstance(text, str):
        raise TypeError(f"explain() takes a str, not {type(text).__name__}")
    norm = normalize(text)
    t = norm.text
    out: list[str] = []
    place = dateline_place(t, place_country)
    lead = lead_place(t)
    discourse = Discourse(dateline=place.country if place else None, dateline_place=place, lead_place=lambda: lead, text=t)
    if lead is not None:
        out.append(f"lead place {lead.text!r} ({lead.country}): where a deployment or gift with no host or recipient is")
    korean, korea = korea_context(t), korea_of(t)
    for i, (s, e) in enumerate(split_sentences(t)):
        names = with_names(t, s, e, discourse, spot_names(t, s, e, korean, korea, discourse.named))
        discourse.add(i, names, set())
        triggers = find_triggers(t, s, e)
        if not triggers:
            continue
        view = SentenceView(t, s, e, names, find_species(t, s, e), find_counts(t, s, e), triggers, [])
        out.append(f"sentence {t[s:e].strip()!r}")
        for lo, hi in view.clauses():
            out += _clause_report(tables, view, lo, hi, t)
    return "\n".join(out) if out else "no sentence holds a trigger word: nothing can be read as a gift or deployment"
