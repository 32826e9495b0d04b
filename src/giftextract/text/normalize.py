"""Layer 1: Unicode and markup normalisation with an offset map back to the caller's string.

Every later layer works on ``NormalizedText.text``; every span it reports is mapped
back with :meth:`NormalizedText.to_original`, so ``original[start:end]`` is always the
text the caller gave us.  One-to-one character replacements (curly quotes, NBSP, dashes)
keep offsets unchanged; length-changing ones (HTML entities, tags, zero-width
characters) are recorded as breakpoints and mapped with a binary search.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.text.sentences import hard_wrapped
from giftextract.text.figure_heads import joined_figure_heads
from giftextract.text.truecase import SHORT_FUNCTION_WORDS, lead_words_in_case, truecase_headlines
from giftextract.text.compiled import compile as compile_re
from giftextract.text.fold import fold_marks

# One-to-one replacements: offsets do not move, so no breakpoints are needed.
_TRANSLATION = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ",
        "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ",
        "\u200a": " ", "\u3000": " ", "\u205f": " ", "\u1680": " ",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
        "\u2028": "\n", "\u2029": "\n", "\x85": "\n", "\x0b": "\n", "\x0c": "\n",
        "\t": " ",
    }
)

# Length-changing pieces, found in one left-to-right pass.
_SPECIAL = compile_pattern(
    r"""
      (?P<entity> &(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)  # &nbsp; &#8217; &#x2019;
    | (?P<block> </?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|header|footer)\b[^<>]{0,500}>)
    | (?P<tag> </?[A-Za-z][A-Za-z0-9]{0,15}\b[^<>]{0,500}>)   # inline tags read as a space
    | (?P<zero> [\u00ad\u200b\u200c\u200d\u2060\ufeff]+)      # soft hyphen, zero-width characters
    | (?P<dash> (?<=\s)-(?=-\s))                                # " -- ", a typed dash: one hyphen, as " - "
    | (?P<glued> (?<=[A-Za-z0-9.,)]{2})--(?=[A-Za-z0-9("]{2}))   # "KATHMANDU--Six": a typed dash glued to its words, as " - "
    """,
    regex.VERBOSE,
)
_ZERO_WIDTH = compile_pattern(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_NEEDS_SPECIAL = compile_re(r"[&<#@\u00ad\u200b\u200c\u200d\u2060\ufeff]")  # a class: the stdlib scans it faster
# A hashtag or a handle of a social-media post ("#IndianArmy", "@FranceinIndia"): its words as
# words ("Indian Army"), so the names in it are read; the sign is deleted and a space goes
# between the words of a CamelCase name, each word mapped back to where it stands
_TAG = compile_re(r"(?<![\w&#@/.])[#@](?=[A-Za-z])([A-Za-z][A-Za-z0-9_]{0,60})(?![\w@])")
_TAG_WORD = compile_re(r"[A-Z]{2,}(?=[A-Z][a-z]|[0-9_]|$)|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")


@dataclass(frozen=True)
class NormalizedText:
    """Normalised text plus the breakpoints that map its offsets back to ``original``."""

    original: str
    text: str
    # Parallel sorted lists: normalised offset -> original offset at each breakpoint.
    _norm_points: list[int] = field(default_factory=lambda: [0], repr=False)
    _orig_points: list[int] = field(default_factory=lambda: [0], repr=False)
    # Offsets (normalised) of pieces that were deleted outright (zero-width characters).
    _deleted_at: frozenset[int] = field(default_factory=frozenset, repr=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open normalised interval to the caller's string.

        A start just after a replaced piece maps past it; an end just before a deleted
        piece stops before it, so "zero" in "zero\u200bwidth" maps to "zero".
        """
        s = self._map(start)
        return s, max(s, self._map_end(end))

    def _map_end(self, pos: int) -> int:
        if pos not in self._deleted_at:
            return self._map(pos)
        i = bisect_left(self._norm_points, pos)  # the first deletion at pos
        if i == 0:  # a deletion at the very start: nothing of the original lies before it
            return 0
        return min(self._orig_points[i - 1] + (pos - self._norm_points[i - 1]), len(self.original))

    def _map(self, pos: int) -> int:
        if len(self._norm_points) == 1:
            return pos
        i = bisect_right(self._norm_points, pos) - 1
        return min(self._orig_points[i] + (pos - self._norm_points[i]), len(self.original))


def _decode_entity(entity: str) -> str:
    decoded = html.unescape(entity)
    if decoded == entity:  # unknown entity: leave it as written
        return entity
    decoded = decoded.translate(_TRANSLATION)
    return _ZERO_WIDTH.sub("", decoded)  # &#8203; &shy; are deleted like the raw characters


# The same one-to-one table as a character class: str.translate looks up every character
# in a dict (0.1 s per MB); a class scan in C touches only the few characters it changes.
_ONE_TO_ONE = compile_re("[" + "".join(re.escape(chr(c)) for c in sorted(_TRANSLATION)) + "]")


def _replace_one(m: re.Match) -> str:
    return _TRANSLATION[ord(m.group())]


# A line in capitals ("THE CARIBBEAN SOLDIERS WHO FOLLOWED THE RANGERS INTO GRENADA", a headline):
# capitals there say nothing of names, so its words are read as written in title case, one
# character for one (offsets stay); words of up to three letters ("UAE", "US") stay, as
# they are mostly acronyms, unless a headline's function word ("AN", "TO"); a possessive's
# "'S" is "'s"; text/truecase.py then reads the line as its story writes its words
_NO_LOWER_CASE_LINE = compile_re(r"^[^a-z\n]+$", re.MULTILINE)  # linear: one run per line start
_CAPITAL_WORD = compile_re(r"\b([A-Z])([A-Z]{3,}|[A-Z]{0,2}\b)(?:'(S)\b)?")


def _word_in_title_case(w: re.Match) -> str:
    first, rest, possessive = w.group(1), w.group(2), w.group(3)
    if len(rest) < 3 and (first + rest).lower() not in SHORT_FUNCTION_WORDS:
        return w.group()  # "UAE", "US": an acronym
    return first + rest.lower() + ("'s" if possessive else "")


def _in_words(line: str) -> str:
    if len(line.split()) < 3 or not _CAPITAL_WORD.search(line):
        return line
    return _CAPITAL_WORD.sub(_word_in_title_case, line)


def _capitals_as_words(text: str) -> str:
    return _NO_LOWER_CASE_LINE.sub(lambda m: _in_words(m.group()), text) if _NO_LOWER_CASE_LINE.search(text) else text


# In wire copy broken at a fixed width (text/sentences.hard_wrapped), a single line break is a
# space: "Belovezhskaya\nPushcha National Park" is one name; a blank line still ends a paragraph
_LINE_BREAK_IN_PARAGRAPH = compile_re(r"(?<![\r\n])\r?\n(?![ \t]*\r?\n)")


def _unwrapped(text: str) -> str:
    return _LINE_BREAK_IN_PARAGRAPH.sub(lambda m: " " * len(m.group()), text) if hard_wrapped(text) else text


# A blank line between a word in lower case (or a comma) and a word in lower case breaks no
# paragraph but a page or a column of a scanned or pasted report ("how to take\n\nreceipt of
# a Thai gift"): the sentence goes on across it (its length kept)
_BROKEN_SENTENCE = compile_re(r"(?<=[a-z,])[ \t]*(?:\r?\n[ \t]*){2,3}(?=[a-z])")


# Every match of _BROKEN_SENTENCE holds this from its first line break on: a scan for a
# literal line break first is far cheaper than trying the lookbehind at every character
_BLANK_LINES_BEFORE_LOWER = compile_re(r"\n[ \t]*\r?\n[ \t]*(?:\r?\n[ \t]*)?[a-z]")


def _rejoined(text: str) -> str:
    return _BROKEN_SENTENCE.sub(lambda m: " " * len(m.group()), text) if _BLANK_LINES_BEFORE_LOWER.search(text) else text


# An acronym in brackets inside a common noun's phrase ("three ultra-cold chain (UCC)
# refrigerators", "two rigid-hull inflatable (RHIB) boats") is read as blank, its length kept,
# so the phrase reads through to its noun; after a capitalised name ("the Royal Papua New
# Guinea Constabulary (RPNGC)") it is the name's alias and stays
_INNER_ACRONYM = compile_re(r"(?<![\w'-])(?P<word>[a-z][a-z-]* )(?P<acronym>\([A-Z]{2,6}s?\))(?= [a-z])")


def _without_inner_acronyms(text: str) -> str:
    return _INNER_ACRONYM.sub(lambda m: m.group("word") + " " * len(m.group("acronym")), text) if "(" in text else text


# A scholar's citation in brackets ("(Smith 2014, 212)", "(see Jones and Lee 1999: 4-7; Ota
# 2003)", "(Itamaraty, cited in UOL 2024)", "(Instituto Boina Azul, n.d.)") or a footnote's
# number glued to the word or stop before it ("[12]", "two stages.(1)") stands between a verb
# and its phrase in academic prose ("were presented (Smith 2014, 212) to the Chinese leader"):
# it is read as blank, its length kept, so the clause reads through it. A year (or "n.d.")
# must close the author's name; every part is bounded, so a long run of brackets scans in
# linear time
_CITE_NAME = r"[A-Z][\w'\u2019.-]{1,30}(?: [A-Z][\w'\u2019.-]{1,30}){0,3}"
_CITE_AUTHOR = _CITE_NAME + r"(?: (?:and|&) " + _CITE_NAME + r"| et al\.?)?,? (?:cited in " + _CITE_NAME + r",? )?"
_CITE_ONE = _CITE_AUTHOR + r"(?:(?:1[6-9]|20)\d\d[a-z]?|n\.d\.)(?:(?:, |: ?)(?:pp?\. ?)?\d{1,4}(?:[-\u2013]\d{1,4})?)?"
_CITATION = compile_re(r"(?<=[\w.,;:'\u2019\u201d\"]) ?(?:\((?:(?:see|cf\.|e\.g\.,?|also) ){0,2}" + _CITE_ONE
                       + r"(?:; " + _CITE_ONE + r"){0,5}\)|\[\d{1,3}(?:[-\u2013,]\d{1,3}){0,3}\])"
                       r"|(?<=[a-z.,;:])\(\d{1,2}\)(?=[\s,;:.]|$)")


def _without_citations(text: str) -> str:
    if "(" not in text and "[" not in text:
        return text
    return _CITATION.sub(lambda m: " " * len(m.group()), text)


def _specials(text: str):
    """The length-changing pieces and the hashtags and handles, in text order (a tag inside
    a piece, as in "<a href='#top'>", is left to the piece: the caller skips it)."""
    tags = list(_TAG.finditer(text)) if ("#" in text or "@" in text) else []
    if not tags:
        return _SPECIAL.finditer(text)
    return sorted([*_SPECIAL.finditer(text), *tags], key=lambda m: m.start())


def normalize(original: str) -> NormalizedText:
    """Normalise quotes, spaces, dashes and markup; keep a map back to ``original``."""
    text = _without_citations(_without_inner_acronyms(lead_words_in_case(truecase_headlines(joined_figure_heads(_rejoined(_unwrapped(_capitals_as_words(fold_marks(_ONE_TO_ONE.sub(_replace_one, original))))))))))
    if not _NEEDS_SPECIAL.search(text) and "--" not in text:
        return NormalizedText(original, text)
    pieces: list[str] = []
    norm_points, orig_points = [0], [0]
    deleted_at: set[int] = set()
    last = 0
    out_len = 0
    for m in _specials(text):
        if m.start() < last:
            continue  # a tag inside a piece already replaced ("<a href='#top'>")
        if m.re is _TAG:
            words = [(w.start(), w.group()) for w in _TAG_WORD.finditer(m.group(1))]
            pieces.append(text[last : m.start()])
            out_len += m.start() - last
            deleted_at.add(out_len)  # the sign: an end right before it stops before it
            for k, (at, word) in enumerate(words):
                if k:
                    pieces.append(" ")
                    out_len += 1
                norm_points.append(out_len)
                orig_points.append(m.start(1) + at)
                pieces.append(word)
                out_len += len(word)
            last = m.end()
            continue
        kind = m.lastgroup
        if kind == "entity":
            replacement = _decode_entity(m.group())
        elif kind == "block":
            replacement = "\n"
        elif kind == "tag":
            replacement = " "
        elif kind == "glued":
            replacement = " - "
        else:
            replacement = ""
        if replacement == m.group():
            continue
        pieces.append(text[last : m.start()])
        out_len += m.start() - last
        pieces.append(replacement)
        out_len += len(replacement)
        last = m.end()
        norm_points.append(out_len)
        orig_points.append(m.end())
        if not replacement:
            deleted_at.add(out_len)
    pieces.append(text[last:])
    return NormalizedText(original, "".join(pieces), norm_points, orig_points, frozenset(deleted_at))
