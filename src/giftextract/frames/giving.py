"""Layer 4: whether a clause gives, the test that lets a thing no lexicon knows be a gift
("Uzbekistan gave Belarus a carved garden house"; not "sent a delegation")."""

from __future__ import annotations

from giftextract.constructions.table import Table
from giftextract.mentions.sentence import SentenceView


def calls_it_a_gift(view: SentenceView, lo: int, hi: int, table: Table) -> bool:
    """A gift noun, or a verb of giving anywhere in the clause ("took delivery of 400,000 doses,
    this time donated by the PLA")."""
    words = table.classes.get("open_theme", ())
    return any(lo <= t.start < hi and (t.kind == "gift_noun" or (t.kind == "gift_verb" and t.lemma in words))
               for t in view.triggers)


def gives(fill, table: Table) -> bool:
    """Whether a THEME fill's trigger means giving itself (not just "send" or "ship"): only
    then is a thing the lexicon does not know taken as a gift."""
    words = table.classes.get("open_theme", ())
    return fill.trigger is not None and any(f in words for f in (fill.trigger.key, *fill.trigger.feats))
