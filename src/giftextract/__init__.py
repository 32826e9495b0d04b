"""giftextract: rules-only extraction of state-to-state gift transfers and troop deployments.

>>> ex = extract("Putin gifted 40 mandarin ducks to North Korea.")
>>> ex.gift_transfers[0].items[0].species
'mandarin duck'
"""

from giftextract._collector import gc_paused as _gc_paused
from giftextract._version import __version__

# The import makes some 47,000 objects and no garbage: the collector, paused meanwhile (as it was
# after), scans them once after it instead of about 130 times during it (20-30 ms of a fresh run).
with _gc_paused():
    from giftextract._extract import extract, extract_many
    from giftextract.contract import json_schema
    from giftextract.evaluate import evaluate
    from giftextract.extractor import Extractor, Rules
    from giftextract.models import (
        SCHEMA_VERSION,
        ClusterMember,
        Deployment,
        EventCluster,
        Extraction,
        FieldValue,
        GiftItem,
        GiftTransfer,
        Party,
        Place,
        Quantity,
        ReconciledField,
        Source,
        Span,
        Support,
        TimeExpr,
        Transport,
        iter_spans,
    )
    from giftextract.reconcile import reconcile


def reconciliation_json_schema() -> dict:
    """The JSON Schema of ``reconcile``'s output (``json_schema("reconciliation")``)."""
    return json_schema("reconciliation")


__all__ = [
    "ClusterMember",
    "Deployment",
    "EventCluster",
    "Extraction",
    "Extractor",
    "FieldValue",
    "GiftItem",
    "GiftTransfer",
    "Party",
    "Place",
    "Quantity",
    "ReconciledField",
    "Rules",
    "SCHEMA_VERSION",
    "Source",
    "Span",
    "Support",
    "TimeExpr",
    "Transport",
    "__version__",
    "evaluate",
    "extract",
    "extract_many",
    "iter_spans",
    "json_schema",
    "reconcile",
    "reconciliation_json_schema",
]
