#!/usr/bin/env python3
"""giftextract's count layer against quantulum3 on one fixed phrase list.

    python benchmarks/compare_quantities.py          # prints the table, writes compare_quantities.md

Every phrase of the issue's number/count/qualifier/range bullets, plus near-misses that
must give no count, is put in a short sentence with a counted noun ("Russia sent
{phrase} animals.").  Each row has an expected ``(value, low, high, qualifier)`` or "no
count".  ``giftextract.quantity.find_counts`` and ``quantulum3.parser.parse`` run on the
same sentence; only what they report over the phrase itself is scored.

Scoring, the same for both tools:

- a count row is right when the tool reports one count over the phrase whose value
  (or low/high, for ranges and vague plurals) and qualifier equal the expected ones;
- a near-miss row is right when the tool reports no count over the phrase.

Mapping quantulum3 to counts, generously: a quantity is a count when its entity is
``dimensionless`` (percentages excepted); its ``value`` is the count, multiplied out
when its unit is a multiplier word (dozen x12, pair/brace x2, score x20); a quantity
with an ``uncertainty`` is the range value +/- uncertainty; two bare numbers joined by
"or" ("two or three") are read as a range.  quantulum3 has no qualifiers, so its
qualifier is always "exact" and it can be right only where the expected qualifier is
"exact".  Timings are best-of-5 wall time over the whole list, after a warm-up.
"""

from __future__ import annotations

import pathlib
import sys
import time
import warnings

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from giftextract.quantity import find_counts  # noqa: E402

N = None
NO = "no count"
TEMPLATE = "Russia sent {} animals."

# (phrase, sentence or None for TEMPLATE, expected (value, low, high, qualifier) or NO)
PHRASES: list[tuple[str, str | None, tuple | str]] = [
    # --- digits and number words --------------------------------------------------------
    ("40", N, (40, N, N, "exact")),
    ("10,000", N, (10_000, N, N, "exact")),
    ("10 000", N, (10_000, N, N, "exact")),
    ("3000", N, (3000, N, N, "exact")),
    ("1.5 million", N, (1_500_000, N, N, "exact")),
    ("2.5m", N, (2_500_000, N, N, "exact")),
    ("12k", N, (12_000, N, N, "exact")),
    ("10,000-strong", "Russia sent a 10,000-strong force.", (10_000, N, N, "exact")),
    ("70-odd", N, (70, N, N, "approximate")),
    ("4,500+", N, (4500, N, N, "at_least")),
    ("forty-two", N, (42, N, N, "exact")),
    ("forty two", N, (42, N, N, "exact")),
    ("one hundred and twenty", N, (120, N, N, "exact")),
    ("a hundred", N, (100, N, N, "exact")),
    ("a thousand", N, (1000, N, N, "exact")),
    ("nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine",
     N, (999_999_999, N, N, "exact")),
    # --- multipliers and vague plurals --------------------------------------------------
    ("a pair of", N, (2, N, N, "exact")),
    ("two pairs of", N, (4, N, N, "exact")),
    ("a couple of", N, (2, N, N, "exact")),
    ("a dozen", N, (12, N, N, "exact")),
    ("half a dozen", N, (6, N, N, "exact")),
    ("two dozen", N, (24, N, N, "exact")),
    ("a score of", N, (20, N, N, "exact")),
    ("a brace of", N, (2, N, N, "exact")),
    ("dozens of", N, (N, 24, N, "at_least")),
    ("hundreds of", N, (N, 200, N, "at_least")),
    ("thousands of", N, (N, 2000, N, "at_least")),
    # --- qualifiers, each with a number -------------------------------------------------
    *[(f"{q} 70", N, (70, N, N, qual)) for q, qual in [
        ("more than", "more_than"), ("over", "more_than"), ("upwards of", "more_than"),
        ("in excess of", "more_than"), ("at least", "at_least"), ("no fewer than", "at_least"),
        ("about", "approximate"), ("around", "approximate"), ("some", "approximate"),
        ("roughly", "approximate"), ("approximately", "approximate"), ("nearly", "approximate"),
        ("almost", "approximate"), ("an estimated", "approximate"), ("fewer than", "less_than"),
        ("less than", "less_than"), ("under", "less_than"), ("up to", "at_most"),
        ("at most", "at_most"), ("no more than", "at_most"), ("a total of", "exact"),
        ("exactly", "exact"),
    ]],
    # --- ranges -------------------------------------------------------------------------
    ("between 5,000 and 7,000", N, (N, 5000, 7000, "approximate")),
    ("5,000 to 7,000", N, (N, 5000, 7000, "approximate")),
    ("5,000-7,000", N, (N, 5000, 7000, "approximate")),
    ("two or three", N, (N, 2, 3, "approximate")),
    # --- near-misses: no count ----------------------------------------------------------
    ("in 2018", "Russia sent animals in 2018.", NO),
    ("since 1965", "Russia has sent animals since 1965.", NO),
    ("November 20", "Russia sent animals on November 20.", NO),
    ("a 12-year-old bear", "Russia sent a 12-year-old bear.", NO),
    ("$588 billion", "Russia sent animals worth $588 billion.", NO),
    ("62%", "Russia sent 62% of its animals.", NO),
    ("the second lion", "Russia sent the second lion.", NO),
    ("555-1234-5678", "Call 555-1234-5678 about the animals.", NO),
    ("Su-27", "Russia sent Su-27 jets.", NO),
]

