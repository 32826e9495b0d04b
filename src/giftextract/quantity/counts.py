"""Layer 3: counts with their qualifiers, multipliers and ranges, with exact spans.

``find_counts(text)`` returns every count expression in ``text``: "more than 70",
"two dozen", "a pair of", "between 5,000 and 7,000", "dozens of", "over 60", and sex
breakdowns as one sum ("two male and three female": 5, its terms in ``Count.parts``).
"over" right after a verb whose particle it is ("handed over three") is no qualifier
(particles.py); "half a million", "a herd of 30", "hundreds more" are phrases.py's.  Years,
dates, ages, money, percentages, ordinals and model names ("Su-27") are not counts.  The
counted noun is the frames' to decide; ``Count.unit`` is a guess from the next words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.lexicon.base import shared_text
from giftextract.lexicon.trie import trie_alternation
from giftextract.quantity.count_context import (DATE_BEFORE, MONTH_AFTER, NOT_A_COUNT_AFTER, PAREN_REPEAT, UNIT_DESIGNATION_AFTER,
                                                  YEAR_STRONG_BEFORE, model_number)
from giftextract.quantity.nouns import guess_unit, plural_noun_follows
from giftextract.quantity.numbers import (TENS, UNITS, DIGIT_NUMBER, NUMBER_WORD, SCALES, WORD_NUMBER, parse_number,
                                         shared_scale)
from giftextract.quantity.particles import particle_guard
from giftextract.quantity.phrases import PAIRED_NOUN_AFTER, Overlaps, find_phrases, with_phrases
from giftextract.quantity.sums import SPACE, CountPart, join_sexes
from giftextract.text.compiled import compile as compile_re
from giftextract.text.fold import fold_case

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
    "another": "exact", "an additional": "exact", "a combined": "exact", "an initial": "exact", "an extra": "exact",
    "a whopping": "exact",
}
# "over" right after a verb whose particle it is ("handed over three koalas") is no
# qualifier: the guard fails there, and the count begins at the number (particles.py).
_QUALIFIER_ALT = "|".join(
    regex.escape(q).replace(r"\ ", r"\s+") + (particle_guard() if q == "over" else "")
    for q in sorted(QUALIFIERS, key=len, reverse=True)
)

MULTIPLIERS = {"pair": 2, "pairs": 2, "couple": 2, "dozen": 12, "dozens": 12, "score": 20,
               "brace": 2, "trio": 3, "half-dozen": 6}
# Vague plurals: no value, a lower bound of two of the unit ("dozens of": 24) and the
# qualifier "approximate"; never the unit itself as a value ("thousands" is not 1,000).
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2 * 10**6,
         "tens of thousands": 20000, "hundreds of thousands": 200000, "several": 3,
         "a few": 2, "a handful": 2, "numerous": 2}

# A number, in digits or words.  _COUNT holds one copy of each (see _NUM_CALL).
NUM = rf"(?:{DIGIT_NUMBER}|{WORD_NUMBER})"
DIGITS = rf"(?:{DIGIT_NUMBER})"

# The grammar's word alternations, named so that _CANDIDATE below is built from the same text.
# "dozens" is vague, "half-dozen" is _HALF_ALT; "a couple (of) hundred" is no couple of
# anything but a vague scale (_FEW_ALT, _VSCALE_ALT), at least 200, not 2
_MULT_ALT = r"dozen|pairs?|couple(?!\s+(?:of\s+)?(?:hundred|thousand|million|dozen)\b)|score|brace|trio"
_HALF_ALT = r"half\s+a\s+dozen|a\s+half-dozen|half-dozen"
_VAGUE_ALT = r"(?:tens|hundreds)\s+of\s+thousands|dozens|scores|hundreds|thousands|millions"
_FEW_ALT = r"several|a\s+few|a\s+couple(?:\s+of)?"
# the scale after _FEW_ALT: "several hundred", "a few hundred thousand", "several dozen"
_VSCALE_ALT = r"hundred(?:\s+(?:thousand|million))?|thousand|million|dozen"
_VSCALES = {"hundred": 100, "dozen": 12} | SCALES
_VAGUE2_ALT = r"several|a\s+few|a\s+handful(?:\s+of)?|numerous"
_SCALE_ALT = "|".join(SCALES)
# No count begins with a scale word or a multiplier noun: in "thousand troops" or "dozen
# eggs" the count, if any, is a word before.  (_COUNT used to list the words a count *can*
# begin with, to skip most positions fast, which _CANDIDATE now does; of the words the
# grammar can begin with, that list left out exactly these.)
_NEVER_FIRST = rf"(?:{_SCALE_ALT}|{_MULT_ALT})\b"
# How NUM can begin, for _CANDIDATE, with the number words as a trie: sre dispatches a
# trie on its first characters, where a flat alternation is tried word by word.
_NUMBER_WORD_TRIE = trie_alternation([*UNITS, *TENS, "hundred", *SCALES])
_NUM_START = rf"[0-9]|(?:a|an)\s+(?:hundred|{_SCALE_ALT})|{_NUMBER_WORD_TRIE}"

MAX_COUNT = 1e12  # larger numbers in news are money or noise, never animals or troops
_TILDE_BEFORE = compile_pattern(r"~\s*$")
# "RUB 5 billion", "USD 588": a currency code before the number makes it money.
_CURRENCY_BEFORE = compile_pattern(r"\b(?:USD|EUR|GBP|RUB|CNY|RMB|JPY|KRW|KPW|INR|AUD|CAD|CHF)\s*$")

# The forms that begin with a number share it: the number is matched once, then what
# follows it decides between a range ("5,000-7,000", "5 to 7", "two or three"), a
# multiple ("two dozen") and a plain number.  Written out form by form, each with its
# own copy of NUM (six in all), _COUNT took 27 ms to compile at every import; now 8,
# and a match is tried in 30% less time.  It reads what the forms written out in that
# order read (tests/test_counts.py keeps that grammar and compares): a number's shorter
# readings (backtracking into "1.5 million" gives "1.5" and "1") leave ".5", "m" or
# " million" next, which no range or multiplier can follow, so only a plain number is
# ever read short, and plain numbers came last anyway; and no other form can match where
# a number does (after "a", a number needs "hundred" or a scale word).  The numbers in
# second place, and both of "between ... and ...", are calls of the first number's
# groups: a call is slower than inline matching, but these are rarely reached.
_NUM_CALL = "(?:(?&_digits)|(?&_words))"  # NUM, as calls
_TO_RANGE = rf"\s+(?:to|or)\s+(?P<hi3>{_NUM_CALL})(?![\w%])"  # 5,000 to 7,000, two or three
_TIMES_MULT = rf"\s+(?P<mult>{_MULT_ALT})(?:\s+of)?(?![\w-])"  # two dozen, two pairs of

# (regex.compile itself: ``re`` reads no group calls, and parsing up to the first one before
# failing cost every fresh process 27 ms)
_COUNT = regex.compile(
    rf"""
    \b (?! {_NEVER_FIRST} )                    # a word or number starts here ("~70": see find_counts)
    (?<![\w$€£¥.,:×-])                         # not inside a word, a time (10:30), a decimal, a model name, money or a drive (4×4)
    (?<![0-9][ ](?<!\b(?:1[89]|20)[0-9]{{2}}[ ])|\b{NUMBER_WORD}[ ])  # not inside a run of numbers ("999 999", "one one"); a year may come before ("In 1973 two pandas")
    (?:(?P<qual>{_QUALIFIER_ALT})\s+)?         # "more than", "about", "a total of"
    (?:
        (?:between|from)\s+(?P<lo>{_NUM_CALL})\s+(?:and|to)\s+(?P<hi>{_NUM_CALL})   # between 5,000 and 7,000
      | (?P<num>(?P<_digits>{DIGIT_NUMBER}))                                 # 5,000 ...
        (?: \s*-\s*(?P<hi2>(?&_digits))(?![\w%])                            # ... -7,000 (digits only: "forty-two" is one number)
          | {_TO_RANGE} | {_TIMES_MULT} | )                                 # ... to 7,000; two dozen; or the number alone
      | (?P<num>(?P<_words>{WORD_NUMBER}))                                   # forty ...
        (?: {_TO_RANGE} | {_TIMES_MULT} | )
      | (?P<half>{_HALF_ALT})                                               # half a dozen
      | (?:(?P<mnum>a|an)\s+(?:(?:breeding|mating|young|second|new)\s+)?)?(?P<mult>{_MULT_ALT})(?:\s+of)?(?![\w-])  # a (breeding) pair of ("one dozen": a number branch)
      | (?P<vague>{_VAGUE_ALT})\s+of                                       # dozens of
      | (?P<vaguescale>(?P<few>{_FEW_ALT})\s+(?P<vscale>{_VSCALE_ALT}))(?![\w-])  # several hundred, a few thousand
      | (?P<vague2>{_VAGUE2_ALT})(?![\w-])
    )
    (?P<post>\+|-odd|-plus|\s+or\s+so)?        # 4,500+, 70-odd, 70-plus, 50 or so
    (?![\w%$€£¥×]                              # not 62%, not a word going on, not a drive (4×4 is no count of four)
       |[.,][0-9]                              # not the start of 1.5 or 1,5
       |[-/][0-9]                              # not a phone number or a date: 555-1234-5678, 12/11
       |-(?:year|month|week|day|hour|minute|foot|feet|metre|meter|kilo|mile|inch|percent)) # not 12-year-old, 5-metre
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# A pre-filter for _COUNT in the stdlib ``re`` engine, run over the case-folded text: the
# positions where a count could begin.  On 556 kB of news _COUNT.finditer took 154 ms
# (the ``regex`` engine tries every position); this scan takes 15 ms and leaves 2,800
# positions for _COUNT.match (about 4 us each), where a list of the words a count can
# begin with passed 13,200: it also drops qualifier first words that begin no count
# ("in", "north", "as", "a new").
# It must find a *superset* of the positions where _COUNT matches (_COUNT still decides),
# so it is the grammar's own alternations, only looser: the character before a count is
# no word character, money, decimal point or model-name hyphen ([a-z0-9_] is narrower than
# any \w); then an optional qualifier, then the first words of some branch of the grammar.
# Case-sensitive over folded text, it runs in half the time of re.IGNORECASE.
_CANDIDATE = compile_re(
    rf"""
    [^a-z0-9_$€£¥.,:-]                                      # the character before the count
    (?=
      (?:{trie_alternation(QUALIFIERS)}\s+)?              # "more than", "about"
      (?: {_NUM_START}                                      # 40, forty, a hundred
        | (?:between|from)\s+(?:{_NUM_START})              # between 5,000 and 7,000
        | {_HALF_ALT}                                       # half a dozen
        | (?:a|an)\s+(?:(?:breeding|mating|young|second|new)\s+)?(?:{_MULT_ALT})  # a (breeding) pair of
        | {_MULT_ALT}                                       # (after a qualifier)
        | {_VAGUE_ALT} | {_FEW_ALT} | {_VAGUE2_ALT}          # dozens of, several hundred, a few
      )
    )
    """,
    re.VERBOSE,
)


