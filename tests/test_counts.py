"""Layer 3 counts: a table of examples that is the grammar's specification.

Each row is ``(text, expected_surface, value, low, high, qualifier)``; the first count
found in ``text`` must have exactly that surface (and ``text[start:end]`` must be it).
``NEGATIVE`` lists near-misses that must produce no count at all.  Properties below
check spans, qualifier composition, robustness and adversarial input.
"""

from __future__ import annotations

import signal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from num2words import num2words

import giftextract
from giftextract.quantity.counts import _COUNT, QUALIFIERS, _count_matches, find_counts
from giftextract.text import normalize
from prefilter_checks import OFFSETS_OUTSIDE_THE_TEXT, assert_reads_like_finditer, corpus_texts, phrase_text

N = None
ROWS: list[tuple[str, str, float | None, float | None, float | None, str]] = [
    # --- digits -------------------------------------------------------------------------
    ("Russia received 40 tanks.", "40", 40, N, N, "exact"),
    # a unit word inside a compound of its own is no unit: "foot-and-mouth vaccine", not 300 feet
    ("Australia gave 300 foot-and-mouth vaccines.", "300", 300, N, N, "exact"),
    ("It sent 10,000 troops.", "10,000", 10_000, N, N, "exact"),
    ("It sent 10 000 troops.", "10 000", 10_000, N, N, "exact"),
    (normalize("It sent 10\u00a0000 troops.").text, "10 000", 10_000, N, N, "exact"),        # NBSP
    (normalize("It sent 10\u2009000 troops.").text, "10 000", 10_000, N, N, "exact"),        # thin space
    (normalize("It sent 10\u202f000 troops.").text, "10 000", 10_000, N, N, "exact"),        # narrow NBSP
    ("It sent 1,250,000 rounds.", "1,250,000", 1_250_000, N, N, "exact"),
    ("Some 3000 troops arrived.", "Some 3000", 3000, N, N, "approximate"),
    # a determiner and a word of sequence or size before the figure are part of the count
    ("A plane landed carrying an initial 10,000 doses.", "an initial 10,000", 10_000, N, N, "exact"),
    ("Japan gave an extra 400,000 doses.", "an extra 400,000", 400_000, N, N, "exact"),
    ("3000 troops arrived.", "3000", 3000, N, N, "exact"),
    ("a force of 2000 troops", "2000", 2000, N, N, "exact"),
    ("1.5 million doses of vaccine", "1.5 million", 1_500_000, N, N, "exact"),
    ("20 lakh doses of Covishield", "20 lakh", 2_000_000, N, N, "exact"),  # Indian English scales
    ("1.5 crore doses", "1.5 crore", 15_000_000, N, N, "exact"),
    ("donated 3,00,000 doses of vaccine", "3,00,000", 300_000, N, N, "exact"),  # Indian grouping
    ("more than 10,00,000 doses", "more than 10,00,000", 1_000_000, N, N, "more_than"),
    ("2.5m doses of vaccine", "2.5m", 2_500_000, N, N, "exact"),
    ("12k troops", "12k", 12_000, N, N, "exact"),
    ("3bn doses", "3bn", 3e9, N, N, "exact"),
    ("a 10,000-strong force", "10,000", 10_000, N, N, "exact"),
    ("70-odd animals", "70-odd", 70, N, N, "approximate"),
    ("70-plus animals", "70-plus", 70, N, N, "more_than"),
    ("4,500+ troops", "4,500+", 4500, N, N, "at_least"),
    ("50 or so horses", "50 or so", 50, N, N, "approximate"),
    ("the 12 pandas", "12", 12, N, N, "exact"),
    # --- number words -------------------------------------------------------------------
    ("forty-two pandas", "forty-two", 42, N, N, "exact"),
    ("forty two pandas", "forty two", 42, N, N, "exact"),
    ("Forty-Two pandas", "Forty-Two", 42, N, N, "exact"),
    ("seventeen horses", "seventeen", 17, N, N, "exact"),
    ("one hundred and twenty tanks", "one hundred and twenty", 120, N, N, "exact"),
    ("one hundred twenty tanks", "one hundred twenty", 120, N, N, "exact"),
    ("a hundred tanks", "a hundred", 100, N, N, "exact"),
    ("a thousand troops", "a thousand", 1000, N, N, "exact"),
    ("one thousand and one nights", "one thousand and one", 1001, N, N, "exact"),
    ("one thousand, two hundred tanks", "one thousand, two hundred", 1200, N, N, "exact"),
    ("twenty-five thousand troops", "twenty-five thousand", 25_000, N, N, "exact"),
    ("three hundred million doses", "three hundred million", 300_000_000, N, N, "exact"),
    ("nine hundred and ninety-nine million, nine hundred and ninety-nine thousand, "
     "nine hundred and ninety-nine doses",
     "nine hundred and ninety-nine million, nine hundred and ninety-nine thousand, "
     "nine hundred and ninety-nine", 999_999_999, N, N, "exact"),
    ("seventy-odd animals", "seventy-odd", 70, N, N, "approximate"),
    ("one hundred and one dalmatians", "one hundred and one", 101, N, N, "exact"),
    # --- multipliers --------------------------------------------------------------------
    ("a pair of pandas", "a pair of", 2, N, N, "exact"),
    ("a breeding pair of kiwi", "a breeding pair of", 2, N, N, "exact"),
    ("two pairs of pandas", "two pairs of", 4, N, N, "exact"),
    ("a couple of koalas", "a couple of", 2, N, N, "exact"),
    ("a dozen horses", "a dozen", 12, N, N, "exact"),
    ("half a dozen horses", "half a dozen", 6, N, N, "exact"),
    ("a half-dozen horses", "a half-dozen", 6, N, N, "exact"),
    ("two dozen horses", "two dozen", 24, N, N, "exact"),
    ("about two dozen horses", "about two dozen", 24, N, N, "approximate"),
    ("a score of horses", "a score of", 20, N, N, "exact"),
    ("a brace of pheasants", "a brace of", 2, N, N, "exact"),
    ("a trio of pandas", "a trio of", 3, N, N, "exact"),
    # --- vague plurals ------------------------------------------------------------------
    ("dozens of troops", "dozens of", N, 24, N, "approximate"),
    ("scores of troops", "scores of", N, 40, N, "approximate"),
    ("hundreds of troops", "hundreds of", N, 200, N, "approximate"),
    ("thousands of troops", "thousands of", N, 2000, N, "approximate"),
    ("tens of thousands of troops", "tens of thousands of", N, 20_000, N, "approximate"),
    ("hundreds of thousands of doses", "hundreds of thousands of", N, 200_000, N, "approximate"),
    ("millions of doses", "millions of", N, 2e6, N, "approximate"),
    ("several tanks", "several", N, 3, N, "approximate"),
    ("a few tanks", "a few", N, 2, N, "approximate"),
    ("a handful of tanks", "a handful of", N, 2, N, "approximate"),
    ("several hundred troops", "several hundred", N, 300, N, "approximate"),
    ("a few thousand troops", "a few thousand", N, 2000, N, "approximate"),
    # --- qualifiers ---------------------------------------------------------------------
    ("more than 70 tanks", "more than 70", 70, N, N, "more_than"),
    ("over 70 tanks", "over 70", 70, N, N, "more_than"),
    ("upwards of 70 tanks", "upwards of 70", 70, N, N, "more_than"),
    ("in excess of 70 tanks", "in excess of 70", 70, N, N, "more_than"),
    ("well over 70 tanks", "well over 70", 70, N, N, "more_than"),
    ("at least 70 tanks", "at least 70", 70, N, N, "at_least"),
    ("no fewer than 70 tanks", "no fewer than 70", 70, N, N, "at_least"),
    ("about 70 tanks", "about 70", 70, N, N, "approximate"),
    ("around 70 tanks", "around 70", 70, N, N, "approximate"),
    ("some 70 tanks", "some 70", 70, N, N, "approximate"),
    ("roughly 70 tanks", "roughly 70", 70, N, N, "approximate"),
    ("approximately 70 tanks", "approximately 70", 70, N, N, "approximate"),
    ("nearly 70 tanks", "nearly 70", 70, N, N, "approximate"),
    ("almost 70 tanks", "almost 70", 70, N, N, "approximate"),
    ("an estimated 70 tanks", "an estimated 70", 70, N, N, "approximate"),
    ("fewer than 70 tanks", "fewer than 70", 70, N, N, "less_than"),
    ("less than 70 tanks", "less than 70", 70, N, N, "less_than"),
    ("under 70 tanks", "under 70", 70, N, N, "less_than"),
    ("up to 70 tanks", "up to 70", 70, N, N, "at_most"),
    ("at most 70 tanks", "at most 70", 70, N, N, "at_most"),
    ("no more than 70 tanks", "no more than 70", 70, N, N, "at_most"),
    ("a total of 70 tanks", "a total of 70", 70, N, N, "exact"),
    ("exactly 70 tanks", "exactly 70", 70, N, N, "exact"),
    ("More Than seventy tanks", "More Than seventy", 70, N, N, "more_than"),
    ("more  than\n70 tanks", "more  than\n70", 70, N, N, "more_than"),
    # --- ranges -------------------------------------------------------------------------
    ("between 5,000 and 7,000 troops", "between 5,000 and 7,000", N, 5000, 7000, "approximate"),
    ("from 5,000 to 7,000 troops", "from 5,000 to 7,000", N, 5000, 7000, "approximate"),
    ("5,000 to 7,000 troops", "5,000 to 7,000", N, 5000, 7000, "approximate"),
    ("5,000-7,000 troops", "5,000-7,000", N, 5000, 7000, "approximate"),
    ("two or three pandas", "two or three", N, 2, 3, "approximate"),
    ("up to 5,000-7,000 troops", "up to 5,000-7,000", N, 5000, 7000, "at_most"),
    ("between two and three thousand", "between two and three thousand", N, 2000, 3000, "approximate"),
]

