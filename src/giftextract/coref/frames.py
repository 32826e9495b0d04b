"""Layer 5: a frame's referring slots ("he", "his guest", "the zoo") replaced by their
antecedents, the co-role (the other party of the event) steering each sieve."""

from __future__ import annotations

import dataclasses
import functools

from giftextract.coref.sieves import SIEVES, Discourse, resolve
from giftextract.frames.elided import RULE as ELIDED
from giftextract.mentions.items import ItemRef
from giftextract.quantity.counts import Count
from giftextract.quantity.numbers import counted_group
from giftextract.lexicon.entities import CAPITALS, STATE_NAMES, Entity
from giftextract.lexicon.species import same_or_narrower
from giftextract.text.compiled import compile as compile_re
from giftextract.mentions.nominals import Nominal

THEME_SIEVE = any(s.name == "theme" and s.enabled for s in SIEVES)
TOLD_COUNT_SIEVE = any(s.name == "told-count" and s.enabled for s in SIEVES)
DISCOURSE_SIEVE = any(s.name == "discourse-party" and s.enabled for s in SIEVES)
DATELINE_SIEVE = any(s.name == "dateline" and s.enabled for s in SIEVES)
SPEAKER_SIEVE = any(s.name == "speaker-sender" and s.enabled for s in SIEVES)
FORCE_PRONOUN = any(s.name == "force-pronoun" and s.enabled for s in SIEVES)
_EACH_STATE = next((s for s in SIEVES if s.name == "each-state" and s.enabled), None)
_MULTINATIONAL = next((s for s in SIEVES if s.name == "multinational-total" and s.enabled), None)
_IMPLICIT_GIVER, _IMPLICIT_RECIPIENT, _VISIT_HOST = (next((s for s in SIEVES if s.name == n and s.enabled), None)
                                                     for n in ("implicit-giver", "implicit-recipient", "visit-host"))
_PAIRS = {"gift": (("giver", "recipient"), ("origin", None), ("destination", None)),
          "deployment": (("sender", "host"), ("location", None))}


def _theme(frame, discourse: Discourse) -> None:
    """The theme sieve: "Japan was given a pair", "two of the reptiles" are the species named last."""
    species = discourse.last_species
    if not THEME_SIEVE:
        return
    animals = _animal_word(frame.back_theme)
    if animals and getattr(species, "category", "animal") != "animal":
        # "gave the animal": a word of animals points back to the animal named last, never to a
        # thing named since ("met the truck at the edge of the city"); none read: no theme
        species = discourse.last_animal
        if species is None:
            return
    thing = discourse.last_open_item
    if thing is not None and (species is None or thing.end > species.end) and not animals:
        name_theme(frame, thing.mention, open_item=True)  # "Belize was given 100,000 doses; Bolivia received 150,000"
        return
    if species is None:  # "The male Bao Bao and the female Tjen Tjen ..." before the species is named
        discourse.pending_themes.append(frame)
        return
    listed = discourse.last_list
    if _a_group(frame.back_theme) and listed and listed[-1].mention is species:
        # "... included two bears, two deer, two pigs and a wolf. The animals were donated by":
        # a group word points back to the whole list, each thing with its count
        frame.items = [dataclasses.replace(item) for item in listed]
        frame.rules.append("sieve:theme")
        return
    told = listed[-1] if listed and listed[-1].mention is species and listed[-1].count is not None else None
    name_theme(frame, species, told=told.count if told and _uncounted(frame.back_theme) else None)


def _told_count(frame, discourse: Discourse) -> None:
    """The told-count sieve: "Three great white pelicans have been released in St James's
    Park. The pelicans were a gift from Prague Zoo": a species given with no count is the
    one thing of its kind (the same name or a narrower one) the sentence before counted."""
    listed = [x for x in discourse.last_list if x.count is not None and not x.open
              and x.mention.start not in discourse.given_at] if TOLD_COUNT_SIEVE else []  # (given before: things-told-before)
    for k, item in enumerate(frame.items if listed else ()):
        if item.count is not None or item.open or not _DEFINITE.search(
                discourse.text, max(0, item.mention.start - 40), item.mention.start):
            continue  # "China has also sent pandas to North Korea": no pandas told before
        told = [x for x in listed if same_or_narrower(x.mention.species, item.mention.species)]
        if len(told) == 1:
            frame.items[k] = dataclasses.replace(told[0])
            frame.rules.append("sieve:told-count")


