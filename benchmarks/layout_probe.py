"""How much the page around a story moves its facts: a generalisation probe that needs no gold.

Real news reaches users in layouts the corpora under-represent: a headline in capitals or
in Title Case, a byline and a date above the dateline, "ISLAMABAD:" datelines, wire copy
broken at 68 columns, CRLF line ends, page furniture between paragraphs; and in the forms
other papers use: counts in words or in digits, "the U.S." for "the United States". None
of them changes a fact of the story, so each article should give the same facts before and
after. This script rewrites every article of the given
folders (default: devset/blind/*) in each layout and counts the articles whose facts change.

    python benchmarks/layout_probe.py                 # every layout, every blind batch
    python benchmarks/layout_probe.py --layout wrap   # one layout
    python benchmarks/layout_probe.py DIR [DIR ...]   # other folders of .txt articles

Articles whose facts changed, of the 654 blind articles b01-b61, at the thirteenth session's
end and (in brackets) at 7ecdf29, its start: extra headline 7 (6), byline and date 10 (9),
colon dateline 2 (3), agency dateline 1 (2), headline in capitals 6 (16), headline in Title
Case 4 (7), wrap 11 (12), advertisement 3 (3), "Read more" 7 (7), photo caption 8 (7),
counts in words 5 (6), in digits 1 (2), states named short 0 (1) or long 0 (0), single line
breaks, CRLF, curly quotes and footer 0 (0). At the twelfth session's start (93c5665, 594
articles) an extra headline had changed 71, a byline and date 142, a colon dateline 74.
"""

from __future__ import annotations

import argparse
import pathlib
import re
import sys
import textwrap
from collections.abc import Callable

import giftextract

ROOT = pathlib.Path(__file__).resolve().parent.parent
_DATELINE = re.compile(r"^(\s*(?:[^\n]{0,160}\n+)?)([A-Z][A-Z .'-]+),\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*[-\u2013\u2014]\s*")


def _headline_line(text: str) -> tuple[str, str] | None:
    """The first line and the rest, where the first line is a headline (no end punctuation)."""
    first, _, rest = text.partition("\n")
    if not rest or first.rstrip().endswith((".", "!", "?")) or " - " in first:
        return None
    return first, rest


def _capitals(text: str) -> str:
    parts = _headline_line(text)
    return parts[0].upper() + "\n" + parts[1] if parts else text


# the words a Title Case headline leaves in lower case (AP and Chicago style)
_MINOR = frozenset("a an the and or but nor of to in on at by for as vs".split())


def _title_case(text: str) -> str:
    parts = _headline_line(text)
    if not parts:
        return text
    words = parts[0].split(" ")
    cased = [w if (k and w.lower() in _MINOR) or not w[:1].isalpha() else w[:1].upper() + w[1:]
             for k, w in enumerate(words)]
    return " ".join(cased) + "\n" + parts[1]


def _between_paragraphs(line: str) -> Callable[[str], str]:
    """A page's furniture between two paragraphs: "Advertisement", "Read more: ..."."""
    def insert(text: str) -> str:
        paragraphs = text.split("\n\n")
        if len(paragraphs) < 3:
            return text
        return "\n\n".join(paragraphs[:2] + [line] + paragraphs[2:])
    return insert


