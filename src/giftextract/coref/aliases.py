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
from giftextract.lexicon.entities import Entity

_CAPITALISED = re.compile(r"(?<![\w'-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?P<poss>'s)?(?![\w-])")
_NEXT_CAPITAL = re.compile(r"\s+[A-Z]")
ENABLED = any(s.name == "alias" and s.enabled for s in SIEVES)


def alias_entities(text: str, lo: int, hi: int, discourse: Discourse, entities: list[Entity]) -> list[Entity]:
    """Entities for short names in ``text[lo:hi]`` that ``discourse`` knows, beside ``entities``."""
    if not ENABLED or not discourse.names:
        return []
    taken = [(e.start, e.end) for e in entities]
    out = []
    for m in _CAPITALISED.finditer(text, lo, hi):
        full = discourse.names.get(m.group(1))
        if full is None or any(a <= m.start() < b for a, b in taken):
            continue
        if m.group("poss") is None and _NEXT_CAPITAL.match(text, m.end(1)):
            continue
        out.append(dataclasses.replace(full, start=m.start(), end=m.end(1), text=m.group(1), name=m.group(1),
                                       possessive=m.group("poss") is not None))
    return out
