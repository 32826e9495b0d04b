"""Layer 3: counts with their qualifiers, multipliers and ranges, with exact spans.

``find_counts(text)`` returns every count expression in ``text``: "more than 70",
"two dozen", "a pair of", "between 5,000 and 7,000", "dozens of", "over 60".  Years,
dates, ages, money, percentages, ordinals and model names ("Su-27") are not counts.
The counted noun is not decided here (the frames know the lexicon); ``Count.unit`` is
a best guess from the next word, for callers that use this layer on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from giftextract.quantity.numbers import DIGIT_NUMBER, WORD_NUMBER, parse_number

# Qualifier phrases, each mapped to the schema's qualifier (longest first at match time).
QUALIFIERS: dict[str, str] = {
    "more than": "more_than", "over": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "greater than": "more_than", "above": "more_than",
    "well over": "more_than", "just over": "more_than", "north of": "more_than",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "a minimum of": "at_least", "not fewer than": "at_least",
    "about": "approximate", "around": "approximate", "some": "approximate",
    "roughly": "approximate", "approximately": "approximate", "nearly": "approximate",
    "almost": "approximate", "an estimated": "approximate", "estimated": "approximate",
    "close to": "approximate", "circa": "approximate", "approx.": "approximate",
    "just under": "approximate", "~": "approximate", "an approximate": "approximate",
    "fewer than": "less_than", "less than": "less_than", "under": "less_than",
    "below": "less_than",
    "up to": "at_most", "at most": "at_most", "no more than": "at_most",
    "as many as": "at_most", "a maximum of": "at_most", "not more than": "at_most",
    "a total of": "exact", "exactly": "exact", "precisely": "exact", "a further": "exact",
    "another": "exact", "an additional": "exact", "a combined": "exact",
}
_QUALIFIER_ALT = "|".join(
    regex.escape(q).replace(r"\ ", r"\s+") for q in sorted(QUALIFIERS, key=len, reverse=True)
)

MULTIPLIERS = {"pair": 2, "pairs": 2, "couple": 2, "dozen": 12, "dozens": 12, "score": 20,
               "brace": 2, "trio": 3, "half-dozen": 6}
# Vague plurals: no value, a lower bound of the unit itself (twice for plurals is
# too strong a claim: "dozens of" means at least 24, as the schema's docs say).
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2 * 10**6,
         "tens of thousands": 20000, "hundreds of thousands": 200000, "several": 3,
         "a few": 2, "a handful": 2, "numerous": 2}

NUM = rf"(?:{DIGIT_NUMBER}|{WORD_NUMBER})"

_COUNT = regex.compile(
    rf"""
    (?<![\w$€£¥.,-])                           # not inside a word, a decimal, a model name or money
    (?:(?P<qual>{_QUALIFIER_ALT})\s+)?         # "more than", "about", "a total of"
    (?:
        (?:between|from)\s+(?P<lo>{NUM})\s+(?:and|to)\s+(?P<hi>{NUM})      # between 5,000 and 7,000
      | (?P<lo2>{NUM})\s*(?:-|to|or)\s*(?P<hi2>{NUM})(?![\w%])              # 5,000-7,000, two or three
      | (?P<half>half\s+a\s+dozen|a\s+half-dozen|half-dozen)                 # half a dozen
      | (?:(?P<mnum>{NUM}|a|an|one)\s+)?(?P<mult>dozen|pairs?|couple|score|brace|trio)(?:\s+of)?(?![\w-])  # two dozen, a pair of
      | (?P<vague>(?:tens|hundreds)\s+of\s+thousands|dozens|scores|hundreds|thousands|millions)\s+of   # dozens of
      | (?P<vague2>several|a\s+few|a\s+handful(?:\s+of)?|numerous)
      | (?P<num>{NUM})
    )
    (?P<post>\+|-odd|-plus|\s+or\s+so)?        # 4,500+, 70-odd, 70-plus
    (?![\w%$€£¥]|\.\d|,\d|-(?:year|month|week|day|hour|minute|foot|metre|meter|kilo)) # not 62%, 1.5, 12-year-old
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# What follows a number that makes it something other than a count.
_NOT_A_COUNT_AFTER = regex.compile(
    r"""\s*(?:%|percent\b|per\s+cent\b|st\b|nd\b|rd\b|th\b|:\d|(?:years?|months?|weeks?|days?)\s+(?:old|ago)\b
        |(?:dollars?|euros?|pounds?|rubles?|roubles?|yuan|won|yen|usd|eur|kg|kilograms?|tons?|tonnes?|km|kilometers?|kilometres?|miles?|meters?|metres?|hours?|minutes?|seconds?|am|pm|a\.m\.|p\.m\.)\b)""",
    regex.IGNORECASE | regex.VERBOSE,
)
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_YEAR_CONTEXT_BEFORE = regex.compile(
    rf"(?:\b(?:in|since|by|until|till|before|after|from|of|during|year|early|late|mid|summer|winter|spring|autumn|fall|through)\s+|{_MONTHS}\s+(?:\d{{1,2}},?\s+)?|[(/-])$",
    regex.IGNORECASE,
)
_DATE_BEFORE = regex.compile(rf"{_MONTHS}\s+$|(?:the\s+)$", regex.IGNORECASE)
_NEXT_WORD = regex.compile(r"\s*(?P<skip>(?:different|various|rare|other|distinct|separate)\s+)?(?P<word>[A-Za-z][A-Za-z-]*)")


