"""A real front-end client in CI: TypeScript types generated from schemas/ with
json-schema-to-typescript, a small consumer (tests/frontend/consumer.ts) type-checked with
``tsc --strict`` and run on the CLI's real output for seeds/, its figures compared with Python's.

Needs node and npm (the npm registry for the first ``npm ci``); skipped with the reason when
either is missing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FRONTEND = ROOT / "tests" / "frontend"
NODE, NPM = shutil.which("node"), shutil.which("npm")

pytestmark = pytest.mark.skipif(
    NODE is None or NPM is None,
    reason="node and npm are needed for the TypeScript client check (tests/frontend); install Node.js 18+",
)


def sh(*args: str, cwd: Path = FRONTEND) -> subprocess.CompletedProcess:
    result = subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{' '.join(args)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def built() -> Path:
    """node_modules from package-lock.json, types from schemas/, the consumer compiled with tsc --strict."""
    installed = FRONTEND / "node_modules" / ".package-lock.json"
    lock = FRONTEND / "package-lock.json"
    if not installed.exists() or installed.stat().st_mtime < lock.stat().st_mtime:
        sh(NPM, "ci", "--no-audit", "--no-fund")
    shutil.rmtree(FRONTEND / "generated", ignore_errors=True)
    shutil.rmtree(FRONTEND / "build", ignore_errors=True)
    sh(NODE, "generate-types.mjs", str(ROOT / "schemas"), "generated")
    sh(NODE, "node_modules/typescript/bin/tsc", "-p", "tsconfig.json")
    return FRONTEND / "build" / "consumer.js"


def cli_json(tmp_path: Path, command: str) -> Path:
    out = tmp_path / f"{command}.json"
    result = subprocess.run([sys.executable, "-m", "giftextract.cli", command, str(ROOT / "seeds"), "--format", "json"],
                            capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr
    out.write_bytes(result.stdout)
    return out


def test_generated_types_cover_every_schema(built):
    generated = sorted(p.name for p in (FRONTEND / "generated").glob("*.ts"))
    assert generated == sorted(p.name.replace(".schema.json", ".ts") for p in (ROOT / "schemas").glob("*.schema.json"))
    text = (FRONTEND / "generated" / "reconciliation.ts").read_text("utf-8")
    assert "export type Reconciliation = EventCluster[];" in text
    assert "export interface QuantityValue" in text


def test_the_consumer_reads_real_output_and_its_numbers_agree_with_python(built, tmp_path):
    extract_json, reconcile_json = cli_json(tmp_path, "extract"), cli_json(tmp_path, "reconcile")
    run = subprocess.run([NODE, str(built), str(extract_json), str(reconcile_json)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout)

    extractions, clusters = json.loads(extract_json.read_text("utf-8")), json.loads(reconcile_json.read_text("utf-8"))
    gifts = [g for e in extractions for g in e["gift_transfers"]]
    figures = {}
    for c in clusters:
        for f in c["fields"]:
            q = (f.get("consensus") or {}).get("quantity")
            if q and (q["value"] if q["value"] is not None else q["low"]) is not None:
                figures[f"{c['cluster_id']}/{f['field']}/{f['key'] or ''}"] = q["value"] if q["value"] is not None else q["low"]
    assert seen == {
        "documents": len(extractions),
        "gift_transfers": len(gifts),
        "deployments": sum(len(e["deployments"]) for e in extractions),
        "animals_counted": sum((i["count"] or {}).get("value") or 0 for g in gifts for i in g["items"]),
        "largest_deployment": max([0] + [(d["personnel"] or {}).get("value") or 0
                                         for e in extractions for d in e["deployments"]]),
        "clusters": len(clusters),
        "conflicts": sum(len(c["conflicts"]) for c in clusters),
        "consensus_figures": figures,
    }
    assert seen["animals_counted"] > 0 and seen["consensus_figures"]["gift-RU-KP-1/total/"] == 70


def test_strict_types_refuse_a_count_used_as_text(built):
    # Not vacuous: the generated types are precise enough that treating a count as a string fails.
    misuse = FRONTEND / "generated" / "_misuse.ts"
    misuse.write_text(
        'import type { Reconciliation } from "./reconciliation.js";\n'
        "declare const clusters: Reconciliation;\n"
        "const first = clusters[0]?.fields?.[0]?.consensus?.quantity;\n"
        "export const shown: string = first ? first.value : '';\n", encoding="utf-8")
    try:
        result = subprocess.run([NODE, "node_modules/typescript/bin/tsc", "--strict", "--noEmit", "--module", "nodenext",
                                 "--moduleResolution", "nodenext", str(misuse)], cwd=FRONTEND,
                                capture_output=True, text=True, timeout=300)
    finally:
        misuse.unlink()
    assert result.returncode != 0 and "not assignable to type 'string'" in result.stdout
