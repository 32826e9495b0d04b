"""Layer 3: the number phrases the count grammar leaves out, read as counts.

:func:`giftextract.quantity.counts.find_counts` reads these with its own grammar and
lets them win over what that grammar read inside them ("a million" of "half a million"):

    fractions of a scale      half a million, a quarter of a million, three quarters of a
                              million, two and a half thousand, 1½, 1½ million
    decimals in words         two point five million (num2words' "two point five")
    digits before "hundred"   5 hundred, 5 hundred thousand
    plural scales             2 dozens, seventy-five thousands (of)
    hyphenated ranges         two-to-three, two-to-three thousand (the scale is shared)
    vague magnitudes          hundreds more, thousands more, a (large) number of
    collective nouns          a herd of 30 (30), a flock of (vague)

and one near-miss form that is *no* count: a number before a fraction noun ("three
quarters of the troops", "two thirds of the herd"), whose number the count grammar would
otherwise read.  Vague phrases get no value, a lower bound and the qualifier
"approximate", never 1,000 for "thousands".  The word lists are data
(``data/number_phrases.json``); every repetition is bounded, so a match costs the same
everywhere.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.quantity.numbers import INDIAN_GROUPS, NUMBER_WORD, SCALES, TENS, UNITS, WORD_NUMBER, parse_number, shared_scale
from giftextract.quantity.particles import particle_guard
from giftextract.text.fold import fold_case
from giftextract.text.compiled import compile as compile_re
from giftextract.text.fold import fold_marks

DATA = json.loads(fold_marks(resources.files("giftextract.quantity").joinpath("data", "number_phrases.json").read_text("utf-8")))
FRACTIONS: dict[str, float] = DATA["fractions"]
VULGAR: dict[str, float] = DATA["vulgar_fractions"]
PLURAL_SCALES: dict[str, int] = DATA["plural_scales"]
VAGUE_MORE: dict[str, int] = DATA["vague_more"]
ORDINAL_GROUPS: dict[str, int] = DATA["ordinal_groups"]["groups"]
# "10,000 pairs of rubber gloves": a thing that comes in pairs is counted by the pair, so
# its "pairs of" multiplies by one (counts.py); a few plain words may stand between
_PAIRED = DATA["paired_nouns"]
PAIRED_NOUN_AFTER = compile_pattern(rf"(?:\s+[\w-]+){{0,{_PAIRED['reach'] - 1}}}?\s+(?:{'|'.join(map(regex.escape, _PAIRED['nouns']))})\b",
                                  regex.IGNORECASE)
_SCALE_VALUES = {"hundred": 100, "dozen": 12, **SCALES}
_DIGIT_WORDS = ["zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


@dataclass(frozen=True, slots=True)
class Phrase:
    """One phrase read: a count's reading (value, or low/high), or none (``block``)."""

    start: int
    end: int
    qual: str | None
    value: float | None
    low: float | None
    high: float | None
    vague: bool
    block: bool = False


def _alt(words) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s{1,3}").replace(r"\-", r"[\s-]{1,3}")
                    for w in sorted(words, key=len, reverse=True))


