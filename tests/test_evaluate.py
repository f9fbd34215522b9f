"""Scoring by the rules of EVAL.md, on small gold/predicted records written for these tests."""

from __future__ import annotations

import json
from datetime import date

import pytest

from realpolitik.errors import DataFileError
from realpolitik.evaluate import evaluate_file, load_gold, make_key, score, split_actor
from realpolitik.model import Document, Event


def fact(source, target, type_, cameo="010", negated=False, evidence="s"):
    return {"source": source, "target": target, "type": type_, "cameo": cameo, "negated": negated,
            "evidence": evidence}


def pred(doc_id, source, target, plover, cameo="010", negated=False, evidence="s"):
    return {"doc_id": doc_id, "source": source, "target": target, "plover": plover, "cameo": cameo,
            "negated": negated, "evidence": evidence}


def doc(id_, facts, lang="en"):
    return {"id": id_, "lang": lang, "published": "2025-10-27", "text": "t", "facts": facts}


def test_split_actor_country_agent_and_organisations():
    assert split_actor("USAMIL").entity == "USA" and split_actor("USAMIL").agent == "MIL"
    assert split_actor("USA").agent == "-"
    assert split_actor("NATO").entity == "NATO"  # NAT is no ISO code
    assert split_actor("IGOUNO").entity == "IGOUNO"  # organisation codes as written (EVAL.md)
    assert split_actor("---PTY").entity == "---PTY"
    assert split_actor(None).entity is None and split_actor("").entity is None


def test_country_matches_country_with_agent():
    gold = [doc("d1", [fact("USAMIL", "IRN", "ASSAULT", "190")])]
    r = score(gold, [pred("d1", "USA", "IRNGOV", "ASSAULT", "193")])
    assert (r.overall["type"].tp, r.overall["type"].fp, r.overall["type"].fn) == (1, 0, 0)


def test_organisations_compared_whole():
    gold = [doc("d1", [fact("RUS", "NATO", "THREATEN", "130")])]
    r = score(gold, [pred("d1", "RUS", "NAT", "THREATEN", "130"), pred("d1", "RUS", "EU", "THREATEN")])
    assert (r.overall["type"].tp, r.overall["type"].fp, r.overall["type"].fn) == (0, 2, 1)


def test_symmetric_types_are_unordered_and_others_ordered():
    gold = [doc("d1", [fact("RUSGOV", "VENGOV", "AGREE", "057"), fact("RUS", "UKR", "ACCUSE", "112")])]
    r = score(gold, [pred("d1", "VEN", "RUS", "AGREE", "057"), pred("d1", "UKR", "RUS", "ACCUSE", "112")])
    assert (r.overall["type"].tp, r.overall["type"].fp, r.overall["type"].fn) == (1, 1, 1)
    assert make_key("VEN", "RUS", "CONSULT", False)[0] == ("RUS", "VEN", "CONSULT", False)
    assert make_key(None, "RUS", "COOPERATE", False)[0] == ("RUS", None, "COOPERATE", False)


def test_same_key_in_several_sentences_counts_once():
    gold = [doc("d1", [fact("DEU", "UKR", "AID", "070", evidence="a"), fact("DEUGOV", "UKR", "AID", "073",
                                                                             evidence="b")])]
    preds = [pred("d1", "DEU", "UKR", "AID", evidence=e) for e in ("a", "b", "c")]
    r = score(gold, preds)
    assert (r.gold_keys, r.predicted_keys) == (1, 1)
    assert (r.overall["type"].tp, r.overall["type"].fp, r.overall["type"].fn) == (1, 0, 0)


def test_negation_mismatch_is_a_miss_and_an_extra_at_both_levels():
    gold = [doc("d1", [fact("IRN", "USA", "AGREE", "057", negated=True)])]
    r = score(gold, [pred("d1", "IRN", "USA", "AGREE", "057", negated=False)])
    for level in ("type", "dyad"):
        assert (r.overall[level].tp, r.overall[level].fp, r.overall[level].fn) == (0, 1, 1)
    assert r.misses[0].missed[0].key == ("IRN", "USA", "AGREE", True)
    assert r.misses[0].extra[0].key == ("IRN", "USA", "AGREE", False)


def test_dyad_level_ignores_type():
    gold = [doc("d1", [fact("RUS", "UKR", "THREATEN", "138"), fact("RUS", "UKR", "ACCUSE", "112")])]
    r = score(gold, [pred("d1", "RUS", "UKR", "ASSAULT", "190")])
    assert (r.overall["type"].tp, r.overall["type"].fp, r.overall["type"].fn) == (0, 1, 2)
    assert (r.overall["dyad"].tp, r.overall["dyad"].fp, r.overall["dyad"].fn) == (1, 0, 0)


def test_null_target_forms_a_key():
    gold = [doc("d1", [fact("FRA", None, "PROTEST", "140"), fact(None, None, "PROTEST", None)])]
    r = score(gold, [pred("d1", "FRACVL", None, "PROTEST", "141")])
    assert (r.overall["type"].tp, r.overall["type"].fn) == (1, 1)
    assert r.by_root["-"].fn == 1 and r.by_root["14"].tp == 1


