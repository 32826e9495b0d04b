"""Layer 5, the alias sieve: a short name of a person named in full before.

"Kazakh President Kassym-Jomart Tokayev ... Tokayev gave Xi a horse": the lexicon does
not know Tokayev, but the document introduced him with his country.  A capitalised
word equal to such a surname, not inside another mention and not the start of a longer
name ("Erdogan Street"), is that person again.
"""

from __future__ import annotations

import dataclasses
import re

from giftextract.coref.sieves import SIEVES, Discourse
from giftextract.lexicon.data import LEXICON
from giftextract.lexicon.base import ORGS, STOP_CAPS
from giftextract.lexicon.facilities import HEADS
from giftextract.lexicon.gazetteer import city_country
from giftextract.lexicon.entities import CAPITALS, PLACES, STATE_NAMES, Entity
from giftextract.mentions.nominals import NOMINALS, titled_name_matches
from giftextract.text.compiled import compile as compile_re

_CAPITALISED = compile_re(r"(?<![\w'-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?P<poss>'s)?(?![\w-])")
_NEXT_CAPITAL = compile_re(r"\s+[A-Z]")
ENABLED = any(s.name == "alias" and s.enabled for s in SIEVES)
DYNASTY = any(s.name == "dynasty" and s.enabled for s in SIEVES)
APPOSITION = any(s.name == "apposition" and s.enabled for s in SIEVES)
DATELINE = any(s.name == "dateline" and s.enabled for s in SIEVES)
OF_STATE = any(s.name == "of-state" and s.enabled for s in SIEVES)
DATELINE_SKIP = next((s.skip for s in SIEVES if s.name == "dateline"), frozenset())


# "the Vanuatu Police Force (VPF)": an acronym in brackets right after a party of known country
_DEFINED = compile_re(r"(?:\s+[A-Z][a-z]+){0,3}\s*\(([A-Z]{2,6})\)")  # "Vanuatu Police" + " Force (VPF)"
# the words whose first letters make an organization's initials ("Royal Papua New Guinea Constabulary")
_INITIAL_WORDS = compile_re(r"(?<![\w'-])[A-Z][a-z]+")
_ACRONYM = compile_re(r"(?<![\w'(-])([A-Z]{2,6})(?P<poss>'s)?(?![\w-])")


def define_acronyms(text: str, entities: list[Entity], discourse: Discourse) -> None:
    """The acronyms a sentence defines for its parties ("the Ghana Armed Forces (GAF)"), for
    the alias sieve: "two buses donated to the VPF" is the Vanuatu Police Force's; and the
    initials of an organization named in full, which the press uses undefined: "the Royal
    Papua New Guinea Constabulary ... gave the RPNGC 3000 helmets" (three letters at least)."""
    for e in entities:
        m = _DEFINED.match(text, e.end)
        if m and e.country and e.party_kind and not e.source:
            discourse.names.setdefault(m.group(1), e)
        elif e.country and e.party_kind == "organization" and not e.source \
                and len(initials := "".join(w[0] for w in _INITIAL_WORDS.findall(e.name))) >= 3:
            discourse.names.setdefault(initials, e)


def alias_entities(text: str, lo: int, hi: int, discourse: Discourse, entities: list[Entity]) -> list[Entity]:
    """Entities for short names in ``text[lo:hi]`` that ``discourse`` knows, beside ``entities``."""
    if not ENABLED or not discourse.names:
        return []
    taken = [(e.start, e.end) for e in entities]
    out = []
    for m in [*_CAPITALISED.finditer(text, lo, hi), *_ACRONYM.finditer(text, lo, hi)]:
        full = discourse.names.get(m.group(1))
        if full is None or any(a <= m.start() < b for a, b in taken):
            continue
        if m.group("poss") is None and _NEXT_CAPITAL.match(text, m.end(1)):
            continue
        out.append(dataclasses.replace(full, start=m.start(), end=m.end(1), text=m.group(1), name=m.group(1),
                                       possessive=m.group("poss") is not None, via="alias"))
    return out


_WORD_OF_NAME = r"[A-Z][a-z'\-]+(?:-[A-Z][a-z']+)*"  # "Hans-Peter", "Al-Mahmoud"
_NAME = rf"{_WORD_OF_NAME}(?:\s{_WORD_OF_NAME}){{1,3}}"
_NAME_BEFORE = compile_re(rf"({_NAME}),\s+(?:(?:then|now|the|former|currently)\s+)*$")
# a name after an article or a preposition is a place or a thing, no person in apposition:
# "at its base in the Middle East, Ankara's ambassador to Doha said"
_NOT_A_PERSON_BEFORE = compile_re(r"(?:^|\W)(?:the|in|at|into|across|near|throughout)\s+$", re.IGNORECASE)
_POSTED_IN = compile_re(r"\s+(?:in|to|at)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}")
_NAME_AFTER = compile_re(rf",\s+({_NAME})(?=,|\s+(?:said|says|told|gave|presented|handed|donated|gifted)\b)")