# Unit guesses: (text, unit) for the first count.
UNITS = [
    ("25 different species of pheasant", "species"),
    ("40 mandarin ducks", "duck"),
    ("12,000 North Korean troops", "troop"),
    ("two Su-27 jets", "jet"),
    ("two T-72 tanks", "tank"),
    ("a pair of giant pandas", "panda"),
    ("30 horses", "horse"),
    ("five ponies", "pony"),
    ("six foxes", "fox"),
    ("200 people", "people"),
    ("20 women", "woman"),
    ("a 10,000-strong force", "force"),
    ("one panda", "panda"),
    ("1.5 million doses of vaccine", "dose"),
    ("3 kinds of tea", "kind"),
    ("40 were sent", None),
    ("40 of them", None),
]

NEGATIVE = [
    # serial numbers written as a hyphenated pair of figures of unlike lengths: no range
    "received C-130H-2 Hercules 91-9142, donated", "serial 15-5811 landed",
    # years
    "in 2018", "since 1965", "In 2023, military spending rose", "by 2030", "the 2018 summit",
    "In 2018 troops were sent", "(2019)", "in early 2022",
    # dates
    "November 20", "on November 12, 2024", "on 20 November", "20 May 2024", "Nov. 3",
    # ages, durations, measures
    "a 12-year-old bear", "a twelve-year-old bear", "12 years old", "5 years ago",
    "a 5-metre wall", "10 km", "at 10 a.m.", "at 10:30",
    # money
    "$588 billion", "588 billion dollars", "€5 million", "£20m", "US$5", "5 euros",
    # percentages
    "62%", "62 percent", "62 per cent",
    # ordinals
    "the second lion", "21st", "the 3rd", "twenty-first", "the twenty-second",
    # phone-like digit runs, digit lists, model names
    "555-1234-5678", "Su-27", "MiG-29", "Covid-19", "F-16", "1,1,1,1",
    # decimals that are not counts, scale words alone, multiplier nouns alone
    "billion", "a dozen-strong", "dozen", "the pair",
]


