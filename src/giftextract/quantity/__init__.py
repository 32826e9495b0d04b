"""Layer 3: numbers, counts with qualifiers, dates, and unit-bearing quantities."""

from giftextract.quantity.counts import Count, find_counts
from giftextract.quantity.numbers import parse_number

__all__ = ["Count", "find_counts", "parse_number"]
