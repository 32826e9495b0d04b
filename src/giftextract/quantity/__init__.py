"""Layer 3: numbers, counts with qualifiers, dates, and unit-bearing quantities."""

from giftextract.quantity.counts import Count, find_counts
from giftextract.quantity.numbers import parse_number
from giftextract.quantity.units import UnitQuantity, find_unit_quantities

__all__ = ["Count", "UnitQuantity", "find_counts", "find_unit_quantities", "parse_number"]
