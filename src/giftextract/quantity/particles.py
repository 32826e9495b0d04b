"""Verbs whose "over" is their particle, not the count qualifier "over" ("more than").

"The zoo handed over three koalas": "hand over" is a transitive phrasal verb and "three
koalas" its object, so the count is "three", exact; "Russia sent over 200 troops" reads
"over 200", more than 200.  The rule the count grammar applies (counts._QUALIFIER_ALT):

    "over" is the particle, and no qualifier, when it follows one of the verb forms
    below directly, with only whitespace between (a hyphen, as in "hand-over", already
    keeps "over" from beginning a count).

Only directly: a particle can also come after the object ("handed them over"), but an
"over" that follows an object is the one before a number in "handed the zoo over 40
animals", a qualifier.  A verb is listed when its "over" before a number is a particle
in news far more often than a qualifier: handing, turning, passing or signing
something over is a transfer of that something, and the plain verb seldom takes a bare
counted object ("handed 40 animals" wants a recipient).  Verbs whose plain use takes a
counted object, so that "over N" after them is mostly "more than N", are left out:
"sent", "gave", "brought", "shipped", "flew", "deployed", "moved" over 200.

Some forms are other words after some words (``NOT_AFTER``), and then "over" is the
qualifier again.  "take over" is listed for "the sanctuary took over 40 animals" (took
charge of them), but "it took over 200 troops to retake the town" is "it takes N to";
and the bare "hand" and "turn" are nouns in "on the other hand", "in turn", "the turn".
"""

from __future__ import annotations

# lemma -> (the forms, an example where "over" is the particle)
PARTICLE_OVER_VERBS: dict[str, tuple[tuple[str, ...], str]] = {
    "hand": (("hand", "hands", "handed", "handing"), "The zoo handed over three koalas."),
    "turn": (("turn", "turns", "turned", "turning"), "Police turned over two elephants to the zoo."),
    "pass": (("pass", "passes", "passed", "passing"), "The ministry passed over two tigers."),
    "sign": (("sign", "signs", "signed", "signing"), "The circus signed over 30 horses to the state."),
    "take": (("take", "takes", "took", "taken", "taking"), "The sanctuary took over 40 animals."),
}

# (forms, the words before them that make them no particle verb, an example where "over"
# is then the qualifier)
NOT_AFTER: list[tuple[tuple[str, ...], tuple[str, ...], str]] = [
    (("take", "takes", "took"), ("it",), "It took over 200 troops to retake the town."),
    (("hand",), ("other", "the", "a"), "On the other hand over 40 animals died."),
    (("turn",), ("in", "the", "a"), "In turn over 40 animals were moved."),
]

# Whitespace between the words: bounded, so the lookbehind's cost is too.
_GAP = r"\s{1,8}"


def _alt(words) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


def particle_guard() -> str:
    """A lookbehind-only pattern, to put right *after* the qualifier "over" (so that it is
    tried only where "over" matched): it fails where that "over" is a listed verb's
    particle.  Case is the including pattern's."""
    verbs = _alt(f for forms, _ in PARTICLE_OVER_VERBS.values() for f in forms)
    excepted = "|".join(
        rf"(?<=\b(?:{_alt(before)}){_GAP}(?:{_alt(forms)}){_GAP}over)" for forms, before, _ in NOT_AFTER
    )
    guard = rf"(?<!\b(?:{verbs}){_GAP}over)"
    return rf"(?:{guard}|{excepted})" if excepted else guard
