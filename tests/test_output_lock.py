"""benchmarks/output_lock.py, the guard of speed work: a dump checks clean against itself and
a changed output is named."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
LOCK = ROOT / "benchmarks" / "output_lock.py"


def test_output_lock_passes_on_itself_and_names_a_change(tmp_path):
    dump = tmp_path / "before.json"
    subprocess.run([sys.executable, str(LOCK), "--dump", str(dump)], check=True, cwd=ROOT, capture_output=True)
    outputs = json.loads(dump.read_text("utf-8"))
    assert any(k.startswith("seeds/") for k in outputs) and any(k.startswith("devset/blind/") for k in outputs)
    assert subprocess.run([sys.executable, str(LOCK), "--check", str(dump)], cwd=ROOT,
                          capture_output=True).returncode == 0
    name = sorted(k for k in outputs if k.startswith("seeds/"))[0]
    outputs[name] = outputs[name].replace('"confidence":0.', '"confidence":1.', 1)
    dump.write_text(json.dumps(outputs), "utf-8")
    changed = subprocess.run([sys.executable, str(LOCK), "--check", str(dump)], cwd=ROOT, capture_output=True, text=True)
    assert changed.returncode == 1 and f"CHANGED: {name}" in changed.stderr
