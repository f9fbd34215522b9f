"""What the readers hand back for an input they cannot turn into a Document.

A rejection is data, not an exception: a batch of thousands of files must go
on past one bad file, and the store keeps the rejections so a user can see
afterwards what was skipped and why.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The fixed vocabulary of rejection reasons (stored and counted by reason).
REASONS: frozenset[str] = frozenset(
    {"missing", "unreadable", "binary", "encoding", "empty", "bad_json", "bad_date", "too_large"}
)


@dataclass(frozen=True)
class Rejected:
    """An input (file, stdin or one JSONL line) that was skipped.

    `origin` names the file ("a/b.txt", "-" for stdin, "a/b.jsonl:17" for a
    line), `reason` is one of REASONS, `detail` tells the user what to do.
    """

    origin: str
    reason: str
    detail: str

    def __post_init__(self) -> None:
        if self.reason not in REASONS:
            raise ValueError(f"unknown rejection reason {self.reason!r}; use one of {sorted(REASONS)}")

    def to_json(self) -> dict:
        return {"origin": self.origin, "reason": self.reason, "detail": self.detail}
