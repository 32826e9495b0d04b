"""Layer 6: gift frames, one per clause that holds a gift trigger.

Who gave what to whom comes from the construction rows (constructions/data/gift.json):
the winning fill of each slot (GIVER, RECIPIENT, THEME, ORIGIN, DESTINATION), ranked by
the rows' explicit priorities; referring fills ("his guest", "the zoo") are left for the
coreference sieves.  Items are every species in the clause with its count, plus a thing
the lexicon does not know when a giving row puts it in THEME.  A clause whose only cue is
an event noun or "the animals" is *anaphoric*: the document merge adds it to the gift
already open.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace as dataclasses_replace
from functools import lru_cache

import regex

from giftextract.text.patterns import StartAnchored, compile_pattern

from giftextract.mentions.sentence import SentenceView, key_words, phrase_alternation
from giftextract.constructions.engine import match_rows, ranked
from giftextract.constructions.table import Table
from giftextract.frames.tables import DEFAULT_TABLES
from giftextract.mentions.items import ItemRef, find_items, whole_of_listed
from giftextract.mentions.nominals import (ACCOMPANIED, GIFT_NOUN_SUBJECT, LATER_LOT, OPEN_GIFT_REFERENCE, THEME_PHRASES, carries_itself,
                                           names_a_holder)
from giftextract.mentions.contents import CARRIER_CUE, CARRIER_LATER_CUE, contents_list, listed_with_known, member_items, without_goods_headers
from giftextract.mentions.units import build_units
from giftextract.frames.scope import in_theme_scope, shared_out
from giftextract.frames.giving import (GIFT_KINDS as _GIFT_KINDS, calls_it_a_gift, carried_by_giver, carrier_delivers, carrier_subject, gift_triggers, gives, hands_a_lot, moved_between_parties, moved_between_two, tells_relief, theme_words,
                                       carries_another, given_in_theme, named_in_exchange, names_a_zoo as _names_a_zoo, tells_money_alone,
                                       theme_demonym, turned_down)
from giftextract.frames.paired import colon_shares, gapped_datives, one_per_giver, paired_givers
from giftextract.frames.gapped_gifts import gapped_clause, gapped_recipients, recipient_first
from giftextract.frames.continued import colon_list, continued_list, list_row, listed_back
from giftextract.frames.tranches import later_deliveries
from giftextract.frames.transit import last_legs
from giftextract.frames.slots import (apply_fills, VISIT_BEFORE, VISIT_REACH, SourceRef, TransportRef, sentence_places,
                                      transport_in, view_sources)
from giftextract.lexicon.data import plural
from giftextract.lexicon.entities import Entity
from giftextract.lexicon.facilities import is_transit
from giftextract.lexicon.triggers import RECEIPT_AFTER_AND
from giftextract.quantity.counts import Count
from giftextract.quantity.dates import TimeMention


@dataclass
class GiftFrame:
    start: int  # evidence: the sentence
    end: int
    giver: Entity | None = None
    recipient: Entity | None = None
    items: list[ItemRef] = field(default_factory=list)
    total: Count | None = None
    origin: Entity | None = None
    destination: Entity | None = None
    transport: TransportRef | None = None
    time: TimeMention | None = None
    officials: list[Entity] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    anaphoric: bool = False
    evidence: list[tuple[int, int]] = field(default_factory=list)
    distinct: bool = False  # "earlier", "previously", "another": a different event than the open one
    reciprocal: bool = False  # "in return": the open gift's parties, reversed
    rules: list[str] = field(default_factory=list)  # construction rows and sieves that filled it
    back_theme: tuple = ()  # the units of a theme that points back ("a pair", "the reptiles")
    alternatives: dict[str, list] = field(default_factory=dict)  # runner-up fills per slot, for coreference
    places: list[Entity] = field(default_factory=list)  # the sentence's places: where a gift with no recipient went
    visited: Entity | None = None  # "during a state visit to Turkmenistan": the host, who gives to a guest
    told_giving: bool = False  # a frame merged into this record had a word of giving (merge sets it)
    giving: bool = False  # a word of giving ("gave", "donated", "a gift"), not just of moving ("sent", "flown")
    bound: tuple = ()  # parties coordinated in one slot ("King Fahd and Boris Yeltsin each received"): not each other's antecedents
    implied: dict = field(default_factory=dict)  # slot -> the party the implicit sieves offer, used if merge leaves it empty


ANAPHOR = StartAnchored(  # (one branch only where the search starts: a \G, which ``re`` reads not)
    r"\b(?:they|these|those)\s+(?:were|are|will|travelled|traveled|arrived|flew|had\s+been|have\s+been)\b|" + OPEN_GIFT_REFERENCE,
    r"\W*(?:it|they)\s+(?:consist\w*\s+of|included|includes|comprised|comprises)\b",  # "It consisted of six vehicles"
    GIFT_NOUN_SUBJECT,  # "The present was a pair of elephants", "The US$710.000 donation includes"
    regex.IGNORECASE,
)
_ACCOMPANIED = compile_pattern(ACCOMPANIED, regex.IGNORECASE)


# "a second consignment followed": read only in a clause a frame reads (its head is a trigger
# word), never in the scan that asks every sentence whether it is about the open gift
_LATER_LOT = compile_pattern(LATER_LOT, regex.IGNORECASE)


def about_open_gift(text: str, lo: int, hi: int):
    """What makes text[lo:hi] about the open gift: a phrase pointing back or things that went
    with it ("a bus went with them": tried only where "with" is, as every sentence is asked)."""
    return ANAPHOR.search(text, lo, hi) or (_ACCOMPANIED.search(text, lo, hi) if text.find("with", lo, hi) >= 0 or text.find("With", lo, hi) >= 0 else None)


_DISTINCT_PHRASES = ("earlier", "previously", "formerly", "once", "before", "another", "last time", "back in", "first time", "in the past")
_DISTINCT = compile_pattern(rf"\b{phrase_alternation(_DISTINCT_PHRASES)}\b", regex.IGNORECASE)
_DISTINCT_WORDS = key_words(_DISTINCT_PHRASES)


# "The animals - three male and one female white tigers, ... - were selected": a list set off
# after a theme that points back (the dash opens a clause of its own)
@lru_cache(maxsize=None)
def _list_after():
    """Compiled at its first use (a clause opening on a dash or a colon): ANAPHOR's text
    again, 20 ms of ``regex`` compiling that most articles never need."""
    return compile_pattern(r"(?:" + ANAPHOR.pattern + r"|\b" + phrase_alternation(THEME_PHRASES) + r")\s*$", regex.IGNORECASE)  # "with the vehicles - 15 ..."
_LIST_OPENS = compile_pattern(r"\s*[-\u2013\u2014:(]")
_RELATIVE = compile_pattern(r",\s+(?:which|who|whose|where)\b", regex.IGNORECASE)
_THE_SUBJECT = compile_pattern(r"\W*(?:the|these|those)\s", regex.IGNORECASE)  # a clause that opens on a definite noun
_EMPTY = compile_pattern("")
_DEFINITE = compile_pattern(r"\b(?:the|these|those)\s+$", regex.IGNORECASE)
_INCLUDES = compile_pattern(r"\b(?:include[sd]?|including|contain(?:s|ed|ing)?|compris(?:e[sd]?|ing)|consist(?:s|ed|ing)?\s+of|made\s+up\s+of|such\s+as|among)\b|" + ACCOMPANIED,
                          regex.IGNORECASE)
# A time right after these dates something else ("signing a treaty in June 2024").
_OTHER_EVENT = compile_pattern(r"\b(?:treaty|agreement|pact|deal|signed|signing|ratif\w+|since|war|election)\b[^,;]{0,25}$",
                             regex.IGNORECASE)


def _time_of(view: SentenceView, lo: int, hi: int, anchor: int) -> TimeMention | None:
    """The clause's time expression nearest the trigger, skipping times of other events."""
    times = [t for t in view.times_in(lo, hi)
             if not _OTHER_EVENT.search(view.text, max(lo, t.start - 40), t.start)]
    return min(times, key=lambda t: abs(t.start - anchor)) if times else None


