"""Layer 4: whether a clause gives, the test that lets a thing no lexicon knows be a gift
("Uzbekistan gave Belarus a carved garden house"; not "sent a delegation")."""

from __future__ import annotations

from functools import lru_cache

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.constructions.table import Table
from giftextract.frames.slots import object_of
from giftextract.lexicon.base import countries_named
from giftextract.lexicon.data import LEXICON
from giftextract.lexicon.entities import Entity
from giftextract.lexicon.triggers import GLUED_GIVING, Trigger
from giftextract.mentions.items import OPEN_ITEMS_TABLE, amounts_in
from giftextract.mentions.sentence import SentenceView

# Verbs that carry a gift only when something giftable is in the clause (their valence, as data).
_NEEDS_ITEMS = frozenset(LEXICON["triggers"]["needs_theme"])
# a carrier, a trip or an errand: what moving carries between parties that is no thing given
MOVED_NOT_GIVEN = frozenset(OPEN_ITEMS_TABLE["moved_not_given"]["words"]) | frozenset(OPEN_ITEMS_TABLE["contents_openers"]["carriers"])
GIFT_KINDS = frozenset({"gift_verb", "gift_noun", "receive_verb", "arrive_verb"})
_NEGATION_REACH = 30  # characters before a trigger where its negation is read


def names_a_zoo(view: SentenceView, lo: int, hi: int) -> bool:
    """'sent from X Zoo', 'delivered to Y Zoo', 'sent by the Z Research Base', 'will live at Y Zoo'."""
    return any(e.place_kind in ("zoo", "facility") for e in object_of(view, ("to", "from", "by", "at"), lo, hi))


def gift_triggers(view: SentenceView, lo: int, hi: int, has_items: bool, table: Table, matches=()) -> list[Trigger]:
    """The clause's words of giving that can open a gift frame: not a verb that needs a thing
    with none in the clause, not "sending troops", not a negated one ("did not give", "no
    longer gives", "refused to hand over": gift.json marker "negation"), not a verb of the
    class ``by_name_only`` that none of the clause's ``matches`` read ("provided 450 troops")."""
    has_items = has_items or names_a_zoo(view, lo, hi)
    negation = tuple(table.markers.get("negation", ()))
    only = table.word_set("classes", "by_name_only")
    read = None  # the triggers the clause's matches read, gathered at the first such verb only
    out = []
    for t in view.triggers:
        if not (lo <= t.start < hi) or t.kind not in GIFT_KINDS:
            continue
        if t.kind == "gift_verb" and t.lemma in only:
            if read is None:
                read = {id(r) for m in matches for f in m.fills[:1] if f.trigger is not None and f.trigger.kind == "V"
                        for r in f.trigger.ref}
            if id(t) not in read:
                continue
        if t.kind != "gift_noun" and (t.lemma in _NEEDS_ITEMS or t.kind == "arrive_verb") and not has_items:
            continue
        # "sending troops" is a deployment, not a gift ("to the Manila Police District": a name, no troops)
        # (a force after "to" or "for", or after a verb of giving proper, is whom the thing went
        # to: "donated uniforms to the Burundian contingent", "gave the Zambian troops boots")
        if any(p.kind == "personnel" and p.lemma != "assets" and 0 <= p.start - t.end <= 40 and not view.species_in(t.end, p.start)
               and not any(e.start <= p.start and p.end <= e.end for e in view.entities)
               and not view.describes_a_thing(p.end) and not _TO_FOR.search(view.text, t.end, p.start)
               and not (t.lemma.replace(" ", "_") in table.classes.get("gives_to_force", ())
                        and _DEFINITE_FORCE.fullmatch(view.text, t.end, p.start)) for p in view.triggers):
            continue
        if negation and t.kind != "gift_noun" and _negated(negation).search(view.text, max(lo, t.start - _NEGATION_REACH), t.start):
            continue
        out.append(t)
    return out


# the preposition or the determiner right before a force (two words between at most)
_TO_FOR = compile_pattern(r"(?<!\bup\s)\b(?:to|for)\s+(?:[a-z-]+\s+){0,3}$", regex.IGNORECASE)  # ("up to 900 soldiers": a figure)
_DEFINITE_FORCE = compile_pattern(r"\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}", regex.IGNORECASE)


