"""Layer 5: which of a clause's things a construction's theme gives.

Every known item of a clause was given where a row fills its THEME, yet a clause may name
things that belong to someone else ("For a host who keeps Akhal-Teke horses and a gilded
statue, Modi chose his present: a handcrafted saddle"). A theme named after its verb takes
what follows the verb; one named before it, the thing it stands beside.

Nor is every figure of a clause one recipient's: "Taken together, the shipments to all 15
countries comprise nearly eight million masks" tells the whole gift's figure, shared out among
recipients the clause does not name; the article's one recipient (Tanzania) got an untold part
of it (GOLD.md: a null count). The words for states are the gift table's marker
``many_states``; the figure is a number of three or more (two is a pair: "between the two
countries").
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

import regex

from giftextract.constructions.table import Table
from giftextract.quantity.numbers import counted_group
from giftextract.text.compiled import compile as compile_re
from giftextract.lexicon.data import LEXICON
from giftextract.text.patterns import compile_pattern

_SAYING = LEXICON["triggers"]["speech_venues"]["verbs"]


def in_theme_scope(items: list, theme, units, text: str) -> list:
    """The items of a clause whose theme a construction names after its verb: not the things
    named before the verb, in a phrase of their own ("For a host who keeps Akhal-Teke horses ...,
    Modi chose his present: a saddle"), unless a passive verb tells them before the theme's
    own verb ("Two elephants ... were flown to Qatar, ... has given elephants")."""
    if theme.trigger is None or not any(u.kind == "I" for u in theme.units):
        return items
    first = theme.units[0].start
    if first < theme.trigger.start:
        # a theme before its verb keeps the thing it stands beside ("The koalas, three female and
        # three male, were gifted"; "the first submarine in its history, a Kilo-class boat that India gave")
        return [i for i in items if i.end > first or _BESIDE.fullmatch(text, i.end, first)]
    # "handed over 20 buses to Laos together with a plane": the things after the verb are all given,
    # up to a second verb of saying and its clause ("would give the army a pair of MiG-29s and
    # pointed out that the country flew no aircraft other than helicopters")
    told = [u.start for u in units if u.kind == "V" and "passive" in u.feats and u.start <= theme.trigger.start]
    said = _SECOND_SAYING.search(text, theme.units[-1].end, units[-1].end) if units else None
    return [i for i in items if (i.end > theme.trigger.start or any(i.end <= v for v in told))
            and (said is None or i.start < said.start())]


_BESIDE = compile_pattern(r"[^,.;:()]{0,30},\s*")
# a second verb of saying (triggers.json speech_venues verbs, and "pointed out") and its "that"
_SECOND_SAYING = compile_pattern(r",?\s+and\s+(?:also\s+)?(?:" + "|".join(sorted(map(regex.escape, _SAYING))) + r"|pointed\s+out|told\s+\w+)\s+that\b")


@lru_cache(maxsize=8)
def _many_states(words: tuple[str, ...], kinds: tuple[str, ...]):
    """'to all 15 countries', 'among some 19 nations', 'to more than 30 African states'."""
    return compile_re(r"(?i)\b(?:to|among|between|across|for|in)\s+(?:(?:all|the|some|about|around|nearly|over|more\s+than)\s+){0,2}"
                      + counted_group(words, kinds))


def shared_out(items: list, view, lo: int, hi: int, fills: dict, table: Table) -> list:
    """The items of a clause, their figures dropped where the clause gives to many states and
    names no recipient of its own ("the shipments to all 15 countries comprise 900,000 visors";
    not "Two ventilators for Ukraine were among the 35 the Pope donated to 13 countries")."""
    words = tuple(table.markers.get("many_states", ()))
    if not words or fills.get("RECIPIENT") or not any(i.count is not None for i in items) \
            or not _many_states(words, tuple(table.markers.get("many_states_kinds", ()))).search(view.text, lo, hi):
        return items
    givers = {id(f.unit.ref) for f in fills.get("GIVER", ())}
    if any(lo <= e.start < hi and e.party_kind == "state" and id(e) not in givers for e in view.entities):
        return items  # a state of its own in the clause: its share is told
    return [dataclasses.replace(i, count=None) if i.count is not None else i for i in items]