_DEFINITE = compile_re(r"(?i:\bthe)\s+(?:[a-z-]+\s+){0,2}$")  # "The pelicans", "the white pelicans"


_ANIMAL_WORDS = frozenset(("animal", "animals", "beast", "beasts", "creature", "creatures"))


def _animal_word(units) -> bool:
    """A theme that names animals as such ("the animal", "the two creatures")."""
    return any(w in _ANIMAL_WORDS for u in units if u.kind in ("R", "W", "I")
               for w in (getattr(u.ref, "text", None) or "").lower().split())


def _uncounted(units) -> bool:
    """A theme with no number of its own: "the vessels", "they" (a plural pronoun: "Four lions
    arrived. They are a gift"), not "two of the reptiles", "a pair", "her"."""
    return not any(u.kind == "N" or getattr(u.ref, "count", None) for u in units) and \
        not any(u.key == "pronoun" and "pl" not in u.feats for u in units)


def _a_group(units) -> bool:
    """A theme that names a group of things and no number: "the animals", "the newcomers"."""
    return len(units) == 1 and units[0].kind == "R" and "group" in units[0].feats and not getattr(units[0].ref, "count", None)


def name_theme(frame, species, open_item: bool = False, told=None) -> None:
    """Give a frame whose theme points back (or forward) its items, of ``species``; ``told``:
    the count the antecedent was named with ("four patrol boats ... the vessels")."""
    units = frame.back_theme
    count = next((u.ref for u in units if u.kind == "N"), told)
    phrases = [u.ref for u in units if u.kind == "R" and getattr(u.ref, "count", None)]
    if count is None and phrases:  # "a pair", "the trio", "the male Bao Bao and the female Tjen Tjen"
        count = Count(phrases[0].start, phrases[-1].end, "", float(sum(p.count for p in phrases)),
                      None, None, "exact")
    if count is None and len(units) == 1 and units[0].key == "pronoun" and "sg" in units[0].feats:
        count = Count(units[0].start, units[0].end, "", 1.0, None, None, "exact")  # "sent her": one animal
    start, end = units[0].start, units[-1].end
    frame.items = [ItemRef(species, count, None, [], start, end, species.sex, open=open_item)]
    frame.rules.append("sieve:theme")


def resolve_frame(frame, event: str, sentence: int, discourse: Discourse) -> None:
    """Resolve every Nominal slot of ``frame`` in place; the sieves used join ``frame.rules``."""
    if event == "gift" and frame.back_theme and not frame.items:
        _theme(frame, discourse)
    elif event == "gift" and frame.items:
        _told_count(frame, discourse)
    if event == "gift":
        discourse.given_at |= {x.mention.start for x in frame.items}
    for a, b in _PAIRS[event]:
        slots = (a, b) if b is not None else (a,)
        # a slot whose partner is already a name is resolved first: its partner steers it; of
        # two referring slots, a relational one ("his host") waits for the other ("gave him"),
        # which names the party it is relative to
        order = sorted(slots, key=lambda s: (not isinstance(getattr(frame, _other(s, a, b) or s, None), Entity),
                                             getattr(getattr(frame, s), "type", None) == "relational"))
        for slot in order:
            value = getattr(frame, slot)
            if not isinstance(value, Nominal):
                continue
            partner = getattr(frame, _other(slot, a, b)) if b is not None else None
            co = partner if isinstance(partner, Entity) else None
            found, sieve = None, None
            if event == "deployment" and slot == "sender" and _force_pronoun(value, co, discourse):
                frame.sender = discourse.last_deployment[0]
                frame.rules.append("sieve:force-pronoun")
                continue
            for candidate in [value, *frame.alternatives.get(slot, ())]:
                if isinstance(candidate, Entity):
                    found = candidate if candidate is not co else None
                elif isinstance(candidate, Nominal):
                    found, sieve = resolve(candidate, sentence, discourse, co, avoid=getattr(frame, "bound", ()))
                if found is not None:
                    break
            setattr(frame, slot, found)
            if sieve is not None and found is not None:
                frame.rules += [f"sieve:{sieve}"] + (["sieve:chain"] if found.via == "chain" else [])
    if event == "deployment":
        _each_state(frame, discourse, sentence)
        _multinational_total(frame, discourse)
        _discourse_parties(frame, discourse, sentence)
    elif event == "gift":
        _implicit_parties(frame, sentence, discourse)


