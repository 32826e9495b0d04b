"""The event-frame corpus: sentences written for this table (not taken from the seeds),
each with the record it must yield, plus near-misses that must yield nothing."""

from __future__ import annotations

import pytest

import giftextract

# (text, giver country, recipient country, [(species, count value)], total value or None)
GIFTS = [
    # active, "X gave Z to Y"
    ("Chinese President Xi Jinping gifted two giant pandas to Malaysia.", "CN", "MY", [("giant panda", 2)], None),
    ("Japan donated 12 koalas to Australia's Adelaide Zoo last year.", "JP", "AU", [("koala", 12)], None),
    ("Turkmenistan presented an Akhal-Teke horse to China.", "TM", "CN", [("akhal-teke horse", 1)], None),
    # ditransitive, "X gifted Y Z"
    ("Vladimir Putin gifted Kim Jong Un two dozen white horses.", "RU", "KP", [("horse", 24)], None),
    ("Kim Jong Un gave Moon Jae-in a pair of Pungsan dogs.", "KP", "KR", [("pungsan dog", 2)], None),
    ("Moscow sent Pyongyang several golden eagles as gifts.", "RU", "KP", [("golden eagle", None)], None),
    # passive with "by"
    ("Five Amur tigers were sent to North Korea by Russia as a gift.", "RU", "KP", [("amur tiger", 5)], None),
    ("Two polar bears were donated to Japan by the Russian government.", "RU", "JP", [("polar bear", 2)], None),
    # "a gift from X to Y" and "X's gift to Y"
    ("The zoo received 40 mandarin ducks, a gift from China to South Korea.", "CN", "KR", [("mandarin duck", 40)], None),
    ("Xi's gift to Malaysia included a lioness.", "CN", "MY", [("lion", 1)], None),
    # totals, lists and "including"
    ("Russia has sent more than 70 animals to North Korea as gifts, including an African lion, two brown bears and 40 mandarin ducks.",
     "RU", "KP", [("african lion", 1), ("brown bear", 2), ("mandarin duck", 40)], 70),
    ("Australia gifted about 30 animals to Japan, among them six kangaroos.", "AU", "JP", [("kangaroo", 6)], 30),
    # the receiving side as subject, a zoo named by where it is
    ("In a show of goodwill, Pyongyang zoo welcomed more than 70 animals, including a lion, from Russia.", "RU", "KP", [("lion", 1)], 70),
    ("Japan's zoo received two koalas from Australia's government.", "AU", "JP", [("koala", 2)], None),
    ("A zoo in Japan received two koalas from Australia.", "AU", "JP", [("koala", 2)], None),
    # arrival, and a reduced relative with "by"
    ("Three koalas from Australia arrived in Singapore last week as a gift.", "AU", "SG", [("koala", 3)], None),
    ("A white lion sent by Russia as a gift has arrived in Belarus.", "RU", "BY", [("white lion", 1)], None),
    # a passive whose subject receives
    ("Kim Jong Un was given two Orlov trotter horses by Russia.", "RU", "KP", [("orlov trotter horse", 2)], None),
    # zoo to zoo, giver a person with a title
    ("Russian President Vladimir Putin transferred three snow leopards from the Moscow Zoo to the Pyongyang Central Zoo as a gift.",
     "RU", "KP", [("snow leopard", 3)], None),
    # a sex word of cattle after the animal is one animal; a figure before an owner counts the owners
    ("Zimbabwe donated a black rhino bull to Botswana.", "ZW", "BW", [("black rhinoceros", 1)], None),
    ("Kenya gave the two zoos' lions to Uganda.", "KE", "UG", [("lion", None)], None),
    # places and their officials counted in a clause of giving are no things given
    ("South Korea donated five ambulances to the mayors of five small municipalities in Honduras.", "KR", "HN",
     [("ambulance", 5)], None),
]


@pytest.mark.parametrize("text,giver,recipient,items,total", GIFTS, ids=[g[0][:40] for g in GIFTS])
def test_gift_examples(text, giver, recipient, items, total):
    ex = giftextract.extract(text)
    assert len(ex.gift_transfers) == 1, ex.model_dump_json(indent=1)
    g = ex.gift_transfers[0]
    assert (g.giver.country, g.recipient.country) == (giver, recipient)
    got = sorted((i.species, i.count.value if i.count else None) for i in g.items)
    assert got == sorted(items)
    assert (g.total.value if g.total else None) == total


PLACES = [
    ("Russia transferred three snow leopards from the Moscow Zoo to the Pyongyang Central Zoo as a gift.",
     "Moscow Zoo", "Pyongyang Central Zoo"),
    ("China sent two giant pandas from the Chengdu Panda Base to Edinburgh Zoo in Britain as a gift.",
     "Chengdu Panda Base", "Edinburgh Zoo"),
]


@pytest.mark.parametrize("text,origin,destination", PLACES)
def test_origin_and_destination(text, origin, destination):
    g = giftextract.extract(text).gift_transfers[0]
    assert g.origin.name == origin
    assert g.destination.name == destination


TRANSPORT = [
    ("Russia sent two bears to North Korea by plane as a gift.", "air", "plane"),
    ("Russia gifted two bears to North Korea. The animals were flown to Pyongyang.", "air", None),
    ("Russia gifted two bears to North Korea; they travelled aboard a government plane.", "air", "government plane"),
    ("China shipped two pandas to the United States by sea as a gift.", "sea", None),
    ("China sent two pandas to South Korea across the Yellow Sea as a gift.", "sea", None),
    ("Japan sent two cranes to Russia by a chartered cargo plane as a gift.", "air", "chartered cargo plane"),
    # legs told in order: the last reaches the recipient (GOLD.md: the leg between the two countries)
    ("China gave Afghanistan two lions, trucked overland to Xinjiang and flown to Kabul.", "air", None),
]


@pytest.mark.parametrize("text,mode,vehicle", TRANSPORT)
def test_transport(text, mode, vehicle):
    ex = giftextract.extract(text)
    modes = [g.transport.mode for g in ex.gift_transfers if g.transport]
    assert mode in modes
    if vehicle:
        assert any(g.transport and g.transport.vehicle == vehicle for g in ex.gift_transfers)


# (text, sender, host, value, qualifier, status, location or None)
# A figure told plainly, citing no one, is the article's own narration: confirmed (GOLD.md),
# unless elsewhere in the document it is only others' word ("officials said" is a hedge).
DEPLOYMENTS = [
    # (a present "are stationed" tells a force already there: tests/test_standing_forces.py)
    ("About 5,000 Belarusian troops were stationed in Russia's Belgorod region in May.", "BY", "RU", 5000, "approximate", "confirmed", "Belgorod region"),
    ("North Korea has sent at least 3,000 soldiers to Russia, officials said.", "KP", "RU", 3000, "at_least", "reported", None),
    ("Iran plans to deploy 2,000 troops to Syria by March.", "IR", "SY", 2000, "exact", "planned", None),
    ("More than 12,000 North Korean troops have joined the Russian army.", "KP", "RU", 12000, "more_than", "confirmed", None),
    ("More than 12,000 North Korean troops have joined the Russian army, Seoul's spy agency said.", "KP", "RU", 12000, "more_than", "reported", None),
    ("Moscow denied that 1,500 Belarusian soldiers had been sent to Russia.", "BY", "RU", 1500, "exact", "denied", None),
    ("Officials said 4,000 Iranian troops would be stationed in Syria.", "IR", "SY", 4000, "exact", "planned", None),
    ("Turkey has about 1,200 soldiers serving in Syria.", "TR", "SY", 1200, "approximate", "confirmed", None),
    # a unit's strength counts its people: "a 1,200-strong force", "a 250-strong contingent of ..."
    ("Chad has sent a 1,200-strong force to Niger.", "TD", "NE", 1200, "exact", "confirmed", None),
    ("A 250-strong contingent of Nepalese peacekeepers arrived in Lebanon.", "NP", "LB", 250, "exact", "confirmed", None),
    ("Tehran has sent a 2,000-strong advance force into Iraq.", "IR", "IQ", 2000, "exact", "confirmed", None),
    # the host is where the first troops landed; "French" names the sender of "personnel", never a host;
    # the place is the nearest one after the troops (the base), not the city it is near
    ("French troops landed at the Mihail Kogalniceanu air base near Constanta. The battalion was made up of about "
     "500 French personnel.", "FR", "RO", 500, "approximate", "confirmed", "Mihail Kogalniceanu air base"),
    ("Minsk has not sent 2,000 Belarusian troops to Russia, the ministry said.", "BY", "RU", 2000, "exact", "denied", None),
    # "bring ... into" a country deploys there
    ("The US military will bring up to 7,000 Marines into Costa Rica.", "US", "CR",
     7000, "at_most", "planned", None),
    # a departure bound for a country goes there; "military doctors" is the noun, not "Vietnamese military"
    ("Twenty-nine Vietnamese military doctors took off from Noi Bai airport on Tuesday for South Sudan.", "VN", "SS",
     29, "exact", "confirmed", None),
    # where the war is, troops sent into it go; a state leading a coalition hosts nothing
    ("Qatar has sent around 1,000 ground troops into the war in Yemen to join the Saudi-led campaign.", "QA", "YE",
     1000, "approximate", "confirmed", None),
    # a death or a return in a subordinate clause is not the figure's
    ("Japan will dispatch a medical unit of about 110 personnel to Nepal, where the quake killed 4,000 people.",
     "JP", "NP", 110, "approximate", "planned", None),
    # aircraft told as "fighters" are no figure of people, but tell whose force it is and where
    ("Four Danish F-16 fighters and 84 personnel arrived at Siauliai in Lithuania.", "DK", "LT", 84, "exact",
     "confirmed", "Siauliai"),
    # coordinated modifiers between a figure and its noun
    ("Japan sent about 530 ground, air and maritime personnel to Pakistan.", "JP", "PK", 530, "approximate",
     "confirmed", None),
    # a strength told with a space for the hyphen ("130 strong"): the unit's people
    ("Ireland will send a 130 strong contingent to the Golan Heights.", "IE", "SY", 130, "exact", "planned", "Golan Heights"),
    # a crew coordinated before the personnel noun: one figure for both
    ("Italy flew four Tornado jets and 135 crew and support personnel to Kuwait.", "IT", "KW", 135, "exact",
     "confirmed", None),
    ("The Czech Republic sent about 80 pilots and ground personnel to Iceland.", "CZ", "IS", 80, "approximate",
     "confirmed", None),
    # a figure after its noun, told as what the force will number
    ("The Portuguese contingent in Mozambique will number about 60.", "PT", "MZ", 60, "approximate", "planned", None),
    ("British personnel there would number about 750 in Sierra Leone.", "GB", "SL", 750, "approximate", "planned", None),
    ("The Portuguese contingent in Mozambique will total about 60.", "PT", "MZ", 60, "approximate", "planned", None),
]


@pytest.mark.parametrize("text,sender,host,value,qualifier,status,location", DEPLOYMENTS, ids=[d[0][:40] for d in DEPLOYMENTS])
def test_deployment_examples(text, sender, host, value, qualifier, status, location):
    ex = giftextract.extract(text)
    assert len(ex.deployments) == 1, ex.model_dump_json(indent=1)
    d = ex.deployments[0]
    assert (d.sender.country, d.host.country) == (sender, host)
    assert (d.personnel.value, d.personnel.qualifier) == (value, qualifier)
    assert d.status == status
    assert (d.location.name if d.location else None) == location


