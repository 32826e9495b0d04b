"""Layer 3: unit-bearing quantities (money, weights, distances, areas, volumes,
durations, percentages), with exact spans.

``find_unit_quantities(text)`` returns "$588 billion", "a 500 kg bear" -> "500 kg",
"more than 2,000 km" (qualifier ``more_than``), "62%".  Plain counts ("40 mandarin
ducks", "two dozen horses") are never returned: they belong to
:func:`giftextract.quantity.counts.find_counts`.

quantulum3 does the unit parsing, but it is slow (tens of milliseconds per sentence)
and is imported lazily, so ``import giftextract`` never loads it.  It only ever sees
short windows of text around cheap anchors found by one compiled regex: a currency
symbol or code next to a digit, a number followed by a unit word, a number followed by
a percent sign.  Its spans are mapped back to the caller's text and checked, so every
returned item satisfies ``text[q.start:q.end] == q.text``.  Money shorthand that
quantulum3 misreads ("$5m" as dollar-metres, "€2.5bn" as euro-barn-newtons, "RUB 5
billion" as a bare number) is read by :func:`giftextract.quantity.numbers.parse_number`
instead, with quantulum3's name for the currency.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from functools import lru_cache

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.quantity.counts import QUALIFIERS
from giftextract.quantity.numbers import DIGIT_NUMBER, NUMBER_WORD, parse_number


@dataclass(frozen=True, slots=True)
class UnitQuantity:
    """One unit-bearing quantity; offsets are into the text given to :func:`find_unit_quantities`."""

    start: int
    end: int
    text: str
    value: float
    unit: str  # quantulum3's unit name: "dollar", "kilogram", "kilometre", "percentage"
    dimension: str  # "currency", "mass", "length", "area", "volume", "duration", "percentage"
    qualifier: str = "exact"


# quantulum3 entity name -> our dimension.  Anything else (speed, data storage, unknown,
# plain dimensionless numbers) is dropped.
_DIMENSIONS = {"currency": "currency", "mass": "mass", "length": "length", "area": "area",
               "volume": "volume", "time": "duration"}
_PERCENT_UNITS = {"percentage", "per cent", "percent"}

_CURRENCY_SYMBOL = r"(?:US|A|C|HK|NZ|S)?[$€£¥₽₩₹]"
# ISO codes, upper case only ("won" the verb, "eur" in a word are not money).
_CURRENCY_CODES = {"USD": "united states dollar", "EUR": "euro", "GBP": "pound sterling",
                   "RUB": "russian ruble", "CNY": "chinese yuan", "RMB": "chinese yuan",
                   "JPY": "japanese yen", "KRW": "south korean won", "INR": "indian rupee"}
_CODE = "(?-i:" + "|".join(_CURRENCY_CODES) + ")"
_UNIT_WORD = r"""(?:
      kgs? | kilos? | kilogram(?:me)?s? | grams? | tonnes? | tons? | lbs? | pounds?
    | kms? | kilomet(?:er|re)s? | miles? | met(?:er|re)s? | feet | foot | ft | cm | mm
    | inch(?:es)? | yards? | ha | acres? | sq\.?\s*km | km² | litres? | liters? | gallons?
    | barrels?
    | dollars? | euros? | sterling | roubles? | rubles? | won | yuan | renminbi | yen | rupees?
    | USD | EUR | GBP | RUB | CNY | JPY | KRW
    | years? | months? | weeks? | days? | hours? | minutes?
    | percent | per\s*cent
)"""
_SCALE = r"(?:\s*(?:thousand|million|billion|trillion)\b|(?:k|m|mn|bn|b)\b)"

# The cheap pre-filter: only text that matches here is ever shown to quantulum3.
_ANCHOR = compile_pattern(
    rf"""
      (?P<money>(?:{_CURRENCY_SYMBOL}|\b{_CODE})\s?(?P<amount>{DIGIT_NUMBER}))   # $588 billion, €5m, USD 5 million
    | (?:(?<![\w.,])[0-9]|\b{NUMBER_WORD}\b)                                   # a number ...
      (?:[0-9.,]|[ ](?=[0-9]))*{_SCALE}?                                        # 2,000 | 1.5 million
      (?:\s*-\s*|\s+|(?<=[0-9]))(?:metric\s+|square\s+|sq\.?\s+|cubic\s+)?     # 10-km, 500 kg, 500kg
      {_UNIT_WORD}(?![\w])                                                       # ... and a unit word
    | [0-9]\s?%                                                                  # 62%
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

_QUALIFIER_ALT = "|".join(
    regex.escape(q).replace(r"\ ", r"\s+") for q in sorted(QUALIFIERS, key=len, reverse=True)
)
_QUALIFIER_BEFORE = compile_pattern(rf"(?<![\w])(?P<q>{_QUALIFIER_ALT})\s*$", regex.IGNORECASE)
# "a 12-year-old bear" is an age, not a duration.
_AGE_AFTER = compile_pattern(r"(?:-|\s+)old\b", regex.IGNORECASE)

