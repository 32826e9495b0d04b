"""Users add their own lexicon entries through GIFTEXTRACT_LEXICON_DIR, read once at import."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def run_python(code: str, lexicon_dir=None, files: dict | None = None) -> str:
    """stdout of ``python -c code`` in a fresh interpreter, with ``files`` (name -> JSON
    data) written to ``lexicon_dir`` and GIFTEXTRACT_LEXICON_DIR pointing there."""
    env = dict(os.environ)
    env.pop("GIFTEXTRACT_LEXICON_DIR", None)
    if lexicon_dir is not None:
        for name, data in (files or {}).items():
            (lexicon_dir / name).write_text(json.dumps(data))
        env["GIFTEXTRACT_LEXICON_DIR"] = str(lexicon_dir)
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout


def test_user_species_and_people_are_used(tmp_path):
    files = {"species.json": {"quokka": {"class": "mammal", "sci": "Setonix brachyurus"}},
             "people.json": {"Jane Exampleton": {"country": "NZ", "title": "Prime Minister",
                                                 "surfaces": ["Jane Exampleton"]}}}
    code = ("import giftextract; g = giftextract.extract('Jane Exampleton gifted three quokkas to Japan.')"
            ".gift_transfers[0]; print(g.giver.country, g.items[0].species, g.items[0].count.value)")
    assert run_python(code, tmp_path, files).split() == ["NZ", "quokka", "3.0"]
    # without the folder, neither the person nor the species is known
    code = "import giftextract; print(len(giftextract.extract('Jane Exampleton gifted three quokkas to Japan.').gift_transfers))"
    assert run_python(code).strip() == "0"


def test_capitalised_place_name_is_not_a_species(tmp_path):
    # "Akita" is a dog breed and a Japanese prefecture: once the prefecture is a known place,
    # the capitalised name alone is the place, while "Akita dogs" are still dogs.
    files = {"places.json": {"Akita Prefecture": {"kind": "region", "country": "JP", "surfaces": ["Akita"]}}}
    code = ("from giftextract.lexicon.species import find_species as f;"
            "print([m.species for m in f('flown on to Akita')], [m.species for m in f('two Akita dogs')],"
            " [m.species for m in f('an akita puppy')])")
    assert run_python(code, tmp_path, files).strip() == "[] ['akita dog'] ['akita dog']"


def test_a_user_surface_that_does_not_start_with_a_word_is_still_spotted(tmp_path):
    # entity patterns are tried only at anchors keyed by a surface's first word; a surface
    # with none (here an opening apostrophe) makes its kind tried at every anchor instead
    files = {"people.json": {"'Abd al-Example": {"country": "JO", "title": "Minister", "surfaces": ["'Abd al-Example"]}},
             "places.json": {"(New) Example Zoo": {"kind": "zoo", "country": "JO", "surfaces": ["(New) Example Zoo"]}}}
    code = ("from giftextract.lexicon import entities as E; "
            "print(sorted(E._EVERYWHERE_KINDS)); "
            "print([(e.text, e.country) for e in E.find_entities(\"Later the 'Abd al-Example spoke.\")])")
    kinds, found = run_python(code, tmp_path, files).splitlines()
    assert kinds == "['person', 'place']"
    assert found == "[(\"the 'Abd al-Example\", 'JO')]"
