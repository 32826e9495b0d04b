"""Layer 2: zoos and facilities named by a head word, from data/facility_heads.json.

"Ragunan Zoo", "Adazi base", "the Ol Pejeta sanctuary", "Zoo Negara", "Camp Lemonnier":
a capitalised name before the head (or, for some heads, after it) names a place the
hand lexicon need not list.  The table says, per head, the place kind, the order, whether
a lower-case head counts, its rank against the other spotters, the words that make it
no place ("Federal Reserve"), and examples that tests/test_open_names.py runs.

The facility's country comes from an owner ("Kenya's Ol Pejeta sanctuary"), a demonym in
front ("the Russian Hmeimim base"), or a known state, capital, metonym, demonym, place or
gazetteer name inside it ("Mombasa airport", "Kremlin Palace"); else None, for the frames
to fill from context.
"""

from __future__ import annotations

import dataclasses
import json
import re
from functools import lru_cache
from importlib import resources

from giftextract.lexicon.base import (
    B, DEMONYMS, E, Entity, ORGS, PERSONS, STATE_NAMES, STOP_CAPS, hand_country, key)
from giftextract.lexicon.data import LEXICON
from giftextract.lexicon.gazetteer import GAZETTEER
from giftextract.lexicon.trie import trie_alternation
from giftextract.text.compiled import compile as compile_re
from giftextract.text.fold import fold_marks

_TABLE = json.loads(fold_marks(resources.files("giftextract.lexicon").joinpath("data", "facility_heads.json").read_text("utf-8")))
ROWS: list[dict] = _TABLE["heads"]
NOT_NAMES: set[str] = set(_TABLE["not_names"])
HEADS: dict[str, dict] = {row["head"].casefold(): row for row in ROWS}
REACH = 100  # characters from the start of a name (with "the" and an owner) to its head
_TRANSIT = tuple(h for h, row in HEADS.items() if row.get("transit"))
_ANIMAL_HOMES = tuple(h for h, row in HEADS.items() if row.get("keeps_animals"))


def is_transit(e) -> bool:
    """An airport, port, base or barracks ("Henderson International Airport"): where a gift
    passes through, never its origin or destination (facility_heads.json: transit)."""
    return getattr(e, "place_kind", None) == "facility" and e.name.casefold().endswith(_TRANSIT)


def keeps_animals(e) -> bool:
    """A zoo, or a park, reserve, orphanage or centre where given animals live ("Kuno
    National Park", "Khama Rhino Sanctuary"): where a gift of animals may go
    (facility_heads.json: keeps_animals)."""
    kind = getattr(e, "place_kind", None)
    return kind == "zoo" or (kind == "facility" and e.name.casefold().endswith(_ANIMAL_HOMES))


def _variants(row: dict) -> list[str]:
    """The head as written: "Air Base", and with ``lower`` also "air base" and "Air base"."""
    head = row["head"]
    if not row["lower"]:
        return [head]
    first, _, rest = head.partition(" ")
    return list(dict.fromkeys([head, head.lower(), (first + " " + rest.lower()).strip()]))


_SEP = r"[^\S\n]+"
# A name's first word is no stop word ("On Monday Ramstein Air Base" starts at "Ramstein");
# a later one is checked in build (the check repeated in the regex made it slow to compile).
_WORD = r"(?:St\.|[A-Z][\w'’-]*)"
_FIRST = rf"(?!{trie_alternation(STOP_CAPS | NOT_NAMES)}(?![\w'’-])){_WORD}"
# particles inside a name: "Ain al-Asad", "Tel el Kebir", "Bois de Boulogne", "at-Tanf"; "at" only
# glued by a hyphen: "Qantas Defence Services at RAAF Base Richmond" is a firm at a base
_PARTICLE = r"(?:at-|(?:al|el|ad|ar|as|az|ash|de|da|du|di|la|le|van|von|bin|ibn|ul)(?:-|[^\S\n]+))?"


def patterns() -> list[tuple[str, int, str]]:
    """(kind, rank, regex source) for each rank of the table: one compiled pattern each,
    so that the list of spotters sorted by rank is also their order of priority."""
    out = []
    for rank in sorted({row["rank"] for row in ROWS}):
        rows = [row for row in ROWS if row["rank"] == rank]
        name_head = trie_alternation(v for row in rows if row["order"] != "head name" for v in _variants(row))
        head_name = trie_alternation(row["head"] for row in rows if row["order"] != "name head")
        described = trie_alternation(_described(rows))
        source = (rf"{B}(?:the{_SEP})?"  # lower-case only, as the hand lexicon's patterns
                  rf"(?:(?P<name>{_FIRST}(?:{_SEP}{_PARTICLE}{_WORD}){{0,4}}?){_SEP}(?P<head>{name_head})"
                  rf"|(?P<head2>{head_name}){_SEP}(?P<name2>{_FIRST}(?:{_SEP}{_WORD}){{0,2}})"
                  # "Rancho El Uno, an ecological reserve": a name the apposition after it calls a facility
                  rf"|(?P<name3>{_FIRST}(?:{_SEP}{_PARTICLE}{_WORD}){{0,3}}?)(?=,{_SEP}an?{_SEP}"
                  rf"(?:[a-z0-9][\w,.-]*{_SEP}){{0,3}}(?P<head3>{described}){E})){E}")
        out.append((f"facility{rank}", rank, source))
    return out


