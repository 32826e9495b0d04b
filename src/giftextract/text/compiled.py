"""Layer 1: the package's stdlib patterns, parsed once per machine rather than once per process.

A fresh ``giftextract extract`` spent about 0.3 s of its 0.8 s in the stdlib ``re`` parser
and code generator (``re._parser.parse``, ``re._compiler._code``): the entity tries, the
trigger, species and nominal patterns, the construction rows. What they produce is a list
of integers, the same in every process of one interpreter. ``compile(source, flags)`` stands
for ``re.compile(source, flags)``: it stores that program, with the group tables, in a file of
the user's cache folder, and a later process hands it to ``_sre.compile``, the call with
which ``re._compiler.compile`` itself ends (CPython 3.11-3.13). The pattern is the same
object ``re.compile`` builds: equal to it (``==`` compares the flags, the source and the
program), with the same groups and matches (``tests/test_compiled.py`` checks every pattern
the package compiles).

The cache file is named by the interpreter (implementation, version and build, the ``re``
engine's ``MAGIC``, code size, byte order) and the package version, and holds them: a file of
another interpreter or version, a torn, truncated or corrupt one (a checksum covers it), or one
that cannot be read is ignored and written anew; nothing here ever raises because of the cache.
A process writes at exit, once, only if it compiled a pattern the file did not hold: it reads
the file again, adds its own entries and replaces it atomically (a temporary file and
``os.replace``), so processes sharing the folder (a cluster) at worst compile a pattern again.
A folder that cannot be written just means no cache. The file (about 3.6 MB once the
corpora have been read) keeps at most ``MAX_ENTRIES`` patterns and ``MAX_BYTES`` of programs:
past that a writing process keeps only the ones it used or compiled.

``GIFTEXTRACT_CACHE_DIR`` moves the folder (default ``$XDG_CACHE_HOME/giftextract`` or
``~/.cache/giftextract``); set to an empty value it turns the cache off, and ``compile`` is
``re.compile``. So it is on any other Python implementation or version, for a ``bytes``
pattern, for flags other than the plain ones (``DEBUG``, ``TEMPLATE``), and for a source that
could make the parser warn ("[[", "--", "&&", "~~", "||"): ``text/patterns.py`` turns that
warning into a fall-back to ``regex``, and a stored program would skip it. A pattern made
from the text being read (``store=False``) is compiled by ``re.compile`` too, so the file only
holds the package's own patterns (and a user's construction rows). Like a ``__pycache__``
folder, the cache folder must be one that only trusted users can write.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array
from typing import Any, Callable

try:  # the stdlib engine's internals; any other layout means no cache
    import _sre  # type: ignore
    from re import _compiler, _constants, _parser  # type: ignore
except ImportError:  # pragma: no cover - not CPython 3.11+
    _sre = _compiler = _constants = _parser = None

from giftextract._version import __version__

ENV = "GIFTEXTRACT_CACHE_DIR"
FORMAT = 1
MAX_ENTRIES = 20_000  # past these the file keeps only what the writing process used or compiled
MAX_BYTES = 64 << 20
_PLAIN = int(re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.UNICODE | re.ASCII)
_MAY_WARN = ("[[", "--", "&&", "~~", "||")  # the parser's FutureWarnings about sets start so

_memo: dict[tuple[str, int], re.Pattern] = {}  # this process's patterns, by (source, flags)
_texts: dict[tuple, str] = {}  # this process's stored_text values
_stored: dict | None = None  # the file's entries not used yet (None: not read yet)
_used: set[tuple] = set()  # the file's entries this process used
_new: dict[tuple, Any] = {}  # compiled (or built: stored_text) here, not in the file
_state: dict[str, Any] = {"path": None, "key": None, "on": None, "registered": False, "written": False}


def _typecode() -> str:
    """The array type of the engine's code words ("" if none fits)."""
    size = getattr(_sre, "CODESIZE", None)
    return next((t for t in "IL" if array(t).itemsize == size), "")


_TYPECODE = _typecode()


def _interpreter() -> tuple:
    """What a stored program depends on: the interpreter build, the engine, the platform."""
    impl = sys.implementation
    return (impl.name, impl.cache_tag, sys.version, sys.hexversion, sys.platform, sys.byteorder,
            sys.maxunicode, _sre.MAGIC, _constants.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS)


def cache_dir() -> str | None:
    """The cache folder, or None when ``GIFTEXTRACT_CACHE_DIR`` is set empty."""
    folder = os.environ.get(ENV)
    if folder is not None:
        return folder or None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "giftextract")


