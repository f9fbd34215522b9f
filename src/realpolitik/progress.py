"""Progress bars for long runs (ingest, cluster, export): done/total, rate and ETA on standard error.

Shown only where someone watches: the CLI asks `on_terminal()` (standard
error is a terminal), so piped or logged runs stay quiet. Library code takes
a `progress` flag and never decides this itself.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from rich.console import Console
from rich.progress import BarColumn, Progress, ProgressColumn, Task, TaskID, TextColumn, TimeRemainingColumn
from rich.text import Text

T = TypeVar("T")


def on_terminal() -> bool:
    """Whether progress should be drawn: standard error is a terminal."""
    return sys.stderr.isatty()


class _Rate(ProgressColumn):
    """Items (or bytes) per second, from rich's moving window."""

    def __init__(self, unit: str) -> None:
        super().__init__()
        self.unit = unit

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        if speed is None:
            return Text("– MB/s" if self.unit == "bytes" else f"– {self.unit}/s", style="progress.data.speed")
        if self.unit == "bytes":
            return Text(f"{speed / 1e6:.2f} MB/s", style="progress.data.speed")
        return Text(f"{speed:,.1f} {self.unit}/s", style="progress.data.speed")


class Shown:
    """One bar: advance it, or let it count an iterable; `note` changes the text before the bar."""

    def __init__(self, progress: Progress, task: TaskID) -> None:
        self.progress = progress
        self.task = task

    def advance(self, amount: float = 1) -> None:
        self.progress.advance(self.task, amount)

    def note(self, text: str) -> None:
        self.progress.update(self.task, description=text)

    def track(self, items: Iterable[T]) -> Iterator[T]:
        for item in items:
            yield item
            self.advance()


@contextmanager
def bar(label: str, total: float | None, unit: str, enabled: bool = True) -> Iterator[Shown]:
    """A progress bar on standard error (nothing at all when not `enabled`); `total` None: no ETA."""
    columns = [TextColumn("{task.description}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
               _Rate(unit), TextColumn("ETA"), TimeRemainingColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=True, disable=not enabled) as progress:
        yield Shown(progress, progress.add_task(label, total=total))