def _described(rows: list[dict]) -> list[str]:
    """The heads, lower-case, that an apposition may call a name ("Ziwa, a private
    sanctuary", "Rancho El Uno, an ecological reserve"); not "port" ("Mombasa, a port
    city") or "fort", which describe towns."""
    return [row["head"].lower() for row in rows if row["head"] not in ("Port", "Fort")]


def cue_words(kind: str) -> set[str]:
    """The heads of a kind's pattern, as written: it is tried only before them.  Whole
    heads, not their first words: "military" or "air" alone are too common to be cues."""
    rank = int(kind.removeprefix("facility"))
    rows = [row for row in ROWS if row["rank"] == rank]
    return {v for row in rows for v in _variants(row)} | set(_described(rows))


@lru_cache(maxsize=4096)  # a document names its facilities again and again
def _country(words: tuple[str, ...]) -> tuple[str | None, bool]:
    """The country of the longest known phrase in ``words``, and whether only the generated
    gazetteer knows that phrase (then the country is as unsure as a gazetteer place's)."""
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i:i + n])
            code = hand_country(phrase)
            if code:
                return code, False
            if phrase in GAZETTEER:
                return GAZETTEER[phrase][1], True
    return None, False


_SHORT = compile_re(r"(?:[Tt]he\s+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+[A-Z]")
# a name word that says what the place is, not which one: "the National Zoo" is no "National"
_GENERIC_NAME_WORDS = frozenset(_TABLE.get("generic_name_words", ()))


def short_name(name: str) -> str | None:
    """The word a facility's name is shortened to ("Taronga" for "Taronga Zoo", "Higashiyama"
    for "the Higashiyama Zoo"): its first word, where that word is no place, state or person
    the lexicon knows ("Riga Zoo" is no "Riga") and no generic word ("National Zoo")."""
    m = _SHORT.match(name)
    if m is None:
        return None
    word = m.group(1)
    if word in _GENERIC_NAME_WORDS or word.casefold() in HEADS or hand_country(word) or word in GAZETTEER:
        return None
    return word


_WORDS = compile_re(r"\S+")


def build(m: re.Match, text: str) -> Entity | None:
    """The facility of a match, or None when its name is no name."""
    head_group, name_group = next((h, n) for h, n in (("head2", "name2"), ("head3", "name3"), ("head", "name"))
                                  if m.group(h) is not None)
    head = key(m.group(head_group))
    row = HEADS[head.casefold()]
    spans = [(w.start(), w.end()) for w in _WORDS.finditer(text, m.start(name_group), m.end(name_group))]
    words = [text[a:b] for a, b in spans]
    if any(w in NOT_NAMES for w in words[1:]):
        return None  # "Kenya Army base", "Zoo Negara Director"
    country = None
    stripped = False
    if head_group == "head2":  # "Camp Lemonnier": the name follows the head
        start = m.start("head2")
    else:
        owner = max((i for i, w in enumerate(words) if w.endswith(("'s", "’s"))), default=-1)
        if owner >= 0:  # "Kenya's Ol Pejeta sanctuary": the owner's country, the name after it
            country = _country((*words[:owner], words[owner][:-2]))[0]
            words, spans, stripped = words[owner + 1:], spans[owner + 1:], True
        for n in (2, 1):  # "the Russian Hmeimim base"
            if len(words) > n and " ".join(words[:n]) in DEMONYMS:
                country = country or DEMONYMS[" ".join(words[:n])]
                words, spans, stripped = words[n:], spans[n:], True
                break
        if not words or words[-1] in row.get("not_after", ()):
            return None
        name = " ".join(words)
        if name in DEMONYMS or name == "Korean":
            return None  # "a Russian base"
        if head[0].islower() and (name in STATE_NAMES or name in ORGS or name in PERSONS or name.isupper()):
            return None  # "the US base", "the NATO base", "the Putin residence": a description
        start = spans[0][0]
    end = m.end()
    # "Marka airport in Amman": a name only the gazetteer knows ("Marka", a Somali town) gives a
    # country that a place the facility is said to be in overrides (located, below)
    named = country or _country(tuple(words))[0] \
        or _country(tuple(w.split("-", 1)[0] for w in words[:1]))[0]  # "Nouakchott-Oumtounsy International Airport"
    # "the Adazi base": the article is in the span (as for the hand lexicon's places), not the name
    first = start if stripped else m.start()
    return Entity(first, end, text[first:end], text[start:end], None, row["kind"], named,
                  possessive=text.startswith(("'s", "’s"), end))


