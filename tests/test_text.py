"""Layer 1: normalisation with its offset map, and sentence splitting, as tables.

Normalisation rows are ``(original, normalised, spans)``; each span is a pair
``(normalised piece, original piece)``: the piece's interval in the normalised text,
mapped with ``to_original``, must select exactly the original piece.
"""

from __future__ import annotations

import pytest
import regex
import giftextract
from hypothesis import given
from hypothesis import strategies as st

from giftextract.text import normalize, split_sentences

NORMALISE = [
    # --- one-to-one replacements: offsets unchanged -------------------------------------
    ("He said \u201chi\u201d", 'He said "hi"', [('"hi"', "\u201chi\u201d"), ("hi", "hi")]),
    ("Kim\u2019s pandas", "Kim's pandas", [("Kim's", "Kim\u2019s"), ("pandas", "pandas")]),
    ("10\u00a0000 troops", "10 000 troops", [("10 000", "10\u00a0000")]),
    ("10\u2009000 troops", "10 000 troops", [("10 000", "10\u2009000")]),
    ("10\u202f000 troops", "10 000 troops", [("10 000", "10\u202f000")]),
    ("5,000\u20137,000", "5,000-7,000", [("5,000-7,000", "5,000\u20137,000")]),
    ("pandas\u2014two of them", "pandas-two of them", [("two", "two")]),
    ("a\tb", "a b", [("b", "b")]),
    ("\u00abnon\u00bb", '"non"', [("non", "non")]),
    # --- entities -----------------------------------------------------------------------
    ("Kim&nbsp;Jong Un", "Kim Jong Un", [("Kim Jong", "Kim&nbsp;Jong"), ("Jong Un", "Jong Un"), ("Kim", "Kim")]),
    ("Kim&#8217;s", "Kim's", [("Kim's", "Kim&#8217;s"), ("s", "s")]),
    ("Kim&#x2019;s", "Kim's", [("'", "&#x2019;")]),
    ("x&amp;y sent 2", "x&y sent 2", [("2", "2"), ("x&y", "x&amp;y")]),
    ("&unknown; 40", "&unknown; 40", [("40", "40")]),
    ("10&nbsp;000 troops", "10 000 troops", [("10 000", "10&nbsp;000"), ("troops", "troops")]),
    # --- markup -------------------------------------------------------------------------
    ("<p>One.</p><p>Two.</p>", "\nOne.\n\nTwo.\n", [("One.", "One."), ("Two.", "Two.")]),
    ("a<b>bold</b>c", "a bold c", [("bold", "bold"), ("c", "c")]),
    ('<a href="x">40 tanks</a> sent', " 40 tanks  sent", [("40 tanks", "40 tanks"), ("sent", "sent")]),
    ("line<br/>next", "line\nnext", [("next", "next")]),
    # --- zero-width and soft hyphen: deleted, never inside a mapped piece's edges -------
    ("zero\u200bwidth", "zerowidth", [("zerowidth", "zero\u200bwidth")]),
    ("two\u200b pandas", "two pandas", [("two", "two"), ("pandas", "pandas")]),
    ("soft\u00adhyphen", "softhyphen", [("softhyphen", "soft\u00adhyphen")]),
    ("\ufeffForty pandas", "Forty pandas", [("Forty", "Forty")]),
    ("a\u200b&#8203;b", "ab", [("a", "a"), ("b", "b")]),
    # --- a dash typed as two hyphens between spaces: one dash, as a dash character gives --
    ("the donation -- two vans -- on Monday", "the donation - two vans - on Monday",
     [("two vans", "two vans"), ("- two", "- two"), ("Monday", "Monday")]),
    ("SEOUL (Yonhap) -- Korea", "SEOUL (Yonhap) - Korea", [("Korea", "Korea")]),
    ("a--b and c --d", "a--b and c --d", [("b", "b")]),
    # ... and glued to the words either side of it, as news sites print a dateline's dash
    ("KATHMANDU--Six officers landed", "KATHMANDU - Six officers landed", [("Six officers", "Six officers"), ("KATHMANDU", "KATHMANDU")]),
    ("the gift--two vans--arrived", "the gift - two vans - arrived", [("two vans", "two vans")]),
]


