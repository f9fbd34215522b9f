"""What the readers hand back for an input they cannot turn into a Document.

A rejection is data, not an exception: a batch of thousands of files must go
on past one bad file, and the store keeps the rejections so a user can see
afterwards what was skipped and why.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The fixed vocabulary of rejection reasons (stored and counted by reason).
REASONS: frozenset[str] = frozenset(
    {
        "missing",
        "unreadable",
        "binary",
        "encoding",
        "empty",
        "bad_json",
        "bad_date",
        "too_large",
        "too_long",  # the document's text is over its budget of characters (realpolitik.budget)
        # fetching (ingest.fetch, ingest.feeds, ingest.warc)
        "http_error",  # the server answered 4xx/5xx (after retries for 5xx and 429)
        "timeout",  # no complete answer within the time limit, after retries; or extraction over its budget
        "network",  # DNS failure, refused connection, TLS error, too many redirects
        "blocked",  # a private or loopback address without --allow-private, or not http(s)
        "bad_feed",  # RSS/Atom that cannot be parsed into entries
        "feed",  # a saved RSS/Atom file where articles are read without fetching (`extract`): ingest it
        "bad_warc",  # a WARC file that cannot be read to the end
        "failed",  # extraction or storage failed for this document (a bug: please report it)
    }
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
