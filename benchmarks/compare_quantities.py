#!/usr/bin/env python3
"""giftextract's count and amount layers against quantulum3 on fixed phrase lists.

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
"exact".  The second table, measured amounts ("150 tonnes", "$5 million", "1 million
doses"), is scored the same way on (value, unit, dimension, qualifier); see
``AMOUNT_PHRASES``.  Timings are best-of-5 wall time over the whole list, after a warm-up.
"""

from __future__ import annotations

import pathlib
import sys
import time
import warnings

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from giftextract.quantity import find_amounts, find_counts  # noqa: E402

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
    ("dozens of", N, (N, 24, N, "approximate")),
    ("hundreds of", N, (N, 200, N, "approximate")),
    ("thousands of", N, (N, 2000, N, "approximate")),
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
    # --- fractions of a scale (issue 13) -----------------------------------------------
    ("half a million", N, (500_000, N, N, "exact")),
    ("a quarter of a million", N, (250_000, N, N, "exact")),
    ("three quarters of a million", N, (750_000, N, N, "exact")),
    ("two and a half thousand", N, (2500, N, N, "exact")),
    ("1½", N, (1.5, N, N, "exact")),
    ("1½ million", N, (1_500_000, N, N, "exact")),
    # --- plural scales and vague magnitudes ------------------------------------------
    ("tens of thousands of", N, (N, 20_000, N, "approximate")),
    ("scores of", N, (N, 40, N, "approximate")),
    ("hundreds more", N, (N, 200, N, "approximate")),
    ("thousands more", N, (N, 2000, N, "approximate")),
    ("a number of", N, (N, 2, N, "approximate")),
    ("a large number of", N, (N, 2, N, "approximate")),
    ("several hundred", N, (N, 300, N, "approximate")),
    # --- ranges that share a scale ---------------------------------------------------
    ("between two and three thousand", N, (N, 2000, 3000, "approximate")),
    ("two to three thousand", N, (N, 2000, 3000, "approximate")),
    ("two-to-three", N, (N, 2, 3, "approximate")),
    ("two-to-three thousand", N, (N, 2000, 3000, "approximate")),
    ("1,000-3,000", N, (N, 1000, 3000, "approximate")),
    ("2-3 thousand", N, (N, 2000, 3000, "approximate")),
    # --- decimals and scales in words ------------------------------------------------
    ("two point five million", N, (2_500_000, N, N, "exact")),
    ("three point five", N, (3.5, N, N, "exact")),
    ("5 hundred", N, (500, N, N, "exact")),
    ("2 dozens", N, (24, N, N, "exact")),
    ("seventy-five thousands", N, (75_000, N, N, "exact")),
    # --- collective nouns ------------------------------------------------------------
    ("a herd of 30", "Russia sent a herd of 30 horses.", (30, N, N, "exact")),
    ("a flock of", "Russia sent a flock of sheep.", (N, 2, N, "approximate")),
    ("a pair of", "Russia sent a pair of lions.", (2, N, N, "exact")),
    # --- sums of a breakdown, counts apart from their noun, "over" as a particle ------
    ("two male and three female", "Russia sent two male and three female lions.", (5, N, N, "exact")),
    ("two", "Russia sent two pandas, Fu Feng and Fu Yi, to Malaysia.", (2, N, N, "exact")),
    ("two (2)", "Russia sent two (2) pandas.", (2, N, N, "exact")),
    ("over three", "The zoo handed over three koalas.", (3, N, N, "exact")),
    ("over 40", "The sanctuary took over 40 animals.", (40, N, N, "exact")),
    ("over 40", "Russia sent over 40 animals.", (40, N, N, "more_than")),
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
    ("a third of the herd", "Russia sent a third of the herd.", NO),
    ("three quarters of the", "Russia sent three quarters of the herd.", NO),
    ("half a million dollars", "Russia sent half a million dollars.", NO),
    ("three tonnes", "Russia sent three tonnes of apples.", NO),
    ("200 kg", "Russia sent a 200 kg bear.", NO),
    ("three-to-two", "Russia won three-to-two.", NO),
]