@pytest.mark.parametrize(("original", "normalised", "spans"), NORMALISE,
                         ids=[repr(r[0])[:30] for r in NORMALISE])
def test_normalise_table(original, normalised, spans):
    n = normalize(original)
    assert n.text == normalised
    assert n.original == original
    for piece, expected in spans:
        start = n.text.index(piece)
        s, e = n.to_original(start, start + len(piece))
        assert original[s:e] == expected, (piece, original[s:e])


SENTENCES = [
    ("U.S. officials said. China sent two pandas.", ["U.S. officials said.", "China sent two pandas."]),
    ("The U.S. sent pandas.", ["The U.S. sent pandas."]),
    ("Mr. Kim arrived. He left.", ["Mr. Kim arrived.", "He left."]),
    ("Dr. Lee and Gen. Park met.", ["Dr. Lee and Gen. Park met."]),
    ("Vladimir V. Putin sent troops.", ["Vladimir V. Putin sent troops."]),
    ("Indian Ambassador M.P. Singh presented them. Mongolia thanked him.",
     ["Indian Ambassador M.P. Singh presented them.", "Mongolia thanked him."]),
    ("Washington, D.C. China sent pandas.", ["Washington, D.C.", "China sent pandas."]),
    ("The doses landed at O.R. Tambo International Airport. They were US gifts.",
     ["The doses landed at O.R. Tambo International Airport.", "They were US gifts."]),
    ("They settled in D.C. The zoo opened.", ["They settled in D.C.", "The zoo opened."]),
    ("One line\nTwo line", ["One line", "Two line"]),
    ("No period here\nU.S. troops\n\n", ["No period here", "U.S. troops"]),
    ("Mr.\nKim", ["Mr.", "Kim"]),
    ('He said "yes." Then he left.', ['He said "yes."', "Then he left."]),
    ("He said 'no.' It ended.", ["He said 'no.'", "It ended."]),
    ("It ended. (Then more.)", ["It ended.", "(Then more.)"]),
    ("Really? Yes! 40 tanks.", ["Really?", "Yes!", "40 tanks."]),
    ("It sent 1.5 million doses. Done.", ["It sent 1.5 million doses.", "Done."]),
    ("Kim said. then lower case", ["Kim said. then lower case"]),
    # a scraped page that lost the space after a stop: a lower-case word, the stop, a capitalised word
    ("The envoy arrived at Camp Stephenson.The boats are new.", ["The envoy arrived at Camp Stephenson.", "The boats are new."]),
    ("Troops reached the U.S.Army base. Mr.Kim left.", ["Troops reached the U.S.Army base.", "Mr.Kim left."]),
    ("It sent 1.5 doses.The end", ["It sent 1.5 doses.", "The end"]),
    ("   ", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[repr(r[0])[:30] for r in SENTENCES])
def test_sentence_table(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


# --- properties -------------------------------------------------------------------------

_PIECES = st.sampled_from([
    "a", "B", " ", "\n", ".", "40", "&nbsp;", "&#8217;", "&#x2019;", "&amp;", "&bogus;", "&",
    "<p>", "</p>", "<b>", "<br/>", "<", ">", "\u00a0", "\u2009", "\u2014", "\u201c", "\u200b",
    "\u00ad", "\ufeff", "&#8203;", "\t", "\u2028",
])
_MESSY = st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=30).map("".join)


def test_an_empty_interval_before_a_leading_deletion_maps_to_an_empty_span():
    # hypothesis found it: the end lookup wrapped round to the last mapping point (6)
    n = normalize("\u200ba&nbsp;")
    assert n.to_original(0, 0) == (1, 1)
    assert n.to_original(0, 1) == (1, 2)


@given(_MESSY, st.data())
def test_to_original_bounds_and_monotone(original, data):
    n = normalize(original)
    size = len(n.text)
    a = data.draw(st.integers(0, size))
    b = data.draw(st.integers(a, size))
    s, e = n.to_original(a, b)
    assert 0 <= s <= e <= len(original)
    s2, e2 = n.to_original(b, b)
    assert s <= s2 and e <= max(e2, e) and e2 >= s2
    # Monotone in both ends.
    c = data.draw(st.integers(b, size))
    s3, e3 = n.to_original(b, c)
    assert s3 >= s and e3 >= e


@given(_MESSY)
def test_normalised_text_has_no_markup_characters(original):
    text = normalize(original).text
    assert not any(ch in text for ch in "\u00a0\u2009\u201c\u200b\u00ad\ufeff\t")


@given(st.text())
def test_to_original_on_any_text(original):
    n = normalize(original)
    s, e = n.to_original(0, len(n.text))
    assert 0 <= s <= e <= len(original)


@given(_MESSY)
def test_sentences_are_ordered_trimmed_and_line_bound(original):
    text = normalize(original).text
    last = 0
    for s, e in split_sentences(text):
        assert last <= s < e <= len(text)
        piece = text[s:e]
        assert piece == piece.strip() and "\n" not in piece
        last = e


def test_numeral_sign_abbreviation():
    text = "Unit No. 5 arrived. He said no. It ended."
    assert [text[s:e] for s, e in split_sentences(text)] == ["Unit No. 5 arrived.", "He said no.", "It ended."]


# --- sentence boundaries: the stdlib scan finds what the regex-module pattern found -------

_OLD_BOUNDARY = regex.compile(
    r"""(?<= [.!?] ["')\]]{0,3} ) [ \t]+ (?= ["'(\[]{0,3} [\p{Lu}\p{N}] )""", regex.VERBOSE)


def _split_with_old_boundary(text: str) -> list[tuple[int, int]]:
    from giftextract.text import sentences as S

    out = []
    for line in S._LINE.finditer(text):
        start = line.start()
        for gap in _OLD_BOUNDARY.finditer(text, line.start(), line.end()):
            if S._is_abbreviation(text, gap.start()):
                continue
            piece = S._trimmed(text, start, gap.start())
            if piece:
                out.append(piece)
            start = gap.end()
        piece = S._trimmed(text, start, line.end())
        if piece:
            out.append(piece)
    return out


_SENTENCE_ALPHABET = list(".!?\"')]([ \t\n") + ["Mr", "U.S", "No", "no", "it", "He", "5", "A", "É", "Σ",
                                                    "\u0663", "\u00bd", "\u216b", "\u01c5", "\u24b6", "x"]


@given(st.lists(st.sampled_from(_SENTENCE_ALPHABET), max_size=40))
def test_sentence_split_equals_the_regex_module_boundary(pieces):
    text = "".join(pieces)
    assert split_sentences(text) == _split_with_old_boundary(text)


@pytest.mark.parametrize("first", ["A", "É", "Σ", "5", "\u0663", "\u00bd", "\u216b", "\u01c5", "\u24b6", "x", "ß", " "])
@pytest.mark.parametrize("closers", ["", ")", "\"')", "'\")]", "\"\"\"\""])
@pytest.mark.parametrize("openers", ["", "(", "\"'(", "'\"([", "[[[["])
@pytest.mark.parametrize("gap", [" ", "\t", "  \t"])
def test_sentence_boundary_table(first, closers, openers, gap):
    text = f"It ended{'.' if first != 'ß' else '!'}{closers}{gap}{openers}{first}ext goes on."
    assert split_sentences(text) == _split_with_old_boundary(text)


_WIRE = (
    "Russian President Vladimir\n"
    "Putin received a top breed puppy as a belated\n"
    "birthday gift on Wednesday from Turkmenistan's president who is\n"
    "keen to recover lost Russian markets for Turkmen gas.\n"
    "\n"
    "The alabai is a home-bred Turkmen variety of the Central\n"
    "Asian shepherd dog, listed with the carpets and the Akhal-Teke\n"
    "horse as part of the country's national heritage.\n"
)


def test_hard_wrapped_wire_copy_reads_a_paragraph_as_running_text():
    from giftextract.text import split_sentences
    from giftextract.text.sentences import hard_wrapped
    assert hard_wrapped(_WIRE)
    sentences = [_WIRE[s:e] for s, e in split_sentences(_WIRE)]
    assert len(sentences) == 2 and sentences[0].endswith("Turkmen gas.")
    ex = giftextract.extract(_WIRE)
    assert [(g.giver.country, g.recipient.country) for g in ex.gift_transfers] == [("TM", "RU")]


def test_one_paragraph_per_line_is_not_hard_wrapped():
    from giftextract.text import split_sentences
    from giftextract.text.sentences import hard_wrapped
    text = "Headline with no period\nKIGALI - Modi gave 200 cows to Rwanda.\nThe cows came from local farms.\n"
    assert not hard_wrapped(text)
    assert len(split_sentences(text)) == 3


# --- the word before a period: the stdlib pattern of ASCII windows reads what \p{L} reads ---

_WINDOW_ALPHABET = list(".!?\"')] \t(") + ["Mr", "U", "S", "No", "i", "e", "Gen", "x", "5", "-", "_", "Mt"]


@given(st.lists(st.sampled_from(_WINDOW_ALPHABET), max_size=30), st.integers(0, 25))
def test_the_ascii_word_before_a_period_is_the_regex_module_one(pieces, cut):
    from giftextract.text import sentences as S

    text = "".join(pieces)
    lo = max(0, len(text) - 20 - cut)
    m, old = S._ASCII_WORD_BEFORE.search(text, lo, len(text)), S._WORD_BEFORE.search(text, lo, len(text))
    assert (m and (m.span(), m.span(1))) == (old and (old.span(), old.span(1)))


def test_a_currency_written_with_a_period_ends_no_sentence():
    # "Rs." before a figure abbreviates rupees (sentences.py _NUMERAL_SIGNS); before a capital
    # with no figure it may still end one
    text = "China donated detectors worth Rs. 750 million to Sri Lanka. The Tk. 500 note was new. He paid in Rs. Then he left."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "China donated detectors worth Rs. 750 million to Sri Lanka.", "The Tk. 500 note was new.", "He paid in Rs.",
        "Then he left."]


