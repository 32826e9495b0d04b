"""Comparable values: each field type normalised so that two articles' versions can be compared.

Every comparison answers one question: could both articles be describing the same fact?
"two bears" and "two brown bears" can ("brown bear" is a kind of "bear"); "3,000" and
"more than 10,000" cannot. Each type also says which of two agreeing values is more specific,
because the consensus is the most specific value every source is compatible with.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Optional

from giftextract.lexicon.species import parent_species, species_info
from giftextract.models import GiftItem, Place, Quantity, Transport
from giftextract.text.compiled import compile as compile_re

# "about 10,000" covers 9,000-11,000: a journalist's round figure, not an exact count.
APPROXIMATE_TOLERANCE = 0.10

# Names of whole classes: "birds" in one article may be any of the birds another one lists.
GENERIC_SPECIES = frozenset({"animal", "bird", "mammal", "reptile", "fish", "amphibian", "insect"})

_QUALIFIER_WORDS = {
    "exact": "", "approximate": "about ", "more_than": "more than ",
    "at_least": "at least ", "less_than": "less than ", "at_most": "at most ",
}
_PLACE_STOPWORDS = frozenset({"the", "of", "in", "a"})
_WORD = compile_re(r"[^\W_]+", re.UNICODE)


# --- numbers -------------------------------------------------------------------------------

def format_number(value: float) -> str:
    """10000.0 -> '10,000'; 2.5 -> '2.5'."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,g}"


@dataclass(frozen=True)
class Count:
    """A quantity reduced to what comparison needs: its anchor figure and the interval it allows."""

    anchor: Optional[float]
    low: float
    high: float
    label: str

    @property
    def width(self) -> float:
        return self.high - self.low


def count_of(q: Quantity) -> Optional[Count]:
    """None for quantities that say nothing comparable ("dozens of" without bounds)."""
    if q.value is None and q.low is None and q.high is None:
        return None
    anchor = q.value
    low = q.low if q.low is not None else (anchor if anchor is not None else 0.0)
    high = q.high if q.high is not None else (anchor if anchor is not None else math.inf)
    if q.qualifier == "approximate":
        low, high = low * (1 - APPROXIMATE_TOLERANCE), high * (1 + APPROXIMATE_TOLERANCE)
    elif q.qualifier in ("more_than", "at_least"):
        # Closed at the anchor on purpose: "more than 70" and "70" are the same reported figure,
        # one of them hedged; treating the bound as open would flag every such pair as a conflict.
        high = math.inf
    elif q.qualifier in ("less_than", "at_most"):
        low = 0.0
    return Count(anchor, low, high, _count_label(q))


def _count_label(q: Quantity) -> str:
    if q.value is None:
        if q.low is not None and q.high is not None:
            return f"{format_number(q.low)}-{format_number(q.high)}"
        bound = q.low if q.low is not None else q.high
        return f"{_QUALIFIER_WORDS[q.qualifier]}{format_number(bound)}".strip()
    if q.low is not None and q.high is not None and q.low != q.high:
        return f"{_QUALIFIER_WORDS[q.qualifier]}{format_number(q.low)}-{format_number(q.high)}"
    return f"{_QUALIFIER_WORDS[q.qualifier]}{format_number(q.value)}"


def counts_agree(a: Optional[Count], b: Optional[Count]) -> bool:
    """Unknown agrees with anything; the same anchor agrees whatever the hedge; else intervals must meet."""
    if a is None or b is None:
        return True
    if a.anchor is not None and a.anchor == b.anchor:
        return True
    return a.low <= b.high and b.low <= a.high


def pick_count(counts: list[tuple[Count, int]]) -> Count:
    """The consensus among agreeing counts, each given with how many sources support it.

    All on one anchor ("more than 70", "about 70", "70"): the wording most sources use.
    Otherwise the narrowest interval, i.e. the most specific figure ("12,000" over "more than 10,000").
    """
    anchors = {c.anchor for c, _ in counts}
    if len(anchors) == 1 and None not in anchors:
        return min(counts, key=lambda cs: (-cs[1], cs[0].width, cs[0].label))[0]
    return min(counts, key=lambda cs: (cs[0].width, -cs[1], cs[0].label))[0]


# --- species and items ---------------------------------------------------------------------

def ancestors(species: str) -> list[str]:
    """'african lion' -> ['lion']; the chain of broader names, guarded against cycles."""
    chain: list[str] = []
    current = parent_species(species)
    while current and current not in chain and current != species:
        chain.append(current)
        current = parent_species(current)
    return chain


