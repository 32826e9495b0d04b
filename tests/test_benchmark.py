"""benchmarks/run.py: its JSON carries every figure and its accuracy agrees with evaluate().

Speed is never asserted; --compare is exercised on stored figures (--from-json) only.
"""

from __future__ import annotations

import json
import pathlib
import re
import subprocess
import sys

import pytest

import giftextract

ROOT = pathlib.Path(__file__).resolve().parent.parent
RUN = ROOT / "benchmarks" / "run.py"
SHARED_SCORER = ROOT.parent / "shared" / "tools" / "score_seeds.py"


def bench(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(RUN), *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory) -> tuple[pathlib.Path, dict, str]:
    out = tmp_path_factory.mktemp("bench") / "quick.json"
    proc = bench("--quick", "--json", str(out))
    assert proc.returncode == 0, proc.stderr
    return out, json.loads(out.read_text("utf-8")), proc.stdout


def test_json_has_every_figure(quick_run):
    _, data, _ = quick_run
    for key in ("accuracy", "throughput", "size_scaling", "baselines", "import_ms",
                "git_commit", "python", "platform", "timestamp"):
        assert key in data
    assert set(data["accuracy"]) >= {"precision", "recall", "f1", "tp", "fp", "fn"}
    for corpus in ("seeds", "scaled"):
        assert set(data["throughput"][corpus]) >= {"docs_per_s", "mb_per_s", "ratio_vs_floor"}
    assert data["throughput"]["scaled"]["mb"] >= 0.3
    assert "ratio_largest_to_100kB" in data["size_scaling"] and "peak_rss_mb" in data["size_scaling"]
    assert "100kB" in data["size_scaling"]["documents"]
    mem = data["size_scaling"]["memory"]  # measured in a fresh interpreter, and broken down
    assert mem["peak_rss_mb"] == data["size_scaling"]["peak_rss_mb"]
    assert mem["input_utf8_mb"] >= 0.3 and mem["records"] >= 1
    assert 0 < mem["rss_after_import_mb"] <= mem["peak_rss_mb"]  # a high-water mark: import may set it
    assert 0 < mem["result_mb"] < mem["peak_rss_mb"]
    assert "10000kB" not in data["size_scaling"]["documents"]  # --quick skips the 10 MB document
    assert data["baselines"]["quantulum3"]["docs"] == 1
    assert "ratio" in data["baselines"]["quantulum3"]


