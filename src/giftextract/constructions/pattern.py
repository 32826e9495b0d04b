"""Layer 4: the construction pattern language, compiled to a regex over unit tags.

A pattern is a space-separated list of elements (spaCy's Matcher and PETRARCH2's verb
patterns are the models; ours reads units, see ``mentions/units.py``):

  VERB              the row's trigger (a lemma or ``kind:NAME`` of its ``triggers``)
  NOUN              a personnel noun ("troops", "police officers"): a deployment's anchor
  SLOT=class        a role filled by one unit of a class: party, agent (party, facility or region:
                    "Queensland gave koalas"), demonym ("to Japanese children"),
                    place, facility, items (a list of items), count; ``:feat`` requires a
                    unit feature, ``:-feat`` forbids it (``GIVER=agent:-poss``)
  word|word         a literal word (lower case), one of several
  @class            a word of a named word class of the table (``@prep``)
  , : ; ( ) -       punctuation (``-``: a dash set off by spaces, whichever its width)
  ~N                up to N plain words (``~`` is ~3): adverbs, articles, adjectives
  ~N/@class         the same, none of them a word of a word class
  *N                up to N units of any kind but a trigger (an apposition, a list)
  +N                the same within the phrase: no punctuation crossed
  *N/@class         the same, crossing no word of a word class ("*12/@clause"); +N/@class
                    within the phrase
  *N/any            up to N units of any kind, triggers too: a relative clause set off by
                    commas has a verb of its own ("doses, which landed ..., were donated")
  *N? +N?           the shortest such gap (the nearest "to" after the verb, not the last)
  *N/@class?        the shortest gap crossing no word of the class
  [ ... ]           an optional group
  !word|@class      the unit before is not one of these words (a zero-width test)
  !>word|@class     the unit after is not one of these words
  !>:cap            the unit after is no name nor a word written with a capital ("the
                    Spanish base Miguel de Cervantes": the base's name follows)
  !>+N/word|@class  no such word in the next N units of the phrase ("given to him in
                    April by a coach": the giver is the "by" agent, not the row's guess)
  ^                 the start of the clause (a dash or a quote may come first)
  &                 the parties coordinated after the slot before ("from Bulgaria, Canada and
                    Georgia are in ..."): passed over (the engine reads them as its conjuncts)

Every repetition is bounded and every element consumes whole tags ending in a space,
so a match is linear in the clause and cannot backtrack catastrophically.
"""

from __future__ import annotations

import re

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.mentions.items import OPEN_ITEMS_TABLE

SLOT_CLASSES = {
    "party": [("E", "party"), ("R", "person"), ("R", "state"), ("R", "group"), ("R", "institution")],
    "agent": [("E", "party"), ("E", "facility"), ("E", "region"), ("R", "person"), ("R", "state"), ("R", "group"), ("R", "facility"),
              ("R", "institution")],
    "place": [("E", "place"), ("R", "facility")],
    "facility": [("E", "facility"), ("R", "facility")],
    "count": [("N", "")],
    "sender": [("E", "demonym"), ("E", "organization")],
    "demonym": [("E", "demonym")],
}
_FEATS = r"[^/ ]*"
_ANY_TAG = r"[^ ]+ "
# a lot named before it: "the first batch of 500,000 vaccine doses" (mentions/data/open_items.json lot_openers)
_LOTS = OPEN_ITEMS_TABLE["lot_openers"]
_LOT = (rf"(?:(?:W/[^/ ]*/(?:{'|'.join(_LOTS['before'])}|[a-z]+-[a-z-]+) (?:P/,,P/, )?){{0,3}}[VW]/[^/ ]*/(?:{'|'.join(_LOTS['lots'] + _LOTS['held'])}) "
        rf"W/[^/ ]*/(?:{'|'.join(_LOTS['links'])}) (?:W/[^/ ]*/[a-z0-9][\w-]* ){{0,2}})?")  # "a batch of refurbished UH-60A Black Hawks"
