"""Layer 3: what a consignment, a gift or a carrier holds, listed after a contents opener
("included", "carrying", "made up of", "loaded with") or a colon after goods ("relief goods:
blankets, soap and sleeping mats"), and counted unknown things listed beside known ones
("ten buses, ten troop carriers and 14 motorcycles"): the item units such a list chains
(``data/open_items.json`` contents_openers).
"""

from __future__ import annotations

import re

from giftextract.lexicon.data import LEXICON
from giftextract.mentions.items import OPEN_ITEMS_TABLE as _DATA, ItemRef
from giftextract.text.compiled import compile as compile_re

_LIST_LINKS = frozenset((",", "and", "or", "plus"))
_ADDING_LINKS = frozenset(tuple(link.split()) for link in _DATA["contents_openers"]["adding"])  # ", as well as", ", together with"
_ADDING = frozenset(word for link in _ADDING_LINKS for word in link)
_GOODS = frozenset(_DATA["contents_openers"]["goods"])
_MASS_GOODS = frozenset(_DATA["mass_goods"]["words"]) - frozenset(_DATA["mass_goods"]["modified_only"])
_CONTENTS = _DATA["contents_openers"]
_CONTENTS_WORDS = frozenset(_CONTENTS["words"])
_OPENER_SET_OFF = frozenset(_CONTENTS["set_off"])  # "includes: 100 tents, ..."
_CARRIERS = frozenset(_CONTENTS["carriers"])  # "a plane with tents and blankets"
_CARRIER_OPENERS = frozenset(_CONTENTS["carrier_openers"])  # "a plane with", "an aircraft carrying"
_CONTENTS_AFTER = {k: frozenset(v) | (_CARRIERS if k == "with" else frozenset()) for k, v in _CONTENTS["after"].items() if not k.startswith("_")}
# any contents opener in raw text (a superset of what opens_contents reads): the quiet-sentence
# proof (_quiet.py) must not pass over a sentence that lists what a moved gift holds
CONTENTS_CUE = compile_re(r"(?<![\w-])(?:" + "|".join(sorted(_CONTENTS_WORDS)) + "|" + "|".join(
    rf"(?:{'|'.join(sorted(before))})\s+{key}" for key, before in sorted(_CONTENTS_AFTER.items())) + r")(?![\w-])",
    re.IGNORECASE)
# a carrier and what opens its load ("a Saudi aircraft carrying 35 tonnes of food"): a clause
# of arrival with no thing the lexicon knows is still read for the list (frames/gifts.py)
# (its sender told between them: "an aircraft dispatched by the UAE with 30,000 doses")
CARRIER_CUE = compile_re(r"(?<![\w-])(?:" + "|".join(sorted(_CARRIERS)) + r")\s+(?:[\w-]+\s+by\s+(?:[\w.'-]+\s+){1,4}?)?(?:"
                         + "|".join(sorted(_CARRIER_OPENERS)) + r")(?![\w-])", re.IGNORECASE)
# ... or an opener after the carrier's own clause ("Two aircraft landed in Beirut carrying two field
# hospitals", "Kuwait dispatched a plane the same day carrying 40 tons of food"): a bounded superset,
# in raw text, of what _carried_by reads there, for the same gate and the quiet-sentence proof
CARRIER_LATER_CUE = compile_re(r"(?<![\w-])(?:" + "|".join(sorted(_CARRIERS)) + r")(?![\w-])[^;:()]{0,400}?(?<![\w-])(?:"
                               + "|".join(sorted(_CARRIER_OPENERS)) + r")(?![\w-])", re.IGNORECASE)
_CARRIER_REACH = 12  # units back from an opener to the carrier whose clause it closes


_ATTRIBUTE = _DATA["member_attributes"]
_ATTRIBUTE_WORDS = frozenset(_ATTRIBUTE["words"])
_PARTICIPLES = frozenset(_ATTRIBUTE["participles"])
_AFTER_PARTICIPLE = frozenset(_ATTRIBUTE["after_participle"])
_ATTRIBUTE_KINDS = frozenset("WEINAR")


def _opens_attribute(units: list, j: int) -> bool:
    u = units[j]
    if u.kind != "W":
        return False
    if u.key in _ATTRIBUTE_WORDS:  # (not "a convoy of 12 trucks": a lot of things counted)
        return j + 1 < len(units) and units[j + 1].kind not in ("N", "I")
    return (u.key.endswith("ed") or u.key in _PARTICIPLES) and j + 1 < len(units) \
        and units[j + 1].kind == "W" and units[j + 1].key in _AFTER_PARTICIPLE


