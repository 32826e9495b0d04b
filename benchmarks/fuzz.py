#!/usr/bin/env python3
"""Mutation fuzzer for ``giftextract.extract``.

    python benchmarks/fuzz.py                          # 300 iterations, seed 0, a few seconds
    python benchmarks/fuzz.py --iterations 20000 --seed 7
    python benchmarks/fuzz.py --seconds 600            # run until the time budget is spent
    python benchmarks/fuzz.py --atheris -- -runs=100000   # coverage-guided, if atheris is installed

Each iteration takes a piece of the seed corpus (``seeds/*.txt``: a sentence, a few
sentences, or a whole document, plus templated gift / deployment sentences), applies one to
six seeded random mutations -- UTF-8 bit flips (decoded with ``surrogateescape``, so lone
surrogates appear), inserted markup and entities, repeated tokens, Unicode confusables and
invisible characters, truncation, deletion, splicing, whitespace and number rewrites -- and
checks every invariant of the public contract:

* ``extract`` returns an :class:`~giftextract.Extraction` and raises nothing;
* every span grounds: ``0 <= start <= end <= len(text)`` and ``text[start:end] == span.text``;
* for surrogate-free input, ``model_dump_json()`` works, round-trips, and validates against
  ``schemas/extraction.schema.json`` (when jsonschema is installed);
* a second call gives an equal result (determinism);
* one call finishes within ``--timeout`` seconds (SIGALRM).

Failures are de-duplicated by signature (check + exception type + innermost giftextract
frame); the first input of each signature is shrunk by delta debugging and written to
``benchmarks/out/fuzz-failures/`` as ``<signature>.json`` (exact input, JSON-escaped, with
the traceback and the mutations that made it) and ``.txt`` (when UTF-8-encodable); only the
first failure of each signature is printed (``-v`` prints all).  ``--ignore SUBSTRING`` stops
counting a known bug's signature so a long run can look past it.  The run prints
``iterations: N`` and ``failures: K`` and exits 1 when K > 0 (Ctrl-C / SIGTERM still print
the summary).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pathlib
import random
import re
import signal
import sys
import time
import traceback
from dataclasses import dataclass, field
from typing import Callable

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SCHEMA_PATH = ROOT / "schemas" / "extraction.schema.json"
DEFAULT_OUT = ROOT / "benchmarks" / "out" / "fuzz-failures"
DEFAULT_ITERATIONS = 300

if str(ROOT / "src") not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))

from giftextract import Extraction, extract, iter_spans  # noqa: E402

# --------------------------------------------------------------------------- corpus

TEMPLATED = [
    "Russian President Vladimir Putin gifted 40 mandarin ducks to North Korea on Tuesday.",
    "China has donated two giant pandas to Malaysia, officials said.",
    "Two dozen Amur tigers were sent to Japan by Xi Jinping.",
    "Japan sent Australia a pair of Akhal-Teke horses.",
    "North Korea has deployed about 10,000 troops to Russia, officials said.",
    "The United States will deploy 3,000 soldiers to Poland, the Pentagon said.",
    "Russia denied sending troops to Syria.",
    "Chinese President Xi Jinping gifted two giant pandas to the Moscow Zoo in 2019.",
    "<p>Chinese&nbsp;President Xi Jinping&#8217;s government gifted two&nbsp;giant pandas "
    "to <b>Malaysia</b> on&nbsp;Monday.</p>",
    "Putin has gifted more than 70 animals from Moscow Zoo, including an African lion and "
    "brown bears, to Pyongyang Central Zoo in North Korea.",
]
_SENTENCE_END = re.compile(r"(?<=[.!?\u201d\"])\s+|\n+")


def load_corpus() -> tuple[list[str], list[str]]:
    """(documents, sentences) from ``seeds/*.txt`` plus the templated sentences."""
    docs = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    sentences = [s for d in docs for s in _SENTENCE_END.split(d) if s.strip()] + TEMPLATED
    return docs, sentences


# --------------------------------------------------------------------------- mutations

MARKUP = ["<p>", "</p>", "<b>", "</b>", "<br/>", "<br>", "<a href=\"x\">", "</a>", "<!-- x -->",
          "<script>var a = 1 < 2;</script>", "&nbsp;", "&amp;", "&#8217;", "&#8203;", "&#x200B;",
          "&#x2019;", "&lt;", "&gt;", "&quot;", "&#", "&", "<", ">", "&nbsp", "&#99999999;",
          "&#0;", "&#xD800;", "<p", "\r\n", "<![CDATA[", "]]>", "&#8220;", "&#8221;"]
CONFUSABLE = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
              "x": "\u0445", "y": "\u0443", "i": "\u0456", "A": "\u0391", "B": "\u0392",
              "E": "\u0395", "H": "\u0397", "K": "\u039a", "M": "\u039c", "N": "\u039d",
              "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7", "0": "\uff10",
              "1": "\uff11", "2": "\uff12", "4": "\u0664", "7": "\U0001d7d5", "-": "\u2011",
              "'": "\u2019", " ": "\u00a0", ",": "\uff0c", ".": "\u2024"}
# Letters a case-insensitive regex engine takes for an ASCII letter though str.lower() does not
# (dotless and dotted i, long s, the Kelvin sign): a lookup keyed by .lower() misses them.
CASE_EQUIVALENT = {"i": ["\u0131", "\u0130"], "I": ["\u0130"], "s": ["\u017f"], "k": ["\u212a"], "K": ["\u212a"]}
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2060",
             "\ufeff", "\u00ad", "\u0301", "\u0308", "\u034f", "\u180e", "\x00", "\x85",
             "\u2028", "\u2029", "\x0b", "\x0c", "\x1b", "\ufffd", "\U0001f43c", "\U000e0041"]
WHITESPACE = ["\t", "\r\n", "\n\n", "\u00a0", "\u3000", "  ", "\u2028", "\r", "\u2003", ""]
NUMBERS = ["0", "1", "10,000", "1 000", "1,000,000,000,000,000,000", "10.5", "two dozen",
           "a pair of", "more than 70", "between 5,000 and 7,000", "dozens of", "1,", "-3",
           "9" * 40, "1e9", "½", "\u0663\u0664", "one hundred and twenty-three", "3rd", "1st of June"]
TOKEN = re.compile(r"\w+|[^\w\s]")


def _pos(rng: random.Random, s: str) -> int:
    return rng.randint(0, len(s))


def m_bitflip(rng: random.Random, s: str, _pool: list[str]) -> str:
    b = bytearray(s.encode("utf-8", "surrogatepass"))
    if not b:
        return s
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(b))
        b[i] ^= 1 << rng.randrange(8)
    return bytes(b).decode("utf-8", rng.choice(["surrogateescape", "replace", "ignore"]))


def m_markup(rng: random.Random, s: str, _pool: list[str]) -> str:
    for _ in range(rng.randint(1, 4)):
        i = _pos(rng, s)
        s = s[:i] + rng.choice(MARKUP) + s[i:]
    return s


def m_wrap_markup(rng: random.Random, s: str, _pool: list[str]) -> str:
    toks = list(TOKEN.finditer(s))
    if not toks:
        return "<p>" + s + "</p>"
    t = rng.choice(toks)
    tag = rng.choice(["b", "i", "a", "span", "em"])
    return s[:t.start()] + f"<{tag}>" + t.group() + f"</{tag}>" + s[t.end():]


def m_repeat_token(rng: random.Random, s: str, _pool: list[str]) -> str:
    toks = list(TOKEN.finditer(s))
    if not toks:
        return s * rng.randint(2, 20)
    i = rng.randrange(len(toks))
    j = min(len(toks), i + rng.randint(1, 4))
    start, end = toks[i].start(), toks[j - 1].end()
    unit = s[start:end] + rng.choice([" ", ", ", " and ", ""])
    return s[:start] + unit * rng.randint(2, rng.choice([5, 50, 400])) + s[start:]


def _swap_letters(rng: random.Random, s: str, table: dict, most: int) -> str:
    """Up to ``most`` characters found in ``table`` replaced by theirs (one, or one of a list)."""
    idx = [i for i, c in enumerate(s) if c in table]
    if not idx:
        return s
    chars = list(s)
    for i in rng.sample(idx, min(len(idx), rng.randint(1, most))):
        options = table[chars[i]]
        chars[i] = options if isinstance(options, str) else rng.choice(options)
    return "".join(chars)


def m_confusable(rng: random.Random, s: str, _pool: list[str]) -> str:
    return _swap_letters(rng, s, CONFUSABLE, 6)


def m_case_equivalent(rng: random.Random, s: str, _pool: list[str]) -> str:
    return _swap_letters(rng, s, CASE_EQUIVALENT, 8)


def m_invisible(rng: random.Random, s: str, _pool: list[str]) -> str:
    for _ in range(rng.randint(1, 5)):
        i = _pos(rng, s)
        s = s[:i] + rng.choice(INVISIBLE) * rng.choice([1, 1, 2, 30]) + s[i:]
    return s


def m_truncate(rng: random.Random, s: str, _pool: list[str]) -> str:
    i = _pos(rng, s)
    return s[:i] if rng.random() < 0.5 else s[i:]


def m_delete(rng: random.Random, s: str, _pool: list[str]) -> str:
    i = _pos(rng, s)
    j = min(len(s), i + rng.randint(1, 20))
    return s[:i] + s[j:]


def m_splice(rng: random.Random, s: str, pool: list[str]) -> str:
    other = rng.choice(pool)
    a, b = sorted((_pos(rng, other), _pos(rng, other)))
    i = _pos(rng, s)
    return s[:i] + other[a:b] + s[i:]


def m_whitespace(rng: random.Random, s: str, _pool: list[str]) -> str:
    spaces = [m.start() for m in re.finditer(r"\s", s)]
    if not spaces:
        return s
    repl = rng.choice(WHITESPACE)
    chars = list(s)
    for i in rng.sample(spaces, min(len(spaces), rng.randint(1, 8))):
        chars[i] = repl
    return "".join(chars)


def m_number(rng: random.Random, s: str, _pool: list[str]) -> str:
    nums = list(re.finditer(r"\d[\d,.]*|\b(?:one|two|three|four|five|ten|dozen|pair)\b", s))
    if nums:
        m = rng.choice(nums)
        return s[:m.start()] + rng.choice(NUMBERS) + s[m.end():]
    i = _pos(rng, s)
    return s[:i] + rng.choice(NUMBERS) + " " + s[i:]


def m_case(rng: random.Random, s: str, _pool: list[str]) -> str:
    i = _pos(rng, s)
    j = min(len(s), i + rng.randint(1, 60))
    f = rng.choice([str.upper, str.lower, str.swapcase, str.title])
    return s[:i] + f(s[i:j]) + s[j:]


def m_chars(rng: random.Random, s: str, _pool: list[str]) -> str:
    """Insert a few random code points from anywhere in the Unicode range (surrogates included)."""
    for _ in range(rng.randint(1, 4)):
        i = _pos(rng, s)
        cp = rng.choice([rng.randint(0, 0x7F), rng.randint(0x80, 0xFFFF), rng.randint(0, 0x10FFFF)])
        s = s[:i] + chr(cp) + s[i:]
    return s


MUTATIONS: dict[str, Callable[[random.Random, str, list[str]], str]] = {
    "bitflip": m_bitflip, "markup": m_markup, "wrap_markup": m_wrap_markup,
    "repeat_token": m_repeat_token, "confusable": m_confusable,
    "case_equivalent": m_case_equivalent, "invisible": m_invisible,
    "truncate": m_truncate, "delete": m_delete, "splice": m_splice, "whitespace": m_whitespace,
    "number": m_number, "case": m_case, "chars": m_chars,
}


def generate(rng: random.Random, docs: list[str], sentences: list[str], max_len: int) -> tuple[str, list[str]]:
    """One fuzz input and the names of the mutations applied to it."""
    r = rng.random()
    if r < 0.55:
        base = rng.choice(sentences)
    elif r < 0.9:
        k = rng.randint(2, 6)
        base = rng.choice([" ", "\n", "\n\n"]).join(rng.choice(sentences) for _ in range(k))
    else:
        base = rng.choice(docs)
    ops = rng.choices(list(MUTATIONS), k=rng.randint(1, 6))
    text = base
    for op in ops:
        text = MUTATIONS[op](rng, text, sentences)
        if len(text) > max_len:
            text = text[:max_len]
    return text, ops


# --------------------------------------------------------------------------- checks


class FuzzTimeout(Exception):
    pass


def _alarm(signum, frame):  # pragma: no cover - only on a hang
    raise FuzzTimeout("extract() exceeded the per-call timeout")


def _interrupt(signum, frame):  # pragma: no cover
    raise KeyboardInterrupt


all_spans = iter_spans  # the walk lives in giftextract.models


def _has_surrogate(s: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in s)


def _load_validator():
    try:
        import jsonschema
    except ImportError:  # pragma: no cover
        return None
    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    return cls(schema)


@dataclass
class Failure:
    check: str
    error: str
    tb: str = ""
    where: str = ""

    @property
    def signature(self) -> str:
        return f"{self.check}:{self.error.split(':', 1)[0]}:{self.where}"


def _where(exc: BaseException) -> str:
    """Innermost frame inside giftextract, as file:function (stable across inputs)."""
    where = ""
    for fs in traceback.extract_tb(exc.__traceback__):
        if "giftextract" in fs.filename and "benchmarks" not in fs.filename:
            where = f"{pathlib.Path(fs.filename).name}:{fs.name}"
    return where


def check(text: str, validator, timeout: float) -> Failure | None:
    """Run every invariant on ``text``; the first one that breaks, or None."""
    use_alarm = timeout > 0 and hasattr(signal, "SIGALRM")
    stage = "extract"
    try:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, timeout)
        ex = extract(text)
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
        if not isinstance(ex, Extraction):
            return Failure("type", f"TypeError: extract returned {type(ex).__name__}")
        stage = "spans"
        n = len(text)
        for sp in all_spans(ex):
            if not (0 <= sp.start <= sp.end <= n):
                return Failure("spans", f"OutOfRange: {sp.start}..{sp.end} of {n}")
            if text[sp.start:sp.end] != sp.text:
                return Failure("spans", f"Mismatch: text[{sp.start}:{sp.end}]="
                               f"{text[sp.start:sp.end]!r} != {sp.text!r}")
        if not _has_surrogate(text):
            stage = "json"
            dumped = ex.model_dump_json()
            if Extraction.model_validate_json(dumped) != ex:
                return Failure("json", "RoundTrip: model_validate_json(model_dump_json()) != result")
            if validator is not None:
                errs = list(validator.iter_errors(json.loads(dumped)))
                if errs:
                    e = errs[0]
                    return Failure("schema", f"SchemaError: {'/'.join(map(str, e.absolute_path))}: "
                                   f"{e.message[:200]}")
        stage = "determinism"
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, timeout)
        again = extract(text)
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
        if again != ex:
            return Failure("determinism", "Nondeterministic: second extract() differs")
    except BaseException as exc:  # noqa: BLE001 - a fuzzer reports everything
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
        if isinstance(exc, KeyboardInterrupt):
            raise
        kind = "timeout" if isinstance(exc, FuzzTimeout) else stage
        return Failure(kind, f"{type(exc).__name__}: {str(exc)[:300]}", traceback.format_exc(), _where(exc))
    return None


def shrink(text: str, still_fails: Callable[[str], bool], budget_s: float = 20.0) -> str:
    """Delta debugging (ddmin over characters) within a time budget."""
    deadline = time.monotonic() + budget_s
    n = 2
    while len(text) >= 2 and time.monotonic() < deadline:
        chunk = max(1, len(text) // n)
        reduced = False
        for i in range(0, len(text), chunk):
            if time.monotonic() >= deadline:
                break
            candidate = text[:i] + text[i + chunk:]
            if candidate != text and still_fails(candidate):
                text = candidate
                n = max(n - 1, 2)
                reduced = True
                break
        if not reduced:
            if chunk == 1:
                break
            n = min(len(text), n * 2)
    return text


def save_failure(out: pathlib.Path, fail: Failure, original: str, minimal: str, meta: dict) -> pathlib.Path:
    out.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1(fail.signature.encode("utf-8")).hexdigest()[:10]
    stem = f"{fail.check}-{digest}"
    record = {"signature": fail.signature, "check": fail.check, "error": fail.error,
              "minimal_input": minimal, "original_input": original, "traceback": fail.tb, **meta}
    path = out / f"{stem}.json"
    path.write_text(json.dumps(record, indent=2, ensure_ascii=True) + "\n", "utf-8")
    try:
        (out / f"{stem}.txt").write_text(minimal, "utf-8")
    except UnicodeEncodeError:
        pass  # lone surrogates: the .json (ASCII-escaped) is the exact input
    return path


# --------------------------------------------------------------------------- drivers


@dataclass
class Stats:
    iterations: int = 0
    failures: int = 0
    by_signature: dict[str, int] = field(default_factory=dict)
    saved: list[str] = field(default_factory=list)
    ignored: int = 0
    interrupted: bool = False
    slowest: tuple[float, int, str] = (0.0, 0, "")


def run(args: argparse.Namespace) -> Stats:
    rng = random.Random(args.seed)
    docs, sentences = load_corpus()
    validator = None if args.no_schema else _load_validator()
    iterations = args.iterations
    if iterations is None:
        iterations = sys.maxsize if args.seconds else DEFAULT_ITERATIONS
    deadline = time.monotonic() + args.seconds if args.seconds else float("inf")
    stats = Stats()
    out = pathlib.Path(args.out)
    if hasattr(signal, "SIGALRM"):
        signal.signal(signal.SIGALRM, _alarm)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        while stats.iterations < iterations and time.monotonic() < deadline:
            text, ops = generate(rng, docs, sentences, args.max_len)
            stats.iterations += 1
            t0 = time.perf_counter()
            fail = check(text, validator, args.timeout)
            dt = time.perf_counter() - t0
            if dt > stats.slowest[0]:
                stats.slowest = (dt, len(text), "+".join(ops))
            if fail is None:
                continue
            sig = fail.signature
            if any(pat in sig for pat in args.ignore):
                stats.ignored += 1
                continue
            stats.failures += 1
            stats.by_signature[sig] = stats.by_signature.get(sig, 0) + 1
            if stats.by_signature[sig] > 1:
                if args.verbose:
                    print(f"FAIL iteration {stats.iterations} [{sig}] {fail.error}", flush=True)
                continue
            print(f"FAIL iteration {stats.iterations} [{sig}] {fail.error} (new signature)", flush=True)

            def same(candidate: str, _sig=sig) -> bool:
                f = check(candidate, validator, args.timeout)
                return f is not None and f.signature == _sig
            minimal = text if args.no_shrink else shrink(text, same, args.shrink_seconds)
            path = save_failure(out, fail, text, minimal, {"seed": args.seed, "iteration": stats.iterations,
                                                          "mutations": ops})
            stats.saved.append(str(path))
            print(f"  minimal input ({len(minimal)} chars): {minimal!r}", flush=True)
            print(f"  saved to {path}", flush=True)
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM: report what ran so far
        stats.interrupted = True
    return stats


def run_atheris(args: argparse.Namespace, extra: list[str]) -> int:  # pragma: no cover - optional
    import atheris

    validator = None if args.no_schema else _load_validator()
    docs, sentences = load_corpus()
    corpus_dir = pathlib.Path(args.out).parent / "fuzz-corpus"
    corpus_dir.mkdir(parents=True, exist_ok=True)
    for i, s in enumerate(docs + sentences):
        (corpus_dir / f"seed-{i:04d}").write_bytes(s.encode("utf-8"))

    def target(data: bytes) -> None:
        text = atheris.FuzzedDataProvider(data).ConsumeUnicode(len(data))
        fail = check(text, validator, args.timeout)
        if fail is not None:
            save_failure(pathlib.Path(args.out), fail, text, text, {"engine": "atheris"})
            raise AssertionError(f"[{fail.signature}] {fail.error}\ninput: {text!r}")

    if hasattr(atheris, "instrument_all"):
        atheris.instrument_all()  # coverage feedback from giftextract (already imported)
    argv = [sys.argv[0], str(corpus_dir)] + ([f"-seed={args.seed}"] if args.seed else []) + extra  # 0 = random
    if args.iterations is not None:
        argv.append(f"-runs={args.iterations}")
    if args.seconds:
        argv.append(f"-max_total_time={int(args.seconds)}")
    atheris.Setup(argv, target)
    atheris.Fuzz()
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    extra: list[str] = []
    if "--" in argv:
        i = argv.index("--")
        argv, extra = argv[:i], argv[i + 1:]
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--iterations", type=int, default=None,
                    help=f"inputs to try (default {DEFAULT_ITERATIONS}, or unbounded with --seconds)")
    ap.add_argument("--seconds", type=float, default=None, help="time budget; stops at whichever limit comes first")
    ap.add_argument("--seed", type=int, default=0, help="RNG seed (runs are reproducible per seed)")
    ap.add_argument("--max-len", type=int, default=50_000, help="cap on generated input length (chars)")
    ap.add_argument("--timeout", type=float, default=10.0, help="per-extract() timeout in seconds (0 = none)")
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="where minimal failing inputs are written")
    ap.add_argument("--shrink-seconds", type=float, default=20.0, help="time budget per failure for shrinking")
    ap.add_argument("--no-shrink", action="store_true", help="save failing inputs as found")
    ap.add_argument("--no-schema", action="store_true", help="skip JSON Schema validation")
    ap.add_argument("--ignore", action="append", default=[], metavar="SUBSTRING",
                    help="do not count failures whose signature contains this (a known bug); repeatable")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every failure, not only new signatures")
    ap.add_argument("--atheris", action="store_true",
                    help="coverage-guided fuzzing with atheris (if installed); args after -- go to libFuzzer")
    args = ap.parse_args(argv)

    if args.atheris:
        try:
            import atheris  # noqa: F401
        except ImportError:
            print("atheris is not installed (pip install atheris); use the built-in mutation fuzzer", file=sys.stderr)
            return 2
        return run_atheris(args, extra)

    t0 = time.perf_counter()
    stats = run(args)
    elapsed = time.perf_counter() - t0
    print(f"seed: {args.seed}")
    print(f"iterations: {stats.iterations}")
    print(f"failures: {stats.failures}")
    if stats.ignored:
        print(f"ignored (known, --ignore): {stats.ignored}")
    if stats.interrupted:
        print("interrupted: yes")
    print(f"distinct failures: {len(stats.by_signature)}")
    for sig, count in sorted(stats.by_signature.items(), key=lambda kv: -kv[1]):
        print(f"  {count:6d}  {sig}")
    print(f"elapsed: {elapsed:.1f}s ({stats.iterations / max(elapsed, 1e-9):.0f} inputs/s)")
    s = stats.slowest
    print(f"slowest input: {s[0] * 1000:.1f} ms, {s[1]} chars, mutations {s[2]}")
    for path in stats.saved:
        print(f"saved: {path}")
    return 1 if stats.failures else 0


if __name__ == "__main__":
    sys.exit(main())
