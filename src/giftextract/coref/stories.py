"""Layer 5: the stories of a document that holds several, each under a dateline of its own.

A news-in-brief column, a world round-up or a wire digest runs several unrelated stories in
one text, each opening a paragraph with its own dateline ("BANGKOK - Thai and American
commanders opened ...", "ABERDEEN - Scotland's first minister ..."), often under a heading
that is no place ("WORLD IN BRIEF - Friday, March 3, 2023"). Read as one article, the
heading stands for the dateline and one story's parties stand for the next one's. Here the
document is cut where a paragraph opens on a dateline whose place the gazetteer knows; each
story is then read as an article of its own (its dateline, its lede, its discourse), and the
records of all stories are the document's, in order. A document with fewer than two such
paragraphs is one story. A numbers-led digest ("the week in numbers") is cut where a
paragraph opens on a figure: each item tells a story of its own.
"""

from __future__ import annotations

import dataclasses

from giftextract.coref.aliases import dateline_place, place_country
from giftextract.coref.lead import LeadPlace
from giftextract.lexicon.base import STATE_NAMES
from giftextract.lexicon.entities import Entity
from giftextract.text.compiled import compile as compile_re
from giftextract.text.figure_heads import FIGURE

# a paragraph (the text's start, or a line after a blank line) that opens on a dateline:
# "BANGKOK -", "PUERTO PRINCESA -", "ABIDJAN, Sept. 23 -", "Nairobi, March 3 (AP) -"
_UP = "[A-ZÀ-ÖØ-Þ]"
_STORY = compile_re(
    rf"(?:^|\n[ \t]*\n)[ \t]*(?P<place>{_UP}[A-ZÀ-ÖØ-Þ.'-]+(?: {_UP}[A-ZÀ-ÖØ-Þ.'-]+){{0,2}}"
    rf"|{_UP}[a-zà-öø-ÿ.'-]+(?: {_UP}[a-zà-öø-ÿ.'-]+){{0,2}}(?=,))"
    r"(?:,[^\n\-\u2013\u2014]{1,40}?)?\s*(?:\([^)\n]{1,40}\)\s*)?[-\u2013\u2014]\s")
# "U.S. flies medics to Aden after blast on destroyer\n\nWASHINGTON, Oct. 12 - ...": a story's headline
_HEADLINE = compile_re(r"\n[ \t]*\n(?P<headline>[^\n]{3,140}[^.\n:])[ \t]*\n[ \t]*\n$")
MIN_STORIES = 2
_HEADING = 400  # characters of a document's opening where a heading may stand above the first dateline


def _paragraph_matches(pattern, text: str):
    """``pattern.finditer(text)`` for a pattern that opens on "^" or a line break (without
    MULTILINE): its matches start only at 0 or at a line break, so only there is it tried
    (the engine, which cannot skip ahead to a look-behind or "^", tried every character)."""
    pos = 0
    while True:
        m = pattern.match(text, pos)
        if m is not None:
            yield m
        pos = text.find("\n", m.end() if m is not None and m.end() > pos else pos + 1)
        if pos < 0:
            return


def _datelined(text: str) -> list[tuple[int, str]]:
    """The start and country of every paragraph that opens on a dateline of a known place that
    is no state ("INDIA - On May 3, ..." heads a section about a giver, no story of its own),
    with its headline: a short line of its own right above it."""
    out = []
    for m in _paragraph_matches(_STORY, text):
        place = m.group("place")
        country = place_country(place)
        if country is None or " ".join(place.split()).title() in STATE_NAMES:
            continue
        start = text.rfind("\n", 0, m.start("place")) + 1
        above = _HEADLINE.search(text, max(0, start - 160), start)
        out.append((above.start("headline") if above else start, country))
    return out


# "50,000 Doses of ...", "About 1,000 Japanese personnel ...": a paragraph a figure opens
# (text/figure_heads.py joined it to its heading line); a text with MIN_FIGURE_ITEMS of them is
# a numbers-led digest, each item a story of its own
_FIGURE_ITEM = compile_re(r"(?:^|\n[ \t]*\n)[ \t]*(?=" + FIGURE + r"[ \t]+[A-Za-z])")
MIN_FIGURE_ITEMS = 3


