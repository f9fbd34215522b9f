"""The analyst's questions: allies, dyad, changes, network (Python functions and CLI)."""

from __future__ import annotations

import json
from datetime import date

import networkx as nx
import pytest
from typer.testing import CliRunner

from realpolitik.analysis import changes, cluster_events, dyad, network, write_graph
from realpolitik.interfaces.cli import app
from realpolitik.query import allies

COOP = {"cameo": "057", "plover": "AGREE", "goldstein": 8.0, "quad_class": 1}
AID = {"cameo": "070", "plover": "AID", "goldstein": 7.0, "quad_class": 2}
ACCUSE = {"cameo": "112", "plover": "ACCUSE", "goldstein": -2.0, "quad_class": 3}
ATTACK = {"cameo": "190", "plover": "ASSAULT", "goldstein": -10.0, "quad_class": 4}


@pytest.fixture
def world(store, make_document, make_event, make_relation, make_extraction):  # type: ignore[no-untyped-def]
    """Russia with four kinds of ally, the US and Venezuela falling out in October 2025."""
    def save(doc_id, published, outlet="TASS", events=(), relations=()):  # type: ignore[no-untyped-def]
        doc = make_document(f"Article {doc_id}.", id=doc_id, published=published, outlet=outlet)
        store.save(make_extraction(doc, list(events), list(relations)))

    save("r1", date(2024, 6, 19), relations=[
        make_relation("RUS", "PRK", "defense_pact", "in_force", "r1", since=date(2024, 12, 4)),
        make_relation("RUS", "VEN", "strategic_partnership", "signed", "r1", since=date(2024, 6, 1)),
        make_relation("RUS", "IRN", "cooperation_agreement", "in_force", "r1"),
        make_relation("RUS", "CSTO", "membership", "in_force", "r1"),
        make_relation("BLR", "RUS", "ally", None, "r1"),
        make_relation("RUS", "UKR", "rivalry", None, "r1"),
    ])
    save("r2", date(2025, 10, 27), relations=[
        make_relation("RUS", "VEN", "strategic_partnership", "in_force", "r2")])
    # September: USA and Venezuela cooperate; October: accusations and an attack
    for i, day in enumerate((2, 12, 22)):
        save(f"s{i}", date(2025, 9, day), events=[make_event(f"s{i}", "USA", "VEN", **AID)])
    save("o1", date(2025, 10, 3), events=[make_event("o1", "USAGOV", "VENGOV", **ACCUSE)])
    save("o2", date(2025, 10, 4), outlet="Reuters", events=[make_event("o2", "USA", "VEN", **ACCUSE)])
    save("o3", date(2025, 10, 20), events=[make_event("o3", "USAMIL", "VEN", **ATTACK)])
    save("o4", date(2025, 10, 25), events=[make_event("o4", "VEN", "USA", **ACCUSE)])
    save("x1", date(2025, 10, 10), events=[make_event("x1", "RUS", "VEN", **COOP),
                                           make_event("x1", "RUS", "PRK", **AID)])
    cluster_events(store)
    return store


def test_allies_ranked_by_depth(world) -> None:  # type: ignore[no-untyped-def]
    ranked = allies(world, "RUSGOV")
    assert [(a["ally"], a["kind"]) for a in ranked] == [
        ("PRK", "defense_pact"), ("VEN", "strategic_partnership"), ("IRN", "cooperation_agreement"),
        ("CSTO", "membership"), ("BLR", "ally")]
    assert ranked[0]["status"] == "in_force" and ranked[0]["since"] == "2024-12-04"
    assert ranked[1]["since"] == "2024-06-01" and ranked[1]["doc_ids"] == ["r1", "r2"]
    assert all(a["evidence"] for a in ranked)
    at = allies(world, "RUS", at=date(2024, 7, 1))  # the pact with PRK came into force in December
    assert [a["ally"] for a in at][0] == "VEN" and at[0]["status"] == "signed"


def test_dyad_timeline_and_index(world) -> None:  # type: ignore[no-untyped-def]
    result = dyad(world, "VENGOV", "USA", since=date(2025, 9, 1), until=date(2025, 10, 31), by="month")
    assert (result["a"], result["b"]) == ("VEN", "USA")
    sep, oct_ = result["periods"]
    assert sep == {"period": "2025-09", "events": 3, "mentions": 3, "goldstein_sum": 21.0, "goldstein_mean": 7.0,
                   "quad": {"1": 0, "2": 3, "3": 0, "4": 0}, "USA>VEN": 3}
    # o1 and o2 are one event (two outlets); o4 is the other direction
    assert (oct_["events"], oct_["mentions"], oct_["goldstein_sum"]) == (3, 4, -14.0)
    assert oct_["quad"] == {"1": 0, "2": 0, "3": 2, "4": 1} and oct_["VEN>USA"] == 1
    first = next(e for e in result["events"] if e["plover"] == "ACCUSE")
    assert (first["mentions"], first["outlets"], first["first_doc"]) == (2, 2, "o1")
    weekly = dyad(world, "USA", "VEN", since=date(2025, 10, 1), by="week")
    assert [p["period"] for p in weekly["periods"]] == ["2025-09-29", "2025-10-20"]
    assert dyad(world, "RUS", "VEN")["relations"][0]["kind"] == "strategic_partnership"
    with pytest.raises(ValueError, match="period"):
        dyad(world, "RUS", "VEN", by="year")


