"""A list member's attribute ("shaped like a house", "of the emir", "about Doha") neither ends
the list of things given nor adds a thing of its own (mentions/data/open_items.json
member_attributes); a lot ("a convoy of 12 trucks") and brands of a measured thing ("two
bottles of whisky: a Glenfiddich and a Lagavulin") are no attributes and no members."""

import giftextract
from giftextract.mentions.contents import attribute_end
from giftextract.mentions.units import Unit


def _items(text):
    [gift] = giftextract.extract(text).gift_transfers
    return {i.species: (i.count.value if i.count else None) for i in gift.items}


def test_the_list_goes_on_after_a_participle_attribute_and_its_object_is_no_thing():
    items = _items("Oman's sultan presented the Bahraini king with a silver box shaped like a dhow, "
                   "a coffee pot and a bottle of frankincense oil.")
    assert {"silver box", "coffee pot", "frankincense oil"} <= set(items)
    assert "dhow" not in items


def test_the_list_goes_on_after_a_prepositional_attribute():
    items = _items("Qatar gave Kenya a portrait of the emir, two books about Doha and a brass coffee set.")
    assert items == {"portrait": 1, "book": 2, "brass coffee set": 1}


def test_a_lot_of_counted_things_is_no_attribute():
    text = "Saudi Arabia sent aid to Lebanon. A convoy of 12 trucks loaded with food and tents, a gift from the kingdom, reached Tripoli."
    species = {i.species for g in giftextract.extract(text).gift_transfers for i in g.items}
    # the trucks loaded with food and tents carry the gift (gift.json markers "carrying"); the
    # blind gold of such convoys lists the load, not the trucks (b83/06, b306/01)
    assert "convoy" not in species and "truck" not in species and "tent" in species


def test_brands_of_a_measured_thing_leave_it_whole():
    items = _items("The British king gave Macron two bottles of whisky: a Glenfiddich and a Lagavulin.")
    assert items == {"whisky": 2}


def _unit(kind, key):
    return Unit(kind, 0, 0, key)


def test_attribute_end_needs_a_member_before_and_a_link_after():
    item, of, the, emir, comma = _unit("I", "item"), _unit("W", "of"), _unit("W", "the"), _unit("R", "person"), _unit("P", ",")
    assert attribute_end([item, of, the, emir, comma], 1) == 4
    assert attribute_end([_unit("W", "x"), of, the, emir, comma], 1) == 1  # no member before
    assert attribute_end([item, of, the, emir], 1) == 1  # the clause ends: nothing goes on
    assert attribute_end([item, of, _unit("V", "give"), emir, comma], 1) == 1  # a trigger is no attribute


def test_things_that_went_with_a_gift_join_it():
    # nominals.json accompaniment
    from giftextract.mentions.nominals import NOMINALS
    for text, species in NOMINALS["accompaniment"]["examples"]:
        [gift] = giftextract.extract(text).gift_transfers
        assert species in {i.species for i in gift.items}, text


def test_an_attribute_set_off_by_commas_leaves_the_list_going_on():
    # open_items.json member_attributes set_off_examples: "400 family tents, enough for about
    # 2,000 people, 200 tent heaters" names four things, and "enough" none
    from giftextract.mentions.open_items_table import OPEN_ITEMS_TABLE
    rows = OPEN_ITEMS_TABLE["member_attributes"]["set_off_examples"]
    for text, species in rows["gift"]:
        [gift] = giftextract.extract(text).gift_transfers
        assert sorted(i.species for i in gift.items) == sorted(species), text
    for text, species in rows["near_miss"]:
        first = giftextract.extract(text).gift_transfers[0]
        assert species not in {i.species for i in first.items}, text
