"""Bodies whose members sit for a term: a seat on the UN Security Council is a membership of the Council, not of the UN.

Round 47 coded the Council as the UN, as the UN's other organs are: its resolutions, its sanctions, a state's appeal
to it. A seat on it is no such act of the UN: "Algeria joined the Security Council" read as Algeria joining the UN, a
member since 1962, and the seat's end as Algeria leaving it. The Council's entry in organisations.yaml names the code
of a seat (`seat_code: UNSC`); a membership whose organisation is the Council, and the act of taking or leaving the
seat, take that code (round 48, eval/gold/README.md "Conventions"); an act is a seat's by its rule's kind (joining or
leaving, data/actors/seat_acts.yaml), not by its code alone. The entry is the mention's `entry`: the body's
own ("orgs:unsc") or, for a short name that stands for it ("the Council"), the last part of the reference's.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from realpolitik.actors.data_files import DATA_DIR, LINE, load_yaml
from realpolitik.actors.dictionary import load_dictionary
from realpolitik.model import ActorMention

# the codes of taking and leaving a seat (EVAL.md: joining an alliance AGREE 057; leaving one SANCTION 161)
_SEAT_CODES: Final = frozenset({"057", "161"})


@cache
def _seat_acts() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The ids of the rules whose act takes or leaves a membership, and per language the joining and leaving words of
    a rule that codes other acts too (data/actors/seat_acts.yaml): of the acts coded 057 or 161, only these are a
    seat's ("signed an agreement with the Security Council" is no seat taken)."""
    data = load_yaml(DATA_DIR / "seat_acts.yaml") or {}
    words = {str(lang): frozenset(str(w).lower() for w in ws)
             for lang, ws in (data.get("seat_words") or {}).items() if lang != LINE}
    return frozenset(str(r) for r in data.get("seat_acts") or []), words


@cache
def _seat_codes() -> dict[str, str]:
    """The entry ids of the bodies with seats ("orgs:unsc") and the code of a seat on each ("UNSC"), as the
    dictionary's loader read and checked them (actors/loaders.organisations)."""
    return {entry.id: entry.seat_code for entry in load_dictionary().entries() if entry.seat_code}


def seat_code(mention: ActorMention) -> str | None:
    """The code of a seat on the body `mention` names ("UNSC" for the Council), None for any other actor."""
    if not mention.entry.startswith(("orgs:", "references:")):
        return None
    return _seat_codes().get(mention.entry.rpartition("+")[2])


def member_code(mention: ActorMention, code: str) -> str:
    """The code a membership of the organisation `mention` names takes (`code`, the party compared): a seat's on a
    body with seats, else `code` itself."""
    return seat_code(mention) or code


def seat_act_target(target: ActorMention, cameo: str, rule_id: str, lang: str, words: frozenset[str]) -> str:
    """The target code of an act on `target`: the seat's where the act takes or leaves a seat on a body with seats
    ("joined the Security Council", "left the Council": a membership act coded 057 or 161, by its rule `rule_id` or
    by a joining word among its trigger's `words`), else the mention's code ("signed an agreement with the Security
    Council" is the UN's)."""
    if cameo not in _SEAT_CODES:
        return target.code
    rules, seat_words = _seat_acts()
    if rule_id in rules or words & seat_words.get(lang, frozenset()):
        return seat_code(target) or target.code
    return target.code
