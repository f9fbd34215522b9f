"""The text form of an EvalReport: figure tables, then (with --misses) one compact block per document."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table

from realpolitik.evaluate.counts import Counts
from realpolitik.evaluate.dates import DateCounts
from realpolitik.evaluate.keys import TypeKey
from realpolitik.evaluate.report import DateDiffers, EvalReport, KeyMiss


def render_text(report: EvalReport, misses: bool = False, width: int = 110) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=width, color_system=None, highlight=False)
    split = "" if report.split == "all" else f" ({report.split} split)"
    threshold = "" if report.min_confidence is None else f", events with confidence ≥ {report.min_confidence:g}"
    console.print(f"{report.documents} documents{split}, {report.gold_keys} gold keys, "
                  f"{report.predicted_keys} predicted keys{threshold}")
    console.print(_table("Overall", dict(report.overall), "level"))
    rows = {f"{lang} {lvl}": c for lang, levels in sorted(report.by_language.items()) for lvl, c in levels.items()}
    console.print(_table("By language", rows, "language level"))
    if report.dates.gold_dated or report.dates.added or report.dates.both_null:
        console.print(_dates_table(report))
    console.print(_table("By CAMEO root (type level)", dict(sorted(report.by_root.items())), "root"))
    console.print(_table("By agent (actor slots of matched type keys)", dict(sorted(report.by_agent.items())),
                         "agent"))
    console.print(f"agent slot accuracy {report.agent_accuracy:.3f} over {report.agent_slots} slots")
    if report.relations is not None:
        rel = report.relations
        rows = {"all": rel.overall, **{lang: c for lang, c in sorted(rel.by_language.items())},
                **{kind: c for kind, c in sorted(rel.by_kind.items())}}
        console.print(_table("Relations (unordered pair, kind)", rows, "slice"))
        console.print(f"relation status agrees on {rel.status_agree} of {rel.status_matched} matched relations"
                      f" ({rel.status_agreement:.3f})")
    if report.unknown_doc_predictions or report.untyped_predictions:
        console.print(f"ignored predictions: {report.unknown_doc_predictions} with an unknown doc_id, "
                      f"{report.untyped_predictions} without a PLOVER type")
    if misses:
        _render_misses(console, report, width)
    return buf.getvalue()


def _render_misses(console: Console, report: EvalReport, width: int) -> None:
    for doc in report.misses:
        counts = [f"{len(doc.missed)} missed", f"{len(doc.extra)} extra"]
        if doc.dates_differ:
            counts.append(f"{len(doc.dates_differ)} dates differ")
        if doc.relations_missed or doc.relations_extra or doc.status_differs:
            counts.append(f"relations {len(doc.relations_missed)} missed, {len(doc.relations_extra)} extra")
        console.print(f"\n{doc.doc_id} ({doc.lang}): {', '.join(counts)}", markup=False)
        for label, items in (("missed", doc.missed), ("extra", doc.extra)):
            for item in items:
                _render_key(console, label, item, width)
        for rel in doc.relations_missed:
            console.print(f"  missed relation {rel.text()}", markup=False)
        for rel in doc.relations_extra:
            console.print(f"  extra  relation {rel.text()}", markup=False)
        for date_diff in doc.dates_differ:
            _render_date(console, date_diff, width)
        for diff in doc.status_differs:
            console.print(f"  status relation {diff.key[0]} – {diff.key[1]} {diff.key[2]}: gold {diff.gold}, "
                          f"found {diff.predicted}", markup=False)
    if report.withheld:
        console.print(f"\nmisses of {report.withheld} unseen documents are not shown (eval/split.json)")
    summary = report.loss_summary()
    for side, title in (("missed", "Where missed keys were lost"), ("extra", "What the extra keys are")):
        if summary[side]:
            console.print(_reason_table(title, summary[side]))
    rules = report.extra_rules()
    if rules:
        console.print("Rules behind most extra keys: " + ", ".join(f"{rule} {n}" for rule, n in rules), markup=False)


def _render_key(console: Console, label: str, item: KeyMiss, width: int) -> None:
    head = f"  {label:6} {_key_text(item.key)}"
    if item.why is not None:
        head = f"{head:<40} {item.why.code:12} {item.why.detail}"
    console.print(head, markup=False, soft_wrap=True)
    for sentence in item.evidence[:2]:
        console.print(f"         « {_clip(sentence, width - 13)} »", markup=False)


def _render_date(console: Console, diff: DateDiffers, width: int) -> None:
    pair = diff.pair
    found = pair.predicted.day if pair.predicted else None
    console.print(f"  date   {_key_text(diff.key):<32} gold {pair.gold.day or 'null'}, found {found or 'none'}"
                  f" ({pair.outcome})", markup=False, soft_wrap=True)
    console.print(f"         « {_clip(pair.gold.evidence, width - 13)} »", markup=False)
    if pair.predicted and pair.predicted.evidence != pair.gold.evidence:
        console.print(f"         found in « {_clip(pair.predicted.evidence, width - 22)} »", markup=False)


def _dates_table(report: EvalReport) -> Table:
    """Event dates of the gold facts of matched keys (evaluate/dates.py), overall and by language."""
    table = Table(title="Event dates (gold facts of type-level true positives)", title_justify="left")
    for name, justify in (("slice", "left"), ("same", "right"), ("other date", "right"),
                          ("none found", "right"), ("gold null, dated", "right"), ("both null", "right"),
                          ("agreement", "right"), ("given right", "right")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    rows: dict[str, DateCounts] = {"all": report.dates, **dict(sorted(report.dates_by_language.items()))}
    for name, c in rows.items():
        table.add_row(name, str(c.same), str(c.other), str(c.missing), str(c.added), str(c.both_null),
                      f"{c.agreement:.3f}", f"{c.given_right:.3f}")
    return table


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _key_text(key: TypeKey) -> str:
    source, target, type_, negated = key
    return f"{source or '∅'} → {target or '∅'} {type_}{' (negated)' if negated else ''}"


def _reason_table(title: str, by_lang: dict[str, dict[str, int]]) -> Table:
    langs = [lang for lang in by_lang if lang != "all"] + ["all"]
    codes = list(by_lang["all"])
    table = Table(title=title, title_justify="left")
    table.add_column("reason")
    for lang in langs:
        table.add_column(lang, justify="right")
    for code in codes:
        table.add_row(code, *(str(by_lang.get(lang, {}).get(code, 0)) for lang in langs))
    return table


def _table(title: str, rows: dict[str, Counts], label: str) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column(label)
    for name in ("TP", "FP", "FN", "P", "R", "F1"):
        table.add_column(name, justify="right")
    for name, c in rows.items():
        table.add_row(name, str(c.tp), str(c.fp), str(c.fn), f"{c.precision:.3f}", f"{c.recall:.3f}",
                      f"{c.f1:.3f}")
    return table
