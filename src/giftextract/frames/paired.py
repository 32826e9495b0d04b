"""Layer 4: one gift frame per giver, where a clause names several: givers coordinated
before the verb ("The Czech Republic, Lithuania and Poland donated doses to Taiwan") and
givers each paired with a thing of their own by a construction ("5,000 doses donated by
Israel and another 200,000 doses donated by India"); and one per further theme and
recipient sharing the verb ("20 lakh doses to Bangladesh and 10 lakh doses to Nepal"), and
one per share of a gift shared out after a colon ("to four countries: 525,000 for Egypt, ...")."""

from __future__ import annotations

import copy
from dataclasses import replace


def one_per_giver(frame, fills: dict) -> list:
    """"The Czech Republic, Lithuania and Poland donated doses to Taiwan": the same gift from
    each state coordinated before the giver, one frame each (items copied, never shared)."""
    best = fills.get("GIVER", [None])[0]
    if best is None or frame.giver is not best.unit.ref:
        return []
    if best.preceding:  # "Japan, China and the United States donated vaccines to the country": no giver is "the country"
        frame.bound = (*frame.bound, *((u.start, u.end) for u in (best.unit, *best.preceding)))
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


def gapped_datives(frame, fills: dict, seq) -> list:
    """"handed over 20 lakh doses to Bangladesh and 10 lakh doses to Nepal", "150,000 doses to
    Bhutan and 100,000 to the Maldives": a further theme and recipient sharing the verb, one
    frame each; a bare figure is more of the first thing given."""
    best = fills.get("RECIPIENT", [None])[0]
    if best is None or frame.recipient is not best.unit.ref or not frame.items:
        return []
    units = seq.units
    i = next((k for k, u in enumerate(units) if u is best.unit), len(units)) + 1
    out = []
    while i < len(units):
        comma = units[i].kind == "P" and units[i].key == ","  # ", 2,000 to Jamaica", "and 500 to", ", and"
        joined = i + comma < len(units) and units[i + comma].kind == "W" and units[i + comma].key == "and"
        if not (comma or joined):
            break
        j = i + comma + joined
        things = []
        while j < len(units) and units[j].kind in ("I", "N"):
            things.append(units[j])
            j += 1
        if not things or j + 1 >= len(units) or units[j].kind != "W" or units[j].key != "to":
            break
        j += 1 + (units[j + 1].kind == "W" and units[j + 1].key == "the")
        if j >= len(units) or units[j].kind != "E" or "party" not in units[j].feats:
            break
        first = frame.items[0]
        items = [u.ref if u.kind == "I" else replace(first, count=u.ref, start=u.start, end=u.end)
                 for u in things]
        frame.items = [x for x in frame.items if all(x is not y for y in items)]
        out.append(replace(frame, recipient=units[j].ref, items=items,
                                       rules=[*frame.rules, "gapped-dative"], alternatives={}))
        i = j + 1
    return out


def _is_word(units, i: int, *words: str) -> bool:
    return i < len(units) and units[i].kind == "W" and units[i].key in words


def _party(units, i: int) -> bool:
    return i < len(units) and units[i].kind == "E" and "party" in units[i].feats


def _share_at(units, i: int) -> tuple[list, list, int] | None:
    """A share from ``i``: figures or things, "for" or "to", maybe "the", a party (or, after
    "each", the parties coordinated: "200,000 each for Bangladesh, Algeria and Libya"); with
    the index after it, or None."""
    things = []
    while i < len(units) and units[i].kind in ("I", "N"):
        things.append(units[i])
        i += 1
    each = _is_word(units, i, "each")
    i += each
    if not things or not _is_word(units, i, "for", "to"):
        return None
    i += 1 + _is_word(units, i + 1, "the")
    if not _party(units, i):
        return None
    parties = [units[i]]
    i += 1
    while each and i < len(units) and units[i].kind == "P" and units[i].key == "," and _party(units, i + 1):
        parties.append(units[i + 1])
        i += 2
    if each and _is_word(units, i, "and") and _party(units, i + 1):
        parties.append(units[i + 1])
        i += 2
    return things, parties, i


def colon_shares(frame, seq) -> list:
    """"approved the donation of 1.3 million doses to four countries: 525,000 for Egypt,
    425,000 for Tunisia and 150,000 for Albania": after a colon past a thing given,
    figures or things each paired with a party share the gift out, one frame each (the frame
    keeps the first share); a bare figure is more of the first thing given. Two shares at
    least: one alone may be an aside, not a share-out."""
    units = seq.units
    colon = next((k for k, u in enumerate(units) if u.kind == "P" and u.key == ":"), None)
    given = [u for u in units[:colon] if u.kind == "I"] if colon is not None else []
    if not given:
        return []
    shares, i = [], colon + 1
    while (share := _share_at(units, i)) is not None:
        shares += [(share[0], party) for party in share[1]]
        i = share[2]
        comma = i < len(units) and units[i].kind == "P" and units[i].key == ","
        joined = i + comma < len(units) and units[i + comma].kind == "W" and units[i + comma].key == "and"
        if not (comma or joined):
            break
        i += comma + joined
    if len(shares) < 2:
        return []
    first = given[0].ref

    def items_of(things):
        return [copy.copy(u.ref) if u.kind == "I" else replace(first, count=u.ref, start=u.start, end=u.end) for u in things]
    frames = [replace(frame, recipient=party.ref, items=items_of(things), total=None,
                      rules=[*frame.rules, "colon-share"], alternatives={}) for things, party in shares]
    frame.recipient, frame.items, frame.total, frame.rules = frames[0].recipient, frames[0].items, None, frames[0].rules
    return frames[1:]
