"""A raid by those who enforce a law (police, customs, tax and immigration officers, prosecutors) is a search or a
round of arrests, coerced (CAMEO 170), not the military attack that bare "raid" codes; a raid by troops stays one."""

from __future__ import annotations

import pytest

from extracted import country_keys


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan police raided a Chinese-owned casino in Nairobi.", ("KEN", "CHN", "170")),
    ("French customs officers raided a Chinese shipping company in Marseille.", ("FRA", "CHN", "170")),
    ("Turkish police carried out a raid on an Iranian-run exchange office.", ("TUR", "IRN", "170")),
    ("A tax raid on the offices of a Saudi investment fund in Lagos angered Riyadh.", None),
])
def test_a_raid_by_law_enforcement_is_no_attack(text: str, expected: tuple[str, str, str] | None) -> None:
    keys = country_keys(text, "en", kind="cameo")
    assert not any(code == "190" for _, _, code in keys)
    if expected is not None:
        assert expected in keys


def test_a_raid_by_troops_stays_an_attack() -> None:
    assert ("UKR", "RUS", "190") in country_keys("Ukrainian special forces raided Russian positions in Kursk.", "en",
                                                  kind="cameo")
