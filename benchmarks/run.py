#!/usr/bin/env python3
"""Accuracy and speed benchmark for giftextract over the seed corpus.

    python benchmarks/run.py              # full run (about a minute or two)
    python benchmarks/run.py --quick      # a few seconds; what CI runs
    python benchmarks/run.py --json out.json --compare benchmarks/baseline.json

Accuracy is fact-level P/R/F1 from ``giftextract.evaluate`` (the same figures as
``../shared/tools/score_seeds.py``).  Speed is giftextract.extract throughput on the
seeds, on a corpus made by repeating them, and on single large documents, with
baselines timed in the same process over the same text and reported as ratios
(giftextract time / baseline time).  See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import pathlib
import platform
import re
import resource
import subprocess
import sys
import time
import warnings
from collections.abc import Callable

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = SEEDS / "gold"
MB = 1_000_000
TOKEN = re.compile(r"\w+|[^\w\s]")
MAX_THROUGHPUT_DROP = 0.20  # --compare fails when scaled-corpus MB/s falls by more than this


def best_of(fn: Callable[[], object], repeat: int) -> float:
    """Smallest wall time of ``repeat`` calls of ``fn``, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def nbytes(texts: list[str]) -> int:
    return sum(len(t.encode("utf-8")) for t in texts)


def seed_texts() -> list[str]:
    return [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def scaled_corpus(texts: list[str], size: int) -> list[str]:
    """The seed documents repeated, in order, until they total at least ``size`` bytes."""
    out: list[str] = []
    total = 0
    while total < size:
        for t in texts:
            out.append(t)
            total += len(t.encode("utf-8"))
            if total >= size:
                break
    return out


def big_document(texts: list[str], size: int) -> str:
    """One document of about ``size`` bytes: seed texts joined with blank lines."""
    parts = scaled_corpus([t.strip() for t in texts], size)
    return "\n\n".join(parts)[:size]


# --- accuracy -------------------------------------------------------------------------

def accuracy(verbose: bool) -> dict:
    import giftextract

    score = giftextract.evaluate(SEEDS, GOLD)
    if verbose:
        print("\n".join(score.details()))
    print(score.summary())
    return {"precision": score.precision, "recall": score.recall, "f1": score.f1,
            "tp": score.tp, "fp": score.fp, "fn": score.fn}


# --- speed ----------------------------------------------------------------------------

def run_extract(texts: list[str]) -> None:
    import giftextract

    for t in texts:
        giftextract.extract(t)


def run_floor(texts: list[str]) -> None:
    for t in texts:
        TOKEN.findall(t)


def best_cpu_of(fn: Callable[[], object], repeat: int) -> float:
    """Smallest CPU time (this process) of ``repeat`` calls of ``fn``, in seconds: on a machine
    shared with other jobs it moves far less than wall time."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def throughput(texts: list[str], repeat: int) -> dict:
    cpu = time.process_time()
    secs = best_of(lambda: run_extract(texts), repeat)
    cpu = (time.process_time() - cpu) / repeat
    floor = best_of(lambda: run_floor(texts), max(repeat, 3))
    floor_cpu = best_cpu_of(lambda: run_floor(texts), max(repeat, 3))
    size = nbytes(texts)
    return {"docs": len(texts), "mb": size / MB, "seconds": secs, "cpu_seconds": cpu, "docs_per_s": len(texts) / secs,
            "mb_per_s": size / MB / secs, "floor_seconds": floor, "ratio_vs_floor": secs / floor,
            "floor_cpu_seconds": floor_cpu, "cpu_ratio_vs_floor": cpu / floor_cpu}


def news_texts(size: int) -> list[str]:
    """The news stream of benchmarks/news_stream.py: off-topic wire copy, 2% on-topic."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from news_stream import news_stream
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return news_stream(size)


def cli_one_seed_seconds(repeat: int) -> float:
    """Best-of-``repeat`` wall time of a fresh ``giftextract extract seeds/<one>.txt``: what a
    user waits for one article (interpreter start, import, one extract, JSON out)."""
    script = pathlib.Path(sys.executable).with_name("giftextract")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "giftextract.cli"]
    seed = sorted(SEEDS.glob("*.txt"))[0]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    run = lambda: subprocess.run([*command, "extract", str(seed)], check=True, cwd=ROOT, env=env,  # noqa: E731
                                 stdout=subprocess.DEVNULL)
    run()  # bytecode written, as an installed package has it
    return best_of(run, repeat)


