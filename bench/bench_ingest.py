"""Ingest throughput: the full pipeline with 1 and 2 workers next to trafilatura alone, same HTML.

    PYTHONPATH=src python3 bench/bench_ingest.py [--n 20000] [--workers 1,2]

Writes N synthetic news pages (templates plus random filler, with nav/footer
boilerplate) to a temp dir, then times (1) trafilatura.bare_extraction on
every file, (2) `ingest_paths` (read, trafilatura + htmldate, near-duplicate
signature, language/actors/events/relations, one transaction per document)
into a fresh SQLite file for each worker count, and (3) the old store-only
path (read_inputs + Store.save of an empty Extraction). Prints one JSON
object with articles/s and the peak memory of the parent and of the workers.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from corpus import PAGE  # the page template of every generated page

COUNTRIES = [
    "Russland",
    "Venezuela",
    "China",
    "Frankreich",
    "Polen",
    "Indien",
    "Brasilien",
    "Japan",
    "Iran",
    "Kenia",
]
VERBS = [
    "unterzeichneten ein Abkommen mit",
    "kritisierten",
    "drohten",
    "berieten mit",
    "verhängten Sanktionen gegen",
]
AREAS = ["Energie", "Bergbau", "Verkehr", "Sicherheit", "Handel", "Landwirtschaft"]



FILLER = [
    "heute",
    "gestern",
    "morgen",
    "erneut",
    "deutlich",
    "offiziell",
    "angeblich",
    "zudem",
    "jedoch",
    "dennoch",
    "bereits",
    "weiterhin",
    "Minister",
    "Sprecher",
    "Regierung",
    "Parlament",
    "Behörde",
    "Delegation",
    "Botschafter",
    "Experten",
    "Vertreter",
    "Beamte",
    "Gespräche",
    "Verhandlungen",
    "Zölle",
    "Kredite",
    "Hilfen",
    "Truppen",
    "Grenzen",
    "Häfen",
    "Pipelines",
    "Wahlen",
    "Proteste",
    "Reformen",
    "erklärte",
    "betonte",
    "forderte",
    "kündigte",
    "warnte",
    "bestätigte",
    "dementierte",
    "lobte",
    "verurteilte",
    "begrüßte",
]


def make_page(i: int, rng: random.Random) -> str:
    a, b = rng.sample(COUNTRIES, 2)
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
    title = f"{a} und {b}: {rng.choice(['Treffen', 'Streit', 'Vertrag', 'Gipfel'])} Nr. {i}"
    paragraphs = []
    for _ in range(rng.randint(4, 9)):
        x, y = rng.sample(COUNTRIES, 2)
        sentences = [
            f"Vertreter aus {x} {rng.choice(VERBS)} {y}.",
            f"Die Zusammenarbeit umfasst {rng.choice(AREAS)} und {rng.choice(AREAS)}.",
            f"Beobachter in {rng.choice(COUNTRIES)} sprachen von einem wichtigen Schritt für die Region.",
            " ".join(rng.choice(FILLER) for _ in range(12)).capitalize() + ".",
        ]
        paragraphs.append("<p>" + " ".join(rng.sample(sentences, 4)) + f" (Meldung {i}-{len(paragraphs)})</p>")
    links = "".join(f'<li><a href="/a/{rng.randrange(10**6)}">Artikel {k}</a></li>' for k in range(5))
    return PAGE.format(
        lang="de",
        site="news.example.org",
        url=f"https://news.example.org/{day.year}/artikel-{i}.html",
        title=title,
        day=day.isoformat(),
        paragraphs="\n".join(paragraphs),
        links=links,
    )


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    rss = resource.getrusage(who).ru_maxrss
    return round(rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024, 1)


def run_pipeline(folder: Path, db: str, workers: int, n: int) -> dict:
    """The whole `realpolitik ingest` path, as the CLI runs it."""
    from realpolitik.actors import load_dictionary
    from realpolitik.engines import ingest_paths

    dictionary = load_dictionary(())
    start = time.perf_counter()
    summary = ingest_paths([str(folder)], db=db, dictionary=dictionary, workers=workers)
    seconds = time.perf_counter() - start
    return {
        "workers": workers,
        "seconds": round(seconds, 2),
        "articles_per_s": round(n / seconds, 1),
        **{k: summary[k] for k in ("stored", "duplicates", "near_duplicates", "events", "relations")},
        "rejected": sum(summary["rejected"].values()),
    }


def _store_only(folder: Path, db: str) -> dict:
    """The reading and saving path alone (no extraction): read_inputs + Store.save of empty extractions."""
    from realpolitik.ingest import Rejected, read_inputs
    from realpolitik.model import Extraction
    from realpolitik.store import open_store

    store = open_store(db)
    counts = {"stored": 0, "duplicates": 0, "rejected": 0}
    start = time.perf_counter()
    read_s = 0.0
    inputs = read_inputs([str(folder)])
    while True:
        t0 = time.perf_counter()
        item = next(inputs, None)
        read_s += time.perf_counter() - t0
        if item is None:
            break
        if isinstance(item, Rejected):
            counts["rejected"] += 1
            store.record_rejection(item)
            continue
        result = store.save(Extraction(document=item, sentences=[], actors=[], events=[], relations=[]))
        counts["stored" if result.stored else "duplicates"] += 1
    seconds = time.perf_counter() - start
    store.close()
    total = sum(counts.values())
    return {"seconds": round(seconds, 2), "docs_per_s": round(total / seconds, 1) if seconds else None,
            "read_seconds": round(read_s, 2), "save_seconds": round(seconds - read_s, 2), **counts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000, help="number of HTML articles (default 2000)")
    parser.add_argument("--db", default=None, help="store URL (default: a fresh SQLite file in the temp dir)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", default="1,2", help="worker counts to time, comma-separated (default 1,2)")
    parser.add_argument("--skip-store-only", action="store_true", help="skip the store-only path")
    args = parser.parse_args()

    import trafilatura


    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="rp-bench-") as tmp:
        folder = Path(tmp) / "html"
        folder.mkdir()
        for i in range(args.n):
            (folder / f"a{i:05d}.html").write_text(make_page(i, rng), encoding="utf-8")
        files = sorted(folder.iterdir())

        start = time.perf_counter()
        extracted = 0
        for path in files:
            result = trafilatura.bare_extraction(
                path.read_text(encoding="utf-8"), with_metadata=True, include_comments=False
            )
            extracted += bool(result is not None and result.text)
        trafilatura_s = time.perf_counter() - start

        pipeline = []
        for workers in (int(w) for w in args.workers.split(",") if w.strip()):
            db = f"sqlite:///{Path(tmp) / f'pipeline-{workers}.db'}"
            pipeline.append(run_pipeline(folder, db, workers, args.n))
            print(json.dumps(pipeline[-1]), file=sys.stderr)

        store_only = None if args.skip_store_only else _store_only(folder, args.db or f"sqlite:///{Path(tmp) / 'b.db'}")

    print(
        json.dumps(
            {
                "docs": args.n,
                "trafilatura_only": {
                    "seconds": round(trafilatura_s, 2),
                    "docs_per_s": round(args.n / trafilatura_s, 1),
                    "extracted": extracted,
                },
                "ingest_and_save": store_only,
                "overhead_vs_trafilatura": round(store_only["seconds"] / trafilatura_s, 2) if store_only else None,
                "pipeline": pipeline,
                "trafilatura_articles_per_s": round(args.n / trafilatura_s, 1),
                "speedup_2_vs_1_workers": (
                    round(pipeline[1]["articles_per_s"] / pipeline[0]["articles_per_s"], 2)
                    if len(pipeline) >= 2
                    else None
                ),
                "peak_rss_mb": peak_rss_mb(),
                "peak_rss_worker_mb": peak_rss_mb(resource.RUSAGE_CHILDREN),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
