"""Layer 3: numbers as written in English news, digits and words, to a float.

``parse_number("two dozen")`` is not here: multipliers and qualifiers are the job of
:mod:`giftextract.quantity.counts`.  This module turns one number phrase into a value:
"10,000", "10 000", "1.5 million", "2.5m", "12k", "forty-two", "one hundred and twenty",
"a thousand".  Anything else returns ``None``; it never raises on a ``str``.
"""

from __future__ import annotations

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.text.fold import fold_case

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
          "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7}  # Indian English: "20 lakh" is 2,000,000
SUFFIX_SCALES = {"k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9}

# Alternation of every number word, longest first so "seventeen" beats "seven".
_WORDS = sorted([*UNITS, *TENS, "hundred", *SCALES], key=len, reverse=True)
NUMBER_WORD = "(?:" + "|".join(_WORDS) + ")"

# a figure of three or more, as news counts a group of states: "15", "fifteen", "a dozen", "dozens of"
THREE_OR_MORE = ("(?:[3-9]|[1-9][0-9]{1,2}|" + "|".join(sorted((w for w, v in {**UNITS, **TENS}.items() if v >= 3), key=len, reverse=True))
                 + r"|a\s+dozen|dozens\s+of)(?![\w,.-])")


def counted_group(heads, kinds=()) -> str:
    """The source of "15 countries", "some 19 African nations", "three other states": a figure of
    three or more, then "other", a word of ``kinds`` and one of ``heads`` (sorted: the same in
    every process)."""
    order = lambda ws: "|".join(sorted(ws, key=lambda w: (-len(w), w)))  # noqa: E731
    return (THREE_OR_MORE + r"\s+(?:other\s+)?" + (r"(?:(?:" + order(kinds) + r")\s+)?" if kinds else "")
            + r"(?:" + order(heads) + r")\b")


_SCALE_ALT = "thousand|million|billion|trillion"

# A run of number words: "forty-two", "one hundred and twenty", "a thousand",
# "one million, two hundred thousand".  "and" and a comma only ever follow "hundred" or
# a scale word in English numbers, so "two and three" or "two, three" are not one number;
# a unit or a teen is followed only by "hundred" or a scale word, and a unit only after a
# ten ("forty-two"), so "six one-humped camels" and "two three-year-old horses" are two
# numbers (six, two), not one.
_UNIT_ALT = "|".join(sorted((w for w in UNITS if UNITS[w] < 10 and w != "zero"), key=len, reverse=True))
_TENS_ALT = "|".join(TENS)
_SCALE_WORDS = "hundred|" + "|".join(sorted(SCALES, key=len, reverse=True))
WORD_NUMBER = rf"""
    (?: (?:a|an) \s+ (?=(?:hundred|{_SCALE_ALT})\b) )?            # "a hundred", "a thousand"
    {NUMBER_WORD} (?!\w)                                           # first number word
    (?>                                                            # atomic: a run never backtracks (linear time)
      (?:
          (?<=\b(?:{_TENS_ALT})) (?:\s*-\s*(?:{_UNIT_ALT})         # "forty-two", "forty two" ...
                                   | \s+(?:{_UNIT_ALT})(?!-[A-Za-z]))  # (not "fifty four-wheel-drive vehicles": fifty)
        | (?:\s*-\s*|\s+) (?:{_SCALE_WORDS})                       # "two hundred", "six thousand"
        | (?<=hundred|{_SCALE_ALT}) (?: ,? \s+ and \s+              # "hundred and one", "thousand, and one"
                                    | , \s+                        # "one million, two hundred"
                                    | \s+ ) {NUMBER_WORD}          # "two thousand five hundred"
      ) (?!\w)
    )*
    (?!-\s*(?:{NUMBER_WORD}|\w*(?:th|first|second|third))\b)       # not inside "forty-two", "twenty-first"
"""

# Digits with optional thousands groups (comma, space, thin space already normalised),
# a decimal part, and a scale word or suffix.  ASCII digits only: other scripts' digits
# are not English news numbers.
# 3,00,000: Indian English groups lakhs and crores by two after the last three digits, tried
# from a run's start only, each group of two taken for good (linear time on long runs)
INDIAN_GROUPS = r"(?<![0-9],)[0-9]{1,2}(?:,[0-9]{2}(?=,))++,[0-9]{3}(?![0-9])"
DIGIT_NUMBER = r"""
    (?> INDIAN                                            # 3,00,000
      | [0-9]{1,3} (?: , [0-9]{3} )+ (?![0-9])           # 10,000 (atomic: linear time on long runs)
      | [0-9]{1,3} (?: [ ] [0-9]{3} )+ (?![0-9]|,[0-9])  # 10 000 (space groups, after normalisation)
      | [0-9]+ )                                         # 3000
    (?: \. [0-9]+ )?                                     # 1.5
    (?: (?:\s*|-) (?:thousand|million|billion|trillion|lakhs?|crores?)\b   # 1.5 million, 20 lakh, 40-thousand
      | (?:k|m|mn|bn|b)\b )?                             # 2.5m, 12k, 3bn
""".replace("INDIAN", INDIAN_GROUPS)

_DIGIT_RE = compile_pattern(
    r"""
    (?P<int> INDIAN                                 # Indian groups: 3,00,000
           | [0-9]{1,3} (?: , [0-9]{3} )+           # comma groups
           | [0-9]{1,3} (?: [ ] [0-9]{3} )+         # space groups
           | [0-9]+ )                               # no grouping
    (?: \. (?P<frac> [0-9]+ ) )?                    # decimal part
    (?: \s* | -(?=thousand|million|billion|trillion|lakh|crore) )   # "40-thousand": a hyphen before a scale word
    (?P<scale> thousand|million|billion|trillion|lakhs?|crores?|k|m|mn|bn|b )?   # scale word or suffix
    $
    """.replace("INDIAN", INDIAN_GROUPS),
    regex.VERBOSE,
)
# Tokens of a word number: words, and commas kept as their own token.
_WORD_TOKEN = compile_pattern(r"[^\s,-]+|,")


def _parse_digits(text: str) -> float | None:
    m = _DIGIT_RE.match(text)
    if not m:
        return None
    digits = m.group("int").replace(",", "").replace(" ", "")
    value = float(digits + ("." + m.group("frac") if m.group("frac") else ""))
    scale = m.group("scale") or ""
    value *= SCALES.get(scale) or SUFFIX_SCALES.get(scale) or 1
    return value


def _parse_words(tokens: list[str]) -> float | None:
    """Classic accumulator: 'one hundred twenty three thousand four' -> 123004.

    Rejects sequences that are not one number ("two three", "twenty thirty",
    "one thousand two million", "two, three").  "and" and commas are accepted only
    after "hundred" or a scale word and before another number word.
    """
    if not tokens or tokens[0] == "hundred" or tokens[0] in SCALES:
        return None  # "billion" alone (as in "$588 billion") is not a count
    total = 0
    current = 0
    last: str | None = None  # kind of the previous token: unit, teen, tens, hundred, scale
    last_scale = None  # the smallest scale used so far: scales must decrease
    for i, tok in enumerate(tokens):
        if tok in ("a", "an"):
            if i != 0 or len(tokens) == 1 or tokens[1] not in ("hundred", *SCALES):
                return None
            current, last = 1, "unit"
            continue
        if tok in ("and", ","):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if last not in ("hundred", "scale") or nxt is None or nxt == ",":
                return None
            if tok == "," and last != "scale":
                return None
            if nxt == "and" and tok == ",":
                continue
            if nxt not in UNITS and nxt not in TENS:
                return None
            continue
        if tok in UNITS:
            v = UNITS[tok]
            kind = "unit" if v < 10 else "teen"
            if last in ("unit", "teen") or (last == "tens" and kind == "teen"):
                return None
            current += v
            last = kind
        elif tok in TENS:
            if last in ("unit", "teen", "tens"):
                return None
            current += TENS[tok]
            last = "tens"
        elif tok == "hundred":
            if last in ("hundred", "scale") or current >= 100:
                return None
            current = (current or 1) * 100
            last = "hundred"
        elif tok in SCALES:
            scale = SCALES[tok]
            if last == "scale" or (last_scale is not None and scale >= last_scale):
                return None
            total += (current or 1) * scale
            current = 0
            last, last_scale = "scale", scale
        else:
            return None
    return float(total + current)


def parse_number(text: str) -> float | None:
    """Value of one number phrase, digits or words; ``None`` when it is not one number.

    >>> parse_number("forty-two"), parse_number("10,000"), parse_number("1.5 million")
    (42.0, 10000.0, 1500000.0)
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_number() takes a str, not {type(text).__name__}")
    # fold_case, not lower(): the grammar matches case-insensitively, and "ſeven" or "fİve"
    # are what the engine took for "seven" and "five"
    s = fold_case(text.strip())
    if not s:
        return None
    if s[0] in "0123456789":
        if s.isdigit() and s.isascii():
            return float(s)  # "40", the common case: what _parse_digits returns, without the regex
        return _parse_digits(s)
    return _parse_words(_WORD_TOKEN.findall(s))


# A trailing scale: "three thousand", "3 million", "3m".
_TRAILING_SCALE = compile_pattern(r"(?P<bare>.*?)\s*(?P<scale>hundred|thousand|million|billion|trillion|lakhs?|crores?|k|mn|m|bn|b)$")


def shared_scale(low: str, high: str) -> tuple[float | None, float | None]:
    """The values of a range's two ends, the scale of the second shared by a first that has
    none and is smaller than the second's number: "two" and "three thousand" are 2,000 and
    3,000; "900" and "1.2 million" stay 900 and 1,200,000."""
    lo, hi = parse_number(low), parse_number(high)
    m = _TRAILING_SCALE.fullmatch(fold_case(high.strip()))
    if lo is None or hi is None or not m or _TRAILING_SCALE.fullmatch(fold_case(low.strip())):
        return lo, hi
    bare = parse_number(m.group("bare")) if m.group("bare") else None
    if not bare or lo >= bare:
        return lo, hi
    return lo * (hi / bare), hi


def as_number(value: float | None) -> float | int | None:
    """Integral floats as ints, for readable output."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value
