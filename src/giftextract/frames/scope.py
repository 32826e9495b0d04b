"""Layer 5: which of a clause's things a construction's theme gives.

Every known item of a clause was given where a row fills its THEME, yet a clause may name
things that belong to someone else ("For a host who keeps Akhal-Teke horses and a gilded
statue, Modi chose his present: a handcrafted saddle"). A theme named after its verb takes
what follows the verb; one named before it, the thing it stands beside.
"""

from __future__ import annotations

import regex

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
