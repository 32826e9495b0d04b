"""Layer 5, the lead-place sieve's place: where the headline or the lede says the story is.

"Moroccan army field hospital opens in Beirut / RABAT, Aug 10 - ... The facility is staffed
by 150 Moroccan military medical personnel": the sentence with the figure names no host,
and the dateline is the sender's own capital; the headline has already said where. The
place is the first city, region, facility or country of known country in the sieve's first
``window`` sentences that a word of motion leads into ("opens in Beirut", "to Haiti",
"arrive at Kant"), not one the story comes from ("from Casablanca"), a possessive ("Kenya's
offer"), a state that leads something ("to the Kenya-led mission") or a news agency. A deployment with no host (after the dateline sieve) is there, and
so is the recipient of a gift that names its giver only (after the locale sieve), where the
place is of another country than the sender or giver (coref/frames.py, merge/halves.py).
A first line that names a state alone ("PORTUGAL.", a paper's section head) is the lead place
before any of that.
"""

from __future__ import annotations

import dataclasses
import re
from itertools import islice

from giftextract.coref.aliases import dateline_start
from giftextract.coref.sieves import SIEVES
from giftextract.coref.venue import exercise_venue
from giftextract.lexicon.corroborate import corroborated
from giftextract.lexicon.entities import Entity, find_entities
from giftextract.mentions.sentence import phrase_alternation
from giftextract.mentions.units import LED_AFTER, aside
from giftextract.text import iter_sentences
from giftextract.text.compiled import compile as compile_re

_SIEVE = next((s for s in SIEVES if s.name == "lead-place"), None)
ENABLED = _SIEVE is not None and _SIEVE.enabled
_SENTENCES = _SIEVE.window if _SIEVE is not None else 0
_PARTNER_CHARS = next((s.window for s in SIEVES if s.name == "sole-partner"), 0)
# the lede is read from the article's first characters only: a long document costs no more
_LEDE = 1500
# a goal ("to Haiti", "into Mali") or a place reached ("arrive in", "land at", "opens in",
# "deployed in"); a bare "in" is too often a setting of something else ("the crisis in
# Ukraine", "met Putin in St Petersburg"), but not after a force or an exercise set there
# ("the planned stabilisation force in Gaza", "joint naval drill in Karachi", "drills off
# Alexandria": sieves.json lead-place words setting)
_SETTING_WORDS = tuple(sorted(_SIEVE.words.get("setting", ()))) if _SIEVE is not None else ()
_INTO = compile_re(r"(?:\b(?:to|into|reach(?:ed|es|ing)?|enter(?:ed|s|ing)?|(?:arriv|land|open|deploy|station|base)\w*\s+(?:in|at)"
                   + (r"|" + phrase_alternation(_SETTING_WORDS) + r"\s+(?:in|off)" if _SETTING_WORDS else "") + r")"
                   r"\s+(?:the\s+)?)$", re.IGNORECASE)
_KINDS = ("city", "region", "country", "facility", "zoo")
# a state that hosts something in the headline or the lede ("North Macedonia Hosts Its
# Biggest Ever Military Drill", "Chile hosts the hemisphere's navies"): the story is there
_HOSTING_WORDS = sorted(_SIEVE.words.get("hosting", ())) if _SIEVE is not None else []
_HOSTS = compile_re(r"\s+" + phrase_alternation(tuple(_HOSTING_WORDS)) + r"\b", re.IGNORECASE) if _HOSTING_WORDS else None
# a place troops leave for is no host: "pulled out to Kuwait", "flew home to Honduras"
_AWAY_WORDS = sorted(_SIEVE.words.get("away", ())) if _SIEVE is not None else []
_AWAY = compile_re(r"\b" + phrase_alternation(tuple(_AWAY_WORDS)) + r"\s+(?:to|into)\s+(?:the\s+)?$",
                   re.IGNORECASE) if _AWAY_WORDS else None


