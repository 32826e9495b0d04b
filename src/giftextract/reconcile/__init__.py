"""Cross-document reconciliation: one answer per real-world event, every source, every conflict.

``reconcile(extractions)`` clusters the records of many documents that describe the same event
(same kind, same countries, compatible items, places and dates) and, for every field of every
cluster, lists each value with the documents and spans behind it, a consensus where the sources
agree (or one is strictly more specific), and a conflict flag where they genuinely differ.

Decisions, so users can predict the output:

* Quantities agree when they could describe the same figure: "more than 70", "about 70" and
  "70" share an anchor and agree (the consensus keeps the wording most sources use);
  otherwise their intervals must meet, so "more than 10,000" and "12,000" agree (consensus
  "12,000", the more specific) while "3,000" and "more than 10,000" conflict. "about" allows 10%.
* Deployment figures are compared only among reported/confirmed records; planned figures are
  a separate field, and only a denial conflicts with a report.
* Gifts split on clashing years; on clashing months only when no species is shared (same
  animals months apart is one gift whose date conflicts). Deployments split only on years.
* Output is deterministic and independent of the order documents are given in.

This layer sits above ``merge``: it may import the models and any layer, never the CLI.
"""

from __future__ import annotations

from collections.abc import Iterable

from giftextract.models import EventCluster, Extraction, FieldKey
from giftextract.reconcile import cluster as c
from giftextract.reconcile import events as e

__all__ = ["reconcile"]


def _documents(extractions: Iterable[Extraction]) -> list[tuple[str, Extraction]]:
    """Sort by doc_id (then content) so the input order never matters; give every document a unique id."""
    ordered = sorted(extractions, key=lambda x: (x.doc_id or "", x.model_dump_json()))
    seen: dict[str, int] = {}
    out = []
    for position, extraction in enumerate(ordered, start=1):
        doc_id = extraction.doc_id or f"doc-{position}"
        seen[doc_id] = seen.get(doc_id, 0) + 1
        # Two documents with one id would veto each other's records as "the same document".
        out.append((doc_id if seen[doc_id] == 1 else f"{doc_id}#{seen[doc_id]}", extraction))
    return out


def _cluster_id(kind: str, key: str, number: int) -> str:
    giver, recipient = key.split("->")
    tag = lambda code: "XX" if code == "?" else code  # noqa: E731 - a one-word rename
    return f"{kind}-{tag(giver)}-{tag(recipient)}-{number}"


def _numbered(kind: str, groups: list[tuple[str, list[c.Ref]]]) -> list[tuple[str, str, list[c.Ref]]]:
    # Biggest event first within a key, so "-1" is the event most documents talk about.
    groups = sorted(groups, key=lambda kg: (kg[0], -len(kg[1]), kg[1][0].doc_id, kg[1][0].index))
    counters: dict[str, int] = {}
    out = []
    for key, members in groups:
        counters[key] = counters.get(key, 0) + 1
        out.append((_cluster_id(kind, key, counters[key]), key, members))
    return out


def reconcile(extractions: Iterable[Extraction]) -> list[EventCluster]:
    """Cluster the records of many extractions into events.

    Gift clusters first, then deployments; within each, events backed by more documents first.
    """
    docs = _documents(extractions)
    gifts = [c.Ref(doc_id, i, g) for doc_id, x in docs for i, g in enumerate(x.gift_transfers)]
    deployments = [c.Ref(doc_id, i, d) for doc_id, x in docs for i, d in enumerate(x.deployments)]
    out: list[EventCluster] = []
    plans = (
        ("gift", "gift_transfer", c.cluster_refs(gifts, c.gift_key, c.gift_affinity, c.gift_order), e.gift_fields),
        ("deployment", "deployment",
         c.cluster_refs(deployments, c.deployment_key, c.deployment_affinity, c.deployment_order),
         e.deployment_fields),
    )
    for prefix, kind, groups, build in plans:
        numbered = _numbered(prefix, groups)
        # Most-documented events first: the one everybody wrote about leads the table.
        numbered.sort(key=lambda t: (-len({r.doc_id for r in t[2]}), t[0]))
        for cluster_id, key, members in numbered:
            fields = build(members)
            out.append(EventCluster(
                cluster_id=cluster_id,
                kind=kind,
                key=key,
                members=[e.member(r, with_status=kind == "deployment") for r in members],
                fields=fields,
                conflicts=[FieldKey(field=fld.field, key=fld.key) for fld in fields if fld.conflict],
            ))
    return out