def _count_matches(text: str, start: int, end: int) -> Iterator[regex.Match]:
    """``_COUNT.finditer(text, start, end)``, faster: _COUNT is tried only where _CANDIDATE
    says a count could begin, and, as in finditer, never inside the previous match.

    _CANDIDATE reads the window case-folded (text/fold.py: one character for one, and
    every character _COUNT's case-insensitive letters match folds to that ASCII letter, a
    premise tests/test_counts.py checks over every code point).  Offsets outside the text
    (which finditer reads like slice indices) go to finditer itself.
    """
    if not 0 <= start <= end <= len(text):
        yield from _COUNT.finditer(text, start, end)
        return
    resume = start  # finditer's next search position: matches never overlap
    m = _COUNT.match(text, start, end)  # nothing before ``start`` to find it by: always tried
    if m:
        yield m
        resume = m.end()
    for c in _CANDIDATE.finditer(fold_case(text[start:end])):
        at = start + c.end()
        if at < resume:
            continue
        m = _COUNT.match(text, at, end)  # lookbehinds still see text before ``at``
        if m:
            yield m
            resume = m.end()


@dataclass(frozen=True, slots=True)
class Count:
    """One count expression; offsets are into the text given to :func:`find_counts`.

    ``parts`` is empty but for a sum ("two male and three female": 5), whose terms it
    lists, each with its own span, value and sex."""

    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str | None = None
    parts: tuple[CountPart, ...] = ()