_CONTEXT = 40  # characters of context either side of an anchor given to quantulum3


def _qualifier(text: str, start: int, lo: int) -> str:
    m = _QUALIFIER_BEFORE.search(text, max(lo, start - 40), start)
    return QUALIFIERS[" ".join(m.group("q").lower().split())] if m else "exact"


@lru_cache(maxsize=64)
def _currency_name(symbol: str) -> str | None:
    """quantulum3's unit name for a currency symbol or code ("$" -> "dollar")."""
    if symbol in _CURRENCY_CODES:
        return _CURRENCY_CODES[symbol]
    for q in quantulum_parse(symbol + "1"):
        if q.unit.entity.name == "currency":
            return q.unit.name
    return None


def quantulum_parse(window: str) -> list:
    """quantulum3's reading of a short phrase (imported on first use; never raises)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # quantulum3 warns at import about its optional classifier
        from quantulum3 import parser  # lazy: quantulum3 takes about a second to import

        try:
            return list(parser.parse(window))
        except Exception:  # quantulum3 is third-party; never let it break extraction
            return []


def _windows(text: str, anchors: list[regex.Match], lo: int, hi: int) -> list[tuple[int, int]]:
    """Merged windows of ``_CONTEXT`` characters around the anchors, cut at whitespace."""
    out: list[tuple[int, int]] = []
    for a in anchors:
        ws = max(lo, a.start() - _CONTEXT)
        while ws > lo and ws < a.start() and not text[ws - 1].isspace():
            ws += 1  # start at a word start, never inside a number
        we = min(hi, a.end() + _CONTEXT)
        while we < hi and we > a.end() and not text[we].isspace():
            we -= 1
        if out and ws <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], we))
        else:
            out.append((ws, we))
    return out


def _locate(text: str, ws: int, we: int, surface: str, span: tuple[int, int]) -> int | None:
    """Start of quantulum3's ``surface`` in ``text``, checked; None when it is not there."""
    s = ws + span[0]
    if text[s : s + len(surface)] == surface:
        return s
    found = text.find(surface, ws, we)  # quantulum3 normalised something: fall back to a search
    return found if found >= 0 else None


def find_unit_quantities(text: str, start: int = 0, end: int | None = None) -> list[UnitQuantity]:
    """Every unit-bearing quantity in ``text[start:end]``, left to right, non-overlapping."""
    if not isinstance(text, str):
        raise TypeError(f"find_unit_quantities() takes a str, not {type(text).__name__}")
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return []
    anchors = list(_ANCHOR.finditer(text, start, end))
    if not anchors:
        return []
    found: list[UnitQuantity] = []
    for ws, we in _windows(text, anchors, start, end):
        for q in quantulum_parse(text[ws:we]):
            surface = q.surface
            if not surface or q.value is None:
                continue
            unit, entity = q.unit.name, q.unit.entity.name
            if unit in _PERCENT_UNITS:
                unit, dimension = "percentage", "percentage"
            elif entity in _DIMENSIONS:
                dimension = _DIMENSIONS[entity]
            else:
                continue  # dimensionless numbers are counts (find_counts); speed, unknown: dropped
            s = _locate(text, ws, we, surface, q.span)
            if s is None:
                continue
            e = s + len(surface)
            if s < start or e > end:
                continue
            if not any(a.start() < e and s < a.end() for a in anchors):
                continue  # quantulum3 read something the anchors did not vouch for
            if dimension == "duration" and _AGE_AFTER.match(text, e):
                continue
            try:
                value = float(q.value)
            except (TypeError, ValueError):
                continue
            if value != value or value in (float("inf"), float("-inf")):
                continue
            found.append(UnitQuantity(s, e, surface, value, unit, dimension, _qualifier(text, s, start)))
    # Money that quantulum3 misread or missed: "$5m", "€2.5bn", "RUB 5 billion".
    for a in anchors:
        if not a.group("money"):
            continue
        if any(f.dimension == "currency" and f.start < a.end() and a.start() < f.end for f in found):
            continue
        value = parse_number(a.group("amount"))
        cur = text[a.start() : a.start("amount")].strip()
        name = _currency_name(cur.upper() if cur.upper() in _CURRENCY_CODES else cur)
        if value is None or name is None:
            continue
        s, e = a.start(), a.end()
        found = [f for f in found if not (f.start < e and s < f.end)]
        found.append(UnitQuantity(s, e, text[s:e], value, name, "currency", _qualifier(text, s, start)))
    found.sort(key=lambda f: (f.start, -f.end))
    out: list[UnitQuantity] = []
    for f in found:
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out
