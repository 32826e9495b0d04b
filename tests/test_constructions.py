"""The construction tables are their own specification (Duckling's corpus idea): every row
carries at least two sentences it must read, with the record expected, and at least one
near-miss it must not fire on. One harness runs them all, packaged rows and user rows alike."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

import pytest
from hypothesis import given, strategies as st

import giftextract
from giftextract.constructions.pattern import PatternError, pattern_source
from giftextract.constructions.table import TableError, load_tables
from giftextract.extractor import Extractor, Rules

TABLES = load_tables()
ROWS = [(event, row) for event, table in sorted(TABLES.items()) for row in table.rows]
EXAMPLES = [(event, row.name, i, ex) for event, row in ROWS for i, ex in enumerate(row.examples)]
NEAR_MISSES = [(event, row.name, text) for event, row in ROWS for text in row.near_misses]


def _species_match(got: str, want: str) -> bool:
    return got == want or f" {want} " in f" {got} "


def _records(event: str, text: str) -> list:
    ex = giftextract.extract(text)
    return ex.gift_transfers if event == "gift" else ex.deployments


def _gift_fits(g, expect: dict) -> bool:
    checks = [
        expect.get("giver") in (None, g.giver and g.giver.country),
        expect.get("recipient") in (None, g.recipient and g.recipient.country),
        all(any(_species_match(i.species, s) for i in g.items) for s in expect.get("items", [])),
        expect.get("origin") is None or (g.origin is not None and expect["origin"] in g.origin.name),
        expect.get("destination") is None or (g.destination is not None and expect["destination"] in g.destination.name),
    ]
    return all(checks)


def _deployment_fits(d, expect: dict) -> bool:
    checks = [
        expect.get("sender") in (None, d.sender and d.sender.country),
        expect.get("host") in (None, d.host and d.host.country),
        expect.get("count") is None or (d.personnel is not None and d.personnel.value == expect["count"]),
        expect.get("location") is None or (d.location is not None and expect["location"] in d.location.name),
    ]
    return all(checks)


@pytest.mark.parametrize("event,row", ROWS, ids=[f"{e}:{r.name}" for e, r in ROWS])
def test_every_row_has_two_examples_and_a_near_miss(event, row):
    assert len(row.examples) >= 2, f"{row.name}: at least two example sentences"
    assert len(row.near_misses) >= 1, f"{row.name}: at least one near-miss"


@pytest.mark.parametrize("event,name,i,example", EXAMPLES, ids=[f"{e}:{n}:{i}" for e, n, i, _ in EXAMPLES])
def test_row_reads_its_examples(event, name, i, example):
    records = _records(event, example["text"])
    fits = _gift_fits if event == "gift" else _deployment_fits
    made_by_row = [r for r in records if name in r.rules]
    assert made_by_row, f"{name} did not fire on {example['text']!r}: {[r.rules for r in records]}"
    assert any(fits(r, example["expect"]) for r in made_by_row), (
        f"{example['text']!r}: expected {example['expect']}, got "
        f"{[r.model_dump(include={'giver', 'recipient', 'sender', 'host', 'items', 'personnel'}) for r in made_by_row]}")


@pytest.mark.parametrize("event,name,text", NEAR_MISSES, ids=[f"{e}:{n}:{t[:30]}" for e, n, t in NEAR_MISSES])
def test_row_does_not_fire_on_its_near_misses(event, name, text):
    records = _records(event, text)
    assert not [r for r in records if name in r.rules], f"{name} fired on its near-miss {text!r}"


def test_priorities_are_explicit_integers_and_names_unique():
    for event, table in TABLES.items():
        names = [r.name for r in table.rows]
        assert len(names) == len(set(names)), event
        assert all(isinstance(r.priority, int) for r in table.rows)


@pytest.mark.parametrize("pattern,problem", [
    ("GIVER=blob VERB", "unknown slot class"),
    ("[ VERB", "unbalanced"),
    ("VERB ]", "unbalanced ']'"),
    ("VERB @nosuch", "unknown word class"),
    ("VERB Capitalised", "unknown element"),
    ("VERB to !>+x/by", "needs a number"),
    ("THEME=items *12/all VERB", "unknown element"),
])
def test_a_bad_pattern_says_what_is_wrong(pattern, problem):
    with pytest.raises(PatternError, match=problem):
        pattern_source(pattern, ["give"], "any", {})


def test_a_user_folder_adds_a_row_at_run_time(tmp_path):
    text = "Ruritania entrusted two bears to Zenda's care."
    row = {"event": "gift", "rows": [{
        "name": "entrust-to", "triggers": ["entrust"], "voice": "active", "priority": 70,
        "pattern": "!@prep GIVER=agent ~2 VERB ~1 THEME=items ~2 to ~1 RECIPIENT=agent",
        "examples": [], "near_misses": []}]}
    (tmp_path / "entrust.json").write_text(json.dumps(row), "utf-8")
    rules = Rules.load(tmp_path)
    assert [r.name for r in rules.rows("gift")][-1] == "entrust-to"
    # the packaged extractor is untouched by the user's rules
    assert "entrust-to" not in [r.name for r in Extractor().rules.rows("gift")]


def test_a_gap_of_any_units_crosses_the_verb_of_a_relative_clause(tmp_path):
    # "*N" crosses no trigger; "*N/any" does: the relative clause's own verb ("landed")
    text = "Two bears, which landed at the port after a long voyage, were handed over to Zenda."

    def given(gap):
        row = {"event": "gift", "rows": [{
            "name": "entrusted-theme", "triggers": ["kind:gift_verb"], "voice": "passive", "priority": 99,
            "pattern": f"^ THEME=items , which {gap} , ~2 VERB", "examples": [], "near_misses": []}]}
        (tmp_path / "rows.json").write_text(json.dumps(row), "utf-8")
        sentence = Extractor(Rules.load(tmp_path)).explain(text)
        return "entrusted-theme (priority 99): THEME='Two bears'" in sentence

    assert given("*20/any")
    assert not given("*20")


@pytest.mark.parametrize("content,problem", [
    ('{"event": "gift", "rows": [{"name": "x"}]}', "lacks triggers"),
    ('{"event": "parade", "rows": []}', "'event' must be one of"),
    ('{"event": "gift", "rows": [{"name": "x", "triggers": ["give"], "voice": "loud", "priority": 1, '
     '"pattern": "VERB"}]}', "voice 'loud'"),
    ('{"event": "gift", "rows": [{"name": "x", "triggers": ["give"], "voice": "any", "priority": 1, '
     '"pattern": "SENDER=party VERB"}]}', "not slots of a gift"),
    ("{not json", "not valid JSON"),
])
def test_a_bad_user_table_raises_a_clear_error(tmp_path, content, problem):
    (tmp_path / "rows.json").write_text(content, "utf-8")
    with pytest.raises(TableError, match=problem):
        Rules.load(tmp_path)


def test_no_packaged_file_names_two_rows_alike():
    # a later row of the same name replaces the earlier one (a user's override): in one
    # packaged file, a twin would silently shadow its first copy
    folder = resources.files("giftextract.constructions").joinpath("data")
    for path in folder.iterdir():
        if path.name.endswith(".json"):
            names = [row["name"] for row in json.loads(path.read_text("utf-8")).get("rows", [])]
            assert len(names) == len(set(names)), (path.name, sorted(n for n in names if names.count(n) > 1))


def test_every_packaged_row_compiles_and_names_its_slots():
    # a packaged row is compiled at its first use: here every one is, so none hides a mistake
    for table in load_tables().values():
        for row in table.rows:
            # (a slot named twice is compiled as SLOT and SLOT__2: constructions/pattern.py COPY)
            assert set(row.slots) == {g.split("__")[0] for g in row.regex.groupindex} - {"VERB", "NOUN"}, row.name


def test_importing_compiles_no_row_and_a_document_only_the_rows_it_calls_for():
    code = ("import giftextract\n"
            "from giftextract.constructions.table import _compiled\n"
            "from giftextract.frames.tables import DEFAULT_TABLES\n"
            "before = _compiled.cache_info().currsize\n"
            "giftextract.extract('Russia gave Mongolia two horses.')\n"
            "print(before, _compiled.cache_info().currsize, sum(len(t.rows) for t in DEFAULT_TABLES.values()))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    before, after, rows = map(int, out)
    assert before == 0 and 0 < after < rows


def test_a_missing_rules_folder_is_an_error_not_an_empty_success(tmp_path):
    with pytest.raises(TableError, match="does not exist"):
        Rules.load(tmp_path / "nope")


def test_extractor_rejects_what_is_not_rules():
    with pytest.raises(TypeError, match="Rules"):
        Extractor({"gift": []})


def test_the_word_prefilter_never_hides_a_match():
    """A row is skipped when a clause lacks one of its required words; over the seeds and
    every row's examples the matches must equal those of running every row."""
    import dataclasses
    import pathlib

    from giftextract.constructions.engine import match_rows
    from giftextract.constructions.table import Table
    from giftextract.lexicon.entities import find_entities
    from giftextract.lexicon.species import find_species
    from giftextract.lexicon.triggers import find_triggers
    from giftextract.mentions.items import find_items
    from giftextract.mentions.sentence import SentenceView
    from giftextract.mentions.units import build_units
    from giftextract.quantity.counts import find_counts
    from giftextract.text import normalize, split_sentences

    seeds = pathlib.Path(__file__).resolve().parents[1] / "seeds"
    texts = [p.read_text("utf-8") for p in sorted(seeds.glob("*.txt"))]
    texts += [ex["text"] for _e, row in ROWS for ex in row.examples] + [t for _e, _n, t in NEAR_MISSES]
    checked = 0
    for text in texts:
        t = normalize(text).text
        for s, e in split_sentences(t):
            view = SentenceView(t, s, e, find_entities(t, s, e), find_species(t, s, e), find_counts(t, s, e),
                                find_triggers(t, s, e), [])
            for lo, hi in view.clauses():
                items, _total = find_items(view, lo, hi, set())
                seq = build_units(view, lo, hi, items, set())
                for event, table in TABLES.items():
                    bare = Table(event, [dataclasses.replace(r, requires=()) for r in table.rows], table.classes, table.markers)
                    got = [(m.row.name, m.start, m.end) for m in match_rows(table, seq)]
                    assert got == [(m.row.name, m.start, m.end) for m in match_rows(bare, seq)], t[lo:hi]
                    checked += len(got)
    assert checked > 100


