"""Layer 3: open-class items: a noun phrase the lexicon does not know, read as an item
only where a gift construction puts it in the THEME slot.

"Uzbekistan gave Belarus a carved garden house": no lexicon lists garden houses, but the
ditransitive row fixes the theme position.  Over the unit sequence, a count or a
determiner followed by up to six plain words, a plain modifier among them (``data/open_items.json``
decides which words end or cannot head such a phrase) becomes one ``I`` unit marked
``open``; the frames keep it only when a row fills THEME with it.
"""

from __future__ import annotations

import re

from giftextract.lexicon.data import LEXICON
from giftextract.lexicon.species import SpeciesMention
from giftextract.lexicon.triggers import GLUED_GIVING
from giftextract.mentions.items import OPEN_ITEMS_TABLE, PLAIN_MODIFIERS, ItemRef
from giftextract.mentions.sizes import leading_size, only_size
from giftextract.mentions.phrase_words import (  # which words may stand in a thing's phrase
    PAST as _PAST, PAST_WORDS as _PAST_WORDS, STOP as _STOP, ampersand as _ampersand, attributive_state as _attributive_state,
    content as _content, machine_unit as _machine_unit, model_number as _model_number, size_figure as _size_figure, name_start as _name_start, noun_modifier as _noun_modifier, plain_first,
    QUOTES as _QUOTES, quote_mark as _quote_mark, served_with as _served_with, sized as _sized,
    title_cased as _title_cased)
from giftextract.quantity.counts import Count
from giftextract.quantity.nouns import ZERO_PLURALS, singular
from giftextract.text.compiled import compile as compile_re

_DATA = OPEN_ITEMS_TABLE
_DETERMINERS = frozenset(_DATA["determiners"])
_RELATIVE = {k: frozenset(v) for k, v in _DATA["relative_determiners"].items() if not k.startswith("_")}
_MEASURES = frozenset(_DATA["measures"])
_HELD = frozenset(_DATA["lot_openers"]["held"])
_CLASSIFIERS = frozenset(_DATA["classifiers"]["words"])
BARE_THEME_PASSIVES = frozenset(_DATA["bare_theme_passives"]["lemmas"])
_MASS_MEASURES = frozenset(_DATA["mass_measures"])
_MANY_IN_ONE = frozenset(_DATA["many_in_one"]["words"])
_CONTAINERS = frozenset(_DATA.get("containers", {}).get("words", ()))
_NOT_HEADS = frozenset(_DATA["not_heads"])
_NAMED_HEADS = frozenset(_DATA["named_things"]["heads"])
_COLOURS = frozenset(_DATA["colour_heads"]["words"])  # "one black and one silver-grey": no thing
_CURRENCY_HEADS = frozenset(LEXICON["triggers"]["currency_nouns"]["words"]) - frozenset(_DATA["currency_heads"]["except"])  # "135 million rand"
MASS_GOODS = _MASS_GOODS = frozenset(_DATA["mass_goods"]["words"])
_MODIFIED_ONLY = frozenset(_DATA["mass_goods"].get("modified_only", ()))  # "medical equipment", not "equipment"
_NEVER_ALONE = frozenset(_DATA["mass_goods"].get("never_alone", ()))  # "medical aid", never "the aid"
_ING_NOUNS = frozenset(_DATA["ing_nouns"]["words"])
_ED_NOUNS = frozenset(_DATA["ed_nouns"]["words"])
_PARTICIPLE_ENDS = frozenset(_DATA["participle_ends"]["words"])
_ADVERBS = frozenset(_DATA["adverbs"]["words"])
_PLAIN = PLAIN_MODIFIERS
# "China-donated": who gave the thing, no part of its name (triggers.json glued_giving)
GIVEN_BY = compile_re(r"[\w.'-]+-(?:" + GLUED_GIVING + r")$")
_PART_OF = frozenset(_DATA["part_of"]["words"])
_SUPERLATIVES = frozenset(_DATA["part_of"]["superlatives"])
_SYNONYM = {k: v for k, v in _DATA["head_synonyms"].items() if not k.startswith("_")} | _DATA["plural_names"]["words"]
_DESIGNATION = compile_re(_DATA["designations"]["pattern"])


