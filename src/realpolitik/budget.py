"""Per-document budgets of size and time, so that no input can hold a run or a server thread.

A document longer than `Budget.max_chars` is refused before any stage runs
(`too_long`); otherwise the stages run under a deadline that they check
between sentences (`checkpoint()`), and a document past it is refused as
`timeout`. Either way the caller records a rejection and the batch goes on.
The deadline lives in a context variable, so stages need no extra argument,
threads of a server keep their own deadlines, and code run without a budget
(tests, the Python API by default) pays one lookup per sentence.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from realpolitik.errors import RealpolitikError

#: Defaults: far above any news article (the longest takes well under a second), far below a stuck run.
MAX_DOC_CHARS = 1_000_000
MAX_DOC_SECONDS = 30.0


@dataclass(frozen=True)
class Budget:
    """How much one document may cost: characters of text, and seconds of extraction."""

    seconds: float = MAX_DOC_SECONDS
    max_chars: int = MAX_DOC_CHARS


class BudgetExceeded(RealpolitikError):
    """A document went over its budget; `reason` is `too_long` or `timeout`, `detail` says what to do."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


_DEADLINE: ContextVar[tuple[float, float] | None] = ContextVar("realpolitik_deadline", default=None)


def checkpoint() -> None:
    """Raise BudgetExceeded("timeout") when the current document's deadline has passed."""
    current = _DEADLINE.get()
    if current is not None and time.monotonic() > current[0]:
        raise BudgetExceeded("timeout", f"extraction took over {current[1]:g} s, the budget per document; "
                             "split the document or raise the budget (--doc-seconds)")


def check_size(text: str, budget: Budget) -> None:
    """Raise BudgetExceeded("too_long") for a text over the budget's characters."""
    if len(text) > budget.max_chars:
        raise BudgetExceeded("too_long", f"{len(text)} characters of text, over the budget of {budget.max_chars} "
                             "per document; split it into articles")


@contextmanager
def spending(budget: Budget | None) -> Iterator[None]:
    """Run the body under `budget`'s deadline (None: no deadline); nested budgets keep the earlier deadline."""
    if budget is None:
        yield
        return
    deadline = time.monotonic() + budget.seconds
    outer = _DEADLINE.get()
    token = _DEADLINE.set((min(deadline, outer[0]), budget.seconds) if outer else (deadline, budget.seconds))
    try:
        yield
    finally:
        _DEADLINE.reset(token)
