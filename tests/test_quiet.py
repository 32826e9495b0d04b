"""The quiet-sentence shortcut (_quiet.py) and the lazy spotting (_spotted.py) of the
pipeline: a chosen sentence proven to give no record is read only when a later sentence
needs the discourse it leaves, and output never changes for it."""

from __future__ import annotations

import pathlib
import random
import re
import sys

import pytest
from hypothesis import given, settings, strategies as st

import giftextract._extract as pipeline
from giftextract import extract
from giftextract._quiet import deploys_nothing, gives_nothing
from giftextract._spotted import Spotted, index_runs
from giftextract.frames.tables import DEFAULT_TABLES
from giftextract.lexicon.entities import find_entities
from giftextract.lexicon.species import find_species
from giftextract.lexicon.triggers import find_triggers
from giftextract.mentions.sentence import bucket
from giftextract.quantity.counts import find_counts
from giftextract.text import split_sentences
from giftextract.text.language import not_english_reason

ROOT = pathlib.Path(__file__).resolve().parents[1]
OPEN_THEME = DEFAULT_TABLES["gift"].classes.get("open_theme", ())
RELIEF = DEFAULT_TABLES["gift"].classes.get("relief", ())


def _quiet(sentence: str) -> bool:
    triggers = find_triggers(sentence)
    species = find_species(sentence, 0, len(sentence))
    return gives_nothing(sentence, 0, len(sentence), triggers, species, OPEN_THEME, relief=RELIEF) and \
        deploys_nothing(triggers, lambda: find_counts(sentence, 0, len(sentence)))


QUIET = [
    "The central bank sent a clear signal that rates would stay at 9.3 percent until November.",
    "The opposition sent a letter to the election commission asking for a recount.",
    "Emergency crews were sent to villages after the floods, the regional police chief said.",  # no count, no deploy verb near
    "Kazakh President Nurlan Abenov sent a message of support to the summit.",
]
# Each holds one thing that can make a record: never quiet.
LOUD = [
    "Russia sent two brown bears to North Korea.",  # a species
    "The animals arrived in Pyongyang on Tuesday.",  # an anaphor
    "China has given Malaysia a gift.",  # a gift noun, a verb that gives by itself
    "Japan donated rice worth $5 million to Haiti.",  # a verb that gives by itself
    "Pyongyang received the shipment on Monday.",  # "received" (and an anaphor)
    "The consignment sent by Russia numbered 70 in all.",  # a total
    "Moscow sent them to the Pyongyang Central Zoo.",  # a zoo
    "The crates were sent to Ramstein Air Base.",  # a facility head
    "India sent 60,000 troops to the border.",  # personnel with a count and a deploy verb
    "Kenya will send police to Haiti.",  # personnel with a deploy verb
    "About 400 police were on patrol in the capital.",  # personnel with a count
    "By Dec. 1 India had delivered 53 tonnes of relief material by air and sea.",  # relief goods sent (a lot)
]


@pytest.mark.parametrize("sentence", QUIET)
def test_quiet_sentences_are_recognised(sentence):
    assert _quiet(sentence)


@pytest.mark.parametrize("sentence", LOUD)
def test_a_sentence_that_may_give_a_record_is_never_quiet(sentence):
    assert find_triggers(sentence) or "animals" in sentence  # chosen by the pipeline
    assert not _quiet(sentence)


def _outputs(texts: list[str]) -> list[str]:
    return [extract(t).model_dump_json() for t in texts]


def _mixed_corpus() -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from news_stream import news_stream
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    texts = [p.read_text("utf-8") for p in sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("devset/*.txt"))
             + sorted(ROOT.glob("devset/blind/*/*.txt"))]
    news = news_stream(150_000)
    # off-topic articles with an on-topic one spliced in: quiet sentences before a record
    rng = random.Random(3)
    spliced = ["\n\n".join(rng.sample(news, 3) + [rng.choice(texts)] + rng.sample(news, 2)) for _ in range(10)]
    return texts + news + spliced


