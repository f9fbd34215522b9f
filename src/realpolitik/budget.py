"""Per-document budgets of size and time, so that no input can hold a run or a server thread.

A document longer than `Budget.max_chars` is refused before any stage runs
(`too_long`); otherwise the stages run under a deadline that they check
between sentences (`checkpoint()`), and a document past it is refused as
`timeout`. Either way the caller records a rejection and the batch goes on.
The deadline lives in a context variable, so stages need no extra argument,
threads of a server keep their own deadlines, and code run without a budget
(tests, the Python API by default) pays one lookup per sentence.

Code that cannot check a deadline (trafilatura, which takes minutes on a
megabyte of tiny paragraphs) runs through `interruptible()`: a timer thread
raises an exception in the waiting thread when the time is up (CPython's
PyThreadState_SetAsyncExc), so even a server thread is freed on time. The
exception derives from BaseException, so the library's own `except Exception`
cannot swallow it.
"""

from __future__ import annotations

import ctypes
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TypeVar

from realpolitik.errors import RealpolitikError

T = TypeVar("T")

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


class _Interrupted(BaseException):
    """Raised inside a thread whose time is up (see `interruptible`); never seen outside this module."""


def _raise_in(ident: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(exc) if exc else None)


def interruptible(fn: Callable[..., T], *args: object, what: str = "reading", **kwargs: object) -> T:
    """`fn(*args, **kwargs)`, stopped with BudgetExceeded("timeout") at the current deadline.

    Without a deadline set (no `spending` around the call) the default budget applies, so that a
    library call is never unbounded.
    """
    current = _DEADLINE.get()
    deadline, seconds = current if current else (time.monotonic() + MAX_DOC_SECONDS, MAX_DOC_SECONDS)
    ident = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                _raise_in(ident, _Interrupted)

    timer = threading.Timer(max(0.0, deadline - time.monotonic()), fire)
    timer.daemon = True
    try:
        try:
            timer.start()
            return fn(*args, **kwargs)
        finally:
            with lock:
                state["done"] = True
                if state["fired"]:  # fired but perhaps not delivered yet: take it back
                    _raise_in(ident, None)
            timer.cancel()
    except _Interrupted:
        raise BudgetExceeded("timeout", f"{what} took over {seconds:g} s, the budget per document; "
                             "split the document or raise the budget (--doc-seconds)") from None