def attribute_end(units: list, j: int) -> int:
    """Where an attribute of the list member before units[j] ends ("a bust of Abraham
    Lincoln, two books", "a humidor shaped like a house, a cigar cutter"): the index of the
    comma or "and" that goes on with the list, or ``j`` when no attribute starts here
    (data/open_items.json member_attributes)."""
    if j == 0 or j >= len(units) or units[j - 1].kind != "I" or not _opens_attribute(units, j):
        return j
    for k in range(j + 1, min(len(units), j + 1 + _ATTRIBUTE["reach"] + 1)):
        u = units[k]
        if k > j + 1 and (u.kind == "P" and u.key == "," or u.kind == "W" and u.key == "and"):
            return k
        if u.kind not in _ATTRIBUTE_KINDS:
            return j
    return j


_IN_LISTS = frozenset(_ATTRIBUTE["in_lists"])
_IN_LISTS_REACH = _ATTRIBUTE["in_lists_reach"]


def _plain_word(u) -> bool:
    return u.kind == "W" and "cap" not in u.feats


def in_list_attribute_end(units: list, j: int) -> int:
    """Where a phrase of plain words after a list member ends ("clothing for children and
    adults, hygiene products", "tents with special equipment and 700 boats"): the index of
    the comma or of the link before the next thing, the end of the units, or ``j`` when none
    starts at units[j] (open_items.json member_attributes in_lists; a name ends it: "tents for
    Ukraine" names a recipient)."""
    if j == 0 or j + 1 >= len(units) or units[j - 1].kind != "I" or units[j].kind != "W" or units[j].key not in _IN_LISTS:
        return j
    for k in range(j + 1, min(len(units), j + 2 + _IN_LISTS_REACH)):
        u = units[k]
        if k > j + 1 and u.kind == "P" and u.key == ",":
            return k
        if k > j + 2 and u.kind == "I" and units[k - 1].kind == "W" and units[k - 1].key == "and":
            return k - 1
        if not _plain_word(u):
            return j
    return len(units) if len(units) <= j + 1 + _IN_LISTS_REACH else j


def closes_in_list_attribute(out: list) -> bool:
    """``out`` ends in a thing and a phrase of plain words after it ("clothing for children
    and adults"): a comma next goes on with the list."""
    k = len(out)
    while k > 0 and _plain_word(out[k - 1]) and len(out) - k <= _IN_LISTS_REACH:
        k -= 1
    return len(out) - k >= 2 and k > 0 and out[k - 1].kind == "I" and out[k].key in _IN_LISTS


def member_items(clause: list, fill: tuple) -> list:
    """The open items of a theme ``fill`` (units of the ``clause``, which keeps the commas a
    fill drops), without those inside a member's attribute ("shaped like a house" names no
    thing given)."""
    units = [u for u in clause if fill[0].start <= u.start and u.end <= fill[-1].end]
    out, j = [], 0
    while j < len(units):
        after = attribute_end(units, j)
        if after > j:
            j = after
            continue
        if units[j].kind == "I" and "open" in units[j].feats:
            out.append(units[j].ref)
        j += 1
    return out


def after_partitive(units: list, j: int) -> int:
    """Past a part of the member before ("two of them of the M3-2 type,") to the next member,
    or ``j`` where units[j] opens no such part."""
    if j >= len(units) or units[j].kind != "R" or "partitive" not in units[j].feats:
        return j
    for k in range(j + 1, min(len(units), j + 1 + 2 * _ATTRIBUTE["reach"])):
        if units[k].kind == "P" and units[k].key == ",":
            return k + 1
        if units[k].kind not in _ATTRIBUTE_KINDS and not (units[k].kind == "P" and units[k].key in "-/"):
            return j  # a trigger or clause punctuation: no part of a member ("M3-2" is)
    return j


def opens_contents(units: list, i: int) -> bool:
    """units[i] opens what a consignment, a gift or a carrier holds: "included", "carrying",
    "made up of", "loaded with" (data/open_items.json contents_openers)."""
    u = units[i]
    if u.kind not in ("W", "V", "R"):
        return False
    key = u.key if u.kind != "R" else (getattr(u.ref, "text", "") or "").lower()  # "among them": a pronoun's word
    before = _CONTENTS_AFTER.get(key)
    return key in _CONTENTS_WORDS or (before is not None and i > 0 and _word(units[i - 1]) in before) \
        or (key in _CARRIER_OPENERS and i > 0 and _carried_by(units, i))


