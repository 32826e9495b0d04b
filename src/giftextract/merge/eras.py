"""Layer 5: a party's state in the time of the event it took part in.

A leader acts for the state of his time: Chiang Kai-shek led the Republic of China on the
mainland until 1949 (CN, the state that holds it now; GOLD.md reads former states by their
successors) and on Taiwan after (TW). The lexicon gives a person's state of today
(``country``) and, in ``eras``, the state before a date; a gift dated before it is that
state's (lexicon/data/leaders.json).
"""

from __future__ import annotations

from dataclasses import replace

from giftextract.lexicon.data import LEXICON

# canonical name -> ((before, country), ...), earliest first: the state until each date
ERAS: dict[str, tuple[tuple[str, str], ...]] = {
    name: tuple(sorted((era["before"], era["country"]) for era in entry["eras"]))
    for name, entry in LEXICON["people"].items() if entry.get("eras")
}


def country_then(canonical: str | None, when: str | None) -> str | None:
    """The state a person acted for at ``when`` (an ISO 8601 prefix), where the lexicon
    says it was another than today's; None otherwise or for no date."""
    eras = ERAS.get(canonical or "")
    if not eras or not when:
        return None
    # ISO prefixes compare as text: "1941" < "1949-10" < "1950"
    return next((country for before, country in eras if when < before), None)


def in_their_time(records: list, slots: tuple[str, ...] = ("giver", "recipient")) -> None:
    """Give each dated record's parties the state of the record's time (in place)."""
    for record in records:
        when = record.time.value if record.time is not None else None
        for slot in slots:
            party = getattr(record, slot)
            country = country_then(getattr(party, "canonical", None), when)
            if country is not None and country != party.country:
                setattr(record, slot, replace(party, country=country))
                record.rules.append(f"era:{slot}")
