"""Layer 2: spotting parties (people, states, institutions, peoples) and places.

A mention can be both a party and a place: "Moscow" is a city and, in a party slot
("Moscow sent ..."), the Russian state; "North Korea" is a state and a country.  The
frames decide which reading a slot takes.  Patterns are compiled once at import from
the lexicon data; overlapping candidates resolve leftmost-longest.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from giftextract.lexicon import facilities, gazetteer
from giftextract.lexicon.anchors import near_cues
from giftextract.lexicon.currencies import without_currencies
from giftextract.lexicon.given_names import with_couples, without_given_names
from giftextract.lexicon.titled_places import with_titled_places
from giftextract.lexicon.owners import country_of, owner_of
from giftextract.lexicon.names import PersonPattern, another_surname, hyphenated_given_name, inside_another_name
from giftextract.lexicon.placed_names import placed_names
from giftextract.lexicon.base import (  # noqa: F401  (re-exported: the frames and tests read them here)
    B as _B, CAPITALS, DEMONYMS, E as _E, INSTITUTIONS, METONYMS, ORGS, PEOPLE_BARE, PEOPLE_NOUNS, PERSONS, PLACES, PORTFOLIOS, ROLE_ADJECTIVES, STATE_NAMES,
    STOP_CAPS as _STOP_CAPS, TITLES, Entity, copy_entity, hand_country, key as _key, possessive_mark, shared_text)
from giftextract.lexicon.data import LEXICON
from giftextract.lexicon.deferred import DeferredPattern
from giftextract.lexicon.name_parts import (  # the pieces of the patterns, as regex source
    GATE as _GATE, NAME as _NAME, OWNER as _OWNER, PLACE_OWNER as _PLACE_OWNER, PREFIX as _PREFIX, ROLE_ADJ as _ROLE_ADJ,
    TITLE as _TITLE)
from giftextract.lexicon.listed import ListPattern
from giftextract.lexicon.trie import trie_alternation
from giftextract.text.compiled import compile as compile_re

_LISTS = {
    name: trie_alternation(words) for name, words in dict(
        states=STATE_NAMES, demonyms=[*DEMONYMS, "Korean"], capitals=CAPITALS,
        orgs=ORGS, places=PLACES, titles=TITLES, institutions=INSTITUTIONS, portfolios=PORTFOLIOS, role_adjectives=ROLE_ADJECTIVES,
        not_after_institution=LEXICON["triggers"].get("not_after_institution", ["(?!)"]),
        located=LEXICON["triggers"]["located_institutions"]["words"],
        institution_modifiers=LEXICON["triggers"]["institution_modifiers"]["words"], people_nouns=PEOPLE_NOUNS,
        owned=LEXICON["triggers"]["named_owner_institutions"]["words"], local=LEXICON["triggers"]["named_owner_institutions"]["local_words"], people_bare=PEOPLE_BARE, serving=LEXICON["triggers"]["counted_people"]["verbs"],
        after_bare=LEXICON["triggers"]["demonym_nouns"]["after_unchanged"]).items()
}
_LIST_REF = compile_re(r"\\L<(\w+)>")
_TITLE_WORDS = frozenset(TITLES)


def _compile(pattern: str, flags: int = 0) -> DeferredPattern:
    """Compile with ``\\L<name>`` replaced by the trie of that word list (stdlib ``re``:
    with tries it is an order of magnitude faster here than ``regex`` named lists).
    Every entity starts with a capital, "the" or "former": checking that first lets the
    engine skip most positions (about 30% of the spotting time on news text)."""
    return _compile_part(_GATE + pattern, flags)


def _compile_part(pattern: str, flags: int = 0) -> DeferredPattern:  # compiled at its first match (lexicon/deferred.py)
    return DeferredPattern(_LIST_REF.sub(lambda m: _LISTS[m.group(1)], pattern), flags)


# Each spotter has an explicit rank: when two candidates cover the same span, the smaller
# rank wins (leftmost-longest comes first).  The hand lexicon's patterns lead; facility
# heads carry their own rank in facility_heads.json (20: specific, "Air Base", before the
# region and state patterns; 35: generic, "Fort", after the gazetteer, so "Fort Worth"
# stays a city); the gazetteer, generated and unreviewed, comes after the hand lexicon.
_RANKS = dict(person=10, person_unknown=11, role=12, role_of=12, people=13, institution=14, org=15, place=16,
              zoo_of=21, region=22, state=23, capital=24, capital_of=24, demonym=25, gazetteer=30)
# "former South Korean President Moon Jae-in", "Russia's Natural Resources Minister Alexander Kozlov":
# {_B}(?:the\s+)?(?:former\s+)?{_PREFIX}?(?:former\s+)?(?:{_TITLE}\s+)?(?P<name>PERSONS){_E},
# the name looked up in a dict (names.py: the 3,500 surfaces made a slow regex to compile)
_PERSON = PersonPattern(
    start=_compile(_B), the=_compile_part(r"the\s+"), former=_compile_part(r"former\s+"),
    demo=_compile_part(r"(?P<demo>\L<demonyms>)\s+"), poss=_compile_part(rf"(?P<poss>{_OWNER})'s\s+"),
    title=_compile_part(rf"{_TITLE}\s+"), surfaces=PERSONS,
    lead=_compile_part(rf"the\s|former\s|(?:\L<demonyms>)\s|{_OWNER}'s\s|{_TITLE}\s"))
_SPOTTERS: list[tuple[str, object]] = [
    ("person", _PERSON),
    # an unknown name behind a country and a title: "Turkmen President Serdar Berdimuhamedov"
    ("person_unknown", _compile(
        rf"{_B}(?:former\s+)?(?:{_PREFIX}(?:[a-z]{{3,}}\s+)?|(?P<place_owner>{_PLACE_OWNER})\s+){_TITLE}\s+(?P<name>{_NAME}){_E}")),  # "Armenia's controversial Culture Minister X", "Sindh Chief Minister X"
    # a role without a name: "North Korea's leader", "the Russian president", "Russian officials",
    # "Italy's new prime minister", "Zambia's agriculture minister" (title_portfolios in triggers.json)
    ("role", _compile(rf"{_B}(?:the\s+)?(?:{_ROLE_ADJ}\s+)?{_PREFIX}(?:{_ROLE_ADJ}\s+)?"
                      rf"(?P<title>(?:\L<portfolios>\s+){{0,2}}\L<titles>){_E}")),
    # a role or institution named by the state it serves: "the Emir of Qatar", "the government of Singapore",
    # "the people of Japan", "the Government and people of the Kingdom of Cambodia", "the Health Ministry in Gaza"
    ("role_of", _compile(
        rf"{_B}(?:[Tt]he\s+)?(?:then-|then\s+|former\s+|late\s+)?(?:(?P<title>\L<titles>|\L<institutions>|people|children)(?:\s+and\s+(?:the\s+)?(?:people|[Gg]overnment))?"
        rf"(?:\s+of\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){{0,3}})?\s+of|(?P<located>\L<located>)\s+in)"  # "the Ministry of Foreign Affairs of Japan"
        rf"\s+(?:the\s+)?(?:(?:\L<titles>)\s+of\s+(?:the\s+)?)?"  # "the Office of the President of Fiji"
        rf"(?:(?:Kingdom|Sultanate|Principality|State)\s+of\s+(?:the\s+)?)?(?P<of>\L<states>|\L<capitals>|\L<places>){_E}")),
    # "the Korean people"; "the Cubans donated", "the French gave" (triggers.json demonym_nouns)
    ("people", _compile(rf"{_B}(?:(?:the\s+)?(?P<demo>\L<demonyms>)\s+people{_E}|[Tt]he\s+(?:(?P<pnoun>\L<people_nouns>)(?![\w-])(?!\s+[A-Z])"
                        rf"|(?P<pbare>\L<people_bare>)(?=\s+(?:\L<after_bare>)\b|\s*[,;:.]))|(?<=\d )(?P<pcount>\L<people_nouns>)(?=\s+(?:\w+\s+)?(?:\L<serving>)\b))")),
    # institutions: "the Russian Ministry of Natural Resources and the Environment",
    # "Russia's environmental ministry", "Kozlov's ministry", "the Russian Army"
    ("institution", _compile(
        rf"""{_B}(?:the\s+)?(?:Royal\s+)?   # "the Royal Papua New Guinea Constabulary"
        (?:(?P<st>\L<states>)\s+|{_PREFIX}|(?!(?:The|A|An|\L<demonyms>)\s)(?P<named>{_OWNER}?)\s+(?:(?:\L<local>)\s+)?(?=(?:\L<owned>)\b))   # "the Botswana Defence Force", "the Madras Government" (the shortest owner: "Kansas" of "Kansas National Guard")
        (?P<mid>(?:(?:[A-Z][a-z]+(?:'s)?|and|\L<institution_modifiers>|\L<portfolios>)\s+){{0,5}}?)
        (?P<inst>\L<institutions>)(?!\s+(?:\L<not_after_institution>)\b)   # not "US service members"
        (?!(?<=State)\s+[A-Z])   # "the Peruvian State", but "Ukraine's State Emergency Service" is a longer name
        (?:\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][a-z]+){{0,5}}
           (?:(?:,\s+(?!(?:\L<states>)\b)[A-Z][a-z]+){{1,3}},?\s+and\s+(?:the\s+)?(?!(?:\L<states>)\b)[A-Z][a-z]+)?)?{_E}""",  # "... of Agriculture, Irrigation and Livestock"
        re.VERBOSE)),
    ("org", ListPattern(_GATE + _B, [ORGS], _E)),  # a plain word list: looked up in a set (lexicon/listed.py)
    ("place", ListPattern(_GATE + _B, [PLACES], _E)),
    # a zoo named by where it is: "Japan's zoo", "a zoo in Japan", "a zoo in the North Korean capital Pyongyang"
    ("zoo_of", _compile(
        rf"""{_B}(?:(?P<owner>{_OWNER})'s\s+zoo
        |(?:a|the|[Aa]|[Tt]he)\s+(?:(?:city|national|state|new)\s+)?zoo\s+in\s+(?:the\s+)?
         (?:(?:\L<demonyms>)\s+(?:capital|city|port)\s+(?:of\s+)?)?(?P<where>\L<states>|\L<capitals>)){_E}""",
        re.VERBOSE)),
    # "(Russia's) Kursk (border) region", "Kursk Oblast"
    ("region", _compile(
        rf"""{_B}(?:(?P<poss>{_OWNER})'s\s+)?(?:the\s+)?(?:embattled\s+|western\s+|southern\s+|eastern\s+|northern\s+)?
        (?P<name>(?:[A-Z][\w-]+\s+){{1,2}}(?:border\s+)?(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Kk]rai|[Pp]refecture|[Dd]istrict))
        {_E}""", re.VERBOSE)),
    ("state", ListPattern(_GATE + _B, [STATE_NAMES, ["Korea"]], r"(?![\w])")),
    ("capital", ListPattern(_GATE + _B, [CAPITALS], _E, the=False)),
    # a capital by its state's demonym: "the Bosnian capital" (tried only before the cue "capital")
    ("capital_of", _compile(rf"{_B}[Tt]he\s+(?P<demo>\L<demonyms>)\s+capital{_E}")),
    ("demonym", ListPattern(_GATE + _B, [[*DEMONYMS, "Korean"]], r"(?=[\s-])", the=False)),
    # any city or region of the gazetteer, looked up in a dict: "Lask", "Kisumu"
    ("gazetteer", gazetteer.PATTERN),
]
for _kind, _rank, _source in facilities.patterns():  # "Ragunan Zoo", "Adazi base", "Camp Lemonnier"
    _RANKS[_kind] = _rank
    _SPOTTERS.append((_kind, _compile(_source)))
# in rank order, so that a candidate's index here is its priority
_PATTERNS: list[tuple[str, object]] = sorted(_SPOTTERS, key=lambda kp: _RANKS[kp[0]])


def _strip_the(text: str, start: int) -> tuple[str, int]:
    n = 4 if text.startswith(("the ", "The ")) else 0
    return (shared_text(text[n:].lstrip()), start + n) if n else (text, start)


# a place right after a name's particle, itself after a capitalised word: "Nasser Al Mohammed
# Al Sabah" is a man, not Malaysia's Sabah (triggers.json name_spellings particles)
_IN_A_NAME = compile_re(r"[A-Z][\w'-]*[ ](?i:" + "|".join(LEXICON["triggers"]["name_spellings"]["particles"]) + r")[ -]$")


def _build(kind: str, m: re.Match, text: str) -> Entity | None:
    start, end = m.start(), m.end()
    if kind in ("place", "region", "gazetteer") and _IN_A_NAME.search(text, max(0, start - 30), start):
        return None
    groups = m.groupdict()
    if groups.get("poss"):
        owner, offset = owner_of(m.group("poss"))
        if owner is not None and offset:  # "Under Kim Jong-un's leadership" starts at "Kim"
            start = m.start("poss") + offset
    whole = shared_text(text[start:end])
    name, _ = _strip_the(whole, start)
    country, korea = country_of(groups)
    possessive = possessive_mark(text, end, whole) > 0
    common = dict(possessive=possessive, ambiguous_korea=korea)
    if kind == "person":
        if m.group("title") and another_surname(m.group("name"), text, end) or hyphenated_given_name(m.group("name"), text, end) \
                or (m.start("name") == start and inside_another_name(m.group("name"), text, start, end)):
            return None
        canonical = PERSONS[_key(m.group("name"))]
        entry = LEXICON["people"][canonical]
        title = m.group("title") or entry.get("title")
        # the party's name is the person's name as written; title and country are fields of their own;
        # a person the lexicon gives no country (an international official) takes the one the text
        # gives ("German Defence Minister Ursula von der Leyen", before she led the Commission)
        return Entity(start, end, whole, m.group("name"), "person", None, entry["country"] or country, title, canonical,
                      **common)
    if kind == "person_unknown":
        if m.group("name").split()[0] in _STOP_CAPS or m.group("name").split()[0] in _TITLE_WORDS \
                or (country is None and not korea):  # "General Secretary" is a title, no general named Secretary
            return None
        return Entity(start, end, whole, m.group("name"), "person", None, country, m.group("title"), None, **common)
    if kind in ("role", "institution") and country is None and not korea:
        return None  # "Europe's leader": an owner the lexicon does not know as a state
    if kind == "role":
        plural = m.group("title").endswith("s") and not m.group("title").endswith("ss")  # "princess", "empress"
        return Entity(start, end, whole, name, "group" if plural else "person", None, country, m.group("title"), **common)
    if kind == "people":
        return Entity(start, end, whole, name, "people", None, country, **common)
    if kind == "role_of":
        title = m.group("title") or m.group("located")
        where = _key(m.group("of"))  # "Crown Prince of Abu Dhabi", "the people of Gaza"
        code = STATE_NAMES.get(where) or CAPITALS.get(where) or LEXICON["places"][PLACES[where]]["country"]
        party = "people" if title in ("people", "children") else "organization" if title in INSTITUTIONS or m.group("located") else "person"
        return Entity(start, end, whole, name, party, None, code, None if party != "person" else title,
                      **common)
    if kind == "institution":
        return Entity(start, end, whole, name, "organization", None, country, **common)
    if kind == "org":
        canonical = ORGS[_key(m.group("name"))]
        entry = LEXICON["organizations"][canonical]
        if (text[end:end + 12].split() or [""])[0].strip(",.;") in entry.get("not_before", ()):
            return None  # "Sputnik V", "Sputnik Light": a vaccine named after the satellite, no news agency
        return Entity(start, end, whole, name, "organization", None, entry["country"], None, canonical,
                      source=entry["source"], **common)
    if kind == "place":
        canonical = PLACES[_key(m.group("name"))]
        entry = LEXICON["places"][canonical]
        return Entity(start, end, whole, name, None, entry["kind"], entry["country"], None, canonical, **common)
    if kind.startswith("facility"):
        return facilities.build(m, text)
    if kind == "gazetteer":
        place_kind, country, _word = gazetteer.GAZETTEER[m.key]
        return Entity(start, end, whole, name, None, place_kind, country, None, m.key, via="gazetteer", **common)
    if kind == "zoo_of":
        place = owner_of(m.group("owner"))[0] if m.group("owner") else _key(m.group("where"))
        zoo_country = STATE_NAMES.get(place) or CAPITALS.get(place)
        if zoo_country is None:
            return None
        name = name.split(" ", 1)[1] if name.split(" ", 1)[0] in ("a", "A") else name
        return Entity(start, end, whole, name, None, "zoo", zoo_country, **common)
    if kind == "region":
        region_name = m.group("name")
        first = region_name.split()[0]
        if first in _STOP_CAPS:
            return None
        s = start if m.group("poss") and country else m.start("name")
        # "Manila Police District", "Chiang Mai Province": a known place or capital opens the name
        # (or a city of the gazetteer: "the Astrakhan region" is Russia's)
        region_country = country or hand_country(_key(first)) or (
            hand_country(_key(" ".join(region_name.split()[:2]))) if len(region_name.split()) > 2 else None) \
            or gazetteer.city_country(" ".join(region_name.split()[:-1]))
        return Entity(s, end, text[s:end], region_name, None, "region", region_country, **common)
    if kind == "state":
        code = STATE_NAMES.get(_key(m.group("name")), "KR")  # "Korea" alone: the Republic's name for itself
        return Entity(start, end, whole, name, "state", "country", code, **common)
    if kind == "capital_of":  # "the Chadian capital" is N'Djamena, by its name
        capitals = LEXICON["states"].get(country or "", {}).get("capitals") or [name]
        return Entity(start, end, whole, capitals[0], "state", "city", country, None, capitals[0], **common)
    if kind == "capital":
        code = CAPITALS[_key(m.group("name"))]
        return Entity(start, end, whole, name, "state", "city", code, **common)
    if kind == "demonym":
        demo = _key(m.group("name"))
        return Entity(start, end, whole, name, None, None, DEMONYMS.get(demo), demonym=True,
                      possessive=possessive, ambiguous_korea=demo == "Korean")
    raise AssertionError(kind)


# --- where to try each pattern ----------------------------------------------------------
# Trying every pattern at every position of the text was most of the spotting time.  Every
# entity starts where _GATE + _B holds, so one scan finds those anchors (with the word
# there); a pattern is then tried only at the anchors that can start it:
# - a word-list pattern only where its list has a surface beginning with that word;
# - a pattern built around a cue word (a known person's name, a title, an institution
#   noun, a facility head, "region") only within _CUE_REACH characters before such a cue
#   (facilities.REACH for a head): a longer "name" is not a name;
# The per-pattern non-overlap of finditer is kept, so the candidates are the same.
_ANCHOR = compile_re(_GATE + _B + r"(?=(\w+))")
_CUE_REACH = 300

_EVERYWHERE = ""  # stands for "every anchor" in the tables below


def _first_words(surfaces) -> set[str]:
    """The leading word of each surface.  A surface that does not begin with a word
    character (a user's lexicon may have one) has no key: its kind is tried everywhere."""
    return {m.group() if (m := re.match(r"\w+", s)) else _EVERYWHERE for s in surfaces}


_DEMONYM_FIRST = _first_words([*DEMONYMS, "Korean"])
_GAZETTEER_FIRST = gazetteer.FIRST_WORDS
_KINDS_BY_FIRST_WORD: dict[str, tuple[str, ...]] = {}
for _kind, _words in dict(
        people={"the", "The"} | _DEMONYM_FIRST | _first_words(PEOPLE_NOUNS), org={"the"} | _first_words(ORGS),
        place={"the"} | _first_words(PLACES), state={"the", "Korea"} | _first_words(STATE_NAMES),
        capital=_first_words(CAPITALS), demonym=_DEMONYM_FIRST).items():
    for _word in _words:
        _KINDS_BY_FIRST_WORD[_word] = (*_KINDS_BY_FIRST_WORD.get(_word, ()), _kind)

# Cue words, found in one scan of a bare trie (named groups around each list made the
# scan five times slower); each cue names the patterns that need it near.
_CUE_WORDS: dict[str, tuple[str, ...]] = {}
for _kinds, _words in (
        *(((kind,), facilities.cue_words(kind)) for kind, _ in _PATTERNS if kind.startswith("facility")),
        (("zoo_of",), ["zoo"]),  # "Japan's zoo", "a zoo in Japan"
        (("capital_of",), ["capital"]),  # "the Bosnian capital"
        (("region",), [w for r in ("region", "oblast", "province", "krai", "prefecture", "district")
                       for w in (r, r.capitalize())]),
        (("role", "person_unknown", "role_of"), _first_words(TITLES)),
        (("institution", "role_of"), _first_words(INSTITUTIONS)),
        (("role_of",), ["people", "children", *_first_words(LEXICON["triggers"]["located_institutions"]["words"])])):
    for _word in _words:
        _CUE_WORDS[_word] = (*_CUE_WORDS.get(_word, ()), *_kinds)
# The cue scan takes the longest cue at each place, overlapping ones too ("Base" inside "Air Base"): a head of
# several words ("military base") also stands for the cues it starts with ("military", an institution's). Where
# every cue starts with a word character, "no word character before" is its \b, which the engine scans faster.
for _cue in [c for c in _CUE_WORDS if " " in c]:
    _words = _cue.split(" ")
    for _i in range(1, len(_words)):
        _CUE_WORDS[_cue] = tuple(dict.fromkeys((*_CUE_WORDS[_cue], *_CUE_WORDS.get(" ".join(_words[:_i]), ()))))
_EVERYWHERE_KINDS = (*_KINDS_BY_FIRST_WORD.pop(_EVERYWHERE, ()), *_CUE_WORDS.pop(_EVERYWHERE, ()))
_CUE = DeferredPattern((r"(?<!\w)" if all(re.match(r"\w", w) for w in _CUE_WORDS) else r"\b") + r"(?=(" + trie_alternation(_CUE_WORDS) + "))")
# A known person's name starts with a whole word, the first of one of their surfaces: at an
# anchor (looked up in a set: 2,500 first words made the cue trie slow to compile) or, when
# it is not capitalised ("al-Sisi", "de Gaulle"), after a space, behind a title.
_PERSON_FIRST = _PERSON.first_words or frozenset()
_PERSON_ODD = [w for w in _PERSON_FIRST if not ("A" <= w[0] <= "Z")]
_PERSON_ODD_CUE = compile_re(r"(?<=\s)(?=" + trie_alternation(_PERSON_ODD) + r"(?!\w))") if _PERSON_ODD else None
if _PERSON.first_words is None:  # a surface of a user's lexicon that starts with no word character
    _EVERYWHERE_KINDS = (*_EVERYWHERE_KINDS, "person")


# a facility's name is a few words: its cues ("base", "Air", "camp") are common words
_REACH = {kind: facilities.REACH for kind, _ in _PATTERNS if kind.startswith("facility")}


def _anchors_by_kind(text: str, start: int, end: int) -> dict[str, list[int]]:
    """The anchors at which to try each kind's pattern, in order."""
    anchors: list[int] = []
    by_kind: dict[str, list[int]] = {kind: [] for kind, _ in _PATTERNS}
    gazetteer_anchors = by_kind["gazetteer"]
    person_cues: list[int] = []
    for m in _ANCHOR.finditer(text, start, end):
        a = m.start()
        anchors.append(a)
        word = m.group(1)
        for kind in _KINDS_BY_FIRST_WORD.get(word, ()):
            by_kind[kind].append(a)
        if word in _GAZETTEER_FIRST:  # a set of 30,000 words: not merged into the table above
            gazetteer_anchors.append(a)
        if word in _PERSON_FIRST:
            person_cues.append(a)
    cues: dict[str, list[int]] = {}
    for m in _CUE.finditer(text, start, end):
        for kind in _CUE_WORDS[_key(m.group(1))]:
            cues.setdefault(kind, []).append(m.start())
    if _PERSON_ODD_CUE is not None:
        person_cues = sorted(person_cues + [m.start() for m in _PERSON_ODD_CUE.finditer(text, start, end)])
    if person_cues:
        cues["person"] = person_cues
    for kind, positions in cues.items():
        near = near_cues(anchors, positions, _REACH.get(kind, _CUE_REACH))
        by_kind[kind] = sorted(set(by_kind[kind]) | set(near)) if by_kind[kind] else near
    for kind in _EVERYWHERE_KINDS:
        by_kind[kind] = anchors
    return by_kind


# A name ends where its sentence does, at a line break ("the Elysee\nPresident Tokayev": a
# headline and the lede); wire copy broken at a fixed width was joined into paragraphs by
# text/normalize.py
_NEWLINE = compile_re(r"\n")


def find_entities(text: str, start: int = 0, end: int | None = None) -> list[Entity]:
    """Parties and places in ``text[start:end]``: leftmost-longest, non-overlapping."""
    end = len(text) if end is None else end
    by_kind = _anchors_by_kind(text, start, end)
    breaks = [m.start() for m in _NEWLINE.finditer(text, start, end)]
    candidates: list[tuple[int, int, int, Entity]] = []
    for rank, (kind, pattern) in enumerate(_PATTERNS):
        match = pattern.match if by_kind[kind] else None  # (reading it compiles a deferred pattern: not for a kind with no anchor)
        last_end = -1  # as in finditer, a pattern's matches do not overlap each other
        for a in by_kind[kind]:
            if a < last_end:
                continue
            m = match(text, a, breaks[k] if (k := bisect_right(breaks, a)) < len(breaks) else end)
            if m is None:
                continue
            last_end = m.end()
            entity = _build(kind, m, text)
            if entity is not None:
                candidates.append((entity.start, -(entity.end - entity.start), rank, entity))
    candidates.sort(key=lambda c: c[:3])
    out: list[Entity] = []
    last_end = -1
    for s, _neg, _rank, entity in candidates:
        if s >= last_end:
            out.append(entity)
            last_end = entity.end
    return after_spotting(text, out)


def after_spotting(text: str, spotted: list[Entity]) -> list[Entity]:
    """The passes over the leftmost-longest names: given names, couples, currencies, titled
    places, the towns a sentence places, a facility's country from the place it is near."""
    out = with_titled_places(text, without_currencies(text, with_couples(text, without_given_names(text, spotted))))
    return facilities.located(text, placed_names(text, out))

