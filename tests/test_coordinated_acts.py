"""A threat, demand or refusal coordinated after a verdict of the same subject is aimed at the party the verdict
judged (events/coordinated_acts.py; eval/gold/README.md's convention "A verdict beside a threat, a demand or a
refusal is two facts"): both acts are printed. Not an appeal that asks everyone, not a verb in a clause of its own,
and after an accusation the coordinated past form is no content of the charge."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


def _keys(text: str, lang: str) -> set[tuple[str, str, str]]:
    """(source country, target country, type) of the events printed for `text`."""
    return {((e.source or "-")[:3], (e.target or "-")[:3], e.plover or "-")
            for e in events_of(text, lang, date(2025, 6, 4))}


@pytest.mark.parametrize(("lang", "text", "verdict", "second"), [
    ("en", "Ghana condemned the seizure of its trawler by Togo and demanded the immediate release of the crew.",
     ("GHA", "TGO", "ACCUSE"), ("GHA", "TGO", "REQUEST")),
    ("de", "Litauen nannte die Grenzschließung Weißrusslands illegal und kündigte Gegenmaßnahmen an.",
     ("LTU", "BLR", "ACCUSE"), ("LTU", "BLR", "THREATEN")),
    ("de", "Polen warf Weißrussland am Montag vor, Migranten an die Grenze zu schleusen, und kündigte eine harte "
           "Antwort an.", ("POL", "BLR", "ACCUSE"), ("POL", "BLR", "THREATEN")),
    ("es", "Bolivia condenó la detención de sus pescadores por Chile y exigió su liberación inmediata.",
     ("BOL", "CHL", "ACCUSE"), ("BOL", "CHL", "REQUEST")),
    ("fr", "Le Mali a dénoncé les mesures « illégales » de l'Algérie et promis une riposte.",
     ("MLI", "DZA", "ACCUSE"), ("MLI", "DZA", "THREATEN")),
    ("ru", "Армения обвинила Азербайджан в нарушении перемирия и пообещала жесткий ответ.",
     ("ARM", "AZE", "ACCUSE"), ("ARM", "AZE", "THREATEN")),
])
def test_the_second_act_takes_the_party_the_verdict_judged(lang: str, text: str, verdict: tuple[str, str, str],
                                                           second: tuple[str, str, str]) -> None:
    keys = _keys(text, lang)
    assert verdict in keys and second in keys


@pytest.mark.parametrize(("lang", "text"), [
    # an appeal that names no one asks everyone, not the judged party
    ("ru", "Оман осудил удары США и призвал к деэскалации."),
    ("en", "Ghana condemned the shelling by Togo and called for restraint."),
])
def test_an_appeal_to_everyone_takes_no_party(lang: str, text: str) -> None:
    assert not any(t == "REQUEST" for _s, _t, t in _keys(text, lang))


def test_a_verb_in_a_clause_of_its_own_is_no_coordinated_predicate() -> None:
    # "reclama" (claims) stands in a relative clause far after the "e": no demand made of the accuser
    text = ("Pekín rechazó el lunes las acusaciones de Manila e insistió en que sus guardacostas actuaron legalmente "
            "en aguas que China reclama.")
    assert not any(t == "REQUEST" for _s, _t, t in _keys(text, "es"))