@pytest.mark.parametrize(("text", "surface", "value", "low", "high", "qualifier"), ROWS,
                         ids=[r[0][:40] for r in ROWS])
def test_count_table(text, surface, value, low, high, qualifier):
    counts = find_counts(text)
    assert counts, f"no count in {text!r}"
    c = counts[0]
    assert text[c.start : c.end] == c.text == surface
    assert (c.value, c.low, c.high, c.qualifier) == (value, low, high, qualifier)


@pytest.mark.parametrize(("text", "unit"), UNITS, ids=[u[0] for u in UNITS])
def test_unit_guess(text, unit):
    assert find_counts(text)[0].unit == unit


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_a_count(text):
    assert find_counts(text) == [], text


def test_start_end_window():
    text = "5 tanks and 7 jets"
    assert [c.text for c in find_counts(text, 2)] == ["7"]
    assert [c.text for c in find_counts(text, 0, 8)] == ["5"]


def test_type_error():
    with pytest.raises(TypeError):
        find_counts(b"40 tanks")  # type: ignore[arg-type]


# --- properties -------------------------------------------------------------------------

# Surroundings that cannot change a count's reading: letters, and punctuation that is
# neither money, percent, a digit separator nor a hyphen.
_LETTERS = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"), max_size=12)
_PUNCT = st.sampled_from(list(".,;:!?\"')("))


