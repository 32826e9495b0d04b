"""Layer 4: slot fillers shared by the gift and deployment frames.

Each function reads one slot from a clause: the subject of a trigger, the object of a
preposition, the count in front of a noun, the transport, the sources cited.  They are
general English patterns; none of them knows any one article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.mentions.sentence import PREPOSITIONS, SentenceView, key_words, phrase_alternation, pronoun_before
from giftextract.lexicon.data import LEXICON
from giftextract.lexicon.entities import Entity, shared_text


@dataclass(slots=True)
class SourceRef:
    name: str
    start: int
    end: int

    def __post_init__(self) -> None:
        self.name = shared_text(self.name)  # a record keeps every source told of it (lexicon/base.py)


@dataclass
class TransportRef:
    mode: str | None
    vehicle: str | None
    escorts: list[str] = field(default_factory=list)
    start: int = 0
    end: int = 0


_FOR_OF_BEFORE = compile_pattern(r"(?:for|of)\s+(?:\w+ly\s+)?$")


_ARTICLES = frozenset({"the", "a", "an"})


@lru_cache(maxsize=64)
def _skippable(gap_words: frozenset[str]) -> frozenset[str]:
    """Gap words plus articles; one set object per gap-word set, so cache keys hash fast."""
    return gap_words | _ARTICLES


def _introducers(view: SentenceView, lo: int, hi: int,
                 skippable: frozenset[str]) -> list[tuple[Entity, str | None, str | None]]:
    """Each non-demonym entity in [lo, hi) with the word that introduces it: the first word
    before it (within 60 characters, not before ``lo``) that is not in ``skippable``,
    lower-cased, and the word before that, lower-cased without commas (None if absent).

    One clause asks ``object_of`` for many prepositions over the same few gap-word sets,
    so the walk back is done once per clause and set, not once per question."""
    key = ("introducers", lo, hi, skippable)
    cached = view.cache.get(key)
    if cached is None:
        cached = []
        for e in view.entities_in(lo, hi):
            if e.demonym:
                continue
            words = view.text[max(lo, e.start - 60) : e.start].split()
            i = len(words) - 1
            while i >= 0 and words[i].lower().strip(",") in skippable:
                i -= 1
            word = words[i].lower() if i >= 0 else None
            before = words[i - 1].lower().strip(",") if i > 0 else None
            cached.append((e, word, before))
        view.cache[key] = cached
    return cached


def object_of(view: SentenceView, preps: tuple[str, ...], lo: int, hi: int,
              after: int | None = None, gap_words: frozenset[str] = frozenset(),
              not_after: frozenset[str] = frozenset()) -> list[Entity]:
    """Entities introduced by one of ``preps`` in [lo, hi): 'to X', 'from X', 'by X'.

    ``gap_words`` may stand between the preposition and the entity ("to a zoo in X").
    Demonym-only entities are transparent ("to a zoo in the North Korean capital Pyongyang").
    """
    return [e for e, word, before in _introducers(view, lo, hi, _skippable(gap_words))
            if word in preps and before not in not_after and (after is None or e.start >= after)]


def subject_of(view: SentenceView, trigger_start: int, lo: int, *, allow_possessive: bool = False,
               skip: frozenset[str] = frozenset(), places: bool = False) -> Entity | None:
    """The nearest party left of a trigger that is not the object of a preposition
    (with ``places``, a zoo or facility too: "Pyongyang zoo welcomed ...")."""
    prepositions = PREPOSITIONS - skip
    for e in reversed(view.entities_in(lo, trigger_start)):
        if e.source or (e.party_kind is None and not (places and e.place_kind in ("zoo", "facility"))):
            continue
        if e.possessive and not allow_possessive:
            continue
        if view.word_before(e.start, lo) in prepositions:
            continue
        return e
    # "It has around 1,000 peacekeepers in Lebanon": the pronoun's referent from the sentence before
    pronoun = pronoun_before(view, trigger_start, lo)
    return view.antecedents.get(pronoun) if pronoun else None


def gerund_agent(view: SentenceView, trigger_start: int, lo: int) -> Entity | None:
    """'thank you to Kim for sending troops', 'accused North Korea of sending': the agent
    of a gerund after 'for'/'of' is the party right before the preposition."""
    m = _FOR_OF_BEFORE.search(view.text, max(lo, trigger_start - 20), trigger_start)
    if not m:
        return None
    prep_start = trigger_start - len(m.group())
    for e in reversed(view.entities_in(lo, prep_start)):
        if e.party_kind and view.text[e.end : prep_start].strip() == "":
            return e
        break
    return None


_TRANSPORT = LEXICON["triggers"]["transport"]
# each word of a mode, lower case: "plane" -> air (models keep their case: "C-17" -> air)
_MODE_OF = {w.lower(): mode for table in ("vehicles", "models", "by", "verbs")
            for mode, words in _TRANSPORT[table].items() for w in words}
_VEHICLE = rf"(?:{phrase_alternation(_TRANSPORT['vehicles']['air'] + _TRANSPORT['vehicles']['sea'] + _TRANSPORT['vehicles']['rail'] + _TRANSPORT['vehicles']['road'] + _TRANSPORT['models']['air'])})"
_NAMED_VEHICLE = rf"(?:[\w-]+\s+){{0,4}}?{_VEHICLE}(?:\s+{phrase_alternation(_TRANSPORT['models']['air'])})?"
# "a", "the", "two", "14": what opens a vehicle phrase ("delivered by two Il-76 transport planes")
_OPENS = rf"(?:{phrase_alternation(_TRANSPORT['determiners'])}|[0-9]{{1,3}})"
TRANSPORT = compile_pattern(
    rf"""
      \bby\s+(?P<by>{phrase_alternation([w for ws in _TRANSPORT['by'].values() for w in ws])})\b
    | \bby\s+{_OPENS}\s+(?P<byv>{_NAMED_VEHICLE})\b
    | \b(?P<across>across\s+the\s+(?:[A-Z][a-z]+\s+)?(?:Sea|Ocean|sea|ocean)|by\s+ferry)\b
    | \b(?P<flown>{phrase_alternation([w for ws in _TRANSPORT['verbs'].values() for w in ws])})\b
    | \b(?:aboard|onto|in\s+the\s+(?:cargo\s+)?hold\s+of)\s+{_OPENS}\s+(?P<aboard>{_NAMED_VEHICLE})\b
    | \bon\s+(?:an?|the)\s+(?P<on>(?:[a-z-]+\s+){{0,2}}{_VEHICLE})\b
    | \b(?:carried|transported|travell?ed|brought|delivered|moved)\s+(?:[\w-]+\s+){{0,3}}?in\s+(?:an?|the)\s+(?P<inside>{_NAMED_VEHICLE})\b
    | \b{_OPENS}\s+(?P<subject>(?:["\u201c]?[\w-]+\s+){{0,3}}?{_VEHICLE})["\u201d]?(?:\s+of\s+the(?:\s+(?-i:[A-Z])[\w-]*){{1,5}})?\s+(?:that\s+|which\s+|also\s+|additionally\s+|later\s+)?(?:(?:is|was|are|were|has|had|have)\s+)?{phrase_alternation(_TRANSPORT['arrivals'])}\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_ESCORT_VERBS = ("escorted", "accompanied", "attended")
_ESCORT = compile_pattern(
    rf"\b{phrase_alternation(_ESCORT_VERBS)}\s+by\s+(?P<who>[^,.;]{{3,80}}?)(?=[,.;]|\s+(?:and\s+)?(?:were|was|the|to|who)\b|$)"
    r"|\bunder\s+the\s+(?:care|supervision|watch)\s+of\s+(?P<care>[^,.;]{3,80}?)(?=[,.;]|\s+and\s+|$)",
    regex.IGNORECASE,
)
# Every _ESCORT match holds one of these words (a cheap test before the scan).
_ESCORT_WORDS = (*key_words(_ESCORT_VERBS), "under")


def _mode_of(words: str) -> str | None:
    """The mode of a vehicle phrase: its head's ("a cargo ship" -> sea, "an Indian Air Force
    C-17 Globemaster" -> air), else a model's named in it."""
    folded = words.lower().split()
    for n in (2, 1):
        mode = _MODE_OF.get(" ".join(folded[-n:]))
        if mode is not None:
            return mode
    return next((_MODE_OF[w] for w in folded if w in _MODE_OF and w not in ("air", "sea", "rail", "road")), None)


def transport_mentions(text: str, lo: int, hi: int, vehicle_subjects: bool = True) -> list[TransportRef]:
    """Each statement of how something travelled in ``text[lo:hi]`` ("flown", "aboard a
    ship", "by truck"), with its mode, its vehicle if named, and its span;
    ``vehicle_subjects=False`` leaves out a vehicle as the subject of an arrival ("a jet
    carried tourists"), which may carry anything."""
    out = []
    for m in TRANSPORT.finditer(text, lo, hi):
        if not vehicle_subjects and m.group("subject"):
            continue
        word = m.group("by") or m.group("byv") or m.group("aboard") or m.group("on") or m.group("subject") \
            or m.group("inside")
        vehicle = None
        if m.group("flown"):
            mode = _MODE_OF.get(m.group("flown").lower())
        elif m.group("across"):
            mode = "sea"
        else:
            mode = _mode_of(word)
            if not m.group("by") or word.lower() not in ("air", "sea", "rail", "road"):
                vehicle = word
        out.append(TransportRef(mode, vehicle, [], m.start(), m.end()))
    return out


# the words that stand before a carrier a little way back: "by truck", "aboard an Il-76", "on a cargo plane"
_CARRIER_CUE = compile_pattern(r"\b(?:by|aboard|on|in|via|onto|inside)\s+(?:[\w-]+\s+){0,3}$", regex.IGNORECASE)


def not_carriers(text: str, found: list, lo: int, hi: int) -> list:
    """The things of ``found`` (species mentions of text[lo:hi]) but those named as how
    something travelled ("a short drive by truck", "aboard an Il-76 aircraft"): a carrier is
    neither a thing given nor what a later "the pair" points back to. Only a thing a few
    words after "by", "aboard", "on", "in", "via", "onto" or "inside" is looked at; a
    vehicle that is the subject of an arrival ("a cargo plane landed") stays."""
    if not any(_CARRIER_CUE.search(text, max(lo, m.start - 40), m.start) for m in found):
        return found  # no thing stands where a carrier does: the scan of the sentence is spared
    spans = [(t.start, t.end) for t in transport_mentions(text, lo, hi)]
    return [s for s in found if not any(a <= s.start and s.end <= b for a, b in spans)] if spans else found


def transport_in(view: SentenceView, lo: int, hi: int) -> TransportRef | None:
    mode = vehicle = None
    start, end = hi, lo
    for ref in transport_mentions(view.text, lo, hi):
        # legs told in order ("trucked overland to Xinjiang and flown to Kabul"): the last one
        # reaches the recipient's country (GOLD.md: the leg between the two countries)
        mode = ref.mode or mode
        vehicle = vehicle or ref.vehicle
        start, end = min(start, ref.start), max(end, ref.end)
    escorts = []
    for m in _ESCORT.finditer(view.text, lo, hi) if view.mentions_any(lo, hi, _ESCORT_WORDS) else ():
        escorts.append((m.group("who") or m.group("care")).strip())
        start, end = min(start, m.start()), max(end, m.end())
    if mode is None and not escorts:
        return None
    return TransportRef(mode, vehicle, escorts, start, end)


_SOURCE_NOUN = r"(?:the|a|an)\s+(?:(?:government|official|ministry|joint|kremlin)\s+)?(?:statement|report|reports|announcement)"
_ACCORDING_PHRASES = ("according to", "as reported by", "reported by", "citing", "per")
# "local media", "Venezuelan journalists", "the state news agency": a news source, named by its kind
_MEDIA = rf"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,2}}?{phrase_alternation(LEXICON['triggers']['media_nouns']['words'])}(?![\w-])"
_ACCORDING = compile_pattern(
    rf"\b{phrase_alternation(_ACCORDING_PHRASES)}\s+(?P<noun>{_SOURCE_NOUN}|reports|{_MEDIA})?",
    regex.IGNORECASE,
)
_SAID_VERBS = ("said", "added", "says", "stated", "noted", "reported", "announced", "confirmed")
# between a speaker and its verb: "New Zealand media, however, reported", "the ministry on Monday said"
_ASIDE = (r"(?:\s*,\s*(?:however|though|meanwhile|too|in\s+turn|for\s+(?:its|their|his|her)\s+part)\s*,)?"
          r"(?:\s+(?:also|however|later|earlier|separately|then|on\s+[A-Z][a-z]+day))?")
_SAID = compile_pattern(
    r"(?P<noun>\b(?:the|a|an)\s+(?:[a-z]+\s+){0,2}(?:statement|report|ministry|government|spokesman|spokeswoman|"
    rf"spokesperson|officials?|embassy|agency|zoo)(?:\s+(?:of|for|at)\s+(?:the\s+)?(?:[\w'-]+\s+){{0,3}}?[\w'-]+)?)"
    # "Xu Zhou, a spokesman for the Chinese embassy, said": the apposition's comma
    rf"{_ASIDE}(?:\s*,)?\s+(?:has\s+|had\s+)?{phrase_alternation(_SAID_VERBS)}\b"
    r"|\b(?P<anon>(?:(?:the|a)\s+)?(?:government\s+)?statement)\s+(?:said|added|says)\b"  # a subset of _SAID_VERBS
    rf"|(?P<media>{_MEDIA}){_ASIDE}\s+(?:has\s+|had\s+|have\s+)?{phrase_alternation(_SAID_VERBS)}\b",  # "state media reported"
    regex.IGNORECASE,
)
# '"We have deployed 300 soldiers," said Ronald Rwivanga, Rwanda's army spokesman': a speaker named
# after the verb, right after a quotation; the speaker is the first party with a country in its
# apposition ("said a spokesman for the Rwanda Defence Force"), else its first party
_SAID_AFTER = compile_pattern(r"""["\u201d']\s*,?\s+(?:said|says|added|stated|noted|announced|confirmed)\s+(?=[A-Z]|(?:the|a|an)\s)""")
_APPOSITION_END = compile_pattern(r"[.;:!?\n]|,\s+(?:who|which|where|when|after|before|as)\b|,\s+(?:and|but)\s")
APPOSITION_REACH = 100
_REPORT_VERBS = ("said", "says", "say", "reported", "reports", "announced", "stated", "added", "told", "confirmed",
                 "noted", "wrote", "posted", "claimed", "described", "called", "put", "estimated", "estimates")
_REPORT_VERB = compile_pattern(rf"{_ASIDE}\s*(?:has\s+|have\s+|had\s+)?{phrase_alternation(_REPORT_VERBS)}\b", regex.IGNORECASE)
_OWNED_SPEAKER = compile_pattern(rf"'s\s+(?P<noun>(?:[a-z-]+\s+){{0,2}}[a-z-]+){_REPORT_VERB.pattern}", regex.IGNORECASE)
# speakers placed by a name after them: "Defence sources in London", "diplomats in Paris"
_PLACED_SPEAKER = compile_pattern(r"\b(?:[A-Za-z-]+\s+)?[a-z-]+\s+(?:in|from)\s+(?:the\s+)?$")
# a capitalised name that ends "of <place>": "The Times of London", "Voice of America"
_NAMED_AFTER = compile_pattern(r"\b[A-Z][\w.'-]*\s+of\s+(?:the\s+)?$")
# Every match of these patterns holds one of these words (cheap tests before the scans).
_ACCORDING_WORDS = key_words(_ACCORDING_PHRASES)
_SAID_WORDS = key_words(_SAID_VERBS)
_REPORT_VERB_WORDS = key_words(_REPORT_VERBS)


def sources_in(view: SentenceView, lo: int, hi: int) -> list[SourceRef]:
    """Who the clause cites: 'according to TASS', 'the ministry said', 'as reported by TASS'."""
    out: list[SourceRef] = []
    for m in _ACCORDING.finditer(view.text, lo, hi) if view.mentions_any(lo, hi, _ACCORDING_WORDS) else ():
        if m.group("noun"):
            out.append(SourceRef(m.group("noun"), m.start("noun"), m.end("noun")))
            continue
        for e in view.entities_in(m.end(), min(hi, m.end() + 80)):
            if e.party_kind and not e.demonym:
                out.append(SourceRef(e.name, e.start, e.end))
                break
    for e in view.entities_in(lo, hi) if view.mentions_any(lo, hi, _REPORT_VERB_WORDS) else ():
        if _NAMED_AFTER.search(view.text, max(lo, e.start - 30), e.start):
            continue  # "The Times of London reported": a paper named after the place speaks, not the place
        if e.party_kind and _REPORT_VERB.match(view.text, e.end, hi):
            # "Defence sources in London said": who speaks is the sources, placed in London
            placed = _PLACED_SPEAKER.search(view.text, max(lo, e.start - 40), e.start)
            start = placed.start() if placed else e.start
            out.append(SourceRef(view.text[start:e.end] if placed else e.name, start, e.end))
        elif e.party_kind and (own := _OWNED_SPEAKER.match(view.text, e.end, hi)):
            # "Seoul's spy agency said": the speaker is what the party owns
            out.append(SourceRef(view.text[e.start:own.end("noun")], e.start, own.end("noun")))
    for m in _SAID.finditer(view.text, lo, hi) if view.mentions_any(lo, hi, _SAID_WORDS) else ():
        g = "noun" if m.group("noun") else "media" if m.group("media") else "anon"
        out.append(SourceRef(m.group(g), m.start(g), m.end(g)))
    for m in _SAID_AFTER.finditer(view.text, lo, hi) if view.mentions_any(lo, hi, _SAID_WORDS) else ():
        end = _APPOSITION_END.search(view.text, m.end(), min(hi, m.end() + APPOSITION_REACH))
        named = [e for e in view.entities_in(m.end(), end.start() if end else min(hi, m.end() + APPOSITION_REACH))
                 if e.party_kind and not e.demonym]
        speaker = next((e for e in named if e.country), None) or next(iter(named), None)
        if speaker is not None:
            out.append(SourceRef(view.text[m.end():speaker.end], m.end(), speaker.end))
    seen: set[tuple[int, int]] = set()
    unique = []
    for s in sorted(out, key=lambda s: s.start):
        if (s.start, s.end) not in seen:
            seen.add((s.start, s.end))
            unique.append(s)
    return unique


def view_sources(view: SentenceView) -> list[SourceRef]:
    """The sentence's sources, computed once per sentence however many frames it holds."""
    cached = view.cache.get("sources")
    if cached is None:
        cached = view.cache["sources"] = sources_in(view, view.start, view.end)
    return list(cached)


def apply_fills(frame, fills: dict, slots: tuple[tuple[str, str], ...]) -> None:
    """Set each frame attribute from its slot's best construction fill (the named party an
    apposition gives, when there is one), keep the runners-up for coreference, and record
    the sieves that found names."""
    for slot, attr in slots:
        ranked_fills = fills.get(slot)
        if ranked_fills:
            best = ranked_fills[0]
            setattr(frame, attr, best.apposition.ref if best.apposition is not None else best.unit.ref)
            if best.apposition is not None:
                frame.rules.append("sieve:apposition")
            elif (rule := sieve_rule(best.unit.ref)) is not None:  # a name a document sieve found ("Tokayev")
                frame.rules.append(rule)
            frame.alternatives[attr] = [f.unit.ref for f in ranked_fills[1:]]


def sieve_rule(party) -> str | None:
    """The rule naming the document sieve that found a party's name ("sieve:envoy"), or None
    for a name the lexicon or the gazetteer gave."""
    via = getattr(party, "via", None)
    return None if via in (None, "gazetteer") else f"sieve:{via}"


# "a plane from Vienna", "via Doha": where a thing or force came from or passed, never where it went
# "from Vienna", and where the thing was made, raised or trained ("30 dogs, trained in Colombia,"): no
# place it went to
_FROM = compile_pattern(r"\b(?:from|via|through|out\s+of|(?:trained|born|bred|raised|reared|hatched|built|made|"
                      r"manufactured|produced|assembled|captured|caught)\s+in)\s+(?:the\s+)?$", regex.IGNORECASE)


# "a state visit to Turkmenistan", "visited Beijing", "on a trip to", "a tour of", "a stay in":
# the place a guest is in, whose host gives to the guest
VISIT_BEFORE = compile_pattern(r"\b(?:(?:visit(?:s|ed|ing)?|trip|tour|stay|journey|travel(?:l?ed|s)?)(?:\s+(?:to|of|in))?"
                             r"|spen(?:t|ds?|ding)\s+(?:[\w-]+\s+){1,3}?in"  # "spent two days in Malawi"
                             r"|visit(?:s|ed|ing)\s+(?:[\w-]+\s+){1,4}?in)"  # "visited a stud farm in western Slovenia"
                             r"\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?$", regex.IGNORECASE)
VISIT_REACH = 50  # characters before a place where its visit is read


def sentence_places(view) -> list:
    """The sentence's named places of known country, in order, none read as an origin
    ("from Vienna"), a demonym, a possessive or a news agency: where the locale sieve looks
    for an event's missing recipient or host. A state's possessive that opens the sentence
    is its topic, a place the sentence is about ("Trinidad and Tobago's disaster response
    capacity got a lift when the United States donated two vehicles")."""
    entities = view.entities_in(view.start, view.end)
    return [e for k, e in enumerate(entities)
            if e.place_kind and e.country and not (e.source or e.demonym)
            and (not e.possessive or (k == 0 and e.place_kind == "country" and _OPENS.fullmatch(view.text, view.start, e.start)))
            and not _FROM.search(view.text, max(view.start, e.start - 20), e.start)
            and not _PARTNER.search(view.text, max(view.start, e.start - 20), e.start)]


# "a move coordinated with Washington", "talks with Beijing", "a war against Russia": a
# state's capital or name after these is a party the sentence deals with, no place
_PARTNER = compile_pattern(r"\b(?:with|against|alongside)\s+(?:the\s+)?$", regex.IGNORECASE)


_OPENS = compile_pattern(r"\W*(?:[Tt]he\s+)?")
