"""CLI of the engines: `ingest --engine ray` and `load`; they register on the shared typer app."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from realpolitik.interfaces.cli import REPORT_FORMATS, DbOption, MinConfidenceOption, app, check_format, print_summary


def ingest_on_ray(files: list[str], db: str | None, out: Path | None, address: str | None, workers: int, *,
                  published: date | None, lang: str | None, actors: list[Path] | None, budget: object,
                  progress: bool, min_confidence: float | None = None) -> dict:
    """`ingest --engine ray`: Ray starts here on `workers` CPUs unless an address names a cluster."""
    from realpolitik.engines.base import Settings
    from realpolitik.engines.ray import ingest_ray

    settings = Settings(db_url=None, published=published, lang=lang, budget=budget)  # type: ignore[arg-type]
    return ingest_ray(files, out=out, db=db, address=address, num_cpus=workers if workers > 1 else None,
                      settings=settings, actor_files=[str(a) for a in actors or []], progress=progress,
                      min_confidence=min_confidence)


@app.command()
def load(
    dataset: Annotated[Path, typer.Argument(help="A Parquet dataset written by `ingest --engine ray --out DIR`.")],
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json summary.")] = "text",
    min_confidence: MinConfidenceOption = None,
) -> None:
    """Merge an extraction dataset into the store; loading it again adds nothing."""
    from realpolitik.engines.load import load_dataset

    check_format(fmt, REPORT_FORMATS)
    print_summary(load_dataset(dataset, db, min_confidence=min_confidence), fmt)
    sys.stdout.flush()
