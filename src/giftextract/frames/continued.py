"""Layer 6: a list that goes on past a semicolon, or is set out after a colon.

Long lists of things given are often cut into groups by semicolons ("600 family tents, 1,008
food boxes and 1,000 hygiene boxes; 2,000 blankets and 432 cooking kits; plus 395 kg of baby
food").  The sentence layer cuts a clause at each semicolon, so a group after one is a clause
of its own with no word of giving.  A clause that is nothing but such a group (things, list
links, an attribution at its end) goes on with the list of the clause right before it.
"""

from __future__ import annotations

import regex

from giftextract.mentions.contents import list_only
from giftextract.mentions.items import ItemRef, find_items
from giftextract.mentions.sentence import SentenceView
from giftextract.mentions.units import build_units


def continued_list(view: SentenceView, lo: int, hi: int, taken: set[int]) -> list[ItemRef]:
    """The things of clause ``text[lo:hi]`` when it opens on a semicolon and holds only a group
    of a list: they belong to the list of the clause before (empty otherwise)."""
    if not view.text.startswith(";", lo):
        return []
    items, _total = find_items(view, lo, hi, taken)
    if not items and not view.counts_in(lo, hi):
        return []  # (an open thing needs its count: "; blankets" alone may be anything)
    seq = build_units(view, lo, hi, items, {i.count.start for i in items if i.count} | taken)
    return list_only(seq.units)


# "The list is long: 16 ventilators, 15 oxygen concentrators ...", "On board: 30 tents and 12
# generators": a few words, a colon and a figure open a list of the gift told before
_COLON_LIST = regex.compile(r"\W*(?:[A-Za-z'-]+\s+){0,6}?[A-Za-z'-]+\s*:\s+(?=(?:some\s+|about\s+|nearly\s+|over\s+)?\d)")


_FIGURE = regex.compile(r"(?<![\w.,])\d")  # a figure's first digit
_OWN_EVENT = frozenset({"gift_verb", "gift_noun", "receive_verb", "personnel", "event_noun"})  # ("is" may be a deploy verb)


def colon_list(view: SentenceView, lo: int, hi: int):
    """The colon of a clause that only sets out a list after a few words of its own (no word
    of giving or moving, no party, at least two figures after it): a match pointing back to
    the open gift, else None."""
    m = _COLON_LIST.match(view.text, lo, hi)
    if m is None or any(lo <= t.start < m.end() and t.kind in _OWN_EVENT for t in view.triggers) or view.entities_in(lo, m.end()) \
            or len(view.counts_in(m.end(), hi)) < 2:
        return None
    return m


def opens_a_list(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` opens on a few words and a colon before a list
    of figures (a cheap test on the text, before the sentence is read)."""
    m = _COLON_LIST.match(text, start, end)
    return m is not None and sum(1 for _ in _FIGURE.finditer(text, m.end(), end)) >= 2
