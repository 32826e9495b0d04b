"""One field of one cluster: the values documents give, who gives each, the consensus and any conflict."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Optional

from giftextract.models import FieldValue, ReconciledField, Support
from giftextract.reconcile import values as v

Agree = Callable[[Any, Any], bool]
Pick = Callable[[list[tuple[Any, int]]], str]


@dataclass(frozen=True)
class Observation:
    """What one record says about a field: a normalised label, its comparable form, and where it was read.

    ``datum`` is None when the value could not be normalised; it is then listed but not compared.
    """

    label: str
    datum: Any
    support: Support


@dataclass(frozen=True)
class FieldType:
    agree: Agree
    pick: Pick
    # Listing fields (sources, officials, troop nouns) accumulate: two articles citing different
    # sources do not disagree, so such a field never conflicts and its consensus is the union.
    union: bool = False


def _most_supported(data: list[tuple[Any, int]], label: Callable[[Any], str]) -> str:
    return label(min(data, key=lambda dn: (-dn[1], label(dn[0])))[0])


def _pick_place(data: list[tuple[v.Where, int]]) -> str:
    return max(data, key=lambda dn: (len(dn[0].tokens), dn[1], dn[0].name))[0].name


def _pick_carriage(data: list[tuple[v.Carriage, int]]) -> str:
    return max(data, key=lambda dn: (dn[0].mode is not None, len(dn[0].vehicle), dn[1], dn[0].label))[0].label


def _pick_date(data: list[tuple[str, int]]) -> str:
    return max(data, key=lambda dn: (len(dn[0]), dn[1], dn[0]))[0]


_ACTUAL = frozenset({"reported", "confirmed"})
# The consensus status is the strongest claim no source contradicts.
_STATUS_STRENGTH = {"confirmed": 3, "reported": 2, "planned": 1, "denied": 0}


def _statuses_agree(a: str, b: str) -> bool:
    # A plan does not contradict a report (status tells them apart); only a denial contradicts one.
    return not ({a, b} & {"denied"} and {a, b} & _ACTUAL)


def _pick_status(data: list[tuple[str, int]]) -> str:
    return max(data, key=lambda dn: (_STATUS_STRENGTH.get(dn[0], 0), dn[1]))[0]


COUNTRY = FieldType(agree=lambda a, b: a == b, pick=lambda d: _most_supported(d, str))
QUANTITY = FieldType(agree=v.counts_agree, pick=lambda d: v.pick_count(d).label)
ITEM = FieldType(agree=v.items_agree, pick=lambda d: v.pick_item(d).label)
PLACE = FieldType(agree=v.places_agree, pick=_pick_place)
TRANSPORT = FieldType(agree=v.carriages_agree, pick=_pick_carriage)
DATE = FieldType(agree=v.dates_agree, pick=_pick_date)
STATUS = FieldType(agree=_statuses_agree, pick=_pick_status)
UNION = FieldType(agree=lambda a, b: True, pick=lambda d: "", union=True)


@dataclass
class _Group:
    label: str
    datum: Any
    supports: list[Support]

    @property
    def doc_count(self) -> int:
        return len({s.doc_id for s in self.supports})


def _groups(observations: Sequence[Observation]) -> list[_Group]:
    by_label: dict[tuple[str, bool], _Group] = {}
    for obs in observations:
        key = (obs.label, obs.datum is not None)
        group = by_label.setdefault(key, _Group(obs.label, obs.datum, []))
        group.supports.append(obs.support)
    groups = list(by_label.values())
    for group in groups:
        group.supports.sort(key=lambda s: (s.doc_id, s.record, s.spans[0].start if s.spans else -1))
    # Most-supported first, so readers see the majority reading before the outliers.
    return sorted(groups, key=lambda g: (-g.doc_count, g.datum is None, g.label))


def _has_conflict(kind: FieldType, comparable: list[_Group]) -> bool:
    return any(not kind.agree(a.datum, b.datum)
               for i, a in enumerate(comparable) for b in comparable[i + 1:])


def reconcile_field(name: str, kind: FieldType, observations: Sequence[Observation]) -> Optional[ReconciledField]:
    """None when no document says anything about the field."""
    if not observations:
        return None
    groups = _groups(observations)
    comparable = [g for g in groups if g.datum is not None]
    conflict = not kind.union and _has_conflict(kind, comparable)
    consensus: Optional[str] = None
    if kind.union:
        consensus = ", ".join(g.label for g in groups)
    elif comparable and not conflict:
        consensus = kind.pick([(g.datum, g.doc_count) for g in comparable])
    return ReconciledField(
        field=name,
        values=[FieldValue(value=g.label, comparable=g.datum is not None, sources=g.supports) for g in groups],
        consensus=consensus,
        conflict=conflict,
    )
