"""Layer 4: one gift frame per giver, where a clause names several: givers coordinated
before the verb ("The Czech Republic, Lithuania and Poland donated doses to Taiwan") and
givers each paired with a thing of their own by a construction ("5,000 doses donated by
Israel and another 200,000 doses donated by India")."""

from __future__ import annotations

import copy
from dataclasses import replace


def one_per_giver(frame, fills: dict) -> list:
    """"The Czech Republic, Lithuania and Poland donated doses to Taiwan": the same gift from
    each state coordinated before the giver, one frame each (items copied, never shared)."""
    best = fills.get("GIVER", [None])[0]
    if best is None or frame.giver is not best.unit.ref:
        return []
    return [replace(frame, giver=unit.ref, items=[copy.copy(i) for i in frame.items],
                    rules=[*frame.rules, "conjunct-giver"], alternatives={})
            for unit in best.preceding]


def _givers_of_things(matches: list) -> dict:
    """For each thing (by start) that a match fills THEME with beside a GIVER named after the
    verb, the giver of the highest-priority such match, with the thing: {start: (priority,
    giver, item)}."""
    best: dict = {}
    for m in matches:
        slots = {f.slot: f for f in m.fills}
        giver = slots["GIVER"].unit.ref if "GIVER" in slots else None
        trigger = slots["GIVER"].trigger if giver is not None else None
        # an agent after its verb ("donated by India"): a subject before its verb ("and Japan
        # sent cranes") opens a clause of its own, whose recipient is not this one's
        if "THEME" not in slots or not getattr(giver, "country", None) or trigger is None \
                or slots["GIVER"].unit.start < trigger.start:
            continue
        for u in slots["THEME"].units:
            if u.kind == "I" and "generic" not in u.feats and m.row.priority > best.get(u.start, (-1,))[0]:
                best[u.start] = (m.row.priority, giver, u.ref)
    return best


def paired_givers(frame, matches: list) -> list:
    """"5,000 doses donated to Guatemala by Israel and another 200,000 doses donated by
    India": where the best construction of each thing pairs it with a giver of its own, and
    those givers differ, each giver gives its own things (the frame keeps those of the giver
    its first item is paired with)."""
    best = _givers_of_things(matches)
    givers = {g.country for _, g, _ in best.values()}
    recipient = getattr(frame.recipient, "country", None)
    # the clause names its recipient, and none of the givers receives (else it is read wrong)
    if len(givers) < 2 or recipient is None or recipient in givers:
        return []
    first = next((best[i.start][1] for i in frame.items if i.start in best), None)
    if first is None:
        return []
    frame.giver = first
    out: dict = {}
    for _, giver, item in sorted(best.values(), key=lambda v: v[2].start):
        if giver.country != first.country:
            out.setdefault(giver.country, (giver, []))[1].append(next((i for i in frame.items if i.start == item.start),
                                                                      copy.copy(item)))
    taken = {i.start for _, items in out.values() for i in items}
    frame.items = [i for i in frame.items if i.start not in taken]
    return [replace(frame, giver=giver, items=items, rules=[*frame.rules, "paired-giver"], alternatives={})
            for giver, items in out.values()]