def _designated(units: list, lo: int, hi: int, text: str) -> bool:
    """A unit of units[lo:hi] is a maker's type designation ("C-130H Hercules", open_items.json designations)."""
    return any(_DESIGNATION.fullmatch(text, u.start, u.end) for u in units[lo:hi])


def head_name(word: str) -> str:
    """The name a thing's head noun gives it: the singular ("doses": "dose"), its usual
    synonym ("shots": "dose"), or a plural that names the thing ("supplies", "goods")."""
    one = singular(word)
    return _SYNONYM.get(one, one)
# "a two-year-old", "three yearlings": an age that stands for an animal named before, no thing
_AGE = compile_re(r"(?:[\w]+-)+(?:year|month|week)-olds?|yearlings?")
_MEASURED = compile_re(r"\d[\d,.]*(?:st|nd|rd|th)?-[a-z]")  # "56-metre", "1,079-gross-ton", "19th-century": a size or an age, no part of the name
MAX_WORDS = 6  # "a new Hongqi H9 executive sedan": a modifier, a brand, a model, a kind and the noun
# a maker's possessive inside a thing's name: "doses of Moderna's vaccine" are moderna vaccine
_POSSESSIVE = compile_re(r"(?<=\w)['\u2019]s(?=\s)")
# the vehicles of lexicon/data/triggers.json (transport), and what follows one that carries a gift
_CARRIERS = frozenset(w.split()[-1] for ws in LEXICON["triggers"]["transport"]["vehicles"].values() for w in ws)
_CARRYING = frozenset(("carrying", "bearing", "loaded", "laden", "with", "landed", "arrived", "touched"))
_UNQUOTED = str.maketrans(dict.fromkeys(_QUOTES, ""))
_CONVEYED_IN = frozenset(("in", "aboard", "on", "onboard", "by", "via"))  # "flown to Kabul in a giant cargo jet": the carrier


def _phrase_end(units: list, i: int) -> int:
    """Index after the phrase's last word, from units[i] (a content word), or i if none."""
    j = i
    while j < len(units) and j - i < MAX_WORDS and ((_content(units[j]) and not (j == i and units[j].kind == "R"))
                                                    or _noun_modifier(units, j, i) or _model_number(units, j, i)
                                                    or _attributive_state(units, j, i)
                                                    or _served_with(units, j, i) or _ampersand(units, j, i) or _size_figure(units, j, i)
                                                    or _title_cased(units, j, i) or _sized(units, j, i)
                                                    or _quote_mark(units, j, i)):
        j += 1  # (a class word alone, "four machines", points back: no phrase of its own)
    # "doses of Sinopharm vaccine": a measure takes an of-phrase (capitals allowed there)
    if j > i and units[j - 1].key in _MEASURES and j + 1 < len(units) and units[j].kind == "W" \
            and units[j].key == "of":
        first = j + 2 if j + 2 < len(units) and units[j + 1].kind == "W" and units[j + 1].key == "the" else j + 1
        k = first  # "doses of the AstraZeneca COVID-19 vaccine": "the", then up to four words
        while k < len(units) and k - first < 5 and (units[k].kind == "W" and units[k].key not in _STOP
                                                    and not (k > first and _PAST.fullmatch(units[k].key) and units[k].key not in _ED_NOUNS)
                                                    or units[k].key == "&"  # "Johnson & Johnson vaccine"
                                                    or _maker(units[k], k == first)):  # "of Russia's Sputnik V vaccine"
            k += 1
        if k > first:
            return k
    return j


def _maker(u, first: bool) -> bool:
    """A name inside a measure's of-phrase that names the thing's maker, not a party: a
    possessive first ("doses of Russia's Sputnik V vaccine"), a demonym ("doses of the
    Russian Sputnik V vaccine") or a brand the lexicon reads as an organization."""
    return u.kind == "E" and (("poss" in u.feats and first) or "demonym" in u.feats or ("organization" in u.feats and not first))


