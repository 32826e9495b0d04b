"""Layer 4: deployment figures that add up to another figure of their sentence: the parts
of a total are no deployments of their own, and a total of several senders' parts is no
one sender's (GOLD.md's conventions on multinational totals and breakdowns)."""

from __future__ import annotations

import dataclasses
import functools

import regex

from giftextract.lexicon.trie import trie_alternation
from giftextract.text.patterns import compile_pattern

from giftextract.mentions.sentence import SentenceView
from giftextract.quantity.sums import CountPart


def _summing_to(values: list[float], target: float) -> int:
    """How many of ``values``, from the first, add up to exactly ``target`` (two at least),
    or 0: "419 strong: 201 ..., 172 ... and 46 ..." are three parts of 419."""
    total = 0.0
    for n, value in enumerate(values, 1):
        total += value
        if total >= target:
            return n if n >= 2 and total == target else 0
    return 0


def parts_of_restated(view: SentenceView, restated: list, frames: list) -> None:
    """"the contingent is 419 strong: 201 soldiers ..., 172 medical, engineering and signals
    personnel, and 46 officers": the figures right after a restated strength that sum to it
    are its parts, no deployments of their own."""
    for whole in restated:
        if whole.personnel is None or not whole.personnel.value:
            continue
        after = [c for c in view.counts if c.start > whole.personnel.end and c.value is not None]
        parts = {c.start for c in after[:_summing_to([c.value for c in after], whole.personnel.value)]}
        for f in frames:
            if f.personnel is not None and f.personnel.start in parts:
                f.mention_only = True
                f.rules.append("part-of")


def split_totals(frames: list) -> None:
    """"A total of 17,600 personnel are taking part ...: 12,200 members of the U.S. armed
    forces and 5,400 Filipino soldiers": a figure that the next figures of its sentence sum
    to, told of two or more senders, is a multinational total, no one sender's (GOLD.md);
    each part is a deployment of its own."""
    counted = [f for f in frames if f.personnel is not None and f.personnel.value]
    for i, whole in enumerate(counted):
        parts = counted[i + 1:i + 1 + _summing_to([f.personnel.value for f in counted[i + 1:]], whole.personnel.value)]
        if len({getattr(p.sender, "country", None) for p in parts} - {None}) < 2:
            continue
        whole.mention_only = True
        whole.rules.append("multinational-total")
        for part in parts:
            if "part-of" in part.rules:
                part.mention_only = False
                part.rules.remove("part-of")


# "40 officers, 22 non-commissioned officers, 21 technicians and 287 soldiers, 370 in all":
# a figure told as the whole of the figures before it
_IN_ALL = compile_pattern(r"\s*(?:in\s+all|in\s+total|altogether|all\s+told|all\s+together)\b", regex.IGNORECASE)


def parts_before_total(view: SentenceView, frames: list) -> list:
    """"Honduras sent the task force: 40 officers, 22 non-commissioned officers, 21
    technicians and 287 soldiers, 370 in all": the figures right before a whole told "in
    all" that sum to it are its parts, no deployments of their own; the whole is the
    deployment of the parts' first frame (its new frames)."""
    out = []
    for whole in view.counts:
        if not whole.value or not _IN_ALL.match(view.text, whole.end):
            continue
        before = [c for c in reversed(view.counts) if c.end <= whole.start and c.value is not None]
        parts = {c.start for c in before[:_summing_to([c.value for c in before], whole.value)]}
        told = [f for f in frames if f.personnel is not None and f.personnel.start in parts]
        for part in told:
            part.mention_only = True
            part.rules.append("part-of")
        if told:
            first = min(told, key=lambda f: f.personnel.start)
            out.append(dataclasses.replace(first, personnel=whole, mention_only=False, rules=[*first.rules[:-1], "in-all"],
                                           sources=list(first.sources), evidence=list(first.evidence), alternatives={}))
    return out


def breakdown_parts(view: SentenceView, frames: list, phrases: tuple, heads: tuple = ()) -> None:
    """"The contingent is made up of 30 military doctors and nurses, 30 engineers, nine
    handlers and seven command officers": two or more figures after a word of breakdown
    (deployment.json markers breakdown) are the parts of a force told before, no
    deployments of their own; one figure alone is the whole ("a unit made up of 76 soldiers"),
    and so is a figure told "in all"; parts of two senders are each a deployment. A unit's
    head named with "the" (a force told before) and set off by a dash or a colon opens its parts
    too ("The company - 145 army soldiers, 41 navy personnel and 19 from the air force - will
    serve": markers breakdown_heads), not a first naming ("Australia's contingent - 50 soldiers ...")."""
    for m in _breakdown(phrases, heads).finditer(view.text, view.start, view.end):
        end = view.text.find(";", m.end(), view.end)
        after = [f for f in frames if f.personnel is not None and m.end() <= f.personnel.start < (end if end >= 0 else view.end)
                 and not _WHOLE_AFTER.match(view.text, f.personnel.end)]  # "close to 800 troops in all": the whole
        if after and _LIST_OPENS_AFTER.match(view.text, after[0].personnel.end):
            # "made up of 41 soldiers: a staff officer, seven sappers and a 33-strong platoon":
            # the figure a colon or a dash sets its list after is the whole, the list its parts
            after = after[1:]
            if after:
                _mark_parts(after)
            continue
        # "made up of about 500 French and 300 Belgian soldiers": the parts of two senders are theirs
        if len(after) >= 2 and len({getattr(f.sender, "country", None) for f in after} - {None}) <= 1:
            _mark_parts(after)