@lru_cache(maxsize=8)
def _negated(words: tuple[str, ...]) -> regex.Pattern:
    """A negation right before a verb, two adverbs at most between ("has not yet formally given")."""
    glued = [w for w in words if w.startswith("n'")]  # "didn't": glued to its auxiliary
    alternation = "|".join([r"(?<![\w'-])(?:" + "|".join(r"\s+".join(map(regex.escape, w.split())) for w in words if w not in glued) + ")",
                            *map(regex.escape, glued)])
    return compile_pattern(r"(?:" + alternation + r")\s+(?:(?:[a-z]+ly|yet)\s+){0,2}$", regex.IGNORECASE)


def calls_it_a_gift(view: SentenceView, lo: int, hi: int, table: Table) -> bool:
    """A gift noun, or a verb of giving anywhere in the clause ("took delivery of 400,000 doses,
    this time donated by the PLA")."""
    words = table.classes.get("open_theme", ())
    return any(lo <= t.start < hi and (t.kind == "gift_noun" or (t.kind == "gift_verb" and t.lemma.replace(" ", "_") in words))
               for t in view.triggers)


def theme_words(table: Table) -> frozenset[str]:
    """The lemmas whose theme may be a thing the lexicon does not know: the verbs that mean
    giving (class ``open_theme``) and those that tell a gift only in the rows naming them
    (``by_name_only``: "provided the police with five pick-ups", read only when such a row
    matched, constructions/engine.py)."""
    return table.word_set("classes", "open_theme", "by_name_only")  # (built once per table)


def gives(fill, table: Table) -> bool:
    """Whether a THEME fill's trigger means giving itself (not just "send" or "ship"): only
    then is a thing the lexicon does not know taken as a gift."""
    words = theme_words(table)
    return fill.trigger is not None and any(f in words for f in (fill.trigger.key, *fill.trigger.feats))


def moved_between_parties(fills: dict, items: list, table: Table) -> bool:
    """Things a verb of moving alone carries from one named party to another ("Kyrgyzstan sent
    cement and food products to the affected Uzbek people"): a gift where the article speaks
    of giving (the merge's giving context), unless a thing's head names the means or the lot
    rather than a thing (open_items.json moved_not_given, the carriers, gift.json lot and goods)."""
    return bool(fills.get("GIVER") and fills.get("RECIPIENT")) and not _names_means(items, table)


def _names_means(items: list, table: Table) -> bool:
    """A thing's head names the means or the lot, not a thing given ("the plane", "the cargo")."""
    means = _moved_not_given(table)
    return any(head in means or f"{head}s" in means for head in map(_head, items))


def carried_by_giver(theme, items: list, table: Table, moving_gives: bool, text: str):
    """Things a giver's carrier delivers, in an article of giving ("Japan donated tents to
    Tonga. A Japanese aircraft has delivered 30,000 blankets"): the open gift's, where a row
    of gift.json carrier_rows fixed them, unless a thing's head names the means or the lot.
    The carrier's phrase (a match: what points back to the open gift), or None."""
    if not moving_gives or theme.row.name not in table.classes.get("carrier_rows", ()) or theme.trigger is None \
            or _names_means(items, table):
        return None
    return CARRIER_BEFORE_VERB.search(text, max(0, theme.trigger.start - 60), theme.trigger.start)


_CARRIER_SUBJECTS = OPEN_ITEMS_TABLE["carrier_subjects"]
CARRIER_BEFORE_VERB = compile_pattern(r"(?i)(?<![\w-])(?:" + "|".join(sorted(OPEN_ITEMS_TABLE["contents_openers"]["carriers"], key=lambda w: (-len(w), w)))
                                       + r")\s+(?:(?:" + "|".join(_CARRIER_SUBJECTS["before_verb"]) + r")\s+)*$")


def carrier_delivers(view, lo: int, hi: int) -> bool:
    """A carrier, then an active verb of giving ("A Japanese aircraft has delivered ..."): in an
    article of giving, the clause may hold things the lexicon does not know (carried_by_giver)."""
    return any(lo <= t.start < hi and t.kind == "gift_verb"
               and CARRIER_BEFORE_VERB.search(view.text, max(lo, t.start - 40), t.start) for t in view.triggers)


def moved_between_two(view, lo: int, hi: int) -> bool:
    """A verb of moving in a clause that writes two states' names, demonyms or capitals
    ("Singapore delivered food and medicine to Thailand", "the Singapore Air Force"): the
    things it carries may be a gift the lexicon does not know, where moved_between_parties
    finds them carried from the one to the other (_quiet.py reads a sentence by the same test)."""
    return any(lo <= t.start < hi and t.kind == "gift_verb" for t in view.triggers) \
        and len(countries_named(view.text, lo, hi)) >= 2


def _head(item) -> str:
    return (item.mention.species.split() or [""])[-1]


