"""Layer 6: a deployment's figure told again, by someone who vouches for it, without a
personnel noun.

"some accounts put the force at 700", "news reports later put the number at as many as
3,000", "other accounts give a peak strength of 100,000", "Lithuania's defence ministry put
the number of brigade soldiers serving there at about 500", "that number would rise to 300"
(the head first, then a verb of growing: restate_grow_verbs). The verbs (with the word before
their figure) and the head nouns are data: the restate_* markers of
constructions/data/deployment.json, with their examples (restatement_examples). The
figure is one more figure of the deployment the sentence told last, or, where the sentence
told none, of the one the article told (the discourse-party sieve fills its parties). Who
vouches for it is the verb's subject: media and accounts report, officials confirm.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

import re

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.frames.deployment_status import status_pattern
from giftextract.frames.slots import subject_of, view_sources
from giftextract.lexicon.trie import trie_alternation
from giftextract.lexicon.triggers import PEOPLE_AT
from giftextract.mentions.sentence import SentenceView

_REACH = 160  # characters from the verb to its figure


def _alt(words) -> str:
    return trie_alternation(words) if words else r"(?!)"


@lru_cache(maxsize=16)
def _pattern(at_verbs: tuple[str, ...], of_verbs: tuple[str, ...], to_verbs: tuple[str, ...], heads: tuple[str, ...]):
    """'VERB [the|its|their|a] [up to 3 modifiers] HEAD [of ...] [up to 4 words] at|of|to '
    ending where the figure starts ("taking Ireland's contingent to almost 550")."""
    return compile_pattern(
        rf"\b(?:(?P<at_verb>{_alt(at_verbs)})|(?P<of_verb>{_alt(of_verbs)})|(?P<to_verb>{_alt(to_verbs)}))\s+"
        r"(?:(?P<det>the|its|their|his|her|a|an)\s+)?"
        r"(?P<mod>(?:[\w'-]+\s+){0,3}?)"
        rf"(?P<head>{_alt(heads)})\b"
        r"(?P<of>\s+of\s+(?:[\w'-]+\s+){0,5}?[\w'-]+)?"
        r"(?P<rest>(?:\s+[\w'-]+){0,4}?)"
        r"\s+(?P<link>at|of|to)\s+$",
        regex.IGNORECASE,
    )


# "that number", "the Irish contingent": a determiner and up to two modifiers before a head
_THE_HEAD_BEFORE = r"\b(?P<det>the|that|this|its|their)\s+(?P<mod>(?:[\w'-]+\s+){0,2}?)"


@lru_cache(maxsize=16)
def _grown(heads: tuple[str, ...], grow_verbs: tuple[str, ...]):
    """'that number would rise to 300', 'the Irish contingent grew to 550': the head, then a
    verb of growing, ending where the figure starts; ``aux`` holds the words of a plan."""
    return compile_pattern(
        _THE_HEAD_BEFORE +
        rf"(?P<head>{_alt(heads)})\s+"
        r"(?P<aux>(?:(?:would|will|could|should|is|was|are|were|has|had|have|expected|set|due|to|be|eventually"
        r"|later|soon|then|since|subsequently|quickly|gradually)\s+){0,3})"
        rf"(?P<grow_verb>{_alt(grow_verbs)})\s+(?:to|at)\s+$",  # "grow over three weeks" is no figure
        regex.IGNORECASE,
    )


_STRONG = compile_pattern(r"\s+strong\b(?!-)")
_IN_BEFORE = compile_pattern(r"\b(?:in|inside)\s+(?:the\s+)?$")


def _after_in(view: SentenceView, e) -> bool:
    """A state named right after "in" ("the number of Belgian troops in Romania") is where a
    force serves, never its sender."""
    return _IN_BEFORE.search(view.text, max(view.start, e.start - 10), e.start) is not None


@lru_cache(maxsize=16)
def _strong(heads: tuple[str, ...]):
    """'the contingent is 419 strong', 'their force was about 600 strong': the head, a copula,
    and the figure, which "strong" follows (``aux`` holds a word of a plan: 'will be')."""
    return compile_pattern(
        _THE_HEAD_BEFORE +
        rf"(?P<head>{_alt(heads)})\s+(?P<aux>(?:will\s+be|would\s+be|is|was|are|were|stood|stands|now)\s+){{1,2}}$",
        regex.IGNORECASE,
    )


_PLAN_WORDS = frozenset(("would", "will", "could", "should", "expected", "set", "due", "to"))


@lru_cache(maxsize=16)
def _total_after(to_verbs: tuple[str, ...], heads: tuple[str, ...]):
    """"brings to 390 the number of Irish personnel": the verb and "to" before the figure,
    the head after it."""
    return (compile_pattern(rf"\b(?P<to_verb>{_alt(to_verbs)})\s+to\s+$", regex.IGNORECASE),
            compile_pattern(rf"\s+the\s+(?P<mod>(?:[\w'-]+\s+){{0,2}}?)(?P<head>{_alt(heads)})\b"
                          r"(?P<of>\s+of(?:\s+[\w'-]+){1,6})?", regex.IGNORECASE))


def restated_figures(view: SentenceView, frames: list, frame_type, markers: dict) -> list:
    """One frame per figure a restating verb gives (``frame_type``: the deployment frame
    class, which frames/deployments.py defines)."""
    if not view.counts:
        return []
    heads = tuple(markers.get("restate_heads", ()))
    to_verbs = tuple(markers.get("restate_to_verbs", ()))
    pattern = _pattern(tuple(markers.get("restate_at_verbs", ())), tuple(markers.get("restate_of_verbs", ())),
                       to_verbs, heads)
    before_total, total_after = _total_after(to_verbs, heads)
    grow_verbs = tuple(markers.get("restate_grow_verbs", ()))
    grow = _grown(heads, grow_verbs) if grow_verbs else None
    used = {f.personnel.start for f in frames if f.personnel is not None}
    out = []
    for c in view.counts:
        if c.start in used or c.value is None or (c.unit and not PEOPLE_AT.match(view.text, c.end)
                                                  and not _STRONG.match(view.text, c.end)):
            continue  # "bringing its total to 200,000 doses": a figure of things, no force's
        m = _last_match(pattern, view.text, max(view.start, c.start - _REACH), c.start)
        grown = grow.search(view.text, max(view.start, c.start - 90), c.start) if m is None and grow else None
        if m is None and grown is None and _STRONG.match(view.text, c.end):
            grown = _strong(heads).search(view.text, max(view.start, c.start - 60), c.start)  # "the contingent is 419 strong"
        pronoun = _pronoun_at(view, c, tuple(markers.get("restate_at_verbs", ())), heads) if m is None and grown is None else None
        if grown is not None:  # "that number would rise to 300"
            m = _Spans(grown.start(), grown.start("mod"), grown.end("mod"), -1, -1)
        elif pronoun is not None:
            m = pronoun
        elif m is None:
            verb = before_total.search(view.text, max(view.start, c.start - 40), c.start)
            m = verb and total_after.match(view.text, c.end, view.end)  # "brings to 390 the number of ..."
            if not m or not _fits_of(view, m):
                continue
            m = _Spans(verb.start(), m.start("mod"), m.end("mod"), m.start("of"), m.end("of"))
        elif not _fits(view, m):
            continue
        named = [e for e in view.entities if m.start("mod") <= e.start < m.end("mod")
                 or (m.start("of") >= 0 and m.start("of") <= e.start < m.end("of"))]
        # "the number of Belgian troops in Romania": a state after "in" is where they serve
        owned = isinstance(m, (regex.Match, re.Match)) and (m.group("det") or "").lower() in ("its", "their")
        hosts = [e for e in named if e.country and (_after_in(view, e) or (owned and e.start < m.end("mod")))]  # "its Lebanon contingent"
        named = [e for e in named if e not in hosts]
        if any(e.country is None for e in named) or len({e.country for e in named}) > 1 or \
                _UNKNOWN_NAME.search(_unnamed(view.text, m.start("mod"), m.end("mod"), named)):
            continue  # "the European total", "the number of Australian and New Zealand soldiers": no single sender
        sender = named[0] if named else _owner(view, m)
        status, signal = _vouched(view, m.start(), markers)
        if isinstance(m, (regex.Match, re.Match)) and m.group("to_verb") and \
                status_pattern(tuple(markers.get("status_planned", ()))).search(view.text, view.start, m.start()):
            status, signal = "planned", None  # "Another 150 are to fly out on June 1, taking Ireland's contingent to 550"
        if grown is not None and _PLAN_WORDS & set(grown.group("aux").lower().split()):
            status, signal = "planned", None  # "that number would rise to 300"
        told = next((f for f in reversed(frames) if f.noun_start < m.start() and not _withdrawn(f)), None)
        if told is None:
            frame = frame_type(view.start, view.end, c.start, c.end, c, None, sender=sender, host=next(iter(hosts), None), status=status,
                               signal=signal, rules=["restated"], sources=view_sources(view))
        else:
            frame = dataclasses.replace(told, personnel=c, mention_only=False, status=status, signal=signal,
                                        sender=sender or told.sender, rules=[*told.rules, "restated"],
                                        sources=list(told.sources), evidence=list(told.evidence), alternatives={},
                                        speaker_countries=[])  # its speaker is the restating verb's subject
        used.add(c.start)
        out.append(frame)
    return out


@lru_cache(maxsize=16)
def _it_at(at_verbs: tuple[str, ...], ending: str = r"\s+$"):
    """"put it at": ending right before the figure, or (the restates gate, ``ending`` a word
    boundary) anywhere in a sentence."""
    return compile_pattern(rf"\b(?:{_alt(at_verbs)})\s+(?:it|them)\s+at{ending}", regex.IGNORECASE)


@lru_cache(maxsize=16)
def _head(heads: tuple[str, ...]):
    return compile_pattern(_THE_HEAD_BEFORE + rf"(?P<head>{_alt(heads)})\b", regex.IGNORECASE)


def _pronoun_at(view: SentenceView, c, at_verbs: tuple[str, ...], heads: tuple[str, ...]):
    """"The size of the Egyptian force is not known, but Arab sources put it at 5,000": the
    figure a restating verb gives a pronoun is of the force its sentence named before it."""
    verb = _it_at(at_verbs).search(view.text, max(view.start, c.start - 20), c.start) if at_verbs else None
    head = _last_match(_head(heads), view.text, view.start, verb.start()) if verb is not None else None
    return _Spans(verb.start(), head.start("mod"), head.end("mod"), -1, -1) if head is not None else None


# a capitalised word in a figure's modifiers that names no state: a region or bloc ("the
# European total", "the Western contingent"), so no one sender's figure
_UNKNOWN_NAME = compile_pattern(r"\b[A-Z][a-z]")


def _unnamed(text: str, lo: int, hi: int, named: list) -> str:
    """text[lo:hi] with the entities in it blanked out."""
    out, last = [], lo
    for e in sorted(named, key=lambda e: e.start):
        out.append(text[last:max(last, e.start)])
        last = max(last, e.end)
    return "".join(out) + text[last:max(last, hi)]


def _owner(view: SentenceView, m):
    """"France raised its contingent to 950": a possessive determiner's owner is the verb's
    subject, when that is a state."""
    if not isinstance(m, (regex.Match, re.Match)) or (m.group("det") or "").lower() not in ("its", "their"):
        return None
    subject = subject_of(view, m.start(), view.start)
    return subject if subject is not None and subject.party_kind == "state" and subject.country else None


def _last_match(pattern, text: str, lo: int, hi: int):
    """The match whose verb is nearest the figure: in "independent estimates put the figure
    at 2,000" the verb is "put", not the noun "estimates" read as one."""
    m = pattern.search(text, lo, hi)
    while m is not None:
        later = pattern.search(text, m.start() + 1, hi)
        if later is None:
            return m
        m = later
    return None


