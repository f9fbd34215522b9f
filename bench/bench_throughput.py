"""Every ratio of issue 13 in one run: realpolitik next to its baseline, interleaved, best of N.

    PYTHONPATH=src python3 bench/bench_throughput.py --quick                 # a smoke test, a few minutes
    PYTHONPATH=src python3 bench/bench_throughput.py                         # 5,000 sentences, ~9 minutes at load 4
    PYTHONPATH=src python3 bench/bench_throughput.py --pages 150 --skip linear,api,ledger   # ingest only, 150 pages
    PYTHONPATH=src python3 bench/bench_throughput.py --pg postgresql://... --events 1000000
    PYTHONPATH=src python3 bench/bench_throughput.py --skip linear,api,ledger --workers 1,2,4,8   # a bigger box

A shared machine is noisy: each figure is a ratio of two timings taken in the
same process, alternately, keeping the best of --repeat, so a regression to
super-linear cost shows as a number whatever the load. Work done in this
process is timed in CPU time (wall time counts the waits for a busy core);
worker counts, servers and clients in wall time. Measured:

    ingest_vs_trafilatura   HTML pages ingested (--workers 1, into SQLite) over trafilatura alone (≤ 4; CPU
                            time, and _wall beside it): the best ingest over the best trafilatura run.
                            _bracketed beside it: the best round's ingest over the mean of the trafilatura runs just
                            before and after it (_rounds lists each round's). Tried in round 18 as a steadier
                            figure, it was not: two runs three minutes apart at load 2 read 3.55 and 4.50 (rounds
                            4.17/3.55/4.35, 4.79/4.93/4.50), the best-of 4.53 and 5.08, the paired figure 3.73 and
                            3.72. A 9-second ingest and the 2-second runs around it can still meet different loads
                            (CPU time grows on a contended core too); ten 100-page pairs average more of that out.
                            _paired beside them: the pages in chunks of 100, each
                            chunk extracted by trafilatura and then ingested right after, the two sums compared
                            (wall and CPU). A 3-second baseline and a 15-second ingest timed minutes apart land in
                            different phases of a drifting machine (identical work varies by a fifth here); a
                            chunk pair is two seconds apart, so the drift falls on both sides alike. The chunks
                            of a round go into one store, as a user adds each day's folder to theirs
    workers_2_vs_1          throughput of --workers 2 over --workers 1 on 2 idle cores (≥ 1.7): wall time of one
                            ingest of all the pages with one worker over the same with two, timed in pairs (the
                            two runs one right after the other, the order swapped from pair to pair so neither
                            always runs first), max(--repeat, 7) pairs (POOL_PAIRS); the figure is the median of
                            the quiet pairs' ratios, a pair being quiet when the other processes of the machine
                            used less than QUIET_CORES of a core on average during each of its two runs
                            (/proc/stat's busy time less this process's and its workers': a second process on 2
                            cores takes a core from the pool and none from one worker, so such a pair measures the
                            other load, not the pool). With fewer than 3 quiet pairs (a busy machine, or no
                            /proc/stat) it is the median of all pairs and workers_2_vs_1_loaded is true.
                            Beside it: _all the median of every pair, _rounds each pair's ratio, _others each
                            pair's other load (cores, the larger of its two runs; None: unknown), _quiet_pairs
                            how many were quiet, _of_best the best wall of each count over the other (the figure
                            until round 36; rounds 37-41 took the median of 3 pairs, one worker always first, with
                            no look at the other load). --workers 1,2,4,8 adds workers_4_vs_1 and workers_8_vs_1
                            alike (issue 13: "on a bigger box 4, 8"; quiet still means under QUIET_CORES).
                            workers_N_cpu_s beside it: the CPU seconds of those runs (parent and workers
                            together, the best of the pairs); workers_2_cpu_over_1 their ratio, the work a pool
                            adds to the same pages (its ceiling on 2 cores is 2 / that, whatever the load: 1.16
                            caps the ratio at 1.72)
    doubling                time of a document of 2n sentences over n, the same sentences repeated, n up to
                            5,000 (≤ 2 each; --quick stops at 2,000), each step the median over the rounds of
                            its ratio within a round (doubling_of_best beside it: the sizes' bests' ratio, the
                            figure until round 36); doubling_fit: 2 ** the slope of log time
                            over log size through all the sizes (what the steps estimate together, less noisy);
                            ms_per_sentence beside it (flat: linear). Sizes alternate their order in each
                            round, max(--repeat, 7) rounds: see _per_document
    one_article_vs_docs     one article of n sentences over the same sentences as n documents
    huge_sentence           one sentence of all the words over the same words in normal sentences (≤ 2)
    paragraphs_500          a 500-paragraph article over its paragraphs as documents
    states_200              a sentence naming 200 states over the names in sentences of five
    lookback_doubling       doubling a document of descriptions with no antecedent ("the Gulf kingdom", "the two
                            countries"), 500 -> 1,000 -> 2,000 sentences (≤ 2: the look-back for an antecedent is
                            an index, not a reread of the article); role_words beside it: a document that repeats
                            role words with nothing earlier of theirs ("the junta", "the regime", "the Commission"
                            where the EU was never named), 500 -> 1,000 -> 2,000 sentences (≤ 2)
    events_first_page       /api/events first page over the plain SQL of that page (≤ 3)
    api_throughput          /api/events?limit=50 requests/s over a minimal FastAPI app serving its bytes (≥ 0.8);
                            the server keeps repeated answers (web/cache.py), so `distinct` beside it adds a
                            parameter no route reads (&_=n, n never repeated): every request goes to the database
    network_vs_group_by     /api/network for 365 days over its GROUP BY alone
    serve_ready_s           seconds from `realpolitik serve` to its first answer on an unclustered store (≤ 5),
                            and on an empty store beside it (the interpreter's own start)
    ledger_late_vs_early    a ledger step of a pair with a long history (--ledger-steps, default 10,000)
                            over one with a short history (≈ 1: a step costs the same at any length)

Pages and sentences are generated (bench/corpus.py, bench/bench_extract.py):
no benchmark text is read. Prints a table on standard error and one JSON
object on standard output.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_api import fill  # noqa: E402
from bench_extract import generate_sentences  # noqa: E402
from bench_queries import _wipe  # noqa: E402
from corpus import iter_pages  # noqa: E402
from realpolitik.model import Document  # noqa: E402

PUBLISHED = date(2025, 6, 2)
DOUBLING_ROUNDS = 7  # rounds of the doubling sizes at least, whatever --repeat: a step is their median (_per_document)
POOL_PAIRS = 7  # worker-count pairs at least, whatever --repeat: workers_N_vs_1 is a median of them (_pool_pairs)
QUIET_CORES = 0.1  # other load (cores, on average over a run) under which a pair counts as run on idle cores
TARGETS = {"ingest_vs_trafilatura": ("<=", 4.0), "ingest_vs_trafilatura_paired": ("<=", 4.0),
           "workers_2_vs_1": (">=", 1.7), "doubling_max": ("<=", 2.0), "lookback_doubling_max": ("<=", 2.0),
           "huge_sentence": ("<=", 2.0), "events_first_page": ("<=", 3.0), "api_throughput": (">=", 0.8),
           "serve_ready_s": ("<=", 5.0)}


def best(fn: Callable[[], object], repeat: int, clock: Callable[[], float] = time.process_time) -> float:
    """The shortest of `repeat` timings of fn(), by default in this process's CPU time: on a shared
    machine wall time also counts the waits for a core, which grow with other people's load."""
    times = []
    for _ in range(repeat):
        start = clock()
        fn()
        times.append(clock() - start)
    return min(times)