class _Form(NamedTuple):
    """A _COUNT match read by form: the factored grammar's groups, untangled."""

    qual: str | None  # "more than"
    lo: str | None  # a range: "5,000" and "7,000" of "between 5,000 and 7,000", "5,000-7,000"
    hi: str | None
    half: str | None  # "half a dozen"
    mnum: str | None  # a multiple: "two" (or "a") and "dozen" of "two dozen"
    mult: str | None
    vague: str | None  # "dozens of", "several", "a handful of"
    few: str | None  # a vague scale: "several" and "hundred" of "several hundred"
    vscale: str | None
    num: str | None  # a plain number
    post: str | None  # "+", "-odd", "-plus", "or so"


# The groups _form reads, by number: by name, m.group() costs 8x more (8 ms on 556 kB).
_GROUPS = tuple(_COUNT.groupindex[name] for name in (
    "qual", "lo", "hi", "num", "hi2", "hi3", "half", "mnum", "mult", "vague", "few", "vscale",
    "vague2", "post"))


def _form(m: regex.Match) -> _Form:
    qual, lo, hi, num, hi2, hi3, half, mnum, mult, vague, few, vscale, vague2, post = m.group(*_GROUPS)
    if hi2 or hi3:  # the number began a range
        lo, hi, num = num, hi2 or hi3, None
    elif mult:  # the number (or "a"/"an") began a multiple
        mnum, num = mnum or num, None
    return _Form(qual, lo, hi, half, mnum, mult, vague or vague2, few, vscale, num, post)


