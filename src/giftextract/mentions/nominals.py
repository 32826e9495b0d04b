"""Layer 3: referring nominals ("his guest", "the zoo", "the kingdom") and pronouns.

The phrases are data (``data/nominals.json``), compiled once into one lower-case trie run
over the case-folded text; the coreference sieves decide what each one stands for.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from giftextract.lexicon.base import DEMONYMS, hand_country
from giftextract.lexicon.data import LEXICON
from giftextract.lexicon.gazetteer import city_country
from giftextract.lexicon.trie import trie_alternation
from giftextract.mentions.open_items_table import OPEN_ITEMS_TABLE
from giftextract.quantity.numbers import UNITS
from giftextract.text.compiled import compile as compile_re
from giftextract.text.fold import fold_case
from giftextract.text.fold import fold_marks


@dataclass(frozen=True, slots=True)
class Nominal:
    start: int
    end: int
    text: str
    type: str  # pronoun | relational | title | facility | state | theme
    feats: tuple[str, ...]
    count: int | None = None  # "a pair", "the trio": how many a theme phrase stands for


def _load() -> dict:
    raw = json.loads(fold_marks(resources.files("giftextract.mentions").joinpath("data", "nominals.json").read_text("utf-8")))
    return _with_portfolio_institutions(_with_region_states(raw))


def _with_portfolio_institutions(raw: dict) -> dict:
    """Compose '<head> of <portfolio>' institution nominals ('the ministry of police') from
    the table's heads and portfolios, each with its head's row."""
    table = raw.get("portfolio_institutions", {})
    for head in table.get("heads", ()):
        for portfolio in table.get("portfolios", ()):
            raw["phrases"].setdefault(f"{head} of {portfolio}", raw["phrases"][head])
    return raw


def _with_region_states(raw: dict) -> dict:
    """Compose 'the <region> <head>' state nominals ('the Himalayan country', 'the Baltic
    state') from the table's regions and heads; each stands for a state of its region
    (the region joins state_kinds, which the state-nominal sieve reads). A phrase the
    table lists itself keeps its own row."""
    regions = {k: v for k, v in raw.get("state_regions", {}).items() if not k.startswith("_")}
    for region, states in regions.items():
        raw["state_kinds"].setdefault(region, states)
        for head in raw.get("state_heads", ()):
            raw["phrases"].setdefault(f"the {region} {head}", {"type": "state", "feats": ["state", "sg", region]})
    return raw


NOMINALS: dict = _load()
_PHRASES: dict[str, dict] = NOMINALS["phrases"]
# "the president of France", "a pair of falcons": an of-phrase makes it another construction
_NEXT_WORD = compile_re(r"\s+([a-z]+)")
_PATTERN = compile_re(r"(?<![\w'-])" + trie_alternation(list(_PHRASES)) + r"(?![\w-])(?!\s+of\s)")
# "a five-year-old pair", "the young pair": a theme phrase with modifiers between its words
_THEME_HEADS = {k.split()[1] for k, row in _PHRASES.items() if row["type"] == "theme" and len(k.split()) == 2}
# a bare title ("the shah", "the emir"): its person may be named sentences before (the title sieve)
TITLE_CUE = compile_re(r"(?<![\w'-])" + trie_alternation([k for k, row in _PHRASES.items() if row["type"] == "title"])
                       + r"(?![\w-])", re.IGNORECASE)
# the phrases that point back to a thing given ("the vehicles", "the animals")
THEME_PHRASES = tuple(sorted(k for k, row in _PHRASES.items() if row["type"] == "theme"))
_MODIFIED = compile_re(
    r"(?<![\w'-])(?P<det>the|a|an)\s+(?P<mods>(?:(?:" + trie_alternation(NOMINALS["theme_modifiers"]["words"])
    + r"|[a-z0-9]+-(?:year|month|week)-old)\s+){1,2})(?P<head>" + trie_alternation(list(_THEME_HEADS))
    + r")(?![\w-])(?!\s+of\s)")


# "a bus went with them", "along with them came 40 computers": things that went with the open
# gift (nominals.json accompaniment)
_WITH = NOMINALS["accompaniment"]
_WITH_VERBS, _WITH_OBJECTS = trie_alternation(_WITH["verbs"]), trie_alternation(_WITH["objects"])
ACCOMPANIED = (rf"\b(?:{_WITH_VERBS})\s+(?:along\s+)?with\s+(?:{_WITH_OBJECTS})\b"
               rf"|\b(?:along\s+)?with\s+(?:{_WITH_OBJECTS})\s*,?\s+(?:{_WITH_VERBS})\b")


# "the four cubs, two females and two males": a definite theme phrase with its number
_SMALL = {w: n for w, n in UNITS.items() if 2 <= n <= 12}
SMALL_NUMBER = trie_alternation(list(_SMALL)) + r"|[2-9]|1[0-2]"  # two to twelve, in words or digits


# "the Japanese zoo", "a Russian zoo": a facility told by its
# state's demonym (nominals.json demonym_facilities): the facility sieve takes that state's
# zoo named before, or else the phrase stands for a facility of that state
# ... and several such, as the agent of a passive: "donated by three American zoos" (elsewhere,
# "two American zoos with pandas" are no party)
_DEMONYM_FACILITY = compile_re(r"(?<![\w'-])(?:(?P<det>[Tt]he|[Aa]n?)|(?<=\bby\s)(?P<many>several|(?:" + SMALL_NUMBER + r")))\s+"
                               r"(?P<demo>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+"
                               r"(?P<head>"
                               + trie_alternation(NOMINALS.get("demonym_facilities", {}).get("heads", ["(?!)"]))
                               + r")(?P<plural>s)?(?![\w-])")
_COUNTED = compile_re(
    r"(?<![\w'-])the\s+(?P<num>" + SMALL_NUMBER + r")\s+"
    r"(?P<mods>(?:(?:" + trie_alternation(NOMINALS["theme_modifiers"]["words"]) + r")\s+){0,2})(?P<head>"
    + trie_alternation(list(_THEME_HEADS)) + r")(?![\w-])(?!\s+of\s)")


# "Seven of them were a gift to Georgia": that many of the things named last (nominals.json partitives)
_PARTITIVE = compile_re(r"(?<![\w'-])(?P<num>" + SMALL_NUMBER + r")\s+of\s+(?:" + trie_alternation(NOMINALS["partitives"]["words"])
                        + r")(?![\w'-])")


# "the consignment", "the Vietnamese shipment", "the four-tonne shipment": a definite phrase
# naming what was given (nominals.json open_gift_references); a demonym stays capitalised
# under IGNORECASE ((?-i:...), module regex)
_REF = NOMINALS["open_gift_references"]
_REF_MODIFIER = (trie_alternation(_REF["modifiers"]) + r"|(?-i:" + trie_alternation(sorted(DEMONYMS))
                 + r")|(?:\d+|[a-z]+)-(?:" + trie_alternation(_REF["weights"]) + r")|" + SMALL_NUMBER
                 + r"|[a-z]+-[a-z]+ed"  # a compound participle: "the four-legged consignment", "the long-awaited batch"
                 + r"|[a-z]+-\d+")  # a name with its number: "the Covid-19 related items"
OPEN_GIFT_REFERENCE = (r"\b(?:" + trie_alternation(_REF["determiners"]) + r")\s+(?:(?:" + _REF_MODIFIER + r")\s+){0,"
                       + str(_REF["max_modifiers"]) + r"}(?:" + trie_alternation(_REF["heads"] + _REF["carriers"]) + r")\b(?!\s+(?:"
                       + trie_alternation(_REF["not_before"]) + r")\b)")
# any gift noun as a clause's definite subject, told what it was: "The present was a pair of
# elephants", "The donation, handed over on January 13, 2026, included"; a sum may say what it
# was worth: "The US$710.000 donation includes", "the 10-million-euro gift was"
_WORTH = r"(?:[A-Z]{1,3})?[$\u20ac\u00a3\u00a5][\d.,]+(?:\s*(?:million|billion|m|bn))?|[\d.,]+(?:-[a-z]+)+"
GIFT_NOUN_SUBJECT = (r"\b(?:the|this|these|those|that)\s+(?:(?:[a-z-]+|" + _WORTH + r")\s+){0,2}?(?:"
                     + "|".join(w for w in LEXICON["triggers"]["gift_nouns"] if " " not in w)
                     + r")(?:,[^.;]{1,100}?,)?\s+(?:also\s+|further\s+)?(?:was|were|is|are|consist\w*|include\w*|compris\w*)\b")
# "a second consignment followed": a later lot of the gift told last (not "a second batch of
# weapons": a lot of its own)
LATER_LOT = (r"\b(?:" + trie_alternation(_REF["later_lots"]["determiners"]) + r")\s+(?:"
             + trie_alternation(_REF["later_lots"]["heads"]) + r")\b(?!\s+of\b)")
# the lots a theme may be named from (open_items.json lot_openers: "the first batch of 500,000
# doses"): named alone, they hold what their clause lists
_HOLDERS = frozenset(OPEN_ITEMS_TABLE["lot_openers"]["lots"])


_CARRIERS = frozenset(_REF["carriers"])


def carries_itself(phrase: str, given: frozenset) -> bool:
    """A carrier phrase ("the plane") where it cannot point back to the open gift: no gift
    was told yet, or the thing given is of its kind ("gave Nepal a plane ... the aircraft")."""
    head = phrase.split()[-1].lower()
    return head in _CARRIERS and (not given or head in given or head.rstrip("s") in given or f"{head}s" in given)


def names_a_holder(phrase: str) -> bool:
    """A phrase pointing back to a lot of goods, whose clause lists what it held ("the
    four-tonne shipment held 20,000 masks"): the list is the open gift's, with no trigger."""
    return phrase.split()[-1].lower() in _HOLDERS


# "Health Minister Dr Irving McIntyre": a titled name of no known country (nominals.json titled_names)
_TITLED = NOMINALS["titled_names"]
_TITLES = trie_alternation(LEXICON["triggers"]["titles"])
_HONORIFIC = r"(?:(?:" + trie_alternation(_TITLED["honorifics"]) + r")\s+)?"  # "Health Minister Dr Irving McIntyre"
_TITLED_NAME = compile_re(
    r"(?<![\w'-])(?:(?:[A-Z][a-z]+\s+(?:and\s+)?){0,3}(?:" + _TITLES + r")\s+" + _HONORIFIC
    + r"|(?:" + trie_alternation(_TITLED.get("alone", ["(?!)"])) + r")\s+" + _HONORIFIC + r")"  # "Mr. Abdi Farah Shirdon", "H.E. Mr. Li Wei"
    r"(?P<name>(?!(?:" + _TITLES + r")\b)[A-Z][\w'-]+(?:(?:\s+|-)(?:(?:"
    + trie_alternation(LEXICON["triggers"]["name_spellings"]["particles"]) + r")(?:\s+|-))?[A-Z][\w'-]+){0,"
    + str(_TITLED["max_name_words"] - 1) + r"})(?![\w'-])(?![ \t]+\d)")  # "Ahmed al-Asiri", "Khalid bin Ahmed"; "King Air 250": a model


def titled_name_matches(text: str, start: int, end: int) -> Iterator[re.Match]:
    """The titled names of ``text[start:end]`` as matches: the name is group "name", the
    title (with any capitalised words before it) what comes before it."""
    return _TITLED_NAME.finditer(text, start, end)


def titled_names(text: str, start: int, end: int) -> list[Nominal]:
    """"Interior Minister Marco Antonio Villeda": a person told by title and name, for the
    slots of a construction; the units keep the entity where one covers the name."""
    return [Nominal(m.start(), m.end(), m.group(), "titled", ("person", "sg")) for m in titled_name_matches(text, start, end)]


# "... has said it sent": a pronoun that opens what its speaker said (nominals.json speech_verbs)
_AFTER_SPEECH = compile_re(r"(?<![\w'-])(?:" + trie_alternation(sorted(set(LEXICON["triggers"]["report_verbs"])
                                                                     | set(NOMINALS["speech_verbs"]["words"])))
                           + r")(?:\s+(?:on\s+)?(?:" + trie_alternation(sorted(NOMINALS["speech_verbs"].get("when", ["(?!)"])))
                           + r")){0,2}\s+(?:that\s+)?$")


# "the Ministry of Foreign Affairs in Abuja": an institution at home, named by its place
_LOCATED_HEADS = frozenset(NOMINALS.get("located_institutions", {}).get("heads", ()))
_IN_PLACE = compile_re(r"\s+in\s+(?:the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})")


def _located(text: str, end: int, row: dict) -> tuple[str, ...]:
    """``("of_XX",)`` for an institution of a located head followed by "in" and a known place."""
    if row["type"] != "institution" or len(row["feats"]) < 2 or row["feats"][1] not in _LOCATED_HEADS:
        return ()
    m = _IN_PLACE.match(text, end)
    words = m.group(1).split() if m else []
    for n in range(len(words), 0, -1):
        code = hand_country(" ".join(words[:n])) or city_country(" ".join(words[:n]))
        if code:
            return (f"of_{code}",)
    return ()


def find_nominals(text: str, start: int = 0, end: int | None = None) -> list[Nominal]:
    """Every referring phrase in ``text[start:end]``, leftmost-longest."""
    end = len(text) if end is None else end
    lo = max(0, start - 1)
    folded = fold_case(text[lo:end])
    out = []
    for m in _PATTERN.finditer(folded, start - lo):
        key = " ".join(m.group().split())
        row = _PHRASES.get(key)
        if row is None:
            continue
        s, e = m.start() + lo, m.end() + lo
        if row.get("not_possessive") and folded.startswith(("'s", "\u2019s"), m.end()):
            continue  # "the ministry's state drug company": the company, not the ministry
        if "before" in row:  # "its gift": a possessive pronoun refers only before the words it may precede
            after = _NEXT_WORD.match(folded, m.end())
            # "Tuvalu was given the second in April.": an ordinal stands alone only before a
            # function word or the end of the clause, never before its own noun ("the second speech")
            if (after is None and not row.get("or_end")) or (after is not None and after.group(1) not in row["before"]):
                continue
        if "not_before" in row and (after := _NEXT_WORD.match(folded, m.end())) is not None and after.group(1) in row["not_before"]:
            continue  # "was presented her own Lipizzaner horse": a possessive, no object
        feats = tuple(row["feats"]) + _located(text, e, row)
        if row["type"] == "pronoun" and _AFTER_SPEECH.search(folded, max(0, m.start() - 50), m.start()):
            feats += ("after_speech",)
        out.append(Nominal(s, e, text[s:e], row["type"], feats, row.get("count")))
    for m in _MODIFIED.finditer(folded, start - lo):
        key = f"{m.group('det')} {m.group('head')}"
        s, e = m.start() + lo, m.end() + lo
        row = _PHRASES.get(key)
        if row is not None and row["type"] == "theme" and not any(n.start < e and s < n.end for n in out):
            out.append(Nominal(s, e, text[s:e], row["type"], tuple(row["feats"]), row.get("count")))
    for m in _COUNTED.finditer(folded, start - lo):
        row = _PHRASES.get(f"the {m.group('head')}")
        s, e = m.start() + lo, m.end() + lo
        if row is not None and row["type"] == "theme" and not any(n.start < e and s < n.end for n in out):
            num = m.group("num")
            out.append(Nominal(s, e, text[s:e], "theme", tuple(row["feats"]), _SMALL.get(num) or int(num)))
    for m in _PARTITIVE.finditer(folded, start - lo):
        s, e = m.start() + lo, m.end() + lo
        num = m.group("num")
        out = [n for n in out if not (n.start < e and s < n.end)]  # "them" is part of the phrase
        out.append(Nominal(s, e, text[s:e], "theme", ("theme", "partitive"), _SMALL.get(num) or int(num)))
    for m in _DEMONYM_FACILITY.finditer(text, start, end):
        code = DEMONYMS.get(m.group("demo"))
        if bool(m.group("many")) != bool(m.group("plural")) and not m.group("head").endswith("s"):
            continue  # "a Russian zoo", "by three American zoos"; never "by three American zoo"
        if code and not any(n.start < m.end() and m.start() < n.end for n in out):
            zoo = ("zoo",) if m.group("head").startswith("zoo") else ()
            out.append(Nominal(m.start(), m.end(), m.group(), "facility", ("facility", *zoo, f"of_{code}",
                                                                              "definite" if m.group("det") in ("the", "The") else "new")))
    out.sort(key=lambda n: n.start)
    return out


# A named animal is one animal: "the male Bao Bao", "a cub named Xiang Xiang". The
# name's species is found by the theme sieve (the species named last).
_NAMED = compile_re(
    r"(?<![\w'-])(?:(?:the|a|an)\s+)?(?P<lead>(?:young|baby|adult|male|female)\s+|(?:named|called|dubbed)\s+)"
    r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?![\w'-])")


# ... and a name told by what it is, in apposition: "Nandi, a six-year-old female,", "Anjalee,
# an eight-year-old from the same orphanage" (data/nominals.json named_appositions: the heads)
_APPOSITION = NOMINALS["named_appositions"]
_ONE_APPOSED = (r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s+an?\s+(?:(?:[\w-]+-old|%s)\s+){0,2}(?:%s)(?![\w'-])"
                % tuple("|".join(sorted(_APPOSITION[k], key=len, reverse=True)) for k in ("modifiers", "heads")))
# two such names coordinated are one theme of two: "Suhail, a four-year-old male, and Soraya, a
# three-year-old female, were flown in" (the clause would otherwise break at ", and")
_APPOSED = compile_re(r"(?<![\w'-])%s(?:,?\s+and\s+%s)?" % (_ONE_APPOSED, _ONE_APPOSED))
# ... or the other way round: "presented the zoo with a female, Huan Huan, who arrived in 1980"
_HEAD_THEN_NAME = compile_re(
    r"(?<![\w'-])an?\s+(?:(?:[\w-]+-old|%s)\s+){0,2}(?:%s),\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?=\s*[,.;)]|\s+(?:who|which|and|as)\b)"
    % tuple("|".join(sorted(_APPOSITION[k], key=len, reverse=True)) for k in ("modifiers", "heads")))
# a clause that is only one such name: the ", and" after it goes on with the subject
ONE_NAMED_APPOSITION = compile_re(r"\s*%s\s*" % _ONE_APPOSED)
_NOT_AFTER = frozenset(_APPOSITION["not_after"])
_WORD_BEFORE = compile_re(r"(\w+)\W*$")


def _after_a_preposition(text: str, pos: int) -> bool:
    """A name after a preposition ("in Colombo, a female official"), or that begins with
    one ("In Colombo"), is a place."""
    before = _WORD_BEFORE.search(text, max(0, pos - 20), pos)
    first = text[pos:pos + 12].split(" ", 1)[0].lower()
    return first in _NOT_AFTER or (before is not None and before.group(1).lower() in _NOT_AFTER)


def find_named_animals(text: str, start: int = 0, end: int | None = None) -> list[Nominal]:
    """Each named animal in ``text[start:end]`` as a theme mention of one individual."""
    end = len(text) if end is None else end
    found = [Nominal(m.start(), m.end(), m.group(), "theme", ("theme", "named"), 1)
             for m in _NAMED.finditer(text, start, end)]
    found += [Nominal(m.start(), m.end(), m.group(), "theme", ("theme", "named"), 2 if " and " in m.group() else 1)
              for m in _APPOSED.finditer(text, start, end)
              if not _after_a_preposition(text, m.start()) and not any(n.start < m.end() and m.start() < n.end for n in found)]
    found += [Nominal(m.start(), m.end(), m.group(), "theme", ("theme", "named"), 1)
              for m in _HEAD_THEN_NAME.finditer(text, start, end)
              if not any(n.start < m.end() and m.start() < n.end for n in found)]
    # ... and a name told so before, met again alone: "the female Maya ... Maya and the male Ryu"
    again = _names_again(text)
    if again is not None:
        found += [Nominal(m.start(), m.end(), m.group(), "theme", ("theme", "named"), 1)
                  for m in again.finditer(text, start, end)
                  if not any(n.start < m.end() and m.start() < n.end for n in found)]
    return sorted(found, key=lambda n: n.start)


@functools.lru_cache(maxsize=4)
def _names_again(text: str):
    """A pattern of the names the document gives animals by their sex or age ("the female
    Maya", "the male Ryu"), alone and not before another capital, or None; a name before a
    lower-case word names a kind ("the female Amur tiger"), no animal."""
    names = {m.group("name") for m in _NAMED.finditer(text)
             if m.group("lead").split()[0].lower() in _ANIMAL_LEADS and not _SPECIES_WORD_AFTER.match(text, m.end())}
    if not names:
        return None
    return compile_re(r"(?<![\w'-])(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True))
                      + r")(?![\w'-])(?!\s+[A-Z])")


# the leads that tell an animal's name (not "an operation named Sadbhav", "a unit called Kilo Flight")
_ANIMAL_LEADS = frozenset(("young", "baby", "adult", "male", "female"))
# a lower-case word right after a name: "Amur" of "the female Amur tiger" names a kind, no animal
_SPECIES_WORD_AFTER = compile_re(r"\s+[a-z]")