def test_a_title_abbreviated_before_a_name_ends_no_sentence():
    text = ("Grenada's capacity received a boost when the Hon. Dickon Mitchell accepted a boat. "
            "The Rt. Hon. Keith Mitchell and Amb. Linda Taglialatela were there.")
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Grenada's capacity received a boost when the Hon. Dickon Mitchell accepted a boat.",
        "The Rt. Hon. Keith Mitchell and Amb. Linda Taglialatela were there."]


def test_a_list_rows_number_is_no_sentence_of_its_own():
    # "1. 12 ambulances": the number of a row at the start of a line ends no sentence; a
    # sentence that ends in a figure before a new line of text still does
    text = "Equipment handed over:\n1. 12 ambulances\n 10. two trucks\nIn 1999 he won. 2. Then it ended."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Equipment handed over:", "1. 12 ambulances", "10. two trucks", "In 1999 he won.", "2.", "Then it ended."]


def test_a_table_of_short_lines_is_no_hard_wrapped_text():
    # rows of a table are short lines with no terminal punctuation, as wrapped wire copy is; their
    # columns (two spaces or more) say they are rows, and each line stays a sentence of its own
    from giftextract.text.sentences import hard_wrapped
    rows = "\n".join(f"Item number {k} of the equipment list     {k}" for k in range(8))
    text = "The donation, as listed by the ministry:\n\n" + rows
    assert not hard_wrapped(text)
    assert len(split_sentences(text)) == 9