def paired(subject: Callable[[], object], baseline: Callable[[], object], repeat: int,
           clock: Callable[[], float] = time.process_time) -> dict:
    """Subject and baseline timed alternately, best of `repeat` each, and their ratio."""
    mine, base = [], []
    for _ in range(repeat):
        mine.append(best(subject, 1, clock))
        base.append(best(baseline, 1, clock))
    return {"seconds": round(min(mine), 4), "baseline_seconds": round(min(base), 4),
            "ratio": round(min(mine) / min(base), 2)}


# -- ingest ------------------------------------------------------------------------------------------------


def _paired_chunks(files: list[Path], tmp: Path, dictionary: object, repeat: int, size: int = 100) -> dict:
    """trafilatura and the ingest chunk by chunk, each chunk's two timings adjacent: ratios of the sums, best round."""
    import shutil

    import trafilatura

    from realpolitik.engines import ingest_paths

    chunks = []
    for start in range(0, len(files), size):
        folder = tmp / f"chunk{start:05d}"
        folder.mkdir()
        for path in files[start:start + size]:
            shutil.copyfile(path, folder / path.name)
        chunks.append(folder)
    best_wall, best_cpu = float("inf"), float("inf")
    for round_ in range(repeat):
        sums = {"base_wall": 0.0, "base_cpu": 0.0, "wall": 0.0, "cpu": 0.0}
        for folder in chunks:
            wall, cpu = time.perf_counter(), time.process_time()
            for path in sorted(folder.iterdir()):
                trafilatura.bare_extraction(path.read_text(encoding="utf-8"), with_metadata=True,
                                            include_comments=False)
            sums["base_wall"] += time.perf_counter() - wall
            sums["base_cpu"] += time.process_time() - cpu
            wall, cpu = time.perf_counter(), time.process_time()
            ingest_paths([str(folder)], db=f"sqlite:///{tmp}/paired{round_}.db", dictionary=dictionary,
                         workers=1)
            sums["wall"] += time.perf_counter() - wall
            sums["cpu"] += time.process_time() - cpu
        best_wall = min(best_wall, sums["wall"] / sums["base_wall"])
        best_cpu = min(best_cpu, sums["cpu"] / sums["base_cpu"])
    return {"ingest_vs_trafilatura_paired": round(best_cpu, 2),
            "ingest_vs_trafilatura_paired_wall": round(best_wall, 2)}


