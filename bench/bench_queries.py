"""Latency of the analysis queries (allies, dyad, network) on a large synthetic store.

Loads N clustered events across A actors over Y years with bulk inserts
(executemany on SQLite, COPY on PostgreSQL; indexes built after the load),
plus a ledger of ties, then times each query over one year and prints JSON:
median and p95 latency per query and backend, load time and peak memory.

    PYTHONPATH=src python3 bench/bench_queries.py --events 1000000
    PYTHONPATH=src python3 bench/bench_queries.py --events 10000000 --pg postgresql://...   # full run
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from pathlib import Path

from sqlalchemy import text

from realpolitik.analysis import dyad, network
from realpolitik.query import allies
from realpolitik.store import Store, open_store
from realpolitik.store import schema as s
from realpolitik.store.steps import insert_ties

TYPES = [("CONSULT", "040", 1, 1.0), ("AGREE", "057", 1, 8.0), ("COOPERATE", "061", 2, 6.0), ("AID", "070", 2, 7.0),
         ("ACCUSE", "112", 3, -2.0), ("THREATEN", "138", 3, -7.0), ("SANCTION", "163", 4, -8.0),
         ("ASSAULT", "190", 4, -10.0)]
KINDS = ["defense_pact", "strategic_partnership", "cooperation_agreement", "ally", "rivalry"]
EVENT_COLUMNS = ("source", "target", "directed", "plover", "cameo", "quad_class", "goldstein", "date", "last_date",
                 "mentions", "articles", "outlets", "first_doc", "first_reported", "evidence")
CHUNK = 200_000


def actor_codes(n: int) -> list[str]:
    ref = resources.files("realpolitik") / "data" / "reference" / "countries.csv"
    with ref.open(encoding="utf-8") as handle:
        codes = [row["iso3"] for row in csv.DictReader(handle) if row.get("iso3")]
    if n > len(codes):
        raise SystemExit(f"--actors {n}: only {len(codes)} country codes are known; use at most that")
    return codes[:n]


def event_rows(n: int, actors: list[str], start: date, days: int, rng: random.Random) -> Iterator[list[tuple]]:
    """Chunks of event rows; actor activity is skewed (a few actors make most news), like real data."""
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(actors))]
    for offset in range(0, n, CHUNK):
        size = min(CHUNK, n - offset)
        sources = rng.choices(actors, weights, k=size)
        targets = rng.choices(actors, weights, k=size)
        rows = []
        for i in range(size):
            src, tgt = sources[i], targets[i]
            if src == tgt:
                tgt = actors[(actors.index(tgt) + 1) % len(actors)]
            plover, cameo, quad, score = TYPES[rng.randrange(len(TYPES))]
            day = start + timedelta(days=rng.randrange(days))
            mentions = 1 + int(rng.expovariate(0.7))
            rows.append((src, tgt, True, plover, cameo, quad, score, day, day, mentions, mentions,
                         min(mentions, 3), f"bench-{rng.randrange(1000)}", day, "synthetic"))
        yield rows


def relation_rows(actors: list[str], start: date, days: int, rng: random.Random) -> list[dict]:
    rows, seen = [], set()
    for a in actors:
        for _ in range(8):
            b = rng.choice(actors)
            kind = rng.choice(KINDS)
            pair = tuple(sorted((a, b)))
            if a == b or (*pair, kind) in seen:
                continue
            seen.add((*pair, kind))
            since = start + timedelta(days=rng.randrange(days))
            history = [{"status": "signed", "date": since.isoformat(), "doc_id": "bench-0"}]
            status = "signed"
            if rng.random() < 0.7:
                history.append({"status": "in_force", "date": (since + timedelta(days=90)).isoformat(),
                                "doc_id": "bench-1"})
                status = "in_force"
            if rng.random() < 0.1:
                history.append({"status": "ended", "date": (since + timedelta(days=700)).isoformat(),
                                "doc_id": "bench-2"})
                status = "ended"
            rows.append({"a": pair[0], "b": pair[1], "kind": kind, "status": status, "since": since, "until": None,
                         "areas": [], "history": history, "first_doc": "bench-0", "last_doc": "bench-1",
                         "updated_at": datetime.now(UTC)})
    return rows


EVENT_INDEXES = list(s.events.indexes)


def load(store: Store, n: int, actors: list[str], start: date, days: int, seed: int) -> float:
    """Bulk-load documents, ledger and events; returns seconds."""
    rng = random.Random(seed)
    began = time.perf_counter()
    now = datetime.now(UTC)
    with store.engine.begin() as conn:
        for ix in EVENT_INDEXES:
            ix.drop(conn, checkfirst=True)
        conn.execute(s.documents.insert(), [
            {"id": f"bench-{i}", "content_hash": f"{i:064d}", "title": "", "text": f"synthetic {i}",
             "published": start, "outlet": f"outlet-{i % 50}", "ingested_at": now} for i in range(1000)])
        relations = relation_rows(actors, start, days, rng)
        insert_ties(conn, relations)
        ids = conn.execute(text("SELECT id, a, b, kind FROM relations")).all()
        conn.execute(s.relation_mentions.insert(), [
            {"doc_id": "bench-0", "relation_id": r.id, "a": r.a, "b": r.b, "kind": r.kind, "status": "signed",
             "areas": [], "evidence": f"{r.a} and {r.b} signed a {r.kind}.", "rule": "bench"} for r in ids])
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        for chunk in event_rows(n, actors, start, days, rng):
            if store.dialect == "postgresql":
                with cursor.copy(f"COPY events ({', '.join(EVENT_COLUMNS)}) FROM STDIN") as copy:
                    for row in chunk:
                        copy.write_row(row)
            else:
                marks = ", ".join("?" for _ in EVENT_COLUMNS)
                cursor.executemany(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({marks})",
                                   [(*r[:7], r[7].isoformat(), r[8].isoformat(), *r[9:13], r[13].isoformat(), r[14])
                                    for r in chunk])
        raw.commit()
    finally:
        raw.close()
    with store.engine.begin() as conn:
        for ix in EVENT_INDEXES:
            ix.create(conn)
        conn.execute(text("ANALYZE"))
    return time.perf_counter() - began


def timed(fn: Callable[[], object], repeats: int) -> dict:
    fn()  # warm the cache once
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return {"median_ms": round(statistics.median(times), 2), "p95_ms": round(p95, 2), "runs": repeats}


def bench(url: str, args: argparse.Namespace) -> dict:
    actors = actor_codes(args.actors)
    start = date(2015, 1, 1)
    days = 365 * args.years
    store = open_store(url)
    try:
        loaded = load(store, args.events, actors, start, days, args.seed)
        end = start + timedelta(days=days - 1)
        year = end - timedelta(days=364)
        rng = random.Random(args.seed + 1)
        busy = actors[:20]
        result = {
            "allies": timed(lambda: allies(store, rng.choice(actors)), args.repeats),
            "dyad": timed(lambda: dyad(store, *rng.sample(busy, 2), since=year, until=end, by="month"), args.repeats),
            "network": timed(lambda: network(store, at=end, window_days=365), max(3, args.repeats // 5)),
        }
        return {"backend": store.dialect, "load_seconds": round(loaded, 1), "queries": result}
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="events to load (full run: 10000000)")
    parser.add_argument("--actors", type=int, default=200)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=20, help="timed runs per query (network: a fifth)")
    parser.add_argument("--pg", help="also run on this PostgreSQL URL (its tables are dropped and rebuilt)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, help="write the JSON here as well")
    args = parser.parse_args(argv)
    report: dict = {"events": args.events, "actors": args.actors, "years": args.years, "window": "one year",
                    "counts": "clustered events", "backends": []}
    with tempfile.TemporaryDirectory() as folder:
        report["backends"].append(bench(f"sqlite:///{folder}/bench.db", args))
    if args.pg:
        _wipe(args.pg)
        report["backends"].append(bench(args.pg, args))
    report["peak_memory_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    output = json.dumps(report, indent=2)
    sys.stdout.write(output + "\n")
    if args.out:
        args.out.write_text(output + "\n", encoding="utf-8")
    print(f"peak memory: {report['peak_memory_mb']} MB", file=sys.stderr)
    return 0


def _wipe(url: str) -> None:
    from realpolitik.store.engine import make_engine, resolve_url

    engine = make_engine(resolve_url(url))
    try:
        s.metadata.drop_all(engine)
    finally:
        engine.dispose()


if __name__ == "__main__":
    raise SystemExit(main())
