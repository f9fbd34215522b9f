"""Request-scoped access to the one Store the app opened at start."""

from __future__ import annotations

from fastapi import Request

from realpolitik.store.store import Store
from realpolitik.web.settings import Settings


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def clustering_running(request: Request) -> bool:
    """Whether the clustering begun at start is still placing mentions (analyses then show part of the store)."""
    thread = getattr(request.app.state, "clustering", None)
    return thread is not None and thread.is_alive()
