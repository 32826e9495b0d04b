"""English labels for reconciled values: "an African lion", "two giant pandas", "two dozen horses".

A label is for display only; programs read the structured value beside it. Casing comes from
the sources: the lexicon's names are lowercase, so a word is capitalised when a source writes it
so inside a phrase ("an African lion"), never merely because it opened a sentence.
Number words come from num2words (one to nine, as news style has it; 10 and up in figures).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from typing import Optional

from giftextract.lexicon.base import LEXICON
from giftextract.lexicon.data import plural
from giftextract.lexicon.species import species_info
from giftextract.models import DateValue, GiftItemValue, PartyValue, QuantityValue, TransportValue
from giftextract.text.compiled import compile as compile_re

_DATA = json.loads(resources.files("giftextract.reconcile").joinpath("data", "english.json").read_text("utf-8"))
_QUALIFIER_WORDS: dict[str, str] = _DATA["qualifiers"]
_MONTHS: list[str] = _DATA["months"]
_A_BEFORE = tuple(_DATA["article"]["a_before"])
_AN_BEFORE = tuple(_DATA["article"]["an_before"])
_DOZEN = compile_re(r"\bdozens?\b", re.IGNORECASE)
WORDS_UP_TO = 9


def format_number(value: float) -> str:
    """10000.0 -> '10,000'; 2.5 -> '2.5'."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,g}"


@lru_cache(maxsize=64)
def _num2words(n: int) -> str:
    from num2words import num2words  # imported on first label: reconciliation only

    return str(num2words(n))


def number(value: float) -> str:
    """2 -> 'two', 12 -> '12', 10000 -> '10,000', 1000000 -> '1 million', 2500000 -> '2.5 million'."""
    if float(value).is_integer() and 0 < value <= WORDS_UP_TO:
        return _num2words(int(value))
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if value >= scale and (value / scale * 10).is_integer():  # whole tenths of the scale
            return f"{value / scale:g} {word}"
    return format_number(value)


def article(phrase: str) -> str:
    """'an African lion', 'a unicorn', 'an hour-old foal': the indefinite article by sound, from data."""
    word = phrase.lower()
    if word.startswith(_AN_BEFORE):
        return f"an {phrase}"
    if word.startswith(_A_BEFORE) or not word[:1] in "aeiou":
        return f"a {phrase}"
    return f"an {phrase}"


def country_name(code: str) -> str:
    """'RU' -> 'Russia'; a code the lexicon does not know stays as it is."""
    names = LEXICON["states"].get(code, {}).get("names", [])
    return names[0] if names else code


# --- casing and nouns ----------------------------------------------------------------------

def cased(name: str, written: Iterable[str]) -> str:
    """'african lion' with a source 'an African lion' -> 'African lion'.

    A word takes a source's capitals only where it does not start that source's text, so
    "Giant pandas arrived" never capitalises "giant".
    """
    texts = list(written)
    words = []
    for word in name.split(" "):
        shown = word
        pattern = re.compile(r"(?<![\w-])" + re.escape(word), re.IGNORECASE)
        for text in texts:
            hit = next((m for m in pattern.finditer(text) if m.start() > 0 and m.group()[0].isupper()
                        and not m.group().isupper()), None)
            if hit is not None:
                shown = hit.group()
                break
        words.append(shown)
    return " ".join(words)


def noun_plural(species: str) -> str:
    """The lexicon's own plural where it gives one ('oryx'), else the English rule on the last word."""
    given = species_info(species).get("plural")
    return str(given) if given else plural(species)


def _recase(plural_form: str, singular_shown: str) -> str:
    # Carry the display casing of a name onto its plural: 'African lion' -> 'African lions'.
    head, _, _ = singular_shown.rpartition(" ")
    last = plural_form.rpartition(" ")[2]
    return f"{head} {last}" if head else last


def _dozens(q: QuantityValue, written: Sequence[str]) -> Optional[str]:
    """'two dozen' when a source counted in dozens and the figure is a whole number of them."""
    if q.value is None or q.qualifier != "exact" or q.value % 12 or not any(_DOZEN.search(t) for t in written):
        return None
    dozens = int(q.value // 12)
    return "a dozen" if dozens == 1 else f"{number(dozens)} dozen"


def figure(q: QuantityValue, written: Sequence[str] = ()) -> str:
    """The count without its noun: 'more than 70', 'two dozen', 'between 5,000 and 7,000', 'dozens of'."""
    hedge = _QUALIFIER_WORDS[q.qualifier]
    if q.value is None:
        if q.low is not None and q.high is not None:
            return f"between {format_number(q.low)} and {format_number(q.high)}"
        bound = q.low if q.low is not None else q.high
        return f"{hedge}{number(bound)}".strip() if bound is not None else "some"
    if q.low is not None and q.high is not None and q.low != q.high:
        return f"{hedge}{format_number(q.low)} to {format_number(q.high)}"
    return f"{hedge}{_dozens(q, written) or number(q.value)}"


def counted(q: Optional[QuantityValue], singular: str, plural_form: str, written: Sequence[str] = ()) -> str:
    """'an African lion', 'two giant pandas', 'more than 70 animals', 'eagles' (no count)."""
    if q is None:
        return plural_form
    if q.value == 1 and q.qualifier == "exact" and q.low is None:
        return article(singular)
    return f"{figure(q, written)} {plural_form}"


# --- one label per value type ----------------------------------------------------------------

def quantity_label(q: QuantityValue, written: Sequence[str] = ()) -> str:
    if not q.unit:
        return figure(q, written)
    return counted(q, q.unit, noun_plural(q.unit), written)


def item_label(item: GiftItemValue, written: Sequence[str] = ()) -> str:
    """'an African lion', 'two giant pandas'; a measured item by its amount: '150 tonnes of rice'."""
    shown = cased(item.species, written)
    if item.amount is not None and item.count is None:
        return f"{amount_label(item.amount, written)} of {shown}"
    if item.count is not None and item.count.unit and item.count.unit not in (item.species, shown) \
            and item.amount is not None:
        # "1 million doses of vaccine": counted in the unit its amount is measured by
        return f"{counted(item.count, item.count.unit, noun_plural(item.count.unit), written)} of {shown}"
    sex = f"{item.sex} " if item.sex else ""
    return counted(item.count, f"{sex}{shown}", f"{sex}{_recase(noun_plural(item.species), shown)}", written)


def amount_label(q: QuantityValue, written: Sequence[str] = ()) -> str:
    """'150 tonnes', 'more than 2 tonnes', '5 million dollars'."""
    unit = q.unit or ""
    return f"{figure(q, written)} {noun_plural(unit) if q.value != 1 else unit}".strip()


def party_label(party: PartyValue) -> str:
    return party.name


def date_label(date: DateValue) -> str:
    """'2024-04' -> 'April 2024'; '2024-11-20' -> '20 November 2024'; unresolved: as written."""
    value = date.value
    if not value:
        return date.text.strip(" .,")
    parts = value.split("-")
    if len(parts) >= 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        month = _MONTHS[int(parts[1]) - 1]
        day = f"{int(parts[2])} " if len(parts) > 2 and parts[2].isdigit() else ""
        return f"{day}{month} {parts[0]}"
    return value


def transport_label(t: TransportValue) -> str:
    """'by air (government plane)', 'by sea', 'government plane'."""
    by = f"by {t.mode}" if t.mode else ""
    if by and t.vehicle:
        return f"{by} ({t.vehicle})"
    return by or t.vehicle or "unspecified"