_MULTIPLIER_UNITS = {"dozen": 12, "pair": 2, "brace": 2, "score": 20}


def sentence_of(phrase: str, sentence: str | None) -> tuple[str, int, int]:
    s = sentence or TEMPLATE.format(phrase)
    i = s.index(phrase)
    return s, i, i + len(phrase)


def giftextract_counts(sentence: str, lo: int, hi: int) -> list[tuple]:
    return [(c.value, c.low, c.high, c.qualifier)
            for c in find_counts(sentence) if c.start < hi and lo < c.end]


def quantulum_counts(parse, sentence: str, lo: int, hi: int) -> list[tuple]:
    found = []
    for q in parse(sentence):
        s, e = q.span
        if not (s < hi and lo < e):
            continue
        if q.unit.entity.name != "dimensionless" or q.unit.name == "percentage":
            continue
        value = q.value * _MULTIPLIER_UNITS.get(q.unit.name, 1)
        if q.uncertainty:
            found.append((N, q.value - q.uncertainty, q.value + q.uncertainty, "exact"))
        else:
            found.append((value, N, N, "exact"))
    # "two or three": two bare numbers over the phrase read as a range.
    if len(found) == 2 and all(f[0] is not None for f in found) and found[0][0] < found[1][0]:
        found = [(N, found[0][0], found[1][0], "exact")]
    return found


def _same(a: tuple, b: tuple) -> bool:
    def num(x, y):
        return (x is None and y is None) or (x is not None and y is not None and abs(x - y) < 1e-6)
    return all(num(x, y) for x, y in zip(a[:3], b[:3])) and a[3] == b[3]


def right(expected: tuple | str, got: list[tuple]) -> bool:
    if expected == NO:
        return not got
    return len(got) == 1 and _same(got[0], expected)


def show(got: list[tuple]) -> str:
    if not got:
        return NO
    return "; ".join(fmt(g) for g in got)


def fmt(t: tuple | str) -> str:
    if isinstance(t, str):
        return t
    value, low, high, qual = t
    def n(x):
        return f"{x:,.10g}"
    if value is not None:
        core = n(value)
    elif high is not None:
        core = f"{n(low)}–{n(high)}"
    else:
        core = f"≥{n(low)}"
    return f"{core} {qual}"


def main() -> int:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        def parse(s: str):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return parser.parse(s)

        rows = [(p, *sentence_of(p, s), exp) for p, s, exp in PHRASES]
        lines = ["| phrase (in sentence) | expected | giftextract | quantulum3 |",
                 "|---|---|---|---|"]
        g_right = q_right = 0
        g_wrong: list[str] = []
        for phrase, sent, lo, hi, exp in rows:
            g = giftextract_counts(sent, lo, hi)
            q = quantulum_counts(parse, sent, lo, hi)
            g_ok, q_ok = right(exp, g), right(exp, q)
            g_right += g_ok
            q_right += q_ok
            if not g_ok:
                g_wrong.append(phrase)
            cell = sent.replace(phrase, f"**{phrase}**", 1).replace("|", "\\|").replace("$", "\\$")
            lines.append(f"| {cell} | {fmt(exp)} | {'✓' if g_ok else '✗'} {show(g)} "
                         f"| {'✓' if q_ok else '✗'} {show(q)} |")

        sentences = [r[1] for r in rows]

        def best(fn) -> float:
            fn()  # warm-up
            times = []
            for _ in range(5):
                t = time.perf_counter()
                fn()
                times.append(time.perf_counter() - t)
            return min(times)

        t_g = best(lambda: [find_counts(s) for s in sentences])
        t_q = best(lambda: [parse(s) for s in sentences])

    m = len(rows)
    summary = [
        "",
        f"**giftextract right {g_right}/{m}; quantulum3 right {q_right}/{m}.**",
        "",
        f"Time over the {m} sentences (best of 5): giftextract {t_g * 1e3:.2f} ms, "
        f"quantulum3 {t_q * 1e3:.1f} ms; quantulum3 is {t_q / t_g:,.0f}x slower.",
    ]
    if g_wrong:
        summary += ["", "giftextract wrong on: " + ", ".join(f"`{p}`" for p in g_wrong)]
    header = [
        "# Counts: giftextract vs quantulum3",
        "",
        "Generated by `python benchmarks/compare_quantities.py`; see its docstring for the "
        "scoring. quantulum3 has no qualifiers, so it can only be right where the expected "
        "qualifier is `exact`; its dozen/pair/score/brace units are multiplied out and its "
        "uncertainties read as ranges. A near-miss is right when no count is reported over "
        "the phrase.",
        "",
    ]
    text = "\n".join(header + lines + summary) + "\n"
    print(text)
    (ROOT / "benchmarks" / "compare_quantities.md").write_text(text, encoding="utf-8")
    return 0 if g_right == m else 1


if __name__ == "__main__":
    sys.exit(main())
