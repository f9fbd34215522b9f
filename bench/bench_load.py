"""The load target of issue 12: 50 clients x 200 requests against a real `serve` on a 1M-event store.

    PYTHONPATH=src python3 bench/bench_load.py [--events 1000000] [--clients 50] [--requests 200]
                                               [--db FILE.db | --pg postgresql://...] [--reuse]

Fills a store with generated events (bench_api.fill: bulk inserts, no
extraction) and clusters it (as an ingested store is), starts `realpolitik
serve` as its own process on a free loopback port (as a user runs it; the
clients do not share its interpreter), waits until it answers, then runs
`--clients` asyncio clients, each sending `--requests` requests one after the
other through a mix of the read endpoints. Prints one JSON object: errors,
requests/s, latency percentiles overall and per endpoint, the CPU seconds
of the server and of the clients (they share the machine), and whether the
target (0 errors, p95 under 1 s) is met. `--reuse` keeps an existing store of
the right size instead of filling it again.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_api import COUNTRIES, fill  # noqa: E402
from realpolitik.web.server import free_port  # noqa: E402

MIX = [
    ("events", "/api/events?limit=50"),
    ("events_actor", "/api/events?actor={a}&limit=50"),
    ("events_filtered", "/api/events?country={a}&type=ASSAULT&since=2020-01-01&until=2021-12-31&limit=50"),
    ("events_dyad", "/api/events?source={a}&target={b}&limit=20&sort=date"),
    ("events_csv", "/api/events?actor={a}&format=csv&limit=200&sort=id"),
    ("documents", "/api/documents?limit=20"),
    ("document", "/api/documents/doc-{d}"),
    ("meta", "/api/meta"),
    ("allies", "/api/allies/{a}"),
    ("relations", "/api/relations?actor={a}"),
    ("dyad", "/api/dyad/{a}/{b}?since=2023-01-01&until=2023-12-31"),
]
TARGET_P95_S = 1.0


def stored_events(url: str) -> int:
    from sqlalchemy import func, select

    from realpolitik.store import open_store
    from realpolitik.store import schema as s

    with open_store(url) as store, store.reader() as conn:
        return int(conn.execute(select(func.count()).select_from(s.event_mentions)).scalar() or 0)


def start_server(url: str, port: int) -> subprocess.Popen:
    env = {**os.environ, "REALPOLITIK_TOKEN": ""}
    command = [sys.executable, "-c", "from realpolitik.interfaces.cli import run; run()", "serve", "--db", url,
               "--port", str(port)]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_ready(base: str, server: subprocess.Popen, timeout: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if server.poll() is not None:
            raise SystemExit(f"the server exited: {server.stderr.read().decode()[-2000:] if server.stderr else ''}")
        try:
            if httpx.get(base + "/api/meta", timeout=5).status_code == 200:
                return time.monotonic() - started
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"the server did not answer within {timeout:g} s")


async def run_clients(base: str, clients: int, requests: int, n_docs: int) -> dict:
    """`clients` concurrent clients, each sending `requests` requests in turn; latencies per endpoint."""
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, list[str]] = defaultdict(list)
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(index: int, http: httpx.AsyncClient) -> None:
        rng = random.Random(index)
        for step in range(requests):
            name, template = MIX[(index + step) % len(MIX)]
            a, b = rng.sample(COUNTRIES, 2)
            path = template.format(a=a, b=b, d=rng.randrange(n_docs))
            started = time.perf_counter()
            try:
                answer = await http.get(path)
                problem = None if answer.status_code == 200 else f"HTTP {answer.status_code} {path}"
            except httpx.HTTPError as exc:
                problem = f"{type(exc).__name__} {path}"
            latencies[name].append(time.perf_counter() - started)
            if problem:
                errors[name].append(problem)

    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as http:
        started = time.monotonic()
        await asyncio.gather(*(client(i, http) for i in range(clients)))
        elapsed = time.monotonic() - started
    every = [x for v in latencies.values() for x in v]
    return {"elapsed_s": round(elapsed, 1), "requests": len(every), "errors": sum(len(v) for v in errors.values()),
            "error_examples": [e for v in errors.values() for e in v][:5],
            "requests_per_s": round(len(every) / elapsed, 1), "latency_ms": percentiles(every),
            "endpoints": {k: {"requests": len(v), "errors": len(errors.get(k, [])), "latency_ms": percentiles(v)}
                          for k, v in sorted(latencies.items())}}


def cpu_seconds(who: int) -> float:
    """User + system CPU seconds of this process (RUSAGE_SELF) or of its exited children."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def percentiles(values: list[float]) -> dict:
    if not values:
        return {}
    ordered = sorted(values)

    def at(q: float) -> float:
        return round(1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)

    return {"p50": at(0.50), "p95": at(0.95), "p99": at(0.99), "max": at(1.0)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=200, help="requests per client")
    parser.add_argument("--db", help="SQLite file (default: a new file in a temp dir)")
    parser.add_argument("--pg", help="PostgreSQL URL instead of SQLite (its tables are dropped first unless --reuse)")
    parser.add_argument("--reuse", action="store_true", help="keep a store that already holds --events events")
    parser.add_argument("--ready-timeout", type=float, default=600.0, help="seconds to wait for the server")
    args = parser.parse_args()
    if args.pg:
        url = args.pg
    else:
        path = Path(args.db) if args.db else Path(tempfile.mkdtemp(prefix="rp-bench-load-")) / "load.db"
        url = f"sqlite:///{path}"
    have = stored_events(url) if args.reuse else 0
    if have == args.events:
        filled = {"events": have, "documents": -(-args.events // 5), "reused": True}
    else:
        if args.pg:
            from realpolitik.store.engine import make_engine, resolve_url
            from realpolitik.store.schema import metadata

            engine = make_engine(resolve_url(url))
            metadata.drop_all(engine)
            engine.dispose()
        elif path.exists():
            sys.exit(f"{path} exists and does not hold {args.events} events; give a new file or --reuse")
        filled = fill(url, args.events)
    started = time.monotonic()  # cluster before serving, as a store that is ingested into is (serve then adds nothing)
    from realpolitik.analysis import views
    from realpolitik.store import open_store

    with open_store(url) as store:
        views.prepare(store)
    filled["cluster_seconds"] = round(time.monotonic() - started, 1)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(url, port)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # a killed bench still stops its server (finally)
    try:
        ready = wait_ready(base, server, args.ready_timeout)
        before = cpu_seconds(resource.RUSAGE_SELF)
        result = asyncio.run(run_clients(base, args.clients, args.requests, filled["documents"]))
        clients_cpu = cpu_seconds(resource.RUSAGE_SELF) - before
    finally:
        server.terminate()
        server.wait(30)
    # The server is this process's only child: its CPU (start and clustering included) once it has exited.
    result["cpu_s"] = {"server": round(cpu_seconds(resource.RUSAGE_CHILDREN), 1), "clients": round(clients_cpu, 1)}
    met = result["errors"] == 0 and result["latency_ms"]["p95"] < 1000 * TARGET_P95_S
    print(json.dumps({"store": {**filled, "backend": "postgresql" if args.pg else "sqlite"},
                      "server_ready_s": round(ready, 1), "clients": args.clients,
                      "requests_per_client": args.requests, **result, "target_met": met}, indent=1))


if __name__ == "__main__":
    main()
