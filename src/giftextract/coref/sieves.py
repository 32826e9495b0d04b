"""Layer 5: coreference as ordered sieves over the discourse so far.

``Discourse`` keeps the parties and places of the sentences read so far (a bounded
window, so memory stays flat).  ``resolve`` runs the sieves of ``data/sieves.json`` in
their order; the first that finds an antecedent for a referring mention wins, and its
name is recorded on the record (``rules``).  Each sieve is one small predicate over
candidates, most recent first, subjects before other mentions.
"""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass, field
from importlib import resources

from giftextract.lexicon.data import LEXICON
from giftextract.lexicon.entities import Entity
from giftextract.lexicon.facilities import keeps_animals, short_name
from giftextract.mentions.nominals import NOMINALS, Nominal
from giftextract.text.fold import fold_marks


@dataclass(frozen=True)
class Sieve:
    name: str
    enabled: bool
    window: int
    resolves: str
    examples: tuple = ()
    skip: frozenset = frozenset()  # words the sieve leaves alone (the dateline's: "New York", a UN seat)
    words: dict = field(default_factory=dict)  # the sieve's own word lists (the pronoun's gendered titles)
    near: int = 0  # characters: an antecedent this close before wins over the sieve's preference (state-nominal)
    subjects: bool = False  # only a sentence's subjects are candidates (implicit-giver)


def _load() -> tuple[Sieve, ...]:
    raw = json.loads(fold_marks(resources.files("giftextract.coref").joinpath("data", "sieves.json").read_text("utf-8")))
    return tuple(Sieve(s["name"], s["enabled"], s["window"], s["resolves"], tuple(s.get("examples", ())),
                       frozenset(w.lower() for w in s.get("skip", ())),
                       {k: frozenset(w.lower() for w in v) for k, v in s.get("words", {}).items()},
                       s.get("near", 0), s.get("subjects", False))
                 for s in raw["sieves"])


SIEVES: tuple[Sieve, ...] = _load()
# where a person's first word names them: the family name written first ("Qi Zhenhong"), or
# the given name a person goes by, the second name being the father's ("Isaias Afwerki")
_FIRST_WORD_NAMES = next((s.words.get("family_name_first", frozenset()) | s.words.get("given_name_used", frozenset())
                          for s in SIEVES if s.name == "alias"), frozenset())
_PLACES = frozenset(("city", "region", "facility"))  # where a deployment may be (the sole-place sieve)
MAX_WINDOW = 5  # sentences of parties kept for the nominal sieves (the alias sieve keeps names)


@dataclass(frozen=True, slots=True)
class Mentioned:
    sentence: int
    entity: Entity
    subject: bool
    visited: bool = False  # the object of "visit (to)", "trip to": the host of a visit


