"""Layer 2: the lexicon data files, loaded once at import and extensible by users.

Each JSON file in ``data/`` is keyed by a canonical id with its surfaces (the idea of
quantulum3's ``units.json``).  Users add their own entries by pointing the environment
variable ``GIFTEXTRACT_LEXICON_DIR`` at a folder of files with the same names
(``species.json``, ``people.json``, ...): their entries are merged over the packaged ones
once, at import.  Nothing is loaded or compiled per call.

A table may be split over several packaged files, read in the order of ``_PARTS``: the
people table is ``people.json`` (the people news names now: ministers, spokesmen, envoys)
``leaders.json`` (heads of state and government, monarchs and foreign ministers since
1950, grouped by country) and ``historic_leaders.json`` (their predecessors, 1789-1949).  An id in two parts is an error.  A user's ``people.json`` is
merged over the whole table.
"""

from __future__ import annotations

import json
import os
import pathlib

from giftextract.text.fold import fold_marks
from importlib import resources
from typing import Any

_FILES = ("species", "breeds", "objects", "states", "people", "organizations", "places", "triggers")
_PARTS = {"people": ("people", "leaders", "historic_leaders")}


def _read(part: str) -> dict[str, Any]:
    raw = resources.files("giftextract.lexicon").joinpath("data").joinpath(f"{part}.json").read_text("utf-8")
    data = json.loads(fold_marks(raw))
    data.pop("_doc", None)
    data.pop("_examples", None)  # the table's example sentences, run by the tests
    return data


def _load(name: str) -> dict[str, Any]:
    """The packaged table ``name``: its parts, in order."""
    data: dict[str, Any] = {}
    for part in _PARTS.get(name, (name,)):
        entries = _read(part)
        repeated = sorted(data.keys() & entries.keys())
        if repeated:
            raise ValueError(f"lexicon table {name!r}: {part}.json repeats ids of an earlier part: {repeated[:5]}")
        data.update(entries)
    return data


def _user_entries(name: str) -> dict[str, Any]:
    folder = os.environ.get("GIFTEXTRACT_LEXICON_DIR")
    path = pathlib.Path(folder, f"{name}.json") if folder else None
    if path is None or not path.is_file():
        return {}
    data = json.loads(fold_marks(path.read_text("utf-8")))
    data.pop("_doc", None)
    data.pop("_examples", None)  # as in a packaged table: examples, not entries
    return data


def _with_official_names(states: dict[str, Any]) -> dict[str, Any]:
    """The states with the official names generated from pycountry ("Islamic Republic of
    Pakistan": official_names.json, scripts/gen_official_names.py) added to their names."""
    for code, names in _read("official_names")["names"].items():
        if code in states:
            known = {n.casefold() for n in states[code]["names"]}
            states[code] = {**states[code], "names": states[code]["names"] + [n for n in names if n.casefold() not in known]}
    return states


def joined_spellings(name: str) -> list[str]:
    """The other ways the press joins the two parts of a state's name written with "and":
    "St. Kitts-Nevis" and "St. Kitts & Nevis" for "St. Kitts and Nevis" (no hyphen before
    "the": "St Vincent & the Grenadines" only)."""
    if name.count(" and ") != 1:
        return []
    first, second = name.split(" and ")
    return [f"{first} & {second}"] + ([] if second.startswith("the ") else [f"{first}-{second}"])


def _with_joined_names(states: dict[str, Any]) -> dict[str, Any]:
    for code, state in states.items():
        names = state["names"]
        extra = [j for n in names for j in joined_spellings(n) if j not in names]
        if extra:
            states[code] = {**state, "names": names + list(dict.fromkeys(extra))}
    return states


def _merged(name: str) -> dict[str, Any]:
    packaged, user = _load(name), _user_entries(name)
    if name == "states":
        packaged = _with_joined_names(_with_official_names(packaged))
    if name == "triggers":  # lists of words: the user's extend the packaged ones
        for key, value in user.items():
            base = packaged.get(key)
            if isinstance(base, list):
                packaged[key] = base + [w for w in value if w not in base]
            elif isinstance(base, dict):
                packaged[key] = {**base, **value}
            else:
                packaged[key] = value
        return packaged
    return {**packaged, **user}


LEXICON: dict[str, dict[str, Any]] = {name: _merged(name) for name in _FILES}


def plural(word: str) -> str:
    """English plural of the last word of a name: 'mandarin duck' -> 'mandarin ducks'."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"
