"""Does a learned decision over the coder's events beat the hand-set confidence? Grouped cross-validation.

Usage:
    PYTHONPATH=src python3 eval/learn_confidence.py            # study + blind study + the round-17 translations
    PYTHONPATH=src python3 eval/learn_confidence.py GOLD ...   # other gold files (their unseen ids are dropped)

Every factual event the pipeline gives at `--min-confidence 0` is a candidate, labelled by the scorer's
matching (its EVAL.md key is among its article's gold keys). A logistic regression (L2, fitted here by
Newton's method with numpy) reads the `Cues` of `events/confidence.py` as indicator features (pattern
words, type, modality, language, how each actor attaches, fan-out, sentence length, nominal trigger,
corroboration), optionally the rule's identity or the sentence's context. It is compared with the hand-set
confidence by grouped k-fold cross-validation: the group is the source article, so a translation always
sits in the fold of the article it was translated from. The threshold of each method is chosen on the
training folds only (the learned one on out-of-fold scores of an inner cross-validation); tp/fp/fn of the
held-out folds are summed, real articles and translations apart, averaged over seeds.

The unseen and blind unseen splits are never read here. Findings of round 18: docs/evaluation.md.
"""

from __future__ import annotations

import argparse
import math
import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from realpolitik.model import Event, Extraction

HERE = Path(__file__).resolve().parent
SPLITS = HERE.parent.parent / "splits"
TRANSFER = Path("/work/coord/transfer")
DEFAULT = [SPLITS / "study.jsonl", SPLITS / "blind_study.jsonl", *sorted(TRANSFER.glob("*.17.jsonl"))]
GRID = [round(0.025 * i, 3) for i in range(40)]
SHIPPED = 0.35  # the hand-set threshold in force (events/confidence.py MIN_CONFIDENCE in round 18)


@dataclass
class Candidate:
    """One factual event: its key, the hand-set confidence and the learned model's features."""

    key: tuple
    hand: float
    names: list[str] | None  # from the cues; None: a decision the model leaves as it is (`hand` decides)
    extra: dict[str, list[str]] = field(default_factory=dict)  # "rule": its identity; "context": the sentence's

    def read(self, mode: str) -> list[str]:
        """The features a model of this mode ("", "rule", "context") reads."""
        return self.names + self.extra.get(mode, [])


@dataclass
class Doc:
    """One gold article with the candidates the pipeline gave for it."""

    id: str
    group: str  # the source article (a translation's source_id, else its own id)
    translated: bool
    gold: set[tuple]
    candidates: list[Candidate] = field(default_factory=list)


def features(cues, lang: str | None, others: int) -> list[str]:
    """Indicator features of one event: the cues binned as events/confidence.py reads them."""
    names = [f"pattern:{min(cues.pattern_words, 3)}", f"type:{cues.plover}", f"modality:{cues.modality}",
             f"lang:{lang}"]
    for role, distance, inside in (("source", cues.source_distance, cues.source_in_clause),
                                   ("target", cues.target_distance, cues.target_in_clause)):
        if role == "target" and not cues.has_target:
            names.append("target:none")
        elif distance is None:
            names.append(f"{role}:earlier")
        else:
            names.append(f"{role}:" + ("near" if distance <= 1 else "far" if distance >= 8 else "mid"))
            names += [] if inside else [f"{role}:outside clause"]
    names += ["borrowed"] if cues.from_outside_clause else []
    names.append("pairs:" + ("1" if cues.pairs == 1 else "2-3" if cues.pairs < 4 else "4+"))
    words = cues.sentence_words
    names.append("words:" + ("<15" if words < 15 else "<30" if words < 30 else "<45" if words < 45 else "45+"))
    names += ["nominal"] if cues.nominal else []
    names += [f"corroborated:{others}"] if others else []
    return names


def extra(event, sentence_index: int, countries: int) -> dict[str, list[str]]:
    """Features beyond the cues: the rule's identity; the sentence's context (the lead, three or more countries)."""
    return {"rule": [f"rule:{event.rule}"],
            "context": ["lead"] * (sentence_index == 0) + ["countries:3+"] * (countries >= 3)}


