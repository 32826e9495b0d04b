"""A Title Case headline is read in the case its story writes its words
(text/truecase.py, data/headlines.json): only a first letter changes, never an offset."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import giftextract
from giftextract.text.normalize import normalize
from giftextract.text.truecase import truecase_headlines

_DATA = json.loads(resources.files("giftextract.text").joinpath("data", "headlines.json").read_text("utf-8"))


@pytest.mark.parametrize("text,line", _DATA["examples"], ids=[e[1][:30] for e in _DATA["examples"]])
def test_each_example_headline_is_read_as_its_story_writes_it(text, line):
    assert normalize(text).text.split("\n")[0] == line


@pytest.mark.parametrize("text", _DATA["near_misses"], ids=[t[:30] for t in _DATA["near_misses"]])
def test_each_near_miss_stays_as_written(text):
    assert truecase_headlines(text) == text


def test_a_word_the_story_capitalises_mid_sentence_stays_a_name():
    text = "Zoo Negara Receives Two Pandas\n\nKUALA LUMPUR - The pandas arrived at Zoo Negara on Monday; the zoo is ready."
    assert truecase_headlines(text).split("\n")[0] == "Zoo Negara receives two pandas"


def test_a_title_case_headline_no_longer_swallows_the_giver_and_the_thing():
    body = ("\n\nMONTEVIDEO, May 4 - The Chinese government donated ten ambulances to Uruguay on Friday, "
            "the health ministry said. The ambulances will serve rural clinics.")
    plain = giftextract.extract("China donates ambulances to Uruguay" + body)
    titled = giftextract.extract("China Donates Ambulances To Uruguay" + body)
    facts = [{(g.giver.country, g.recipient.country, i.species) for g in ex.gift_transfers for i in g.items}
             for ex in (plain, titled)]
    assert facts[0] == {("CN", "UY", "ambulance")}
    assert facts[1] == facts[0]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("Aa Bb Zz Troops Zoo Mali.\n,'-"), max_size=300))
def test_truecasing_changes_only_the_case_of_letters(text):
    read = truecase_headlines(text)
    assert len(read) == len(text)
    assert read.lower() == text.lower()
    assert truecase_headlines(read) == read or read.lower() == text.lower()


def test_many_headlines_in_one_long_text_are_read_in_bounded_time():
    # an archive of stories, each under its headline: each line reads only the story below it
    story = "Russia Sends Two Bears To Bern Zoo\n\nMOSCOW - Russia sent two bears to the zoo in Bern on Monday.\n\n"
    text = story * 3000
    read = normalize(text).text
    assert read.count("Russia sends two bears to Bern zoo") == 3000


@pytest.mark.parametrize("text,read", _DATA["lead_word_examples"], ids=[e[1][:30] for e in _DATA["lead_word_examples"]])
def test_each_paragraph_lead_in_in_capitals_is_read_as_the_story_writes_it(text, read):
    assert normalize(text).text == read


@pytest.mark.parametrize("text", _DATA["lead_word_near_misses"], ids=[t[:30] for t in _DATA["lead_word_near_misses"]])
def test_each_lead_in_acronym_stays_as_written(text):
    assert normalize(text).text == text


def test_a_state_in_a_capital_lead_in_is_the_recipient_and_keeps_its_span():
    text = ("NAMIBIA'S vaccination campaign has doses after 100,000 shots of the Sinopharm vaccine, donated by the "
            "Chinese government, were flown into Hosea Kutako International Airport on Tuesday.\n\n"
            "Namibia will vaccinate health workers first.")
    ex = giftextract.extract(text)
    assert [(g.giver.country, g.recipient.country, [i.count.value for i in g.items]) for g in ex.gift_transfers] == [("CN", "NA", [100000])]
    span = ex.gift_transfers[0].recipient.span
    assert text[span.start:span.end] == span.text
