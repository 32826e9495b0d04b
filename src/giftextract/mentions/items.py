"""Layer 3: item mentions: a species, breed or object with the count, sex and adjectives
in front of it ("two dozen purebred white horses", "an African lion", "a lioness").

Items are mentions like parties and places: constructions and frames read them, never
re-reading the characters around a species.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.lexicon.species import SpeciesMention
from giftextract.mentions.open_items_table import OPEN_ITEMS_TABLE
from giftextract.mentions.sentence import PREPOSITIONS, SentenceView
from giftextract.quantity.amounts import Amount, find_amounts
from giftextract.quantity.counts import Count
from giftextract.mentions.sizes import SIZE_AFTER, SIZE_LEADING
from giftextract.mentions.compounds import modifies_a_noun, zero_plural
from giftextract.mentions.kinds import acts, kind_of as _kind_of, named_kind_before


@dataclass(slots=True)
class ItemRef:
    mention: SpeciesMention
    count: Count | None
    count_unit: str | None
    descriptors: list[str]
    start: int
    end: int
    sex: str | None = None  # "lioness", "a female African lion"
    amount: Amount | None = None  # "5 tonnes (of fish)": what the item weighs, holds or is worth
    open: bool = False  # a noun phrase no lexicon knows, read as a thing given (mentions/open_items.py)


# Between a count and its noun: adjectives, demonyms and "(different) species of".
_COUNT_GAP = compile_pattern(
    r"""^(?:-(?:strong|member|man|person|personnel|soldier|troop)?)?\s*(?:   # "a 1,300-strong force", "a 700-member battalion": the count of its people
        (?:(?:different|various|rare|distinct|other)\s+)?(?P<kinds>species|kinds|types|breeds|varieties)\s+of\s+
      | (?P<classifier>{classifiers})\s+of\s+(?:[A-Za-z][a-z'-]*\s+){0,2}   # "500 head of cattle", "10 head of Ankole cattle": livestock counted by the head (open_items.json classifiers)
      | (?:brand\s+new\s+)?(?:[a-z][a-z'-]*\s+|[0-9][0-9,.]*(?:-[a-z]+){1,3}\s+|[A-Z][A-Za-z\d.'-]*(?:\s+(?:[A-Z][A-Za-z\d.'-]*|[0-9][0-9A-Za-z-]*)){0,3}(?:\s+\([A-Z][A-Za-z]{1,7}\))?\s+(?=[a-z]|$)){0,3}   # "North Korean", "U.S.", "AK-74", "Chinese United Nations", "Boeing 737", "Indian Air Force (IAF)"
    )$""".replace("{classifiers}", "|".join(map(regex.escape, OPEN_ITEMS_TABLE["classifiers"]["words"]))),
    regex.VERBOSE,
)
# a part of a group named after it: "one of the rarest falcons", "four of the jets", "19 of its F-16s"
_PART_OF = compile_pattern(r"^\s+of\s+(?:the|its|their|his|her|our|these|those)\s+(?:[a-z'-]+\s+){0,2}$")
# a part of a group said to be of a kind: "roughly 200 of the participants are U.S. soldiers",
# "two of the gifts were Arabian horses" (the count is of the noun after the copula)
_PARTITIVE_COPULA = compile_pattern(r"^\s+of\s+(?:them|(?:the|these|those)(?:\s+[a-z][a-z-]*){1,2})\s+(?:are|were)(?=\s)")
# a plural owner's mark ("countries'", "zoos'") or a singular one after a figure ("two
# nations's"): the figure counts the owners, not the thing after them
_POSSESSIVE = compile_pattern(r"(?:s'|['\u2019]s)$")
_NOT_ADJECTIVES = frozenset(
    "and or of the to from for with by in on at as than that which who were was are is have has had "
    "been be including such animals animal".split()
)
# The article nearest the noun: no other article among the adjectives between them
# ("a lion and a lioness": the lioness's article is the second "a").
_ARTICLE = compile_pattern(r"(?<![\w'-])(?P<art>an?|one|single|a\s+single|another|(?:his|her|its|their)\s+own)\s+"  # "her own Lipizzaner horse"  # "A helicopter ..." opens a clause too
                         r"(?:(?!(?:an?|one|another)\s)(?:[a-z][a-z'-]*|[0-9][0-9.,]*(?:st|nd|rd|th)?(?:-[a-z]+){1,2}|1[6-9][0-9]{2}|20[0-9]{2}|[0-9][x×][0-9])\s+){0,3}$",  # "a 14-metre", "a 24-year-old", "an 1874 saddle", "a 17th-century lantern", "a 6x6"
                         regex.IGNORECASE)


def count_before(view: SentenceView, pos: int, lo: int, used: set[int],
                 part_of: bool = False, joined: regex.Pattern | None = None) -> tuple[Count | None, str | None, list[str]]:
    """The count that quantifies the noun at ``pos``: (count, 'species' or None, descriptors).

    Looks back over adjectives ("two dozen purebred white horses") and "species of"
    ("25 different species of pheasant").  Counts already claimed are skipped. With
    ``part_of`` a part of a group counts too ("four of the jets"); one of a generic group
    ("one of the animals") and soldiers "pulled 600 of the soldiers back" never do.
    ``joined``: modifiers that may stand coordinated in the gap ("ground, air and maritime").
    """
    # the last count that ends at or before pos (counts are sorted and do not overlap)
    i = bisect_right(view.count_ends, pos) - 1
    if i >= 1 and SIZE_AFTER.match(view.text, view.counts[i].end) and view.counts[i].start >= lo:
        i -= 1  # "two 20-metre patrol boats": "20" says how long each is; "two" counts them
    if i >= 0:
        count = view.counts[i]
        if count.start < lo:
            return None, None, []
        if count.start in used:
            return None, None, []
        gap = _names_as_words(view, count.end, pos)
        if size := SIZE_LEADING.match(gap):
            gap = gap[size.end():]  # "two 30 metre patrol boats", "four 120mm mortars": a size, each
        if part_of and _PART_OF.match(gap):
            return count, None, []  # "one of the rarest falcons": one falcon; "four of the jets": four
        if joined is not None and joined.fullmatch(gap):
            return count, None, gap.replace(",", " ").split()  # "130 military and civilian personnel"
        m = _COUNT_GAP.match(gap)
        if not m and (copula := _PARTITIVE_COPULA.match(gap)):
            # only where a name says whose they are: "over 400 of them are logistics troops" is a
            # part of a figure told before, no figure of its own
            gap = gap[copula.end():]
            m = _COUNT_GAP.match(gap) if any(c.isupper() for c in gap) else None
        if not m:
            return None, None, []
        if m.group("classifier"):
            return count, None, []  # "500 head of cattle": 500 cattle
        words = [w for w in gap.split() if w.islower()]
        if m.group("kinds") is None and any(w in _NOT_ADJECTIVES or _POSSESSIVE.search(w) for w in words):
            return None, None, []  # "the two countries' wildlife services": the figure counts the owners
        kinds = m.group("kinds")
        descriptors = [] if kinds else words
        return count, ("species" if kinds == "species" else kinds), descriptors
    return None, None, []


def _names_as_words(view: SentenceView, a: int, b: int) -> str:
    """text[a:b] with each name inside it written as one capitalised word: "143 New Zealand
    Defence Force personnel" has one name between its count and noun, not four words."""
    names = [e for e in view.entities_in(a, b) if e.end <= b and " " in e.text]
    if not names:
        return view.text[a:b]
    parts, at = [], a
    for e in names:
        parts += [view.text[at:e.start], "N"]
        at = e.end
    return "".join(parts) + view.text[at:b]


# one thing named with "the", "this" or "that" ("the female baby elephant", "the frigate"): one, as "a" says
# (merge/document.py never adds it to another of its kind: it may be that one again)
_DEFINITE_ONE = compile_pattern(r"(?<![\w'-])(?P<art>the|this|that)\s+(?:(?!(?:the|this|that)\s)(?:[a-z][a-z'-]*|[0-9][0-9,.]*|(?-i:[A-Z])[\w-]*-[a-z]+)\s+){0,4}$",
                              regex.IGNORECASE)  # "the 115 m Hamilton-class high-endurance cutter"


_GIVING = frozenset({"gift_verb", "receive_verb"})


def _clause_gives(view: SentenceView, lo: int, hi: int) -> bool:
    return any(lo <= t.start < hi and t.kind in _GIVING for t in view.triggers)


def _article_at(view: SentenceView, pos: int, lo: int, pattern: regex.Pattern) -> tuple[int, int, list[str]] | None:
    """The article ``pattern`` finds before the noun at ``pos``: its span and the adjectives
    between them (none of them a function word)."""
    m = pattern.search(view.text, max(lo, pos - 60), pos)
    if not m:
        return None
    words = view.text[m.end("art") : pos].split()
    if any(w.lower() in _NOT_ADJECTIVES for w in words):
        return None
    return m.start("art"), m.end("art"), words


def article_before(view: SentenceView, pos: int, lo: int) -> tuple[int, int, list[str]] | None:
    """'an African lion', 'a female African lion': the article's span and adjectives."""
    return _article_at(view, pos, lo, _ARTICLE)


_INFINITIVE = compile_pattern(r"\bto\s+$")
_LAST_LOWER_WORD = compile_pattern(r"(?<![\w'-])([a-z][a-z'-]*)\s+$")  # a whole word: not "hinese" of "Chinese"


def descriptors_before(view: SentenceView, pos: int, lo: int) -> tuple[list[str], list[int]]:
    """Lower-case adjectives right before a noun and where each starts: 'white cockatoos' ->
    (['white'], [the position of 'white'])."""
    words: list[str] = []
    starts: list[int] = []
    i = pos
    for _ in range(3):
        m = _LAST_LOWER_WORD.search(view.text, max(lo, i - 30), i)
        if not m or m.group(1) in _NOT_ADJECTIVES or m.group(1) in PREPOSITIONS or m.group(1) in _NO_DESCRIPTOR \
                or _INFINITIVE.search(view.text, max(lo, m.start() - 4), m.start()) \
                or any(t.start <= m.start(1) < t.end and t.kind.endswith("_verb") for t in view.triggers):
            break  # "to carry tents", "will donate armoured vehicles", "also sent helicopters": a verb,
            # a modal or an adverb, no word of the things
        words.insert(0, m.group(1))
        starts.insert(0, m.start(1))
        i -= len(m.group(0))
    return words, starts


_SEX_WORDS = {"female": "female", "male": "male", "she-": "female"}
# data/open_items.json, read once here for both modules (open_items.py imports this one)
# its plain modifiers ("new", "second"): they describe a thing, they do not name it
PLAIN_MODIFIERS = frozenset(OPEN_ITEMS_TABLE["plain_modifiers"])
# its words of provenance ("former", "ex-"): where a thing served, not what it is
PROVENANCE = frozenset(OPEN_ITEMS_TABLE["provenance"]["words"])
# the words that end an open item's phrase (modals, adverbs, verbs): none of them describes a thing
_NO_DESCRIPTOR = frozenset(OPEN_ITEMS_TABLE["stop"])


def compound_name(s: SpeciesMention, descriptors: list[str]) -> SpeciesMention:
    """A thing (not an animal) the lexicon knows, with the nouns written before it that make
    its name: "50 electric motorcycles", "a diamond necklace", "wool blankets" (as an open
    item keeps "a carved garden house"); plain modifiers, participles, adverbs and words in
    -s ("new", "decommissioned", "newly", "Lanka commissions a frigate") and sex words are
    no part of a name."""
    if s.category == "animal" or not descriptors:
        return s
    words: list[str] = []
    for w in reversed(descriptors[-2:]):
        if w in PLAIN_MODIFIERS or w in PROVENANCE or w in _SEX_WORDS or w.endswith(("ed", "ing", "ly", "s")) or not w.replace("-", "").isalpha() \
                or len(w) < 2:  # "the 115 m cutter": a unit of length
            break
        words.insert(0, w)
    return replace(s, species=" ".join([*words, s.species])) if words else s


_TOTAL_VERB = compile_pattern(r"\b(?:numbered|numbering|totalled|totaled|totalling|totaling|amounted\s+to|came\s+to)\s+$", regex.IGNORECASE)


def amounts_in(view: SentenceView, lo: int, hi: int) -> list[Amount]:
    """The measured amounts of the clause [lo, hi), found once per clause."""
    key = ("amounts", lo, hi)
    found = view.cache.get(key)
    if found is None:
        found = view.cache[key] = find_amounts(view.text, lo, hi)
    return found


# Between an amount and the noun it measures: "5 tonnes of (fresh) fish", "$5 million worth of".
_AMOUNT_OF = compile_pattern(r"\s{1,3}(?:worth\s{1,3})?of\s{1,3}(?:[a-z][a-z'-]*\s{1,3}){0,2}")
# Between a weight or size and the noun it describes: "a 200 kg bear", "an 800-kilogram bear".
_AMOUNT_ADJECTIVE = compile_pattern(r"\s{0,3}-?\s{0,3}")


def amount_before(view: SentenceView, pos: int, lo: int, hi: int) -> tuple[Amount | None, bool]:
    """The amount right before the noun at ``pos`` and whether it measures it ("5 tonnes of
    fish": True) or describes it ("a 200 kg bear": False, one bear that weighs 200 kg)."""
    for a in amounts_in(view, lo, hi):
        if a.end <= pos and a.end + 40 >= pos:
            if _AMOUNT_OF.fullmatch(view.text, a.end, pos):
                return a, True
            if a.dimension == "mass" and _AMOUNT_ADJECTIVE.fullmatch(view.text, a.end, pos):
                return a, False
    return None, False


_COMMA = compile_pattern(r"\s*,\s*")
_SEXED = compile_pattern(r"\b(?:fe)?males?\b", regex.IGNORECASE)


def _sexed_after(view: SentenceView, pos: int, used: set[int]) -> Count | None:
    """The count told by sex in an apposition right after a plural thing: "The koalas, three
    female and three male, were gifted" are six koalas."""
    comma = _COMMA.match(view.text, pos, view.end)
    return next((c for c in view.counts if comma and c.start == comma.end() and c.start not in used
                 and _SEXED.search(c.text)), None)


# "two puppies of the tazy", "three cubs of a rare Amur tiger": the young of a kind named after
_OF_KIND = compile_pattern(r"\s+of\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}", regex.IGNORECASE)


def find_items(view: SentenceView, lo: int, hi: int, taken: set[int]) -> tuple[list[ItemRef], Count | None]:
    items: list[ItemRef] = []
    total: Count | None = None
    used: set[int] = set()
    for s in view.species_in(lo, hi):
        if any(e.start <= s.start < e.end and s.end <= e.end and not e.demonym for e in view.entities):
            continue  # inside a name ("Moscow Zoo's bear enclosure" stays an item; "Bear Island" does not;
            # "Indian elephants" opens with a demonym, no name)
        prev = items[-1] if items else None
        if prev is not None and prev.count is not None and _OF_KIND.fullmatch(view.text, prev.end, s.start) \
                and _kind_of(s.species, prev.mention.species):
            items[-1] = replace(prev, mention=replace(s, plural=prev.mention.plural), end=s.end)
            continue  # "two puppies of the tazy, the Kazakh sighthound": two tazy dogs
        if acts(view, s, lo):
            continue  # "both were sired by a wild bull", "a carriage pulled by two horses": an agent, no thing given
        s = named_kind_before(view, s)  # "kept kiwi since 1968, when Holyoake presented it with two of the birds"
        count, unit, descriptors = count_before(view, s.start, lo, used | taken, part_of=not s.generic)
        if modifies_a_noun(view.text, s, count is not None and (count.value or 0) >= 2):
            continue  # "10 syringe pumps", "a fountain pen": the thing is named by the noun after
        if count is None and s.plural:
            count = _sexed_after(view, s.end, used | taken)  # "The koalas, three female and three male,"
        if count is not None:
            used.add(count.start)
        if s.generic:
            if count is not None and total is None and count.value is not None:
                total = count
            continue
        start = count.start if count else s.start
        starts: list[int] = []  # where the adjectives read before the noun start (none read yet)
        amount, measures = amount_before(view, s.start, lo, hi) if count is None else (None, False)
        if measures:
            start = amount.start
        elif count is None:
            # "a 200 kg bear" is one bear: its article stands before the weight
            art = article_before(view, amount.start if amount else s.start, lo)
            if art is None and not s.plural and not s.generic and not zero_plural(s) and _clause_gives(view, lo, hi):
                # "the female baby elephant that Sri Lanka is presenting" (not "the loyal Alabai
                # had guarded the flocks": a breed, where nothing is given)
                art = _article_at(view, s.start, lo, _DEFINITE_ONE)
            if art and not s.plural:
                a_start, a_end, words = art
                count = Count(a_start, a_end, view.text[a_start:a_end], 1.0, None, None, "exact", None)
                descriptors, start = [w for w in words if w.islower()], a_start
            else:
                descriptors, starts = descriptors_before(view, s.start, lo)
        sex = s.sex or next((_SEX_WORDS[w] for w in descriptors if w in _SEX_WORDS), None)
        named = compound_name(s, descriptors)
        kept = named.species.count(" ") - s.species.count(" ")
        if kept and starts:
            # "COVID-19 diagnostic test kits": the thing's span takes the words of its name,
            # so a row's gap before it is the words before them
            start = starts[-kept]
        s = named
        items.append(ItemRef(s, count, unit, descriptors, start, s.end, sex, amount if measures else None))
    if total is None:
        for c in view.counts_in(lo, hi):
            if c.start not in used and c.value is not None and _TOTAL_VERB.search(view.text, max(lo, c.start - 30), c.start):
                total = c
                break
    return items, total


# between a counted thing and the counted things it is made of: "36 vehicles, among them ten
# buses, ...", "2,000 items, including 500 masks"
# the words that open the parts of a figure or a list (frames/deployments.py reads them too)
ELABORATION = r"among\s+them|including|comprising|consisting\s+of|made\s+up\s+of"
# (or a dash that opens an aside: "22 armoured vehicles - 15 personnel carriers, ... -")
# A party's phrase may stand between the whole and its parts ("12 vehicles to Kenya, including
# eight ambulances", "68 vehicles to Papua New Guinea: 40 buses ..."): no figure inside it
_TO_PARTY = r"(?:\s+(?:to|for)\s+[^\d,:;.()\u2013\u2014]{2,60}?)?"
# ... and the rest of the whole's clause before a colon ("The first 55 vehicles were handed
# over in September: 16 cars, ..."): no figure, no break inside it
_CLAUSE_TO_COLON = r"\s+[^\d,:;.()\u2013\u2014]{2,80}?\s*:\s*"
# (a heading colon may follow the word of elaboration: "including: 600 tents"; open_items.json contents_openers set_off)
_OPENER_SET_OFF = "|".join(regex.escape(m) for m in OPEN_ITEMS_TABLE["contents_openers"]["set_off"])
_MADE_OF = compile_pattern(rf"{_TO_PARTY}(?:\s*(?:[,:\u2014]\s*)?(?:{ELABORATION}|of\s+which|which\s+included)(?:\s*(?:{_OPENER_SET_OFF}))?\s+|\s*:\s*|\s+[-\u2013\u2014]\s+)|{_CLAUSE_TO_COLON}")


_GOODS_WHOLES = frozenset(OPEN_ITEMS_TABLE["mass_goods"].get("wholes", ()))  # open_items.json mass_goods
# things of any kind, whose count totals what is listed after them ("4,500 relief items, among them cots")
_KIND_WHOLES = frozenset(OPEN_ITEMS_TABLE.get("kind_wholes", {}).get("words", ()))


def _head(item: ItemRef) -> str:
    return item.mention.species.rsplit(" ", 1)[-1]


def goods_whole(item: ItemRef) -> bool:
    """An uncounted whole of goods ("non-lethal equipment"): what a list of its parts replaces."""
    return item.count is None and _head(item) in _GOODS_WHOLES


def whole_of_listed(items: list[ItemRef], text: str, total: Count | None,
                    others: list[ItemRef] = ()) -> tuple[list[ItemRef], Count | None]:
    """A counted thing followed by a word of elaboration and counted things is their total (GOLD.md: a
    total, its members the items): "gave Uganda 36 vehicles, among them ten buses, ten troop carriers and
    14 motorcycles" -> total 36 and three items. ``others``: counted things no construction placed (open
    items), which may be the members ("36 vehicles, including 10 troop carriers")."""
    # one thing read twice (the theme's and the list's reading of "42 Toyota Hilux pick-ups") counts once
    spans = {(i.start, i.end) for i in items}
    pool = sorted([*dict(((i.start, i.end), i) for i in items).values(),
                   *(o for o in others if o.count is not None and (o.start, o.end) not in spans)], key=lambda i: i.start)
    for whole, part in zip(pool, pool[1:]):
        if whole in items and goods_whole(whole) and _MADE_OF.fullmatch(text, whole.end, part.start):
            # "donated non-lethal equipment to Ukraine, including helmets and tents": a whole, no thing beside its list
            return [i for i in items if i is not whole], total
        if whole not in items or whole.count is None or total is not None or whole.count.value is None \
                or (part.count is None and _head(whole) not in _KIND_WHOLES):
            continue  # (uncounted parts: only of a word for any kind of thing, "4,500 relief items, among them cots")
        if _MADE_OF.fullmatch(text, whole.end, part.start):
            members = [i for i in pool if i.start > whole.start]
            if all(i.mention.species == whole.mention.species for i in members):
                # "12 horses, including eight stallions": a breakdown of one species, no aggregate;
                # the whole counts them (GOLD.md: one item per species)
                return [i for i in items if i not in members], total
            if " of " in whole.mention.text and all(_brand(i) for i in members):
                break  # "two bottles of cognac: a Hennessy X.O. and a Louis XIII": brands of the thing measured
            if sum(i.count.value or 0 for i in members if i.count) <= whole.count.value:
                return [i for i in items if i is not whole] + [i for i in members if i not in items], whole.count
    return items, total


def _brand(item: ItemRef) -> bool:
    """A thing named only by capitalised words: a brand or a name ("a Louis XIII")."""
    return item.open and all(w[0].isupper() or w[0].isdigit() for w in item.mention.text.split())