_ITEM = r"(?:N/[^ ]* )?I/[^ ]* "  # an item, or a count and a generic noun ("70 animals")
# "295 tonnes of foodstuffs such as canned goods, oil and sugar, 10 tonnes of medical
# equipment": examples of a member (no item among them) do not end the list
_SUCH_AS = r"(?:W/[^/ ]*/(?:such|like) (?:W/[^/ ]*/as )?(?:(?:W|P)/[^ ]* ){1,12}?(?=P/,,P/, ))?"
# "a wooden humidor shaped like a house, a cigar cutter": an attribute of a member (a
# participle or a preposition and a few units, no trigger) does not end the list either
# (mentions/data/open_items.json member_attributes); "a convoy of 12 trucks" is a lot, no attribute
_ATTR = OPEN_ITEMS_TABLE["member_attributes"]
_ATTRIBUTE = (rf"(?:W/[^/ ]*/(?:{'|'.join(_ATTR['words'])}) (?![NI]/)|W/[^/ ]*/(?:[a-z-]+ed|{'|'.join(_ATTR['participles'])}) "
              rf"W/[^/ ]*/(?:{'|'.join(_ATTR['after_participle'])}) )(?:[WEINAR]/[^ ]* |P/,,P/[$€£¥] ){{1,{_ATTR['reach']}}}?"
              r"(?=P/,,P/, |W/[^/ ]*/and )")
# "four excavators, two of them of the M3-2 type, two mobile repair vehicles": a part of the
# member before, up to the comma that goes on with the list
_PART_OF_MEMBER = (rf"(?:P/,,P/, R/[^ ]*,partitive[^ ]* (?:[WEINA]/[^ ]* |P/[^/ ]*/[-/] ){{0,{2 * _ATTR['reach']}}}?(?=P/,,P/, ))")
_ITEM_LIST = (rf"{_LOT}{_ITEM}(?:(?:(?:P/,,P/, )?{_ATTRIBUTE})?{_PART_OF_MEMBER}?{_SUCH_AS}(?:P/,,P/, )?(?:W/{_FEATS}/(?:and|or|plus|as|well|along|together|with) ){{0,3}}"
              rf"{_LOT}{_ITEM}){{0,20}}")
# "received the first ten vehicles", "the last two of the pandas": an ordinal right before a
# count (open_items.json lot_openers ordinals)
_ORDINAL = rf"(?:W/[^/ ]*/(?:{'|'.join(_LOTS['ordinals'])}) (?=N/|I/))?"
# A theme that points back: "the reptiles", "two of the animals", "a pair", "six" (the
# theme sieve gives it the species last named);
# "sent her to Washington as a gift" (an animal named before): an object pronoun is a theme
# only where "to" or "as" follows it, never in "gave him a horse"
_BACK_THEME = (r"(?:N/[^ ]* (?:W/[^/ ]*/of )?)?R/[^/ ]*,theme,[^ ]* "
               r"|R/[^/ ]*,object,[^/ ]*/pronoun (?=W/[^/ ]*/(?:to|as) )"
               # "They were Sri Lanka's present to the zoo": a subject pronoun that a copula
               # makes a gift (its gift noun follows, a possessive at most between)
               r"|^(?:P/[^ ]* )?R/[^/ ]*,pl,[^/ ]*/pronoun (?=W/[^/ ]*/(?:were|are) (?:E/[^ ]*,poss,[^ ]* |W/[^/ ]*/(?:a|an|the) )?V/[^/ ]*,gift_noun,)"
               r"|(?:N/[^ ]* |W/[^/ ]*/(?:some|several|others) )(?=P/|W/[^/ ]*/(?:in|to|from|as|on|at|by|for|and|during|last|this|that|the"
               r"|were|was|are|is|have|had|will|would) |$)")  # "six were sent": the subject of a passive


# "&": the parties coordinated after a slot, ", Canada and Georgia" (a serial comma too)
_PARTY_UNIT = rf"E/{_FEATS},party,{_FEATS}/[^ ]* "
_COORDINATED = rf"(?:P/{_FEATS}/, (?:W/{_FEATS}/and )?{_PARTY_UNIT}|W/{_FEATS}/and {_PARTY_UNIT}){{0,12}}"


# A gap never crosses the trigger of another event: a gift row's gap no verb trigger, a
# deployment row's gap no other personnel noun (its deploy verbs it may: "troops will be
# based in X").
_BARRIER = {
    "gift": r"V/[^/ ]*,(?:gift_verb|receive_verb|deploy_verb|arrive_verb),",
    "deployment": r"V/[^/ ]*,personnel,",
}


class PatternError(ValueError):
    """A construction pattern that does not parse: the message names the row and element."""


def _alts(words: str) -> str:
    return "(?:" + "|".join(map(_alt, words.split("|"))) + ")"


