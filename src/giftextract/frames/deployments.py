"""Layer 6: deployment frames around a personnel noun ("troops", "police officers").

sender, host, location  the construction rows (constructions/data/deployment.json), then,
                        below every row and named in ``rules``, the subject of the deploy
                        verb and the clause's places by position
against                 "against X", "invasion of X", "war in X"
status                  frames/deployment_status.py: denied > planned > who vouches
                        for the figure (the document decides the rest, in merge)
A personnel mention with no count and no deploy verb, a withdrawal, troops massed at home
or a multinational total is *mention only*: no record, but it tells the discourse-party
sieve whose troops the next figures are.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace as dataclasses_replace

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.constructions.engine import Match, match_rows, ranked
from giftextract.constructions.pattern import word_class_regex
from giftextract.constructions.table import Table
from giftextract.frames.deictic import says_here
from giftextract.frames.shared_places import share_places
from giftextract.frames.deployment_status import COPULAS, JOINED, deployment_status
from giftextract.frames.gapped import from_figures, gapped_demonym_figures, gapped_hosts, gapped_senders, listed_figures
from giftextract.frames.conjuncts import one_per_host, one_per_sender
from giftextract.frames.elided import elided_figures
from giftextract.frames.restated import restated_figures
from giftextract.frames.figure_sums import breakdown_parts, parts_before_total, parts_of_restated, parts_set_off, rank_sums, split_totals
from giftextract.frames.segments import held_before, no_figure_of_its_own, own_segment
from giftextract.frames.follow_ons import bare_arrivals, follow_ons
from giftextract.frames.figures import figure_after, people_after, restated_people, strength, unit_strength
from giftextract.frames.tables import DEFAULT_TABLES
from giftextract.mentions.sentence import SentenceView
from giftextract.mentions.units import LED_AFTER, aside, build_units
from giftextract.frames.continued import row_party
from giftextract.frames.slots import SourceRef, apply_fills, gerund_agent, sieve_rule, subject_of, view_sources
from giftextract.mentions.items import ELABORATION, count_before
from giftextract.lexicon.data import LEXICON
from giftextract.lexicon.entities import Entity
from giftextract.lexicon.base import spans_states
from giftextract.quantity.counts import Count
from giftextract.quantity.numbers import NUMBER_WORD
from giftextract.quantity.dates import TimeMention

# the state a peace mission serves in (organizations.json serves_in)
_MISSION_HOSTS = {name: row["serves_in"] for name, row in LEXICON["organizations"].items()
                  if isinstance(row, dict) and row.get("serves_in")}


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
    rules: list[str] = field(default_factory=list)  # construction rows and sieves that filled it
    alternatives: dict[str, list] = field(default_factory=dict)  # runner-up fills, for coreference
    # "Swedish soldiers rolled off a ferry in Riga": no count, no deploy verb; not a record,
    # but it tells the discourse-party sieve whose troops the next figures are
    mention_only: bool = False
    # a figureless force told as having arrived ("The first American troops ... have reached
    # Israel, the Pentagon said"): no record, but the arrival carries out the plan of its pair (merge/status.py)
    under_way: bool = False
    # who vouches for the figure: "official" (the sender's or host's side), "acted" (the
    # sender named doing it, unhedged), "unofficial" (intelligence, media, hedged), None
    # (plainly asserted: the document decides)
    signal: str | None = None
    # "about 5,000 soldiers in the Sahel": in no one host (GOLD.md), so no sieve gives it one
    spread: bool = False
    each: tuple = ()  # "Each of these nations has sent 10 personnel": the other senders (sieve each-state)
    speaker_countries: list[str] = field(default_factory=list)  # official speakers not yet matched to a party
    speakers: list[Entity] = field(default_factory=list)  # those speakers, for the speaker-sender sieve
    # "denied sending troops to Syria": the denial governs the force itself, so every figure
    # of this sender and host is denied (merge/status.py; GOLD.md), not "denied direct involvement, ..."
    denies_pair: bool = False


_VERB_NEAR = 40  # characters between a deploy verb and its noun (past "members, among them medics, have", "troops from A, B and C were")
_ASIDE_THEN_VERB = compile_pattern(r"(?:,[^,;.()]{1,100},|\s+from\s+(?:the\s+)?[A-Z][^;()]{0,160}?)\s+(?:[a-z]+\s+){0,2}")
_HOSTILE = compile_pattern(
    r"(?:\bagainst|\binvasion\s+of|\bwar\s+(?:in|on|against|with)|\bfight(?:ing)?\s+(?:in|against)|\battack(?:s|ing)?\s+on|\bstrikes?\s+(?:on|against)|\boffensive\s+(?:in|against)|\bin\s+the)\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
_ORIGIN = compile_pattern(r"\bfrom\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3},\s*$"  # "Marines from Camp Lejeune, North Carolina"
                     r"|\b(?:from|out\s+of|via|(?:leave|leaves|left|leaving)(?!\s+for\b)|depart(?:s|ed|ing)?\s+(?:from\s+)?)\b[^,;]{0,40}$|\b(?:[Bb]attalion|[Rr]egiment|[Bb]rigade|[Dd]ivision|[Uu]nits?)\s+of\s+(?:the\s+)?$"
                     r"|\b(?:made|built|manufactured|produced)\s+in\s+(?:the\s+)?$")  # "all their machinery made in China": where things come from
_HOSTING = compile_pattern(  # (and "in war-torn Somalia": deployment.json's epithet class)
    r"(?:\bto|\binto|\bin|\b(?:leave|leaves|left|leaving|departed|bound|headed|heading)\s+for|\bjoin(?:ed|s|ing)?|\bto\s+(?:help|support|assist|aid|back|bolster|reinforce)|(?<!\b(?:could|would|can|will|might|may|should)\s+)\b(?:help|support|assist|aid|back|bolster|reinforce)(?:s|ed|ing)?)\s+(?:the\s+)?"
    r"(?:" + word_class_regex(DEFAULT_TABLES["deployment"].classes.get("epithet", [])) + r"\s+)?$",
    regex.IGNORECASE,
)


def _near_verb(view: SentenceView, noun_start: int, noun_end: int, lo: int, hi: int):
    for t in view.triggers:
        if t.kind != "deploy_verb" or not (lo <= t.start < hi):
            continue
        if 0 <= noun_start - t.end <= _VERB_NEAR or 0 <= t.start - noun_end <= _VERB_NEAR or (t.start > noun_end and _ASIDE_THEN_VERB.fullmatch(view.text, noun_end, t.start)):
            if t.lemma in COPULAS and t.start < noun_start:
                continue
            return t
    return None


_AFTER_PREPOSITION = compile_pattern(r"\b(?:for|of|in|by|after|before|without)\s+(?:\w+ly\s+)?$", regex.IGNORECASE)


def _agent(view: SentenceView, verb, lo: int) -> Entity | None:
    """Subject of a deploy verb; a gerund after a preposition ("in exchange for sending")
    takes only the party right before that preposition, never a distant subject."""
    if verb.text.lower().endswith("ing") and _AFTER_PREPOSITION.search(view.text, max(lo, verb.start - 20), verb.start):
        return gerund_agent(view, verb.start, lo)
    return subject_of(view, verb.start, lo, allow_possessive=True, skip=frozenset({"with"}))


def _host_and_against(view: SentenceView, frame: DeploymentFrame, lo: int, hi: int) -> None:
    for e in view.entities_in(lo, hi):
        if frame.host is not None and frame.location is not None and frame.against is not None:
            return
        if e is frame.sender or e.country is None or e.source or LED_AFTER.match(view.text, e.end):
            continue  # "the Saudi-led campaign": the state leads a coalition, it hosts nothing
        if e.country == getattr(frame.sender, "country", None):
            continue
        before = view.text[max(lo, e.start - 40) : e.start]
        if e.start >= frame.noun_end and e.place_kind == "country" and _DEPARTED_FOR.search(view.text, max(lo, e.start - 100), e.start):
            frame.host = frame.host or e  # "took off from Noi Bai airport on Tuesday for South Sudan"
            continue
        if _ORIGIN.search(before) or _CITED.search(before) or aside(view.text, e):
            continue  # "soldiers from army units in Townsville": where they come from; "according to Nyagah"; "its envoy to Doha"
        if e.place_kind in ("region", "city") and e.party_kind is None:
            if frame.location is None and e.start > frame.noun_start - 60:
                frame.location = e
            if frame.host is None and e.country and not _HOSTILE.search(before):
                frame.host = e
            continue
        if _HOSTILE.search(before) and not _INTO_WAR.search(before):
            frame.against = frame.against or e
        elif e.start >= frame.noun_end and (_HOSTING.search(before) or _INTO_WAR.search(before) or e.demonym and e.start - frame.noun_end < 40
                                            and _TERRITORY.match(view.text, e.end)):
            frame.host = frame.host or e
        elif e.start < frame.noun_start and _LANDED_AT.search(before) and not e.demonym:
            frame.host = frame.host or e  # "planes landed at Venezuela's main airport carrying 100 personnel"


# "sent 1,000 troops into the war in Yemen": where the war is, the troops go
_INTO_WAR = compile_pattern(r"\b(?:into|to|join(?:ed|s|ing)?)\s+the\s+(?:[\w-]+\s+)?(?:war|conflict|fighting|fight)\s+in\s+(?:the\s+)?$",
                          regex.IGNORECASE)
# "took off from Noi Bai airport on Tuesday for South Sudan": where a departure is bound
_DEPARTED_FOR = compile_pattern(r"\b(?:took\s+off|set\s+off|set\s+out|departed|sailed|flew\s+out|flew\s+off|left)\b[^.;]{0,70}?\bfor\s+(?:the\s+)?$",
                              regex.IGNORECASE)
_LANDED_AT = compile_pattern(r"\b(?:landed|arrived|touched\s+down|docked)\s+(?:at|in)\s+(?:the\s+)?$", regex.IGNORECASE)
_CITED = compile_pattern(r"\b(?:according\s+to|citing|told|quoted\s+by)\s+(?:the\s+)?$", regex.IGNORECASE)
# "troops on Syrian soil", "into Ukrainian territory": a demonym names a host only as a place
_TERRITORY = compile_pattern(r"\s+(?:territory|soil|land|lands|border|borders|waters|airspace|capital|city|town|"
                           r"village|region|province|side|coast|island|islands)\b")


def _for_noun(matches: list[Match], noun, unit_start: int | None = None) -> list[Match]:
    """The matches that read this personnel noun, or no noun at all, or the unit whose
    strength the noun's figure tells (``unit_start``: "Poland's own contingent is expected to
    reach about 2,300 troops": the contingent's sender is the troops')."""
    return [m for m in matches if all(f.noun is None or f.noun.start in (noun.start, unit_start) for f in m.fills)]


