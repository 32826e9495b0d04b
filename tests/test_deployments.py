"""Deployment figures across a sentence: a total and the parts that sum to it."""

from __future__ import annotations

import pytest

import giftextract


def test_a_figure_its_parts_sum_to_across_senders_is_a_multinational_total():
    # GOLD.md: a multinational total with no single sender is no deployment; its parts are
    text = ("Drill opens with 12,200 U.S. troops on Philippine soil\n\n"
            "MANILA, April 11 - A total of 17,600 personnel are taking part in the drill, according to the Philippine Army: "
            "12,200 members of the U.S. armed forces and 5,400 Filipino soldiers, sailors and airmen.")
    figures = {(d.sender.country, d.personnel.value) for d in giftextract.extract(text).deployments if d.personnel}
    assert ("US", 12200) in figures and not any(v == 17600 for _, v in figures)


@pytest.mark.parametrize("text,figures", [
    # a figure "of the two armies" or "of both countries" is a joint total of host and guest (GOLD.md)
    ("About 100 Russian paratroopers flew to Egypt. All in all, over 500 servicemen of the two armies are engaged.", [100]),
    ("About 80 Russian troops flew to Algeria, and some 200 troops of both countries took part.", [80]),
    # the host's own troops beside the guests' (deployment.json not_deployment)
    ("About 100 Russian paratroopers flew to Egypt. The host country is represented by more than 400 paratroopers.", [100]),
    # near-miss: "two" counting something else
    ("About 80 Russian troops of two motor rifle units flew to Algeria.", [80]),
])
def test_a_figure_of_two_armies_together_is_a_joint_total(text, figures):
    assert [d.personnel.value for d in giftextract.extract(text).deployments if d.personnel] == figures


def test_a_figure_its_parts_sum_to_from_one_sender_stays():
    text = "Britain sent a total of 900 troops to Kenya: 500 soldiers and 400 Royal Marines."
    figures = [d.personnel.value for d in giftextract.extract(text).deployments if d.personnel]
    assert 900 in figures


def test_the_figures_that_sum_to_a_restated_strength_are_its_parts():
    text = ("South Korea sent troops to East Timor. According to the Defence Ministry, the contingent is 419 strong: "
            "201 soldiers, 172 medical, engineering and signals personnel, and 46 officers.")
    figures = sorted(d.personnel.value for d in giftextract.extract(text).deployments if d.personnel)
    assert figures == [419]


def test_figures_after_a_spaced_dash_are_parts_of_the_figure_before():
    text = ("Australia contributed a detachment of 11 men to Congo - four soldiers and seven "
            "airmen - with two Sioux helicopters.")
    figures = sorted(d.personnel.value for d in giftextract.extract(text).deployments if d.personnel)
    assert 4 not in figures and 7 not in figures


@pytest.mark.parametrize("text,expect", [
    # a loss told in the purpose the troops are sent for is not theirs (frames/segments.py)
    ("The United States has deployed about 80 military personnel to Chad to help find the schoolgirls "
     "abducted by Boko Haram.", [("US", "TD", 80.0)]),
    ("Italy will send 130 soldiers to Iraq to protect the dam engineers kidnapped last year.", [("IT", "IQ", 130.0)]),
    # near-miss: the troops' own loss still keeps them from being a deployment figure
    ("Nigeria said about 80 soldiers abducted by Boko Haram were freed in Chad.", []),
])
def test_a_loss_in_the_purpose_of_a_deployment_is_not_the_troops(text, expect):
    got = [(d.sender.country, d.host.country, d.personnel.value if d.personnel else None)
           for d in giftextract.extract(text).deployments]
    assert got == expect


