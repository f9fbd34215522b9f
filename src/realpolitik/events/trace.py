"""An opt-in record of the coder's decisions, for `realpolitik eval --misses`.

The coder reports every trigger it matched and every trigger it let go with
the reason. Nothing is recorded unless a caller opens `tracing()`, so normal
extraction pays one context-variable lookup per decision. The evaluation
tools read the record to say where a missed fact was lost; they never code
anything themselves.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Decision:
    """A trigger in a sentence: `reason` is None when it gave events, else why it gave none."""

    sentence: int  # the sentence's index in the document
    rule: str  # "<lang>.<rule id>"
    plover: str | None  # the rule's type (before modality moves it to a threat or demand)
    tokens: tuple[int, ...]
    reason: str | None = None


@dataclass
class Trace:
    """What the coder did with each sentence it read while tracing was on."""

    decisions: list[Decision] = field(default_factory=list)

    def in_sentence(self, index: int) -> list[Decision]:
        return [d for d in self.decisions if d.sentence == index]


_current: ContextVar[Trace | None] = ContextVar("realpolitik_event_trace", default=None)


@contextmanager
def tracing() -> Iterator[Trace]:
    """Record the coder's decisions made inside the `with` block."""
    trace = Trace()
    token = _current.set(trace)
    try:
        yield trace
    finally:
        _current.reset(token)


def active() -> bool:
    """Whether a caller is recording decisions (work that only explains a trigger's fate may be skipped when not)."""
    return _current.get() is not None


def note(sentence: int, rule: str, plover: str | None, tokens: tuple[int, ...], reason: str | None = None) -> None:
    """Record one decision (a no-op unless tracing is on)."""
    trace = _current.get()
    if trace is not None:
        trace.decisions.append(Decision(sentence, rule, plover, tuple(tokens), reason))


def no_pair(sources, targets) -> str:
    """Why roles gave no event: the sources and targets found (codes), or that a side was empty."""
    def codes(mentions) -> str:
        return ",".join(m.code for m in mentions) or "none"

    if sources and targets:
        return f"source and target are one country (sources {codes(sources)}; targets {codes(targets)})"
    return f"no actor pair (sources {codes(sources)}; targets {codes(targets)})"
