"""The data that flows through the pipeline, one plain dataclass per stage.

documents → sentences/tokens → actor mentions → events → relations.
Every stage reads the previous stage's objects and adds its own; nothing here
knows about storage or the CLI, so each stage can be tested on its own.
Sentences and actor mentions live in realpolitik.mentions (compiled by mypyc) and are imported here.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date
from operator import attrgetter, itemgetter
from typing import NamedTuple, TypeVar

from realpolitik.mentions import ActorMention as ActorMention
from realpolitik.mentions import Sentence as Sentence

_T = TypeVar("_T")


def pickled_by_fields(cls: type[_T]) -> type[_T]:
    """Pickle a dataclass's instances as its constructor's arguments (the fields in order), not as a dict.

    Why: a pool worker sends every document's events back to the writer process. The default pickle
    writes each attribute's name beside its value, and the writer rebuilds each object's dict name by
    name (interning every name again): on the bench pages that cost worker and writer together 99.5 M
    instructions per 200 documents, 58.3 M as constructor arguments (callgrind). Attributes outside the
    fields (a Document's remembered content hash) go along as state.
    """
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    assert all(f.init for f in fields(cls)), f"{cls.__name__}: every field must be a constructor argument"  # type: ignore[arg-type]
    values: Callable[[object], tuple] = attrgetter(*names)
    known = frozenset(names)

    def __reduce__(self: object) -> tuple:
        state = self.__dict__
        if len(state) == len(names):
            return cls, values(self)
        return cls, values(self), {k: v for k, v in state.items() if k not in known}

    setattr(cls, "__reduce__", __reduce__)  # noqa: B010 -- a method assigned to a class mypy sees as any type
    return cls


@pickled_by_fields
@dataclass
class Document:
    """One article (or one gold-set sentence) with what we know about where it came from."""

    id: str
    text: str
    lang: str | None = None
    published: date | None = None
    title: str = ""
    url: str | None = None
    outlet: str | None = None
    origin: str | None = None  # the file, URL or feed it was read from

    @property
    def content_hash(self) -> str:
        """Hash of the normalised text: the identity used to store a document once. Kept with the text it
        was computed from (an ingest asks four times per document; a changed text is hashed anew)."""
        kept = self.__dict__.get("_hashed")
        if kept is not None and kept[0] is self.text:
            return kept[1]
        normalised = " ".join(self.text.split()).lower()
        digest = hashlib.sha256(normalised.encode("utf-8")).hexdigest()
        self.__dict__["_hashed"] = (self.text, digest)
        return digest


#: `date_precision` of an event whose article gives no date for it: `date` is the publication date.
PUBLISHED = "published"


def date_fields(stated: date | str | None, precision: str | None, published: date | str | None) -> dict:
    """The one rule for an event's dates, in the CLI, the HTTP API, the exports and the Python API.

    `date` is the date the article gives for the event (`date_precision` day, month, year or
    range), else the article's publication date (`date_precision` "published"); `event_date`
    is the stated date alone and `published` the article's date.
    """
    said = stated if isinstance(stated, str) or stated is None else stated.isoformat()
    out = published if isinstance(published, str) or published is None else published.isoformat()
    return {"date": said or out, "event_date": said,
            "date_precision": (precision or "day") if said else PUBLISHED if out else None, "published": out}


UNREALISED_MODALITIES = frozenset({"plan", "hypothetical", "alleged"})


class Token(NamedTuple):
    """A word or punctuation mark, with document-level character offsets.

    A named tuple, not a frozen dataclass: every word of every document is one, and a frozen
    dataclass's constructor costs twice as much (each field set through object.__setattr__).
    Immutable and hashable alike."""

    text: str
    lemma: str  # lower-cased lemma (simplemma), or the lower-cased text
    start: int
    end: int
    index: int  # position in the sentence



#: A token's text, lemma, and (text, lemma) pair: passes over a sentence's tokens as `map` in C, where a
#: comprehension or a generator would run a Python step per token (every sentence pays these passes).
token_text, token_lemma, token_pair = itemgetter(0), itemgetter(1), itemgetter(0, 1)


PLACE = "place"  # the kind of a city's mention: its state only as the place or object of force (events.coder)


@pickled_by_fields
@dataclass
class Event:
    """One event mention: who did what to whom, as one sentence of one article reports it."""

    doc_id: str
    source: str | None
    target: str | None
    cameo: str
    plover: str | None
    goldstein: float | None
    quad_class: int | None
    evidence: str
    evidence_start: int
    evidence_end: int
    rule: str
    ruleset_version: str
    date: date | None = None
    date_precision: str | None = None  # day|month|year|range
    # `datetime.date`, not `date`: below the field `date`, the name is the field (mypy read `published` as None, and
    # compiled code reading it raised TypeError on every dated article)
    published: datetime.date | None = None
    negated: bool = False
    modality: str = "asserted"  # asserted|reported|threat|plan|demand|hypothetical|alleged
    source_text: str | None = None
    target_text: str | None = None
    source_entry: str | None = None
    target_entry: str | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    confidence: float = 0.5
    lang: str | None = None

    @property
    def cameo_root(self) -> str:
        return self.cameo[:2]

    @property
    def factual(self) -> bool:
        """Did it happen (or was the threat or demand made)? Plans and conditionals did not happen."""
        return self.modality not in UNREALISED_MODALITIES

    def to_json(self) -> dict:
        """The record EVAL.md asks `extract --format jsonl` to print, plus provenance."""
        return {
            "doc_id": self.doc_id,
            "source": self.source,
            "target": self.target,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "plover": self.plover,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            **date_fields(self.date, self.date_precision, self.published),
            "negated": self.negated,
            "modality": self.modality,
            "evidence": self.evidence,
            "evidence_offsets": [self.evidence_start, self.evidence_end],
            "source_text": self.source_text,
            "target_text": self.target_text,
            "source_entry": self.source_entry,
            "target_entry": self.target_entry,
            "rule": self.rule,
            "ruleset_version": self.ruleset_version,
            "confidence": round(self.confidence, 3),
            "lang": self.lang,
        }


@pickled_by_fields
@dataclass
class Relation:
    """A standing tie between two actors as one article asserts it."""

    a: str
    b: str
    kind: str  # defense_pact|strategic_partnership|cooperation_agreement|membership|ally|rivalry
    status: str | None  # proposed|signed|ratified|in_force|suspended|ended|None
    doc_id: str
    evidence: str
    since: date | None = None
    areas: list[str] = field(default_factory=list)
    rule: str = ""

    def to_json(self) -> dict:
        return {
            "a": self.a,
            "b": self.b,
            "kind": self.kind,
            "status": self.status,
            "since": self.since.isoformat() if self.since else None,
            "areas": list(self.areas),
            "doc_id": self.doc_id,
            "evidence": self.evidence,
            "rule": self.rule,
        }


@pickled_by_fields
@dataclass
class Extraction:
    """Everything the pipeline found in one document."""

    document: Document
    sentences: list[Sentence]
    actors: list[list[ActorMention]]  # per sentence
    events: list[Event]
    relations: list[Relation]
