"""Layer 4: one generic slot filler for every construction row.

For a clause (a unit sequence), each row whose trigger is present is matched over the
tag string; every named group is a candidate fill of its slot.  Competing fills are
resolved by the row's explicit priority (higher first), then by nearness to the
row's trigger, then by position: never by the order rows or statements happen to run.
A unit fills at most one party slot (giver and recipient are never the same mention).
"""

from __future__ import annotations

from dataclasses import dataclass

from giftextract.constructions.pattern import COPY
from giftextract.constructions.table import Construction, Table
from giftextract.lexicon.data import LEXICON
from giftextract.mentions.units import Sequence, Unit

PARTY_SLOTS = frozenset({"GIVER", "RECIPIENT", "SENDER", "HOST"})
# one mention is never both ends of a journey: "arrived in September from Stichting Leeuw"
PLACE_SLOTS = frozenset({"ORIGIN", "DESTINATION"})


@dataclass(frozen=True)
class Fill:
    slot: str
    units: tuple[Unit, ...]
    row: Construction
    trigger: Unit | None
    noun: Unit | None = None  # the personnel noun a deployment row read, if it names one
    apposition: Unit | None = None  # "his guest, the Indian prime minister,": the named party beside a nominal
    conjuncts: tuple[Unit, ...] = ()  # "to Thailand, Japan and Spain": the parties coordinated after it
    preceding: tuple[Unit, ...] = ()  # "Lithuania and Poland donated": the parties coordinated before it

    @property
    def unit(self) -> Unit:
        return self.units[0]

    def rank(self) -> tuple:
        distance = abs(self.unit.start - self.trigger.start) if self.trigger is not None else 0
        return (-self.row.priority, distance, self.unit.start)


@dataclass
class Match:
    row: Construction
    start: int  # character offsets of the whole match in the document
    end: int
    fills: tuple[Fill, ...]


def _trigger_keys(seq: Sequence) -> set[str]:
    keys: set[str] = set()
    for u in seq.units:
        if u.kind == "V":
            keys.update(u.feats)
            keys.add(u.key)
        elif u.kind == "R" and u.key == "theme":
            keys.add("theme")  # "the animals were flown to ...": a clause about the open gift
    return keys


def _row_applies(row: Construction, keys: set[str], words: set[str]) -> bool:
    """The row's trigger is in the clause, and so is one word of each word set it requires."""
    return not row.keys.isdisjoint(keys) and all(not ws.isdisjoint(words) for ws in row.requires)


def _apposition(seq: Sequence, unit: Unit, i: int) -> Unit | None:
    """The apposition sieve's reading: a referring nominal (seq.units[i]) followed by ", <named party>"."""
    if unit.kind != "R":
        return None
    j = i + 1
    if j < len(seq.units) and seq.units[j].kind == "P" and seq.units[j].key == ",":
        j += 1  # "his guest, the Indian prime minister," or "his guest Xi Jinping"
    after = seq.units[j] if j < len(seq.units) else None
    if after is not None and after.kind == "E" and "party" in after.feats and "coded" in after.feats \
            and not _speaks(seq, j):
        return after
    return None


_REPORT_VERBS = frozenset(LEXICON["triggers"]["report_verbs"])


def _speaks(seq: Sequence, i: int) -> bool:
    """The party at seq.units[i] is the subject of a report verb: "..., the Kremlin said" tells
    who says it, it names no one before it."""
    return i + 1 < len(seq.units) and seq.units[i + 1].kind == "W" and seq.units[i + 1].key in _REPORT_VERBS


def _coordinated_state(u: Unit) -> bool:
    """A bare state of known country: a list member ("Japan", not "Japan's zoo" or "Japanese")."""
    return u.kind == "E" and "state" in u.feats and "coded" in u.feats and "poss" not in u.feats


def _coordinated_demonym(u: Unit) -> bool:
    """A demonym of known country ("Romanian"), a member of a list of demonyms."""
    return u.kind == "E" and "demonym" in u.feats and getattr(u.ref, "country", None) is not None


