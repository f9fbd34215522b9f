"""HTTP API under load: concurrent clients on loopback against a store of N generated events.

    PYTHONPATH=src python3 bench/bench_api.py [--events 1000000] [--clients 50] [--seconds 30] [--db PATH]

Fills a fresh SQLite store with bulk inserts straight into `documents`,
`event_mentions` and `relations` (no extraction: this measures the API, not
the pipeline), starts the real server (uvicorn, in a thread, free loopback
port, clustering at start switched off), then runs `--clients` threads with
httpx for `--seconds`, each cycling through a mix of requests. Prints one
JSON object: requests/s and latency percentiles overall and per endpoint.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import insert

from realpolitik.store import open_store
from realpolitik.store import schema as s
from realpolitik.store.steps import insert_ties
from realpolitik.web.server import BackgroundServer
from realpolitik.web.settings import Settings

COUNTRIES = ["RUS", "USA", "CHN", "UKR", "POL", "DEU", "FRA", "VEN", "IRN", "ISR", "TUR", "IND", "BRA", "JPN", "PRK"]
AGENTS = ["", "GOV", "MIL", "LEG"]
CODES = [("057", "AGREE", 8.0, 1), ("042", "CONSULT", 1.9, 1), ("112", "ACCUSE", -2.0, 3),
         ("190", "ASSAULT", -10.0, 4), ("163", "SANCTION", -8.0, 4), ("138", "THREATEN", -7.0, 3)]
EVENTS_PER_DOC = 5
START = date(2015, 1, 1)
DAYS = 3650

MIX = [
    ("events", "/api/events?limit=50"),
    ("events_actor", "/api/events?actor={a}&limit=50"),
    ("events_filtered", "/api/events?country={a}&type=ASSAULT&since=2020-01-01&until=2021-12-31&limit=50"),
    ("events_csv", "/api/events?actor={a}&format=csv&limit=200&sort=id"),
    ("document", "/api/documents/doc-{d}"),
    ("allies", "/api/allies/{a}"),
    ("relations", "/api/relations?actor={a}"),
    ("dyad", "/api/dyad/{a}/{b}?since=2023-01-01&until=2023-12-31"),
]


def fill(url: str, n_events: int, seed: int = 7) -> dict:
    """Bulk-insert n_events (5 per document) and a relation ledger; returns timings."""
    rng = random.Random(seed)
    started = time.perf_counter()
    store = open_store(url)
    now = datetime.now(UTC)
    n_docs = max(1, n_events // EVENTS_PER_DOC)
    batch = 10_000
    with store.engine.begin() as conn:
        for first in range(0, n_docs, batch):
            docs, events = [], []
            for i in range(first, min(first + batch, n_docs)):
                day = START + timedelta(days=rng.randrange(DAYS))
                text = " ".join(f"Sentence {k} of article {i}." for k in range(EVENTS_PER_DOC))
                docs.append({"id": f"doc-{i}", "content_hash": f"{i:064x}", "url": None, "title": f"Article {i}",
                             "lang": "en", "published": day, "outlet": "bench", "origin": "bench", "text": text,
                             "ingested_at": now})
                offset = 0
                for k in range(EVENTS_PER_DOC):
                    if i * EVENTS_PER_DOC + k >= n_events:
                        break
                    a, b = rng.sample(COUNTRIES, 2)
                    cameo, plover, goldstein, quad = rng.choice(CODES)
                    sentence = f"Sentence {k} of article {i}."
                    events.append({
                        "doc_id": f"doc-{i}", "source": a + rng.choice(AGENTS), "target": b, "source_country": a,
                        "target_country": b, "cameo": cameo, "cameo_root": cameo[:2], "plover": plover,
                        "goldstein": goldstein, "quad_class": quad, "date": day - timedelta(days=rng.randrange(3)),
                        "date_precision": "day", "published": day, "negated": False, "modality": "asserted",
                        "evidence": sentence, "evidence_start": offset, "evidence_end": offset + len(sentence),
                        "rule": "bench", "ruleset_version": "bench", "confidence": 0.6, "lang": "en"})
                    offset += len(sentence) + 1
            conn.execute(insert(s.documents), docs)
            if events:
                conn.execute(insert(s.event_mentions), events)
        ties = []
        for i, a in enumerate(COUNTRIES):
            for b in COUNTRIES[i + 1:]:
                if rng.random() < 0.3:
                    x, y = sorted((a, b))
                    since = START + timedelta(days=rng.randrange(DAYS))
                    ties.append({"a": x, "b": y, "kind": rng.choice(["defense_pact", "strategic_partnership", "ally"]),
                                 "status": "in_force", "since": since, "until": None, "areas": [],
                                 "history": [{"status": "in_force", "date": since.isoformat(), "doc_id": "doc-0"}],
                                 "first_doc": "doc-0", "last_doc": "doc-0", "updated_at": now})
        insert_ties(conn, ties)
    store.close()
    return {"documents": n_docs, "events": n_events, "relations": len(ties),
            "fill_seconds": round(time.perf_counter() - started, 1)}


def run_clients(base: str, clients: int, seconds: float, n_docs: int) -> dict:
    """`clients` threads issuing the MIX round-robin until `seconds` pass; latencies per endpoint."""
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def worker(index: int) -> None:
        rng = random.Random(index)
        local: dict[str, list[float]] = defaultdict(list)
        local_errors: dict[str, int] = defaultdict(int)
        with httpx.Client(base_url=base, timeout=60) as http:
            step = index
            while time.monotonic() < deadline:
                name, template = MIX[step % len(MIX)]
                step += 1
                a, b = rng.sample(COUNTRIES, 2)
                path = template.format(a=a, b=b, d=rng.randrange(n_docs))
                t0 = time.perf_counter()
                try:
                    response = http.get(path)
                    ok = response.status_code == 200
                except httpx.HTTPError:
                    ok = False
                local[name].append(time.perf_counter() - t0)
                if not ok:
                    local_errors[name] += 1
        with lock:
            for k, v in local.items():
                latencies[k].extend(v)
            for k, v in local_errors.items():
                errors[k] += v

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    every = [x for v in latencies.values() for x in v]
    return {"elapsed_s": round(elapsed, 1), "requests": len(every), "errors": sum(errors.values()),
            "requests_per_s": round(len(every) / elapsed, 1), "latency_ms": _percentiles(every),
            "endpoints": {k: {"requests": len(v), "errors": errors.get(k, 0), "latency_ms": _percentiles(v)}
                          for k, v in sorted(latencies.items())}}


def _percentiles(values: list[float]) -> dict:
    if not values:
        return {}
    ordered = sorted(values)

    def at(q: float) -> float:
        return round(1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)

    return {"p50": at(0.50), "p90": at(0.90), "p99": at(0.99), "max": at(1.0),
            "mean": round(1000 * statistics.fmean(ordered), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--db", help="SQLite file to create (default: a temp dir)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="rp-bench-api-"))
    path = Path(args.db) if args.db else folder / "bench.db"
    if path.exists():
        sys.exit(f"{path} exists; give a new file")
    url = f"sqlite:///{path}"
    filled = fill(url, args.events)
    with BackgroundServer(Settings(db=url, cluster_on_start=False)) as server:
        result = run_clients(server.url, args.clients, args.seconds, filled["documents"])
    print(json.dumps({"store": filled, "clients": args.clients, **result}, indent=1))


if __name__ == "__main__":
    main()
