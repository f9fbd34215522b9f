"""The dictionary's unit: one surface form of one actor, with what it means and when."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Which reading wins when two entries cover the same tokens.
KIND_PRIORITY = {"leader": 7, "organisation": 6, "group": 6, "seat": 5, "country": 4, "capital": 3,
                 "adjective": 3, "place": 2, "role": 1}
# The kinds of entry that are a state's own word: its name, its capital, its adjective (not a seat of government, an
# office). A list of member states names them so, a street is named after them ("Ukraine Street", "Украинский
# бульвар"), an envoy's state stands so before his body ("the Chinese UN envoy").
STATE_WORD_KINDS = frozenset({"country", "capital", "adjective"})


@dataclass(frozen=True)
class Period:
    """A span of time in which an entry has a given code (an office, a group's status)."""

    code: str
    agent: str | None
    start: date | None
    end: date | None
    office: str = ""

    def covers(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True)
class Entry:
    """One surface form ('Russlands', 'Kreml', 'Wladimir Putin') of one actor.

    `case`: 'exact' (short acronyms: US, UN, IS), 'cap' (first letter must be upper case:
    names, English adjectives) or 'any'. `genitive` marks possessive forms ('Russlands',
    'Maduros') that may govern a following role word. `periods` date the code of leaders
    and groups; outside all periods a leader is a former official (see dictionary docs).
    """

    id: str
    tokens: tuple[str, ...]
    surface: str
    code: str
    country: str | None
    agent: str | None
    kind: str
    case: str = "cap"
    lemma_ok: bool = False
    genitive: bool = False
    periods: tuple[Period, ...] = ()
    flags: frozenset[str] = field(default_factory=frozenset)
    priority: int = 0  # user files > built-ins
    # a body whose members sit for a term (organisations.yaml `seat_code`, actors/seated_bodies): the code of a seat
    # on it ("UNSC" for the Security Council, coded UN), "" for every other entry
    seat_code: str = ""

    @property
    def rank(self) -> tuple[int, int, int]:
        return (len(self.tokens), self.priority, KIND_PRIORITY.get(self.kind, 0))
