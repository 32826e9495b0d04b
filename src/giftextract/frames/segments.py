"""Layer 4: where in a clause a marker belongs to a personnel noun: its own segment, between
subordinating words ("..., where the quake killed 4,000"), and the words right before its
figure ("replaces the 240 members of the Phase II contingent"), and a clause that tells a
running tally ("have served on the mission since 2016")."""

from __future__ import annotations

from functools import lru_cache

import regex

from giftextract.text.patterns import compile_pattern

# a subordinate clause of a clause: "Japan will send 110 medics to Nepal, where the quake
# killed 4,000": its deaths, withdrawals and returns are not the noun's; nor are those of a
# purpose the troops are sent for ("80 personnel to Chad to help find the schoolgirls
# abducted by Boko Haram"); nor those of a force it is added to ("offered 200 more troops, on top
# of the 200 French soldiers already serving there")
_SUBORDINATE = compile_pattern(r",?\s+(?:where|which|who|after|before|because|on\s+top\s+of|in\s+addition\s+to|(?:in\s+order\s+)?to\s+(?:help|find|search|look|hunt|rescue|free"
                             r"|recover|locate|evacuate|protect|guard|secure|assist|support|treat|care))\s", regex.IGNORECASE)


# after the force, a second participle coordinated with its own ends its segment: "sending 320
# officers to the mission and bringing home the units they replace" (the return is the other
# units'); before it, "drawn from 21 countries and numbering 9,000" still speaks of the force
_NEXT_PARTICIPLE = compile_pattern(r"\s+and(?=\s+(?:then\s+)?[a-z]+ing\s)", regex.IGNORECASE)

# "Two Czech soldiers who served with the team were killed": a relative clause set off by no
# comma right after the force describes it; the clause's own verb after it is still the force's
_DESCRIBING = frozenset(("who", "which"))
_RIGHT_AFTER = 12  # characters from the noun within which such a clause describes it


def _describes(text: str, pos: int, m) -> bool:
    return m.start() - pos <= _RIGHT_AFTER and "," not in m.group() and m.group().split()[-1].lower() in _DESCRIBING


NEAR_NOUN = 90  # characters either side of a personnel noun within which a loss or a return is its own


def own_segment(text: str, lo: int, hi: int, pos: int) -> str:
    """The part of clause text[lo:hi] holding ``pos``, between subordinating words, and no
    further than NEAR_NOUN from it ("50 soldiers ..., 35 police officers, among them forensic
    specialists to help identify the dead": the dead are not theirs)."""
    lo, hi = max(lo, pos - NEAR_NOUN), min(hi, pos + NEAR_NOUN)
    start, end = lo, hi
    for m in _SUBORDINATE.finditer(text, lo, hi):
        if m.end() <= pos:
            start = m.start()
        elif m.start() > pos and not _describes(text, pos, m):
            end = m.start()
            break
    after = _NEXT_PARTICIPLE.search(text, pos, end)
    return text[start:after.start() if after else end]


# what may stand between a word of replacing and the figure replaced: "replaces the 240",
# "relieving some 300"
_FILLER = compile_pattern(r"(?:\s+(?:the|some|about|around|roughly|nearly|its|their))*\s*$", regex.IGNORECASE)


def replaced_before(text: str, lo: int, pos: int, words) -> bool:
    """Whether a word of replacing (deployment.json markers 'replaced') stands right before
    the figure at ``pos``: "the new company replaces the 240 members ..." are the troops it
    replaces, already there (GOLD.md: no deployment). A word after the figure ("63 officers,
    taking over from a unit of 30") is the figure's own doing and does not count."""
    before = text[max(lo, pos - 50):pos]
    tail = before[:_FILLER.search(before).start()].lower()
    return any(tail.endswith(w) and (len(tail) == len(w) or not tail[-len(w) - 1].isalnum()) for w in words)


@lru_cache(maxsize=16)
def _tally_pattern(patterns: tuple[str, ...]):
    return compile_pattern("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def running_tally(text: str, lo: int, hi: int, patterns) -> bool:
    """Whether clause text[lo:hi] tells a running tally or a standing force (deployment.json
    markers 'running_tally': "534 officers have served on the mission since 2016", "Since 2018
    Britain has supported Barkhane with roughly 100 personnel"): no deployment of its own."""
    compiled = _tally_pattern(tuple(patterns))
    return compiled is not None and compiled.search(text, lo, hi) is not None



def held_before(text: str, lo: int, pos: int, patterns, end: int = 0, hi: int = 0, after=()) -> bool:
    """Whether a verb of holding stands right before the figure at ``pos`` (deployment.json
    markers 'standing': "France keeps about 1,000 troops there", "Georgia currently has about
    850 troops in Iraq"), or a present of being stationed right after the force that ends at
    ``end`` (markers 'standing_after': "28,500 U.S. service members stationed here", "1,000 US
    soldiers are based in Romania"): a force already there, no deployment (GOLD.md). "now has"
    and "will have" tell a change or a plan and are no such verb."""
    compiled = _tally_pattern(tuple(patterns))
    if compiled is not None and compiled.search(text, max(lo, pos - 60), pos) is not None:
        return True
    following = _tally_pattern(tuple(after))
    return following is not None and following.match(text, end, hi) is not None


def goes_home(own: str, markers: dict) -> bool:
    """Whether a force's own segment tells it going home or lost (deployment.json markers
    'withdrawal'); one of 'ambiguous_departures' ("left the country") is a departure for
    the mission instead where one of 'departed_for' follows it ("has left the country on a
    chartered aircraft to join the UN mission in Burundi")."""
    low = own.lower()
    ambiguous = markers.get("ambiguous_departures", ())
    for w in markers.get("withdrawal", ()):
        at = low.find(w)
        if at < 0:
            continue
        if w in ambiguous and any(p in low[at + len(w):] for p in markers.get("departed_for", ())):
            continue
        return True
    return False


def not_deployment(own: str, markers: dict) -> bool:
    """A not_deployment marker in the force's own segment, but for one that names what the
    troops go to ("will send 1,500 soldiers to the multinational force": markers
    joined_totals after one of joined_by), which is no total of many senders."""
    joined, joined_by = markers.get("joined_totals", ()), tuple(markers.get("joined_by", ()))
    for w in markers.get("not_deployment", ()):
        at = own.find(w)
        while at >= 0:
            if w not in joined or not own[:at].lower().rstrip().endswith(joined_by):
                return True
            at = own.find(w, at + 1)
    return False


def no_figure_of_its_own(text: str, lo: int, hi: int, own: str, at: int, counted: bool, markers: dict) -> bool:
    """Whether deployment.json's markers keep the force whose figure (or noun) is at ``at``
    from being a deployment: going home or lost in its own segment, replacing others before
    it, a running tally, a verb of losing right before its figure ('lost_before'), a
    not_deployment marker, or, with no figure, a refusal ("would not send troops abroad")."""
    return goes_home(own, markers) or replaced_before(text, lo, at, markers.get("replaced", ())) \
        or running_tally(text, lo, hi, markers.get("running_tally", ())) \
        or (counted and held_before(text, lo, at, markers.get("lost_before", ()))) or not_deployment(own, markers) \
        or (not counted and any(w in text[lo:hi].lower() for w in markers.get("refusal", ())))