_DEPLOYMENT_SLOTS = (("SENDER", "sender"), ("HOST", "host"), ("LOCATION", "location"))


def _construction_slots(frame: DeploymentFrame, fills: dict) -> None:
    senders = fills.get("SENDER")
    if senders and getattr(senders[0].unit.ref, "country", None) is None:
        # "Chinese United Nations peacekeepers": a body of no country yields to a state a row
        # of about the same rank names for the same noun
        coded = next((f for f in senders[1:] if getattr(f.unit.ref, "country", None)
                      and f.row.priority >= senders[0].row.priority - 5), None)
        if coded is not None:
            fills = {**fills, "SENDER": [coded, *(f for f in senders if f is not coded)]}
    apply_fills(frame, fills, _DEPLOYMENT_SLOTS)
    frame.rules = sorted({fs[0].row.name for fs in fills.values()} | set(frame.rules))


def _fallback_slots(view: SentenceView, frame: DeploymentFrame, count, verb, noun, lo: int, hi: int,
                    documents: frozenset = frozenset(), markers: dict | None = None) -> None:
    """What no row filled: the agent of a gerund, and the clause's other places and states
    read by position (kept below every row; named in ``rules`` when it decides).
    ``documents``: nouns of a study or report whose maker a name before them is ("which a
    U.S. government country study put at about 6,000 men"): no sender."""
    if frame.sender is None:
        # "1,250 U.S. Marines", "350 Royal Marines": the personnel noun names a force of a state
        # ("a Mexican army convoy": the name "Mexican army" holds the start of the noun "army convoy")
        frame.sender = next((e for e in view.entities_in(lo, hi) if e.start <= noun.start < e.end
                             and e.country and not e.source), None)
        if frame.sender is not None:
            frame.rules.append("fallback:named-force")
    head = count.start if count else noun.start
    if frame.sender is None and verb is not None and not JOINED.search(view.text, max(lo, head - 40), head):
        # "The Americans are to join roughly 700 Scandinavian peacekeepers": the subject
        # joins that force, it never sent it
        frame.sender = _agent(view, verb, lo) if verb.start < noun.start else \
            subject_of(view, head, lo, skip=frozenset({"with"}))
        after = _WORDS_AFTER.match(view.text, frame.sender.end) if frame.sender is not None else None
        if after and not documents.isdisjoint(after.group().split()):
            frame.sender = None
        if frame.sender is not None:
            frame.rules.append("fallback:subject")
            if (rule := sieve_rule(frame.sender)) is not None:
                frame.rules.append(rule)  # a name a document sieve found
    had_host = frame.host is not None
    _host_and_against(view, frame, lo, hi)
    if frame.host is not None and not had_host:
        frame.rules.append("fallback:host-by-position")
    if frame.location is None and says_here(view.text, frame.noun_start, hi, markers or {}):
        frame.rules.append("here")  # "came ashore here": at the dateline's town (frames/deictic.py)
    if frame.host is None and isinstance(frame.location, Entity) and frame.location.country:
        frame.host = frame.location
    if frame.host is None and (mission := next((e for e in view.entities_in(lo, hi) if e.canonical in _MISSION_HOSTS), None)):
        # "sent 30 members ... to serve with the United Nations Interim Force in Lebanon": where the mission serves
        frame.host = dataclasses_replace(mission, country=_MISSION_HOSTS[mission.canonical])
        frame.rules.append("fallback:mission-host")


