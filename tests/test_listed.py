"""A word-list spotter looked up in a set (lexicon/listed.py) matches where, and what, the
single compiled pattern it stands for matches, on random text made of its surfaces."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings, strategies as st

from giftextract.lexicon import entities as E
from giftextract.lexicon.listed import ListMatch, ListPattern

LISTED = [(kind, p) for kind, p in E._PATTERNS if isinstance(p, ListPattern)]
COMPILED = {kind: re.compile(p.source) for kind, p in LISTED}

_rng = random.Random(7)
_SURFACES = sorted({*E.STATE_NAMES, *E.DEMONYMS, *E.CAPITALS, *E.ORGS, *E.PLACES})
PIECES = [*_rng.sample(_SURFACES, 150), "Korea", "Korean", "Koreans", "the", "The", "a zoo", "Hague",
          "North", "South", "New", "Saint", "St.", "United", "Republic of", "of", "and", "Moscow", "Kiev"]
SEPARATORS = [" ", " ", "  ", " \t ", "\n", ", ", ". ", "-", "'s ", " the ", "", "s ", "_"]


def test_the_five_plain_list_spotters_are_looked_up():
    assert sorted(kind for kind, _ in LISTED) == ["capital", "demonym", "org", "place", "state"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=12), st.data())
def test_a_listed_spotter_matches_as_its_compiled_pattern(parts, data):
    text = "".join(piece + sep for piece, sep in parts)
    cut = data.draw(st.integers(0, len(text)))  # a name ends at a line break: a shorter endpos
    for kind, pattern in LISTED:
        pattern.__dict__.pop("match", None)  # the look-up itself, not the compiled pattern a long run switches to
        pattern._left = 10 ** 9
        for pos in range(len(text) + 1):
            for endpos in {len(text), max(pos, cut)}:
                got, want = pattern.match(text, pos, endpos), COMPILED[kind].match(text, pos, endpos)
                assert (got is None) == (want is None), (kind, text, pos, endpos)
                if want is not None:
                    assert (got.span(), got.span("name"), got.groupdict()) == (want.span(), want.span("name"), want.groupdict())
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in COMPILED[kind].finditer(text)]


def test_a_list_with_a_surface_the_look_up_cannot_spell_compiles_its_pattern():
    pattern = ListPattern(r"\b", [["Rio  Grande", "Lima"]], r"(?!\w)")
    assert pattern.match("the Rio  Grande", 4).span() == (4, 15)
    assert pattern.match("Lima").group("name") == "Lima"


def test_a_spotter_called_often_switches_to_its_compiled_pattern_and_matches_the_same():
    pattern = ListPattern(r"\b", [["North Korea", "Korea"]], r"(?![\w-])")
    text = "aid to the North  Korea's zoo"
    looked_up = pattern.match(text, 7)
    assert isinstance(looked_up, ListMatch) and "match" not in pattern.__dict__
    pattern._left = 0
    compiled = pattern.match(text, 7)
    assert isinstance(compiled, re.Match) and "match" in pattern.__dict__
    assert (looked_up.span(), looked_up.span("name"), looked_up.groupdict()) == (
        compiled.span(), compiled.span("name"), compiled.groupdict()) == ((7, 23), (11, 23), {"name": "North  Korea"})


def test_a_spotter_past_its_look_ups_compiles_once_for_a_caller_that_holds_its_method(monkeypatch):
    # entities.find_entities reads ``pattern.match`` once per text; a long run-on sentence calls
    # it thousands of times after the switch, which once rebuilt and recompiled the list each call
    from giftextract.lexicon import listed

    built = []
    real = listed.DeferredPattern
    monkeypatch.setattr(listed, "DeferredPattern", lambda *a, **k: built.append(1) or real(*a, **k))
    spotter = ListPattern(r"\b", [["Kenya", "Kenyan"]], r"(?![\w-])")
    match = spotter.match  # held, as the caller holds it
    text = "Kenya and Kenya " * 3000
    found = [m for pos in range(0, len(text), 16) if (m := match(text, pos)) is not None]
    assert len(found) == 3000 and all(m.group("name") == "Kenya" for m in found)
    assert len(built) == 1
