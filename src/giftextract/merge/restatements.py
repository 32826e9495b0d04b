"""Layer 5: a gift told again, counted once.

A record that repeats another ("Is Putin sending 70 animals?" above the story that counts
them) joins it (fold_echoes); things told with no party right before the gift that gives
them are its things (the things-told-before sieve); two records told of different dates are
different events (dates_clash). Read by merge/document.py.
"""

from __future__ import annotations

from collections.abc import Callable

from giftextract.coref.sieves import SIEVES
from giftextract.frames.gifts import GiftFrame
from giftextract.lexicon.species import related
from giftextract.merge.halves import country_of as _country


def dates_clash(record: GiftFrame, frame: GiftFrame) -> bool:
    a = record.time.value if record.time else None
    b = frame.time.value if frame.time else None
    return bool(a and b and not (a.startswith(b) or b.startswith(a)))


_TOLD_BEFORE = next((sv for sv in SIEVES if sv.name == "things-told-before" and sv.enabled), None)


def gives_the_things_told(last: GiftFrame | None, frame: GiftFrame) -> bool:
    """``last`` told things and no party ("Four lions arrived at the zoo"), right before a gift
    that names both parties and tells no thing of its own: none, or the same things uncounted
    ("They are a gift from Sudan", "The lions were given by Sudan")."""
    if _TOLD_BEFORE is None or last is None or last.giver is not None or last.recipient is not None or not last.items or last.distinct \
            or frame.giver is None or frame.recipient is None or frame.distinct or frame.total is not None \
            or not 0 <= frame.start - last.end <= _TOLD_BEFORE.window or dates_clash(last, frame):
        return False
    return all(i.count is None and any(related(r.mention.species, i.mention.species) for r in last.items) for i in frame.items)


def _echoes(echo: GiftFrame, record: GiftFrame) -> bool:
    """``echo`` says nothing ``record`` does not: the same countries and figure, no items of its
    own, or only uncounted things the record counts ("has handed out camels before" beside
    "six camels ... landed")."""
    key = (_country(echo.giver), _country(echo.recipient))
    if record is echo or not record.items or None in key or key != (_country(record.giver), _country(record.recipient)) \
            or dates_clash(record, echo):
        return False
    if not echo.items:
        return record.total is not None and echo.total is not None and record.total.value == echo.total.value
    return echo.total is None and all(i.count is None and any(
        related(i.mention.species, r.mention.species) and r.count is not None and r.count.value is not None
        for r in record.items) for i in echo.items)


def fold_echoes(records: list[GiftFrame], absorb: Callable) -> list[GiftFrame]:
    """A headline or teaser that repeats the body ("Is Putin sending 70 animals to North Korea?"
    above "Russia transferred more than 70 animals, including an African lion ...") is the body's
    gift, not one of its own: a record with a total and no items joins the record with its items,
    and so does one whose things are all counted there."""
    out = []
    for record in records:
        if (not record.items and record.total is not None) or (record.items and record.total is None):
            full = next((r for r in records if _echoes(record, r)), None)
            if full is not None:
                absorb(full, record)
                continue
        out.append(record)
    return out