def runs(paths: Iterable[Path]) -> Iterator[tuple[Doc, Extraction, dict, list[tuple[Event, tuple, int]]]]:
    """Every gold record of the files (unseen ids dropped) run through the pipeline: its Doc (no candidates
    yet), the extraction, the cues recorded per event (eval/paths.py) and its scored events as (event, key,
    corroborating sentences): factual and of a PLOVER type."""
    from paths import recording

    from realpolitik.evaluate import load_gold
    from realpolitik.evaluate.keys import make_key
    from realpolitik.evaluate.records import gold_document, prediction_record
    from realpolitik.evaluate.split import find_split_file, load_unseen, select
    from realpolitik.events.confidence import corroborations
    from realpolitik.pipeline import extract_document

    unseen = load_unseen(find_split_file())
    for path in paths:
        if "unseen" in path.name:
            raise SystemExit(f"{path}: the unseen splits are never read here")
        for record in select(load_gold(path), "study", unseen):
            gold = {make_key(f.get("source"), f.get("target"), f["type"], f.get("negated", False))[0]
                    for f in record.get("facts", [])}
            doc = Doc(record["id"], record.get("source_id") or record["id"], "source_id" in record, gold)
            with recording() as recorded:
                extraction = extract_document(gold_document(record))
            scored = []
            for event, others in zip(extraction.events, corroborations(extraction.events), strict=True):
                typed = prediction_record(event)["type"]
                if event.factual and typed is not None:  # else never printed or never scored
                    scored.append((event, make_key(event.source, event.target, typed, event.negated)[0], others))
            yield doc, extraction, recorded, scored


def load_docs(paths: Iterable[Path]) -> list[Doc]:
    """The documents with every scored event as a candidate, labelled by its key."""
    docs = []
    for doc, extraction, recorded, scored in runs(paths):
        index = {s.start: s.index for s in extraction.sentences}
        for event, key, others in scored:
            i = index[event.evidence_start]
            countries = len({m.code[:3] for m in extraction.actors[i]})
            # a copy of another sentence's act ("... did the same", events/article_phrases.py) has no cues of its own
            cued = recorded.get(id(event))
            names = features(cued[0], event.lang, others) if cued else []
            doc.candidates.append(Candidate(key, event.confidence, names, extra(event, i, countries)))
        docs.append(doc)
    return docs


def fit(rows: list[list[str]], labels: list[bool], l2: float = 3.0,
        offsets: np.ndarray | None = None) -> dict[str, float]:
    """Logistic regression over indicator features (L2 on all but the bias), by Newton's method; `offsets`: a
    log-odds each row starts from (the model then fits what to add to it)."""
    names = sorted({n for row in rows for n in row})
    column = {n: i + 1 for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    x[:, 0] = 1.0
    for i, row in enumerate(rows):
        x[i, [column[n] for n in row]] = 1.0
    y = np.asarray(labels, dtype=float)
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    w = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-(x @ w if offsets is None else offsets + x @ w)))
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, x.T @ (p - y) + penalty * w)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return {"bias": float(w[0]), **{n: float(w[column[n]]) for n in names}}


def probability(weights: dict[str, float], names: list[str]) -> float:
    """The model's probability that an event with these features is a gold fact."""
    return 1 / (1 + math.exp(-(weights["bias"] + sum(weights.get(n, 0.0) for n in names))))


Scorer = Callable[[Candidate], float]


def counts(docs: list[Doc], scorer: Scorer, cut: float) -> np.ndarray:
    """Type-level tp, fp, fn of the keys whose best candidate scores at least `cut` (as the scorer counts)."""
    out = np.zeros(3)
    for doc in docs:
        shown = {c.key for c in doc.candidates if scorer(c) >= cut}
        out += (len(shown & doc.gold), len(shown - doc.gold), len(doc.gold - shown))
    return out


def f1(c: np.ndarray) -> float:
    return 2 * c[0] / (2 * c[0] + c[1] + c[2]) if c[0] else 0.0


def precision(c: np.ndarray) -> float:
    return c[0] / (c[0] + c[1]) if c[0] else 0.0


def _once(docs: list[Doc], scorer: Scorer) -> Scorer:
    """The scorer's values computed once for every candidate of these documents (a grid scans them often)."""
    table = {id(c): scorer(c) for d in docs for c in d.candidates}
    return lambda c: table[id(c)]


def best_cut(docs: list[Doc], scorer: Scorer) -> float:
    """The threshold of the grid with the highest F1 on these documents (the lowest of equals)."""
    scorer = _once(docs, scorer)
    return max(GRID, key=lambda cut: (round(f1(counts(docs, scorer, cut)), 9), -cut))


def precise_cut(docs: list[Doc], scorer: Scorer, target: float) -> float:
    """The lowest threshold of the grid whose precision on these documents reaches `target`."""
    scorer = _once(docs, scorer)
    return next((cut for cut in GRID if precision(counts(docs, scorer, cut)) >= target), GRID[-1])