def test_accuracy_equals_evaluate(quick_run):
    _, data, stdout = quick_run
    score = giftextract.evaluate(ROOT / "seeds", ROOT / "seeds" / "gold")
    acc = data["accuracy"]
    assert (acc["tp"], acc["fp"], acc["fn"]) == (score.tp, score.fp, score.fn)
    assert acc["precision"] == pytest.approx(score.precision)
    assert acc["recall"] == pytest.approx(score.recall)
    assert acc["f1"] == pytest.approx(score.f1)
    assert score.summary() in stdout


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="shared scorer not present")
def test_accuracy_equals_shared_scorer(quick_run):
    _, data, stdout = quick_run
    proc = subprocess.run([sys.executable, str(SHARED_SCORER), "seeds", "seeds/gold"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    line = proc.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"P=\S+ R=\S+ F1=\S+ \(tp=\d+ fp=\d+ fn=\d+\)", line)
    assert line in stdout
    acc = data["accuracy"]
    assert line == (f"P={acc['precision']:.3f} R={acc['recall']:.3f} F1={acc['f1']:.3f} "
                    f"(tp={acc['tp']} fp={acc['fp']} fn={acc['fn']})")


def test_compare_against_itself_passes(quick_run):
    path, _, _ = quick_run
    proc = bench("--from-json", str(path), "--compare", str(path))
    assert proc.returncode == 0, proc.stderr
    assert "accuracy.f1" in proc.stdout


def test_compare_fails_when_f1_fell(quick_run, tmp_path):
    path, data, _ = quick_run
    better = json.loads(json.dumps(data))
    better["accuracy"]["f1"] = data["accuracy"]["f1"] + 0.01
    earlier = tmp_path / "earlier.json"
    earlier.write_text(json.dumps(better), "utf-8")
    proc = bench("--from-json", str(path), "--compare", str(earlier))
    assert proc.returncode == 1
    assert "F1 fell" in proc.stderr


def test_compare_fails_when_throughput_fell(quick_run, tmp_path):
    path, data, _ = quick_run
    faster = json.loads(json.dumps(data))
    faster["throughput"]["scaled"]["mb_per_s"] = data["throughput"]["scaled"]["mb_per_s"] * 2
    earlier = tmp_path / "earlier.json"
    earlier.write_text(json.dumps(faster), "utf-8")
    proc = bench("--from-json", str(path), "--compare", str(earlier))
    assert proc.returncode == 1
    assert "throughput fell" in proc.stderr


def test_min_f1(quick_run):
    path, data, _ = quick_run
    assert bench("--from-json", str(path), "--min-f1", str(data["accuracy"]["f1"])).returncode == 0
    assert bench("--from-json", str(path), "--min-f1", "1.01").returncode == 1


def test_deep_size_counts_what_a_result_holds():
    sys.path.insert(0, str(RUN.parent))
    try:
        import run
    finally:
        sys.path.remove(str(RUN.parent))
    small = giftextract.extract("Putin gifted two lions to North Korea.")
    big = giftextract.extract("Putin gifted two lions to North Korea. " * 50)
    assert run.deep_size("x" * 1000) >= 1000
    assert run.deep_size([small, small]) == run.deep_size([small]) + 8  # one more list slot, no second copy
    # 50 evidence spans against one; the models' fields-set objects are shared per class
    # and equal span texts are one str (giftextract/_records.py), so they are counted once
    evidence = big.gift_transfers[0].evidence
    assert len(evidence) == 50 and all(e.text is evidence[0].text for e in evidence)
    per_span = run.deep_size(evidence[:2]) - run.deep_size(evidence[:1]) - 8  # what one more span adds
    assert per_span > 0
    assert run.deep_size(big) >= run.deep_size(small) + 49 * per_span


def test_all_cores_throughput_runs_extract_many():
    sys.path.insert(0, str(RUN.parent))
    try:
        import run
    finally:
        sys.path.remove(str(RUN.parent))
    texts = run.seed_texts()[:4]
    got = run.throughput_all_cores(texts, one_process_seconds=1.0, one_process_cpu=1.0)
    assert got["workers"] >= 1 and got["seconds"] > 0
    assert got["cpu_seconds"] > 0 and got["cpu_efficiency"] == pytest.approx(1.0 / got["cpu_seconds"])
    assert got["mb_per_s"] == pytest.approx(run.nbytes(texts) / run.MB / got["seconds"])
    assert got["speedup_vs_one_process"] == pytest.approx(1.0 / got["seconds"])


def test_score_real_refuses_a_missing_or_empty_cache(tmp_path, capsys):
    import importlib.util
    import pathlib

    path = pathlib.Path(__file__).resolve().parents[1] / "benchmarks" / "score_real.py"
    spec = importlib.util.spec_from_file_location("score_real", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main([str(tmp_path / "nope")]) == 2
    assert "not a folder" in capsys.readouterr().err
    assert module.main([str(tmp_path)]) == 2  # no report of the manifest fetched: no score, not zeros
    err = capsys.readouterr().err
    assert "missing r01_" in err and "no report of the manifest is in the cache" in err


def test_readme_performance_table_is_the_committed_baseline():
    """The README's table is ``run.py --from-json benchmarks/baseline.json --table``: every
    figure it shows comes from the one committed run."""
    out = bench("--from-json", str(RUN.parent / "baseline.json"), "--table")
    assert out.returncode == 0, out.stderr
    readme = (RUN.parent.parent / "README.md").read_text("utf-8")
    assert out.stdout.strip() and out.stdout in readme