def test_changes(world) -> None:  # type: ignore[no-untyped-def]
    result = changes(world, since=date(2025, 10, 1), until=date(2025, 10, 31), min_events=1)
    assert [(r["change"], r["a"], r["b"], r["kind"], r["before"], r["after"]) for r in result["relations"]] == [
        ("upgraded", "RUS", "VEN", "strategic_partnership", "signed", "in_force")]
    top = result["shifts"][0]
    assert (top["a"], top["b"]) == ("USA", "VEN") and top["mean_before"] == 7.0 and top["shift"] < -10
    early = changes(world, since=date(2024, 6, 1), until=date(2024, 12, 31))
    assert {(r["change"], r["kind"]) for r in early["relations"]} >= {("created", "defense_pact"),
                                                                       ("created", "ally")}
    with pytest.raises(ValueError, match="before"):
        changes(world, since=date(2025, 10, 1), until=date(2025, 1, 1))


def test_network_blocs_partners_and_export(world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = network(world, at=date(2025, 10, 31), window_days=90)
    nodes = {n["actor"]: n for n in result["nodes"]}
    assert nodes["RUS"]["partners"][0] == "PRK"
    assert nodes["RUS"]["bloc"] == nodes["PRK"]["bloc"]
    assert nodes["USA"]["bloc"] != nodes["RUS"]["bloc"]
    edge = next(e for e in result["edges"] if (e["a"], e["b"]) == ("USA", "VEN"))
    assert (edge["events"], edge["mentions"], edge["cooperation"], edge["conflict"]) == (6, 7, 3, 3)
    rivalry = next(e for e in result["edges"] if (e["a"], e["b"]) == ("RUS", "UKR"))
    assert rivalry["relations"] == ["rivalry"] and rivalry["affinity"] == 0
    assert network(world, at=date(2025, 10, 31))["blocs"] == result["blocs"]  # seeded: deterministic
    before = {n["actor"] for n in network(world, at=date(2024, 1, 1))["nodes"]}
    assert "PRK" not in before  # no tie in force, no events yet
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = tmp_path / f"net.{fmt}"
        write_graph(result, path, fmt)
        graph = read(path)
        assert set(graph.nodes) == set(nodes) and graph.number_of_edges() == len(result["edges"])
        assert graph.nodes["RUS"]["bloc"] == nodes["RUS"]["bloc"]


def test_cli(store_url, world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    out = runner.invoke(app, ["cluster", "--db", store_url])
    assert out.exit_code == 0 and "clustered 0 mentions" in out.output
    out = runner.invoke(app, ["dyad", "USA", "VEN", "--db", store_url, "--by", "month", "-f", "jsonl"])
    assert out.exit_code == 0, out.output
    assert len(json.loads(out.output)["periods"]) == 2
    out = runner.invoke(app, ["dyad", "USA", "VEN", "--db", store_url, "--by", "year"])
    assert out.exit_code != 0 and "day, week, month" in out.output
    out = runner.invoke(app, ["changes", "--since", "2025-10-01", "--until", "2025-10-31", "--db", store_url])
    assert out.exit_code == 0 and "upgraded" in out.output
    path = tmp_path / "n.gexf"
    out = runner.invoke(app, ["network", "--at", "2025-10-31", "--window", "90d", "-f", "gexf", "-o", str(path),
                              "--db", store_url])
    assert out.exit_code == 0, out.output
    assert "RUS" in nx.read_gexf(path)
    out = runner.invoke(app, ["network", "--at", "2025-10-31", "-f", "jsonl", "--db", store_url])
    assert out.exit_code == 0 and json.loads(out.output.splitlines()[0])["type"] == "node"
    out = runner.invoke(app, ["network", "-f", "graphml", "--db", store_url])
    assert out.exit_code != 0 and "-o network.graphml" in out.output
    csv_path = tmp_path / "atop.csv"
    csv_path.write_text("atopid,member,yrent,defense\n7,2,1950,1\n7,20,1950,1\n", encoding="utf-8")
    out = runner.invoke(app, ["import-alliances", str(csv_path), "--db", store_url])
    assert out.exit_code == 0 and "imported 1 alliances" in out.output
