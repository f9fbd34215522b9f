"""The throughput bench's doubling steps: one slow timing moves one round's ratio, not the figure (issue 13)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("httpx")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import bench_throughput  # noqa: E402


class _Clock:
    """A CPU clock that a fake extraction advances by its text's length, once slowed down."""

    def __init__(self, slow_call: int) -> None:
        self.now = 0.0
        self.calls = 0
        self.slow_call = slow_call

    def __call__(self) -> float:
        return self.now

    def extract(self, text: str, doc_id: str = "bench") -> None:
        self.calls += 1
        self.now += len(text) * (3.0 if self.calls == self.slow_call else 1.0)


def test_a_step_is_the_median_of_paired_ratios(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = _Clock(slow_call=16 + 8 + 4 + 2 + 1)  # the largest document's timing in the first round
    monkeypatch.setattr(bench_throughput.time, "process_time", clock)
    monkeypatch.setattr(bench_throughput, "_extract", clock.extract)
    sentences = ["Russia and China signed a treaty."] * 10
    times, steps = bench_throughput._per_document(sentences, [2, 4, 8, 16, 32], 5)
    assert set(steps) == {"2->4", "4->8", "8->16", "16->32"}
    assert all(1.9 < ratio < 2.1 for ratio in steps.values())  # the slow round is outvoted
    assert bench_throughput._rounded(bench_throughput._steps(times)) == steps  # bests: its timing was not the best
