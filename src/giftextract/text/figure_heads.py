"""Layer 1: a figure set on a line of its own, joined to the paragraph that tells what it counts.

"The week in numbers", "by the numbers" and fact boxes lead with the figure ("50,000") and
tell what it counts in the next paragraph ("Doses of China's Sinopharm vaccine, a donation
from Beijing, that arrived ..."). Read as written, the figure is a sentence of its own and
counts nothing. Joined (the line break a space, a list number, a colon and an opener that
points back at the figure blanked: data/figure_heads.json), it counts the noun that opens the
paragraph, as "50,000 doses" would. Every change keeps the text's length, so offsets still
map to the caller's string.
"""

from __future__ import annotations

import json
import re
from importlib import resources

from giftextract.text.compiled import compile as compile_re

TABLE = json.loads(resources.files("giftextract.text").joinpath("data", "figure_heads.json").read_text("utf-8"))
_NOT_AFTER = frozenset(TABLE["not_after"])


def _alternation(phrases: list[str]) -> str:
    """Phrases as a regex alternation, the longest first, spaces as any run of blanks."""
    return "|".join(re.escape(p).replace(r"\ ", r"[ \t]+") for p in sorted(phrases, key=lambda p: (-len(p), p)))

FIGURE = (r"(?:(?:" + _alternation(TABLE["qualifiers"]) + r")[ \t]+)?[$\u20ac\u00a3]?[0-9][0-9,]*(?:\.[0-9]+)?"
           r"(?:[ \t]*(?:\+|-plus|million|billion))?")
# a figure alone on its line (a list number or a bullet before it, a colon or a dash after
# it: "* 50,000 - Doses of Covishield ..."), then the paragraph
_HEAD = compile_re(
    r"(?m)^(?P<number>[ \t]*(?:[0-9]{1,2}[.)]|[*\u2022])[ \t]+)?(?P<figure>" + FIGURE + r")(?P<colon>[ \t]*(?::|[-\u2013\u2014](?=[ \t])))?[ \t]*"
    r"(?P<gap>\r?\n(?:[ \t]*\r?\n)?[ \t]*|(?<=[:\u2013\u2014-])[ \t]+)"
    r"(?P<opener>(?:" + _alternation(TABLE["openers"]) + r")[ \t]+)?(?P<next>[A-Za-z][\w'\u2019-]*)")


_INK = compile_re(r"[^ \t]")  # what a blanked piece turns to spaces (its tabs stay)


def joined_figure_heads(text: str) -> str:
    """``text`` with each figure heading joined to the paragraph after it (same length)."""
    if not any(c.isdigit() for c in text):
        return text
    pieces, last = [], 0
    for m in _HEAD.finditer(text):
        if m.group("opener") is None and (m.group("next") in _NOT_AFTER or (m.group("colon") is None and m.group("next")[0].islower())):
            continue  # "218" then "The strength of ...": no noun the figure counts
        if m.group("colon") is None and "\n" not in m.group("gap"):
            continue
        for name in ("number", "colon", "gap", "opener"):
            if m.group(name):
                pieces.append(text[last:m.start(name)])
                pieces.append(_INK.sub(" ", m.group(name)))
                last = m.end(name)
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)