def _conjuncts(seq: Sequence, unit: Unit, i: int) -> tuple[Unit, ...]:
    """The named states coordinated after a party: "Thailand, Japan and Spain" -> Japan, Spain,
    "the leaders of Kyrgyzstan, Azerbaijan and Uzbekistan" -> the last two.  Only bare states of known country (not "Japan's zoo", not a demonym) and only a list
    that closes with "and": "Thailand, Japan" alone may be an apposition."""
    if unit.kind != "E" or "party" not in unit.feats or "coded" not in unit.feats or "poss" in unit.feats:
        return ()
    persons = _coordinated_person(unit)  # "to Macron, Scholz and Lee"; "the leaders of Kyrgyzstan, Azerbaijan and ..."

    def member(u: Unit) -> bool:
        return _coordinated_state(u) or (persons and _coordinated_person(u))
    out: list[Unit] = []
    # "troops from Poland, Lithuania and Latvia arrived": a list after "from" names where the
    # subject came from, so the verb after it is the subject's, not the last party's
    from_list = i > 0 and seq.units[i - 1].kind == "W" and seq.units[i - 1].key == "from"
    i += 1  # seq.units[i] is the party
    closed = False
    while i + 1 < len(seq.units) and not closed:
        sep, nxt = seq.units[i], seq.units[i + 1]
        if sep.kind == "P" and sep.key == "," and nxt.kind == "W" and nxt.key == "and" and i + 2 < len(seq.units):
            sep, nxt, i = nxt, seq.units[i + 2], i + 1  # the serial comma: ", and Spain"
        if not ((sep.kind == "P" and sep.key == ",") or (sep.kind == "W" and sep.key == "and")):
            break
        if not member(nxt):
            break
        closed = sep.key == "and"
        out.append(nxt)
        i += 2
    if closed and i < len(seq.units) and seq.units[i].kind == "V" and not from_list:
        return ()  # "to Armenia and Japan sent cranes": the last one opens a clause of its own
    more = _continued(seq, i)  # "to Italy and Spain, as well as to Serbia and Kosovo"
    if more is not None and member(seq.units[more]):
        return (*out, seq.units[more], *_conjuncts(seq, seq.units[more], more)) if closed or not out else ()
    return tuple(out) if closed else ()


_CONTINUATIONS = (("as", "well", "as", "to"), ("as", "well", "as"), ("and", "also", "to"), ("and", "to"))


def _continued(seq: Sequence, i: int) -> int | None:
    """Where a list of parties goes on after "as well as to", "and also to" or "and to"
    (a comma may come first): the index of the next party, or None."""
    i += i < len(seq.units) and seq.units[i].kind == "P" and seq.units[i].key == ","
    for words in _CONTINUATIONS:
        end = i + len(words)
        if end < len(seq.units) and all(u.kind == "W" and u.key == w for u, w in zip(seq.units[i:end], words)):
            return end + (seq.units[end].kind == "W" and seq.units[end].key == "the" and end + 1 < len(seq.units))
    return None


def _preceding(seq: Sequence, unit: Unit, i: int) -> tuple[Unit, ...]:
    """The named states coordinated before a party that closes a list: "The Czech Republic,
    Lithuania and Poland donated" -> the first two (demonyms before a demonym: "Slovenian and
    Romanian troops").  Only when "and" (or ", and") stands
    right before it, and only bare states of known country, as :func:`_conjuncts`; before a
    named person, the one person coordinated with it (:func:`_preceding_person`)."""
    if _coordinated_person(unit):
        return _preceding_person(seq, i)
    # "Slovenian and Romanian troops": demonyms coordinated before a demonym
    member = _coordinated_demonym if _coordinated_demonym(unit) else _coordinated_state
    if not member(unit):
        return ()
    j = i - 1
    if j >= 1 and seq.units[j].kind == "W" and seq.units[j].key == "and":
        j -= seq.units[j - 1].kind == "P" and seq.units[j - 1].key == ","  # the serial comma
    else:
        return ()
    out: list[Unit] = []
    while j >= 1 and member(seq.units[j - 1]):
        out.append(seq.units[j - 1])
        j -= 2
        if not (j >= 1 and seq.units[j].kind == "P" and seq.units[j].key == ","):
            break
    return tuple(reversed(out))