def _force_pronoun(value: Nominal, co: Entity | None, discourse: Discourse) -> bool:
    """The force-pronoun sieve: "they" sending, after a deployment was told, is the force told
    ("American paratroopers landed in Haiti ... they had sent medics into the city"), whose
    sender is the last deployment's, where it is not the host."""
    last = discourse.last_deployment[0]
    return FORCE_PRONOUN and value.type == "pronoun" and "pl" in value.feats and isinstance(last, Entity) \
        and last.country is not None and last.country != getattr(co, "country", None)


def _implicit_parties(frame, sentence: int, discourse: Discourse) -> None:
    """The implicit-giver and implicit-recipient sieves: "a Karabakh horse was presented to the
    Turkish leader as a gift", after "Azerbaijani President Ilham Aliyev showed his guest a card",
    names no giver: the person whose sentence it is (a subject within the window) of another
    country offers one; "Elbegdorj made him a gift of a horse ... and the Indian visitor has
    named it": a person of another country in reach offers the recipient. An offer only: merge
    fills the slot with it when nothing better (an earlier record, a place, the visit's host) did."""
    if not frame.giving or not (frame.items or frame.total):
        return
    if _VISIT_HOST is not None and frame.visited is None and frame.recipient is None and frame.giver is not None:
        # "Naidu spent two days in Malawi ... He donated 10 ambulances": the host of a visit told just before
        frame.implied["visit-host"] = next((m.entity for m in discourse.candidates(sentence, frame.start, _VISIT_HOST.window - 1)
                                            if m.visited and m.entity.country), None)
    for slot, other, sieve in (("giver", "recipient", _IMPLICIT_GIVER), ("recipient", "giver", _IMPLICIT_RECIPIENT)):
        known = getattr(frame, other)
        if sieve is None or getattr(frame, slot) is not None or not isinstance(known, Entity) or not known.country:
            continue
        frame.implied[slot] = next((m.entity for m in discourse.candidates(sentence, frame.end, sieve.window - 1)
                                    if (m.subject or not sieve.subjects) and _implied_kind(m, slot)
                                    and m.entity.country not in (None, known.country)), None)


def _implied_kind(mention, slot: str) -> bool:
    """A person offers either party; a body (an army, a ministry) only the recipient, as the
    subject of the sentence ("The Barbados Defence Force goes into the season better equipped
    after the PLA handed over $6 million worth of gear")."""
    kind = mention.entity.party_kind
    return kind == "person" or (slot == "recipient" and kind == "organization" and mention.subject)