@dataclass
class Discourse:
    """Parties and places named so far, in document order, and the names seen in full."""

    recent: deque = field(default_factory=lambda: deque(maxlen=400))
    names: dict[str, Entity] = field(default_factory=dict)  # short name -> full-name entity
    sentences_added: set[int] = field(default_factory=set)
    dateline: str | None = None  # the country of the article's dateline, if it has one
    dateline_place: Entity | None = None  # the dateline's place, as a place of that country
    # where the headline or lede puts the story, asked for on demand (coref/lead.py's LeadPlace)
    lead_place: object = None
    last_deployment: tuple = (None, None)  # the last deployment's sender and host
    told_senders: tuple = (-1, frozenset())  # the last sentence that told of a force, and the senders it named
    pending_themes: list = field(default_factory=list)  # frames waiting for a species named later
    last_species: object = None  # the last specific species named (a SpeciesMention), for the theme sieve
    last_animal: object = None  # the last of them that is an animal: what "the animal" points back to
    # the last thing given that no lexicon knows (an open ItemRef: "100,000 doses"): "Bolivia
    # received 150,000" after it is 150,000 more of it, where it was named after last_species
    last_open_item: object = None
    named: dict = field(default_factory=dict)  # country code -> whether the document names it (lexicon/corroborate.py)
    # the things of a list the last such sentence named with their counts ("a menagerie of
    # two bears, two deer, two pigs and a wolf"): what "the animals" then points back to
    last_list: list = field(default_factory=list)
    # head words of the things given so far ("rice", "doses", "carriers"): "the rice was loaded
    # aboard a ship" points back to the gift of rice (the definite-theme sieve)
    item_heads: set = field(default_factory=set)
    # the zoos of known country named in the sentences read, by country and name, each
    # mention: where a gift of animals may have gone (the sole-zoo sieve, merge/destinations.py)
    zoos: dict = field(default_factory=dict)
    # the cities, regions and bases of known country named in the sentences that told of a
    # deployment: where a deployment with no place of its own may be (the sole-place sieve)
    places: dict = field(default_factory=dict)
    reading: int = -1  # the sentence whose mention is being resolved (set by resolve)
    # whether the article speaks of giving (merge's giving context), asked for on demand: only
    # then may things moved between two states be gifts the lexicon does not know
    speaks_of_giving: object = lambda: False
    text: str = ""  # the normalised document: what a sieve may read around a mention ("the pelicans")
    given_at: set = field(default_factory=set)  # where the things of the gift frames resolved so far start

    def add(self, sentence: int, entities: list[Entity], subjects: set[int], visited: set[int] = frozenset()) -> None:
        if sentence in self.sentences_added:
            return
        self.sentences_added.add(sentence)
        if len(self.sentences_added) > 4 * MAX_WINDOW:
            self.sentences_added = {s for s in self.sentences_added if s > sentence - 2 * MAX_WINDOW}
        for e in entities:
            if e.source or e.demonym:
                continue
            self.recent.append(Mentioned(sentence, e, e.start in subjects, e.start in visited))
            if e.country and keeps_animals(e):
                _keep(self.zoos, e)
            if e.party_kind == "person" and e.country and " " in e.name.strip():
                self.names.setdefault(e.name.split()[-1].split("-")[-1], e)
                if e.country.lower() in _FIRST_WORD_NAMES:  # "Qi" after "Qi Zhenhong", "Isaias" after "Isaias Afwerki"
                    self.names.setdefault(e.name.split()[0], e)
            elif (e.place_kind == "zoo" or keeps_animals(e)) and e.country and not e.via:
                # "Higashiyama" after "the Higashiyama Zoo in Nagoya"; an airport's or a base's
                # first word is its town's name ("El-Arish International Airport"), no alias
                short = short_name(e.name)
                if short:
                    self.names.setdefault(short, e)

    def add_places(self, entities: list[Entity]) -> None:
        """The cities, regions and bases of known country a sentence that told of a
        deployment names (the sole-place sieve); a sentence that told nothing adds none, so
        the places never depend on which quiet sentences were read."""
        for e in entities:
            if e.place_kind in _PLACES and e.country and not e.source and not e.possessive:  # "at Warsaw's request"
                _keep(self.places, e)

    def candidates(self, sentence: int, pos: int, window: int) -> list[Mentioned]:
        """Mentions before ``pos`` within ``window`` sentences, subjects first, most recent first."""
        out = [m for m in reversed(self.recent)
               if sentence - window <= m.sentence <= sentence and m.entity.end <= pos]
        return sorted(out, key=lambda m: (sentence - m.sentence, not m.subject, -m.entity.start))


def _keep(by_country: dict, e: Entity) -> None:
    named = by_country.setdefault(e.country, {}).setdefault((e.canonical or e.name).casefold(), [])
    if len(named) < 8 and all(x.start != e.start for x in named):
        named.append(e)


def _differs(e: Entity, co: Entity | None) -> bool:
    if co is None:
        return True
    return e is not co and (e.country is None or co.country is None or e.country != co.country)