def ingest(pages: int, repeat: int, workers: list[int]) -> dict:
    """HTML pages end to end into SQLite (`ingest_paths`) against trafilatura's extraction of the same files."""
    import trafilatura

    from realpolitik.actors import load_dictionary
    from realpolitik.engines import ingest_paths

    dictionary = load_dictionary(())
    with tempfile.TemporaryDirectory(prefix="rp-bench-tp-") as tmp:
        folder = Path(tmp) / "html"
        folder.mkdir()
        for n, (_url, html, _when) in enumerate(iter_pages(pages)):
            (folder / f"p{n:05d}.html").write_text(html, encoding="utf-8")
        files = sorted(folder.iterdir())
        runs = iter(range(10**6))

        def extract_only() -> None:
            for path in files:
                trafilatura.bare_extraction(path.read_text(encoding="utf-8"), with_metadata=True,
                                            include_comments=False)

        def pipeline(count: int) -> Callable[[], object]:
            return lambda: ingest_paths([str(folder)], db=f"sqlite:///{tmp}/run{next(runs)}.db",
                                        dictionary=dictionary, workers=count)

        base = cpu_one = cpu_base = float("inf")
        rounds: list[float] = []  # each round's CPU ratio: its ingest over the trafilatura runs around it
        for _ in range(repeat):
            base = min(base, best(extract_only, 1, time.perf_counter))
            before = best(extract_only, 1)
            one = best(pipeline(1), 1)  # --workers 1 runs in this process
            after = best(extract_only, 1)
            rounds.append(one / ((before + after) / 2))
            cpu_one, cpu_base = min(cpu_one, one), min(cpu_base, before, after)
        pool = _pool_pairs(pipeline, workers, max(repeat, POOL_PAIRS))
        paired = _paired_chunks(files, Path(tmp), dictionary, repeat)
    out = {"pages": pages, "trafilatura_s": round(base, 2), **paired,
           **{f"workers_{c}_s": round(t, 2) for c, t in pool.pop("wall").items()},
           "ingest_vs_trafilatura": round(cpu_one / cpu_base, 2),
           "ingest_vs_trafilatura_bracketed": round(min(rounds), 2),
           "ingest_vs_trafilatura_rounds": [round(r, 2) for r in rounds],
           "ingest_vs_trafilatura_wall": round(pool.pop("best_one") / base, 2)}
    out.update(pool)
    return out


