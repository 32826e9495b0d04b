"""Layer 3: which words may stand in an open item's phrase (mentions/open_items.py reads them):
a plain or capitalised word, a demonym or a town of make, a trigger used as a noun, a model's
number, the service a thing served with, a maker's ampersand, a Title Case word, a size."""

from __future__ import annotations

import re

from giftextract.lexicon.data import LEXICON
from giftextract.mentions.items import OPEN_ITEMS_TABLE, PLAIN_MODIFIERS, PROVENANCE
from giftextract.mentions.sizes import SIZE_WORDS
from giftextract.text.compiled import compile as compile_re

_DATA = OPEN_ITEMS_TABLE
STOP = frozenset(_DATA["stop"])  # words that end a thing's phrase (open_items.json stop)
PAST_WORDS = frozenset(_DATA["clause_verbs"]["words"])
_PLAIN_COMPOUNDS = frozenset(tuple(w.split()) for w in _DATA["plain_compounds"]["words"])


def plain_first(words: list[str]) -> bool:
    """A name's first word is a plain modifier ("new", "first") that opens no compound with
    the next word ("first aid": open_items.json plain_compounds)."""
    return len(words) > 1 and words[0] in PLAIN_MODIFIERS and (words[0], words[1]) not in _PLAIN_COMPOUNDS


PAST = compile_re(rf"[a-z]+{_DATA['clause_verbs']['ending']}|" + "|".join(map(re.escape, _DATA["clause_verbs"]["words"])))


def content(u) -> bool:
    """A word that can stand in an item's noun phrase: a plain word ("carved", "tea"), a
    capitalised one ("Aurus Senat"), or a demonym used as an adjective ("a Russian-made rifle")."""
    if u.kind == "E":  # ... or a town that names where a thing is made ("a Slutsk sash", "a Damascus sword")
        return "demonym" in u.feats or (getattr(u.ref, "place_kind", None) == "city" and "poss" not in u.feats)
    if u.kind == "V":  # "a dozen MiG-21 fighters": aircraft, a personnel word that reads as military assets
        return u.key == "assets"
    if u.kind == "R":  # "20 fax machines": a class word that points back elsewhere ("the machines") heads one here
        return u.key == "theme" and " " not in u.ref.text and u.ref.text.islower()
    return u.kind == "W" and u.key not in STOP and u.key.replace("-", "").replace("'", "").replace(",", "").replace(".", "").isalnum()


def noun_modifier(units: list, j: int, i: int) -> bool:
    """A trigger word used as a noun inside a phrase: "two C-130J transport planes"."""
    u = units[j]
    return u.kind == "V" and j > i and j + 1 < len(units) and content(units[j + 1]) \
        and "_" not in u.key and not u.key.endswith(("ed", "ing")) and u.end - u.start == len(u.key)


def attributive_state(units: list, j: int, i: int) -> bool:
    """A state's name used as a word of the thing's name, before its noun ("a Croatia shirt",
    "a red-and-white chequered Croatia shirt"): first after the determiner or after words that
    can only describe (hyphened, in -ed), never after a noun ("the vaccines Japan needs")."""
    u = units[j]
    return u.kind == "E" and "state" in u.feats and "poss" not in u.feats and j + 1 < len(units) \
        and units[j + 1].kind == "W" and "cap" not in units[j + 1].feats and content(units[j + 1]) \
        and PAST.fullmatch(units[j + 1].key) is None \
        and all(w.kind == "W" and ("-" in w.key or w.key.endswith("ed")) for w in units[i:j])


def model_number(units: list, j: int, i: int) -> bool:
    """A number after a brand inside a phrase: "two Boeing 737 jets", "a Cessna 208B" (the
    counts layer read it as no count, quantity/count_context.py)."""
    return j > i and units[j].key == "#" and "cap" in units[j - 1].feats


def served_with(units: list, j: int, i: int) -> bool:
    """An organization named after a word of provenance inside a phrase, or right after a
    count of several: the service a thing served with ("two former Royal Navy minehunters",
    "an ex-Indian Navy corvette", "100 British army armoured patrol vehicles")."""
    u, before = units[j], units[j - 1] if j > 0 else None
    if u.kind != "E" or "organization" not in u.feats or before is None:
        return False
    # (after a count, only before a plain word: "1,000 U.N. troops" are the UN's people)
    return (j > i and before.kind == "W" and before.key in PROVENANCE) or (
        j == i and before.kind == "N" and (before.ref.value or 0) >= 2 and j + 1 < len(units) and units[j + 1].kind == "W")


def ampersand(units: list, j: int, i: int) -> bool:
    """An ampersand between two capitalised words of a maker's name: "J&J doses",
    "Johnson & Johnson doses" (the name goes on; the noun after it heads the phrase)."""
    return j > i and units[j].key == "&" and j + 1 < len(units) and "cap" in units[j - 1].feats \
        and "cap" in units[j + 1].feats and content(units[j + 1])