def _qualifier(f: _Form) -> str:
    post = fold_case((f.post or "").strip())
    if post in ("+", "-plus"):
        return "more_than" if post == "-plus" else "at_least"
    if post in ("-odd", "or so"):
        return "approximate"
    q = f.qual
    return QUALIFIERS.get(" ".join(fold_case(q).split()), "exact") if q else "exact"


def _is_year(text: str, m: regex.Match, f: _Form, value: float | None) -> bool:
    raw = f.num or ""
    if not (raw.isdigit() and len(raw) == 4 and value is not None and 1500 <= value <= 2199):
        return False
    if f.qual:
        return False
    before = text[max(0, m.start() - 30) : m.start()]
    if YEAR_STRONG_BEFORE.search(before):
        return True
    # Otherwise a four-digit number followed by a plural noun reads as a count ("a force
    # of 3000 troops"), and anything else as a year ("the 2018 summit").
    return not plural_noun_follows(text, m.end())


def _is_year_span(text: str, m: regex.Match, f: _Form, low: float | None, high: float | None) -> bool:
    """"between 2014 and 2016", "from 1998 to 2003", "2014-2016": two four-digit years, unless a
    plural noun follows ("between 2000 and 3000 troops")."""
    return all(raw.isdigit() and len(raw) == 4 for raw in (f.lo or "", f.hi or "")) \
        and all(v is not None and 1500 <= v <= 2199 for v in (low, high)) and not plural_noun_follows(text, m.end())


def _value(f: _Form) -> tuple[float | None, float | None, float | None] | None:
    """(value, low, high) for a match, or None when the words are not one number."""
    if f.lo:
        lo, hi = shared_scale(f.lo, f.hi)  # "between two and three thousand": 2,000-3,000
        if lo is None or hi is None or hi <= lo:
            return None
        return None, lo, hi
    if f.half:
        return 6.0, None, None
    # The words are looked up folded as the engine compared them ("a paİr": "pair"); with
    # .lower() the dotted capital I became two characters and the lookup a KeyError.
    if f.mult:
        mult = MULTIPLIERS[fold_case(f.mult)]
        raw = fold_case(f.mnum or "")
        if not raw:
            return None  # "dozen", "pair" alone are nouns, not counts
        n = 1.0 if raw in ("a", "an", "one") else parse_number(raw)
        return (None if n is None else n * mult), None, None
    if f.few:
        few = " ".join(fold_case(f.few).split()).removesuffix(" of")
        few = "a few" if few == "a couple" else few
        scale = 1
        for word in fold_case(f.vscale).split():  # "hundred thousand": 100 * 1000
            scale *= _VSCALES[word]
        return None, float(VAGUE.get(few, 2) * scale), None
    if f.vague:
        key = " ".join(fold_case(f.vague).split())
        key = key.removesuffix(" of")
        return None, float(VAGUE.get(key, 2)), None
    n = parse_number(f.num)
    return (n, None, None) if n is not None else None


# number_phrases.json dot_grouped_counts: one dot before exactly three digits, no scale word,
# then a word ("10.000 doses"), not a measure's symbol ("1.142 g")
_DOT_GROUPED = compile_pattern(r"[1-9][0-9]{0,2}\.[0-9]{3}")
_WORD_AFTER = compile_pattern(r"\s+[A-Za-z]{2}")


def _countable(v: float | None) -> bool:
    return v is None or 0 <= v <= MAX_COUNT


