"""Layer 6: the other senders of a deployment told with the verb and the noun left out.

"Poland sent 24,341 troops, Hungary some 17,000 and Bulgaria 2,168": after a deployment
frame's personnel noun, a list of states each followed by a figure is the same deployment
(host, status, time) from each of those states, with that state's figure; the place or the
force they went to may come first ("700 troops to the force in Chad and Senegal about 600").
The list stops at anything else: "Poland sent 500 troops, Hungary said on Monday" is no pair.

Gapped hosts: "sent 40 police officers to Macedonia and 15 to Serbia", "55 officers left for
the Balkans, 40 of them for Macedonia and 15 for Serbia": after the place a deployment goes
to, figures each followed by a place are the same deployment (sender, status, time) to each
of those states, with that figure.

Figures from states: after "700 soldiers from Germany", ", 400 from the US", "100 each from
Poland and Slovenia" and "at least 400 from the Czech Republic" are the same deployment from
those states, with their figures (the noun and its verb left out).

Listed figures: after a figure stated after its noun ("put the Russian contingent at about
3,000"), "the Belarusian at about 500", "those of Tajikistan and Kyrgyzstan at 200 each",
"with 70 from Armenia" are the same deployment from those states, with their figures.
"""

from __future__ import annotations

import dataclasses

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.mentions.sentence import SentenceView

# between the figure's noun (or the last pair) and the next state: a comma, "and", "while"
# or a semicolon between groups of pairs ("Belgium 7, Germany 6; Italy and Sweden 4 each; Malta 3")
_LINK = compile_pattern(r"[ \t]*(?:[,;][ \t]*)?(?:(?:and|while|with|plus)[ \t]+)?", regex.IGNORECASE)
# states coordinated before one figure: "Italy, Finland, Sweden and Hungary 4 each"
_COORDINATED = compile_pattern(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+)", regex.IGNORECASE)
_EACH = compile_pattern(r"[ \t]+each\b", regex.IGNORECASE)
# between a state and its figure: nothing but a hedge the count does not take itself
# or a dash or colon that sets the figure beside its state ("Belarus – 500, Tajikistan – 200")
_HEDGE = compile_pattern(r"[ \t]*(?:(?:sent|contributed|deployed|provided|dispatched|supplied|added)[ \t]+|[–—:-][ \t]*)?",
                       regex.IGNORECASE)
# after a figure: the pair ends at punctuation, "and", "each" or the figure's own noun
_AFTER = compile_pattern(r"[ \t]*(?:(?:[a-z-]+[ \t]+){0,2}?(?:troops|soldiers|personnel|police(?:[ \t]+officers)?|officers|men|marines)(?=[ \t]*[,.;)]|[ \t]+(?:and|each|while|with|to|into|in)\b)"
                       r"(?:[ \t]+each)?|each)?"
                       r"[ \t]*(?:[,.;)]|and\b|while\b|with\b|to\b|into\b|in\b|$)", regex.IGNORECASE)
_WHERE = compile_pattern(r"[ \t]+(?:to|in|into|for)[ \t]+(?:the[ \t]+)?", regex.IGNORECASE)
# a phrase set between the told figure and the list, up to its comma: "3,000 troops to
# Kazakhstan as part of the CSTO force, Belarus – 500"; bounded and comma-free, so linear
_ASIDE = compile_pattern(r"[ \t]+(?:as[ \t]+part[ \t]+of|under|on|within)[ \t]+[^,;.:\n]{1,60}(?=,)", regex.IGNORECASE)
_THE = compile_pattern(r"the[ \t]+", regex.IGNORECASE)
# a force or mission the troops join, and where it is: "to the force in Chad", "to the UN
# mission in Mali", "for the multinational battlegroup" (then the list of states goes on)
_BODY = compile_pattern(r"[ \t]+(?:to|for|with)[ \t]+(?:the|its|a)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
                        r"(?:force|mission|operation|contingent|coalition|battlegroup|battle[ \t]+group)\b"
                        r"(?P<where>[ \t]+(?:in|to)[ \t]+(?:the[ \t]+)?)?", regex.IGNORECASE)
MAX_PAIRS = 12
_WEAK_SENDER = frozenset({"fallback:subject", "noun-at-location", "noun-in-host", "noun-to-host", "fallback:host-by-position"})


