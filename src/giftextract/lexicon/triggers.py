"""Layer 2: trigger words for gift and deployment frames, compiled once from ``triggers.json``."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from giftextract.lexicon.data import LEXICON

_T = LEXICON["triggers"]


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word that can open a frame.  ``kind`` is one of the keys of ``_KINDS``."""

    start: int
    end: int
    text: str
    kind: str  # gift_verb | receive_verb | gift_noun | event_noun | personnel | deploy_verb
    lemma: str


def _forms(table: dict[str, list[str]]) -> dict[str, str]:
    return {form.lower(): lemma for lemma, forms in table.items() for form in forms}


_GIFT_VERBS = _forms(_T["gift_verbs"])
_RECEIVE_VERBS = _forms(_T["receive_verbs"])
_PERSONNEL = _forms(_T["personnel_nouns"])
_KINDS: dict[str, dict[str, str]] = {
    "personnel": _PERSONNEL,
    "gift_verb": _GIFT_VERBS,
    "receive_verb": _RECEIVE_VERBS,
    "gift_noun": {w: "gift" for w in _T["gift_nouns"]},
    "event_noun": {w: w.rstrip("s") if w.endswith("ies") is False else w for w in _T["event_nouns"]},
    "deploy_verb": {w: w for w in _T["deploy_verbs"]},
}
# One pattern per kind; multi-word forms ("hand over") tolerate any whitespace between words.
_PATTERNS = {
    kind: regex.compile(
        r"(?<![\w-])(?:\L<forms>)(?![\w]|-(?:giving|wrapped|shop))",
        regex.IGNORECASE,
        forms=[f.replace(" ", " ") for f in table],
    )
    for kind, table in _KINDS.items()
}
_SPACES = regex.compile(r"\s+")


def find_triggers(text: str, start: int = 0, end: int | None = None) -> list[Trigger]:
    """Every trigger word in ``text[start:end]``, ordered by position then kind."""
    end = len(text) if end is None else end
    out: list[Trigger] = []
    for kind, pattern in _PATTERNS.items():
        table = _KINDS[kind]
        for m in pattern.finditer(text, start, end):
            key = _SPACES.sub(" ", m.group().lower())
            out.append(Trigger(m.start(), m.end(), m.group(), kind, table.get(key, key)))
    out.sort(key=lambda t: (t.start, t.kind))
    return out
