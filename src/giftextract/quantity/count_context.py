"""Layer 3: what around a number says it is no count: a unit of money, mass or time after
it, a month beside it, a year's preposition before it, a repeat in parentheses, or the
brand of a model before it ("two Cessna 208B aircraft", "a Boeing 747").
"""

from __future__ import annotations

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.lexicon.base import hand_country
from giftextract.lexicon.data import LEXICON
from giftextract.quantity.phrases import DATA as _PHRASES

# words glued to a figure by a hyphen that keep it a count: the marks of a unit's strength
# ("a 300-strong force", "a 150-member team"; triggers.json strength_units), doses ("a
# 500,000-dose shipment"), "plus" and "odd" ("40-odd troops")
_GLUED_COUNTS = sorted({*LEXICON["triggers"]["strength_units"]["marks"], "dose", "doses", "plus", "odd"}, key=lambda w: (-len(w), w))
NOT_A_COUNT_AFTER = compile_pattern(
    r"""\s*
    (?: %                                                    # 62%
      | per\s*cent\b | percent\b | pc\b                      # 62 percent
      | (?:st|nd|rd|th)\b                                    # 21st
      | :[0-9]                                               # 10:30
      | (?:years?|months?|weeks?|days?)\s+(?:old|ago)\b      # 12 years old
      | (?:(?:u\.s\.\s+)?dollars?|euros?|pounds?|rubles?|roubles?|yuan|won|yen|rupees?|usd|eur|gbp  # money ("U.S. dollars")
        |(?:metric\s+|short\s+|long\s+)?(?:tons?|tonnes?)|mts?  # mass ("100 MT": metric tonnes)
        |kg|kilograms?|grams?|lbs?|pounds?
        |(?:square|sq|cubic)\s+\w+                           # area, volume: 10 square kilometres
        |litres?|liters?|gallons?|barrels?|hectares?|acres?   # volume, area
        |years?|decades?|centuries                           # durations: 10 years
        |km|kilometers?|kilometres?|miles?|meters?|metres?|feet|foot|inches|cm|mm|ft|knots?|nautical\s+miles?  # length, speed
        |horsepower|hp|kw|kva|kilowatts?|megawatts?|mw         # power: "three 500 horsepower boats" are three
        |m(?=\s+(?:long|wide|high|tall|deep)\b|\s+[\w-]+-class\b)  # "a 115 m Hamilton-class cutter", "74 m long"
        |hours?|minutes?|seconds?(?!-)|am|pm                 # durations, time of day (not "second-hand")
        )\b(?!-and-)                                        # (not "foot-and-mouth": a compound of its own)
      | [ap]\.m\.                                             # 10 a.m.
      | -(?!(?:GLUED)(?![\w-]))[A-Za-z]                        # a compound: "a 40-seat bus", "a 1,000-bed hospital"
    )""".replace("GLUED", "|".join(_GLUED_COUNTS)),
    regex.IGNORECASE | regex.VERBOSE,
)
# "5 Infantry Battalion troops", "45 Commando": a figure before a capitalised unit noun in the
# singular names the unit (number_phrases.json unit_designations); case-sensitive, bounded
_DESIGNATED = _PHRASES["unit_designations"]
UNIT_DESIGNATION_AFTER = compile_pattern(
    r"[ ]{1,2}(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ ]){0,3}(?:%s)(?![\w'’-])(?![ ](?:%s)\b)" % (
        "|".join(sorted(_DESIGNATED["heads"], key=lambda w: (-len(w), w))), "|".join(_DESIGNATED["not_before"])))
MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
# "20 November": a day before a month name (case-sensitive: "May" is the month, "may" the verb).
MONTH_AFTER = compile_pattern(rf"\s*{MONTHS}(?!\w)")
# A four-digit number after these reads as a year whatever follows ("In 2018 troops ...").
YEAR_STRONG_BEFORE = compile_pattern(
    rf"""(?: \b(?:in|since|by|until|till|before|after|from|during|through|early|late|mid|circa)\s+
           | \b(?:in|since|by|until|from)\s+(?:early|late|mid-?)\s*
           | {MONTHS}\s+(?:[0-9]{{1,2}},?\s+)?                 # November 12, 2024
           | [(/-] )$""",
    regex.IGNORECASE | regex.VERBOSE,
)
DATE_BEFORE = compile_pattern(rf"{MONTHS}\s+$")
# "two (2) elephants": digits in parentheses after a count in words, which they repeat
# when their value is the count's (bounded: at most 3 spaces, 15 digits, 4 groups).
PAREN_REPEAT = compile_pattern(r"\s{0,3}\(\s?(?P<d>[0-9]{1,3}(?:,[0-9]{3}){1,4}|[0-9]{1,15})\s?\)")

# "two Cessna 208B Grand Caravan aircraft", "six MiG 29 fighters", "a Boeing 747", "a Mercedes-Benz 450 SLC", "two Metal Shark 28 boats", "a pair of
# Cessna 208B aircraft": a number right after a brand that a count, an article or a pair opens (with up to two adjectives between:
# "two brand-new Cessna 208B") is the model's number, not a count
_MODEL_BEFORE = compile_pattern(
    r"(?<![\w-])(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,3}|several|its|their|new"
    r"|(?:pair|couple|batch|fleet|trio|squadron|flight)\s+of)"  # "a pair of Cessna 208B intelligence aircraft"
    r"(?:\s+(?!(?:and|or|to|of|in|for|from|with|by|at|on|than)\s)[a-z][a-z-]{1,15}){0,2}\s+(?!(?:First|Second|Third|Last|Next|Other|Additional|More|Further|New|Latest)\s)(?P<brand>[A-Z][A-Za-z]{1,15}(?:[- ][A-Z][A-Za-z]{1,15}){0,3})\s+$")  # "a Mercedes-Benz 450 SLC", "two Metal Shark 28 Defiant boats", "one Beechcraft Super King Air 250"


# a model's number: up to four digits, maybe a letter or three ("737", "208B"), never a
# grouped figure or a compound ("the Indian 1,000-member contingent", "a Chinese 500-strong unit")
_MODEL_TOKEN = compile_pattern(r"[0-9]{1,4}[A-Za-z]{0,3}(?![\w,-]|\.[0-9])")


def _names_a_state(words: list[str]) -> bool:
    """Whether some run of the words names a state, place or demonym ("the Sri Lanka Police 10
    jeeps": a recipient, then a count)."""
    return any(hand_country(" ".join(words[a:b])) is not None for a in range(len(words)) for b in range(a + 1, len(words) + 1))


def model_number(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a model's, after its brand (``_MODEL_BEFORE``)."""
    if _MODEL_TOKEN.match(text, start) is None:
        return False
    brand = _MODEL_BEFORE.search(text, max(0, start - 48), start)
    # "the Bahamas 150", "the Chinese 500": a state, place or demonym is no brand
    # ... nor is any run of its words ("gifted the Myanmar Army 15 horses": the recipient, then a count)
    return brand is not None and not _names_a_state(brand.group("brand").replace("-", " ").split()) \
        and not DATE_BEFORE.search(text, max(0, start - 12), start)
