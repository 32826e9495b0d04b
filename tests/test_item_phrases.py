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