# a line of page furniture ("date 2019-09-28 -", "12:04 GMT") is no headline: a headline or a
# lede tells something in three words or more
_TOLD = compile_re(r"[A-Za-z]{2,}\W+[A-Za-z]{2,}\W+[A-Za-z]{2,}")
# a row of other stories' headlines set off by bullets ("Off the wire: ... Greece bailout deal
# • Indian stocks open flat • ..."): a page's ticker, no lede of this story
_TICKER = compile_re(r"[\u2022\u00b7|][^\u2022\u00b7|\n]*[\u2022\u00b7|]")
# a web page's links on a line of their own ("Click to follow", "Share this article"): no lede
_FURNITURE = compile_re(r"\W*(?:" + "|".join(sorted(map(re.escape, _SIEVE.words.get("furniture", ()) if _SIEVE else ()),
                                                        key=lambda w: (-len(w), w)) or ["(?!)"])  # (a set: sorted, ties by the word)
                        + r")\W*", re.IGNORECASE)


class LeadPlace:
    """The lead place of one text, found the first time a record asks for it: most
    articles give no record that needs it, and the lede is not read again for them."""

    __slots__ = ("_text", "_place", "_read", "_states", "_venue")

    def __init__(self, text: str) -> None:
        self._text, self._place, self._read, self._states, self._venue = text, None, False, None, False

    def __call__(self) -> Entity | None:
        if not self._read:
            self._place, self._read = lead_place(self._text), True
        return self._place

    def venue(self) -> Entity | None:
        """The exercise-venue sieve's place (coref/venue.py), read the first time it is asked for."""
        if self._venue is False:
            self._venue = exercise_venue(self._text)
        return self._venue

    def partner(self, giver: str, besides: frozenset = frozenset()) -> Entity | None:
        """The sole-partner sieve's party: the one state other than ``giver`` (and the states
        of ``besides``) the story names in the sieve's window (its first mention), or None
        where it names none or several."""
        if self._states is None:
            self._states = [e for e in find_entities(self._text, 0, min(len(self._text), _PARTNER_CHARS))
                            if e.party_kind == "state" and e.country
                            and not (e.source or e.demonym)]
        others = [e for e in self._states if e.country != giver and e.country not in besides]
        if not others or len({e.country for e in others}) != 1:
            return None
        return dataclasses.replace(others[0], via="partner")


def lead_place(text: str) -> Entity | None:
    """The place the headline or lede puts the story in, or None (see the module)."""
    if not ENABLED:
        return None
    if (slug := _slug(text)) is not None:
        return slug
    head, named = text[:_LEDE], {}
    # the headline and the lede: with a dateline, every line above it (a headline, a byline, a
    # date) and the lede from the dateline on
    lede = dateline_start(head)
    sentences = [se for se in islice(iter_sentences(head), _SENTENCES + 5)
                 if _TOLD.search(head, *se) and not _TICKER.search(head, *se) and not _FURNITURE.fullmatch(head, *se)][:_SENTENCES + 3]
    above = [se for se in sentences if lede is not None and se[1] <= lede]
    for start, end in above + sentences[len(above):len(above) + (_SENTENCES - 1 if above else _SENTENCES)]:
        for e in corroborated(text, find_entities(head, start, end), named):
            if e.place_kind in _KINDS and e.country and not (e.source or e.possessive or e.demonym) \
                    and (_INTO.search(head, max(0, e.start - 16), e.start)
                         or (e.place_kind == "country" and _HOSTS is not None and _HOSTS.match(head, e.end))) \
                    and not LED_AFTER.match(head, e.end) \
                    and not (_AWAY and _AWAY.search(head, max(0, e.start - 30), e.start)) \
                    and not aside(head, e):  # "its ambassador to Doha"
                return dataclasses.replace(e, via="lead")
    return None


# a first line that is a state's name alone: the section a paper files the story under
# ("PORTUGAL." over "ARRIVAL OF THE BRITISH TROOPS IN THE TAGUS"; "Kenya" over a web story)
_SLUG = compile_re(r"\s*(?P<name>[A-Za-z][A-Za-z .'-]{2,40}?)\s*[.:]?[ \t]*\n")


def _slug(text: str) -> Entity | None:
    m = _SLUG.match(text)
    if m is None:
        return None
    name = m.group("name")
    found = [e for e in find_entities(name if not name.isupper() else name.title(), 0)
             if e.place_kind == "country" and e.country]
    if len(found) != 1 or found[0].end - found[0].start < len(name) - 4:
        return None
    return dataclasses.replace(found[0], start=m.start("name"), end=m.end("name"), text=name, via="lead")

