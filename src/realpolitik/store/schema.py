"""The database schema (SQLAlchemy Core), one definition for SQLite and PostgreSQL.

Only portable types are used (String, Text, Date, DateTime, Float, Boolean,
JSON). CHECK constraints guard values the pipeline must never write (a
Goldstein score outside -10..10, an unknown status), so a bug fails the
document's transaction instead of poisoning the store. See docs/schema.md.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
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
    func,
)

#: Bumped whenever a table or column changes; stored in `schema_version`. An older store is upgraded when
#: opened (store/migrate.py). 2: a tie's history moved from a JSON column to `relation_steps`. 3: the near-duplicate
#: band keys of a cheaper hashing (ingest/neardup.py), every stored document's made anew.
SCHEMA_VERSION = 3

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
    # The original of a near-duplicate (same wire story elsewhere); such a document has no events.
    Column("duplicate_of", String(255)),
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
    Index("ix_events_date", "date"),
)

# "Newest first" sorts by event date, else publication date: an index on that expression keeps the API's
# default event listing from sorting a million rows per request.
_event_when = func.coalesce(event_mentions.c.date, event_mentions.c.published)
Index("ix_events_when", _event_when, event_mentions.c.id)
# A country's events (either side: one index per side, read as a UNION by export/selection.py) and a pair's,
# each in date order: an actor's newest page reads its first rows instead of sorting all of the actor's events.
# They carry the confidence (every listing's default filter) and the type, so that counting an actor's or a
# pair's events (the total of a page) reads the index alone: 44 -> 1.3 ms for a country at a million events.
Index("ix_events_by_source", event_mentions.c.source_country, _event_when, event_mentions.c.id,
      event_mentions.c.confidence, event_mentions.c.plover)
Index("ix_events_by_target", event_mentions.c.target_country, _event_when, event_mentions.c.id,
      event_mentions.c.confidence, event_mentions.c.plover)
Index("ix_events_by_pair", event_mentions.c.source_country, event_mentions.c.target_country, _event_when,
      event_mentions.c.id, event_mentions.c.confidence)
#: Indexes of older schemas that those above replace (dropped when a store is opened).
RETIRED_INDEXES = ("ix_events_source", "ix_events_target")

# PostgreSQL reads an ascending index backwards as DESC NULLS FIRST, but "newest first" (the API's default
# sort) is DESC NULLS LAST: without this index a first page sorts every row (SQLite reads the one above
# backwards, NULLs being its smallest values, and cannot declare NULLS LAST in an index).
POSTGRES_INDEXES = (
    "CREATE INDEX IF NOT EXISTS ix_events_when_desc ON event_mentions "
    "((coalesce(date, published)) DESC NULLS LAST, id DESC)",
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
    Column("tally", JSON),  # constant-size summary of the steps (relations/ledger.py `tally`)
    Column("first_doc", String(255), ForeignKey("documents.id"), nullable=False),
    Column("last_doc", String(255), ForeignKey("documents.id"), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("a", "b", "kind", name="uq_relations_pair_kind"),
    CheckConstraint("a < b", name="ck_relations_sorted"),
    CheckConstraint(_STATUS_CHECK, name="ck_relations_status"),
    Index("ix_relations_b", "b"),
)

# A tie's history, one row per step in the order read: appended, never rewritten (a busy pair's
# thousandth mention costs what its first did).
relation_steps = Table(
    "relation_steps",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("relation_id", Integer, ForeignKey("relations.id", ondelete="CASCADE"), nullable=False),
    Column("status", String(16)),
    Column("date", Date),
    Column("doc_id", String(255), nullable=False),
    Column("rule", Text),
    CheckConstraint(_STATUS_CHECK, name="ck_relation_steps_status"),
    Index("ix_relation_steps_relation", "relation_id", "id"),
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

# Events: mentions of the same happening (same actors, type, date window) clustered across
# articles, so counts are of events, not of reports. Built by realpolitik.analysis.cluster.
# `source`/`target` are actor keys (agents folded into their country); for a symmetric type
# (CONSULT, COOPERATE, signing) the pair is sorted and `directed` is false.
events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", String(64)),
    Column("target", String(64)),
    Column("directed", Boolean, nullable=False, default=True),
    Column("plover", String(16)),
    Column("cameo", String(8), nullable=False),
    Column("quad_class", Integer),
    Column("goldstein", Float),  # mean over its mentions
    Column("date", Date),  # earliest date of its mentions (event date, else publication date)
    Column("last_date", Date),
    Column("mentions", Integer, nullable=False),
    Column("articles", Integer, nullable=False),
    Column("outlets", Integer, nullable=False),
    Column("first_doc", String(255)),  # the first report (no FK: bulk loads and deletes stay cheap)
    Column("first_reported", Date),
    Column("evidence", Text),  # the first report's sentence; every sentence via event_links
    CheckConstraint("goldstein IS NULL OR (goldstein >= -10 AND goldstein <= 10)", name="ck_events_goldstein"),
    CheckConstraint("quad_class IS NULL OR (quad_class >= 1 AND quad_class <= 4)", name="ck_events_quad"),
    Index("ix_events_pair_date", "source", "target", "date"),
    Index("ix_events_target_date", "target", "date"),
    # covering index for the network and shift queries: one range scan, no table lookups
    Index("ix_events_date_cover", "date", "source", "target", "quad_class", "goldstein", "mentions"),
)

# Which event each clustered mention belongs to; a mention absent here is not clustered yet.
event_links = Table(
    "event_links",
    metadata,
    Column("mention_id", Integer, ForeignKey("event_mentions.id", ondelete="CASCADE"), primary_key=True,
           autoincrement=False),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Index("ix_event_links_event", "event_id"),
)

# Near-duplicate index: LSH band keys of each document's MinHash signature (see ingest/neardup.py).
doc_bands = Table(
    "doc_bands",
    metadata,
    Column("band_key", BigInteger, primary_key=True, autoincrement=False),
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_doc_bands_doc", "doc_id"),
)

# HTTP validators per fetched URL (feed or page), for conditional requests on the next poll.
fetch_state = Table(
    "fetch_state",
    metadata,
    Column("url_key", String(64), primary_key=True),  # sha256 of the URL (URLs can be long)
    Column("url", Text, nullable=False),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("status", Integer),
    Column("error", Text),
    Column("checked_at", DateTime(timezone=True), nullable=False),
)

# Feed entries already handled, so a poll fetches only new articles.
feed_entries = Table(
    "feed_entries",
    metadata,
    Column("entry_key", String(64), primary_key=True),  # sha256 of feed URL + entry id
    Column("feed_url", Text, nullable=False),
    Column("url", Text),
    Column("outcome", String(16), nullable=False),  # stored|duplicate|rejection reason
    Column("seen_at", DateTime(timezone=True), nullable=False),
)