def test_per_language():
    gold = [doc("d1", [fact("DEU", "FRA", "CONSULT", "040")], lang="de"),
            doc("d2", [fact("ESP", "MAR", "ACCUSE", "112")], lang="es")]
    r = score(gold, [pred("d1", "FRA", "DEU", "CONSULT", "040"), pred("d2", "MAR", "ESP", "ACCUSE", "112")])
    assert r.by_language["de"]["type"].f1 == 1.0
    assert (r.by_language["es"]["type"].fp, r.by_language["es"]["type"].fn) == (1, 1)
    assert r.to_dict()["by_language"]["es"]["type"]["f1"] == 0.0


def test_per_root_tp_under_gold_root_fp_under_prediction_root():
    gold = [doc("d1", [fact("USA", "CHN", "SANCTION", "163"), fact("CHN", "USA", "ACCUSE", "112")])]
    preds = [pred("d1", "USA", "CHN", "SANCTION", "172"), pred("d1", "CHN", "JPN", "THREATEN", "138")]
    r = score(gold, preds)
    assert r.by_root["16"].tp == 1 and "17" not in r.by_root
    assert r.by_root["11"].fn == 1 and r.by_root["13"].fp == 1


def test_per_agent_scored_on_matched_keys():
    gold = [doc("d1", [fact("USAMIL", "IRNGOV", "ASSAULT", "190"), fact("RUSGOV", "VEN", "AGREE", "057")])]
    preds = [pred("d1", "USAGOV", "IRNGOV", "ASSAULT", "190"), pred("d1", "VEN", "RUSGOV", "AGREE", "057"),
             pred("d1", "CHNMIL", "TWN", "THREATEN", "138")]
    r = score(gold, preds)
    assert r.agent_slots == 4 and r.agent_correct == 3
    assert (r.by_agent["GOV"].tp, r.by_agent["GOV"].fp, r.by_agent["GOV"].fn) == (2, 1, 0)
    assert (r.by_agent["MIL"].tp, r.by_agent["MIL"].fn) == (0, 1)
    assert r.by_agent["-"].tp == 1  # VEN bare on both sides, matched across the symmetric swap


def test_empty_predictions_and_empty_gold_do_not_divide_by_zero():
    r = score([doc("d1", [fact("RUS", "UKR", "ASSAULT", "190")])], [])
    assert r.overall["type"].precision == 0.0 and r.overall["type"].recall == 0.0
    empty = score([], [])
    assert empty.overall["type"].f1 == 0.0 and empty.agent_accuracy == 0.0
    assert "0 documents" in empty.render_text(misses=True)
    json.dumps(empty.to_dict())


def test_unknown_doc_and_untyped_predictions_are_ignored():
    r = score([doc("d1", [])], [pred("zz", "RUS", "UKR", "ASSAULT"), pred("d1", "RUS", None, None, "010")])
    assert r.unknown_doc_predictions == 1 and r.untyped_predictions == 1 and r.predicted_keys == 0


def test_type_from_cameo_when_plover_missing():
    gold = [doc("d1", [fact("RUS", "UKR", "THREATEN", "138")])]
    r = score(gold, [{"doc_id": "d1", "source": "RUS", "target": "UKR", "cameo": "138", "negated": False}])
    assert r.overall["type"].tp == 1


def test_misses_render_with_evidence():
    gold = [doc("d1", [fact("RUS", "UKR", "ASSAULT", "190", evidence="Russland griff an.")])]
    r = score(gold, [pred("d1", "UKR", "RUS", "ASSAULT", "190", evidence="Die Ukraine griff an.")])
    text = r.render_text(misses=True)
    assert "missed" in text and "Russland griff an." in text and "Die Ukraine griff an." in text
    assert "Russland griff an." not in r.render_text()


def _event(doc_id, source, target, cameo, plover, negated=False):
    return Event(doc_id=doc_id, source=source, target=target, cameo=cameo, plover=plover, goldstein=None,
                 quad_class=None, evidence="e", evidence_start=0, evidence_end=1, rule="test",
                 ruleset_version="0", negated=negated)


def test_evaluate_file_builds_documents_and_scores(tmp_path):
    path = tmp_path / "gold.jsonl"
    records = [
        {"id": "a", "lang": "de", "published": "2025-10-27", "title": "T", "text": "Russland droht.",
         "facts": [fact("RUS", "UKR", "THREATEN", "138")]},
        {"id": "b", "lang": "en", "published": None, "text": "Nothing.", "facts": []},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n\n", encoding="utf-8")
    seen: list[Document] = []

    def extractor(document: Document) -> list[Event]:
        seen.append(document)
        return [_event(document.id, "RUSGOV", "UKR", "138", "THREATEN")] if document.id == "a" else []

    report = evaluate_file(path, extractor)
    assert seen[0].published == date(2025, 10, 27) and seen[0].title == "T" and seen[0].lang == "de"
    assert seen[1].published is None
    assert report.overall["type"].f1 == 1.0 and report.documents == 2


def test_load_gold_names_the_bad_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(doc("a", [])) + "\n" + json.dumps(doc("b", [fact("X", "Y", "HUG")])) + "\n")
    with pytest.raises(DataFileError, match=r"bad.jsonl:2"):
        load_gold(path)
    path.write_text("{not json\n")
    with pytest.raises(DataFileError, match=r":1"):
        load_gold(path)
