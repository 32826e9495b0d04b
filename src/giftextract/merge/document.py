"""Layer 5: document-level merge of frames into events.

Repeated mentions of one event become one record; distinct events stay apart.
Gifts: an anaphoric frame ("The animals, including ...", "This transfer ...") joins the
gift opened last; a frame with the same giver and recipient countries joins an open
gift unless it marks itself as another event ("earlier", "previously", a different
date) and shares nothing with it.  Items of one record are unified by species
("bears" + "two brown bears" -> one item, count 2).
Deployments: frames with the same sender, host and count are one; a frame without a
count lends its location and sources to the first record of its sender and host; a
frame without a host borrows it from a record of the same sender.
"""

from __future__ import annotations

import dataclasses

from collections.abc import Callable, Iterable

from giftextract.frames.deployments import DeploymentFrame
from giftextract.frames.gifts import GiftFrame
from giftextract.mentions.items import ItemRef
from giftextract.lexicon.entities import STATE_NAMES, Entity
from giftextract.lexicon.facilities import is_transit
from giftextract.lexicon.species import names_class
from giftextract.merge.halves import complete_halves, country_of as _country, join_halves, row_roles, shares_of, sole_givers
from giftextract.merge.status import decide_status
from giftextract.merge.totals import totals_of_uncounted
from giftextract.merge.eras import in_their_time
from giftextract.merge.restatements import dates_clash, fold_echoes, gives_the_things_told
from giftextract.merge.breakdowns import broken_down, more_specific, restated_breakdowns, sex_breakdown, without_wholes
from giftextract.lexicon.species import related

RECENT = 32  # records a new frame may join
DATELINE_LEDE = 400  # characters of an article's opening whose deployment is where its dateline is
_PLACE_RANK = {"zoo": 0, "facility": 1, "city": 2, "region": 3, "country": 4, None: 5}


def _count_rank(item: ItemRef) -> int:
    return 0 if item.count is None else 1 if item.count.value is None else 2


def _merge_items(items: list[ItemRef], new: list[ItemRef], breakdowns: bool = False) -> list[ItemRef]:
    out = list(items)
    for item in new:
        for i, old in enumerate(out):
            if i >= len(items) and _counted_apart(old, item):
                continue  # one list's "245 pickups, 135 trucks and five dump trucks": three kinds, each counted
            if related(old.mention.species, item.mention.species) or names_class(old.mention.species, item.mention.species) \
                    or names_class(item.mention.species, old.mention.species):
                summed = sex_breakdown(old, item) if breakdowns else None
                if summed is not None:
                    out[i] = summed
                    break
                # a figure beats a vague count ("a herd of horses"), which beats none
                keep, other = (old, item) if _count_rank(old) >= _count_rank(item) else (item, old)
                if more_specific(other.mention.species, keep.mention.species) == other.mention.species \
                        and other.mention.species != keep.mention.species and (other.count is None) == (keep.count is None):
                    keep, other = other, keep
                keep.sex = keep.sex or other.sex  # "a lioness" and "an African lion" are one female lion
                out[i] = keep
                break
        else:
            out.append(item)
    return out


def _counted_apart(a: ItemRef, b: ItemRef) -> bool:
    """Two names of one family ("pickup truck", "truck") each with its own exact figure, and
    the figures differ: two kinds of thing, not one told twice."""
    return (a.mention.species != b.mention.species or a.mention.category != "animal") and a.count is not None and b.count is not None \
        and a.count.value is not None and b.count.value is not None and a.count.value != b.count.value \
        and a.count.qualifier == b.count.qualifier == "exact"


def _better_place(a: Entity | None, b: Entity | None) -> Entity | None:
    if a is None or b is None:
        return a or b
    if a.country and b.country and a.country != b.country:
        return a
    rank_a, rank_b = _PLACE_RANK[a.place_kind], _PLACE_RANK[b.place_kind]
    if rank_a == rank_b:  # a zoo the lexicon knows by name beats "a zoo in Pyongyang"
        return b if b.canonical and not a.canonical else a
    return b if rank_b < rank_a else a