def parts_set_off(view: SentenceView, frames: list) -> None:
    """"a contingent of 46 servicemen - ten bomb-disposal specialists, thirty drivers, three
    medics and three officers - was welcomed": the figures a dash or a colon after a force's
    figure sets off, which sum to it, are its parts, no deployments of their own."""
    for whole in frames:
        if whole.personnel is None or not whole.personnel.value or "part-of" in whole.rules \
                or not _LIST_OPENS_AFTER.match(view.text, whole.personnel.end):
            continue
        after = [c for c in view.counts if c.start > whole.personnel.end and c.value is not None]
        parts = {c.start for c in after[:_summing_to([c.value for c in after], whole.personnel.value)]}
        _mark_parts([f for f in frames if f.personnel is not None and f.personnel.start in parts and "part-of" not in f.rules])


def rank_sums(view: SentenceView, frames: list, officers: tuple, rest: tuple) -> None:
    """"made up of 16 officers and 53 other ranks", "sent 20 officers and 180 soldiers": a
    force told as its officers and the rest is one force of their sum (deployment.json
    markers rank_sum_officers, rank_sum_rest); the officers' frame takes the sum, spanning both terms, and a frame
    of the rest, if its noun made one, is a part of it."""
    if not rest:
        return
    opening, between, rest_after = _ranks(officers, rest)
    if opening.search(view.text, view.start, view.end) is None:  # most sentences name no officers: no slice, no fold
        return
    at = {f.personnel.start: f for f in frames if f.personnel is not None}
    for frame in list(at.values()):
        first = frame.personnel
        if not first.value or first.parts or first.low is not None or not between.fullmatch(view.text, first.end, _next_start(view, first)):
            continue
        second = next(c for c in view.counts if c.start > first.end)
        if not second.value or second.qualifier != "exact" or not rest_after.match(view.text, second.end, view.end):
            continue
        parts = (CountPart(first.start, first.end, first.text, first.value, None),
                 CountPart(second.start, second.end, second.text, second.value, None))
        frame.personnel = dataclasses.replace(first, end=second.end, text=view.text[first.start:second.end],
                                              value=first.value + second.value, parts=parts)
        frame.rules.append("rank-sum")
        if (part := at.get(second.start)) is not None and part is not frame:
            _mark_parts([part])


def _next_start(view: SentenceView, count) -> int:
    """Where the count after ``count`` in its sentence begins, or ``count.end`` if none."""
    return next((c.start for c in view.counts if c.start > count.end), count.end)


@functools.lru_cache(maxsize=4)
def _ranks(officers: tuple, rest: tuple) -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    officers_, rest_ = trie_alternation(officers), trie_alternation(rest)
    return (compile_pattern(rf"\b{officers_}\b", regex.IGNORECASE),
            compile_pattern(rf"\s+{officers_}\s+and\s+", regex.IGNORECASE),
            compile_pattern(rf"\s+{rest_}\b", regex.IGNORECASE))


def _mark_parts(frames: list) -> None:
    for part in frames:
        part.mention_only = True
        part.rules.append("part-of")


# "41 professional soldiers: a staff officer, ...", "300 troops - 250 infantry and ...": the
# figure's noun phrase ends where a colon or a dash opens its list
_LIST_OPENS_AFTER = compile_pattern(r"(?:\s+[\w-]+){0,3}?\s*(?::|\s[-\u2013\u2014]|\u2013|\u2014)\s", regex.IGNORECASE)
_WHOLE_AFTER = compile_pattern(r"(?:\s+[\w-]+){0,2}?" + _IN_ALL.pattern, regex.IGNORECASE)


@functools.lru_cache(maxsize=4)
def _breakdown(phrases: tuple, heads: tuple = ()) -> regex.Pattern:
    words = [r"\b(?:" + "|".join(regex.escape(p) for p in phrases) + r")\b"] if phrases else []
    if heads:  # "The company - 145 army soldiers, ...": "the" and a head (a force told before), then a dash, a colon or a bracket
        words.append(r"\bthe[ \t]+(?:[\w-]+[ \t]+)?(?:" + "|".join(regex.escape(h) for h in heads) + r")[ \t]*(?:[:\u2013\u2014(]|[ \t]-)[ \t]?")
    return compile_pattern("|".join(words) or r"(?!)", regex.IGNORECASE)