def _grammar(qualifiers: list[str]) -> str:
    qual = "|".join(regex.escape(q).replace(r"\ ", r"\s{1,3}") + (particle_guard() if q == "over" else "")
                    for q in sorted(qualifiers, key=len, reverse=True))
    scale = "hundred|thousand|million|billion|trillion"
    # (Indian groups as numbers.py reads them, their groups bounded as every repeat here is)
    digits = INDIAN_GROUPS.replace("++", "{1,4}") + r"|[0-9]{1,3}(?:,[0-9]{3}){1,4}(?![0-9])|[0-9]{1,12}"
    number = "(?:(?&digits)|(?&words))"
    # As in the count grammar: no phrase begins with a scale word or inside a run of
    # numbers, so a run of number words is read once, from its first word (linear time).
    # The number grammar and the qualifiers are written once (DEFINE) and called: written
    # out at each use, the pattern took 200 ms to compile.
    return rf"""
    (?(DEFINE)(?P<words>{WORD_NUMBER})(?P<digits>{digits})(?P<q>{qual}))
    (?<![\w$€£¥.,:-]) (?<![0-9][ ]|\b{NUMBER_WORD}[ ]|(?:hundred|{scale}),?[ ]and[ ]|(?:{scale}),[ ])
    (?!(?:{scale}|lakhs?|crores?)\b)
    (?:(?P<qual>(?&q))\s{{1,3}})?
    (?P<n>
        (?P<frac>{_alt(FRACTIONS)})\s{{1,3}}(?:of\s{{1,3}})?(?:an?\s{{1,3}})?(?P<fscale>{scale})      # half a million
      | (?P<whole>{number})\s{{1,3}}and\s{{1,3}}a\s{{1,3}}half\s{{1,3}}(?P<hscale>{scale})          # two and a half thousand
      | (?:an?|one)\s{{1,3}}(?P<ahscale>{scale})\s{{1,3}}and\s{{1,3}}a\s{{1,3}}half                  # a million and a half
      | (?P<vint>[0-9]{{1,6}})?(?P<vulgar>[{''.join(VULGAR)}])(?:\s{{0,3}}(?P<vscale>{scale}))?     # 1½, ½ million
      | (?P<pint>(?&words))\s{{1,3}}point\s{{1,3}}(?P<pdig>(?:{'|'.join(_DIGIT_WORDS)})(?:\s{{1,3}}(?:{'|'.join(_DIGIT_WORDS)})){{0,5}})
        (?:\s{{1,3}}(?P<pscale>thousand|million|billion|trillion))?                                # two point five million
      | (?P<hnum>(?&digits))(?:\.(?P<hfrac>[0-9]{{1,6}}))?\s{{1,3}}hundred(?:\s{{1,3}}(?P<hhscale>thousand|million|billion))?  # 5 hundred
      | (?P<plnum>{number})\s{{1,3}}(?P<plural>{_alt(PLURAL_SCALES)})(?:\s{{1,3}}of)?              # 2 dozens, seventy-five thousands
      | (?P<rlo>{number})-to-(?P<rhi>{number})(?:\s{{1,3}}(?P<rscale>{scale}))?                     # two-to-three thousand
      | (?P<more>{_alt(VAGUE_MORE)})\s{{1,3}}more                                                 # hundreds more
      | an?\s{{1,3}}(?:(?:{_alt(DATA["a_number_of"])})\s{{1,3}})?number\s{{1,3}}of(?P<numberof>)  # a (large) number of
      | (?:{_alt(DATA["ordinal_groups"]["determiners"])})\s{{1,3}}(?P<ogroup>{_alt(ORDINAL_GROUPS)})\s{{1,3}}of   # another pair of
      | (?:an?|one)\s{{1,3}}(?P<coll>{_alt(DATA["collectives"])})\s{{1,3}}of
        (?:\s{{1,3}}(?:(?P<cqual>(?&q))\s{{1,3}})?(?P<cnum>{number})(?![\w%.,-]))?   # a herd of (30)
      | (?P<blk>{number})(?:\s{{1,3}}|-)(?:{_alt(DATA["fraction_nouns"])})                        # three quarters, three-quarters (not "12 - half")
    )
    (?![\w%$€£¥]|[.,][0-9]|-[0-9A-Za-z])
    """


@lru_cache(maxsize=1)
def _pattern() -> regex.Pattern:
    """The grammar, compiled on the first text that may hold one of its phrases."""
    from giftextract.quantity.counts import QUALIFIERS  # counts.py imports this module

    return compile_pattern(_grammar(list(QUALIFIERS)), regex.IGNORECASE | regex.VERBOSE)


