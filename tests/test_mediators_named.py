"""A state named as a go-between ("mediated by", "unter Vermittlung", "bajo los auspicios de", "при посредничестве",
"hosted by") is no side of the story: "both sides" a sentence or two later are the parties, not the mediators named
last. French had the word list since round 28's wire_fr8; these are the other four languages, with stories of our
own."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys

ON = date(2026, 5, 20)

CASES = [
    ("de", "Äthiopien und Eritrea haben unter Vermittlung Kenias und Ugandas eine Waffenruhe geschlossen. Kenia und "
           "Uganda schickten Beobachter nach Asmara. Frankreich rief beide Seiten auf, die Waffenruhe einzuhalten.",
     "FRA", {"ETH", "ERI"}, {"KEN", "UGA"}),
    ("de", "Serbien und Kosovo haben in Brüssel verhandelt, Gastgeber Belgien und die Niederlande. Belgien und die "
           "Niederlande lobten das Klima der Gespräche. Deutschland forderte beide Seiten auf, die Vereinbarung "
           "umzusetzen.", "DEU", {"SRB", "XKX"}, {"BEL", "NLD"}),
    ("en", "Ethiopia and Eritrea agreed a truce mediated by Kenya and Uganda. Kenya and Uganda sent observers to "
           "Asmara. France urged both sides to respect the truce.", "FRA", {"ETH", "ERI"}, {"KEN", "UGA"}),
    ("en", "Sudan and Chad resumed talks hosted by Egypt and Saudi Arabia. Egypt and Saudi Arabia praised the mood. "
           "Britain urged both sides to keep the truce.", "GBR", {"SDN", "TCD"}, {"EGY", "SAU"}),
    ("es", "Etiopía y Eritrea acordaron una tregua con la mediación de Kenia y Uganda. Kenia y Uganda enviaron "
           "observadores a Asmara. Francia instó a ambas partes a respetar la tregua.", "FRA", {"ETH", "ERI"},
     {"KEN", "UGA"}),
    ("es", "Perú y Ecuador reanudaron el diálogo bajo los auspicios de Brasil y Chile. Brasil y Chile elogiaron el "
           "clima. España instó a ambas partes a mantener la tregua.", "ESP", {"PER", "ECU"}, {"BRA", "CHL"}),
    ("ru", "Эфиопия и Эритрея заключили перемирие при посредничестве Кении и Уганды. Кения и Уганда направили "
           "наблюдателей в Асмэру. Франция призвала обе стороны соблюдать перемирие.", "FRA", {"ETH", "ERI"},
     {"KEN", "UGA"}),
    ("ru", "Армения и Азербайджан возобновили переговоры под эгидой Казахстана и Киргизии. Казахстан и Киргизия "
           "приветствовали атмосферу встречи. Франция призвала обе стороны соблюдать договоренности.", "FRA",
     {"ARM", "AZE"}, {"KAZ", "KGZ"}),
]


@pytest.mark.parametrize(("lang", "text", "caller", "sides", "mediators"), CASES)
def test_both_sides_are_never_the_mediators(lang: str, text: str, caller: str, sides: set[str],
                                            mediators: set[str]) -> None:
    addressed = {k[1] for k in country_keys(text, lang, published=ON) if k[0] == caller and k[2] == "REQUEST"}
    assert addressed == sides, addressed
    assert not addressed & mediators
