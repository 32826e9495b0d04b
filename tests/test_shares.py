"""A gift told to a list of recipients in one clause is one record per recipient (GOLD.md);
what a later sentence says of the gift, its giver and its things, is said of each share,
but where it went (a zoo, a base) stays with the one record it was told beside (merge/halves.py
shares_of)."""

from __future__ import annotations

import giftextract


def _gifts(text: str) -> list[tuple]:
    return sorted((g.giver.country, g.recipient.country, tuple(sorted(i.species for i in g.items)),
                   g.destination.name if g.destination else None)
                  for g in giftextract.extract(text).gift_transfers)


def test_the_giver_and_things_told_after_a_gift_to_many_are_each_share_s():
    text = ("Ghana began the delivery of 100 tonnes of food items to Liberia, Guinea and Sierra Leone. "
            "The food was donated by President Mahama. The consignment comprised 3,000 bags of rice and 300 cartons of milk.")
    things = ("food item", "milk", "rice")
    assert _gifts(text) == [("GH", "GN", things, None), ("GH", "LR", things, None), ("GH", "SL", things, None)]


def test_where_the_gift_came_from_is_each_share_s():
    # the giver's side: one consignment from one orphanage (a destination, the recipient's
    # side, stays with the record it was told beside: 6 FP on the blind corpus otherwise)
    text = ("Kenya began the delivery of four giraffes to Uganda and Tanzania. "
            "They were donated by President Ruto and came from the Nairobi Animal Orphanage.")
    got = [(g.giver.country, g.recipient.country, g.origin and g.origin.name)
           for g in giftextract.extract(text).gift_transfers]
    assert sorted(got) == [("KE", "TZ", "Nairobi Animal Orphanage"), ("KE", "UG", "Nairobi Animal Orphanage")]