def gapped_senders(view: SentenceView, frames: list) -> list:
    """The further (state, figure) pairs after each told deployment of the sentence, one frame each."""
    out = []
    used = {f.personnel.start: f for f in frames if f.personnel is not None}
    for frame in frames:
        if frame.personnel is None or frame.mention_only or frame.sender is None:
            continue
        pos = frame.noun_end
        where = _WHERE.match(view.text, pos, view.end)  # "troops to Czechoslovakia, Hungary some 17,000"
        body = _BODY.match(view.text, pos, view.end)  # "700 troops to the force in Chad, and Senegal about 600"
        if body is not None:
            place = next((e for e in view.entities if e.start == body.end()), None) if body.group("where") else None
            pos = place.end if place is not None else body.end() if not body.group("where") else pos
        elif where is not None:
            place = next((e for e in view.entities if e.start == where.end()), None)
            pos = place.end if place is not None else pos
        aside = _ASIDE.match(view.text, pos, view.end)
        for _ in range(MAX_PAIRS):
            link = _LINK.match(view.text, pos, view.end)
            state = _entity_at(view, link.end())
            if state is None and aside is not None:
                link = _LINK.match(view.text, aside.end(), view.end)
                state = _entity_at(view, link.end())
            aside = None
            if state is None:
                break
            states = [state]
            while (joined := _COORDINATED.match(view.text, states[-1].end, view.end)) and (more := _entity_at(view, joined.end())):
                states.append(more)
            hedge = _HEDGE.match(view.text, states[-1].end, view.end)
            count = _count_at(view, hedge.end())
            after = _AFTER.match(view.text, count.end, view.end) if count is not None else None
            each_word = _EACH.search(view.text, count.end, after.end()) if after is not None else None
            if count is None or count.value is None or after is None or (len(states) > 1 and each_word is None):
                break  # "Albania and Bulgaria 50": a joint figure, no one state's
            if len(states) > 1:  # "Albania and Bulgaria 25 special forces troops each": each one's
                owns = [f for f in frames if f.personnel is not None and f.personnel.start == count.start and f is not frame]
                if any(f.sender is not None and not set(f.rules) <= _WEAK_SENDER for f in owns):
                    break
                for own in owns:  # the figure's own noun ("special forces troops") made frames: the states' tell it
                    own.mention_only = True
                used[count.start] = frame
                out += [_gapped(frame, each, count) for each in states]
                pos = each_word.end()
                continue
            own = used.get(count.start)
            if own is not None:
                # "Australia flew in 50 soldiers and 35 police and New Zealand 60 soldiers": the
                # figure's own noun made a frame, but no row named its sender; the state before it does
                if own.sender is not None and not set(own.rules) <= _WEAK_SENDER:
                    break
                own.sender, own.rules = state, [*own.rules, "gapped-sender"]
                pos = count.end
                continue
            used[count.start] = frame
            out.append(_gapped(frame, state, count))
            pos = count.end
    return out


def _gapped(frame, sender, count):
    """The told deployment again, from ``sender`` with its own figure (and no place of its own)."""
    return dataclasses.replace(frame, sender=sender, personnel=count, rules=[*frame.rules, "gapped-sender"],
                               sources=list(frame.sources), evidence=list(frame.evidence), alternatives={},
                               speaker_countries=list(frame.speaker_countries), location=None)


# between a deployment's noun and where it goes: "officers left for", "troops will go to"
_GOES = compile_pattern(r"(?:[ \t]+[a-z]+){0,2}?[ \t]+(?:to|in|into|for)[ \t]+", regex.IGNORECASE)
# between a gapped figure and its place: "of them", then "to", "for", "in" or "into"
_OF_THEM = compile_pattern(r"[ \t]+of[ \t]+them\b", regex.IGNORECASE)