def _stateless_body(e: Entity | None) -> bool:
    """An organization the story names with no state (initials shared by several: "RCAF")."""
    return e is not None and e.party_kind == "organization" and e.country is None and e.place_kind is None


def _absorb(record: GiftFrame, frame: GiftFrame, destination: bool = True) -> None:
    # "The newcomers came from the San Diego Zoo. Those first ten were a donation from it":
    # a record that told no thing takes its things, and their word of giving, from the frame
    record.giving = record.giving or (frame.giving and bool(frame.items) and not record.items and record.total is None)
    if (whole := broken_down(record.items, frame.items)) is not None and record.total is None:
        record.items, record.total = [], whole.count  # "75 vehicles ... made up of 55 military and 20 operational vehicles"
    record.items = _merge_items(without_wholes(record.items, frame.items), frame.items)  # "The items included ..."
    record.total = record.total or frame.total
    # a party of no known state yields to the same role told with one ("to RCAF", then "to the
    # Cambodian military": the initials are Cambodia's armed forces, lexicon/corroborate.py)
    record.giver = frame.giver if _stateless_body(record.giver) and _country(frame.giver) else record.giver or frame.giver
    record.recipient = frame.recipient if _stateless_body(record.recipient) and _country(frame.recipient) else record.recipient or frame.recipient
    record.visited = record.visited or frame.visited  # "Erdogan, on a visit to Azerbaijan, was presented ..." after the headline
    record.origin = _better_place(record.origin, frame.origin)
    if destination:  # (a zoo or a base is one recipient's, never every share's of a gift to many)
        record.destination = _better_place(record.destination, frame.destination)
    if frame.transport is not None:
        if record.transport is None:
            record.transport = frame.transport
        else:
            record.transport.mode = record.transport.mode or frame.transport.mode
            record.transport.vehicle = record.transport.vehicle or frame.transport.vehicle
            record.transport.escorts += [e for e in frame.transport.escorts if e not in record.transport.escorts]
    if record.time is None or (record.time.value is None and frame.time is not None and frame.time.value):
        record.time = record.time if frame.time is None else frame.time
    # plain appends (linear); duplicates are dropped once, when records are built
    record.officials += frame.officials
    record.told_giving = record.told_giving or frame.giving or frame.told_giving
    record.sources += frame.sources
    record.evidence += frame.evidence
    record.rules += frame.rules


def _a_share_of(frame: GiftFrame, record: GiftFrame) -> bool:
    """Each thing of ``frame`` is a counted thing of ``record``, fewer of it ("eight dogs" of
    "25 trained dogs")."""
    return bool(frame.items) and all(
        i.count is not None and i.count.value is not None and any(
            (related(r.mention.species, i.mention.species) or r.mention.species == i.mention.species)
            and r.count is not None and r.count.value is not None and i.count.value < r.count.value for r in record.items)
        for i in frame.items)


def _same_kind(record: GiftFrame, frame: GiftFrame) -> bool:
    """Both give things of one kind, named alike ("doses", "doses of Covishield": the unit
    counted is a head too)."""
    heads = {i.mention.species.split()[-1] for i in record.items} | {i.count_unit for i in record.items if i.count_unit}
    return bool(frame.items) and all(i.mention.species.split()[-1] in heads or i.count_unit in heads or
                                     any(related(i.mention.species, r.mention.species) for r in record.items)
                                     for i in frame.items)


def _shares_items(record: GiftFrame, frame: GiftFrame) -> bool:
    return any(related(a.mention.species, b.mention.species) for a in record.items for b in frame.items)


def _compatible(record: GiftFrame, frame: GiftFrame, key: tuple) -> bool:
    rkey = (_country(record.giver), _country(record.recipient))
    if any(k and r and k != r for k, r in zip(key, rkey)) or dates_clash(record, frame):
        return False
    if key != rkey and None not in key:
        return False
    # a dated frame with its own items is its own event unless it repeats an item or the
    # record has that same date ("In August, Putin sent two dozen horses" is not the gift
    # the article opened with, even when "August" cannot be resolved to a year)
    if frame.time is not None and frame.time.value and not (record.time and record.time.value) and _recounted(record, frame):
        return False  # "India had first donated 15 mine-detection dogs in 2016", after four dogs this week
    return not (frame.time is not None and (frame.items or frame.total)
                and not _shares_items(record, frame) and not (record.time and _same_time(record, frame)))


