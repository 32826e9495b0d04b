"""Layer 2: the lexicon data files, loaded once at import and extensible by users.

Each JSON file in ``data/`` is keyed by a canonical id with its surfaces (the idea of
quantulum3's ``units.json``).  :func:`extend` merges a user's own entries and rebuilds
the compiled patterns once; nothing is loaded or compiled per call.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

_FILES = ("species", "breeds", "objects", "states", "people", "organizations", "places", "triggers")


def _load(name: str) -> dict[str, Any]:
    raw = resources.files("giftextract.lexicon").joinpath("data").joinpath(f"{name}.json").read_text("utf-8")
    data = json.loads(raw)
    data.pop("_doc", None)
    return data


LEXICON: dict[str, dict[str, Any]] = {name: _load(name) for name in _FILES}


def plural(word: str) -> str:
    """English plural of the last word of a name: 'mandarin duck' -> 'mandarin ducks'."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"
