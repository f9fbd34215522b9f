"""The relations ledger: many articles' assertions merged into one standing tie per pair.

Pure functions, no database: the store calls `merge` inside the document's
transaction, and the queries call `fold` to ask what held at a given date.

Rules:
- a pair is unordered: (a, b) is sorted; country codes with an agent
  ("RUSGOV") count as the country ("RUS"); organisations stay as they are;
- status only moves up along proposed < signed < ratified < in_force, so an
  older "proposed" report does not demote a treaty in force; suspended and
  ended move it down (until a later positive report reactivates it); every
  step is kept in `history`;
- the date of a step is the relation's `since`, else the article's
  published date; for suspended/ended it is the published date (an
  article's `since` is the start of the tie, not the day it ended);
- each step keeps the doc_id and the rule behind it (a statement rule,
  "event:<cameo>" for a tie changed by an event, "ATOP:<atopid>");
- `since` is the earliest date at which it reached signed, ratified or
  in_force; a tie without treaty steps (an asserted alliance, a rivalry)
  exists from its first dated report, so `since` is that date (a tie only
  proposed has not started: no `since`);
  `until` the date it was last suspended/ended (None while active);
- areas are the union of all mentions' areas.

The status, since and until of a tie follow from a constant-size summary of
its history (`tally`), updated step by step: a new mention costs the same
whether the pair has two steps or a million (the store keeps the steps in
rows of their own and the summary on the tie). `fold` reads a whole history,
for the state at a past date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from realpolitik.codes import country_codes, party
from realpolitik.model import Relation

RANK = {"proposed": 1, "signed": 2, "ratified": 3, "in_force": 4}
DOWN = frozenset({"suspended", "ended"})
ESTABLISHED = frozenset({"signed", "ratified", "in_force"})
KINDS = ("defense_pact", "strategic_partnership", "cooperation_agreement", "membership", "ally", "rivalry",
         "diplomatic_relations")


@dataclass
class LedgerEntry:
    """The merged state of one (a, b, kind) tie."""

    a: str
    b: str
    kind: str
    status: str | None = None
    since: date | None = None
    until: date | None = None
    areas: list[str] = field(default_factory=list)
    history: list[dict] = field(default_factory=list)  # {"status", "date" (ISO or None), "doc_id"}
    first_doc: str = ""
    last_doc: str = ""
    tally: dict | None = None  # what status, since and until need of the whole history (see `tally`)


def is_country(code: str) -> bool:
    """True for an ISO alpha-3 country code."""
    return code in country_codes()


def actor_key(code: str) -> str:
    """The ledger's name for an actor: "RUSGOV" → "RUS"; "NATO" and "RUS" unchanged."""
    try:
        return _ACTOR_KEY[code]  # the writer asks ~20 times a document about the same few hundred codes
    except KeyError:
        pass
    if len(_ACTOR_KEY) >= _ACTOR_KEY_KEPT:
        _ACTOR_KEY.clear()
    found = _ACTOR_KEY[code] = party(code.strip().upper())
    return found


_ACTOR_KEY: dict[str, str] = {}  # code → actor_key(code)
_ACTOR_KEY_KEPT = 100_000


def pair_key(a: str, b: str) -> tuple[str, str]:
    """The sorted pair of actor keys."""
    x, y = actor_key(a), actor_key(b)
    return (x, y) if x <= y else (y, x)


def step_date(relation: Relation, published: date | None) -> date | None:
    if relation.status in DOWN:
        return published or relation.since
    return relation.since or published


def make_step(relation: Relation, published: date | None, doc_id: str) -> dict:
    """One history step: {"status", "date" (ISO or None), "doc_id"} and the "rule" behind it, if any."""
    when = step_date(relation, published)
    step = {"status": relation.status, "date": when.isoformat() if when else None, "doc_id": doc_id}
    if relation.rule:  # what produced the step: a statement rule, an event ("event:161"), "ATOP:1234"
        step["rule"] = relation.rule
    return step


def merge(entry: LedgerEntry | None, relation: Relation, published: date | None, doc_id: str) -> LedgerEntry:
    """The ledger entry after one more mention (a new entry when `entry` is None).

    The new step is appended to `history` (the store passes an empty one and keeps
    the step in a row of its own); status, since and until come from the tally.
    """
    a, b = pair_key(relation.a, relation.b)
    if entry is None:
        entry = LedgerEntry(a=a, b=b, kind=relation.kind, first_doc=doc_id)
    step = make_step(relation, published, doc_id)
    counted = tally(entry.tally, step)
    status, since, until = settle(counted)
    return LedgerEntry(
        a=entry.a,
        b=entry.b,
        kind=entry.kind,
        status=status,
        since=since,
        until=until,
        areas=sorted(set(entry.areas) | {x.strip().lower() for x in relation.areas if x.strip()}),
        history=[*entry.history, step],
        first_doc=entry.first_doc or doc_id,
        last_doc=doc_id,
        tally=counted,
    )