# Measured amounts: (phrase, sentence or None for AMOUNT_TEMPLATE, expected (value, unit,
# dimension, qualifier) or NO).  Near-misses: measures that are no measured gift's
# (an area, a length, an age) and counts.
AMOUNT_TEMPLATE = "Japan donated {} of rice."
AMOUNT_PHRASES: list[tuple[str, str | None, tuple | str]] = [
    ("three tonnes", N, (3, "tonne", "mass", "exact")),
    ("150 tonnes", N, (150, "tonne", "mass", "exact")),
    ("800 kg", N, (800, "kilogram", "mass", "exact")),
    ("a tonne", N, (1, "tonne", "mass", "exact")),
    ("half a tonne", N, (0.5, "tonne", "mass", "exact")),
    ("1,000 metric tons", N, (1000, "tonne", "mass", "exact")),
    ("5 metric tonnes", N, (5, "tonne", "mass", "exact")),
    ("half a million tonnes", N, (500_000, "tonne", "mass", "exact")),
    ("5 hundred kg", N, (500, "kilogram", "mass", "exact")),
    ("1½ tonnes", N, (1.5, "tonne", "mass", "exact")),
    ("more than 2 tonnes", N, (2, "tonne", "mass", "more_than")),
    ("about 3 tonnes", N, (3, "tonne", "mass", "approximate")),
    ("300 litres", "Japan donated 300 litres of olive oil.", (300, "litre", "volume", "exact")),
    ("10,000 gallons", "Japan donated 10,000 gallons of fuel.", (10_000, "gallon", "volume", "exact")),
    ("$5 million", "Japan donated $5 million worth of equipment.", (5e6, "dollar", "currency", "exact")),
    ("€2.5bn", "Japan donated €2.5bn of aid.", (2.5e9, "euro", "currency", "exact")),
    ("5 million yuan", "Japan donated 5 million yuan in cash.", (5e6, "chinese yuan", "currency", "exact")),
    ("USD 2 million", "Japan donated USD 2 million of supplies.", (2e6, "united states dollar", "currency", "exact")),
    ("1 million doses", "Japan donated 1 million doses of vaccine.", (1e6, "dose", "dose", "exact")),
    ("a million doses", "Japan donated a million doses of vaccine.", (1e6, "dose", "dose", "exact")),
    ("20 hectares", "The zoo covers 20 hectares.", NO),
    ("5-metre", "Japan donated a 5-metre python.", NO),
    ("12-year-old", "Japan donated a 12-year-old bear.", NO),
    ("40", "Japan donated 40 mandarin ducks.", NO),
    ("in 2018", "Japan donated rice in 2018.", NO),
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


def giftextract_amounts(sentence: str, lo: int, hi: int) -> list[tuple]:
    return [(a.value, a.unit, a.dimension, a.qualifier)
            for a in find_amounts(sentence) if a.start < hi and lo < a.end]


def quantulum_amounts(parse, sentence: str, lo: int, hi: int) -> list[tuple]:
    return [(float(q.value), q.unit.name, q.unit.entity.name, "exact") for q in parse(sentence)
            if q.span[0] < hi and lo < q.span[1] and q.unit.entity.name in ("mass", "volume", "currency")]


def amount_right(expected: tuple | str, got: list[tuple]) -> bool:
    if expected == NO:
        return not got
    return len(got) == 1 and abs(got[0][0] - expected[0]) < 1e-6 * max(1, expected[0]) and got[0][1:] == expected[1:]


def show_amount(got: list[tuple]) -> str:
    return "; ".join(f"{v:,.10g} {u} ({d}) {q}" for v, u, d, q in got) if got else "no amount"


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

        amount_rows = [(p, *sentence_of(p, s or AMOUNT_TEMPLATE.format(p)), exp) for p, s, exp in AMOUNT_PHRASES]
        amount_lines = ["| phrase (in sentence) | expected | giftextract | quantulum3 |", "|---|---|---|---|"]
        ga_right = qa_right = 0
        for phrase, sent, lo, hi, exp in amount_rows:
            g = giftextract_amounts(sent, lo, hi)
            q = quantulum_amounts(parse, sent, lo, hi)
            g_ok, q_ok = amount_right(exp, g), amount_right(exp, q)
            ga_right += g_ok
            qa_right += q_ok
            if not g_ok:
                g_wrong.append(phrase)
            cell = sent.replace(phrase, f"**{phrase}**", 1).replace("|", "\\|").replace("$", "\\$")
            want = show_amount([] if exp == NO else [exp])
            amount_lines.append(f"| {cell} | {want} | {'✓' if g_ok else '✗'} {show_amount(g)} "
                                f"| {'✓' if q_ok else '✗'} {show_amount(q)} |")

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
    a = len(amount_rows)
    amounts = [
        "",
        "## Measured amounts: giftextract vs quantulum3",
        "",
        "`giftextract.quantity.find_amounts` (its unit named by quantulum3, its number and qualifier its own) "
        "against `quantulum3.parser.parse`, whose quantities of mass, volume or currency are read as amounts "
        "(it has no doses and no qualifiers). A row is right when one amount over the phrase has the expected "
        "value, unit, dimension and qualifier; a near-miss when none is reported.",
        "",
        *amount_lines,
        "",
        f"**giftextract right {ga_right}/{a}; quantulum3 right {qa_right}/{a}.**",
    ]
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
        "# Counts and measured amounts: giftextract vs quantulum3",
        "",
        "Generated by `python benchmarks/compare_quantities.py`; see its docstring for the "
        "scoring. quantulum3 has no qualifiers, so it can only be right where the expected "
        "qualifier is `exact`; its dozen/pair/score/brace units are multiplied out and its "
        "uncertainties read as ranges. A near-miss is right when no count is reported over "
        "the phrase.",
        "",
    ]
    text = "\n".join(header + lines + summary + amounts) + "\n"
    print(text)
    (ROOT / "benchmarks" / "compare_quantities.md").write_text(text, encoding="utf-8")
    return 0 if g_right == m and ga_right == a else 1


if __name__ == "__main__":
    sys.exit(main())