def gapped_hosts(view: SentenceView, frames: list) -> list:
    """The further (figure, host) pairs after each told deployment's place, one frame each;
    the told one goes to the first place, not the last a row may have read."""
    out = []
    used = {f.personnel.start for f in frames if f.personnel is not None}
    for frame in frames:
        if frame.personnel is None or frame.mention_only or frame.sender is None:
            continue
        where = _GOES.match(view.text, frame.noun_end, view.end)
        first = _place_at(view, where.end()) if where else None
        if first is None:
            continue
        pos, pairs = first.end, []
        for _ in range(MAX_PAIRS):
            link = _LINK.match(view.text, pos, view.end)
            count = _count_at(view, link.end())
            if count is None or count.value is None or count.start in used:
                break
            them = _OF_THEM.match(view.text, count.end, view.end)
            to = _WHERE.match(view.text, them.end() if them else count.end, view.end)
            host = _entity_at(view, to.end()) if to else None
            if host is None or host.country == getattr(frame.sender, "country", None):
                break
            pairs.append((count, host))
            pos = host.end
        if not pairs:
            continue
        if first.country and first.party_kind == "state":
            frame.host = first  # "to Macedonia and 15 to Serbia": the told figure's host is Macedonia
        for count, host in pairs:
            used.add(count.start)
            out.append(dataclasses.replace(frame, host=host, personnel=count, rules=[*frame.rules, "gapped-host"],
                                           sources=list(frame.sources), evidence=list(frame.evidence), alternatives={},
                                           speaker_countries=list(frame.speaker_countries), location=None, spread=False))
    return out


def _named_at(view: SentenceView, pos: int, test):
    """The first name starting right at ``pos`` that passes ``test``; "the Bahamas": the name
    may start at "the" or after it."""
    the = _THE.match(view.text, pos, view.end)
    starts = {pos, the.end()} if the else {pos}
    return next((e for e in view.entities if e.start in starts and test(e)), None)


def _entity_at(view: SentenceView, pos: int):
    """A state of known country named right at ``pos`` ("Hungary", "the Bahamas")."""
    return _named_at(view, pos, lambda e: e.country and e.party_kind == "state")


def _place_at(view: SentenceView, pos: int):
    """A place named right at ``pos`` (a state, or a region such as "the Balkans")."""
    return _named_at(view, pos, lambda e: e.place_kind)


def _count_at(view: SentenceView, pos: int):
    return next((c for c in view.counts if c.start == pos), None)


# "put the Russian contingent at about 3,000, the Belarusian at about 500, and those of
# Tajikistan and Kyrgyzstan at 200 each, with 70 from Armenia": a figure stated after its
# noun, then more states' figures in the same form
_NEXT_AT = compile_pattern(r"[ \t]*,?[ \t]*(?:and[ \t]+)?(?:the[ \t]+|those[ \t]+of[ \t]+)", regex.IGNORECASE)
_AT = compile_pattern(r"[ \t]+(?:(?:and|,)[ \t]+)?at[ \t]+", regex.IGNORECASE)
_WITH_FROM = compile_pattern(r"[ \t]*,?[ \t]*(?:and[ \t]+)?with[ \t]+", regex.IGNORECASE)
_FROM = compile_pattern(r"[ \t]+from[ \t]+", regex.IGNORECASE)
_LIST_LINK = compile_pattern(r"[ \t]*(?:,[ \t]*)?(?:and[ \t]+)?")  # always matches, maybe empty


def listed_figures(view: SentenceView, frames: list) -> list:
    """More states' figures after one stated after its noun, one frame each."""
    out = []
    used = {f.personnel.start for f in frames if f.personnel is not None}
    for frame in frames:
        if frame.personnel is None or frame.mention_only or frame.personnel.start < frame.noun_end:
            continue
        pos = frame.personnel.end
        for _ in range(MAX_PAIRS):
            states, count, pos = _next_listed(view, pos)
            if count is None or count.start in used or count.value is None:
                break
            used.add(count.start)
            out += [_from_state(frame, state, count, "listed-figure") for state in states]
    return out


def _from_state(frame, state, count, rule: str):
    """The same deployment as ``frame`` from another state, with that state's figure (its own
    lists, never shared)."""
    return dataclasses.replace(frame, sender=state, personnel=count, rules=[*frame.rules, rule],
                               sources=list(frame.sources), evidence=list(frame.evidence), alternatives={},
                               speaker_countries=list(frame.speaker_countries), location=None)


