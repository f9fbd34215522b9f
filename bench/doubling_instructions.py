"""Doubling a document's length in instructions, not seconds: the steady companion of bench_throughput's `doubling`.

    PYTHONPATH=src python3 bench/doubling_instructions.py                 # 1,248 -> 2,496 -> 4,992 sentences
    PYTHONPATH=src python3 bench/doubling_instructions.py --base 312 --steps 2
    PYTHONPATH=src python3 bench/doubling_instructions.py --base 312 --smallest 1248 --cache 32768,8,64:33554432,16,64

The timed steps of `doubling` read 1.9-2.1 on a linear coder, since each is the ratio of two noisy timings (their
fit reads 2.00). Instructions are not noisy: valgrind's callgrind counts those of one process extracting a document of
n of the bench's sentences (the smallest document's sentences repeated, as `doubling` builds them), and a process
that extracts none gives what loading and warming up cost. Each size's instructions less that are the document's;
the step from n to 2n is their ratio, exactly 2.00 for a linear cost. Needs valgrind (Debian's package); the runs go
one after the other, ~1 minute each per 1,000 sentences on an idle core.

With --cache D1:LL (each "size,ways,line" in bytes, as cachegrind's --D1 and --LL take them) the runs are cachegrind's
with its cache simulation instead: beside the instructions, the first-level data misses and the last-level data
misses of that cache, a sentence at each size. A step that reads above 2 in time while the instructions read 2.00 is
either more misses a sentence at the larger size (a working set outgrowing a level: these counts grow) or the
machine (they stay flat). Slower: the loading alone is 14.7 G instructions, ~2.5 CPU minutes under cachegrind, a
1,000 sentences ~0.7 more. Cachegrind warns that it found the host's L3 and takes it for the LL: the --D1 and --LL
given still hold (a process streaming 8 MB four times reads 1.30 M last-level misses with --LL=2097152,16,64 and
0.20 M with --LL=67108864,16,64).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def extract_once(size: int, base: int) -> None:
    """In the measured process: warm up, then extract one document of `size` sentences (none if 0)."""
    sys.path.insert(0, str(BENCH))
    from bench_extract import generate_sentences
    from bench_throughput import _extract

    sentences = generate_sentences("en", base)
    _extract("Russia and China signed a treaty on Monday. " + " ".join(sentences))
    if size:
        _extract(" ".join(sentences * (size // base)))


def instructions(size: int, base: int) -> int:
    """Instructions callgrind counts for a process that extracts a document of `size` sentences."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "callgrind.out"
        run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable,
                              __file__, "--child", str(size), "--base", str(base)],
                             capture_output=True, text=True, env=dict(os.environ, PYTHONHASHSEED="0"), check=True)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if found is None:
        raise SystemExit(f"callgrind gave no count for {size} sentences:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def cache_counts(size: int, base: int, cache: str) -> dict[str, int]:
    """Instructions, first-level and last-level data misses cachegrind counts for a process that extracts a
    document of `size` sentences, simulating the caches `cache` ("D1:LL") gives."""
    first, last = cache.split(":")
    run = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=yes", f"--D1={first}", f"--LL={last}",
                          "--cachegrind-out-file=/dev/null", sys.executable, __file__, "--child", str(size),
                          "--base", str(base)],
                         capture_output=True, text=True, env=dict(os.environ, PYTHONHASHSEED="0"), check=True)
    counts = {}
    for key, label in (("instructions", "I +refs"), ("d1_misses", "D1 +misses"), ("ll_misses", "LLd misses")):
        found = re.search(rf"{label}: +([\d,]+)", run.stderr)
        if found is None:
            raise SystemExit(f"cachegrind gave no {key} for {size} sentences:\n{run.stderr[-2000:]}")
        counts[key] = int(found.group(1).replace(",", ""))
    return counts


def report_cache(sizes: list[int], base: int, cache: str) -> None:
    """Each count a sentence at each size (less a process that extracts none), and each step's ratio; each size
    printed as it is counted (a run takes long on a busy box)."""
    fixed = cache_counts(0, base, cache)
    print(f"caches {cache}; loading and warm-up: " + ", ".join(f"{k} {v:,}" for k, v in fixed.items()), flush=True)
    own = {}
    for size in sizes:
        own[size] = {k: v - fixed[k] for k, v in cache_counts(size, base, cache).items()}
        print(f"{size:>6} sentences, a sentence: " + ", ".join(f"{k} {v / size:,.1f}" for k, v in own[size].items()),
              flush=True)
    for small, large in zip(sizes, sizes[1:], strict=False):
        print(f"{small} -> {large}: " + ", ".join(f"{k} x{own[large][k] / own[small][k]:.3f}" for k in fixed))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=int, default=1248, help="sentences of the smallest document")
    parser.add_argument("--smallest", type=int, help="sentences of the smallest document measured (default --base: "
                        "the bench's documents repeat its first 312 sentences from 312 to 4,992)")
    parser.add_argument("--steps", type=int, default=2, help="doublings after the smallest document")
    parser.add_argument("--cache", help="D1:LL as cachegrind's --D1 and --LL take them: count their misses too")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        extract_once(args.child, args.base)
        return
    sizes = [(args.smallest or args.base) * 2**step for step in range(args.steps + 1)]
    if args.cache:
        report_cache(sizes, args.base, args.cache)
        return
    fixed = instructions(0, args.base)
    own = {size: instructions(size, args.base) - fixed for size in sizes}
    print(f"loading and warm-up: {fixed / 1e6:,.0f} M instructions")
    for size in sizes:
        print(f"{size:>6} sentences: {own[size] / 1e6:>9,.0f} M  ({own[size] / size / 1e3:,.0f} k a sentence)")
    for small, large in zip(sizes, sizes[1:], strict=False):
        print(f"{small} -> {large}: x{own[large] / own[small]:.3f}")


if __name__ == "__main__":
    main()
