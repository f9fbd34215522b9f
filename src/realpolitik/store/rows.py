"""The rows a saved document writes (the document, its band keys, events, relation mentions, its ties' rows and
steps) and the statements that write them; `Rows` writes them at once or keeps them for a batch's end.

`store.Store` decides what is saved (a duplicate, a near-duplicate, a document with its events and ties); this
module is what goes to the database for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime

from sqlalchemy import Connection, Executable, bindparam, insert, or_, select, text, tuple_, update

from realpolitik.codes import country_of
from realpolitik.model import Document, Event, Extraction, Relation
from realpolitik.relations import ledger
from realpolitik.relations.from_events import relations_from_events
from realpolitik.store import schema as s
from realpolitik.store.lookups import stored_duplicate
from realpolitik.store.plain_sql import PlainWrites

# Statements built once: building a statement and its cache key costs more than SQLite's answer to it
# (an ingest runs each of them once or more per document). Values go in as parameters.
_d, _b, _r = s.documents, s.doc_bands, s.relations
INSERT_DOCUMENT = insert(_d)
INSERT_BANDS = insert(_b)
INSERT_EVENTS = insert(s.event_mentions)
INSERT_RELATION_MENTION = insert(s.relation_mentions)
LEDGER_ROW = select(_r).where(_r.c.a == bindparam("a"), _r.c.b == bindparam("b"), _r.c.kind == bindparam("kind"))
INSERT_LEDGER = insert(_r)
_TIES_AMONG = select(_r).where(tuple_(_r.c.a, _r.c.b, _r.c.kind).in_(bindparam("keys", expanding=True)))
LEDGER_LOCK = "SELECT pg_advisory_xact_lock(7061626)"
_STORED_AMONG = select(_d.c.id, _d.c.content_hash, _d.c.url).where(or_(
    _d.c.content_hash.in_(bindparam("hashes", expanding=True)), _d.c.id.in_(bindparam("ids", expanding=True)),
    _d.c.url.in_(bindparam("urls", expanding=True))))
UPDATE_LEDGER = update(_r).where(_r.c.id == bindparam("row_id"))


def utc_now() -> datetime:
    return datetime.now(UTC)


class Rows:
    """Rows for insert statements: written at once, or (`gather`) kept and written at the end of a batch,
    one executemany per statement.

    A gathering batch also answers, without a query per document, what `Store._save_in` asks the database
    otherwise: whether a document is stored already (`known`: the stored documents that share a hash,
    id or URL with the batch's, read in one query by `expect`, and the batch's own), and a tie's row
    (`ledger`: each tie read once per batch; its row updated once, at the end).
    """

    def __init__(self, conn: Connection, gather: bool = False, plain: PlainWrites | None = None) -> None:
        self.conn = conn
        # a gathering batch on SQLite writes through the driver's connection (its transaction is the batch's)
        self.plain = plain if gather else None
        self.dbapi = conn.connection.dbapi_connection if self.plain is not None else None
        self.kept: dict[int, tuple[Executable, list[dict]]] | None = {} if gather else None
        self.known: dict[tuple[str, str], str] | None = {} if gather else None
        self.expected: set[str] = set()  # ids of the documents `expect` asked about
        self.ties: dict[tuple[str, str, str], tuple[int, ledger.LedgerEntry]] | None = {} if gather else None
        self.tie_updates: dict[int, dict] = {}
        self.absent: set[tuple[str, str, str]] = set()  # ties `expect_ties` found not stored
        # id(extraction) → (extraction, the relations it adds): listed once for `expect` and `Store._save_in`
        self.relations: dict[int, tuple[Extraction, list[Relation]]] = {}

    def relations_of(self, extraction: Extraction) -> list[Relation]:
        """`_relations_to_save(extraction)`, listed once per batch (the extraction is kept with them, so
        its id stays its own)."""
        kept = self.relations.get(id(extraction))
        if kept is None or kept[0] is not extraction:
            kept = self.relations[id(extraction)] = (extraction, _relations_to_save(extraction))
        return kept[1]

    def add(self, statement: Executable, rows: dict | list[dict]) -> None:
        if self.kept is None:
            self.conn.execute(statement, rows)
            return
        kept = self.kept.setdefault(id(statement), (statement, []))[1]
        kept.extend(rows) if isinstance(rows, list) else kept.append(rows)

    def write_now(self, statement: Executable) -> None:
        """Write the rows kept for `statement` now (rows written later may refer to them); its place in the
        order of writing stays."""
        if self.kept and id(statement) in self.kept and self.kept[id(statement)][1]:
            self.execute(statement, self.kept[id(statement)][1])
            self.kept[id(statement)][1].clear()

    def write(self) -> None:
        """Write what is kept (nothing where rows were written at once), then the ties' last states."""
        for statement, rows in (self.kept or {}).values():
            if rows:
                self.execute(statement, rows)
        if self.kept:
            self.kept.clear()
        if self.tie_updates:
            self.execute(UPDATE_LEDGER, list(self.tie_updates.values()))
            self.tie_updates.clear()
        if self.ties:
            self.ties.clear()
        self.absent.clear()
        self.relations.clear()

    def execute(self, statement: Executable, rows: list[dict]) -> None:
        """`conn.execute(statement, rows)`: through `PlainWrites` where it can, the same rows written."""
        if self.plain is None or not self.plain.executemany(self.dbapi, statement, rows):
            self.conn.execute(statement, rows)

    def insert_one(self, statement: Executable, row: dict) -> int:
        """Insert one row and return its new primary key (the ledger's new tie)."""
        if self.plain is not None:
            found = self.plain.form(statement, tuple(row))
            if found is not None:
                return int(self.dbapi.execute(found[0], found[1](row)).lastrowid)
        return int(self.conn.execute(statement, row).inserted_primary_key[0])

    def expect(self, documents: Sequence[Document]) -> None:
        """Read at once which of `documents` are stored already (by hash, id or URL), for `known_duplicate`."""
        hashes = sorted({d.content_hash for d in documents})
        ids = sorted({d.id for d in documents})
        urls = sorted({d.url for d in documents if d.url}) or [""]  # an empty IN () is not SQL everywhere
        assert self.known is not None, "only a gathering batch expects documents"
        self.expected.update(ids)
        for doc_id, content_hash, url in self.conn.execute(_STORED_AMONG, {"hashes": hashes, "ids": ids,
                                                                             "urls": urls}):
            self._know(doc_id, content_hash, url)

    def expect_ties(self, keys: set[tuple[str, str, str]]) -> None:
        """Read at once the rows of the ties (a, b, kind) the batch's documents mention."""
        assert self.ties is not None, "only a gathering batch expects ties"
        if not keys:
            return
        if self.conn.dialect.name == "postgresql":
            self.conn.execute(text(LEDGER_LOCK))  # taken before the ties are read, as `Store._update_ledger` does
        for row in self.conn.execute(_TIES_AMONG, {"keys": sorted(keys)}).mappings():
            self.ties[(row["a"], row["b"], row["kind"])] = (int(row["id"]), tie_entry(row))
        self.absent = keys - set(self.ties)

    def known_duplicate(self, document: Document) -> str | None:
        """`Store.find_duplicate` over what `expect` read and the documents of the batch saved so far (the
        database has not seen those yet); a document not expected is looked up in the database too."""
        assert self.known is not None
        for key in (("h", document.content_hash), ("i", document.id), ("u", document.url or "")):
            if key in self.known:
                return self.known[key]
        if document.id in self.expected:
            return None
        return stored_duplicate(self.conn, document)

    def saved(self, document: Document) -> None:
        if self.known is not None:
            self._know(document.id, document.content_hash, document.url)

    def _know(self, doc_id: str, content_hash: str, url: str | None) -> None:
        assert self.known is not None
        self.known.setdefault(("h", content_hash), doc_id)
        self.known.setdefault(("i", doc_id), doc_id)
        if url:
            self.known.setdefault(("u", url), doc_id)

    def update_tie(self, relation_id: int, merged: ledger.LedgerEntry, values: dict | None) -> None:
        """Keep a tie's state for the batch's next mentions of it, and (`values`) its row's last update."""
        assert self.ties is not None
        # the steps are rows of their own: the kept entry need not grow with the batch
        self.ties[(merged.a, merged.b, merged.kind)] = (relation_id, replace(merged, history=[]))
        if values is not None:
            self.tie_updates[relation_id] = {"row_id": relation_id, **values}


