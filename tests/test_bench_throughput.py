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


def _scripted_pool(monkeypatch: pytest.MonkeyPatch, others: list[float | None]) -> tuple[dict, list[int]]:
    """_pool_pairs over fake runs: one worker takes 10 s, two take 5.5 s, or 9 s in a run with other load."""
    ran: list[int] = []
    loads = iter(others)

    def timed(fn):  # type: ignore[no-untyped-def]
        count = fn()
        ran.append(count)
        load = next(loads)
        took = 10.0 if count == 1 else (9.0 if load is None or load >= bench_throughput.QUIET_CORES else 5.5)
        return took, took * count * 0.6, load

    monkeypatch.setattr(bench_throughput, "_wall_cpu_others", timed)
    return bench_throughput._pool_pairs(lambda count: lambda: count, [1, 2], len(others) // 2), ran


def test_the_pool_ratio_is_the_median_of_its_quiet_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    others = [0.0, 0.02, 0.9, 1.1, 0.0, 0.01, 0.03, 0.0, 0.0, 0.6]  # pairs 2 and 5 ran beside another load
    out, ran = _scripted_pool(monkeypatch, others)
    assert ran == [1, 2, 2, 1, 1, 2, 2, 1, 1, 2]  # the order swaps from pair to pair
    assert out["workers_2_vs_1_rounds"] == [1.82, 1.11, 1.82, 1.82, 1.11]
    assert out["workers_2_vs_1_others"] == [0.02, 1.1, 0.01, 0.03, 0.6]
    assert out["workers_2_vs_1_quiet_pairs"] == 3 and not out["workers_2_vs_1_loaded"]
    assert out["workers_2_vs_1"] == 1.82 and out["workers_2_vs_1_all"] == 1.82
    assert out["workers_2_vs_1_of_best"] == 1.82 and out["best_one"] == 10.0


def test_a_loaded_machine_gives_the_median_of_all_pairs_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    out, _ = _scripted_pool(monkeypatch, [0.0, 0.0, 1.0, 1.0, 0.5, 0.5, None, None, 0.0, 0.0])
    assert out["workers_2_vs_1_quiet_pairs"] == 2 and out["workers_2_vs_1_loaded"]
    assert out["workers_2_vs_1"] == out["workers_2_vs_1_all"] == 1.11
    assert out["workers_2_vs_1_others"] == [0.0, 1.0, 0.5, None, 0.0]


def test_the_machine_load_is_read_where_linux_tells_it() -> None:
    busy = bench_throughput._machine_busy()
    if busy is None:
        pytest.skip("no /proc/stat")
    took, spent, others = bench_throughput._wall_cpu_others(lambda: sum(range(200_000)))
    assert took > 0 and spent >= 0 and others is not None and others >= 0
