"""Layer 6: a force's figure told away from its personnel noun: a unit's strength ("a
250-strong contingent of Nepalese peacekeepers"), a figure after the noun ("the force
numbered 2,500", "put the Russian contingent at about 3,000", "will number about 60") and
units restated in people ("two battalions, or 1,600 soldiers"). Read by frames/deployments.py.
"""

from __future__ import annotations

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.lexicon.triggers import (PEOPLE_AT, RESTATING_LINK, STRENGTH_MARKS, UNIT_PEOPLE_WORDS, UNIT_FIGURE_APPROXIMATIONS,
                                          UNIT_FIGURE_GOES_ON)
from giftextract.lexicon.base import DEMONYMS, PEOPLE_NOUNS
from giftextract.mentions.sentence import SentenceView
from giftextract.quantity.counts import Count

_STRENGTH_OF = compile_pattern(r"-strong\s+[a-z]+(?:\s+[a-z]+)?\s+of\s+(?:(?:the\s+)?[A-Za-z'-]+\s+){0,3}$")


def unit_strength(view: SentenceView, pos: int, lo: int) -> Count | None:
    """The strength of the unit a personnel noun belongs to: "a 250-strong contingent of
    Nepalese peacekeepers" -> 250."""
    before = [c for c in view.counts_in(lo, pos) if pos - c.end < 80]
    if before and _STRENGTH_OF.match(view.text, before[-1].end, pos):
        return before[-1]
    return None


# "put the Russian contingent at about 3,000", "the force numbered 2,500": a figure after its noun
_FIGURE_AFTER = compile_pattern(r"(?:\s+(?:in|on)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?"  # "in Kazakhstan"
                           r"(?:\s+(?:eventually|later|soon|quickly|then|had|has))?"
                           r"\s+(?:at|numbering|numbered|numbers|(?:there\s+)?(?:will|would|could|may|might|(?:is|are|was|were)\s+(?:expected\s+)?to"
                           r"|(?:(?:that|which)\s+(?:is|was)\s+)?(?:expected|set|due)\s+to)"  # "a force expected to grow to 300"
                           r"\s+(?:number|total|reach|(?:grow|rise|swell)\s+to)|stood\s+at|stands\s+at|totall?ed|totall?ing"
                           r"|(?:grew|grown|rose|risen|climbed|swelled|increased|expanded)\s+to|reached|peaked\s+at)"
                           r"(?:\s+(?:about|around|some|nearly|almost|roughly|more\s+than|over|up\s+to|as\s+many\s+as))?\s+$")
_OR_PEOPLE = compile_pattern(RESTATING_LINK + "$")


_WORDS_BETWEEN = compile_pattern(r"(?:\s+[\w.'-]+){0,3}\s+")


def people_after(view: SentenceView, pos: int) -> bool:
    """A personnel noun right after a figure, with at most three words between: "80
    (Australian) soldiers"."""
    return any(t.kind == "personnel" and pos < t.start <= pos + 40 and _WORDS_BETWEEN.fullmatch(view.text, pos, t.start)
               for t in view.triggers)


def restated_people(view: SentenceView, noun, hi: int) -> Count | None:
    """"two battalions, or 1,600 soldiers": the units' strength, restated in people."""
    c = next((c for c in view.counts if noun.end < c.start <= noun.end + 20 and c.end <= hi), None)
    if c is None or not _OR_PEOPLE.fullmatch(view.text, noun.end, c.start):
        return None
    return c if PEOPLE_AT.match(view.text, c.end) else None


_PUT_BEFORE = compile_pattern(r"\b(?:put|puts|putting|placed|places|estimated|estimates|estimate)\s+(?:[\w'-]+\s+){0,4}$",
                            regex.IGNORECASE)


def figure_after(view: SentenceView, noun, hi: int) -> Count | None:
    for c in view.counts:
        if noun.end < c.start <= noun.end + 50 and c.end <= hi:
            m = _FIGURE_AFTER.fullmatch(view.text, noun.end, c.start)
            if m is None and noun.lemma == "units" and _OF_FIGURE.fullmatch(view.text, noun.end, c.start) \
                    and _CLAUSE_GOES_ON.match(view.text, c.end):
                return c  # "its advance party of 21 landed": the unit's strength, not "a squadron of 15 tanks"
            if m is None and noun.lemma == "units" and _SET_OFF_FIGURE.fullmatch(view.text, noun.end, c.start) \
                    and _STRENGTH_WORD.match(view.text, c.end):
                return c  # "The Indian contingent, about 450 strong, is led by": the unit's strength
            if m is None:
                return None
            if m.group().split()[-1] == "at" and m.group().split()[-2:-1] not in (["stood"], ["stands"], ["peaked"]) and not _PUT_BEFORE.search(view.text, max(0, noun.start - 60),
                                                                            noun.start):
                return None  # "troops at 3,000 metres" is no figure; "put ... at 3,000" is
            return None if _machines_after(view, c) else c
    return None


_NEXT_NAME = compile_pattern(r"\s+([A-Z][\w-]*)")


def _machines_after(view: SentenceView, c: Count) -> bool:
    """"put the contingent at three Rafales and three F-16s": a figure of types named in
    capitals (a plural that is no people's noun, or a designation with a digit) is of machines."""
    m = _NEXT_NAME.match(view.text, c.end)
    if m is None:
        return False
    word = m.group(1)
    return any(ch.isdigit() for ch in word) or (word.endswith("s") and word not in PEOPLE_NOUNS and word[:-1] not in DEMONYMS)


# a unit's figure after "of", then the clause goes on (triggers.json units_of_figure, which the
# lexicon reads for "a force of 1,200 for Haiti")
_OF_FIGURE = compile_pattern(r"\s+of\s+" + UNIT_FIGURE_APPROXIMATIONS)
_PEOPLE_WORDS = "|".join(sorted(UNIT_PEOPLE_WORDS, key=len, reverse=True))
# "its advance party of 21 landed", "a contingent of 63 staff members of Rotation 6 left" (people_words)
_CLAUSE_GOES_ON = compile_pattern(r"(?:\s+(?:" + _PEOPLE_WORDS + r")(?:\s+of(?![\w-])|" + UNIT_FIGURE_GOES_ON + r")|"
                                  + UNIT_FIGURE_GOES_ON + ")")
# "The Indian contingent, about 450 strong,": a unit's strength set off after it (strength_units marks, spaced)
_SET_OFF_FIGURE = compile_pattern(r"\s*,\s+" + UNIT_FIGURE_APPROXIMATIONS)
_STRENGTH_WORD = compile_pattern(r"\s+(?:" + "|".join(sorted(STRENGTH_MARKS, key=len, reverse=True)) + r")\b")
# (a space for the hyphen only before "strong": "the 130 strong contingent"; "130 member states" are no unit)
_STRENGTH_MARK = compile_pattern(r"(?:-(?:" + "|".join(sorted(STRENGTH_MARKS, key=len, reverse=True)) + r")|\s+strong)(?![\w-])")  # triggers.json strength_units


def strength(view: SentenceView, count: Count | None) -> bool:
    """"a 1,300-strong force", "a 700-member battalion", "a 1,500-man battalion": the count is
    of the unit's people, not of units."""
    return count is not None and _STRENGTH_MARK.match(view.text, count.end) is not None
