"""The ledger's merge rules on their own (relations/ledger.py: no database)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from realpolitik.model import Relation
from realpolitik.relations.ledger import DOWN, RANK, actor_key, fold, merge, pair_key, settle, tally


def rel(status, since=None, areas=(), a="RUS", b="VEN"):  # type: ignore[no-untyped-def]
    return Relation(
        a=a, b=b, kind="defense_pact", status=status, doc_id="d", evidence="e", since=since, areas=list(areas)
    )


def run(*steps):  # type: ignore[no-untyped-def]
    entry = None
    for i, (relation, published) in enumerate(steps):
        entry = merge(entry, relation, published, f"d{i}")
    return entry


def test_actor_keys() -> None:
    assert actor_key("RUSGOV") == "RUS" and actor_key("usamil") == "USA" and actor_key("RUS") == "RUS"
    assert actor_key("NATO") == "NATO" and actor_key("UNSC") == "UNSC" and actor_key("EU") == "EU"
    assert pair_key("VENGOV", "RUS") == ("RUS", "VEN")


def test_status_only_moves_up() -> None:
    entry = run(
        (rel("signed"), date(2025, 1, 1)),
        (rel("proposed"), date(2025, 2, 1)),
        (rel("ratified"), date(2025, 3, 1)),
        (rel(None), date(2025, 4, 1)),
    )
    assert entry.status == "ratified" and entry.since == date(2025, 1, 1) and entry.until is None
    assert [h["status"] for h in entry.history] == ["signed", "proposed", "ratified", None]


def test_since_is_earliest_established_date_even_if_read_late() -> None:
    entry = run(
        (rel("in_force"), date(2025, 6, 1)), (rel("signed", since=date(2019, 3, 4)), date(2025, 7, 1))
    )
    assert entry.since == date(2019, 3, 4) and entry.status == "in_force"
    assert run((rel("proposed"), date(2025, 6, 1))).since is None


def test_suspended_and_ended_move_down_and_reactivate() -> None:
    entry = run((rel("in_force", since=date(2010, 1, 1)), date(2025, 1, 1)), (rel("ended"), date(2026, 5, 1)))
    assert entry.status == "ended" and entry.until == date(2026, 5, 1) and entry.since == date(2010, 1, 1)
    entry = merge(entry, rel("in_force", since=date(2027, 1, 1)), date(2027, 1, 2), "d9")
    assert entry.status == "in_force" and entry.until is None
    assert fold(entry.history, at=date(2026, 12, 31))[0] == "ended"
    assert fold(entry.history, at=date(2015, 1, 1))[0] == "in_force"
    assert fold(entry.history, at=date(2009, 1, 1))[0] is None


def test_old_suspension_read_late_does_not_override_newer_status() -> None:
    entry = run(
        (rel("in_force", since=date(2024, 6, 1)), date(2025, 1, 1)), (rel("suspended"), date(2023, 1, 1))
    )
    assert entry.status == "in_force"  # the suspension (2023) predates the 2024 treaty


def test_areas_union_and_docs() -> None:
    entry = run((rel("signed", areas=["Energy"]), None), (rel(None, areas=["mining", "energy "]), None))
    assert entry.areas == ["energy", "mining"] and entry.first_doc == "d0" and entry.last_doc == "d1"


STEPS = st.lists(st.tuples(st.sampled_from([None, *RANK, *DOWN]),
                           st.one_of(st.none(), st.dates(date(1990, 1, 1), date(1990, 3, 1)))), max_size=25)


@given(STEPS)
@settings(max_examples=400, deadline=None)
def test_the_tally_gives_what_folding_the_whole_history_gives(steps) -> None:  # type: ignore[no-untyped-def]
    history, counted = [], None
    for i, (status, when) in enumerate(steps):
        step = {"status": status, "date": when.isoformat() if when else None, "doc_id": f"d{i}"}
        history.append(step)
        counted = tally(counted, step)
        assert settle(counted) == fold(history), history