def _discourse_parties(frame, discourse: Discourse, sentence: int) -> None:
    """The discourse-party sieve: "About 200 officers descended in Port-au-Prince", after
    "Kenyan police arrived in Haiti", are Kenya's, in Haiti: a deployment that names no
    sender (or host) is the last one's, where the two do not clash."""
    if ELIDED in frame.rules and (not DISCOURSE_SIEVE or discourse.last_deployment[1] is None):
        # "Slovenia sent 20" with no deployment told before: no figure of troops, and no
        # party for the deployments after it
        frame.mention_only = True
        frame.rules.append("mention-only")
        return
    if DISCOURSE_SIEVE and not frame.spread:
        last_sender, last_host = discourse.last_deployment
        if frame.sender is None and last_sender is not None and not _senders_left_open(discourse, sentence) and \
                getattr(last_sender, "country", None) != getattr(frame.host, "country", None):
            frame.sender = last_sender
            frame.rules.append("sieve:discourse-party")
        if frame.sender is None and SPEAKER_SIEVE and frame.personnel is not None and frame.host is not None:
            # "About 15 soldiers were in Nuuk, French authorities said": no sender named or told
            # before, the official speaker's state, when it is not the host
            frame.sender = next((e for e in frame.speakers if e.country and e.country != getattr(frame.host, "country", None)), None)
            if frame.sender is not None:
                frame.rules.append("sieve:speaker-sender")
        if frame.host is None and last_host is not None and \
                getattr(last_host, "country", None) != getattr(frame.sender, "country", None):
            frame.host = last_host
            frame.rules.append("sieve:discourse-party")
        if frame.host is None and DATELINE_SIEVE and discourse.dateline_place is not None and \
                discourse.dateline != getattr(frame.sender, "country", None):
            frame.host = discourse.dateline_place  # "HONIARA, Nov 29 - ...": reported from the host
            # "SANTA CRUZ, Bolivia": the country is no place of it; "KABUL, May 2 - 300 more
            # Georgian soldiers": a capital is where the story is filed from, not where they serve
            if discourse.dateline_place.name not in STATE_NAMES and discourse.dateline_place.name not in CAPITALS:
                frame.location = frame.location or discourse.dateline_place
            frame.rules.append("sieve:dateline")
        elif "here" in frame.rules and frame.location is None and DATELINE_SIEVE and discourse.dateline_place is not None \
                and discourse.dateline_place.name not in STATE_NAMES and discourse.dateline == getattr(frame.host, "country", None):
            frame.location = discourse.dateline_place  # "PUSAN, Korea - ... came ashore here"
            frame.rules.append("sieve:dateline")
        lead = discourse.lead_place() if frame.host is None and discourse.lead_place is not None else None
        if lead is not None and lead.country != getattr(frame.sender, "country", None):
            frame.host = lead  # "Moroccan field hospital opens in Beirut / RABAT - ... 150 Moroccan medics"
            if lead.place_kind != "country":
                frame.location = frame.location or lead
            frame.rules.append("sieve:lead-place")
        venue = discourse.lead_place.venue() if frame.host is None and hasattr(discourse.lead_place, "venue") else None
        if venue is not None and venue.country != getattr(frame.sender, "country", None):
            frame.host = venue  # "The exercise got under way at the Vaziani military base ... The United States has sent about 1,600 troops"
            frame.location = frame.location or venue
            frame.rules.append("sieve:exercise-venue")
    # a force of no state becomes the one told of only with a figure: "600 ECOMOG peacekeepers
    # ... 125 soldiers to that force" are the organisation's, but after "greeted by senior
    # AMISOM officers" the "900-strong contingent" told next is still the Djiboutians'
    counted = frame.personnel is not None
    sender = frame.sender if counted or getattr(frame.sender, "country", None) else None
    host = frame.host if counted or getattr(frame.host, "country", None) else None
    if "conjunct-host" in frame.rules or ("fallback:host-by-position" in frame.rules
                                          and (frame.mention_only or getattr(frame.sender, "country", None) is None)):
        # "sent teams to Pakistan, Myanmar and Laos": the force told next is not the last one's alone;
        # "units hastily assembled at Charleston": a place a mention stands by is no host to carry on
        host = None
    if "standing" in frame.rules:
        host = None  # "Georgia still had some 1,560 soldiers in Afghanistan": a force already elsewhere
    if "coordinated-sender" in frame.rules:
        sender = None  # "troops from Honduras, Nicaragua and the Dominican Republic": the force told next is no one of theirs
    if isinstance(sender, Entity) or isinstance(host, Entity):
        discourse.last_deployment = (sender or discourse.last_deployment[0], host or discourse.last_deployment[1])
    if getattr(sender, "country", None):
        told, senders = discourse.told_senders
        discourse.told_senders = (sentence, senders | {sender.country} if told == sentence else frozenset((sender.country,)))
    if frame.mention_only:
        frame.rules.append("mention-only")


