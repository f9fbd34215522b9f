"""Telling a country code with agents or a territory from an organisation code whose first letters spell a country."""

from __future__ import annotations

import pytest

from realpolitik.actors.names import organisations
from realpolitik.codes import country_of, is_armed_group, party


@pytest.mark.parametrize(("code", "country"), [
    ("USAMIL", "USA"), ("RUSGOVMIL", "RUS"), ("CODREB", "COD"),  # agents after the country
    ("DNKGRL", "DNK"), ("FRANCL", "FRA"),  # a territory of the country
    ("COMMONWEALTH", None), ("ECOWAS", None), ("NATO", None),  # organisations ("COM" is Comoros, "MON" no agent)
])
def test_country_of(code: str, country: str | None) -> None:
    assert country_of(code) == country


def test_an_organisation_is_its_own_party() -> None:
    assert party("COMMONWEALTH") == "COMMONWEALTH"


@pytest.mark.parametrize(("code", "armed"), [("CODREB", True), ("SYRREB", True), ("REB", False), ("RUSGOV", False),
                                             ("NATO", False)])
def test_is_armed_group_wants_a_country_before_the_agent(code: str, armed: bool) -> None:
    assert is_armed_group(code) is armed


def test_no_organisation_code_reads_as_a_state() -> None:
    """An organisation whose code spelled a state ("NAM" is Namibia) would act, and join, as that state."""
    assert [code for code in organisations() if country_of(code)] == []
