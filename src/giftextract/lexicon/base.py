"""Layer 2: the Entity record and the hand lexicon's look-up tables, shared by the spotters.

entities.py (the hand lexicon's patterns), facilities.py (names by head word) and
gazetteer.py (generated city and region names) all read these; entities.py re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from operator import attrgetter
from sys import intern

from giftextract.lexicon.data import LEXICON
from giftextract.lexicon.trie import trie_alternation
from giftextract.text.compiled import compile as compile_re


@dataclass(frozen=True, slots=True)
class Entity:
    """A named (or described) party or place.  ``country`` is ISO alpha-2 or None."""

    start: int
    end: int
    text: str
    name: str  # as written, without a leading "the"
    party_kind: str | None  # person | state | organization | people | group
    place_kind: str | None  # zoo | facility | city | region | country
    country: str | None
    title: str | None = None
    canonical: str | None = None
    source: bool = False  # a news agency: cited, never acting
    possessive: bool = False  # written "X's"
    demonym: bool = False  # an adjective only ("North Korean troops")
    ambiguous_korea: bool = False  # "Korean": KP or KR, decided by the document
    via: str | None = None  # the coreference sieve that named it ("alias", "apposition", "dateline")


def possessive_mark(text: str, end: int, name: str) -> int:
    """The length of the possessive mark after a name ending at ``end``: "Russia's" (2),
    "Honduras' 370 soldiers", "the Philippines' navy" (1: a name in -s takes the apostrophe
    alone), else 0."""
    if text.startswith(("'s", "\u2019s"), end) and not text[end + 2:end + 3].isalnum():
        return 2
    return 1 if name.endswith("s") and text.startswith(("' ", "\u2019 "), end) else 0


def shared_text(s: str) -> str:
    """``s`` as the one str of its value: a long document writes the same names thousands of
    times, and the frames it keeps to its end hold them (10 MB document: 30,000 kept names,
    one str each before)."""
    return intern(s)


_ENTITY_FIELDS = attrgetter(*(f.name for f in fields(Entity)))


def copy_entity(e: Entity) -> Entity:
    """A new Entity equal to ``e`` (``dataclasses.replace(e)`` without its per-call
    bookkeeping: every field of Entity is an init field)."""
    return Entity(*_ENTITY_FIELDS(e))


def _surface_map(table: dict, key: str = "surfaces", spellings: dict[str, tuple[str, ...]] | None = None) -> dict[str, str]:
    out: dict[str, str] = {}
    for canonical, entry in table.items():
        for surface in entry[key]:
            for spelt in _spelt(surface, spellings or {}):
                out.setdefault(spelt, canonical)
    return out


def _spelt(surface: str, spellings: dict[str, tuple[str, ...]]) -> list[str]:
    """``surface`` and its other spellings: each word of a group of name_spellings written
    as each of the others ("Mohamed bin Zayed", "Mohamed Bin Zayed"); the surface first."""
    out = [""]
    for word in surface.split(" "):
        out = [f"{head} {w}" if head else w for head in out for w in spellings.get(word, (word,))]
    return [surface, *(o for o in out if o != surface)]


_STATES = LEXICON["states"]
STATE_NAMES = {n: code for code, s in _STATES.items() for n in s["names"]}
DEMONYMS = {d: code for code, s in _STATES.items() for d in s["demonyms"]}
CAPITALS = {c: code for code, s in _STATES.items() for c in s["capitals"]}
METONYMS = {m: code for code, s in _STATES.items() for m in s.get("metonyms", ())}


def _people_nouns(table: dict) -> tuple[dict[str, str], dict[str, str]]:
    """A state's people as a plural noun (triggers.json demonym_nouns): ({"Americans": "US",
    "Turks": "TR", ...}, {"Chinese": "CN", ...}), the second the demonyms English leaves
    unchanged, nouns only before a verb."""
    plural, bare = dict(table.get("extra", {})), {}
    for demonym, code in DEMONYMS.items():
        if not demonym.replace(" ", "").isalpha():
            continue  # "U.S." names no people
        if demonym.endswith(tuple(table.get("unchanged_endings", ()))):
            bare[demonym] = code
        elif demonym + "s" not in STATE_NAMES:  # "the Philippines" is the state
            plural.setdefault(demonym + "s", code)
    return plural, bare


PEOPLE_NOUNS, PEOPLE_BARE = _people_nouns(LEXICON["triggers"].get("demonym_nouns", {}))
# "Shaikh Mohamed Bin Zayed" is "Sheikh Mohamed bin Zayed" (triggers.json name_spellings)
_SPELLINGS = {w: tuple(g) for g in LEXICON["triggers"].get("name_spellings", {}).get("groups", ()) for w in g}
PERSONS = _surface_map(LEXICON["people"], spellings=_SPELLINGS)
ORGS = _surface_map(LEXICON["organizations"])
PLACES = _surface_map(LEXICON["places"])
TITLES = LEXICON["triggers"]["titles"]
# "agriculture" in "Zambia's agriculture minister": written lower case and capitalised
PORTFOLIOS = [f(w) for w in LEXICON["triggers"].get("title_portfolios", {}).get("words", ()) for f in (str, str.capitalize)]
# "transitional" in "Mali's transitional president": a leader's standing before a title
ROLE_ADJECTIVES = LEXICON["triggers"]["role_adjectives"]["words"]
INSTITUTIONS = LEXICON["triggers"]["institution_nouns"]

STOP_CAPS = {"The", "This", "That", "These", "Those", "A", "An", "In", "On", "At", "For", "From", "To",
             "By", "With", "And", "But", "Its", "His", "Her", "Their", "Our", "Back", "Meanwhile",
             "However", "Earlier", "Last", "Next", "During", "After", "Before", "When", "While"}

# left word boundary that also refuses "U.S.-" joins, but not a time's prefix: "then-Guatemalan
# president Alvaro Colom", "the ex-Soviet leader" name the state
B = r"(?:(?<![\w'-])|(?<=\b[Tt]hen-)|(?<=\b[Ee]x-))"
E = r"(?![\w-])"


def key(surface: str) -> str:
    """Lexicon key of a matched surface: patterns accept any whitespace between words
    ("North  Korea", "North\nKorea"); the lexicon spells them with one space."""
    return " ".join(surface.split())


def spans_states(entity) -> bool:
    """A region the places table gives no one country: the Sahel, the Balkans, the Horn of
    Africa (an open-class "Cabo Delgado Province" has no country yet, it is not one of these)."""
    row = LEXICON["places"].get(entity.canonical) if entity.canonical else None
    return bool(row) and row.get("kind") == "region" and row.get("country") is None


def hand_country(phrase: str) -> str | None:
    """The country the hand lexicon gives a phrase: a state, capital, demonym, metonym,
    place or person; None when it does not know it."""
    code = STATE_NAMES.get(phrase) or CAPITALS.get(phrase) or DEMONYMS.get(phrase) or METONYMS.get(phrase)
    if code:
        return code
    if phrase in PLACES:
        return LEXICON["places"][PLACES[phrase]]["country"]
    if phrase in PERSONS:
        return LEXICON["people"][PERSONS[phrase]]["country"]
    return None


def anchored_finditer(anchors, match, text: str, pos: int = 0, endpos: int | None = None):
    """``finditer`` for a pattern tried only at ``anchors`` (a compiled regex of where a match
    may start): ``match(text, start, end)`` at each, matches never overlapping, as finditer's."""
    end = len(text) if endpos is None else endpos
    last = pos
    for a in anchors.finditer(text, pos, end):
        if a.start() < last:
            continue
        m = match(text, a.start(), end)
        if m is not None:
            yield m
            last = m.end()


@lru_cache(maxsize=1)
def _state_words() -> tuple:
    """The pattern of every state's name, demonym, capital and metonym, and the country of
    each, built on first use (the package's cached compiler: no parse in a later process)."""
    words = {**METONYMS, **CAPITALS, **DEMONYMS, **STATE_NAMES}
    return compile_re(r"(?<![\w-])(?:" + trie_alternation(words) + r")(?![\w-])"), words


def countries_named(text: str, start: int, end: int) -> set[str]:
    """The countries whose name, demonym, capital or metonym ``text[start:end]`` writes, as
    whole words and as the lexicon spells them ("Singapore" of "the Singapore Armed Forces",
    "Uzbek", "Kyiv"): a test a sentence passes before its names are spotted."""
    pattern, words = _state_words()
    # (the pattern lets any run of spaces stand between a name's words: "North  Korea")
    return {code for m in pattern.finditer(text, start, end) if (code := words.get(" ".join(m.group().split())))}
