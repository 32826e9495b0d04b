"""Fact-level precision, recall and F1 against gold files (format: ``seeds/GOLD.md``).

Each document becomes a set of facts keyed by the pair of countries (item, total,
origin, destination, mode, dcount, dstatus, dlocation).  Predicted facts are
de-duplicated and matched one-to-one against gold facts; optional gold facts neither
reward nor punish; a prediction that repeats an already-matched (or optional) gold
fact is a harmless duplicate.
"""

from __future__ import annotations

import json
import pathlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

Fact = tuple
PathLike = str | pathlib.Path


def _norm(s: Any) -> str | None:
    if s is None:
        return None
    s = " ".join(str(s).lower().replace("\u2019", "'").split())
    return s[4:] if s.startswith("the ") else s


def _get(d: Any, *path: str) -> Any:
    for p in path:
        if d is None:
            return None
        d = d.get(p) if isinstance(d, dict) else getattr(d, p, None)
    return d


def predicted_facts(extraction: Any) -> set[Fact]:
    """The scorable facts of one extraction (an ``Extraction`` or its JSON dict)."""
    ex = extraction.model_dump(mode="json") if hasattr(extraction, "model_dump") else extraction
    facts: set[Fact] = set()
    for g in ex.get("gift_transfers") or []:
        key = (_get(g, "giver", "country"), _get(g, "recipient", "country"))
        for it in g.get("items") or []:
            facts.add(("item", *key, _norm(it.get("species")), _get(it, "count", "value")))
        if g.get("total"):
            facts.add(("total", *key, _get(g, "total", "value"), _get(g, "total", "qualifier")))
        for place in ("origin", "destination"):
            if g.get(place):
                facts.add((place, *key, _norm(_get(g, place, "name"))))
        if _get(g, "transport", "mode"):
            facts.add(("mode", *key, _get(g, "transport", "mode")))
    for d in ex.get("deployments") or []:
        key = (_get(d, "sender", "country"), _get(d, "host", "country"))
        if d.get("personnel"):
            value = _get(d, "personnel", "value")
            facts.add(("dcount", *key, value, _get(d, "personnel", "qualifier")))
            facts.add(("dstatus", *key, value, d.get("status")))
        if d.get("location"):
            facts.add(("dlocation", *key, _norm(_get(d, "location", "name"))))
    return facts


def _same_number(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return abs(float(a) - float(b)) < 1e-9
    except (TypeError, ValueError):
        return False


@dataclass(frozen=True)
class GoldFact:
    kind: str
    key: tuple[str | None, str | None]
    matches: Callable[[Fact], bool] = field(compare=False)
    optional: bool
    signature: str


def _place_matcher(aliases: list[str], contained: bool) -> Callable[[Fact], bool]:
    def match(f: Fact) -> bool:
        return f[3] is not None and any(a == f[3] or a in f[3] for a in aliases) if contained else \
            f[3] is not None and any(a in f[3] for a in aliases)
    return match


def _species_match(predicted: str | None, aliases: list[str]) -> bool:
    """GOLD.md: an alias equals the predicted name or stands in it as whole words ("akita" in
    "akita dog", "limousine" in "luxury limousine")."""
    if predicted is None:
        return False
    padded = f" {predicted} "
    return any(a == predicted or f" {a} " in padded for a in aliases)


def gold_facts(gold: Mapping[str, Any]) -> list[GoldFact]:
    """The facts of one gold document; a fact stated by two gold events counts once."""
    out: list[GoldFact] = []
    for g in gold.get("gifts", []):
        key = (g["giver_country"], g["recipient_country"])
        all_optional = g.get("optional", False)
        opt = set(g.get("optional_fields", []))
        for it in g.get("items", []):
            sp, c = it["species"], it["count"]
            out.append(GoldFact("item", key, lambda f, sp=sp, c=c: _species_match(f[3], sp) and _same_number(f[4], c),
                                all_optional or it.get("optional", False) or "items" in opt, repr((sp, c))))
        if g.get("total"):
            t = g["total"]
            out.append(GoldFact("total", key, lambda f, t=t: _same_number(f[3], t["value"]) and f[4] in t["qualifier"],
                                all_optional or "total" in opt, repr(t)))
        for place in ("origin", "destination"):
            if g.get(place):
                out.append(GoldFact(place, key, _place_matcher(g[place], True), all_optional or place in opt,
                                    repr(g[place])))
        if g.get("transport_mode"):
            mode = g["transport_mode"]
            out.append(GoldFact("mode", key, lambda f, m=mode: f[3] == m, all_optional or "transport_mode" in opt, mode))
    for d in gold.get("deployments", []):
        key = (d["sender_country"], d["host_country"])
        all_optional = d.get("optional", False)
        opt = set(d.get("optional_fields", []))
        if d.get("count"):
            c = d["count"]
            out.append(GoldFact("dcount", key, lambda f, c=c: _same_number(f[3], c["value"]) and f[4] in c["qualifier"],
                                all_optional or "count" in opt, repr(c)))
            out.append(GoldFact("dstatus", key, lambda f, c=c, s=d["status"]: _same_number(f[3], c["value"]) and f[4] == s,
                                all_optional or "status" in opt, repr((c["value"], d["status"]))))
        if d.get("location"):
            out.append(GoldFact("dlocation", key, _place_matcher(d["location"], False),
                                all_optional or "location" in opt, repr(d["location"])))
    merged: dict[tuple, GoldFact] = {}
    for fact in out:
        k = (fact.kind, fact.key, fact.signature)
        if k in merged:  # required if any of its statements is
            old = merged[k]
            merged[k] = GoldFact(old.kind, old.key, old.matches, old.optional and fact.optional, old.signature)
        else:
            merged[k] = fact
    return list(merged.values())


@dataclass
class DocScore:
    doc_id: str
    tp: int
    fp: int
    fn: int
    extras: list[Fact]
    misses: list[tuple[str, tuple, str]]


@dataclass
class Score:
    """Corpus totals and the per-document detail behind them."""

    tp: int
    fp: int
    fn: int
    docs: list[DocScore]

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> str:
        return f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} (tp={self.tp} fp={self.fp} fn={self.fn})"

    def details(self) -> list[str]:
        """Per document, its counts then its extras and misses: the lines a --verbose run prints."""
        lines = []
        for d in self.docs:
            lines.append(f"{d.doc_id}: tp={d.tp} fp={d.fp} fn={d.fn}")
            lines += [f"   extra: {e}" for e in d.extras] + [f"   miss:  {m}" for m in d.misses]
        return lines