def _surface(n: int, style: str) -> str:
    if style == "comma":
        return f"{n:,}"
    if style == "space":
        return f"{n:,}".replace(",", " ")
    if style == "plain":
        return str(n)
    return num2words(n)


_SURFACES = st.builds(
    _surface,
    st.integers(1, 999_999_999).filter(lambda n: not 1500 <= n <= 2199),
    st.sampled_from(["comma", "space", "plain", "words"]),
)


@given(_SURFACES, _LETTERS, _PUNCT, _LETTERS, _PUNCT, _LETTERS)
def test_embedded_count_keeps_its_span(surface, pre, pre_p, suffix_word, post_p, post):
    assume(pre.lower() not in QUALIFIERS and pre.lower() not in {"between", "from", "a", "an"})
    text = f"{pre} {pre_p} {surface}{post_p} {suffix_word} {post}"
    spans = [text[c.start : c.end] for c in find_counts(text)]
    assert all(text[c.start : c.end] == c.text for c in find_counts(text))
    assert surface in spans, (text, spans)


@given(st.sampled_from(sorted(QUALIFIERS)), _SURFACES)
def test_qualifier_composes_with_any_number(qual, surface):
    from giftextract.quantity.numbers import parse_number

    text = f"They sent {qual} {surface} troops."
    counts = find_counts(text)
    assert counts, text
    c = counts[0]
    assert c.text == f"{qual} {surface}"
    assert c.qualifier == QUALIFIERS[qual]
    assert c.value == parse_number(surface)
    assert c.unit == "troop"


@given(st.text())
def test_never_raises_on_text(text):
    for c in find_counts(text):
        assert text[c.start : c.end] == c.text


@given(st.text(st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF)))
def test_never_raises_on_control_and_astral(text):
    find_counts(text + "\x00\x1f\U0001F600 40 \U00010000 tanks\x7f")


class _Alarm:
    """A 60 s guard (pytest-timeout is not a dependency): SIGALRM raises in the test."""

    def __enter__(self):
        def boom(signum, frame):
            raise TimeoutError("find_counts took more than 60 s")

        self.old = signal.signal(signal.SIGALRM, boom)
        signal.alarm(60)

    def __exit__(self, *exc):
        signal.alarm(0)
        signal.signal(signal.SIGALRM, self.old)


MB = 1_000_000