def test_a_class_word_with_a_star_stands_for_any_word_ending_so():
    """deployment.json's epithet class: "*-hit" reads "tsunami-hit" and "quake-hit"."""
    import re

    from giftextract.constructions.pattern import required_words, word_class_regex

    word = re.compile(word_class_regex(["restive", "*-hit"]))
    assert word.fullmatch("tsunami-hit") and word.fullmatch("restive")
    assert not word.fullmatch("-hit") and not word.fullmatch("hit") and not word.fullmatch("tsunami-hits")
    # such a class has no word list a clause must hold: the prefilter asks only for "in"
    assert required_words("NOUN in @epithet HOST=party", {"epithet": ["*-hit"]}) == (frozenset({"in"}),)


def test_the_readme_construction_table_is_generated_from_the_data():
    import pathlib

    from giftextract.constructions.markdown import tables_markdown

    readme = (pathlib.Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    start, end = "<!-- constructions:start -->\n", "<!-- constructions:end -->"
    block = readme[readme.index(start) + len(start):readme.index(end)]
    assert block == tables_markdown(TABLES), "run: giftextract rules, and paste it into README.md"


def test_the_cli_rules_command_prints_the_same_table(capsys):
    from giftextract.cli import main
    from giftextract.constructions.markdown import tables_markdown

    assert main(["rules"]) == 0
    assert capsys.readouterr().out == tables_markdown(TABLES)


def test_the_cli_explain_command_names_the_rows(capsys):
    from giftextract.cli import main

    assert main(["explain", "Jordan bestowed two Arabian oryx upon Oman."]) == 0
    out = capsys.readouterr().out
    assert "upon-dative" in out and "RECIPIENT='Oman'" in out


def test_explain_says_why_nothing_came_back():
    out = Extractor().explain("The weather in Oslo was mild.")
    assert "no sentence holds a trigger word" in out
    with pytest.raises(TypeError, match="str"):
        Extractor().explain(b"bytes")


def test_extractor_reads_many_documents_in_order_and_refuses_other_shapes():
    docs = [("a", "Jordan bestowed two Arabian oryx upon Oman."), "Japan gave Finland two Akita dogs."]
    out = list(Extractor().extract_many(docs))
    assert [e.doc_id for e in out] == ["a", None]
    assert [g.giver.country for e in out for g in e.gift_transfers] == ["JO", "JP"]
    with pytest.raises(TypeError, match="a document is"):
        list(Extractor().extract_many([42]))


def _all_keys_and_words():
    from giftextract.frames.tables import DEFAULT_TABLES

    keys, words = set(), set()
    for table in DEFAULT_TABLES.values():
        for row in table.rows:
            keys |= row.keys
            for ws in row.requires:
                words |= ws
    return sorted(keys), sorted(words)


_KEYS, _WORDS = _all_keys_and_words()


@given(st.lists(st.sampled_from(_KEYS + ["nothing", "theme"]), max_size=4),
       st.lists(st.sampled_from(_WORDS + ["the", "of"]), max_size=12))
def test_applicable_rows_by_the_key_index_are_those_of_the_scan(keys, words):
    # applicable_rows looks rows up by trigger key: the rows, in order, that testing every row found
    from giftextract.constructions.engine import _row_applies, _trigger_keys, applicable_rows
    from giftextract.frames.tables import DEFAULT_TABLES
    from giftextract.mentions.units import Sequence, Unit

    units = [Unit("V", i, i + 1, k, (k,)) for i, k in enumerate(keys)] + \
        [Unit("W", 100 + i, 101 + i, w) for i, w in enumerate(words)]
    seq = Sequence(units, "")
    for table in DEFAULT_TABLES.values():
        expected = [row for row in table.rows if _trigger_keys(seq) and
                    _row_applies(row, _trigger_keys(seq), {u.key for u in units})]
        assert applicable_rows(table, seq) == expected


def test_an_ampersand_passes_over_the_parties_coordinated_after_a_slot(tmp_path):
    """"&": the slot's coordinated parties ("from Bulgaria, Canada and Georgia") stand between
    it and the rest of the pattern; the prefilter asks no word for it."""
    from giftextract.constructions.pattern import required_words

    assert required_words("NOUN from SENDER=party & were in HOST=party", {}) == (
        frozenset({"from"}), frozenset({"were"}), frozenset({"in"}))
    text = "Soldiers from Bulgaria, Canada and Georgia were in Mongolia."

    def hosted(pattern):
        row = {"event": "deployment", "rows": [{
            "name": "from-list-in-host", "triggers": ["kind:personnel"], "voice": "any", "priority": 99,
            "pattern": pattern, "examples": [], "near_misses": []}]}
        (tmp_path / "rows.json").write_text(json.dumps(row), "utf-8")
        return "from-list-in-host (priority 99): SENDER='Bulgaria', HOST='Mongolia'" in Extractor(Rules.load(tmp_path)).explain(text)

    assert hosted("NOUN from SENDER=party & were in HOST=party")
    assert not hosted("NOUN from SENDER=party were in HOST=party")