NEGATIVE = [
    # animals without a transfer
    "Putin and Kim were photographed playing with dogs in the garden.",
    "Lions and tigers roam the reserve near Moscow.",
    # a transfer without giftable things
    "Russia sent a delegation to North Korea in June.",
    "China has sent diplomats to Japan for talks.",
    # a visit, not a gift
    "Kim Jong Un travelled to Russia to meet Putin at a space centre.",
    # numbers that are not counts of animals
    "In 2023, military spending reached $588 billion, an increase of 62%.",
    "The 12-year-old bear at the Moscow Zoo died on November 20.",
    # troops without a number or a sending verb
    "Troops are a common sight in the capital.",
    # a unit's size in general, no deployment; soldiers killed are no deployment
    "A Patriot battery typically needs about 85 soldiers plus logistics support.",
    # forces already there before the event (a withdrawal story's remainder) are no deployment
    "As recently as July, about 2,400 Russian servicemen were still in Estonia.",
    "There are already 329 American military personnel in non-combat jobs across the former federation.",
    # troops massed at home are no deployment, whoever tells of them
    "Western capitals have accused Russia of amassing some 100,000 troops near Ukraine's borders.",
    # a body of many states adds troops no one state sends
    "The Security Council voted on Jan. 19 to add 2,000 troops and 1,500 police to the mission in Haiti.",
    "When the Soviet Union fell apart, roughly 150,000 Russian troops were based in the Baltic republics.",
    "A Houthi missile hit a coalition position, killing 45 soldiers from the United Arab Emirates.",
    # generic nouns only: no items, no total
    "Animals have long played a role in diplomacy between states.",
    # the dead of a force are no deployment (deployment.json withdrawal)
    "Ninety-seven Polish mountain troops and 59 sailors lie in the cemeteries at Narvik.",
    # trainers that are aircraft (deployment.json machine_homonyms, thing_modifiers)
    "La Paz bought six Hongdu K-8 jet trainers from China in 2011.",
    "Nigeria took delivery of ten Super Mushshak basic trainers from Pakistan.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_near_misses_yield_nothing(text):
    ex = giftextract.extract(text)
    assert ex.gift_transfers == [] and ex.deployments == [], ex.model_dump_json(indent=1)


def test_lioness_reads_as_female_lion():
    g = giftextract.extract("Russia gifted a lioness to Belarus.").gift_transfers[0]
    assert (g.items[0].species, g.items[0].sex, g.items[0].count.value) == ("lion", "female", 1)


def test_species_of_counts_species():
    g = giftextract.extract("China donated 25 different species of pheasant to Nepal.").gift_transfers[0]
    item = g.items[0]
    assert item.species == "pheasant" and item.count.value == 25 and item.count.unit == "species"


def test_attribution():
    ex = giftextract.extract("Russia gifted two bears to North Korea, according to TASS.")
    assert [s.name for s in ex.gift_transfers[0].attributed_to] == ["TASS"]
    ex = giftextract.extract("China gave two pandas to Japan, the ministry said.")
    assert ex.gift_transfers and ex.gift_transfers[0].attributed_to


def test_sex_from_an_adjective_and_across_mentions():
    g = giftextract.extract("Russia gifted a female African lion to Belarus.").gift_transfers[0]
    assert (g.items[0].species, g.items[0].sex) == ("african lion", "female")
    text = "Russia gifted a lioness to Belarus. The delivery included an African lion and two bears."
    [g] = giftextract.extract(text).gift_transfers
    lion = next(i for i in g.items if i.species == "african lion")
    assert (lion.sex, lion.count.value) == ("female", 1)


# "it"/"he"/"she" as the subject: the subject of the sentence before (own sentences)
PRONOUNS = [
    ("Turkey, a NATO member, has long backed the mission. It has about 800 soldiers serving in Somalia.",
     "deployment", ("TR", "SO")),
    ("The Japanese prime minister met Putin in Vladivostok. He gave Putin an Akita dog.",
     "gift", ("JP", "RU")),
    ("Malaysia's king welcomed the visitors. She said nothing.", None, None),  # no event: nothing
]


@pytest.mark.parametrize("text,kind,countries", PRONOUNS)
def test_subject_pronouns_take_the_previous_subject(text, kind, countries):
    ex = giftextract.extract(text)
    if kind is None:
        assert ex.gift_transfers == [] and ex.deployments == []
    elif kind == "gift":
        [g] = ex.gift_transfers
        assert (g.giver.country, g.recipient.country) == countries
    else:
        [d] = ex.deployments
        assert (d.sender.country, d.host.country) == countries


def test_a_pronoun_without_a_previous_subject_stays_unresolved():
    assert giftextract.extract("It has about 800 soldiers serving in Somalia.").deployments == []


# Word tests that let a frame skip a case-insensitive regex must never hide a match, also
# where IGNORECASE equates a non-ASCII letter with an ASCII one ("SAİD", "ſaid").
def _case_variants(word: str) -> list[str]:
    import regex
    out = [word, word.upper()]
    for i, ch in enumerate(word):
        same = regex.compile(regex.escape(ch), regex.IGNORECASE)
        out += [word[:i] + chr(c) + word[i + 1:] for c in range(0x2200) if chr(c) != ch and same.fullmatch(chr(c))]
    return out


@pytest.mark.parametrize("pattern,words,phrases", [
    ("_SAID", "_SAID_WORDS", ["the ministry {} ", "a government statement {} "]),
    ("_ACCORDING", "_ACCORDING_WORDS", ["{} TASS"]),
    ("_ESCORT", "_ESCORT_WORDS", ["{} by zoo staff,", "{} the care of keepers,"]),
    ("_REPORT_VERB", "_REPORT_VERB_WORDS", [" {}"]),
])
def test_word_tests_never_hide_a_source_or_escort(pattern, words, phrases):
    from giftextract.frames import slots
    from giftextract.mentions.sentence import SentenceView
    rx, ws = getattr(slots, pattern), getattr(slots, words)
    spelled = {"_SAID": ["said", "added", "says", "stated", "noted", "reported", "announced"],
               "_ACCORDING": ["according to", "as reported by", "reported by", "citing", "per"],
               "_ESCORT": ["escorted", "accompanied", "attended", "under"],
               "_REPORT_VERB": ["said", "says", "say", "reported", "reports", "announced", "stated", "added", "told",
                                "confirmed", "noted", "wrote", "posted", "claimed", "described"]}[pattern]
    checked = 0
    for phrase in phrases:
        for verb in spelled:
            for variant in _case_variants(verb):
                text = "Bears were sent, " + phrase.format(variant)
                if rx.search(text):
                    checked += 1
                    assert SentenceView(text, 0, len(text)).mentions_any(0, len(text), ws), text
    assert checked > 0


def test_word_test_never_hides_another_event():
    from giftextract.frames import gifts
    from giftextract.mentions.sentence import SentenceView
    for word in ["earlier", "previously", "formerly", "once", "before", "another", "last time", "back in",
                 "first time", "in the past"]:
        for variant in _case_variants(word):
            text = f"Russia {variant} gifted bears to Japan."
            if gifts._DISTINCT.search(text):
                assert SentenceView(text, 0, len(text)).mentions_any(0, len(text), gifts._DISTINCT_WORDS), text


def _gifts(text):
    return {(g.giver.country, g.recipient.country, tuple((i.species, i.count.value if i.count else None) for i in g.items))
            for g in giftextract.extract(text).gift_transfers}


def _items(text) -> list[tuple]:
    """(species, count) of every item of every gift the text gives, in order."""
    return [(i.species, i.count and i.count.value) for g in giftextract.extract(text).gift_transfers for i in g.items]


def test_a_joint_figure_is_no_one_recipients():
    got = _gifts("Japan would give a combined 440,000 doses to Thailand, Vietnam and Taiwan.")
    assert {(r, items) for _, r, items in got} == {(r, (("dose", None),)) for r in ("TH", "VN", "TW")}


def test_a_gift_to_coordinated_states_is_one_gift_to_each():
    got = _gifts("Indonesia also gave pairs of Komodo dragons to Thailand, Japan and Spain.")
    assert {(g, r) for g, r, _ in got} == {("ID", "TH"), ("ID", "JP"), ("ID", "ES")}
    assert all(items == (("komodo dragon", None),) for _, _, items in got)
    got = _gifts("Ankara presented cars to the leaders of Kyrgyzstan, Azerbaijan and Uzbekistan.")
    assert {r for _, r, _ in got} == {"KG", "AZ", "UZ"}



@pytest.mark.parametrize("text,expected", [
    ("In exchange for the two tigers, Iran presented Russia with two leopards.", {("IR", "RU", "leopard")}),
    ("Iran gave Russia two leopards in return for two tigers.", {("IR", "RU", "leopard")}),
    # only up to the next comma: what follows it may be given again
    ("Russia gave Iran two tigers in exchange for nothing, and two bears.", {("RU", "IR", "tiger"), ("RU", "IR", "bear")}),
])
def test_what_a_giver_got_in_exchange_is_not_what_it_gave(text, expected):
    got = {(g.giver.country, g.recipient.country, i.species) for g in giftextract.extract(text).gift_transfers for i in g.items}
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    # "and received" with no subject of its own: the giver's receipt, the gift turned round
    ("Japan gave China a monkey and received a jaguar.", {("JP", "CN", "monkey"), ("CN", "JP", "jaguar")}),
    ("Russia gave Mongolia two tanks and received 500 horses in return.", {("RU", "MN", "tank"), ("MN", "RU", "horse")}),
    # near-miss: "and" inside the list of things given
    ("Japan gave China a monkey and a jaguar.", {("JP", "CN", "monkey"), ("JP", "CN", "jaguar")}),
])
def test_a_giver_that_also_received_got_a_gift_the_other_way(text, expected):
    got = {(g.giver.country, g.recipient.country, i.species) for g in giftextract.extract(text).gift_transfers for i in g.items}
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    # more of the same giver's giving, told with "followed up with": a gift of its own to the same state
    ("TASHKENT, May 12 - The United States gave Uzbekistan 3 million doses of Moderna in July. Washington "
     "followed up with more than 1.2 million Pfizer doses in September.",
     {("US", "UZ", "moderna", 3000000.0), ("US", "UZ", "pfizer dose", 1200000.0)}),
    ("The minister followed up with a phone call to Kyiv.", set()),  # no thing given
])
def test_a_giver_that_follows_up_with_more_gives_again(text, expected):
    got = {(g.giver.country, g.recipient.country, i.species, i.count and i.count.value)
           for g in giftextract.extract(text).gift_transfers for i in g.items}
    assert got == expected


@pytest.mark.parametrize("text,recipients", [
    ("Turkey donated masks as gifts to Italy and Spain, as well as to Serbia and Kosovo.", {"IT", "ES", "RS", "XK"}),
    ("Turkey donated masks to Italy, and also to Serbia.", {"IT", "RS"}),
    ("Turkey donated masks to Italy and to Serbia.", {"IT", "RS"}),
    # no list goes on: a thing, or a possessor's institution, after "as well as" / "and to"
    ("Turkey donated masks to Italy as well as blankets.", {"IT"}),
    ("Turkey donated masks to Italy and to Serbia's hospitals.", {"IT"}),
])
def test_a_list_of_recipients_goes_on_after_as_well_as_to(text, recipients):
    assert {r for _, r, _ in _gifts(text)} == recipients


def test_coordinated_givers_and_receiving_subjects_give_one_gift_each():
    got = _gifts("The Czech Republic, Lithuania, and Poland gave Taiwan vaccine doses.")
    assert {(g, r) for g, r, _ in got} == {("CZ", "TW"), ("LT", "TW"), ("PL", "TW")}
    assert all(items == (("vaccine dose", None),) for _, _, items in got)
    got = _gifts("Bolivia and Paraguay each received 150,000 doses from Mexico.")
    assert {(g, r, items) for g, r, items in got} == {("MX", "BO", (("dose", 150000.0),)),
                                                       ("MX", "PY", (("dose", 150000.0),))}
    # near-misses: a state named before the list's "and" but not coordinated with the giver
    assert {(g, r) for g, r, _ in _gifts("After talks in Japan, Poland donated vaccine doses to Taiwan.")} \
        == {("PL", "TW")}
    assert {(g, r) for g, r, _ in _gifts("Japan's envoy and Poland donated vaccine doses to Taiwan.")} \
        == {("PL", "TW")}


def test_a_subject_list_of_names_is_one_clause():
    from giftextract.mentions.sentence import SentenceView
    text = "The Czech Republic, Lithuania, and Poland donated doses."
    assert SentenceView(text, 0, len(text)).clauses() == [(0, len(text))]
    text = "Russia sent troops, and Poland donated doses."
    assert len(SentenceView(text, 0, len(text)).clauses()) == 2


@pytest.mark.parametrize("text,clauses", [
    # a pair of dashes after a counted thing around a list that opens on a count: one clause
    ("Japan gave Laos 13 vehicles - five ambulances and eight command cars - in May.", 1),
    # counts in words, hyphenated, and a hyphen inside the list's words
    ("Japan gave Laos sixty-eight vehicles - twenty-three minibuses and forty-five 45-seat buses - in May.", 1),
    # an aside of the subject whose closing dash an auxiliary follows: the verb is the subject's
    ("The animals - three tigers and four lions - were selected.", 1),
    ("About 2,500 Angolan police - the units Angolans call the Ninjas - were to be deployed in Zimbabwe.", 1),
    ("The team - 56 service members and four sniffer dogs - has landed at Marrakech.", 1),
    ("A group of 1,000 - the first of three - would arrive by April.", 1),
    # a pair of dashes around a phrase naming the gift the things were: one clause, the things its theme
    ("Two lions - Kenya's gift to Japan - arrived in Tokyo.", 1),
    ("A whip, spurs and a bridle - the state's presents to President Johnson - have resurfaced.", 1),
    # no auxiliary after the closing dash, or a new subject after a single dash: breaks
    ("The animals - three tigers and four lions - arrived on Friday.", 3),
    ("Two pandas arrived in Vienna - it was the first pair Austria had received.", 2),
    # a closing dash that a new clause follows still breaks
    ("Chad promised 2,000 troops - a regiment of 1,200 men and two battalions - and the rest will follow.", 2),
    ("LAHORE, April 22 - Punjab welcomed 18 big cats.", 2),
])
def test_a_counted_aside_between_dashes_stays_in_its_clause(text, clauses):
    from giftextract.mentions.sentence import SentenceView
    assert len(SentenceView(text, 0, len(text)).clauses()) == clauses


def test_a_counted_list_between_dashes_gives_the_things_and_their_total():
    [g] = giftextract.extract("The United States gave Niger 22 armoured vehicles - 15 armoured personnel carriers, "
                              "four command vehicles and three armoured ambulances - on Monday.").gift_transfers
    assert g.total.value == 22
    assert sorted((i.species, i.count.value) for i in g.items) == [
        ("ambulance", 3), ("armoured personnel carrier", 15), ("command vehicle", 4)]


def test_a_list_without_and_is_not_coordination():
    # "Thailand, Japan's ally," is an apposition, not a second recipient
    got = _gifts("Indonesia gave two Komodo dragons to Thailand, Japan's ally, in 1976.")
    assert {(g, r) for g, r, _ in got} == {("ID", "TH")}


def test_the_dative_reads_the_nearest_to():
    got = _gifts("Over the years Sri Lanka has given three elephants to China and two each to Japan and Korea.")
    assert ("LK", "CN", (("elephant", 3.0),)) in got
    assert not any(r == "JP" and items == (("elephant", 3.0),) for _, r, items in got)


def test_a_gift_to_many_lends_its_giver_to_each_recipient_named_after_it():
    text = ("Prime Minister Narendra Modi handed his fellow leaders a collection of handicrafts. "
            "U.S. President Joe Biden received a miniature painting. "
            "Britain's Rishi Sunak, meeting Modi for the first time, was presented with a hand-woven shawl. "
            "Spain's Pedro Sanchez was given a brass set.")
    pairs = {(g, r) for g, r, _ in _gifts(text)}
    assert {("IN", "US"), ("IN", "GB"), ("IN", "ES")} <= pairs
    # another giver's gift closes it: Sanchez's set is then nobody's
    other = text.replace("Spain's Pedro Sanchez", "Japan gave Australia a kimono. Spain's Pedro Sanchez")
    assert ("IN", "ES") not in {(g, r) for g, r, _ in _gifts(other)}


def test_a_definite_thing_moved_in_the_next_sentence_tells_how_the_gift_travelled():
    ex = giftextract.extract("Saudi Arabia gave Austria four horses. "
                             "The stallions travelled to Vienna in the cargo hold of an airliner.")
    assert [(g.giver.country, g.recipient.country, g.transport and g.transport.mode) for g in ex.gift_transfers] \
        == [("SA", "AT", "air")]
    # an indefinite thing moved is another matter
    ex = giftextract.extract("Britain gave France three ponies. A Lufthansa jet carried tourists to Paris.")
    assert [g.transport for g in ex.gift_transfers] == [None]


def test_one_of_the_rarest_is_one():
    got = _gifts("Vladimir Putin presented to the Saudi crown prince one of the rarest falcons, a Kamchatka gyrfalcon.")
    assert ("RU", "SA", (("falcon", 1.0),)) in got or ("RU", "SA", (("gyrfalcon", 1.0),)) in got
    # "one of the animals" counts no item: it points back at a total
    assert giftextract.extract("One of the animals appeared restless.").gift_transfers == []


