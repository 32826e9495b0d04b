"""Layer 5: gifts told by halves, one party named and the other left to the reader.

The sieves of coref/data/sieves.json run on the document's records after they are merged:
implicit-recipient  a person of another country in the gift's sentence (coref/frames.py offers it);
discourse-recipient the recipient of the gift told just before, from another giver;
locale      where the sentence (or the dateline, or the headline's lead place: the lead-place
            sieve) puts the gift: its recipient, or the host of a visit as its giver; else the
            one other state the story names (the sole-partner sieve);
implicit-giver      the person, of another country, whose sentence it is or was just before;
theme-demonym       the state a demonym inside the thing given names;
envoy-giver         the state whose envoy the gift's sentence names at the handover;
joined-half         the one record naming both parties that has the half's party and thing.
"""

from __future__ import annotations

from collections.abc import Callable

from giftextract.coref.sieves import SIEVES
from giftextract.frames.gifts import GiftFrame
from giftextract.lexicon.data import LEXICON
from giftextract.lexicon.entities import Entity

_ON = {s.name for s in SIEVES if s.enabled}
_ENVOY_TITLES = frozenset(w.lower() for w in LEXICON["triggers"]["posted_titles"]["words"])


def country_of(e: Entity | None) -> str | None:
    """The country of a party or place, None for none (shared by the merge modules)."""
    return e.country if e is not None else None


def row_roles(frame: GiftFrame, last: GiftFrame | None, to_many: GiftFrame | None) -> None:
    """The role of the party a row of a list names ("Canada - two Chieftain tanks", "Japan:
    500 tents"): under a gift from a giver to no one recipient ("the following countries
    received gifts from the Government"), the row's recipient; otherwise the row's giver, a
    donor of a list of donors, whose recipient is the open gift's (or, from the locale
    sieve, where the article is datelined)."""
    if "list-row" not in frame.rules:
        return
    frame.giving = frame.giving or (last is not None and last.giving)  # a row of a list of gifts is told as given
    if frame.recipient is None or frame.giver is not None:
        return
    party = country_of(frame.recipient)
    if to_many is not None and country_of(to_many.giver) not in (None, party) and "sieve:row-giver" not in to_many.rules:
        return  # (a row before it that named its donor is no gift to many)
    frame.giver, frame.recipient = frame.recipient, None
    if last is not None and country_of(last.recipient) not in (None, party):
        frame.recipient = last.recipient
    frame.rules.append("sieve:row-giver")


def complete_halves(records: list[GiftFrame], dateline: Entity | None,
                    lead: Callable[[], Entity | None] | None = None) -> None:
    """Fill the party a gift record leaves empty, most precise sieve first (``lead``: a
    callable giving where the headline or lede puts the story, coref/lead.py's LeadPlace)."""
    last = None  # the last record that names both parties
    givers = frozenset((r.giver.start, r.giver.end) for r in records if r.giver is not None)
    for record in records:
        _undo_dateline_guess(record)
        _implied(record, "recipient", "giver")
        _discourse_recipient(record, last)
        _locale(record, dateline, lead, givers)
        _dateline_facility(record, dateline)
        _implied(record, "giver", "recipient")
        _theme_demonym(record)
        _envoy_giver(record)
        if record.giver is not None and record.recipient is not None:
            last = record


def _implied(record: GiftFrame, slot: str, other: str) -> None:
    """The implicit-giver and implicit-recipient sieves' offer (coref/frames.py) fills a slot
    the record still leaves empty, where it is of another country than the other party: a
    person named in the sentence fits better than the dateline (the recipient), the visit's
    host and the places better than a person named before (the giver)."""
    party = record.implied.get(slot)
    if party is None or getattr(record, slot) is not None or country_of(getattr(record, other)) in (None, party.country):
        return
    setattr(record, slot, party)
    record.rules.append(f"sieve:implicit-{slot}")


def _discourse_recipient(record: GiftFrame, last: GiftFrame | None) -> None:
    """The discourse-recipient sieve: "Finland gave Ukraine 2,000 helmets ... Sweden, which
    helped Finland in 1939, donated 5,000 anti-tank weapons; Copenhagen would give 2,700":
    a gift told with a word of giving that names its giver only went where the gift told just
    before went (within the sieve's window, in characters), when that recipient is another country than
    the giver and the two givers differ; before the locale sieve, whose places may belong to
    a clause of something else."""
    if "discourse-recipient" not in _ON or last is None or record.recipient is not None or record.giver is None \
            or not (record.giving or _moved_beside_a_gift(record, last)) or not (record.items or record.total) \
            or record.start - last.end > _DISCOURSE_REACH:
        return
    giver = country_of(record.giver)
    if country_of(last.recipient) not in (None, giver) and country_of(last.giver) != giver:
        record.recipient = last.recipient
        record.rules.append("sieve:discourse-recipient")


def _moved_beside_a_gift(record: GiftFrame, last: GiftFrame) -> bool:
    """"Denmark gave Moldova seven ambulances, while Italy sent diesel generators": a thing
    told only as sent, in the sentence of a gift told with a word of giving, is another gift
    to the same recipient."""
    return last.giving and last.start <= record.start < last.end