# A pre-check over the folded text, in the stdlib engine: a text none of whose forms'
# telltale parts this finds holds none of the phrases (a superset: the grammar decides).
# On a sentence with "more than" or "a hundred" the grammar is then never run.
_NUMBER_WORDS = "|".join(sorted([*UNITS, *TENS, "hundred", *SCALES], key=len, reverse=True))
_AFTER_NUMBER = rf"(?:[0-9]|\b(?:{_NUMBER_WORDS}))"
_HINT = compile_re("|".join([
    rf"(?:{'|'.join(sorted({w.split()[-1].split('-')[-1] for w in FRACTIONS}))})[\s-]+(?:of\s+)?(?:an?\s+)?"
    r"(?:hundred|thousand|million|billion|trillion)",                                      # half a million
    r"(?:thousand|million|billion)\s+and\s+a\s+half",                                      # a million and a half
    f"[{''.join(VULGAR)}]",                                                                 # 1½
    rf"\bpoint\s+(?:{'|'.join(_DIGIT_WORDS)})\b",                                          # two point five
    r"[0-9]\s+hundred",                                                                     # 5 hundred
    rf"{_AFTER_NUMBER}\s+(?:{'|'.join(PLURAL_SCALES)})\b",                                  # 2 dozens
    "-to-",                                                                                 # two-to-three
    rf"(?:{'|'.join(w.split()[-1] for w in VAGUE_MORE)})\s+more\b",                          # hundreds more
    r"number\s+of",                                                                         # a number of
    rf"\b(?:{'|'.join(DATA['collectives'])})\s+of\b",                                        # a herd of
    rf"\b(?:{'|'.join(ORDINAL_GROUPS)})\s+of\b",                                             # another pair of
    rf"{_AFTER_NUMBER}[\s-]+(?:{'|'.join(DATA['fraction_nouns'])})\b",                        # three quarters
]))


# Stage one of the pre-check, plain substring tests: every form holds one of these.
_KEYS = ("half", "quarter", "third", *VULGAR, "point", "hundred", "dozens", "thousands", "millions", "billions",
         "-to-", "more", "number", *DATA["collectives"], *DATA["fraction_nouns"], *ORDINAL_GROUPS)
# Every phrase holds a match of _HINT; the grammar runs only over these many characters
# before and after one (a phrase that begins further before its telltale part would need
# a run of number words longer than any news writes).
_BEFORE, _AFTER = 160, 120


def _may_hold_a_phrase(folded: str) -> bool:
    return any(k in folded for k in _KEYS) and _HINT.search(folded) is not None


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Merged windows of text[start:end] around _HINT's matches, starting at a word start."""
    folded = fold_case(text[start:end])
    if not any(k in folded for k in _KEYS):
        return []
    out: list[tuple[int, int]] = []
    for h in _HINT.finditer(folded):
        ws, we = max(start, start + h.start() - _BEFORE), min(end, start + h.end() + _AFTER)
        if out and ws <= out[-1][1]:  # the window before reaches here: one window (no word start to seek)
            out[-1] = (out[-1][0], max(out[-1][1], we))
            continue
        while ws > start and ws < start + h.start() and not text[ws - 1].isspace():
            ws += 1  # a word start, never inside a number
        out.append((ws, we))
    return out


def _num(raw: str | None) -> float | None:
    return None if raw is None else parse_number(raw)


def _scale(word: str | None) -> float:
    return float(_SCALE_VALUES[fold_case(word)]) if word else 1.0


def _key(words: str) -> str:
    return " ".join(fold_case(words).replace("-", " ").split())


