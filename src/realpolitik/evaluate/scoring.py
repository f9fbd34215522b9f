"""Scoring emitted events against gold facts by the rules of shared EVAL.md.

Readings of EVAL.md made here (documented in docs of the package too):
- `dyad` level = the type key without its type: (source, target, negated).
  A key of a symmetric type keeps its sorted pair, so every type-level hit is
  also a dyad-level hit.
- CAMEO root: a true positive counts under the gold fact's root, a false
  negative under the gold's, a false positive under the prediction's. When
  several facts give one key, the first one's root is used; a null cameo is "-".
- Agents are scored only on type-level true positives. Each matched key has two
  slots (source, target; for symmetric types the two sorted positions). For a
  slot, G = the agent suffixes the gold facts of that key carry there ("-" for a
  bare country or an organisation) and P = the same for the predictions;
  per agent code TP += |G∩P|, FP += |P−G|, FN += |G−P|; a slot is correct when
  G == P. Null actors have no slot.
- Event dates are counted apart, over the type-level true positives, by dates.py (its docstring says how
  facts and events are paired and what counts as a date); they never change tp/fp/fn.
- Relations (when given) are scored by relations.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from realpolitik.evaluate.dates import Dated, gold_day, pair_dates, predicted_day
from realpolitik.evaluate.keys import TypeKey, dyad_of, make_key, split_actor
from realpolitik.evaluate.records import prediction_record
from realpolitik.evaluate.relations import (
    RelationScores,
    gold_relation_keys,
    predicted_relation_keys,
    score_relations_document,
)
from realpolitik.evaluate.report import DateDiffers, DocMisses, EvalReport, KeyMiss, StatusDiffers
from realpolitik.model import Event, Relation


@dataclass
class _KeyInfo:
    """What the facts (or events) that reduce to one key have in common."""

    cameo: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    agents: tuple[set[str], set[str]] = field(default_factory=lambda: (set(), set()))
    dates: list[Dated] = field(default_factory=list)  # one per fact or event that carries a date field

    @property
    def root(self) -> str:
        return self.cameo[0][:2] if self.cameo else "-"


def _reduce(records: Iterable[dict], dated: Callable[[dict], Dated | None]) -> dict[TypeKey, _KeyInfo]:
    """One document's side as {key: info}; the same key from several sentences is kept once, with the
    date (`dated`) of each record."""
    keys: dict[TypeKey, _KeyInfo] = {}
    for rec in records:
        key, swapped = make_key(rec.get("source"), rec.get("target"), rec["type"], bool(rec.get("negated")))
        info = keys.setdefault(key, _KeyInfo())
        cameo = rec.get("cameo")
        if cameo and cameo not in info.cameo:
            info.cameo.append(str(cameo))
        evidence = rec.get("evidence")
        if evidence and evidence not in info.evidence:
            info.evidence.append(evidence)
        if (day := dated(rec)) is not None:
            info.dates.append(day)
        src, tgt = split_actor(rec.get("source")), split_actor(rec.get("target"))
        first, second = (tgt, src) if swapped else (src, tgt)
        for slot, parts in enumerate((first, second)):
            if parts.agent is not None:
                info.agents[slot].add(parts.agent)
    return keys


def score(gold_docs: list[dict], predicted: list[dict | Event],
          relations: list[Relation] | None = None) -> EvalReport:
    """Score predictions (event dicts as `extract --format jsonl` prints, or Events) against gold;
    also standing relations when `relations` (the derived Relations of these documents) is given."""
    report = EvalReport(documents=len(gold_docs))
    if relations is not None:
        report.relations = RelationScores()
    relations_by_doc: dict[str, list[Relation]] = {doc["id"]: [] for doc in gold_docs}
    for relation in relations or []:
        relations_by_doc.setdefault(relation.doc_id, []).append(relation)
    by_doc: dict[str, list[dict]] = {doc["id"]: [] for doc in gold_docs}
    for event in predicted:
        rec = prediction_record(event)
        if rec.get("doc_id") not in by_doc:
            report.unknown_doc_predictions += 1
        elif rec["type"] is None:
            report.untyped_predictions += 1
        else:
            by_doc[rec["doc_id"]].append(rec)
    for doc in gold_docs:
        _score_document(report, doc, by_doc[doc["id"]], relations_by_doc[doc["id"]])
    return report


def _score_document(report: EvalReport, doc: dict, predictions: list[dict], relations: list[Relation]) -> None:
    lang = doc.get("lang") or "?"
    gold = _reduce(doc.get("facts") or [], gold_day)
    pred = _reduce(predictions, predicted_day)
    report.gold_keys += len(gold)
    report.predicted_keys += len(pred)
    for counts in (report.overall, report.by_language[lang]):
        _add_level(counts["type"], set(gold), set(pred))
        _add_level(counts["dyad"], {dyad_of(k) for k in gold}, {dyad_of(k) for k in pred})
    for key, info in gold.items():
        report.by_root[info.root].add(tp=int(key in pred), fn=int(key not in pred))
        if key in pred:
            _score_agents(report, key, info, pred[key])
    for key, info in pred.items():
        if key not in gold:
            report.by_root[info.root].add(fp=1)
    missed = [KeyMiss(k, i.evidence, i.cameo) for k, i in gold.items() if k not in pred]
    extra = [KeyMiss(k, i.evidence, i.cameo) for k, i in pred.items() if k not in gold]
    misses = DocMisses(doc["id"], lang, missed, extra)
    misses.dates_differ = _score_dates(report, lang, gold, pred)
    if report.relations is not None:
        gold_rel, pred_rel = gold_relation_keys(doc), predicted_relation_keys(relations)
        misses.relations_missed, misses.relations_extra = score_relations_document(report.relations, lang,
                                                                                   gold_rel, pred_rel)
        misses.status_differs = [StatusDiffers(k, gold_rel[k], pred_rel[k]) for k in gold_rel
                                 if k in pred_rel and gold_rel[k] != pred_rel[k]]
    if misses:
        report.misses.append(misses)


def _score_dates(report: EvalReport, lang: str, gold: dict[TypeKey, _KeyInfo],
                 pred: dict[TypeKey, _KeyInfo]) -> list[DateDiffers]:
    """Count the date outcome of each gold fact of a matched key; the pairs whose dates disagree."""
    differ = []
    for key, info in gold.items():
        if key not in pred:
            continue
        for pair in pair_dates(info.dates, pred[key].dates):
            report.dates.add(pair.outcome)
            report.dates_by_language[lang].add(pair.outcome)
            if pair.outcome not in ("same", "both_null"):
                differ.append(DateDiffers(key, pair))
    return differ


def _add_level(counts, gold: set, pred: set) -> None:
    counts.add(tp=len(gold & pred), fp=len(pred - gold), fn=len(gold - pred))


def _score_agents(report: EvalReport, key: TypeKey, gold: _KeyInfo, pred: _KeyInfo) -> None:
    for slot in (0, 1):
        if key[slot] is None:
            continue
        g, p = gold.agents[slot], pred.agents[slot]
        report.agent_slots += 1
        report.agent_correct += int(g == p)
        for agent in g | p:
            report.by_agent[agent].add(tp=int(agent in g and agent in p), fp=int(agent not in g),
                                       fn=int(agent not in p))
