"""The packaged construction tables, compiled once at import (an ``Extractor`` may bring others)."""

from __future__ import annotations

from giftextract.constructions.table import load_tables

DEFAULT_TABLES = load_tables()