_DISCOURSE_REACH = next((s.window for s in SIEVES if s.name == "discourse-recipient"), 0)


def _dateline_facility(record: GiftFrame, dateline: Entity | None) -> None:
    """"KUNO NATIONAL PARK, India - ... eight big cats donated by Namibia": an article datelined
    at a zoo or park of the recipient's country tells of the animals that went there."""
    if dateline is None or dateline.place_kind not in ("zoo", "facility") or record.destination is not None \
            or dateline.country is None or country_of(record.recipient) != dateline.country \
            or not any(i.mention.category == "animal" for i in record.items):
        return
    record.destination = dateline
    record.rules.append("sieve:dateline")


def _undo_dateline_guess(record: GiftFrame) -> None:
    """"NEW DELHI - ... handed over in Dhaka by India's high commissioner to Foreign Minister
    AK Abdul Momen": the dateline sieve's guess that an unknown minister is of the dateline's
    country cannot stand where it makes the gift go from a country to itself."""
    giver, recipient = record.giver, record.recipient
    if giver is None or recipient is None or country_of(giver) != country_of(recipient):
        return
    if getattr(recipient, "via", None) == "dateline":
        record.recipient = None
    elif getattr(giver, "via", None) == "dateline":
        record.giver = None
    elif recipient.party_kind == "person" and (recipient.title or "").lower() in _ENVOY_TITLES:
        # "the minister and Chinese Ambassador Rao Hongwei received a batch" of Chinese doses:
        # the giver's own envoy stands at the handover, the gift went to the other side
        record.recipient = None


def _locale(record: GiftFrame, dateline: Entity | None, lead: Callable[[], Entity | None] | None = None,
            givers: frozenset[tuple[int, int]] = frozenset()) -> None:
    """The locale sieve: "Twenty Arabian oryx, a gift from the UAE, were set loose east of
    Amman" names no recipient; the gift went where it was told to be, a place of another
    country in its sentence, else the dateline's ("AZRAQ, Jordan -").  "Xi was presented
    with a horse during a state visit to Turkmenistan" names no giver: the host gave it.
    Only a gift told with a word of giving ("a gift from", "gave", "donated"), never a bare
    "sent" or a loan; a record with both parties, or nothing given, is left alone. A place
    that is the giver of another gift (``givers``: spans) is no place this one went to ("Japan
    handed over 56,000 doses, while China has donated 90,000": neither gave to the other)."""
    housed = record.recipient is not None and record.recipient.country is None and record.recipient.place_kind is not None
    if "locale" not in _ON or not (record.giving or (housed and record.told_giving)) or not (record.items or record.total):
        return
    giver, recipient = country_of(record.giver), country_of(record.recipient)
    if record.giver is None and recipient is not None and record.visited is not None \
            and record.visited.country != recipient:
        record.giver = record.visited
        record.rules.append("sieve:locale")
        return
    if recipient is not None or giver is None:
        return
    if record.recipient is not None:
        if not housed:
            return  # a person or body of no known country: not a place to stand in for
        # "has sent the Gembiraloka Zoo here six camels" (and "the gift arrived"): a zoo no
        # lexicon places is where the gift went, in the country the sentence or dateline names
        record.destination, record.recipient = record.destination or record.recipient, None
    place = next((p for p in record.places if p.country != giver and (p.start, p.end) not in givers), None)
    if place is not None:
        record.recipient = place
        record.rules.append("sieve:locale")
    elif (host := record.implied.get("visit-host")) is not None and host.country != giver:
        record.recipient = host  # "Naidu spent two days in Malawi. He donated ..." (the visit-host sieve)
        record.rules.append("sieve:visit-host")
    elif "dateline" in _ON and dateline is not None and dateline.country and dateline.country != giver:
        record.recipient = dateline
        record.rules.append("sieve:dateline")
    elif "lead-place" in _ON and lead is not None and (place := lead()) is not None and place.country != giver:
        record.recipient = place  # "Aid flights land in Beirut / RABAT - Morocco is donating ..."
        record.rules.append("sieve:lead-place")
    elif "sole-partner" in _ON and lead is not None and _named_giver(record) and (place := lead.partner(giver)) is not None:
        record.recipient = place
        record.rules.append("sieve:sole-partner")


_PARTNER_WORDS = next((s.words for s in SIEVES if s.name == "sole-partner"), {})
_GIVER_ROWS = _PARTNER_WORDS.get("giver_rows", frozenset())
_POINTING = tuple(sorted(_PARTNER_WORDS.get("pointing", ())))


def _named_giver(record: GiftFrame) -> bool:
    """The sole-partner sieve trusts a giver a construction of giving names as written (its
    words giver_rows), not one a coreference sieve pointed to (pointing): a half-record's
    giver may be the recipient's side."""
    return bool(_GIVER_ROWS & set(record.rules)) and not any(r.startswith(_POINTING) for r in record.rules)


