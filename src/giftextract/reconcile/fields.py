"""One field of one cluster: the values documents give, who gives each, the consensus and any conflict.

Each value is grouped and compared by a normalised key (``FieldValue.value``: 'RU', '2 brown bear'),
and carries its structured value (the field type's ``...Value`` model) with an English label.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Optional

from giftextract.models import FieldValue, GiftItemValue, ReconciledField, ReconciledValue, Support
from giftextract.reconcile import labels as lb
from giftextract.reconcile import values as v

Agree = Callable[[Any, Any], bool]
# Structured value: the keyword arguments of a ReconciledValue without its label ({"type": "item", "item": ...}).
Structured = dict[str, Any]


@dataclass(frozen=True)
class Observation:
    """What one record says about a field: a normalised key, its comparable form, its structured value,
    and where it was read.

    ``datum`` is None when the value could not be normalised; it is then listed but not compared.
    """

    label: str
    datum: Any
    support: Support
    structured: Structured


@dataclass
class Group:
    """The observations of one field that share a key."""

    label: str
    datum: Any
    supports: list[Support]
    structured: Structured

    @property
    def doc_count(self) -> int:
        return len({s.doc_id for s in self.supports})


Pick = Callable[[list[Group]], Structured]


def describe(structured: Structured, written: Sequence[str]) -> str:
    """The English label of a structured value; ``written`` is how the sources wrote it (casing, 'dozen')."""
    kind = structured["type"]
    if kind == "party":
        return lb.party_label(structured["party"])
    if kind == "quantity":
        return lb.quantity_label(structured["quantity"], written)
    if kind == "item":
        return lb.item_label(structured["item"], written)
    if kind == "place":
        return str(structured["place"].name)
    if kind == "transport":
        return lb.transport_label(structured["transport"])
    if kind == "date":
        return lb.date_label(structured["date"])
    if kind == "status":
        return str(structured["status"])
    return ", ".join(structured["names"])


@dataclass(frozen=True)
class FieldType:
    agree: Agree
    pick: Pick
    # Listing fields (sources, officials, troop nouns) accumulate: two articles citing different
    # sources do not disagree, so such a field never conflicts and its consensus is the union.
    union: bool = False


def _most_supported(groups: list[Group]) -> Structured:
    return min(groups, key=lambda g: (-g.doc_count, g.label)).structured


def _chosen(groups: list[Group], datum: Any) -> Structured:
    return next(g for g in groups if g.datum is datum).structured


def _pick_count(groups: list[Group]) -> Structured:
    return _chosen(groups, v.pick_count([(g.datum, g.doc_count) for g in groups]))


def _pick_item(groups: list[Group]) -> Structured:
    """The deepest species name, the consensus count, the sex if any source gives it."""
    picked = v.pick_item([(g.datum, g.doc_count) for g in groups])
    named = max(groups, key=lambda g: (v.species_depth(g.datum.species), g.doc_count, g.datum.species))
    counted = next((g for g in groups if picked.count is not None and g.datum.count is picked.count), None)
    item: GiftItemValue = named.structured["item"]
    count = counted.structured["item"].count if counted is not None else None
    if count is not None and count.unit == counted.structured["item"].species:
        count = count.model_copy(update={"unit": item.species})  # "2 bear" counted brown bears here
    return {"type": "item", "item": item.model_copy(update={"count": count, "sex": picked.sex})}


def _pick_place(groups: list[Group]) -> Structured:
    return max(groups, key=lambda g: (len(g.datum.tokens), g.doc_count, g.datum.name)).structured


def _pick_carriage(groups: list[Group]) -> Structured:
    return max(groups, key=lambda g: (g.datum.mode is not None, len(g.datum.vehicle), g.doc_count,
                                      g.datum.label)).structured


def _pick_date(groups: list[Group]) -> Structured:
    return max(groups, key=lambda g: (len(g.datum), g.doc_count, g.datum)).structured


_ACTUAL = frozenset({"reported", "confirmed"})
# The consensus status is the strongest claim no source contradicts.
_STATUS_STRENGTH = {"confirmed": 3, "reported": 2, "planned": 1, "denied": 0}


def _statuses_agree(a: str, b: str) -> bool:
    # A plan does not contradict a report (status tells them apart); only a denial contradicts one.
    return not ({a, b} & {"denied"} and {a, b} & _ACTUAL)


def _pick_status(groups: list[Group]) -> Structured:
    return max(groups, key=lambda g: (_STATUS_STRENGTH.get(g.datum, 0), g.doc_count)).structured


def _union(groups: list[Group]) -> Structured:
    return {"type": "names", "names": [g.label for g in groups]}


COUNTRY = FieldType(agree=lambda a, b: a == b, pick=_most_supported)
QUANTITY = FieldType(agree=v.counts_agree, pick=_pick_count)
ITEM = FieldType(agree=v.items_agree, pick=_pick_item)
PLACE = FieldType(agree=v.places_agree, pick=_pick_place)
TRANSPORT = FieldType(agree=v.carriages_agree, pick=_pick_carriage)
DATE = FieldType(agree=v.dates_agree, pick=_pick_date)
STATUS = FieldType(agree=_statuses_agree, pick=_pick_status)
UNION = FieldType(agree=lambda a, b: True, pick=_union, union=True)


def _groups(observations: Sequence[Observation]) -> list[Group]:
    by_label: dict[tuple[str, bool], Group] = {}
    for obs in observations:
        key = (obs.label, obs.datum is not None)
        group = by_label.setdefault(key, Group(obs.label, obs.datum, [], obs.structured))
        group.supports.append(obs.support)
    groups = list(by_label.values())
    for group in groups:
        group.supports.sort(key=lambda s: (s.doc_id, s.record, s.spans[0].start if s.spans else -1))
    # Most-supported first, so readers see the majority reading before the outliers.
    return sorted(groups, key=lambda g: (-g.doc_count, g.datum is None, g.label))


def _has_conflict(kind: FieldType, comparable: list[Group]) -> bool:
    return any(not kind.agree(a.datum, b.datum)
               for i, a in enumerate(comparable) for b in comparable[i + 1:])


def _written(groups: Sequence[Group]) -> list[str]:
    return [s.text for g in groups for s in g.supports]


def reconcile_field(name: str, key: Optional[str], kind: FieldType,
                    observations: Sequence[Observation]) -> Optional[ReconciledField]:
    """None when no document says anything about the field."""
    if not observations:
        return None
    groups = _groups(observations)
    comparable = [g for g in groups if g.datum is not None]
    conflict = not kind.union and _has_conflict(kind, comparable)
    consensus: Optional[ReconciledValue] = None
    agreed = groups if kind.union else comparable
    if agreed and not conflict:
        structured = kind.pick(agreed)
        consensus = ReconciledValue(label=describe(structured, _written(agreed)), **structured)
    return ReconciledField(
        field=name,
        key=key,
        values=[FieldValue(value=g.label, comparable=g.datum is not None, sources=g.supports,
                           label=describe(g.structured, _written([g])), **g.structured) for g in groups],
        consensus=consensus,
        conflict=conflict,
    )