def _recounted(record: GiftFrame, frame: GiftFrame) -> bool:
    """Every thing of ``frame`` is a thing of ``record`` counted otherwise: another lot."""
    return bool(frame.items) and all(
        i.count is not None and i.count.value is not None and any(
            related(r.mention.species, i.mention.species) and r.count is not None and r.count.value is not None
            and r.count.value != i.count.value for r in record.items) for i in frame.items)


def _shares_something(record: GiftFrame, frame: GiftFrame) -> bool:
    if _shares_items(record, frame):
        return True
    if record.total and frame.total and record.total.value == frame.total.value:
        return True
    return any(getattr(x, "canonical", None) and getattr(x, "canonical", None) == getattr(y, "canonical", None)
               for x, y in ((record.origin, frame.origin), (record.destination, frame.destination)))


def _same_time(a: GiftFrame, b: GiftFrame) -> bool:
    if a.time is None or b.time is None:
        return a.time is None and b.time is None
    if a.time.value and b.time.value:
        return a.time.value == b.time.value
    return a.time.text.lower().strip(".") == b.time.text.lower().strip(".")


def _other_party(record: GiftFrame, frame: GiftFrame) -> bool:
    """A frame that names its own recipient (or giver), unlike the open gift's: "Japan was
    given a pair in 1977" after "Suharto made Thailand a gift of two" is a new gift."""
    return any(_country(a) and _country(b) and _country(a) != _country(b)
               for a, b in ((record.recipient, frame.recipient), (record.giver, frame.giver)))


def _turned_round(record: GiftFrame, frame: GiftFrame) -> bool:
    """A frame whose recipient is the open gift's giver (or whose giver is its recipient) is
    not that gift told again: read so, "Cairo receives about US$1.3 billion in US military
    assistance every year", after Egypt's gift of masks to the US, made Egypt give to Egypt."""
    return any(_country(a) and _country(a) == _country(b)
               for a, b in ((record.giver, frame.recipient), (record.recipient, frame.giver)))


def _inherit(frame: GiftFrame, record: GiftFrame) -> None:
    """The role the new gift leaves empty is the open gift's (the same giver, say)."""
    frame.giver = frame.giver or record.giver
    frame.recipient = frame.recipient or record.recipient
    frame.anaphoric = False
    frame.rules.append("sieve:inherited-party")


def _reciprocate(frame: GiftFrame, last: GiftFrame) -> None:
    """The reciprocal sieve: "In return, the visitor received a yak" is a gift the other
    way round from the open one; a role it leaves empty is the open gift's other party."""
    giver, recipient = frame.giver, frame.recipient
    frame.giver = giver or (last.recipient if _country(last.recipient) != _country(recipient) else None)
    frame.recipient = recipient or (last.giver if _country(last.giver) != _country(frame.giver) else None)
    if (frame.giver, frame.recipient) != (giver, recipient):
        frame.rules.append("sieve:reciprocal")
    frame.anaphoric = False
    frame.distinct = True


