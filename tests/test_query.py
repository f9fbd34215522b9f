"""Queries over a store: events by actor/date/type, relations with evidence, allies by depth."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.query import allies, list_events, list_relations


@pytest.fixture
def filled(store, make_document, make_event, make_relation, make_extraction):  # type: ignore[no-untyped-def]
    def save(doc_id: str, published: date, events=(), relations=()) -> None:  # type: ignore[no-untyped-def]
        doc = make_document(f"Artikel {doc_id}", id=doc_id, published=published)
        store.save(make_extraction(doc, list(events), list(relations)))

    save(
        "d1",
        date(2025, 10, 27),
        [
            make_event("d1", "RUSGOV", "VENGOV"),
            make_event("d1", "USAMIL", "VEN", cameo="150", plover="MOBILIZE", date=date(2025, 10, 20)),
        ],
        [
            make_relation(
                "RUS",
                "VEN",
                "strategic_partnership",
                "in_force",
                "d1",
                areas=["energy"],
                since=date(2025, 10, 27),
                evidence="Russland und Venezuela: strategische Partnerschaft.",
            )
        ],
    )
    save(
        "d2",
        date(2025, 11, 3),
        [
            make_event("d2", "RUS", "UKR", cameo="138", plover="THREATEN"),
            make_event("d2", "NATO", "RUS", cameo="112", plover="ACCUSE"),
        ],
        [
            make_relation("BLR", "RUS", "defense_pact", "in_force", "d2", since=date(1999, 12, 8)),
            make_relation("RUS", "USA", "rivalry", None, "d2"),
            make_relation("CHN", "RUS", "ally", None, "d2"),
            make_relation("CHN", "RUS", "cooperation_agreement", "signed", "d2"),
            make_relation("RUS", "SCO", "membership", None, "d2"),
            make_relation("ARM", "RUS", "defense_pact", "in_force", "d2", since=date(1992, 5, 15)),
            make_relation("PRK", "RUS", "strategic_partnership", "signed", "d2", since=date(2024, 6, 19)),
        ],
    )
    save("d3", date(2024, 2, 1), [], [make_relation("ARM", "RUS", "defense_pact", "suspended", "d3")])
    save(
        "d4",
        date(2025, 11, 10),
        [],
        [
            make_relation(
                "VEN",
                "RUS",
                "strategic_partnership",
                "in_force",
                "d4",
                areas=["mining"],
                evidence="Moskau und Caracas vertiefen ihre Partnerschaft.",
            )
        ],
    )
    return store


def test_events_by_actor_country_or_code(filled) -> None:  # type: ignore[no-untyped-def]
    assert len(list_events(filled)) == 4
    assert {(e["source"], e["target"]) for e in list_events(filled, actor="VEN")} == {
        ("RUSGOV", "VENGOV"),
        ("USAMIL", "VEN"),
    }
    assert [e["cameo"] for e in list_events(filled, actor="RUSGOV")] == ["057"]
    assert {e["cameo"] for e in list_events(filled, actor="rus")} == {"057", "138", "112"}
    assert [e["source"] for e in list_events(filled, actor="NATO")] == ["NATO"]


def test_events_by_date_type_limit(filled) -> None:  # type: ignore[no-untyped-def]
    ordered = list_events(filled)
    assert ordered[0]["cameo"] == "150"  # dated 2025-10-20, before the article
    assert [e["plover"] for e in list_events(filled, since=date(2025, 11, 1))] == ["THREATEN", "ACCUSE"]
    assert [e["cameo"] for e in list_events(filled, until=date(2025, 10, 21))] == ["150"]
    assert [e["plover"] for e in list_events(filled, plover_type="threaten")] == ["THREATEN"]
    assert len(list_events(filled, limit=2)) == 2
    first = list_events(filled, actor="RUSGOV")[0]
    assert (
        first["doc_id"] == "d1"
        and first["published"] == "2025-10-27"
        and first["evidence_offsets"] == [0, 56]
    )


def test_list_relations_with_evidence(filled) -> None:  # type: ignore[no-untyped-def]
    relations = list_relations(filled, actor="VENGOV")
    assert len(relations) == 1
    (rel,) = relations
    assert (rel["a"], rel["b"], rel["kind"], rel["status"], rel["since"]) == (
        "RUS",
        "VEN",
        "strategic_partnership",
        "in_force",
        "2025-10-27",
    )
    assert rel["areas"] == ["energy", "mining"] and rel["doc_ids"] == ["d1", "d4"]
    assert rel["evidence"][1] == {
        "doc_id": "d4",
        "sentence": "Moskau und Caracas vertiefen ihre Partnerschaft.",
    }
    assert len(list_relations(filled)) == 8


def test_allies_ranked_by_depth(filled) -> None:  # type: ignore[no-untyped-def]
    ranked = allies(filled, "RUSGOV")
    # ARM's pact was suspended in an article read later (dated 2024, but the pact since 1992 ... see below)
    assert [(a["ally"], a["kind"]) for a in ranked] == [
        ("BLR", "defense_pact"),
        ("VEN", "strategic_partnership"),  # in_force ranks above PRK's signed
        ("PRK", "strategic_partnership"),
        ("CHN", "cooperation_agreement"),
        ("SCO", "membership"),
    ]
    chn = next(a for a in ranked if a["ally"] == "CHN")
    assert chn["kinds"] == ["cooperation_agreement", "ally"]
    assert "USA" not in {a["ally"] for a in ranked}  # rivalry is never an alliance
    ven = ranked[1]
    assert ven["evidence"][0]["doc_id"] == "d1" and ven["areas"] == ["energy", "mining"]


def test_allies_at_a_date(filled) -> None:  # type: ignore[no-untyped-def]
    # 2020: ARM's pact held (suspended only in 2024), VEN and PRK ties had not started;
    # CHN and SCO ties carry no dates, so they are undated and kept.
    then = [a["ally"] for a in allies(filled, "RUS", at=date(2020, 1, 1))]
    assert then[:2] == ["ARM", "BLR"] and "VEN" not in then and "PRK" not in then
    assert "ARM" not in [a["ally"] for a in allies(filled, "RUS", at=date(2025, 1, 1))]
    assert "PRK" in [a["ally"] for a in allies(filled, "RUS", at=date(2025, 1, 1))]
    assert [a["ally"] for a in allies(filled, "BLR")] == ["RUS"]
