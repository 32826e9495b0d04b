"""Layer order is a contract: data flows one way, text -> lexicon -> quantity -> frames -> merge.

A module may import only from its own layer or the layers below it.
"""

from __future__ import annotations

import ast
import pathlib

PKG = pathlib.Path(__file__).resolve().parents[1] / "src" / "giftextract"
ORDER = ["text", "lexicon", "quantity", "mentions", "constructions", "frames", "coref", "merge"]


def _imports(path: pathlib.Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("giftextract."):
            out.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            out |= {a.name.split(".")[1] for a in node.names if a.name.startswith("giftextract.")}
    return out


def test_layers_import_only_downwards():
    bad = []
    for layer_index, layer in enumerate(ORDER):
        for path in (PKG / layer).glob("*.py"):
            for target in _imports(path):
                if target in ORDER and ORDER.index(target) > layer_index:
                    bad.append(f"{path.relative_to(PKG)} imports giftextract.{target}")
                if target in ("models", "_extract", "_records", "cli", "render", "evaluate"):
                    bad.append(f"{path.relative_to(PKG)} imports giftextract.{target} (above the layers)")
    assert bad == []


def test_no_module_over_400_lines():
    long = [str(p.relative_to(PKG)) for p in PKG.rglob("*.py") if len(p.read_text("utf-8").splitlines()) > 400]
    assert long == []
