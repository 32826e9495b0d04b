"""Layer 2: trigger words for gift and deployment frames, compiled once from ``triggers.json``."""

from __future__ import annotations

from dataclasses import dataclass

import re

from giftextract.lexicon.base import PEOPLE_NOUNS
from giftextract.lexicon.data import LEXICON
from giftextract.lexicon.trie import trie_alternation
from giftextract.text.compiled import compile as compile_re
from giftextract.text.fold import fold_case

_T = LEXICON["triggers"]


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word that can open a frame.  ``kind`` is one of the keys of ``_KINDS``."""

    start: int
    end: int
    text: str
    kind: str  # gift_verb | receive_verb | arrive_verb | gift_noun | event_noun | personnel | deploy_verb
    lemma: str


def _forms(table: dict[str, list[str]]) -> dict[str, str]:
    return {fold_case(form): lemma for lemma, forms in table.items() for form in forms}


_GIFT_VERBS = _forms(_T["gift_verbs"])
_RECEIVE_VERBS = _forms(_T["receive_verbs"])
# "gave Shanghai a monkey and received a jaguar": the finite forms of receiving that, after
# "and", turn the gift round (a gerund, "giving ... and receiving", reads in one clause; a
# force or an animal "flown there and welcomed" is received by no one in particular)
RECEIPT_AFTER_AND = "(?:" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _RECEIVE_VERBS
                                             if not w.split()[0].endswith("ing") and not w.startswith("welcom")),
                                            key=len, reverse=True)) + ")"
_PERSONNEL = _forms(_T["personnel_nouns"])
# "an engineering unit", "an infantry company": every arm of service before every unit head (arm_units)
_PERSONNEL.update({f"{arm} {head}": "units" for arm in _T["arm_units"]["arms"] for head in _T["arm_units"]["heads"]})
_KINDS: dict[str, dict[str, str]] = {
    "personnel": _PERSONNEL,
    "gift_verb": _GIFT_VERBS,
    "receive_verb": _RECEIVE_VERBS,
    "arrive_verb": _forms(_T["arrive_verbs"]),
    "gift_noun": {w: "gift_noun" for w in _T["gift_nouns"]},  # not "gift": the noun never fills a verb's row
    "event_noun": {w: w.rstrip("s") if w.endswith("ies") is False else w for w in _T["event_nouns"]},
    "deploy_verb": {w: w for w in _T["deploy_verbs"]},
}
# Every form of every kind in one trie pattern; a form may open several kinds
# ("sent": gift_verb and deploy_verb, "gifts": gift_noun and gift_verb).
_KINDS_OF: dict[str, list[tuple[str, str]]] = {}
for _kind, _table in _KINDS.items():
    for _form, _lemma in _table.items():
        _KINDS_OF.setdefault(fold_case(_form), []).append((_kind, _lemma))
_KINDS_OF = {form: sorted(kinds) for form, kinds in _KINDS_OF.items()}
# Lowercase, run over fold_case(text): case-insensitive without re.IGNORECASE's cost.
_TRIGGER_TRIE = trie_alternation(_KINDS_OF)
_TRIGGER_END = r"(?![\w]|-(?:giving|wrapped|shop))"
_TRIGGER_RE = compile_re(r"(?<![\w-])" + _TRIGGER_TRIE + _TRIGGER_END)
# The same pattern where every form starts with a word character: "\b not after a hyphen",
# which the engine tests far faster than a lookbehind of a class (a word start is checked
# before anything else): half the time of the scan, the same matches.
_TRIGGER_PLAIN_RE = (compile_re(r"\b(?<!-)" + _TRIGGER_TRIE + _TRIGGER_END)
                     if all(re.match(r"\w", form) for form in _KINDS_OF) else _TRIGGER_RE)
_STRENGTH_NOT = frozenset(_T["strength_units"]["not_between"])
# "a 13-strong reconnaissance team": a unit named by the count of its people (strength_units);
# the lazy gap takes the first head ("a 150-strong search and rescue team")
STRENGTH_MARKS = tuple(_T["strength_units"]["marks"])
# the figure before the mark: digits or a spelled number ("a ten-member team"), each a
# lookbehind of its own, as a lookbehind has one width
_FIGURE_BEFORE = "(?:" + "|".join([r"(?<=\d-)"] + [rf"(?<=\b{w}-)" for w in _T["strength_units"]["spelled_figures"]]) + ")"
_STRENGTH_UNIT = compile_re(_FIGURE_BEFORE + r"(?:" + trie_alternation(STRENGTH_MARKS) + r")(?:\s+[a-z0-9][a-z0-9'-]*){0,3}?\s+(?P<head>"
                            + trie_alternation(_T["strength_units"]["words"]) + r")(?![\w-])")
# "the 120-strong Hellenic unit": a name between says whose; only a military head is then a unit
_STRENGTH_NAMED_HEADS = frozenset(_T["strength_units"].get("named_words", ()))
# "the 5,000-strong 24 Airmobile Brigade": a named formation of a state's army (proper_heads)
_STRENGTH_PROPER_HEADS = frozenset(_T["strength_units"].get("proper_heads", ()))
# a state's name between ("Hellenic", "Kenya") says whose the unit is
_STATE_WORDS = frozenset(w for st in LEXICON["states"].values() for w in (*st["names"], *st["demonyms"]) if " " not in w)
_STRENGTH_CUE = compile_re(r"(?:\d|\b(?:" + trie_alternation(_T["strength_units"]["spelled_figures"]) + r"))-(?:"
                           + trie_alternation(STRENGTH_MARKS) + r")\b")
_STRENGTH_DASHED = tuple(f"-{mark}" for mark in STRENGTH_MARKS)  # a substring test first: most text has none


# "a peacekeeping force of 1,200 for Haiti": a unit told by its people's count after "of" (units_of_figure)
_UNITS_OF = _T["units_of_figure"]
UNIT_FIGURE_APPROXIMATIONS = r"(?:(?:" + trie_alternation(_UNITS_OF["approximations"]) + r")\s+)?"
UNIT_FIGURE_GOES_ON = r"\s*(?:[,.;:)]|$)|\s+(?:" + trie_alternation(_UNITS_OF["next_words"]) + r")(?![\w-])"
_FIGURE = (r"(?:\d+(?:[,.]\d+)*(?![,.]?\d)|(?:" + trie_alternation(_T["strength_units"]["spelled_figures"])
           + r")(?![\w-]))")  # the whole figure, or a spelled one ("a team of seven,")
_UNIT_OF_FIGURE = compile_re(r"(?<![\w-])(?P<head>" + trie_alternation(_UNITS_OF["heads"]) + r")\s+(?:of|"
                             + trie_alternation(_UNITS_OF["growth"]) + r")\s+" + UNIT_FIGURE_APPROXIMATIONS + _FIGURE
                             + r"(?=" + UNIT_FIGURE_GOES_ON + r")")
# "the 17th force, 410 strong,": a force's strength set off after it (set_off_heads; frames/figures.py)
_UNIT_SET_OFF = compile_re(r"(?<![\w-])(?P<head>" + trie_alternation(_UNITS_OF["set_off_heads"]) + r")\s*,\s+"
                           + UNIT_FIGURE_APPROXIMATIONS + _FIGURE + r"\s+strong(?![\w-])")
_UNIT_OF_NOT_BEFORE = frozenset(_UNITS_OF["not_before"])
UNIT_PEOPLE_WORDS = tuple(_UNITS_OF["people_words"])  # "a contingent of 63 staff members" (frames/figures.py)
_UNIT_HEADS = tuple(_UNITS_OF["heads"])  # a substring test first: most sentences name no force
_WORD_BEFORE = compile_re(r"([a-z]+)\W*$")


def _units_of_figure(text: str, folded: str, lo: int, start: int) -> list[tuple[int, int]]:
    """The heads of units told by a figure after "of" ("a force of about 8,000 to take over") or
    set off after them ("the 17th force, 410 strong,"); not a named Force ("the Kosovo Force of
    4,000"), nor a security or air force."""
    out = []
    for m in [*_UNIT_OF_FIGURE.finditer(folded, start), *_UNIT_SET_OFF.finditer(folded, start)]:
        s, e = m.start("head") + lo, m.end("head") + lo
        before = _WORD_BEFORE.search(folded, max(0, m.start() - 30), m.start())
        if text[s:e].islower() and not (before and before.group(1) in _UNIT_OF_NOT_BEFORE):
            out.append((s, e))
    return sorted(out)


# "120 members of the battalion", "220 people, drawn mainly from the National Gendarmerie":
# members of a force are its personnel (member_forces heads, links)
_MEMBER_HEADS = tuple(sorted(_T["member_forces"]["heads"]))
_MEMBERS_OF = compile_re("|".join(
    r"(?<![\w-])" + head + r"(?=,?\s+" + trie_alternation(_T["member_forces"]["links"]) + r"\s+(?:[\w'.-]+\s+){0,%d}?(?:" % reach
    + trie_alternation(_T["member_forces"]["words"]) + r")(?![\w-]))" for head, reach in sorted(_T["member_forces"]["heads"].items())))


# "a humanitarian unit of the Austrian Armed Forces": a unit of a state's force is its people (units_of_force)
_UNITS_OF_FORCE = _T["units_of_force"]
_UNIT_OF_FORCE = compile_re(r"(?<![\w-])(?P<head>" + trie_alternation(_UNITS_OF_FORCE["heads"]) + r")\s+of\s+(?:the\s+)?"
                            r"(?P<names>(?:[\w'.-]+\s+){0,3}?)(?:" + trie_alternation(_UNITS_OF_FORCE["forces"]) + r")(?!['\w-])"
                            r"(?!\s+(?:" + trie_alternation(_UNITS_OF_FORCE["not_after"]) + r")(?![\w-]))")


def _units_of_force(text: str, folded: str, lo: int, start: int) -> list[tuple[int, int]]:
    """The heads of units named as a state force's ("an infantry company of the Kenyan
    Army"): the words between are capitalised names ("the Royal Grenada Police")."""
    out = []
    for m in _UNIT_OF_FORCE.finditer(folded, start):
        names = text[lo + m.start("names"):lo + m.end("names")].split()
        if text[lo + m.start("head")].islower() and all(w[:1].isupper() for w in names):
            out.append((m.start("head") + lo, m.end("head") + lo))
    return out


# "About 50 Canadian Armed Forces members": members named after their force (member_forces before)
# "They will be stationed at Kaunas": a pronoun that is stationed is a force (stationed_pronouns)
_STATIONED = _T.get("stationed_pronouns", {"pronouns": [], "verbs": []})
_STATIONED_FOLDED = frozenset(fold_case(p) for p in _STATIONED["pronouns"])
_STATIONED_PRONOUN = compile_re(r"(?<![\w-])(?:" + trie_alternation(_STATIONED["pronouns"] or ["(?!)"]) + r")(?=\s+(?:(?:will|would|are|were|have|had|to|are\s+to|were\s+to|will\s+also|would\s+also|also)\s+)?"
                                r"(?:(?:be|been|being)\s+)?(?:(?P<stationed>" + trie_alternation(_STATIONED["verbs"] or ["(?!)"]) + r")|"
                                + trie_alternation(_STATIONED.get("opening_verbs") or ["(?!)"]) + r")\b)")
_OPENS_AFTER = tuple(_STATIONED.get("opens_after", ()))


def _opens_clause(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a clause: the text starts there, or a mark or word of
    ``opens_after`` comes right before it ("They landed at Batajnica", not "said when they arrived")."""
    before = text[max(0, at - 12):at].rstrip()
    return not before or any(before.endswith(w) and (not w.isalpha() or not before[:-len(w)][-1:].isalnum())
                             for w in _OPENS_AFTER)


_MEMBERS_AFTER = compile_re(r"(?<![\w-])(?:" + trie_alternation(_T["member_forces"]["before"]) + r")\s+(?P<members>members)(?![\w-])")


# "two more defence force specialists", "six navy divers": a trade after a word of a force (force_trades)
_FORCE_TRADES = _T.get("force_trades", {"forces": [], "trades": []})
_FORCE_TRADE = compile_re(r"(?<![\w-])(?:" + trie_alternation(_FORCE_TRADES["forces"] or ["(?!)"]) + r")\s+(?:[a-z-]+\s+)?(?P<trade>"
                          + trie_alternation(_FORCE_TRADES["trades"] or ["(?!)"]) + r")(?![\w-])")
# every match holds a trade as written and the first word of a force: most text has neither,
# and looking for them as substrings costs a fraction of the pattern's scan
_TRADE_WORDS = tuple(sorted(set(_FORCE_TRADES["trades"])))
_FORCE_FIRST_WORDS = tuple(sorted({force.split(" ")[0] for force in _FORCE_TRADES["forces"]}))


def _may_name_a_trade(folded: str) -> bool:
    return any(w in folded for w in _TRADE_WORDS) and any(w in folded for w in _FORCE_FIRST_WORDS)


# "826 South Africans served in Korea": a state's people counted and serving are a force (counted_people)
_COUNTED = _T.get("counted_people", {"verbs": []})
# (the digit and space are read, not looked behind for: the engine then scans for digits
# alone; a match starts two characters before its noun, which is what the caller reads)
_COUNTED_PEOPLE = compile_re(r"\d (?P<noun>[A-Z][a-z]+(?: [A-Z][a-z]+)?s)(?=\s+(?:\w+\s+)?(?:"
                             + trie_alternation(_COUNTED["verbs"] or ["(?!)"]) + r")\b)")


# "210 soldiers of Burundi's first battalion", "paratroopers from the 173rd Airborne Brigade":
# a unit named after "of"/"from" is the force those people belong to, not a second force
_PEOPLE = trie_alternation(f for f, lemma in _PERSONNEL.items() if lemma != "units")
_UNIT_OF_PEOPLE = compile_re(r"(?<![\w-])(?:" + _PEOPLE + r")\s+(?:of|from)\s+(?:[\w'’.-]+\s+){0,5}$")


def _strength_unit_span(m: re.Match, text: str, lo: int) -> tuple[int, int] | None:
    """The span of a unit named by its strength: from the mark on ("a 13-strong reconnaissance
    team"), or, with a name between ("the 120-strong Hellenic unit"), the military head alone,
    so the name before it reads as the unit's sender; a named team or mission is no unit."""
    if text[m.start() + lo:m.end() + lo].islower():
        return m.start() + lo, m.end() + lo
    if " ".join(m.group("head").split()) not in _STRENGTH_NAMED_HEADS:
        return None
    between = text[m.start() + lo:m.start("head") + lo].split()[1:]
    alliance = _STATE_WORDS.isdisjoint(between) and any(w.isupper() for w in between)
    if not text[m.start("head") + lo].islower():
        # the head is part of a force's own name: an army's formation ("the 5,000-strong 24
        # Airmobile Brigade") is a unit, an alliance's ("the 60,000-strong peace Implementation Force") none
        named = " ".join(m.group("head").split()) in _STRENGTH_PROPER_HEADS and not alliance
        return (m.start() + lo, m.end() + lo) if named else None
    if alliance:
        return None  # an alliance's force, not a state's: "the proposed 8,000-strong AU force"

    return m.start("head") + lo, m.end("head") + lo


def _belongs_to_unit(folded: str, at: int) -> bool:
    """The unit at ``at`` is named after people of it ("210 soldiers of Burundi's first
    battalion"), unless its own strength is told there: "the first soldiers of a 200-strong
    Polish contingent" is the contingent of 200 setting off."""
    m = _UNIT_OF_PEOPLE.search(folded, max(0, at - 80), at)
    return m is not None and not _STRENGTH_CUE.search(folded, m.start(), at)


# a personnel noun (not a unit) right at a position: "1,600 soldiers"
PEOPLE_AT = compile_re(r"\s*(?:" + _PEOPLE + r")(?![\w-])", re.IGNORECASE)
# "about two battalions, or 1,600 soldiers": the people restate the units' strength (the
# units' frame reads the figure, frames/deployments.py, after the same link), they are no
# second force
RESTATING_LINK = r",?\s+(?:or|i\.e\.|that\s+is)\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?"
_PEOPLE_RESTATING = compile_re(r"(?<![\w-])(?:" + trie_alternation(f for f, lemma in _PERSONNEL.items() if lemma == "units")
                               + r")" + RESTATING_LINK + r"[\d,.]+\s+$")


_ADJECTIVE_USES = {form: (frozenset(u.get("next", ())), frozenset(u.get("previous", ())), frozenset(u.get("two_before", ())))
                   for form, u in _T.get("trigger_adjective_uses", {}).items() if not form.startswith("_")}
# a use that keeps the word a trigger of another lemma: "fighters" after a model are aircraft
_READS_AS = {form: u["reads_as"] for form, u in _T.get("trigger_adjective_uses", {}).items()
             if not form.startswith("_") and "reads_as" in u}
_NEXT = compile_re(r"\s*(-?[a-z]+)")
# the word before ("#": a figure, "stood 18 hands") and the one before that ("in Islamist hands")
_LAST_WORD = compile_re(r"([a-z]+|\d[\d,.]*)\s+$")
# a model's designator: "F-35A", "MiG-29", "Su-30SM", "JAS 39" ("#model" in the tables)
_MODEL = compile_re(r"(?<![\w-])[a-z]{1,4}[- ]?\d{1,3}[a-z]{0,3}\s+$")
_SECOND_WORD = compile_re(r"([a-z]+)\s+[\w'-]+\s+$")


_EVERY_PERSONNEL = _ADJECTIVE_USES.get("*personnel")
# "three motorised infantry divisions": a personnel noun before a unit noun written in lower case
_BEFORE_A_UNIT = frozenset(_T.get("trigger_adjective_uses", {}).get("*personnel", {}).get("next_lower", ()))
_PERSONNEL_FORMS = frozenset(form for form, kinds in _KINDS_OF.items() if any(kind == "personnel" for kind, _ in kinds))


def _adjective_use(folded: str, s: int, e: int, key: str, text: str = "", lo: int = 0) -> bool:
    """"the present king", "present-day Ghana", "was present at": the word is no trigger
    (a personnel noun also by the row '*personnel': "armoured infantry vehicles", and before
    a unit noun written in lower case, ``text[lo:]`` being what ``folded`` folds)."""
    uses = _ADJECTIVE_USES.get(key) or (_EVERY_PERSONNEL if key in _PERSONNEL_FORMS else None)
    if uses is None:
        return False
    after = _NEXT.match(folded, e)
    if after and (after.group(1) in uses[0] or (key in _PERSONNEL_FORMS and _EVERY_PERSONNEL and after.group(1) in _EVERY_PERSONNEL[0])):
        return True  # (a form's own row adds to '*personnel')
    if after and key in _PERSONNEL_FORMS and after.group(1) in _BEFORE_A_UNIT and text[lo + after.start(1)].islower():
        return True
    if not uses[1] and not uses[2]:
        return False  # a row of next words only ('*personnel'): the words before need no reading
    window = folded[max(0, s - 40):s]
    last = _LAST_WORD.search(window)
    word = last and ("#" if last.group(1)[0].isdigit() else last.group(1))
    if word and word in uses[1]:
        return True
    if "#model" in uses[1] and _MODEL.search(window):
        return True  # "four F-35A fighters": aircraft, no people
    second = uses[2] and _SECOND_WORD.search(window)
    return bool(second and second.group(1) in uses[2])


# the words of giving that may be glued to a giver ("China-donated"), one alternation for the
# trigger here, the thing's name (mentions/open_items.py) and its giver (frames/giving.py)
GLUED_GIVING = trie_alternation(_T["glued_giving"]["words"])
_GLUED = compile_re(r"-(?<=[a-z.]-)(" + GLUED_GIVING + r")\b")  # (the hyphen first: the engine scans for it alone)


def _glued_giving(text: str, folded: str, lo: int, pos: int) -> list[Trigger]:
    """"China-donated", "U.S.-gifted": the word of giving after a capitalised name and a hyphen,
    a trigger of its own kinds (the name, its giver, is read by frames/giving.py)."""
    out = []
    for m in _GLUED.finditer(folded, pos):
        word_start = folded.rfind(" ", 0, m.start()) + 1
        if not text[lo + word_start:lo + word_start + 1].isupper():
            continue  # "well-donated", "long-granted"
        s, e = m.start(1) + lo, m.end(1) + lo
        # a kind of its own: it opens the sentence to the frames, and is no word unit (the
        # thing's phrase reads through it)
        out += [Trigger(s, e, text[s:e], "glued_gift", lemma) for kind, lemma in _KINDS_OF.get(m.group(1), ())[:1]]
    return out


def find_triggers(text: str, start: int = 0, end: int | None = None) -> list[Trigger]:
    """Every trigger word in ``text[start:end]``, ordered by position then kind."""
    end = len(text) if end is None else end
    lo = max(0, start - 1)  # one character more: the pattern's lookbehind reads it
    folded = fold_case(text[lo:end])  # same offsets, shifted by lo
    out: list[Trigger] = []
    for m in _TRIGGER_PLAIN_RE.finditer(folded, start - lo):
        key = " ".join(m.group().split())  # "hand  over" is "hand over"
        kinds = _KINDS_OF.get(key, ())
        if _adjective_use(folded, m.start(), m.end(), key, text, lo):
            if key not in _READS_AS:
                continue
            # "four F-35A fighters": still a force of its sender, told by its aircraft
            kinds = [(kind, _READS_AS[key] if kind == "personnel" else lemma) for kind, lemma in kinds]
        s, e = m.start() + lo, m.end() + lo
        for kind, lemma in kinds:
            if lemma == "units" and _belongs_to_unit(folded, m.start()):
                continue
            if kind == "personnel" and lemma != "units" and _PEOPLE_RESTATING.search(folded, max(0, m.start() - 50), m.start()):
                continue
            out.append(Trigger(s, e, text[s:e], kind, lemma))
    if any(mark in folded for mark in _STRENGTH_DASHED) and _STRENGTH_CUE.search(folded):
        # a name inside ("a 59-strong Chinese medical team") says whose: the words between are lower case
        units = [_strength_unit_span(m, text, lo) for m in _STRENGTH_UNIT.finditer(folded, start - lo)
                 if _STRENGTH_NOT.isdisjoint(m.group().split())]
        units = [span for span in units if span is not None]
        # the unit's own head ("task force" in "a 600-strong task force") is no second trigger
        out = [t for t in out if not any(s <= t.start < e for s, e in units)]
        out += [Trigger(s, e, text[s:e], "personnel", "units") for s, e in units]
        out.sort(key=lambda t: (t.start, t.kind))
    if any(head in folded for head in _UNIT_HEADS):
        have = [(t.start, t.end) for t in out if t.kind == "personnel"]
        heads = [(s, e) for s, e in _units_of_figure(text, folded, lo, start - lo) if not any(a < e and s < b for a, b in have)]
        if heads:  # most text has none: no sort then
            out += [Trigger(s, e, text[s:e], "personnel", "units") for s, e in heads]
            out.sort(key=lambda t: (t.start, t.kind))
    if heads := _units_of_force(text, folded, lo, start - lo):  # most text names no unit of a force
        have = [(t.start, t.end) for t in out if t.kind == "personnel"]
        heads = [(s, e) for s, e in heads if not any(a < e and s < b for a, b in have)]
        out += [Trigger(s, e, text[s:e], "personnel", "units") for s, e in heads]
        out.sort(key=lambda t: (t.start, t.kind))
    if "-" in folded:  # "300,000 China-donated doses": a word of giving glued to its giver (glued_giving)
        out += _glued_giving(text, folded, lo, start - lo)
    trades = list(_FORCE_TRADE.finditer(folded, start - lo)) if _FORCE_TRADES["forces"] and _may_name_a_trade(folded) else []
    if trades:  # most text has none: no set and no sort then
        have = {t.start for t in out if t.kind == "personnel"}
        out += [Trigger(m.start("trade") + lo, m.end("trade") + lo, text[m.start("trade") + lo:m.end("trade") + lo],
                        "personnel", "troops") for m in trades if m.start("trade") + lo not in have]
        out.sort(key=lambda t: (t.start, t.kind))
    if _COUNTED["verbs"]:  # capitals matter here: the original text, not the folded one
        have = {t.start for t in out if t.kind == "personnel"}
        added = [Trigger(m.start("noun"), m.end("noun"), m.group("noun"), "personnel", "troops")
                 for m in _COUNTED_PEOPLE.finditer(text, max(0, start - 2), end)
                 if m.start("noun") >= start and m.start("noun") not in have and m.group("noun") in PEOPLE_NOUNS]
        if added:
            out = sorted(out + added, key=lambda t: (t.start, t.kind))
    if any(p in folded for p in _STATIONED_FOLDED):  # (the block folded once above: no slice of it again)
        have = {t.start for t in out if t.kind == "personnel"}
        added = [Trigger(m.start(), m.end(), m.group(), "personnel", "troops") for m in _STATIONED_PRONOUN.finditer(text, start, end)
                 if m.start() not in have and (m.group("stationed") or _opens_clause(text, m.start()))]
        if added:
            out = sorted(out + added, key=lambda t: (t.start, t.kind))
    if any(h in folded for h in _MEMBER_HEADS):
        for m in _MEMBERS_OF.finditer(folded, start - lo):
            out.append(Trigger(m.start() + lo, m.end() + lo, text[m.start() + lo:m.end() + lo], "personnel", "troops"))
        for m in _MEMBERS_AFTER.finditer(folded, start - lo):
            s, e = m.start("members") + lo, m.end("members") + lo
            if not any(t.start == s for t in out):
                out.append(Trigger(s, e, text[s:e], "personnel", "troops"))
        out.sort(key=lambda t: (t.start, t.kind))
    return out


# a place passed through on the way ("refuelling at Wheelus in Tripoli", "via Djibouti"):
# triggers.json transit_words; mentions/units.py aside reads it
PASSED_THROUGH = re.compile(r"(?<![\w-])(?:" + "|".join(r"\s+".join(map(re.escape, w.split()))
                                                     for w in sorted(LEXICON["triggers"]["transit_words"]["words"], key=len, reverse=True))
                            + r")[ \t]+(?:(?:at|in|through)[ \t]+)?(?:(?:[A-Z][\w-]*[ \t]+){1,3}(?:in|at)[ \t]+)?(?:the[ \t]+)?$")