def _pool_pairs(pipeline: Callable[[int], Callable[[], object]], workers: list[int], pairs: int) -> dict:
    """The worker counts' ingests timed in pairs (see workers_2_vs_1 above): each larger count against one worker,
    run one right after the other, the order swapped from pair to pair; the median ratio of the quiet pairs."""
    wall: dict[int, float] = {}
    cpu: dict[int, float] = {}  # CPU seconds of a run: this process and its workers together, the best
    ratios: dict[int, list[float]] = {count: [] for count in workers[1:]}
    others: dict[int, list[float | None]] = {count: [] for count in workers[1:]}
    for n in range(pairs):
        took: dict[int, float] = {}
        load: dict[int, float | None] = {}
        for count in workers if n % 2 == 0 else workers[::-1]:
            took[count], spent, load[count] = _wall_cpu_others(pipeline(count))
            wall[count] = min(wall.get(count, float("inf")), took[count])
            cpu[count] = min(cpu.get(count, float("inf")), spent)
        one = workers[0]
        for count in workers[1:]:
            ratios[count].append(took[one] / took[count])
            pair = [load[one], load[count]]
            others[count].append(None if None in pair else max(pair))  # type: ignore[type-var]
    out: dict = {"wall": wall, "best_one": wall[workers[0]]}
    for count in workers[1:]:
        quiet = [r for r, o in zip(ratios[count], others[count], strict=True) if o is not None and o < QUIET_CORES]
        loaded = len(quiet) < 3
        out[f"workers_{count}_vs_1"] = round(statistics.median(ratios[count] if loaded else quiet), 2)
        out[f"workers_{count}_vs_1_loaded"] = loaded
        out[f"workers_{count}_vs_1_quiet_pairs"] = len(quiet)
        out[f"workers_{count}_vs_1_all"] = round(statistics.median(ratios[count]), 2)
        out[f"workers_{count}_vs_1_rounds"] = [round(r, 2) for r in ratios[count]]
        out[f"workers_{count}_vs_1_others"] = [None if o is None else round(o, 2) for o in others[count]]
        out[f"workers_{count}_vs_1_of_best"] = round(wall[workers[0]] / wall[count], 2)
        out[f"workers_{count}_cpu_over_1"] = round(cpu[count] / cpu[workers[0]], 3)
    out.update({f"workers_{c}_cpu_s": round(t, 2) for c, t in cpu.items()})
    return out