_SOLE_GIVER = next((s for s in SIEVES if s.name == "sole-giver"), None)
_RECIPIENT_ROWS = frozenset(_SOLE_GIVER.words.get("recipient_rows", ())) if _SOLE_GIVER else frozenset()


def sole_givers(records: list[GiftFrame], lead) -> list[GiftFrame]:
    """The sole-giver sieve, after the halves are joined: a gift told with a word of giving
    whose recipient a construction names as written and that no sieve gave a giver came from
    the one state other than the recipient the story names ("The two Island-class patrol
    boats were handed over to Costa Rica", in a story of former U.S. Coast Guard cutters)."""
    if "sole-giver" not in _ON or lead is None:
        return records
    # the recipients told by each piece of evidence: the other recipients of the same words
    # ("hands 405,000 doses to Honduras and Guatemala") are no giver of each other's share
    told: dict[tuple, set] = {}
    for r in records:
        for span in r.evidence:
            told.setdefault(span, set()).add(country_of(r.recipient))
    for record in records:
        recipient = country_of(record.recipient)
        if record.giver is not None or recipient is None or not record.giving or not (record.items or record.total) \
                or not _RECIPIENT_ROWS & set(record.rules) or any(r.startswith(_POINTING) for r in record.rules):
            continue
        shared = frozenset(c for span in record.evidence for c in told.get(span, ()))  # (its own recipient among them)
        if (place := lead.partner(recipient, shared)) is not None:
            record.giver = place
            record.rules.append("sieve:sole-giver")
    return records


def _theme_demonym(record: GiftFrame) -> None:
    """The theme-demonym sieve: "the Philippine Coast Guard welcomed the donation of 20
    Australian surveillance drones" names no giver but the state the things came from, the
    giver where nothing else gave one and it is not the recipient's."""
    party = record.implied.get("theme-demonym")
    if "theme-demonym" not in _ON or party is None or record.giver is not None or not record.giving \
            or country_of(record.recipient) in (None, party.country):
        return
    record.giver = party
    record.rules.append("sieve:theme-demonym")


_ENVOYS = frozenset(next((s.words.get("envoys", ()) for s in SIEVES if s.name == "envoy-giver"), ()))


def _envoy_giver(record: GiftFrame) -> None:
    """The envoy-giver sieve: "took delivery of 400,000 doses at a ceremony attended by the
    Chinese ambassador": a gift told with a word of giving whose giver no sieve found came from
    the one state whose envoy the sentence names, when that is not the recipient's."""
    if "envoy-giver" not in _ON or record.giver is not None or record.recipient is None or not record.giving:
        return
    lo, hi = record.evidence[0] if record.evidence else (record.start, record.end)  # (its own sentence's envoys only)
    states = {o.country: o for o in record.officials if o.country and (o.title or "").lower() in _ENVOYS and lo <= o.start < hi}
    states.pop(country_of(record.recipient), None)
    if len(states) == 1:
        record.giver = next(iter(states.values()))
        record.rules.append("sieve:envoy-giver")


def join_halves(records: list[GiftFrame], absorb: Callable, shares: Callable, clash: Callable) -> list[GiftFrame]:
    """The joined-half sieve: a record that still names one party only, after the other sieves,
    is the gift of the one record naming both that has its party and a thing it ``shares``
    ("Two Asian elephants ... were flown to Qatar" beside "Nepal has gifted elephants to
    another country", told as Qatar's), where their dates do not ``clash``: that record
    ``absorb``s it; with two such records, none does (merge/document.py gives the three)."""
    if "joined-half" not in _ON:
        return records
    full = [r for r in records if country_of(r.giver) and country_of(r.recipient)]
    out = []
    for record in records:
        giver, recipient = country_of(record.giver), country_of(record.recipient)
        if bool(giver) == bool(recipient):  # both named (the full records), or neither
            out.append(record)
            continue
        same = [r for r in full if (country_of(r.giver) == giver if giver else country_of(r.recipient) == recipient)
                and shares(r, record) and not clash(r, record)]
        if len(same) == 1:
            absorb(same[0], record)
            same[0].rules.append("sieve:joined-half")
        else:
            out.append(record)
    return out


def shares_of(records: list[GiftFrame], record: GiftFrame, reach: int) -> list[GiftFrame]:
    """The other shares of a gift told to a list of recipients in one clause ("delivered 100
    tonnes of food to Liberia, Guinea and Sierra Leone"): the records of that clause, of the
    same giver and things, to another recipient. What a later sentence says of the gift ("The
    food was donated by Mahama", "the consignment comprised 3,000 bags of rice") is said of
    each (GOLD.md: one record per recipient)."""
    if record.recipient is None:
        return []
    return [r for r in records[:-reach - 1:-1] if r is not record and (r.start, r.end) == (record.start, record.end)
            and r.recipient is not None and country_of(r.recipient) != country_of(record.recipient)
            and country_of(r.giver) == country_of(record.giver)
            and [i.mention.species for i in r.items] == [i.mention.species for i in record.items]]