def _modified_name(u) -> bool:
    """A name the words before it may modify ("African" in "the southern African nation");
    a state named in full starts a new phrase ("the doses Japan had donated")."""
    return u.kind == "E" and not ("state" in u.feats and "coded" in u.feats
                                  and not {"demonym", "poss"} & set(u.feats))


def _clause_of_its_own(units: list, i: int) -> bool:
    """A person's name that opens a relative clause with no "that" after a thing's phrase: "a
    putter Abe used on the course", "the rifle Putin carried" (a past verb follows the name)."""
    return units[i].kind == "E" and "person" in units[i].feats and "poss" not in units[i].feats \
        and i + 1 < len(units) and units[i + 1].kind in ("W", "V") and _PAST.fullmatch(units[i + 1].key) is not None


def _head_ok(units: list, i: int, end: int, text: str) -> list[str] | None:
    """The words of units[i+1:end] when they make an item's phrase; None when a shorter
    phrase may (the last word is a participle or adverb); [] when no phrase here can."""
    if end < len(units) and (units[end].kind == "I" or (_modified_name(units[end]) and not _clause_of_its_own(units, end))
                             or {"personnel", "gift_noun", "event_noun"} & set(units[end].feats)):
        return None  # "400 police officers", "the southern African nation": the words modify a noun or name
    if units[end - 1].kind == "E":
        return None  # a phrase ends on its noun, never on a demonym
    words = [text[u.start:u.end].lower() if u.kind in ("E", "R", "V", "A") or u.key == "#" else u.key for u in units[i + 1:end]]
    of = words.index("of") if "of" in words else len(words)
    if of == 0:
        return None
    head = words[of - 1]
    # a measure's thing too: "a round of talks" holds no thing (but "rounds of ammunition")
    held = words[-1] if head in _MEASURES and of < len(words) else head
    # ("350 units of electoral kits": a measure's thing is what may be no thing, not the measure)
    if ({held, singular(held)} & _NOT_HEADS and not _machine_unit(words, of - 1)) or head in _CURRENCY_HEADS or head.rpartition("-")[2] in _COLOURS or _AGE.fullmatch(head):
        return []  # "a local breed", "a North Korean dog breed": no item at all
    if head.endswith("ly") or (head.endswith("ed") and head not in _ED_NOUNS) or head in _ADVERBS or head.rpartition("-")[2] in _PARTICIPLE_ENDS and "-" in head or _MEASURED.match(head) or (head.endswith("ing") and head not in _MEASURES and head not in _ING_NOUNS):
        return None  # "a woven panel titled ...": try the phrase without this word
    return words


def _phrase_after(units: list, i: int, text: str) -> tuple[int, list[str]] | None:
    """(end index, words) of the longest item phrase after units[i] whose last word can
    head it: "a decorative woven panel titled ..." backs off from "titled" to "panel"."""
    longest = _phrase_end(units, i + 1)
    if longest > i + 1 and longest < len(units) and units[longest].kind == "V" and "personnel" in units[longest].feats \
            and units[longest].key != "assets" and any("demonym" in u.feats or "state" in u.feats for u in units[i + 1:longest]):
        # "about 150 Italian Air Force personnel": a state's service before its people names
        # no thing ("three refurbished T-27 Tucano trainers" are aircraft)
        return None
    for end in range(longest, i + 1, -1):
        words = _head_ok(units, i, end, text)
        if words is not None:
            return (end, words) if words else None
    return None


