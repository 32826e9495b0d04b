"""Layer 2: a lexicon-scale pattern compiled on its first use, not at import.

The entity spotters embed the state, place, title and institution lists as tries: some
120,000 characters of regex that the stdlib parser reads in about 0.2 s of CPU. Compiled in
the middle of ``import giftextract`` the same patterns took 0.7-1.0 s of wall time, the
largest part of the import: the parser's short-lived objects made the allocator map and
unmap memory over and over at that point of the import (CPython 3.11 on Linux: 77,000 minor
page faults and 0.5 s of system time for an import and one extraction, 20,000 and 0.1 s with
the compile deferred). Deferring the compile to the first ``match`` makes a process that
imports and extracts take about 0.4 s less wall time, and one that only imports
(``--help``, the JSON Schema) compile nothing.

After the first use the compiled pattern's methods sit on the instance, so the hot loops
(``pattern.match`` per anchor) run at the compiled pattern's own speed.
"""

from __future__ import annotations

import re

from giftextract.text.compiled import compile as compile_re

_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "split")


class DeferredPattern:
    """Stands for ``re.compile(source, flags)``; compiles on the first attribute read."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source, self._flags = source, flags

    def compiled(self) -> re.Pattern:
        pattern = self.__dict__.get("_compiled")
        if pattern is None:
            pattern = compile_re(self._source, self._flags)  # (its program kept between processes)
            self.__dict__["_compiled"] = pattern
            for name in _METHODS:  # instance attributes: the next lookups skip __getattr__
                self.__dict__[name] = getattr(pattern, name)
        return pattern

    def __getattr__(self, name: str):
        # only names not on the instance get here: the pattern's methods before the first
        # compile, and its other attributes (pattern, flags, groupindex) at any time
        if name.startswith("__") or name in ("_source", "_flags", "_compiled"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        state = "compiled" if "_compiled" in self.__dict__ else "deferred"
        return f"DeferredPattern({self._source[:40]!r}..., {state})"