@pytest.mark.parametrize("text,expect", [
    # "trained" is no deploy verb: the people trained are not sent (triggers.json deploy_verbs)
    ("The embassy said the United States has also trained 16 Nigerien pilots and 19 maintenance personnel in Niger.", []),
    # near-misses: troops sent to train, or training where they are, still are
    ("Britain sent 100 soldiers to Kenya to train the Kenyan army.", [("GB", "KE", 100.0)]),
    ("About 200 US troops are training Ukrainian soldiers in Poland.", [("US", "PL", 200.0)]),
])
def test_people_trained_are_not_sent(text, expect):
    got = [(d.sender.country, d.host.country, d.personnel.value)
           for d in giftextract.extract(text).deployments if d.personnel is not None]
    assert got == expect


@pytest.mark.parametrize("text,expect", [
    # a deployment's place is one of its host's (GOLD.md): a place of another country is not it
    ("About 700 British commandos were sent to Tanganyika after a rising at Lanet barracks near Nakuru in Kenya.",
     [("GB", "TZ", None)]),
    ("About 700 British commandos landed at Nakuru airport on their way to Tanganyika.", [("GB", "TZ", None)]),
    # near-miss: a place of the host stays
    ("Japan sent 45 troops to the Golan Heights in Syria from Narita airport.", [("JP", "SY", "Golan Heights")]),
])
def test_a_place_of_another_country_than_the_host_is_no_location(text, expect):
    got = [(d.sender.country, d.host.country, d.location.name if d.location else None)
           for d in giftextract.extract(text).deployments if d.personnel is not None]
    assert got == expect


@pytest.mark.parametrize("text,expect", [
    # the figures before a whole told "in all" that sum to it are its parts (frames/figure_sums.py)
    ("Honduras first sent the task force to Iraq last August: 40 officers, 22 non-commissioned officers, "
     "21 technicians and 287 soldiers, 370 in all.", [("HN", "IQ", 370.0)]),
    # near-miss: figures with no whole told after them stay deployments (officers and the rest
    # are one force of their sum: test_a_force_told_as_its_officers_and_the_rest_...)
    ("Honduras sent 40 medics and 287 soldiers to Iraq last August.", [("HN", "IQ", 40.0), ("HN", "IQ", 287.0)]),
])
def test_the_parts_of_a_whole_told_in_all_are_the_whole(text, expect):
    got = [(d.sender.country, d.host.country, d.personnel.value)
           for d in giftextract.extract(text).deployments if d.personnel is not None]
    assert got == expect


def _breakdown_examples():
    import json
    from importlib import resources
    raw = resources.files("giftextract.constructions").joinpath("data", "deployment.json").read_text("utf-8")
    return json.loads(raw)["breakdown_examples"]["examples"]


@pytest.mark.parametrize("text,figures", _breakdown_examples())
def test_the_figures_of_a_breakdown_are_parts_of_the_force(text, figures):
    got = [d.personnel.value for d in giftextract.extract(text).deployments if d.personnel is not None]
    assert sorted(got) == sorted(figures), text


def test_a_state_behind_a_compass_word_is_no_subject_that_sends():
    # "landed in southeastern Turkey ... carrying 230 medics": Turkey is where, not who sends
    from giftextract import Extractor
    text = "Fifteen Israeli cargo planes landed in southeastern Turkey on Wednesday carrying some 230 military medics."
    assert "SENDER='Turkey'" not in Extractor().explain(text)


def test_a_force_sent_to_serve_with_a_peace_mission_is_hosted_where_it_serves():
    import giftextract
    [d] = giftextract.extract("Brunei has sent 30 soldiers to serve with the United Nations Interim Force in Lebanon.").deployments
    assert (d.sender.country, d.host.country, d.personnel.value) == ("BN", "LB", 30)
    assert "fallback:mission-host" in d.rules


def _lexicon_examples(table, key):
    """A lexicon table's example sentences (its "_examples", which the loader leaves out)."""
    import json
    from importlib import resources
    raw = resources.files("giftextract.lexicon").joinpath("data", f"{table}.json").read_text("utf-8")
    return json.loads(raw)["_examples"][key]


