"""The ledger covers every status transition, from statements, events and the ATOP baseline."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.analysis.baseline import import_alliances
from realpolitik.errors import DataFileError
from realpolitik.query import allies, list_relations
from realpolitik.relations.from_events import relation_from_event
from realpolitik.relations.ledger import fold


def _save(store, make_document, make_extraction, doc_id, published, events=(), relations=()):  # type: ignore[no-untyped-def]
    doc = make_document(f"Article {doc_id}.", id=doc_id, published=published)
    store.save(make_extraction(doc, list(events), list(relations)))


def test_every_status_transition_with_dates_and_docs(store, make_document, make_relation, make_extraction) -> None:  # type: ignore[no-untyped-def]
    steps = [("proposed", date(2020, 1, 10)), ("signed", date(2020, 3, 1)), ("ratified", date(2020, 6, 1)),
             ("in_force", date(2020, 9, 1)), ("suspended", date(2023, 2, 1)), ("in_force", date(2024, 1, 1)),
             ("ended", date(2025, 5, 1))]
    for i, (status, published) in enumerate(steps):
        _save(store, make_document, make_extraction, f"d{i}", published,
              relations=[make_relation("RUS", "VEN", "defense_pact", status, f"d{i}")])
    (rel,) = list_relations(store, "RUS")
    assert [h["status"] for h in rel["history"]] == [s for s, _ in steps]
    assert [h["doc_id"] for h in rel["history"]] == [f"d{i}" for i in range(len(steps))]
    assert [h["date"] for h in rel["history"]] == [p.isoformat() for _, p in steps]
    assert (rel["status"], rel["since"], rel["until"]) == ("ended", "2020-03-01", "2025-05-01")
    assert len(rel["evidence"]) == len(steps)
    expected = {date(2020, 2, 1): "proposed", date(2020, 4, 1): "signed", date(2020, 7, 1): "ratified",
                date(2021, 1, 1): "in_force", date(2023, 6, 1): "suspended", date(2024, 6, 1): "in_force",
                date(2025, 6, 1): "ended"}
    for at, status in expected.items():
        assert fold(rel["history"], at)[0] == status, at
    assert allies(store, "RUS", at=date(2021, 1, 1))[0]["status"] == "in_force"
    assert allies(store, "RUS", at=date(2023, 6, 1)) == [] and allies(store, "RUS") == []


def test_events_change_diplomatic_relations(store, make_document, make_event, make_extraction) -> None:  # type: ignore[no-untyped-def]
    recognise = make_event("e1", "ESPGOV", "PSE", cameo="054", plover="SUPPORT", goldstein=3.4,
                           evidence="Spain recognised Palestine.", date=date(2024, 5, 28))
    _save(store, make_document, make_extraction, "e1", date(2024, 5, 28), events=[recognise])
    recall = make_event("e2", "ESP", "PSE", cameo="161", plover="SANCTION", goldstein=-4.0, quad_class=4,
                        evidence="Spain recalled its ambassador.")
    _save(store, make_document, make_extraction, "e2", date(2025, 1, 5), events=[recall])
    broke = make_event("e3", "PSE", "ESP", cameo="161", plover="SANCTION", goldstein=-4.0, quad_class=4,
                       evidence="Palestine broke off relations with Spain.")
    threat = make_event("e3", "ESP", "PSE", cameo="161", plover="SANCTION", modality="threat",
                        evidence="Spain may expel diplomats.")
    _save(store, make_document, make_extraction, "e3", date(2025, 3, 1), events=[broke, threat])
    (rel,) = list_relations(store, "ESP")
    assert rel["kind"] == "diplomatic_relations"
    assert [(h["status"], h["date"], h["doc_id"]) for h in rel["history"]] == [
        ("in_force", "2024-05-28", "e1"), ("suspended", "2025-01-05", "e2"), ("ended", "2025-03-01", "e3")]
    assert rel["history"][1]["rule"].startswith("event:161")
    assert relation_from_event(make_event("x", "ESP", "PSE", cameo="161", negated=True)) is None
    assert allies(store, "ESP") == []  # diplomatic relations are not an alliance


ATOP = """atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,defense,offense,neutral,nonagg,consul
1001,2,1949,4,4,0,0,0,1,0,0,0,0
1001,200,1949,4,4,0,0,0,1,0,0,0,0
1001,255,1955,5,9,0,0,0,1,0,0,0,0
2002,365,2001,7,16,0,0,0,0,0,1,1,1
2002,710,2001,7,16,0,0,0,0,0,1,1,1
3003,365,1950,2,14,1979,4,11,1,0,0,0,0
3003,710,1950,2,14,1980,0,0,1,0,0,0,0
4004,99999,1990,1,1,0,0,0,1,0,0,0,0
"""


def test_import_alliances(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "atop.csv"
    path.write_text(ATOP, encoding="utf-8")
    result = import_alliances(store, path)
    assert (result.alliances, result.pairs, result.unknown_members) == (3, 5, ["99999"])
    again = import_alliances(store, path)
    assert (again.alliances, again.skipped) == (0, 3)
    ranked = allies(store, "USA")
    assert [(a["ally"], a["kind"], a["since"]) for a in ranked] == [
        ("DEU", "defense_pact", "1955-05-09"), ("GBR", "defense_pact", "1949-04-04")]
    assert ranked[0]["doc_ids"] == ["atop-1001"] and "ATOP alliance 1001" in ranked[0]["evidence"][0]["sentence"]
    rus = {(r["a"], r["kind"]): r for r in list_relations(store, "RUS")}  # CHN < RUS
    assert rus[("CHN", "cooperation_agreement")]["status"] == "in_force"
    old = rus[("CHN", "defense_pact")]
    assert (old["status"], old["since"], old["until"]) == ("ended", "1950-02-14", "1979-04-11")
    assert old["history"][0]["rule"] == "ATOP:3003"
    assert [a["ally"] for a in allies(store, "RUS", at=date(1960, 1, 1))] == ["CHN"]


def test_import_alliances_errors(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DataFileError, match="no such file"):
        import_alliances(store, tmp_path / "missing.csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="missing column"):
        import_alliances(store, bad)