def _machine_busy() -> float | None:
    """CPU seconds every process of the machine has used since boot (/proc/stat: all but idle and I/O wait);
    None where there is no /proc/stat."""
    try:
        with open("/proc/stat", encoding="ascii") as handle:
            ticks = [int(v) for v in handle.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    if len(ticks) < 4:
        return None
    idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)
    return (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _own_cpu() -> float:
    """CPU seconds of this process and of the children it joined (a pool's workers, once it is closed)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _wall_cpu_others(fn: Callable[[], object]) -> tuple[float, float, float | None]:
    """Wall seconds of fn(), the CPU seconds it cost this process and the workers it forked and joined, and the
    cores the machine's other processes used meanwhile, on average (None: unknown)."""
    busy, cpu, wall = _machine_busy(), _own_cpu(), time.perf_counter()
    fn()
    took, spent, after = time.perf_counter() - wall, _own_cpu() - cpu, _machine_busy()
    others = None if busy is None or after is None else max(0.0, after - busy - spent) / took
    return took, spent, others


# -- linear cost -------------------------------------------------------------------------------------------


def _extract(text: str, doc_id: str = "bench") -> object:
    from realpolitik.pipeline import extract_document

    return extract_document(Document(id=doc_id, text=text, lang="en", published=PUBLISHED))


def linear(largest: int, repeat: int) -> dict:
    """Doubling a document's length; one article against its sentences as documents; pathological inputs."""
    _extract("Warm-up: Russia and China signed a treaty on Monday.")
    sentences = generate_sentences("en", largest)
    sizes = []
    n = largest
    while n >= 250:
        sizes.insert(0, n)
        n //= 2
    times, doubling = _per_document(sentences, sizes, max(repeat, DOUBLING_ROUNDS))
    # Each step is the ratio of two noisy timings; the slope of log(time) over log(size) across all the
    # sizes is the growth the steps estimate together: 2 ** slope is the time of a doubling (2.0 = linear).
    slope = statistics.linear_regression([math.log(n) for n in sizes], [math.log(times[n]) for n in sizes]).slope
    middle = sizes[len(sizes) // 2]
    as_docs = paired(lambda: _extract(" ".join(sentences[:middle])),
                     lambda: [_extract(s, f"d{i}") for i, s in enumerate(sentences[:middle])], repeat)
    words = sum(len(s.split()) for s in sentences)
    take = sentences[: max(1, int(len(sentences) * 5000 / max(words, 1)))]  # about 5,000 words
    one = ", and ".join(s.rstrip(".") for s in take) + "."
    huge = paired(lambda: _extract(one), lambda: _extract(" ".join(take)), repeat)
    paragraphs = sentences[:500]
    para = paired(lambda: _extract("\n\n".join(paragraphs)),
                  lambda: [_extract(p, f"p{i}") for i, p in enumerate(paragraphs)], repeat)
    names = _state_names(200)
    listing = "The foreign ministers of " + ", ".join(names[:-1]) + f" and {names[-1]} met in Geneva on Monday."
    fives = " ".join("The foreign ministers of " + ", ".join(names[i : i + 4]) + f" and {names[i + 4]} met in "
                     "Geneva on Monday." for i in range(0, len(names), 5))
    states = paired(lambda: _extract(listing), lambda: _extract(fives), repeat)
    lookback = _lookback_doubling(repeat)
    return {"sizes": {str(k): round(v, 3) for k, v in times.items()},
            "ms_per_sentence": {str(k): round(1000 * v / k, 3) for k, v in times.items()}, "doubling": doubling,
            "doubling_max": max(doubling.values()), "doubling_of_best": _rounded(_steps(times)),
            "doubling_fit": round(2**slope, 2),
            "one_article_vs_docs": as_docs, "huge_sentence": huge, "paragraphs_500": para, "states_200": states,
            "lookback_doubling": lookback, "lookback_doubling_max": max(lookback.values())}


# Descriptions and counted references with nothing in the article to stand for ("the Gulf kingdom", "the two
# countries"): each makes the reference reader look back for an antecedent. Round 20 found such look-backs reading
# every earlier sentence again (an article of 4,000 sentences: steps 2.3-3.0); this input shows it as a number.
LOOKBACK_SENTENCES = ("The Gulf kingdom said on Monday that it would study the proposal.",
                      "The two countries agreed to hold another round of talks next month.",
                      "Both sides called for calm after the incident at the border crossing.",
                      "The island nation rejected the claim as baseless.",
                      "The alliance said it was following the situation closely.")


# Role words that look back over every earlier mention for one of their own: a one-state role word ("the junta",
# "the regime": the state it was last said of, however far back), an institution of a body ("the Commission": only
# where its organisation was named). Round 38 found the first walking the whole article back when nothing fitted
# (2,000 sentences: 5.4 s of 7.3); nothing in this input is under military rule, a regime or the EU, so each such
# look-back finds nothing and would read as far back as it can.
ROLE_WORD_SENTENCES = ("The junta said it would study the proposal.",
                       "The Philippine foreign secretary said the vote was not free.",
                       "Protesters marched against the regime on Sunday.",
                       "The Commission said it was following the situation closely.",
                       "Germany and France called for calm after the incident.")


def _lookback_doubling(repeat: int) -> dict[str, float]:
    """Time of a document of 2n reference sentences over n (n = 500, 1,000), descriptions and then role words with
    nothing to stand for: a look-back that rereads the article makes these steps grow past 2."""
    sizes = [500, 1000, 2000]
    steps = _per_document(list(LOOKBACK_SENTENCES) * 100, sizes, max(repeat, DOUBLING_ROUNDS))[1]
    roles = _per_document(list(ROLE_WORD_SENTENCES) * 100, sizes, max(repeat, DOUBLING_ROUNDS))[1]
    return {**steps, **{f"role_words {step}": ratio for step, ratio in roles.items()}}


def _steps(times: dict[int, float]) -> dict[str, float]:
    """Each size's time over the one before it ("n->2n")."""
    sizes = sorted(times)
    return {f"{small}->{large}": times[large] / times[small] for small, large in zip(sizes, sizes[1:], strict=False)}


def _per_document(sentences: list[str], sizes: list[int], repeat: int) -> tuple[dict[int, float], dict[str, float]]:
    """CPU seconds to extract one document of each size (best of `repeat` rounds), and each doubling step
    (the median over the rounds of the step's ratio within a round).

    The document of each size holds the same sentences (issue 13: "doubling a document's length, same
    sentences"): the smallest document's sentences, repeated. The first n sentences of the generated list would
    add other states and pairs with every doubling, and the cost would measure the content, not the length. A
    312-sentence document takes ~0.1 s, where a scheduler's hiccup is a tenth of the figure, and sizes timed one
    after the other see different loads: so the sizes take turns in each round, and each timing covers as many
    sentences as the largest document (the smallest is extracted 16 times over).

    A step is still the ratio of two timings, each noisy by some 15 % at a load of 8 on 2 cores: at 15:15 and 16:45
    on 2026-12-01 the steps read 2.29, 1.70, 2.36, 1.80 while the time per sentence stayed within 1.0-1.16 ms
    at every size (doubling_fit 2.01) -- a zigzag, one slow size raising its step and lowering the next, not
    growth. So the rounds run the sizes ascending and descending in turn (a drift of the load over a round
    favours neither end) and there are at least DOUBLING_ROUNDS of them, each size keeping its best;
    ms_per_sentence in the output shows whether a step above 2 is growth (rising along the sizes) or noise.

    A step divided the two sizes' bests until round 36, and read 2.03-2.13 in six quiet runs of round 35 while
    the fit read 1.95-2.05 and the instructions 2.00: each best is the luckiest of five timings, and the two
    lucks differ from run to run. Now a step is the ratio of the two sizes' timings within each round (timed
    next to each other, under the same load), the median of the rounds' ratios: one slow timing moves one
    round's ratio, not the figure. The ratio of the bests stays beside it (doubling_of_best)."""
    base = sentences[: sizes[0]]
    texts = {size: " ".join(base * (size // sizes[0])) for size in sizes}
    times = dict.fromkeys(sizes, float("inf"))
    ratios: dict[str, list[float]] = {}
    for round_ in range(repeat):
        took = {}
        for size in sizes if round_ % 2 == 0 else sizes[::-1]:
            copies = max(1, sizes[-1] // size)
            start = time.process_time()
            for _ in range(copies):
                _extract(texts[size])
            took[size] = (time.process_time() - start) / copies
            times[size] = min(times[size], took[size])
        for step, ratio in _steps(took).items():
            ratios.setdefault(step, []).append(ratio)
    return times, _rounded({step: statistics.median(values) for step, values in ratios.items()})


def _rounded(ratios: dict[str, float]) -> dict[str, float]:
    return {key: round(value, 2) for key, value in ratios.items()}


def _state_names(count: int) -> list[str]:
    """English names of the first `count` territories with an ISO code (babel's data, not an article)."""
    from babel import Locale

    names = [name for code, name in sorted(Locale("en").territories.items()) if code.isalpha() and len(code) == 2]
    return [n for n in names if "," not in n and "&" not in n][:count]


# -- store and API -----------------------------------------------------------------------------------------


def api(url: str, events: int, repeat: int, seconds: float, clients: int) -> dict:
    """The first page against plain SQL, API throughput against a minimal app, network against its GROUP BY,
    and how soon `serve` answers on the (unclustered) store."""
    from sqlalchemy import text

    from realpolitik.events.confidence import threshold
    from realpolitik.export.selection import EventFilter, event_query
    from realpolitik.store import open_store
    from realpolitik.web.server import BackgroundServer
    from realpolitik.web.settings import Settings

    started = time.perf_counter()
    filled = fill(url, events)
    out: dict = {"store": url.split(":")[0], "events": events, "fill_s": round(time.perf_counter() - started, 1)}
    out["serve_ready_s"] = _serve_ready(url)
    with tempfile.TemporaryDirectory(prefix="rp-bench-empty-") as empty:  # the same start with nothing to read
        open_store(f"sqlite:///{empty}/empty.db").close()
        out["serve_ready_empty_store_s"] = _serve_ready(f"sqlite:///{empty}/empty.db")
    with open_store(url) as store:
        with store.engine.begin() as conn:  # fresh planner statistics, as a running database keeps them
            conn.execute(text("ANALYZE"))
        flt = EventFilter(min_confidence=threshold(None))  # the API's own default filter and sort
        sql = str(event_query(flt, "-date").limit(50).compile(store.engine, compile_kwargs={"literal_binds": True}))

        def plain() -> None:
            with store.reader() as conn:
                conn.execute(text(sql)).all()

        _cluster_sample(store)
        with BackgroundServer(Settings(db=url, cluster_on_start=False)) as server, \
                httpx.Client(base_url=server.url, timeout=30) as client:
            page = client.get("/api/events?limit=50")
            page.raise_for_status()
            out["events_first_page"] = paired(lambda: client.get("/api/events?limit=50").raise_for_status(), plain,
                                              repeat * 5, time.perf_counter)
            net = "/api/network?days=365&at=2024-12-31"
            out["network_vs_group_by"] = paired(lambda: client.get(net).raise_for_status(),
                                                lambda: _group_by(store, date(2024, 12, 31)), repeat * 5,
                                                time.perf_counter)
            with _MinimalApp(page.content, page.headers["content-type"]) as minimal:
                ours = _throughput(server.url + "/api/events?limit=50", clients, seconds)
                theirs = _throughput(minimal.url + "/api/events?limit=50", clients, seconds)
                distinct = _throughput(server.url + "/api/events?limit=50", clients, seconds, distinct=True)
    out["api_throughput"] = {"requests_per_s": ours, "minimal_requests_per_s": theirs,
                             "ratio": round(ours / theirs, 2) if theirs else None,
                             "distinct_requests_per_s": distinct,
                             "distinct_ratio": round(distinct / theirs, 2) if theirs else None}
    out["relations"] = filled["relations"]
    return out


def _cluster_sample(store) -> None:  # type: ignore[no-untyped-def]
    """Cluster the mentions of 2024 (network reads clustered events), in bounded batches."""
    from sqlalchemy import select

    from realpolitik.analysis import cluster_events
    from realpolitik.store import schema as s

    with store.reader() as conn:
        docs = conn.execute(select(s.documents.c.id).where(s.documents.c.published >= date(2024, 1, 1),
                                                          s.documents.c.published <= date(2024, 12, 31))).scalars()
        doc_ids = list(docs)
    cluster_events(store, doc_ids=doc_ids)


def _group_by(store, at: date) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from realpolitik.store import schema as s

    e = s.events
    query = (select(e.c.source, e.c.target, func.count(), func.sum(e.c.mentions), func.sum(e.c.goldstein))
             .where(e.c.date >= at - timedelta(days=364), e.c.date <= at).group_by(e.c.source, e.c.target))
    with store.reader() as conn:
        conn.execute(query).all()


def _serve_ready(url: str, timeout: float = 120.0) -> float:
    """Seconds from starting `realpolitik serve` (clustering at start on) to its first 200 on /api/meta."""
    from realpolitik.web.server import free_port

    port = free_port()
    env = {**os.environ, "REALPOLITIK_TOKEN": ""}
    command = [sys.executable, "-c", "from realpolitik.interfaces.cli import run; run()", "serve", "--db", url,
               "--port", str(port)]
    started = time.monotonic()
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.monotonic() - started < timeout:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/meta", timeout=5).status_code == 200:
                    return round(time.monotonic() - started, 2)
            except httpx.HTTPError:
                pass
            if server.poll() is not None:
                raise SystemExit("serve exited before answering")
            time.sleep(0.1)
        return float("inf")
    finally:
        server.terminate()
        server.wait(timeout=60)


class _MinimalApp:
    """A FastAPI app that returns fixed bytes at /api/events, served by uvicorn like the real one."""

    def __init__(self, body: bytes, media_type: str) -> None:
        import uvicorn
        from fastapi import FastAPI
        from fastapi.responses import Response

        from realpolitik.web.server import free_port

        app = FastAPI()

        @app.get("/api/events")
        def events(limit: int = 50) -> Response:
            return Response(body, media_type=media_type)

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> _MinimalApp:
        self.thread.start()
        while not self.server.started:
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def _throughput(url: str, clients: int, seconds: float, distinct: bool = False) -> float:
    """Requests per second of `clients` threads asking `url` for `seconds`; `distinct`: each request with
    its own `&_=n` (read by no route), so no kept answer is replayed."""
    done = [0] * clients
    stop = time.monotonic() + seconds

    def work(i: int) -> None:
        with httpx.Client(timeout=30) as client:
            while time.monotonic() < stop:
                client.get(f"{url}&_={i}-{done[i]}" if distinct else url).raise_for_status()
                done[i] += 1

    threads = [threading.Thread(target=work, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return round(sum(done) / seconds, 1)


# -- ledger ------------------------------------------------------------------------------------------------


def ledger(steps: int, probe: int) -> dict:
    """Time of a relation mention when its pair has a short history against when it has `steps` steps."""
    from realpolitik.model import Extraction, Relation
    from realpolitik.store import open_store

    def save(store, i: int) -> None:  # type: ignore[no-untyped-def]
        doc = Document(id=f"l{i}", text=f"Step {i} of the tie.", lang="en", published=PUBLISHED + timedelta(i % 900))
        rel = Relation(a="RUS", b="VEN", kind="strategic_partnership", status="in_force", doc_id=doc.id,
                       evidence=doc.text)
        store.save(Extraction(document=doc, sentences=[], actors=[], events=[], relations=[rel]))

    with tempfile.TemporaryDirectory(prefix="rp-bench-ledger-") as tmp, open_store(f"sqlite:///{tmp}/l.db") as store:
        early, late = [], []
        for i in range(steps):
            start = time.process_time()
            save(store, i)
            (early if i < probe else late if i >= steps - probe else []).append(time.process_time() - start)
    return {"steps": steps, "early_ms": round(statistics.median(early) * 1000, 2),
            "late_ms": round(statistics.median(late) * 1000, 2),
            "ledger_late_vs_early": round(statistics.median(late) / statistics.median(early), 2)}


# -- run ---------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke test of every ratio")
    parser.add_argument("--pg", help="PostgreSQL URL for the store figures (default: a SQLite file)")
    parser.add_argument("--events", type=int, help="events in the API store (default 100,000; --quick 50,000)")
    parser.add_argument("--repeat", type=int, help="timings per figure, best kept (default 2)")
    parser.add_argument("--skip", default="", help="comma-separated parts to leave out: ingest,linear,api,ledger")
    parser.add_argument("--ledger-steps", type=int, help="steps of the busy pair (default 10,000; --quick 1,000)")
    parser.add_argument("--workers", default="1,2", help="worker counts timed against one (default 1,2: issue 13's "
                        "2-core bound; on a bigger box 1,2,4,8)")
    parser.add_argument("--pages", type=int, help="HTML pages ingested (default 1,000, as issue 13 measured: a pool's "
                        "start and end are a fixed cost that 150 pages do not amortise; --quick 60)")
    args = parser.parse_args(argv)
    quick = args.quick
    repeat = args.repeat or 2
    skip = {p.strip() for p in args.skip.split(",") if p.strip()}
    from realpolitik.compiled import describe

    result: dict = {"quick": quick, "load_before": os.getloadavg()[0], "build": describe()}
    print(f"build    {result['build']}", file=sys.stderr, flush=True)  # compiled or plain: readings differ
    if "ingest" not in skip:
        counts = sorted({1, *(int(c) for c in args.workers.split(",") if c.strip())})
        result["ingest"] = ingest(args.pages or (60 if quick else 1000), repeat, counts)
        _show("ingest", result["ingest"])
    if "linear" not in skip:
        result["linear"] = linear(2000 if quick else 5000, repeat)
        _show("linear", result["linear"])
    if "api" not in skip:
        with tempfile.TemporaryDirectory(prefix="rp-bench-api-") as tmp:
            url = args.pg or f"sqlite:///{tmp}/api.db"
            if args.pg:
                _wipe(args.pg)
            result["api"] = api(url, args.events or (50_000 if quick else 100_000), repeat, 3 if quick else 8,
                                20)
        _show("api", result["api"])
    if "ledger" not in skip:
        result["ledger"] = ledger(args.ledger_steps or (1000 if quick else 10_000), 50)
        _show("ledger", result["ledger"])
    result["load_after"] = os.getloadavg()[0]
    result["targets"] = _targets(result)
    print(json.dumps(result, indent=1))
    return 0


def _flat(result: dict) -> dict:
    flat = {}
    for part in result.values():
        if isinstance(part, dict):
            for key, value in part.items():
                flat[key] = value["ratio"] if isinstance(value, dict) and "ratio" in value else value
    return flat


def _targets(result: dict) -> dict:
    flat = _flat(result)
    out = {}
    for key, (how, bound) in TARGETS.items():
        if isinstance(flat.get(key), int | float):
            value = flat[key]
            out[key] = {"value": value, "target": f"{how} {bound}", "met": value <= bound if how == "<=" else
                        value >= bound}
    return out


def _show(label: str, part: dict) -> None:
    for key, value in part.items():
        shown = value["ratio"] if isinstance(value, dict) and "ratio" in value else value
        print(f"{label:8} {key:24} {shown}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    random.seed(0)
    raise SystemExit(main())
