"""Layer 2: towns no list names, placed by the sentence (data/placed_names.json).

"stationed at Naqoura in south Lebanon", "trainers at Yavoriv, Ukraine", "the town of
Merowe in northern Sudan": a capitalised name after a locative preposition, followed by
"in" (or a comma) and a state's or region's name, is a town of that state.  The gazetteer
cannot hold every village, base town and district the news names; the sentence places it.

The name must touch no entity the spotters found, and none of its words may be one the
table says is no place's (months, feasts, titles, offices, continents), nor a capital
inside a word (an acronym's): "in April in Lebanon", "to
President Aoun in Lebanon", "the Ministry of Defence in Lebanon" place nothing.
"""

from __future__ import annotations

import bisect
import json
import re
from importlib import resources

from giftextract.lexicon.base import Entity, shared_text
from giftextract.lexicon.trie import trie_alternation
from giftextract.text.compiled import compile as compile_re
from giftextract.text.fold import fold_marks

TABLE = json.loads(fold_marks(resources.files("giftextract.lexicon").joinpath(
    "data", "placed_names.json").read_text("utf-8")))
_NOT_NAMES = frozenset(TABLE["not_names"])
_WORD = r"[A-Z][\w'\u2019]*"
_PARTICLE = r"(?:al|el|ad|as|ash|an|ar|az|de|du|des|la|le|di|da|do|dos|van|von|bin|ibn)"
_NAME = rf"{_WORD}(?:(?:[ \t]+|-)(?:{_PARTICLE}(?:[ \t]+|-))?{_WORD}){{0,2}}"
_BEFORE_STATE = compile_re(
    r"(?<![\w'-])(?:(?:" + trie_alternation(TABLE["prepositions"]) + r")|(?P<after_lower>"
    + trie_alternation(TABLE["after_lower"]) + r")|(?:" + trie_alternation(TABLE["of_heads"])
    + r")[ \t]+of)[ \t]+(?:the[ \t]+)?(?P<name>" + _NAME + r")(?P<link>,[ \t]*|[ \t]+in[ \t]+(?:the[ \t]+)?(?:(?:"
    + trie_alternation(TABLE["compass"]) + r")[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?)?)$")
# "at Naqoura, Lebanon, Syria and Iraq" is a list of places, not a town and its state
_LIST_GOES_ON = compile_re(r"[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(?:the[ \t]+)?[A-Z]")
_REACH = 90  # characters back from the state's name to the preposition
_LOWER_WORD_BEFORE = compile_re(r"(?<![\w'-])[a-z][\w'-]*[ \t]+$")  # "bound for", not "School for"
_WORDS = re.compile(r"[\w'\u2019]+")
_INNER_CAPITAL = re.compile(r"(?<!^)(?<!^Mc)(?<!^Mac)[A-Z]")  # "MApN", "UNIFIL": an office's or a mission's letters


def placed_names(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` (sorted by start) with the towns the sentence places added in order."""
    added = []
    starts = [e.start for e in entities]
    for i, state in enumerate(entities):
        if state.place_kind not in ("country", "region") or not state.country or state.demonym:
            continue
        lo = max(entities[i - 1].end if i else 0, state.start - _REACH)
        m = _BEFORE_STATE.search(text, lo, state.start)
        if m is None or any(w in _NOT_NAMES or _INNER_CAPITAL.search(w) for w in _WORDS.findall(m.group("name"))):
            continue
        if m.group("link").startswith(",") and _LIST_GOES_ON.match(text, state.end):
            continue
        if m.group("after_lower") and not _LOWER_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "the Royal School for Non-Commissioned Officers in Belgium": a name's own word
        j = bisect.bisect_left(starts, m.start("name"))
        if j < i:  # an entity the spotters found lies inside the name or the link
            continue
        name = shared_text(m.group("name"))
        added.append(Entity(m.start("name"), m.end("name"), name, name, None, "city", state.country, via="placed"))
    if not added:
        return entities
    return sorted([*entities, *added], key=lambda e: e.start)
