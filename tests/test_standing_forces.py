"""A force held or kept abroad is no deployment (deployment.json markers 'standing',
frames/segments.py held_before); a change or a plan told with the same verbs still is."""

import pytest

import giftextract


def _deployments(text):
    return [(d.sender.country, d.host.country, d.personnel.value if d.personnel else None, d.status)
            for d in giftextract.extract(text).deployments]


@pytest.mark.parametrize("text", [
    "France keeps around 1,000 troops in Chad, its last big presence in Africa.",
    "Georgia currently has about 850 troops in Iraq.",
    "Until 2021 the United States kept about 700 troops in Somalia.",
    "Paris had some 5,100 soldiers in the Sahel under Operation Barkhane.",
    "Biden thanked the roughly 28,500 U.S. service members stationed here, in South Korea.",
    "About 28,500 US troops are stationed in South Korea.",
    "Some 1,000 US soldiers who are based in Romania took part.",
    "The governor mobilised the roughly 80 Royal Marines stationed on the islands.",
    "Burundi, which has about 5,500 troops in Somalia with the AU force there, pledged to help.",
    # a force "already" there: the new force serves beside it (standing_after)
    "They will serve alongside 9,000 British troops already in Afghanistan.",
    "The newcomers join some 3,000 Egyptian soldiers who are already in Saudi Arabia.",
])
def test_a_force_held_abroad_is_no_deployment(text):
    assert _deployments(text) == []


@pytest.mark.parametrize("text,expect", [
    ("Chad now has about 400 troops in the Central African Republic.", [("TD", "CF", 400.0, "confirmed")]),
    ("Brazil will have 1,100 troops in Angola by June.", [("BR", "AO", 1100.0, "planned")]),
    ("Australia has sent 400 troops to Iraq.", [("AU", "IQ", 400.0, "confirmed")]),
    ("Some 1,000 US soldiers will be based in Romania.", [("US", "RO", 1000.0, "planned")]),
    ("About 500 US soldiers were stationed in Romania in March.", [("US", "RO", 500.0, "confirmed")]),
    # near-miss: "already" before a verb of arriving tells a deployment done
    ("About 500 US soldiers have already arrived in Romania.", [("US", "RO", 500.0, "confirmed")]),
])
def test_a_change_or_a_plan_told_with_the_same_verbs_is_one(text, expect):
    assert _deployments(text) == expect


def test_a_navy_ship_prefix_names_its_state():
    # organizations.json: "INS" (India), "HMAS" (Australia), "USS" (United States)
    assert _deployments("Sri Lanka asked for help with the floods. INS Jalashwa arrived in Colombo on Tuesday "
                        "with 400 personnel.") == [("IN", "LK", 400.0, "confirmed")]
    assert _deployments("HMAS Adelaide arrived in Tonga on Friday with 300 personnel.") == [("AU", "TO", 300.0, "confirmed")]


@pytest.mark.parametrize("text", [
    "A UN report counted 2,622 Chinese peacekeepers on duty worldwide, 1,000 of them in South Sudan.",
    "Britain aims to put 10,000 Ukrainian recruits through basic training in England.",
    "Nearly 500 former Fijian soldiers are believed to work in Iraq for private security companies.",
])
def test_a_tally_a_capacity_or_a_trainee_count_is_no_deployment(text):
    # deployment.json markers 'not_deployment' (GOLD.md: no single sending of a force)
    assert _deployments(text) == []


@pytest.mark.parametrize("text", [
    "The remaining 927 Ukrainian peacekeepers in Iraq are to be out by Dec. 30.",
    "He was sentenced for the murder of 10 Belgian paratroopers in Kigali.",
])
def test_a_force_going_home_or_lost_is_no_deployment(text):
    # deployment.json markers 'withdrawal' and 'not_deployment' (GOLD.md)
    assert _deployments(text) == []


@pytest.mark.parametrize("text", [
    "Ukraine sent troops to Iraq in 2003. The defence council orders the 1,650-strong force home by Oct. 15.",
    "The base in Paraguay can house as many as 16,000 US troops, officials said.",
    "South Africa flew more troops into Congo after the deaths of 14 soldiers.",
])
def test_a_force_ordered_home_or_a_base_s_capacity_is_no_figure_of_a_deployment(text):
    # withdrawal markers ("home by") and not_deployment markers ("can house")
    assert [d.personnel for d in giftextract.extract(text).deployments if d.personnel is not None] == []
