"""Layer 4: one sentence with everything the lower layers spotted in it.

Frames never re-scan the text for entities, species or counts: they read this view.
Clause boundaries (";", ", while", ", but", " - ") let one sentence hold two events
("Moscow sent birds to Pyongyang, while Kim gifted Putin a pair of dogs").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.lexicon.entities import Entity
from giftextract.lexicon.species import SpeciesMention
from giftextract.lexicon.triggers import RECEIPT_AFTER_AND, Trigger
from giftextract.mentions.nominals import ONE_NAMED_APPOSITION
from giftextract.mentions.open_items_table import OPEN_ITEMS_TABLE
from giftextract.quantity.counts import Count
from giftextract.quantity.numbers import NUMBER_WORD
from giftextract.quantity.dates import TimeMention
from giftextract.text.fold import fold_case
from giftextract.text.compiled import compile as compile_re

# "gave Niger 22 armoured vehicles - 15 personnel carriers, four command vehicles and three
# ambulances - on Monday": a pair of spaced dashes after a counted thing, around a list that
# opens on a count, is an aside of the clause, as a colon's list is, not two clause breaks
# ("The animals - three tigers and ... - were selected": no count before, two breaks, and the
# list is read as the animals', frames/gifts.py)
_COUNT = rf"(?:\d[\d,]*|{NUMBER_WORD}(?:-{NUMBER_WORD})?|an?)"  # "68", "sixty-eight", "a"
_GAP = r"(?:(?!\s-\s)[^;.,])"  # a word's hyphen may stand in the words ("45-seat"), a spaced dash not
_ASIDE = rf"{_COUNT}\s(?:(?!\s-\s)[^;.]){{0,200}}?"  # the list between the dashes
_ASIDE_AHEAD = rf"{_ASIDE}\s-\s"  # right after the opening dash
# ... and a pair around a phrase naming the gift the things before it were ("Two lions -
# Kenya's gift to Japan - arrived", "A whip, spurs and a bridle - the state's presents to
# President Johnson - have resurfaced"): the things are its theme, one clause
_GIFT_NAMED = (r"(?:the|its|their|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}'s)\s(?:[\w'-]+\s){0,2}?(?:gift|present|donation)s?\b"
               r"(?:\b[A-Z]\.|(?!\s-\s)[^;.]){0,120}?")  # (an initial inside: "President Lyndon B. Johnson")
_COUNTED_BEFORE = rf"(?<![\w-]){_COUNT}\s{_GAP}{{0,60}}\s-\s"  # ending right after it
_OPENED = _COUNTED_BEFORE + _ASIDE  # ending at the closing dash
# "emergency relief goods - blankets, soap and sleeping mats": a spaced dash after a word of
# goods (open_items.json contents_openers) opens their list, no new clause
_GOODS = OPEN_ITEMS_TABLE["contents_openers"]["goods"]
_AFTER_GOODS = r"(?:" + "|".join(sorted(_GOODS, key=len, reverse=True)) + r")\s-\s"
# "sent relief goods through JICA - tents, jerry cans, sleeping pads and plastic sheeting": a
# spaced dash before a list of things in lower case (two members, then a comma or "and") sets
# the list off, as a colon would, no new clause (a pair of dashes around a list is an aside:
# no closing dash before the sentence ends)
_LIST_AHEAD = r"(?-i:(?:[a-z][\w'-]*\s){0,3}[a-z][\w'-]*,\s(?:[a-z][\w'-]*\s){0,3}[a-z][\w'-]*(?:,\s|\s+and\s))(?![^.;]*?\s-\s)"
# a time that opens a clause: "a week ago", "two days later", "last month", "the next year", "later"
_WHEN = (r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+(?:day|week|month|year)s?\s+"
         r"(?:ago|later|earlier|afterwards)|(?:last|this|the\s+next|the\s+following|the\s+previous)\s+"
         r"(?:day|week|month|year|spring|summer|autumn|fall|winter)|later|earlier|afterwards|subsequently)")
# ", and Roshogolla to Tripura": the last member of a list of things (a short member before
# the comma), a name that a preposition or the end of the clause follows, no new subject
_LIST_MEMBER_BEFORE = compile_re(r"[a-z],\s[\w-]+(?:\s[\w-]+)?\Z")
_LAST_NAME_OF_A_LIST = compile_re(r",\s+and\s+[A-Z][\w-]+(?:\s[\w-]+)?(?=\s+(?:to|for|from|as|worth)\s|\s*[,.;]|\s*$)")
# "about 2,500 Angolan police - the units Angolans call the Ninjas - were to be deployed": a
# pair of spaced dashes whose closing one an auxiliary follows sets off an aside of the
# subject; the verb after it is the subject's, no new clause at either dash
_AUXILIARY = r"(?:were|was|are|is|had|have|has|will|would|could|should|may|might|must|did|do|does)\s"
_VERB_AFTER_ASIDE = rf"(?:(?:(?!\s-\s)[^;.]){{1,120}}?\s-\s)?{_AUXILIARY}"
_CLAUSE_BREAK = regex.compile(  # (a lookbehind of no fixed width: ``re`` parsed it all, 4 ms, to fail)
    r"""
      ;\s                                 # semicolon
    | ,\s+(?=(?:while|whereas|but|though|although|yet|when)\b)   # ", while ...", ", when six were sent"
    | \s(?=while\s)                       # "... while Kim gifted"
    | \s-\s(?<!%(opened)s\s-\s)(?<!\b%(goods)s)(?:(?!%(ahead)s)|(?<!%(before)s))(?!%(verb_after_aside)s)(?!%(gift_named)s\s-\s)(?<!\s-\s%(gift_named)s\s-\s)(?!%(list_ahead)s)   # spaced dash, not a pair around a counted list or a gift's name, not after goods, not an aside before its subject's verb, nor a list of things ahead
    | \s-\s(?=(?:and|but)\s)            # ... whose closing dash a new clause follows
    | ,\s+(?=(?:and\s+)?(?:in\s+return|in\s+exchange|meanwhile)\b)
    | \s(?=and\s+%(receipt)s\s)        # "gave Shanghai a monkey and received a jaguar": the gift turns round
    | ,\s+(?=and\s+(?-i:[A-Z]))          # ", and Malaysia was given some": a new subject
    | ,\s+(?=and\s+(?:he|she|they|we)\s+(?!and\b|or\b))   # ", and he made the president a gift of": a pronoun subject
    | ,\s+(?=and\s+(?:in|on|at|during)\s+(?:late\s+|early\s+|mid-?)?(?-i:[A-Z0-9]))  # ", and in late December three planes flew"
    | ,\s+(?=and\s+%(when)s,?\s+(?:the\s+)?(?-i:[A-Z]))   # ", and a week ago the United States donated": a time, then a new subject
    """ % {"receipt": RECEIPT_AFTER_AND, "opened": _OPENED, "ahead": _ASIDE_AHEAD, "before": _COUNTED_BEFORE, "goods": _AFTER_GOODS, "when": _WHEN,
       "verb_after_aside": _VERB_AFTER_ASIDE, "gift_named": _GIFT_NAMED, "list_ahead": _LIST_AHEAD},
    regex.VERBOSE | regex.IGNORECASE,
)
# "... seven ambulances and Italy donated": a party right after "and" (no comma), its verb
# after it with at most a few auxiliaries and adverbs between (mentions/sentence.py
# _new_subject_cuts)
_CLAUSE_VERBS = frozenset({"gift_verb", "deploy_verb", "receive_verb"})
_AND_BEFORE = compile_re(r"(?<=[\w)]\s)and\s+(?:the\s+)?\Z", re.IGNORECASE)
_SUBJECT_TO_VERB = compile_re(r"\s+(?:(?:also|later|then|itself|has|have|had|will|would|soon|subsequently|in\s+turn)\s+){0,3}")
# "sent troops to Mali and France deployed 50": the object of a preposition before "and" is
# no subject of the verb after it when that verb takes an object of its own
_OBJECT_AHEAD = compile_re(r"\s+(?:\d|(?:an?|the|its|their|some|about|around|nearly|almost|more|over|up|another|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)", re.IGNORECASE)
# A clause that is only a list of names ("The Czech Republic, Lithuania"): the ", and" after
# it closes the list of a coordinated subject, no new clause ("..., and Poland donated").
_NAME = r"(?:[Tt]he\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*+"
_NAMES_ONLY = compile_pattern(rf"\s*{_NAME}(?:\s*,\s*{_NAME})*+\s*")
# "troops from Poland, Lithuania, and Latvia arrived": a list of two or more names after a
# preposition, its serial ", and" no new clause
_NAME_LIST_AFTER = compile_pattern(rf"\b(?:from|of|including|with|by|between|among)\s+{_NAME}(?:\s*,\s*{_NAME})++\s*\Z")
# Words that, right before an entity, make it an object of a preposition, not a subject.
PREPOSITIONS = frozenset(
    "to from for by with of at in into on about between against toward towards than including "
    "like as among amid after before over under through via alongside despite per".split()
)
_LAST_WORD = compile_pattern(r"([A-Za-z]+)\W*$")


def phrase_alternation(phrases: tuple[str, ...]) -> str:
    """``(?:p1|p2|...)`` of lower-case phrases, any whitespace between their words."""
    return "(?:" + "|".join(r"\s+".join(map(regex.escape, p.split())) for p in phrases) + ")"


def key_words(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """One word of each phrase (its longest, so the rarest) for SentenceView.mentions_any:
    a clause without any of them cannot match ``phrase_alternation(phrases)``."""
    return tuple(dict.fromkeys(max(p.split(), key=len) for p in phrases))


@dataclass
class SentenceView:
    text: str  # the whole normalised document
    start: int
    end: int
    entities: list[Entity] = field(default_factory=list)
    species: list[SpeciesMention] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    # What "it" and "he"/"she" stand for: the subject of the sentence before, if any.
    antecedents: dict[str, Entity] = field(default_factory=dict)
    _count_ends: list[int] | None = field(default=None, repr=False)
    cache: dict = field(default_factory=dict, repr=False)  # per-sentence results shared by frames

    @property
    def count_ends(self) -> list[int]:
        """End offsets of the counts, for bisecting (counts are position-sorted)."""
        if self._count_ends is None:
            self._count_ends = [c.end for c in self.counts]
        return self._count_ends

    def clauses(self) -> list[tuple[int, int]]:
        """Half-open clause intervals covering the sentence (do not mutate the list).

        Computed once per sentence: both the gift and the deployment frames walk them."""
        cached = self.cache.get("clauses")
        if cached is None:
            cuts = [m.start() for m in _CLAUSE_BREAK.finditer(self.text, self.start, self.end)
                    if not self._closes_name_list(m) and not self._closes_a_list_of_things(m)]
            bounds = [self.start, *sorted({*cuts, *self._new_subject_cuts()}), self.end]
            cached = self.cache["clauses"] = [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]
        return cached

    def _new_subject_cuts(self) -> list[int]:
        """Where "and" with no comma opens a clause of its own: a party right after it whose
        verb of giving or sending follows ("Denmark gave Moldova seven ambulances and Italy
        donated 20 generators"), after a clause with a verb of its own.  A party before the
        "and" makes it a list of subjects or objects ("Russia and China gave"), no break, unless it is
        the object of a preposition and the verb takes an object of its own ("sent troops to
        Mali and France deployed 50 soldiers")."""
        cuts = []
        verbs = [t for t in self.triggers if t.kind in _CLAUSE_VERBS]
        for e in self.entities:
            if e.party_kind is None or e.demonym or not verbs or verbs[0].start >= e.start:
                continue
            m = _AND_BEFORE.search(self.text, max(self.start, e.start - 12), e.start)
            verb = next((t for t in verbs if t.start >= e.end), None)
            if m is None or verb is None or not _SUBJECT_TO_VERB.fullmatch(self.text, e.end, verb.start):
                continue
            before = next((o for o in self.entities if o.end == m.start() - 1), None)
            if before is None or (self.word_before(before.start, self.start) in PREPOSITIONS
                                  and _OBJECT_AHEAD.match(self.text, verb.end)):
                cuts.append(m.start() - 1)
        return cuts

    def _closes_a_list_of_things(self, m) -> bool:
        return _LAST_NAME_OF_A_LIST.match(self.text, m.start()) is not None \
            and _LIST_MEMBER_BEFORE.search(self.text, max(self.start, m.start() - 60), m.start()) is not None

    def _closes_name_list(self, m) -> bool:
        """Whether the break ``m`` is the ", and" of a subject list that began the sentence
        ("The Czech Republic, Lithuania, and Poland", "Suhail, a four-year-old male, and Soraya")
        or of a list of names after a preposition ("troops from Poland, Lithuania, and Latvia")."""
        if not (m.group().startswith(",") and self.text[m.end():m.end() + 3].lower() == "and"):
            return False
        return (m.start() - self.start < 200 and (_NAMES_ONLY.fullmatch(self.text, self.start, m.start()) is not None
                                                  or ONE_NAMED_APPOSITION.fullmatch(self.text, self.start, m.start()) is not None)) \
            or _NAME_LIST_AFTER.search(self.text, max(self.start, m.start() - 120), m.start()) is not None

    def mentions_any(self, lo: int, hi: int, words: tuple[str, ...]) -> bool:
        """Whether text[lo:hi] may contain one of ``words`` (lower-case ASCII) in any case.

        A cheap test to skip a case-insensitive regex that cannot match without one of
        them: it never says False where such a pattern would match, since fold_case maps
        every character IGNORECASE equates with an ASCII letter (K Kelvin, long s, dotted
        capital I) to that letter."""
        key = ("folded", lo, hi)
        folded = self.cache.get(key)
        if folded is None:
            folded = self.cache[key] = fold_case(self.text[lo:hi])
        for w in words:
            if w in folded:
                return True
        return False

    def word_before(self, pos: int, lo: int) -> str:
        """The word right before ``pos`` (lower case), within the clause starting at ``lo``."""
        m = _LAST_WORD.search(self.text, max(lo, pos - 30), pos)
        return m.group(1).lower() if m else ""

    def describes_a_thing(self, end: int) -> bool:
        """Whether the word ending at ``end`` stands right before a thing's name, describing
        it: "infantry fighting vehicles", "police cars" (a vehicle or an object, not an animal)."""
        return any(s.category != "animal" and 0 < s.start - end <= 1 for s in self.species)

    def entities_in(self, a: int, b: int) -> list[Entity]:
        return [e for e in self.entities if a <= e.start and e.end <= b]

    def species_in(self, a: int, b: int) -> list[SpeciesMention]:
        return [s for s in self.species if a <= s.start and s.end <= b]

    def counts_in(self, a: int, b: int) -> list[Count]:
        return [c for c in self.counts if a <= c.start and c.end <= b]

    def times_in(self, a: int, b: int) -> list[TimeMention]:
        return [t for t in self.times if a <= t.start and t.end <= b]


_PRONOUN = compile_re(r"\b(?P<p>[Ii]t|[Hh]e|[Ss]he)\b")


def pronoun_before(view: "SentenceView", pos: int, lo: int) -> str | None:
    """The last subject pronoun ("it", "he", "she") in [lo, pos), lower case, or None."""
    last = None
    for m in _PRONOUN.finditer(view.text, lo, pos):
        if view.word_before(m.start(), lo) not in PREPOSITIONS:
            last = m.group("p").lower()
    return last


_RELATIVE_OPENS = compile_re(r",\s+(?:which|who|whose|whom|where)\b")


def antecedents_from(text: str, start: int, entities: list[Entity]) -> dict[str, Entity]:
    """Subject of a sentence, as the referent of the next sentence's "it" (a state or an
    institution) or "he"/"she" (a person): its first party not after a preposition, nor
    inside a relative clause ("a battalion, which will serve with MONUSCO, the UN mission
    in Congo. It numbers 850": the UN is no subject)."""
    relative = _RELATIVE_OPENS.search(text, start, entities[-1].start) if entities else None
    for e in entities:
        if e.party_kind is None or e.source or e.possessive:
            continue
        if relative is not None and relative.start() < e.start:
            break
        m = _LAST_WORD.search(text, max(start, e.start - 30), e.start)
        if m and m.group(1).lower() in PREPOSITIONS:
            continue
        if e.party_kind in ("state", "organization"):
            return {"it": e}
        if e.party_kind == "person":
            return {"he": e, "she": e}
        return {}
    return {}


def bucket(items: list, sentences: list[tuple[int, int]]) -> list[list]:
    """Distribute position-sorted mentions into the sentences that contain them."""
    starts = [s for s, _ in sentences]
    out: list[list] = [[] for _ in sentences]
    for item in items:
        i = bisect_left(starts, item.start + 1) - 1
        if i >= 0 and item.end <= sentences[i][1]:
            out[i].append(item)
    return out