def _moved_not_given(table: Table) -> frozenset[str]:
    """The heads of no thing given, built once per table (as Table.word_set keeps its sets)."""
    cache = table.__dict__
    if "_moved_not_given" not in cache:
        cache["_moved_not_given"] = MOVED_NOT_GIVEN | table.word_set("classes", "lot", "goods", "relief")
    return cache["_moved_not_given"]


def hands_a_lot(view: SentenceView, lo: int, hi: int, table: Table) -> bool:
    """A verb of giving whose object is a lot the next clause lists ("turned over to the army
    chief a package. It consisted of six vehicles ..."): the clause opens a gift with no
    thing yet (gift.json class "lot"; "a package of rice" names its thing itself). Relief
    sent is given ("sends first consignment of relief goods": gift.json class "relief")."""
    return (calls_it_a_gift(view, lo, hi, table) or tells_relief(view, lo, hi, table)) and bool(
        _a_lot(tuple(table.classes.get("lot", ())), tuple(table.classes.get("goods", ())),
               tuple(table.classes.get("lot_measures", ()))).search(view.text, lo, hi))


def tells_relief(view: SentenceView, lo: int, hi: int, table: Table, cls: str = "relief") -> bool:
    """The clause names relief ("sent five trucks carrying relief supplies", "humanitarian
    cargo"): what it tells sent is given (gift.json class "relief"; "relief_goods": relief
    named as goods, not "helicopters for relief flights")."""
    relief = tuple(table.classes.get(cls, ()))
    return bool(relief and word_pattern(relief).search(view.text, lo, hi))


@lru_cache(maxsize=8)
def word_pattern(words: tuple[str, ...]) -> regex.Pattern:
    """Any of ``words`` as a whole word, any case (compiled once per word list)."""
    return compile_pattern(r"\b(?:" + "|".join(map(regex.escape, words)) + r")\b", regex.IGNORECASE)


@lru_cache(maxsize=8)
def _a_lot(lots: tuple[str, ...], goods: tuple[str, ...], measures: tuple[str, ...] = ()) -> regex.Pattern:
    """"a package", "36 tonnes of humanitarian cargo", and goods named in bulk with no article
    ("office supplies and equipment worth $403,000"), their things not named with them
    ("supplies of rice" names them)."""
    opener = r"(?:a|an|(?:" + "|".join(map(regex.escape, measures)) + r")\s+of)" if measures else r"(?:a|an)"
    return compile_pattern(r"\b(?:" + opener + r"\s+(?:[a-z-]+\s+){0,2}?(?:" + "|".join(map(regex.escape, lots)) + r")|(?<!\b(?:a|an|the)\s+)(?:"
                         + "|".join(map(regex.escape, goods)) + r"))\b(?!\s+of\b)", regex.IGNORECASE)


def carries_another(view: SentenceView, item, items: list, table: Table) -> bool:
    """Whether ``item`` is a carrier (gift.json classes "carrier") right before a word of
    carrying (markers "carrying") and another of ``items``: "Ten army trucks carrying 100
    tonnes of ammunition" tell how the ammunition travelled, the trucks are no gift."""
    words, carriers = tuple(table.markers.get("carrying", ())), table.classes.get("carrier", ())
    named = view.text[item.start:item.end].split()
    if not words or not named or named[-1].lower() not in carriers:
        return False
    m = _carrying(words).match(view.text, item.end)
    return m is not None and (any(other is not item and other.start >= m.end() for other in items)
                              or _THING_AHEAD.match(view.text, m.end()) is not None)


# a measured or counted load after the word of carrying ("some 100 tonnes of ammunition")
_THING_AHEAD = compile_pattern(r"(?:some\s+|about\s+|more\s+than\s+|over\s+|nearly\s+)?[\d.,]+\s*(?:tonnes|tons|t|kg|kilograms|kilos|pallets|boxes)\s+of\s", regex.IGNORECASE)


@lru_cache(maxsize=8)
def _carrying(words: tuple[str, ...]) -> regex.Pattern:
    return compile_pattern(r"\s+(?:" + "|".join(r"\s+".join(map(regex.escape, w.split())) for w in words) + r")\s+", regex.IGNORECASE)


def named_in_exchange(view: SentenceView, lo: int, pos: int, table: Table) -> bool:
    """Whether the thing at ``pos`` is named after "in exchange for" or "in return for" in its
    clause, with no comma between: what the giver got for its gift, not a thing it gave
    (gift.json marker "exchanged_for")."""
    words = tuple(table.markers.get("exchanged_for", ()))
    return bool(words) and _exchanged_for(words).search(view.text, max(lo, pos - 100), pos) is not None


