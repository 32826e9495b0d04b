"""Which records of which documents describe the same real-world event.

Countries key the clusters: a gift from RU to KP is never the same event as one from CN to KP.
Within a key, records join greedily, most informative first, into the cluster they fit best;
a record fits a cluster only if it fits every member (complete link), so one vague record
("the birds") cannot chain two distinct events (the April birds, the November 70 animals) together.
The order is fixed by the records themselves, never by the order documents were given in.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Optional, Union

from giftextract.models import Deployment, GiftTransfer, Party
from giftextract.reconcile import values as v

Record = Union[GiftTransfer, Deployment]
Affinity = Callable[["Ref", "Ref"], Optional[float]]


@dataclass(frozen=True)
class Ref:
    """One record of one document."""

    doc_id: str
    index: int
    record: Record


def country(party: Optional[Party]) -> str:
    # A party without a country keys on "?": such records only meet other records equally vague.
    return party.country if party is not None and party.country else "?"


def gift_key(ref: Ref) -> str:
    g = ref.record
    return f"{country(g.giver)}->{country(g.recipient)}"


def deployment_key(ref: Ref) -> str:
    d = ref.record
    return f"{country(d.sender)}->{country(d.host)}"


# --- gifts ---------------------------------------------------------------------------------

def _specific_species(ref: Ref) -> list[str]:
    return sorted({i.species for i in ref.record.items if not v.is_generic(i.species)})


def _shared_species(a: list[str], b: list[str]) -> int:
    return sum(1 for s in a if any(v.species_agree(s, t) for t in b))


def _shared_generic(a: Ref, b: Ref) -> int:
    # "birds" beside "birds" is weak evidence, but it is what places a vague record in the right event.
    generic = {i.species for i in a.record.items if v.is_generic(i.species)}
    return sum(1 for g in generic if any(v.species_agree(g, i.species) for i in b.record.items))


def _date(ref: Ref) -> Optional[str]:
    return ref.record.date.value if ref.record.date is not None else None


def _places(ref: Ref) -> tuple[Optional[v.Where], Optional[v.Where]]:
    g = ref.record
    return (v.where_of(g.origin) if g.origin else None, v.where_of(g.destination) if g.destination else None)


def gift_affinity(a: Ref, b: Ref) -> Optional[float]:
    """How alike two gift records are, or None when they cannot be the same gift."""
    if a.doc_id == b.doc_id:
        return None  # the document merge already kept one document's distinct gifts apart
    species_a, species_b = _specific_species(a), _specific_species(b)
    shared = _shared_species(species_a, species_b)
    if species_a and species_b and shared == 0:
        return None  # eagles and cranes vs lions and bears: two gifts
    date_a, date_b = _date(a), _date(b)
    if v.years_clash(date_a, date_b):
        return None
    dated_apart = bool(date_a and date_b and not v.dates_agree(date_a, date_b))
    if dated_apart and shared == 0:
        return None
    # Same animals in the same year but months apart: one gift the articles date differently,
    # which the date field then shows as a conflict ("the Pungsan dogs in April / in June").
    score = 2.0 * shared + 0.5 * _shared_generic(a, b) + (1.0 if date_a and date_b and not dated_apart else 0.0)
    for place_a, place_b in zip(_places(a), _places(b)):
        if place_a and place_b:
            if v.places_clash(place_a, place_b):
                return None
            score += 1.0 if v.places_agree(place_a, place_b) else 0.0
    totals = [v.count_of(r.record.total) if r.record.total else None for r in (a, b)]
    if None not in totals and v.counts_agree(totals[0], totals[1]):
        score += 1.0
    if score == 0 and not (a.record.items and b.record.items):
        # A record with no items that shares nothing with another (a headline's bare "70 animals"
        # beside "two dozen horses") has no evidence of being that gift: it must not join it.
        return None
    return score


def gift_order(ref: Ref) -> tuple:
    # Richest records first: they found the clusters, vague ones then join the one they fit best.
    return (-len(_specific_species(ref)), -len(ref.record.items), ref.doc_id, ref.index)


# --- deployments ---------------------------------------------------------------------------

def status_group(ref: Ref) -> str:
    return "planned" if ref.record.status == "planned" else "actual"


def deployment_affinity(a: Ref, b: Ref) -> Optional[float]:
    """Deployments are continuing states that articles date at different stages, so only a
    different year separates them; one document's plan and its report share one cluster."""
    if a.doc_id == b.doc_id and status_group(a) == status_group(b):
        return None
    date_a, date_b = _date(a), _date(b)
    if v.years_clash(date_a, date_b):
        return None
    score = 1.0
    loc_a, loc_b = a.record.location, b.record.location
    if loc_a and loc_b and v.places_agree(v.where_of(loc_a), v.where_of(loc_b)):
        score += 1.0
    return score


def deployment_order(ref: Ref) -> tuple:
    return (status_group(ref) == "planned", ref.record.personnel is None, ref.doc_id, ref.index)


# --- the greedy, complete-link assignment ----------------------------------------------------

def _best_cluster(ref: Ref, clusters: list[list[Ref]], affinity: Affinity) -> Optional[int]:
    best: Optional[tuple[float, int]] = None
    for position, members in enumerate(clusters):
        scores = [affinity(ref, m) for m in members]
        if any(s is None for s in scores):
            continue
        candidate = (-sum(scores) / len(scores), position)  # mean, so big clusters do not win by size
        best = candidate if best is None or candidate < best else best
    return None if best is None else best[1]


def cluster_refs(refs: Iterable[Ref], key: Callable[[Ref], Hashable], affinity: Affinity,
                 order: Callable[[Ref], tuple]) -> list[tuple[str, list[Ref]]]:
    """Group records into events: ``[(key, members)]``, members in (doc_id, index) order."""
    by_key: dict[Hashable, list[list[Ref]]] = {}
    for ref in sorted(refs, key=order):
        clusters = by_key.setdefault(key(ref), [])
        position = _best_cluster(ref, clusters, affinity)
        if position is None:
            clusters.append([ref])
        else:
            clusters[position].append(ref)
    out = []
    for k in sorted(by_key, key=str):
        for members in by_key[k]:
            out.append((str(k), sorted(members, key=lambda r: (r.doc_id, r.index))))
    return out