_WORDS_AFTER = compile_pattern(r"(?:\s+[a-z-]+){1,3}")  # "U.S. government country study": the plain words after a name


def _spread_over_region(frame: DeploymentFrame) -> None:
    """A place of no one country (places.json: the Sahel, the Balkans) is no deployment's
    location, and a force with no host of its own told there is spread over many."""
    if isinstance(frame.location, Entity) and spans_states(frame.location):
        frame.location = None
        frame.spread = frame.host is None
        frame.rules.append("spread-over-region")


_ALONGSIDE = compile_pattern(r"\b(?:with|alongside|beside|besides|than|like|behind|joined\s+by)\s+(?:the\s+)?"
                            r"(?:[A-Z][\w.'-]*\s+){1,3}(?:and\s+[A-Z][\w.'-]*\s+)?$")
def _multinational(e: Entity | None) -> bool:
    """A bloc or an international body (ECOWAS, NATO, the UN): an organization of no country."""
    return e is not None and e.party_kind == "organization" and e.country is None and not e.source


def _modifies(view: SentenceView, noun, table: Table) -> bool:
    """"troop carriers", "personnel carriers", "troop levels", "infantry fighting vehicles":
    the noun names no people here;
    nor does a possessor ("the battalion's armoured vehicles", "the soldiers' families")."""
    if _POSSESSOR.match(view.text, noun.end):
        return True
    if view.describes_a_thing(noun.end):
        return True  # "infantry fighting vehicles"
    m = _NEXT_WORD.match(view.text, noun.end)
    if m and m.group(1).lower() in table.markers.get("compound_heads", ()):
        return True
    if view.text[noun.start:noun.end] not in table.word_set("markers", "machine_homonyms"):
        return False
    before = _WORD_BEFORE_NOUN.search(view.text, max(0, noun.start - 30), noun.start)  # "K-8 jet trainers"
    return bool(before) and (before.group(1).lower() in table.word_set("markers", "thing_modifiers")
                             or any(c.isdigit() for c in before.group(1)) and any(c.isupper() for c in before.group(1)))


