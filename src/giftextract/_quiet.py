"""The pipeline's proof that a sentence chosen for the frame rules adds nothing to the output.

A sentence is chosen for the rules by a cheap cue (a trigger word, "the animals", a word of
moving after a chosen one). Most chosen sentences of ordinary news give no record: "the
central bank sent a clear signal", "police said". ``quiet`` recognises those it can prove
give no gift frame and no deployment frame but mention-only ones (which never become
records; they only tell the discourse whose troops follow), by the very conditions under
which ``gift_frames`` and ``deployment_frames`` pass a clause over, read as a test that is
true only when every clause is passed over:

- ``gift_frames`` reads a clause only when it holds an anaphor ("the animals") or a gift
  trigger, or a word of moving; with no anaphor anywhere in the sentence (a clause starts and
  ends at a non-word character, so a clause's match is the sentence's), a clause with a word
  of moving needs an item named with "the" or a contents opener ("an aircraft carrying
  masks", mentions/contents.py CONTENTS_CUE), and a clause with a gift trigger is passed over
  unless it has an item, a total ("numbered 70"), a trigger that gives by itself (a gift
  noun, "received", any verb of the table's ``open_theme`` class) or a zoo or facility
  after "to", "from", "by", "at"; a row of a list or a sentence that only lists after a subject
  pointing back ("They are tents and blankets") is read with no trigger at all. So: no species
  mention (items are species mentions), no contents opener, no word of a total, no such
  trigger, no row or such sentence, no list set out after a colon, and no word that can name a zoo or facility;
- ``deployment_frames`` opens a frame only at a personnel noun ("troops"; at "men" only with
  a deploy verb near, an arrive verb just after it or "a force of" before it), and the frame is
  mention-only unless it has a count (every count it reads is one of the sentence's) or a
  deploy verb (a ``deploy_verb`` trigger within ``_VERB_NEAR`` characters of the noun): so
  no such personnel noun, or neither.

The pipeline (``_frames_in``) reads a quiet sentence only once a later sentence that may
give a record needs the discourse it leaves (names, species, the last deployment's
parties), or at the document's end once it has given a gift frame (the sole-zoo and
sole-origin sieves read places named after the gift), and then exactly as it would have:
the output cannot change. Each condition is a
superset test on the sentence, so new phrasings in the data narrow what is quiet, never
break the proof; a change to the frames' pass-over conditions must be mirrored here, and
tests/test_quiet.py compares reading with and without the shortcut on mixed corpora.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.frames.giving import CARRIER_BEFORE_VERB
from giftextract.frames.deployments import _ASIDE_THEN_VERB as ASIDE_THEN_VERB, _FORCE_OF as FORCE_OF, _VERB_NEAR as VERB_NEAR
from giftextract.frames.continued import is_list_row, opens_a_list, points_back_to_list
from giftextract.frames.gifts import about_open_gift, names_a_head
from giftextract.frames.giving import word_pattern
from giftextract.lexicon.data import LEXICON
from giftextract.mentions.contents import CARRIER_LATER_CUE, CONTENTS_CUE
from giftextract.lexicon.entities import PLACES
from giftextract.lexicon.facilities import ROWS
from giftextract.lexicon.base import countries_named
from giftextract.lexicon.trie import trie_alternation
from giftextract.text.fold import fold_case
from giftextract.text.compiled import compile as compile_re

# Trigger kinds of a gift that need no item: a gift noun or "received" may give a thing the
# lexicon does not know.
_GIVING_KINDS = frozenset({"gift_noun", "receive_verb"})
# Any form of the words before a total ("numbered 70", "totalling", "amounted to", "came to"),
# as mentions/items.py reads them, without their word boundaries: a superset.
_TOTAL_WORDS = compile_pattern(r"(?:number(?:ed|ing)|total(?:l?ed|l?ing)|amounted\s+to|came\s+to)\s", regex.IGNORECASE)


def _facility_words() -> list[str]:
    """Words one of which every zoo or facility name holds: the facility heads (every
    spelling), "zoo" (a zoo named by its place: "Japan's zoo") and, for each surface of a zoo
    or facility of the hand lexicon (the user's lexicon included) that holds neither, its
    longest word ("everland")."""
    heads = {"zoo"} | {fold_case(row["head"]) for row in ROWS}
    has_head = re.compile(r"(?<!\w)(?:" + trie_alternation(heads) + r")(?!\w)")
    words = set(heads)
    for surface, canonical in PLACES.items():
        folded = fold_case(surface)
        if LEXICON["places"][canonical]["kind"] in ("zoo", "facility") and not has_head.search(folded):
            pieces = re.findall(r"\w+", folded)
            words.add(max(pieces, key=len) if pieces else folded)
    return sorted(words)


# Whole words of the folded text ("port" is no cue in "report"); a head of several words is
# written with one space in the facility patterns ("Air Base"), so it is a cue as written.
_FACILITY_CUE = compile_re(r"(?<!\w)(?:" + trie_alternation(_facility_words()) + r")(?!\w)")


def gives_nothing(text: str, start: int, end: int, triggers, species, open_theme, heads=frozenset(),
                  relief=(), speaks_of_giving=lambda: False) -> bool:
    """Whether the sentence text[start:end], with its ``triggers`` and ``species`` mentions,
    can be proven to give no gift frame (``open_theme``: the gift table's class of verbs that
    give by themselves; ``heads``: the head words of things the article told as given, which
    "the doses" may point back to; ``relief``: the gift table's class of words that make goods
    sent a gift, "India had delivered 53 tonnes of relief material": frames/giving.py hands_a_lot;
    ``speaks_of_giving``: whether the article speaks of giving, asked last)."""
    if species:
        return False
    if relief and word_pattern(tuple(relief)).search(text, start, end):
        return False
    if heads and names_a_head(text, start, end, heads):
        return False
    for t in triggers:
        if t.kind in _GIVING_KINDS or t.lemma.replace(" ", "_") in open_theme:
            return False
        if t.kind == "gift_verb" and len(countries_named(text, start, end)) >= 2 and speaks_of_giving():
            return False  # "Singapore delivered food to Thailand", in an article of giving: frames/giving.py moved_between_two
        if t.kind == "gift_verb" and CARRIER_BEFORE_VERB.search(text, max(start, t.start - 40), t.start) and speaks_of_giving():
            return False  # "A Japanese aircraft has delivered 30,000 blankets": frames/giving.py carrier_delivers
    if about_open_gift(text, start, end) or _TOTAL_WORDS.search(text, start, end) \
            or CONTENTS_CUE.search(text, start, end) or CARRIER_LATER_CUE.search(text, start, end) or points_back_to_list(text, start, end) or is_list_row(text, start, end) \
            or opens_a_list(text, start, end):
        return False  # "an aircraft carrying masks": a moved clause may list what the gift held
    return _FACILITY_CUE.search(fold_case(text[start:end])) is None



def deploys_nothing(triggers, counts: Callable[[], list], text: str | None = None, start: int = 0) -> bool:
    """Whether every deployment frame of a sentence with these ``triggers`` is mention-only:
    it has no personnel noun, or no count (``counts()``, asked last: the sentence's counts
    are spotted on demand) and no deploy verb within the frames' reach of a personnel noun.
    Given the sentence (``text``, where it ``start``s), a "men" that opens no frame at all
    ("sentenced 50 men to prison": no deploy verb near, no arrival after it, no "a force of"
    before it) is no personnel noun."""
    nouns = [t for t in triggers if t.kind == "personnel" and not (text is not None and _no_force_of_men(t, triggers, text, start))]
    if not nouns:
        return True
    for verb in triggers:
        if verb.kind == "deploy_verb" and any(0 <= n.start - verb.end <= VERB_NEAR or 0 <= verb.start - n.end <= VERB_NEAR
                                              or (text is not None and verb.start > n.end and ASIDE_THEN_VERB.fullmatch(text, n.end, verb.start))
                                              for n in nouns):
            return False
    return not counts()


def _no_force_of_men(noun, triggers, text: str, start: int) -> bool:
    """``noun`` is a "men" that deployment_frames passes over before it opens a frame: no
    deploy verb within its reach (the frames' verb is one of those), no arrive verb just after
    it, and no _FORCE_OF before it (that pattern, searched from the sentence's start rather
    than the clause's, finds at least what the frames' search finds)."""
    if noun.lemma != "men":
        return False
    if any((t.kind == "deploy_verb" and (0 <= noun.start - t.end <= VERB_NEAR or 0 <= t.start - noun.end <= VERB_NEAR))
           or (t.kind == "arrive_verb" and 0 <= t.start - noun.end <= VERB_NEAR) for t in triggers):
        return False
    return FORCE_OF.search(text, max(start, noun.start - 60), noun.start) is None
