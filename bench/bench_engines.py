"""Engines side by side on one WARC: local --workers 1/2 and Ray on 1/2 CPUs, as ratios measured in one run.

    pip install '.[ray]' && python bench/bench_engines.py            # ~1,000 pages, a few minutes
    python bench/bench_engines.py --quick                            # 200 pages, a smoke test
    python bench/bench_engines.py --pages 4000 --counts 1,2,4,8      # a bigger machine

Writes a WARC of generated pages in five languages (bench/corpus.py), then
ingests it with each engine and CPU count, fresh outputs each time: local
into a SQLite file (the whole `realpolitik ingest`), Ray into a Parquet
dataset (`ingest --engine ray --out`, Ray started on exactly that many CPUs
before the clock starts; its start-up is reported on its own; what a machine caches once — the lemma
tries, the unpacked language model — is built before any clock). Each summary's "phases" (seconds by
phase of the run) is printed too. Each timing
is the best of --repeat runs. Prints one JSON object and a table with the
ratios of issues 13 and 14:

    local_2_vs_1   local --workers 2 over --workers 1 (target ≥ 1.7 on a 2-core machine)
    ray_2_vs_1     Ray on 2 CPUs over Ray on 1 CPU (target ≥ 1.6)
    ray_1_overhead Ray on 1 CPU: its time over local --workers 1 (target ≤ 1.3)

Every run must find the same documents, events and relations (checked).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import write_warc

KEYS = ("read", "stored", "near_duplicates", "duplicates", "events", "events_below_threshold", "relations")


def run_local(warc: Path, folder: Path, workers: int) -> tuple[float, dict]:
    from realpolitik.actors import load_dictionary
    from realpolitik.engines import ingest_paths

    dictionary = load_dictionary(())  # loaded before the clock, as the CLI does before the run
    db = f"sqlite:///{folder / f'local-{workers}-{time.monotonic_ns()}.db'}"
    started = time.perf_counter()
    summary = ingest_paths([str(warc)], db=db, dictionary=dictionary, workers=workers)
    return time.perf_counter() - started, summary


def run_ray(warc: Path, folder: Path, cpus: int) -> tuple[float, float, dict]:
    import ray

    from realpolitik.engines.ray import ingest_ray, start_local

    started = time.perf_counter()
    start_local(num_cpus=cpus)
    start_s = time.perf_counter() - started
    try:
        started = time.perf_counter()
        summary = ingest_ray([str(warc)], out=folder / f"ray-{cpus}-{time.monotonic_ns()}")
        return time.perf_counter() - started, start_s, summary
    finally:
        ray.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=1000, help="pages in the WARC (default 1000)")
    parser.add_argument("--quick", action="store_true", help="200 pages, once: a smoke test of the bench")
    parser.add_argument("--counts", default="1,2", help="worker/CPU counts to time (default 1,2)")
    parser.add_argument("--repeat", type=int, default=1, help="best of this many runs each (default 1)")
    parser.add_argument("--no-ray", action="store_true", help="local engine only")
    args = parser.parse_args()
    pages = 200 if args.quick else args.pages
    counts = [int(c) for c in args.counts.split(",") if c.strip()]
    result: dict = {"pages": pages, "cores": os.cpu_count(), "local": {}, "ray": {}, "ray_start_s": {}, "phases": {}}
    _cache_lemma_tables()
    with tempfile.TemporaryDirectory(prefix="rp-engines-") as tmp:
        folder = Path(tmp)
        warc = write_warc(folder / "crawl.warc.gz", pages)
        reference = None
        for _ in range(args.repeat):  # interleaved, so a noisy neighbour hits every engine alike
            for n in counts:
                seconds, summary = run_local(warc, folder, n)
                reference = _check(reference, summary, f"local {n}")
                _best(result, "local", n, seconds, summary)
                _progress(f"local --workers {n}", seconds, pages)
                if args.no_ray:
                    continue
                seconds, start_s, summary = run_ray(warc, folder, n)
                _check(reference, summary, f"ray {n}")
                _best(result, "ray", n, seconds, summary)
                result["ray_start_s"][n] = round(start_s, 2)
                _progress(f"ray on {n} CPU", seconds, pages)
    result["summary"] = {k: reference[k] for k in KEYS} if reference else None
    result["pages_per_s"] = {f"{engine}_{n}": round(pages / s, 1)
                             for engine in ("local", "ray") for n, s in result[engine].items()}
    result["ratios"] = _ratios(result)
    for engine in ("local", "ray"):
        result[engine] = {str(n): round(s, 2) for n, s in result[engine].items()}
    print(json.dumps(result, indent=2))
    _table(result)


def _best(result: dict, engine: str, n: int, seconds: float, summary: dict) -> None:
    """Keep the best time of an engine and count, with the phases of that run."""
    if seconds <= result[engine].get(n, seconds):
        result[engine][n] = seconds
        result["phases"][f"{engine}_{n}"] = {k: round(v, 2) for k, v in summary.get("phases", {}).items()}


def _cache_lemma_tables() -> None:
    """Build what a machine caches once before any clock starts: the lemma tries (language/tokens.py) and
    the unpacked language model (language/detect.py).

    In a child process, so that this process (the parent of local workers) is not warmed up by it.
    """
    code = ("from realpolitik.language import SUPPORTED_LANGUAGES, detect_language, lemmatize\n"
            "detect_language('x')\n"
            "for lang in SUPPORTED_LANGUAGES: lemmatize('x', lang)")
    subprocess.run([sys.executable, "-c", code], check=True)


def _ratios(result: dict) -> dict:
    local, ray = result["local"], result["ray"]
    ratios = {}
    if 1 in local and 2 in local:
        ratios["local_2_vs_1"] = round(local[1] / local[2], 2)
    if 1 in ray and 2 in ray:
        ratios["ray_2_vs_1"] = round(ray[1] / ray[2], 2)
    if 1 in ray and 1 in local:
        ratios["ray_1_overhead"] = round(ray[1] / local[1], 2)
        ratios["ray_1_overhead_with_start"] = round((ray[1] + result["ray_start_s"][1]) / local[1], 2)
    for n in local:
        if n > 2 and 1 in local:
            ratios[f"local_{n}_vs_1"] = round(local[1] / local[n], 2)
        if n > 2 and 1 in ray and n in ray:
            ratios[f"ray_{n}_vs_1"] = round(ray[1] / ray[n], 2)
    return ratios


TARGETS = {"local_2_vs_1": ("≥", 1.7), "ray_2_vs_1": ("≥", 1.6), "ray_1_overhead": ("≤", 1.3)}


def _table(result: dict) -> None:
    print("\n| ratio | value | target |\n| --- | --- | --- |", file=sys.stderr)
    for name, value in result["ratios"].items():
        sign, bound = TARGETS.get(name, ("", None))
        mark = "" if bound is None else (" ok" if (value >= bound if sign == "≥" else value <= bound) else " MISSED")
        print(f"| {name} | {value} | {sign} {bound if bound else ''}{mark} |", file=sys.stderr)
    print("\n| engine | pages/s |\n| --- | --- |", file=sys.stderr)
    for name, value in result["pages_per_s"].items():
        print(f"| {name} | {value} |", file=sys.stderr)


def _check(reference: dict | None, summary: dict, label: str) -> dict:
    found = {k: summary[k] for k in KEYS}
    if reference is not None and found != {k: reference[k] for k in KEYS}:
        raise SystemExit(f"{label} found {found}, not {reference}: the engines disagree")
    return summary


def _progress(label: str, seconds: float, pages: int) -> None:
    print(f"{label}: {seconds:.1f} s, {pages / seconds:.1f} pages/s", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    main()