#: The place of an undated step in date order: after every dated one (then in the order read).
_UNDATED = date.max.isoformat()


def tally(counted: dict | None, step: dict) -> dict:
    """The summary of a history after one more step; `fold` of the history, kept up to date in O(1).

    Folding in date order, the status is decided by the last suspension/ending
    and the highest treaty step after it, and `until` by the last dated
    ending; so the summary keeps, per status, the latest place (date, order
    read) of a step with it, the latest dated ending, the earliest dates that
    make `since`, and whether any treaty step was seen.
    """
    new = {"n": 0, "last": {}, "dated_down": None, "since": None, "reported": None, "treaty": False}
    if counted:
        new.update(counted, last=dict(counted["last"]))
    status, when = step.get("status"), step.get("date")
    place = [when or _UNDATED, new["n"], when]  # the order read breaks ties: a place is never equal to another
    if status in RANK or status in DOWN:
        if status not in new["last"] or place > new["last"][status]:
            new["last"][status] = place
        new["treaty"] = new["treaty"] or status in RANK
    if status in DOWN and when and (new["dated_down"] is None or place > new["dated_down"]):
        new["dated_down"] = place
    if status in ESTABLISHED and when and (new["since"] is None or when < new["since"]):
        new["since"] = when
    if status not in DOWN and when and (new["reported"] is None or when < new["reported"]):
        new["reported"] = when
    new["n"] += 1
    return new


def settle(counted: dict | None) -> tuple[str | None, date | None, date | None]:
    """(status, since, until) of a tallied history: what `fold(history)` gives."""
    if not counted:
        return None, None, None
    last = counted["last"]
    downs = [(last[s], s) for s in DOWN if s in last]
    ending, status = max(downs) if downs else (None, None)
    after = [s for s in RANK if s in last and (ending is None or last[s] > ending)]
    until = None
    if after:  # a treaty step after the last ending reactivates the tie, at its highest status since
        status = max(after, key=RANK.__getitem__)
    elif ending is not None:
        dated = counted["dated_down"]
        if ending[2]:
            until = ending[2]
        elif dated and not any(last[s] > dated for s in RANK if s in last):
            until = dated[2]  # an undated ending keeps the date of the dated one before it
    since = counted["since"] or (None if counted["treaty"] else counted["reported"])
    return status, _day(since), _day(until)


def _day(iso: str | None) -> date | None:
    return date.fromisoformat(iso) if iso else None


def fold(history: list[dict], at: date | None = None) -> tuple[str | None, date | None, date | None]:
    """(status, since, until) from the history, in date order; only steps up to `at` when given.

    Undated steps sort after dated ones (in the order read) and are left out
    when `at` is given, since nobody knows whether they happened before it.
    """
    steps = []
    for seq, item in enumerate(history):
        when = date.fromisoformat(item["date"]) if item.get("date") else None
        if at is not None and (when is None or when > at):
            continue
        steps.append((when or date.max, seq, item.get("status"), when))
    steps.sort()
    status: str | None = None
    since: date | None = None
    until: date | None = None
    treaty = any(step in RANK for _, _, step, _ in steps)
    reported = None if treaty else first_report(history, at)
    for _, _, step, when in steps:
        if step is None:
            continue
        if step in DOWN:
            status, until = step, when or until
            continue
        if status is None or status in DOWN or RANK.get(step, 0) > RANK.get(status, 0):
            if status in DOWN:
                until = None
            status = step
        if step in ESTABLISHED and when is not None and (since is None or when < since):
            since = when
    return status, since or reported, until


def first_report(history: list[dict], at: date | None = None) -> date | None:
    """The date of the earliest dated step that is not an ending (up to `at` when given)."""
    dates = [date.fromisoformat(h["date"]) for h in history if h.get("date") and h.get("status") not in DOWN]
    return min((d for d in dates if at is None or d <= at), default=None)


def active_at(entry_status: str | None, since: date | None, history: list[dict], at: date | None) -> bool:
    """Whether the tie holds now (`at` None) or at `at`.

    Now: not suspended or ended. At a date: reported by then (a tie whose
    dated reports all come later did not exist yet, as far as the record
    goes), not started after it (a known `since` later than `at`) and not
    suspended/ended as of that date; with no dated step at all, the tie's
    present status decides.
    """
    if at is None:
        return entry_status not in DOWN
    if since is not None and since > at:
        return False
    if first_report(history, at) is None and first_report(history) is not None:
        return False  # first reported after `at`
    status_then, _, _ = fold(history, at)
    if status_then is None:  # no dated step by then: judge by the tie's status now (one only ever ended never held)
        status_then = entry_status
    return status_then not in DOWN