_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_AS_WORD = {n: _SMALL[n] if n < 20 else _TENS[n // 10 - 2] + ("-" + _SMALL[n % 10] if n % 10 else "") for n in range(2, 100)}
_AS_DIGITS = {w: n for n, w in _AS_WORD.items()}
# a count of 2-99 in digits or words, standing alone (no money, percent, year, age or model number)
_DIGITS = re.compile(r"(?<![\w$.,/-])([2-9]|[1-9][0-9])(?![\w%.,/-]|\.\d|,\d)")
_WORDS = re.compile(r"(?<![\w-])(" + "|".join(sorted(_AS_DIGITS, key=len, reverse=True)) + r")(?![\w-])")


_DATE_AROUND = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$"
                          r"|^\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|^\s*(?:st|nd|rd|th)\b")


def _numbers_as_words(text: str) -> str:
    """Counts in digits written as words, as some papers do ("12 horses" -> "twelve horses");
    a day of a date stays ("Oct 12", "12 October")."""
    def word(m: re.Match) -> str:
        if _DATE_AROUND.search(text[max(0, m.start() - 12):m.start()]) or _DATE_AROUND.search(text[m.end():m.end() + 12]):
            return m.group()
        return _AS_WORD[int(m.group())]
    return _DIGITS.sub(word, text)


def _numbers_as_digits(text: str) -> str:
    """Counts in words written in digits, as wire style does ("twelve horses" -> "12 horses")."""
    return _WORDS.sub(lambda m: str(_AS_DIGITS[m.group()]), text)


# the same states, named as other papers name them
_SHORT_NAMES = [("the United States", "the U.S."), ("The United States", "The U.S."), ("United Kingdom", "UK"),
                ("United Arab Emirates", "UAE"), ("Democratic Republic of the Congo", "DR Congo")]


def _short_names(text: str) -> str:
    for long, short in _SHORT_NAMES:
        text = text.replace(long, short)
    return text


def _long_names(text: str) -> str:
    for long, short in _SHORT_NAMES:
        text = re.sub(r"(?<![\w.])" + re.escape(short) + r"(?![\w])", long, text)
    return text


LAYOUTS: dict[str, Callable[[str], str]] = {
    "extra headline": lambda t: "World news in brief\n\n" + t,
    "byline and date": lambda t: "By a staff reporter\nPublished 12 March 2021\n\n" + t,
    "colon dateline": lambda t: _DATELINE.sub(r"\1\2: ", t, count=1),
    "agency dateline": lambda t: _DATELINE.sub(r"\1\2 (AP) - ", t, count=1),
    "headline in capitals": _capitals,
    "headline in title case": _title_case,
    "single line breaks": lambda t: re.sub(r"\n\n+", "\n", t),
    "advertisement": _between_paragraphs("ADVERTISEMENT"),
    "read more": _between_paragraphs("Read more: Floods close schools across the region"),
    "photo caption": lambda t: re.sub(r"\n\n", "\n\nPhoto: Reuters/File\n\n", t, count=1),
    "numbers as words": _numbers_as_words,
    "short state names": _short_names,
    "long state names": _long_names,
    "numbers as digits": _numbers_as_digits,
    "wrap": lambda t: "\n\n".join(textwrap.fill(p, 68) for p in t.split("\n\n")),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "curly quotes": lambda t: t.replace("'", "\u2019").replace('"', "\u201c"),
    "footer": lambda t: t + "\n\nRelated: Markets close higher as oil prices rise\nCopyright 2021.\n",
}


def facts(text: str) -> frozenset:
    """The facts a user's table would hold: who gave what to whom, who sent how many where."""
    ex = giftextract.extract(text)
    gifts = {(g.giver and g.giver.country, g.recipient and g.recipient.country, i.species,
              i.count and i.count.value) for g in ex.gift_transfers for i in g.items}
    deployments = {(d.sender and d.sender.country, d.host and d.host.country, d.personnel and d.personnel.value,
                    d.status, d.location and d.location.name) for d in ex.deployments}
    return frozenset(gifts | deployments)


def probe(paths: list[pathlib.Path], layouts: list[str]) -> dict[str, list[str]]:
    """For each layout, the articles whose facts it changes (an article it leaves as it was is skipped)."""
    changed: dict[str, list[str]] = {name: [] for name in layouts}
    for path in paths:
        text = path.read_text("utf-8")
        before = facts(text)
        for name in layouts:
            rewritten = LAYOUTS[name](text)
            if rewritten != text and facts(rewritten) != before:
                changed[name].append(f"{path.parent.name}/{path.stem}")
    return changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=pathlib.Path, help="folders of .txt articles (default: devset/blind/*)")
    ap.add_argument("--layout", choices=sorted(LAYOUTS), action="append", help="only these layouts")
    ap.add_argument("--list", action="store_true", help="name the articles that changed")
    args = ap.parse_args(argv)
    dirs = args.dirs or sorted((ROOT / "devset" / "blind").glob("b*"))
    paths = sorted(p for d in dirs for p in d.glob("*.txt"))
    if not paths:
        print("no .txt articles in " + ", ".join(map(str, dirs)), file=sys.stderr)
        return 2
    layouts = args.layout or list(LAYOUTS)
    for name, names in probe(paths, layouts).items():
        print(f"{name:22s} {len(names):4d} of {len(paths)} articles changed")
        if args.list:
            print("".join(f"    {n}\n" for n in names), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