def _is_role(e: Entity) -> bool:
    """A role with a country and no name of its own: "Mongolia's prime minister"."""
    return e.party_kind == "person" and e.country is not None and e.canonical is None and bool(e.title) \
        and e.name.rstrip("s").lower().endswith(e.title.lower().rstrip("s"))


def apposition_entities(text: str, lo: int, hi: int, entities: list[Entity]) -> list[Entity]:
    """The apposition/role sieve: an unknown name beside a role with a country takes it
    ("Chimed Saikhanbileg, then Mongolia's prime minister,"; "Kenya's president, William Ruto,")."""
    taken = [(e.start, e.end) for e in entities]
    out = []
    for e in entities:
        if not _is_role(e):
            continue
        before = _NAME_BEFORE.search(text, max(lo, e.start - 80), e.start)
        post = _POSTED_IN.match(text, e.end, hi)  # "Austria's ambassador in Hanoi, Hans-Peter Glanzer,"
        after = _NAME_AFTER.match(text, e.end, hi) or (post and _NAME_AFTER.match(text, post.end(), hi))
        for m in (before, after):
            if m is None or any(a < m.end(1) and m.start(1) < b for a, b in taken) \
                    or m.group(1).split(None, 1)[0] in STOP_CAPS \
                    or (m is before and _NOT_A_PERSON_BEFORE.search(text, max(lo, m.start(1) - 12), m.start(1))):
                # ("On Tuesday, Kenya's leader said": a phrase opening the sentence, no name)
                continue
            out.append(dataclasses.replace(e, start=m.start(1), end=m.end(1), text=m.group(1), name=m.group(1),
                                           possessive=False, canonical=None, via="apposition"))
            taken.append((m.start(1), m.end(1)))
    return out


def with_names(text: str, lo: int, hi: int, discourse: Discourse, entities: list[Entity]) -> list[Entity]:
    """A sentence's entities with the names the alias, apposition and dateline sieves add, in order."""
    if ENABLED:
        define_acronyms(text, entities, discourse)
    added = alias_entities(text, lo, hi, discourse, entities)
    if APPOSITION:
        added += apposition_entities(text, lo, hi, entities + added)
    if DYNASTY:  # before the dateline's guess: the family says whose the royal is
        added += dynasty_names(text, lo, hi, entities + added)
    if OF_STATE:  # before the envoy's and the dateline's guesses: the text names the state
        added += of_state_names(text, lo, hi, entities + added)
    if _ENVOY is not None:  # before the dateline's guess: an envoy serves abroad
        added += envoy_names(text, lo, hi, entities + added, discourse)
    if _SPEECH_PLACE is not None:  # before the dateline's guess: where the speaker spoke is nearer
        added += titled_names(text, lo, hi, entities + added, speech_country(text, lo, hi), lede=False)
    if DATELINE:
        added += titled_names(text, lo, hi, entities + added, discourse.dateline)
    return sorted(entities + added, key=lambda e: e.start) if added else entities


_HEAD_TITLES = r"(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emir|Amir|Sultan|Sheikh|Crown\s+Prince|Prince|Emperor|Vice\s+President|Governor|Mayor|Chief\s+Minister|Foreign\s+Minister|Defen[cs]e\s+Minister)"
_TITLED = compile_re(rf"(?<![\w'-])(?P<title>{_HEAD_TITLES})\s+(?P<name>[A-Z][\w'-]+(?:\s+(?:bin\s+|al-)?[A-Z][\w'-]+){{0,3}})")
# "BISHKEK, March 28 -", "Ashgabat, Oct 11 (Wire) -", "KIGALI, July 24, 2018 -",
# "AZRAQ, Jordan, Feb 13 -" (a place the gazetteer may not know, then its country or region),
# "Chisinau, 20 January /MOLDPRES/ -", "KANT /Kyrgyzstan/, November 27. /TASS/." (an agency
# between slashes, the TASS form ending on it with no dash),
# "BERLIN -", "ISLAMABAD:" (a bare place only in capitals); up to three lines (a headline, a byline, a date) may come first
# dateline letters: accented capitals too ("RØNNE, Denmark -", "BOGOTÁ, Colombia -")
_UP = "[A-ZÀ-ÖØ-Þ]"
# "PUBLISHED : March 19, 2025": a header line's label in capitals is no place (the dateline sieve's words)
_HEADERS = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in next(
    (s.words.get("headers", ()) for s in SIEVES if s.name == "dateline"), ())), key=lambda w: (-len(w), w))) or "(?!)"  # (one order in every process)
