"""Layer 2: known people's names, looked up in a dict rather than compiled into a regex.

The person spotter reads "[the] [former] [Russian |Russia's ][former ][Foreign Minister ]NAME"
where NAME is a surface of the people table.  With the heads of state and government since
1950 (leaders.json) the table has some 3,500 surfaces: as one trie inside the person regex
they took about 150 ms to compile at every import.  Here the parts before the name are
small regexes and the name is a look-up, tried in the order the regex engine tries the
single pattern (each optional part present before absent; a part's longer matches before
its shorter ones; at the name, the longest surface not followed by a word character), so a
match is the one that pattern gives.  tests/test_names.py compares the two on random text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import chain

from giftextract.lexicon.base import INSTITUTIONS, STOP_CAPS, anchored_finditer
from giftextract.lexicon.data import LEXICON
from giftextract.text.compiled import compile as compile_re

_TOKEN = compile_re(r"\S+")
_FIRST_WORD = compile_re(r"\w+")
_WORD_CHAR = compile_re(r"[\w-]")
_GIVEN_NAME = compile_re(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)? ")
_SURNAME_AFTER = compile_re(r" (?P<word>[A-Z][a-z]{2,})(?![\w-])")
_HYPHENATED_GIVEN = compile_re(r" [A-Z][a-z]{0,5}-[a-z]{2,6}(?![\w-])")
_NOT_SURNAMES = frozenset({*STOP_CAPS, *INSTITUTIONS, *LEXICON["triggers"]["not_surnames"]["words"]})


def another_surname(name: str, text: str, end: int) -> bool:
    """"General Tito Karnavian": a known person's one-word name ("Tito") after a title,
    followed by a capitalised word that is no month, day or institution, is the given name of
    someone else (the entity spotter asks only after a title: "the Obama White House" is his)."""
    after = _SURNAME_AFTER.match(text, end) if " " not in name else None
    return after is not None and after.group("word") not in _NOT_SURNAMES


_CAPITAL_BEFORE = compile_re(r"(?<![\w.'-])(?P<word>[A-Z][a-z]+) $")


def inside_another_name(name: str, text: str, start: int, end: int) -> bool:
    """"Sun Moon Lake", "the Harvest Moon Festival": a known person's one-word name ("Moon")
    between two capitalised words is a word of another name, where the word before is no
    title, month, day or sentence opener (the spotter reads a title as its own part)."""
    if " " in name:
        return False
    before = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group("word") not in _NOT_SURNAMES \
        and another_surname(name, text, end)


def hyphenated_given_name(name: str, text: str, end: int) -> bool:
    """"Col. Kim Do-yeol", "Kim Do-yeol said": a known person's one-word name followed by a
    hyphenated given name, as Korean names are written, is someone else's family name, with
    or without a title (a known person so written is a surface of their own: "Kim Yong-nam")."""
    return " " not in name and _HYPHENATED_GIVEN.match(text, end) is not None


class NameMatch:
    """The few methods of ``re.Match`` that entities._build reads, over named spans."""

    __slots__ = ("string", "_spans")

    def __init__(self, string: str, spans: dict[int | str, tuple[int, int]]):
        self.string, self._spans = string, spans

    def start(self, group: int | str = 0) -> int:
        return self._spans[group][0] if group in self._spans else -1

    def end(self, group: int | str = 0) -> int:
        return self._spans[group][1] if group in self._spans else -1

    def group(self, group: int | str = 0) -> str | None:
        span = self._spans.get(group)
        return None if span is None else self.string[span[0]:span[1]]

    def groupdict(self) -> dict[str, str | None]:
        return {g: self.group(g) for g in ("demo", "poss", "title", "name")}


class PersonPattern:
    """``match`` at a position and ``finditer`` over a text, like the compiled pattern
    ``start (the )?(former )?(demo |poss's )?(former )?(title )?NAME`` would."""

    def __init__(self, start: re.Pattern, the: re.Pattern, former: re.Pattern, demo: re.Pattern,
                 poss: re.Pattern, title: re.Pattern, lead: re.Pattern, surfaces: Iterable[str]):
        """``lead`` matches wherever one of the parts before a name (the, former, demo, poss,
        title) does: one test that lets most places skip them."""
        self._start, self._the, self._former = start, the, former
        self._demo, self._poss, self._title, self._lead = demo, poss, title, lead
        self._surfaces = frozenset(surfaces)
        # every run of whole leading words of a surface: "Kim", "Kim Jong", "Kim Jong Un"
        self._heads = frozenset(" ".join(s.split(" ")[:n]) for s in self._surfaces
                                for n in range(1, s.count(" ") + 1))
        self._max_words = max((s.count(" ") + 1 for s in self._surfaces), default=0)
        # the leading \w+ of every surface: a name can start only at one (a quick "no" for
        # most positions); None when some surface does not start with a word character
        firsts = {m.group() if (m := _FIRST_WORD.match(s)) else None for s in self._surfaces}
        self.first_words: frozenset[str] | None = None if None in firsts else frozenset(firsts)

    def _ends(self, part: re.Pattern, text: str, pos: int, endpos: int) -> Iterator[re.Match]:
        """The matches of ``part`` from ``pos`` in the engine's order: its own first, then
        shorter ones ending where a word starts, longest first (each part ends in spaces;
        only a shorter demonym, owner or title can be tried after the first)."""
        first = part.match(text, pos, endpos)
        if first is None:
            return
        yield first
        starts = [t.start() for t in _TOKEN.finditer(text, pos, first.end()) if t.start() > pos]
        for stop in reversed(starts):
            m = part.fullmatch(text, pos, stop)
            if m is not None:
                yield m

    def can_start(self, text: str, pos: int, endpos: int) -> bool:
        """Whether a surface could start at ``pos``: the whole word there begins one."""
        if self.first_words is None:
            return True
        first = _FIRST_WORD.match(text, pos, endpos)
        return first is not None and first.group() in self.first_words

    def _name_end(self, text: str, pos: int, endpos: int) -> int | None:
        """Where the longest surface starting at ``pos`` ends, if no word character follows."""
        if not self.can_start(text, pos, endpos):
            return None
        words: list[str] = []
        best = None
        for token in _TOKEN.finditer(text, pos, endpos):
            if not words and token.start() != pos or len(words) >= self._max_words:
                break
            head = " ".join(words) + " " if words else ""
            t_start, t_end = token.span()
            for cut in range(t_start + 1, t_end + 1):
                if cut < t_end and _WORD_CHAR.match(text[cut]):
                    continue
                if head + text[t_start:cut] in self._surfaces:
                    best = cut
            words.append(token.group())
            if " ".join(words) not in self._heads:
                break
        return best

    def _parts(self, text: str, pos: int, endpos: int) -> Iterator[tuple[int, dict[str, tuple[int, int]]]]:
        """(where the name would start, the spans of the parts) in the regex engine's order."""
        def optional(part: re.Pattern, at: int) -> list[int]:
            m = part.match(text, at, endpos)
            return [m.end(), at] if m else [at]

        def leads(at: int) -> bool:  # no part can start where this is False: only the name
            return self._lead.match(text, at, endpos) is not None

        for after_the in optional(self._the, pos):
            if not leads(after_the):
                yield after_the, {}
                continue
            for after_former in optional(self._former, after_the):
                prefixes = chain(((m.end(), {"demo": m.span("demo")}) for m in self._ends(self._demo, text, after_former, endpos)),
                                 ((m.end(), {"poss": m.span("poss")}) for m in self._ends(self._poss, text, after_former, endpos)),
                                 [(after_former, {})])
                for after_prefix, spans in prefixes:
                    if not leads(after_prefix):
                        yield after_prefix, spans
                        continue
                    for after_second in optional(self._former, after_prefix):
                        titles = chain(((m.end(), {"title": m.span("title")})
                                        for m in self._ends(self._title, text, after_second, endpos)),
                                       [(after_second, {})])
                        for name_start, title in titles:
                            yield name_start, {**spans, **title}

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> NameMatch | None:
        end = len(text) if endpos is None else endpos
        if self._start.match(text, pos, end) is None:
            return None
        if self._lead.match(text, pos, end) is None:  # most places: a name or nothing
            name_end = self._name_end(text, pos, end)
            return None if name_end is None else NameMatch(text, {0: (pos, name_end), "name": (pos, name_end)})
        tried: dict[int, int | None] = {}  # several orders of parts can leave the name at one place
        titled = []
        for name_start, spans in self._parts(text, pos, end):
            if name_start not in tried:
                tried[name_start] = self._name_end(text, name_start, end)
            name_end = tried[name_start]
            if name_end is not None:
                return NameMatch(text, {0: (pos, name_end), "name": (name_start, name_end), **spans})
            if "title" in spans:
                titled.append((name_start, spans))
        # no order of parts leaves a known name: "President Bola Ahmed Tinubu", given names the
        # lexicon does not hold between a title and a surface it does ("Tinubu"), are the person's too
        for name_start, spans in titled:
            surface = self._after_given_names(text, name_start, end)
            if surface is not None:
                return NameMatch(text, {0: (pos, surface[1]), "name": surface, **spans})
        return None

    def _after_given_names(self, text: str, pos: int, endpos: int) -> tuple[int, int] | None:
        """The span of a known surface after one or two capitalised given names at ``pos``."""
        at = pos
        for _ in range(2):
            given = _GIVEN_NAME.match(text, at, endpos)
            if given is None:
                return None
            at = given.end()
            name_end = self._name_end(text, at, endpos)
            if name_end is not None:
                return at, name_end
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[NameMatch]:
        return anchored_finditer(self._start, self.match, text, pos, endpos)
