"""Several givers in one clause, each paired with its own things by a construction
(frames/paired.py): each gives its own; coordinated givers each give the whole."""

import giftextract


def _gifts(text):
    return sorted((g.giver.country, g.recipient.country, tuple(sorted((i.species, i.count.value) for i in g.items)))
                  for g in giftextract.extract(text).gift_transfers)


def test_each_giver_gives_the_things_its_construction_pairs_it_with():
    assert _gifts("Kenya received two lions donated by Uganda and three zebras donated by Tanzania.") == [
        ("TZ", "KE", (("zebra", 3.0),)), ("UG", "KE", (("lion", 2.0),))]
    assert _gifts("Guatemala received 5,000 vaccine doses donated by Israel and another 200,000 doses donated by India.") == [
        ("IL", "GT", (("vaccine dose", 5000.0),)), ("IN", "GT", (("dose", 200000.0),))]


def test_one_giver_is_no_pairing():
    assert _gifts("Kenya received two lions and three zebras donated by Uganda.") == [
        ("UG", "KE", (("lion", 2.0), ("zebra", 3.0)))]


def test_coordinated_givers_each_give_the_whole():
    gifts = _gifts("The Czech Republic, Lithuania and Poland donated 30,000 doses to Taiwan.")
    assert [g[0] for g in gifts] == ["CZ", "LT", "PL"]


def test_no_coordinated_giver_is_the_state_a_recipients_nominal_names():
    # "the country" is the recipient told before, never one of the givers coordinated in
    # the clause (each would else give to the one named last before it)
    text = ("MANILA - The Philippines has so far received seven million doses. "
            "Japan, China and the United States have also donated vaccines to the country.")
    pairs = {(g.giver.country, g.recipient.country) for g in giftextract.extract(text).gift_transfers}
    assert pairs == {("JP", "PH"), ("CN", "PH"), ("US", "PH")}
