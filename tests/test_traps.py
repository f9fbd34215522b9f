"""What the traps sets (eval/gold/traps_*.jsonl) showed the coder printing that is not there: demands only
supposed, threats an agreement rules out, praise of a meeting, a currency that rises, a state in a street's or a
party's name, a refusal to comment. Each fix with sentences of every language it concerns (written for this
file), and the true fact beside the trap where one is near."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from extracted import facts

_events = partial(facts, published=date(2026, 11, 20))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The United Nations could launch an appeal to Haiti if the floods get worse."),
    ("en", "Norway might urge Sudan to open the border."),
    ("es", "La ONU podría lanzar un llamamiento a Cuba si los daños son graves."),
    ("fr", "L'ONU pourrait appeler le Niger à libérer les détenus."),
    ("de", "Die EU könnte Serbien auffordern, die Grenze zu öffnen."),
    ("ru", "ООН может призвать Судан открыть границу."),
])
def test_a_demand_only_supposed_is_no_request(lang: str, text: str) -> None:
    assert not any(e[2] == "REQUEST" for e in _events(text, lang)), _events(text, lang)


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "Norway urged Sudan to open the border.", ("NOR", "SDN")),
    ("es", "La ONU pidió a Cuba que libere a los presos.", ("UN", "CUB")),
    ("de", "Die EU forderte Serbien auf, die Grenze zu öffnen.", ("EU", "SRB")),
])
def test_a_demand_told_as_made_stays(lang: str, text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "REQUEST", False) in _events(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Peru and Ecuador agreed that they will not threaten each other or resort to force."),
    ("es", "Los presidentes de Perú y de Ecuador acordaron no amenazarse ni usar la fuerza."),
])
def test_an_agreement_not_to_threaten_is_no_negated_threat(lang: str, text: str) -> None:
    events = _events(text, lang)
    assert not any(e[2] == "THREATEN" for e in events), events
    assert any(e[2] == "AGREE" for e in events), events


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "A Houthi spokesman said the group would retaliate against the United States.", ("YEM", "USA")),
    ("en", "Iran vowed to retaliate against Israel.", ("IRN", "ISR")),
])
def test_a_threat_keeps_its_own_modal_verbs(lang: str, text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "THREATEN", False) in _events(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El canciller de Uruguay calificó el encuentro con Chile de muy positivo."),
    ("es", "Bolivia calificó de excelente la conversación con Perú."),
    ("fr", "Le ministre belge a qualifié l'entretien avec le Luxembourg d'excellent."),
])
def test_a_meeting_judged_good_praises_no_one(lang: str, text: str) -> None:
    assert not any(e[2] == "SUPPORT" for e in _events(text, lang)), _events(text, lang)


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("es", "Bolivia calificó de excelente la propuesta de Perú.", ("BOL", "PER")),
    ("es", "China calificó de provocación la reunión de Taiwán con Japón.", ("CHN", "TWN")),
    ("fr", "Le Liban a remercié la France pour son aide.", ("LBN", "FRA")),
])
def test_praise_and_criticism_of_an_actor_stay(lang: str, text: str, pair: tuple[str, str]) -> None:
    assert any(e[:2] == pair and e[2] in ("SUPPORT", "ACCUSE") for e in _events(text, lang)), _events(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El Banco de México mantuvo los tipos y el peso se apreció frente al dólar estadounidense."),
    ("fr", "La Banque du Japon a maintenu ses taux et le yen s'est apprécié face au dollar américain."),
])
def test_a_currency_that_rises_praises_no_one(lang: str, text: str) -> None:
    assert not _events(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chile criticised Peru. The Bolivian government refused to comment."),
    ("en", "Chile criticised Peru. Bolivia declined to comment on the Chilean statement."),
    ("fr", "Le Chili a critiqué le Pérou. Le gouvernement bolivien s'est refusé à tout commentaire."),
    ("es", "Chile criticó a Perú. El Gobierno boliviano se negó a hacer comentarios."),
    ("de", "Chile kritisierte Peru. Die bolivianische Regierung lehnte eine Stellungnahme ab."),
    ("ru", "Чили раскритиковала Перу. Правительство Боливии отказалось от комментариев."),
])
def test_refusing_to_comment_rejects_no_one(lang: str, text: str) -> None:
    events = _events(text, lang)
    assert not any(e[2] == "REJECT" for e in events), events
    assert ("CHL", "PER", "ACCUSE", False) in events