def _index(seq: Sequence, pos: int, unit: Unit) -> int:
    """The index of ``unit``, found from a tag offset near it (within its own group's span)."""
    i = seq.unit_at(pos)
    step = 1 if seq.units[i].start <= unit.start else -1
    while seq.units[i] is not unit:
        i += step
    return i


# Each table's rows by trigger key (table id -> (its rows when indexed, key -> row numbers)):
# a clause has a few keys, a table dozens of rows. The rows are compared on every use (by
# identity first: cheap), so a table whose rows change is indexed again.
_ROWS_BY_KEY: dict[int, tuple[tuple[Construction, ...], dict[str, list[int]]]] = {}


def _rows_by_key(table: Table) -> tuple[tuple[Construction, ...], dict[str, list[int]]]:
    rows = tuple(table.rows)
    cached = _ROWS_BY_KEY.get(id(table))
    if cached is None or cached[0] != rows:
        index: dict[str, list[int]] = {}
        for n, row in enumerate(rows):
            for key in row.keys:
                index.setdefault(key, []).append(n)
        if len(_ROWS_BY_KEY) > 64:  # tables made and dropped (tests, user lexicons): bounded
            _ROWS_BY_KEY.clear()
        cached = _ROWS_BY_KEY[id(table)] = (rows, index)
    return cached


def applicable_rows(table: Table, seq: Sequence) -> list[Construction]:
    """The rows whose trigger and required words the clause holds (the others cannot match),
    in table order: those of the clause's trigger keys (an index), whose word sets it meets."""
    keys = _trigger_keys(seq)
    if not keys:
        return []
    rows, index = _rows_by_key(table)
    candidates = sorted({n for key in keys for n in index.get(key, ())})
    if not candidates:
        return []
    words = {u.key for u in seq.units}
    return [rows[n] for n in candidates if all(not ws.isdisjoint(words) for ws in rows[n].requires)]


def _captures(m, slots) -> list[tuple[str, tuple[int, int]]]:
    """Each slot's span in a match; a theme named twice by one row ("donated 500 tents to
    Nepal, along with 2,000 blankets") gives a fill for each, another slot its last capture."""
    out = []
    for slot in slots:
        spans = _spans(m, slot)
        out += [(slot, span) for span in spans] if slot == "THEME" else [(slot, spans[-1] if spans else (-1, -1))]
    return out


def _spans(m, slot: str) -> list[tuple[int, int]]:
    """Every capture of a slot, in order: a slot named again in a row is compiled as a group of
    its own (``SLOT__2``, constructions/pattern.py), and no slot is repeated, so each copy has
    one capture or none."""
    groups = m.re.groupindex
    out = [m.span(slot)] if m.start(slot) >= 0 else []
    n = 2
    while (name := f"{slot}{COPY}{n}") in groups:
        if m.start(name) >= 0:
            out.append(m.span(name))
        n += 1
    return out


def match_rows(table: Table, seq: Sequence) -> list[Match]:
    """Every match of every applicable row over the clause, in row then position order."""
    return _by_name_only(table, _matches(table, seq))


def _by_name_only(table: Table, matches: list[Match]) -> list[Match]:
    """The matches without those of a verb that tells its event only in the rows naming it
    (the table's ``by_name_only`` class: "provided the police with five pick-ups"), unless
    one of those rows matched it: then the other rows read it too (the subject's)."""
    only = table.word_set("classes", "by_name_only")
    if not only or not matches:
        return matches
    named = {id(m.fills[0].trigger) for m in matches
             if m.fills[0].trigger is not None and not m.row.keys.isdisjoint(only.intersection(m.fills[0].trigger.feats))}
    return [m for m in matches if m.fills[0].trigger is None or id(m.fills[0].trigger) in named
            or only.isdisjoint(m.fills[0].trigger.feats)]


