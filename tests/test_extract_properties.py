"""Property tests for the public contract of :func:`giftextract.extract`.

Invariants checked here, on arbitrary strings and on generated gift sentences (clean and
with markup / Unicode noise inserted):

* ``extract`` never raises on a ``str`` and always returns an :class:`Extraction`;
  anything else raises ``TypeError`` naming the type;
* every :class:`Span` anywhere in the result points into the caller's string;
* JSON round-trip, determinism, ``extract_many`` order/worker independence;
* composition: templated sentences give exactly the expected gift transfer;
* locality: unrelated text appended leaves records alone, prepended text only shifts spans.

Example counts come from the active hypothesis profile (``tests/conftest.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import assume, given, note
from hypothesis import strategies as st
from giftextract import Extraction, extract, extract_many, iter_spans

# --------------------------------------------------------------------------- helpers


all_spans = iter_spans  # the walk lives in giftextract.models


def assert_spans_ground(ex: Extraction, original: str) -> None:
    n = len(original)
    for sp in all_spans(ex):
        assert 0 <= sp.start <= sp.end <= n, (sp, n)
        assert original[sp.start : sp.end] == sp.text, (sp, original[sp.start : sp.end])


def _shift(obj: Any, by: int) -> Any:
    """A dumped model with every span (a dict with exactly start/end/text) shifted by ``by``."""
    if isinstance(obj, dict):
        if set(obj) == {"start", "end", "text"}:
            return {**obj, "start": obj["start"] + by, "end": obj["end"] + by}
        return {k: _shift(v, by) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_shift(x, by) for x in obj]
    return obj


def records(ex: Extraction) -> dict:
    """Everything but ``doc_id``/``warnings``: the records themselves, spans included."""
    return ex.model_dump(include={"gift_transfers", "deployments"})


def summary(ex: Extraction) -> list[tuple]:
    """Offset-free view of gift transfers: countries, species and counts."""
    out = []
    for g in ex.gift_transfers:
        out.append((
            g.giver.country if g.giver else None,
            g.recipient.country if g.recipient else None,
            tuple((i.species, i.count.value if i.count else None) for i in g.items),
        ))
    return out


# --------------------------------------------------------------------------- vocabulary

PARTIES = [
    ("Russian President Vladimir Putin", "RU"),
    ("China", "CN"),
    ("Japan", "JP"),
    ("Australia", "AU"),
    ("Xi Jinping", "CN"),
    ("North Korea", "KP"),
    ("Malaysia", "MY"),
]
SPECIES = [
    ("giant pandas", "giant panda"),
    ("koalas", "koala"),
    ("Amur tigers", "amur tiger"),
    ("Akhal-Teke horses", "akhal-teke horse"),
    ("mandarin ducks", "mandarin duck"),
    ("brown bears", "brown bear"),
]
COUNTS = [("two", 2), ("40", 40), ("a pair of", 2), ("two dozen", 24), ("12", 12)]
TEMPLATES = [
    "{giver} gifted {count} {species} to {recipient}.",
    "{giver} has donated {count} {species} to {recipient}.",
    "{count} {species} were sent to {recipient} by {giver} as a gift.",
    "{giver} gave {recipient} {count} {species}.",
]
DITRANSITIVE = 3

FILLER = [
    "Heavy rain is expected across the region on Thursday afternoon.",
    "The home side won the cup final three goals to one after extra time.",
    "Temperatures will fall below freezing overnight in the mountains.",
    "The marathon was postponed because of strong winds and poor visibility.",
    "Local fans celebrated late into the night after the match.",
    "A cold front will bring snow showers and gusty winds by the weekend.",
    "The striker scored twice in the second half to seal the victory.",
]


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


@st.composite
def gift_sentences(draw, templates: list[int] | None = None) -> tuple[str, tuple]:
    """(sentence, (giver ISO, recipient ISO, species, count)) with giver != recipient."""
    t = draw(st.sampled_from(templates if templates is not None else range(len(TEMPLATES))))
    giver, gc = draw(st.sampled_from(PARTIES))
    recipient, rc = draw(st.sampled_from([p for p in PARTIES if p[1] != gc]))
    sp, canon = draw(st.sampled_from(SPECIES))
    count, value = draw(st.sampled_from(COUNTS))
    text = _cap(TEMPLATES[t].format(giver=giver, recipient=recipient, species=sp, count=count))
    return text, (gc, rc, canon, value)


filler_paragraphs = st.lists(st.sampled_from(FILLER), min_size=1, max_size=5).map(" ".join)


# Noise that a news scraper leaves behind; each is a str -> str rewrite drawn at random.
def _every_space(repl: str):
    return lambda s: s.replace(" ", repl)


NOISE = {
    "crlf": lambda s: s.replace(". ", ".\r\n") + "\r\n",
    "tabs": _every_space("\t"),
    "nbsp": _every_space("\u00a0"),
    "nbsp_entity": _every_space("&nbsp;"),
    "curly_quotes": lambda s: "\u201c" + s.replace("'", "\u2019") + "\u201d Officials\u2019 statement.",
    "apos_entity": lambda s: "It&#8217;s official: " + s,
    "p_tags": lambda s: "<p>" + s + "</p>\r\n<p>More soon.</p>",
    "combining": lambda s: "Caf\u0065\u0301 news: " + s + " Re\u0301sume\u0301 follows.",
    "combining_in_word": lambda s: s.replace("a", "a\u0301", 1),
    "zwj": lambda s: "\u200d" + s.replace(" ", " \u200b", 2),
}
# Rewrites that should not change what is extracted (markup, whitespace and quote forms).
BENIGN = ["crlf", "tabs", "nbsp", "nbsp_entity", "curly_quotes", "apos_entity", "p_tags", "combining"]
# May legitimately hide a name ("Chiná"): spans must still ground, records may change.
LOSSY = ["combining_in_word", "zwj"]


@st.composite
def noisy(draw, sentence: str, names: list[str]) -> str:
    for name in draw(st.lists(st.sampled_from(names), unique=True, max_size=4)):
        sentence = NOISE[name](sentence)
    return sentence


# Arbitrary strings: every category including lone surrogates (valid Python str), plus a
# weighted alphabet of awkward characters so they actually show up.
AWKWARD = (
    "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\r\n\t"
    "\u00a0\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202e\u2060\u2028\u2029\ufeff"
    "\u0301\u0308\u05e9\u05dc\u05d5\u05dd\u0627\u0644\u0633\u0644\u0627\u0645"
    "\U0001f43c\U0001f428\U0001f468\u200d\U0001f469\u200d\U0001f467\U0001f1f7\U0001f1fa"
    "\ud800\udfff&;<>#\u2019\u201c\u201d"
)
any_chars = st.characters(exclude_categories=())
awkward_text = st.one_of(
    st.text(any_chars),
    st.text(st.sampled_from(AWKWARD) | any_chars, max_size=200),
    st.lists(st.sampled_from(AWKWARD) | st.sampled_from(["Putin", " gifted ", "two", " pandas", " to ",
                                                         "Japan", ".", "&nbsp;", "<p>", "&#8217;"]),
             max_size=40).map("".join),
)


# --------------------------------------------------------------------------- never raises


@given(awkward_text)
def test_extract_never_raises_on_any_str(text: str) -> None:
    ex = extract(text)
    assert isinstance(ex, Extraction)
    assert_spans_ground(ex, text)


@given(gift_sentences(), awkward_text, st.booleans())
def test_extract_never_raises_on_gift_sentence_with_garbage(sent, junk: str, before: bool) -> None:
    text = junk + " " + sent[0] if before else sent[0] + " " + junk
    ex = extract(text)
    assert isinstance(ex, Extraction)
    assert_spans_ground(ex, text)


@pytest.mark.parametrize("bad", [b"China gifted two pandas to Japan.", None, 42, ["a", "b"], 3.5, bytearray(b"x")])
def test_non_str_raises_type_error_naming_type(bad: Any) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        extract(bad)


@given(st.text(st.sampled_from(" \t\r\n\u00a0\u2028\u2029\u3000\x0b\x0c\x85\u2003"), max_size=50))
def test_whitespace_only_gives_empty_extraction(text: str) -> None:
    ex = extract(text)
    assert ex.gift_transfers == [] and ex.deployments == [] and ex.warnings == []


def test_empty_gives_empty_extraction() -> None:
    assert extract("") == Extraction()
    assert extract("", doc_id="d1") == Extraction(doc_id="d1")


# --------------------------------------------------------------------------- spans


@given(gift_sentences(), st.data())
def test_spans_ground_in_clean_and_noisy_text(sent, data) -> None:
    text = sent[0]
    assert_spans_ground(extract(text), text)
    noisy_text = data.draw(noisy(text, list(NOISE)), label="noisy")
    ex = extract(noisy_text)
    assert_spans_ground(ex, noisy_text)


@given(st.lists(gift_sentences(), min_size=1, max_size=4), filler_paragraphs, st.data())
def test_spans_ground_in_noisy_multi_sentence_documents(sents, filler: str, data) -> None:
    doc = " ".join([s for s, _ in sents] + [filler])
    lossy = data.draw(st.booleans(), label="lossy")
    text = data.draw(noisy(doc, list(NOISE) if lossy else BENIGN), label="noisy")
    ex = extract(text)
    assert_spans_ground(ex, text)
    if not lossy:
        assert ex.gift_transfers, "no gift found in a document of templated gift sentences"


@given(gift_sentences(), st.data())
def test_benign_noise_keeps_records(sent, data) -> None:
    text = sent[0]
    noisy_text = data.draw(noisy(text, BENIGN), label="noisy")
    assert summary(extract(noisy_text)) == summary(extract(text))


# --------------------------------------------------------------------------- round trip / determinism


def _roundtrip(ex: Extraction) -> None:
    assert Extraction.model_validate_json(ex.model_dump_json()) == ex


@given(gift_sentences(), st.data())
def test_json_round_trip_on_gift_text(sent, data) -> None:
    text = data.draw(noisy(sent[0], list(NOISE)), label="noisy")
    _roundtrip(extract(text, doc_id="doc-\u00e9"))


@given(st.text(st.characters(exclude_categories=("Cs",))))
def test_json_round_trip_on_any_surrogate_free_text(text: str) -> None:
    _roundtrip(extract(text))


def test_json_output_with_lone_surrogate() -> None:
    # A lone surrogate is a legal Python str but cannot travel in UTF-8 JSON: in Python the
    # span text is exactly the caller's; in JSON it is U+FFFD, and nothing else changes.
    text = "China gifted two giant pandas to Japan \ud800."
    ex = extract(text)
    assert ex.gift_transfers  # the surrogate is inside the evidence span
    assert_spans_ground(ex, text)
    back = Extraction.model_validate_json(ex.model_dump_json())
    assert back.model_dump_json() == ex.model_dump_json()
    assert back.gift_transfers[0].evidence[0].text == text.replace("\ud800", "\ufffd")


@given(gift_sentences(), filler_paragraphs, st.data())
def test_deterministic(sent, filler: str, data) -> None:
    text = data.draw(noisy(sent[0] + " " + filler, list(NOISE)), label="noisy")
    first = extract(text, doc_id="x")
    assert extract(text, doc_id="x") == first
    assert extract(text, doc_id="x").model_dump_json() == first.model_dump_json()


def _docs() -> list:
    docs: list = []
    for i, (t, (g, r)) in enumerate(zip(TEMPLATES * 3, [(PARTIES[i % 7], PARTIES[(i + 2) % 7]) for i in range(12)])):
        sp, _ = SPECIES[i % len(SPECIES)]
        c, _ = COUNTS[i % len(COUNTS)]
        s = _cap(t.format(giver=g[0], recipient=r[0], species=sp, count=c)) + " " + FILLER[i % len(FILLER)]
        docs.append((f"d{i}", s) if i % 2 else s)
    docs += ["", "   ", "Russia has sent 10,000 troops to Belarus.", ("last", "<p>Japan&#8217;s koalas.</p>")]
    return docs


def test_extract_many_order_and_workers() -> None:
    docs = _docs()
    serial = list(extract_many(docs, workers=1))
    parallel = list(extract_many(docs, workers=2))
    assert serial == parallel
    assert len(serial) == len(docs)
    for doc, ex in zip(docs, serial):
        doc_id, text = doc if isinstance(doc, tuple) else (None, doc)
        assert ex.doc_id == doc_id
        assert ex == extract(text, doc_id=doc_id)


def test_extract_many_accepts_generator() -> None:
    docs = _docs()
    assert list(extract_many(iter(docs), workers=2)) == [extract(d) if isinstance(d, str) else
                                                          extract(d[1], doc_id=d[0]) for d in docs]


# --------------------------------------------------------------------------- composition


def _check_one_transfer(text: str, expected: tuple, *, in_hypothesis: bool = True) -> None:
    gc, rc, canon, value = expected
    ex = extract(text)
    if in_hypothesis:
        note(f"{text!r} -> {summary(ex)}")
    assert len(ex.gift_transfers) == 1, summary(ex)
    g = ex.gift_transfers[0]
    assert g.giver is not None and g.giver.country == gc
    assert g.recipient is not None and g.recipient.country == rc
    assert g.items and g.items[0].species == canon
    assert g.items[0].count is not None and g.items[0].count.value == value
    assert_spans_ground(ex, text)


@given(gift_sentences())
def test_composition_one_transfer(sent) -> None:
    _check_one_transfer(*sent)


@pytest.mark.parametrize("verb", ["gave", "gifted"])
def test_ditransitive_with_multi_digit_count(verb: str) -> None:
    _check_one_transfer(f"China {verb} Japan 40 giant pandas.", ("CN", "JP", "giant panda", 40), in_hypothesis=False)


# --------------------------------------------------------------------------- locality


@given(gift_sentences(), filler_paragraphs, st.sampled_from([" ", "\n\n", "\r\n\r\n", "\n"]))
def test_appending_unrelated_paragraph_keeps_records(sent, filler: str, sep: str) -> None:
    text = sent[0]
    assert records(extract(text + sep + filler)) == records(extract(text))


@given(gift_sentences(), filler_paragraphs, st.sampled_from([" ", "\n\n", "\r\n\r\n", "\n"]))
def test_prepending_unrelated_text_only_shifts_spans(sent, filler: str, sep: str) -> None:
    text = sent[0]
    prefix = filler + sep
    base = records(extract(text))
    shifted = records(extract(prefix + text))
    assume(base["gift_transfers"] or base["deployments"])
    assert shifted == _shift(base, len(prefix))