_HOUSED = compile_pattern(r"\W*(?:the|these|those)\s+(?:[\w-]+\s+){0,3}?[\w-]+s\b[^.;]*\b(?:live|lives|living|housed|kept|"
                        r"stay|stays|settle|settled|reside|resides|go\s+on\s+show|join|joins|will\s+be)\b",
                        regex.IGNORECASE)


def tells_where_it_went(text: str, start: int, end: int) -> bool:
    """A sentence that may say where the things just given went ("The elephants ... will live
    at the Yerevan Zoo"): read after a sentence that gives, though it has no trigger."""
    return _HOUSED.match(text, start, end) is not None


_GIFT_SLOTS = (("GIVER", "giver"), ("RECIPIENT", "recipient"), ("ORIGIN", "origin"), ("DESTINATION", "destination"))


def _party_slots(frame: GiftFrame, fills: dict) -> None:
    """Roles from the ranked construction fills (the runners-up kept for coreference);
    a place given as destination (or origin) stands for its state where no party fills
    the recipient (or giver) slot."""
    apply_fills(frame, fills, _GIFT_SLOTS)
    # a zoo that gives is where the animals come from; a zoo that receives, where they go
    if getattr(frame.giver, "place_kind", None) in ("zoo", "facility") and frame.origin is None:
        frame.origin = frame.giver
    if getattr(frame.recipient, "place_kind", None) in ("zoo", "facility") and frame.destination is None:
        frame.destination = frame.recipient
    if frame.origin is not None and getattr(frame.origin, "place_kind", None) not in ("zoo", "facility", "city", "region"):
        frame.origin = None
    if frame.destination is not None and getattr(frame.destination, "place_kind", None) not in ("zoo", "facility", "city", "region"):
        frame.destination = None
    if frame.recipient is None and frame.destination is not None and getattr(frame.destination, "country", None):
        # ("handed over the vessel at HMAS Stirling naval base": a place at home is the ceremony's)
        home = getattr(frame.giver, "country", None) == frame.destination.country and frame.destination.place_kind == "facility"
        frame.recipient, frame.destination = (None, None) if home else (frame.destination, frame.destination)
    if frame.giver is None and frame.origin is not None and getattr(frame.origin, "country", None):
        frame.giver = frame.origin
    # "landed at Henderson International Airport": the airport tells the country, not where the gift went;
    # a city or region tells the country, not the place (GOLD.md: origin and destination are named facilities)
    frame.origin = None if is_transit(frame.origin) or _town(frame.origin) else frame.origin
    frame.destination = None if is_transit(frame.destination) or _town(frame.destination) else frame.destination
    frame.rules = sorted({fs[0].row.name for fs in fills.values()} | set(frame.rules))


