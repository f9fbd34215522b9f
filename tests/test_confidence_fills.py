"""What a party filled in from the article costs by the way it was filled (data/confidence/fills.json): a condemnation
with no object aimed at the latest deal between two others falls below the threshold where the same sentence with
the deal's sides named does not, and a target filled another way (the authors of the act its noun names) pays
nothing more; the event is withheld, not deleted. The texts are our own."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from realpolitik.events import confidence, fill_kinds
from realpolitik.events.confidence import FILL_COSTS, MIN_CONFIDENCE, Cues, fill_kind, is_shown, score
from realpolitik.model import ActorMention, Document
from realpolitik.pipeline import extract_document

ROOT = Path(__file__).resolve().parents[1]
DEAL = "Armenia and Azerbaijan signed a peace agreement on Monday. "
# a long reported sentence, so that its events stand near the threshold
REPORTED = "According to the Interfax news agency, which cited two senior officials of the foreign ministry in " \
           "Moscow late on Tuesday evening after a long meeting of the security council, "
FILLED = DEAL + REPORTED + "Russia criticised the deal."
NAMED = DEAL + REPORTED + "Russia criticised Armenia and Azerbaijan."
OTHER_KIND = "Israeli jets struck targets near Damascus on Sunday. " + REPORTED + "Jordan condemned the attack."


def _verdicts(text: str) -> list:
    events = extract_document(Document(id="f", text=text, lang="en", published=date(2025, 10, 27))).events
    return [e for e in events if e.plover == "ACCUSE"]


def test_a_verdict_aimed_at_the_latest_deal_is_withheld_not_deleted():
    verdicts = _verdicts(FILLED)
    assert {(e.source, e.target) for e in verdicts} == {("RUS", "ARM"), ("RUS", "AZE")}  # stored all the same
    assert all(e.confidence < MIN_CONFIDENCE and not is_shown(e) for e in verdicts)


def test_without_the_fill_cost_the_same_verdict_is_shown(monkeypatch):
    monkeypatch.setattr(confidence, "FILL_COSTS", {})
    assert all(is_shown(e) for e in _verdicts(FILLED))


def test_the_deals_sides_named_in_the_sentence_pay_no_fill_cost():
    verdicts = _verdicts(NAMED)
    assert {e.target for e in verdicts} == {"ARM", "AZE"} and all(is_shown(e) for e in verdicts)


def test_a_target_filled_another_way_pays_nothing_more(monkeypatch):
    with_costs = [e.confidence for e in _verdicts(OTHER_KIND)]
    monkeypatch.setattr(confidence, "FILL_COSTS", {})
    assert with_costs and with_costs == [e.confidence for e in _verdicts(OTHER_KIND)]


def test_the_cost_follows_the_role_and_kind_of_the_fill():
    plain = dict(pattern_words=1, plover="ACCUSE", modality="asserted", source_distance=0, target_distance=None,
                 has_target=True, source_in_clause=True, target_in_clause=False, from_outside_clause=False, pairs=1,
                 sentence_words=20)
    (role, note), cost = min(FILL_COSTS.items(), key=lambda item: item[1])
    assert cost < 0 and role == "target"
    assert score(Cues(**plain, target_fill=note)) < score(Cues(**plain, target_fill=fill_kinds.REACTION)) \
        == score(Cues(**plain, target_fill="")) == score(Cues(**plain, source_fill=note))


def test_the_kind_the_filler_set_prices_a_fill_not_its_note():
    """The note is the reader's text: reworded, the fill keeps its kind and its cost (round 50 keyed the cost by the
    note, and a reworded note would have dropped it without a word)."""
    filled = ActorMention(code="ARM", surface="Armenia", start=0, end=0, token_start=-1, token_end=-1,
                          kind="reference", note="whatever the filler now writes", fill=fill_kinds.CRITICISED_DEAL_SIDE)
    named = replace(filled, token_start=3, token_end=4)
    assert fill_kind(filled) == fill_kinds.CRITICISED_DEAL_SIDE and fill_kind(named) == ""
    assert FILL_COSTS[("target", fill_kind(filled))] < 0
    assert fill_kind(replace(filled, fill="")) == fill_kinds.UNKNOWN


def test_every_listed_fill_is_a_kind_a_filler_sets():
    kinds = {value for name, value in vars(fill_kinds).items() if name.isupper()}
    listed = {fill for kind in json.loads(confidence.FILL_FILE.read_text(encoding="utf-8"))["kinds"]
              for fill in kind["fills"]}
    assert listed and listed <= kinds
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "src" / "realpolitik").rglob("*.py"))
    names = {value: name for name, value in vars(fill_kinds).items() if name.isupper()}
    assert sorted(fill for fill in listed if not re.search(rf"\bfill={names[fill]}\b", code)) == []


def test_no_file_no_cost(tmp_path: Path):
    assert confidence.load_fill_costs(tmp_path / "absent.json") == {}


def _script():
    sys.path.insert(0, str(ROOT / "eval"))  # it imports learn_confidence
    try:
        spec = importlib.util.spec_from_file_location("fill_precision", ROOT / "eval" / "fill_precision.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "eval"))


@pytest.mark.parametrize("right, costly", [(False, True), (True, False)])
def test_write_fits_a_cost_only_where_the_kind_is_wrong_more_often_than_its_confidence(tmp_path: Path, right: bool,
                                                                                        costly: bool):
    out = tmp_path / "fills.json"
    out.write_text(json.dumps({"about": "", "kinds": [{"name": "k", "role": "target", "cost": 0.0,
                                                       "fills": ["answered_act_author"],
                                                       "notes": ["the one whose act it answers"]}]}), encoding="utf-8")
    named = [{"role": "-", "fill": "all named", "confidence": 0.8, "right": i % 5 != 0} for i in range(200)]
    # half named by their kind, half by the note a filler of older code left (records of a first contact)
    filled = [{"role": "target", "fill": "answered_act_author" if i % 2 else "the one whose act it answers",
               "confidence": 0.8, "right": right and i % 5 != 0} for i in range(40)]
    _script().write(named + filled, "test records", out)
    cost = json.loads(out.read_text(encoding="utf-8"))["kinds"][0]["cost"]
    assert (cost <= -0.3) if costly else cost == 0.0
