"""The public contract: names, bad input, determinism, and agreement with the shared scorer."""

from __future__ import annotations

import datetime as dt
import pathlib
import subprocess
import sys

import pytest

import giftextract

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED_SCORER = ROOT.parent / "shared" / "tools" / "score_seeds.py"
SENTENCE = "Russian President Vladimir Putin gifted 40 mandarin ducks to North Korea."


def test_all_is_sorted_and_importable():
    assert giftextract.__all__ == sorted(giftextract.__all__)
    for name in giftextract.__all__:
        assert hasattr(giftextract, name)


@pytest.mark.parametrize("bad", [b"bytes", None, 42, ["a list"], {"text": "x"}])
def test_non_string_raises_type_error_naming_the_type(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        giftextract.extract(bad)


@pytest.mark.parametrize("blank", ["", "   ", "\n\t\r\n", "\u00a0\u2009"])
def test_blank_text_gives_an_empty_extraction(blank):
    ex = giftextract.extract(blank, doc_id="d")
    assert ex.doc_id == "d" and ex.gift_transfers == [] and ex.deployments == []


def test_published_accepts_str_and_date_and_rejects_garbage():
    text = "Russia gifted two bears to North Korea last year."
    by_str = giftextract.extract(text, published="2024-11-21")
    by_date = giftextract.extract(text, published=dt.date(2024, 11, 21))
    assert by_str == by_date
    assert by_str.gift_transfers[0].date.value == "2023"
    with pytest.raises(ValueError):
        giftextract.extract(text, published="next tuesday")
    with pytest.raises(TypeError):
        giftextract.extract(text, published=20241121)


def test_extract_many_keeps_order_and_ids():
    docs = [("a", SENTENCE), "China gifted two pandas to Japan.", ("c", "")]
    out = list(giftextract.extract_many(docs))
    assert [e.doc_id for e in out] == ["a", None, "c"]
    assert out[1].gift_transfers[0].recipient.country == "JP"
    with pytest.raises(ValueError):
        list(giftextract.extract_many(docs, workers=0))


def test_spans_point_at_the_callers_string():
    text = "<p>Russia\u2019s President Vladimir&nbsp;Putin gifted 40 mandarin ducks to North Korea.</p>"
    ex = giftextract.extract(text)
    g = ex.gift_transfers[0]
    for span in (g.giver.span, g.recipient.span, g.items[0].span, g.items[0].count.span, *g.evidence):
        assert text[span.start:span.end] == span.text
    assert g.items[0].span.text == "40 mandarin ducks"


def test_json_schema_is_the_extraction_schema():
    schema = giftextract.json_schema()
    assert schema["title"] == "Extraction"
    assert {"GiftTransfer", "Deployment", "Span", "Quantity"} <= set(schema["$defs"])


def test_evaluate_matches_the_shared_scorer_on_the_seeds():
    score = giftextract.evaluate(ROOT / "seeds", ROOT / "seeds" / "gold")
    assert score.tp + score.fn > 0
    if not SHARED_SCORER.exists():
        pytest.skip("shared scorer not beside the repo")
    out = subprocess.run([sys.executable, str(SHARED_SCORER), "seeds", "seeds/gold"], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    assert out.stdout.strip().splitlines()[-1] == score.summary()


def test_evaluate_counts_false_positives_and_misses():
    gold = {"d": {"gifts": [{"giver_country": "RU", "recipient_country": "KP", "items": [
        {"species": ["brown bear", "bear"], "count": 2}]}], "deployments": []}}
    hit = giftextract.extract("Russia gifted two brown bears to North Korea.", doc_id="d")
    wrong = giftextract.extract("Russia gifted three brown bears to North Korea.", doc_id="d")
    assert (giftextract.evaluate([hit], gold).tp, giftextract.evaluate([hit], gold).fp) == (1, 0)
    s = giftextract.evaluate([wrong], gold)
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)


def test_evaluate_reads_species_as_gold_md_says():
    # GOLD.md: an alias equals the predicted name or stands in it as whole words
    gold = {"d": {"gifts": [{"giver_country": "RU", "recipient_country": "KP", "items": [
        {"species": ["limousine", "car"], "count": 1}]}], "deployments": []}}
    whole = giftextract.extract("Russia gave North Korea a luxury limousine.", doc_id="d")
    assert [i.species for g in whole.gift_transfers for i in g.items] == ["luxury limousine"]
    assert giftextract.evaluate([whole], gold).tp == 1
    part = {"d": {"gifts": [{"giver_country": "RU", "recipient_country": "KP", "items": [
        {"species": ["limo"], "count": 1}]}], "deployments": []}}
    assert giftextract.evaluate([whole], part).tp == 0  # a piece of a word is no match


def test_evaluate_matches_the_shared_scorer_on_a_blind_batch():
    batch = ROOT / "devset" / "blind" / "b31"
    if not SHARED_SCORER.exists():
        pytest.skip("shared scorer not beside the repo")
    out = subprocess.run([sys.executable, str(SHARED_SCORER), str(batch), str(batch / "gold")], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    assert out.stdout.strip().splitlines()[-1] == giftextract.evaluate(batch, batch / "gold").summary()


def test_seed_f1_is_at_least_090():
    assert giftextract.evaluate(ROOT / "seeds", ROOT / "seeds" / "gold").f1 >= 0.90


def test_held_out_devset_f1_does_not_regress():
    # devset/ is hand-written held-out text (see devset/README.md); 0.831 when this was set
    score = giftextract.evaluate(ROOT / "devset", ROOT / "devset" / "gold")
    assert score.f1 >= 0.75, score.summary()


def test_extract_many_takes_a_publication_date_per_document():
    text = "Russia gifted two bears to North Korea last year."
    out = list(giftextract.extract_many([("a", text, "2024-11-21"), ("b", text, dt.date(2020, 1, 1)), ("c", text)]))
    assert [e.gift_transfers[0].date.value for e in out] == ["2023", "2019", None]
    with pytest.raises(TypeError):
        list(giftextract.extract_many([("only-an-id",)]))


def test_korean_alone_takes_the_korea_the_document_names_most():
    from giftextract.lexicon.korea import korea_of

    assert korea_of("Seoul and Seoul, then Pyongyang.") == "KR"
    assert korea_of("Seoul, then Pyongyang and the DPRK.") == "KP"
    # the South's official name is the South's, the North's full name the North's
    assert korea_of("Five Korean-donated ambulances: the Republic of Korea gave them.") == "KR"
    assert korea_of("The Democratic People's Republic of Korea sent Korean workers.") == "KP"
    assert korea_of("Seoul; South  Korea.") == "KR"  # any whitespace inside a name
    assert korea_of("") == "KP"  # a tie goes to the North
    # only whole words count: these are not mentions of the North
    assert korea_of("Seoul. XPyongyang, _DPRK, 2DPRK") == "KR"
    assert korea_of("Seoul. ÉPyongyang") == "KR"
    assert korea_of("Seoul. (Pyongyang) -DPRK") == "KP"


# --- evaluate() refuses a mistake instead of scoring zero -------------------------------------

def test_evaluate_names_a_missing_folder(tmp_path):
    with pytest.raises(FileNotFoundError, match="documents folder not found: .*no_such_docs"):
        giftextract.evaluate(tmp_path / "no_such_docs", ROOT / "seeds" / "gold")
    with pytest.raises(FileNotFoundError, match="gold folder not found: .*no_such_gold"):
        giftextract.evaluate(ROOT / "seeds", tmp_path / "no_such_gold")
    with pytest.raises(NotADirectoryError, match="must be a folder"):
        giftextract.evaluate(ROOT / "seeds" / "GOLD.md", ROOT / "seeds" / "gold")


def test_evaluate_refuses_folders_with_no_pairs(tmp_path):
    with pytest.raises(ValueError, match=r"no gold files \(\*\.json\)"):
        giftextract.evaluate(ROOT / "seeds", tmp_path)
    # gold/ given as the documents folder: no NAME.txt beside any NAME.json
    with pytest.raises(ValueError, match="no document in .* has a gold file"):
        giftextract.evaluate(ROOT / "seeds" / "gold", ROOT / "seeds" / "gold")
    with pytest.raises(ValueError, match="no prediction's doc_id matches"):
        giftextract.evaluate([giftextract.extract("Russia gifted two bears to North Korea.")], ROOT / "seeds" / "gold")
    with pytest.raises(ValueError, match="gold mapping is empty"):
        giftextract.evaluate({}, {})


def test_a_score_lists_each_documents_misses_and_extras():
    import pathlib

    root = pathlib.Path(__file__).resolve().parents[1]
    score = giftextract.evaluate(root / "seeds", root / "seeds" / "gold")
    lines = score.details()
    assert len([line for line in lines if not line.startswith("   ")]) == len(score.docs)
    assert all(line.startswith(("   extra: ", "   miss:  ")) for line in lines if line.startswith("   "))