def word_class_regex(words: list[str]) -> str:
    """A word class of a table as a regex alternation (for code that reads characters)."""
    return _alts("|".join(words))


def _alt(word: str) -> str:
    """A word of a class, or with a leading "*" any word ending so ("*-hit": "tsunami-hit",
    "quake-hit"): a compound class no list closes."""
    return r"[a-z0-9]+" + re.escape(word[1:]) if word.startswith("*") and len(word) > 1 else re.escape(word)


def _unit(kind: str, feat: str, requires: list[str], forbids: list[str]) -> str:
    guards = "".join(rf"(?=[^ ]*,{re.escape(f)},)" for f in requires)
    guards += "".join(rf"(?![^ ]*,{re.escape(f)},)" for f in forbids)
    has = rf"{_FEATS},{re.escape(feat)},{_FEATS}" if feat else _FEATS
    # the kind letter first: a guard is then tried only where a unit of that kind starts
    return rf"{kind}/{guards}{has}/[^ ]* "


def _slot(name: str, spec: str, not_before: str = "") -> str:
    cls, *feats = spec.split(":")
    requires = [f for f in feats if not f.startswith("-")]
    forbids = [f[1:] for f in feats if f.startswith("-")]
    if cls == "items":
        body = f"(?:{_ITEM_LIST}|{_BACK_THEME})"
        # "the first ten vehicles": the ordinal before a theme's count stays outside the slot
        return f"{_ORDINAL}(?P<{name}>{body})"
    elif cls in SLOT_CLASSES and not_before:  # the kind letter, "!word" tested after it (_not_before), the units by kind
        by_kind: dict[str, list[str]] = {}
        for k, f in SLOT_CLASSES[cls]:
            by_kind.setdefault(k, []).append(_unit(k, f, requires, forbids)[len(k):])
        letter = f"[{''.join(by_kind)}]" if len(by_kind) > 1 else next(iter(by_kind))
        body = letter + _not_before(not_before, letter) + "(?:" + "|".join(
            (f"(?<={k})" if len(by_kind) > 1 else "") + f"(?:{'|'.join(units)})" for k, units in by_kind.items()) + ")"
    elif cls in SLOT_CLASSES:
        body = "(?:" + "|".join(_unit(k, f, requires, forbids) for k, f in SLOT_CLASSES[cls]) + ")"
    else:
        raise PatternError(f"unknown slot class {cls!r} in {name}={spec}")
    return f"(?P<{name}>{body})"


def _verb(triggers: list[str], voice: str) -> str:
    names = [t.split(":", 1)[1] if t.startswith("kind:") else t.replace(" ", "_") for t in triggers]
    guard = "" if voice == "any" else rf"(?=[^ ]*,{voice},)"
    return rf"(?P<VERB>{guard}V/{_FEATS},{_alts('|'.join(names))},{_FEATS}/[^ ]* )"


def _word(words: str, classes: dict[str, list[str]], not_before: str = "") -> str:
    return rf"[WVE]{_not_before(not_before, '[WVE]')}/{_FEATS}/{_alts(_expand(words, classes))} "


def _is_word(element: str) -> bool:
    return element[0] != "!" and element == element.lower() \
        and element.replace("|", "").replace("@", "").replace("_", "").replace("'", "").isalpha()


def _takes_not_before(element: str) -> bool:
    """Whether an element writes "!word" into its unit's kind letter: a slot of single units, a word."""
    return _is_word(element) or ("=" in element and element.split("=", 1)[1].split(":")[0] in SLOT_CLASSES)


def _expand(words: str, classes: dict[str, list[str]]) -> str:
    out = []
    for w in words.split("|"):
        if w.startswith("@"):
            if w[1:] not in classes:
                raise PatternError(f"unknown word class {w}")
            out += classes[w[1:]]
        else:
            out.append(w)
    return "|".join(out)


def _bound(element: str, default: int) -> int:
    return int(element[1:]) if len(element) > 1 else default


def required_words(pattern: str, classes: dict[str, list[str]]) -> tuple[frozenset[str], ...]:
    """For each literal word element outside an optional group, the words one of which a
    clause must hold for the pattern to match: a cheap test before the regex runs."""
    out, depth = [], 0
    for element in pattern.split():
        depth += element == "["
        depth -= element == "]"
        if depth == 0 and element not in ("VERB", "NOUN", "^", "[", "]") and "=" not in element \
                and element[0] not in "~*+!@,:;()&" and element == element.lower():
            out.append(frozenset(_expand(element, classes).split("|")))
        elif depth == 0 and element.startswith("@") and "|*" not in "|" + _expand(element, classes):
            out.append(frozenset(_expand(element, classes).split("|")))  # (a "*-hit" class has no word list to require)
    return tuple(out)


