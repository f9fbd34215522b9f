"""Seconds of a run by phase, for the summary's "phases": where the time of a run goes.

Why: the part of a run that does not shrink with more CPUs (starting and
warming the workers, the last shard running alone, the single-threaded steps
at the end) decides how well an engine scales; it shows here, run by run,
instead of only in a profiler.

Laps are wall time and add up to the run's seconds; the other entries are
inside a lap (the longest worker warm-up, the wait for the first and the last
results) or totals over the workers (their busy seconds, summed).
"""

from __future__ import annotations

import time
from collections.abc import Sequence


class Phases:
    """A stopwatch with named laps, plus seconds reported by workers."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.seconds: dict[str, float] = {}

    def lap(self, name: str) -> None:
        """The wall time since the previous lap (or the start) goes to `name`."""
        now = time.perf_counter()
        self.add(name, now - self.last)
        self.last = now

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds

    def add_shard(self, seconds: dict[str, float]) -> None:
        """A worker's seconds for one piece of work: summed, except its start and warm-up (the longest counts:
        the workers start at once)."""
        for name, value in seconds.items():
            if name in ("actor_start", "warm_up"):
                self.seconds[name] = max(self.seconds.get(name, 0.0), value)
            else:
                self.add(f"workers_{name}", value)

    def shards_done(self, done: Sequence[float], workers: int) -> None:
        """Close the "shards" lap: also the wait for the first shard, and the tail (from the first worker
        left without a shard to the last shard done: a worker idles for that long at most)."""
        if done:
            self.add("first_shard", done[0] - self.last)
            idle_from = done[-workers] if len(done) >= workers else self.last
            self.add("tail", done[-1] - idle_from)
        self.lap("shards")

    def report(self) -> dict[str, float]:
        return {name: round(value, 3) for name, value in self.seconds.items()}
