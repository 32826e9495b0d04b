"""Layer 1: compile a rule's regular expression with the faster engine that can read it.

The rules are written for the ``regex`` module (variable-width lookbehind, ``\\G``, ``\\p{..}``,
a group named twice, repeated captures). Most of them use none of that, and the stdlib ``re``
compiles those several times faster: of the 213 patterns a fresh process compiles to read one
seed article, 179 compile in ``re`` in 0.07 s against 0.46 s in ``regex`` (CPython 3.11), the
largest part of what a fresh ``giftextract extract`` spends before it reads anything. Both
engines are backtracking engines with the same semantics for what they both accept (``regex``
in its default version 0), and the test suite checks that every article of the corpora reads
the same, field for field, whichever engine compiled the rules.

A pattern whose matches are read with an API only ``regex`` has (``captures``, ``spans``,
``overlapped=``) is compiled with ``regex.compile`` itself, at its call site.
"""

from __future__ import annotations

import re
import warnings

import regex

from giftextract.text.compiled import compile as compile_re

# the flags both engines share, by name; any other (VERSION1, FULLCASE, BESTMATCH, ...) keeps ``regex``
_SHARED = {regex.IGNORECASE: re.IGNORECASE, regex.MULTILINE: re.MULTILINE, regex.DOTALL: re.DOTALL,
           regex.VERBOSE: re.VERBOSE, regex.UNICODE: re.UNICODE, regex.ASCII: re.ASCII}


def _stdlib_flags(flags: int) -> int | None:
    """The ``re`` flags for ``regex`` flags, or None if some flag has no ``re`` counterpart."""
    out, rest = 0, int(flags)
    for rx_flag, re_flag in _SHARED.items():
        if rest & int(rx_flag):
            out |= re_flag
            rest &= ~int(rx_flag)
    return out if rest == 0 else None


def compile_pattern(source: str, flags: int = 0, store: bool = True) -> re.Pattern | regex.Pattern:
    """``source`` compiled by ``re`` where it can read it with these flags, else by ``regex``.

    An ``re`` pattern's program is kept between processes (``text/compiled.py``); ``store=False``
    for a pattern made from the text being read, which the cache file must not collect."""
    stdlib = _stdlib_flags(flags)
    if stdlib is not None:
        with warnings.catch_warnings():
            # ("[[" reads as a literal in both, but ``re`` warns it may one day be a nested set)
            warnings.simplefilter("error", FutureWarning)
            try:
                return compile_re(source, stdlib, store=store)
            except (re.error, FutureWarning):
                pass
    return regex.compile(source, flags)


class StartAnchored:
    """``regex.compile(before + "|\\G" + at_start + "|" + after)`` for ``search``, with ``re``:
    ``\\G`` (where the search starts) is ``regex``'s, which compiled such a pattern about three
    times slower. The engine tries every branch at the search's start, in order, then the
    others further on; so does ``search``, with one pattern of the other branches (an empty
    group at the end of ``after`` tells whose a match is) and one of ``at_start``."""

    def __init__(self, before: str, at_start: str, after: str, flags: int = 0):
        self.pattern = before + r"|\G" + at_start + "|" + after
        self._others = compile_pattern(f"(?:{before})|(?:{after})()", flags)
        self._at_start = compile_pattern(at_start, flags)
        self._after = self._others.groups  # the empty group: set where ``after`` matched

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        m = self._others.match(text, pos, end)
        if m is not None and m.group(self._after) is None:
            return m  # a branch before ``at_start``, where the search starts
        return self._at_start.match(text, pos, end) or m or (self._others.search(text, pos + 1, end) if pos < end else None)