# "the Mihail Kogalniceanu air base near the Black Sea port of Constanta": where a
# facility of no known country is said to be, a place of known country
_LOCATED_BY = compile_re(r"\s*,?\s*(?:near|in|outside|at|of|close\s+to|north\s+of|south\s+of|east\s+of|west\s+of)\s+"
                         r"(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:of\s+)?(?:the\s+)?$")


# "Fort Stewart, Georgia": a state's name that is also a region of another state (triggers.json region_homonyms)
_HOMONYMS: dict[str, str] = LEXICON["triggers"].get("region_homonyms", {}).get("names", {})


def _homonym_regions(text: str, entities: list) -> list:
    """A state named right after a place or facility and a comma, where the name is also a
    region of the place's own state (or the place has none): that region, and so is the name
    wherever the text names it after that (one sense per article: "boarding planes in Georgia")."""
    out, regions = list(entities), set()
    for i in range(1, len(out)):
        e, before = out[i], out[i - 1]
        region_of = _HOMONYMS.get(e.name)
        if not region_of or e.party_kind != "state":
            continue
        if e.name in regions or (before.place_kind and before.party_kind is None and before.country in (None, region_of)
                                 and text[before.end:e.start] in (", ", ",")):
            out[i] = dataclasses.replace(e, party_kind=None, place_kind="region", country=region_of)
            regions.add(e.name)
            if before.country is None and e.start - before.end <= 2:
                out[i - 1] = dataclasses.replace(before, country=region_of)
    return out


# "Victoria, Canada", "Bergen in Lower Saxony": a town's or region's state (or region) told right after it ...
# ... with a town of its own between ("San Jose, Pili, Camarines Sur": a barangay of Pili)
_STATE_AFTER = compile_re(r"(?:,[ \t]*|[ \t]+in[ \t]+)(?:[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?,[ \t]*)?$")
# ... unless a list of places goes on ("visits to Tokyo, China and Korea")
_LIST_GOES_ON = compile_re(r"[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(?:the[ \t]+)?[A-Z]")
# the end of a state that qualifies a town before it: a comma, a stop or a bracket ("San Jose,
# Philippines, last year")
_QUALIFIER_ENDS = compile_re(r"[ \t]*(?:[,.;:)\]]|\n|$)")


def _placed_in_states(text: str, entities: list) -> list:
    """A town or region a state's or a region's name follows, after a comma or "in", is in
    that state, whatever the lexicon took it for: "Victoria, Canada", "Bergen in Lower Saxony"
    (the namesakes in Australia and Norway are other places).  A state abbreviated so
    ("Fort Drum, N.Y.") only places its town: it is no place of its own there."""
    out, spent = list(entities), set()
    for i in range(len(out) - 1):
        e, state = out[i], out[i + 1]
        # a capital's namesake too: "Athens, Ga.", "San Jose, Calif.", "San Jose, Philippines,"
        # are towns, not a state's seat; a state after a capital that goes on with a clause of
        # its own is none of that ("the centre of Nuku'alofa, Australia flew in 50 soldiers")
        namesake = e.party_kind == "state" and e.place_kind == "city" and state.country != e.country and (
            state.place_kind == "region" or state.place_kind == "country" and _QUALIFIER_ENDS.match(text, state.end))
        if e.place_kind in ("city", "region") and (e.party_kind is None or namesake) and state.place_kind in ("country", "region") \
                and state.country and not state.demonym \
                and _STATE_AFTER.match(text[e.end:state.start]) and not _LIST_GOES_ON.match(text, state.end):
            if e.country != state.country:
                out[i] = dataclasses.replace(e, country=state.country, party_kind=None)
            if state.place_kind == "region" and state.text.endswith("."):
                spent.add(i + 1)  # "Grayling, Mich.": the abbreviation only places its town
    return [e for i, e in enumerate(out) if i not in spent] if spent else out


# "a gift from its twin city of Ningbo", "from Omaha, Nebraska, Shizuoka's sister city": a city
# told as another's sister or twin acts as its council does, a party of its state; so does the
# city whose twin it is ("a gift to Nottingham from its twin city", "Shizuoka's sister city")
_TWINNED_BEFORE = compile_re(r"(?P<its>its[ \t]+)?(?:sister|twin|twinned|partner|friendship)[ -]cit(?:y|ies)[ \t]*,?[ \t]+(?:of[ \t]+)?$", re.IGNORECASE)
_TWINNED_AFTER = compile_re(r",?[ \t]+(?:(?P<owner>[A-Z][\w-]*)'s[ \t]+|(?:its|their|her|his)[ \t]+)?(?:sister|twin|partner)[ -]city\b", re.IGNORECASE)
_TWIN_REACH = 120  # characters back to the city whose twin "its twin city" names