def _town(e) -> bool:
    return getattr(e, "place_kind", None) in ("city", "region")


@dataclass(frozen=True)
class _NamedTheme:
    """The theme fill named animals make in a clause no row gave a theme."""

    units: tuple


def _may_give(view: SentenceView, lo: int, hi: int, table: Table, moving_gives: bool) -> bool:
    """Whether a clause with no known item can still hold a gift: a trigger that means giving
    (it may give a thing the lexicon does not know, or point back to one), a gift noun,
    "received", or, in an article of giving, a verb of moving between two states (giving.py)."""
    giving = theme_words(table)
    return any(lo <= t.start < hi and (t.kind in ("gift_noun", "receive_verb") or t.lemma.replace(" ", "_") in giving)
               for t in view.triggers) or (moving_gives and (moved_between_two(view, lo, hi) or carrier_delivers(view, lo, hi)))


def names_a_head(text: str, lo: int, hi: int, heads: frozenset) -> bool:
    """Whether text[lo:hi] names a thing of a kind the article told as given ("150,000 doses
    were flown to Bhutan", "the doses", after a gift of doses)."""
    return any(w in heads for w in _WORD.findall(text[lo:hi].lower()))


_WORD = compile_pattern(r"[a-z][a-z-]+")


@lru_cache(maxsize=256)
def _definite_theme(heads: frozenset):
    """"the rice", "these doses", "the armoured carriers": a definite phrase whose head names
    a thing given before in the article."""
    return compile_pattern(r"\b(?:the|these|those)\s+(?:[a-z-]+\s+){0,2}?" + phrase_alternation(sorted(heads))
                         + r"(?![\w-])", regex.IGNORECASE, store=False)  # (the article's heads: not cached)


# "gave Shanghai a monkey and received a jaguar": the subject's receipt is the open gift turned round
_AND_RECEIVED = compile_pattern(r"\s*and\s+" + RECEIPT_AFTER_AND + r"\s")


