"""Layer 3: modifiers joined by "and" or commas that share the noun after the last of them.

"medical and emergency supplies" reads, word by word, as a bare "medical" and "emergency
supplies"; "20 six-wheel-drive and 50 four-wheel-drive Zetros trucks" as "20 six-wheel-drive"
and 50 trucks.  A bare singular (or a numeral before one) in a list whose last member is a
plural of several words names no thing of its own: it modifies that member's noun.  Each such
modifier takes the last member's words after its own first word ("medical supplies"); a count
of several before the first member with none after it counts one thing of them all ("11
emergency and patient-transport ambulances").  Words are data: open_items.json shared_heads.
"""

from __future__ import annotations

from dataclasses import replace

from giftextract.mentions.open_items import MASS_GOODS as _MASS_GOODS, head_name
from giftextract.mentions.open_items_table import OPEN_ITEMS_TABLE

_DATA = OPEN_ITEMS_TABLE["shared_heads"]
_ATTRIBUTIVE_PLURALS = frozenset(_DATA["attributive_plurals"])
_NOT_MODIFIERS = _MASS_GOODS | frozenset(OPEN_ITEMS_TABLE["ing_nouns"]["words"]) | frozenset(OPEN_ITEMS_TABLE["ed_nouns"]["words"])
_CONJUNCTIONS = frozenset(("and", "or"))


def _modifier(u, text: str, first: bool) -> bool:
    """An open item that can only be a modifier of a noun named after it: one word in the
    singular (or an attributive plural such as "logistics"), no mass good, with no count or,
    first in the list, a numeral of two or more ("20 six-wheel-drive")."""
    if u.kind != "I" or "open" not in u.feats:
        return False
    item = u.ref
    words = text[item.mention.start:item.mention.end].lower().split()
    last = words[-1]
    if (item.mention.plural and last not in _ATTRIBUTIVE_PLURALS) or last in _NOT_MODIFIERS or "of" in words:
        return False
    if item.count is None:
        return len(words) == 1
    return first and (item.count.value or 0) >= 2 and (len(words) == 1 or item.count.text.lower() not in ("a", "an", "one"))


def _last_member_words(u, text: str) -> tuple[list[str], int] | None:
    """The words naming the list's last member (its noun singular) and where they start, when
    it is a plural or a mass thing of two words or more and no animal; else None."""
    if u.kind != "I" or u.ref.mention.category == "animal":
        return None
    item, m = u.ref, u.ref.mention
    # a thing the lexicon knows is found by its noun; its words run from after its count
    start = item.count.end if item.count is not None and item.count.end <= m.start else min(item.start, m.start)
    start += len(text[start:m.end]) - len(text[start:m.end].lstrip())
    words = text[start:m.end].lower().split()
    if "of" in words or len(words) < 2 or not (m.plural or words[-1] in _MASS_GOODS):
        return None
    named = m.species.split()
    return (named if "open" not in u.feats and len(named) >= 2 else [*words[:-1], head_name(words[-1])]), start


def _span_list(units: list, i: int, text: str):
    """(index of the last member, its words, where they start, the middle modifiers) of a list of modifiers that
    starts with units[i], or None."""
    mids, k = [], i + 1
    while k + 1 < len(units) and units[k].kind == "P" and units[k].key == "," and _modifier(units[k + 1], text, False):
        mids.append(k + 1)
        k += 2
    k += k < len(units) and units[k].kind == "P" and units[k].key == "," and bool(mids)
    if not (k + 1 < len(units) and units[k].kind == "W" and units[k].key in _CONJUNCTIONS):
        return None
    last = _last_member_words(units[k + 1], text)
    return None if last is None else (k + 1, *last, mids)


def _shared(last: list[str], text: str, last_start: int, name: bool) -> list[str]:
    """The words a modifier takes from the last member: all but its first ("medical" and
    "emergency supplies": "supply"); after a name, the words in lower case that end it
    ("AstraZeneca and 650,000 Johnson & Johnson vaccine doses": "vaccine dose")."""
    if not name:
        return last[1:]
    written = text[last_start:].split()[:len(last)]
    k = len(written)
    while k > 1 and written[k - 1][:1].islower():
        k -= 1
    return last[k:] if k < len(written) else last[-1:]


def _renamed(u, name: str, plural: bool):
    item = u.ref
    return replace(u, ref=replace(item, mention=replace(item.mention, species=name, plural=plural)))


def _merged(units: list, i: int, j: int, last: list[str], last_start: int, text: str):
    """One item of the whole list, counted by the first member's count."""
    first, end = units[i].ref, units[j].ref
    name = " ".join(text[first.mention.start:last_start].lower().split() + last)
    mention = replace(first.mention, end=end.mention.end, text=text[first.mention.start:end.mention.end],
                      species=name, plural=True)
    item = replace(first, mention=mention, end=end.end)
    return replace(units[i], end=units[j].end, ref=item)


def share_heads(units: list, text: str) -> list:
    """The units with each list of modifiers given the noun they share (see the module)."""
    out, i = [], 0
    while i < len(units):
        found = _span_list(units, i, text) if _modifier(units[i], text, True) else None
        if found is None:
            out.append(units[i])
            i += 1
            continue
        j, last, last_start, mids = found
        first = units[i].ref
        if first.count is not None and (first.count.value or 0) >= 2 and units[j].ref.count is None:
            out.append(_merged(units, i, j, last, last_start, text))  # "11 emergency and patient-transport ambulances"
            i = j + 1
            continue
        plural = units[j].ref.mention.plural
        for k in range(i, j):
            u = units[k]
            if k == i or k in mids:
                words = text[u.ref.mention.start:u.ref.mention.end].split()
                u = _renamed(u, " ".join([*words, *_shared(last, text, last_start, words[0][0].isupper())]).lower(), plural)
            out.append(u)
        i = j
    return out
