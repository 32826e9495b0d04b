"""Layer 4: deployment frames around a personnel noun ("troops", "soldiers").

sender     a demonym on the noun ("North Korean troops") > the deploy verb's subject >
           the agent of a gerund ("thank you to Kim for sending troops")
host       "to (help|support) X", "in X", "joined the X army", the country of the location
against    "against X", "invasion of X", "war in X", "fight in X"
location   a region or city in the clause ("in Russia's Kursk region")
status     denied / planned / confirmed / reported, from the clause's verbs
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from giftextract.mentions.sentence import SentenceView
from giftextract.frames.slots import SourceRef, gerund_agent, subject_of, view_sources
from giftextract.mentions.items import count_before
from giftextract.lexicon.entities import Entity
from giftextract.quantity.counts import Count
from giftextract.quantity.dates import TimeMention


@dataclass
class DeploymentFrame:
    start: int
    end: int
    noun_start: int
    noun_end: int
    personnel: Count | None = None
    personnel_kind: str | None = None
    sender: Entity | None = None
    host: Entity | None = None
    against: Entity | None = None
    location: Entity | None = None
    status: str = "reported"
    time: TimeMention | None = None
    sources: list[SourceRef] = field(default_factory=list)
    evidence: list[tuple[int, int]] = field(default_factory=list)


_VERB_NEAR = 40  # characters between a deploy verb and its personnel noun
_HOSTILE = regex.compile(
    r"(?:\bagainst|\binvasion\s+of|\bwar\s+(?:in|on|against|with)|\bfight(?:ing)?\s+(?:in|against)|\battack(?:s|ing)?\s+on|\bstrikes?\s+(?:on|against)|\boffensive\s+(?:in|against)|\bin\s+the)\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
_HOSTING = regex.compile(
    r"(?:\bto|\binto|\bin|\bwith|\bjoin(?:ed|s|ing)?|\bto\s+(?:help|support|assist|aid|back|bolster|reinforce)|\b(?:help|support|assist|aid|back|bolster|reinforce)(?:s|ed|ing)?)\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
_DENIED = regex.compile(
    r"\b(?:denied|deny|denies|denying|dismissed|rejected\s+reports)\b"
    r"|\b(?:not|never|no\s+longer)\s+(?:\w+\s+)?(?:sent|send|sending|deployed|deploy|deploying|dispatched|stationed)\b",
    regex.IGNORECASE,
)
_PLANNED = regex.compile(
    r"\b(?:aims?|aiming|plans?|planned|planning|intends?|intending|expected|set|going|preparing|prepares|ready|due)\s+to\b|\bwill\b|\bwould\b|\bcould\b|\bmay\b|\bmight\b"
    r"|\b(?:pledged|offered|preparing|readying|possible\s+deployment|proposed|planned)\b",
    regex.IGNORECASE,
)
_CONFIRMED = regex.compile(r"\bconfirm(?:ed|s|ing)?\b", regex.IGNORECASE)


def _near_verb(view: SentenceView, noun_start: int, noun_end: int, lo: int, hi: int):
    for t in view.triggers:
        if t.kind != "deploy_verb" or not (lo <= t.start < hi):
            continue
        if 0 <= noun_start - t.end <= _VERB_NEAR or 0 <= t.start - noun_end <= _VERB_NEAR:
            if t.lemma in ("are", "were", "is", "be", "been", "being") and t.start < noun_start:
                continue
            return t
    return None


_AFTER_PREPOSITION = regex.compile(r"\b(?:for|of|in|by|after|before|without)\s+(?:\w+ly\s+)?$", regex.IGNORECASE)


def _agent(view: SentenceView, verb, lo: int) -> Entity | None:
    """Subject of a deploy verb; a gerund after a preposition ("in exchange for sending")
    takes only the party right before that preposition, never a distant subject."""
    if verb.text.lower().endswith("ing") and _AFTER_PREPOSITION.search(view.text, max(lo, verb.start - 20), verb.start):
        return gerund_agent(view, verb.start, lo)
    return subject_of(view, verb.start, lo, allow_possessive=True, skip=frozenset({"with"}))


def _host_and_against(view: SentenceView, frame: DeploymentFrame, lo: int, hi: int) -> None:
    for e in view.entities_in(lo, hi):
        if e is frame.sender or e.country is None or e.source:
            continue
        if frame.sender is not None and e.country == frame.sender.country:
            continue
        before = view.text[max(lo, e.start - 40) : e.start]
        if e.place_kind in ("region", "city") and e.party_kind is None:
            if frame.location is None and e.start > frame.noun_start - 60:
                frame.location = e
            if frame.host is None and e.country and not _HOSTILE.search(before):
                frame.host = e
            continue
        if _HOSTILE.search(before):
            frame.against = frame.against or e
        elif e.start >= frame.noun_end and (_HOSTING.search(before) or e.demonym and e.start - frame.noun_end < 40
                                            or e.party_kind == "organization"):
            frame.host = frame.host or e
        elif e.start >= frame.noun_end and e.possessive and frame.host is None:
            frame.host = e


def deployment_frames(view: SentenceView) -> list[DeploymentFrame]:
    frames: list[DeploymentFrame] = []
    for lo, hi in view.clauses():
        for noun in view.triggers:
            if noun.kind != "personnel" or not (lo <= noun.start < hi):
                continue
            count, _unit, _desc = count_before(view, noun.start, lo, set())
            verb = _near_verb(view, noun.start, noun.end, lo, hi)
            if count is None and verb is None:
                continue
            frame = DeploymentFrame(view.start, view.end, noun.start, noun.end, count, noun.lemma)
            head = count.start if count else noun.start
            demonyms = [e for e in view.entities_in(head, noun.start) if e.country or e.ambiguous_korea]
            if demonyms:
                frame.sender = demonyms[-1]
            elif verb is not None and verb.start < noun.start:
                frame.sender = _agent(view, verb, lo)
            elif verb is not None:
                frame.sender = subject_of(view, head, lo, skip=frozenset({"with"}))
            _host_and_against(view, frame, lo, hi)
            clause = view.text[lo:hi]
            if _DENIED.search(clause):
                frame.status = "denied"
            elif _PLANNED.search(view.text, lo, noun.start) or (
                    verb is not None and verb.start > noun.end and _PLANNED.search(view.text, noun.end, verb.end)):
                frame.status = "planned"  # "plans to deploy 2,000 troops", "9,000 troops would be stationed"
            elif _CONFIRMED.search(clause):
                frame.status = "confirmed"
            times = view.times_in(lo, hi)
            frame.time = times[0] if times else None
            frame.sources = view_sources(view)
            frames.append(frame)
    return frames
