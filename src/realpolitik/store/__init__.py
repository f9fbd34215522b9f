"""Store stage: SQLAlchemy Core schema; SQLite (WAL) by default, PostgreSQL by URL."""

from realpolitik.store.store import SaveResult, Store, open_store

__all__ = ["SaveResult", "Store", "open_store"]