def merge_gifts(frames: Iterable[GiftFrame], dateline: Entity | None = None,
                giving_context: bool | Callable[[], bool] = True,
                lead: Callable[[], Entity | None] | None = None) -> list[GiftFrame]:
    """The document's gift records; ``dateline``, the article's dateline place, is where a
    gift that names its giver but no recipient was received, when no place in its own
    sentences says where (the locale sieve); ``giving_context``: the article speaks of
    giving somewhere (markers.giving_context), else only records told with a word of
    giving are gifts (a callable is asked only when some record is not so told: most
    articles give no record, and the question is a scan of the whole text)."""
    records: list[GiftFrame] = []
    last: GiftFrame | None = None
    to_many: GiftFrame | None = None  # the last gift with a giver but no one recipient
    for frame in frames:
        frame.evidence = [(frame.start, frame.end)]
        if last is not None and last.giver is not None and (
                last.recipient is None or getattr(last.recipient, "party_kind", None) == "group"):
            to_many = last
        elif to_many is not None and last is not None and _country(last.giver) != _country(to_many.giver):
            to_many = None  # another giver's gift: the gift to many is told
        # "two pandas ... the pandas" in one clause: one item; "a lion and a lioness": two
        frame.items = _merge_items([], restated_breakdowns(frame.items), breakdowns=True)
        row_roles(frame, last, to_many)  # "Canada - two tanks": a recipient under a gift to many, else a donor
        if frame.reciprocal and last is not None and (frame.items or frame.total):
            _reciprocate(frame, last)
        if frame.anaphoric and last is not None and last.recipient is not None and frame.giver is None and is_transit(frame.recipient):
            # "The aircraft fly today to Miami International Airport, USA, and the goods will be
            # flown into Haiti": an airport or a base on the way is a leg, no other recipient
            frame.recipient = None
        if frame.anaphoric and last is not None and not frame.distinct and _other_party(last, frame):
            _inherit(frame, last)
        elif to_many is not None and frame.giver is None and frame.recipient is not None \
                and _country(to_many.giver) != _country(frame.recipient):
            if to_many.recipient is None and _a_share_of(frame, to_many):
                # "presented 25 dogs to agencies in nine Mexican states ... Tamaulipas received
                # eight dogs": a share of the gift, which tells where the whole went
                _absorb(to_many, frame)
                last = to_many
                continue
            # "Modi handed his fellow leaders crafts ... Biden received a painting ... Sunak was
            # presented with a cloth": a gift to many, told one recipient at a time, is its giver's
            _inherit(frame, to_many)
        elif frame.giver is None and frame.recipient is not None and last is not None and last.giver is not None \
                and _country(last.recipient) not in (None, _country(frame.recipient)) \
                and _country(last.giver) != _country(frame.recipient) and _same_kind(last, frame):
            # "India handed 2 million doses to Bangladesh. Nepal was given one million doses the
            # same day": the same kind of thing to another recipient, from the same giver
            _inherit(frame, last)
        if gives_the_things_told(last, frame):
            # "Four lions arrived at the zoo. They are a gift from Sudan to Turkey": the things
            # the sentence before told, naming no party, are the ones this gift gives
            _absorb(last, frame)
            last.rules.append("sieve:things-told-before")
            continue
        key = (_country(frame.giver), _country(frame.recipient))
        if frame.anaphoric and last is not None and not frame.distinct and not _turned_round(last, frame):
            for record in [last, *shares_of(records, last, RECENT)]:  # each share of a gift to many
                _absorb(record, frame, destination=record is last)
            continue
        target = None
        if frame.distinct and frame.items and not frame.anaphoric:
            # "Back in April, Russia donated birds": another event; it joins only a record
            # of that same earlier time, never the open gift.
            target = next((r for r in records[:-RECENT - 1:-1] if r.distinct and _same_time(r, frame)
                           and (_country(r.giver), _country(r.recipient)) == key), None)
            if target is not None:
                _absorb(target, frame)
                last = target
            else:
                records.append(frame)
                last = frame
            continue
        # only the latest records are candidates: a news article holds a handful of gifts, and a
        # bound here keeps a pathological page (thousands of frames) linear
        candidates = [r for r in records[:-RECENT - 1:-1] if _compatible(r, frame, key)]
        # Prefer the record this frame shares items with, then the latest ordinary one;
        # an earlier, separate event ("back in April") takes only frames that share with it.
        sharers = [r for r in candidates if _shares_items(r, frame)]
        target = next((r for r in sharers if not r.distinct), None) or next(iter(sharers), None) or next(
            (r for r in candidates if not r.distinct and (frame.anaphoric or not (None in key) or _shares_something(r, frame))),
            None)
        if target is not None:
            _absorb(target, frame)
            last = target
        else:
            # a dated event after the first one is a separate, earlier or later event
            frame.distinct = frame.distinct or bool(records and frame.time and frame.time.value)
            records.append(frame)
            if key != (None, None) or last is None:
                last = frame  # (a frame of no party, "Also delivered were 12 ambulances", leaves the open gift open)
    complete_halves(records, dateline, lead)
    records = sole_givers(join_halves(records, _absorb, _shares_items, dates_clash), lead)
    # GOLD.md: a transfer told only as sent, flown or shipped, in an article with no word of
    # giving at all, is no gift ("Prague Zoo flew 34 horses to Mongolia")
    in_their_time(records)  # "Madame Chiang gave two pandas" in 1941: the Republic of China, CN
    records = [r for r in fold_echoes(records, _absorb) if r.giver is not None and r.recipient is not None
               and r.giver.country and r.recipient.country and r.giver.country != r.recipient.country
               and (r.items or r.total)]
    records = totals_of_uncounted(records, dates_clash)
    if callable(giving_context):
        giving_context = not all(r.giving or r.told_giving for r in records) and giving_context()
    return [r for r in records if r.giving or r.told_giving or giving_context]


