"""Layer 1: a Title Case headline read in the case its story writes its words.

"Bison Roam Chihuahua Again After U.S. Park Service Donation": in a headline, capitals
say nothing of names, yet the name spotter reads a capitalised run as one.  The story
under a headline is the evidence: a word it writes only in lower case ("bison", "park")
is a common word, one it capitalises mid-sentence ("Ueno Zoo") is part of a name.  Only
the first letter of a word changes, so offsets stay (the caller's text is never changed).
The thresholds and the function words are data (data/headlines.json, with examples).
"""

from __future__ import annotations

import json
import re
from importlib import resources

from giftextract.text.compiled import compile as compile_re

_DATA = json.loads(resources.files("giftextract.text").joinpath("data", "headlines.json").read_text("utf-8"))
_FUNCTION_WORDS = frozenset(_DATA["function_words"] + _DATA["number_words"] + _DATA["headline_verbs"])
SHORT_FUNCTION_WORDS = frozenset(w for w in _DATA["function_words"] if len(w) <= 3)
_WINDOW = int(_DATA["window"])
# a line with no end punctuation, of bounded length (a candidate headline); linear: one try per line start
_LINE = compile_re(r"^[^\n]{8,%d}$" % int(_DATA["max_chars"]), re.MULTILINE)
_WORD = compile_re(r"(?<![\w'.-])[A-Za-z][a-z'-]*(?![\w-])")
_CAPITALISED = compile_re(r"[A-Z][a-z'-]+")
_BLANK_AFTER = compile_re(r"\r?\n[ \t]*\r?\n")


def _is_headline(line: str) -> bool:
    words = line.split()
    if len(words) < _DATA["min_words"] or line.rstrip().endswith((".", "!", "?", ":", ";", ",")):
        return False
    long = [w for w in (m.group() for m in _WORD.finditer(line)) if len(w) >= 4]
    capital = sum(1 for w in long if w[0].isupper())
    return capital >= 2 and capital >= _DATA["min_capital_share"] * len(long)


def _stem(word: str) -> str:
    """What the word's inflections share: "Donation" -> "donat" (donated), "Roam" -> "roam" (roaming)."""
    low = word.lower()
    return low[:max(4, len(low) - 3)]


# the story's words: those in lower case, and those capitalised after a lower-case word or a comma
_LOWER_WORD = compile_re(r"(?<![\w-])[a-z][a-z'-]*(?![\w-])")
_MID_CAPITAL = compile_re(r"(?<=[a-z,;] )[A-Z][a-z'-]*(?![\w-])")


def _common_in(word: str, lower: list[str], capitalised: list[str]) -> bool:
    """The story writes a word of the same stem in lower case and never capitalises one mid-sentence."""
    stem = _stem(word)
    capital = word[0] + stem[1:]
    return not any(w.startswith(capital) for w in capitalised) and any(w.startswith(stem) for w in lower)


def _read_line(line: str, story: str) -> str:
    lower, capitalised = _LOWER_WORD.findall(story), _MID_CAPITAL.findall(story)  # once per headline

    def word(m: re.Match) -> str:
        w = m.group()
        if not _CAPITALISED.fullmatch(w) or not line[:m.start()].strip():
            return w  # the first word is capitalised in any case: as written
        low = w.lower()
        if low in _FUNCTION_WORDS or _common_in(w, lower, capitalised):
            return low[0] + w[1:]
        return w
    return _WORD.sub(word, line)


def truecase_headlines(text: str) -> str:
    """The text with each Title Case headline line read as its story (the text up to the
    next headline, at most ``window`` characters) writes its words."""
    # a headline stands apart: the text's first line, or a line a blank line follows (a line of
    # hard-wrapped copy that happens to hold names is neither)
    heads = [m for m in _LINE.finditer(text) if _is_headline(m.group())
             and (m.start() == 0 or _BLANK_AFTER.match(text, m.end()))]
    out, last = [], 0
    for k, m in enumerate(heads):
        story_end = min(m.end() + _WINDOW, heads[k + 1].start() if k + 1 < len(heads) else len(text))
        read = _read_line(m.group(), text[m.end():story_end])
        if read != m.group():
            out += [text[last:m.start()], read]
            last = m.end()
    return "".join(out) + text[last:] if out else text


# a paragraph's lead-in words in capitals, a word in lower case or Title Case after them:
# "ZAMBIA yesterday received", "NAMIBIA'S long-awaited campaign", "BRAZILIAN Ambassador to
# Guyana", "THE Royal Navy" (data/headlines.json lead_word_examples); linear: one try per line
# start, at most three words
_LEAD_WORDS = compile_re(r"^[ \t]*((?:[A-Z]{2,}(?:'S)?[ ]){1,3})(?=[a-z]|[A-Z][a-z])", re.MULTILINE)
_LEAD_WORD = compile_re(r"([A-Z])([A-Z]+)('S)?")
_CASED_WORD = compile_re(r"(?<![\w-])[A-Z]?[a-z]+(?![\w-])")  # the story's own words: "Zambia", "five"


def lead_words_in_case(text: str) -> str:
    """The text with each paragraph's lead-in words in capitals read as the story writes
    them elsewhere (Title Case or lower case), a function or number word as a sentence's
    first word; a word written only in capitals (an acronym) stays. One character for one:
    offsets stay."""
    if not _LEAD_WORDS.search(text):
        return text
    written = frozenset(_CASED_WORD.findall(text))  # one pass: the story's words as it writes them

    def word(w: re.Match) -> str:
        title = w.group(1) + w.group(2).lower()
        if title.lower() not in _FUNCTION_WORDS and title not in written and title.lower() not in written:
            return w.group()  # "UNIFIL was": written only in capitals, an acronym
        return title + ("'s" if w.group(3) else "")

    return _LEAD_WORDS.sub(lambda m: m.group()[:m.start(1) - m.start()] + _LEAD_WORD.sub(word, m.group(1)), text)