def _measured_item(units: list, i: int, text: str):
    """'three tonnes of apples', '$5 million worth of equipment': the thing an amount
    (units[i], kind A) measures, as an open item that carries the amount and no count."""
    amount = units[i].ref
    j = i + 1
    if j < len(units) and units[j].kind == "W" and units[j].key == "worth":
        j += 1
    if not (j + 1 < len(units) and units[j].kind == "W" and units[j].key == "of"):
        return None
    found = _phrase_after(units, j, text)
    if found is None or "of" in found[1] or (len(found[1]) == 1 and found[1][0] in _NEVER_ALONE):  # ("30 tonnes of aid")
        return None
    end, words = found
    noun, start, stop = units[end - 1], units[j + 1].start, units[end - 1].end
    name = " ".join((text[_name_start(units, j + 1, end - 1, start):noun.start] + head_name(noun.key)).lower().split())
    mention = SpeciesMention(start, stop, text[start:stop], name, None, None, "object", None, None, False,
                             singular(noun.key) != noun.key)
    return end, ItemRef(mention, None, None, words[:-1], amount.start, stop, amount=amount, open=True)


# what a count of doses comes in: "a 500,000-dose shipment of Sinovac vaccine"
_DOSE_LOTS = frozenset(_DATA["dose_lots"])
_GLUED_DOSE = compile_re(r"-doses?(?![\w-])", re.IGNORECASE)


def _glued_doses(units: list, i: int, text: str, doses: dict | None):
    """'a 500,000-dose shipment of Sinovac vaccine', 'a three-million-dose consignment': a
    count glued to "dose" counts doses of the thing its of-phrase names (else doses):
    (end index, ItemRef) or None."""
    n, j = units[i], i + 1
    if not _GLUED_DOSE.match(text, n.end):
        return None
    j += j < len(units) and units[j].key == "-"
    if not (j < len(units) and units[j].key in ("dose", "doses", "-dose", "-doses")):
        return None
    j += 1
    if j < len(units) and units[j].key in _DOSE_LOTS:
        j += 1  # "shipment", "consignment", "batch"
    stop, name = units[j - 1].end, "dose"
    if j + 1 < len(units) and units[j].kind == "W" and units[j].key == "of":
        k = first = j + 1 + (j + 2 < len(units) and units[j + 1].key == "the")
        while k < len(units) and k - first < 5 and (units[k].kind == "W" and units[k].key not in _STOP
                                                    or _maker(units[k], k == first)):
            k += 1
        if k > first and units[k - 1].kind == "W":
            stop = units[k - 1].end
            words = text[units[first].start:stop].lower().split()
            words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]  # "of Moderna's vaccine"
            name, j = " ".join(words[:-1] + [singular(words[-1])]), k
    mention = SpeciesMention(n.end, stop, text[n.end:stop], name, None, None, "object", None, None, False, True)
    return j, ItemRef(mention, n.ref, "dose", [], n.start, stop, amount=(doses or {}).get(n.start), open=True)


def _relative_giver(units: list, i: int, end: int) -> bool:
    """units[i:end] ("the jets") stands before a relative clause whose subject is a party
    ("that the United States is giving"), and no preposition makes it a modifier of a thing
    named before ("a vaccine against the coronavirus that Russia donated")."""
    if i > 0 and units[i - 1].kind == "W" and units[i - 1].key in _STOP:
        return False
    k = end + 1 + (end + 1 < len(units) and units[end + 1].key == "the")
    return end < len(units) and units[end].key in _RELATIVE["before"] and k < len(units) and units[k].kind == "E"


def _named_thing(units: list, i: int, end: int, text: str) -> tuple[int, list[str]] | None:
    """(end, words) of "the rescue ship Kojima" without its name, or None: a definite phrase
    whose noun (open_items.json named_things heads) a proper name follows is one thing told
    as new ("handed over the Guardian-class vessel Nafanua III")."""
    for k in range(end, i + 1, -1):
        noun = units[k - 1]
        if k < len(units) and units[k].kind == "W" and "cap" in units[k].feats and noun.kind == "W" \
                and "cap" not in noun.feats and noun.key in _NAMED_HEADS:
            words = _head_ok(units, i, k, text)
            return (k, words) if words else None
    return None


