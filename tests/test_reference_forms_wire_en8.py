"""Reference forms and an absolute construction of wire copy (round 30, wire_en8), each with sentences of our own:
a verdict's co-subject speaking in an absolute clause after it (", with Cairo warning that ...") is no target of the
verdict; "the regional bloc", "the 27-member bloc" stand for the organisation named last as "the bloc" does; "the
three European countries" counts the latest list of three as "the three countries" does."""

from __future__ import annotations

import pytest

from extracted import country_keys


@pytest.mark.parametrize(("text", "lang", "must", "wrong"), [
    ("Russian troops shelled the town of Kupiansk on Monday. Officials said five people were killed. Poland and "
     "Lithuania condemned the attack, with Warsaw calling it a war crime.", "en",
     {("POL", "RUS", "ACCUSE"), ("LTU", "RUS", "ACCUSE")}, {("LTU", "POL", "ACCUSE")}),
    ("Moscow expelled two Estonian diplomats on Friday. The European Union and Latvia criticised the decision, with "
     "Latvian Foreign Minister Baiba Braze calling it unjustified.", "en",
     {("LVA", "RUS", "ACCUSE")}, {("EU", "LVA", "ACCUSE")}),
    ("Israeli jets struck a building in Doha on Tuesday. Officials said five people were killed. Egypt and Turkey "
     "also condemned the strike, with Cairo warning that it undermined the talks.", "en",
     {("EGY", "ISR", "ACCUSE"), ("TUR", "ISR", "ACCUSE")}, {("TUR", "EGY", "ACCUSE")}),
    ("Tropas rusas bombardearon la ciudad de Járkov el lunes. Las autoridades dijeron que murieron cinco personas. "
     "Polonia y Lituania condenaron el ataque, con Varsovia advirtiendo que se trataba de un crimen de guerra.", "es",
     {("POL", "RUS", "ACCUSE"), ("LTU", "RUS", "ACCUSE")}, {("LTU", "POL", "ACCUSE")}),
    ("Rusia expulsó a dos diplomáticos estonios el viernes. La Unión Europea y Letonia criticaron la decisión, con "
     "el canciller letón calificando la medida de injustificada.", "es",
     {("LVA", "RUS", "ACCUSE")}, {("EU", "LVA", "ACCUSE")}),
])
def test_a_speaker_of_an_absolute_clause_is_no_target_of_the_verdict_before_it(
        text: str, lang: str, must: set[tuple], wrong: set[tuple]) -> None:
    got = country_keys(text, lang, factual_only=True)
    assert must <= got, sorted(must - got)
    assert not got & wrong, sorted(got & wrong)


@pytest.mark.parametrize(("text", "lang", "key"), [
    ("ECOWAS held an emergency summit in Abuja on Thursday. In a communique, the regional bloc demanded that the "
     "junta in Niger release President Bazoum.", "en", ("ECO", "NER", "REQUEST")),
    ("The European Union adopted new measures on Monday. The 27-member bloc imposed sanctions on Belarus.", "en",
     ("EU", "BLR", "SANCTION")),
    ("Leaders of the Gulf Cooperation Council gathered in Doha on Tuesday. The six-member bloc condemned Iran's "
     "seizure of the tanker.", "en", ("GCC", "IRN", "ACCUSE")),
    ("ECOWAS leaders met in Abuja on Thursday. The West African bloc suspended Guinea from its decision-making "
     "bodies.", "en", ("ECO", "GIN", "SANCTION")),
    ("Die Ecowas hielt am Donnerstag einen Sondergipfel in Abuja ab. Das westafrikanische Bündnis verhängte "
     "Sanktionen gegen Niger.", "de", ("ECO", "NER", "SANCTION")),
])
def test_a_body_word_after_modifiers_is_the_organisation_named_last(text: str, lang: str, key: tuple) -> None:
    assert key in country_keys(text, lang, factual_only=True)