def item_heads(items) -> set[str]:
    """The head word of each open item given (a thing no lexicon knows: "rice", "doses"),
    singular and plural; a species or a known object named with "the" is as often the kind
    ("the Komodo dragon, the giant monitor lizard") as the animals given."""
    out = set()
    for item in items:
        if not item.open:
            continue
        head = item.mention.species.split()[-1]
        if len(head) > 2:
            out |= {head, plural(head)}
    return out


def gift_frames(view: SentenceView, table: Table = DEFAULT_TABLES["gift"],
                loan_context: bool = False, heads: frozenset = frozenset(), moving_gives: bool = False) -> list[GiftFrame]:
    """The gift frames of one sentence (possibly anaphoric, possibly with empty slots).
    ``loan_context``: this sentence or the one before speaks of a loan or a sale, so a
    plain transfer ("sent", "shipped") with no word of giving is not read as a gift;
    ``heads``: the head words of the things the article told as given so far;
    ``moving_gives``: the article speaks of giving (_may_give)."""
    frames: list[GiftFrame] = []
    taken: set[int] = set()
    if (row := list_row(view, taken)) is not None:  # "- 20 water tanks", "Canada - two Chieftain tanks"
        return [_row_frame(view, *row)]
    last = None  # (where the clause of the last frame ends, the frame)
    last_first = False  # the last frame's recipient was told before its thing (a ditransitive)
    for lo, hi in view.clauses():
        anaphor = about_open_gift(view.text, lo, hi) or _LATER_LOT.search(view.text, lo, hi)
        if anaphor is not None and carries_itself(anaphor.group(), heads):
            anaphor = None  # "the aircraft" after "gave Nepal a plane" is the gift, no lot of it
        if anaphor is None and heads:
            anaphor = _definite_theme(heads).search(view.text, lo, hi)
        listed = None
        if anaphor is None:  # "the vehicles - 15 ...", "The list is long: 16 ventilators, ..."
            anaphor = listed = (_LIST_OPENS.match(view.text, lo) and _list_after().search(view.text, max(view.start, lo - 40), lo)) or colon_list(view, lo, hi)
        if back := listed_back(view, lo, hi, taken):  # "They are bulletproof vests, helmets and tents"
            anaphor = listed = back[0]
        moved = housed = None
        giving_here = any(lo <= t.start < hi and (t.kind in _GIFT_KINDS or t.kind == "glued_gift") for t in view.triggers)
        if not anaphor and not giving_here:
            moved = transport_in(view, lo, hi)  # "The rice was loaded aboard a ship"
            # "The elephants ... will live at the Yerevan Zoo": where the animals told of went
            housed = moved is None and _THE_SUBJECT.match(view.text, lo) and _names_a_zoo(view, lo, hi)
            if moved is None and not housed:
                if last is not None and last[0] == lo and (more := continued_list(view, lo, hi, taken)):
                    last[1].items.extend(more)  # "...; 2,000 blankets and 432 cooking kits; ..."
                    taken.update(i.count.start for i in more if i.count is not None)
                    last = (hi, last[1])
                elif last is not None and last[0] == lo and last_first \
                        and (gapped := gapped_clause(view, lo, hi, taken, last[1])):
                    frames += gapped  # "...; Portugal's Luis Montenegro a chess set; ..."
                    last = (hi, last[1])
                continue
        items, total = find_items(view, lo, hi, taken)
        if housed:
            first = items[0] if items else None
            if first is None or not first.mention.plural or first.start - lo > 12 \
                    or not _THE_SUBJECT.match(view.text, lo, first.start + 1):
                continue
            anaphor = _THE_SUBJECT.match(view.text, lo)
            relative = _RELATIVE.search(view.text, first.end, hi)  # "..., which lost its bull, Grant,"
            items = [i for i in items if relative is None or i.start < relative.start()]
        elif moved is not None:
            # a thing named with "the" and moved, with no word of giving, is the open gift's,
            # and so is what "the plane also carried"
            anaphor = next((_DEFINITE.search(view.text, max(lo, i.start - 8), i.start) for i in items
                            if _DEFINITE.search(view.text, max(lo, i.start - 8), i.start)), None) \
                or carrier_subject(view, lo, hi, table)
        lot = hands_a_lot(view, lo, hi, table)  # "handed over a package": its things come later
        if not (items or total or anaphor) and not (_may_give(view, lo, hi, table, moving_gives) or lot or CARRIER_CUE.search(view.text, lo, hi) or CARRIER_LATER_CUE.search(view.text, lo, hi)) and not _names_a_zoo(view, lo, hi) \
                and not (heads and names_a_head(view.text, lo, hi, heads)):
            continue  # "sent a delegation": a verb that needs a thing given, and nothing to give
        seq = view.cache[("units", lo, hi)] = build_units(view, lo, hi, items,
                                                          {i.count.start for i in items if i.count} | taken)
        # "The consignment is made up of flour and tents", "an A400M carrying masks and gloves":
        # what the open gift held, where the clause points back to it or moves it
        # (in a clause of giving, "donated equipment to Ukraine, including helmets and tents")
        held = back[1] if back else contents_list(seq.units) if anaphor or moved else contents_list(seq.units, True) if giving_here else []
        if moved is not None and anaphor is None:
            if not held:
                continue
            anaphor = _EMPTY.match(view.text, held[0].start)  # the list itself points back
        matches = match_rows(table, seq)
        fills = ranked(matches)
        theme = fills.get("THEME")
        # a thing the lexicon does not know, given by a construction that fixes the theme
        # (or any construction, where the clause calls it a gift: "landed ... as a gift")
        # (every theme the winning row named: "donated 500 tents to Nepal, along with 2,000 blankets")
        open_items = [i for f in theme if f.row is theme[0].row and f.trigger is theme[0].trigger
                      for i in member_items(seq.units, f.units)] if theme else []
        # ... or a thing of a kind the article already told as given ("150,000 doses were
        # flown to Bhutan" after "India handed two million doses to Bangladesh")
        if open_items and not (gives(theme[0], table) or calls_it_a_gift(view, lo, hi, table) or given_in_theme(view, open_items)
                               or moved_between_parties(fills, open_items, table) or (bool(carried := carried_by_giver(theme[0], open_items, table, moving_gives, view.text)) and bool(anaphor := anaphor or carried))
                               or all(i.mention.species.split()[-1] in heads for i in open_items)):  # (or "896,000 Japan-donated doses")
            open_items = []
        open_items = without_goods_headers(open_items, held) + [i for i in listed_with_known(seq.units) + held if i not in open_items and i.open]
        items, total = whole_of_listed(items + open_items, view.text, total,
                                       [u.ref for u in seq.units if u.kind == "I" and "open" in u.feats])
        items = shared_out([i for i in items if not named_in_exchange(view, lo, i.start, table)  # "in exchange for the tigers"
                            and not carries_another(view, i, items, table)], view, lo, hi, fills, table)  # "to all 15 countries"
        if theme and not isinstance(theme[0], _NamedTheme):
            items = in_theme_scope(items, theme[0], seq.units, view.text)
        points_back = bool(theme) and not items and not any(u.kind == "I" for u in theme[0].units)
        named = [u for u in seq.units if u.kind == "R" and "named" in u.feats]
        if not items and named and (not points_back or all("named" in u.feats for u in theme[0].units if u.kind == "R")):
            # "The male Bao Bao and the female Tjen Tjen ..., a state gift from ...": named
            # animals are the theme, one each
            theme, points_back = [_NamedTheme(tuple(named))], True
        triggers = gift_triggers(view, lo, hi, bool(items) or total is not None or points_back or lot, table, matches)
        # Without a trigger, "the animals" opens a frame only where it lists or moves them:
        # "the animals include ...", "the animals were flown ...", "the contingent numbered 70".
        if not triggers and not (anaphor and (transport_in(view, lo, hi) or total or _names_a_zoo(view, lo, hi)
                                              or (items and (listed or _INCLUDES.search(view.text, lo, hi) or (held and names_a_holder(anaphor.group())))))) \
                and given_in_theme(view, items) is None:  # "six U.S.-donated detection dogs joined ...": the word of giving is glued
            continue
        if loan_context and triggers and all(t.lemma in table.classes.get("transfer_only", ()) or t.lemma in table.classes.get("receipt", ())
                                             for t in triggers):
            # "it sent a pair to San Diego" after "China has lent pandas", "received the first
            # four of six aircraft, the biggest purchase ...": a loan or a sale, not a gift
            continue
        if turned_down(view, triggers, table) or tells_money_alone(view, lo, hi, fills, triggers, bool(items or total or points_back or anaphor or held)):
            continue
        frame = GiftFrame(view.start, view.end, items=items, total=total)
        _party_slots(frame, fills)
        glued = given_in_theme(view, items)  # "six U.S.-donated dogs": a giver as written, and a word of giving
        if frame.giver is None and (demonym := glued or theme_demonym(view, items)) is not None:
            frame.implied["theme-demonym"] = demonym
        if points_back:
            frame.back_theme = theme[0].units  # "two of the reptiles": the theme sieve names them
        frame.reciprocal = any(m in view.text[lo:hi].lower() for m in table.markers.get("reciprocal", ())) \
            or _AND_RECEIVED.match(view.text, lo, hi) is not None
        # A clause that lacks a party and either points back ("the animals", "this transfer")
        # or names nothing given ("They are being delivered from X to Y") is about the open gift.
        frame.anaphoric = (frame.giver is None or frame.recipient is None) and (bool(anaphor or held) or not (items or total))
        frame.transport = transport_in(view, lo, hi)
        frame.time = _time_of(view, lo, hi, triggers[0].start if triggers else anaphor.start() if anaphor else items[0].start)
        frame.distinct = view.mentions_any(lo, hi, _DISTINCT_WORDS) and bool(_DISTINCT.search(view.text, lo, hi))
        frame.sources = view_sources(view)
        frame.officials = [e for e in view.entities_in(lo, hi)
                           if e.party_kind == "person" and e is not frame.giver and e is not frame.recipient]
        giving = table.classes.get("open_theme", ())  # a word of giving or relief goods, away from talk of a loan ("lends ... rather than gives away")
        frame.giving = not loan_context and (glued is not None or any(t.kind == "gift_noun" or t.lemma.replace(" ", "_") in giving for t in triggers) or tells_relief(view, lo, hi, table, "relief_goods"))
        frame.giver = frame.giver or (glued if glued is not None and not glued.demonym else None)  # (a people: the sieve's)
        frame.places = sentence_places(view)
        frame.visited = next((e for e in frame.places
                              if VISIT_BEFORE.search(view.text, max(view.start, e.start - VISIT_REACH), e.start)), None)
        for item in items:
            if item.count is not None:
                taken.add(item.count.start)
        frames.append(frame)
        last = (hi, frame)
        last_first = recipient_first(fills)
        frames += _one_per_recipient(frame, fills, view.text) + one_per_giver(frame, fills) + paired_givers(frame, matches) \
            + gapped_datives(frame, fills, seq) + gapped_recipients(frame, fills, seq) + colon_shares(frame, seq)
    last_legs(view, frames, "recipient")  # "to Poland, from where they went on to Ukraine"
    return frames + later_deliveries(view, frames)


