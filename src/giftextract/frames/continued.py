"""Layer 6: a list that goes on past a semicolon.

Long lists of things given are often cut into groups by semicolons ("600 family tents, 1,008
food boxes and 1,000 hygiene boxes; 2,000 blankets and 432 cooking kits; plus 395 kg of baby
food").  The sentence layer cuts a clause at each semicolon, so a group after one is a clause
of its own with no word of giving.  A clause that is nothing but such a group (things, list
links, an attribution at its end) goes on with the list of the clause right before it.
"""

from __future__ import annotations

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