def _fits(view: SentenceView, m) -> bool:
    """The verb takes the figure with its own word ('put ... at', 'give ... of', 'take ...
    to'), and an of-phrase names people ('the number of brigade soldiers', not doses)."""
    link = m.group("link").lower()
    if m.group(f"{link}_verb") is None:
        return False
    if link == "to" and (m.group("det") or "").lower() not in ("its", "their") and not any(
            e.country for e in view.entities if m.start("mod") <= e.start < m.end("mod")
            or (m.start("of") >= 0 and m.start("of") <= e.start < m.end("of") and not _after_in(view, e))):
        # "bringing the unit to 800" may be many states' total; "taking Ireland's contingent to
        # 550", "brought the number of Belgian troops to 160" are one's
        return False
    return _fits_of(view, m)


def _fits_of(view: SentenceView, m) -> bool:
    if m.group("of") is None:
        return True
    rest = isinstance(m, (regex.Match, re.Match)) and "rest" in m.re.groupindex
    end = m.end("rest") if rest else m.end("of")  # "of Belgian" + "troops in Romania"
    return any(t.kind == "personnel" and m.start("of") <= t.start < end for t in view.triggers)


@dataclasses.dataclass(frozen=True)
class _Spans:
    """Where a figure's verb starts and its modifiers and of-phrase lie, as a match would say."""
    verb: int
    mod_start: int
    mod_end: int
    of_start: int
    of_end: int

    def start(self, group: str | None = None) -> int:
        return {"mod": self.mod_start, "of": self.of_start}.get(group, self.verb)

    def end(self, group: str) -> int:
        return self.mod_end if group == "mod" else self.of_end