def test_hashtags_and_handles_read_as_words_mapped_back_to_their_letters():
    # text/normalize.py: "#IndianArmy" is read "Indian Army", the sign deleted and a space put
    # between the words; each word maps back to its own letters in the caller's string
    original = "Off to #Thailand with #IndianArmy, says @FranceinIndia; email a@b.com, C# and #1 stay."
    norm = normalize(original)
    assert "Off to Thailand with Indian Army, says Francein India;" in norm.text
    assert "a@b.com, C# and #1 stay." in norm.text
    for word in ("Thailand", "Indian", "Army", "India"):
        i = norm.text.index(word)
        a, b = norm.to_original(i, i + len(word))
        assert original[a:b] == word
    i = norm.text.index("Indian Army")
    a, b = norm.to_original(i, i + len("Indian Army"))
    assert original[a:b] == "IndianArmy"


def test_a_deployment_told_in_hashtags_is_read():
    import giftextract
    text = "Off to #Thailand. A contingent of 76 personnel of the #IndianArmy departed on Monday for an exercise."
    ex = giftextract.extract(text)
    assert [(d.sender.country, d.host.country, d.personnel.value) for d in ex.deployments] == [("IN", "TH", 76)]
    assert all(text[s.start:s.end] == s.text for d in ex.deployments for s in (d.sender.span, d.host.span))


