"""People named before the unit they belong to (lexicon/triggers.py _belongs_to_unit): the
unit is no second force, unless its own strength is told there."""

import pytest

import giftextract


@pytest.mark.parametrize("text,expect", [
    # the unit of "N-strong" is the force that sets off; the people before it are some of it
    ("The first soldiers of a 200-strong Polish contingent took off for Lebanon aboard a military aircraft.",
     [("PL", "LB", 200.0)]),
    ("The advance party of a 500-strong Kenyan battalion landed in Haiti on Tuesday.", [("KE", "HT", 500.0)]),
    # near-miss: people of a unit with no strength of its own are counted by their own figure
    ("Some 210 soldiers of Burundi's first battalion arrived in Mogadishu.", [("BI", "SO", 210.0)]),
])
def test_people_of_a_unit(text, expect):
    got = [(d.sender.country, d.host.country, d.personnel.value if d.personnel else None)
           for d in giftextract.extract(text).deployments]
    assert got == expect


@pytest.mark.parametrize("text,expect", [
    # a unit whose strength is told in people after it hands its sender to those people
    ("Poland's own contingent in Iraq is expected to reach about 2,300 troops.", [("PL", "IQ", 2300.0)]),
    ("Kenya's battalion in Haiti will grow to some 1,000 police officers by March.", [("KE", "HT", 1000.0)]),
    # near-miss: people with a sender of their own keep it
    ("The NATO battalion in Kosovo is expected to reach about 900 Turkish soldiers.", [("TR", "XK", 900.0)]),
])
def test_a_unit_told_in_people_is_theirs(text, expect):
    got = [(d.sender.country, d.host.country, d.personnel.value if d.personnel else None)
           for d in giftextract.extract(text).deployments]
    assert got == expect


@pytest.mark.parametrize("text,expected", [
    ("The Indian contingent, about 450 strong, arrived in Vladivostok for the Indra exercise in Russia.", ("IN", "RU", 450.0)),
    ("The Indian battalion, some 800 strong, reached Juba in South Sudan.", ("IN", "SS", 800.0)),
])
def test_a_units_strength_set_off_after_it_is_its_figure(text, expected):
    """frames/figures.py: "The Indian contingent, about 450 strong, ..." tells the unit's people."""
    assert [(d.sender.country, d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments] == [expected]
