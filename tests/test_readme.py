"""The README's Python examples run and type-check as written.

Every fenced ``python`` block of README.md is run, in order and in one namespace (as a reader
would paste them), in a folder holding what they name: ``text``, ``text_a``, ``text_b`` are
seed articles, ``my_docs/`` the seeds with their gold, ``my_rules/`` the README's own example
table. The same blocks, with that preamble, are checked by mypy, so optional fields must be
handled as the models declare them.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")
BLOCKS = re.findall(r"^```python\n(.*?)^```", README, flags=re.S | re.M)
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

PREAMBLE = f'''from pathlib import Path
text: str = Path({str(SEEDS[0])!r}).read_text("utf-8")
text_a: str = Path({str(SEEDS[1])!r}).read_text("utf-8")
text_b: str = Path({str(SEEDS[2])!r}).read_text("utf-8")
'''


def _rules_table() -> str:
    (table,) = [b for b in re.findall(r"^```json\n(.*?)^```", README, flags=re.S | re.M) if '"rows"' in b]
    return table


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    here = tmp_path_factory.mktemp("readme")
    (here / "my_docs" / "gold").mkdir(parents=True)
    for seed in SEEDS:
        shutil.copy(seed, here / "my_docs" / seed.name)
        shutil.copy(ROOT / "seeds" / "gold" / f"{seed.stem}.json", here / "my_docs" / "gold" / f"{seed.stem}.json")
    (here / "my_rules").mkdir()
    (here / "my_rules" / "entrust.json").write_text(_rules_table(), encoding="utf-8")
    json.loads(_rules_table())  # the README's table is valid JSON
    (here / "readme_examples.py").write_text(PREAMBLE + "\n".join(BLOCKS), encoding="utf-8")
    return here


def test_the_readme_has_python_examples():
    assert len(BLOCKS) >= 3
    assert any("reconcile" in b for b in BLOCKS) and any("evaluate" in b for b in BLOCKS)


def test_readme_python_blocks_run(workdir):
    result = subprocess.run([sys.executable, "readme_examples.py"], cwd=workdir, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "P=" in result.stdout and "deployment-KP-RU-1" in result.stdout


def test_readme_python_blocks_type_check(workdir):
    pytest.importorskip("mypy", reason="mypy is in the test extra: pip install -e '.[test]'")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict-optional", "--no-error-summary", "--follow-imports=silent",
         "--cache-dir", str(ROOT / ".mypy_cache"), "readme_examples.py"],
        cwd=workdir, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-1000:]
