"""Layer 2: the pieces the entity spotters' patterns are built of (regex source, with
``\\L<name>`` standing for a word list of the lexicon; lexicon/entities.py compiles them)."""

from __future__ import annotations

from giftextract.lexicon.base import STOP_CAPS

GATE = r"\b(?=[A-Z]|the\s|former\s|a\s+(?:\w+\s+)?zoo\s)"

# Country prefix: "North Korean", "Russia's", "the Russian".
# A possessive owner is any capitalised phrase here, checked against the lexicon when the
# match is built: embedding the state, capital and person lists in every pattern that
# allows "X's" made compiling them the largest part of the import time.
OWNER = r"[A-Z][\w-]*(?:[ ][A-Z][\w-]*){0,4}"  # one line, no sentence-final periods
PREFIX = rf"(?:(?P<demo>\L<demonyms>)\s+|(?P<poss>{OWNER})'s\s+)"
# a place that names whom a title serves with no "'s": "Hokkaido Governor Naomichi Suzuki",
# "Tripura Chief Minister Manik Saha" (the fewest words first: the title may be capitalised)
PLACE_OWNER = r"[A-Z][\w-]*(?:[ ][A-Z][\w-]*){0,2}?"
# a leader's standing before a title ("Mali's transitional president"; triggers.json role_adjectives)
ROLE_ADJ = r"(?:\L<role_adjectives>)"
# Up to three capitalised words before a title word: "Natural Resources Minister".
# (never a capitalised function word or a weekday that opens the sentence: "When President
# Richard Nixon flew", "On Monday President Xi")
NOT_TITLE_WORD = r"(?!(?:" + "|".join(sorted(STOP_CAPS)) + r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s)"
TITLE = rf"(?P<title>(?:{NOT_TITLE_WORD}[A-Z][a-z]+\s+(?:and\s+)?){{0,3}}\L<titles>)"
# a surname particle between the parts of a name: "Mark van Rutte", "Ursula von der Leyen"
NAME = r"[A-Z][\w'.]*(?:[- ](?:(?:van|von|der|den|de|da|di|du|la|le|bin|ibn|al|el|dos|das|del|ter|ten|zu)[ ]){0,2}[A-Z][\w']*){0,3}"