def _row_frame(view: SentenceView, party: Entity | None, items: list[ItemRef]) -> GiftFrame:
    """A row of a list: more of the open gift, or (naming its own party) a share of a gift
    to many, whose giver merge lends it."""
    return GiftFrame(view.start, view.end, recipient=party, items=items, anaphoric=party is None, rules=["list-row"],
                     sources=view_sources(view))


def _one_per_recipient(frame: GiftFrame, fills: dict, text: str) -> list[GiftFrame]:
    """"gave pairs of dragons to Thailand, Japan and Spain", "Bolivia and Paraguay each
    received": the same gift to each state coordinated with the recipient, one frame each
    (the items copied, never shared); a joint figure ("a combined 440,000 doses to Thailand,
    Vietnam and Taiwan") is no one recipient's, and each gets the thing without it."""
    best = fills.get("RECIPIENT", [None])[0]
    if best is None or best.apposition is not None or frame.recipient is not best.unit.ref:
        return []
    others = best.preceding + best.conjuncts
    if others:
        frame.bound = tuple((u.start, u.end) for u in (best.unit, *others))
        for item in frame.items:
            if item.count is not None and (_JOINT.search(text, max(0, item.count.start - 20), item.count.start)
                                           or _JOINT_IN.search(item.count.text)):
                item.count = None
    return [dataclasses_replace(frame, recipient=unit.ref, items=[copy.copy(i) for i in frame.items],
                                rules=[*frame.rules, "conjunct-recipient"], alternatives={})
            for unit in others]


_JOINT = compile_pattern(r"\b(?:combined|total\s+of|joint|altogether)\s+$", regex.IGNORECASE)
_JOINT_IN = compile_pattern(r"\b(?:combined|total|joint)\b", regex.IGNORECASE)  # "a combined 440,000": the count's own words