_STATE_KINDS = {k: frozenset(v) for k, v in NOMINALS.get("state_kinds", {}).items() if not k.startswith("_")}
_TITLE_KINDS = {k: tuple(v) for k, v in NOMINALS.get("title_kinds", {}).items() if not k.startswith("_")}
_TITLE_STATES: dict[str, str] = NOMINALS.get("title_states", {}).get("states", {})  # "the tsar": Russia's ruler
# the states each ruler's title may rule ("king": every kingdom), built once
_RULED_BY = {head: frozenset().union(*(_STATE_KINDS.get(kind, ()) for kind in kinds)) for head, kinds in _TITLE_KINDS.items()}


def _title_sieve(n: Nominal, cands: list[Mentioned], co: Entity | None, discourse: Discourse) -> Entity | None:
    # "her majesty" names its head in the table ("head:queen"); "the queen" by its last word
    head = next((f[5:] for f in n.feats if f.startswith("head:")), n.text.split()[-1].lower())
    told = next((m.entity for m in cands if m.entity.party_kind == "person" and m.entity.country
                 and head in (m.entity.title or "").lower() and m.entity is not co), None)
    if told is None and discourse.dateline_place is not None and _differs(discourse.dateline_place, co) \
            and any(discourse.dateline in _STATE_KINDS.get(kind, ()) for kind in _TITLE_KINDS.get(head, ())):
        return discourse.dateline_place  # "MUSCAT - The sultan presented his guest with falcons": the dateline's ruler
    if told is None and head in _TITLE_STATES and getattr(co, "country", None) != _TITLE_STATES[head]:
        return Entity(n.start, n.end, n.text, n.text, "person", None, _TITLE_STATES[head], head, via="title")
    if told is None and head in _TITLE_KINDS:
        # "Their Majesties the King and Queen" with no king named and no dateline: the ruler of
        # the one state of the title's kind named in reach ("a Royal Thai Air Force plane")
        ruled = {m.entity.country for m in cands if m.entity.country in _RULED_BY[head]}
        if len(ruled) == 1 and (country := ruled.pop()) != getattr(co, "country", None):
            return Entity(n.start, n.end, n.text, n.text, "person", None, country, head, via="title")
    return told


def _relational_sieve(n: Nominal, cands: list[Mentioned], co: Entity | None, discourse: Discourse) -> Entity | None:
    """"his host" is the party visited ("a visit to Uzbekistan"); "his guest", "the visitor",
    "his counterpart" the other party of the meeting than the co-role's."""
    # a host may be named only by the place of the visit ("toured ... in Ashgabat, his host")
    kinds = ("person",) if "person" in n.feats and "host" not in n.feats else ("state", "person")
    by_recency = sorted(cands, key=lambda m: -m.entity.start)
    if "host" in n.feats:
        visited = next((m.entity for m in by_recency if m.visited and m.entity.country and _differs(m.entity, co)), None)
        if visited is not None:
            return visited
    if "guest" in n.feats and co is None:
        host_country = next((m.entity.country for m in by_recency if m.visited and m.entity.country), None)
        guest = next((m.entity for m in by_recency if m.entity.party_kind in kinds and m.entity.country
                      and host_country and m.entity.country != host_country), None)
        if guest is not None:
            return guest
    return next((m.entity for m in by_recency if m.entity.party_kind in kinds and m.entity.country
                 and _differs(m.entity, co) and (co is not None or "guest" not in n.feats or not m.subject)), None)


def _facility_sieve(n: Nominal, cands: list[Mentioned], co: Entity | None, discourse: Discourse) -> Entity | None:
    want = ("zoo",) if "zoo" in n.feats else ("zoo", "facility")
    state = next((f[3:] for f in n.feats if f.startswith("of_")), None)  # "the Japanese zoo"
    by_recency = sorted(cands, key=lambda m: -m.entity.start)
    if state is None:
        return next((m.entity for m in by_recency if m.entity.place_kind in want), None) or (
            _sole_zoo(discourse) if "zoo" in n.feats and n.text[:4].lower() == "the " else None)
    named = next((m.entity for m in by_recency if m.entity.place_kind in want and m.entity.country == state), None) \
        if "definite" in n.feats else None
    # "a Russian zoo", or "the Japanese zoo" with none named: a zoo of that state
    return named or Entity(n.start, n.end, n.text, n.text, None, "zoo" if "zoo" in n.feats else "facility", state,
                           via="facility")