def test_a_role_of_a_capital_names_its_state():
    got = _gifts("A gyrfalcon was given to the Crown Prince of Abu Dhabi by Russia.")
    assert {(g, r) for g, r, _ in got} == {("RU", "AE")}



def test_a_figure_stated_after_its_noun():
    # "put the Russian contingent at about 3,000": the figure comes after; "at 3,000 metres" is no figure
    got = [(d.sender.country, d.host.country, d.personnel.value)
           for d in giftextract.extract("Reporters put the Russian contingent in Kazakhstan at about 3,000.").deployments]
    assert got == [("RU", "KZ", 3000.0)]
    assert giftextract.extract("Russian troops camped at 3,000 metres in Kazakhstan.").deployments == [] or all(
        d.personnel is None for d in giftextract.extract("Russian troops camped at 3,000 metres in Kazakhstan.").deployments)


def test_a_demonym_after_the_figure_names_a_host_only_as_a_place():
    # "the Belarusian at about 500" is the next sender of a list; "on Syrian soil" is a host
    ex = giftextract.extract("Iran sent 2,000 troops to fight on Syrian soil.")
    assert [(d.sender.country, d.host.country) for d in ex.deployments] == [("IR", "SY")]
    ex = giftextract.extract("Reporters put the Russian contingent in Kazakhstan at about 3,000, the Belarusian at about 500.")
    assert ("RU", "BY") not in {(d.sender.country, d.host and d.host.country) for d in ex.deployments}


# a personnel noun that modifies or possesses another noun names no force (deployment.json
# markers.compound_heads, and a possessor)
@pytest.mark.parametrize("text", [
    "Washington paid for the flights, and the battalion's armoured vehicles were flown out of Lagos.",
    "The soldiers' families gathered in Abuja as 300 vehicles left for Liberia.",
    "Nigeria sent 40 troop carriers to Liberia.",
    "SUVA - New Zealand Police will train Fiji's dog handlers under a partnership between the two police forces.",
])
def test_personnel_noun_as_modifier_is_no_force(text):
    assert giftextract.extract(text).deployments == []


@pytest.mark.parametrize("text", [
    "The Economic Community of West African States wants 3,250 troops in Liberia in all.",
    "SADC plans to raise 5,000 troops for its mission in Mozambique.",
])
def test_a_blocs_total_is_no_single_senders_deployment(text):
    """A bloc (an organization of no country) as subject: the figure has no single sender."""
    before = "Nigeria sent 776 soldiers to Liberia on Monday. "
    assert [(d.sender.country, d.personnel.value) for d in giftextract.extract(before + text).deployments] == \
        [("NG", 776.0)]


# (sentence, status): who vouches for the figure decides (seeds/GOLD.md's conventions)
STATUS_BY_SPEAKER = [
    ("Burundi has sent about 800 soldiers into South Kivu, regional media reported.", "reported"),
    ("Russia sent 100 troops to Venezuela, according to local media.", "reported"),
    ("Russia sent 100 troops to Venezuela, state media said.", "reported"),
    ("Russia sent 100 troops to Venezuela, the Russian defence ministry said.", "confirmed"),
    ("They will join the roughly 400 Kenyan police who arrived in Haiti in June.", "confirmed"),  # already there
    ("Kenya will send 400 police officers to Haiti next month.", "planned"),
    # an aside between the speaker and its verb
    ("New Zealand media, however, reported that 20 Russian soldiers had landed in Fiji.", "reported"),
    ("Regional media on Monday said Burundi had sent about 800 soldiers into South Kivu.", "reported"),
    # a relative clause that tells the force has left: under way, whatever it will do there
    ("The 160-member Bangladeshi police unit, which left Dhaka on Saturday, will join the UN mission in Haiti.", "confirmed"),
    ("The 160-member Bangladeshi police unit will leave Dhaka on Saturday to join the UN mission in Haiti.", "planned"),
]


@pytest.mark.parametrize("text,status", STATUS_BY_SPEAKER)
def test_status_by_speaker(text, status):
    assert [d.status for d in giftextract.extract(text).deployments] == [status]


# (sentence, sender, host, figure): a figure after its noun, a force named by its service
FORCE_FORMS = [
    ("Australia's contingent in East Timor grew to about 5,500 at its peak.", "AU", "TL", 5500.0),
    ("New Zealand's contingent in East Timor eventually peaked at 1,200.", "NZ", "TL", 1200.0),
    ("The first of roughly 1,250 U.S. Marines began arriving in Australia on Wednesday.", "US", "AU", 1250.0),
    ("Most of the 350 Royal Marines sent to Poland this month have arrived.", "GB", "PL", 350.0),
    ("Britain sent about 270 Gurkhas to East Timor.", "GB", "TL", 270.0),
]


