"""Full-text search over stored articles: FTS5 on SQLite, a GIN tsvector index on PostgreSQL.

The SQLite index is a separate FTS5 table filled by triggers, so every way a
document row is written (Store.save, a manual INSERT) keeps it in sync. It
stores its own copy of title and text rather than pointing at `documents`
by rowid, because a VACUUM may renumber the rowids of a table with a text key.
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import Connection, text

_SQLITE_DDL = (
    "CREATE TRIGGER IF NOT EXISTS documents_fts_ai AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(doc_id, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_ad AFTER DELETE ON documents BEGIN "
    "DELETE FROM documents_fts WHERE doc_id = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_au AFTER UPDATE OF title, text ON documents BEGIN "
    "DELETE FROM documents_fts WHERE doc_id = old.id; "
    "INSERT INTO documents_fts(doc_id, title, text) VALUES (new.id, new.title, new.text); END",
)
_PG_VECTOR = "to_tsvector('simple', coalesce(title, '') || ' ' || text)"
_WORD = re.compile(r"\w+", re.UNICODE)


def create_search_index(conn: Connection, dialect: str) -> None:
    """Create the full-text index if missing (and fill it from stored documents)."""
    if dialect == "sqlite":
        exists = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents_fts'")
        ).first()
        if exists is None:
            conn.execute(
                text(
                    "CREATE VIRTUAL TABLE documents_fts USING fts5("
                    "doc_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')"
                )
            )
            conn.execute(text("INSERT INTO documents_fts(doc_id, title, text) SELECT id, title, text FROM documents"))
        for ddl in _SQLITE_DDL:
            conn.execute(text(ddl))
    elif dialect == "postgresql":
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_documents_fts ON documents USING gin ({_PG_VECTOR})"))


def search_documents(conn: Connection, dialect: str, query: str, limit: int = 20) -> list[dict]:
    """Documents whose title or text contain every word of `query`, best matches first."""
    words = _WORD.findall(query)
    if not words:
        return []
    if dialect == "sqlite":
        match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        rows = conn.execute(
            text(
                "SELECT d.id, d.title, d.url, d.outlet, d.published, d.duplicate_of, "
                "snippet(documents_fts, 2, '[', ']', '…', 12) AS snippet "
                "FROM documents_fts JOIN documents d ON d.id = documents_fts.doc_id "
                "WHERE documents_fts MATCH :match ORDER BY rank LIMIT :limit"
            ),
            {"match": match, "limit": limit},
        ).mappings()
    else:
        rows = conn.execute(
            text(
                "SELECT id, title, url, outlet, published, duplicate_of, "
                "ts_headline('simple', text, plainto_tsquery('simple', :q), "
                "'StartSel=[, StopSel=], MaxWords=24, MinWords=8') AS snippet "
                f"FROM documents WHERE {_PG_VECTOR} @@ plainto_tsquery('simple', :q) "
                f"ORDER BY ts_rank({_PG_VECTOR}, plainto_tsquery('simple', :q)) DESC, id LIMIT :limit"
            ),
            {"q": " ".join(words), "limit": limit},
        ).mappings()
    return [_row(r) for r in rows]


def matching_ids_sql(dialect: str) -> str:
    """SQL selecting the ids of documents that match the bound parameter `:fts` (for other queries)."""
    if dialect == "sqlite":
        return "SELECT doc_id FROM documents_fts WHERE documents_fts MATCH :fts"
    return f"SELECT id FROM documents WHERE {_PG_VECTOR} @@ plainto_tsquery('simple', :fts)"


def fts_parameter(dialect: str, query: str) -> str:
    """The value to bind as `:fts` for `matching_ids_sql`."""
    words = _WORD.findall(query)
    if dialect == "sqlite":
        return " ".join('"' + w.replace('"', '""') + '"' for w in words)
    return " ".join(words)


def _row(row) -> dict:  # type: ignore[no-untyped-def]
    published = row["published"]
    if isinstance(published, str):  # raw SQL on SQLite returns the stored text
        published = date.fromisoformat(published)
    return {
        "id": row["id"],
        "title": row["title"],
        "url": row["url"],
        "outlet": row["outlet"],
        "published": published.isoformat() if published else None,
        "duplicate_of": row["duplicate_of"],
        "snippet": row["snippet"],
    }