def _sole_zoo(discourse: Discourse) -> Entity | None:
    """'the zoo' with no zoo named in the window: the one zoo the story has named, however
    far back (a feature names its zoo in the headline and tells its history at length);
    none where it has named two."""
    zoos = [named[0] for by_name in discourse.zoos.values() for named in by_name.values() if named[0].place_kind == "zoo"]
    return zoos[0] if len(zoos) == 1 else None


def _institution_sieve(n: Nominal, cands: list[Mentioned], co: Entity | None, discourse: Discourse) -> Entity | None:
    """'the embassy', 'the ministry': the last organisation named whose name holds that head
    ("the Embassy of the Republic of China (Taiwan)" ... "24 laptops from the embassy")."""
    head = n.feats[1].replace("_", " ") if len(n.feats) > 1 else ""
    located = next((f[3:] for f in n.feats if f.startswith("of_")), None)  # "the ministry in Abuja" (nominals.json located_institutions)
    if located is not None and located != getattr(co, "country", None):
        return Entity(n.start, n.end, n.text, n.text, "organization", None, located, via="institution")
    by_recency = sorted(cands, key=lambda m: -m.entity.start)
    named = next((m.entity for m in by_recency if m.entity.party_kind == "organization" and m.entity.country
                  and head in m.entity.name.lower() and _differs(m.entity, co)), None)
    # none named: the mission of the last envoy who heads one ("U.S. Ambassador Brian Shukan"
    # ... "the embassy gave the army four fuel trucks"; nominals.json staff:)
    staff = tuple(f[6:] for f in n.feats if f.startswith("staff:"))
    return named or next((m.entity for m in by_recency if staff and m.entity.party_kind == "person" and m.entity.country
                          and (m.entity.title or "").lower() in staff and _differs(m.entity, co)), None)


def _state_sieve(n: Nominal, cands: list[Mentioned], co: Entity | None, discourse: Discourse) -> Entity | None:
    """'the kingdom', 'the emirate': the last state named of that kind (any state for
    'the country'); a demonym or a possessive names its state too ('Tongan waters'). Of the
    states that fit, the dateline's comes first: the article is told from it ("SUVA - ...
    a team was in the country", though the Golan Heights were named since)."""
    kinds = [_STATE_KINDS[f] for f in n.feats if f in _STATE_KINDS]
    by_recency = sorted(cands, key=lambda m: -m.entity.start)
    if "of_person" in n.feats:
        # "Australian Defence Minister Robert Hill has said his country would supply ...": the
        # state of the person "his" stands for, the nearest one named before
        want = "f" if "f" in n.feats else "m"
        return next((m.entity for m in by_recency if m.entity.party_kind == "person" and m.entity.country
                     and _differs(m.entity, co) and _gender(m.entity) in (want, None)), None)
    fitting = [m for m in by_recency
               if (m.entity.party_kind == "state" or (kinds and m.entity.demonym) or _home_institution(m.entity))
               and m.entity.country and _differs(m.entity, co)
               and all(m.entity.country in kind for kind in kinds)]
    if "home" in n.feats and discourse.dateline_place is not None and _differs(discourse.dateline_place, co):
        # "the cabinet", "the authorities": an institution at home, of the state the article is
        # told from ("BUCHAREST - ... 100,800 doses for Vietnam, and the authorities decided to give Georgia")
        return discourse.dateline_place
    fits = [m.entity for m in fitting]
    if not fits and discourse.dateline_place is not None and _differs(discourse.dateline_place, co) \
            and all(discourse.dateline in kind for kind in kinds):
        # "AMMAN - ... gave the kingdom eight Black Hawks", "BUCHAREST - The government approved
        # the donation": no state of that kind named, the dateline's
        return discourse.dateline_place
    if fitting and fitting[0].sentence == discourse.reading and n.start - fits[0].end <= _STATE_NEAR:
        return fits[0]  # "... contingent in Afghanistan, 45 servicemen have been sent to the country"
    if kinds and discourse.dateline_place is not None and _differs(discourse.dateline_place, co) \
            and all(discourse.dateline in kind for kind in kinds) and not (fitting and fitting[0].sentence == discourse.reading):
        return discourse.dateline_place  # "RIYADH - ... Jordan ... the Kingdom made Pakistan a gift": the article's own kingdom
    return next((e for e in fits if e.country == discourse.dateline), fits[0] if fits else None)


