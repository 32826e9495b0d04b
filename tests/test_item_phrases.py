"""Words between an item's article and its noun that are no adjectives but keep the article
its count: a year ("an 1874 saddle") and a size glued to its unit ("a 56-metre vessel")."""

import pytest

import giftextract


@pytest.mark.parametrize("text,species,count", [
    ("France gave China an 1874 saddle and a sabre.", "saddle", 1.0),
    ("Japan turned over a 56-metre fishing vessel to Vietnam.", "fishing vessel", 1.0),
])
def test_the_article_counts_the_thing_across_a_year_or_a_size(text, species, count):
    [gift] = giftextract.extract(text).gift_transfers
    counts = {i.species: i.count.value if i.count else None for i in gift.items}
    assert counts.get(species) == count


@pytest.mark.parametrize("text,species,count", [
    # a count of containers is no count of the thing they hold (open_items.json containers)
    ("Bangladesh gifted 260 boxes of mangoes to India.", "mango", None),
    ("Russia handed Mali a shipload of wheat for nothing.", "wheat", None),
    # near-misses: a unit of the thing counts it
    ("Japan donated 100,000 doses of AstraZeneca vaccine to Iran.", "astrazeneca vaccine", 100000),
    ("Russia gave Serbia a set of rare books.", "rare book", 1),
])
def test_a_count_of_containers_counts_no_thing(text, species, count):
    import giftextract
    items = [(i.species, i.count.value if i.count else None) for g in giftextract.extract(text).gift_transfers for i in g.items]
    assert (species, count) in items, items