def test_a_tag_inside_markup_is_the_markups():
    # text/normalize.py: "#top" inside an HTML tag is no hashtag; the offsets stay monotone
    original = "<a href='#top'>Go</a> with #IndianArmy"
    norm = normalize(original)
    assert norm.text == " Go  with Indian Army"
    i = norm.text.index("Indian")
    assert original[slice(*norm.to_original(i, i + len("Indian Army")))] == "IndianArmy"


@pytest.mark.parametrize("text,species", [
    ("Japan handed three ultra-cold chain (UCC) refrigerators to Kiribati.", "ultra-cold chain refrigerator"),
    ("Japan donated two rigid-hull inflatable (RHIB) boats to Fiji.", "rigid-hull inflatable boat"),
])
def test_an_acronym_in_brackets_inside_a_phrase_is_read_through(text, species):
    [g] = giftextract.extract(text).gift_transfers
    [item] = g.items
    assert item.species == species
    assert text[item.span.start:item.span.end] == item.span.text and "(" in item.span.text  # the caller's characters


def test_an_acronym_after_a_name_stays_its_alias():
    from giftextract.text.normalize import normalize
    text = ("Officers of the Royal Papua New Guinea Constabulary (RPNGC) will train in Cairns, and the Economic "
            "Community of West African States (ECOWAS) said the troops had landed.")
    out = normalize(text).text
    assert "(RPNGC) will" in out and "(ECOWAS) said" in out


def test_marked_latin_letters_are_read_as_their_letters_one_for_one():
    # "Rīgas", "attaché", "Gašparovič": the rules' tables and patterns read ASCII letters; the
    # marks are folded character for character, so every offset stays where it was
    original = "Riga's Rīgas satiksme and the attaché in Łódź"
    norm = normalize(original)
    assert norm.text == "Riga's Rigas satiksme and the attache in Lodz"
    assert len(norm.text) == len(original) and norm.to_original(7, 12) == (7, 12)


def test_names_read_through_folded_marks_come_back_as_the_caller_wrote_them():
    text = ("Norwegian F-35 fighters will deploy to Poland to guard Rzeszów-Jasionka airport, the ministry said. "
            "Riga mayor Edvards Ratnieks handed over ten Rīgas satiksme buses to Chernihiv.")
    got = giftextract.extract(text)
    [dep] = got.deployments
    assert dep.location.name == "Rzeszów-Jasionka airport" == dep.location.span.text
    [gift] = got.gift_transfers
    assert [(i.species, i.count.value) for i in gift.items] == [("satiksme bus", 10.0)]