def _figure_items(text: str) -> list[int]:
    """The starts of the paragraphs a figure opens, where there are enough of them."""
    starts = [m.end() for m in _paragraph_matches(_FIGURE_ITEM, text)]
    return starts if len(starts) >= MIN_FIGURE_ITEMS else []


def story_layout(text: str) -> tuple[list[int], int | None]:
    """Where each story of ``text`` starts (:func:`story_starts`) and, for a numbers-led
    digest, where its heading ends (its first item), or None: the items share the heading's
    dateline and lead place ("By the numbers: how Solomon Islands got its COVID-19 doses" over
    "60,000 Doses of AstraZeneca from Japan ...")."""
    datelined = _datelined(text)
    starts = _starts(datelined)
    if len(starts) >= MIN_STORIES:
        return starts, None
    items = _figure_items(text)
    if not items:
        return [0], None
    starts = [0, *(i for i in items if i > 0)] if items[0] > 0 else items
    # (a text with datelines of one country, cut at its figures, keeps each item's own places)
    headed = len(starts) > 1 and starts[1] in items and len(datelined) < MIN_STORIES
    return starts, (starts[1] if headed else None)


def story_starts(text: str) -> list[int]:
    """Where each story of ``text`` starts: [0] for a document of one story; else 0 (the
    first story, its headline and dateline) and each later paragraph that opens on a
    dateline of a known place in another country than the story before: datelines of one
    country ("NEW YORK - ... / WASHINGTON - The emperor's animals go to the zoo", a gallery's
    captions, a feature's sections from one country's cities) tell one story."""
    return story_layout(text)[0]


def _starts(datelined: list[tuple[int, str]]) -> list[int]:
    """0 and each dateline of another country than the story before's."""
    starts, country = [0], None
    for k, (start, place) in enumerate(datelined):
        if k and place != country:
            starts.append(start)
        country = place
    return starts


def story_context(text: str, start: int, end: int, digest: bool, heading: int | None = None) -> tuple:
    """The dateline place and the lead place of the story ``text[start:end]``; an item of a
    numbers-led digest (``heading``: where its heading ends) falls back on the heading's."""
    place, lead = story_dateline(text, start, end, digest), StoryLead(text, start, end)
    if heading and start >= heading:
        place = place or story_dateline(text, 0, heading)
        lead = HeadedLead(lead, StoryLead(text, 0, heading))
    return place, lead


def _shifted(entity: Entity | None, by: int) -> Entity | None:
    if entity is None or not by:
        return entity
    return dataclasses.replace(entity, start=entity.start + by, end=entity.end + by)


class StoryLead(LeadPlace):
    """The lead place of the story that starts at ``start`` of the text."""

    __slots__ = ("_start",)

    def __init__(self, text: str, start: int, end: int) -> None:
        super().__init__(text[start:end] if start else text)
        self._start = start

    def __call__(self) -> Entity | None:
        return _shifted(super().__call__(), self._start)

    def venue(self) -> Entity | None:
        return _shifted(super().venue(), self._start)

    def partner(self, giver: str, besides: frozenset = frozenset()) -> Entity | None:
        return _shifted(super().partner(giver, besides), self._start)


class HeadedLead:
    """A story's lead place, or else its heading's (an item of a numbers-led digest)."""

    __slots__ = ("_own", "_heading")

    def __init__(self, own: StoryLead, heading: StoryLead) -> None:
        self._own, self._heading = own, heading

    def __call__(self) -> Entity | None:
        return self._own() or self._heading()

    def venue(self) -> Entity | None:
        return self._own.venue() or self._heading.venue()

    def partner(self, giver: str, besides: frozenset = frozenset()) -> Entity | None:
        return self._own.partner(giver, besides) or self._heading.partner(giver, besides)


def story_dateline(text: str, start: int, end: int, digest: bool = False) -> Entity | None:
    """The dateline place of the story ``text[start:end]``, its span in ``text`` (``digest``:
    the text holds several stories)."""
    if start:
        return _shifted(dateline_place(text[start:end], place_country), start)
    place = dateline_place(text, place_country)
    if place is None and digest and (first := _datelined(text[:_HEADING])):
        # "WORLD IN BRIEF - Friday, March 3" over "BANGKOK - ...": a heading of no place
        # stands above the first story's dateline
        place = _shifted(dateline_place(text[first[0][0]:end], place_country), first[0][0])
    return place
