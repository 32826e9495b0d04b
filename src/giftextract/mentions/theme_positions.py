"""Layer 3: where a theme given with no determiner stands in a clause's unit sequence.

A plain plural or a word of goods is read as a thing given only at a theme's place: right
after an active verb of giving ("donated vaccine doses to Taiwan"), after its first object
("gave France agate bowls") or a shifted dative ("donated to Bulgaria drones and radios"),
after "with" or a gift's "of" ("presented Kosovo with uniforms"), or before a relative clause
of giving ("shots that the UAE gave the archipelago").  mentions/units.py asks these
predicates before it reads such a phrase as an open item.
"""

from __future__ import annotations

from giftextract.mentions.open_items import BARE_THEME_PASSIVES


def opens_bare_theme(units: list, i: int) -> bool:
    """units[i] is an active verb of giving, or the first object right after one, and a
    plain word follows: the place of a theme given without a determiner."""
    if i + 1 >= len(units) or units[i + 1].kind != "W":
        return False
    u = units[i]
    if u.kind == "W" and u.key == "of" and i > 0 and units[i - 1].kind == "V" and "gift_noun" in units[i - 1].feats:
        return True  # "received India's gift of essential medicines": the gift's of-phrase
    if u.kind == "W" and u.key == "with" and i > 1 and units[i - 1].kind in ("E", "R") and units[i - 2].kind == "V" \
            and "gift_verb" in units[i - 2].feats:
        return True  # "presented Kosovo with uniforms and winter jackets": the theme after "with"
    if u.kind == "E" and i > 1 and units[i - 1].kind == "W" and units[i - 1].key == "to":
        # "donated to Bulgaria automotive equipment, drones ...": the theme after a shifted
        # dative (not "gifts to Moldova's firefighters": the state's own people)
        u = units[i - 2] if "poss" not in u.feats else u
    elif u.kind == "E" and i > 0:
        u = units[i - 1]  # "gave France agate bowls": the theme after the first object
    elif u.kind == "V" and "personnel" in u.feats and i > 1 and units[i - 1].kind == "E":  # "gave the Zambian troops vests"
        u = next((v for v in units[max(0, i - 4):i - 1] if v.kind == "V" and "gift_verb" in v.feats), u)
    # "an aircraft carrying masks and sterilisers": the load of a carrier (kept only where a
    # gift row fills THEME with it); "Uganda was given mine detectors": a passive verb of
    # giving whose subject is the recipient (open_items.json bare_theme_passives)
    return u.kind == "V" and ("gift_verb" in u.feats and ("active" in u.feats or u.key in BARE_THEME_PASSIVES)
                              or u.key in ("carrying", "bearing"))


def opens_relative_theme(units: list, i: int) -> bool:
    """units[i] is "with" or "of" and a plain phrase after it runs into "that|which" + a
    party + a verb of giving: the thing the relative clause says was given."""
    if units[i].kind != "W" or units[i].key not in ("with", "of") or i + 1 >= len(units) or units[i + 1].kind not in ("W", "E"):
        return False
    j = next((k for k in range(i + 2, min(len(units) - 2, i + 8))
              if units[k].kind == "W" and units[k].key in ("that", "which")), None)
    return j is not None and units[j + 1].kind == "E" and any(
        units[k].kind == "V" and "gift_verb" in units[k].feats for k in range(j + 2, min(len(units), j + 4)))
