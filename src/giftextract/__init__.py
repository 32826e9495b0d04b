"""giftextract: rules-only extraction of state-to-state gift transfers and troop deployments.

>>> ex = extract("Putin gifted 40 mandarin ducks to North Korea.")
>>> ex.gift_transfers[0].items[0].species
'mandarin duck'
"""

from giftextract._extract import extract, extract_many
from giftextract.evaluate import evaluate
from giftextract.models import (
    SCHEMA_VERSION,
    Deployment,
    Extraction,
    GiftItem,
    GiftTransfer,
    Party,
    Place,
    Quantity,
    Source,
    Span,
    TimeExpr,
    Transport,
    json_schema,
)

__all__ = [
    "Deployment",
    "Extraction",
    "GiftItem",
    "GiftTransfer",
    "Party",
    "Place",
    "Quantity",
    "SCHEMA_VERSION",
    "Source",
    "Span",
    "TimeExpr",
    "Transport",
    "evaluate",
    "extract",
    "extract_many",
    "json_schema",
]
__version__ = "0.1.0"
