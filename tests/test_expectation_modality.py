"""An expected act is a plan, not an event that happened (EVAL.md: planned events are not annotated): "Se espera
que ... firmen", "are expected to sign", "es wird erwartet, dass", "on s'attend à ce que", "ожидается, что". Whole
pipeline, own sentences; the act told as done beside each keeps being asserted."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import extraction


def _found(text: str, lang: str):
    return extraction(text, lang, date(2025, 6, 4))


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Se espera que Chile y Perú firmen el acuerdo pesquero el lunes."),
    ("es", "Se esperaba que Chile y Perú firmaran el acuerdo pesquero esta semana."),
    ("en", "Chile and Peru are expected to sign the fisheries agreement on Monday."),
    ("en", "Chile and Peru are set to sign a fisheries agreement next week."),
    ("de", "Es wird erwartet, dass Chile und Peru das Fischereiabkommen am Montag unterzeichnen."),
    ("de", "Chile und Peru sollen das Fischereiabkommen am Montag unterzeichnen."),
    ("fr", "On s'attend à ce que le Chili et le Pérou signent l'accord de pêche lundi."),
    ("fr", "Le Chili et le Pérou devraient signer l'accord de pêche lundi."),
    ("ru", "Ожидается, что Чили и Перу подпишут соглашение о рыболовстве в понедельник."),
])
def test_an_expected_signing_is_a_plan(lang: str, text: str) -> None:
    found = _found(text, lang)
    signings = [e for e in found.events if e.plover == "AGREE"]
    assert signings and all(e.modality == "plan" for e in signings), [(e.cameo, e.modality) for e in found.events]
    # the relation reader asks the same question: no treaty signed yet
    assert not any(r.to_json()["status"] == "signed" for r in found.relations), [r.to_json() for r in found.relations]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Chile y Perú firmaron el acuerdo pesquero el lunes."),
    ("en", "Chile and Peru signed the fisheries agreement on Monday."),
    ("de", "Chile und Peru haben das Fischereiabkommen am Montag unterzeichnet."),
    ("fr", "Le Chili et le Pérou ont signé l'accord de pêche lundi."),
    ("ru", "Чили и Перу подписали соглашение о рыболовстве в понедельник."),
])
def test_the_signing_told_as_done_is_asserted(lang: str, text: str) -> None:
    found = _found(text, lang)
    assert any(e.plover == "AGREE" and e.modality == "asserted" for e in found.events), \
        [(e.cameo, e.modality) for e in found.events]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Se espera que Rusia imponga sanciones a Letonia."),
    ("en", "Russia is expected to impose sanctions on Latvia."),
    ("de", "Es wird erwartet, dass Russland Sanktionen gegen Lettland verhängt."),
    ("fr", "On s'attend à ce que la Russie impose des sanctions à la Lettonie."),
    ("ru", "Ожидается, что Россия введёт санкции против Латвии."),
])
def test_an_expected_hostile_act_is_a_plan(lang: str, text: str) -> None:
    events = _found(text, lang).events
    assert events and all(e.modality == "plan" for e in events), [(e.cameo, e.modality) for e in events]
