"""A page's layout around the story changes none of its facts: a headline, a byline and a
date above the dateline, a footer below it, Windows line ends. Before the dateline took up to
three lines above it, one extra headline line changed the facts of 58 of the 600 blind
articles (the dateline and the sieves that lean on it were lost)."""

from __future__ import annotations

import pathlib

import pytest

import giftextract

SEEDS = sorted((pathlib.Path(__file__).parent.parent / "seeds").glob("*.txt"))
_LAYOUTS = {
    "headline and byline": lambda t: "Diplomacy in brief\nBy a staff reporter\nPublished 12 March 2021\n\n" + t,
    "footer": lambda t: t + "\n\nRelated: Markets close higher as oil prices rise\nCopyright 2021. All rights reserved.\n",
    "crlf": lambda t: t.replace("\n", "\r\n"),
}


def _facts(text: str) -> set[tuple]:
    ex = giftextract.extract(text)
    gifts = {(g.giver and g.giver.country, g.recipient and g.recipient.country, i.species, i.count and i.count.value)
             for g in ex.gift_transfers for i in g.items}
    deployments = {(d.sender and d.sender.country, d.host and d.host.country, d.personnel and d.personnel.value, d.status)
                   for d in ex.deployments}
    return gifts | deployments


@pytest.mark.parametrize("layout", sorted(_LAYOUTS))
@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_layout_around_the_story_changes_no_fact(seed, layout):
    text = seed.read_text("utf-8")
    facts = _facts(text)
    assert facts, f"{seed.name} gives no fact: the comparison would prove nothing"
    assert _facts(_LAYOUTS[layout](text)) == facts


def test_a_dateline_below_a_headline_and_a_byline_still_places_the_story():
    text = ("Peacekeepers arrive\nBy a staff reporter\n\nJUBA, May 3 - About 300 Chinese engineers arrived "
            "on Tuesday, the mission said.")
    assert {(d.sender.country, d.host.country) for d in giftextract.extract(text).deployments} == {("CN", "SS")}


# the seeds carry no dateline: these stories do, and only their dateline tells where
_DATELINED = [
    ("JUBA, May 3 - About 300 Chinese engineers arrived on Tuesday, the mission said.", {("CN", "SS", 300.0, "confirmed")}),
    ("AMMAN, Feb 13 - A desert reserve reopened on Sunday. Twenty Arabian oryx, a gift from the United Arab "
     "Emirates, were set loose there.", {("AE", "JO", "arabian oryx", 20.0)}),
    # a row anchored at the clause's start reads past the dateline ("CHISINAU: Nineteen fire engines ...")
    ("CHISINAU, May 3 - Nineteen new fire and rescue vehicles, paid for by the government of Japan, were lined up "
     "on the square on Friday and formally handed to the country's emergency inspectorate.",
     {("JP", "MD", "fire and rescue vehicle", 19.0)}),
]
_DATELINES = {
    "day-first date": lambda t: t.replace("May 3", "3 May").replace("Feb 13", "13 February 2021"),
    "colon, as South Asian papers write it": lambda t: t.replace(", May 3 -", ":").replace(", Feb 13 -", ":"),
    "agency": lambda t: t.replace(", May 3 -", " (AP) -").replace(", Feb 13 -", " (Reuters) -"),
}


@pytest.mark.parametrize("form", sorted(_DATELINES))
@pytest.mark.parametrize("text,facts", _DATELINED, ids=["deployment", "gift", "passive gift"])
def test_a_dateline_in_any_common_form_places_the_story(text, facts, form):
    assert _facts(text) == facts
    changed = _DATELINES[form](text)
    assert changed != text
    assert _facts(changed) == facts