def test_a_title_written_with_its_mark_is_the_title():
    text = ("At a ceremony in Bamako, the Belgian military attaché, Colonel Antonio Vitale, handed Mali's "
            "defence minister a donation of generators and compasses.")
    assert [(g.giver.country, g.recipient.country) for g in giftextract.extract(text).gift_transfers] == [("BE", "ML")]


@pytest.mark.parametrize("text,giver,recipient,species", [
    ("The horses were presented (Smith 2014, 212) to the Chinese leader by the Turkmen president.", "TM", "CN", "horse"),
    ("Two elephants were given (see Ota and Lee 1999: 4-7; Ito 2003) to Japan by Thailand.", "TH", "JP", "elephant"),
    ("The Soviet government presented[12] Guinea with two transport aircraft.", "RU", "GN", "transport aircraft"),
    ("Two elephants were given (Itamaraty, cited in Instituto Boina Azul, n.d.) to Japan by Thailand.", "TH", "JP", "elephant"),
    ("Thailand gave,(3) in the end, two elephants to Japan.", "TH", "JP", "elephant"),
])
def test_a_citation_or_a_footnote_mark_is_read_through(text, giver, recipient, species):
    # text/normalize.py: academic prose puts "(Author YEAR, page)" and "[12]" between a verb
    # and its phrase; they are read as blank, their length kept
    [g] = giftextract.extract(text).gift_transfers
    assert (g.giver.country, g.recipient.country) == (giver, recipient)
    assert [i.species for i in g.items] == [species]
    assert all(text[s.start:s.end] == s.text for s in (g.giver.span, g.recipient.span, g.items[0].span))


@pytest.mark.parametrize("text", [
    "Kenya (2019) said", "UN troops in Mali (MINUSMA) left", "Smith (2014) argued", "a list: [a] and [b]",
    "options (1) and (2)", "a list: (1) one",
])
def test_brackets_that_are_no_citation_stay(text):
    assert normalize(text).text == text


def test_a_blank_line_between_lower_case_words_breaks_no_sentence():
    # text/normalize.py _rejoined: a page or column break in a pasted report; offsets kept
    from giftextract.text.normalize import normalize
    text = "a dilemma for Sri Lanka, how to take\n\nreceipt of a Thai gift.\n\nA new paragraph."
    out = normalize(text).text
    assert len(out) == len(text) and "take  receipt" in out and "gift.\n\nA new" in out
    import giftextract
    (g,) = giftextract.extract("Sri Lanka was glad to take\n\nreceipt of a gift of an elephant from Thailand.").gift_transfers
    assert (g.giver.country, g.recipient.country) == ("TH", "LK")


from giftextract.text.figure_heads import TABLE as FIGURE_HEADS, joined_figure_heads  # noqa: E402


@pytest.mark.parametrize("example", FIGURE_HEADS["examples"], ids=lambda e: e["text"][:30])
def test_figure_heads_table(example):
    # data/figure_heads.json: a figure on a line of its own joined to what it counts, length kept
    out = joined_figure_heads(example["text"])
    assert out == example["joined"] and len(out) == len(example["text"])


def test_a_numbers_digest_counts_its_figures_and_shares_its_heading():
    text = ("By the numbers: how Solomon Islands got its vaccine doses\n\n"
            "HONIARA, August 2021 - Donor shipments have become a regular sight at the airport.\n\n"
            "50,000\nDoses of China's Sinopharm vaccine, a donation from Beijing, that arrived in mid-April.\n\n"
            "19\nConfirmed cases the WHO had recorded in the country by then.\n\n"
            "60,000\nDoses of AstraZeneca vaccine donated by Japan, which landed in July.\n")
    got = sorted((g.giver.country, g.recipient.country, i.count.value if i.count else None)
                 for g in giftextract.extract(text).gift_transfers for i in g.items)
    assert got == [("CN", "SB", 50000.0), ("JP", "SB", 60000.0)]