def test_the_shortcut_never_changes_output_on_a_mixed_corpus(monkeypatch):
    texts = _mixed_corpus()
    with_shortcut = _outputs(texts)
    monkeypatch.setattr(pipeline, "gives_nothing", lambda *a: False)  # every chosen sentence read at once
    assert _outputs(texts) == with_shortcut


def test_a_document_with_a_gift_reads_its_trailing_quiet_sentences(monkeypatch):
    """The document's sieves read places named after a gift (sole-zoo, sole-origin): a zoo
    named after the last sentence read is seen however lazily the rest is read."""
    text = ("In 1972 Beijing presented the United States with two pandas. The Nixon administration gave China "
            "a pair of musk oxen in return. Once four pandas at Zoo Atlanta go home next year, no pandas will "
            "remain in the country. The central bank sent a clear signal on rates.")
    lazy = extract(text)
    monkeypatch.setattr(pipeline, "gives_nothing", lambda *a: False)
    assert extract(text).model_dump_json() == lazy.model_dump_json()
    assert [g.destination and g.destination.name for g in lazy.gift_transfers][0] == "Zoo Atlanta"


def test_the_shortcut_skips_quiet_sentences(monkeypatch):
    """Not a no-op: a news article's quiet sentences are never read by the frame rules."""
    read = []
    real = pipeline.gift_frames
    monkeypatch.setattr(pipeline, "gift_frames", lambda view, *a: read.append(view.start) or real(view, *a))
    extract(" ".join(QUIET))
    assert read == []


def test_a_quiet_sentence_still_names_for_a_later_one():
    """The alias sieve reads a name from a quiet sentence: it is read once a record needs it."""
    text = QUIET[3] + " Officials met on Monday. Abenov gave Xi Jinping two horses."
    gift = extract(text).gift_transfers[0]
    assert (gift.giver.name, gift.giver.country) == ("Abenov", "KZ")
    alone = extract("Officials met on Monday. Abenov gave Xi Jinping two horses.").gift_transfers
    assert not alone or alone[0].giver is None or alone[0].giver.country != "KZ"


def test_quiet_sentences_across_a_block_boundary_still_name(monkeypatch):
    monkeypatch.setattr(pipeline, "BLOCK_CHARS", 50)  # one sentence a block
    text = QUIET[3] + " Officials met on Monday. Abenov gave Xi Jinping two horses."
    assert extract(text).gift_transfers[0].giver.country == "KZ"


def test_index_runs():
    assert index_runs([]) == []
    assert index_runs([0, 1, 2, 5, 7, 8]) == [(0, 2), (5, 5), (7, 8)]


def test_spotted_equals_spotting_every_run_up_front():
    text = (ROOT / "seeds").glob("*.txt").__next__().read_text("utf-8")
    sentences = split_sentences(text)
    chosen = sorted(random.Random(1).sample(range(len(sentences)), len(sentences) // 2))
    eager = []
    for a, b in index_runs(chosen):
        eager += find_entities(text, sentences[a][0], sentences[b][1])
    expected = bucket(eager, sentences)
    lazy = Spotted(sentences, chosen, lambda a, b: find_entities(text, a, b))
    for i in reversed(range(len(sentences))):  # any order of asking
        assert lazy.of(i) == (expected[i] if i in chosen else [])


def _reason_by_letter_loop(text: str) -> str | None:
    """not_english_reason as it was written before it counted in C: the reference."""
    from giftextract.text import language as lang

    words = lang._WORD.findall(text[:lang._SAMPLE_CHARS])[:lang._SAMPLE_WORDS]
    if len(words) < lang._MIN_WORDS and not any(len(w) > 1 and not w.isascii() for w in words[:3]):
        return None
    letters = "".join(words)
    latin = sum(1 for ch in letters if ch < "\u0250")
    if letters and latin / len(letters) < lang._MIN_LATIN:
        return f"text does not look like English: {100 * latin // len(letters)}% of its letters are Latin"
    if len(words) < lang._MIN_WORDS:
        return None
    common = sum(1 for w in words if w.lower() in lang._COMMON)
    if common / len(words) < lang._MIN_COMMON:
        return (f"text does not look like English: {common} of its first {len(words)} words are common "
                "English words; giftextract reads English news only")
    return None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the", "The", "and", "de", "la", "Москва", "и", "北京", "Straße", "ΣΟΦΙΑ",
                                 "İstanbul", "of", "to", "x", "ɐ", "ȷ"]), min_size=0, max_size=120))