def _next_listed(view: SentenceView, pos: int):
    """(states, count, end) of the next ", the Belarusian at about 500" / "those of X and Y at
    200 each" / "with 70 from Armenia" after ``pos``, or ([], None, pos)."""
    m = _NEXT_AT.match(view.text, pos, view.end)
    if m is not None:
        states, end = _states_at(view, m.end())
        at = _AT.match(view.text, end, view.end) if states else None
        count = _count_at(view, at.end()) if at else None
        if count is not None:
            return states, count, count.end + (5 if view.text.startswith(" each", count.end) else 0)
    m = _WITH_FROM.match(view.text, pos, view.end)
    count = _count_at(view, m.end()) if m else None
    frm = _FROM.match(view.text, count.end, view.end) if count else None
    state = _any_state_at(view, frm.end()) if frm else None
    if state is not None:
        return [state], count, state.end
    return [], None, pos


def _states_at(view: SentenceView, pos: int) -> tuple[list, int]:
    """The states (or their demonyms) named from ``pos``, coordinated: "Tajikistan and Kyrgyzstan"."""
    states, end = [], pos
    while True:
        state = _any_state_at(view, end)
        if state is None:
            return states, end
        states.append(state)
        nxt = _LIST_LINK.match(view.text, state.end, view.end).end()
        if _any_state_at(view, nxt) is None:
            return states, state.end
        end = nxt


def _any_state_at(view: SentenceView, pos: int):
    """A state or a demonym of known country starting at ``pos``."""
    return next((e for e in view.entities if e.start == pos and e.country and (e.party_kind == "state" or e.demonym)), None)


# ", 400 from the US", "and 100 each from Poland and Slovenia": a figure (after _LIST_LINK), then its states
_EACH_FROM = compile_pattern(r"[ \t]+(?:each[ \t]+)?from[ \t]+", regex.IGNORECASE)


def from_figures(view: SentenceView, frames: list) -> list:
    """More states' figures after "N <noun> from <state>" (the noun-from-sender row), one frame each."""
    out = []
    used = {f.personnel.start for f in frames if f.personnel is not None}
    for frame in frames:
        if frame.personnel is None or frame.mention_only or frame.sender is None \
                or "noun-from-sender" not in frame.rules or frame.sender.start < frame.noun_end:
            continue
        pos = frame.sender.end
        for _ in range(MAX_PAIRS):
            count = _count_at(view, _LIST_LINK.match(view.text, pos, view.end).end())
            frm = _EACH_FROM.match(view.text, count.end, view.end) if count is not None else None
            states, end = _states_at(view, frm.end()) if frm else ([], pos)
            if not states or count.start in used or count.value is None or count.unit:
                break
            used.add(count.start)
            out += [_from_state(frame, state, count, "from-figure") for state in states]
            pos = end
    return out


# "the unit's 385 Czech and 69 Slovak soldiers": figures and demonyms coordinated before one
# personnel noun, each figure its demonym's (the noun told once, for the last)
_GAP_LINK = compile_pattern(r"[ \t]*(?:,[ \t]*)?(?:and[ \t]+)?$")


def gapped_demonym_figures(view: SentenceView, frames: list) -> list:
    """One frame per "<figure> <demonym>" pair coordinated right before a frame's own figure
    and demonym sender ("385 Czech and 69 Slovak soldiers": the Czech 385 as well)."""
    out = []
    used = {f.personnel.start for f in frames if f.personnel is not None}
    for frame in frames:
        if frame.personnel is None or frame.mention_only or not getattr(frame.sender, "demonym", False) \
                or frame.sender.start != _word_after(view.text, frame.personnel.end):
            continue
        pos = frame.personnel.start
        for _ in range(MAX_PAIRS):
            link = _GAP_LINK.search(view.text, max(view.start, pos - 8), pos)
            if link is None or link.start() == pos:
                break
            demonym = next((e for e in view.entities if e.end == link.start() and e.demonym and e.country), None)
            count = next((c for c in view.counts if demonym is not None and c.end < demonym.start
                          and _word_after(view.text, c.end) == demonym.start), None)
            if count is None or count.start in used or count.value is None:
                break
            used.add(count.start)
            out.append(_from_state(frame, demonym, count, "gapped-demonym-figure"))
            pos = count.start
    return out


def _word_after(text: str, pos: int) -> int:
    """Where the word after ``pos`` starts (past blanks)."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos
