"""Per-document budgets of size and time, so that no input can hold a run or a server thread.

A document longer than `Budget.max_chars` is refused before any stage runs
(`too_long`); otherwise the stages run under a deadline that they check
between sentences (`checkpoint()`), and a document past it is refused as
`timeout`. Either way the caller records a rejection and the batch goes on.
The deadline lives in a context variable, so stages need no extra argument,
threads of a server keep their own deadlines, and code run without a budget
(tests, the Python API by default) pays one lookup per sentence.

Code that cannot check a deadline (trafilatura, which takes minutes on a
megabyte of tiny paragraphs) runs through `interruptible()`: a watchdog thread
raises an exception in the waiting thread when the time is up (CPython's
PyThreadState_SetAsyncExc), so even a server thread is freed on time. One
watchdog per process serves every call (a timer thread per page cost more
than a short page's extraction). The
exception derives from BaseException, so the library's own `except Exception`
cannot swallow it.
"""

from __future__ import annotations

import ctypes
import heapq
import itertools
import os
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


REFIRE_SECONDS = 0.25  # how soon an interruption is sent again to a call that is still running


class _Watchdog:
    """One daemon thread per process that interrupts the calls of `interruptible` past their deadline.

    Arming and disarming a call is a dictionary update under a lock; the thread
    sleeps until the earliest deadline and is woken only when an earlier one comes.
    """

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.armed: dict[int, tuple[float, int]] = {}  # call → (deadline, thread ident)
        self.deadlines: list[tuple[float, int]] = []  # heap of (deadline, call); disarmed calls dropped lazily
        self.fired: set[int] = set()
        self.calls = itertools.count()
        self.thread: threading.Thread | None = None
        self.wakes_at = float("inf")

    def arm(self, deadline: float, ident: int) -> int:
        with self.cond:
            call = next(self.calls)
            self.armed[call] = (deadline, ident)
            heapq.heappush(self.deadlines, (deadline, call))
            if self.thread is None:
                self.thread = threading.Thread(target=self._watch, name="realpolitik-deadlines", daemon=True)
                self.thread.start()
            elif deadline < self.wakes_at:
                self.cond.notify()
            return call

    def disarm(self, call: int) -> None:
        """The call returned or raised: forget it, and take back an interruption not delivered yet."""
        with self.cond:
            self.armed.pop(call, None)
            if call in self.fired:
                self.fired.discard(call)
                _raise_in(threading.get_ident(), None)

    def _watch(self) -> None:
        with self.cond:
            while True:
                now = time.monotonic()
                while self.deadlines and (self.deadlines[0][0] <= now or self.deadlines[0][1] not in self.armed):
                    _, call = heapq.heappop(self.deadlines)
                    if call in self.armed:
                        # Fired again every REFIRE_SECONDS until the call ends: a library's bare `except:`
                        # may swallow one interruption and go on for a minute (trafilatura's fallbacks did).
                        self.fired.add(call)
                        _raise_in(self.armed[call][1], _Interrupted)
                        heapq.heappush(self.deadlines, (now + REFIRE_SECONDS, call))
                self.wakes_at = self.deadlines[0][0] if self.deadlines else float("inf")
                self.cond.wait(None if not self.deadlines else self.wakes_at - now)


_WATCHDOG = _Watchdog()


def _new_watchdog() -> None:
    global _WATCHDOG
    _WATCHDOG = _Watchdog()  # a forked child has no watchdog thread: it starts its own on first use


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_new_watchdog)


def interruptible(fn: Callable[..., T], *args: object, what: str = "reading", **kwargs: object) -> T:
    """`fn(*args, **kwargs)`, stopped with BudgetExceeded("timeout") at the current deadline.

    Without a deadline set (no `spending` around the call) the default budget applies, so that a
    library call is never unbounded.
    """
    current = _DEADLINE.get()
    deadline, seconds = current if current else (time.monotonic() + MAX_DOC_SECONDS, MAX_DOC_SECONDS)
    watchdog = _WATCHDOG
    try:
        call = watchdog.arm(deadline, threading.get_ident())
        try:
            return fn(*args, **kwargs)
        finally:
            watchdog.disarm(call)
    except _Interrupted:
        watchdog.disarm(call)  # again: an interruption sent once more may have cut the first one short
        raise BudgetExceeded("timeout", f"{what} took over {seconds:g} s, the budget per document; "
                             "split the document or raise the budget (--doc-seconds)") from None