def test_language_check_gives_the_letter_loops_verdicts(words):
    """The English check counts Latin letters and common words in C now: the same verdicts."""
    text = " ".join(words)
    assert not_english_reason(text) == _reason_by_letter_loop(text)


def test_language_check_on_the_corpora():
    for path in sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("devset/**/*.txt")):
        text = path.read_text("utf-8")
        assert not_english_reason(text) == _reason_by_letter_loop(text), path


def test_a_quiet_sentence_names_the_theme_a_frame_waits_for():
    """A gift of named animals waits for its species; the next sentence, quiet, names it
    ("the pandas"): it is read before the block's frames go to the merge."""
    text = ("BERLIN - The male Bao Bao and the female Tjen Tjen landed in 1980, a state gift from Chinese "
            "leader Hua Guofeng to Chancellor Helmut Schmidt. Hua had promised the pandas in 1979.")
    [gift] = extract(text).gift_transfers
    assert [(i.species, i.count.value) for i in gift.items] == [("giant panda", 2)]


def test_the_follow_on_gate_sees_every_figure_of_the_sentence():
    # "Another 200 arrived ..., and 300 more will follow": the second figure is the one to come;
    # a gate that tested only the first left the sentence quiet and lost it
    import giftextract
    from giftextract.frames.follow_ons import follows_on

    second = "Another 200 arrived on Tuesday, and 300 more will follow next month."
    assert follows_on(second, 0, len(second))
    text = "Japan sent 500 troops to South Sudan on Monday. " + second
    assert 300.0 in [d.personnel.value for d in giftextract.extract(text).deployments if d.personnel]


@pytest.mark.parametrize("later,figure", [
    ("By Friday, two hundred had arrived, the UN said.", 200.0),
    ("Another two hundred would follow, the ministry said.", 200.0),
    ("Twenty-five more will follow next month.", 25.0),
])
def test_the_follow_on_gate_sees_a_figure_written_in_words(later, figure, monkeypatch):
    # the counts read figures in words; a gate that saw digits only left these sentences
    # quiet, and their figure was lost (with every sentence read, it is there)
    text = "France sent 300 troops to Mali last year. " + later
    assert figure in [d.personnel.value for d in extract(text).deployments if d.personnel]
    with_shortcut = _outputs([text])
    monkeypatch.setattr(pipeline, "gives_nothing", lambda *a: False)
    assert _outputs([text]) == with_shortcut


def test_a_verb_of_moving_between_two_states_is_quiet_only_outside_an_article_of_giving():
    # frames/giving.py moved_between_two: "Singapore delivered food to Thailand" may give things
    # no lexicon knows where the article speaks of giving; _quiet.py must then read it
    sentence = "Singapore delivered food and medicine to Thailand."
    triggers, species = find_triggers(sentence), find_species(sentence, 0, len(sentence))
    assert gives_nothing(sentence, 0, len(sentence), triggers, species, OPEN_THEME, relief=RELIEF)
    assert not gives_nothing(sentence, 0, len(sentence), triggers, species, OPEN_THEME, relief=RELIEF,
                             speaks_of_giving=lambda: True)
    one_state = "Kazakh President Nurlan Abenov sent food to the summit."
    assert gives_nothing(one_state, 0, len(one_state), find_triggers(one_state), [], OPEN_THEME, relief=RELIEF,
                         speaks_of_giving=lambda: True)
