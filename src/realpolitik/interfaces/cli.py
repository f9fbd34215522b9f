"""The `realpolitik` command. It only parses arguments and hands off to the library."""

from __future__ import annotations

import json
import logging
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from realpolitik.errors import InputError, RealpolitikError
from realpolitik.interfaces.output import FORMATS, emit, error_line
from realpolitik.progress import on_terminal

app = typer.Typer(help="News in, a queryable record of who does what to whom among states out.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
err = Console(stderr=True)

EVENT_COLUMNS = ("date", "source", "target", "cameo", "plover", "negated", "modality", "doc_id", "evidence")
ALLY_COLUMNS = ("ally", "kind", "status", "since", "areas", "evidence")
RELATION_COLUMNS = ("a", "b", "kind", "status", "since", "areas", "doc_ids")

DbOption = Annotated[str | None, typer.Option("--db", help="Database URL or SQLite path "
                                                            "(default: $REALPOLITIK_DB or ./realpolitik.db).")]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="table, jsonl or csv.")]
MinConfidenceOption = Annotated[float | None, typer.Option(
    "--min-confidence", min=0.0, max=1.0,
    help="Show events at or above this confidence (default: the calibrated threshold, see docs/evaluation.md); "
         "events below it are still stored, flagged below_threshold.")]


def date_option(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD", param_hint=option) from None


EVAL_HELP = """Score extraction against a gold file by the rules of EVAL.md.

Events: per document, keys (source, target, PLOVER type, negated), actors compared by country (first three
letters of an ISO code) or by organisation code as written, AGREE/CONSULT/COOPERATE unordered; P/R/F1
overall, per language, per CAMEO root and per agent, at type and dyad level. Only the events printed by
default count (not plans or conditionals; confidence at least the threshold).

Relations (gold "relations"): per document, keys (unordered pair of actors compared the same way, kind) for
defense_pact, strategic_partnership, cooperation_agreement, membership, ally, rivalry; status agreement on
the matched keys is reported apart.

--misses says for each missed fact where it was lost (actor_source, actor_target, no_trigger, roles,
filtered, wrong_type, negation) and for each extra what produced it; refused on --split unseen.
See docs/evaluation.md.
"""


def lang_option(value: str | None, option: str = "--lang") -> str | None:
    """A forced language, one realpolitik reads; anything else is refused instead of yielding nothing."""
    from realpolitik.language import SUPPORTED_LANGUAGES

    if value is None:
        return None
    if value.strip().lower() not in SUPPORTED_LANGUAGES:
        raise typer.BadParameter(f"{value!r} is not a language realpolitik reads ({', '.join(SUPPORTED_LANGUAGES)}); "
                                 "leave it out to detect the language", param_hint=option)
    return value.strip().lower()


#: the formats of a command that prints one report (ingest, eval, load, watch): text for people, JSON for programs
REPORT_FORMATS = ("text", "json")


def check_format(fmt: str, allowed: tuple[str, ...]) -> None:
    if fmt not in allowed:
        raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(allowed)}", param_hint="--format")


def plover_option(value: str | None) -> str | None:
    """A --type as a PLOVER type, or a usage error that lists the valid ones."""
    from realpolitik.codes import plover_type

    try:
        return plover_type(value) if value else None
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--type") from None


def nothing_read(what: str) -> None:
    """End with exit code 1: every input was missing or rejected (each was reported with its reason)."""
    error_line(err, f"nothing could be read from {what}; see the reasons above")
    raise typer.Exit(1)


def _version(value: bool) -> None:
    """Print the version and whether the hot modules run compiled (the build compiles them when it can)."""
    if value:
        from realpolitik import __version__
        from realpolitik.compiled import describe

        typer.echo(f"realpolitik {__version__} ({describe()})")
        raise typer.Exit()