def open_item(units: list, i: int, text: str, doses: dict | None = None, bare: bool = False, listed: bool = False):
    """An open item starting at units[i] (a count unit, a determiner word or an amount):
    (end index, ItemRef) or None.  ``doses``: the dose amounts by start ("1 million doses"),
    which the count of such an item carries as its amount.  ``bare``: units[i] is the comma
    or "and" of a list whose next member has no determiner ("..., berets and wool blankets"):
    a plural phrase with no count."""
    head_unit, opened = units[i], i
    if bare:
        count = None
    elif head_unit.kind == "A":
        return _measured_item(units, i, text)
    elif head_unit.kind == "N":
        count = head_unit.ref
        glued = _glued_doses(units, i, text, doses)
        if glued is not None:
            return glued
    elif head_unit.kind == "W" and head_unit.key in _DETERMINERS:
        count = None
        if head_unit.key in ("a", "an", "one", "another"):
            count = Count(head_unit.start, head_unit.end, text[head_unit.start:head_unit.end], 1.0, None, None, "exact")
    elif head_unit.kind == "W" and head_unit.key in _RELATIVE["words"]:
        count = None  # "the jets that the United States is giving": only before a relative clause
    else:
        return None
    group = None  # the unit of a group's figure a part is told of ("four of 13 jets")
    partitive = False  # "200 of the participants": a part of a group
    if head_unit.kind == "N" and i + 2 < len(units) and units[i + 1].kind == "W" and units[i + 1].key == "more" \
            and not (units[i + 2].kind == "W" and units[i + 2].key == "than"):
        i += 1  # "three more TC-90 aircraft": three of them, the phrase after "more"
    elif head_unit.kind == "N" and (head_unit.ref.value or 0) >= 2 and i + 3 < len(units) and units[i + 1].key == "of" \
            and units[i + 2].key in _PART_OF \
            and not (units[i + 3].key in _SUPERLATIVES or units[i + 3].key.endswith("est")):
        i, partitive = i + 2, True  # "two of the heifers", "19 of its jets": that many, the phrase after the determiner
        if i + 1 < len(units) and units[i + 1].kind == "N":
            i, group = i + 1, i + 1  # "four of the 13 MiG-29 jets": four, the phrase after the group's figure
    elif head_unit.kind == "N" and i + 3 < len(units) and units[i + 1].key == "of" and units[i + 2].kind == "N":
        i, group = i + 2, i + 2  # "the first four of 13 MiG-29 fighter jets": four, the phrase after the group's figure
    if listed and i + 2 < len(units) and units[i + 1].key == "other" and units[i + 2].kind == "W":
        i += 1  # "desert uniforms and other clothing, boots, ...": a member of the list all the same
    elif i + 1 >= len(units) or units[i + 1].kind == "W" and units[i + 1].key in ("more", "less", "fewer", "than", "other"):
        return None
    found = _phrase_after(units, i, text)
    several = head_unit.kind == "N" and (head_unit.ref.value or 0) >= 2
    if (head_unit.key in ("a", "an") or several) and found is not None and found[0] == i + 2 and found[0] + 1 < len(units) \
            and units[found[0]].key == "," and units[found[0] + 1].kind == "W" and units[found[0] + 1].key not in _STOP \
            and (more := _phrase_after(units, found[0], text)) is not None and len(more[1]) >= 2 \
            and (singular(more[1][-1]) != more[1][-1]) == several and (not several or singular(found[1][0]) == found[1][0]):
        i, found = found[0], more  # "a bespoke, handmade fan", "150,000 antibacterial, droplet-proof masks" (not "500 tents, kits")
    named = False  # "the rescue ship Kojima": one thing, told as new by its name
    if found is not None and head_unit.kind == "W" and head_unit.key in _RELATIVE["words"] \
            and not _relative_giver(units, i, found[0]):
        found, named = _named_thing(units, i, found[0], text), True
        count = Count(head_unit.start, head_unit.end, text[head_unit.start:head_unit.end], 1.0, None, None, "exact")
    if found is None or (units[found[0] - 1].kind == "V" and any(u.kind == "E" for u in units[i + 1:found[0]])):
        return None  # ("Four Danish F-16 fighters ... arrived": a state's aircraft, its deployment's sender)
    end, words = _through_and(units, *found, count, text)
    if partitive and end < len(units) and units[end].key in ("are", "were"):
        return None  # "roughly 200 of the participants are U.S. soldiers": what they are is named after
    if words[-1] in _HELD and (count is None or count.value == 1) and end + 1 < len(units) \
            and units[end].kind == "W" and units[end].key == "of" and (
                units[end + 1].kind == "N" or (units[end + 1].kind == "I" and text[units[end + 1].start].isdigit())):
        return None  # "a set of five books", "a lot of 600 motorcycles": those are the things (lot_openers held)
    if words[-1] in _CLASSIFIERS and end + 1 < len(units) and units[end].key == "of" \
            and any(u.kind == "I" for u in units[end + 1:end + 4]) and all(u.kind == "W" for u in units[end + 1:end + 4] if u.kind != "I"):
        return None  # "500 head of cattle", "10 head of Ankole cattle": the cattle are the things, 500 of them (classifiers)
    if words[-1] in _MEASURES and end + 1 < len(units) and units[end].key == "of" and units[end + 1].kind == "I" \
            and "generic" in units[end + 1].feats:
        return None  # "a collection of animals native to Nepal": the animals the list names are the things
    if group is not None and end < len(units) and (units[end].key in ("that", "which") or units[end].kind in ("E", "R")
                                                   or (units[end].kind == "V" and "passive" in units[end].feats)) \
            and any(u.kind == "V" and "gift_verb" in u.feats for u in units[end:end + 6]):
        # "the first three of 24 F-16s that the United States is giving", "one of three SAFE
        # boat interceptors donated by the United States": the gift is the 24, the three
        count = units[group].ref
    if head_unit.kind == "W" and head_unit.key in _RELATIVE["words"] and not named and not _relative_giver(units, i, end):
        return None
    if end < len(units) and text[units[end].start:units[end].end].lower() in ("one", "ones"):
        return None  # "including a pregnant one": the phrase describes a thing named before
    of = words.index("of") if "of" in words else len(words)
    head = words[of - 1]
    # a member of a list of bare things may be a mass noun: "donated sugar, pasta and noodles"
    in_list = listed or (end + 1 < len(units) and ((units[end].kind == "P" and units[end].key == ",")
                                                   or (units[end].kind == "W" and units[end].key == "and"))
                         and units[end + 1].kind == "W" and units[end + 1].key not in _STOP)
    # "Kungrao and Tonsak" are names; "a white horse, led out in harness" a participle
    in_list = in_list and not any("cap" in u.feats for u in units[i + 1:end]) and not (words[0].endswith(("ed", "ing")) and words[0] not in _ING_NOUNS)
    if bare and len(words) == 1 and head in _PAST_WORDS:
        return None  # "a jewellery box, put at $1,150": a past verb, no member of the list
    if bare and ((singular(head) == head and not in_list and head not in _MASS_GOODS and not _designated(units, i + 1, end, text))
                 or (of < len(words) and head not in _MEASURES)
                 or (end < len(units) and units[end].kind == "W" and units[end].key == "of")):
        # a bare member is a plain plural: "berets", "wool blankets", "doses of Sinopharm";
        # "pairs of Komodo dragons": the measure of a known item is no item of its own
        return None
    # the phrase as written, lower case, its head singular: "doses of COVID-19 vaccine" -> "dose of covid-19 vaccine"
    start, stop = units[i + 1].start, units[end - 1].end
    if of < len(words) and ((head in _MASS_MEASURES and head_unit.kind == "W") or head in _CONTAINERS):
        count = None  # "a large quantity of medicines", "260 boxes of mangoes": an amount, no piece counted
    if of < len(words) and head in _MEASURES:
        # "a set of rare volumes", "two bottles of cognac": the thing is what the measure holds
        last, held = units[end - 1], i + of + 2
        held += units[held].key == "the" and held < end - 1  # "doses of the X vaccine": the thing is "x vaccine"
        held += units[held].kind == "E" and "poss" in units[held].feats and held < end - 1  # "of Russia's X vaccine"
        name = _POSSESSIVE.sub("", text[units[held].start:last.start]) + singular(last.key)
        if head in _MANY_IN_ONE and head_unit.key in ("a", "an") and singular(last.key) != last.key:
            count = None  # "a set of radios": one set, its radios not counted (open_items.json many_in_one)
    else:
        noun = units[i + of]
        # "two former Royal Navy minehunters" are minehunters: the service is no part of the name
        name = text[_name_start(units, i + 1, i + of, start):noun.start] + head_name(head) + text[noun.end:stop]
    words_of_name = name.lower().translate(_UNQUOTED).split()  # 'a "kabuto" helmet': the name without its quote marks
    plain = int(plain_first(words_of_name))
    if sized := leading_size(words_of_name[plain:]):
        del words_of_name[:plain + sized]  # "three new 500 horsepower boats": boats, each of that size
    elif only_size(words_of_name[plain:]):
        return None  # "a second 87 ft Protector-class patrol boat": the size of the thing named after it
    while len(words_of_name) > 1 and (plain_first(words_of_name) or _MEASURED.match(words_of_name[0]) or GIVEN_BY.match(words_of_name[0])
                                      or words_of_name[0].endswith(("'s", "\u2019s"))):
        words_of_name.pop(0)  # "a new patrol boat", "a 56-metre patrol boat", "49 of the army's tanks": a patrol boat, tanks
    if words_of_name[-1] in _PLAIN or (words_of_name == [head] and (bare and head in _MODIFIED_ONLY or head in _NEVER_ALONE)):
        return None  # "a new 39.5-metre patrol boat": "new" alone names nothing; nor bare "equipment", nor "the Russian aid"
    name = " ".join(words_of_name)
    if singular(head) in _CARRIERS and (end < len(units) and (units[end].key in _CARRYING or "arrive_verb" in units[end].feats)
                                        or opened > 0 and units[opened - 1].key in _CONVEYED_IN or _carrier_of(units, end)):
        return None  # "a Chinese cargo plane carrying 600,000 doses landed": the plane carries the gift
    mention = SpeciesMention(start, stop, text[start:stop], name, None, None, "object", None, None, False,
                             singular(head) != head)
    first = head_unit.start if count is not None else start
    # "1 million doses of vaccine": a count of doses, and an amount of dimension dose
    dose = (doses or {}).get(head_unit.start) if head == "doses" and head_unit.kind == "N" else None
    return end, ItemRef(mention, count, "dose" if dose else None, words[:of - 1], first, stop, amount=dose, open=True)


