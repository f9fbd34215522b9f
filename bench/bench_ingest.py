"""Ingest throughput: read_inputs + Store.save vs trafilatura alone, on the same generated HTML.

    PYTHONPATH=src python3 bench/bench_ingest.py [--n 2000] [--db sqlite:///x.db]

Writes N synthetic news pages (from a few templates, with nav/footer
boilerplate) to a temp dir, then times (1) trafilatura.bare_extraction on
every file, and (2) the full ingest path: read_inputs (decode, sniff,
trafilatura + htmldate) and Store.save of an empty Extraction (one
transaction per document) into a fresh SQLite file. Prints one JSON object.
The difference between the two is our overhead over the HTML extraction.
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

PAGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>{title} | Nachrichten</title>
<link rel="canonical" href="https://news.example.org/{year}/{slug}.html">
<meta property="og:site_name" content="news.example.org">
<meta property="article:published_time" content="{day}T08:30:00+01:00">
</head><body>
<header><nav><a href="/">Start</a> <a href="/politik">Politik</a>
<a href="/wirtschaft">Wirtschaft</a></nav></header>
<main><article><h1>{title}</h1>
{paragraphs}
</article>
<aside><h2>Mehr zum Thema</h2><ul>{links}</ul></aside></main>
<footer><p>Impressum · Datenschutz · Kontakt</p></footer></body></html>
"""


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
        ]
        paragraphs.append(
            "<p>" + " ".join(rng.sample(sentences, 3)) + f" (Meldung {i}-{len(paragraphs)})</p>"
        )
    links = "".join(f'<li><a href="/a/{rng.randrange(10**6)}">Artikel {k}</a></li>' for k in range(5))
    return PAGE.format(
        title=title,
        year=day.year,
        slug=f"artikel-{i}",
        day=day.isoformat(),
        paragraphs="\n".join(paragraphs),
        links=links,
    )


def peak_rss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024, 1)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=2000, help="number of HTML articles (default 2000)")
    parser.add_argument("--db", default=None, help="store URL (default: a fresh SQLite file in the temp dir)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    import trafilatura

    from realpolitik.ingest import Rejected, read_inputs
    from realpolitik.model import Extraction
    from realpolitik.store import open_store

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

        store = open_store(args.db or f"sqlite:///{Path(tmp) / 'bench.db'}")
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
        ingest_s = time.perf_counter() - start
        store.close()

    print(
        json.dumps(
            {
                "docs": args.n,
                "trafilatura_only": {
                    "seconds": round(trafilatura_s, 2),
                    "docs_per_s": round(args.n / trafilatura_s, 1),
                    "extracted": extracted,
                },
                "ingest_and_save": {
                    "seconds": round(ingest_s, 2),
                    "docs_per_s": round(args.n / ingest_s, 1),
                    "read_seconds": round(read_s, 2),
                    "save_seconds": round(ingest_s - read_s, 2),
                    **counts,
                },
                "overhead_vs_trafilatura": round(ingest_s / trafilatura_s, 2),
                "peak_rss_mb": peak_rss_mb(),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
