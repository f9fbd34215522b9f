"""Baseline layer: import a treaty dataset the user holds (ATOP member-level CSV) into the ledger.

News tells what changed; a dataset such as ATOP tells what stood before.
Each alliance (atopid) becomes one document (id "atop-<atopid>", outlet
"ATOP") so the ledger keeps its provenance like any article's: every pair of
members gets a step "in_force" at the later of the two entry dates and
"ended" at the earlier exit date (if any). Kind: defense_pact when either
member has defense=1, else cooperation_agreement when any of offense,
neutral, nonagg, consul is 1. Re-importing skips alliances already stored.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path

from realpolitik.errors import DataFileError
from realpolitik.model import Document, Relation
from realpolitik.store.store import Store

REQUIRED = ("atopid", "member", "yrent")
_OBLIGATIONS = ("offense", "neutral", "nonagg", "consul")


@dataclass(frozen=True)
class Member:
    """One member row of an alliance."""

    atopid: str
    iso3: str
    entered: date
    exited: date | None
    defense: bool
    other: bool  # offense, neutrality, non-aggression or consultation


@dataclass(frozen=True)
class ImportResult:
    alliances: int  # alliances stored now
    skipped: int  # alliances stored before
    pairs: int
    unknown_members: list[str]  # COW numbers with no ISO3 code


@cache
def cow_to_iso3() -> dict[str, str]:
    """COW state number → ISO alpha-3, from the shipped countries.csv."""
    ref = resources.files("realpolitik") / "data" / "reference" / "countries.csv"
    with ref.open(encoding="utf-8") as handle:
        return {row["cow_num"].strip(): row["iso3"] for row in csv.DictReader(handle) if row.get("cow_num")}


def _int(value: str | None) -> int:
    try:
        return int(float(value)) if value not in (None, "", "NA", ".") else 0
    except ValueError:
        return 0


def _date(year: str | None, month: str | None, day: str | None) -> date | None:
    y, m, d = _int(year), _int(month), _int(day)
    if y <= 0:
        return None
    m = m if 1 <= m <= 12 else 1
    d = d if 1 <= d <= 31 else 1
    while d > 28:  # 31 April and friends: fall back to the last valid day
        try:
            return date(y, m, d)
        except ValueError:
            d -= 1
    return date(y, m, d)


def read_atop(path: Path) -> tuple[dict[str, list[Member]], list[str]]:
    """Members per atopid, and the COW numbers that have no ISO3 code."""
    if not path.is_file():
        raise DataFileError(str(path), None, "no such file; give the ATOP member-level CSV (e.g. atop5_1m.csv)")
    alliances: dict[str, list[Member]] = defaultdict(list)
    unknown: set[str] = set()
    codes = cow_to_iso3()
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise DataFileError(str(path), 1, f"missing column(s) {', '.join(missing)}; is this the ATOP "
                                              "member-level file (atopid, member, yrent, ...)?")
        for line, row in enumerate(reader, start=2):
            cow = str(_int(row["member"]))
            iso3 = codes.get(cow)
            entered = _date(row.get("yrent"), row.get("moent"), row.get("dayent"))
            if iso3 is None:
                unknown.add(cow)
                continue
            if entered is None:
                raise DataFileError(str(path), line, f"yrent {row.get('yrent')!r} is not a year")
            alliances[row["atopid"].strip()].append(Member(
                atopid=row["atopid"].strip(), iso3=iso3, entered=entered,
                exited=_date(row.get("yrexit"), row.get("moexit"), row.get("dayexit")),
                defense=_int(row.get("defense")) == 1,
                other=any(_int(row.get(c)) == 1 for c in _OBLIGATIONS)))
    return alliances, sorted(unknown, key=int)


def alliance_steps(atopid: str, members: list[Member]) -> list[tuple[Relation, date | None]]:
    """Dated ledger steps for every pair of members of one alliance."""
    steps: list[tuple[Relation, date | None]] = []
    for i, x in enumerate(members):
        for y in members[i + 1 :]:
            if x.iso3 == y.iso3:
                continue
            if x.defense or y.defense:
                kind = "defense_pact"
            elif x.other or y.other:
                kind = "cooperation_agreement"
            else:
                continue
            start = max(x.entered, y.entered)
            exits = [d for d in (x.exited, y.exited) if d is not None]
            note = f"ATOP alliance {atopid}: {x.iso3} and {y.iso3}, {kind.replace('_', ' ')}"
            rule = f"ATOP:{atopid}"
            steps.append((Relation(a=x.iso3, b=y.iso3, kind=kind, status="in_force", doc_id=f"atop-{atopid}",
                                   evidence=f"{note} from {start.isoformat()}", since=start, rule=rule), start))
            if exits:
                end = min(exits)
                steps.append((Relation(a=x.iso3, b=y.iso3, kind=kind, status="ended", doc_id=f"atop-{atopid}",
                                       evidence=f"{note} ended {end.isoformat()}", rule=rule), end))
    return steps


def import_alliances(store: Store, path: Path) -> ImportResult:
    """Import an ATOP member-level CSV into the ledger (idempotent per atopid)."""
    alliances, unknown = read_atop(path)
    stored = skipped = pairs = 0
    for atopid, members in sorted(alliances.items()):
        steps = alliance_steps(atopid, members)
        codes = ", ".join(sorted({m.iso3 for m in members}))
        doc = Document(id=f"atop-{atopid}", text=f"ATOP alliance {atopid}; members: {codes}.", lang="en",
                       published=min(m.entered for m in members), title=f"ATOP alliance {atopid}",
                       outlet="ATOP", origin=str(path))
        if store.save_baseline(doc, steps):
            stored += 1
            pairs += sum(1 for r, _ in steps if r.status == "in_force")
        else:
            skipped += 1
    return ImportResult(stored, skipped, pairs, unknown)
