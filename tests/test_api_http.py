"""The HTTP API against a real uvicorn server on a free loopback port, over a store filled by ingesting."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from realpolitik.web.server import BackgroundServer  # noqa: E402
from realpolitik.web.settings import Settings  # noqa: E402
from test_web_corpus import build_store  # noqa: E402

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_store(tmp_path_factory.mktemp("api"))


@pytest.fixture(scope="module")
def server(db_url: str) -> Iterator[BackgroundServer]:
    with BackgroundServer(Settings(db=db_url, token=TOKEN)) as running:
        yield running


@pytest.fixture(scope="module")
def readonly(db_url: str) -> Iterator[BackgroundServer]:
    with BackgroundServer(Settings(db=db_url, token=None)) as running:
        yield running


@pytest.fixture
def client(server: BackgroundServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


def test_binds_loopback(server: BackgroundServer) -> None:
    assert server.url.startswith("http://127.0.0.1:")


def test_meta_and_events(client: httpx.Client) -> None:
    meta = client.get("/api/meta").json()
    assert meta["counts"]["documents"] == 3 and meta["ingest_enabled"] is True
    page = client.get("/api/events", params={"actor": "RUS", "type": "assault"}).json()
    assert page["total"] == 2 and {e["target"] for e in page["items"]} == {"UKR"}
    assert page["items"][0]["date"] >= page["items"][1]["date"]  # newest first by default


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "CHN"}, 2),
        ({"cameo": "19"}, 2),
        ({"since": "2025-10-01", "until": "2025-10-31"}, 2),
        ({"text": "missiles"}, 1),
        ({"source": "USA"}, 1),
        ({"target": "RUS"}, 1),
    ],
)
def test_event_filters(client: httpx.Client, params: dict, expected: int) -> None:
    assert client.get("/api/events", params=params).json()["total"] == expected


def test_pagination_and_sorting(client: httpx.Client) -> None:
    first = client.get("/api/events", params={"limit": 2, "offset": 0, "sort": "id"}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": 2, "sort": "id"}).json()
    assert first["total"] == 6 and len(first["items"]) == 2
    assert [e["id"] for e in first["items"]] + [e["id"] for e in second["items"]] == [1, 2, 3, 4]
    by_score = client.get("/api/events", params={"sort": "goldstein"}).json()["items"]
    assert by_score[0]["goldstein"] == -10.0


@pytest.mark.parametrize(
    ("params", "needle"),
    [
        ({"limit": 5000}, "query.limit"),
        ({"limit": 0}, "query.limit"),
        ({"offset": -1}, "query.offset"),
        ({"offset": 10**7}, "query.offset"),
        ({"since": "2025-13-01"}, "query.since"),
        ({"since": "2025-12-01", "until": "2025-01-01"}, "is after"),
        ({"sort": "evil"}, "sort="),
        ({"actor": "R'; DROP"}, "not an actor code"),
        ({"format": "xml"}, "query.format"),
        ({"cameo": "abc"}, "query.cameo"),
    ],
)
def test_bad_input_is_422_with_a_message(client: httpx.Client, params: dict, needle: str) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert needle in response.json()["detail"]


def test_csv_response(client: httpx.Client) -> None:
    response = client.get("/api/events", params={"format": "csv", "actor": "RUS"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == int(response.headers["x-total-count"]) == 5
    assert {"date", "source", "target", "evidence_start"} <= set(rows[0])


def test_documents_with_evidence_offsets(client: httpx.Client) -> None:
    docs = client.get("/api/documents").json()
    assert docs["total"] == 3
    doc = client.get(f"/api/documents/{docs['items'][0]['id']}").json()
    for event in doc["events"]:
        assert doc["text"][event["evidence_start"]:event["evidence_end"]] == event["evidence"]
    assert client.get("/api/documents/nope").status_code == 404


def test_relations_allies_dyad_network_changes(client: httpx.Client) -> None:
    relations = client.get("/api/relations", params={"actor": "RUS"}).json()
    # "Russia attacked Ukraine" is open conflict: a rivalry (EVAL.md)
    assert {r["kind"] for r in relations["items"]} == {"strategic_partnership", "cooperation_agreement", "rivalry"}
    allies = client.get("/api/allies/RUS").json()["items"]
    assert allies[0]["ally"] == "CHN"
    dyad = client.get("/api/dyad/RUS/CHN", params={"by": "month"}).json()
    assert [p["period"] for p in dyad["periods"]] == ["2025-09", "2025-11"]
    assert dyad["periods"][0]["goldstein_mean"] > 0 and dyad["relations"]
    net = client.get("/api/network", params={"at": "2025-12-01", "days": 365}).json()
    ids = {n["id"] for n in net["nodes"]}
    assert {"RUS", "CHN", "UKR", "POL"} <= ids
    kinds = {e["kind"] for e in net["edges"]}
    assert "strategic_partnership" in kinds
    hood = client.get("/api/network", params={"at": "2025-12-01", "actor": "UKR"}).json()
    assert all("UKR" in (e["source"], e["target"]) for e in hood["edges"])
    assert client.get("/api/changes", params={"since": "2025-09-01", "until": "2025-12-31"}).status_code == 200
    assert client.get("/api/dyad/RUS/RUS").status_code == 422
    assert client.get("/api/network", params={"days": 99999}).status_code == 422
    assert client.get("/api/dyad/RUS/CHN", params={"since": "1900-01-01", "until": "2025-01-01"}).status_code == 422


def test_openapi_and_offline_docs(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    assert "/api/events" in spec["paths"] and "/api/documents" in spec["paths"]
    docs = client.get("/docs").text
    assert "/openapi.json" in docs and "cdn" not in docs.lower()
    page = client.get("/").text
    assert "/static/vendor/cytoscape.min.js" in page and "http" not in page.split("<script")[1]


def test_ingest_needs_the_token(client: httpx.Client, readonly: BackgroundServer) -> None:
    body = {"text": "Poland and Germany signed a strategic partnership agreement.", "published": "2025-12-01"}
    assert client.post("/api/documents", json=body).status_code == 401
    wrong = client.post("/api/documents", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and "token" in wrong.json()["detail"]
    off = httpx.post(f"{readonly.url}/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert off.status_code == 403 and "REALPOLITIK_TOKEN" in off.json()["detail"]
    ok = client.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 201, ok.text
    result = ok.json()
    assert result["stored"] and {(e["source"], e["target"]) for e in result["events"]} == {("POL", "DEU")}
    again = client.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.status_code == 200 and again.json()["duplicate_of"] == result["doc_id"]
    bad = client.post("/api/documents", json={"text": "   "}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert bad.status_code == 422 and "text" in bad.json()["detail"]


def test_token_from_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from realpolitik.web.settings import load_token

    monkeypatch.delenv("REALPOLITIK_TOKEN", raising=False)
    assert load_token(None) is None
    (tmp_path / "token").write_text("abc\n")
    assert load_token(tmp_path / "token") == "abc"
    monkeypatch.setenv("REALPOLITIK_TOKEN", "env")
    assert load_token(tmp_path / "token") == "env"


def test_unknown_event_type_is_422_naming_the_valid_ones(client: httpx.Client) -> None:
    response = client.get("/api/events", params={"type": "NOTATYPE"})
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert "NOTATYPE" in detail and "ASSAULT" in detail and "AGREE" in detail


@pytest.mark.parametrize("sort", ["offset", "evil"])
def test_sort_error_lists_only_what_is_allowed(client: httpx.Client, sort: str) -> None:
    response = client.get("/api/events", params={"sort": sort})
    assert response.status_code == 422
    allowed = response.json()["detail"].split("is not one of", 1)[1]
    assert "offset" not in allowed and "-date" in allowed
    for choice in (c.strip() for c in allowed.split(",")):
        assert client.get("/api/events", params={"sort": choice}).status_code == 200


def test_documents_q_searches_titles_and_text_through_fts(client: httpx.Client) -> None:
    by_text = client.get("/api/documents", params={"q": "missiles"}).json()  # a word of the text only
    assert by_text["total"] == 1
    folded = client.get("/api/documents", params={"q": "MISSILES ukraine"}).json()  # every word, any case
    assert folded["total"] == 1
    assert client.get("/api/documents", params={"q": "missiles pact moscow"}).json()["total"] == 0
    assert client.get("/api/documents", params={"q": "?!"}).json()["total"] == 0  # no word: nothing, no error
    spec = client.get("/openapi.json").json()
    q = next(p for p in spec["paths"]["/api/documents"]["get"]["parameters"] if p["name"] == "q")
    assert "title" in q["description"] and "text" in q["description"]


def test_undated_events_have_one_rule_in_cli_and_api(store_url: str, make_document, make_event,
                                                      make_extraction) -> None:
    import json
    from datetime import date

    from typer.testing import CliRunner

    from realpolitik.interfaces.cli import app
    from realpolitik.store import open_store

    doc = make_document(published=date(2025, 10, 27))
    events = [make_event(doc.id), make_event(doc.id, date=date(2025, 10, 20), date_precision="day")]
    with open_store(store_url) as store:
        store.save(make_extraction(doc, events))
    with BackgroundServer(Settings(db=store_url)) as running:
        api = {e["id"]: e for e in httpx.get(f"{running.url}/api/events", timeout=30).json()["items"]}
    listed = CliRunner().invoke(app, ["events", "--db", store_url, "--format", "jsonl"])
    cli = {e["id"]: e for e in map(json.loads, listed.stdout.splitlines())}
    assert set(api) == set(cli) and len(api) == 2
    for event in api.values():
        same = cli[event["id"]]
        assert (same["date"], same["date_precision"]) == (event["date"], event["date_precision"])
    undated, dated = sorted(api.values(), key=lambda e: e["event_date"] or "")
    assert (undated["date"], undated["date_precision"], undated["event_date"]) == ("2025-10-27", "published", None)
    assert (dated["date"], dated["date_precision"], dated["event_date"]) == ("2025-10-20", "day", "2025-10-20")