def throughput_all_cores(texts: list[str], one_process_seconds: float, one_process_cpu: float) -> dict:
    """extract_many over ``texts`` with one worker process per core, pool start-up and the
    pickling of every Extraction included: what a batch job on this machine gets. On a
    machine whose cores are busy with other work the wall-clock speedup says little, so the
    CPU time of the parent and its workers is compared with one process's too: on free cores
    the speedup is about ``workers * cpu_efficiency``."""
    import giftextract

    workers = os.cpu_count() or 1
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time()
    start = time.perf_counter()
    for _ in giftextract.extract_many(texts, workers=workers):
        pass
    secs = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time() - cpu + (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    return {"workers": workers, "seconds": secs, "mb_per_s": nbytes(texts) / MB / secs,
            "speedup_vs_one_process": one_process_seconds / secs, "cpu_seconds": cpu,
            "cpu_efficiency": one_process_cpu / cpu}


def size_scaling(texts: list[str], sizes: list[int], repeat: int) -> dict:
    """Seconds per MB of one extract() call on single documents of growing size."""
    out: dict = {"documents": {}}
    for size in sizes:
        doc = big_document(texts, size)
        secs = best_of(lambda: run_extract([doc]), repeat if size <= 200_000 else 1)
        out["documents"][f"{size // 1000}kB"] = {"bytes": len(doc.encode("utf-8")), "seconds": secs,
                                                  "s_per_mb": secs / (len(doc.encode("utf-8")) / MB)}
    per_mb = [d["s_per_mb"] for d in out["documents"].values()]
    out["ratio_largest_to_100kB"] = per_mb[-1] / per_mb[0]
    out["memory"] = memory_in_fresh_process(sizes[-1])
    out["peak_rss_mb"] = out["memory"]["peak_rss_mb"]
    return out


def memory_in_fresh_process(size: int) -> dict:
    """Peak RSS of one extract() on the ``size`` document in a fresh interpreter, and what
    it is made of: the interpreter with giftextract imported, the input string, the
    returned Extraction (deep size of its objects) and the rest (working memory)."""
    out = subprocess.run([sys.executable, __file__, "--memory-child", str(size)], check=True,
                         capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout)


def _memory_child(size: int) -> dict:
    import giftextract

    after_import = peak_rss_mb()
    doc = big_document(seed_texts(), size)
    result = giftextract.extract(doc)
    peak = peak_rss_mb()
    input_mb = sys.getsizeof(doc) / MB
    result_mb = deep_size(result) / MB
    return {"input_utf8_mb": len(doc.encode("utf-8")) / MB, "input_str_mb": input_mb,
            "rss_after_import_mb": after_import, "peak_rss_mb": peak, "result_mb": result_mb,
            "working_mb": max(0.0, peak - after_import - input_mb - result_mb),
            "records": len(result.gift_transfers) + len(result.deployments)}


def deep_size(obj: object) -> int:
    """Bytes held by ``obj`` and everything it reaches through models, lists, dicts and sets
    (each object counted once; classes and shared singletons are not reached)."""
    seen: set[int] = set()
    stack = [obj]
    total = 0
    while stack:
        o = stack.pop()
        if id(o) in seen or o is None or isinstance(o, (bool, type)):
            continue
        seen.add(id(o))
        total += sys.getsizeof(o)
        if isinstance(o, dict):
            stack.extend(o.keys())
            stack.extend(o.values())
        elif isinstance(o, (list, tuple, set, frozenset)):
            stack.extend(o)
        elif hasattr(o, "__dict__"):
            stack.append(o.__dict__)
            for slot in ("__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__"):
                stack.append(getattr(o, slot, None))
    return total


def peak_rss_mb() -> float:
    """This process's peak RSS.  On Linux from /proc (VmHWM): getrusage's ru_maxrss survives
    exec, so a child spawned by a large benchmark process would report the parent's peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024  # bytes on macOS, KiB elsewhere


def quantulum_baseline(texts: list[str]) -> dict:
    """quantulum3.parser.parse over ``texts`` once (it is slow), against extract() on the same texts."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse("It weighs 3 kg.")  # load its unit tables outside the timing
        q = best_of(lambda: [parser.parse(t) for t in texts], 1)
    g = best_of(lambda: run_extract(texts), 3)
    return {"docs": len(texts), "mb": nbytes(texts) / MB, "seconds": q, "giftextract_seconds": g, "ratio": g / q}


def spacy_baseline(texts: list[str]) -> dict | None:
    """spaCy blank('en') + Matcher (a number, then a noun-ish token), if spaCy is importable."""
    try:
        import spacy
        from spacy.matcher import Matcher
    except ImportError:
        return None
    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    matcher.add("COUNT_NOUN", [[{"LIKE_NUM": True}, {"IS_ALPHA": True, "IS_STOP": False}]])
    s = best_of(lambda: [matcher(nlp(t)) for t in texts], 3)
    g = best_of(lambda: run_extract(texts), 3)
    return {"seconds": s, "giftextract_seconds": g, "ratio": g / s}


def import_ms(repeat: int) -> float:
    """Best-of-``repeat`` wall time of importing giftextract in a fresh interpreter, minus bare
    startup, with bytecode cached as an installed package has it (one warm-up import writes
    it even where PYTHONDONTWRITEBYTECODE is set: otherwise every run recompiles the source)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def spawn(code: str) -> float:
        return best_of(lambda: subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=env), repeat)

    subprocess.run([sys.executable, "-c", "import giftextract"], check=True, cwd=ROOT, env=env)
    return max(0.0, spawn("import giftextract") - spawn("pass")) * 1000


def profile(texts: list[str], top: int = 10) -> None:
    import cProfile
    import pstats

    prof = cProfile.Profile()
    prof.runcall(run_extract, texts)
    pstats.Stats(prof).sort_stats("cumulative").print_stats(top)


LAYERS = ("text", "lexicon", "quantity", "mentions", "constructions", "frames", "coref", "merge")


def _layer_of(filename: str) -> str | None:
    path = filename.replace("\\", "/")
    if "/giftextract/" not in path:
        return "records (pydantic)" if "/pydantic" in path else None
    rest = path.split("/giftextract/", 1)[1]
    head = rest.split("/", 1)[0]
    if head in LAYERS:
        return head
    return "records (pydantic)" if head == "_records.py" else "pipeline"


def layer_shares(texts: list[str]) -> dict[str, float]:
    """Share of extract() time per layer, from one cProfile run: each function's own time
    goes to its file's layer; a C function's (a regex scan, str methods) to its callers'."""
    import cProfile
    import pstats

    prof = cProfile.Profile()
    prof.runcall(run_extract, texts)
    stats = pstats.Stats(prof).stats
    totals: dict[str, float] = {}
    for (filename, _line, _name), (_cc, _nc, tottime, _ct, callers) in stats.items():
        layer = _layer_of(filename)
        if layer is not None:
            totals[layer] = totals.get(layer, 0.0) + tottime
            continue
        for (caller_file, _l, _n), caller_stats in callers.items():  # built-ins: charge the caller
            caller_layer = _layer_of(caller_file)
            if caller_layer is not None:
                totals[caller_layer] = totals.get(caller_layer, 0.0) + caller_stats[2]
    whole = sum(totals.values()) or 1.0
    return {layer: round(t / whole, 3) for layer, t in sorted(totals.items(), key=lambda kv: -kv[1])}


# --- metadata, comparison -------------------------------------------------------------

def git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    return out.stdout.strip() or None


def flatten(d: dict, prefix: str = "") -> dict[str, float]:
    """Numeric leaves of a nested dict, keyed by dotted path."""
    out: dict[str, float] = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(flatten(v, key + "."))
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            out[key] = v
    return out


def compare(current: dict, earlier: dict) -> list[str]:
    """Print each figure's change; return the regressions that should fail the run."""
    now, then = flatten(current), flatten(earlier)
    print(f"\n== change against earlier run (commit {earlier.get('git_commit')}) ==")
    for key in sorted(now.keys() & then.keys()):
        a, b = then[key], now[key]
        pct = f"{(b - a) / a * 100:+.1f}%" if a else "n/a"
        print(f"  {key:<45} {a:>12.4g} -> {b:<12.4g} {pct}")
    failures = []
    f1_then, f1_now = then.get("accuracy.f1"), now.get("accuracy.f1")
    if f1_then is not None and f1_now is not None and f1_now < f1_then - 1e-12:
        failures.append(f"F1 fell: {f1_then:.4f} -> {f1_now:.4f}")
    mbs_then, mbs_now = then.get("throughput.scaled.mb_per_s"), now.get("throughput.scaled.mb_per_s")
    if mbs_then and mbs_now is not None and mbs_now < mbs_then * (1 - MAX_THROUGHPUT_DROP):
        failures.append(f"scaled-corpus throughput fell more than {MAX_THROUGHPUT_DROP:.0%}: "
                        f"{mbs_then:.3f} -> {mbs_now:.3f} MB/s")
    news_then, news_now = then.get("throughput.news.mb_per_s"), now.get("throughput.news.mb_per_s")
    if news_then and news_now is not None and news_now < news_then * (1 - MAX_THROUGHPUT_DROP):
        failures.append(f"news-stream throughput fell more than {MAX_THROUGHPUT_DROP:.0%}: "
                        f"{news_then:.3f} -> {news_now:.3f} MB/s")
    return failures


# --- the README's table ---------------------------------------------------------------

def _times(ratio: float) -> str:
    """giftextract time / baseline time, as a reader says it."""
    return f"{ratio:.1f}x slower" if ratio >= 1 else f"{1 / ratio:.1f}x faster"


def table(r: dict) -> str:
    """The README's Performance table: every figure of one run, ratios first."""
    t, b, size = r["throughput"], r["baselines"], r["size_scaling"]
    cores = t.get("scaled_all_cores", {})
    mem = r.get("attached", {}).get("memory", {}).get("ratio_largest_to_smallest", {})
    hostile = {row["input"]: row for row in r.get("attached", {}).get("hostile", {}).get("rows", [])}
    batch = r.get("attached", {}).get("memory", {}).get("batches", {})
    rows = [
        ("news stream (3 MB, 2% on topic) vs the floor, one `re.findall(r\"\\w+\\|[^\\w\\s]\")` pass",
         f"**{b['floor_news_ratio']:.1f}x** the floor"
         + (f" (CPU time: {t['news']['cpu_ratio_vs_floor']:.1f}x)" if "cpu_ratio_vs_floor" in t["news"] else ""),
         "within 3x"),
        ("on-topic text (seeds repeated to 3 MB) vs the floor", f"{b['floor_scaled_ratio']:.0f}x the floor", ""),
        ("on-topic text (5 seeds) vs spaCy `blank(\"en\")` + `Matcher`",
         _times(b["spacy"]["ratio"]) if b.get("spacy") else "not measured", "1.5x faster (goal 3x)"),
        ("on-topic text (5 seeds) vs `quantulum3.parser.parse`", _times(b["quantulum3"]["ratio"]), ""),
        (f"`extract_many` on {cores.get('workers', '?')} cores vs one process",
         f"{cores['speedup_vs_one_process']:.2f}x = {cores['speedup_per_worker']:.2f} N on busy cores; CPU "
         f"efficiency {cores['cpu_efficiency']:.2f}, so about {cores['cpu_efficiency']:.2f} N on free ones"
         if cores else "not measured",
         ">= 0.8 N"),
        ("time per byte, 10 MB document / 100 kB document", f"{size['ratio_largest_to_100kB']:.2f}", "within 1.3"),
    ]
    if "run_on_sentence" in hostile:
        h = hostile["run_on_sentence"]
        rows.append((f"time per byte, a {h['bytes'] / MB:.0f} MB one-sentence document / as much news",
                     f"{h['ratio']:.2f}", "within 3"))
    if mem:
        small, large = sorted(batch, key=int)[0], sorted(batch, key=int)[-1]
        rows.append((f"peak RSS, {int(large):,} / {int(small):,} documents (CLI on JSONL; CLI on a folder; "
                     "`extract_many`)", "; ".join(f"{v:.3f}" for v in mem.values()), "within 1.10"))
    rows += [
        ("peak RSS, 10 MB document in a fresh process",
         f"{size['peak_rss_mb']:.0f} MB ({size['memory']['records']:,} records)", "120 MB"),
        ("fresh `giftextract extract seeds/<one>.txt`, wall", f"{r['cli_one_seed_s']:.2f} s"
         if "cli_one_seed_s" in r else "not measured", "0.5 s"),
        ("`import giftextract` (bytecode cached)", f"{r['import_ms']:.0f} ms", ""),
        ("seed corpus P / R / F1", "{precision:.3f} / {recall:.3f} / {f1:.3f}".format(**r["accuracy"]), ""),
        ("throughput: news stream; seeds repeated; the same on all cores",
         f"{t['news']['mb_per_s']:.2f}; {t['scaled']['mb_per_s']:.2f}; "
         + (f"{cores['mb_per_s']:.2f} MB/s" if cores else "- MB/s"), ""),
    ]
    head = f"| figure | {str(r.get('git_commit') or '')[:7]} | target |\n|---|---|---|\n"
    return head + "".join(f"| {a} | {b_} | {c} |\n" for a, b_, c in rows)


# --- main -----------------------------------------------------------------------------

def measure(args: argparse.Namespace) -> dict:
    texts = seed_texts()
    results: dict = {"quick": args.quick, "accuracy": accuracy(args.verbose)}
    # accuracy() imported giftextract and ran it once: the timings below exclude import and warm-up
    scale = args.scale_mb if args.scale_mb is not None else (0.3 if args.quick else 3.0)
    seeds = throughput(texts, 5)
    scaled = throughput(scaled_corpus(texts, int(scale * MB)), 1)
    news = throughput(news_texts(int(scale * MB)), 1)
    results["throughput"] = {"seeds": seeds, "scaled": scaled, "news": news}
    print(f"\nthroughput  seeds : {seeds['docs']} docs, {seeds['mb']:.3f} MB: "
          f"{seeds['docs_per_s']:.1f} docs/s, {seeds['mb_per_s']:.3f} MB/s")
    print(f"throughput  scaled: {scaled['docs']} docs, {scaled['mb']:.2f} MB: "
          f"{scaled['docs_per_s']:.1f} docs/s, {scaled['mb_per_s']:.3f} MB/s")
    print(f"throughput  news  : {news['docs']} docs, {news['mb']:.2f} MB: "
          f"{news['docs_per_s']:.1f} docs/s, {news['mb_per_s']:.3f} MB/s")
    if not args.quick:  # a process pool's start-up would dominate the quick corpus
        cores = throughput_all_cores(scaled_corpus(texts, int(scale * MB)), scaled["seconds"], scaled["cpu_seconds"])
        cores["speedup_per_worker"] = cores["speedup_vs_one_process"] / cores["workers"]
        results["throughput"]["scaled_all_cores"] = cores
        print(f"throughput  scaled, extract_many with {cores['workers']} processes: {cores['mb_per_s']:.3f} MB/s, "
              f"{cores['speedup_vs_one_process']:.2f}x one process ({cores['speedup_per_worker']:.2f} N); CPU "
              f"efficiency {cores['cpu_efficiency']:.2f} (on free cores about {cores['cpu_efficiency']:.2f} N)")

    # --quick stops at 300 kB: a 1 MB document alone takes seconds at current speed
    sizes = [100_000, 300_000] if args.quick else [100_000, 1_000_000, 10_000_000]
    scaling = size_scaling(texts, sizes, repeat=1 if args.quick else 3)
    results["size_scaling"] = scaling
    print("\nsingle documents (seconds per MB):")
    for name, d in scaling["documents"].items():
        print(f"  {name:>8}: {d['seconds']:.2f} s, {d['s_per_mb']:.2f} s/MB")
    print(f"  time-per-byte ratio, largest / 100kB: {scaling['ratio_largest_to_100kB']:.2f}")
    mem = scaling["memory"]
    print(f"  peak RSS, {mem['input_utf8_mb']:.0f} MB document in a fresh process: {mem['peak_rss_mb']:.0f} MB = "
          f"interpreter and import {mem['rss_after_import_mb']:.0f} + input str {mem['input_str_mb']:.0f} + "
          f"returned Extraction {mem['result_mb']:.0f} ({mem['records']} records) + working {mem['working_mb']:.0f}")

    q_texts = texts[:1] if args.quick else texts
    quant = quantulum_baseline(q_texts)
    spacy = spacy_baseline(texts)
    results["baselines"] = {"floor_seeds_ratio": seeds["ratio_vs_floor"],
                            "floor_scaled_ratio": scaled["ratio_vs_floor"],
                            "floor_news_ratio": news["ratio_vs_floor"],
                            "quantulum3": quant, "spacy": spacy}
    print("\nbaselines (giftextract time / baseline time, same text, same process):")
    print(f"  floor re.findall tokenizer: x{news['ratio_vs_floor']:.1f} on the news stream "
          f"(x{news['cpu_ratio_vs_floor']:.1f} in CPU time), "
          f"x{scaled['ratio_vs_floor']:.0f} on the scaled corpus, x{seeds['ratio_vs_floor']:.0f} on the seeds")
    print(f"  quantulum3.parser.parse   : x{quant['ratio']:.3f} over {quant['docs']} seed doc(s) only, "
          f"run once ({quant['seconds']:.2f} s)")
    print("  spaCy blank+Matcher       : " + ("skipped (spaCy not installed)" if spacy is None
                                              else f"x{spacy['ratio']:.2f} on the seeds"))

    shares = layer_shares(scaled_corpus(texts, int(min(scale, 0.5) * MB)))
    results["layer_shares"] = shares
    print("\nshare of extract() time by layer (cProfile, own time; C calls charged to their caller):")
    print("  " + ", ".join(f"{layer} {share:.0%}" for layer, share in shares.items()))

    tries = 3 if args.quick else 5
    results["import_ms"] = import_ms(tries)
    print(f"\nimport giftextract: {results['import_ms']:.0f} ms (fresh interpreter, best of {tries}, minus startup)")
    results["cli_one_seed_s"] = cli_one_seed_seconds(tries)
    print(f"giftextract extract seeds/<one>.txt, fresh process: {results['cli_one_seed_s']:.2f} s wall (best of {tries})")
    if args.profile:
        profile(scaled_corpus(texts, int(scale * MB)))
    results.update(git_commit=git_commit(), python=platform.python_version(), platform=platform.platform(),
                   timestamp=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="a few seconds: 0.3 MB corpus, no 10 MB document")
    ap.add_argument("--scale-mb", type=float, default=None, help="size of the repeated corpus (default 3, 0.3 quick)")
    ap.add_argument("--verbose", action="store_true", help="per-document extras and misses")
    ap.add_argument("--json", metavar="FILE", help="write every figure to FILE")
    ap.add_argument("--compare", metavar="FILE", help="compare with an earlier --json; exit 1 on regression")
    ap.add_argument("--from-json", metavar="FILE",
                    help="take the current figures from an earlier --json instead of measuring (for --compare)")
    ap.add_argument("--min-f1", type=float, default=None, help="exit 1 when F1 is below this")
    ap.add_argument("--profile", action="store_true", help="cProfile extract() over the scaled corpus, top 10")
    ap.add_argument("--attach", action="append", default=[], metavar="NAME=FILE",
                    help="include another script's --json (hostile.py, memory.py) under attached.NAME")
    ap.add_argument("--table", action="store_true", help="print the README's Performance table of the figures")
    ap.add_argument("--memory-child", type=int, metavar="BYTES", help=argparse.SUPPRESS)  # see memory_in_fresh_process
    args = ap.parse_args(argv)
    if args.memory_child:
        print(json.dumps(_memory_child(args.memory_child)))
        return 0

    if args.from_json:
        results = json.loads(pathlib.Path(args.from_json).read_text("utf-8"))
    else:
        results = measure(args)
    for item in args.attach:
        name, _, path = item.partition("=")
        results.setdefault("attached", {})[name] = json.loads(pathlib.Path(path).read_text("utf-8"))
    if args.table:
        print(table(results), end="")
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(results, indent=2) + "\n", "utf-8")

    failures = []
    if args.compare:
        failures += compare(results, json.loads(pathlib.Path(args.compare).read_text("utf-8")))
    f1 = results["accuracy"]["f1"]
    if args.min_f1 is not None and f1 < args.min_f1:
        failures.append(f"F1 {f1:.3f} is below --min-f1 {args.min_f1}")
    for f in failures:
        print("FAIL:", f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