def _withdrawn(frame) -> bool:
    """A frame the sentence told as a withdrawal or a loss: a count, yet no record."""
    return frame.mention_only and frame.personnel is not None


# where the restating verb's subject may begin: a clause break, not the comma of an aside
# ("CNN, citing defence officials, put the figure at 1,500")
_SUBJECT_START = compile_pattern(r"[;:]\s|\b(?:while|whereas|though|although|but)\s|,\s+and\s", regex.IGNORECASE)


def _vouched(view: SentenceView, verb_start: int, markers: dict) -> tuple[str, str | None]:
    """(status, signal) from the restating verb's subject: media, accounts and estimates
    report; a ministry, a government, commanders confirm; anyone else leaves it open."""
    lo = view.start
    for m in _SUBJECT_START.finditer(view.text, view.start, verb_start):
        lo = m.end()
    subject = view.text[lo:verb_start].lower()
    if any(e.source for e in view.entities if lo <= e.start < verb_start) or \
            any(w in subject for w in markers.get("unofficial", ())) or \
            any(w in subject for w in markers.get("restate_unofficial", ())):
        return "reported", "unofficial"
    if any(w in subject for w in markers.get("official", ())) or \
            any(w in subject for w in markers.get("restate_official", ())):
        return "confirmed", "official"
    return "reported", None


