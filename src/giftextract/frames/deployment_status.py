"""Layer 6: a deployment's status, by the annotation conventions (seeds/GOLD.md).

denied > planned (modals, plans) > who vouches for the figure: the sender's or host's
officials confirm; intelligence, media and hedges report; a figure nobody vouches for is
left for the document to decide (merge). The markers are data: status_denied,
status_planned, status_confirmed, status_under_way, status_staying, status_motion, official,
unofficial and hedges in constructions/data/deployment.json.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.frames.slots import view_sources
from giftextract.mentions.sentence import SentenceView

if TYPE_CHECKING:
    from giftextract.frames.deployments import DeploymentFrame


@lru_cache(maxsize=16)
def status_pattern(sources: tuple[str, ...]):
    """One pattern of a status's markers (status_denied, status_planned, status_confirmed in
    constructions/data/deployment.json), compiled once per table."""
    return compile_pattern("|".join(f"(?:{p})" for p in sources) or r"(?!)", regex.IGNORECASE)


_OTHER_CONJUNCT = compile_pattern(r",\s+(?:and|but|while|whereas)\s+(?!said\b|says\b|added\b)", regex.IGNORECASE)


def speaker_of(view: SentenceView, frame: DeploymentFrame, markers: dict, lo: int, hi: int) -> str | None:
    """Who the sentence cites, by the annotation conventions: 'official' (the sender's or
    host's government, ministry, leader or army), 'unofficial' (intelligence, media,
    unnamed sources, analysts), or None where it cites nobody."""
    parties = {getattr(frame.sender, "country", None), getattr(frame.host, "country", None)} - {None}
    verdict = None
    sources = view_sources(view)
    # the clause's own sources first: "Early reports put it at 50; Port Moresby said it sent 37"
    # ... and only a source of the figure's own conjunct: "Saudi Arabia sent 1,000 troops, and the
    # UAE has said it sent 500 police": the UAE speaks of its own police only
    sources = [s for s in sources if not _OTHER_CONJUNCT.search(view.text, min(s.start, frame.noun_start),
                                                                max(s.start, frame.noun_start))]
    in_clause = [s for s in sources if lo <= s.start < hi]
    for src in in_clause or sources:
        said = src.name.lower()
        if any(w in said for w in markers.get("unofficial", ())):
            return "unofficial"
        speaker = next((e for e in view.entities if e.start < src.end and src.start < e.end), None)
        if speaker is not None and speaker.source:
            return "unofficial"  # a news agency
        official = any(w in said for w in markers.get("official", ())) or (
            speaker is not None and speaker.party_kind in ("state", "person", "organization"))
        # "the ministry said" (no country named: the article's own side) or a party of the event
        if official and (speaker is None or speaker.country in parties):
            verdict = "official"
        elif speaker is not None and speaker.country is None and speaker.party_kind:
            return "unofficial"  # "according to the United Nations": a third party's figure
        elif official and speaker is not None and speaker.country:
            # "Ankara said it had sent ...": the sender may be a pronoun resolved later; the
            # document-level decision (merge) compares this speaker with the resolved parties
            frame.speaker_countries.append(speaker.country)
            frame.speakers.append(speaker)
    return verdict


def deployment_status(view: SentenceView, frame: DeploymentFrame, verb, noun, lo: int, hi: int, markers: dict) -> str:
    """denied > planned (modals, plans) > the speaker: the sender's or host's officials
    confirm, intelligence and media report (GOLD.md's conventions)."""
    clause = view.text[lo:hi]
    denied, planned, confirmed, staying, going, motion = (status_pattern(tuple(markers.get(f"status_{k}", ())))
                                                            for k in ("denied", "planned", "confirmed", "staying", "under_way",
                                                                      "motion"))
    denial = denied.search(view.text, lo, hi)
    if denial:
        # the denial's own object is the force: no comma between them ("denied having a single soldier")
        frame.denies_pair = denial.end() <= noun.start and "," not in view.text[denial.end():noun.start]
        return "denied"
    head = frame.personnel.start if frame.personnel is not None else noun.start
    if JOINED.search(view.text, max(lo, head - 40), head):
        return "confirmed"  # "they will join the roughly 400 Kenyan police who arrived in June": already there
    # "The 160-member police unit, which left Dhaka on Saturday, will join ...": under way,
    # whatever the later modal; who vouches for it is still the speaker's to say
    # status_under_way: a verb right after the force (or in a relative clause there) that tells
    # it has left or arrived, whatever a later modal says of what it will do there; "The first of
    # about 3,200 soldiers ordered to Honduras by Reagan arrived"; a force "already there"
    under_way = frame.under_way = bool(going.match(view.text, noun.end, hi))
    # "1,000 US service members based in Vilseck will be sent to Romania": the modal of any deploy
    # verb the noun is the subject of
    # (not when the noun is the object of a verb before it: "has deployed 178 soldiers to Iraq
    # and pledged to boost their number to 500": the later verb is its subject's next act)
    object_of_verb = verb is not None and verb.end <= noun.start
    later = [] if object_of_verb else [
        t for t in view.triggers if t.kind == "deploy_verb" and noun.end < t.start < min(hi, noun.end + 80)]
    # right after the noun a modal plans the deployment ("900 soldiers will leave for Haiti"),
    # unless it only says how those already there spend their time ("the 84 engineers will
    # wait at a transit camp": status_staying)
    after = view.text[noun.end:min(hi, noun.end + 25)]
    if object_of_verb:  # "has deployed 178 soldiers to Iraq and pledged ...": the subject's next act
        after = after.split(" and ", 1)[0]
    if not under_way and (_plans(planned, view.text, lo, noun.start) or (
            _plans(planned, after, 0, len(after), motion) and not staying.search(after)) or (
            verb is not None and verb.start > noun.end and (_plans(planned, view.text, noun.end, verb.end)
                                                            or _copula_plans(planned, view.text, verb, hi))) or any(
            _plans(planned, view.text, noun.end, t.end) for t in later[:2])):
        # a plan's speaker is still who may send ('"We will send 90 troops," the minister said':
        # the speaker-sender sieve reads the speakers recorded here); the status stays the
        # plan's, so the speaker's country is no vote in the document's decision (merge)
        countries = list(frame.speaker_countries)
        speaker_of(view, frame, markers, lo, hi)
        frame.speaker_countries = countries
        return "planned"  # "plans to deploy 2,000 troops", "9,000 troops would be stationed"
    speaker = speaker_of(view, frame, markers, lo, hi)
    if speaker is None and any(h in clause.lower() for h in markers.get("hedges", ())):
        speaker = "unofficial"  # "reportedly", "is believed to", "according to reports"
    if speaker is None and set(frame.rules) & set(markers.get("acting_rows", ())) and \
            not (verb is not None and verb.text.lower().endswith("ing")):
        speaker = "acted"  # "India sent 60,000 troops": the sender named doing it (a finite verb), unhedged
    frame.signal = speaker
    if speaker in ("official", "acted") or (speaker is None and (under_way or confirmed.search(clause))):
        return "confirmed"
    return "reported"  # until the document decides (merge): see DeploymentFrame.signal


# the forms of "be" that the deploy-verb list holds ("troops are in X")
COPULAS = frozenset(("is", "are", "was", "were", "be", "been", "being"))


def _copula_plans(planned, text: str, verb, hi: int) -> bool:
    """The force's verb is a copula and a plan marker follows it ("200 members of the 104th
    Battalion is due to travel", "were set to fly"; not "are in Lebanon and will stay")."""
    return verb.lemma in COPULAS and any(m.start() <= verb.end + 2
                                          for m in planned.finditer(text, verb.start, min(hi, verb.end + 25)))


# "296 soldiers to Mozambique, who will operate alongside the army", "the deployment, which is
# expected to last a few weeks": a relative clause's modal tells what the troops will do there
# or how long they stay, not whether they go
_RELATIVE = compile_pattern(r"\b(?:who|which|that)[ \t]+(?:(?:is|are|was|were)[ \t]+)?$", regex.IGNORECASE)


def _plans(planned, text: str, a: int, b: int, motion=None) -> bool:
    """A plan marker in text[a:b] that does not open a relative clause's verb, unless that
    verb moves the force (``motion``: "350 soldiers who will leave within days for South Sudan"),
    and that is not inside an aside closed before b ("Bahrain, which announced that it would
    commit a frigate, now has about 600 troops")."""
    asides = [m.span() for m in _ASIDE.finditer(text, a, b)]
    return any((not _RELATIVE.search(text, max(a, m.start() - 14), m.start())
                or (motion is not None and motion.match(text, m.end())))
               and not any(s <= m.start() < e for s, e in asides) for m in planned.finditer(text, a, b))


# a relative clause set off by commas: what its subject did or said, not the force's plan
_ASIDE = compile_pattern(r",[ \t]*(?:which|who|whose)\b[^,;:]{1,150},", regex.IGNORECASE)


# the object of "join": a force already in place, whatever the joiners' plans
JOINED = compile_pattern(r"\bjoin(?:s|ed|ing)?\s+(?:(?:the|some|about|roughly|around|nearly|almost|an?)\s+)*$",
                        regex.IGNORECASE)
