"""Layer 4: data/open_items.json, read once for every module of the layer that reads it
(items.py, sentence.py, nominals.py; constructions/pattern.py through items.py)."""

from __future__ import annotations

import json
from giftextract.text.fold import fold_marks
from importlib import resources

OPEN_ITEMS_TABLE = json.loads(fold_marks(resources.files("giftextract.mentions").joinpath("data", "open_items.json").read_text("utf-8")))