@pytest.mark.parametrize(
    "text",
    [
        "more than " * (MB // 10),
        "1," * (MB // 2),
        "a " * (MB // 2),
        "two dozen " + "dozen " * (MB // 6),
        "x" * MB,
        "one " * (MB // 4),
        "between " * (MB // 8),
        "1 " * (MB // 2),
        "999 " * (MB // 4),
        "-1" * (MB // 2),
        "hundred and " * (MB // 12),
    ],
    ids=["more-than", "1-comma", "a-a", "dozen-dozen", "one-word", "one-one", "between",
         "1-space", "999-space", "minus-one", "hundred-and"],
)
def test_adversarial_inputs_finish(text):
    with _Alarm():
        find_counts(text)


# --- the _CANDIDATE pre-filter finds what _COUNT.finditer finds -----------------------------

# Words, numbers and punctuation that begin, end, qualify or spoil counts, for texts dense
# in near-misses: every qualifier, multiplier and vague word, number words and digits in
# each format, years, months, money, percentages, and the characters "İ", "ſ", the Kelvin
# sign and the file separator "\x1c" on which ``re`` and ``regex`` or str.lower() disagree.
_COUNTISH = sorted(QUALIFIERS) + [
    "one", "two", "seven", "seventeen", "twenty", "forty-two", "hundred", "thousand",
    "million", "billion", "a", "an", "and", "one hundred and twenty", "Twenty", "TWO",
    "40", "7", "2018", "10,000", "10 000", "1.5", "2.5m", "12k", "3bn", "999", "1,1",
    "5,000-7,000", "12/11", "555-1234", "0",
    "dozen", "dozens", "pair", "pairs", "couple", "score", "scores", "brace", "trio",
    "half", "half-dozen", "of", "tens", "hundreds", "thousands", "millions", "several",
    "few", "handful", "numerous", "between", "from", "to", "or", "so",
    "-odd", "-plus", "+", "%", "percent", "$", "USD", "~", "years", "old", "ago", "st",
    "November", "May", "Nov.", "In", "since", "tanks", "troops", "the", "Su-27", "x",
    "İ", "ſeveral", "ſ", "\u212a", "A",
    # whole phrases, which random sequences of words rarely assemble
    "between 5 and 7", "between two and three thousand", "from 5,000 to 7,000",
    "half a dozen", "a half-dozen", "a few hundred", "several thousand", "a couple of",
    "a handful of", "hundreds of", "tens of thousands of", "two dozen", "a pair of",
    "more than 70", "50 or so", "70-odd", "4,500+", "~70", "~ 70", "an estimated 70",
    "one thousand, two hundred", "a hundred", "an additional", "5-7%", "two to three%",
    "an trio of", "a couple of hundred", "1.5 million to 2 million", "2.5m-3m", "an 8",
    # "over" as a verb's particle (quantity/particles.py) and its near-misses
    "handed", "handed over", "took over", "it took over", "It", "hand-over", "sent over",
    # vague scales after "several", "a few", "a couple (of)"
    "several dozen", "a couple dozen", "a couple of dozen", "a couple hundred", "several hundred thousand",
    "a few hundred million", "couple", "a couple",
]
_SEPARATORS = [" ", " ", " ", "  ", "\n", ", ", "-", "", ".", ":", "(", "\u00a0", "\x1c"]


@settings(max_examples=400)
@given(phrase_text(_COUNTISH, _SEPARATORS, 14), st.integers(0, 200), st.integers(0, 200))
def test_prefilter_finds_what_finditer_finds(text, a, b):
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    for s, e in [(0, len(text)), (start, end)]:
        assert_reads_like_finditer(_count_matches, _COUNT, text, s, e)


@pytest.mark.parametrize(("start", "end"), OFFSETS_OUTSIDE_THE_TEXT)
def test_prefilter_offsets_outside_the_text_read_like_finditer(start, end):
    text = "They sent more than 70 tanks, two dozen jets and between 5 and 7 ships."
    assert_reads_like_finditer(_count_matches, _COUNT, text, start, end)


def test_prefilter_finds_what_finditer_finds_in_the_corpora():
    for text in corpus_texts():
        assert_reads_like_finditer(_count_matches, _COUNT, text, 0, len(text))


_ALL_CHARACTERS = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


def test_prefilter_premise_case_insensitive_letters_fold_to_themselves():
    # _CANDIDATE runs case-sensitively over fold_case(text): every character that _COUNT's
    # case-insensitive ASCII letters match must fold to that letter.
    import regex

    from giftextract.text.fold import fold_case

    for letter in "abcdefghijklmnopqrstuvwxyz":
        matched = set(regex.findall(letter, _ALL_CHARACTERS, regex.IGNORECASE))
        assert {c for c in matched if fold_case(c) != letter} == set(), letter


def test_prefilter_premise_re_whitespace_covers_regex_whitespace():
    import re

    import regex

    assert set(regex.findall(r"\s", _ALL_CHARACTERS)) <= set(re.findall(r"\s", _ALL_CHARACTERS))


# --- the factored grammar reads what the grammar written out form by form reads -------------

def _flat_grammar():
    """_COUNT as it was first written: a list of the words a count can begin with, then
    one alternative per form, each with its own NUM."""
    import regex

    from giftextract.lexicon.trie import trie_alternation
    from giftextract.quantity import counts as c
    from giftextract.quantity.numbers import TENS, UNITS

    first_words = trie_alternation(
        {q.split()[0].rstrip(".") for q in QUALIFIERS if q[0].isalpha()} | set(UNITS) | set(TENS)
        | {"hundred", "between", "from", "half", "a", "an", "dozens", "scores", "hundreds", "thousands",
           "millions", "tens", "several", "numerous"})
    return regex.compile(
        rf"""
        \b (?= [0-9] | {first_words}\b ) (?<![\w$€£¥.,:-]) (?<![0-9][ ](?<!\b(?:1[89]|20)[0-9]{{2}}[ ])|\b{c.NUMBER_WORD}[ ])
        (?:(?P<qual>{c._QUALIFIER_ALT})\s+)?
        (?:
            (?:between|from)\s+(?P<lo>{c.NUM})\s+(?:and|to)\s+(?P<hi>{c.NUM})
          | (?P<lo2>{c.DIGITS})\s*-\s*(?P<hi2>{c.DIGITS})(?![\w%])
          | (?P<lo3>{c.NUM})\s+(?:to|or)\s+(?P<hi3>{c.NUM})(?![\w%])
          | (?P<half>{c._HALF_ALT})
          | (?:(?P<mnum>{c.NUM}|a|an|one)\s+(?:(?<=\b(?:a|an)\s+)(?:breeding|mating)\s+)?)?(?P<mult>{c._MULT_ALT})(?:\s+of)?(?![\w-])
          | (?P<vague>{c._VAGUE_ALT})\s+of
          | (?P<vaguescale>(?P<few>{c._FEW_ALT})\s+(?P<vscale>{c._VSCALE_ALT}))(?![\w-])
          | (?P<vague2>{c._VAGUE2_ALT})(?![\w-])
          | (?P<num>{c.NUM})
        )
        (?P<post>\+|-odd|-plus|\s+or\s+so)?
        (?![\w%$€£¥]|[.,][0-9]|[-/][0-9]
           |-(?:year|month|week|day|hour|minute|foot|feet|metre|meter|kilo|mile|inch|percent))
        """,
        regex.IGNORECASE | regex.VERBOSE,
    )


_FLAT_COUNT = _flat_grammar()


def _flat_forms(text):
    from giftextract.quantity.counts import _Form

    out = []
    for m in _FLAT_COUNT.finditer(text):
        g = m.groupdict()
        out.append((m.span(), _Form(
            g["qual"], g["lo"] or g["lo2"] or g["lo3"], g["hi"] or g["hi2"] or g["hi3"], g["half"],
            g["mnum"], g["mult"], g["vague"] or g["vague2"], g["few"], g["vscale"], g["num"],
            g["post"])))
    return out


def _factored_forms(text):
    from giftextract.quantity.counts import _form

    return [(m.span(), _form(m)) for m in _COUNT.finditer(text)]


@settings(max_examples=400)
@given(phrase_text(_COUNTISH, _SEPARATORS, 14))
def test_factored_grammar_reads_like_the_flat_one(text):
    assert _factored_forms(text) == _flat_forms(text), text


def test_factored_grammar_reads_like_the_flat_one_on_the_corpora_and_tables():
    texts = corpus_texts() + [r[0] for r in ROWS] + [u[0] for u in UNITS] + NEGATIVE
    for text in texts:
        assert _factored_forms(text) == _flat_forms(text), text[:80]


# Letters the case-insensitive grammar takes for ASCII ones (long s, dotted capital I, the
# Kelvin sign) are read the same way when the words are looked up: no KeyError, no
# "several" read as an unknown word.
CASE_EQUIVALENT_ROWS = [
    ("a pa\u0130r of lions", "a pa\u0130r of", 2.0, None, "exact"),
    ("a \u017fcore of horses", "a \u017fcore of", 20.0, None, "exact"),
    ("\u017feveral hundred troops", "\u017feveral hundred", None, 300.0, "approximate"),
    ("\u017fome 70 lions", "\u017fome 70", 70.0, None, "approximate"),
    ("f\u0130ve lions", "f\u0130ve", 5.0, None, "exact"),
    ("\u017fixty-\u017fix troops", "\u017fixty-\u017fix", 66.0, None, "exact"),
    ("a dozen \u212aoalas", "a dozen", 12.0, None, "exact"),
]


@pytest.mark.parametrize("text,surface,value,low,qualifier", CASE_EQUIVALENT_ROWS)
def test_case_equivalent_letters(text, surface, value, low, qualifier):
    (count,) = find_counts(text)
    assert (count.text, count.value, count.low, count.qualifier) == (surface, value, low, qualifier)


@pytest.mark.parametrize("text,values", [
    ("The air force received two brand-new Cessna 208B Grand Caravan aircraft.", [2.0]),
    ("China donated two Boeing 737 jets and a Boeing 747.", [2.0]),
    ("Russia gave Serbia six MiG 29 fighters.", [6.0]),
    ("The United States presented a pair of Cessna 208B surveillance aircraft.", [2.0]),
    ("Japan donated a fleet of Toyota 4Runner trucks.", []),
    ("Brandt gave his visitor a Mercedes-Benz 450 SLC coupe.", []),
    # near-miss: after "a pair of", a figure with no brand stays a count
    ("Kenya sent a pair of teams, 50 officers in all.", [2.0, 50.0]),
    # no brand: a figure after a state or a demonym's compound stays a count
    ("Romania sent about 400 troops, Denmark 110 and Austria 60.", [400.0, 110.0, 60.0]),
    ("India sent the Indian 1,000-member contingent.", [1000.0]),
    ("Russia delivered the First 20 tanks.", [20.0]),
    # a brand of two words; a state's force of two words is no brand
    ("The United States donated two Metal Shark 28 Defiant coastal patrol boats.", [2.0]),
    ("India had gifted the Myanmar Army 15 ceremonial horses.", [15.0]),
])
def test_a_number_after_a_brand_is_the_models(text, values):
    assert [c.value for c in find_counts(text)] == values


def test_a_state_before_a_figure_is_no_brand():
    assert [c.value for c in find_counts("Kenya sent 400 officers, Jamaica 200 and the Bahamas 150.")] == [400.0, 200.0, 150.0]


@pytest.mark.parametrize("text,expected", [
    ("India handed over the second pair of Mi-24V helicopters.", [("the second pair of", 2.0)]),
    ("Japan sent another pair of cranes.", [("another pair of", 2.0)]),
    ("A further trio of lions followed.", [("A further trio of", 3.0)]),
    # a group word with no determiner before it is a noun, not a count
    ("The pair of cranes settled in.", []),
])
def test_a_group_word_after_an_ordinal_or_another_is_that_many(text, expected):
    assert [(c.text, c.value) for c in find_counts(text)] == expected


@pytest.mark.parametrize("text,count", [
    ("gave six one-humped camels", ("six", 6.0)),
    ("gave two three-year-old horses", ("two", 2.0)),
    ("twenty one horses", ("twenty one", 21.0)),
    # a unit glued by a hyphen to the word after it starts that word: "fifty four-wheel-drive
    # vehicles" are fifty, "twenty three-year-old horses" twenty
    ("took delivery of fifty four-wheel-drive vehicles", ("fifty", 50.0)),
    ("gave twenty three-year-old horses", ("twenty", 20.0)),
    ("two thousand five hundred troops", ("two thousand five hundred", 2500.0)),
])
def test_a_number_word_runs_on_only_as_english_numbers_do(text, count):
    # a unit is followed only by "hundred" or a scale word: "six one-humped" is six, then a word
    assert [(c.text, c.value) for c in find_counts(text, 0, len(text))] == [count]


@pytest.mark.parametrize("text", ["Australia gave Indonesia six one-humped camels.",
                                  "Australia gave Indonesia six 12-year-old camels.",
                                  "Australia gave Indonesia six three-year-old camels."])
def test_a_count_reads_past_an_age_glued_with_hyphens(text):
    ex = giftextract.extract(text)
    assert [(i.species, i.count and i.count.value) for g in ex.gift_transfers for i in g.items] == [("camel", 6.0)]


def test_a_fraction_after_a_dateline_dash_is_a_fraction_of_a_scale():
    # "July 12 - Half a million doses": the day and the dash are no "12 halves"
    text = "PARO, Bhutan, July 12 - Half a million doses of the Moderna vaccine arrived."
    assert [(c.text, c.value) for c in find_counts(text, 0, len(text))] == [("Half a million", 500000.0)]


# Things that come in pairs count by the pair (quantity/data/number_phrases.json paired_nouns):
# every example row, positives and near-misses, is read by the count grammar
from giftextract.quantity.phrases import DATA as _PHRASES  # noqa: E402


@pytest.mark.parametrize("text,value", _PHRASES["paired_nouns"]["examples"], ids=lambda v: str(v)[:30])
def test_pairs_of_a_paired_thing_count_by_the_pair(text, value):
    assert find_counts(text)[0].value == value


# A count written with a dot between groups of three digits (number_phrases.json
# dot_grouped_counts): thousands before a word, a decimal before a symbol or a scale word
@pytest.mark.parametrize("text,value", _PHRASES["dot_grouped_counts"]["examples"] + _PHRASES["dot_grouped_counts"]["near_misses"],
                         ids=lambda v: str(v)[:30])
def test_a_dot_grouped_count_is_thousands_before_a_word(text, value):
    assert find_counts(text)[0].value == value


def test_a_dot_grouped_count_gives_the_gift_its_thousands():
    import giftextract
    [g] = giftextract.extract("Serbia donated 10.000 doses of AstraZeneca vaccines to Montenegro.").gift_transfers
    assert [i.count.value for i in g.items] == [10000]


@pytest.mark.parametrize("text", ["a young pair of lions", "a breeding pair of lions", "a second pair of tigers"])
def test_a_pair_with_a_modifier_is_two(text):
    assert [c.value for c in find_counts(text)] == [2.0]


@pytest.mark.parametrize("text", ["Between 2014 and 2016 Moscow gave missile systems to Belarus.",
                                  "From 1998 to 2003 Kyiv sent engineers.", "In 2014-2016 Minsk received the battalions."])
def test_a_span_of_years_is_no_count(text):
    # before, "2014 and 2016" was a range of 2,014-2,016 things, and "Moscow gave ... missile" their name
    assert find_counts(text, 0, len(text)) == []


def test_a_range_of_thousands_before_a_plural_noun_is_still_a_count():
    text = "between 2000 and 3000 troops"
    assert [(c.low, c.high) for c in find_counts(text, 0, len(text))] == [(2000, 3000)]


@pytest.mark.parametrize("text,species,count", [
    ("Japan donated one Beechcraft King Air 350 surveillance aircraft to the Philippines.",
     "beechcraft king air 350 surveillance aircraft", 1.0),
    ("On 17 October, the US donated one Beechcraft Super King Air 250 maritime patrol aircraft to Panama.",
     "beechcraft super king air 250", 1.0),
    ("China handed over to the Sri Lanka Police 10 jeeps.", "jeep", 10.0),
])
def test_a_number_after_a_long_brand_is_its_model_not_a_count(text, species, count):
    # quantity/count_context.py: a brand of up to four words; a run of them naming a state is no brand
    (g,) = giftextract.extract(text).gift_transfers
    (item,) = g.items
    assert item.species.startswith(species) and item.count.value == count


# A figure before a capitalised unit noun in the singular names the unit (number_phrases.json
# unit_designations): every row, positives and near-misses, by the values of the counts found
@pytest.mark.parametrize("text,values", _PHRASES["unit_designations"]["examples"] + _PHRASES["unit_designations"]["near_misses"],
                         ids=lambda v: str(v)[:30])
def test_a_figure_before_a_unit_noun_in_the_singular_names_the_unit(text, values):
    assert [c.value for c in find_counts(text)] == values


def test_a_designated_battalion_gives_its_deployment_no_count():
    import giftextract
    text = "Rwanda deployed 5 Infantry Battalion troops to Malakal in South Sudan on Friday."
    [d] = giftextract.extract(text).deployments
    assert d.personnel is None and d.sender.country == "RW" and d.location.name == "Malakal"
