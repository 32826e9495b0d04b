"""Layer 3: a clause as one sequence of typed units, the input of the construction layer.

Every mention the lower layers found (entity, item, count, trigger, referring nominal)
becomes one unit; the words and punctuation between them become units too.  The
sequence is rendered once as a tag string (``KIND/,feat,feat,KIND/key `` per unit) so that a
construction pattern, compiled to a regular expression over tags, reads mentions and
words, never raw characters.  ``unit_at`` maps a tag-string offset back to its unit.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from giftextract.lexicon.data import LEXICON
from giftextract.lexicon.base import possessive_mark
from giftextract.lexicon.entities import Entity
from giftextract.lexicon.triggers import PASSED_THROUGH, Trigger
from giftextract.mentions.items import ItemRef, amounts_in
from giftextract.mentions.nominals import find_named_animals, find_nominals, titled_names
from giftextract.mentions.contents import closes_in_list_attribute, opener_set_off, opens_contents, sets_off_list
from giftextract.mentions.open_items import MASS_GOODS, open_item
from giftextract.mentions.phrase_words import carrier_subject
from giftextract.mentions.shared_heads import share_heads
from giftextract.mentions.theme_positions import opens_bare_theme, opens_relative_theme
from giftextract.mentions.sentence import SentenceView

_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|this|that|his|her|its|their|our|my|your)\s+$", re.IGNORECASE)
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_BY_WHEN = re.compile(r"\s+(?:the\s+(?:time|end|start|beginning|middle|close|turn)\b|then\b|now\b|far\b)", re.IGNORECASE)
# "seven lions, donated by two reserves": a participle with its agent; "sent by air" tells how
# (the transport 'by' words of triggers.json), "given by the end of May" when
_PARTICIPLE = re.compile(r"(?:ed|en|wn|nt)$", re.IGNORECASE)  # donated, given, flown, sent
_BY_AGENT = re.compile(r"[ \t]+by(?!" + _BY_WHEN.pattern + r")[ \t]+(?!(?:" + "|".join(
    w for ws in LEXICON["triggers"]["transport"]["by"].values() for w in ws) + r")\b)", re.IGNORECASE)
# "by an Iraqi military transport plane", "aboard a Chinese cargo ship": a name that only
# says whose the vehicle is names no party of the gift (vehicles: transport in triggers.json)
_VEHICLES = sorted({w for ws in LEXICON["triggers"]["transport"]["vehicles"].values() for w in ws}, key=len, reverse=True)
_CARRIED_BY = re.compile(r"\b(?:by|aboard|on|in|via)[ \t]+(?:an?[ \t]+|the[ \t]+)?$", re.IGNORECASE)
# where an envoy is posted: "Ankara's ambassador to Doha" (triggers.json posted_titles)
POSTED_TO = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, LEXICON["triggers"]["posted_titles"]["words"]), key=len, reverse=True))
                        + r")[ \t]+to[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)

_VENUES = LEXICON["triggers"]["speech_venues"]
# where a speaker spoke: "the government said in Stockholm", "told reporters in Nairobi"
SPOKE_IN = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, _VENUES["verbs"]), key=len, reverse=True))
                      + r")(?:[ \t]+(?:" + "|".join(sorted(map(re.escape, _VENUES["objects"]), key=len, reverse=True))
                      + r")){0,3}[ \t]+(?:in|from)[ \t]+(?:the[ \t]+)?$"
                      # where an outlet is: "RTM radio in Bamako reported", "state television in N'Djamena"
                      + r"|(?<![\w-])(?:" + "|".join(sorted(map(re.escape, _VENUES["outlets"]), key=len, reverse=True))
                      + r")[ \t]+(?:based[ \t]+)?(?:in|from)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)


# where a speaker is: "the Ministry of Defence in Sofia announced", "officials in Kabul said"
_IN_BEFORE = re.compile(r"(?<![\w-])in[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
_SPEECH_AFTER = re.compile(r",?[ \t]+(?:" + "|".join(sorted(map(re.escape, _VENUES["verbs"]), key=len, reverse=True)) + r")(?![\w-])")


# where talks or a treaty were held: "the Geneva talks", "the Dayton accord" (speech_venues meetings)
_MEETING_AFTER = re.compile(r"[ \t]+(?:" + "|".join(sorted(map(re.escape, _VENUES.get("meetings", ())), key=len, reverse=True))
                            + r")(?![\w-])", re.IGNORECASE)


def aside(text: str, e: Entity) -> bool:
    """``e`` names a place aside from the event: where an envoy is posted ("Ankara's
    ambassador to Doha"), a speaker spoke or is ("the government said in Stockholm", "the
    Ministry of Defence in Sofia announced"), a news outlet
    is ("RTM radio in Bamako reported"), talks were held ("the Geneva talks"), or a place passed through."""
    lo = max(0, e.start - 40)
    return POSTED_TO.search(text, lo, e.start) is not None or SPOKE_IN.search(text, lo, e.start) is not None \
        or PASSED_THROUGH.search(text, lo, e.start) is not None \
        or (_IN_BEFORE.search(text, lo, e.start) is not None and _SPEECH_AFTER.match(text, e.end) is not None) \
        or (not e.possessive and e.place_kind in ("city", "region") and _MEETING_AFTER.match(text, e.end) is not None)


# "by Emirates airline", "in a Russian Air Force plane"; not "in Vienna after a charter flight"
# "the Kenya-led mission", "Saudi-backed forces": a state that leads or backs something is a
# modifier there, no party of the clause (no slot takes it)
LED_AFTER = re.compile(r"-(?:led|backed|brokered|sponsored|funded|run|owned|based|allied|aligned)\b", re.IGNORECASE)
_VEHICLE_AFTER = re.compile(r"[ \t]+(?:(?!(?:after|before|on|from|to|with|at|for|and)[ \t])[a-z][\w-]*[ \t]+){0,2}?(?:"
                            + "|".join(map(re.escape, _VEHICLES)) + r")s?\b")
# Unit kinds: E entity, I item, N count, V trigger, R referring nominal, W word, P punctuation;
# A, a measured amount, lives only until _with_open_items: it opens an item or is words again
# "-made" after a mention ("Russian-made") is a word of its own, not a dash
# A designation is one word: "MiG-29s", "AK-74M", "Su-30SM", "C-130J", "Covid-19", "MA60";
# "Boeing 747-8": a three-digit model number after a word is a word too (years have four digits).
# A figure keeps a comma or a point only between digits: "in 2015, Turkey" ends the year at the comma;
# a figure glued to a word ("40-seat", "1,079-gross-ton") is one word, a modifier.
_WORD = re.compile(r"[A-Za-z]{1,5}-\d+[A-Za-z\d]*(?:-\d+[A-Za-z]*)?(?![\w-])|(?<=[A-Za-z] )\d{3}-\d{1,3}[A-Za-z]*(?![\w-])"
                   r"|(?<![\w-])[A-Z]{1,4}(?:\d{2,4}[A-Za-z]{0,3}|\d{1,4}(?:[A-Z]{1,3}\d{1,3})+[a-z]?)(?![\w-])"  # "MA60", "C295", "M1A1", "T72B3": a model, one word
                   r"|[A-Za-z][A-Za-z'-]*|(?<=[A-Za-z])-[A-Za-z][A-Za-z'-]*"
                   r"|\d+(?:[,.]\d+)*(?:st|nd|rd|th)?-[A-Za-z][A-Za-z-]*(?![\w'])"  # "a 40-seat bus", "a 56-metre vessel": one modifier
                   r"|\d[x\u00d7]\d(?![\w-])"  # "a 4x4 pick-up", "6\u00d76 trucks": a drive, one modifier
                   r"|\d+(?:[,.]\d+)*|[,;:()]|[^\sA-Za-z\d]")
# "was presented", "was likewise presented", "were fed and later given": an auxiliary, then
# at most one adverb (voice_adverbs in triggers.json, or any word in -ly) before the participle
_ADVERB = "(?:\\w+ly|" + "|".join(sorted(LEXICON["triggers"]["voice_adverbs"]["words"], key=len, reverse=True)) + ")"
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|be|is|are|get|got|gets)\s+(?:" + _ADVERB + r"\s+)?(?:\w+\s+and\s+(?:"
                          + _ADVERB + r"\s+)?)?$", re.IGNORECASE)


# a short name in brackets right after a name: "the Seychelles Coast Guard (SCG)", "the
# Armed Forces of the Philippines (AFP)"
_SHORT_NAME = re.compile(r"[ \t]*\([ \t]*[A-Z][A-Za-z0-9&.-]{1,9}[ \t]*\)")  # "(SCG)", "(Senan)", "(MoDs)"


@dataclass(frozen=True, slots=True)
class Unit:
    kind: str
    start: int
    end: int
    key: str  # the lower-case word, the trigger's lemma, the entity's kind
    feats: tuple[str, ...] = ()
    ref: object = None  # Entity | ItemRef | Count | Trigger | Nominal | None

    @property
    def tag(self) -> str:
        # no space in a tag ("west african": "west_african"); the kind again before the key: "!word" is a fixed-width lookbehind
        return f"{self.kind}/,{','.join(self.feats).replace(' ', '_')},{self.kind}/{self.key.replace(' ', '_')}"


@dataclass
class Sequence:
    units: list[Unit]
    tags: str  # the tag string: one "tag " per unit
    offsets: list[int] = field(default_factory=list)  # where each unit's tag starts

    def unit_at(self, pos: int) -> int:
        return bisect_right(self.offsets, pos) - 1

    def units_in(self, a: int, b: int) -> list[Unit]:
        """The units whose tags lie in tags[a:b] (a regex group's span)."""
        if a < 0 or b <= a:
            return []
        return self.units[self.unit_at(a): self.unit_at(b - 1) + 1]


def _entity_feats(e: Entity) -> tuple[str, ...]:
    feats = []
    if e.party_kind:
        feats += ["party", e.party_kind]
    if e.place_kind:
        feats += ["place", e.place_kind]
        if e.place_kind in ("zoo", "facility"):
            feats.append("facility")
    for flag in ("demonym", "possessive", "source"):
        if getattr(e, flag):
            feats.append("poss" if flag == "possessive" else flag)
    if e.country or e.ambiguous_korea:
        feats.append("coded")  # the country is known
    return tuple(feats)


def voice_of(view: SentenceView, t: Trigger, lo: int) -> str:
    """'passive' after a form of 'be'/'get' (not for '-ing': "is sending" is progressive), or
    a participle with its agent ("seven lions, donated by two reserves"; "sent by air" is
    how, not who); the verb of a phrase is its first word ("is handing over")."""
    if t.text.lower().split()[0].endswith("ing"):
        return "active"
    if _PASSIVE_AUX.search(view.text, max(lo, t.start - 40), t.start):
        return "passive"
    return "passive" if _PARTICIPLE.search(t.text) and _BY_AGENT.match(view.text, t.end) else "active"


def _trigger_units(view: SentenceView, lo: int, hi: int) -> list[Unit]:
    by_span: dict[tuple[int, int], list[Trigger]] = {}
    for t in view.triggers:
        if lo <= t.start and t.end <= hi and t.kind != "glued_gift":  # ("China-donated": read inside the thing)
            by_span.setdefault((t.start, t.end), []).append(t)
    out = []
    for (s, e), ts in by_span.items():
        if _DETERMINER_BEFORE.search(view.text, max(lo, s - 12), s) or any(
                0 <= s - m.end <= 1 for m in view.species_in(max(lo, s - 40), s)):
            # "a gift", "the present", "the car gifts": after a determiner or a thing's name
            # the word is a noun, never the verb
            ts = [t for t in ts if not t.kind.endswith("_verb")] or ts
        if all(t.kind == "deploy_verb" for t in ts) and ts[0].lemma in _BE:
            # "are", "were": deployment cues ("troops are in X"), plain words to gift rows
            out.append(Unit("W", s, e, view.text[s:e].lower(), ("deploy_verb",), ts))
            continue
        feats = tuple(dict.fromkeys([*(t.kind for t in ts), *(t.lemma.replace(" ", "_") for t in ts),
                                     voice_of(view, ts[0], lo)]))
        out.append(Unit("V", s, e, ts[0].lemma.replace(" ", "_"), feats, ts))
    return out


def build_units(view: SentenceView, lo: int, hi: int, items: list[ItemRef], counts_used: set[int]) -> Sequence:
    """The clause [lo, hi) as a sequence of units, mentions taking precedence over words."""
    mentions: list[Unit] = []
    for it in items:
        mentions.append(Unit("I", it.start, it.end, "item", (it.mention.category or "animal",), it))
    item_starts = {it.mention.start for it in items}
    for sp in view.species_in(lo, hi):
        if sp.generic and sp.start not in item_starts:  # "70 animals": the unit a total counts
            mentions.append(Unit("I", sp.start, sp.end, "generic", ("generic",), sp))
    for e in view.entities_in(lo, hi):
        end = e.end + (possessive_mark(view.text, e.end, e.text) if e.possessive else 0)  # the unit holds "'s"
        feats = _entity_feats(e)
        if not e.possessive and "party" in feats and _VEHICLE_AFTER.match(view.text, e.end) \
                and _CARRIED_BY.search(view.text, max(lo, e.start - 12), e.start):
            feats = tuple(f for f in feats if f not in ("party", e.party_kind)) + ("vehicle_owner",)
        if ("party" in feats or "demonym" in feats) and LED_AFTER.match(view.text, e.end):
            # ("a Polish-led division": nor is a demonym a sender there)
            feats = tuple(f for f in feats if f not in ("party", e.party_kind, "demonym")) + ("modifier",)
        if aside(view.text, e):
            # "Ankara's ambassador to Doha", "said in Stockholm": the envoy's posting or the
            # speaker's venue, no host or place of a deployment (deployment.json: -aside); a gift
            # the envoy hands over is handed over there
            feats += ("aside",)
        mentions.append(Unit("E", e.start, end, (e.party_kind or e.place_kind or "entity"), feats, e))
    for c in view.counts_in(lo, hi):
        if c.start not in counts_used:
            mentions.append(Unit("N", c.start, c.end, "count", (c.qualifier,), c))
    amounts = amounts_in(view, lo, hi)
    for a in amounts:
        if a.dimension != "dose":  # "1 million doses" is a count (N), its amount found by open_item
            mentions.append(Unit("A", a.start, a.end, "amount", (a.dimension,), a))
    mentions += _trigger_units(view, lo, hi)
    for n in (*find_nominals(view.text, lo, hi), *find_named_animals(view.text, lo, hi)):
        mentions.append(Unit("R", n.start, n.end, n.type, n.feats, n))
    named = [(u.start, u.end) for u in mentions if u.kind == "E"]
    mentions += [Unit("R", n.start, n.end, n.type, n.feats, n) for n in titled_names(view.text, lo, hi)
                 if not any(a < n.end and n.start < b for a, b in named)]  # an entity covering the name is the name
    mentions.sort(key=lambda u: (u.start, -(u.end - u.start), "IEVRNA".find(u.kind)))
    units: list[Unit] = []
    pos = lo
    for u in mentions:
        if u.start < pos:
            continue  # overlaps a longer or earlier mention
        units += _words(view.text, pos, u.start)
        units.append(u)
        pos = u.end
        if u.kind == "E":  # "the Seychelles Coast Guard (SCG) received": the short name is the name's
            short = _SHORT_NAME.match(view.text, pos, hi)
            pos = short.end() if short and not any(e.source for e in view.entities_in(pos, short.end())) else pos  # not "(Reuters)"
    units += _words(view.text, pos, hi)
    units = _with_open_items(units, view.text, {a.start: a for a in amounts if a.dimension == "dose"})
    offsets, parts, at = [], [], 0
    for u in units:
        tag = u.tag
        offsets.append(at)
        parts.append(tag)
        at += len(tag) + 1
    return Sequence(units, " ".join(parts) + " ", offsets)


def _with_open_items(units: list[Unit], text: str, doses: dict) -> list[Unit]:
    """Noun phrases the lexicon does not know, as ``I`` units marked ``open``; an amount
    that measures none ("paid $50,000 for") is its words again."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        found = open_item(units, i, text, doses) if units[i].kind in ("N", "W", "A") else None
        if found is None and i == 0:
            found = _subject_of_reduced_passive(units, text, doses) or _subject_of_gift_copula(units, text, doses)
        if found is None and opens_bare_theme(units, i):
            # "donated vaccine doses to Taiwan", "gave France agate bowls": a plain plural,
            # no determiner, where a word of giving puts its theme
            found = open_item(units, i, text, doses, bare=True)
            if found is not None:
                out.append(units[i])
        if found is None and sets_off_list(out[-1] if out else None, units, i):
            # "gave Nicaragua emergency relief goods: blankets, soap and sleeping mats"
            found = open_item(units, i, text, doses, bare=True)
            if found is not None:
                out.append(units[i])
        if found is None and opens_contents(units, i):
            # "is made up of wheat flour, vegetable oil and tents": what a consignment holds
            # ("includes: tents, blankets": the phrase after a heading colon)
            at = i + opener_set_off(units, i)
            found = open_item(units, at, text, doses, bare=True)
            if found is not None:
                out += units[i:at + 1]
        if found is None and opens_relative_theme(units, i):
            # "inoculating with Chinese-made Sinopharm shots that the UAE gave the archipelago"
            found = open_item(units, i, text, doses, bare=True)
            if found is not None and not (units[found[0]].kind == "W" and units[found[0]].key in ("that", "which")):
                found = None
            if found is not None:
                out.append(units[i])
        if found is None and _continues_list(out, units, i):
            # "a bottle of Armagnac, berets and wool blankets": a bare plural after an item
            found = open_item(units, i, text, doses, bare=True, listed=True)
            if found is not None:
                out.append(units[i])  # the comma or "and" stays: the list is read by it
        if found is None:
            out += _words(text, units[i].start, units[i].end) if units[i].kind == "A" else [units[i]]
            i += 1
            continue
        end, item = found
        if carrier_subject(units, end, item):
            out.append(units[i])  # "A Japanese aircraft has delivered 30,000 blankets": the carrier, no thing given
            i += 1
            continue
        out.append(Unit("I", item.start, item.end, "item", ("object", "open"), item))
        i = end
    return share_heads(out, text)  # "medical and emergency supplies": "medical" is a kind of supply



def with_leading_item(units: list[Unit], text: str) -> list[Unit]:
    """The units of a row of a list whose first plain phrase is a thing with no count or
    determiner ("Toyota pickup trucks        18", "- pickets and barbed wire"): that phrase,
    and the bare plurals listed after it, as open items."""
    if not units or units[0].kind != "W":
        return units
    lead = Unit("W", units[0].start, units[0].start, "", ())  # the phrase is read after a unit: none here
    found = open_item([lead, *units], 0, text, None, bare=True)
    if found is None:
        return units
    end, item = found
    return _with_open_items([Unit("I", item.start, item.end, "item", ("object", "open"), item), *units[end - 1:]], text, {})


def _subject_of_reduced_passive(units: list[Unit], text: str, doses: dict):
    """"Vaccines donated by China arrived in Phnom Penh": a plain plural that opens the
    clause, right before a participle of giving and "by", is the thing given; so is the first
    of a list of them ("Blankets, beds and tents donated by Athens reach southern Turkey"),
    whose others the list reads on."""
    k = next((j for j, u in enumerate(units[:12]) if u.kind != "W" and not (u.kind == "P" and u.key == ",")), None)
    if not k or units[k].kind != "V" or "gift_verb" not in units[k].feats or k + 1 >= len(units) \
            or units[k + 1].kind != "W" or units[k + 1].key != "by" or not units[k].key.endswith(("ed", "en")) \
            and not text[units[k].start:units[k].end].lower().endswith(("ed", "en")):
        return None
    lead = Unit("W", units[0].start, units[0].start, "", ())  # the phrase is read after a unit: none here
    found = open_item([lead, *units[:k]], 0, text, doses, bare=True)
    if found is None or found[0] != k + 1 and not (found[0] <= k and units[found[0] - 1].key in (",", "and")):
        return None
    return found[0] - 1, found[1]


def _subject_of_gift_copula(units: list[Unit], text: str, doses: dict):
    """"The MA60 turboprop is a gift from the Chinese government": a definite phrase that
    opens the clause, right before "is (was, are, were) a gift", is the thing given."""
    if not units or units[0].kind != "W" or units[0].key != "the":
        return None
    k = next((j for j, u in enumerate(units[:6]) if u.kind == "W" and u.key in ("is", "was", "are", "were")), None)
    if k is None or k < 2 or k + 2 >= len(units) or units[k + 1].key not in ("a", "an") \
            or units[k + 2].kind != "V" or "gift_noun" not in units[k + 2].feats:
        return None
    # a singular subject is one thing ("The MA60 is a gift": "the" read as "a"); a plural or
    # goods counted in tonnes ("The food was a donation"), uncounted
    uncounted = units[k].key in ("are", "were") or units[k - 1].key in MASS_GOODS
    head = units[0] if uncounted else Unit("W", units[0].start, units[0].end, "a", ())
    found = open_item([head, *units[1:k]], 0, text, doses, bare=uncounted)
    if found is None or found[0] != k:
        return None
    return k, found[1]


def _continues_list(out: list[Unit], units: list[Unit], i: int) -> bool:
    """units[i] is a comma or "and" right after an item (the list may go on), or the last
    word of "as well as", "along with", "together with" or "plus" after one ("rice and
    lentils, as well as hygiene kits", "eight fire trucks along with protective gear")."""
    u = units[i]
    if bool(out) and out[-1].kind == "I" and ((u.kind == "P" and u.key == ",") or (u.kind == "W" and u.key == "and")):
        return True
    if u.kind == "P" and u.key == "," and closes_in_list_attribute(out):
        return True  # "clothing for children and adults, hygiene products": past the member's phrase
    return u.kind == "W" and any(_joins_item(out, before) for before in _LIST_JOINERS.get(u.key, ()))


def _joins_item(out: list[Unit], before: tuple[str, ...]) -> bool:  # out ends in an item, maybe ",", the words before
    k = len(out) - len(before)
    if k < 0 or any(w.kind != "W" or w.key != b for w, b in zip(out[k:], before)):
        return False
    k -= k > 0 and out[k - 1].kind == "P" and out[k - 1].key == ","
    return k > 0 and out[k - 1].kind == "I"


# the last word of a phrase that adds to a list, and each run of words before it in the phrase
_LIST_JOINERS = {"as": (("as", "well"),), "plus": ((),), "with": (("along",), ("together",))}


def _words(text: str, a: int, b: int) -> list[Unit]:
    out = []
    for m in _WORD.finditer(text, a, b):
        w = m.group()
        if w[0].isalpha() or (len(w) > 1 and w[0] == "-") or (w[0].isdigit() and ("-" in w or w[1:2] in ("x", "\u00d7"))):
            key = w.lower().replace("/", "").replace("\u00d7", "x")
            if key == "by" and _BY_WHEN.match(text, m.end()):
                key = "by-when"  # "by the time NATO peacekeepers leave": a time, never an agent
            out.append(Unit("W", m.start(), m.end(), key, ("cap",) if w[0].isupper() else ()))
        elif w[0].isdigit():
            out.append(Unit("W", m.start(), m.end(), "#"))
        else:
            out.append(Unit("P", m.start(), m.end(), {"/": "slash", " ": "_"}.get(w, w)))
    return out
