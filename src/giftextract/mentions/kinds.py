"""Layer 3: what an animal noun stands for in its sentence: the kind named before it ("kept
kiwi since 1968, when Holyoake presented it with two of the birds": two kiwi) or an agent of
a passive that names no thing given ("both were sired by a wild bull"). The verbs are data:
open_items.json agent_verbs."""

from __future__ import annotations

from dataclasses import replace

import regex

from giftextract.lexicon.species import SpeciesMention, species_info
from giftextract.mentions.open_items_table import OPEN_ITEMS_TABLE
from giftextract.mentions.sentence import SentenceView
from giftextract.text.patterns import compile_pattern

# an animal after one of these participles and "by" does the act ("pulled by two horses")
_AGENT_BEFORE = compile_pattern(r"(?<![\w-])(?:" + "|".join(sorted(map(regex.escape, OPEN_ITEMS_TABLE["agent_verbs"]["words"])))
                                + r")\s+by\s+(?:(?:a|an|the|two|three|four|its|their)\s+)?(?:[a-z-]+\s+){0,2}$", regex.IGNORECASE)
_THE_BEFORE = compile_pattern(r"(?<![\w-])(?:the|these|those)\s+$", regex.IGNORECASE)


def acts(view: SentenceView, s: SpeciesMention, lo: int) -> bool:
    """``s`` is the agent of a passive ("sired by a wild bull"): no thing given."""
    return _AGENT_BEFORE.search(view.text, max(lo, s.start - 40), s.start) is not None


def kind_of(species: str, broader: str) -> bool:
    """Whether ``species`` is ``broader`` or of its kind (its parents in the lexicon)."""
    for _ in range(4):
        if species == broader:
            return True
        species = species_info(species).get("parent") or ""
    return False


def named_kind_before(view: SentenceView, s: SpeciesMention) -> SpeciesMention:
    """"the birds" after "kiwi" in the same sentence are the kiwi: a definite plural of a
    broader kind (a parent or the class in the lexicon) names the last thing of that kind the
    sentence named before."""
    if not s.plural or s.generic or not _THE_BEFORE.search(view.text, max(view.start, s.start - 8), s.start):
        return s
    kind = next((k for k in reversed(view.species_in(view.start, s.start))
                 if k.species != s.species and (kind_of(k.species, s.species) or species_info(k.species).get("class") == s.species)), None)
    return s if kind is None else replace(s, species=kind.species, animal_class=kind.animal_class, breed=kind.breed,
                                          sex=s.sex or kind.sex)