def _twin_cities(text: str, entities: list) -> list:
    """Cities told as sister or twin cities are parties of their states: they give and
    receive; the words that say so before one are part of its mention ("its twin city of Ningbo")."""
    out, owners = list(entities), set()
    for i, e in enumerate(out):
        before, after = _told_as(text, e, _TWINNED_BEFORE, 40, _TWINNED_AFTER)
        if before is None and after is None:
            continue
        start = before.start("its") if before and before.group("its") else before.start() if before else e.start
        out[i] = _as_party(text, e, start, e.end)
        if before and before.group("its"):  # "its": the last city before it
            owner = next((j for j in range(i - 1, max(-1, i - 4), -1) if out[j].place_kind == "city"), None)
            if owner is not None and start - out[owner].end <= _TWIN_REACH:
                owners.add(owner)
        if after and after.group("owner"):  # "Shizuoka's sister city": the city named
            owners.update(j for j in range(i + 1, min(len(out), i + 3)) if out[j].name == after.group("owner"))
    for j in owners:
        if out[j].party_kind is None and out[j].country:
            out[j] = dataclasses.replace(out[j], party_kind="organization")
    return out


# "the City of Nottingham", "Ningbo Municipal Government", "Kobe City Council": a town's own
# government acts as an institution of its state, giving and receiving (GOLD.md)
_COUNCIL_BEFORE = compile_re(r"(?:[Tt]he[ \t]+)?(?:City|Municipality|Town|Prefecture|Metropolis)[ \t]+of[ \t]+$")
_COUNCIL_AFTER = compile_re(r"[ \t]+(?:[Cc]ity|[Mm]unicipal|[Tt]own|[Mm]etropolitan|[Pp]refectural)[ \t]+"
                            r"(?:[Cc]ouncil|[Gg]overnment|[Aa]ssembly|[Hh]all|[Aa]dministration)\b")


_COUNCIL_CUE = compile_re(r"(?i:city|municipal|town|prefect|metropol)")  # a cheap test before the look at each city


def _town_governments(text: str, entities: list) -> list:
    """A city told as its own government ("the City of Nottingham", "Kobe City Council") is a
    party of its state, the words that say so part of its mention."""
    out = list(entities)
    for i, e in enumerate(out):
        before, after = _told_as(text, e, _COUNCIL_BEFORE, 20, _COUNCIL_AFTER)
        if before is not None or after is not None:
            out[i] = _as_party(text, e, *((before.start(), e.end) if before else (e.start, after.end())))
    return out


def _told_as(text: str, e, before_re, reach: int, after_re) -> tuple:
    """For a city of known country that is no party yet, the words before it (searched
    within ``reach``) or, failing them, right after it that make it one; (None, None) else."""
    if e.place_kind != "city" or e.party_kind is not None or not e.country:
        return None, None
    before = before_re.search(text, max(0, e.start - reach), e.start)
    return before, (None if before else after_re.match(text, e.end))


def _as_party(text: str, e, start: int, end: int):
    """The city ``e`` as a party of its state, its mention ``text[start:end]``."""
    return dataclasses.replace(e, party_kind="organization", start=start, end=end, text=text[start:end])


def located(text: str, entities: list) -> list:
    """A facility of no known country, or of one only its town's name in the gazetteer gave
    ("Marka airport in Amman"), takes the country of the place it is said to be near ("the
    Mihail Kogalniceanu air base near the Black Sea port of Constanta")."""
    out = _homonym_regions(text, entities) if _HOMONYMS else list(entities)
    out = _placed_in_states(text, out) if len(out) > 1 else out
    out = _twin_cities(text, out) if "ity" in text else out
    out = _town_governments(text, out) if _COUNCIL_CUE.search(text) else out
    for i, e in enumerate(out):
        if (e.country is not None and _country(tuple(e.name.split())) != (e.country, True)) or e.place_kind not in ("zoo", "facility"):
            continue
        for nxt in out[i + 1:i + 3]:
            if nxt.country and not nxt.demonym and nxt.place_kind and nxt.start - e.end <= 60 \
                    and _LOCATED_BY.match(text, e.end, nxt.start):
                # a country the gazetteer gave is as sure as the gazetteer's (lexicon/corroborate.py)
                out[i] = dataclasses.replace(e, country=nxt.country, via=nxt.via if nxt.via == "gazetteer" else e.via)
                break
    return out
