"""The per-rule confidence penalties (data/confidence/rules.json) and the script that fits them
(eval/confidence_transfer.py): each names a rule that exists, only ever lowers a score, and is fitted only on the
sets written before the fresh ones."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from eval_scripts import eval_script
from realpolitik.events import confidence
from realpolitik.events.confidence import RULE_PENALTIES, Cues, score
from realpolitik.events.rules import available_languages, load_rules

PLAIN = Cues(pattern_words=1, plover="ACCUSE", modality="asserted", source_distance=0, target_distance=3,
             has_target=True, source_in_clause=True, target_in_clause=True, from_outside_clause=False, pairs=1,
             sentence_words=20)


def test_every_penalty_names_a_shipped_rule():
    # a rule renamed or dropped would lose its penalty without a word: refit (eval/confidence_transfer.py write)
    known = {f"{lang}.{rule.id}" for lang in available_languages() for rule in load_rules(lang).rules}
    assert len(RULE_PENALTIES) > 20
    assert sorted(set(RULE_PENALTIES) - known) == []


def test_penalties_only_cost_and_stay_small_beside_the_cues():
    assert all(-2.5 < value < 0 for value in RULE_PENALTIES.values())


def test_a_listed_rule_lowers_the_score_and_an_unlisted_one_leaves_it():
    costliest = min(RULE_PENALTIES, key=RULE_PENALTIES.__getitem__)
    assert score(PLAIN, costliest) < score(PLAIN, "xx.unlisted") == score(PLAIN)


def test_no_file_no_penalty(tmp_path: Path):
    assert confidence.load_rule_penalties(tmp_path / "absent.json") == {}


def test_fresh_sets_are_never_fitted_on():
    transfer = eval_script("confidence_transfer")
    sets = {"wire_en8": [], "relwire8_de": [], "wire_de9": [], "wire_en7": [], "breadth_fr": []}
    assert set(transfer.training(sets)) == {"wire_en7", "breadth_fr"}


@pytest.mark.parametrize("right_in_ten", [2, 10])
def test_the_adjustment_follows_what_a_rule_got_right(right_in_ten: int):
    transfer = eval_script("confidence_transfer")
    learn = sys.modules["learn_confidence"]
    right, wrong = ("A", "B", "ACCUSE", False), ("A", "C", "ACCUSE", False)
    docs = []
    for i in range(200):
        rule, share = ("en.tested", right_in_ten) if i % 2 else ("en.other", 7)  # the other: as sure as the sum says
        key = right if (i // 2) % 10 < share else wrong
        docs.append(learn.Doc(f"d{i}", f"d{i}", False, {right},
                              [learn.Candidate(key, 0.7, [], {"rule": [f"rule:{rule}"]})]))
    weights = transfer.adjusted(docs)
    assert (weights["rule:en.tested"] < 0) == (right_in_ten < 7)
    assert ("en.tested" in transfer.penalties(weights)) == (right_in_ten < 7)  # only costs are shipped
