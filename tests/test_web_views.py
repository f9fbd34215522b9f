"""The endpoints behind the map and the country page, the page's addresses and its vendored map, over HTTP
(FastAPI's test client on the real app and a real SQLite store of the demo's articles)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from realpolitik.actors.names import agents, countries, organisations
from realpolitik.web.app import create_app, wait_for_clustering
from realpolitik.web.settings import Settings
from web_stores import build_demo_store

STATIC = Path(str(resources.files("realpolitik.web") / "static"))


def display_name(code: str, lang: str = "en") -> str:
    """The name of an actor code as the page composes it from /api/names (web/static/js/names.js), in Python; the
    code itself when nothing is known of it."""
    code = (code or "").strip().upper()
    country, orgs = countries(lang), organisations()
    if code in country:
        return country[code]
    if code in orgs:
        return orgs[code]
    head, tail = code[:3], code[3:]
    if head in country and tail:
        agent = agents(lang).get(tail[:3])
        return f"{country[head]}: {agent}" if agent and len(tail) == 3 else f"{country[head]} ({tail})"
    return code


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = build_demo_store(tmp_path_factory.mktemp("views"))
    with TestClient(create_app(Settings(db=url))) as running:
        # answers read before the clustering begun at start has ended see part of the store's events
        assert wait_for_clustering(running.app, timeout=60), "clustering at start took over 60 s"
        yield running


def test_names_in_five_languages(client: TestClient) -> None:
    names = {lang: {i["code"]: i["name"] for i in client.get("/api/names", params={"lang": lang}).json()["items"]}
             for lang in ("en", "de", "es", "fr", "ru")}
    assert names["en"]["VEN"] == "Venezuela" and names["de"]["USA"] == "Vereinigte Staaten"
    assert names["ru"]["RUS"] == "Россия" and names["fr"]["USA"] == "États-Unis" and names["es"]["CUB"] == "Cuba"
    assert names["de"]["GOV"] == "Regierung" and names["en"]["NATO"] == "NATO" and names["en"]["XKX"] == "Kosovo"
    assert display_name("USAGOV", "de") == "Vereinigte Staaten: Regierung"
    bad = client.get("/api/names", params={"lang": "xx"})
    assert bad.status_code == 422 and "lang" in bad.json()["detail"]
    csv_text = client.get("/api/names", params={"lang": "de", "format": "csv"}).text
    assert csv_text.startswith("code,kind,name") and "VEN,country,Venezuela" in csv_text



def test_the_ingest_schema_lists_the_languages_read() -> None:
    """The ingest route's `lang` is the languages realpolitik reads (language/detect.Language, whose arguments are
    SUPPORTED_LANGUAGES): the API's schema lists the five, in their order, and nothing else."""
    from realpolitik.language import SUPPORTED_LANGUAGES
    from realpolitik.web.routes_ingest import NewDocument

    lang = create_app(Settings()).openapi()["components"]["schemas"]["NewDocument"]["properties"]["lang"]
    listed = [code for option in lang["anyOf"] for code in option.get("enum", [])]
    assert listed == list(SUPPORTED_LANGUAGES) == ["de", "en", "es", "fr", "ru"]
    assert NewDocument(text="x", lang="fr").lang == "fr"
    with pytest.raises(ValueError, match="lang"):
        NewDocument(text="x", lang="it")

def test_partners_of_venezuela(client: TestClient) -> None:
    body = client.get("/api/partners/VEN", params={"at": "2026-05-04", "days": 3660, "by": "month"}).json()
    order = [p["partner"] for p in body["items"]]
    assert order[0] == "RUS" and set(order[1:4]) == {"CHN", "CUB", "NIC"}  # deepest tie first
    rus = body["items"][0]
    assert rus["tie"] == "strategic_partnership" and rus["index"] > 0 and rus["cooperation"] == rus["events"]
    assert {"energy", "security"} <= set(rus["ties"][0]["areas"]) and rus["ties"][0]["status"] == "in_force"
    assert rus["latest"]["date"] == "2025-10-27" and rus["latest"]["evidence"]
    assert [s["period"] for s in rus["series"]] == ["2025-05", "2025-10"]  # months without events are absent
    usa = next(p for p in body["items"] if p["partner"] == "USA")
    assert usa["index"] < 0 and usa["conflict"] == usa["events"] == 3 and usa["ties"] == []
    assert usa["latest"]["plover"] == "ACCUSE"


