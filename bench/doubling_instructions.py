"""Doubling a document's length in instructions, not seconds: the steady companion of bench_throughput's `doubling`.

    PYTHONPATH=src python3 bench/doubling_instructions.py                 # 1,248 -> 2,496 -> 4,992 sentences
    PYTHONPATH=src python3 bench/doubling_instructions.py --base 312 --steps 2

The timed steps of `doubling` read 1.9-2.1 on a linear coder, since each is the ratio of two noisy timings (their
fit reads 2.00). Instructions are not noisy: valgrind's callgrind counts those of one process extracting a document of
n of the bench's sentences (the smallest document's sentences repeated, as `doubling` builds them), and a process
that extracts none gives what loading and warming up cost. Each size's instructions less that are the document's;
the step from n to 2n is their ratio, exactly 2.00 for a linear cost. Needs valgrind (Debian's package); the runs go
one after the other, ~1 minute each per 1,000 sentences on an idle core.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=int, default=1248, help="sentences of the smallest document")
    parser.add_argument("--steps", type=int, default=2, help="doublings after the smallest document")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        extract_once(args.child, args.base)
        return
    sizes = [args.base * 2**step for step in range(args.steps + 1)]
    fixed = instructions(0, args.base)
    own = {size: instructions(size, args.base) - fixed for size in sizes}
    print(f"loading and warm-up: {fixed / 1e6:,.0f} M instructions")
    for size in sizes:
        print(f"{size:>6} sentences: {own[size] / 1e6:>9,.0f} M  ({own[size] / size / 1e3:,.0f} k a sentence)")
    for small, large in zip(sizes, sizes[1:], strict=False):
        print(f"{small} -> {large}: x{own[large] / own[small]:.3f}")


if __name__ == "__main__":
    main()