def _setup() -> bool:
    """Whether the cache is on; fixes its file the first time."""
    if _state["on"] is not None:
        return _state["on"]
    on = False
    try:
        if (sys.implementation.name == "cpython" and (3, 11) <= sys.version_info[:2] <= (3, 13)
                and _sre is not None and _TYPECODE
                and hasattr(_compiler, "_code") and hasattr(_parser, "parse")):
            folder = cache_dir()
            if folder:
                import zlib
                key = (FORMAT, __version__, _interpreter())
                # (a file per interpreter and package version: a cluster mixing them never thrashes one file)
                name = f"re-{sys.implementation.cache_tag}-{format(zlib.crc32(repr(key).encode()), '08x')}.marshal"
                _state["path"], _state["key"] = os.path.join(folder, name), key
                on = True
    except Exception:  # pragma: no cover - an odd interpreter: plain re.compile
        on = False
    _state["on"] = on
    return on


def _read() -> dict:
    """The file's entries, or {} for a missing, foreign, torn or corrupt file."""
    import zlib
    try:
        with open(_state["path"], "rb") as f:
            head = marshal.loads(f.read())
        if not (isinstance(head, tuple) and len(head) == 4 and head[0] == "giftextract-re"
                and head[1] == _state["key"] and isinstance(head[3], bytes) and zlib.crc32(head[3]) == head[2]):
            return {}
        entries = marshal.loads(head[3])
        return entries if isinstance(entries, dict) else {}
    except Exception:
        return {}


def _write() -> None:
    """At exit: the file's entries (read again: other processes may have added theirs) and
    this process's new ones, written to a temporary file that replaces the old atomically."""
    if _state["written"] or not _new:
        return
    _state["written"] = True
    import zlib
    tmp = None
    try:
        entries = _read()
        entries.update(_new)
        if len(entries) > MAX_ENTRIES or sum(len(e[1] if type(e) is tuple else e) for e in entries.values()) > MAX_BYTES:
            entries = {k: v for k, v in entries.items() if k in _used or k in _new}
        payload = marshal.dumps(entries)
        data = marshal.dumps(("giftextract-re", _state["key"], zlib.crc32(payload), payload))
        folder = os.path.dirname(_state["path"])
        os.makedirs(folder, exist_ok=True)
        import tempfile
        fd, tmp = tempfile.mkstemp(prefix=".re-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, _state["path"])
        tmp = None
    except Exception:  # an unwritable folder, a full disk: no cache, never an error
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _from_entry(source: str, entry) -> re.Pattern | None:
    """The pattern of a stored entry, or None if the entry is not one."""
    try:
        final_flags, code, groups, groupindex, indexgroup = entry
        program = array(_TYPECODE)
        program.frombytes(code)
        return _sre.compile(source, final_flags, program.tolist(), groups, dict(groupindex), tuple(indexgroup))
    except Exception:
        return None


def _fresh(source: str, flags: int) -> tuple[re.Pattern, tuple]:
    """``re._compiler.compile(source, flags)``, keeping what it hands to ``_sre.compile``."""
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    final_flags, groups = flags | parsed.state.flags, parsed.state.groups - 1
    pattern = _sre.compile(source, final_flags, code, groups, groupindex, tuple(indexgroup))
    entry = (final_flags, array(_TYPECODE, code).tobytes(), groups, dict(groupindex), tuple(indexgroup))
    return pattern, entry


def stored_text(kind: str, key: tuple, build: Callable[[], str]) -> str:
    """``build()``, a string that ``key`` (marshal's types) alone decides, kept in the same
    file under ``kind`` (which names the code that builds it, its version included): the
    tries of ``lexicon/trie.py``, 40 ms of every import."""
    stored_key = ("text", kind, key)
    value = _texts.get(stored_key)
    if value is not None:
        return value
    if not _setup():
        return build()
    global _stored
    if _stored is None:
        _stored = _read()
    value = _stored.pop(stored_key, None)
    if type(value) is str:
        _used.add(stored_key)
    else:
        value = _new[stored_key] = build()
        _register()
    _texts[stored_key] = value
    return value


def _register() -> None:
    if not _state["registered"]:
        _state["registered"] = True
        atexit.register(_write)


def compile(source: str, flags: int = 0, store: bool = True) -> re.Pattern:  # noqa: A001 - re's name
    """``re.compile(source, flags)``, its program read from the cache file when it holds it.

    ``store=False``: a pattern made from the text being read, compiled by ``re.compile``."""
    key = (source, flags)
    pattern = _memo.get(key)
    if pattern is not None:
        return pattern
    flags = int(flags)
    if (not store or type(source) is not str or flags & ~_PLAIN or not _setup()
            or any(w in source for w in _MAY_WARN) or ("(?(" in source and not source.isascii())):
        return re.compile(source, flags)
    global _stored
    if _stored is None:
        _stored = _read()
    key = (source, flags)
    entry = _stored.pop(key, None)
    pattern = None if entry is None else _from_entry(source, entry)
    if pattern is not None:
        _used.add(key)
    else:
        try:
            pattern, _new[key] = _fresh(source, flags)
        except re.error:
            raise
        except Exception:  # not the engine this module knows: re.compile decides (and raises what it raises)
            return re.compile(source, flags)
        _register()
    _memo[key] = pattern
    return pattern
