"""Layer 6: one figure told of several coordinated states.

"Gabon, Cameroon and Congo have each sent about 120 soldiers", "150 troops each to Estonia,
Latvia and Lithuania": with "each", the figure is every coordinated sender's (or host's),
one frame each; without it, or with "between them", it is their joint total, which no
single sender has (GOLD.md). ``frame`` is a deployment frame of frames/deployments.py.
"""

from __future__ import annotations

import dataclasses

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.mentions.sentence import SentenceView

_EACH = compile_pattern(r"\beach\b", regex.IGNORECASE)
_BETWEEN_THEM = compile_pattern(r"\s+(?:between|among)\s+(?:them|the\s+(?:two|three|four))\b|\s+in\s+(?:all|total)\b|\s+combined\b",
                              regex.IGNORECASE)


def one_per_sender(view: SentenceView, frame, fills: dict, hi: int) -> list:
    """"Gabon, Cameroon and Congo have each sent about 120 soldiers": the same figure from each
    state coordinated before the sender, one frame each; without "each" the figure is the
    states' joint total, which no single sender has (GOLD.md); with no figure, each sent one."""
    best = fills.get("SENDER", [None])[0]
    # the states coordinated before the sender ("Slovenia and Romania sent"), or after it where
    # the force comes from a list ("troops from Slovenia and Romania")
    others = best.preceding or best.conjuncts if best is not None else ()
    if best is None or not others or frame.sender is not best.unit.ref:
        return []
    frame.rules.append("coordinated-sender")  # (no one of them is the sender of the force told next)
    if frame.mention_only:
        return []
    joint = frame.personnel is not None and _BETWEEN_THEM.match(view.text, frame.noun_end, hi)
    # a force told with no figure ("Slovenia and Romania sent platoons to Bosnia") came from
    # each: there is no joint total to split
    if (frame.personnel is not None and not _EACH.search(view.text, best.unit.end, hi)) or joint:
        frame.mention_only = True  # "each sending small contingents, some 20 soldiers between them": joint
        return []
    return [dataclasses.replace(frame, sender=unit.ref, rules=[*frame.rules, "conjunct-sender"], alternatives={},
                                sources=list(frame.sources), evidence=list(frame.evidence))
            for unit in others]


def one_per_host(view: SentenceView, frame, fills: dict) -> list:
    """"150 troops each to Estonia, Latvia and Lithuania": the same figure to each state
    coordinated after the host, one frame each, where "each" stands between the figure and
    the host; a force told with no figure ("sent teams of army doctors to Pakistan, Myanmar
    and Laos") went to each, as there is no joint total to split."""
    best = fills.get("HOST", [None])[0]
    if best is None or not best.conjuncts or frame.host is not best.unit.ref or frame.mention_only:
        return []
    if frame.personnel is not None and not _EACH.search(view.text, frame.personnel.end, best.unit.start):
        return []
    return [dataclasses.replace(frame, host=unit.ref, rules=[*frame.rules, "conjunct-host"], alternatives={},
                                sources=list(frame.sources), evidence=list(frame.evidence))
            for unit in best.conjuncts]