def folds(groups: Iterable[str], k: int, seed: int) -> dict[str, int]:
    """Each group (source article) to one of k folds, shuffled by the seed."""
    order = sorted(set(groups))
    random.Random(seed).shuffle(order)
    return {g: i % k for i, g in enumerate(order)}


def learned(train: list[Doc], l2: float, mode: str = "") -> Scorer:
    """A model fitted to the candidates it decides; those without features keep their `hand` score."""
    pairs = [(c.read(mode), c.key in d.gold) for d in train for c in d.candidates if c.names is not None]
    weights = fit([names for names, _ in pairs], [gold for _, gold in pairs], l2)
    return lambda c: c.hand if c.names is None else probability(weights, c.read(mode))


def out_of_fold(docs: list[Doc], l2: float, mode: str, k: int, seed: int) -> Scorer:
    """The learned scores of each document from a model that did not see its group."""
    fold = folds((d.group for d in docs), k, seed)
    table: dict[int, float] = {}
    for f in range(k):
        scorer = learned([d for d in docs if fold[d.group] != f], l2, mode)
        table.update({id(c): scorer(c) for d in docs if fold[d.group] == f for c in d.candidates})
    return lambda c: table[id(c)]


def cross_validate(docs: list[Doc], method: str, k: int = 5, seeds: Iterable[int] = (0, 1, 2),
                   l2: float = 3.0, mode: str = "") -> dict[str, np.ndarray]:
    """Summed held-out tp/fp/fn (averaged over seeds) of "shipped" (hand-set at 0.35), "hand" (hand-set,
    threshold chosen on the training folds), "learned" (features of `mode`, threshold of the best F1) or "learned
    at P" (threshold of the shipped one's precision), real articles and translations apart."""
    seeds = list(seeds)
    total = {"real": np.zeros(3), "translated": np.zeros(3)}
    for seed in seeds:
        fold = folds((d.group for d in docs), k, seed)
        for f in range(k):
            train = [d for d in docs if fold[d.group] != f]
            test = [d for d in docs if fold[d.group] == f]
            if method.startswith("learned"):
                scorer, seen = learned(train, l2, mode), out_of_fold(train, l2, mode, k, seed + 100)
                # "learned": the best F1; "learned at P": the precision the shipped threshold has on these folds
                target = precision(counts(train, lambda c: c.hand, SHIPPED))
                cut = best_cut(train, seen) if method == "learned" else precise_cut(train, seen, target)
            else:
                scorer = lambda c: c.hand  # noqa: E731
                cut = SHIPPED if method == "shipped" else best_cut(train, scorer)
            for part, translated in (("real", False), ("translated", True)):
                total[part] += counts([d for d in test if d.translated == translated], scorer, cut)
    return {part: c / len(seeds) for part, c in total.items()}


def gold_arguments(description: str | None) -> argparse.ArgumentParser:
    """The command line both learning scripts share: gold files (default DEFAULT) and the fit's L2."""
    parser = argparse.ArgumentParser(description=(description or "").split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="gold files (default: study, blind study, translations)")
    parser.add_argument("--l2", type=float, default=3.0)
    return parser


def gold_paths(args: argparse.Namespace) -> list[Path]:
    """The gold files asked for, else DEFAULT; a clear stop where one is missing."""
    paths = args.paths or DEFAULT
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise SystemExit(f"gold files not found: {', '.join(missing)}")
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = gold_arguments(__doc__)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    paths = gold_paths(args)
    print("| method | features | real tp/fp/fn | F1 | P | translations tp/fp/fn | F1 | P |")
    print("| --- | --- | --- | ---: | ---: | --- | ---: | ---: |")
    docs = load_docs(paths)
    for method, mode in (("shipped", ""), ("hand", ""), ("learned", ""), ("learned at P", ""), ("learned", "context"),
                         ("learned", "rule")):
        result = cross_validate(docs, method, args.folds, l2=args.l2, mode=mode)
        cells = " | ".join(f"{c[0]:.0f}/{c[1]:.0f}/{c[2]:.0f} | {f1(c):.3f} | {precision(c):.3f}"
                           for c in result.values())
        reads = "cues" + (f" + {mode}" if mode else "") if method.startswith("learned") else "-"
        print(f"| {method} | {reads} | {cells} |", flush=True)


if __name__ == "__main__":
    main()
