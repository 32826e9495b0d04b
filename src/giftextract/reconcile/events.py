"""From a cluster of records to an :class:`EventCluster`: every field's values, sources, consensus, conflicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Optional

from giftextract.models import (
    ClusterMember, GiftItem, Party, Place, Quantity, ReconciledField, Source, Span, Support, TimeExpr,
    Transport,
)
from giftextract.reconcile import fields as f
from giftextract.reconcile import values as v
from giftextract.reconcile.cluster import Ref


def _support(ref: Ref, text: str, spans: Iterable[Span]) -> Support:
    return Support(doc_id=ref.doc_id, record=ref.index, text=text, spans=list(spans))


def party_obs(ref: Ref, party: Optional[Party]) -> list[f.Observation]:
    if party is None:
        return []
    # The state is what is compared: "Vladimir Putin", "Russia" and "Moscow" all give for RU.
    label = party.country or party.name
    return [f.Observation(label, label, _support(ref, party.name, [party.span]))]


def quantity_obs(ref: Ref, q: Optional[Quantity]) -> list[f.Observation]:
    if q is None:
        return []
    count = v.count_of(q)
    return [f.Observation(count.label if count else q.text, count, _support(ref, q.text, [q.span]))]


def place_obs(ref: Ref, place: Optional[Place]) -> list[f.Observation]:
    if place is None:
        return []
    return [f.Observation(place.name, v.where_of(place), _support(ref, place.name, [place.span]))]


def transport_obs(ref: Ref, t: Optional[Transport]) -> list[f.Observation]:
    if t is None:
        return []
    carriage = v.carriage_of(t)
    return [f.Observation(carriage.label, carriage, _support(ref, t.span.text, [t.span]))]


def date_obs(ref: Ref, t: Optional[TimeExpr]) -> list[f.Observation]:
    if t is None:
        return []
    # An unresolved "Wednesday" is listed as written but cannot be compared with "2024-11".
    label = t.value or t.text.strip(" .,")
    return [f.Observation(label, t.value, _support(ref, t.text, [t.span]))]


def name_obs(ref: Ref, named: Iterable[Source | Party]) -> list[f.Observation]:
    return [f.Observation(n.name, n.name, _support(ref, n.name, [n.span])) for n in named]


def text_obs(ref: Ref, text: Optional[str], spans: list[Span]) -> list[f.Observation]:
    return [] if not text else [f.Observation(text, text, _support(ref, text, spans))]


def status_obs(ref: Ref) -> list[f.Observation]:
    d = ref.record
    spans = d.evidence[:1]
    return [f.Observation(d.status, d.status, _support(ref, d.status, spans))]


def _collect(members: list[Ref], get) -> list[f.Observation]:
    return [obs for ref in members for obs in get(ref)]


def _fields(specs: list[tuple[str, f.FieldType, list[f.Observation]]]) -> list[ReconciledField]:
    out = []
    for name, kind, observations in specs:
        built = f.reconcile_field(name, kind, observations)
        if built is not None:
            out.append(built)
    return out


# --- items -------------------------------------------------------------------------------

def item_slots(members: list[Ref]) -> list[list[tuple[Ref, GiftItem]]]:
    """Line up the items of many articles: 'two bears' (one article) with 'two brown bears' (another).

    Most specific names found the slots; a class name ("birds") joins a slot only when exactly
    one fits, since "birds" beside pheasants, ducks and cockatoos could be any of them.
    """
    entries = [(ref, item) for ref in members for item in ref.record.items]
    entries.sort(key=lambda e: (-v.species_depth(e[1].species), e[1].species, e[0].doc_id, e[0].index,
                                e[1].span.start))
    slots: list[list[tuple[Ref, GiftItem]]] = []
    for ref, item in entries:
        fits = [s for s in slots
                if all(v.species_agree(item.species, other.species) for _, other in s)
                and all(r.doc_id != ref.doc_id for r, _ in s)]
        exact = [s for s in fits if any(other.species == item.species for _, other in s)]
        if exact:
            exact[0].append((ref, item))
        elif fits and (not v.is_generic(item.species) or len(fits) == 1):
            fits[0].append((ref, item))
        else:
            slots.append([(ref, item)])
    return slots


def _slot_name(slot: list[tuple[Ref, GiftItem]]) -> str:
    return max(slot, key=lambda e: (v.species_depth(e[1].species), e[1].species))[1].species


def item_fields(members: list[Ref]) -> list[tuple[str, f.FieldType, list[f.Observation]]]:
    slots = item_slots(members)
    slots.sort(key=lambda s: (-len({r.doc_id for r, _ in s}), _slot_name(s)))
    specs, used = [], set()
    for slot in slots:
        name = f"item: {_slot_name(slot)}"
        while name in used:  # two unrelated "bird" mentions keep separate rows
            name += "'"
        used.add(name)
        observations = [f.Observation(v.item_of(item).label, v.item_of(item),
                                      _support(ref, item.span.text, [item.span])) for ref, item in slot]
        specs.append((name, f.ITEM, observations))
    return specs


# --- whole events ----------------------------------------------------------------------------

def member(ref: Ref, with_status: bool) -> ClusterMember:
    status = ref.record.status if with_status else None
    return ClusterMember(doc_id=ref.doc_id, record=ref.index, status=status, confidence=ref.record.confidence)


def gift_fields(members: list[Ref]) -> list[ReconciledField]:
    return _fields([
        ("giver", f.COUNTRY, _collect(members, lambda r: party_obs(r, r.record.giver))),
        ("recipient", f.COUNTRY, _collect(members, lambda r: party_obs(r, r.record.recipient))),
        ("total", f.QUANTITY, _collect(members, lambda r: quantity_obs(r, r.record.total))),
        *item_fields(members),
        ("origin", f.PLACE, _collect(members, lambda r: place_obs(r, r.record.origin))),
        ("destination", f.PLACE, _collect(members, lambda r: place_obs(r, r.record.destination))),
        ("transport", f.TRANSPORT, _collect(members, lambda r: transport_obs(r, r.record.transport))),
        ("date", f.DATE, _collect(members, lambda r: date_obs(r, r.record.date))),
        ("officials", f.UNION, _collect(members, lambda r: name_obs(r, r.record.officials))),
        ("sources", f.UNION, _collect(members, lambda r: name_obs(r, r.record.attributed_to))),
    ])


def deployment_fields(members: list[Ref]) -> list[ReconciledField]:
    actual = [r for r in members if r.record.status in ("reported", "confirmed")]
    planned = [r for r in members if r.record.status == "planned"]
    return _fields([
        ("sender", f.COUNTRY, _collect(members, lambda r: party_obs(r, r.record.sender))),
        ("host", f.COUNTRY, _collect(members, lambda r: party_obs(r, r.record.host))),
        ("against", f.COUNTRY, _collect(members, lambda r: party_obs(r, r.record.against))),
        # Reported and planned figures are different facts: "a planned 10,000" never conflicts with "3,000 there".
        ("personnel", f.QUANTITY, _collect(actual, lambda r: quantity_obs(r, r.record.personnel))),
        ("personnel (planned)", f.QUANTITY, _collect(planned, lambda r: quantity_obs(r, r.record.personnel))),
        ("personnel_kind", f.UNION, _collect(members, lambda r: text_obs(
            r, r.record.personnel_kind, [r.record.personnel.span] if r.record.personnel else []))),
        ("location", f.PLACE, _collect(members, lambda r: place_obs(r, r.record.location))),
        ("status", f.STATUS, _collect(members, status_obs)),
        ("date", f.DATE, _collect(members, lambda r: date_obs(r, r.record.date))),
        ("sources", f.UNION, _collect(members, lambda r: name_obs(r, r.record.attributed_to))),
    ])
