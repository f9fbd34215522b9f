"""The database schema (SQLAlchemy Core), one definition for SQLite and PostgreSQL.

Only portable types are used (String, Text, Date, DateTime, Float, Boolean,
JSON). CHECK constraints guard values the pipeline must never write (a
Goldstein score outside -10..10, an unknown status), so a bug fails the
document's transaction instead of poisoning the store. See docs/schema.md.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

#: Bumped whenever a table or column changes; stored in `schema_version`.
SCHEMA_VERSION = 1

STATUSES = ("proposed", "signed", "ratified", "in_force", "suspended", "ended")
_STATUS_CHECK = "status IS NULL OR status IN (" + ", ".join(f"'{s}'" for s in STATUSES) + ")"

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(255), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("url", Text),
    Column("title", Text, nullable=False, default=""),
    Column("lang", String(16)),
    Column("published", Date),
    Column("outlet", Text),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Index("ix_documents_url", "url"),
    Index("ix_documents_published", "published"),
)

event_mentions = Table(
    "event_mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("source", String(64)),
    Column("target", String(64)),
    Column("source_country", String(8)),
    Column("target_country", String(8)),
    Column("cameo", String(8), nullable=False),
    Column("cameo_root", String(2), nullable=False),
    Column("plover", String(16)),
    Column("goldstein", Float),
    Column("quad_class", Integer),
    Column("date", Date),
    Column("date_precision", String(8)),
    Column("published", Date),
    Column("negated", Boolean, nullable=False, default=False),
    Column("modality", String(16), nullable=False, default="asserted"),
    Column("evidence", Text, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("source_text", Text),
    Column("target_text", Text),
    Column("source_entry", Text),
    Column("target_entry", Text),
    Column("rule", Text, nullable=False),
    Column("ruleset_version", String(64), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("lang", String(16)),
    CheckConstraint("goldstein IS NULL OR (goldstein >= -10 AND goldstein <= 10)", name="ck_event_goldstein"),
    CheckConstraint("quad_class IS NULL OR (quad_class >= 1 AND quad_class <= 4)", name="ck_event_quad"),
    CheckConstraint("confidence >= 0 AND confidence <= 1", name="ck_event_confidence"),
    CheckConstraint("evidence_start <= evidence_end", name="ck_event_offsets"),
    Index("ix_events_doc", "doc_id"),
    Index("ix_events_source", "source_country", "source"),
    Index("ix_events_target", "target_country", "target"),
    Index("ix_events_date", "date"),
)

# The ledger: one row per unordered pair (a < b) and kind, merged over all mentions.
relations = Table(
    "relations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("a", String(64), nullable=False),
    Column("b", String(64), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("status", String(16)),
    Column("since", Date),
    Column("until", Date),
    Column("areas", JSON, nullable=False),
    Column("history", JSON, nullable=False),  # [{status, date, doc_id}] in the order read
    Column("first_doc", String(255), ForeignKey("documents.id"), nullable=False),
    Column("last_doc", String(255), ForeignKey("documents.id"), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("a", "b", "kind", name="uq_relations_pair_kind"),
    CheckConstraint("a < b", name="ck_relations_sorted"),
    CheckConstraint(_STATUS_CHECK, name="ck_relations_status"),
    Index("ix_relations_b", "b"),
)

# Every assertion of a relation, as one article made it; the ledger's evidence.
relation_mentions = Table(
    "relation_mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("relation_id", Integer, ForeignKey("relations.id")),  # NULL for a self-pair (a == b)
    Column("a", String(64), nullable=False),
    Column("b", String(64), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("status", String(16)),
    Column("since", Date),
    Column("areas", JSON, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("rule", Text, nullable=False, default=""),
    CheckConstraint(_STATUS_CHECK, name="ck_relation_mentions_status"),
    Index("ix_relation_mentions_relation", "relation_id"),
    Index("ix_relation_mentions_doc", "doc_id"),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started", DateTime(timezone=True), nullable=False),
    Column("finished", DateTime(timezone=True)),
    Column("counts", JSON),
)

rejections = Table(
    "rejections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("origin", Text, nullable=False),
    Column("reason", String(16), nullable=False),
    Column("detail", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)