def find_counts(text: str, start: int = 0, end: int | None = None) -> list[Count]:
    """Every count expression in ``text[start:end]``, left to right, non-overlapping."""
    if not isinstance(text, str):
        raise TypeError(f"find_counts() takes a str, not {type(text).__name__}")
    end = len(text) if end is None else end
    out: list[Count] = []
    # Per count, for join_sexes (sums.py): where its number begins (after a qualifier), or
    # -1 when it cannot lead a sum (no single value, or a suffix like "-odd"), and whether
    # it can follow one (a bare number: no qualifier, no suffix).
    joins: list[tuple[int, bool]] = []
    repeated_to = -1  # the end of a "(2)" that repeated the count before it
    phrases = find_phrases(text, start, end)  # "half a million": the grammar's "a million" gives way
    in_phrase = Overlaps(phrases)
    for m in _count_matches(text, start, end):
        if m.start() < repeated_to or (phrases and in_phrase(m.start(), m.end())):
            continue  # the "2" of "two (2)"
        f = _form(m)
        got = _value(f)
        if got is None:
            continue
        value, low, high = got
        if f.num and _DOT_GROUPED.fullmatch(f.num) and _WORD_AFTER.match(text, m.end()):
            value = float(f.num.replace(".", ""))  # "10.000 doses": thousands, as much of Europe writes them
        if value is not None and f.mult and fold_case(f.mult).startswith("pair") and PAIRED_NOUN_AFTER.match(text, m.end()):
            value /= MULTIPLIERS["pair"]  # "10,000 pairs of rubber gloves": 10,000 of them
        if not (_countable(value) and _countable(low) and _countable(high)):
            continue  # a 309-digit numeral (inf as a float) or a phone-book number is no count
        if NOT_A_COUNT_AFTER.match(text, m.end()) or _CURRENCY_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue
        if f.num and not f.qual and model_number(text, m.start()):
            continue  # "two Cessna 208B aircraft": the model's number
        if f.num and f.num.isdigit() and not f.qual and UNIT_DESIGNATION_AFTER.match(text, m.end()):
            continue  # "5 Infantry Battalion troops": the unit's number
        if f.lo and _is_year_span(text, m, f, low, high):
            continue  # "Between 2014 and 2016 Moscow gave": years, no count of what follows
        if f.lo and f.lo.isdigit() and (f.hi or "").isdigit() and len(f.hi) >= len(f.lo) + 2 and "-" in m.group():
            continue  # "Hercules 91-9142", "serial 15-5811": a serial number, no range of figures
        if f.num:
            small = (value or 0) <= 31 and not f.qual
            if _is_year(text, m, f, value):
                continue
            if small and (DATE_BEFORE.search(text, max(0, m.start() - 12), m.start())
                          or MONTH_AFTER.match(text, m.end())):
                continue  # November 20, 20 November
        qualifier = _qualifier(f)
        start_at, surface = m.start(), m.group()
        tilde = None
        if not f.qual and "~" in text[max(0, start_at - 3) : start_at]:  # rare: test cheaply first
            tilde = _TILDE_BEFORE.search(text, max(0, start_at - 3), start_at)
        if tilde:
            # "~70", "~ 70": the tilde is outside the gated pattern (no word boundary before it)
            start_at, surface, qualifier = tilde.start(), text[tilde.start() : m.end()], "approximate"
        if f.vague or f.few:  # "thousands of": a lower bound, roughly; never 1,000
            qualifier = "approximate" if qualifier == "exact" else qualifier
        if f.lo:
            qualifier = "approximate" if qualifier == "exact" else qualifier
        end_at = m.end()
        if "(" in text[end_at : end_at + 4] and value is not None and not f.post and surface[-1].isalpha():
            paren = PAREN_REPEAT.match(text, end_at, end)
            if paren and parse_number(paren.group("d")) == value:
                repeated_to = end_at = paren.end()
                if NOT_A_COUNT_AFTER.match(text, end_at):
                    continue  # "two (2) years"
                surface = text[start_at:end_at]
        # (the surface shared: kept deployments hold their figures to the document's end)
        out.append(Count(start_at, end_at, shared_text(surface), value, low, high, qualifier, guess_unit(text, end_at)))
        single = value is not None and not f.post
        number_at = SPACE.match(text, m.end("qual")).end() if f.qual else m.start()
        joins.append((number_at if single else -1, single and not f.qual and not tilde))
    if phrases:
        out, joins = with_phrases(text, out, joins, phrases, NOT_A_COUNT_AFTER)
    return join_sexes(text, end, out, joins) if len(out) > 1 else out
