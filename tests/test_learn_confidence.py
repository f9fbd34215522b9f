"""eval/learn_confidence.py: the features it reads, its fit, its grouped folds and its cross-validated comparison.

The script itself runs by hand on the gold splits; these tests use cues and documents of their own.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np

from eval_scripts import eval_script
from realpolitik.events.confidence import Cues, corroborations
from realpolitik.model import Document
from realpolitik.pipeline import extract_document

PLAIN = Cues(pattern_words=2, plover="ACCUSE", modality="asserted", source_distance=0, target_distance=1,
             has_target=True, source_in_clause=True, target_in_clause=True, from_outside_clause=False, pairs=1,
             sentence_words=9)


def test_features_bin_the_cues_as_the_hand_set_confidence_reads_them():
    learn = eval_script("learn_confidence")
    plain = learn.features(PLAIN, "en", 0)
    assert {"pattern:2", "type:ACCUSE", "lang:en", "source:near", "target:near", "pairs:1", "words:<15"} <= set(plain)
    loose = learn.features(replace(PLAIN, source_distance=11, source_in_clause=False, target_distance=None,
                                   pairs=5, sentence_words=50, nominal=True), "de", 2)
    assert {"source:far", "source:outside clause", "target:earlier", "pairs:4+", "words:45+", "nominal",
            "corroborated:2"} <= set(loose)
    assert "target:none" in learn.features(replace(PLAIN, has_target=False, target_distance=None), "fr", 0)


def test_the_fit_weighs_a_feature_by_the_labels_it_goes_with():
    learn = eval_script("learn_confidence")
    rows = [["good"]] * 30 + [["bad"]] * 30 + [["good", "bad"]] * 10
    labels = [True] * 27 + [False] * 3 + [False] * 25 + [True] * 5 + [True] * 5 + [False] * 5
    weights = learn.fit(rows, labels)
    assert weights["good"] > 0 > weights["bad"]
    assert learn.probability(weights, ["good"]) > learn.probability(weights, []) > learn.probability(weights, ["bad"])


def test_an_offset_that_already_says_it_all_leaves_nothing_to_fit():
    learn = eval_script("learn_confidence")
    rows = [["a"]] * 40 + [["b"]] * 40
    labels = [i % 4 != 0 for i in range(40)] + [i % 4 == 0 for i in range(40)]  # a: 3 in 4 right, b: 1 in 4
    offsets = np.asarray([np.log(3.0)] * 40 + [-np.log(3.0)] * 40)
    weights = learn.fit(rows, labels, 1.0, offsets)
    assert all(abs(value) < 0.05 for value in weights.values())
    assert learn.fit(rows, labels, 1.0)["a"] > 0.3  # without the offset the feature carries it


def test_folds_keep_a_translation_with_its_source_article():
    learn = eval_script("learn_confidence")
    groups = [f"a{i}" for i in range(12)] * 3  # each article three times: itself and two translations
    fold = learn.folds(groups, 5, seed=0)
    assert set(fold) == set(groups) and sorted(set(fold.values())) == [0, 1, 2, 3, 4]
    assert learn.folds(groups, 5, seed=0) == fold != learn.folds(groups, 5, seed=1)


def _docs(learn, n: int = 10):
    """Articles where the right pair comes out below the shipped threshold and a wrong one above it, each
    told apart by a feature of its own: only a decision that learns the feature gets them right."""
    docs = []
    for i in range(n):
        right, wrong = ("A", f"B{i}", "ACCUSE", False), (f"B{i}", "A", "ACCUSE", False)
        docs.append(learn.Doc(f"d{i}", f"g{i}", i % 2 == 1, {right},
                              [learn.Candidate(right, 0.3, ["target:near"]),
                               learn.Candidate(wrong, 0.5, ["target:earlier"])]))
    return docs


def test_counts_follow_the_threshold_as_the_scorer_counts_keys():
    learn = eval_script("learn_confidence")
    docs = _docs(learn, 4)
    assert list(learn.counts(docs, lambda c: c.hand, 0.35)) == [0, 4, 4]
    assert list(learn.counts(docs, lambda c: c.hand, 0.0)) == [4, 4, 0]
    assert learn.best_cut(docs, lambda c: 1.0 if c.names == ["target:near"] else 0.0) > 0.0


def test_cross_validation_prefers_the_decision_that_generalises():
    learn = eval_script("learn_confidence")
    docs = _docs(learn)
    shipped = learn.cross_validate(docs, "shipped", k=5, seeds=[0])
    learned = learn.cross_validate(docs, "learned", k=5, seeds=[0])
    assert learn.f1(shipped["real"] + shipped["translated"]) == 0.0
    assert learn.f1(learned["real"] + learned["translated"]) == 1.0
    kept = learn.Candidate(("A", "C", "ACCUSE", False), 0.42, None)  # a decision the model leaves as it is
    assert learn.learned(docs, 3.0)(kept) == 0.42


def test_corroborations_count_the_other_sentences_that_give_an_event():
    text = ("Frankreich kritisierte Deutschland. Frankreich kritisierte Deutschland erneut scharf. "
            "Spanien kritisierte Italien.")
    events = extract_document(Document(id="c", text=text, lang="de", published=date(2025, 10, 27))).events
    by_pair = {(e.source, e.target): n for e, n in zip(events, corroborations(events), strict=True)}
    assert by_pair[("FRA", "DEU")] == 1 and by_pair[("ESP", "ITA")] == 0


def test_alternative_pairs_say_how_each_actor_stands_to_the_trigger(monkeypatch):
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "eval"))
    import learn_pairs

    text = "Japan accused China on Tuesday of violating its airspace."
    extraction = extract_document(Document(id="p", text=text, lang="en", published=date(2025, 10, 27)))
    event = next(e for e in extraction.events if e.plover == "ACCUSE")
    mentions = extraction.actors[0]
    japan, china = (next(m for m in mentions if m.code[:3] == code) for code in ("JPN", "CHN"))
    assert (event.source[:3], event.target[:3]) == ("JPN", "CHN")
    found = {(s[:3], t[:3] if t else None): names
             for s, t, names in learn_pairs.alternatives(event, (japan, china), extraction.sentences[0], mentions,
                                                         frozenset({"on", "against"}), shown=True)}
    assert ("JPN", "JPN") not in found and ("JPN", None) in found  # no actor on itself; a pair without target
    assert {"reversed", "source:after", "source:next", "target:before"} <= set(found[("CHN", "JPN")])
    assert "same source" in found[("JPN", "CHN")] and "reversed" not in found[("JPN", "CHN")]
