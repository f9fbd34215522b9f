"""How the linear-time tests time a stage: best of three, with the cycle collector paused, in this thread's CPU time.

The collector's passes over the whole heap (dictionaries and everything earlier
tests left) would otherwise be timed as the stage's own cost; wall-clock time
would count other processes' load (a shared CI box), which is no cost of the stage.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def best_of_three(run: Callable[[int], object]) -> float:
    """CPU seconds of the fastest of `run(0)`, `run(1)`, `run(2)`; the index lets a run use fresh inputs."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for index in range(3):
            started = time.thread_time()
            run(index)
            best = min(best, time.thread_time() - started)
    finally:
        gc.enable()
    return best