def _relations_to_save(extraction: Extraction) -> list[Relation]:
    """The relations a saved document adds to the ledger: those stated, then those its events imply."""
    return [*extraction.relations, *relations_from_events(extraction.events)]


def tie_entry(row) -> ledger.LedgerEntry:  # type: ignore[no-untyped-def]
    """A tie's row as the ledger's entry (its steps are rows of their own: no history)."""
    return ledger.LedgerEntry(a=row["a"], b=row["b"], kind=row["kind"], status=row["status"], since=row["since"],
                              until=row["until"], areas=list(row["areas"] or []), first_doc=row["first_doc"],
                              last_doc=row["last_doc"], tally=row["tally"])


def tie_values(merged: ledger.LedgerEntry) -> dict:
    """The columns of a tie's row that a mention changes."""
    return {
        "status": merged.status,
        "since": merged.since,
        "until": merged.until,
        "areas": merged.areas,
        "tally": merged.tally,
        "last_doc": merged.last_doc,
        "updated_at": utc_now(),
    }


def document_row(doc: Document) -> dict:
    return {
        "id": doc.id,
        "content_hash": doc.content_hash,
        "url": doc.url,
        "title": doc.title or "",
        "lang": doc.lang,
        "published": doc.published,
        "outlet": doc.outlet,
        "origin": doc.origin,
        "text": doc.text,
        "ingested_at": utc_now(),
    }


def _country(code: str | None) -> str | None:
    return country_of(code.strip().upper()) if code else None


def event_row(doc: Document, event: Event) -> dict:
    when: date | None = event.date
    return {
        "doc_id": doc.id,
        "source": event.source,
        "target": event.target,
        "source_country": _country(event.source),
        "target_country": _country(event.target),
        "cameo": event.cameo,
        "cameo_root": event.cameo_root,
        "plover": event.plover,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "date": when,
        "date_precision": event.date_precision,
        "published": event.published or doc.published,
        "negated": bool(event.negated),
        "modality": event.modality,
        "evidence": event.evidence,
        "evidence_start": event.evidence_start,
        "evidence_end": event.evidence_end,
        "source_text": event.source_text,
        "target_text": event.target_text,
        "source_entry": event.source_entry,
        "target_entry": event.target_entry,
        "rule": event.rule,
        "ruleset_version": event.ruleset_version,
        "confidence": event.confidence,
        "lang": event.lang or doc.lang,
    }