def _is_gap(element: str) -> bool:
    return element in ("*", "+") or (element[0] in "*+" and element[1:].split("/", 1)[0].isdigit()
                                      and (element.count("/") == 0 or "/@" in element or element.endswith("/any")))


def _gap(element: str, barrier: str, classes: dict[str, list[str]]) -> str:
    """``*N``, ``+N``, ``*N/@class`` or ``+N/@class``: a bounded run of units crossing no trigger;
    ``*N/any``: a bounded run of units of any kind."""
    if element.endswith("/any"):
        return rf"(?:{_ANY_TAG}){{0,{int(element[1:-4])}}}"
    if "/@" in element:  # "*12/@clause": a gap that crosses no word of a class (+: nor punctuation)
        bound, cls = element[1:].split("/@", 1)
        stop = rf"[WVEP]/{_FEATS}/{_alts(_expand('@' + cls, classes))} " + ("|P/" if element[0] == "+" else "")  # (a class may hold a mark: ":")
        return rf"(?:(?!{barrier}|{stop}){_ANY_TAG}){{0,{int(bound) if bound else 6}}}"
    if element[0] == "*":
        return rf"(?:(?!{barrier}){_ANY_TAG}){{0,{_bound(element, 6)}}}"
    return rf"(?:(?!{barrier}|P/){_ANY_TAG}){{0,{_bound(element, 6)}}}"


def _not_ahead(element: str, classes: dict[str, list[str]]) -> str:
    """``!>+N/words``: none of the words within the next N units, no punctuation crossed."""
    bound, words = element.split("/", 1)
    if not bound.isdigit() or not words:
        raise PatternError(f"'!>+N/word' needs a number and words: {'!>+' + element!r}")
    return rf"(?!(?:(?!P/){_ANY_TAG}){{0,{int(bound)}}}[WVE]/{_FEATS}/{_alts(_expand(words, classes))} )"


def _not_before(words: str, kind: str = "") -> str:
    """``!word|word``: the unit before is none of the words. The tag repeats its kind before
    its key (``W/,,W/to ``), so a literal word is a fixed-width lookbehind, one per length
    (the stdlib ``re`` reads it, ``regex`` compiled these rows three times slower); only a
    ``*-hit`` word is of varying width, which ``regex`` alone reads. Written after the next
    unit's kind letter (``kind``: the lookbehind spans it too), a row that opens on "!word"
    still opens on a letter, which ``re`` searches for before it tries the row anywhere."""
    by_width: dict[int | None, list[str]] = {}
    for word in (words.split("|") if words else ()):
        by_width.setdefault(None if word.startswith("*") and len(word) > 1 else len(word), []).append(word)
    return "".join(rf"(?<![WVE]/{_alts('|'.join(ws))} {kind})" for ws in by_width.values())


# What only ``regex`` reads, by the elements that write it: "!*-hit" looks behind over a word
# of no fixed width. (A slot named twice is renamed for ``re``: see ``compile_source``.)
_VARIABLE_LOOKBEHIND = "(?<![WVE]/(?:[a-z0-9]+"
COPY = "__"  # a slot named again in a pattern is compiled as SLOT__2, SLOT__3, ... (engine.py reads them back)


def needs_regex(source: str) -> bool:
    """Whether ``re`` is sure to reject a pattern's source: trying it first cost a fresh
    process 36 ms of parsing (up to the error) for the rows one seed article calls for."""
    return _VARIABLE_LOOKBEHIND in source


def _renamed(source: str) -> str:
    """Each group named again renamed ``NAME__2``, ``NAME__3``, ...: neither engine then sees
    a name twice (``re`` rejects it), and the slot filler reads every copy of a slot."""
    seen: dict[str, int] = {}

    def rename(m: re.Match) -> str:
        seen[m.group(1)] = n = seen.get(m.group(1), 0) + 1
        return m.group() if n == 1 else f"(?P<{m.group(1)}{COPY}{n}>"
    return _GROUP.sub(rename, source)