def _reading(g: dict) -> tuple[float | None, float | None, float | None, bool] | None:
    """(value, low, high, vague) of a match's groups, or None when they are no number."""
    if g["frac"]:
        return FRACTIONS[_key(g["frac"])] * _scale(g["fscale"]), None, None, False
    if g["ahscale"]:
        return 1.5 * _scale(g["ahscale"]), None, None, False
    if g["whole"]:
        whole = _num(g["whole"])
        return (None if whole is None else (whole + 0.5) * _scale(g["hscale"])), None, None, False
    if g["vulgar"]:
        return (float(g["vint"] or 0) + VULGAR[g["vulgar"]]) * _scale(g["vscale"]), None, None, False
    if g["pint"]:
        whole = _num(g["pint"])
        digits = "".join(str(max(0, _DIGIT_WORDS.index(w) - 1)) for w in fold_case(g["pdig"]).split())
        return (None if whole is None else (whole + float("0." + digits)) * _scale(g["pscale"])), None, None, False
    if g["hnum"]:
        n = float(g["hnum"].replace(",", "") + ("." + g["hfrac"] if g["hfrac"] else ""))
        return n * 100 * _scale(g["hhscale"]), None, None, False
    if g["plural"]:
        n = _num(g["plnum"])
        return (None if n is None else n * PLURAL_SCALES[_key(g["plural"])]), None, None, False
    if g["rlo"]:
        (lo, hi), scale = shared_scale(g["rlo"], g["rhi"]), _scale(g["rscale"])
        return (None, lo * scale, hi * scale, False) if lo is not None and hi is not None and lo < hi else None
    if g["more"]:
        return None, float(VAGUE_MORE[_key(g["more"])]), None, True
    if g["numberof"] is not None:
        return None, float(DATA["a_number_of_low"]), None, True
    if g["ogroup"]:
        return float(ORDINAL_GROUPS[_key(g["ogroup"])]), None, None, False
    if g["coll"]:
        if g["cnum"]:
            n = _num(g["cnum"])
            return (None, None, None, False) if n is None else (n, None, None, False)
        return None, float(DATA["collective_low"]), None, True
    return None


def matches(text: str, start: int, end: int):
    """``_pattern().finditer(text, start, end)``, run only in the windows around _HINT's
    matches: over a whole run of sentences the grammar takes 17 ms, and few hold a phrase."""
    for ws, we in _windows(text, start, end) if start < end else []:
        yield from _pattern().finditer(text, ws, we)


def find_phrases(text: str, start: int, end: int) -> list[Phrase]:
    """The phrases of ``text[start:end]``, left to right, non-overlapping."""
    out: list[Phrase] = []
    for m in matches(text, start, end):
        g = m.groupdict()
        qual = g["qual"] or g["cqual"]
        got = None if g["blk"] is not None else _reading(g)
        if g["blk"] is not None or (got is None and g["rlo"]):  # "three quarters of", a score "three-to-two"
            out.append(Phrase(m.start(), m.end(), None, None, None, None, False, block=True))
            continue
        if got is None or got[:3] == (None, None, None):
            continue
        value, low, high, vague = got
        out.append(Phrase(m.start(), m.end(), qual, value, low, high, vague))
    return out


class Overlaps:
    """Whether [start, end) overlaps one of ``phrases`` (the count grammar's reading then
    gives way), asked with starts that never decrease: a cursor, linear over a text."""

    def __init__(self, phrases: list[Phrase]) -> None:
        self.phrases, self.i = phrases, 0

    def __call__(self, start: int, end: int) -> bool:
        ps = self.phrases
        while self.i < len(ps) and ps[self.i].end <= start:
            self.i += 1
        return self.i < len(ps) and ps[self.i].start < end


def with_phrases(text: str, counts: list, joins: list, phrases: list[Phrase], not_after: regex.Pattern):
    """``counts`` (and their ``joins``, see find_counts) with the phrases' counts put in
    place, in text order.  A phrase that is a blocker, or is followed by what makes a
    number no count ("half a million dollars"), adds nothing."""
    from giftextract.quantity.counts import QUALIFIERS, Count  # counts.py imports this module
    from giftextract.quantity.nouns import guess_unit

    pairs = list(zip(counts, joins))
    for p in phrases:
        if p.block or not_after.match(text, p.end):
            continue
        qualifier = QUALIFIERS.get(" ".join(fold_case(p.qual).split()), "exact") if p.qual else "exact"
        if (p.vague or p.high is not None) and qualifier == "exact":
            qualifier = "approximate"
        count = Count(p.start, p.end, text[p.start : p.end], p.value, p.low, p.high, qualifier, guess_unit(text, p.end))
        pairs.append((count, (-1, False)))
    pairs.sort(key=lambda cj: cj[0].start)
    return [c for c, _ in pairs], [j for _, j in pairs]
