"""Layer 4: gifts told with their verb left out after one that names the recipient first.

"Modi gave Albanese an amethyst, Meloni a silver candle stand and Starmer two vases";
"... gave Albanese an amethyst; Portugal's Luis Montenegro a chess set; and Giorgia Meloni
of Italy a candle stand": after a ditransitive clause (recipient, then thing), a party
followed by things, set off by a comma, "and" or a semicolon, is another recipient of the
same giver with those things. The pairs stop at anything else, so "gave Albanese an amethyst
and Meloni thanked him" is no pair (a verb follows the party, no thing).
"""

from __future__ import annotations

from dataclasses import replace

from giftextract.mentions.items import find_items
from giftextract.mentions.sentence import SentenceView
from giftextract.mentions.units import build_units

RULE = "gapped-recipient"


def _link(units, i: int) -> int | None:
    """The index after a link at ``i``: ",", ";", "and", ", and", "; and"; None if none."""
    j = i
    if j < len(units) and units[j].kind == "P" and units[j].key in (",", ";"):
        j += 1
    if j < len(units) and units[j].kind == "W" and units[j].key == "and":
        j += 1
    return j if j > i else None


def _party_at(units, i: int) -> tuple[object, int] | None:
    """A party at ``i`` and the index after it ("Giorgia Meloni of Italy": the person, the
    state after "of" telling whose she is belongs to the party's phrase)."""
    if i >= len(units) or units[i].kind != "E" or "party" not in units[i].feats:
        return None
    j = i + 1
    if j + 1 < len(units) and units[j].kind == "W" and units[j].key == "of" and units[j + 1].kind == "E":
        j += 2
    return units[i], j


def _things_at(units, i: int) -> tuple[list, int]:
    """The things listed from ``i`` ("a chess set", "a vase, a shawl and a scarf") and the index after."""
    things = []
    while i < len(units) and units[i].kind == "I":
        things.append(units[i])
        i += 1
        link = _link(units, i)
        if link is None or link >= len(units) or units[link].kind != "I":
            break
        i = link
    return things, i


def gapped_pairs(units, i: int, linked: bool = True) -> list[tuple[object, list]]:
    """The (party unit, thing units) pairs from index ``i``, each after a link (the first
    needs none when ``linked`` is False: a clause that opens on its party)."""
    pairs = []
    while i < len(units):
        link = _link(units, i)
        if link is None and (linked or pairs):
            break
        party = _party_at(units, link if link is not None else i)
        if party is None:
            break
        things, end = _things_at(units, party[1])
        if not things:
            break
        pairs.append((party[0], things))
        i = end
    return pairs


def recipient_first(fills: dict) -> bool:
    """The winning recipient and thing come from one row, the recipient first: a ditransitive."""
    recipient, theme = fills.get("RECIPIENT", [None])[0], fills.get("THEME", [None])[0]
    return recipient is not None and theme is not None and recipient.row is theme.row \
        and recipient.unit.start < theme.units[0].start


def gapped_recipients(frame, fills: dict, seq) -> list:
    """The further recipients, each with its things, after a ditransitive frame's own theme."""
    if not recipient_first(fills):
        return []
    theme = fills["THEME"][0]
    units = seq.units
    last = max(k for k, u in enumerate(units) if any(u is t for t in theme.units))
    _, end = _things_at(units, last)
    return _frames(frame, gapped_pairs(units, end))


def _frames(frame, pairs: list) -> list:
    out = []
    for party, things in pairs:
        items = [u.ref for u in things]
        frame.items = [x for x in frame.items if all(x is not y for y in items)]
        out.append(replace(frame, recipient=party.ref, items=items, total=None,
                           rules=[*frame.rules, RULE], alternatives={}))
    return out


def gapped_clause(view: SentenceView, lo: int, hi: int, taken: set[int], frame) -> list:
    """A clause with no verb that only pairs parties and things ("; Portugal's Luis Montenegro
    a chess set"), right after a ditransitive frame's clause: more recipients of its giver."""
    items, _total = find_items(view, lo, hi, taken)  # (things the lexicon does not know are read by build_units)
    units = build_units(view, lo, hi, items, {i.count.start for i in items if i.count} | taken).units
    pairs = gapped_pairs(units, 0, linked=False)
    if not pairs:
        return []
    last = pairs[-1][1][-1]
    end = next(k for k, u in enumerate(units) if u is last) + 1
    if any(u.kind != "P" for u in units[end:]):
        return []  # the clause says more than its pairs: no gapped one
    return _frames(replace(frame, items=[]), pairs)
