"""CLI commands of the analysis area; they register on the shared typer app."""

from __future__ import annotations

from realpolitik.interfaces.cli import app  # noqa: F401