@dataclass(frozen=True, slots=True)
class Count:
    """One count expression; offsets are into the text given to :func:`find_counts`."""

    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str | None = None


def _qualifier(m: regex.Match) -> str:
    post = (m.group("post") or "").strip().lower()
    if post in ("+", "-plus"):
        return "more_than" if post == "-plus" else "at_least"
    if post in ("-odd", "or so"):
        return "approximate"
    q = m.group("qual")
    return QUALIFIERS.get(" ".join(q.lower().split()), "exact") if q else "exact"


def _guess_unit(text: str, end: int) -> str | None:
    m = _NEXT_WORD.match(text, end)
    if not m:
        return None
    word = m.group("word").lower()
    if word in ("species", "kinds", "types", "breeds", "varieties"):
        return "species" if word == "species" else word.rstrip("s")
    if word in ("of", "and", "or", "to", "the", "in", "from", "for", "with", "by", "at", "on"):
        return None
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _is_year(text: str, m: regex.Match, value: float | None) -> bool:
    raw = m.group("num") or ""
    if not (raw.isdigit() and len(raw) == 4 and value is not None and 1500 <= value <= 2199):
        return False
    if m.group("qual"):
        return False
    before = text[max(0, m.start() - 30) : m.start()]
    if _YEAR_CONTEXT_BEFORE.search(before):
        return True
    # A four-digit number followed by a plural noun reads as a count ("3000 troops").
    unit = _NEXT_WORD.match(text, m.end())
    return not (unit and unit.group("word").lower().endswith("s"))


def _value(m: regex.Match) -> tuple[float | None, float | None, float | None] | None:
    """(value, low, high) for a match, or None when the words are not one number."""
    if m.group("lo") or m.group("lo2"):
        lo = parse_number(m.group("lo") or m.group("lo2"))
        hi = parse_number(m.group("hi") or m.group("hi2"))
        if lo is None or hi is None or hi <= lo:
            return None
        return None, lo, hi
    if m.group("half"):
        return 6.0, None, None
    if m.group("mult"):
        mult = MULTIPLIERS[m.group("mult").lower()]
        raw = (m.group("mnum") or "").lower()
        if not raw:
            if m.group("mult").lower() in ("dozen",):
                return None  # "dozen" alone is a noun, not a count
            return None
        n = 1.0 if raw in ("a", "an", "one") else parse_number(raw)
        return (None if n is None else n * mult), None, None
    if m.group("vague") or m.group("vague2"):
        key = " ".join((m.group("vague") or m.group("vague2")).lower().split())
        key = key.removesuffix(" of")
        return None, float(VAGUE.get(key, 2)), None
    n = parse_number(m.group("num"))
    return (n, None, None) if n is not None else None


def find_counts(text: str, start: int = 0, end: int | None = None) -> list[Count]:
    """Every count expression in ``text[start:end]``, left to right, non-overlapping."""
    if not isinstance(text, str):
        raise TypeError(f"find_counts() takes a str, not {type(text).__name__}")
    end = len(text) if end is None else end
    out: list[Count] = []
    for m in _COUNT.finditer(text, start, end):
        got = _value(m)
        if got is None:
            continue
        value, low, high = got
        if _NOT_A_COUNT_AFTER.match(text, m.end()):
            continue
        if m.group("num") and (_is_year(text, m, value) or _DATE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]) and (value or 0) <= 31):
            continue
        qualifier = _qualifier(m)
        if m.group("vague") or m.group("vague2"):
            qualifier = "at_least" if qualifier == "exact" else qualifier
        if m.group("lo") or m.group("lo2"):
            qualifier = "approximate" if qualifier == "exact" else qualifier
        out.append(Count(m.start(), m.end(), m.group(), value, low, high, qualifier, _guess_unit(text, m.end())))
    return out
