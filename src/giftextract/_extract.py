"""The pipeline: text -> lexicon -> quantities -> frames -> document merge -> records."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from bisect import bisect_right
from functools import lru_cache, partial
from itertools import groupby
from collections.abc import Callable, Iterable, Iterator

from giftextract._collector import collect_young, gc_paused, release_free_heap
from giftextract._pool import ordered_map
from giftextract._quiet import deploys_nothing, gives_nothing
from giftextract._records import Builder
from giftextract._spotted import Spotted
from giftextract.frames.deployments import deployment_frames
from giftextract.frames.kept import kept
from giftextract.frames.next_sentence import continues_force, read_after
from giftextract.coref.chains import title_mentions
from giftextract.coref.aliases import with_names
from giftextract.coref.frames import name_theme, resolve_frame
from giftextract.coref.stories import story_context, story_layout
from giftextract.coref.sieves import SIEVES, Discourse
from giftextract.frames.gifts import about_open_gift, gift_frames, item_heads
from giftextract.frames.giving import theme_words
from giftextract.frames.slots import VISIT_BEFORE, VISIT_REACH, not_carriers
from giftextract.frames.tables import DEFAULT_TABLES
from giftextract.mentions.items import find_items
from giftextract.mentions.nominals import TITLE_CUE
from giftextract.mentions.sentence import PREPOSITIONS, SentenceView, antecedents_from, bucket
from giftextract.mentions.units import aside
from giftextract.lexicon.entities import Entity, copy_entity, find_entities
from giftextract.lexicon.korea import korea_context, korea_of, resolve_korea, spot_names
from giftextract.lexicon.trie import trie_alternation
from giftextract.lexicon.species import find_species, names_class
from giftextract.lexicon.triggers import find_triggers
from giftextract.merge.destinations import lead_place_locations, sole_modes, sole_place_locations, sole_zoo_destinations, without_force_assets
from giftextract.merge.document import merge_deployments, merge_gifts
from giftextract.models import Extraction
from giftextract.quantity.counts import find_counts
from giftextract.quantity.dates import find_times, published_date
from giftextract.text import iter_sentences, normalize
from giftextract.text.sentences import in_windows
from giftextract.text.fold import fold_case
from giftextract.text.language import not_english_reason
from giftextract.text.compiled import compile as compile_re


# Trigger kinds that can open a frame; a sentence with none of them (and no "the animals")
# cannot hold a record, so nothing else is spotted in it.
_OPENERS = frozenset({"gift_verb", "gift_noun", "receive_verb", "arrive_verb", "personnel", "event_noun", "glued_gift"})


BLOCK_CHARS = 100_000  # text handled at once: only frames outlive a block, so memory stays flat


def _blocks(sentences: Iterable[tuple[int, int]]) -> Iterator[list[tuple[int, int]]]:
    """Sentences in blocks of about BLOCK_CHARS, made as they are reached: the sentence list
    of a long document never exists whole."""
    block: list[tuple[int, int]] = []
    size = 0
    for start, end in sentences:
        if size > BLOCK_CHARS:
            yield block
            block, size = [], 0
        block.append((start, end))
        size += end - start
    yield block


@lru_cache(maxsize=32)
def _marker_pattern(words: tuple[str, ...], flags: int = 0, idioms: tuple[str, ...] = ()) -> re.Pattern:
    """One compiled whole-word alternation per marker list and flags (a table's lists do not change);
    an idiom, tried first, takes its words from the list ("at present" holds no "present")."""
    hit = r"(?<![\w-])(?P<hit>" + trie_alternation(words) + r")(?![\w-])"
    return re.compile((r"(?<![\w-])" + trie_alternation(idioms) + r"(?![\w-])|" if idioms else "") + hit, flags)


def _speaks_of(t: str, words, idioms: tuple[str, ...] = ()) -> bool:
    """Whether the whole text holds one of ``words`` (any case) outside an idiom, without a folded copy of it."""
    return bool(words) and any(m.lastgroup == "hit" for m in _marker_pattern(tuple(words), re.IGNORECASE, idioms).finditer(t))


def _giving_words(markers: dict) -> tuple[str, ...]:
    """The words that make an article speak of giving: markers.giving_context and the
    reciprocal markers ("returned the favour", "answered with")."""
    return tuple(markers.get("giving_context", ())) + tuple(markers.get("reciprocal", ()))


def _mentions_marker(t: str, lo: int, hi: int, words) -> bool:
    """Whether t[lo:hi] holds one of the marker words or phrases (whole words, any case)."""
    return bool(words) and _marker_pattern(tuple(words)).search(fold_case(t[lo:hi])) is not None


def _subjects(t: str, entities: list[Entity]) -> set[int]:
    """The starts of the sentence's subjects: its first party that is not the object of a
    preposition, and a party right after a subordinating word ("after the United States
    handed over the aircraft it has donated"): the most salient antecedents for the pronoun
    sieve, the nearest first."""
    out: set[int] = set()
    for e in entities:
        if e.party_kind is None or e.demonym or e.source:
            continue
        m = _LAST_WORD.search(t, max(0, e.start - 30), e.start)
        word = m.group(1).lower() if m else ""
        if (not out and word not in PREPOSITIONS) or word in _SUBORDINATORS:
            out.add(e.start)
    return out


# a party right after one of these opens a clause of its own as its subject
_SUBORDINATORS = frozenset(("after", "when", "while", "because", "since", "as", "before", "although", "though", "once", "until"))
_LAST_WORD = compile_re(r"([A-Za-z]+)\W*$")


def _visited(t: str, entities: list[Entity]) -> set[int]:
    """Starts of the entities a visit goes to ("a state visit to Uzbekistan", "visited
    Beijing"): the hosts the relational sieve gives "his host"."""
    return {e.start for e in entities if VISIT_BEFORE.search(t, max(0, e.start - VISIT_REACH), e.start)}
CONTEXT = 2  # sentences before a chosen one whose names the coreference sieves may need (and one after)
TITLE_REACH = next((s.window for s in SIEVES if s.name == "title"), CONTEXT)  # ... and before one with a bare title


def _listed(t: str, sentence: tuple[int, int], names: list, species: list, triggers: list) -> list:
    """The specific things a sentence names, each with its count ("two bears, two deer and a
    wolf"), for the listed-theme sieve; counts spotted here, as the sentence may be one no
    frame reads."""
    start, end = sentence
    view = SentenceView(t, start, end, names, species, find_counts(t, start, end), triggers, [])
    return [item for item in find_items(view, start, end, set())[0] if not item.mention.generic]


def _name_pending(discourse: Discourse, species) -> None:
    """The theme sieve, forward: named animals met before their species is named get it now."""
    while discourse.pending_themes:
        name_theme(discourse.pending_themes.pop(), species)


def _frames_in(t: str, sentences: list[tuple[int, int]], korea: str, when: dt.date | None,
               discourse: Discourse, base: int, tables: dict, deferred: list) -> tuple[list, list]:
    """Gift and deployment frames of a block of sentences (``base``: the block's first
    sentence's index in the document), their referring slots resolved.

    A chosen sentence that may give a record is read at once; the reading of every other
    sentence of the context (a quiet chosen one, _quiet.py, or one read for its names only)
    waits in ``deferred``, in order, and is done just before the next sentence that reads
    the discourse: a document whose chosen sentences are all quiet never spots their names."""
    _catch_up(deferred)  # the last block's: done now, so a long document holds one block's
    if not sentences:
        return [], []
    triggers = bucket(find_triggers(t, sentences[0][0], sentences[-1][1]), sentences)
    chosen = [i for i, (start, end) in enumerate(sentences)
              if any(tr.kind in _OPENERS for tr in triggers[i]) or about_open_gift(t, start, end)]
    # "... gave Cuba 5,000 tonnes of rice. The rice was loaded aboard a ship": the sentence
    # after a chosen one may move what it told of
    chosen = read_after(t, sentences, chosen, tables["deployment"].markers)  # (and the rows of a list it opens)
    # a bare title ("the Shah made the Duke a gift") may stand for a person named several
    # sentences back: there the names are read as far back as the title sieve looks
    context = sorted({j for i in chosen
                      for j in range(max(0, i - (TITLE_REACH if TITLE_CUE.search(t, *sentences[i]) else CONTEXT)),
                                     min(len(sentences), i + 2))})
    # the costly spotters run only over sentences that can hold a frame (names also over
    # the sentences just before them, where a pronoun's antecedent is named), and only when
    # a sentence of their run is read
    lo, hi = sentences[0][0], sentences[-1][1]
    korean = korea_context(t, lo, hi)  # "the North": a Korea here
    species = Spotted(sentences, context, lambda a, b: not_carriers(t, find_species(t, a, b), a, b))  # the theme sieve's too
    entities = Spotted(sentences, context, lambda a, b: spot_names(t, a, b, korean, korea, discourse.named))
    counts = Spotted(sentences, chosen, lambda a, b: find_counts(t, a, b))
    times = Spotted(sentences, chosen, lambda a, b: find_times(t, a, b, published=when))
    gifts, deployments = [], []
    chosen_set = set(chosen)
    open_theme = theme_words(tables["gift"])  # (a verb that may give a thing no lexicon knows: _quiet.py)
    relief = tables["gift"].classes.get("relief", ())
    names_of: dict[int, list[Entity]] = {}

    def add_names(i: int) -> None:
        start, end = sentences[i]
        names = names_of[i] = with_names(t, start, end, discourse, entities.of(i))
        mentioned = sorted(names + title_mentions(t, start, end, names, base + i, discourse), key=lambda e: e.start)  # "the king": a mention of him
        discourse.add(base + i, mentioned, _subjects(t, mentioned), _visited(t, mentioned))

    def add_species(i: int) -> None:
        # "The birds travelled with ..." after "the red-crowned cranes": a class word names
        # the species told before it, which stays the antecedent
        last = discourse.last_species
        named = [sp for sp in species.of(i) if not sp.generic and not (last and names_class(sp.species, last.species))]
        if named:
            discourse.last_species = named[-1]
            discourse.last_animal = next((sp for sp in reversed(named) if sp.category == "animal"), discourse.last_animal)
            _name_pending(discourse, named[0])
            # the things named with their counts: what "the animals" or "the vessels" may mean
            discourse.last_list = _listed(t, sentences[i], names_of.get(i, []), species.of(i), triggers[i])

    def read(i: int) -> None:
        """What the discourse and the frames get from sentence i, in document order."""
        add_names(i)
        if i in chosen_set:
            start, end = sentences[i]
            view = SentenceView(t, start, end, names_of[i], species.of(i), counts.of(i), triggers[i], times.of(i),
                                _antecedents(t, sentences, names_of, i, korea))
            loan = _mentions_marker(t, sentences[max(0, i - 1)][0], end, tables["gift"].markers.get("loan", ()))
            for g in gift_frames(view, tables["gift"], loan, frozenset(discourse.item_heads), discourse.speaks_of_giving()):
                discourse.item_heads |= item_heads(g.items)
                discourse.last_open_item = next((x for x in reversed(g.items) if x.open), discourse.last_open_item)
                resolve_frame(g, "gift", base + i, discourse)
                g.alternatives = {}  # runner-up fills serve only the coreference just done
                gifts.append(g)
            told = False
            for d in deployment_frames(view, tables["deployment"]):
                resolve_frame(d, "deployment", base + i, discourse)
                d.alternatives = {}
                if not d.mention_only:
                    deployments.append(kept(d))  # (frames/kept.py: all are held to the document's end)
                    told = True
                elif d.under_way and d.personnel is None:
                    deployments.append(kept(d))  # an arrival with no figure: it decides its plan's status only
            if told:
                discourse.add_places([e for e in names_of[i] if not aside(t, e)])  # not "its envoy to Doha"
        add_species(i)

    for i in context:
        start, end = sentences[i]
        if i not in chosen_set or (gives_nothing(t, start, end, triggers[i], species.of(i), open_theme,
                                                 discourse.item_heads, relief, discourse.speaks_of_giving)
                                   and deploys_nothing(triggers[i], partial(counts.of, i), t, start)
                                   and not continues_force(t, start, end, tables["deployment"].markers)):
            deferred.append(partial(read, i))  # a quiet sentence (_quiet.py): read if a later one needs it
            continue
        _catch_up(deferred)
        read(i)
    if discourse.pending_themes:
        # a frame of this block waits for a species named later ("the pandas"): a deferred
        # sentence may name it, and the block's frames go to the merge as this returns
        _catch_up(deferred)
    return gifts, deployments


def _catch_up(deferred: list) -> None:
    """The deferred reading of quiet sentences, done in document order."""
    for work in deferred:
        work()
    deferred.clear()


_SUBJECT_PRONOUN = compile_re(r"\b(?:[Ii]t|[Hh]e|[Ss]he)\b")


def _antecedents(t: str, sentences: list[tuple[int, int]], names_of: dict[int, list[Entity]], i: int,
                 korea: str) -> dict[str, Entity]:
    """Referents of "it"/"he"/"she" in sentence i: the subject of sentence i-1 (spotted here
    if the pre-scan skipped it, and only when sentence i has such a pronoun)."""
    start, end = sentences[i]
    if i == 0 or not _SUBJECT_PRONOUN.search(t, start, end):
        return {}
    prev_start, prev_end = sentences[i - 1]
    prev = names_of.get(i - 1) or resolve_korea(find_entities(t, prev_start, prev_end), korea)
    return antecedents_from(t, prev_start, prev)


Progress = Callable[[int, int], None]


def extract(text: str, *, doc_id: str | None = None, published: str | dt.date | None = None,
            tables: dict | None = None, progress: Progress | None = None) -> Extraction:
    """Extract gift transfers and deployments from one English news text (``tables``: the
    construction tables to read it with; an ``Extractor`` passes its own).

    ``progress``, if given, is called as ``progress(done, total)`` (characters of the
    normalised text) after each block of about 100 kB, and once at the end: for a progress bar
    on a long text."""
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, not {type(text).__name__}")
    if doc_id is not None and not isinstance(doc_id, str):
        raise TypeError(f"doc_id must be a str or None, not {type(doc_id).__name__}")
    when = published_date(published)
    if not text or text.isspace():  # (not text.strip(): the same test, without a copy of the text)
        return Extraction(doc_id=doc_id)
    norm = normalize(text)
    t = norm.text
    # Say why nothing may come back: the rules read English only.
    warnings: list[str] = [reason] if (reason := not_english_reason(t)) else []
    sentences = in_windows(t, iter_sentences(t), warnings)
    korea = korea_of(t)
    # a digest's stories, each read as an article of its own (a numbers-led digest's items
    # share its heading's places: ``heading``, where it ends)
    starts, heading = story_layout(t)
    if len(t) > BLOCK_CHARS:
        release_free_heap()  # the copies normalising a long text made, freed: handed back too (_collector.py)
    with gc_paused():
        tables = DEFAULT_TABLES if tables is None else tables
        gift_records, deployment_records = [], []
        for k, story in groupby(sentences, key=lambda se: bisect_right(starts, se[0]) - 1):
            end = starts[k + 1] if k + 1 < len(starts) else len(t)
            gifts, deployments = _story_records(t, story, korea, when, tables, progress, starts[k], end, len(starts) > 1, heading)
            gift_records += gifts
            deployment_records += deployments
        if progress is not None:
            progress(len(t), len(t))
        # building needs only the offset map: the normalised copy of a long text (as large as
        # the input) is released first
        # (most articles give no record: no builder then)
        build = Builder(dataclasses.replace(norm, text="")) if gift_records or deployment_records else None
        long = len(t) > BLOCK_CHARS
        del sentences, norm, t
        if long and build is not None:
            release_free_heap()  # ... and its pages handed back (_collector.py)
        return Extraction(
            doc_id=doc_id,
            gift_transfers=_built(gift_records, build.gift) if gift_records else [],
            deployments=_built(deployment_records, build.deployment) if deployment_records else [],
            warnings=warnings,
        )


def _story_records(t: str, sentences: Iterable[tuple[int, int]], korea: str, when: dt.date | None, tables: dict,
                   progress: Progress | None, start: int, end: int, digest: bool, heading: int | None = None) -> tuple[list, list]:
    """The gift and deployment records of the story ``t[start:end]`` (its sentences; ``digest``:
    one of several; ``heading``: where a numbers-led digest's heading ends)."""
    place, lead = story_context(t, start, end, digest, heading)
    zoos: dict = {}  # the discourse's zoos, by country and name (merge/destinations.py)
    places: dict = {}  # and its cities, regions and bases
    deployments: list = []
    # the merge and the discourse each get their own copy of the dateline's place, as when each read the dateline itself
    speaks = lru_cache(maxsize=1)(partial(_speaks_of, t if not start and end == len(t) else t[start:end],
                                          _giving_words(tables["gift"].markers), tuple(tables["gift"].markers.get("giving_context_idioms", ()))))
    gifts = merge_gifts(_gift_frames_by_block(t, sentences, korea, when, deployments, tables, progress,
                                              place and copy_entity(place), zoos, places, lead, speaks), place, speaks, lead)
    sole_zoo_destinations(gifts, zoos)
    sole_modes(gifts, t)
    records = merge_deployments(deployments, place)
    sole_place_locations(records, places, t)
    lead_place_locations(records, lead)
    return without_force_assets(gifts, records), records


def _gift_frames_by_block(t: str, sentences: Iterable[tuple[int, int]], korea: str, when: dt.date | None,
                          deployments: list, tables: dict, progress: Progress | None = None,
                          place: Entity | None = None, zoos: dict | None = None,
                          places: dict | None = None, lead=None, speaks=None) -> Iterator:
    """Gift frames, streamed into the merge block by block, so a frame absorbed into a
    record is freed at once; deployment frames (few) are collected in ``deployments``,
    the zoos the discourse names in ``zoos``."""
    discourse = Discourse(dateline=place.country if place else None, dateline_place=place, lead_place=lead,
                          zoos=zoos if zoos is not None else {}, places=places if places is not None else {},
                          speaks_of_giving=speaks or (lambda: False), text=t)
    base = 0
    deferred: list = []  # discourse work waiting for a sentence that reads it (none may come)
    told = False
    for k, block in enumerate(_blocks(sentences)):
        if k:
            collect_young()  # the cycles of the blocks before, while this one is read (_collector.py)
        block_gifts, block_deployments = _frames_in(t, block, korea, when, discourse, base, tables, deferred)
        base += len(block)
        deployments.extend(block_deployments)
        told = told or bool(block_gifts)
        yield from block_gifts
        if progress is not None and block:
            progress(block[-1][1], len(t))
    if told:  # the document's sieves read places named after a gift (sole-origin): read them all
        _catch_up(deferred)


def _built(records: list, make) -> list:
    """The public model of each internal record, in order; each record is released as soon as
    its model exists, so the two forms of a long document's records never coexist in full."""
    records.reverse()
    out = []
    while records:
        out.append(make(records.pop()))
    return out


Doc = str | tuple[str, str] | tuple[str, str, "str | dt.date | None"]


def _one(doc: Doc) -> Extraction:
    if isinstance(doc, str):
        return extract(doc)
    if isinstance(doc, tuple) and len(doc) in (2, 3):
        return extract(doc[1], doc_id=doc[0], published=doc[2] if len(doc) == 3 else None)
    raise TypeError(f"a document is a str, (doc_id, text) or (doc_id, text, published), not {doc!r:.60}")


def extract_many(docs: Iterable[Doc], *, workers: int = 1) -> Iterator[Extraction]:
    """Extract from many documents, in order; ``workers > 1`` uses processes.

    A document is a ``str``, a ``(doc_id, text)`` pair or a ``(doc_id, text, published)``
    triple, ``published`` as :func:`extract` takes it. ``docs`` is read lazily and each result
    is yielded as soon as it is ready, so memory stays flat however long the stream is.
    """
    if not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a positive int, got {workers!r}")
    if workers == 1:
        for doc in docs:
            yield _one(doc)
        return
    yield from ordered_map(_one, docs, workers=workers)
