"""Layer 1: sentence splitting that survives "U.S.", "Mr." and "Vladimir V. Putin".

Returns half-open ``(start, end)`` intervals of the normalised text with surrounding
whitespace trimmed.  Line breaks end a sentence (news bodies put one paragraph or bullet
per line), except in hard-wrapped text (wire copy broken at a fixed width, a paragraph
spread over lines of similar length): there a blank line ends a paragraph, and a single
line break is a space.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator

import regex

from giftextract.text.patterns import compile_pattern
from giftextract.text.compiled import compile as compile_re

# Abbreviations after which a period never ends a sentence.
_NEVER_FINAL = frozenset(
    """mr mrs ms dr prof gen lt col sgt capt maj adm cmdr gov sen rep st mt ft jr sr
    hon rt amb rev cpl pte brig cdr supt insp
    vs etc approx est dept univ corp inc ltd co jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k u.n e.u u.s.s.r""".split()
)
# Abbreviations only before a numeral: "No. 5", "Nos. 3 and 4", and currencies written with a
# period ("Rs. 750 million", "Rp. 3 billion", "Shs. 20,000", "Tk. 500", "Nu. 90 million").
_NUMERAL_SIGNS = frozenset({"no", "nos", "rs", "rp", "shs", "ksh", "tk", "nu", "dhs", "frs"})
# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then the
# gap between sentences (spaces or tabs, never a newline: lines split first).  Found with
# the stdlib engine, which skips to the punctuation in C; the gap counts only if the next
# sentence starts with a capital or a digit (_starts_sentence). A scraped page may lose the
# space after a full stop ("at Base Camp Stephenson.The donated equipment"): a word of three
# lower-case letters or more, a stop and a capitalised word glued to it is a boundary too
# (an empty gap), not "U.S.Army" or "Mr.Smith" (capitals, abbreviations: _is_abbreviation)
_BOUNDARY = compile_re(r"""[.!?](?:["')\]]{0,3}([ \t]+)|(?<=[a-z]{3}[.])()(?=[A-Z][a-z]))""")
_OPENERS = "\"'(["


def _starts_sentence(text: str, pos: int, end: int) -> bool:
    """Up to three opening quotes or brackets, then an uppercase letter or a digit (Lu or N)."""
    for _ in range(3):
        if pos < end and text[pos] in _OPENERS:
            pos += 1
    return pos < end and (unicodedata.category(text[pos]) == "Lu" or unicodedata.category(text[pos])[0] == "N")


_INITIALS = compile_pattern(r"(?:[A-Z]\.){1,3}[A-Z]")
_NAME_BEFORE = compile_pattern(r"\b[A-Z][\w'-]+ $")  # "Ambassador M.P.", not "Washington, D.C."
# "landed at O.R. Tambo International Airport": dotted initials after a preposition open a name
_PREPOSITION_BEFORE = compile_pattern(r"\b(?:at|of|from|to|in|by|near|via|named|called) $")
# ... but not "settled in D.C. The zoo opened": a word that opens sentences comes next
_OPENS_SENTENCE = compile_pattern(r"[ \t]*(?:The|A|An|It|Its|He|She|They|We|I|In|On|At|But|And|This|That|These|Those|There|"
                                r"Then|When|After|Before|As|For|By|With|Some|Many|Most|All|No|His|Her|Their)\b")
_WORD_BEFORE = regex.compile(r"([\p{L}.]+)[.][\"')\]]{0,3}$")  # (\p{L}: ``regex`` only)
# The same pattern for an ASCII window, where a letter (\p{L}) is [A-Za-z]: the stdlib
# engine finds it in a third of the time, and nearly every boundary of English news is ASCII.
_ASCII_WORD_BEFORE = compile_re(r"([A-Za-z.]+)[.][\"')\]]{0,3}$")
_LINE = compile_re(r"[^\n\r]+")  # a class: the stdlib engine scans it faster
_PARAGRAPH = compile_pattern(r"\S(?:[^\n\r]|[\n\r](?![ \t]*[\n\r]))*")  # lines up to a blank line
_WRAPPED_BOUNDARY = compile_re(r"""[.!?]["')\]]{0,3}([ \t\n\r]+)""")
_SAMPLE_LINES = 60  # lines read to tell hard-wrapped text
_COLUMNS = compile_re(r"\S(?:\t| {2,})\S")  # a table's row ("Trailer truck      1"): no wrapped prose
_TERMINAL = tuple(".!?:;\"'\u201d)]")


_NUMBERING = compile_re(r"[ \t]*\d{1,2}[.]")  # "1. 12 ambulances": a list row's number opens the line


def _is_abbreviation(text: str, boundary: int) -> bool:
    if boundary - 8 <= (line := text.rfind("\n", 0, boundary) + 1) and _NUMBERING.fullmatch(text, line, boundary):
        return True
    lo = max(0, boundary - 20)
    m = (_ASCII_WORD_BEFORE if text[lo:boundary].isascii() else _WORD_BEFORE).search(text, lo, boundary)
    if not m:
        return False
    if m.group().endswith(("'", '"')):
        return False  # a period inside closing quotes ends the quoted sentence: 'no.' It
    word = m.group(1).lower().rstrip(".")
    if word in _NUMERAL_SIGNS:
        # "No. 5" abbreviates "number", "Rs. 750" rupees; "said no. It" is a sentence end.
        return text[boundary:boundary + 8].lstrip()[:1].isdigit()
    if word in _NEVER_FINAL:
        return True
    # A lone capital initial ("Vladimir V. Putin"), but not a pronoun "I"; dotted initials
    # after a capitalised word ("Ambassador M.P. Singh"), not after a comma ("Washington, D.C.")
    # (initials hold a period: an ordinary word is not tried against _INITIALS)
    return (len(word) == 1 and word != "i" and m.group(1)[0].isupper()) or ("." in m.group(1) and
        _INITIALS.fullmatch(m.group(1)) is not None and (_NAME_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1)) is not None
                                                      or _PREPOSITION_BEFORE.search(text, max(0, m.start(1) - 8), m.start(1)) is not None
                                                      and not _OPENS_SENTENCE.match(text, boundary)))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split normalised text into sentences; each interval is trimmed of whitespace."""
    return list(iter_sentences(text))


def hard_wrapped(text: str) -> bool:
    """Whether ``text`` is wire copy broken at a fixed width: of its first lines, most run on
    into the next line (no terminal punctuation, the next line not blank) and have a
    similar, typewriter length (40-100 characters)."""
    lines = []
    for m in _LINE.finditer(text):
        lines.append((m.start(), m.end()))
        if len(lines) > _SAMPLE_LINES:
            break
    runs_on = 0
    for (a, b), (c, _d) in zip(lines, lines[1:]):
        line = text[a:b].rstrip()
        if 40 <= len(line) <= 100 and not line.endswith(_TERMINAL) and not _COLUMNS.search(line) \
                and "\n" not in text[b:c].replace("\r", "\n")[1:]:  # no blank line between
            runs_on += 1
    return runs_on >= 4 and runs_on * 3 >= len(lines)


def iter_sentences(text: str) -> Iterator[tuple[int, int]]:
    """``split_sentences`` one sentence at a time: a long document's list is never built."""
    wrapped = hard_wrapped(text)
    units, boundary = (_PARAGRAPH, _WRAPPED_BOUNDARY) if wrapped else (_LINE, _BOUNDARY)
    for line in units.finditer(text):
        start = line.start()
        for m in boundary.finditer(text, line.start(), line.end()):
            gap_start, gap_end = m.span(1) if m.start(1) >= 0 else m.span(2)
            if not _starts_sentence(text, gap_end, line.end()) or _is_abbreviation(text, gap_start):
                continue
            piece = _trimmed(text, start, gap_start)
            if piece:
                yield piece
            start = gap_end
        piece = _trimmed(text, start, line.end())
        if piece:
            yield piece


# News sentences are far shorter; a longer "sentence" is a table, a list or a run-on
# scrape.  Reading it in windows keeps every frame's work bounded, so cost stays linear.
MAX_SENTENCE = 1500


def in_windows(text: str, sentences: Iterable[tuple[int, int]], warnings: list[str]) -> Iterator[tuple[int, int]]:
    """The sentences, each longer than MAX_SENTENCE cut at spaces into windows (a warning says so)."""
    for start, end in sentences:
        if end - start <= MAX_SENTENCE:
            yield start, end
            continue
        warnings.append(f"sentence at {start}-{end} is {end - start} characters long; read in windows of "
                        f"{MAX_SENTENCE} (offsets into the normalised text)")
        while end - start > MAX_SENTENCE:
            cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            cut = cut if cut > start else start + MAX_SENTENCE
            yield start, cut
            start = cut + 1 if text[cut:cut + 1] == " " else cut
        if end > start:
            yield start, end
