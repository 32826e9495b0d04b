"""Layer 6: a list that goes on past a semicolon, or is set out after a colon.

Long lists of things given are often cut into groups by semicolons ("600 family tents, 1,008
food boxes and 1,000 hygiene boxes; 2,000 blankets and 432 cooking kits; plus 395 kg of baby
food").  The sentence layer cuts a clause at each semicolon, so a group after one is a clause
of its own with no word of giving.  A clause that is nothing but such a group (things, list
links, an attribution at its end) goes on with the list of the clause right before it.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.mentions.contents import list_only
from giftextract.mentions.items import OPEN_ITEMS_TABLE, ItemRef, amounts_in, find_items
from giftextract.mentions.sentence import SentenceView, phrase_alternation
from giftextract.mentions.open_items import MASS_GOODS
from giftextract.mentions.units import build_units, with_leading_item


_LIST_CONTINUES = compile_pattern(r";|\s*[-\u2013\u2014]\s")


def continued_list(view: SentenceView, lo: int, hi: int, taken: set[int]) -> list[ItemRef]:
    """The things of clause ``text[lo:hi]`` when it opens on a semicolon and holds only a group
    of a list, or on a dash that sets one out ("a consignment of seed - 20 tonnes of rice seed
    and five tonnes of cotton seed - at a ceremony"): they belong to the list of the clause
    before (empty otherwise)."""
    if not _LIST_CONTINUES.match(view.text, lo):
        return []
    items, _total = find_items(view, lo, hi, taken)
    if not items and not view.counts_in(lo, hi) and not amounts_in(view, lo, hi):
        return []  # (an open thing needs its count or measure: "; blankets" alone may be anything)
    seq = build_units(view, lo, hi, items, {i.count.start for i in items if i.count} | taken)
    return list_only(seq.units)


# "The list is long: 16 ventilators, 15 oxygen concentrators ...", "On board: 30 tents and 12
# generators": a few words, a colon and a figure open a list of the gift told before
_COLON_LIST = compile_pattern(r"\W*(?:[A-Za-z'-]+\s+){0,6}?[A-Za-z'-]+\s*:\s+(?=(?:some\s+|about\s+|nearly\s+|over\s+)?\d)")


_FIGURE = compile_pattern(r"(?<![\w.,])\d")  # a figure's first digit
# ("Contents: assault packs, compasses and boots": after a word of goods, a list needs no figures)
_GOODS_LIST = compile_pattern(r"\W*(?:[A-Za-z'-]+\s+){0,6}?(?:" + "|".join(OPEN_ITEMS_TABLE["contents_openers"]["goods"])
                            + r")\s*:\s+(?=\w)", regex.IGNORECASE)
_OWN_EVENT = frozenset({"gift_verb", "gift_noun", "receive_verb", "personnel", "event_noun"})  # ("is" may be a deploy verb)


def colon_list(view: SentenceView, lo: int, hi: int):
    """The colon of a clause that only sets out a list after a few words of its own (no word
    of giving or moving, no party, at least two figures after it): a match pointing back to
    the open gift, else None."""
    m = _COLON_LIST.match(view.text, lo, hi)
    if m is not None and len(view.counts_in(m.end(), hi)) < 2:
        m = None
    m = m or _GOODS_LIST.match(view.text, lo, hi)
    if m is None or any(lo <= t.start < m.end() and t.kind in _OWN_EVENT for t in view.triggers) or view.entities_in(lo, m.end()):
        return None
    return m


def opens_a_list(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` opens on a few words and a colon before a list
    of figures, or after a word of goods (a cheap test on the text, before the sentence is read)."""
    m = _COLON_LIST.match(text, start, end)
    return (m is not None and sum(1 for _ in _FIGURE.finditer(text, m.end(), end)) >= 2) or _GOODS_LIST.match(text, start, end) is not None


# A list set out after the sentence of giving (open_items.json list_sentences): a sentence
# whose subject only points back ("They are bulletproof vests, helmets and tents"), or rows,
# one per line, after a line that ends in a colon ("- 20 water tanks", "Canada - two tanks").
_LISTED = OPEN_ITEMS_TABLE["list_sentences"]


def _words(phrases: list[str]) -> str:
    """The phrases as one alternation, longest first ("are made up of" before "are")."""
    return phrase_alternation(tuple(sorted(phrases, key=len, reverse=True)))


# "The agricultural equipment and materials include ...": a definite subject headed by goods
_GOODS_HEAD = _words(_LISTED["subject_heads"]["words"])
_GOODS_SUBJECT = rf"the\s+(?:[\w-]+\s+){{0,3}}?{_GOODS_HEAD}(?:\s+and\s+(?:[\w-]+\s+){{0,2}}?{_GOODS_HEAD})?"
# "The additional supplies, approved Wednesday, are ...": an aside between commas after the subject
_SUBJECT_ASIDE = r"(?:\s*,[^,.;:!?()\n]{1,%d},)?" % _LISTED["subject_aside_chars"]
_POINTS_BACK = compile_pattern(r"\W*(?:(?:" + _words(_LISTED["subjects"]) + "|" + _GOODS_SUBJECT + r")" + _SUBJECT_ASIDE + r"\s+(?:" + _words(_LISTED["adverbs"]) + r"\s+)?"
                             + _words(_LISTED["verbs"]) + r"(?:\s+" + _words(_LISTED["adverbs"]) + r")?"  # "These are mainly medicines"
                             + "|" + _words(_LISTED["inverted"]) + r")\s+(?=\w)", regex.IGNORECASE)
# "Ten generators were on board.", "..., sugar and noodles were included in the humanitarian aid."
_LISTED_BEFORE = compile_pattern(r"(?<=\S)\s+" + _words(_LISTED["trailing"])
                                 + r"(?:\s+(?:in|among|with)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}[\w-]+)?[\s.!]*$",
                                 regex.IGNORECASE)
_ACCORDING_FIRST = compile_pattern(r"\W*according\s+to\s+[^,;:]{1,80},\s*", regex.IGNORECASE)
_MARK = "(?:" + "|".join([regex.escape(m) for m in _LISTED["marks"]] + _LISTED["numbering"]) + ")"
_MARKED_ROW = compile_pattern(r"[ \t]*" + _MARK + r"[ \t]+(?=\S)")
_SEPARATOR = "(?:" + "|".join(regex.escape(s) for s in _LISTED["separators"]) + ")"
# a row that names its own party: a capitalised name of a few words, maybe an aside in
# brackets, then a separator ("Congo (Army) - pickets", "Italy: 25 Portakabins")
# (a date after a comma may stand between: "United States, 7 November 2017 - one X-ray system; ...")
_NAMED_ROW = compile_pattern(r"[ \t]*(?:" + _MARK + r"[ \t]+)?(?:[A-Z][\w.'-]*\s+){0,3}?[A-Z][\w.'-]*(?:,[ \t]*[\w ]{1,30}?)?"
                           r"(?:\s+\([^()\n]{1,80}\))?\s*?(?:\s" + _SEPARATOR + r"|:)\s+(?=\S)")
_SENTENCE_AFTER = compile_pattern(r"(?:A|An|The)\s")  # after a row's label, a capitalised article opens a sentence, not a list
# a table flattened to text, a thing and its quantity in columns set apart by a tab or by two
# spaces or more ("Toyota pickup trucks          18"); its header names the columns ("Item   Quantity")
_COLUMN_ROW = compile_pattern(r"[ \t]*(?P<thing>\S[^\n\t]{0,78}?)(?:[ ]*\t[ \t]*|[ ]{2,}[ \t]*)(?P<value>\S[^\n\t]{0,38}?)[ \t]*$")
_COPULAS = frozenset(_LISTED["copulas"])
_SINGULAR_COPULAS = frozenset(_LISTED["singular_copulas"])  # "a" after them is no figure: a list of two or more only
_LEAD_WORDS = 3  # plain words a row's thing may start with before the item the lexicon knows
_ROW_LINKS = frozenset((",", ";", "and", "plus", "or"))


def points_back_to_list(text: str, start: int, end: int):
    """A sentence that opens on a subject pointing back and a verb of being or holding, before
    anything else ("They are ...", "These included ..."): the match, else None."""
    return _POINTS_BACK.match(text, start, end) or _LISTED_BEFORE.search(text, start, end)


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _text_end_before(text: str, pos: int) -> int:
    """Where ``text[:pos].rstrip()`` ends, without that copy: the copy of all the text before a
    row grew with the row's place in the document (2 MB at a 10 MB document's end, for each
    row tested), and so did its cost."""
    while pos > 0 and text[pos - 1].isspace():  # (isspace and rstrip know the same whitespace)
        pos -= 1
    return pos


def _previous_line(text: str, pos: int) -> tuple[int, int] | None:
    """The last line with any text before the line of ``pos`` (blank lines skipped)."""
    end = _text_end_before(text, _line_start(text, pos))
    return (_line_start(text, end), end) if end > 0 else None


def row_shape(text: str, start: int, end: int):
    """Where the body of a row opens when ``text[start:end]`` is a line of its own set out as
    one (a mark or numbering, or a name and a separator), else None: a cheap test on the text."""
    if _line_start(text, start) != _line_start(text, end) or text.find("\n", start, end) >= 0:
        return None
    line = _line_start(text, start)
    return _MARKED_ROW.match(text, line, end) or _NAMED_ROW.match(text, line, end) or (
        _COLUMN_ROW.match(text, line, end) if not text[line:start].strip() else None)


def is_list_row(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is a row of a list: shaped as one, after a line
    that ends in a colon or is itself shaped as a row."""
    if row_shape(text, start, end) is None:
        return False
    previous = _previous_line(text, start)
    if previous is not None and (text[previous[1] - 1] == ":" or row_shape(text, *previous) is not None):
        return True
    # a marked row after a line that ends with no mark at all, which leads in as a colon
    # would ("The donation of the below listed items ... reaffirms our cooperation\n\n• 30 radios")
    if previous is not None and text[previous[1] - 1].isalpha() and _MARKED_ROW.match(text, _line_start(text, start), end):
        return True
    # a line that names its party and sets out figures is a row wherever it stands
    # (not a dateline's lede, a sentence after the label: "TEMPO.CO, Jakarta - A further 243,440 doses")
    named = _NAMED_ROW.match(text, _line_start(text, start), end)
    return named is not None and not _SENTENCE_AFTER.match(text, named.end()) \
        and sum(1 for _ in _FIGURE.finditer(text, named.end(), end)) >= 2



def _leading_list(units: list) -> list[ItemRef] | None:
    """The things a row lists from its first unit, joined by list links; what follows them may
    only be set off by a separator or say what they were worth ("- 25,000 pounds", ", valued
    at ..."). None when the row is no list."""
    out = []
    # ("Toyota pickup trucks", "Trailer truck": words of the thing's name the lexicon's item leaves out)
    j = next((k for k in range(min(len(units), _LEAD_WORDS + 1)) if units[k].kind != "W"), 0)
    if j >= len(units) or units[j].kind != "I":
        j = 0
    while j < len(units) and units[j].kind == "I":
        if "generic" not in units[j].feats:
            out.append(units[j].ref)
        k = j + 1
        while k < len(units) and units[k].kind in ("P", "W") and units[k].key in _ROW_LINKS:
            k += 1
        if not (k > j + 1 and k < len(units) and units[k].kind == "I"):
            j += 1
            break
        j = k
    if not out:
        return None
    rest = units[j:]
    # (what follows the list is set off: "- 25,000 pounds", ", valued at", "; protective gear, including")
    return out if not rest or rest[0].kind == "P" else None


def _named(view: SentenceView, shape):
    """A row's name before its separator: (the first party of it with a country or None, where
    the body opens), or None for a row that names nothing."""
    named = _NAMED_ROW.match(view.text, shape.start(), view.end)
    if named is None:
        return None
    return next((e for e in view.entities_in(shape.start(), named.end()) if e.country), None), named.end()


def row_party(view: SentenceView):
    """The party a row of a list names before its separator ("United Kingdom - some 85
    military personnel"), or None."""
    if not is_list_row(view.text, view.start, view.end):
        return None
    named = _named(view, row_shape(view.text, view.start, view.end))
    return named[0] if named else None


def list_row(view: SentenceView, taken: set[int]):
    """The row a sentence is, as (its party or None, the things it lists), else None."""
    if not is_list_row(view.text, view.start, view.end):
        return None
    shape = row_shape(view.text, view.start, view.end)
    if shape.re is _COLUMN_ROW:
        return _column_row(view, shape, taken)
    named = _named(view, shape)
    if named is not None and named[0] is None:
        return None  # "Note: ...", "Total: 300 tents": a heading of no party
    party, body = named or (None, shape.end())
    items, _total = find_items(view, body, view.end, taken)
    seq = build_units(view, body, view.end, items, {i.count.start for i in items if i.count} | taken)
    listed = _leading_list(with_leading_item(seq.units, view.text))
    return None if listed is None else (party, listed)


def _column_row(view: SentenceView, row, taken: set[int]):
    """A row of a table: the things of its first column, counted by its second ("Trailer truck
    1"); a header ("Item   Quantity") or a row of no thing gives None."""
    a, b = row.span("thing")
    items, _total = find_items(view, a, b, taken)
    seq = build_units(view, a, b, items, {i.count.start for i in items if i.count} | taken)
    listed = _leading_list(with_leading_item(seq.units, view.text))
    if not listed:
        return None
    counts = view.counts_in(*row.span("value"))
    if len(listed) == 1 and counts:  # (the column's figure, not a rating in the name: "30 KVA generators   6")
        listed = [replace(listed[0], count=counts[0], end=max(listed[0].end, counts[0].end))]
    return None, listed


def _plain_things(items: list) -> list:
    """Things read with no determiner after a verb: plurals or goods ("medicines and
    bandages"), else none ("They were wild and skittish" lists no things)."""
    return items if any(i.mention.plural or i.mention.species.split()[-1] in MASS_GOODS for i in items) else []


def listed_back(view: SentenceView, lo: int, hi: int, taken: set[int]):
    """A clause that opens on a subject pointing back and lists nothing but things after its
    verb ("They are bulletproof vests, helmets and tents"): (the match, the things), else None."""
    m = _POINTS_BACK.match(view.text, lo, hi)
    a, b = (m.end(), hi) if m is not None else (lo, hi)
    if m is None and (m := _LISTED_BEFORE.search(view.text, lo, hi)) is not None:
        b = m.start()
        if said := _ACCORDING_FIRST.match(view.text, lo, b):
            a = said.end()  # "According to the press service, 48 tons of flour ... were included"
    if m is None:
        return None
    items, _total = find_items(view, a, b, taken)
    seq = build_units(view, a, b, items, {i.count.start for i in items if i.count} | taken)
    # (a list of plain plurals and goods: "They are medicines and bandages", read as a row's)
    listed = list_only(seq.units) or _plain_things(list_only(with_leading_item(seq.units, view.text)))
    verb = (m.group().split() or [""])[-1].lower()
    if verb in _COPULAS and len(listed) < 2 and (verb in _SINGULAR_COPULAS or not any(i.count for i in listed)):
        return None  # "They were a welcome sight", "It was a clever choice"
    return (m, listed) if listed else None
