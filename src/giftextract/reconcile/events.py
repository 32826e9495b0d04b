"""From a cluster of records to an :class:`EventCluster`: every field's values, sources, consensus, conflicts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Optional

from giftextract.models import (
    ClusterMember, DateValue, GiftItem, GiftItemValue, Party, PartyValue, Place, PlaceValue, Quantity,
    QuantityValue, ReconciledField, Source, Span, Support, TimeExpr, Transport, TransportValue,
)
from giftextract.reconcile import fields as f
from giftextract.reconcile import labels as lb
from giftextract.reconcile import values as v
from giftextract.reconcile.cluster import Ref


def _support(ref: Ref, text: str, spans: Iterable[Span]) -> Support:
    return Support(doc_id=ref.doc_id, record=ref.index, text=text, spans=list(spans))


def _value(model, value_type):
    """The span-free value model of a record's model (a Quantity's QuantityValue, ...)."""
    return value_type.model_validate({k: getattr(model, k) for k in value_type.model_fields})


def party_obs(ref: Ref, party: Optional[Party]) -> list[f.Observation]:
    if party is None:
        return []
    # The state is what is compared: "Vladimir Putin", "Russia" and "Moscow" all give for RU.
    label = party.country or party.name
    state = (PartyValue(name=lb.country_name(party.country), kind="state", country=party.country)
             if party.country else _value(party, PartyValue))
    return [f.Observation(label, label, _support(ref, party.name, [party.span]), {"type": "party", "party": state})]


def quantity_obs(ref: Ref, q: Optional[Quantity]) -> list[f.Observation]:
    if q is None:
        return []
    count = v.count_of(q)
    return [f.Observation(count.label if count else q.text, count, _support(ref, q.text, [q.span]),
                          {"type": "quantity", "quantity": _value(q, QuantityValue)})]


def place_obs(ref: Ref, place: Optional[Place]) -> list[f.Observation]:
    if place is None:
        return []
    return [f.Observation(place.name, v.where_of(place), _support(ref, place.name, [place.span]),
                          {"type": "place", "place": _value(place, PlaceValue)})]


def transport_obs(ref: Ref, t: Optional[Transport]) -> list[f.Observation]:
    if t is None:
        return []
    carriage = v.carriage_of(t)
    return [f.Observation(carriage.label, carriage, _support(ref, t.span.text, [t.span]),
                          {"type": "transport", "transport": _value(t, TransportValue)})]


def date_obs(ref: Ref, t: Optional[TimeExpr]) -> list[f.Observation]:
    if t is None:
        return []
    # An unresolved "Wednesday" is listed as written but cannot be compared with "2024-11".
    label = t.value or t.text.strip(" .,")
    return [f.Observation(label, t.value, _support(ref, t.text, [t.span]),
                          {"type": "date", "date": _value(t, DateValue)})]


def name_obs(ref: Ref, named: Iterable[Source | Party]) -> list[f.Observation]:
    return [f.Observation(n.name, n.name, _support(ref, n.name, [n.span]), {"type": "names", "names": [n.name]})
            for n in named]


def text_obs(ref: Ref, text: Optional[str], spans: list[Span]) -> list[f.Observation]:
    return [] if not text else [f.Observation(text, text, _support(ref, text, spans),
                                              {"type": "names", "names": [text]})]


def status_obs(ref: Ref) -> list[f.Observation]:
    d = ref.record
    spans = d.evidence[:1]
    return [f.Observation(d.status, d.status, _support(ref, d.status, spans), {"type": "status", "status": d.status})]


def _collect(members: list[Ref], get) -> list[f.Observation]:
    return [obs for ref in members for obs in get(ref)]


Spec = tuple[str, Optional[str], f.FieldType, list[f.Observation]]


def _fields(specs: list[Spec]) -> list[ReconciledField]:
    out = []
    for name, key, kind, observations in specs:
        built = f.reconcile_field(name, key, kind, observations)
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


def _item_value(item: GiftItem) -> GiftItemValue:
    return GiftItemValue.model_validate({
        **{k: getattr(item, k) for k in GiftItemValue.model_fields if k != "count"},
        "count": _value(item.count, QuantityValue) if item.count else None})


def item_fields(members: list[Ref]) -> list[Spec]:
    slots = item_slots(members)
    slots.sort(key=lambda s: (-len({r.doc_id for r, _ in s}), _slot_name(s)))
    specs: list[Spec] = []
    used: dict[str, int] = {}
    for slot in slots:
        name = _slot_name(slot)
        used[name] = used.get(name, 0) + 1
        key = name if used[name] == 1 else f"{name}#{used[name]}"  # two unrelated "bird" mentions stay apart
        observations = [f.Observation(v.item_of(item).label, v.item_of(item),
                                      _support(ref, item.span.text, [item.span]),
                                      {"type": "item", "item": _item_value(item)}) for ref, item in slot]
        specs.append(("item", key, f.ITEM, observations))
    return specs


# --- whole events ----------------------------------------------------------------------------

def member(ref: Ref, with_status: bool) -> ClusterMember:
    status = ref.record.status if with_status else None
    return ClusterMember(doc_id=ref.doc_id, record=ref.index, status=status, confidence=ref.record.confidence)


def gift_fields(members: list[Ref]) -> list[ReconciledField]:
    return _fields([
        ("giver", None, f.COUNTRY, _collect(members, lambda r: party_obs(r, r.record.giver))),
        ("recipient", None, f.COUNTRY, _collect(members, lambda r: party_obs(r, r.record.recipient))),
        ("total", None, f.QUANTITY, _collect(members, lambda r: quantity_obs(r, r.record.total))),
        *item_fields(members),
        ("origin", None, f.PLACE, _collect(members, lambda r: place_obs(r, r.record.origin))),
        ("destination", None, f.PLACE, _collect(members, lambda r: place_obs(r, r.record.destination))),
        ("transport", None, f.TRANSPORT, _collect(members, lambda r: transport_obs(r, r.record.transport))),
        ("date", None, f.DATE, _collect(members, lambda r: date_obs(r, r.record.date))),
        ("officials", None, f.UNION, _collect(members, lambda r: name_obs(r, r.record.officials))),
        ("sources", None, f.UNION, _collect(members, lambda r: name_obs(r, r.record.attributed_to))),
    ])


def deployment_fields(members: list[Ref]) -> list[ReconciledField]:
    actual = [r for r in members if r.record.status in ("reported", "confirmed")]
    planned = [r for r in members if r.record.status == "planned"]
    return _fields([
        ("sender", None, f.COUNTRY, _collect(members, lambda r: party_obs(r, r.record.sender))),
        ("host", None, f.COUNTRY, _collect(members, lambda r: party_obs(r, r.record.host))),
        ("against", None, f.COUNTRY, _collect(members, lambda r: party_obs(r, r.record.against))),
        # Reported and planned figures are different facts: "a planned 10,000" never conflicts with "3,000 there".
        ("personnel", None, f.QUANTITY, _collect(actual, lambda r: quantity_obs(r, r.record.personnel))),
        ("personnel", "planned", f.QUANTITY, _collect(planned, lambda r: quantity_obs(r, r.record.personnel))),
        ("personnel_kind", None, f.UNION, _collect(members, lambda r: text_obs(
            r, r.record.personnel_kind, [r.record.personnel.span] if r.record.personnel else []))),
        ("location", None, f.PLACE, _collect(members, lambda r: place_obs(r, r.record.location))),
        ("status", None, f.STATUS, _collect(members, status_obs)),
        ("date", None, f.DATE, _collect(members, lambda r: date_obs(r, r.record.date))),
        ("sources", None, f.UNION, _collect(members, lambda r: name_obs(r, r.record.attributed_to))),
    ])
