"""Layer 3: time expressions resolved against the article's publication date.

"Wednesday, November 20" -> 2024-11-20 (with a 2024 publication date), "in June" ->
2024-06, "June 2024" -> 2024-06, "in 2018" -> 2018, "earlier this year" -> 2024,
"last year" -> 2023.  Without a publication date, relative expressions keep
``value=None`` rather than guess.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from giftextract.text.patterns import compile_pattern
from giftextract.lexicon.base import shared_text
from giftextract.text.compiled import compile as compile_re

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}

# Only an abbreviation takes a period ("Nov."); after a full name it ends the sentence ("in June.").
_MONTH_NAMES = r"January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_MONTH = rf"(?P<month>{_MONTH_NAMES})"
_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WEEKDAY = rf"(?P<weekday>{_WEEKDAY_NAMES})"
_RELATIVE = r"(?i:(?:earlier|later|early|late)\s+)?(?i:this\s+(?:year|month)|last\s+(?:year|month)|yesterday|today)"
# Words after which a bare four-digit year is a time: "in 2018", "since 1965", "in early 2022".
_YEAR_BEFORE = (r"\b(?i:in|since|by|during|until|till|from|before|after|through|early|late|mid-?"
                r"|(?:summer|winter|spring|autumn|fall|end|start|beginning|middle)\s+of)\s*")

_TIME = compile_pattern(
    rf"""
    \b(?=[0-9A-Z]|(?:earlier|later|early|late|this|last|yesterday|today)\b)   # gate: skip most positions at once
    (?<![\w-])
    (?:
        (?:{_WEEKDAY},?\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?   # (Wednesday,) November 20(, 2024)
      | (?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year2>(?:19|20)\d\d))?         # 20 November 2024, 3rd of June
      | {_MONTH}\s+(?P<year3>(?:19|20)\d\d)                                                               # June 2024
      | (?<=\b(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|[Ee]arly|[Ll]ate|[Ff]rom)\s+(?:early\s+|late\s+|mid-)?){_MONTH}(?![\w])  # in June
      | (?P<year4>(?:19|20)\d\d)(?=\s+(?:summit|visit|meeting|Olympics|games|talks)\b)                     # 2018 summit
      | (?<={_YEAR_BEFORE})(?P<year4>(?:19|20)\d\d)(?![\d,.]?\d)                                           # in 2018, since 1965
      | (?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)                                                           # 2024-11-20
      | (?P<rel>{_RELATIVE})                                                                              # earlier this year, last year
      | (?<=\b(?P<last>[Ll]ast\s+)|\b[Oo]n\s+|\b[Tt]his\s+|\b[Ee]arlier\s+this\s+){_WEEKDAY}                # on Wednesday, last Tuesday
    )
    (?![\w])
    """,
    regex.VERBOSE,
)

# A pre-filter for _TIME in the stdlib ``re`` engine, as for counts (see counts._CANDIDATE).
# _TIME.finditer makes the ``regex`` engine try every position, and its own gate passes
# every capitalised word; this finds a superset of the positions where _TIME can match,
# in a seventh of the time (556 kB of news: 9 ms, 1,680 positions for _TIME.match): after
# a character that is no word character or hyphen, the beginning of one of _TIME's
# forms.  Case-sensitive like _TIME ("May" is the month, "may" the verb); re's IGNORECASE
# and \s, in the relative expressions, match all that regex's do; \S stands for _TIME's
# \d after the first digit (regex's \d knows digits that re's does not).
_CANDIDATE = compile_re(
    rf"""
    [^A-Za-z0-9_-]                                          # the character before the time
    (?=[0-9A-Zelty])                                        # quick test: how any of these begins
    (?= 19 | 20                                             # 2018, 2024-11-20
      | [0-9]\S?(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES})  # 20 November, 3rd of June
      | {_MONTH_NAMES} | {_WEEKDAY_NAMES} | {_RELATIVE} )    # November 20, Wednesday, last year
    """,
    re.VERBOSE,
)


def _time_matches(text: str, start: int, end: int) -> Iterator[regex.Match]:
    """``_TIME.finditer(text, start, end)``, trying _TIME only where _CANDIDATE points
    and, as finditer does, never inside the previous match."""
    if not 0 <= start <= end <= len(text):
        yield from _TIME.finditer(text, start, end)  # finditer reads these like slice indices
        return
    resume = start
    m = _TIME.match(text, start, end)  # nothing before ``start`` to find it by: always tried
    if m:
        yield m
        resume = m.end()
    for c in _CANDIDATE.finditer(text, start, end):
        at = c.end()
        if at < resume:
            continue
        m = _TIME.match(text, at, end)
        if m:
            yield m
            resume = m.end()


@dataclass(frozen=True, slots=True)
class TimeMention:
    start: int
    end: int
    text: str
    value: str | None  # ISO 8601 prefix


def _month_year(month: int, published: dt.date | None, year: str | None) -> int | None:
    if year:
        return int(year)
    if published is None:
        return None
    # A month later than publication, written without a year, is last year's.
    return published.year - 1 if month > published.month else published.year


# _TIME's groups by name and number: m.groupdict() costs 3 us a match, this a third of it.
_GROUP_NAMES = tuple(_TIME.groupindex)
_GROUP_NUMBERS = tuple(_TIME.groupindex.values())


def _resolve(m: regex.Match, published: dt.date | None) -> str | None:
    g = dict(zip(_GROUP_NAMES, m.group(*_GROUP_NUMBERS)))
    if g.get("rel"):
        if published is None:
            return None
        rel = " ".join(g["rel"].lower().split())
        for lead in ("earlier ", "later ", "early ", "late "):
            rel = rel.removeprefix(lead)
        if rel == "yesterday":
            return (published - dt.timedelta(days=1)).isoformat()
        if rel == "today":
            return published.isoformat()
        if rel.endswith("year"):
            return str(published.year - 1 if rel.startswith("last") else published.year)
        if rel.startswith("last"):
            first = published.replace(day=1) - dt.timedelta(days=1)
            return f"{first.year:04d}-{first.month:02d}"
        return f"{published.year:04d}-{published.month:02d}"
    if g.get("iso"):
        try:
            return dt.date.fromisoformat(g["iso"]).isoformat()
        except ValueError:
            return None
    if g.get("year4"):
        return g["year4"]
    if g.get("month"):
        month = MONTHS[g["month"].lower().rstrip(".")]
        day = g.get("day") or g.get("day2")
        year = _month_year(month, published, g.get("year") or g.get("year2") or g.get("year3"))
        if year is None:
            return None
        if day and 1 <= int(day) <= 31:
            try:
                return dt.date(year, month, int(day)).isoformat()
            except ValueError:
                return None
        return f"{year:04d}-{month:02d}"
    if g.get("weekday"):
        if published is None:
            return None
        back = (published.weekday() - WEEKDAYS[g["weekday"].lower()]) % 7
        if back == 0 and g.get("last"):
            back = 7  # "last Friday" in a Friday article is a week ago
        return (published - dt.timedelta(days=back)).isoformat()
    return None


def find_times(text: str, start: int = 0, end: int | None = None,
               published: dt.date | None = None) -> list[TimeMention]:
    """Time expressions in ``text[start:end]`` with ISO values where they resolve."""
    end = len(text) if end is None else end
    return [TimeMention(m.start(), m.end(), shared_text(m.group()), _resolve(m, published))  # (lexicon/base.py)
            for m in _time_matches(text, start, end)]


def published_date(value: str | dt.date | None) -> dt.date | None:
    """The date an article was published, as ``extract(published=...)`` takes it: a date, an
    ISO string or None; anything else raises a clear TypeError or ValueError."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    if not isinstance(value, str):
        raise TypeError(f"published must be a str, a datetime.date or None, not {type(value).__name__}")
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError as err:
        raise ValueError(f"published must be an ISO date (YYYY-MM-DD), got {value!r}") from err