def test_partners_follow_the_date(client: TestClient) -> None:
    before = client.get("/api/partners/VEN", params={"at": "2025-06-01", "days": 365}).json()
    assert all(not p["ties"] for p in before["items"])  # the ties were first reported in October
    assert [p["partner"] for p in before["items"]] == ["RUS"]  # May's consultations only
    csv_text = client.get("/api/partners/VEN", params={"at": "2026-05-04", "days": 3660, "format": "csv"}).text
    assert csv_text.splitlines()[0].startswith("partner,events,index") and "\nUSA,3,-4.667" in csv_text
    assert client.get("/api/partners/VEN", params={"days": 0}).status_code == 422
    assert client.get("/api/partners/V3N").status_code == 422


def test_documents_of_an_actor(client: TestClient) -> None:
    ven = client.get("/api/documents", params={"actor": "VEN"}).json()
    assert [d["id"] for d in ven["items"]] == ["krone-2025-10-27-russland-venezuela"]
    kaz = client.get("/api/documents", params={"actor": "KAZGOV"}).json()  # an agent code matches exactly
    assert kaz["total"] == 1 and kaz["items"][0]["id"] != ven["items"][0]["id"]
    ago = client.get("/api/documents", params={"actor": "AGO"}).json()  # AGO and AGOBUS, in one article
    assert ago["total"] == 1 and ago["items"][0]["lang"] == "en"


@pytest.mark.parametrize("path", ["/", "/map", "/network", "/country/VEN", "/dyad/USA/VEN", "/events", "/ingest"])
def test_every_view_has_an_address_with_a_strict_policy(client: TestClient, path: str) -> None:
    response = client.get(path, params={"lang": "de", "at": "2025-10-27"})
    assert response.status_code == 200 and '<script type="module" src="/static/js/main.js">' in response.text
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert "object-src 'none'" in policy


def test_page_routes_are_not_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert "/api/names" in paths and "/api/partners/{actor}" in paths
    assert not any(p in paths for p in ("/", "/map", "/country/{code}"))


def test_vendored_map_and_licences() -> None:
    vendor = STATIC / "vendor"
    topology = json.loads((vendor / "world" / "countries-50m.json").read_text(encoding="utf-8"))
    ids = {g.get("id") for g in topology["objects"]["countries"]["geometries"]}
    assert {"VEN", "USA", "RUS", "CUB", "NIC", "CHN", "XKX"} <= ids and len(ids) > 230
    assert "Natural Earth" in (vendor / "README.txt").read_text(encoding="utf-8")
    for name in ("world/LICENSE", "d3-geo.LICENSE", "d3-array.LICENSE", "topojson-client.LICENSE", "cytoscape.LICENSE"):
        assert (vendor / name).stat().st_size > 100, name


def test_page_builds_no_html_from_strings() -> None:
    """Escaping by construction: the page's scripts never parse markup (no innerHTML, no HTML insertion)."""
    for script in (STATIC / "js").glob("*.js"):
        code = script.read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
            assert sink not in code, f"{script.name} uses {sink}"


@pytest.mark.parametrize("path", ["/api/network?at=0001-01-01&days=30", "/api/partners/VEN?at=0001-01-10&days=30",
                                  "/api/changes?until=0001-01-02", "/api/changes?since=0001-01-01&until=0001-01-05"])
def test_windows_before_the_year_one_are_refused(client: TestClient, path: str) -> None:
    response = client.get(path)  # was a 500 (OverflowError) before
    assert response.status_code == 422 and "later date" in response.json()["detail"]
