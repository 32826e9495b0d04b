"""Layer 7: which names are of one kind, and a sex breakdown of one species as one item
(GOLD.md): "a lion and a lioness" sum; "14 black rhinos, eight cows and six bulls" restate
the figure told first. Read by merge/document.py."""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from giftextract.mentions.items import ItemRef, goods_whole
from giftextract.lexicon.data import LEXICON
from giftextract.lexicon.species import parent_species, related
from giftextract.quantity.sums import CountPart


@lru_cache(maxsize=4096)
def more_specific(a: str, b: str) -> str:
    return a if parent_species(a) == b or (parent_species(b) != a and len(a) >= len(b)) else b


def sex_breakdown(a: ItemRef, b: ItemRef) -> ItemRef | None:
    """"a lion and a lioness", "two males and three female bears" in one clause: one item
    whose count is the sum (GOLD.md: a sex breakdown of one species is one item)."""
    if a.count is None or b.count is None or a.sex == b.sex or None in (a.count.value, b.count.value) \
            or a.count.qualifier != "exact" or b.count.qualifier != "exact" or _definite(a) or _definite(b):
        return None
    # the sum's words are the whole breakdown: "a lion and a lioness"
    start, end = min(a.start, b.start), max(a.end, b.end)
    # the terms keep the sex detail: "19 stallions and 5 mares" is 24 horses, 19 male, 5 female
    parts = tuple(CountPart(i.start, i.end, "", i.count.value, i.sex) for i in sorted((a, b), key=lambda i: i.start))
    total = dataclasses.replace(a.count, value=a.count.value + b.count.value, start=start, end=end, text="",
                                parts=parts)
    keep = a if more_specific(a.mention.species, b.mention.species) == a.mention.species else b
    return dataclasses.replace(keep, count=total, sex=None, start=min(a.start, b.start), end=max(a.end, b.end))


def _definite(item: ItemRef) -> bool:
    """One thing named with "the" ("a bay gelding, ... the horse"): maybe the one told before."""
    return item.count.text.lower() in ("the", "this", "that")


# "four cattle, two cows and two bulls": words that name cattle and a sex at once
_SEX_NOUNS = {w: sex for w, sex in LEXICON["triggers"]["species_sex_nouns"]["words"].items()}


def _sex(item: ItemRef) -> str | None:
    """The item's sex, or the sex its noun names ("cows" after "four cattle": female)."""
    return item.sex or _SEX_NOUNS.get(item.mention.text.lower().split()[-1])


def _exact(item: ItemRef) -> bool:
    return item.count is not None and item.count.value is not None and item.count.qualifier == "exact"


def restated_breakdowns(items: list[ItemRef]) -> list[ItemRef]:
    """"14 black rhinos, eight cows and six bulls", "four cattle, two cows and two bulls": the
    sexed figures right after an unsexed one of the same kind that add up to it tell its
    parts, not more animals; they leave the list and become the first figure's parts."""
    out: list[ItemRef] = []
    i = 0
    while i < len(items):
        whole = items[i]
        j, parts = i + 1, []
        while j < len(items) and _exact(items[j]) and _sex(items[j]) and items[j].mention.text != whole.mention.text \
                and related(items[j].mention.species, whole.mention.species):
            parts.append(items[j])
            j += 1
        if whole.sex is None and _exact(whole) and len(parts) >= 2 and \
                sum(p.count.value for p in parts) == whole.count.value:
            terms = tuple(CountPart(p.start, p.end, "", p.count.value, _sex(p)) for p in parts)
            out.append(dataclasses.replace(whole, count=dataclasses.replace(whole.count, parts=terms)))
            i = j
            continue
        out.append(whole)
        i += 1
    return out


def without_wholes(items: list[ItemRef], listed: list[ItemRef]) -> list[ItemRef]:
    """``items`` without the uncounted wholes of goods ("military equipment", "protective
    gear") that ``listed`` breaks down: two or more things, each counted, told of the
    same gift ("The items included 5,000 uniforms and 50 tents")."""
    if len(listed) < 2 or not all(i.count is not None and i.count.value is not None for i in listed):
        return items
    return [i for i in items if not goods_whole(i) or i in listed]


def broken_down(items: list[ItemRef], listed: list[ItemRef]) -> ItemRef | None:
    """The one counted thing of ``items`` that ``listed`` breaks down: two or more things of
    its kind (its head noun, or a related name), each with an exact figure, that add up to its
    figure ("Seventy-five military vehicles given by China ... the fleet was made up of 55
    military vehicles and 20 operational vehicles": 75 is the total, the two kinds its things)."""
    if len(items) != 1 or len(listed) < 2 or not _exact(items[0]) or not all(_exact(i) for i in listed):
        return None
    whole = items[0]
    head = whole.mention.species.split()[-1]
    if not all(i.mention.species.split()[-1] == head or related(i.mention.species, whole.mention.species) for i in listed):
        return None
    return whole if sum(i.count.value for i in listed) == whole.count.value else None