@lru_cache(maxsize=16)
def _gate(verbs: tuple[str, ...], heads: tuple[str, ...]):
    return compile_pattern(rf"\b(?:{_alt(verbs)})\s+(?:[\w'-]+\s+){{0,4}}(?:{_alt(heads)})\b", regex.IGNORECASE)


def restates(text: str, start: int, end: int, markers: dict) -> bool:
    """A sentence that may restate a figure ("some accounts put the force at 700"): read even
    without a personnel noun, when it follows a sentence that told of troops."""
    verbs = (*markers.get("restate_at_verbs", ()), *markers.get("restate_of_verbs", ()), *markers.get("restate_to_verbs", ()))
    heads = tuple(markers.get("restate_heads", ()))
    grow_verbs = tuple(markers.get("restate_grow_verbs", ()))
    at_verbs = tuple(markers.get("restate_at_verbs", ()))
    return _gate(verbs, heads).search(text, start, end) is not None or \
        (bool(grow_verbs) and _gate_grown(heads, grow_verbs).search(text, start, end) is not None) or \
        (bool(at_verbs) and _it_at(at_verbs, r"\b").search(text, start, end) is not None)  # "sources put it at 5,000"


@lru_cache(maxsize=16)
def _gate_grown(heads: tuple[str, ...], grow_verbs: tuple[str, ...]):
    return compile_pattern(rf"\b(?:{_alt(heads)})\s+(?:[\w'-]+\s+){{0,3}}(?:{_alt(grow_verbs)})\b", regex.IGNORECASE)