_LETTERS = "[A-Za-zÀ-ÖØ-öø-ÿ.'-]+"
_CAPS = "[A-ZÀ-ÖØ-Þ.'-]+"
_CALENDAR = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Octo|Novem|Decem)ber)\b"
_DATELINE = compile_re(rf"^\s*(?:[^\n]{{0,160}}\n+){{0,3}}?\s*(?:"
                       rf"(?!{_CALENDAR})(?P<place>{_UP}{_LETTERS}(?:[ -]{_UP}{_LETTERS}){{0,2}})\s*"  # ("Wednesday, March 03, 2010": a date line, no place)
                       rf"(?:\([^)]{{1,40}}\)\s*|/(?P<slashed>{_UP}{_LETTERS}(?: {_UP}{_LETTERS}){{0,2}})/\s*)?"  # "KANT /Kyrgyzstan/,"
                       rf",\s*(?:(?P<region>{_UP}{_LETTERS}(?: {_UP}{_LETTERS}){{0,2}})(?: (?:region|oblast|province|district|county|governorate))?\s*,?\s*)?"  # "YAVORIV, Lviv region,"
                       r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"  # "Thursday 3 September 2015"
                       r"(?:(?:[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2}(?:,\s*\d{4})?|\d{4})|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)\s*)?"  # "March 2020", "11 February"
                       # a dash, or a date that ends its own line ("BEIJING, Thursday 3 September 2015")
                       r"(?:(?:\([^)]{1,40}\)\s*|[A-Z]{2,6}\s+|/[A-Z][A-Za-z-]{1,15}/\s*)?[-\u2013\u2014]|(?<=\d)(?=\n)"  # "(Reuters)", "AAP", "/MOLDPRES/"
                       r"|\.\s*/[A-Z][A-Za-z-]{1,15}/\.?"  # "MOSCOW, January 3. /TASS/."
                       r"|(?<=\d)\s*/[A-Z][A-Za-z-]{1,15}/\."  # "Ulaanbaatar, June 20, 2022 /MONTSAME/."
                       r"|(?<=\d)\.[ \t]+[A-Z][A-Za-z-]{1,15}\.(?=\s))"  # "YAVORIV, Lviv region, September 23, 2016. Ukrinform."
                       # a line of its own, the place in capitals and its country or a weekday, then a
                       # blank line ("SIAULIAI, Lithuania", "NAIROBI, Saturday"): the body follows
                       rf"|(?P<lone>{_UP}{_CAPS}(?:[ -]{_UP}{_CAPS}){{0,2}}),[ \t]*(?P<lone_region>{_UP}[a-z]+(?: {_UP}[a-z]+){{0,2}})[ \t]*\r?\n[ \t]*\r?\n"
                       rf"|(?!(?i:{_HEADERS})\s*[-\u2013\u2014:])(?P<caps>{_UP}{_CAPS}(?:(?<!\.) {_UP}{_CAPS}){{0,2}})\s*(?:\([^)]{{1,40}}\)\s*)?"
                       r"(?:[-\u2013\u2014:]|\.[ ](?:[A-Z]{2,12}|[A-Z][a-z]{2,12})[ ]?[-\u2013\u2014]"  # "ASTANA. KAZINFORM -": the place, the agency
                       r"|(?<=[A-Z]{3})\.[ ]+(?=[A-Z][a-z])))")  # "KAMPALA. The school has received": a full stop, as East African papers write it


def dateline_start(text: str) -> int | None:
    """Where a dateline's place starts in ``text`` ("WASHINGTON" of "By a staff reporter\n\n
    WASHINGTON, Oct 14 -"), known or not, or None."""
    m = _DATELINE.match(text[:400])
    return None if m is None else m.start(_place_group(m))


def _place_group(m: re.Match) -> str:
    """The group of a dateline match that holds its place."""
    return "place" if m.group("place") else "lone" if m.group("lone") else "caps"


# the news agencies of organizations.json ("source"), named where a dateline's region may stand
_AGENCIES = frozenset(surface.lower() for surface, canonical in ORGS.items() if LEXICON["organizations"][canonical].get("source"))