def opener_set_off(units: list, i: int) -> int:
    """How many marks stand between the opener units[i] and its list: 1 for a heading colon
    ("includes: 100 tents, 5,000 blankets"), else 0 (open_items.json contents_openers set_off)."""
    return int(i + 1 < len(units) and units[i + 1].kind == "P" and units[i + 1].key in _OPENER_SET_OFF)


def _word(u) -> str:
    """A unit's word; a thing's head noun as written ("the donated items were ...")."""
    text = getattr(getattr(u.ref, "mention", None), "text", "") if u.kind == "I" else ""
    return text.split()[-1].lower() if text else u.key


_SET_OFF = frozenset((":", "-", "\u2013", "\u2014", "("))  # ("relief stores (food, medicines and clothing)")
# after a party, a colon or a spaced dash ("donated relief goods to the Philippines - tents, jerry cans ...")
_PARTY_SET_OFF = frozenset((":", "-", "\u2013", "\u2014"))


def _goods(u) -> bool:
    """A word of goods, or a thing named by one ("emergency relief goods")."""
    head = (getattr(getattr(u.ref, "mention", u.ref), "species", "") or " ").split()[-1] if u.kind == "I" else u.key
    return head in _GOODS or f"{head}s" in _GOODS or _word(u) in _GOODS  # (as written: "medical supplies")


def without_goods_headers(items: list[ItemRef], held: list[ItemRef]) -> list[ItemRef]:
    """``items`` without a bare word of goods ("supplies", "equipment") where a list of what the
    gift held names the things themselves ("with supplies donated by New Zealand: first-aid kits,
    tarpaulins and generators"): the word heads the list, it is no thing of its own."""
    if not held:
        return items
    return [i for i in items if i in held or i.mention.species not in _GOODS]


def sets_off_goods(previous, unit) -> bool:
    """``unit`` is a colon or dash right after goods ``previous`` ("relief goods: blankets, soap")."""
    return unit.kind == "P" and unit.key in _SET_OFF and previous is not None and _goods(previous)


def sets_off_list(previous, units: list, i: int) -> bool:
    """units[i] sets off a list: a colon or dash after goods, or a colon after a party that a
    list of two or more follows ("donated relief goods to Fiji: tents, blankets and water
    tanks"; not "a saddle from Lisbon: Palace puts ... on show")."""
    unit = units[i]
    if sets_off_goods(previous, unit):
        return True
    if not (unit.kind == "P" and unit.key in _PARTY_SET_OFF and previous is not None and previous.kind == "E" and "party" in previous.feats):
        return False
    for j in range(i + 1, min(len(units), i + 8)):
        u = units[j]
        if (u.kind == "P" and u.key == ",") or (u.kind == "W" and u.key == "and"):
            # a plural (or a thing) before the first link: "tents, ...", "tents and blankets"
            # (not "civilian and military assistance")
            # (or goods named in the singular: "drinking water, food, ...")
            return j > i + 1 and (units[j - 1].kind == "I" or (units[j - 1].kind == "W" and (
                units[j - 1].key.endswith("s") or units[j - 1].key in _MASS_GOODS)))
        if u.kind in ("V", "E", "P"):
            return False
    return False


def _aid_or_goods(u) -> bool:
    """A noun of giving ("humanitarian aid") or a word of goods ("supplies")."""
    return (u.kind == "V" and "gift_noun" in u.feats) or u.key in _GOODS


def _a_thing_or_party(u) -> bool:
    """An item, a party (not a place: "a ceremony in Colombo, including a parade"), a word of
    goods, or a noun of giving ("donated 200 tonnes of humanitarian aid, including tents")."""
    return u.kind == "I" or _aid_or_goods(u) \
        or (u.kind == "E" and getattr(u.ref, "party_kind", None) is not None and getattr(u.ref, "place_kind", None) not in ("city", "region"))


def _carried_by(units: list, k: int) -> bool:
    """units[k], a carrier's opener, follows a carrier: right after it ("a plane with"), or
    after its sender told in a participle ("an aircraft dispatched by the UAE with")."""
    if _word(units[k - 1]) in _CARRIERS:
        return True
    if k >= 4 and units[k - 1].kind == "E" and units[k - 2].key == "by" and units[k - 3].kind in ("V", "W") \
            and _word(units[k - 4]) in _CARRIERS:
        return True
    # the carrier's clause before it: "Two aircraft landed in Beirut yesterday carrying ...", "dispatched
    # a plane the same day carrying ...": back to the carrier over words, places and a verb of arrival,
    # never over a thing, another verb or a clause's punctuation
    for j in range(k - 1, max(-1, k - 1 - _CARRIER_REACH), -1):
        u = units[j]
        if _word(u) in _CARRIERS:
            return True
        if u.kind == "I" or (u.kind == "P" and u.key in ",;:()") or (u.kind == "V" and "arrive_verb" not in u.feats):
            return False
    return False


def _link_end(units: list, j: int, links: int) -> tuple[int, int]:
    """Past the link that joins two members of a list from units[j]: a comma, "and", "or",
    "plus", or a whole adding link (", together with", "along with"); no link where the
    adding words make none ("ventilators as an act of solidarity")."""
    start, adding = j, []
    while j < len(units) and units[j].kind in ("P", "W") and (units[j].key in _LIST_LINKS and links < 2
                                                             or units[j].key in _ADDING and links < 4):
        if units[j].key in _ADDING:
            adding.append(units[j].key)
        j, links = j + 1, links + 1
    if adding and tuple(adding) not in _ADDING_LINKS:
        return start, 0
    return j, links


def contents_list(units: list, after_thing: bool = False) -> list[ItemRef]:
    """The things listed right after the clause's first contents opener ("is made up of
    wheat flour, vegetable oil, rice groats, tents and blankets"): one chain of items joined
    by commas and "and". ``after_thing``: only an opener set off by a comma right after a
    thing or a party ("donated equipment to Ukraine, including tents and helmets")."""
    fallback = None
    for k in range(len(units) - 1):
        # "gave Nicaragua relief goods: blankets, soap and sleeping mats" (a colon or a dash after goods)
        # (or a colon after the party the giving names: "donated relief goods to Pakistan:
        # 600 family tents, ...", "goods donated by Ankara: 600 family tents, ...")
        # (and, in a clause pointing back, a colon after goods: "Contents: assault packs, compasses")
        set_off = k >= 1 and (sets_off_goods(units[k - 1], units[k]) or (after_thing and
            units[k].kind == "P" and units[k].key in _PARTY_SET_OFF and units[k - 1].kind == "E" and "party" in units[k - 1].feats))
        if not (set_off or opens_contents(units, k)):
            continue
        lead = k - (units[k].kind == "R" or (units[k].key not in _CONTENTS_WORDS and not set_off))  # two words: "among them"
        # "humanitarian relief in the form of 10,000 blankets": what aid or goods came as, right
        # after them with no comma (after a thing, the phrase tells its shape: "a brooch in the
        # form of a sailing ship")
        form_of = lead >= 3 and _word(units[lead]) == "form" and units[lead - 1].key == "the" and units[lead - 2].key == "in" \
            and _aid_or_goods(units[lead - 3])
        if after_thing and not set_off and not form_of and not (lead >= 2 and units[lead - 1].key == "," and _a_thing_or_party(units[lead - 2])) \
                and not (k >= 1 and (units[k - 1].kind == "I" and _goods(units[k - 1]) or _aid_or_goods(units[k - 1]))) and not (units[k].key in _CARRIER_OPENERS and _carried_by(units, k)):
            continue  # (goods name their list with no comma too: "protective equipment including vests",
            # and so do a noun of giving and a word of goods: "sent humanitarian aid including 60 tonnes of food")
        out, j, only_goods = [], k + 1, True
        j += 0 if set_off else opener_set_off(units, k)  # "includes: 100 tents": the list starts after the colon
        while j < len(units) and units[j].kind == "I":
            if "generic" not in units[j].feats:  # "70 animals": the unit of a total, no thing
                out.append(units[j].ref)
                only_goods = only_goods and _goods(units[j])
            j, links = attribute_end(units, j + 1), 0  # "a bust of Abraham Lincoln, two books"
            j = in_list_attribute_end(units, j)  # "clothing for children and adults, tents"
            if j < len(units) and units[j - 1].kind == "I" and sets_off_goods(units[j - 1], units[j]):
                j, links = j + 1, 1  # "included food - noodles, biscuits and salt": the goods' own list goes on
            j, links = _link_end(units, j, links)
            j = after_partitive(units, j)  # "four excavators, two of them of the M3-2 type, two mobile repair vehicles"
            if not links:
                break
        if out and not (fallback is None and only_goods):
            return out
        fallback = fallback or out or None  # "with supplies donated by New Zealand: kits, tarpaulins":
    return fallback or []  # goods alone are what it held only where no list sets them out later