@pytest.mark.parametrize("text,sender,host,count", _lexicon_examples("organizations", "serves_in"))
def test_a_force_sent_to_a_named_mission_is_hosted_where_the_mission_serves(text, sender, host, count):
    # "to serve with UNFICYP", "to join RAMSI": the mission's own state (organizations.json serves_in)
    import giftextract
    [d] = giftextract.extract(text).deployments
    assert (d.sender.country, d.host.country, d.personnel.value) == (sender, host, count)


@pytest.mark.parametrize("text", _lexicon_examples("organizations", "serves_in_near_misses"))
def test_a_mission_told_of_sends_no_one(text):
    import giftextract
    assert giftextract.extract(text).deployments == []


@pytest.mark.parametrize("text,sender,host,where", _lexicon_examples("places", "islands"))
def test_a_force_sent_to_an_island_is_hosted_by_its_state(text, sender, host, where):
    # "sent 47 soldiers to Aitutaki": an island of the Cook Islands (places.json islands)
    import giftextract
    [d] = giftextract.extract(text).deployments
    assert (d.sender.country, d.host.country, d.location.name) == (sender, host, where)


def test_every_missions_host_is_a_known_state():
    from giftextract.lexicon.data import LEXICON
    hosts = {row["serves_in"] for row in LEXICON["organizations"].values() if isinstance(row, dict) and row.get("serves_in")}
    assert hosts and hosts <= set(LEXICON["states"])


def test_a_country_things_were_made_in_is_no_host():
    import giftextract
    text = ("The People's Liberation Army sent its first contingent to Congo in 2003: an engineering company of "
            "175 officers and soldiers, all their machinery made in China.")
    [d] = giftextract.extract(text).deployments
    assert (d.sender.country, d.host.country, d.personnel.value) == ("CN", "CD", 175)


def test_a_demonym_before_base_names_its_owner_not_the_host():
    # frames/deployments.py _TERRITORY: "the former American base at Keflavik" is in Iceland
    deployments = giftextract.extract("About 110 Norwegian personnel are now at the former American base "
                                      "at Keflavik.").deployments
    assert "US" not in [d.host.country for d in deployments if d.host]
    [d] = giftextract.extract("REYKJAVIK, Feb 10 (2014) - About 110 Norwegian personnel flew in to the former "
                              "American base at Keflavik.").deployments
    assert (d.sender.country, d.host.country) == ("NO", "IS")


@pytest.mark.parametrize("text", [
    '"We have deployed 300 soldiers to Mozambique," said Ronald Rwivanga, Rwanda\'s army spokesman.',
    '"We have deployed 300 soldiers to Mozambique," said Ronald Rwivanga, a spokesman for the Rwandan army.',
    '"We have deployed 300 soldiers to Mozambique," said a spokesman for the Rwanda Defence Force.',
])
def test_a_speaker_named_after_the_quotation_is_the_sender_of_we(text):
    # the speaker after "said" (its apposition names the state) speaks for "we": the
    # speaker-sender sieve takes the speaker's state, and an official speaker confirms
    got = [(d.sender.country, d.host.country, d.personnel.value, d.status) for d in giftextract.extract(text).deployments]
    assert got == [("RW", "MZ", 300.0, "confirmed")]


def test_a_third_party_named_after_the_quotation_gives_no_sender():
    text = '"About 300 soldiers are in Cabo Delgado," said a spokesman for the United Nations, who visited Pemba.'
    # (the UN is no state: the soldiers have no sender, so no record)
    assert giftextract.extract(text).deployments == []


def _row_examples():
    import json
    from importlib import resources
    raw = resources.files("giftextract.mentions").joinpath("data", "open_items.json").read_text("utf-8")
    return json.loads(raw)["list_sentences"]["deployment_examples"]


