"""Layer 2: a spotter that is a plain word list, looked up in a set rather than compiled.

Five spotters of entities.py (org, place, state, capital, demonym) read
``START (?:the\\s+)? (?P<name>LIST) END``: fixed edges around one word list. As tries the
lists were 30,000 characters of regex, some 50 ms of compiling in a fresh process (the
place list alone 13,000). Here the edges are small compiled patterns and the list a set,
tried in the order the engine tries the single pattern: each lead ("the ", then none),
each list in turn, and in a list the longest surface the text spells there first (the
trie of lexicon/trie.py tries a longer continuation before a word's end), the first whose
end END accepts. A space of a surface reads any run of whitespace, as the trie's ``\\s+``.
A list with a surface this reading cannot spell the same way (a leading, trailing or
double space, other whitespace), or an end not in ``_ENDS``, is compiled as before.
A spotter called more than ``_LOOK_UPS`` times compiles its pattern then: a long stream
reads at the compiled speed. tests/test_listed.py compares the two on random text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from giftextract.lexicon.base import anchored_finditer
from giftextract.lexicon.deferred import DeferredPattern
from giftextract.lexicon.trie import trie_alternation
from giftextract.text.compiled import compile as compile_re


class ListMatch:
    """The few methods of ``re.Match`` that entities._build reads: the whole match and ``name``."""

    __slots__ = ("string", "_start", "_name", "_end")

    def __init__(self, string: str, start: int, name: int, end: int):
        self.string, self._start, self._name, self._end = string, start, name, end

    def start(self, group: int | str = 0) -> int:
        return self._name if group == "name" else self._start

    def end(self, group: int | str = 0) -> int:
        return self._end

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self.start(group), self._end

    def group(self, group: int | str = 0) -> str:
        return self.string[self.start(group):self._end]

    def groupdict(self) -> dict[str, str]:
        return {"name": self.group("name")}


def _spelled(surface: str) -> bool:
    """Whether the set look-up reads ``surface`` as its trie does."""
    return bool(surface) and surface.split(" ") == surface.split() and not any(c.isspace() and c != " " for c in surface)


class ListPattern:
    """``match`` and ``finditer`` as ``re.compile(start + (the\\s+)? + (?P<name>L1|L2..) + end)``."""

    def __init__(self, start: str, lists: Iterable[Iterable[str]], end: str, the: bool = True):
        self._lists = [frozenset(w for w in words if w) for words in lists]
        self._start, self._end = re.compile(start), re.compile(end)
        self._the = re.compile(r"the\s+") if the else None
        self._all = frozenset().union(*self._lists)
        self._prefixes = frozenset(w[:i] for words in self._lists for w in words for i in range(1, len(w)))
        self._firsts = frozenset(_PIECE(w).group(1) for w in self._all)  # (a surface starts with no space)
        self._longest = max((len(w) for words in self._lists for w in words), default=0)
        self._edges = (start, r"(?:the\s+)?" if the else "", end)
        self._left, self._compiled = _LOOK_UPS, None
        if end not in _ENDS or not all(_spelled(w) for w in self._all):
            self.match = DeferredPattern(self.source).match  # type: ignore[method-assign]

    @property
    def source(self) -> str:
        """The single pattern this one reads as (built only when asked: the tests, a fallback)."""
        start, the, end = self._edges
        return start + the + "(?P<name>" + "|".join(trie_alternation(words) for words in self._lists) + ")" + end

    def _name_end(self, text: str, pos: int, endpos: int) -> int | None:
        """Where the first surface (list by list, longest first) spelled at ``pos`` ends that
        END accepts there. The text is read a word or a mark at a time: a surface ending inside
        a word could not match anyway (no end of ``_ENDS`` lets a word character follow)."""
        spelled: list[tuple[int, str]] = []
        key, i, every, prefixes, longest = "", pos, self._all, self._prefixes, self._longest
        while len(key) < longest:
            m = _PIECE(text, i, endpos)
            if m is None:
                break
            if m.start(1) > i:  # whitespace first: a surface's space (never its first character)
                if not key:
                    break
                key += " "
            key += m.group(1)
            i = m.end()
            if key in every:
                spelled.append((i, key))
            if key not in prefixes:
                break
        if spelled:
            for words in self._lists:
                for stop, key in reversed(spelled):
                    if key in words and self._end.match(text, stop, endpos) is not None:
                        return stop
        return None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> ListMatch | re.Match | None:
        self._left -= 1
        if self._left < 0:  # a long run: the compiled pattern from now on (it matches the same)
            if self._compiled is None:  # (once: a caller may hold this bound method for a long text)
                self._compiled = self.match = DeferredPattern(self.source).match  # type: ignore[method-assign]
            return self._compiled(text, pos, len(text) if endpos is None else endpos)
        end = len(text) if endpos is None else endpos
        first = _PIECE(text, pos, end)  # a quick "no" where no lead nor surface starts with this word
        if first is None or first.start(1) != pos:
            return None
        named = first.group(1) in self._firsts
        if not named and (first.group(1) != "the" or self._the is None) or self._start.match(text, pos, end) is None:
            return None
        if self._the is not None and (m := self._the.match(text, pos, end)) is not None \
                and (stop := self._name_end(text, m.end(), end)) is not None:
            return ListMatch(text, pos, m.end(), stop)
        stop = self._name_end(text, pos, end) if named else None
        return None if stop is None else ListMatch(text, pos, pos, stop)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[ListMatch]:
        return anchored_finditer(_EVERY_POSITION, self.match, text, pos, endpos)


_EVERY_POSITION = compile_re(r"(?s:)")
# A look-up costs about 1.5 us more than a compiled pattern's match (four small regex calls
# against one); compiling a list costs some 10-20 ms. A process that reads a few articles
# calls a spotter a few dozen times per article; one that reads a stream switches to the
# compiled pattern after this many calls, once the look-ups have cost a few milliseconds.
_LOOK_UPS = 2000
_PIECE = compile_re(r"\s*(\w+|\S)").match  # the next word or mark, after any whitespace
_ENDS = (r"(?![\w-])", r"(?![\w])", r"(?=[\s-])")  # the ends a look-up reads: none lets a word character follow