@app.callback()
def main(verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="-v info, -vv debug.")] = 0,
         version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                               help="Print the version, compiled or plain Python, and exit.")] = False,
         ) -> None:
    """Configure logging once; library modules only log."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def actor_dictionary(actor_files: list[Path] | None):
    from realpolitik.actors import load_dictionary

    return load_dictionary(actor_files or ())


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Text, HTML or JSON Lines files, folders, or - for stdin.")],
    published: Annotated[str | None, typer.Option(help="Publication date for documents without one.")] = None,
    lang: Annotated[str | None, typer.Option(help="Force the language (de, en, es, fr, ru).")] = None,
    fmt: FormatOption = "table",
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="Your own actor file (YAML/CSV).")] = None,
    all_modalities: Annotated[bool, typer.Option("--all-modalities",
                                                 help="Also print plans and conditionals (not events yet).")] = False,
    min_confidence: MinConfidenceOption = None,
) -> None:
    """Print the events found in documents, without storing them."""
    from realpolitik.budget import Budget
    from realpolitik.events.confidence import flagged, threshold
    from realpolitik.ingest import Rejected, read_inputs
    from realpolitik.pipeline import extract_within

    check_format(fmt, FORMATS)
    dictionary = actor_dictionary(actors)
    records = []
    documents = rejected = 0
    for item in read_inputs(files, date_option(published, "--published"), lang_option(lang)):
        extraction = item if isinstance(item, Rejected) else extract_within(item, Budget(), dictionary)
        if isinstance(extraction, Rejected):
            rejected += 1
            err.print(f"[yellow]skipped[/] {escape(extraction.origin)}: {extraction.reason} "
                      f"({escape(extraction.detail)})", soft_wrap=True)
            continue
        documents += 1
        for event in extraction.events:
            if not (event.factual or all_modalities) or event.confidence < threshold(min_confidence):
                continue
            records.append(flagged(event.to_json()))
            if fmt == "jsonl":  # stream: a long file shows its first events at once
                sys.stdout.write(json.dumps(records.pop(), ensure_ascii=False) + "\n")
    if rejected and not documents:
        nothing_read(" ".join(files))
    if fmt != "jsonl":
        emit(records, fmt, EVENT_COLUMNS, title="Events")


@app.command()
def ingest(
    files: Annotated[list[str], typer.Argument(
        help="Text, HTML, JSON Lines or WARC files, folders, - for stdin, or http(s) URLs of pages or feeds.")],
    db: DbOption = None,
    published: Annotated[str | None, typer.Option(help="Publication date for documents without one.")] = None,
    lang: Annotated[str | None, typer.Option(help="Force the language.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json summary.")] = "text",
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="Your own actor file (YAML/CSV).")] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Extraction processes (one per core).")] = 1,
    allow_private: Annotated[bool, typer.Option(
        "--allow-private", help="Also fetch URLs on private and loopback addresses (your own network).")] = False,
    doc_seconds: Annotated[float, typer.Option("--doc-seconds", min=0.1, help="Budget of extraction seconds per "
                                               "document; a document over it is rejected as timeout.")] = 30.0,
    min_confidence: MinConfidenceOption = None,
    engine: Annotated[str, typer.Option(help="local (this machine, --workers) or ray (pip install "
                                        "'realpolitik[ray]'; --out DIR or --db postgresql://…).")] = "local",
    ray_address: Annotated[str | None, typer.Option(help="Ray cluster to join (default $RAY_ADDRESS, "
                                                    "else Ray starts here on --workers CPUs).")] = None,
    out: Annotated[Path | None, typer.Option(help="With --engine ray: write a Parquet dataset here "
                                             "(then `realpolitik load DIR`).")] = None,
) -> None:
    """Store documents, their events and relations; the same document is stored once."""
    from realpolitik.budget import Budget
    from realpolitik.engines import ingest_paths
    from realpolitik.progress import on_terminal

    check_format(fmt, REPORT_FORMATS)
    progress = on_terminal()
    if engine == "ray":
        from realpolitik.interfaces.commands_engines import ingest_on_ray

        summary = ingest_on_ray(files, db, out, ray_address, workers, published=date_option(published, "--published"),
                                lang=lang_option(lang), actors=actors, budget=Budget(seconds=doc_seconds),
                                progress=progress, min_confidence=min_confidence)
    elif engine != "local" or out is not None or ray_address is not None:
        raise InputError("--engine is local or ray; --out and --ray-address go with --engine ray")
    else:
        summary = ingest_paths(files, db, date_option(published, "--published"), lang_option(lang),
                               actor_dictionary(actors), progress=progress, workers=workers,
                               allow_private=allow_private, budget=Budget(seconds=doc_seconds),
                               min_confidence=min_confidence)
    print_summary(summary, fmt)
    if summary["rejected"] and summary["read"] == sum(summary["rejected"].values()):
        nothing_read(" ".join(files))


def print_summary(summary: dict, fmt: str) -> None:
    """An ingest's (or a load's) summary: one JSON object, or one line of text."""
    if fmt == "json":
        sys.stdout.write(json.dumps(summary) + "\n")
    else:
        rejected = ", ".join(f"{k}: {v}" for k, v in summary["rejected"].items()) or "none"
        Console().print(
            f"read {summary['read']}, stored {summary['stored']}, duplicates {summary['duplicates']}, "
            f"near-duplicates {summary['near_duplicates']}, "
            f"rejected {sum(summary['rejected'].values())} ({rejected}); "
            f"events {summary['events']} ({summary['events_below_threshold']} below confidence "
            f"{summary['min_confidence']:g}, stored and flagged), relations {summary['relations']} "
            f"in {summary['seconds']:.1f} s", soft_wrap=True)


@app.command()
def events(
    actor: Annotated[str | None, typer.Option(help="Actor code on either side (RUS, USAMIL, NATO).")] = None,
    since: Annotated[str | None, typer.Option(help="First date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last date, YYYY-MM-DD.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER type (AGREE, ASSAULT ...).")] = None,
    limit: Annotated[int, typer.Option(help="At most this many events.")] = 200,
    db: DbOption = None,
    fmt: FormatOption = "table",
    min_confidence: MinConfidenceOption = None,
) -> None:
    """List stored event mentions."""
    from realpolitik.events.confidence import threshold
    from realpolitik.query import list_events
    from realpolitik.store import open_store

    check_format(fmt, FORMATS)
    with open_store(db, create=False) as store:
        rows = list_events(store, actor=actor, since=date_option(since, "--since"), until=date_option(until, "--until"),
                           plover_type=plover_option(type_), limit=limit, min_confidence=threshold(min_confidence))
    emit(rows, fmt, EVENT_COLUMNS, title="Event mentions")


@app.command()
def allies(
    actor: Annotated[str, typer.Argument(help="Country or organisation code (RUS, VEN, NATO).")],
    at: Annotated[str | None, typer.Option(help="Ties in force at this date (YYYY-MM-DD).")] = None,
    db: DbOption = None,
    fmt: FormatOption = "table",
) -> None:
    """Allies of an actor, deepest ties first, with the evidence for each."""
    from realpolitik.query import allies as query_allies
    from realpolitik.store import open_store

    check_format(fmt, FORMATS)
    with open_store(db, create=False) as store:
        rows = query_allies(store, actor.upper(), at=date_option(at, "--at"))
    if fmt == "table":
        rows = [{**r, "evidence": " | ".join(e["sentence"] for e in r["evidence"][:2])} for r in rows]
    emit(rows, fmt, ALLY_COLUMNS, title=f"Allies of {actor.upper()}" + (f" at {at}" if at else ""))


@app.command()
def relations(
    actor: Annotated[str | None, typer.Option(help="Only relations of this actor.")] = None,
    db: DbOption = None,
    fmt: FormatOption = "table",
) -> None:
    """Standing relations in the store (the ledger), with the documents behind them."""
    from realpolitik.query import list_relations
    from realpolitik.store import open_store

    check_format(fmt, FORMATS)
    with open_store(db, create=False) as store:
        rows = list_relations(store, actor=actor.upper() if actor else None)
    emit(rows, fmt, RELATION_COLUMNS, title="Relations")


@app.command("actors")
def actors_command(
    text: Annotated[str | None, typer.Argument(help="Text to read (or use --file).")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="Read the text from this file.")] = None,
    lang: Annotated[str | None, typer.Option(help="Language; detected when omitted.")] = None,
    on: Annotated[str | None, typer.Option("--date", help="Date for leaders' terms (default today).")] = None,
    actor_files: Annotated[list[Path] | None, typer.Option("--actors", help="Your own actor file.")] = None,
    fmt: FormatOption = "table",
) -> None:
    """Show every actor found in a text: code, span and the dictionary entry that matched."""
    from realpolitik.actors import find_in_text
    from realpolitik.language import detect_language

    check_format(fmt, FORMATS)
    if file is not None:
        text = file.read_text(encoding="utf-8")
    if not text:
        raise typer.BadParameter("give a text or --file", param_hint="TEXT")
    language = lang_option(lang) or detect_language(text)
    mentions = find_in_text(text, language, date_option(on, "--date"), actor_files or ())
    rows = [{"code": m.code, "surface": m.surface, "span": f"{m.start}-{m.end}", "kind": m.kind,
             "entry": m.entry, "resolved": m.resolved, "note": m.note} for m in mentions]
    emit(rows, fmt, ("code", "surface", "span", "kind", "entry", "resolved", "note"), title=f"Actors ({language})")


@app.command("eval", help=EVAL_HELP)
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold file in the JSON Lines format of EVAL.md.")],
    misses: Annotated[bool, typer.Option("--misses", help="List each document's misses and extras, and why "
                                                           "(where each missed fact was lost).")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    split: Annotated[str, typer.Option(help="Development option: all, study or unseen documents of "
                                            "eval/split.json (in the source checkout).")] = "all",
    split_file: Annotated[Path | None, typer.Option(help="Another split file (JSON with an 'unseen' list).")] = None,
    min_confidence: Annotated[float | None, typer.Option(
        "--min-confidence", min=0.0, max=1.0, help="Score events at or above this confidence "
                                                   "(default: the calibrated output threshold).")] = None,
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="Your own actor file (YAML/CSV).")] = None,
) -> None:
    from realpolitik.evaluate import SPLITS, evaluate_gold

    check_format(fmt, REPORT_FORMATS)
    if split not in SPLITS:
        raise typer.BadParameter(f"{split!r} is not one of {', '.join(SPLITS)}", param_hint="--split")
    if not gold.is_file():
        raise typer.BadParameter(f"{gold} does not exist", param_hint="GOLD")
    report = evaluate_gold(gold, split=split, split_file=split_file, min_confidence=min_confidence,
                           misses=misses, dictionary=actor_dictionary(actors) if actors else None,
                           progress=on_terminal())
    if fmt == "json":
        sys.stdout.write(json.dumps(report.to_dict(misses=misses), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(report.render_text(misses=misses) + "\n")


@app.command()
def demo(db: DbOption = None) -> None:
    """Ingest the example articles shipped with realpolitik into the store and show what it found."""
    from realpolitik.demo import run_demo

    run_demo(db, Console())


def run() -> None:
    """Entry point that turns our own errors into one readable line and exit code 1."""
    try:
        app()
    except RealpolitikError as exc:
        error_line(err, str(exc))
        raise SystemExit(1) from None


# Commands of the other areas register themselves on `app` (one module per area, imported here last).
from realpolitik.interfaces import (  # noqa: E402,F401
    commands_analysis,
    commands_engines,
    commands_serve,
    commands_sources,
)