def dateline_place(text: str, place_country) -> Entity | None:
    """The dateline's place as a city entity with its country, or None."""
    m = _DATELINE.match(text[:400])
    group = _place_group(m) if m else None
    if m and " ".join(m.group(group).split()).lower() in DATELINE_SKIP:
        return None  # "NEW YORK, Sept 11 -": a UN seat reports other countries' affairs
    country = place_country(m.group(group)) if m else None
    region = m.group("region") or m.group("slashed") or m.group("lone_region") if m else None
    if region and " ".join(region.split()).lower() in _AGENCIES:
        region = None  # "Damascus, SANA -": the agency that files the story, no place
    named = place_country(region) if region else None
    if country is not None and named is not None and named != country:
        country = named  # "CHAGUARAMAS, Trinidad, Sept 8 -": the country named picks among places of one name
    if country is None and region:
        facility = _facility_kind(m.group(group))
        country = place_country(region)
        if facility and country:  # "KUNO NATIONAL PARK, India, Sept 17 -": the park itself
            name = " ".join(m.group(group).split()).title()
            return Entity(m.start(group), m.end(group), m.group(group), name, None, facility, country, via="dateline")
        # "AZRAQ, Jordan, Feb 13 -", "GRAYLING, Mich. -": the place unknown, its country or state
        # named after it: the town is there (its state only places it)
    if country is None:
        return None
    name = m.group(group)
    return Entity(m.start(group), m.end(group), name, name.title(), None, "city", country, via="dateline")


def _facility_kind(place: str) -> str | None:
    """"KUNO NATIONAL PARK": a dateline place ending in a zoo's or park's head word (not an
    airport or a base, facility_heads.json's transit) is that facility."""
    words = place.casefold().split()
    for n in (3, 2, 1):
        row = HEADS.get(" ".join(words[-n:])) if len(words) > n else None
        if row is not None and not row.get("transit"):
            return row["kind"]
    return None


LEDE = 600  # characters of an article's opening that its dateline speaks for


def titled_names(text: str, lo: int, hi: int, entities: list[Entity], country: str | None, lede: bool = True) -> list[Entity]:
    """The dateline sieve: "President Sooronbay Jeenbekov", a head of state the lexicon does
    not know, named in the lede of an article datelined in his capital, is of that country
    (further down, an article names other countries' leaders too); with ``lede`` false, the
    speech-place sieve: anywhere in the sentence that opens on where he spoke."""
    if lede:
        hi = min(hi, LEDE)
    if country is None or lo >= hi:
        return []
    via = "dateline" if lede else "speech-place"
    return [Entity(m.start(), m.end(), m.group(), m.group("name"), "person", None, country, m.group("title"), via=via)
            for m in _untaken(_TITLED.finditer(text, lo, hi), entities)]


_SPEECH_PLACE = next((s for s in SIEVES if s.name == "speech-place" and s.enabled), None)
_SPOKE_AT = compile_re(r"\W*(?i:" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _SPEECH_PLACE.words.get("openers", ())),
                                                   key=lambda w: (-len(w), w))) + r")\s+(?:the\s+)?(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
                       ) if _SPEECH_PLACE is not None else None


def speech_country(text: str, lo: int, hi: int) -> str | None:
    """The country of the place a sentence opens on as where its speaker spoke ("Speaking in
    Canberra, ..."), or None (the speech-place sieve's words)."""
    m = _SPOKE_AT.match(text, lo, hi) if _SPOKE_AT is not None else None
    return place_country(m.group("place")) if m else None


def _untaken(matches, entities: list[Entity]):
    """The matches that overlap no entity already found."""
    taken = [(e.start, e.end) for e in entities]
    return [m for m in matches if not any(a < m.end() and m.start() < b for a, b in taken)]


def _place_countries() -> dict[str, str]:
    out = {name.lower(): code for name, code in {**STATE_NAMES, **CAPITALS}.items()}
    for surface, canonical in PLACES.items():
        out.setdefault(surface.lower(), LEXICON["places"][canonical]["country"])
    return out


_PLACE_COUNTRY = _place_countries()


def place_country(name: str) -> str | None:
    """The country of a state, capital or known place, any case ("BISHKEK" -> KG), else of a
    city the gazetteer knows ("YOGYAKARTA" -> ID; never one that is also an English word)."""
    name = " ".join(name.split())
    return _PLACE_COUNTRY.get(name.lower()) or city_country(name.title())


