"""The construction checklists (tests/data/<lang>_constructions.txt): one sentence a line, written from the grammar,
with the keys it must give. A line: sentence || every key it must give (SOURCE TARGET TYPE, "neg" for a negated
one, "_" for no actor, "-" for none) [|| keys it may also give, where the gold conventions leave it open]; no other.
"open: " marks a construction the coder does not read yet (an expected failure, so a fix shows as XPASS)."""

from __future__ import annotations

from pathlib import Path

import pytest

import realpolitik
from realpolitik.evaluate.keys import make_key
from realpolitik.events.confidence import is_shown

DATA = Path(__file__).parent / "data"


def _key(item: str) -> tuple:
    words = item.split()
    source, target = (None if w == "_" else w for w in words[:2])
    return make_key(source, target, words[2], words[3:] == ["neg"])[0]


def _keys(part: str) -> set[tuple]:
    return {_key(item) for item in part.split(";") if item.strip() not in ("", "-")}


def cases(name: str) -> list:
    """The checklist's sentences as pytest params (text, required keys, allowed keys), ids by section."""
    found, heading = [], ""
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            heading = line.lstrip("# ")
            continue
        if not line.strip():
            continue
        is_open = line.startswith("open: ")
        text, *parts = line.removeprefix("open: ").split("||")
        required = _keys(parts[0]) if parts else set()
        allowed = _keys(parts[1]) if len(parts) > 1 else set()
        marks = [pytest.mark.xfail(reason="construction not read yet", strict=False)] if is_open else []
        found.append(pytest.param(text.strip(), required, allowed, id=f"{heading[:3].strip()}-{len(found)}",
                                  marks=marks))
    return found


def check(text: str, lang: str, required: set, allowed: set) -> None:
    """The sentence's shown events give every required key and nothing outside required and allowed."""
    events = realpolitik.extract(text, lang=lang, published="2025-10-27")
    keys = {make_key(e.source, e.target, e.plover or "", e.negated)[0] for e in events if is_shown(e)}
    assert required <= keys <= required | allowed, keys
