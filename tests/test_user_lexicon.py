"""Users add their own lexicon entries through GIFTEXTRACT_LEXICON_DIR, read once at import."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def test_user_species_and_people_are_used(tmp_path):
    (tmp_path / "species.json").write_text(json.dumps({"quokka": {"class": "mammal", "sci": "Setonix brachyurus"}}))
    (tmp_path / "people.json").write_text(json.dumps(
        {"Jane Exampleton": {"country": "NZ", "title": "Prime Minister", "surfaces": ["Jane Exampleton"]}}))
    code = ("import giftextract; g = giftextract.extract('Jane Exampleton gifted three quokkas to Japan.')"
            ".gift_transfers[0]; print(g.giver.country, g.items[0].species, g.items[0].count.value)")
    env = {**os.environ, "GIFTEXTRACT_LEXICON_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["NZ", "quokka", "3.0"]
    # without the folder, neither the person nor the species is known
    env.pop("GIFTEXTRACT_LEXICON_DIR")
    code = "import giftextract; print(len(giftextract.extract('Jane Exampleton gifted three quokkas to Japan.').gift_transfers))"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_a_user_surface_that_does_not_start_with_a_word_is_still_spotted(tmp_path):
    # entity patterns are tried only at anchors keyed by a surface's first word; a surface
    # with none (here an opening apostrophe) makes its kind tried at every anchor instead
    (tmp_path / "people.json").write_text(json.dumps(
        {"'Abd al-Example": {"country": "JO", "title": "Minister", "surfaces": ["'Abd al-Example"]}}))
    (tmp_path / "places.json").write_text(json.dumps(
        {"(New) Example Zoo": {"kind": "zoo", "country": "JO", "surfaces": ["(New) Example Zoo"]}}))
    code = ("from giftextract.lexicon import entities as E; "
            "print(sorted(E._EVERYWHERE_KINDS)); "
            "print([(e.text, e.country) for e in E.find_entities(\"Later the 'Abd al-Example spoke.\")])")
    env = {**os.environ, "GIFTEXTRACT_LEXICON_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    kinds, found = out.stdout.splitlines()
    assert kinds == "['person', 'place']"
    assert found == "[(\"the 'Abd al-Example\", 'JO')]"