def _matches(table: Table, seq: Sequence) -> list[Match]:
    out: list[Match] = []
    for row in applicable_rows(table, seq):
        for m in row.regex.finditer(seq.tags):
            verb = seq.units_in(*m.span("VERB")) if "VERB" in row.regex.groupindex else []
            noun = seq.units_in(*m.span("NOUN")) if "NOUN" in row.regex.groupindex else []
            trigger = verb[0] if verb else (noun[0] if noun else None)
            fills = []
            for slot, (a, b) in _captures(m, row.slots):
                units = tuple(u for u in seq.units_in(a, b)
                              if u.kind != "P" and (u.kind != "W" or slot == "THEME"))  # "given some"
                if units:
                    # where the fill's first and last units stand in the clause (no list search:
                    # a run-on clause has thousands of units)
                    first = _index(seq, a, units[0])
                    last = _index(seq, b - 1, units[-1])
                    fills.append(Fill(slot, units, row, trigger, noun[0] if noun else None,
                                      _apposition(seq, units[0], first),
                                      _conjuncts(seq, units[-1], last) if slot in PARTY_SLOTS else (),
                                      _preceding(seq, units[0], first) if slot in PARTY_SLOTS else ()))
            if not fills:
                continue
            span_units = seq.units_in(m.start(), m.end())
            out.append(Match(row, span_units[0].start, span_units[-1].end, tuple(fills)))
    return out


def ranked(matches: list[Match]) -> dict[str, list[Fill]]:
    """Each slot's fills, best first: highest priority, then nearest its trigger, then first.
    A unit whose best use is one party slot is not offered for another (giver and
    recipient are never the same mention), nor one whose best use is origin or destination
    for the other. Later fills are the alternatives coreference
    falls back on when a better one ("the zoo" with nothing named before) finds no referent."""
    fills = sorted((f for m in matches for f in m.fills), key=Fill.rank)
    out: dict[str, list[Fill]] = {}
    holders: dict[tuple[int, int], str] = {}
    places: dict[tuple[int, int], str] = {}
    seen: set[tuple[str, int, int]] = set()
    for f in fills:
        key = (f.unit.start, f.unit.end)
        if f.slot in PARTY_SLOTS and holders.setdefault(key, f.slot) != f.slot:
            continue
        if f.slot in PLACE_SLOTS and places.setdefault(key, f.slot) != f.slot:
            continue
        if (f.slot, *key) in seen:
            continue
        seen.add((f.slot, *key))
        out.setdefault(f.slot, []).append(f)
    return out


def resolve(matches: list[Match]) -> dict[str, Fill]:
    """The winning fill of each slot (see :func:`ranked`)."""
    return {slot: fills[0] for slot, fills in ranked(matches).items()}


def _coordinated_person(u: Unit) -> bool:
    """A named person of known country: "Russia's Boris Yeltsin", "King Fahd"."""
    return u.kind == "E" and "person" in u.feats and "coded" in u.feats


def _preceding_person(seq: Sequence, i: int) -> tuple[Unit, ...]:
    """The one person coordinated before a person: "King Fahd of Saudi Arabia and Russia's
    Boris Yeltsin each received" -> King Fahd (his "of Saudi Arabia" skipped)."""
    j = i - 1
    if not (j >= 1 and seq.units[j].kind == "W" and seq.units[j].key == "and"):
        return ()
    j -= j >= 2 and seq.units[j - 1].kind == "P" and seq.units[j - 1].key == ","  # the serial comma
    out: list[Unit] = []
    while True:  # "Macron, Scholz and Lee each went home with": back through the commas
        k = j - 1
        if k >= 2 and _coordinated_state(seq.units[k]) and seq.units[k - 1].kind == "W" and seq.units[k - 1].key == "of":
            k -= 2  # "King Fahd of Saudi Arabia"
        if k < 0 or not _coordinated_person(seq.units[k]):
            break
        out.append(seq.units[k])
        if not (k >= 2 and seq.units[k - 1].kind == "P" and seq.units[k - 1].key == ","):
            break
        j = k - 1
    return tuple(reversed(out))