_NEXT_WORD = compile_pattern(r"[\s-]+([A-Za-z]+)")
_WORD_BEFORE_NOUN = compile_pattern(r"([\w-]+)[ \t]+$")
# "a written appeal on Saturday for troops", "asked for 500 more soldiers": up to the noun
_FOR_BEFORE = compile_pattern(r"\b([A-Za-z]+)(?:[ \t]+(?:on|in|last|this)[ \t]+[A-Za-z]+)?[ \t]+for[ \t]+(?:[\w,.-]+[ \t]+){0,3}$")


def _requested(view: SentenceView, noun, lo: int, table: Table) -> bool:
    """Troops asked for, not sent: a request word (the ``requested`` markers) and "for" right
    before the noun."""
    m = _FOR_BEFORE.search(view.text, max(lo, noun.start - 60), noun.start)
    return bool(m) and m.group(1).lower() in table.markers.get("requested", ())


_POSSESSOR = compile_pattern(r"'s?\s")


def deployment_frames(view: SentenceView, table: Table = DEFAULT_TABLES["deployment"]) -> list[DeploymentFrame]:
    frames: list[DeploymentFrame] = []
    told_by_people: dict[int, int] = {}  # a figure's start -> the unit whose strength it tells in people
    for lo, hi in view.clauses():
        matches = None
        for noun in view.triggers:
            if noun.kind != "personnel" or not (lo <= noun.start < hi) or _modifies(view, noun, table):
                continue
            count, _unit, _desc = count_before(view, noun.start, lo, set(), joined=table.joined_modifiers)
            if count is None and noun.lemma != "units":
                count = unit_strength(view, noun.start, lo)  # "a 250-strong contingent of Nepalese peacekeepers"
            stated = None
            if noun.lemma == "units" and (restated := restated_people(view, noun, hi)) is not None:
                count = stated = restated  # "about two battalions, or 1,600 soldiers": the people, restated
            if count is None:
                count = stated = figure_after(view, noun, hi)  # "put the Russian contingent at about 3,000"
                if noun.lemma == "units" and stated is not None and people_after(view, stated.end):
                    told_by_people[stated.start] = noun.start
                    continue  # "training teams totalling about 80 Australian soldiers": the soldiers' frame tells it
            if noun.lemma == "assets":
                count = stated = None  # "four F-35A fighters": aircraft, never a figure of people
            verb = _near_verb(view, noun.start, noun.end, lo, hi)
            if noun.lemma == "men" and verb is None and not _FORCE_OF.search(view.text, max(lo, noun.start - 60), noun.start) \
                    and not any(t.kind == "arrive_verb" and 0 <= t.start - noun.end <= _VERB_NEAR for t in view.triggers):
                continue  # "men" are troops only where they are sent, arrive ("1,200 men landed") or make up a force
            if matches is None:
                seq = view.cache.get(("units", lo, hi)) or build_units(view, lo, hi, [], set())
                matches = match_rows(table, seq)  # the gift frames' sequence of this clause, if built
            if count is not None and count.value is None:
                count = None  # "thousands of troops": a vague quantity is no count (GOLD.md's conventions)
            # not_deployment markers as written: "the Multinational Security Support mission"
            # names one sender's mission, "a multinational force" has no single sender
            own = own_segment(view.text, lo, hi, noun.start)
            requested = _requested(view, noun, lo, table)
            standing = count is not None and held_before(view.text, lo, count.start, table.markers.get("standing", ()),
                                                         noun.end, hi, table.markers.get("standing_after", ()))
            withdrawal = requested or standing or _MANY_STATES.search(own) or _JOINT_AFTER.match(view.text, noun.end) or \
                no_figure_of_its_own(view.text, lo, hi, own, (count or noun).start, count is not None, table.markers)
            # "Tokyo would not send troops abroad without a vote": a policy, no deployment; with a
            # figure ("will not send 3,500 troops") it is a denial (status, below)
            # no count and no deploy verb, troops going home, massed at home, killed, a
            # multinational total, or a count of units ("two battalions") (GOLD.md: none of
            # them is a deployment figure): a mention only,
            # which still tells the discourse whose troops follow
            frame = DeploymentFrame(view.start, view.end, noun.start, noun.end, count, noun.lemma,
                                    mention_only=(count is None and verb is None) or withdrawal
                                    or (noun.lemma == "units" and count is not None and not strength(view, count) and stated is None))
            frame.rules += ["standing"] if standing else []  # a force already elsewhere hosts no force told after it
            fills = ranked(_for_noun(matches, noun, told_by_people.get(count.start) if count is not None else None))
            whole = next((f for f in reversed(frames) if f.personnel is not None and "part-of" not in f.rules), None)
            if whole is not None and count is not None and _PART_OF.fullmatch(view.text, whole.noun_end, count.start):
                # "12,000 troops, including 500 officers and three generals": parts of the figure
                frame.mention_only = True
                frame.rules.append("part-of")
            if count is not None and any(len(f[0].conjuncts) >= 2 for slot, f in fills.items() if slot == "SENDER"):
                frame.mention_only = True  # "1,223 troops from Fiji, India and Nepal": no single sender (none: each's, one_per_sender)
            _construction_slots(frame, fills)
            _fallback_slots(view, frame, count, verb, noun, lo, hi, table.word_set("markers", "document_nouns"), table.markers)
            if frame.sender is None and (party := row_party(view)) is not None:
                frame.sender = party  # "- United Kingdom - some 85 military personnel": the row's contingent
                frame.rules.append("list-row")
            _spread_over_region(frame)
            if requested:
                frame.sender = None  # who asks for troops is not whose troops they are
            if frame.sender is None and _multinational(subject_of(view, (count or noun).start, lo,
                                                                  skip=table.word_set("classes", "clause"))):
                # "ECOWAS wants 3,250 troops in Liberia", "days after NATO ministers agreed to put 6,000
                # troops into Afghanistan" ("after" opens a clause there): a bloc's total has no single sender
                frame.mention_only = True
                frame.rules.append("multinational-subject")
            frame.status = deployment_status(view, frame, verb, noun, lo, hi, table.markers)
            times = view.times_in(lo, hi)
            frame.time = times[0] if times else None
            frame.sources = view_sources(view)
            if frame.mention_only and count is None and _ALONGSIDE.search(view.text, max(lo, noun.start - 40), noun.start):
                continue  # "drove up in convoys with American units": company kept, not whose troops follow
            frames.append(frame)
            frames += one_per_sender(view, frame, fills, hi) + one_per_host(view, frame, fills)
    share_places(frames)
    rank_sums(view, frames, tuple(table.markers.get("rank_sum_officers", ())), tuple(table.markers.get("rank_sum_rest", ())))
    split_totals(frames)
    frames += parts_before_total(view, frames)
    breakdown_parts(view, frames, tuple(table.markers.get("breakdown", ())), tuple(table.markers.get("breakdown_heads", ())))
    parts_set_off(view, frames)
    frames += elided_figures(view, frames, DeploymentFrame, table.markers)
    more = gapped_senders(view, frames) + gapped_hosts(view, frames) + listed_figures(view, frames) + from_figures(view, frames) \
        + gapped_demonym_figures(view, frames) \
        + follow_ons(view, frames, DeploymentFrame) + bare_arrivals(view, frames, DeploymentFrame)
    restated = restated_figures(view, frames + more, DeploymentFrame, table.markers)
    parts_of_restated(view, restated, frames + more)
    return frames + more + restated