def _carrier_of(units: list, end: int) -> bool:
    """A carrier's phrase ending at units[end] is the subject of a verb of giving or sending
    ("A Russian plane brought tents to Laos") or names its owner after "of" ("a special
    aircraft of the Russian Emergencies Ministry"): how a gift travelled, no thing given."""
    if end >= len(units):
        return False
    u = units[end]
    if u.kind == "V" and "active" in u.feats and ({"gift_verb", "deploy_verb"} & set(u.feats)):
        return not any(w.kind == "W" and w.key == "by" for w in units[end + 1:end + 3])  # "a boat handed over by the US" is given
    k = end + 1 + (end + 1 < len(units) and units[end + 1].key == "the")
    return u.kind == "W" and u.key == "of" and k < len(units) and units[k].kind == "E" and "party" in units[k].feats


def _through_and(units: list, end: int, words: list[str], count, text: str) -> tuple[int, list[str]]:
    """"Nineteen fire and rescue vehicles": a count of several before a word in the singular
    and "and" counts the plural after the conjunction, and the words joined name one kind of
    thing (a noun such as "aircraft", the same in the plural, stops here)."""
    head = words[-1]
    if count is None or (count.value or 0) < 2 or "of" in words or singular(head) != head or head in ZERO_PLURALS \
            or end + 1 >= len(units) or units[end].kind != "W" or units[end].key not in ("and", "or"):
        return end, words
    more = _phrase_after(units, end, text)  # the conjunction stands where a determiner would
    if more is None or "of" in more[1] or singular(more[1][-1]) == more[1][-1]:
        return end, words
    return more[0], [*words, units[end].key, *more[1]]