@lru_cache(maxsize=8)
def _exchanged_for(words: tuple[str, ...]) -> regex.Pattern:
    return compile_pattern(r"\b(?:" + "|".join(r"\s+".join(map(regex.escape, w.split())) for w in words) + r")\b[^,;:.]*$",
                         regex.IGNORECASE)


def theme_demonym(view: SentenceView, items: list) -> Entity | None:
    """The state a demonym inside a thing given names ("welcomed the donation of 20 Australian
    surveillance drones"): the theme-demonym sieve's offer of a giver, for a gift that names none
    (a state glued to a word of giving, given_in_theme, is offered first)."""
    for item in items:
        for e in view.entities_in(item.start, item.end):
            # "Twelve Chinese alligators": a demonym in a known species' name names no giver
            if e.demonym and e.country and (item.open or e.name.casefold() not in item.mention.species):
                return e
    return None


_GIVEN_GLUED = compile_pattern(r"-(?:" + GLUED_GIVING + r")\b")


def given_in_theme(view: SentenceView, items: list) -> Entity | None:
    """The state (or people) right before "-donated" inside a thing told ("six U.S.-donated
    detection dogs", triggers.json glued_giving): its giver, and a word of giving."""
    for item in items:
        for e in view.entities_in(item.start, item.end):
            if e.country and not e.ambiguous_korea and (e.demonym or e.party_kind == "state") and _GIVEN_GLUED.match(view.text, e.end):
                return e
    return None


def turned_down(view: SentenceView, triggers: list, table) -> bool:
    """The sentence says the offer its words of giving tell was turned down, after the first of
    them ("wanted to give Obama a young donkey; the White House politely declined"): an offer
    turned down is no gift (GOLD.md; gift.json markers declined)."""
    words = tuple(table.markers.get("declined", ()))
    return bool(words and triggers) and word_pattern(words).search(view.text, min(t.start for t in triggers), view.end) is not None


@lru_cache(maxsize=8)
def _carrier_subject(carriers: tuple[str, ...], loads: tuple[str, ...]) -> regex.Pattern:
    # ("According to the ministry, the aircraft carried ...", "On Friday, the ships brought ...": an opening adjunct)
    # (a carrier's name in quotes: 'The "Goodness Train" is carrying ...')
    return compile_pattern(r"\W*(?:(?:according\s+to|on|in)\s+[^,;.]{1,80},\s+)?(?:the|both|these|those)\s+(?:[\"\u201c]?[\w-]+\s+){0,2}?(?:"
                         + "|".join(map(regex.escape, carriers))
                         + r")[\"\u201d]?\s+(?:(?:also|additionally|then|had|has|have|later|is|was|are|were)\s+){0,2}(?:" + "|".join(map(regex.escape, loads))
                         + r")\b", regex.IGNORECASE)


def carrier_subject(view: SentenceView, lo: int, hi: int, table: Table) -> regex.Match | None:
    """"The plane also carried 600,000 masks", "the ships brought 122 vehicles": a clause whose
    subject is a carrier told before (gift.json classes "carrier" and "carrier_loads") carries
    more of the open gift; the carrier itself points back to it."""
    carriers, loads = table.classes.get("carrier", ()), table.classes.get("carrier_loads", ())
    return _carrier_subject(tuple(carriers), tuple(loads)).match(view.text, lo, hi) if carriers and loads else None


# what may stand between a verb and the money it takes: "handed over the sum of US$150,000"
_TO_MONEY = compile_pattern(r"[ \t]*(?:(?:over|out|the[ \t]+sum[ \t]+of|a[ \t]+further|another)[ \t]+)?")


def tells_money_alone(view: SentenceView, lo: int, hi: int, fills: dict, triggers: list[Trigger], named_something: bool) -> bool:
    """A clause that names a recipient but no giver, names nothing given and points back to
    nothing, and whose verb takes an amount of money: "Cairo receives about US$1.3 billion in
    US military assistance every year", told after Egypt's gift of masks to the US, is no gift
    and not the open gift told again (read so, it gave the masks a recipient, Egypt, and the
    gift was lost). Money a thing is worth ("equipment worth 403,000 US dollars") is no such object."""
    if named_something or fills.get("GIVER") or not fills.get("RECIPIENT"):
        return False  # (a giver's money, "Morocco Flies In Relief Items, Presents $150,000", may still name the open gift's giver)
    money = [a.start for a in amounts_in(view, lo, hi) if a.dimension == "currency"]
    return any(_TO_MONEY.fullmatch(view.text, t.end, start) for t in triggers for start in money if start >= t.end)