def score_document(predicted: set[Fact], gold: Mapping[str, Any], doc_id: str = "") -> DocScore:
    facts = gold_facts(gold)
    matched: set[int] = set()
    tp = fp = 0
    extras: list[Fact] = []
    for f in sorted(predicted, key=repr):
        hit = next((i for i, g in enumerate(facts)
                    if i not in matched and g.kind == f[0] and g.key == (f[1], f[2]) and g.matches(f)), None)
        if hit is None:
            if not any(g.kind == f[0] and g.key == (f[1], f[2]) and g.matches(f) for g in facts):
                fp += 1
                extras.append(f)
            continue
        matched.add(hit)
        tp += not facts[hit].optional
    misses = [(g.kind, g.key, g.signature) for i, g in enumerate(facts) if i not in matched and not g.optional]
    return DocScore(doc_id, tp, fp, len(misses), extras, misses)


def _folder(path: PathLike, what: str) -> pathlib.Path:
    folder = pathlib.Path(path)
    if not folder.exists():
        raise FileNotFoundError(f"{what} folder not found: {folder}")
    if not folder.is_dir():
        raise NotADirectoryError(f"{what} must be a folder, got a file: {folder}")
    return folder


def _load_gold(gold: PathLike | Mapping[str, Mapping]) -> dict[str, Mapping]:
    if isinstance(gold, Mapping):
        if not gold:
            raise ValueError("no gold documents: the gold mapping is empty")
        return dict(gold)
    folder = _folder(gold, "gold")
    files = sorted(folder.glob("*.json"))
    if not files:
        raise ValueError(f"no gold files (*.json) in {folder}")
    return {p.stem: json.loads(p.read_text("utf-8")) for p in files}


def _extract_folder(folder: pathlib.Path, gold_docs: Mapping[str, Mapping]) -> dict[str, Any]:
    from giftextract._extract import extract

    missing = [doc_id for doc_id in gold_docs if not (folder / f"{doc_id}.txt").is_file()]
    if len(missing) == len(gold_docs):
        raise ValueError(f"no document in {folder} has a gold file: expected NAME.txt beside each gold "
                         f"NAME.json (such as {missing[0]}.txt)")
    if missing:
        raise FileNotFoundError(f"gold files without a document in {folder}: "
                                + ", ".join(f"{m}.txt" for m in missing[:5]) + (" ..." if len(missing) > 5 else ""))
    return {doc_id: extract((folder / f"{doc_id}.txt").read_text("utf-8"), doc_id=doc_id) for doc_id in gold_docs}


def evaluate(predictions: PathLike | Mapping[str, Any] | Iterable[Any],
             gold: PathLike | Mapping[str, Mapping]) -> Score:
    """Score extractions against gold.

    ``predictions`` is a folder of ``NAME.txt`` documents (extracted here), a mapping of
    doc id to ``Extraction`` (or its JSON dict), or an iterable of ``Extraction`` with
    ``doc_id`` set.  ``gold`` is a folder of ``NAME.json`` gold files or a mapping of doc
    id to gold dict.  Every gold document is scored; one without a prediction scores as
    an empty extraction.

    A mistake raises rather than scoring zero: a missing folder (``FileNotFoundError``), a
    file given for a folder (``NotADirectoryError``), no gold files, or no document or
    prediction whose id matches a gold file (``ValueError``).
    """
    if isinstance(predictions, (str, pathlib.Path)):
        folder = _folder(predictions, "documents")
        gold_docs = _load_gold(gold)
        preds: dict[str, Any] = _extract_folder(folder, gold_docs)
    else:
        gold_docs = _load_gold(gold)
        if isinstance(predictions, Mapping):
            preds = dict(predictions)
        else:
            preds = {_get(p, "doc_id"): p for p in predictions}
        if not set(preds) & set(gold_docs):
            raise ValueError("no prediction's doc_id matches a gold document (predictions: "
                             f"{sorted(map(str, preds))[:5]}; gold: {sorted(gold_docs)[:5]})")
    docs = [score_document(predicted_facts(preds.get(doc_id) or {}), g, doc_id) for doc_id, g in gold_docs.items()]
    return Score(sum(d.tp for d in docs), sum(d.fp for d in docs), sum(d.fn for d in docs), docs)