def listed_with_known(units: list) -> list[ItemRef]:
    """Counted open items coordinated with a thing the lexicon knows, in one list: "ten
    buses, ten troop carriers, two ambulances and 14 motorcycles" (the list's known members
    say what kind of thing its unknown ones are, wherever the list stands in the clause); an
    unknown member listed beside such a one is listed too ("6 buses with 42 seats each, three
    motor graders, 10 loaders and four tractors": "with 42 seats each" describes the buses)."""
    chain = _without_attributes(units)
    known = {k for k, u in enumerate(chain) if u.kind == "I" and "open" not in u.feats}
    counted = [k for k, u in enumerate(chain) if u.kind == "I" and "open" in u.feats and u.ref.count is not None
               and (u.ref.count.value or 0) >= 2]  # a counted plural only: "ten troop carriers" (not "a chartered flight")
    # ... or a single one between two members: "a trailer truck, a front-end loader, seven water tanks"
    single = [k for k, u in enumerate(chain) if u.kind == "I" and "open" in u.feats and u.ref.count is not None
              and u.ref.count.value == 1]
    items = {k for k, u in enumerate(chain) if u.kind == "I"}
    listed: set[int] = set()
    grew = True
    while grew:
        grew = False
        for k in counted:
            if k not in listed and any(_listed_next(chain, k, step, known | listed) for step in (-1, 1)):
                listed.add(k)
                grew = True
        for k in single:
            if k not in listed and _listed_next(chain, k, -1, known | listed) and _listed_next(chain, k, 1, items):
                listed.add(k)
                grew = True
    return [chain[k].ref for k in sorted(listed)]


def _without_attributes(units: list) -> list:
    """The units without "with <thing> each", which describes the list member before it."""
    out, k = [], 0
    while k < len(units):
        if k + 2 < len(units) and units[k].kind == "W" and units[k].key == "with" and units[k + 1].kind == "I" \
                and units[k + 2].kind == "W" and units[k + 2].key == "each":
            k += 3
            continue
        out.append(units[k])
        k += 1
    return out


def _listed_next(units: list, k: int, step: int, members: set[int]) -> bool:
    """Whether the list link next to units[k] (a comma, 'and' or both, in direction ``step``)
    leads to a member of ``members``."""
    j = k + step
    links = 0
    while 0 <= j < len(units) and units[j].kind in ("P", "W") and units[j].key in _LIST_LINKS and links < 2:
        j, links = j + step, links + 1
    return links > 0 and j in members


_GROUP_LINKS = frozenset(_DATA["list_groups"]["links"])
_ATTRIBUTIONS = frozenset(_DATA["list_groups"]["attributions"])
_SPEAKER_VERBS = frozenset(LEXICON["triggers"]["report_verbs"])  # (the verbs of saying the lexicon knows)
_SPEAKER_REACH = 14  # units: "the Georgian Ministry of Labor, Health and Social Affairs said"


def _speaker_after(units: list) -> bool:
    """The units after a list's comma are its speaker: no thing, a verb of saying last."""
    words = [u for u in units if u.kind != "P"]
    return 0 < len(units) <= _SPEAKER_REACH and bool(words) and words[-1].kind == "W" \
        and words[-1].key in _SPEAKER_VERBS and not any(u.kind == "I" for u in units)


def list_only(units: list) -> list[ItemRef]:
    """The things of a clause that is only a group of a list ("; 2,000 blankets, 432 cooking
    kits and 1,296 mattresses", "; plus 426,093 medical kits, according to officials"): its
    item units, when every other unit links them and an attribution may close it; else none."""
    out, skip_to = [], 0
    for j, u in enumerate(units):
        if j < skip_to:
            continue  # inside a member's phrase ("clothing for children and adults")
        if (end := in_list_attribute_end(units, j)) > j:
            skip_to = end
            continue
        if u.kind == "I":
            if "generic" not in u.feats:
                out.append(u.ref)
        elif u.kind == "W" and u.key in _ATTRIBUTIONS and out and units[j - 1].kind == "P":
            break  # ", according to officials"
        elif out and units[j - 1].kind == "P" and units[j - 1].key == "," and _speaker_after(units[j:]):
            break  # ", the Georgian health ministry said"
        elif u.kind not in ("P", "W") or u.key not in _GROUP_LINKS:
            return []
    return out