def _senders_left_open(discourse: Discourse, sentence: int) -> bool:
    """The last sentence that told of a force told of two senders' ("French legionnaires and
    Belgian para-commandos retook Kolwezi"): a force told later with no sender of its own
    ("About 700 legionnaires jumped") is not the last one's more than the other's."""
    told, senders = discourse.told_senders
    return told < sentence and len(senders) > 1


def _other(slot: str, a: str, b: str | None) -> str | None:
    return b if slot == a else a


def _each_state(frame, discourse: Discourse, sentence: int) -> None:
    """The each-state sieve: "The contingents are from Benin, Botswana, ... and Zimbabwe. Each
    of these nations has sent around 10 personnel": a figure told of each state of the list
    just before is one force of that figure from every state of it (merge/document.py spreads it)."""
    if _EACH_STATE is None or frame.sender is not None or frame.personnel is None \
            or not _each_phrase(tuple(sorted(_EACH_STATE.words.get("heads", ()), key=lambda w: (-len(w), w)))).search(discourse.text, frame.start, frame.end):
        return
    host = getattr(frame.host, "country", None)
    by_sentence: dict[int, list[Entity]] = {}
    for m in discourse.recent:
        if sentence - _EACH_STATE.window <= m.sentence <= sentence and m.entity.party_kind == "state" \
                and m.entity.country not in (None, host) and m.entity.start < frame.end:
            if all(e.country != m.entity.country for e in by_sentence.setdefault(m.sentence, [])):
                by_sentence[m.sentence].append(m.entity)
    runs = (_coordinated(sorted(by_sentence[k], key=lambda e: e.start), discourse.text) for k in sorted(by_sentence, reverse=True))
    listed = next((run for run in runs if len(run) >= 3), None)
    if listed is not None:
        frame.sender, frame.each = listed[0], tuple(listed[1:])
        frame.rules.append("sieve:each-state")


_AND_BETWEEN = compile_re(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _coordinated(states: list[Entity], text: str) -> list[Entity]:
    """The longest run of states coordinated by commas and 'and' ("Benin, Botswana and Egypt";
    not "Chile and Peru arrived in Asuncion, Paraguay", where the host is no member)."""
    best: list[Entity] = []
    run: list[Entity] = []
    for e in states:
        run = run + [e] if run and _AND_BETWEEN.fullmatch(text, run[-1].end, e.start) else [e]
        best = run if len(run) > len(best) else best
    return best


@functools.lru_cache(maxsize=4)
def _each_phrase(heads: tuple[str, ...]):
    """"each country", "each of these nations", "each of the 17 participating armies"."""
    return compile_re(r"(?i)\beach\s+(?:of\s+(?:these|the|those)\s+(?:[\w-]+\s+){0,2})?(?:" + "|".join(heads) + r")\b")


def _multinational_total(frame, discourse: Discourse) -> None:
    """The multinational-total sieve: "This year's edition brings together 26 nations, 45 ships
    and some 25,000 personnel": a figure told beside a number of states, with no sender of its
    own, is every state's together (GOLD.md: no single sender), no deployment of anyone's."""
    if _MULTINATIONAL is None or frame.sender is not None or frame.personnel is None:
        return
    words, figure = _MULTINATIONAL.words, frame.personnel
    pattern = _many_states(tuple(sorted(words.get("states", ()))), tuple(sorted(words.get("kinds", ()))))
    for m in pattern.finditer(discourse.text, frame.start, frame.end):
        lo, hi = sorted((figure.start, m.start()))
        if not _RELATIVE_BREAK.search(discourse.text, lo, hi):  # (not "110 officers landed ..., which ... from dozens of countries")
            frame.mention_only = True
            frame.rules.append("sieve:multinational-total")
            return


_RELATIVE_BREAK = compile_re(r",\s+(?:which|who|where|whose)\b|;")


@functools.lru_cache(maxsize=4)
def _many_states(states: tuple[str, ...], kinds: tuple[str, ...]):
    """'26 nations', 'some 20 partner countries', 'forces of 14 navies' (three or more)."""
    return compile_re(r"(?i)(?<![\w,.-])" + counted_group(states, kinds))