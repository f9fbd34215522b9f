"""Validate gold JSONL files against the format in shared/EVAL.md.

Usage: python3 eval/check_gold.py eval/gold/own_*.jsonl
Checks: every line parses; required keys; PLOVER type; CAMEO code exists;
evidence is a substring of text; actor codes are a known country (+agent)
or organisation; relation kind/status valid; dates ISO or null.
"""
import csv
import datetime
import json
import os
import sys

import yaml

DATA = os.environ.get("REALPOLITIK_DATA", os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data"))


def _rows(name: str) -> list[dict]:
    with open(os.path.join(DATA, name), encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


TYPES = {r["type"] for r in _rows("plover_types.csv")}
CAMEO = {r["code"] for r in _rows("cameo_codes.csv")}
ISO = {r["iso3"] for r in _rows("countries.csv")}
AGENTS = {r["code"] for r in _rows("cameo_agents.csv") if len(r["code"]) == 3}
# the organisations the coder knows ("NATO", "ICJ", "CARICOM") are the codes the gold may use for them
_ORG_FILE = os.path.join(os.path.dirname(__file__), "..", "src", "realpolitik", "data", "actors", "organisations.yaml")
with open(_ORG_FILE, encoding="utf-8") as _handle:
    _ENTRIES = [entry for entry in yaml.safe_load(_handle) if isinstance(entry, dict)]
# and the codes of a seat on a body with seats ("UNSC": a membership of the Security Council, taking or leaving a seat)
ORGS = {entry["code"] for entry in _ENTRIES if "code" in entry} | {entry["seat_code"] for entry in _ENTRIES
                                                                   if entry.get("seat_code")}
KINDS = {"defense_pact", "strategic_partnership", "cooperation_agreement", "membership", "ally", "rivalry"}
STATUS = {None, "proposed", "signed", "ratified", "in_force", "suspended", "ended"}


def actor_ok(a, allow_none=False):
    if a is None:
        return allow_none
    if a in ORGS or a in AGENTS:  # an organisation, or an agent of no state ("CRM": traffickers' boats)
        return True
    return a[:3] in ISO and len(a) % 3 == 0 and all(a[i:i + 3] in AGENTS for i in range(3, len(a), 3))


def date_ok(d):
    if d is None:
        return True
    try:
        datetime.date.fromisoformat(d)
        return True
    except (TypeError, ValueError):
        return False


def check(path):
    errs, n_docs, n_facts, n_rels, ids = [], 0, 0, 0, set()
    with open(path, encoding="utf-8") as handle:
        lines = handle.readlines()
    for ln, line in enumerate(lines, 1):
        where = f"{path}:{ln}"
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            errs.append(f"{where}: bad JSON ({e})")
            continue
        n_docs += 1
        for k in ("id", "lang", "published", "title", "text", "facts", "relations"):
            if k not in d:
                errs.append(f"{where}: missing key {k}")
        if d.get("id") in ids:
            errs.append(f"{where}: duplicate id {d.get('id')}")
        ids.add(d.get("id"))
        if not date_ok(d.get("published")):
            errs.append(f"{where}: bad published date")
        for j, f in enumerate(d.get("facts", [])):
            n_facts += 1
            errs.extend(f"{where} fact {j}: {problem}" for problem in fact_problems(f, d.get("text", "")))
        for j, r in enumerate(d.get("relations", [])):
            n_rels += 1
            errs.extend(f"{where} relation {j}: {problem}" for problem in relation_problems(r))
    return n_docs, n_facts, n_rels, errs


def fact_problems(f, text):
    """What is wrong with one gold fact of a document whose text is `text`, in the order checked."""
    problems = []
    if f.get("type") not in TYPES:
        problems.append(f"type {f.get('type')!r} not PLOVER")
    if f.get("cameo") not in CAMEO:
        problems.append(f"cameo {f.get('cameo')!r} unknown")
    if not f.get("evidence") or f["evidence"] not in text:
        problems.append("evidence not in text")
    if not actor_ok(f.get("source")):
        problems.append(f"bad source {f.get('source')!r}")
    if not actor_ok(f.get("target"), allow_none=True):
        problems.append(f"bad target {f.get('target')!r}")
    if not isinstance(f.get("negated"), bool):
        problems.append("negated must be bool")
    if not date_ok(f.get("date")):
        problems.append(f"bad date {f.get('date')!r}")
    return problems


def relation_problems(r):
    """What is wrong with one gold relation, in the order checked."""
    problems = []
    if r.get("kind") not in KINDS:
        problems.append(f"kind {r.get('kind')!r}")
    if r.get("status") not in STATUS:
        problems.append(f"status {r.get('status')!r}")
    if not (actor_ok(r.get("a")) and actor_ok(r.get("b"))):
        problems.append("bad actor")
    return problems


def main(paths):
    bad = 0
    for p in paths:
        n, f, r, errs = check(p)
        print(f"{p}: {n} documents, {f} facts, {r} relations, {len(errs)} errors")
        for e in errs:
            print("  " + e)
        bad += len(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
