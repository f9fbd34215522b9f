"""Telling a country code with agents or a territory from an organisation code whose first letters spell a country."""

from __future__ import annotations

import pytest

from realpolitik.actors.names import organisations
from realpolitik.codes import country_codes, country_of, is_armed_group, party, same_party, side_of


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


@pytest.mark.parametrize(("first", "second"), [
    ("BENELUX", "BEN"), ("NORDIC", "NORGOV"), ("ALBA", "ALB"), ("COMMONWEALTH", "COM"),  # first letters spell a state
    ("UNHCR", "UNHRC"), ("UNESCO", "UNEP"), ("UN", "UNSC"),  # two bodies whose codes open alike
])
def test_different_parties_whose_codes_open_alike(first: str, second: str) -> None:
    assert not same_party(first, second)


@pytest.mark.parametrize(("first", "second"), [
    ("RUS", "RUSGOV"), ("USAMIL", "USAGOV"), ("DNKGRL", "DNK"),  # a state, its agents and its territories
    ("NATO", "NATOMIL"), ("EU", "EUGOV"), ("UNHCR", "UNHCR"),  # an organisation with or without an agent suffix
])
def test_one_party(first: str, second: str) -> None:
    assert same_party(first, second)


def test_side_of_a_state_is_its_country_and_of_an_organisation_its_code() -> None:
    assert (side_of("RUSMIL"), side_of("NATOMIL"), side_of("BENELUX"), side_of("")) == ("RUS", "NATO", "BENELUX", "")


def test_no_organisation_shares_a_side_with_another_party() -> None:
    """Two organisations, or an organisation and a state, with one side would be read as one actor acting on itself."""
    codes = sorted(set(organisations()))
    sides = [side_of(code) for code in codes]
    assert len(set(sides)) == len(codes)
    assert not set(sides) & country_codes()


def test_the_reference_tables_are_read_whole() -> None:
    """codes.py reads its CSV files through `read_text` (what mypy types, codes being compiled): every row, the
    header's fields as keys, the rows in the file's order."""
    from realpolitik.codes import agent_codes, plover_types

    assert len(country_codes()) > 240 and {"USA", "RUS", "XKX"} <= country_codes()
    assert {"GOV", "MIL", "REB", "OPP"} <= agent_codes() and all(len(code) == 3 for code in agent_codes())
    assert plover_types()[0] == "AGREE" and "ASSAULT" in plover_types() and len(set(plover_types())) == 16
