"""A document of several stories, each under its own dateline (coref/stories.py)."""

import giftextract
from giftextract.coref.stories import story_dateline, story_starts

DIGEST = (
    "WORLD IN BRIEF - Friday, March 3, 2023\n\n"
    "BANGKOK - Thai and American commanders opened the annual Cobra Gold exercises on Tuesday. "
    "More than 3,800 US troops are taking part.\n\n"
    "ABUJA - The electoral commission declared the ruling party's candidate the winner.\n\n"
    "PUERTO PRINCESA - About 1,600 Australian Defence Force personnel have deployed for Exercise Alon.\n"
)


def _deployments(text):
    return [(d.sender.country, d.host.country if d.host else None, d.personnel.value if d.personnel else None)
            for d in giftextract.extract(text).deployments]


def test_each_story_of_a_digest_is_read_under_its_own_dateline():
    # read as one article, the heading stands for the dateline and neither force has a host
    assert _deployments(DIGEST) == [("US", "TH", 3800.0), ("AU", "PH", 1600.0)]
    assert [DIGEST[s:s + 7] for s in story_starts(DIGEST)] == ["WORLD I", "ABUJA -", "PUERTO "]


def test_a_heading_of_no_place_stands_above_the_first_storys_dateline():
    place = story_dateline(DIGEST, 0, len(DIGEST), digest=True)
    assert (place.text, place.country) == ("BANGKOK", "TH")
    assert DIGEST[place.start:place.end] == "BANGKOK"


def test_a_later_storys_dateline_keeps_its_span_in_the_document():
    start = story_starts(DIGEST)[2]
    place = story_dateline(DIGEST, start, len(DIGEST))
    assert DIGEST[place.start:place.end] == "PUERTO PRINCESA" and place.country == "PH"


def test_an_article_with_one_dateline_is_one_story():
    text = ("Mongolian gift horses reach China\n\nULAANBAATAR, Feb 13 - Two horses left for Beijing.\n\n"
            "BEIJING - Officials welcomed them on Monday.")
    assert story_starts("Kenya gave Uganda two lions.") == [0]
    # one later dateline makes two stories; the article's own dateline never opens a second
    assert len(story_starts(text)) == 2


def test_a_section_named_for_a_state_is_no_story_and_a_headline_goes_with_its_story():
    text = ("THIMPHU, April 28 - China has given Bhutan 20 ventilators.\n\n"
            "INDIA - On May 3 India sent 400,000 doses.\n\n"
            "JAPAN - Japan gave ten ambulances.\n\n"
            "U.S. flies medics to Aden\n\nWASHINGTON, Oct. 12 - Planes carrying 15 Navy medics took off.")
    starts = story_starts(text)
    assert [text[s:s + 9] for s in starts] == ["THIMPHU, ", "U.S. flie"]


def test_datelines_of_one_country_tell_one_story():
    # a gallery's captions or a feature's sections from one country's cities: "The emperor's
    # animals" points back across the dateline, so the text is not cut there
    text = ("ARCHIVE GALLERY: The emperor's ostriches\n\n"
            "NEW YORK (Nov. 7, 1904) - A liner ties up with live cargo for President Roosevelt: two ostriches "
            "and a zebra, all gifts from Emperor Menelik II of Abyssinia.\n\n"
            "WASHINGTON (1904) - The emperor's animals go straight to the National Zoological Park.\n\n"
            "PARIS (1905) - The French president received a lion from the emperor.")
    assert [text[s:s + 9] for s in story_starts(text)] == ["ARCHIVE G", "PARIS (19"]