def is_generic(species: str) -> bool:
    return species in GENERIC_SPECIES


def species_agree(a: str, b: str) -> bool:
    """Equal, one a kind of the other ('bear' / 'brown bear'), or a class name covering the other."""
    if a == b or a in ancestors(b) or b in ancestors(a):
        return True
    # No lexicon parent: fall back on English head nouns ("domestic yak" is a "yak").
    if a.endswith(" " + b) or b.endswith(" " + a):
        return True
    for general, specific in ((a, b), (b, a)):
        if general == "animal" or (is_generic(general) and species_info(specific).get("class") == general):
            return True
    return False


def species_depth(species: str) -> int:
    """How specific a name is: class names 0, then one more per level of the lexicon hierarchy."""
    if is_generic(species):
        return 0
    return 1 + max(len(ancestors(species)), species.count(" "))


@dataclass(frozen=True)
class Item:
    species: str
    count: Optional[Count]
    sex: Optional[str]

    @property
    def label(self) -> str:
        count = f"{self.count.label} " if self.count else ""
        sex = f" ({self.sex})" if self.sex else ""
        return f"{count}{self.species}{sex}"


def item_of(item: GiftItem) -> Item:
    return Item(item.species, count_of(item.count) if item.count else None, item.sex)


def items_agree(a: Item, b: Item) -> bool:
    # Sex unknown agrees with either; "a lion" and "a lioness" agree, "a lion (male)" and "a lioness" do not.
    return (species_agree(a.species, b.species) and counts_agree(a.count, b.count)
            and (a.sex is None or b.sex is None or a.sex == b.sex))


def pick_item(items: list[tuple[Item, int]]) -> Item:
    """Combine agreeing items: the deepest species name, the consensus count, the sex if any source gives it."""
    species = max(items, key=lambda it: (species_depth(it[0].species), it[1], it[0].species))[0].species
    counts = [(it.count, n) for it, n in items if it.count is not None]
    sexes = sorted({it.sex for it, _ in items if it.sex})
    return Item(species, pick_count(counts) if counts else None, sexes[0] if sexes else None)


# --- places, transport, dates --------------------------------------------------------------

_POSSESSIVE_S = compile_re(r"['\u2019]s\b")


def name_tokens(name: str) -> frozenset[str]:
    """"Moscow's zoo" and "the Moscow Zoo" -> {'moscow', 'zoo'}."""
    cleaned = _POSSESSIVE_S.sub("", name.lower())
    return frozenset(w for w in _WORD.findall(cleaned) if w not in _PLACE_STOPWORDS)


@dataclass(frozen=True)
class Where:
    name: str
    tokens: frozenset[str]
    kind: str
    country: Optional[str]


def where_of(place: Place) -> Where:
    return Where(place.name, name_tokens(place.name), place.kind, place.country)


def places_agree(a: Where, b: Where) -> bool:
    """Same country (when both known) and one name contained in the other ('Pyongyang' / 'Pyongyang Central Zoo')."""
    if a.country and b.country and a.country != b.country:
        return False
    return a.tokens <= b.tokens or b.tokens <= a.tokens


def places_clash(a: Where, b: Where) -> bool:
    """Strong enough to call two records different events: two different zoos, or different countries."""
    if places_agree(a, b):
        return False
    return a.kind == b.kind or bool(a.country and b.country and a.country != b.country)


@dataclass(frozen=True)
class Carriage:
    mode: Optional[str]
    vehicle: frozenset[str]
    label: str


def carriage_of(t: Transport) -> Carriage:
    parts = [p for p in (t.mode, t.vehicle) if p]
    return Carriage(t.mode, name_tokens(t.vehicle or ""), ", ".join(parts) or "unspecified")


def carriages_agree(a: Carriage, b: Carriage) -> bool:
    modes = a.mode is None or b.mode is None or a.mode == b.mode
    return modes and (a.vehicle <= b.vehicle or b.vehicle <= a.vehicle)


def dates_agree(a: str, b: str) -> bool:
    """ISO prefixes agree when one extends the other: '2024' and '2024-11-20' do, '2024-04' and '2024-06' do not."""
    return a.startswith(b) or b.startswith(a)


def years_clash(a: Optional[str], b: Optional[str]) -> bool:
    return bool(a and b and a[:4] != b[:4])
