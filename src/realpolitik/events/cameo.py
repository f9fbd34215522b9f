"""The CAMEO codebook: names, Goldstein scores, quad classes and the PLOVER type of every code.

Sources (copied into data/reference with their origin noted in its README):
cameo_codes.csv (CAMEO 1.1b3 + Goldstein), cameo_to_plover.csv (CAMEO2PLOVER-2021),
plover_overrides.csv (the project's own corrections, each with its reason).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final

from realpolitik.errors import DataFileError

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# CAMEO codes of talks: meet 040, phone 041, meet at a third place 044, negotiate 046; not a visit or a hosting (042,
# 043: a trip, which "the talks" does not name and which, announced, is a plan) nor a mediation (045, a third party's
# service). Read for talks named again ("welcomed the talks": events.article_acts.talk_sides) and for talks announced
# as wanted, the announcement AGREE 036, "announced plan to talk" in EVAL.md ("kündigte an, mit Mexiko verhandeln zu
# wollen": events.modality._announced_talks; "kündigte an, nach Peking reisen zu wollen" is a trip still planned)
TALK_CODES: Final = ("040", "041", "044", "046")
# The codes the event stage asks for by name, each named once (the reader says at its use why it asks)
DENIAL: Final = "016"  # reject an accusation, deny responsibility
HOSTING: Final = "043"  # host a visit (hosting talks: a third party's service, no side of them)
MEDIATION: Final = "045"  # engage in mediation
PRAISE: Final = "051"  # praise or endorse
SIGNING: Final = "057"  # sign a formal agreement
ACCUSATION: Final = "112"  # accuse (a longer code names the charge: "1121", "1123")
COMPLAINT: Final = "114"  # complain officially (an envoy summoned to hear a protest among them)
BREAK_RELATIONS: Final = "161"  # reduce or break diplomatic relations (envoys expelled or recalled, a treaty left)
AID_CUT: Final = "162"  # reduce or stop material aid or military cooperation
ARREST: Final = "173"  # arrest, detain
# curbs eased, a crossing reopened, a ban lifted (081): RETREAT since round 61 (plover_overrides.csv;
# eval/gold/README.md "A measure eased or lifted is RETREAT"), yet read in the article as the concession it was typed
# before: it gives way to whoever pressed for it (`gives_way`)
EASED_CURBS: Final = "081"


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None


def _reference_rows(name: str) -> list[dict[str, str]]:
    path = resources.files("realpolitik") / "data" / "reference" / name
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=1)
def codebook() -> dict[str, CameoCode]:
    """All CAMEO codes, keyed by code; loaded once and checked."""
    plover: dict[str, tuple[str | None, str | None]] = {}
    for row in _reference_rows("cameo_to_plover.csv"):
        if row["plover_type"] and row["cameo_code"] not in plover:
            plover[row["cameo_code"]] = (row["plover_type"], row["plover_mode"] or None)
    for line, row in enumerate(_reference_rows("plover_overrides.csv"), start=2):
        if row["plover_type"] not in PLOVER_TYPES:
            raise DataFileError("plover_overrides.csv", line, f"unknown PLOVER type {row['plover_type']!r}")
        plover[row["cameo_code"]] = (row["plover_type"], plover.get(row["cameo_code"], (None, None))[1])
    codes: dict[str, CameoCode] = {}
    for line, row in enumerate(_reference_rows("cameo_codes.csv"), start=2):
        code = row["code"]
        try:
            quad = int(row["quad_class"])
            # A few CAMEO 1.1b3 additions have no Goldstein score: take ICEWS's, else the parent's.
            score = row["goldstein"] or row["goldstein_icews"]
            goldstein = float(score) if score else codes[code[:-1]].goldstein
        except (ValueError, KeyError) as exc:
            raise DataFileError("cameo_codes.csv", line, f"bad or missing number: {exc}") from exc
        ptype, mode = _inherit(code, plover)
        codes[code] = CameoCode(code, row["name"], goldstein, quad, ptype, mode)
    return codes


def _inherit(code: str, plover: dict[str, tuple[str | None, str | None]]) -> tuple[str | None, str | None]:
    """A code without its own PLOVER row takes its parent's (1622 → 162 → 16)."""
    for length in range(len(code), 1, -1):
        if code[:length] in plover:
            return plover[code[:length]]
    return None, None


def lookup(code: str) -> CameoCode:
    """The entry of a CAMEO code; raises KeyError with a hint for an unknown one."""
    try:
        return codebook()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r}: see data/reference/cameo_codes.csv") from None


def gives_way(plover: str | None, cameo: str) -> bool:
    """Whether an act gives way to another party, as the article reads replies and reactions: a concession (CONCEDE),
    or curbs eased (EASED_CURBS, typed RETREAT: "Chad eased the restrictions" answers whoever pressed it)."""
    return plover == "CONCEDE" or cameo == EASED_CURBS