def test_a_body_word_after_a_modifier_not_listed_is_another_body() -> None:
    text = ("The European Union adopted new measures on Monday. In Budapest, the opposition alliance criticised "
            "Hungary's government.")
    assert not any(key[0] == "EU" for key in country_keys(text, "en", factual_only=True))


@pytest.mark.parametrize(("text", "lang", "must"), [
    ("Britain, France and Germany criticised Iran's nuclear programme on Monday. The talks in Vienna ended without "
     "result. Tehran recalled its ambassadors to the three European countries for consultations.", "en",
     {("IRN", "GBR", "SANCTION"), ("IRN", "FRA", "SANCTION"), ("IRN", "DEU", "SANCTION")}),
    ("Mali, Niger and Burkina Faso criticised Algeria on Monday. The talks ended without result. The three West "
     "African states recalled their ambassadors from Algiers.", "en",
     {("MLI", "DZA", "SANCTION"), ("NER", "DZA", "SANCTION"), ("BFA", "DZA", "SANCTION")}),
    ("Kenya and Uganda signed a pipeline deal on Monday. The two East African countries agreed to share the costs.",
     "en", {("KEN", "UGA", "AGREE")}),
])
def test_a_counted_reference_with_a_region_word_is_the_latest_list(text: str, lang: str, must: set[tuple]) -> None:
    got = country_keys(text, lang, factual_only=True)
    assert must <= got, sorted(must - got)


@pytest.mark.parametrize(("text", "lang"), [
    ("Pakistan and Afghanistan agreed to an immediate ceasefire on Sunday after talks mediated by Qatar and Turkey, "
     "ending a week of clashes between the two neighbours.", "en"),
    ("Le Pakistan et l'Afghanistan ont conclu un cessez-le-feu dimanche après des pourparlers sous la médiation du "
     "Qatar et de la Turquie, mettant fin à une semaine d'affrontements entre les deux voisins.", "fr"),
])
def test_the_two_neighbours_are_never_the_go_betweens(text: str, lang: str) -> None:
    got = country_keys(text, lang, factual_only=True)
    assert ("QAT", "TUR", "ASSAULT") not in got and ("TUR", "QAT", "ASSAULT") not in got, sorted(got)
    assert ("QAT", "PAK", "CONSULT") in got


@pytest.mark.parametrize(("text", "lang", "key"), [
    ("IAEA inspectors left Iran on Monday. Tehran suspended its cooperation with the agency in July.", "en",
     ("IRN", "IAE", "SANCTION")),
    ("IAEA inspectors left Iran on Monday. Tehran suspended its cooperation with the nuclear watchdog in July.", "en",
     ("IRN", "IAE", "SANCTION")),
    ("Grossi met Araghchi in Cairo on Tuesday, the IAEA said. Iran later accused the agency of bias.", "en",
     ("IRN", "IAE", "ACCUSE")),
    ("Les inspecteurs de l'AIEA ont quitté l'Iran lundi. Téhéran a suspendu sa coopération avec l'agence en "
     "juillet.", "fr", ("IRN", "IAE", "SANCTION")),
])
def test_the_agency_is_the_agency_named_last(text: str, lang: str, key: tuple) -> None:
    assert key in country_keys(text, lang, factual_only=True)


def test_the_agency_is_no_other_organisation() -> None:
    text = ("The UN Security Council met on Monday. Iran's news agency IRNA said the agency had been briefed. Iran "
            "criticised the agency.")
    assert not any("UN" in key[:2] for key in country_keys(text, "en", factual_only=True))


def test_a_counted_reference_with_a_region_word_skips_a_list_outside_the_region() -> None:
    text = ("Thailand and Cambodia agreed on Friday to a ceasefire after talks hosted by Malaysia. Washington and "
            "Beijing, which both sent observers, welcomed the agreement. The clashes, the worst between the two "
            "Southeast Asian neighbours in a decade, killed 35 people.")
    got = country_keys(text, "en", factual_only=True)
    assert not {("USA", "CHN", "ASSAULT"), ("CHN", "USA", "ASSAULT")} & got, sorted(got)
