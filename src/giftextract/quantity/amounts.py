"""Layer 3: measured amounts, what a gift weighs, holds or is worth, with exact spans.

``find_amounts(text)`` returns "three tonnes", "more than 2 tonnes" (qualifier
``more_than``), "800 kg", "$5 million", "1 million doses": each with the value as written
(3), the unit's canonical name ("tonne"), its dimension (mass, volume, currency, dose)
and the value in the dimension's base unit (3000 kilograms).  Counts are not amounts:
"40 mandarin ducks" is find_counts' business, and a weight is never a count.  Doses are
both: "1 million doses" is a count of doses (find_counts reads it) and an amount of
dimension "dose".

quantulum3 names the unit.  It is imported lazily, on the first measured phrase, and
it only ever sees that phrase's unit with the number 1 ("1 tonnes", "$1"), so one parse
serves every "N tonnes" of a run (cached); the number itself is read by giftextract's own
:func:`~giftextract.quantity.numbers.parse_number`, which quantulum3 gets wrong for
"€2.5bn" or "half a tonne".  The qualifier before ("more than", "about", "up to") is
giftextract's, from the count grammar, and is part of the span.  The unit table and the
examples are data: ``data/amounts.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.quantity.counts import QUALIFIERS
from giftextract.quantity.numbers import DIGIT_NUMBER, NUMBER_WORD, SCALES, TENS, WORD_NUMBER, parse_number
from giftextract.quantity.numbers import UNITS as UNITS_WORDS
from giftextract.quantity.particles import particle_guard
from giftextract.quantity.phrases import find_phrases
from giftextract.quantity.units import quantulum_parse
from giftextract.text.fold import fold_case
from giftextract.text.compiled import compile as compile_re
from giftextract.text.fold import fold_marks

DATA = json.loads(fold_marks(resources.files("giftextract.quantity").joinpath("data", "amounts.json").read_text("utf-8")))
# canonical unit -> (dimension, base unit, factor to the base unit)
UNITS: dict[str, tuple[str, str, float]] = {k: (d, b, float(f)) for k, (d, b, f) in DATA["units"].items()}
_ALIASES: dict[str, str] = DATA["aliases"]
_CODES = DATA["currency_codes"]
# _read_unit of the probes of the units the finder reads, stored (data/quantulum_readings.json)
_READINGS: dict[str, str | None] = json.loads(
    resources.files("giftextract.quantity").joinpath("data", "quantulum_readings.json").read_text("utf-8"))["readings"]


@dataclass(frozen=True, slots=True)
class Amount:
    """One measured amount; offsets are into the text given to :func:`find_amounts`."""

    start: int
    end: int
    text: str  # the qualifier, the number and the unit: "more than 2 tonnes"
    value: float  # as written: 2
    unit: str  # canonical: "tonne", "kilogram", "dollar", "dose"
    dimension: str  # "mass", "volume", "currency", "dose"
    base_value: float  # in the base unit: 2000
    base_unit: str  # "kilogram", "litre", the currency itself, "dose"
    qualifier: str = "exact"


_QUALIFIER_ALT = "|".join(
    regex.escape(q).replace(r"\ ", r"\s+") + (particle_guard() if q == "over" else "")
    for q in sorted(QUALIFIERS, key=len, reverse=True)
)
_UNIT_WORD = "|".join(DATA["unit_words"])
_SCALE = "thousand|million|billion|trillion"
_SYMBOL = r"(?:US|A|C|NZ|S)?[$€£¥₽₩₹]"
_CODE = "(?-i:" + "|".join(_CODES) + ")"
# "a tonne", "half a tonne": the number is "a"
_A_NUMBER = r"(?:half\s+an?|an?)(?=\s+(?:tonne|ton|kilogram|kilo|litre|liter|gallon|barrel|million|billion))"
_AMOUNT = (
    rf"""
    (?<![\w$€£¥₽₩₹.,:-])                                                             # as in the count grammar:
    (?<![0-9][ ]|\b{NUMBER_WORD}[ ]|(?:hundred|{_SCALE}),?[ ]and[ ]|(?:{_SCALE}),[ ])   # never inside a run of
    (?!(?:hundred|{_SCALE}|lakhs?|crores?)\b)                                          # numbers (linear time)
    (?:(?P<qual>{_QUALIFIER_ALT})\s+)?
    (?:
        (?P<cur>{_SYMBOL}|{_CODE})\s?(?P<cnum>{DIGIT_NUMBER})                        # $5 million, USD 2 million
      | (?P<num>{DIGIT_NUMBER}|{WORD_NUMBER}|{_A_NUMBER})
        (?:\s{{0,3}}-\s{{0,3}}|\s{{1,3}}|(?<=[0-9]))                                  # 800-kilogram, 800 kg, 800kg
        (?P<unit>{_UNIT_WORD}|{_CODE})                                               # ... tonnes, doses, dollars
    )
    (?![\w-])
    """
)


@lru_cache(maxsize=1)
def _amount_pattern() -> regex.Pattern:
    """_AMOUNT compiled, on the first text that may hold an amount: compiling it takes
    about 30 ms, which ``import giftextract`` should not pay."""
    return compile_pattern(_AMOUNT, regex.IGNORECASE | regex.VERBOSE)
# A pre-check over the folded text, in the stdlib engine: a text where no currency sign
# stands and no unit word follows a number holds no amount (a superset of where _AMOUNT
# matches, which decides); the upper-case codes are looked for in the text as written.
_NUMBER_END = "|".join(sorted([*UNITS_WORDS, *TENS, "hundred", *SCALES, "a", "an"], key=len, reverse=True))
# (a number word may stand glued to its digits: "5million tonnes")
_HINT = compile_re(rf"[$€£¥₽₩₹]|(?:[0-9½¼¾⅓⅔](?:k|m|mn|bn|b)?|(?:\b|(?<=[0-9]))(?:{_NUMBER_END}))[\s-]{{0,7}}"
                   r"(?:(?:metric|short|long|cubic|us|u\.s\.)\s+)?"
                   r"(?:kg|kilo|gram|ton|pound|lb|ounce|lit[er]|millilit|gallon|barrel|dose|dollar|euro|roubl|rubl|(?<=cubic\s)met"
                   r"|yuan|renminbi|yen|rupee|won|mts?\b)")
_HINT_CODE = compile_re("|".join(_CODES))
# Stage one, plain substring tests: every unit word or sign holds one of these.
_KEYS = ("$", "€", "£", "¥", "₽", "₩", "₹", "kg", "kilo", "gram", "ton", "pound", "lb", "ounce", "lit", "gallon",
         "barrel", "dose", "dollar", "euro", "roubl", "rubl", "yuan", "renminbi", "yen", "rupee", "won", "cubic", "mt")


def _may_hold_an_amount(text: str, start: int, end: int) -> bool:
    folded = fold_case(text[start:end])
    return (any(k in folded for k in _KEYS) and _HINT.search(folded) is not None) \
        or _HINT_CODE.search(text, start, end) is not None


@lru_cache(maxsize=256)
def canonical_unit(unit: str) -> str | None:
    """The canonical name of a unit as written ("tonnes", "kg", "$", "USD"), or None when
    it is no unit of a measured gift.  quantulum3 reads it after (or, for a symbol, before)
    the number 1; what it does not know, the aliases name."""
    key = " ".join(fold_case(unit).replace("u.s.", "us").split())  # "U.S. dollars" as "US dollars"
    if unit in _CODES:
        probe = f"1 {unit}"
    elif unit[-1:] in "$€£¥₽₩₹":
        probe = f"{unit}1"
    else:
        probe = f"1 {key}"
    read = _READINGS[probe] if probe in _READINGS else _read_unit(probe)
    return read if read is not None else _ALIASES.get(key)


def _read_unit(probe: str) -> str | None:
    """quantulum3's name of the unit in ``probe`` when it reads a currency, or a mass or
    volume of the 'units' table; else None."""
    for q in quantulum_parse(probe):
        name, entity = q.unit.name, q.unit.entity.name
        if entity == "currency":
            return name
        if name in UNITS and entity in ("mass", "volume"):
            return name
    return None


def base_of(unit: str) -> tuple[str, str, float]:
    """(dimension, base unit, factor) of a canonical unit; a currency (quantulum3 names
    them all, the table none) is its own base."""
    return UNITS.get(unit) or ("currency", unit, 1.0)


def _number(raw: str) -> float | None:
    words = " ".join(fold_case(raw).split())
    if words in ("a", "an"):
        return 1.0
    if words in ("half a", "half an"):
        return 0.5
    return parse_number(raw)


def find_amounts(text: str, start: int = 0, end: int | None = None) -> list[Amount]:
    """Every measured amount in ``text[start:end]``, left to right, non-overlapping."""
    if not isinstance(text, str):
        raise TypeError(f"find_amounts() takes a str, not {type(text).__name__}")
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end or not _may_hold_an_amount(text, start, end):
        return []
    # "half a million tonnes", "5 hundred kg", "two point five million dollars": the number
    # is one of the count layer's phrases (phrases.py), the unit right after it
    phrased = [a for p in find_phrases(text, start, end) if not p.block and p.value is not None
               for a in [_phrase_amount(text, p.start, p.end, end, p.value, p.qual)] if a is not None]
    out: list[Amount] = list(phrased)
    for m in _amount_pattern().finditer(text, start, end):
        if any(a.start < m.end() and m.start() < a.end for a in phrased):
            continue  # the "a million tonnes" of "half a million tonnes"
        cur = m.group("cur")
        unit = _unit(cur or m.group("unit"))
        value = _number(m.group("cnum") or m.group("num"))
        amount = _amount(text, m.start(), m.end(), value, unit, m.group("qual"))
        if amount is not None:
            out.append(amount)
    return sorted(out, key=lambda a: a.start)


def _unit(written: str) -> str | None:
    return canonical_unit(written.upper() if written.upper() in _CODES else written)


def _amount(text: str, start: int, end: int, value: float | None, unit: str | None, qual: str | None) -> Amount | None:
    if unit is None or value is None or value != value or value in (float("inf"), float("-inf")):
        return None
    dimension, base_unit, factor = base_of(unit)
    qualifier = QUALIFIERS[" ".join(fold_case(qual).split())] if qual else "exact"
    return Amount(start, end, text[start:end], value, unit, dimension, value * factor, base_unit, qualifier)


@lru_cache(maxsize=1)
def _unit_after() -> regex.Pattern:
    return compile_pattern(rf"(?:\s{{0,3}}-\s{{0,3}}|\s{{1,3}})(?P<unit>{_UNIT_WORD}|{_CODE})(?![\w-])",
                         regex.IGNORECASE | regex.VERBOSE)


def _phrase_amount(text: str, start: int, end: int, limit: int, value: float, qual: str | None) -> Amount | None:
    u = _unit_after().match(text, end, limit)
    return _amount(text, start, u.end(), value, _unit(u.group("unit")), qual) if u else None
