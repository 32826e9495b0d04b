"""Layer 3: a thing the lexicon knows that only modifies the noun after it ("10 syringe pumps",
"a fountain pen", "a helicopter squadron"): the noun after heads the thing, if any, and the
known word names nothing given on its own. Words are data: open_items.json modifying_things."""

from __future__ import annotations

from giftextract.lexicon.data import LEXICON
from giftextract.lexicon.species import SpeciesMention, species_info
from giftextract.mentions.open_items_table import OPEN_ITEMS_TABLE
from giftextract.text.patterns import compile_pattern

_DATA = OPEN_ITEMS_TABLE["modifying_things"]
# a plural noun right after a thing's singular name (not a verb: "the ambulance arrives" has no count)
_PLURAL_NOUN_AFTER = compile_pattern(r"\s+(?!(?:" + "|".join(_DATA["not_nouns"]) + r")\b)[a-z][a-z-]*[^s\W]s\b")
# a lower-case word right after it, on the same line, no possessive or compound after it
_WORD_AFTER = compile_pattern(r"[ \t]+([a-z][a-z-]*)\b(?![-'\u2019])")
_T = LEXICON["triggers"]
# ... nor a verb of the lexicon's triggers ("a frigate given by China", "a tank sent to Kyiv")
_VERBS = frozenset(f.lower() for key in ("gift_verbs", "receive_verbs", "arrive_verbs") for forms in _T[key].values()
                   for f in forms) | frozenset(w.lower() for w in _T["deploy_verbs"])
_NO_HEADS = frozenset(OPEN_ITEMS_TABLE["stop"]) | frozenset(_DATA["not_heads_after"]) | _VERBS


def zero_plural(s: SpeciesMention) -> bool:
    """"the sheep", "the bison": a noun whose plural is itself says not how many."""
    return s.text.lower() == (species_info(s.species).get("plural") or "").lower()


def modifies_a_noun(text: str, s: SpeciesMention, counted: bool) -> bool:
    """A thing (no animal: "two lion cubs" are lions) named in the singular before the noun
    that heads it: a plural noun after a count of two or more ("10 syringe pumps", ``counted``),
    or any word that may head a noun phrase ("a fountain pen")."""
    if s.category == "animal" or s.plural or zero_plural(s):
        return False
    if counted and _PLURAL_NOUN_AFTER.match(text, s.end) is not None:
        return True
    m = _WORD_AFTER.match(text, s.end)
    return m is not None and m.group(1) not in _NO_HEADS and not m.group(1).endswith(("ing", "ed", "ly"))