def merge_deployments(frames: list[DeploymentFrame], dateline: Entity | None = None) -> list[DeploymentFrame]:
    """The document's deployment records; ``dateline``, the article's dateline place, is
    where a deployment to that place's country stands when nothing else says where
    ("HONIARA, Nov 29 - ... Australian troops": the dateline sieve)."""
    arrivals = [f for f in frames if f.mention_only]  # figureless arrivals: they make no record
    frames = [g for f in frames if not f.mention_only  # "Each of these nations has sent 10": one force each
              for g in [f, *(dataclasses.replace(f, sender=e, each=(), rules=list(f.rules)) for e in f.each)]]
    decide_status(frames, arrivals)
    records: list[DeploymentFrame] = []
    pending: list[DeploymentFrame] = []
    for frame in frames:
        frame.evidence = [(frame.start, frame.end)]
        if frame.personnel is None:
            pending.append(frame)
            continue
        for record in records:
            if (_country(record.sender) in (None, _country(frame.sender)) or _country(frame.sender) is None) \
                    and record.personnel.value == frame.personnel.value and record.status == frame.status \
                    and (_country(record.host) in (None, _country(frame.host)) or frame.host is None):
                _absorb_deployment(record, frame)
                break
        else:
            records.append(frame)
    for record in records:  # borrow a missing sender or host from a sibling record
        for other in records:
            if other is record:
                continue
            if record.host is None and other.host is not None and _country(other.sender) == _country(record.sender):
                record.host = other.host
    for frame in pending:
        for record in records:
            if _country(record.sender) == _country(frame.sender) and (
                    frame.host is None or _country(record.host) == _country(frame.host)):
                frame.personnel = None
                record.location = record.location or frame.location
                record.sources += frame.sources
                record.evidence += frame.evidence
                break
        else:
            records.append(frame)
    for r in records:
        # a deployment's place is a place of its host (GOLD.md): one of another country is a
        # place the troops passed or came from ("Narita airport", "Lanet barracks"), not theirs
        if r.location is not None and r.host is not None and getattr(r.location, "country", None) \
                and r.host.country and r.location.country != r.host.country:
            r.location = None
    out = [r for r in records if r.sender is not None and r.host is not None and r.sender.country
           and r.host.country and r.sender.country != r.host.country]
    if dateline is not None and dateline.country and dateline.name not in STATE_NAMES:  # not "DARWIN, Australia": no city
        for r in out:
            # the dateline speaks for the lede: a deployment told first there ("HONIARA - The first
            # Australian troops landed ..."), not the other contingents the article goes on to list
            if r.location is None and r.host.country == dateline.country and r.personnel is not None \
                    and r.start < DATELINE_LEDE:
                r.location = dateline
                r.rules.append("sieve:dateline")
    return out


def _absorb_deployment(record: DeploymentFrame, frame: DeploymentFrame) -> None:
    record.sender = record.sender or frame.sender
    record.host = record.host or frame.host
    record.against = record.against or frame.against
    record.location = record.location or frame.location
    record.time = record.time or frame.time
    record.sources += frame.sources
    record.evidence += frame.evidence
    record.rules += frame.rules