# "The division, drawn from 21 countries and numbering around 9,000 soldiers": a multinational total (GOLD.md),
# no one sender's, whatever the discourse says; "about 1,000 troops in eight countries": no one host's
_MANY_STATES = compile_pattern(r"\b(?:from|in|across)\s+(?:some\s+|about\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+)?"
                              r"(?:\d+|" + NUMBER_WORD + r"(?:[\s-]+" + NUMBER_WORD + r")*|a\s+dozen|dozens\s+of|several|many)"
                              r"\s+(?:other\s+|different\s+)?(?:countries|nations|states)\b", regex.IGNORECASE)
# right after the force: "over 500 servicemen of the two armies", "troops of both countries": a joint total
_JOINT_AFTER = compile_pattern(r"\s+(?:of|from)\s+(?:the\s+two|both(?:\s+the)?)\s+(?:countries|nations|states|armies|sides)\b", regex.IGNORECASE)
# "a force of 1,200 men"; "the contingent is complete again: 162 men", "the company has 140 men": a unit's strength
# (an army's own size is no force sent: "Gabon's entire army numbered about 400 men")
_FORCE_OF = compile_pattern(r"\b(?:(?:force|contingent|battalion|brigade|unit|detachment|company|regiment|division|army)\s+of|"
                       r"(?:contingent|battalion|brigade|unit|detachment|company|regiment)(?:\s+[A-Za-z]+){0,5}?(?:\s*:|\s+(?:has|had|numbers|numbered|totals|totalled)))\s+"
                       r"(?:(?:some|about|around|nearly|almost|roughly|more\s+than|up\s+to)\s+)?[\d,]+\s+(?:[A-Za-z-]+\s+){0,2}$",
                       regex.IGNORECASE)


# between a figure's noun and a later count: the later one is a part of the first ("243
# in all: 20 officers and 223 soldiers" after a colon; "11 men - four army pilots and seven
# air force ground crew" after a spaced dash)
_PART_OF = compile_pattern(rf"[^.;]{{0,40}}?(?::\s|\s[-\u2013\u2014]\s|\b(?:{ELABORATION}|among\s+whom|of\s+whom|of\s+them|among\s+those)\b)[^.;]{{0,60}}",
                         regex.IGNORECASE)
