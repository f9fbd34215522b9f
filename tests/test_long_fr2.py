"""What the second long-form French set (eval/gold/long_fr2.jsonl: analysis pieces on a state visit to Hanoi, Chad
between Sudan's war parties, the Niger–Benin quarrel, Togo and the Sahel alliance, Mauritania between its
neighbours, the tariffs seen from Quebec) showed the coder printing wrongly. Each fix is a way the languages say
things, tested with sentences written for this file, not taken from the set."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import country_keys

ON = date(2025, 5, 12)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La Pologne s'est engagée à déployer des troupes à la frontière avec la Biélorussie."),
    ("en", "Poland pledged to deploy troops on the border with Belarus."),
    ("es", "Polonia se comprometió a desplegar tropas en la frontera con Bielorrusia."),
    ("de", "Polen hat zugesagt, mehr Soldaten an die Grenze zu Belarus zu verlegen."),
    ("ru", "Польша пообещала развернуть войска у границы с Беларусью."),
])
def test_a_promised_deployment_is_no_deployment(lang: str, text: str) -> None:
    """"s'est engagée à déployer des troupes": the promise is made, the troops are not yet sent; the mobilisation
    was printed as done."""
    found = country_keys(text, lang, published=ON, factual_only=True)
    assert not any(kind == "MOBILIZE" for _, _, kind in found), found


def test_a_deployment_done_stays_one() -> None:
    """The negative: a border reinforced is a mobilisation done."""
    assert ("POL", "BLR", "MOBILIZE") in country_keys("La Pologne a renforcé la frontière avec la Biélorussie.", "fr",
                                                      published=ON, factual_only=True)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le Conseil de sécurité et de défense soudanais a rompu les relations avec les Émirats arabes unis, qu'il "
           "accuse d'armer les paramilitaires."),
    ("es", "El Consejo de Seguridad y Defensa de Sudán rompió relaciones con los Emiratos Árabes Unidos."),
    ("en", "The Sudanese Security and Defence Council cut ties with the United Arab Emirates."),
])
def test_a_states_security_and_defence_council_is_no_un_body(lang: str, text: str) -> None:
    """A state's own council of security and defence was read as the UN Security Council."""
    found = country_keys(text, lang, published=ON)
    assert not any("UN" in (source, target) for source, target, _ in found), found  # (the UN Council is UN)


def test_a_leaders_surname_before_more_names_is_another_persons_first_name() -> None:
    """"le Premier ministre, Ali Lamine Zeine": Guyana's president's surname opens another man's name."""
    text = "Une délégation béninoise a été reçue à Niamey par le Premier ministre, Ali Lamine Zeine."
    found = country_keys(text, "fr", published=ON)
    assert not any("GUY" in (source, target) for source, target, _ in found), found


def test_the_content_of_a_participle_demand_is_asked_not_done() -> None:
    """"a bloqué le brut, exigeant que Niamey rouvre la frontière": the reopening is what is demanded; it was
    printed as a concession of the demanding side."""
    text = "Le président béninois a bloqué le brut nigérien, exigeant que Niamey rouvre la frontière."
    found = country_keys(text, "fr", published=ON, factual_only=True)
    assert not any(kind == "CONCEDE" for _, _, kind in found), found
    assert ("BEN", "NER", "REQUEST") in found, found


def test_the_un_security_council_is_still_read() -> None:
    """The negative: the UN body named alone stays the UN's (the Council is coded UN since round 47's conventions)."""
    found = country_keys("Le Conseil de sécurité a condamné l'attaque de la Russie contre l'Ukraine.", "fr",
                         published=ON)
    assert ("UN", "RUS", "ACCUSE") in found, found


def test_the_leaders_surname_alone_is_still_read() -> None:
    """The negative: "le président Ali" with no further name is Guyana's president."""
    found = country_keys("Le président Ali a reçu le Premier ministre indien à Georgetown.", "fr", published=ON)
    assert ("GUY", "IND", "CONSULT") in found, found


def test_an_exit_from_a_bloc_is_still_one() -> None:
    """The negative of the outlet: "sa sortie de la Cédéao" leaves the bloc."""
    found = country_keys("Le Burkina Faso a annoncé sa sortie de la Cédéao.", "fr", published=ON)
    assert ("BFA", "ECO", "SANCTION") in found, found  # (codes cut to three letters)


def test_a_port_as_the_outlet_of_goods_is_no_exit() -> None:
    """"la principale porte de sortie des marchandises burkinabè": an outlet for goods was read as Togo leaving
    Burkina Faso and Niger."""
    text = "Le port de Lomé est devenu la principale porte de sortie des marchandises burkinabè et nigériennes."
    assert not any(kind == "SANCTION" for _, _, kind in country_keys(text, "fr", published=ON))