def compile_source(source: str, pattern: str = "") -> regex.Pattern | re.Pattern:
    """The compiled regex of a pattern's source (``pattern_source``), by the faster engine
    that can read it (text/patterns.py): every packaged row compiles in ``re`` (for
    the 45 rows one seed article calls for, 0.28 s in a mix of both engines, 0.10 s in ``re``)."""
    try:
        source = _renamed(source)
        return regex.compile(source) if needs_regex(source) else compile_pattern(source)
    except regex.error as err:  # pragma: no cover - the language's elements make valid regex
        raise PatternError(f"{pattern!r}: {err}") from err


_GROUP = compile_pattern(r"\(\?P<(\w+)>")


def group_names(source: str) -> tuple[str, ...]:
    """The named groups of a pattern's source, in order, each once: the slots it fills (and VERB, NOUN)."""
    return tuple(dict.fromkeys(_GROUP.findall(source)))


def pattern_source(pattern: str, triggers: list[str], voice: str,
                   classes: dict[str, list[str]], event: str = "gift") -> str:
    """The regex source of one construction pattern, checked (raises PatternError with the
    element); compiling it is left to its first use, as most rows of a table never meet
    their trigger in a given document."""
    barrier = _BARRIER[event]
    parts: list[str] = []
    depth = 0
    pending = ""  # the words of "!word" elements, written into the next unit if it takes them
    for element in pattern.split():
        if pending and not _takes_not_before(element):
            parts.append(_not_before(pending))
            pending = ""
        if element == "[":
            parts.append("(?:")
            depth += 1
        elif element == "]":
            if depth == 0:
                raise PatternError(f"unbalanced ']' in {pattern!r}")
            parts.append(")?")
            depth -= 1
        elif element == "^":
            # a clause may open on a dash or a quote, or on a colon dateline ("CHISINAU: Nineteen ...")
            parts.append(r"^(?:(?:[WE]/[^ ]* ){1,3}P/[^/ ]*/: )?(?:P/[^ ]* ){0,2}")
        elif element == "NOUN":
            parts.append(r"(?P<NOUN>V/[^/ ]*,personnel,[^ ]* )")
        elif element == "VERB":
            parts.append(_verb(triggers, voice))
        elif "=" in element:
            parts.append(_slot(*element.split("=", 1), not_before=pending))
            pending = ""
        elif element.endswith("?") and _is_gap(element[:-1]):
            parts.append(_gap(element[:-1], barrier, classes) + "?")  # lazy: the shortest gap
        elif element[0] == "~" and element[1:].isdigit() or element == "~":
            parts.append(rf"(?:W/{_FEATS}/[^ ]* ){{0,{_bound(element, 3)}}}")
        elif element[0] == "~" and "/@" in element and element[1:].split("/@", 1)[0].isdigit():
            # "~6/@coordination": plain words, none of the class ("help X restore order and to send")
            count, cls = element[1:].split("/@", 1)
            not_word = rf"(?!W/{_FEATS}/{_alts(_expand('@' + cls, classes))} )"
            parts.append(rf"(?:{not_word}W/{_FEATS}/[^ ]* ){{0,{int(count)}}}")
        elif _is_gap(element):
            parts.append(_gap(element, barrier, classes))
        elif element.startswith("!>+") and "/" in element:
            parts.append(_not_ahead(element[3:], classes))
        elif element == "!>:cap":  # "the Spanish base Miguel de Cervantes": a name follows
            parts.append(r"(?!E/|W/(?:[^/ ]*,)?cap,)")
        elif element.startswith("!>"):
            parts.append(rf"(?![WVE]/{_FEATS}/{_alts(_expand(element[2:], classes))} )")
        elif element[0] == "!":
            pending = "|".join(w for w in (pending, _expand(element[1:], classes)) if w)
        elif element == "&":
            parts.append(_COORDINATED)
        elif element in (",", ":", ";", "(", ")"):
            parts.append(rf"P/{_FEATS}/{re.escape(element)} ")
        elif element == "-":  # a spaced dash, hyphen-minus, en or em ("- Kenya's gift to Japan -")
            parts.append(rf"P/{_FEATS}/[-\u2013\u2014] ")
        elif _is_word(element):
            parts.append(_word(element, classes, pending))
            pending = ""
        else:
            raise PatternError(f"unknown element {element!r} in {pattern!r}")
    if depth:
        raise PatternError(f"unbalanced '[' in {pattern!r}")
    return "".join(parts) + _not_before(pending)  # (a slot may be named twice: "[ ... THEME=items ] VERB [ ... THEME=items ]")
