"""Reducing gold facts and emitted events to the comparison keys of EVAL.md.

A key is `(source, target, type, negated)` with actors cut to what is compared:
the country (first three letters, when they are an ISO alpha-3 code listed in
data/reference/countries.csv) or the organisation code as a whole, as written
("NATO", "IGOUNO", "---PTY"). A null actor stays None and is part of the key.
For the symmetric types the two actors are sorted so the pair is unordered.

Organisation codes are not translated between coding schemes: EVAL.md compares
"by organisation code", so a gold "IGOEUREEC" (PETRARCH's EU) does not match an
emitted "EU". Reading CAMEO codes as ours here once made `realpolitik eval`
count one key more than the rules on petrarch2_gsr_en.
"""

from __future__ import annotations

from dataclasses import dataclass

from realpolitik.codes import country_codes

PLOVER_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})
SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
NO_AGENT = "-"  # the agent "slot" of a bare country code ("USA") or an organisation

TypeKey = tuple[str | None, str | None, str, bool]
DyadKey = tuple[str | None, str | None, bool]


@dataclass(frozen=True)
class ActorParts:
    """An actor code split into what the key compares and the agent scored apart."""

    entity: str | None  # "USA" for "USAMIL", "NATO" for "NATO", None for a null actor
    agent: str | None  # "MIL" for "USAMIL", NO_AGENT for "USA" or an organisation, None for null


def split_actor(code: str | None) -> ActorParts:
    """Country codes keep their first three letters; everything else is compared whole, as written."""
    if code is None:
        return ActorParts(None, None)
    code = code.strip().upper()
    if not code:
        return ActorParts(None, None)
    if len(code) >= 3 and code[:3] in country_codes():
        return ActorParts(code[:3], code[3:] or NO_AGENT)
    return ActorParts(code, NO_AGENT)


def _sort_key(entity: str | None) -> tuple[bool, str]:
    return (entity is None, entity or "")


def make_key(source: str | None, target: str | None, type_: str, negated: bool) -> tuple[TypeKey, bool]:
    """The type-level key and whether source/target were swapped to order a symmetric pair."""
    src, tgt = split_actor(source).entity, split_actor(target).entity
    swapped = False
    if type_ in SYMMETRIC_TYPES and _sort_key(tgt) < _sort_key(src):
        src, tgt, swapped = tgt, src, True
    return (src, tgt, type_, bool(negated)), swapped


def dyad_of(key: TypeKey) -> DyadKey:
    """The key without its type; a symmetric pair stays in the sorted order of its type key."""
    return (key[0], key[1], key[3])