@pytest.mark.parametrize("text,sender,host,value", FORCE_FORMS)
def test_force_forms(text, sender, host, value):
    got = [(d.sender.country, d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments]
    assert got == [(sender, host, value)]


def test_a_figure_of_altitude_is_no_force():
    found = giftextract.extract("Indian troops at 3,000 metres in Ladakh were cold.").deployments
    assert [d.personnel.value for d in found if d.personnel is not None] == []


def test_a_when_clause_is_a_clause_of_its_own():
    from giftextract.mentions.sentence import SentenceView
    t = "Japan's first koalas arrived in 1984, when six were sent to zoos in Tokyo and Nagoya."
    view = SentenceView(t, 0, len(t))
    assert [t[a:b].strip() for a, b in view.clauses()] == [
        "Japan's first koalas arrived in 1984", ", when six were sent to zoos in Tokyo and Nagoya."]


@pytest.mark.parametrize("text,clauses", [
    ("Britain gave Jamaica 300,000 doses, and a week ago the United States donated 208,000 more.",
     ["Britain gave Jamaica 300,000 doses", ", and a week ago the United States donated 208,000 more."]),
    ("Japan sent two cranes, and two years later Tokyo's zoo gave a third.",
     ["Japan sent two cranes", ", and two years later Tokyo's zoo gave a third."]),
    ("Japan sent two cranes, and a week ago gave a third.", ["Japan sent two cranes, and a week ago gave a third."]),
])
def test_a_time_then_a_new_subject_after_and_opens_a_clause(text, clauses):
    """", and a week ago the United States donated": a coordinated clause with a subject of its
    own; with no new subject ("and a week ago gave"), the clause goes on."""
    from giftextract.mentions.sentence import SentenceView
    view = SentenceView(text, 0, len(text))
    assert [text[a:b].strip() for a, b in view.clauses()] == clauses


@pytest.mark.parametrize("text,gifts", [
    # "and" with no comma, then a party and its verb: a clause of its own, a giver of its own
    ("In the spring, Denmark gave Moldova seven ambulances and Italy donated 20 generators.",
     [("DK", "MD", "ambulance"), ("IT", "MD", "generator")]),
    ("Japan gave Laos 12 buses and the United States also donated 30 trucks to Laos.",
     [("JP", "LA", "bus"), ("US", "LA", "truck")]),
    # a party before "and" makes a list of subjects: one gift from each
    ("Russia and China gave Laos 20 trucks.", [("CN", "LA", "truck"), ("RU", "LA", "truck")]),
])
def test_and_then_a_new_subject_and_its_verb_opens_a_clause(text, gifts):
    got = sorted((g.giver.country, g.recipient.country, i.species)
                 for g in giftextract.extract(text).gift_transfers for i in g.items)
    assert got == sorted(gifts)


def test_and_then_a_new_sender_and_its_verb_opens_a_deployment_of_its_own():
    # the object of "to" before "and", and a verb with an object of its own after the party
    text = "Britain sent 100 troops to Mali and France deployed 50 soldiers to Niger."
    got = {(d.sender.country, d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments}
    assert got == {("GB", "ML", 100), ("FR", "NE", 50)}
    text = "Britain sent 100 troops to the capital of Mali and France deployed 50 soldiers to Niger."
    got = {(d.sender.country, d.personnel.value) for d in giftextract.extract(text).deployments}
    assert ("FR", 50) in got


@pytest.mark.parametrize("text,clauses", [
    ("The King was presented with a leopard skin, and he made the president a gift of a silver rhino.",
     ["The King was presented with a leopard skin", ", and he made the president a gift of a silver rhino."]),
    ("Japan gave Laos two buses, and they arrived in May.", ["Japan gave Laos two buses", ", and they arrived in May."]),
    ("Japan gave him and her two buses.", ["Japan gave him and her two buses."]),
])
def test_a_pronoun_subject_after_and_opens_a_clause(text, clauses):
    from giftextract.mentions.sentence import SentenceView
    view = SentenceView(text, 0, len(text))
    assert [text[a:b].strip() for a, b in view.clauses()] == clauses


@pytest.mark.parametrize("text,clauses", [
    ("Hasina sent a gift of mangoes, Hilsa fish, and Roshogolla to Tripura's chief minister.",
     ["Hasina sent a gift of mangoes, Hilsa fish, and Roshogolla to Tripura's chief minister."]),
    ("Japan gave Laos buses, trucks, and Malaysia was given some tents.",
     ["Japan gave Laos buses, trucks", ", and Malaysia was given some tents."]),
])
def test_a_name_that_closes_a_list_of_things_opens_no_clause(text, clauses):
    # ", and Roshogolla to ...": the list's last member, a preposition after it; ", and
    # Malaysia was given": a new subject with its verb
    from giftextract.mentions.sentence import SentenceView
    view = SentenceView(text, 0, len(text))
    assert [text[a:b].strip() for a, b in view.clauses()] == clauses


def test_two_coordinated_gifts_each_keep_their_giver():
    found = giftextract.extract("Last month the United Kingdom gave Jamaica 300,000 AstraZeneca doses, and a week ago "
                                "the United States donated more than 208,000 doses of the Pfizer vaccine.").gift_transfers
    assert sorted((g.giver.country, g.recipient.country) for g in found) == [("GB", "JM"), ("US", "JM")]


# --- transport: the table in triggers.json ("transport") with its examples ----------------

def _transport_examples():
    from giftextract.lexicon.data import LEXICON
    return [tuple(e) for e in LEXICON["triggers"]["transport"]["_examples"]]


@pytest.mark.parametrize("text,mode", _transport_examples())
def test_transport_table_reads_its_examples(text, mode):
    from giftextract.frames.slots import transport_in
    from giftextract.mentions.sentence import SentenceView
    view = SentenceView(text, 0, len(text), [], [], [], [], [], {})
    found = transport_in(view, 0, len(text))
    assert (found.mode if found else None) == mode, (text, found)


@pytest.mark.parametrize("text,mode", [
    # a thing no lexicon knows, named again with "the", travels with the gift it was given in
    ("Vietnam donated 5,000 tonnes of rice to Cuba. The rice was loaded aboard a ship for Mariel.", "sea"),
    ("Israel donated 5,000 doses to Honduras. A Honduran Air Force plane collected the doses in Israel.", "air"),
    ("Myanmar gave Russia two elephants. They had been carried in an Ilyushin Il-76 cargo plane.", "air"),
])
def test_a_later_sentence_tells_how_the_gift_travelled(text, mode):
    gift, = giftextract.extract(text).gift_transfers
    assert gift.transport is not None and gift.transport.mode == mode


def test_a_species_named_with_the_is_not_pointed_back_to():
    # "the Komodo dragon" names the kind; the keris given last is not joined by it
    text = ("Prabowo presented Putin with a keris. Under Suharto, the Komodo dragon, the giant monitor lizard, "
            "was a favourite state gift.")
    gifts = giftextract.extract(text).gift_transfers
    assert [[i.species for i in g.items] for g in gifts if g.recipient and g.recipient.country == "RU"] == [["keris"]]


def test_states_that_each_sent_a_figure_are_one_deployment_each():
    text = "Gabon, Cameroon and the Republic of Congo have each sent about 120 soldiers to the Central African Republic."
    got = sorted((d.sender.country, d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments)
    assert got == [("CG", "CF", 120), ("CM", "CF", 120), ("GA", "CF", 120)]


def test_a_joint_figure_of_coordinated_states_has_no_single_sender():
    # GOLD.md: a multinational total is no deployment
    assert giftextract.extract("Gabon and Cameroon sent 240 soldiers to the Central African Republic.").deployments == []


@pytest.mark.parametrize("text,destination", [
    # GOLD.md: origin and destination are named facilities; a city or an airport only tells the country
    ("Two pandas gifted by China arrived in Berlin on Friday.", None),
    ("Vaccine doses donated by Australia to Solomon Islands landed at Henderson International Airport.", None),
    ("Two Amur tigers from the Moscow Zoo have arrived at Tehran's Eram Zoo, a gift from Russia to Iran.", "Eram Zoo"),
])
def test_a_gift_goes_to_a_named_facility_never_a_town_or_an_airport(text, destination):
    gift, = giftextract.extract(text).gift_transfers
    assert (gift.destination.name if gift.destination else None) == destination


def test_a_sentence_after_a_gift_tells_where_the_animals_live():
    text = ("India gifted two elephants to Armenia. The elephants come from the Bannerghatta Biological Park "
            "and will live at the Yerevan Zoo, which lost its bull, Grant, in 2021.")
    gift, = giftextract.extract(text).gift_transfers
    assert (gift.origin.name, gift.destination.name) == ("Bannerghatta Biological Park", "Yerevan Zoo")
    assert [i.species for i in gift.items] == ["elephant"]


def test_the_parts_of_a_figure_are_no_deployments_of_their_own():
    text = ("Ukraine's military intelligence said around 12,000 North Korean troops, including 500 officers "
            "and three generals, were already in Russia.")
    got = [(d.sender.country, d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments]
    assert got == [("KP", "RU", 12000)]


@pytest.mark.parametrize("text,want", [
    ("India donated 150,000 doses to Bhutan and 100,000 to the Maldives.",
     [("IN", "BT", 150000), ("IN", "MV", 100000)]),
    ("India handed over 20 lakh doses to Bangladesh and 10 lakh doses to Nepal.",
     [("IN", "BD", 2000000), ("IN", "NP", 1000000)]),
    # a list of figures and recipients joined by commas
    ("Barbados has given 1,500 doses to Guyana, 2,000 to Jamaica, 1,000 to Saint Lucia and 500 to Grenada.",
     [("BB", "GY", 1500), ("BB", "JM", 2000), ("BB", "LC", 1000), ("BB", "GD", 500)]),
])
def test_a_second_theme_and_recipient_share_the_verb(text, want):
    got = sorted((g.giver.country, g.recipient.country, g.items[0].count.value)
                 for g in giftextract.extract(text).gift_transfers)
    assert got == sorted(want)


@pytest.mark.parametrize("text,want", [
    ("Romania approved the donation of 1.3 million doses to four countries: 525,000 for Egypt, "
     "425,000 for Tunisia, 199,200 for Vietnam and 150,000 for Albania.",
     [("RO", "AL", 150000), ("RO", "EG", 525000), ("RO", "TN", 425000), ("RO", "VN", 199200)]),
    ("Japan gave 3 million doses to its neighbours: 1 million to Taiwan and 2 million to Vietnam.",
     [("JP", "TW", 1000000), ("JP", "VN", 2000000)]),
    ("In Bucharest, the cabinet approved a gift of 1.1 million doses: 500,000 for Pakistan and 200,000 each "
     "for Bangladesh, Algeria and Libya.",
     [("RO", "BD", 200000), ("RO", "DZ", 200000), ("RO", "LY", 200000), ("RO", "PK", 500000)]),
    # one pair alone after the colon is an aside, no share-out
    ("Japan gave 3 million doses to Taiwan: 1 million for the army.", [("JP", "TW", 3000000)]),
])
def test_a_gift_shared_out_after_a_colon_gives_each_share(text, want):
    got = sorted((g.giver.country, g.recipient.country, g.items[0].count.value)
                 for g in giftextract.extract(text).gift_transfers)
    assert got == sorted(want)


@pytest.mark.parametrize("text,giver", [
    ("BUCHAREST, July 22 - The government donated 525,000 doses to Egypt.", "RO"),
    ("BUCHAREST, July 22 - The country donated 525,000 doses to Egypt.", "RO"),
    # a state named before wins over the dateline's
    ("BUCHAREST, July 22 - Poland has many doses. The country donated 525,000 doses to Egypt.", "PL"),
])
def test_the_government_with_no_state_named_is_the_datelines(text, giver):
    assert [g.giver.country for g in giftextract.extract(text).gift_transfers] == [giver]


def test_a_state_that_opens_a_clause_of_its_own_is_no_conjunct_recipient():
    gifts = giftextract.extract("India gave two elephants to Armenia and Japan sent cranes.").gift_transfers
    assert [(g.giver.country, g.recipient.country) for g in gifts] == [("IN", "AM")]


@pytest.mark.parametrize("text,host", [
    # a cited person is no host, whatever country the lexicon gives them
    ("The Kenyan general Jeff Nyagah took command. On March 31 about 1,000 Ugandan soldiers crossed into "
     "Congo, according to Nyagah.", "CD"),
    # the place a plane carrying them landed is the host
    ("Two Russian air force planes landed at Venezuela's main airport carrying around 100 military personnel.", "VE"),
])
def test_the_host_is_where_they_went_never_who_is_cited(text, host):
    got = [d.host.country for d in giftextract.extract(text).deployments if d.personnel]
    assert got == [host]


@pytest.mark.parametrize("text,want", [
    ("A Telegram channel said 100 Russian servicemen had arrived in Burkina Faso. "
     "Another 200 would follow in the near future, it added.", ("RU", "BF", 200, "planned")),
    ("About 300 US troops arrived in Poland, and 1,700 more are expected to join them.", ("US", "PL", 1700, "planned")),
    # the figure to come told after a passive "be followed by"
    ("Kenya sent 400 police officers to Haiti on Tuesday; they will be followed by a further 600 next month.",
     ("KE", "HT", 600, "planned")),
])
def test_more_of_a_force_to_come_is_a_planned_figure(text, want):
    got = [(d.sender.country, d.host.country, d.personnel.value, d.status) for d in giftextract.extract(text).deployments]
    assert want in got


def test_another_figure_of_something_else_is_no_follow_on():
    text = "Kenya sent 400 police officers to Haiti. Another 600 companies are expected to join the index."
    assert [d.personnel.value for d in giftextract.extract(text).deployments] == [400]


# Further senders told with the verb and noun left out (frames/gapped.py): each (state,
# figure) pair after a told deployment is that state's, with the first one's host.
@pytest.mark.parametrize("text,expected", [
    ("Poland sent 24,341 troops to Czechoslovakia, Hungary some 17,000 and Bulgaria 2,168.",
     {("PL", "CZ", 24341.0), ("HU", "CZ", 17000.0), ("BG", "CZ", 2168.0)}),
    ("Kenya deployed 400 police officers to Haiti, Jamaica 200 and the Bahamas 150.",
     {("KE", "HT", 400.0), ("JM", "HT", 200.0), ("BS", "HT", 150.0)}),
    # the last pair may end at "with" ("and Angola 16 with small numbers of experts")
    ("Tanzania is providing 274 soldiers to Mozambique, South Africa 270, and Angola 16 with a few experts.",
     {("TZ", "MZ", 274.0), ("ZA", "MZ", 270.0), ("AO", "MZ", 16.0)}),
    # a dash sets each figure beside its state; an "as part of" phrase may stand before the list
    ("Moscow is sending 3,000 troops to Kazakhstan as part of the joint force, Belarus – 500, "
     "Armenia – 100 and Kyrgyzstan – 150.",
     {("RU", "KZ", 3000.0), ("BY", "KZ", 500.0), ("AM", "KZ", 100.0), ("KG", "KZ", 150.0)}),
    ("Kenya will deploy 1,000 police officers to Haiti under the UN-backed mission, Chad: 150, Benin: 200.",
     {("KE", "HT", 1000.0), ("TD", "HT", 150.0), ("BJ", "HT", 200.0)}),
    # the force or mission they join, and where it is, before the list ("to the force in Chad")
    ("Zaire contributed about 700 troops to the force in Chad and Senegal about 600.",
     {("CD", "TD", 700.0), ("SN", "TD", 600.0)}),
    ("Germany will send 700 soldiers to the NATO battlegroup in Slovakia, and the United States about 400.",
     {("DE", "SK", 700.0), ("US", "SK", 400.0)}),
    # groups of pairs set off by semicolons; states coordinated before one figure "each"
    ("Spain sent 37 trainers to Uganda, Belgium 7; Italy, Finland and Hungary 4 each; and Malta 3.",
     {("ES", "UG", 37.0), ("BE", "UG", 7.0), ("IT", "UG", 4.0), ("FI", "UG", 4.0), ("HU", "UG", 4.0), ("MT", "UG", 3.0)}),
    ("Montenegro sent 75 soldiers to North Macedonia, Albania and Bulgaria 25 special forces troops each.",
     {("ME", "MK", 75.0), ("AL", "MK", 25.0), ("BG", "MK", 25.0)}),
])
def test_gapped_senders_share_the_first_ones_host(text, expected):
    import giftextract

    got = {(d.sender.country, d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments}
    assert got == expected


@pytest.mark.parametrize("text", [
    "Poland sent 500 troops to Latvia, Hungary said on Monday.",  # a speaker, no figure
    "Poland sent 500 troops to Latvia, Hungary in 2019 and Slovakia later.",  # a year, not a figure
    # an aside before a state with no figure: the list never starts
    "Poland sent 500 troops to Latvia as part of the NATO force, Hungary said on Monday.",
    "Poland sent 500 troops to Latvia on Monday, Hungary – in 2019.",
    # states coordinated before one figure with no "each": their joint figure, no one state's
    "Poland sent 500 troops to Latvia, Hungary and Slovakia 300.",
])
def test_a_state_after_a_deployment_without_its_own_figure_is_no_sender(text):
    import giftextract

    assert {d.sender.country for d in giftextract.extract(text).deployments} == {"PL"}


def test_the_package_consists_of_a_list_of_the_things_given():
    import giftextract

    text = ("Washington is donating surplus military equipment to Bosnia. According to the White House, "
            "the package consists of 46,100 M-16 rifles, 80 armoured personnel carriers and 15 utility helicopters.")
    (gift,) = giftextract.extract(text).gift_transfers
    assert (gift.giver.country, gift.recipient.country) == ("US", "BA")
    assert sorted((i.species, i.count.value) for i in gift.items) == [
        ("armoured personnel carrier", 80.0), ("rifle", 46100.0), ("utility helicopter", 15.0)]


def test_one_thing_named_with_the_and_its_size_and_class_counts_one():
    [gift] = giftextract.extract("The 115 m Hamilton-class high-endurance cutter was handed to Sri Lanka by the "
                                 "United States.").gift_transfers
    assert [(i.species, i.count.value) for i in gift.items] == [("high-endurance cutter", 1.0)]


@pytest.mark.parametrize("text,species", [
    ("A helicopter presented by the United States arrived in Indonesia in 1962.", "helicopter"),
    ("An elephant given by Sri Lanka reached the Auckland Zoo in 1977.", "elephant"),
])
def test_an_article_opening_the_clause_counts_one(text, species):
    import giftextract

    items = [(i.species, i.count.value if i.count else None) for g in giftextract.extract(text).gift_transfers
             for i in g.items]
    assert items == [(species, 1.0)]


@pytest.mark.parametrize("text,expected", [
    ("China will send a 700-member peacekeeping battalion to South Sudan.", ("CN", "SS", 700.0)),
    ("India sent a 1,500-man battalion to Sri Lanka.", ("IN", "LK", 1500.0)),
    ("Britain sent a 1,300-strong battle group to Estonia.", ("GB", "EE", 1300.0)),
])
def test_a_units_strength_is_its_personnel(text, expected):
    import giftextract

    got = [(d.sender.country, d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments]
    assert got == [expected]


def test_persons_coordinated_after_a_recipient_each_receive():
    text = ("Modi gave agate bowls to French President Emmanuel Macron, German Chancellor Olaf Scholz "
            "and Singapore's Lee Hsien Loong.")
    got = sorted(g.recipient.country for g in giftextract.extract(text).gift_transfers)
    assert got == ["DE", "FR", "SG"]


def test_persons_coordinated_before_a_recipient_each_receive():
    text = ("French President Emmanuel Macron, German Chancellor Olaf Scholz and Singapore's Lee Hsien Loong "
            "each received an agate bowl from Indian Prime Minister Narendra Modi.")
    got = sorted((g.giver.country, g.recipient.country) for g in giftextract.extract(text).gift_transfers)
    assert got == [("IN", "DE"), ("IN", "FR"), ("IN", "SG")]


def test_the_force_troops_join_is_not_theirs():
    text = "The Americans are to join roughly 700 Scandinavian peacekeepers already watching the border."
    assert [d.sender.country for d in giftextract.extract(text).deployments if d.personnel and d.personnel.value == 700] == []


def test_a_list_of_bare_things_given_may_hold_mass_nouns():
    got = _gifts("Egypt donated sugar, pasta and noodles to South Sudan.")
    assert got == {("EG", "SS", (("sugar", None), ("pasta", None), ("noodle", None)))}
    # names in a list are no things; a lone mass noun is no list
    assert _gifts("Thailand gave Denmark two elephants, Kungrao and Tonsak.") == {("TH", "DK", (("elephant", 2.0),))}
    assert _gifts("Japan gave Samoa support.") == set()


def test_a_gapped_sender_takes_a_figure_its_own_noun_left_without_one():
    text = "Australia flew in 50 soldiers and 35 federal police and New Zealand 60 soldiers to Tonga."
    got = {(d.sender.country, d.personnel.value) for d in giftextract.extract(text).deployments}
    assert got == {("AU", 50), ("AU", 35), ("NZ", 60)}


def test_parts_and_distant_deaths_are_not_the_figures():
    text = ("Australia sent troops to Tonga on Saturday. Its contingent - 50 soldiers from Townsville, made up of "
            "30 infantry and 20 logistics staff, with forensic specialists to help identify the dead - landed at "
            "Fua'amotu airport.")
    got = sorted(d.personnel.value for d in giftextract.extract(text).deployments if d.personnel)
    assert 50 in got and 30 not in got and 20 not in got


def test_figures_listed_by_country_after_a_stated_one():
    text = ("Kazakhstan asked the CSTO for help. Media put the Russian contingent in Kazakhstan at about 3,000, "
            "the Belarusian at about 500, and those of Tajikistan and Kyrgyzstan at 200 each, with 70 from Armenia.")
    got = {(d.sender.country, d.personnel.value) for d in giftextract.extract(text).deployments if d.personnel}
    assert {("RU", 3000), ("BY", 500), ("TJ", 200), ("KG", 200), ("AM", 70)} <= got


def test_figures_from_states_after_a_noun_from_sender():
    # "N <noun> from <state>, N from <state>, N each from <state> and <state>": the noun left out
    text = ("Germany is sending troops to Slovakia. The battlegroup will include 700 soldiers from Germany, "
            "400 from the US, 100 each from Poland and Slovenia and at least 400 from the Czech Republic.")
    got = {(d.sender.country, d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments
           if d.personnel}
    assert {("DE", "SK", 700), ("US", "SK", 400), ("PL", "SK", 100), ("SI", "SK", 100), ("CZ", "SK", 400)} <= got


def test_figures_from_states_stop_at_a_figure_of_something_else():
    text = ("Germany is sending troops to Slovakia. The battlegroup will include 700 soldiers from Germany, "
            "$400 million from the US and 20 tonnes of supplies from Poland.")
    got = {(d.sender.country, d.personnel.value) for d in giftextract.extract(text).deployments if d.personnel}
    assert ("DE", 700) in got and not {s for s, _ in got} & {"US", "PL"}


def test_a_state_s_committee_or_commission_is_a_body_of_that_state():
    # institution nouns (triggers.json): "Committee", "Commission", "Authority", ... after a state's name
    assert _gifts("Cambodia's National Election Committee received 10,000 ballot boxes from Japan.") == {
        ("JP", "KH", (("ballot box", 10000.0),))}
    assert _gifts("Japan handed 40 motorbikes to the Nepalese Election Commission.") == {
        ("JP", "NP", (("motorcycle", 40.0),))}


@pytest.mark.parametrize("second", [
    "The items included 5,000 uniforms, 5,000 water bottles and 50 tents.",
    "Among the donated items were 5,000 uniforms, 5,000 water bottles and 50 tents.",
])
def test_the_items_of_a_gift_told_after_it(second):
    # "the (donated) items" points back to the gift; "were" after them opens their list, and
    # "the donated items" is no verb and its object
    got = _gifts("Turkey donated military equipment to Gambia on Monday. " + second)
    assert got == {("TR", "GM", (("uniform", 5000.0), ("water bottle", 5000.0), ("tent", 50.0)))}


def test_a_lot_given_to_a_recipient_names_the_recipient():
    got = _gifts("Russia handed Cuba two consignments of aid in May. The consignments included 20 tonnes of flour and 500 tents.")
    assert got == {("RU", "CU", (("flour", None), ("tent", 500.0)))}


@pytest.mark.parametrize("force,country", [("The RCMP", "CA"), ("The Mounties", "CA"), ("The PNG Defence Force", "PG"),
                                           ("The RSIPF", "SB"), ("The Republic of Fiji Military Forces", "FJ")])
def test_a_national_force_named_by_its_own_name_is_its_state_s(force, country):
    got = _gifts(f"{force} presented Queen Elizabeth II with a black mare named Noble.")
    assert {(g, r) for g, r, _ in got} == {(country, "GB")}


@pytest.mark.parametrize("text,pair", [
    ("The Warsaw Zoo gave its Ukrainian counterparts 30 tents.", ("PL", "UA")),
    ("Japan gave its Philippine colleagues ten boats.", ("JP", "PH")),
    ("Putin presented his Saudi hosts with two gyrfalcons.", ("RU", "SA")),
])
def test_counterparts_and_colleagues_named_by_a_demonym_are_of_that_state(text, pair):
    assert {(g, r) for g, r, _ in _gifts(text)} == {pair}


def test_a_count_told_by_sex_in_an_apposition_numbers_the_thing():
    got = _gifts("The koalas, three female and three male, were gifted by Australia to China.")
    assert got == {("AU", "CN", (("koala", 6.0),))}


def test_more_to_come_told_with_an_infinitive():
    text = "Germany began the deployment with 20 soldiers arriving in Vilnius and 150 more to join them by year's end."
    got = {(d.personnel.value, d.status) for d in giftextract.extract(text).deployments}
    assert (150, "planned") in got and (20, "confirmed") in got


@pytest.mark.parametrize("text,want", [
    ("Russia flew paratroopers to Kyrgyzstan. A spokesman said the extra 150 men had been sent to secure the base.", 150),
    ("Dakar said a force of 2,300 Senegalese men was in Guinea-Bissau.", 2300),
    ("Police arrested 12 men in Kabul on Monday.", None),
])
def test_men_are_troops_only_when_sent_or_making_up_a_force(text, want):
    figures = [d.personnel.value for d in giftextract.extract(text).deployments if d.personnel]
    assert figures == ([want] if want else []), figures


def test_a_place_after_from_and_a_comma_is_where_troops_came_from():
    text = ("PORT-AU-PRINCE, March 15 - The United States sent about 1,740 Marines from Camp Lejeune, "
            "North Carolina, to Haiti.")
    assert [d.host.country for d in giftextract.extract(text).deployments] == ["HT"]


def test_a_bare_thing_before_a_relative_clause_of_giving_is_the_theme():
    got = _gifts("Seychelles began vaccinating with Chinese-made Sinopharm shots that the United Arab Emirates "
                 "gave the archipelago last month.")
    assert {(g, r) for g, r, _ in got} == {("AE", "SC")}
    assert all(items and items[0][0].endswith("sinopharm dose") for _, _, items in got)  # shots are doses


# Troops asked for are not sent (the ``requested`` markers of deployment.json): the asker
# is no sender, and the request tells no deployment.
@pytest.mark.parametrize("text", [
    "Kyrgyzstan sent Russia an appeal for troops to restore order in Osh.",
    "Roza Otunbayeva, Kyrgyzstan's interim leader, sent Moscow a written appeal on Saturday for troops.",
    "Mali asked for 500 more soldiers from Chad.",
])
def test_troops_asked_for_are_no_deployment(text):
    import giftextract

    assert giftextract.extract(text).deployments == []


@pytest.mark.parametrize("text,expected", [
    ("Chad sent 500 soldiers to Mali for the second time.", ("TD", "ML", 500.0)),
    ("Kenya sent 400 police officers to Haiti, answering a call for help.", ("KE", "HT", 400.0)),
])
def test_a_for_phrase_after_the_troops_is_no_request(text, expected):
    import giftextract

    [d] = giftextract.extract(text).deployments
    assert (d.sender.country, d.host.country, d.personnel.value) == expected


def test_standing_forces_named_later_in_the_clause_are_not_the_figures():
    # the not_deployment markers read the noun's own stretch of the clause, like the
    # withdrawal markers: "troops already serving" are other troops than the 120
    import giftextract

    text = ("About 120 Austrian soldiers were on the ground in Bosnia by the weekend, the mission said on Monday, "
            "and would begin training to fit in with troops already serving in the country.")
    assert [(d.sender.country, d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments] \
        == [("AT", "BA", 120.0)]
    standing = "About 600 EU soldiers are already serving in Bosnia."
    assert [d.personnel for d in giftextract.extract(standing).deployments if d.personnel] == []


@pytest.mark.parametrize("text,expected", [
    ("The US will send 150 troops each to Estonia, Latvia and Lithuania.",
     [("US", "EE", 150.0), ("US", "LV", 150.0), ("US", "LT", 150.0)]),
    ("Britain sent 100 soldiers each to Poland and Romania.", [("GB", "PL", 100.0), ("GB", "RO", 100.0)]),
])
def test_each_gives_the_figure_to_every_coordinated_host(text, expected):
    import giftextract

    got = [(d.sender.country, d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments]
    assert sorted(got) == sorted(expected)


def test_without_each_coordinated_hosts_do_not_multiply_the_figure():
    import giftextract

    got = giftextract.extract("The US will send 600 troops to Estonia, Latvia and Lithuania.").deployments
    assert [d.personnel.value for d in got] == [600.0]


def test_a_force_with_no_figure_went_to_every_coordinated_host_and_the_next_force_is_not_the_last_ones():
    import giftextract

    text = ("China sent teams of army doctors to Pakistan, Myanmar and Laos on Friday. "
            "In Islamabad, the ten-member team was met at the airport.")
    got = [(d.sender.country, d.host.country, d.personnel.value if d.personnel else None,
            d.location.name if d.location else None) for d in giftextract.extract(text).deployments]
    assert ("CN", "MM", None, None) in got and ("CN", "LA", None, None) in got
    assert ("CN", "PK", 10.0, "Islamabad") in got and not any(c for s, h, c, _ in got if h != "PK")


def test_a_states_own_troops_and_a_possessive_city_are_no_deployment_and_no_place():
    import giftextract

    text = ("LONDON, Dec 9 - Britain will send 140 military engineers to Poland, the ministry said. "
            "About 10 British soldiers went to Poland in November at Warsaw's request. "
            "Poland itself has moved some 15,000 of its own troops to the border.")
    got = [(d.sender.country, d.host.country, d.personnel.value if d.personnel else None,
            d.location.name if d.location else None) for d in giftextract.extract(text).deployments]
    assert sorted(got, key=str) == sorted([("GB", "PL", 140.0, None), ("GB", "PL", 10.0, None)], key=str)


@pytest.mark.parametrize("text,want", [
    # an advance party (a unit noun) "of N" is the unit's strength where the clause goes on
    ("Brazil pledged 1,250 men to the Dominican Republic. Its advance party of 21 landed in Santo Domingo on May 23.",
     21.0),
    ("Japan will send 350 engineers to Haiti. An advance team of 30 arrived in Port-au-Prince on Monday.", 30.0),
    # the figure of something else after "of": tanks, a multinational total
    ("Canada will send troops to Latvia. A squadron of 15 Leopard 2 tanks will join the mission.", None),
])
def test_a_units_strength_told_after_of(text, want):
    import giftextract

    figures = [d.personnel.value for d in giftextract.extract(text).deployments if d.personnel]
    assert (want in figures) if want else figures == [], figures


def test_troops_named_only_as_company_do_not_become_the_next_figures_sender():
    import giftextract

    text = ("South Korea sent 3,000 soldiers to Iraq in 2004. They drove up to Arbil in convoys with American units. "
            "On Sept. 22 the ministry announced that 295 medics had reached the city.")
    senders = {d.sender.country for d in giftextract.extract(text).deployments if d.sender}
    assert "US" not in senders


def test_a_figure_between_coordinated_senders_is_theirs_jointly_even_with_each():
    import giftextract

    text = ("Australia sent 100 soldiers to Papua New Guinea. Fiji and Vanuatu are each sending small military "
            "contingents to Papua New Guinea, some 20 soldiers between them, officials said.")
    figures = {(d.sender.country, d.personnel.value) for d in giftextract.extract(text).deployments if d.personnel}
    assert figures == {("AU", 100.0)}


def test_the_crew_delivering_a_gifted_ship_is_no_deployment():
    import giftextract

    text = ("Japan gave Malaysia a patrol ship. She sailed to Kota Kinabalu with 25 Malaysian officers "
            "and 13 Japanese crew members on board to assist.")
    assert [d.personnel.value for d in giftextract.extract(text).deployments if d.personnel] == []


@pytest.mark.parametrize("text,count", [
    ("An army spokesman said Uganda has about two battalions, or 1,600 soldiers, in South Sudan.", 1600),
    ("Kenya has three battalions, that is about 2,400 troops, in Somalia.", 2400),
])
def test_units_restated_as_people_are_one_deployment_of_that_figure(text, count):
    import giftextract

    deployments = giftextract.extract(text).deployments
    assert [d.personnel.value for d in deployments] == [count]
    # the units' own frame reads the figure, with the sender its row found (not borrowed from
    # the discourse, which may have moved on to another deployment)
    assert "sieve:discourse-party" not in deployments[0].rules


def test_two_battalions_alone_are_no_figure_of_troops():
    import giftextract

    assert all(d.personnel is None for d in giftextract.extract("Uganda has two battalions in South Sudan.").deployments)


@pytest.mark.parametrize("text,sender,host", [
    ("BAKU, Sept 12 - The Turkish contingent arrived in Baku for the drills.", "TR", "AZ"),
    ("A Pakistani battalion was deployed to Kinshasa on Monday.", "PK", "CD"),
    # an aside set off by commas between the force and its verb: the verb is still the force's
    ("U.S. service members, among them firefighters of the Pacific Air Forces, have arrived in Choibalsan, Mongolia.",
     "US", "MN"),
])
def test_a_unit_with_no_figure_sent_or_arriving_is_a_deployment_with_no_count(text, sender, host):
    # only a figure that counts the units ("two battalions") is no figure of troops; a unit
    # with none, where a verb sends it, is a force whose size is not told
    import giftextract

    deployments = giftextract.extract(text).deployments
    assert [(d.sender.country, d.host.country, d.personnel) for d in deployments] == [(sender, host, None)]


def test_a_news_agency_named_in_a_force_is_no_sender():
    # "AFP" is the Australian Federal Police here, and Agence France-Presse in the lexicon: a
    # source never sends troops, and the discourse's sender carries on
    import giftextract

    text = ("Australia is sending police and troops to Solomon Islands. The deployment includes 23 Australian "
            "Federal Police officers and up to 50 further AFP officers. There will also be 43 defence personnel.")
    figures = {(d.sender.country, d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments}
    assert {("AU", "SB", 50), ("AU", "SB", 43)} <= figures


@pytest.mark.parametrize("text,counts", [
    ("Japan first donated 1.24 million doses of the AstraZeneca vaccine to Taiwan on June 4, followed by "
     "1.13 million doses on July 8 and 970,000 doses on July 15.", [1240000, 1130000, 970000]),
    ("China gave Cambodia 600,000 doses of Sinopharm vaccine in February, then 400,000 in March.", [600000, 400000]),
    # another thing, or a figure for another recipient, is no later delivery of this gift
    ("China gave Cambodia 600,000 doses in February, followed by 300 ventilators in March.", [600000]),
    ("China gave Cambodia 600,000 doses in February, followed by 300,000 to Laos.", [600000]),
])
def test_later_deliveries_listed_after_a_gift_are_gifts_of_their_own(text, counts):
    import giftextract

    gifts = giftextract.extract(text).gift_transfers
    got = sorted(i.count.value for g in gifts for i in g.items if i.count is not None and i.species != "ventilator")
    assert got == sorted(counts)


@pytest.mark.parametrize("text,expected", [
    ("Denmark is giving 19 of the jets to Ukraine.", ("DK", "UA", (("jet", 19.0),))),
    ("Kenya gave Burundi two of the heifers.", ("KE", "BI", (("cattle", 2.0),))),
    ("Zimbabwe gave China two of its elephants.", ("ZW", "CN", (("elephant", 2.0),))),
])
def test_a_part_of_a_group_counts_that_many(text, expected):
    assert _gifts(text) == {expected}


def test_a_part_of_a_generic_group_or_a_ranking_counts_nothing():
    assert giftextract.extract("One of the animals appeared restless.").gift_transfers == []
    got = giftextract.extract("Serbia gave its neighbour one of the fastest rollouts in Europe.")
    assert [i.species for g in got.gift_transfers for i in g.items] == []


def test_a_force_spread_over_a_region_of_several_states_has_no_host_or_location():
    text = ("LONDON - Britain will send 300 troops to Mali, the ministry said. "
            "France separately has about 5,000 soldiers in the Sahel under Operation Barkhane.")
    got = [(d.sender.country, d.host and d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments]
    assert got == [("GB", "ML", 300.0)]
    # a province the gazetteer does not know is still a location of its host
    one = giftextract.extract("Rwanda has deployed 1,000 soldiers to Cabo Delgado Province in Mozambique.").deployments
    assert [(d.host.country, d.location and d.location.name) for d in one] == [("MZ", "Cabo Delgado Province")]


def test_a_breakdown_after_a_colon_is_parts_of_the_figure():
    text = "The Sri Lanka Army dispatched 243 officers and other ranks to Mali: 20 officers and 223 soldiers."
    got = [d.personnel.value for d in giftextract.extract(text).deployments]
    assert got == [243.0]


def test_the_troops_a_new_unit_replaces_are_no_deployment():
    text = ("Sri Lanka sent 243 troops to Mali on Monday. The incoming company replaces the 240 members "
            "of the previous contingent.")
    assert [d.personnel.value for d in giftextract.extract(text).deployments] == [243.0]
    # a word of replacing after the figure is what the figure does
    text = "Vietnam sent 63 medics to South Sudan, taking over from a British unit."
    assert [d.personnel.value for d in giftextract.extract(text).deployments] == [63.0]


def test_a_name_between_a_count_and_its_noun_is_one_word():
    text = "New Zealand's prime minister said up to 143 New Zealand Defence Force personnel would go to Iraq."
    got = [(d.sender.country, d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments]
    assert got == [("NZ", "IQ", 143.0)]


@pytest.mark.parametrize("text,expected", [
    ("The Czech Republic sent 40 police officers to Macedonia and 15 to Serbia.",
     [("CZ", "MK", 40.0), ("CZ", "RS", 15.0)]),
    ("In July, 55 Czech officers left for the Balkans, 40 of them for Macedonia and 15 for Serbia.",
     [("CZ", "MK", 40.0), ("CZ", "MK", 55.0), ("CZ", "RS", 15.0)]),
])
def test_figures_each_with_its_place_after_a_deployment_are_one_deployment_each(text, expected):
    got = sorted((d.sender.country, d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments)
    assert got == expected


def test_a_figure_with_no_place_after_it_is_no_gapped_host():
    text = "The Czech Republic sent 40 police officers to Macedonia and 15 of them stayed a year."
    got = sorted((d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments)
    assert got == [("MK", 40.0)]


def test_among_it_after_a_mass_lists_its_contents():
    """contents_openers 'it': "68 tonnes of aid ..., among it food, 150 tents and more than 30 generators"."""
    text = ("Two Il-76s of the Russian emergencies ministry have delivered roughly 68 tonnes of aid donated by Russia "
            "to Myanmar, among it food, 150 tents and more than 30 generators.")
    got = giftextract.extract(text).gift_transfers
    assert [(g.giver.country, g.recipient.country) for g in got] == [("RU", "MM")]
    assert sorted((i.species, i.count.value if i.count else None) for i in got[0].items) == [
        ("food", None), ("generator", 30.0), ("tent", 150.0)]


def test_a_counted_thing_a_list_of_counted_things_elaborates_is_their_total():
    text = "India gave Uganda 36 vehicles, among them ten buses, ten troop carriers, two ambulances and 14 motorcycles."
    got = giftextract.extract(text).gift_transfers
    assert [(g.total and g.total.value) for g in got] == [36.0]
    assert sorted((i.species, i.count.value) for i in got[0].items) == [
        ("ambulance", 2.0), ("bus", 10.0), ("motorcycle", 14.0), ("troop carrier", 10.0)]
    # parts that outnumber the first thing do not make it their total
    text = "India gave Uganda 3 buses, including 10 ambulances."
    assert [g.total for g in giftextract.extract(text).gift_transfers] == [None]



@pytest.mark.parametrize("text,total,items", [
    ("China donated 12 vehicles to Kenya, including eight ambulances and four trucks.",
     12.0, [("ambulance", 8.0), ("truck", 4.0)]),
    ("Japan made Papua New Guinea a gift of 68 vehicles for the summit - 23 minibuses, 23 microbuses and 22 ambulances - last week.",
     68.0, [("ambulance", 22.0), ("microbus", 23.0), ("minibus", 23.0)]),
    ("Japan handed over 68 vehicles to Papua New Guinea: 40 buses and 28 trucks.",
     68.0, [("bus", 40.0), ("truck", 28.0)]),
    # a part read twice (the theme's open item and the list's) counts once against the whole
    ("The US gave Bosnia 57 vehicles, including 42 Toyota Hilux pick-ups and six trucks.",
     57.0, [("toyota hilux pick-up", 42.0), ("truck", 6.0)]),
])
def test_a_party_phrase_between_a_counted_whole_and_its_listed_parts_keeps_the_whole_a_total(text, total, items):
    got = giftextract.extract(text).gift_transfers
    assert [(g.total and g.total.value, sorted((i.species, i.count.value) for i in g.items)) for g in got] == [(total, items)]


def test_parts_of_one_species_after_its_count_are_a_breakdown_not_an_aggregate():
    # GOLD.md: one item per species; "including eight stallions" counts among the twelve horses
    got = giftextract.extract("China gave Kenya 12 horses, including eight stallions.").gift_transfers
    assert [(g.total, [(i.species, i.count.value) for i in g.items]) for g in got] == [(None, [("horse", 12.0)])]
    # a second species among the parts keeps the aggregate
    got = giftextract.extract("China gave Kenya 12 horses, including eight stallions and two zebras.").gift_transfers
    assert [g.total.value for g in got] == [12.0]


def test_one_animal_named_with_the_where_it_is_given_is_one():
    text = "Jayathu, the female baby elephant that Sri Lanka's president is presenting to Ronald Reagan today, is 18 months old."
    assert _gifts(text) == {("LK", "US", (("elephant", 1.0),))}
    # the same animal named again with "the" is not a second one
    text = ("President Ayub Khan presented the visiting Jacqueline Kennedy with Sardar, a ten-year-old bay gelding, "
            "telling her the horse came on behalf of the people of Pakistan.")
    assert [(i.count and i.count.value) for g in giftextract.extract(text).gift_transfers for i in g.items] == [1.0]


def test_members_no_construction_placed_after_including_make_the_first_thing_their_total():
    got = giftextract.extract("India has gifted 36 vehicles, including 10 troop carriers, to Uganda.").gift_transfers
    assert [(g.total and g.total.value, [(i.species, i.count.value) for i in g.items]) for g in got] == [
        (36.0, [("troop carrier", 10.0)])]
    # "one of the key announcements" is an idiom, no thing given
    got = giftextract.extract("India gave Uganda ten buses. The gift was one of the key announcements of the visit.")
    assert [i.species for g in got.gift_transfers for i in g.items] == ["bus"]


def test_one_thing_named_with_the_where_it_is_given_is_one():
    assert _gifts("China handed the frigate over to Sri Lanka in July.") == {("CN", "LK", (("frigate", 1.0),))}


@pytest.mark.parametrize("text,expected", [
    ("Japan donated two 20-metre patrol boats to Djibouti.", ("JP", "DJ", (("patrol boat", 2.0),))),
    ("China gave Papua New Guinea four 45-seat buses.", ("CN", "PG", (("bus", 4.0),))),
])
def test_a_size_glued_to_its_unit_between_a_count_and_its_noun_is_no_count(text, expected):
    assert _gifts(text) == {expected}


def test_a_thing_no_lexicon_knows_is_a_gift_where_its_clause_says_it_was_donated():
    text = ("Laos has taken delivery of another 400,000 doses of the Sinopharm vaccine, this time donated by "
            "China's People's Liberation Army.")
    got = [(g.giver.country, g.recipient.country, [i.count.value for i in g.items])
           for g in giftextract.extract(text).gift_transfers]
    assert got == [("CN", "LA", [400000.0])]
    # taken delivery of, with no word of giving: a purchase may be meant
    assert giftextract.extract("Laos has taken delivery of 400,000 doses of the Sinopharm vaccine.").gift_transfers == []


@pytest.mark.parametrize("text", [
    "According to figures given at the ceremony, 534 Czech police officers have served in North Macedonia since 2016.",
    "Since 2018 Britain has supported the French in Mali with three Chinook helicopters and roughly 100 personnel.",
    "About 5,640 Mongolian soldiers have taken part in 14 UN operations since 2002.",
    "In Chad, a total of 528 Mongolian personnel served until the mission closed.",
    "The first contingent went to the Sinai in 1957, and more than 38,000 Indonesian peacekeepers have served since then.",
    "With Friday's departures Indonesia would have more than 3,500 military personnel serving under the UN flag.",
    # the year comes late, after "since it joined", and the tally is long
    "In all, Vietnam has sent 76 officers on individual assignments and 436 personnel in formed units to UN peacekeeping "
    "operations since it joined them in 2014.",
    # the rotations of a mission, counted together
    "Over 32,000 Romanian servicemen served in Afghanistan in six-month rotations.",
])
def test_a_running_tally_or_a_standing_force_since_a_year_is_no_deployment(text):
    assert [d.personnel for d in giftextract.extract(text).deployments if d.personnel] == []
    # beside a deployment of the article, the tally stays out and the deployment stays in
    told = "Mongolia sent 130 troops to Afghanistan. " + text
    assert [d.personnel.value for d in giftextract.extract(told).deployments if d.personnel] == [130]


def test_a_new_deployment_beside_a_year_is_still_one():
    text = "Britain sent 300 troops to Mali in 2020, its largest deployment there since 2013."
    assert [d.personnel.value for d in giftextract.extract(text).deployments] == [300.0]


def test_a_force_named_over_the_start_of_its_unit_noun_sends_it():
    text = "SAN ANTONIO, Texas - A Mexican army convoy with 196 soldiers rolled across the border into the United States."
    got = [(d.sender.country, d.host.country) for d in giftextract.extract(text).deployments]
    assert ("MX", "US") in got


def test_a_model_named_after_an_animal_is_the_thing_and_together_with_is_no_item():
    ex = giftextract.extract("The United Arab Emirates presented Lebanon with nine Gazelle helicopters, "
                             "together with spare parts.")
    assert [(g.giver.country, g.recipient.country, i.species, i.count and i.count.value)
            for g in ex.gift_transfers for i in g.items] == [("AE", "LB", "helicopter", 9.0)]


def test_a_state_nominal_of_a_region_fills_a_host_slot():
    # "the West African country": a feature of two words keeps the unit's tag one token
    ex = giftextract.extract("China will send riot police to Liberia. The 140-member Chinese police unit "
                             "is due to leave for the West African country in September.")
    assert ("CN", "LR", 140.0) in [(d.sender.country, d.host.country, d.personnel and d.personnel.value)
                                   for d in ex.deployments]


def test_a_party_that_says_something_is_no_apposition():
    ex = giftextract.extract("Turkmenistan's President Serdar Berdimuhamedov presented Vladimir Putin with an "
                             "Akhal-Teke horse, continuing a tradition of gifts from the Central Asian state, "
                             "the Kremlin said.")
    assert [(g.giver.country, g.recipient.country) for g in ex.gift_transfers] == [("TM", "RU")]


@pytest.mark.parametrize("text,expected", [
    ("A 10-member Russian training team was in Fiji.", [("RU", "FJ", 10.0)]),
    # a unit whose figure is told in people: the people's frame alone
    ("About 200 US troops are in Zamboanga in the Philippines. Minister Marise Payne said mobile training teams "
     "totalling about 80 Australian soldiers would soon be stationed in the Philippines.", [("US", "PH", 200.0), ("AU", "PH", 80.0)]),
])
def test_training_teams(text, expected):
    got = [(d.sender.country, d.host.country, d.personnel and d.personnel.value) for d in giftextract.extract(text).deployments]
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    # a species that opens with a demonym is no name ("young Indian" is no named animal)
    ("Sri Lanka has donated two young female Indian elephants to the Prague zoo.", [("asian elephant", 2.0)]),
    ("Russia gave Iran two rare Siberian tigers.", [("amur tiger", 2.0)]),
    # an animal noun modifying another names no animal ("the elephant acquisition")
    ("Sri Lanka has donated two Indian elephants to the Prague zoo. The elephant acquisition is "
     "Sri Lanka's gift to the Czech Republic, the director said.", [("asian elephant", 2.0)]),
])
def test_species_after_adjectives_and_demonyms(text, expected):
    assert _items(text) == expected


def test_an_official_named_in_an_apposition_is_the_speaker():
    # "Ivan Petrov, a spokesman for the Russian embassy, said": the sender's embassy vouches
    # for the figure, though local media reported it first
    ex = giftextract.extract("About 100 Russian troops arrived in Venezuela on Monday, local media said. Ivan Petrov, "
                             "a spokesman for the Russian embassy, said the 100 troops were there to train the army.")
    assert "confirmed" in {d.status for d in ex.deployments if d.sender.country == "RU" and d.host.country == "VE"}


@pytest.mark.parametrize("text", [
    "Washington has agreed to pull its roughly 1,000 troops out of Niger.",
    "The Pentagon will pull nearly 12,000 troops out of Germany.",
])
def test_troops_pulled_out_of_a_country_are_no_deployment(text):
    assert [(d.sender and d.sender.country, d.host and d.host.country) for d in giftextract.extract(text).deployments] == []


@pytest.mark.parametrize("text,expected", [
    ("Mongolia gave China the horse in 2020.", [("horse", 1.0)]),
    ("Mongolia gave China the sheep in 2020.", [("sheep", None)]),  # a zero plural says not how many
])
def test_a_definite_thing_given_is_one_unless_its_plural_is_itself(text, expected):
    assert _items(text) == expected


def test_a_force_that_has_left_is_under_way_whoever_follows():
    ex = giftextract.extract("Lesotho's government said on Monday that an advance team of 12 soldiers had left for "
                             "Mozambique and will be followed by another 113.")
    got = {(d.sender.country, d.host.country, d.personnel.value, d.status) for d in ex.deployments if d.personnel}
    assert ("LS", "MZ", 12.0, "confirmed") in got


def test_a_landing_only_media_report_stays_reported():
    ex = giftextract.extract("New Zealand media reported that 20 Russian soldiers had landed in Fiji.")
    assert [d.status for d in ex.deployments] == ["reported"]


def test_a_paper_named_after_a_place_is_no_official_of_that_place():
    # "The Times of London reported": a newspaper, not Britain, tells the figure
    ex = giftextract.extract("The Times of London reported that around 150 Guards personnel had gone into Iraq.")
    assert "GB" not in {d.sender.country for d in ex.deployments if d.sender}


@pytest.mark.parametrize("text,expected", [
    ("Armenia handed over a large quantity of medicines to Syria.", [("medicine", None)]),  # an amount, no piece
    # a box holds the medicines, it does not count them (open_items.json containers; r114's
    # gold gives "260 boxes of mangoes" no count): no piece either
    ("Armenia handed over a box of medicines to Syria.", [("medicine", None)]),
    # near-miss: a count of a measure that is the thing's own unit counts it (one set holds
    # many: "a set of surgical instruments" counts none, open_items.json many_in_one)
    ("Armenia handed over two sets of surgical instruments to Syria.", [("surgical instrument", 2.0)]),
])
def test_the_article_before_a_mass_measure_counts_nothing(text, expected):
    assert _items(text) == expected


def test_more_and_other_are_no_part_of_a_things_name():
    assert _items("India gave Sri Lanka 50 more buses and 20 other trucks.") == [("bus", 50.0), ("truck", 20.0)]


def test_a_carrier_is_no_gift_nor_the_antecedent_of_the_pair():
    assert _items("Nepal gave Austria two rhinoceroses. The pair arrived in Vienna after a charter flight "
                  "from Kathmandu to Bratislava airport, followed by a short drive by truck to the zoo.") == [("rhinoceros", 2.0)]


@pytest.mark.parametrize("text,expected", [
    ("The Government and people of the Kingdom of Cambodia gave three trucks to Laos.", ("KH", "LA", ("truck", 3.0))),
    ("Bhutan received three X-ray machines as a gift from the people and government of India.", ("IN", "BT", ("x-ray machine", 3.0))),
    # a junta is an institution; a pachyderm is an elephant; a circus keeps animals
    ("Myanmar's junta gave five female and one male pachyderm to the Great Moscow State Circus.",
     ("MM", "RU", ("elephant", 6.0))),
])
def test_parties_named_by_their_government_and_people_and_a_circus(text, expected):
    assert {(g, r, items[0]) for g, r, items in _gifts(text)} == {expected}


def test_a_state_that_leads_a_mission_hosts_nothing():
    # "the Kenya-led mission in Haiti": Kenya leads the mission; Haiti hosts the force, and the
    # lede's place for the later figure is Haiti, not Kenya
    ex = giftextract.extract(
        "NASSAU - Six Bahamian soldiers touched down in Port-au-Prince on Friday, the advance party of the "
        "Bahamian contribution to the Kenya-led security mission in Haiti.\n\n"
        "The Bahamas intends to commit 150 defence force personnel in all.")
    assert {(d.sender.country, d.host.country, d.personnel.value) for d in ex.deployments} == {
        ("BS", "HT", 6.0), ("BS", "HT", 150.0)}


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_name_ends_at_a_line_break(gap):
    # a headline that ends on a name ("the Elysee") is no part of the lede's first name
    assert _gifts(f"Two sighthounds settle in at the Elysee{gap}President Kassym-Jomart Tokayev has presented "
                  "French President Emmanuel Macron with two puppies.") == {("KZ", "FR", (("dog", 2.0),))}


@pytest.mark.parametrize("text,expected", [
    ("Tokayev presented Macron with two puppies of the tazy, the ancient Kazakh sighthound breed.", [("tazy dog", 2.0)]),
    # not of its kind: two dogs and a horse
    ("Tokayev gave Macron two puppies and the horse.", [("dog", 2.0), ("horse", 1.0)]),
])
def test_the_young_of_a_kind_named_after_them_are_of_that_kind(text, expected):
    assert _items(text) == expected


@pytest.mark.parametrize("lot,then", [("a package", "It consisted of"), ("a consignment", "The consignment included")])
def test_a_lot_handed_over_takes_the_things_the_next_sentence_lists(lot, then):
    # "turned over ... a package. It consisted of ...": the frame waits for its things
    text = (f"India's Foreign Secretary Vikram Misri turned over to the Nepali army chief {lot}. "
            f"{then} six light strike vehicles and two trained military dogs.")
    assert _items(text) == [("dog", 2.0), ("light strike vehicle", 6.0)]
    assert {(g, r) for g, r, _ in _gifts(text)} == {("IN", "NP")}


def test_a_lot_named_with_its_thing_or_sold_opens_no_gift_of_its_own():
    assert _gifts("India turned over a package of reforms to Nepal. It consisted of six light strike vehicles.") == set()
    assert _gifts("India sold Nepal a package. It consisted of six light strike vehicles.") == set()


def test_a_share_of_a_gift_to_many_tells_where_the_whole_went():
    # "Tamaulipas received eight dogs" is a share of the 25, not a gift of its own
    text = ("The United States has presented 25 trained detection dogs to police agencies in nine Mexican states. "
            "Tamaulipas received the largest share, eight dogs, and Campeche four.")
    assert _gifts(text) == {("US", "MX", (("dog", 25.0),))}


def test_where_a_thing_was_trained_or_made_is_not_where_it_went():
    text = "ANKARA - The ministry said the U.S. gave 30 dogs, trained in Colombia, to the customs service."
    assert {(g, r) for g, r, _ in _gifts(text)} == {("US", "TR")}


def test_the_forces_of_one_sentence_share_the_place_it_gives_the_first():
    text = ("MOGADISHU, Somalia, Sept. 14 - The first armed United Nations soldiers to set foot in Somalia landed at "
            "Mogadishu airport this afternoon, 40 Pakistani infantrymen who are the vanguard of a battalion.")
    ex = giftextract.extract(text)
    assert [(d.sender.country, d.host.country, d.personnel.value, d.location and d.location.name) for d in ex.deployments] == [
        ("PK", "SO", 40.0, "Mogadishu airport")]


def test_goods_handed_over_in_bulk_take_the_things_the_next_sentence_lists():
    text = ("PHNOM PENH, Feb 28 - The Chinese ambassador handed Cambodia's foreign minister office supplies and "
            "equipment worth 403,000 dollars. The consignment is made up of 200 desktop computers, 20 fax machines "
            "and 10 binding machines.")
    listed = [("desktop computer", 200.0), ("fax machine", 20.0), ("binding machine", 10.0)]
    assert [i for i in _items(text) if i in listed] == listed
    assert {(g, r) for g, r, _ in _gifts(text)} == {("CN", "KH")}


def test_what_came_together_with_the_gift_is_given_too():
    # "came together with" opens the things that came with the doses (open_items.json contents_openers)
    text = ("Zimbabwe gifts Namibia 20 000 Sinopharm doses\n\nWINDHOEK - A consignment of 20,000 doses of the "
            "Sinopharm vaccine, donated by the Government of Zimbabwe, was flown into Windhoek yesterday.\n\n"
            "The doses came together with personal protective equipment, hand sanitisers, cleaning materials and "
            "syringes, all of which were handed over by Zimbabwe's deputy foreign minister to Namibia's deputy prime minister.")
    got = {species for species, _ in _items(text)}
    assert {"personal protective equipment", "hand sanitiser", "cleaning material", "syringe"} <= got, got


def test_a_class_word_alone_still_points_back():
    # "four machines" after the helicopters is the helicopters again, no thing of its own
    text = "India gave Afghanistan four Mi-25 helicopters. The four machines arrived in Kabul in May."
    assert _items(text) == [("helicopter", 4.0)]


def test_relief_sent_opens_a_gift_whose_batches_list_its_things():
    # a headline sending relief goods, and "the first batch" (an ordinal before a lot word) listing them
    text = ("Nepal sends first consignment of relief goods to quake-hit Myanmar\n\n"
            "The first batch included 565 tents, 210 tarpaulins and 2,000 blankets.")
    assert _gifts(text) == {("NP", "MM", (("tent", 565.0), ("tarpaulin", 210.0), ("blanket", 2000.0)))}


def test_goods_sent_with_no_word_of_giving_or_relief_open_no_gift():
    assert _gifts("Nepal sends first consignment of goods to Myanmar\n\nThe first batch included 565 tents.") == set()


@pytest.mark.parametrize("text,voice", [
    ("Seven lions, donated by two reserves in South Africa, landed in Kigali.", "passive"),
    ("Two cranes, given by Japan, arrived in Hanoi.", "passive"),
    ("Japan sent by air two ambulances to Fiji as a gift.", "active"),  # how, not who
    ("China had donated by then two patrol boats to Fiji.", "active"),  # when, not who
    # a progressive phrasal verb: its first word ends in -ing ("is handing over" read as a
    # passive made the giver a recipient)
    ("According to the Daily Mail, the UK is handing over 2,000 of the launchers to Ukraine.", "active"),
    ("The UK was handed over 2,000 launchers by Ukraine.", "passive"),
])
def test_a_participle_with_its_agent_is_passive(text, voice):
    from giftextract.lexicon.triggers import find_triggers
    from giftextract.mentions.sentence import SentenceView
    from giftextract.mentions.units import voice_of
    view = SentenceView(text, 0, len(text), triggers=find_triggers(text))
    verb = next(t for t in view.triggers if t.kind == "gift_verb")
    assert voice_of(view, verb, 0) == voice, text


def test_an_agent_is_never_the_thing_a_participle_gives():
    """"donated by two reserves": the active verb-object row had read the agent as the gift."""
    ex = giftextract.extract("Seven lions, donated by two reserves in South Africa, landed in Kigali.")
    assert not [i for g in ex.gift_transfers for i in g.items if "reserve" in i.species]


def test_a_demonym_that_leads_a_force_is_not_whose_troops_follow():
    # "a Polish-led division" names who commands it; the 148 soldiers are El Salvador's
    text = ("El Salvador sent troops to Iraq in 2003. Serving within a Polish-led multinational division, the "
            "battalion has taken on demining. A first group of 148 soldiers left for Iraq on Sunday.")
    got = {(d.sender.country, d.personnel and d.personnel.value) for d in giftextract.extract(text).deployments}
    assert ("SV", 148.0) in got and not any(s == "PL" for s, _ in got)


def test_a_dash_list_after_a_word_that_points_back_is_what_was_given():
    # "with the vehicles - 15 ..., four ... and three ... -": the aside lists the vehicles
    ex = giftextract.extract("US Ambassador Eric Whitaker presented Niger's defence minister with the vehicles - 15 armoured "
                             "personnel carriers, four command vehicles and three armoured ambulances - at a ceremony.")
    [g] = ex.gift_transfers
    got = {(i.species, i.count.value if i.count else None) for i in g.items}
    assert (g.giver.country, g.recipient.country) == ("US", "NE")
    assert got == {("armoured personnel carrier", 15), ("command vehicle", 4), ("ambulance", 3)}


@pytest.mark.parametrize("text,species,count", [
    ("Indonesia gave Bush a 24-year-old Komodo dragon.", "komodo dragon", 1),
    ("Japan gave Tonga a 14-metre patrol boat.", "patrol boat", 1),
    ("Australia gave Samoa a new 39.5-metre patrol boat.", "patrol boat", 1),
    ("Nepal gave China two 3-year-old rhinos.", "rhinoceros", 2),
])
def test_a_size_or_an_age_between_the_article_and_the_thing_keeps_the_count(text, species, count):
    # "a 24-year-old Komodo dragon": the figure glued to a unit sizes or ages the one thing
    [g] = giftextract.extract(text).gift_transfers
    assert [(i.species, i.count.value if i.count else None) for i in g.items] == [(species, count)]


@pytest.mark.parametrize("text,count", [
    ("American troops continue to pour into Saudi Arabia. The first U.S. contingent could reach 50,000.", 50000),
    ("Denmark will send a battalion to Latvia. The Danish contingent will number up to 800, officials said.", 800),
])
def test_a_figure_a_force_may_reach_is_its_planned_size(text, count):
    # frames/figures.py: "could reach", "will number up to" put a figure after the force's noun
    [d] = [d for d in giftextract.extract(text).deployments if d.personnel]
    assert (d.personnel.value, d.status) == (count, "planned")


@pytest.mark.parametrize("text,expect", [
    # a bare figure told as arrived is the force told before, confirmed (frames/follow_ons.py)
    ("Kenya sent police officers to Haiti. By Friday 400 had arrived.", [("KE", "HT", 400.0, "confirmed")]),
    ("Kenya sent 400 police officers to Haiti; 200 had arrived by Friday.",
     [("KE", "HT", 200.0, "confirmed"), ("KE", "HT", 400.0, "confirmed")]),
    # the figure of a noun before it ("a force of about 20,000 landed") is no bare arrival
    ("Haiti got help. In 1994 a U.S.-led force of about 20,000 landed to restore Aristide.", []),
])
def test_a_bare_figure_that_arrived(text, expect):
    got = sorted((d.sender.country, d.host.country, d.personnel.value if d.personnel else None, d.status)
                 for d in giftextract.extract(text).deployments if d.personnel is not None)
    assert got == expect


def test_men_who_arrive_after_a_force_told_before_are_its_troops():
    # "men" count as troops where a verb of arrival follows them, not elsewhere
    text = "Thai troops began arriving in South Vietnam last week. The first 1,200 men landed in Saigon on Thursday."
    got = [(d.sender.country, d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments if d.personnel]
    assert got == [("TH", "VN", 1200.0)]
    assert giftextract.extract("Some 300 men arrived at the factory gates in Detroit on Monday.").deployments == []


def _loan_examples(kind: str, table: str = "loan_examples"):
    import json
    from importlib import resources
    raw = resources.files("giftextract.constructions").joinpath("data", "gift.json").read_text("utf-8")
    return json.loads(raw)[table][kind]


@pytest.mark.parametrize("text,species", _loan_examples("not_gift"))
def test_a_transfer_told_near_a_loan_sale_or_swap_is_no_gift(text, species):
    import giftextract
    assert species not in [i.species for g in giftextract.extract(text).gift_transfers for i in g.items], text


@pytest.mark.parametrize("text,species", _loan_examples("gift"))
def test_a_gift_beside_a_word_like_a_loan_marker_stays_a_gift(text, species):
    import giftextract
    assert species in [i.species for g in giftextract.extract(text).gift_transfers for i in g.items], text


@pytest.mark.parametrize("text,species", _loan_examples("not_gift", "declined_examples"))
def test_an_offer_turned_down_is_no_gift(text, species):
    import giftextract
    assert species not in [i.species for g in giftextract.extract(text).gift_transfers for i in g.items], text


@pytest.mark.parametrize("text,species", _loan_examples("gift", "declined_examples"))
def test_a_refusal_of_something_before_the_giving_leaves_the_gift(text, species):
    import giftextract
    assert species in [i.species for g in giftextract.extract(text).gift_transfers for i in g.items], text


def test_her_own_is_a_possessive_and_a_visit_names_its_place_a_few_words_on():
    # "her own" opens the thing given (one of it), and "visited a stud farm in western Slovenia"
    # is a visit to Slovenia, whose host gave it
    import giftextract
    text = ("Britain's Queen Elizabeth II was presented her own Lipizzaner horse when she visited a stud farm "
            "in western Slovenia on Wednesday.")
    got = [(g.giver.country, g.recipient.country, i.species, i.count and i.count.value)
           for g in giftextract.extract(text).gift_transfers for i in g.items]
    assert got == [("SI", "GB", "lipizzaner horse", 1.0)]


@pytest.mark.parametrize("text,expected", [
    ("China did not give pandas to the Seychelles.", []),
    ("China didn't give pandas to the Seychelles.", []),
    ("Beijing no longer gives pandas away but leases them to zoos in Malaysia.", []),
    ("China has not yet formally handed over the two pandas to Malaysia.", []),
    ("The zoo refused to hand over the horses to Kazakhstan.", []),
    # the negation is of another phrase: the giving stands
    ("It was not China but Japan that gave Malaysia two cranes.", [("JP", "MY")]),
    ("China gave two pandas to Malaysia, not to Singapore.", [("CN", "MY")]),
])
def test_a_negated_verb_of_giving_gives_nothing(text, expected):
    import giftextract
    assert [(g.giver.country, g.recipient.country) for g in giftextract.extract(text).gift_transfers] == expected


def test_things_named_before_a_stated_theme_are_not_given():
    # frames/gifts.py _in_theme_scope: "Akhal-Teke horses" belong to the host's stable; the
    # construction names the present, a saddle
    [g] = giftextract.extract("For a host who keeps Akhal-Teke horses and a gilded statue of himself, Narendra Modi "
                              "chose his present to the Turkmen president with care: a handcrafted saddle.").gift_transfers
    assert [i.species for i in g.items] == ["saddle"]


def test_things_a_passive_verb_tells_before_a_stated_theme_stay():
    # "Two young elephants ... were flown": their own verb tells them, the theme restates them
    [g] = giftextract.extract("Two young elephants raised in Chitwan were flown to Qatar on Wednesday, the first time "
                              "Nepal has given elephants to another nation.").gift_transfers
    assert [(i.species, i.count.value) for i in g.items] == [("elephant", 2.0)]


def test_a_theme_before_its_verb_keeps_only_the_thing_it_stands_beside():
    # "a donation from ...": the doses stand beside it, the air ambulance carried them
    gifts = giftextract.extract("Moldova received its first vaccines when a small red air ambulance from Romania landed "
                                "at Chisinau carrying 21,600 doses of the AstraZeneca shot, a donation from the "
                                "government in Bucharest.").gift_transfers
    assert "air ambulance" not in [i.species for g in gifts for i in g.items]
    # "the first submarine in its history, a Kilo-class boat that India gave it": the same boat
    [g] = giftextract.extract("Myanmar commissioned the first submarine in its history, a refurbished Kilo-class "
                              "boat that India gave it two months ago.").gift_transfers
    assert "submarine" in [i.species for i in g.items]


@pytest.mark.parametrize("second,things", [
    # the carrier told before, with an auxiliary or a name in quotes, carries more of the open gift
    ("The train is carrying food, blankets and clothes.", ["food", "blanket", "clothes"]),
    ('The "Goodness Train" is carrying 994 tons of relief goods.', ["relief goods"]),
    ("The train was carrying food and blankets.", ["food", "blanket"]),
    # near-miss: a train of no gift told before carries nothing given
    ("The train is late.", []),
])
def test_a_carrier_with_an_auxiliary_carries_more_of_the_open_gift(second, things):
    gifts = giftextract.extract("Turkey sent a train loaded with humanitarian aid to Afghanistan. " + second).gift_transfers
    assert [i.species for g in gifts for i in g.items] == things


def test_what_the_carrier_also_carried_is_more_of_the_open_gift():
    # the clause's subject is the carrier told before: the things it carried are the gift's
    text = ("A Turkish military plane landed at Brize Norton with protective equipment donated by Turkey "
            "to Britain. The plane also carried 600,000 medical masks and 40,000 medical gowns, she said.")
    [g] = giftextract.extract(text).gift_transfers
    assert (g.giver.country, g.recipient.country) == ("TR", "GB")
    assert [(i.species, i.count.value) for i in g.items] == [("medical mask", 600000), ("medical gown", 40000)]


@pytest.mark.parametrize("text,things", [
    # a lot weighed in tonnes and called humanitarian opens a gift whose things the carrier's
    # clause names, after an opening adjunct too (gift.json lot_measures, giving_context)
    ("Russia brought 36 tonnes of humanitarian cargo to Laos. The plane carried tents and blankets.", ["tent", "blanket"]),
    ("Russia sent 36 tonnes of humanitarian cargo to Laos. According to the ministry, the plane carried tents "
     "and blankets.", ["tent", "blanket"]),
    ("A special flight of the Russian Emergencies Ministry brought 36 tonnes of humanitarian cargo to Laos. "
     "The plane carried two mobile electric power stations and boats.", ["mobile electric power station", "boat"]),
    # near-miss: a lot with no word of giving or relief in the article is no gift
    ("Russia sent 36 tonnes of cargo to Laos. The plane carried tents and blankets.", None),
])
def test_a_lot_weighed_in_tonnes_opens_the_gift_the_carrier_names(text, things):
    gifts = giftextract.extract(text).gift_transfers
    if things is None:
        assert gifts == []
        return
    [g] = gifts
    assert (g.giver.country, g.recipient.country) == ("RU", "LA")
    assert [i.species for i in g.items] == things


@pytest.mark.parametrize("text,recipient", [
    ("Japan donated 20 drones, sent by ship to Poland, from where the goods were taken on to Ukraine.", "UA"),
    ("Israel gave 30 generators, flown to Europe and from there driven into Ukraine.", "UA"),
    # a place of the same country is no onward leg
    ("Japan donated 20 drones to Poland, from where they went on to Krakow.", "PL"),
])
def test_a_gift_that_goes_on_from_a_stop_is_for_the_last_legs_place(text, recipient):
    assert [g.recipient.country for g in giftextract.extract(text).gift_transfers] == [recipient]


def test_a_part_of_a_group_said_to_be_a_states_troops_is_that_states_figure():
    # "roughly 200 of the participants are U.S. soldiers": the count is of the noun after the copula
    import giftextract

    text = ("TBILISI, May 11 - About 600 Georgian and American servicemen began training at the Vaziani range. "
            "Roughly 200 of the participants are U.S. soldiers, the Pentagon said.")
    assert [(d.sender.country, d.host.country, d.personnel.value) for d in giftextract.extract(text).deployments] \
        == [("US", "GE", 200)]


def test_a_part_of_a_figure_with_no_name_of_its_own_is_no_figure():
    # "over 400 of them are logistics troops": a part of the 500 told before, whose alone
    import giftextract

    text = ("DUSHANBE - Russian units have arrived for the drill, which brings together more than 500 personnel; "
            "over 400 of them are logistics troops.")
    assert 400 not in [d.personnel.value for d in giftextract.extract(text).deployments if d.personnel]


def test_kinds_of_one_family_each_with_its_figure_in_one_list_stay_apart():
    # merge/document.py: "135 trucks" between "245 pickups" and "five dump trucks" is a kind of its
    # own with its own figure, not the pickups told again
    text = "China donated 245 pickups, 135 trucks and five dump trucks to Myanmar."
    assert sorted(_items(text)) == [("dump truck", 5.0), ("pickup truck", 245.0), ("truck", 135.0)]
    # told again in a later sentence, a narrower name is the same thing
    assert len(_items("China gave Laos 12 vehicles in May. The 12 trucks arrived in Vientiane.")) == 1


@pytest.mark.parametrize("text,items", [
    # two lots of one kind of thing, each with its figure, in one list: two makes of car
    ("Venezuela gave Bolivia 16 Nissan cars and nine Toyota cars.", [("car", 9.0), ("car", 16.0)]),
    ("Japan gave Chad 20 pickup trucks and 50 pickup trucks.", [("pickup truck", 20.0), ("pickup truck", 50.0)]),
    # near-miss: an animal counted by sex is one kind, the figures summed
    ("Saudi Arabia gave Britain four stallions and four mares.", [("horse", 8.0)]),
])
def test_one_kind_of_thing_counted_twice_in_one_list_is_two_lots(text, items):
    # merge/document.py _counted_apart: a list's members are kept apart when each has its own
    # exact figure, even when the names are the same
    assert sorted(_items(text)) == items


@pytest.mark.parametrize("text,trucks", [
    # a carrier counted before a word of carrying and its load is how the gift travelled
    ("Saudi Arabia sent Syria 12 trucks carrying 200 tonnes of food as a gift.", False),
    ("Ten Bulgarian army trucks carrying some 100 tonnes of ammunition reached Macedonia, "
     "the first instalment of aid that Sofia is donating to Skopje.", False),
    # trucks given are things given
    ("Japan donated 12 trucks to Nepal.", True),
])
def test_a_carrier_with_its_load_is_no_thing_given(text, trucks):
    species = [i.species for g in giftextract.extract(text).gift_transfers for i in g.items]
    assert ("truck" in species) is trucks, species


def test_a_facility_at_home_where_a_gift_is_handed_over_is_no_destination():
    # the naval base in the giver's own country is where the ceremony was, not where the gift went
    text = ("Samoa once again has a patrol boat after Australia handed over the Guardian-class vessel Nafanua III "
            "at a ceremony at the HMAS Stirling naval base in Western Australia today.")
    got = [(g.giver.country, g.recipient.country, g.destination) for g in giftextract.extract(text).gift_transfers]
    assert got == [("AU", "WS", None)]


@pytest.mark.parametrize("text,want", [
    # a short name in brackets after a party's name is the party's ("(Senan)", as "(SCG)")
    ("The United States has given Panama's National Aeronaval Service (Senan) four semi-rigid inflatable boats.",
     [("US", "PA", "semi-rigid inflatable boat", 4.0)]),
    # a news agency in brackets after a dateline is the agency, a source
    ("SKOPJE, March 9 (Reuters) - Bulgaria gave Macedonia 10 trucks.", [("BG", "MK", "truck", 10.0)]),
])
def test_a_short_name_in_brackets_after_a_party_reads_through(text, want):
    got = [(g.giver.country, g.recipient.country, i.species, i.count.value)
           for g in giftextract.extract(text).gift_transfers for i in g.items]
    assert got == want


@pytest.mark.parametrize("text,things", [
    # the things of a gift end where a second verb of saying opens its own clause
    ("A spokesman said Russia would give the Mongolian army a pair of MiG-29s and pointed out that the country "
     "then flew no aircraft other than helicopters.", ["mig-29"]),
    ("Japan gave Laos 20 buses and said that the city needed ambulances too.", ["bus"]),
    # near-miss: "and" joining more things given
    ("Japan gave Laos 20 buses and three ambulances.", ["bus", "ambulance"]),
])
def test_a_second_verb_of_saying_ends_the_things_given(text, things):
    [gift] = giftextract.extract(text).gift_transfers
    assert [i.species for i in gift.items] == things


@pytest.mark.parametrize("text", [
    "ULAANBAATAR, August 21 - Russian troops arrived in Mongolia for the exercise. The Russian side put the size of the joint grouping at about 700 servicemen.",
    "MINSK, Sept 3 - Drills of Belarus and Russia began on Friday. The combined grouping numbers about 2,500 Russian troops, Moscow said.",
])
def test_the_size_of_a_joint_grouping_is_a_multinational_total(text):
    import giftextract
    # deployment.json not_deployment: "joint grouping", "combined grouping" (GOLD.md: no single sender)
    assert [d.personnel.value for d in giftextract.extract(text).deployments if d.personnel] == []


def test_a_sender_of_its_own_beside_a_joint_grouping_keeps_its_figure():
    import giftextract
    text = "Russia sent about 700 servicemen to Mongolia for the exercise."
    assert [d.personnel.value for d in giftextract.extract(text).deployments] == [700.0]


def test_relief_goods_sent_are_given_so_the_dateline_names_the_recipient():
    # gift.json relief_goods: the clause tells what it sends as given, as a word of giving does
    text = ("TEHRAN - Armenia's government sent five trucks last week carrying relief supplies. "
            "The consignment comprised 26,000 boxes of canned food and 81 tents.")
    [gift] = giftextract.extract(text).gift_transfers
    assert (gift.giver.country, gift.recipient.country) == ("AM", "IR")
    assert {"canned food", "tent"} <= {i.species for i in gift.items}
    # near-miss: a bare "relief" is a force's work, not goods given
    text = "TEHRAN - Armenia's government sent five helicopters last week for relief flights."
    assert giftextract.extract(text).gift_transfers == []


def test_what_a_gift_thanks_for_is_not_given_with_it():
    # gift.json exchanged_for: the thing after "as a thank-you for" is what the giver got
    text = "Botswana is to give Namibia 40 waterbuck as a thank-you for the four black rhinos it received from this country."
    [gift] = giftextract.extract(text).gift_transfers
    assert [(i.species, i.count.value) for i in gift.items] == [("waterbuck", 40)]


@pytest.mark.parametrize("text,expected", _loan_examples("shared", "many_states_examples") + _loan_examples("own", "many_states_examples"))
def test_a_figure_told_of_a_gift_to_many_states_is_no_one_recipients_count(text, expected):
    # "the shipments to all 15 countries comprise eight million masks": the whole gift's
    # figure (null for the one recipient); a clause naming its own recipient keeps its figure
    got = [[i.species, i.count.value if i.count else None] for g in giftextract.extract(text).gift_transfers for i in g.items]
    assert got == [[name, float(n) if n is not None else None] for name, n in expected], (text, got)


@pytest.mark.parametrize("text,expected", [
    ("Russia sent 31,500 tonnes of wheat to Syria as aid.", [("RU", "SY", "wheat")]),
    ("Japan shipped 300 tents to Tonga as relief after the eruption.", [("JP", "TO", "tent")]),
    ("He worked as an aid to the minister in Tonga.", []),  # near-miss: no thing given
])
def test_a_transfer_told_as_aid_or_relief_is_a_gift(text, expected):
    # triggers.json gift_nouns "as aid", "as assistance", "as relief": the clause calls it a gift
    got = [(g.giver.country, g.recipient.country, i.species) for g in giftextract.extract(text).gift_transfers for i in g.items]
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    ("Japan donated tents to Tonga. A Japanese aircraft has delivered 30,000 blankets.",
     [("JP", "TO", "blanket"), ("JP", "TO", "tent")]),
    ("Washington has donated relief goods to Turkey. A U.S.-chartered aircraft has delivered 30,000 blankets and medicine.",
     [("US", "TR", "blanket"), ("US", "TR", "medicine"), ("US", "TR", "relief goods")]),
    ("Japan sold trucks to Tonga. A Japanese ship has delivered 30 buses.", []),  # near-miss: no giving in the article
])
def test_a_givers_carrier_delivering_things_in_an_article_of_giving_delivers_the_open_gift(text, expected):
    # gift.json carrier_rows, frames/giving.py carried_by_giver; "A Japanese aircraft" is the
    # carrier, no open item (open_items.json carrier_subjects)
    got = sorted((g.giver.country, g.recipient.country, i.species) for g in giftextract.extract(text).gift_transfers for i in g.items)
    assert got == expected, got
