"""Layer 3: numbers, counts with qualifiers, measured amounts, dates, and unit-bearing quantities."""

import importlib
from typing import TYPE_CHECKING

from giftextract.quantity.amounts import Amount, find_amounts
from giftextract.quantity.counts import Count, CountPart, find_counts
from giftextract.quantity.numbers import parse_number

if TYPE_CHECKING:  # for type checkers; at run time, __getattr__ below
    from giftextract.quantity.units import UnitQuantity, find_unit_quantities

__all__ = ["Amount", "Count", "CountPart", "UnitQuantity", "find_amounts", "find_counts", "find_unit_quantities",
           "parse_number"]


def __getattr__(name: str):
    """``units`` and its names, imported when first asked for (PEP 562).

    The extraction pipeline never uses units.py, whose patterns take about 7 ms to compile,
    so ``import giftextract`` does not load it; ``from giftextract.quantity import
    find_unit_quantities`` does, at that import, and compiles them all there.
    """
    if name in ("units", "UnitQuantity", "find_unit_quantities"):
        units = importlib.import_module("giftextract.quantity.units")
        return units if name == "units" else getattr(units, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