@pytest.mark.parametrize("headline", ["Chinese peacekeepers arrive in South Sudan", "CHINESE PEACEKEEPERS ARRIVE IN SOUTH SUDAN"])
def test_a_headline_in_capitals_is_read_as_one_in_words(headline):
    # the headline alone says where the story is; in capitals it says so too
    text = f"{headline}\n\nAbout 300 Chinese engineers landed on Tuesday, the mission said."
    ex = giftextract.extract(text)
    assert {(d.sender.country, d.host.country, d.personnel.value) for d in ex.deployments} == {("CN", "SS", 300.0)}
    assert all(s.text == text[s.start:s.end] for d in ex.deployments for s in (d.host.span, d.personnel.span))


def test_wire_copy_broken_at_a_fixed_width_reads_as_its_paragraphs():
    import textwrap
    story = ("MINSK, Dec 1 - A pair of European bison from Belarus's Belovezhskaya Pushcha National Park were "
             "delivered to China on Friday and handed over to the Qingchuan zoo in Beijing, the Belarusian "
             "ministry said.\n\nThe animals, a male and a female, were a gift from President Alexander Lukashenko, "
             "who handed the Chinese side a certificate for two bison during his state visit to China in March, "
             "and the transfer was agreed with the Chinese forestry administration later in the year.")
    wrapped = "\n\n".join(textwrap.fill(p, 68) for p in story.split("\n\n"))
    assert "Belovezhskaya\nPushcha" in wrapped or "Pushcha\nNational" in wrapped or "National\nPark" in wrapped
    origins = [g.origin and g.origin.name for g in giftextract.extract(wrapped).gift_transfers]
    assert origins == [g.origin and g.origin.name for g in giftextract.extract(story).gift_transfers]
    assert origins and origins[0] and "Pushcha" in origins[0]


def test_the_layout_probe_counts_the_articles_a_layout_changes(tmp_path):
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        "layout_probe", pathlib.Path(__file__).parent.parent / "benchmarks" / "layout_probe.py")
    probe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(probe)
    (tmp_path / "a.txt").write_text(_DATELINED[0][0] + "\n", "utf-8")
    changed = probe.probe(sorted(tmp_path.glob("*.txt")), sorted(probe.LAYOUTS))
    assert set(changed) == set(probe.LAYOUTS) and all(names == [] for names in changed.values()), changed
    # a layout that does change a fact is counted: the dateline lost
    probe.LAYOUTS["no dateline"] = lambda t: t.split(" - ", 1)[-1]
    assert probe.probe([tmp_path / "a.txt"], ["no dateline"]) == {"no dateline": [f"{tmp_path.name}/a"]}


def test_the_lede_is_read_past_a_byline_and_a_date():
    from giftextract.coref.lead import lead_place
    story = "RABAT, Aug 10 - Moroccan aid arrived in Beirut on Monday. The hospital opened at once."
    plain = f"Aid reaches the region\n\n{story}"
    with_byline = f"Aid reaches the region\nBy a staff reporter\nPublished 10 August 2020\n\n{story}"
    assert lead_place(plain).text == "Beirut"
    assert lead_place(with_byline).text == "Beirut"


@pytest.mark.parametrize("dateline", ["YOGYAKARTA, May 3 -", "YOGYAKARTA:", "BALIKPAPAN (Reuters) -"])
def test_a_dateline_city_only_the_gazetteer_knows_places_the_story(dateline):
    # the dateline's city had been looked up in the hand lexicon only
    text = f"{dateline} About 300 Chinese engineers arrived on Tuesday, the mission said."
    assert {(d.sender.country, d.host.country) for d in giftextract.extract(text).deployments} == {("CN", "ID")}


def test_a_zoo_no_lexicon_places_is_where_a_gift_went_in_the_datelines_country():
    text = ("YOGYAKARTA: Perth Zoo has given the Gembiraloka Zoo here six camels and six red kangaroos, "
            "the zoo said.")
    ex = giftextract.extract(text)
    assert [(g.giver.country, g.recipient.country, g.destination and g.destination.name) for g in ex.gift_transfers] == [
        ("AU", "ID", "Gembiraloka Zoo")]