_STATE_NEAR = next((s.near for s in SIEVES if s.name == "state-nominal"), 0)
_HOME_INSTITUTIONS = next((s.words.get("home_institutions", frozenset()) for s in SIEVES if s.name == "state-nominal"), frozenset())


def _home_institution(e: Entity) -> bool:
    """An institution that sits in the state it serves ("Peru's Congress", "the government of
    Fiji"): it names that state for "the country" as the state's name would; an embassy or
    an army, which may sit abroad, does not (state-nominal words: home_institutions)."""
    return e.party_kind == "organization" and bool(e.country) and e.name.lower().rsplit(None, 1)[-1] in _HOME_INSTITUTIONS


def _gender(e: Entity) -> str | None:
    """'f' for a queen or a first lady, 'm' for a king or an emir, None where the title says
    nothing; a person the lexicon knows may say it ("sex": "f" of Sheikh Hasina, whose name
    opens with a title that reads male)."""
    known = LEXICON["people"].get(e.name, {}).get("sex") if e.party_kind == "person" else None
    if known:
        return known
    title = (e.title or "").lower()
    for gender in ("f", "m"):
        if title and any(title == t or title.endswith(" " + t) for t in _GENDERED.get(gender, ())):
            return gender
    return None


def _pronoun_sieve(n: Nominal, cands: list[Mentioned], co: Entity | None, discourse: Discourse) -> Entity | None:
    if "person" in n.feats:
        kinds: tuple[str | None, ...] = ("person",)
    elif "pl" in n.feats:
        kinds = ("state", "organization", "group", "people")
    else:
        kinds = ("state", "organization")
    # "she", "her" stand first for a queen or a first lady in reach, never for a king
    want = "f" if "f" in n.feats else "m" if "m" in n.feats else None
    # never the co-role's country: a giver is never its own recipient ("for six elephants sent to
    # Russia by his government", after Putin thanked Myanmar's ruler: the ruler's government)
    fits = [m.entity for m in cands if m.entity.party_kind in kinds and m.entity.country and _differs(m.entity, co)
            and not (co is not None and m.entity.name == co.name)]
    if "after_speech" in n.feats:
        # "the UAE has said it sent ...": the speaker, the nearest party before the pronoun
        fits.sort(key=lambda e: -e.start)
    if want is not None:
        fits = [e for e in fits if _gender(e) == want] + [e for e in fits if _gender(e) is None]
    return fits[0] if fits else None


_GENDERED = next((s.words for s in SIEVES if s.name == "pronoun"), {})
_BY_TYPE = {"title": _title_sieve, "relational": _relational_sieve, "facility": _facility_sieve,
            "institution": _institution_sieve,
            "state": _state_sieve, "pronoun": _pronoun_sieve}


def resolve(n: Nominal, sentence: int, discourse: Discourse, co: Entity | None,
            sieves: tuple[Sieve, ...] = SIEVES, avoid: tuple = ()) -> tuple[Entity | None, str | None]:
    """The antecedent of a referring mention and the sieve that found it, or (None, None);
    ``avoid``: spans of mentions that cannot be it (the parties coordinated in the other slot)."""
    for sieve in sieves:
        if not sieve.enabled or sieve.resolves != n.type or sieve.resolves not in _BY_TYPE:
            continue
        cands = discourse.candidates(sentence, n.start, sieve.window)
        discourse.reading = sentence
        if avoid:
            cands = [m for m in cands if (m.entity.start, m.entity.end) not in avoid]
        found = _BY_TYPE[sieve.resolves](n, cands, co, discourse)
        if found is not None:
            return found, sieve.name
    return None, None
