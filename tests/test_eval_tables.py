"""eval/extras.py and eval/missed.py: the tables of extras and of misses by class take the eval/gold sets and, with
`--study=a.jsonl,b.jsonl`, further gold files, each row named by its file's set. Sentences of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval_scripts import eval_script

ROOT = Path(__file__).resolve().parents[1]

_TEXT = "Russia accused Ukraine on Monday of shelling the power plant. France condemned Germany over the new tariffs."
_ACCUSED = {"source": "RUS", "target": "UKR", "type": "ACCUSE", "cameo": "112", "date": None, "negated": False,
            "evidence": "Russia accused Ukraine on Monday of shelling the power plant"}
_CONDEMNED = {"source": "FRA", "target": "DEU", "type": "ACCUSE", "cameo": "111", "date": None, "negated": False,
              "evidence": "France condemned Germany over the new tariffs"}
# a key the coder does not print: the accusation the other way round
_REVERSED = {**_ACCUSED, "source": "UKR", "target": "RUS"}


def _gold(path: Path, doc_id: str, facts: list[dict]) -> Path:
    record = {"id": doc_id, "lang": "en", "published": "2026-05-04", "title": "Accusations", "text": _TEXT,
              "facts": facts, "relations": []}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def sets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A gold folder of one set that annotates the accusation (and the accusation the other way round), and a
    study file that annotates the condemnation (and the same reversed accusation); the scripts read eval/split.json
    from the repository's root."""
    monkeypatch.chdir(ROOT)
    gold = tmp_path / "gold"
    gold.mkdir()
    _gold(gold / "own_tables.jsonl", "own-tables-001", [_ACCUSED, _REVERSED])
    return gold, _gold(tmp_path / "study_tables.jsonl", "study-tables-001", [_CONDEMNED, _REVERSED])


@pytest.mark.parametrize("name, keys", [("extras", {("own_tables", "FRA", "DEU"), ("study_tables", "RUS", "UKR")}),
                                        ("missed", {("own_tables", "UKR", "RUS"), ("study_tables", "UKR", "RUS")})])
def test_each_script_reads_the_study_files_beside_the_gold_sets(sets: tuple[Path, Path], tmp_path: Path,
                                                                name: str, keys: set):
    gold, study = sets
    out = tmp_path / "out.jsonl"
    eval_script(name).main([str(out), f"--gold={gold}", f"--study={study}"])
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {(r["set"], r["source"], r["target"]) for r in rows} == keys


def test_without_study_files_only_the_gold_sets_are_read(sets: tuple[Path, Path], tmp_path: Path):
    gold, _ = sets
    out = tmp_path / "out.jsonl"
    table = eval_script("extras").run([str(out), f"--gold={gold}"], ("extra",), lambda row, only: "any")
    assert dict(table) == {"any": {"en": 1}}
    assert [json.loads(line)["doc"] for line in out.read_text(encoding="utf-8").splitlines()] == ["own-tables-001"]
