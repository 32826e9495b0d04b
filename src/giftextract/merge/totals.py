"""Layer 5: a gift's total told apart from its things. "Eight big cats donated by Namibia"
and, sentences later, "the cheetahs ... landed": a total over one uncounted species is that
species' count (GOLD.md: a total is for an aggregate over several species), even when the
total and the things were told as two records of one pair."""

from __future__ import annotations

from giftextract.frames.gifts import GiftFrame
from giftextract.merge.halves import country_of


def totals_of_uncounted(records: list[GiftFrame], dates_clash) -> list[GiftFrame]:
    """Join each record that is a total alone to the record of its pair whose things are all
    uncounted (not of a clashing date), then give a total over one species to that species."""
    out = list(records)
    for whole in records:
        if whole.items or whole.total is None or whole.total.value is None:
            continue
        key = (country_of(whole.giver), country_of(whole.recipient))
        things = next((r for r in out if r is not whole and r.total is None and r.items
                       and (country_of(r.giver), country_of(r.recipient)) == key
                       and all(i.count is None for i in r.items) and not dates_clash(r, whole)), None)
        if things is not None:
            things.total = whole.total
            things.rules.append("total-joined")
            out.remove(whole)
    for r in out:
        _total_of_parts(r)
        _total_of_one_species(r)
    return out


def _total_of_parts(record: GiftFrame) -> None:
    """"22 new emergency vehicles ... The donation consists of 14 ambulances, six pumper
    trucks and two rescue trucks": a thing no lexicon knows (a class of things: a species
    counted first is one of its own, "three koalas ... two wombats and a platypus"), whose
    count is the sum of two or more things counted after it, is their total (GOLD.md); so
    are its restatements of that count ("257 army vehicles", a headline, and "257 military
    vehicles", the lead)."""
    if record.total is not None or len(record.items) < 3:
        return
    first = record.items[0]
    if not first.open or first.count is None or first.count.value is None:
        return
    wholes = [i for i in record.items if i.open and i.count is not None and i.count.value == first.count.value]
    parts = [i for i in record.items if not any(i is w for w in wholes)]
    if len(parts) < 2 or any(p.count is None or p.count.value is None for p in parts) \
            or first.start > min(p.start for p in parts) or sum(p.count.value for p in parts) != first.count.value:
        return
    record.total, record.items = first.count, parts
    record.rules.append("total-of-parts")


def _total_of_one_species(record: GiftFrame) -> None:
    """"Eight big cats ... cheetahs": a total over one uncounted animal species is its count;
    "two macaques ... handed the two animals over": a total of the one thing counted, its
    count again, is no aggregate."""
    if record.total is not None and len(record.items) == 1 and record.items[0].count is not None \
            and record.items[0].count.value == record.total.value:
        record.total = None
        record.rules.append("total-restates-item")
        return
    animals = [i for i in record.items if i.mention.category == "animal"]
    if record.total is None or record.total.value is None or len(animals) != 1 or animals[0].count is not None \
            or len({i.mention.species for i in animals}) != 1:
        return
    animals[0].count, record.total = record.total, None
    record.rules.append("total-of-one-species")
