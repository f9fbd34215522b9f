"""`realpolitik eval --misses`: where each missed fact was lost, what each extra came from, splits and
relations; on a small article written for this test."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from realpolitik.errors import EvalError
from realpolitik.evaluate import evaluate_gold, relation_key
from realpolitik.evaluate.split import load_unseen, resolve_split, select
from realpolitik.interfaces.cli import app

TEXT = ("Russland und Venezuela haben am Montag einen Vertrag unterzeichnet. Frankreich kritisierte Deutschland "
        "scharf. Die Bundesregierung will nächste Woche mit China verhandeln. Russland und Nordkorea liegen in "
        "Asien. Russland und Nordkorea haben sich zu gegenseitigem Beistand verpflichtet. Die USA drohten "
        "Venezuela mit Sanktionen.")


def _fact(source, target, type_, cameo, evidence, negated=False):
    return {"source": source, "target": target, "type": type_, "cameo": cameo, "negated": negated,
            "evidence": evidence}


ARTICLE = {
    "id": "t1", "lang": "de", "published": "2025-10-27", "title": "", "text": TEXT,
    "facts": [
        _fact("RUS", "VEN", "AGREE", "057", "Russland und Venezuela haben am Montag einen Vertrag unterzeichnet."),
        _fact("FRA", "DEU", "ASSAULT", "190", "Frankreich kritisierte Deutschland scharf."),
        _fact("ITA", "DEU", "ACCUSE", "111", "Frankreich kritisierte Deutschland scharf."),
        _fact("RUS", "PRK", "PROTEST", "140", "Russland und Nordkorea liegen in Asien."),
        _fact("DEU", "CHN", "CONSULT", "046", "Die Bundesregierung will nächste Woche mit China verhandeln."),
        _fact("VEN", "USA", "THREATEN", "1312", "Die USA drohten Venezuela mit Sanktionen."),
    ],
    "relations": [{"a": "PRK", "b": "RUSGOV", "kind": "defense_pact", "status": "signed"},
                  {"a": "RUS", "b": "UKR", "kind": "rivalry", "status": None}],
}
OTHER = {"id": "t2", "lang": "de", "published": "2025-10-27", "text": "Frankreich kritisierte Spanien.",
         "facts": [_fact("FRA", "ESP", "ACCUSE", "111", "Frankreich kritisierte Spanien.")]}


@pytest.fixture
def gold(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (ARTICLE, OTHER)) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def split_file(tmp_path):
    path = tmp_path / "split.json"
    path.write_text(json.dumps({"unseen": ["t2"]}), encoding="utf-8")
    return path


def _whys(report, side):
    doc = next(d for d in report.misses if d.doc_id == "t1")
    return {(k.key[0], k.key[1], k.key[2]): k.why.code for k in getattr(doc, side)}


def test_missed_facts_say_where_they_were_lost(gold):
    report = evaluate_gold(gold, misses=True)
    assert _whys(report, "missed") == {
        ("FRA", "DEU", "ASSAULT"): "wrong_type",  # the pair came out as ACCUSE in that sentence
        ("ITA", "DEU", "ACCUSE"): "actor_source",  # Italy is not in the sentence
        ("RUS", "PRK", "PROTEST"): "no_trigger",  # no PROTEST rule fires on "liegen in Asien"
        ("CHN", "DEU", "CONSULT"): "filtered",  # found, but as a plan ("will ... verhandeln")
        ("VEN", "USA", "THREATEN"): "roles",  # a THREATEN came out, the other way round
    }
    summary = report.loss_summary()["missed"]
    assert summary["de"]["wrong_type"] == 1 and sum(summary["all"].values()) == 5


def test_an_actor_miss_says_whether_a_rule_of_its_type_fired_there(tmp_path):
    text = "Italien kritisierte Deutschland scharf. Italien und Spanien liegen in Europa."
    record = {"id": "t3", "lang": "de", "published": "2025-10-27", "text": text, "facts": [
        _fact("FRA", "DEU", "ACCUSE", "111", "Italien kritisierte Deutschland scharf."),
        _fact("ITA", "PRT", "PROTEST", "140", "Italien und Spanien liegen in Europa.")]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    doc = evaluate_gold(path, misses=True).misses[0]
    why = {k.key[2]: k.why for k in doc.missed}
    assert why["ACCUSE"].code == "actor_source" and "either" not in why["ACCUSE"].detail  # ACCUSE fired
    assert why["PROTEST"].code == "actor_target" and "no PROTEST rule fired there either" in why["PROTEST"].detail


def test_extras_say_what_produced_them(gold):
    report = evaluate_gold(gold, misses=True)
    assert _whys(report, "extra") == {("FRA", "DEU", "ACCUSE"): "wrong_type", ("PRK", "RUS", "AGREE"): "no_gold",
                                      ("USA", "VEN", "THREATEN"): "direction"}
    doc = next(d for d in report.misses if d.doc_id == "t1")
    extra = next(k for k in doc.extra if k.key[2] == "THREATEN")
    assert "de." in extra.why.detail and "«" in extra.why.detail  # rule id and trigger words
    assert report.to_dict()["loss_summary"]["extra"]["de"]["direction"] == 1
    assert sum(n for _rule, n in report.extra_rules()) == 3 and extra.why.rule.startswith("de.")


def test_relations_are_scored_as_unordered_country_pairs(gold):
    report = evaluate_gold(gold)
    assert relation_key("RUSGOV", "PRK", "defense_pact") == relation_key("PRK", "RUS", "defense_pact")
    assert relation_key("RUS", "RUS", "ally") is None and relation_key("RUS", "PRK", "friendship") is None
    rel = report.relations
    assert rel.overall.tp >= 1 and rel.overall.fn >= 1  # the pact found, the rivalry not
    assert rel.status_matched >= 1
    misses = evaluate_gold(gold, misses=True).misses[0]
    assert [m.key for m in misses.relations_missed] == [("RUS", "UKR", "rivalry")]


def test_splits_select_documents(gold, split_file):
    assert load_unseen(split_file) == {"t2"}
    records = [{"id": "t1"}, {"id": "t2"}]
    assert select(records, "study", frozenset({"t2"})) == [{"id": "t1"}]
    assert select(records, "unseen", frozenset({"t2"})) == [{"id": "t2"}]
    assert evaluate_gold(gold, split="unseen", split_file=split_file).documents == 1
    report = evaluate_gold(gold, split="all", split_file=split_file, misses=True)
    assert report.withheld == 1 and [d.doc_id for d in report.misses] == ["t1"]  # unseen misses never shown


def test_misses_refused_on_the_unseen_split(gold, split_file):
    with pytest.raises(EvalError, match="unseen"):
        evaluate_gold(gold, split="unseen", split_file=split_file, misses=True)
    result = CliRunner().invoke(app, ["eval", str(gold), "--split", "unseen", "--split-file", str(split_file),
                                      "--misses"])
    assert result.exit_code != 0 and "never error-analysed" in str(result.exception)


def test_split_without_a_split_file_is_a_clear_error(tmp_path, monkeypatch):
    from realpolitik.evaluate import split

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(split, "CHECKOUT", tmp_path)  # as installed from a wheel: no eval/ beside the package
    with pytest.raises(EvalError, match="split.json"):
        resolve_split("study")
    assert resolve_split("all") == frozenset()  # "all", the default, needs no file
    with pytest.raises(EvalError, match="does not exist"):
        resolve_split("all", tmp_path / "absent.json")


def test_cli_eval_misses_text_and_json(gold):
    runner = CliRunner()
    text = runner.invoke(app, ["eval", str(gold), "--misses"])
    assert text.exit_code == 0, text.output
    assert "actor_source" in text.output and "Where missed keys were lost" in text.output
    assert "Relations" in text.output
    data = json.loads(runner.invoke(app, ["eval", str(gold), "--misses", "--format", "json"]).output)
    assert data["loss_summary"]["missed"]["all"]["no_trigger"] == 1
    assert data["relations"]["overall"]["tp"] >= 1
    assert "relations" in runner.invoke(app, ["eval", "--help"]).output.lower()