@pytest.mark.parametrize("text,expected", _row_examples())
def test_a_row_that_names_its_party_is_that_partys_contingent(text, expected):
    # "- United Kingdom - some 85 military personnel": the row's party sends the figure
    got = [[d.sender.country, d.host.country, d.personnel.value] for d in giftextract.extract(text).deployments
           if d.personnel is not None]
    assert got == [[s, h, float(c)] for s, h, c in expected]


def test_figures_a_dash_sets_off_after_a_force_that_sum_to_it_are_its_parts():
    # frames/figure_sums.py parts_set_off: "46 servicemen - ten ..., thirty ..., three medics
    # and three officers -": the medics and officers are no deployment of their own
    text = ("DIWANIYAH - On 21 January 2005 a contingent of 46 Armenian servicemen - ten bomb-disposal specialists, "
            "thirty drivers, three medics and three officers - was welcomed by the division commander.")
    assert [(d.sender.country, d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments] == [("AM", "IQ", 46)]



@pytest.mark.parametrize("text,location", [
    # "here", or "this" town, base or range, under a dateline: the dateline's place (frames/deictic.py)
    ("PUSAN, Korea, Feb. 1 - About 700 Belgian soldiers came ashore here on Wednesday.", "Pusan"),
    ("SIAULIAI, Lithuania, Sept. 1 - More than 130 Canadian air force personnel arrived at the Lithuanian "
     "air base here on Monday.", "Siauliai"),
    ("LVIV, Ukraine, April 20 - Some 300 U.S. paratroopers arrived at this former Soviet range last week.", "Lviv"),
    # near-miss: a place of its own wins over the dateline's
    ("PUSAN, Korea, Feb. 1 - About 700 Belgian soldiers came ashore at Inchon on Wednesday.", "Inchon"),
])
def test_a_force_told_here_is_at_the_datelines_place(text, location):
    [d] = giftextract.extract(text).deployments
    assert d.location is not None and d.location.name == location, d.location


@pytest.mark.parametrize("text,location", [
    # the place the headline leads into, in the host's country: the lead-place sieve
    ("Marines land at Da Nang\n\nWASHINGTON, March 8 - About 3,500 U.S. Marines came ashore in South Vietnam on "
     "Monday, the first American ground combat troops there.", "Da Nang"),
    # near-miss: the headline's place is in another country than the host
    ("Marines land at Da Nang\n\nWASHINGTON, March 8 - About 500 U.S. Marines arrived in Thailand on Monday.", None),
])
def test_a_deployment_with_no_place_is_where_its_headline_leads(text, location):
    [d] = giftextract.extract(text).deployments
    assert (d.location.name if d.location else None) == location


@pytest.mark.parametrize("text,want", [
    # "another 100" is one count: the opener read into it still opens the rest of the force
    ("About 200 U.S. soldiers will be based at Kigali, while another 100 will serve in Mombasa.",
     [("US", "KE", 100, "Mombasa", "planned"), ("US", "RW", 200, "Kigali", "planned")]),
    ("About 130 German soldiers are in Congo, and a further 650 are to follow over the next days.",
     [("DE", "CD", 130, None, "confirmed"), ("DE", "CD", 650, None, "planned")]),
    # the rest kept at home is no deployment
    ("Fiji said 50 soldiers would leave for Honiara, while another 120 would stay on standby at home.",
     [("FJ", "SB", 50, "Honiara", "planned")]),
])
def test_the_rest_of_a_force_told_by_its_figure_alone(text, want):
    got = sorted((d.sender.country, d.host.country, d.personnel.value, d.location.name if d.location else None, d.status)
                 for d in giftextract.extract(text).deployments)
    assert got == want


@pytest.mark.parametrize("text,want", [
    ("Portugal's contingent in Afghanistan has 162 men.", [("PT", "AF", 162)]),
    ("LISBON - With them Portugal's contingent in Afghanistan is complete again: 162 men, built around a company.",
     [("PT", "AF", 162)]),
    # an army's own size, and men with no unit or verb, are no force
    ("Gabon's entire army at the time numbered about 400 men.", []),
    ("The village has 162 men and 170 women.", []),
])
def test_men_are_a_units_strength_after_the_unit(text, want):
    got = [(d.sender.country, d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments]
    assert got == want


@pytest.mark.parametrize("text,want", [
    # a figure of types named in capitals is of machines
    ("French Rafales landed at Paphos. Other reports put the contingent at three Rafales and three Greek F-16s.", []),
    # a figure of people stays
    ("Kenyan police landed in Haiti. Other reports put the contingent at about 400 Kenyans.", [("KE", "HT", 400)]),
])
def test_a_restated_figure_of_machines_is_no_strength(text, want):
    got = [(d.sender.country, d.host.country, d.personnel.value)
           for d in giftextract.extract(text).deployments if d.personnel is not None]
    assert got == want


@pytest.mark.parametrize("text,host", [
    ("In 1951, 623 Norwegian soldiers were sent to Korea.", "KR"),
    ("North Korean forces crossed the parallel. In 1950 about 1,400 Filipino troops landed in Korea.", "KR"),
])
def test_korea_alone_is_the_republic(text, host):
    assert [d.host.country for d in giftextract.extract(text).deployments] == [host]


@pytest.mark.parametrize("text,want", [
    ("In all, 826 South Africans served in Korea, the last of them leaving in 1953.", [("ZA", "KR", 826)]),
    ("About 5,000 Poles fought at Narvik in Norway.", [("PL", "NO", 5000)]),
    # counted people who do not serve are no force
    ("Some 300 Britons live in Goa.", []),
    ("About 5,000 Poles visited Narvik in Norway.", []),
])
def test_a_states_people_counted_and_serving_are_its_force(text, want):
    got = [(d.sender.country, d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments]
    assert got == want


from giftextract.lexicon.data import LEXICON as _LEXICON  # noqa: E402

_TRANSIT = _LEXICON["triggers"]["transit_words"]["_examples"]


@pytest.mark.parametrize("text,place", _TRANSIT["aside"])
def test_a_place_passed_through_is_aside_from_the_event(text, place):
    from giftextract.lexicon.entities import find_entities
    from giftextract.mentions.units import aside
    [e] = [e for e in find_entities(text) if e.name == place]
    assert aside(text, e)
    assert place not in [getattr(d.host, "name", None) for d in giftextract.extract(text).deployments]


@pytest.mark.parametrize("text,place", _TRANSIT["not_aside"])
def test_a_place_reached_is_not_aside(text, place):
    from giftextract.lexicon.entities import find_entities
    from giftextract.mentions.units import aside
    [e] = [e for e in find_entities(text) if e.name == place]
    assert not aside(text, e)


@pytest.mark.parametrize("text,expected", [
    # figures and demonyms coordinated before one personnel noun: each figure is its demonym's
    ("The unit's 385 Czech and 69 Slovak soldiers are in Kuwait.", [("CZ", "KW", 385.0), ("SK", "KW", 69.0)]),
    ("Some 120 Fijian and 40 Tongan soldiers will be deployed to the Solomon Islands.",
     [("FJ", "SB", 120.0), ("TO", "SB", 40.0)]),
    # ... and where the force leaves, or the figures are a training tally, none is a deployment
    ("With the departure of 69 Indian and seven Canadian soldiers, no foreign troops remain in Nepal.", []),
    ("About 1,500 Somali and 850 Djiboutian officers have passed through the programme in Djibouti.", []),
])
def test_figures_of_coordinated_demonyms_before_one_noun_are_each_a_deployment(text, expected):
    got = sorted((d.sender.country, d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments)
    assert got == expected


def test_an_island_shared_by_several_states_names_no_host():
    # Borneo is Brunei's, Malaysia's and Indonesia's: troops "in Borneo" are in none of them by that name
    text = "The first Australian troops from the squadron arrived in Borneo in February."
    assert [(d.host and d.host.country) for d in giftextract.extract(text).deployments] in ([], [None])


def test_where_a_force_is_based_is_no_place_it_went():
    # "based" in the deployment table's class "elsewhere": a unit's home base, told in a
    # relative clause, is no location of the force (noun-at-location does not match there)
    from giftextract.extractor import Extractor

    report = Extractor().explain("The 40 Japanese engineers, who are based in Sasebo, trained with the Philippine navy.")
    assert "matched  deployment:noun-at-location" not in report
    report = Extractor().explain("The 40 Japanese engineers, who are now in Sasebo, trained with the Philippine navy.")
    assert "matched  deployment:noun-at-location" in report  # the near-miss: no word of a home base


def test_the_figures_a_force_told_before_includes_are_its_parts():
    # deployment.json markers breakdown: "includes" after the force told before, two or more figures
    text = "Kenya sent 400 troops to Somalia. The contingent includes six officers and two military doctors."
    got = [(d.sender.country, d.host.country, d.personnel and d.personnel.value) for d in giftextract.extract(text).deployments]
    assert got == [("KE", "SO", 400.0)]


def test_a_state_named_after_a_possessive_names_no_sender():
    # deployment.json state-force: "its Lebanon contingent", "their Mali contingent" are a
    # force serving in that state, never that state's own force
    shown = giftextract.Extractor().explain("China will lift its Lebanon contingent to 1,000.")
    assert "deployment:state-force" not in shown and "SENDER='Lebanon'" not in shown


@pytest.mark.parametrize("text,value", [
    ("Malaysia sent 82 officers and 772 other ranks to Lebanon.", 854),
    ("Bangladesh will send a contingent of 20 officers and 180 soldiers to Lebanon.", 200),
    ("Sri Lanka's first contingent left for Haiti. The contingent consisted of 27 Officers and 348 Other Ranks.", 375),
])
def test_a_force_told_as_its_officers_and_the_rest_is_one_force_of_their_sum(text, value):
    [d] = giftextract.extract(text).deployments
    assert d.personnel.value == value
    # the sum spans both terms, each a part with its own span
    assert d.personnel.text == text[d.personnel.span.start:d.personnel.span.end]
    assert [p.value for p in d.personnel.parts] == [value - d.personnel.parts[1].value, d.personnel.parts[1].value]
    assert all(p.text == text[p.span.start:p.span.end] for p in d.personnel.parts)


@pytest.mark.parametrize("text,values", [
    # the second figure counts no soldiers: two figures, no sum
    ("Pakistan deployed 12 officers and 140 vehicles to Somalia.", [12]),
    # two states' figures are two forces
    ("France sent 30 officers to Mali and Chad sent 200 soldiers to Niger.", [30, 200]),
])
def test_officers_beside_another_figure_are_no_sum(text, values):
    assert sorted(d.personnel.value for d in giftextract.extract(text).deployments if d.personnel) == values


def _figures(text: str) -> list[float]:
    """The figures of the text's deployments."""
    return [d.personnel.value for d in giftextract.extract(text).deployments if d.personnel]


def test_a_partys_own_force_of_a_figure_is_no_deployment():
    # deployment.json not_deployment "own force of": the border chief's men guard his own border
    text = ("DUSHANBE, August 2 -- The commander of Tajikistan's border troops says the U.S. aid his men were "
            "promised has so far amounted to 60 pairs of binoculars.\n\nA spokeswoman for the U.S. Embassy in "
            "Dushanbe confirmed that the binoculars had been handed over.\n\nAzimov's own force of about 5,000 men "
            "is fully responsible for some 500 kilometers of the Afghan border.")
    assert 5000 not in _figures(text)


def test_a_standing_force_added_to_is_not_the_new_forces_segment():
    # frames/segments.py: "on top of", "in addition to" open the segment of the force added to
    text = ("France, which commands the existing force in Lebanon, has offered 200 additional troops, "
            "on top of the 200 French soldiers already serving with UNIFIL.")
    got = [(d.sender.country, d.host.country, d.personnel.value, d.status) for d in giftextract.extract(text).deployments]
    assert got == [("FR", "LB", 200.0, "planned")]


def test_coordinated_senders_of_a_force_with_no_figure_each_sent_one():
    # frames/conjuncts.py: no joint total to split, so each sender's own frame
    got = sorted((d.sender.country, d.host.country, d.personnel)
                 for d in giftextract.extract("Slovenia and Romania sent troops to Bosnia on Monday.").deployments)
    assert got == [("RO", "BA", None), ("SI", "BA", None)]
    # ... but a figure without "each" is their joint total, no single sender's
    assert giftextract.extract("Slovenia and Romania sent 300 troops to Bosnia.").deployments == []


def test_coordinated_demonyms_of_a_force_with_no_figure_each_sent_one():
    # constructions/engine.py _preceding: demonyms before a demonym are its conjuncts
    got = sorted((d.sender.country, d.host.country) for d in
                 giftextract.extract("Slovenian and Romanian troops arrived in Bosnia on Monday.").deployments)
    assert got == [("RO", "BA"), ("SI", "BA")]


def test_a_figure_from_a_list_of_states_is_their_joint_total():
    # frames/conjuncts.py: "540 police officers from Ghana and Nigeria" is no single sender's figure
    text = ("Four West African countries are preparing to send police officers and gendarmes to Liberia to help "
            "secure next month's elections.\n\nBurkina Faso's council of ministers has approved the dispatch of 140 "
            "gendarmes. The Burkinabe unit will work alongside 140 gendarmes from Cote d'Ivoire and 540 police "
            "officers from Ghana and Nigeria, reinforcing the Liberia National Police for the polls.")
    assert 540 not in _figures(text)


def test_a_figure_several_nations_together_sent_is_no_single_senders():
    # deployment.json not_deployment "together sent": a multinational total (GOLD.md)
    text = ("BRASILIA, July 1, 1997 - Brazilian troops are due to leave Angola by August 31.\n\n"
            "When it first arrived in Angola, in 1995, the Brazilian contingent numbered just over 1,100 "
            "military and police personnel, the largest of the eleven nations that together sent some 7,600 "
            "men to the UN mission.")
    assert 7600 not in _figures(text)


@pytest.mark.parametrize("text", [
    "The Light Dragoons sent about 150 soldiers in their Jackal vehicles to Poland.",
    "The Coldstream Guards sent 300 soldiers to Kenya for training.",
])
def test_a_british_regiment_sends_in_britains_name(text):
    """organizations.json: named British Army regiments are the United Kingdom's bodies."""
    assert [(d.sender.country, d.personnel.value > 0) for d in giftextract.extract(text).deployments] == [("GB", True)]


def test_a_force_named_with_its_initials_in_brackets_keeps_its_figure():
    # "110 Indian Air Force (IAF) personnel": the initials in brackets stand in the words
    # between the figure and its personnel noun (mentions/items.py _COUNT_GAP)
    text = "NEW DELHI - India deployed five Tejas to the UAE. A contingent of 110 Indian Air Force (IAF) personnel is taking part."
    assert [(d.sender.country, d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments] == [("IN", "AE", 110)]


@pytest.mark.parametrize("text,expected", [
    # triggers.json personnel_nouns "assets": a force told by its warships or warplanes is a
    # deployment at its place, and their number is no figure of people
    ("Britain has deployed four fighter jets to Romania's Mihail Kogalniceanu air base.",
     ("GB", "RO", "Mihail Kogalniceanu air base")),
    ("Three Italian warships arrived at the port of Limassol in Cyprus on Monday.", ("IT", "CY", "Limassol")),
])
def test_a_force_told_by_its_warships_or_warplanes_is_deployed_at_its_place(text, expected):
    [d] = giftextract.extract(text).deployments
    assert (d.sender.country, d.host.country, d.location.name) == expected
    assert d.personnel is None


def test_warships_given_stay_a_gift():
    ex = giftextract.extract("Japan donated two patrol ships and a warship to the Philippines.")
    assert not ex.deployments
    assert {i.species for g in ex.gift_transfers for i in g.items} == {"patrol ship", "warship"}


def test_a_force_from_a_list_of_states_is_each_ones_whatever_the_lists_length():
    # the deploy verb stands past the names the force comes from: each state sent some
    text = "Soldiers from the United States, China, Russia and Germany were in Mongolia for the drills."
    got = {(d.sender.country, d.host.country) for d in giftextract.extract(text).deployments}
    assert got == {("US", "MN"), ("CN", "MN"), ("RU", "MN"), ("DE", "MN")}
    # with a figure it is their joint total, no one sender's (GOLD.md)
    assert giftextract.extract("About 1,200 soldiers from the United States, China and Russia were in Mongolia.").deployments == []


def test_a_figure_spread_over_many_countries_is_no_one_hosts():
    # "in eight countries": the sender's total over many hosts, not the host the story is about
    text = ("Cambodian peacekeepers left for Lebanon on Monday. Currently, Cambodia employs about 1,000 troops "
            "in eight countries, among them Lebanon and Mali.")
    assert [d.personnel.value for d in giftextract.extract(text).deployments if d.personnel] == []
    # near-miss: a figure in one country is its host's
    text = "Cambodian peacekeepers left for Lebanon on Monday. Cambodia now has about 200 troops in Lebanon."
    assert [(d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments] == [("LB", 200)]


@pytest.mark.parametrize("text", [
    "Vietnam will send a field hospital to South Sudan. A contingent of 63 staff members is to leave Hanoi on Friday.",
    "Vietnam will send a field hospital to South Sudan. A contingent of 63 staff members is due to depart Hanoi on Friday.",
])
def test_the_place_a_force_is_to_leave_is_not_where_it_serves(text):
    # "to leave Hanoi": "to" opens an infinitive of leaving (row noun-at-location: !>@depart),
    # so Hanoi, the sender's own city, is no location that would make Vietnam its own host
    got = [(d.sender.country, d.host.country, d.personnel.value if d.personnel else None, d.location)
           for d in giftextract.extract(text).deployments]
    assert got == [("VN", "SS", 63, None)], got


def test_an_exercise_that_brings_together_forces_of_states_places_each():
    # triggers.json deploy_verbs "brings together": the drill hosts each state's contingent
    text = ("KONYA - Hosted by the Turkish Air Force at the 3rd Main Jet Base in Konya, the drill opened on "
            "April 27 and brings together contingents from Pakistan, Azerbaijan, Qatar and the United Kingdom.")
    got = sorted((d.sender.country, d.host.country, d.location.name) for d in giftextract.extract(text).deployments)
    assert got == [("AZ", "TR", "Konya"), ("GB", "TR", "Konya"), ("PK", "TR", "Konya"), ("QA", "TR", "Konya")], got


@pytest.mark.parametrize("text,figures", [
    # a relative clause set off by no comma describes the force: the verb after it (killed) is still its own
    ("The Czech Republic sent a team to Logar in Afghanistan. Over its five years the team finished 141 projects. "
     "Two Czech soldiers who served with the team were killed.", []),
    ("Kenya sent 300 soldiers to Somalia in 2011. Two Kenyan soldiers who served with the force were killed in an ambush.", [300.0]),
    # near miss: set off by a comma, the clause is the force's, and so is its figure
    ("Kenya sent 300 soldiers, who will guard the airport, to Somalia.", [300.0]),
])
def test_a_loss_told_after_a_relative_clause_describing_the_force_is_its_own(text, figures):
    assert [d.personnel.value for d in giftextract.extract(text).deployments if d.personnel] == figures