def sized(units: list, j: int, i: int) -> bool:
    """An amount that describes the thing after it, first in its phrase: "a 15-litre beer keg",
    "a 500 kg bell" (one thing of that size; "15 litres of beer" is an amount of a thing)."""
    return j == i and units[j].kind == "A" and j + 1 < len(units) and content(units[j + 1])


def size_figure(units: list, j: int, i: int) -> bool:
    """A figure before its unit of size inside the phrase, a word of the thing after them:
    "three new 500 horsepower boats", "a 250kVA generator" (one each, of that size)."""
    return units[j].kind == "W" and units[j].key == "#" and j + 2 < len(units) and units[j + 1].kind == "W" \
        and units[j + 1].key in SIZE_WORDS and content(units[j + 2])


QUOTES = frozenset(('"', "\u201c", "\u201d"))


def quote_mark(units: list, j: int, i: int) -> bool:
    """A double quote around a word inside the phrase: 'a gold-coloured "kabuto" helmet
    ornament', 'a woollen "ger" tent' (the quoted word is part of the thing's name): an
    opening one after a word of the phrase and before a word, a closing one after a word
    a quote opened and before the rest of the phrase (the phrase never ends on a quote)."""
    if j == i or units[j].kind != "P" or units[j].key not in QUOTES or j + 1 >= len(units) \
            or units[j + 1].kind != "W" or not content(units[j + 1]):
        return False
    opened = sum(1 for u in units[i:j] if u.kind == "P" and u.key in QUOTES) % 2 == 1
    if opened:
        return content(units[j - 1])
    # an opening one: its closing one comes within three words, and a word of the phrase after it
    # (not 'a picture titled "Belarusian" and', 'a tank "we've donated to Ukraine"')
    close = next((k for k in range(j + 2, min(len(units), j + 5)) if units[k].kind == "P" and units[k].key in QUOTES), None)
    if close is None:
        return False
    if close + 1 < len(units) and units[close + 1].kind == "W" and content(units[close + 1]):
        return True
    # ... or a term in lower case that ends the phrase: 'a wooden "hissho shamoji" - a rice
    # scoop' (a title in capitals, 'a painting "Sunflowers"', is no part of the thing's name)
    return all(u.kind == "W" and content(u) and "cap" not in u.feats for u in units[j + 1:close])


def title_cased(units: list, j: int, i: int) -> bool:
    """A small word capitalised inside a name in Title Case: "25 Walk Through Safety
    Inspection Gates", "500 Hand Held Metal Detectors" (the name goes on past it)."""
    return j > i and units[j].kind == "W" and "cap" in units[j].feats and "cap" in units[j - 1].feats \
        and j + 1 < len(units) and "cap" in units[j + 1].feats and content(units[j + 1])


def name_start(units: list, first: int, noun: int, start: int) -> int:
    """Where a thing's name starts in its phrase units[first:noun+1]: after the service it
    served with ("two former Royal Navy minehunters" are minehunters), or after a demonym that
    opens it ("Russian wheat"), else at ``start``."""
    served = max((k + 1 for k in range(first, noun) if served_with(units, k, first)), default=None)
    if served is None and units[first].start == start and units[first].kind == "E" and "demonym" in units[first].feats \
            and units[first + 1].start > units[first].end:  # (not "Indian-built vessel", one word)
        return units[first + 1].start  # "500 tonnes of Russian wheat" is wheat; the demonym says whose
    return units[served].start if served is not None else start


# "two refrigeration units", "two incident response units": a unit after a word of what it does is
# equipment; the same words make it no force (lexicon/data/triggers.json trigger_adjective_uses 'units')
_MACHINE_UNIT = LEXICON["triggers"]["trigger_adjective_uses"].get("units", {})
_MACHINE_BEFORE = frozenset(_MACHINE_UNIT.get("previous", ()))
_MACHINE_TWO_BEFORE = frozenset(_MACHINE_UNIT.get("two_before", ()))


def machine_unit(words: list[str], head_at: int) -> bool:
    """Whether ``words[head_at]`` is a unit of equipment: "unit(s)" after a word of what it does."""
    return words[head_at] in ("unit", "units") and head_at >= 1 and (
        words[head_at - 1] in _MACHINE_BEFORE or (head_at >= 2 and words[head_at - 2] in _MACHINE_TWO_BEFORE))


_CARRIER_SUBJECTS = OPEN_ITEMS_TABLE["carrier_subjects"]
_CARRIER_HEADS = frozenset(_DATA["contents_openers"]["carriers"])
_BEFORE_VERB = frozenset(_CARRIER_SUBJECTS["before_verb"])


def carrier_subject(units: list, end: int, item) -> bool:
    """A carrier named before an active verb of giving carries the things, and is none of them
    (open_items.json carrier_subjects): "A U.S.-chartered aircraft has delivered 30,000 blankets"."""
    if item.mention.species.split()[-1] not in _CARRIER_HEADS:
        return False
    while end < len(units) and units[end].kind == "W" and units[end].key in _BEFORE_VERB:
        end += 1
    return end < len(units) and units[end].kind == "V" and "active" in units[end].feats and "gift_verb" in units[end].feats