_DYNASTIES: dict[str, str] = LEXICON["triggers"].get("dynasties", {}).get("names", {})
# a name word may open on an article joined to it: "King Abd al-Aziz Al Saud"
_DYNASTY_NAME = compile_re(rf"(?<![\w'-])(?P<title>{_HEAD_TITLES}|Sheikha|Princess)\s+(?P<name>(?:(?:a[lnrstdz]-)?[A-Z][\w'-]+\s+(?:(?:bin|bint|ibn)\s+)?){{0,4}}?"
                           r"(?P<family>" + "|".join(sorted(map(re.escape, _DYNASTIES), key=len, reverse=True)) + r"))(?![\w'-])")


def dynasty_names(text: str, lo: int, hi: int, entities: list[Entity]) -> list[Entity]:
    """The dynasty sieve: "Sheikh Sultan bin Tahnoun Al Nahyan", a royal the lexicon does
    not know, is of his ruling family's state (triggers.json dynasties)."""
    if not _DYNASTIES:
        return []
    return [Entity(m.start(), m.end(), m.group(), m.group("name"), "person", None, _DYNASTIES[m.group("family")],
                   m.group("title"), via="dynasty") for m in _untaken(_DYNASTY_NAME.finditer(text, lo, hi), entities)]


# "Louis XIV", "Henry III": a ruler told by a regnal name, with no title before it
_REGNAL = compile_re(r"(?<![\w'-])(?P<name>[A-Z][a-z]+\s+[IVX]{1,5})(?![\w'-])")
_OF = compile_re(r"\s+of\s+")
# "Tsar Peter": a title only one state's ruler bore names its state (nominals.json title_states)
_RULED = {t: NOMINALS["title_states"]["states"][t] for t in NOMINALS.get("title_states", {}).get("named", ())}
_OF_OR_RULER = compile_re(r"[A-Z][\w'-]*\s+of\s|(?i:\b(?:" + "|".join(map(re.escape, _RULED)) + r")\b)" if _RULED
                          else r"[A-Z][\w'-]*\s+of\s")


def of_state_names(text: str, lo: int, hi: int, entities: list[Entity]) -> list[Entity]:
    """The of-state sieve: "Foreign Minister Anabela Pereira of Portugal", "King Louis IX of
    France", "Henry III of England": a titled or regnal name the lexicon does not know, right
    before "of" and a place of known country, is of that country."""
    if _OF_OR_RULER.search(text, lo, hi) is None:
        return []  # (most sentences: no "of" after a capital, no such title)
    places = {e.start: e for e in entities if e.country and e.place_kind and not e.demonym}
    out: list[Entity] = []
    taken = [(e.start, e.end) for e in entities]
    names = sorted([*titled_name_matches(text, lo, hi), *_REGNAL.finditer(text, lo, hi)], key=lambda m: (m.start(), -m.end()))
    for m in names:
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        of = _OF.match(text, m.end(), hi)
        place = of and (places.get(of.end()) or (text.startswith("the ", of.end()) and places.get(of.end() + 4)))
        title = text[m.start():m.start("name")].strip() or None
        country = place.country if place else _RULED.get((title or "").rsplit(" ", 1)[-1].lower())
        if country is None:
            continue
        out.append(Entity(m.start(), m.end(), m.group(), m.group("name"), "person", None, country, title,
                          via="of-state"))
        taken.append((m.start(), m.end()))
    return out


_ENVOY = next((s for s in SIEVES if s.name == "envoy" and s.enabled), None)
_ENVOYS = sorted(_ENVOY.words.get("envoys", ()), key=lambda w: (-len(w), w)) if _ENVOY is not None else []
_ENVOY_NAME = compile_re(r"(?<![\w'-])(?P<title>(?i:" + "|".join(map(re.escape, _ENVOYS))
                         + r"))\s+(?P<name>[A-Z][\w'-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'-]+){0,3})") if _ENVOYS else None


def envoy_names(text: str, lo: int, hi: int, entities: list[Entity], discourse: Discourse) -> list[Entity]:
    """The envoy sieve: "Ambassador Robert Whitehead", an envoy the lexicon does not know, is
    of the last mission of known state named within the sieve's window ("U.S. Embassy Lome"
    heading the post); none where no mission was named."""
    if _ENVOY_NAME is None:
        return []
    missions = _ENVOY.words.get("missions", ())
    sentence = max(discourse.sentences_added, default=0)
    mission = next((m.entity for m in reversed(discourse.recent)
                    if m.sentence >= sentence - _ENVOY.window and m.entity.party_kind == "organization" and m.entity.country
                    and any(w in m.entity.name.lower() for w in missions)), None)
    if mission is None:
        return []
    return [Entity(m.start(), m.end(), m.group(), m.group("name"), "person", None, mission.country, m.group("title"),
                   via="envoy") for m in _untaken(_ENVOY_NAME.finditer(text, lo, hi), entities)]

