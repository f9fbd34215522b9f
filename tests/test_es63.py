"""What the first Spanish set of round 63 (eval/gold/fresh63a_es.jsonl), round 62's leftovers and the other studied
Spanish sets showed the coder reading wrongly: a minister or ministry named by a portfolio the role list lacked, and
"Santiago" alone as Chile's capital. Each is a way Spanish names a party, tested with sentences written for this file,
not taken from any set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys, events_of

ON = date(2026, 5, 12)


@pytest.mark.parametrize(("text", "source"), [
    ("El ministro del Interior uruguayo viajó a Asunción. La ministra de Seguridad argentina, Ana Ruiz, criticó "
     "después a Brasil.", "ARGGOV"),
    ("El ministro de Salud peruano criticó a Bolivia por el cierre de la frontera.", "PERGOV"),
    ("El Ministerio de Agricultura chileno criticó a Argentina por el veto a la fruta.", "CHLGOV"),
    ("El ministro de Comercio Exterior costarricense criticó a Panamá por los aranceles.", "CRIGOV"),
    ("La ministra de Economía española criticó a Marruecos por el cierre de la aduana.", "ESPGOV"),
])
def test_a_minister_named_by_portfolio_takes_the_demonym_after_it(text: str, source: str) -> None:
    """"La ministra de Seguridad argentina" after "El ministro del Interior paraguayo" (fresh62a-es-001), "el
    Ministerio de Agricultura brasileño" (fresh57a-es-003, fresh60a-es-003), "el ministro de Comercio Exterior
    costarricense" (fresh63a-es-004): with the portfolio in the role list the demonym after it names the minister's
    state, the government, not the state of the last minister named or the bare country."""
    sources = {e.source for e in events_of(text, "es", ON) if e.plover == "ACCUSE"}
    assert source in sources, sources


@pytest.mark.parametrize(("text", "key"), [
    ("Bolivia calificó el cierre de «unilateral» y pidió a Santiago que reabra el paso de inmediato.",
     ("BOL", "CHL", "REQUEST")),
    ("La Cancillería peruana envió una nota de protesta a Santiago por el acuerdo portuario.",
     ("PER", "CHL", "ACCUSE")),
    ("Argentina exigió a Santiago el retiro inmediato de las boyas instaladas en el canal.", ("ARG", "CHL", "REQUEST")),
])
def test_santiago_alone_is_chiles_capital(text: str, key: tuple) -> None:
    """"pidió a Santiago que reabra el paso" (fresh63a-es-002), "envió una nota de protesta a Santiago y a Lima"
    (fresh56a-es-004), "exigió a Santiago el retiro" (wire-es9-001): Spanish names Chile's government by "Santiago"
    alone, as it names Peru's by "Lima"; only "Santiago de Chile" was listed."""
    assert key in country_keys(text, "es", published=ON)


@pytest.mark.parametrize(("text", "wrong"), [
    ("El presidente paraguayo, Santiago Peña, criticó a Bolivia por el cierre.", "CHL"),
    ("Cuba acusó a Estados Unidos en Santiago de Cuba de financiar a la oposición.", "CHL"),
    ("España criticó a Marruecos en una reunión celebrada en Santiago de Compostela.", "CHL"),
])
def test_santiago_in_a_name_is_no_chile(text: str, wrong: str) -> None:
    """"Santiago Peña", "Santiago de Cuba", "Santiago de Compostela": a first name before a surname and a city whose
    name goes on are no Chile."""
    found = country_keys(text, "es", published=ON)
    assert not {k for k in found if wrong in (k[0], k[1])}, found
    assert found, found
