"""Round 47's settled conventions (docs/progress.md "conventions settled", eval/gold/README.md "Conventions").

The UN Security Council is coded as the UN, as the UN's other organs and forces are: the benchmark's study gold writes
UN for the Council and for UN sanctions, EVAL.md's list of the organisations the gold uses names the UN and not the
Council. A body word written with a capital before "of/de" ("l'Organisation de l'unité africaine") heads a name of its
own: no reference to the organisation named before (with the Council now the UN, "l'Organisation" of an unknown name
had read as the UN). Sentences are our own."""

from __future__ import annotations

import pytest

from extracted import facts  # (country codes: the first three letters, "NAT" for NATO, "UNS" for UNSC)


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "Pakistan urged the Security Council to act against India.", ("PAK", "UN", "REQUEST", False)),
    ("en", "Ghana asked the UN Security Council to condemn the coup in Mali.", ("GHA", "UN", "REQUEST", False)),
    ("de", "Rumänien rief den UN-Sicherheitsrat zum Handeln auf.", ("ROU", "UN", "REQUEST", False)),
    ("de", "Der Sicherheitsrat forderte Israel zu einer Waffenruhe auf.", ("UN", "ISR", "REQUEST", False)),
    ("fr", "Le Maroc a appelé le Conseil de sécurité à agir.", ("MAR", "UN", "REQUEST", False)),
    ("es", "Guyana pidió al Consejo de Seguridad que condenara a Venezuela.", ("GUY", "UN", "REQUEST", False)),
    ("ru", "Сербия обратилась к Совбезу ООН с просьбой о помощи.", ("SRB", "UN", "REQUEST", False)),
    ("ru", "Грузия призвала Совет Безопасности ООН осудить Россию.", ("GEO", "UN", "REQUEST", False)),
])
def test_the_security_council_is_coded_as_the_un(lang: str, text: str, fact: tuple) -> None:
    found = facts(text, lang)
    assert fact in found and not any("UNS" in (f[0], f[1]) for f in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "L'Algérie a siégé au Conseil de sécurité de l'ONU. Le Maroc, qui avait quitté l'Organisation de l'unité "
           "africaine en 1984, a réintégré l'Union africaine en 2017."),
    ("en", "Algeria sat on the UN Security Council until 2025. Morocco, which left the Organisation of African Unity "
           "in 1984, rejoined the African Union in 2017."),
    ("es", "Argelia ocupó un asiento en el Consejo de Seguridad de la ONU. Marruecos, que abandonó la Organización de "
           "la Unidad Africana en 1984, volvió a la Unión Africana en 2017."),
])
def test_a_capitalised_body_word_before_its_own_phrase_is_a_name(lang: str, text: str) -> None:
    assert not any(f[1] == "UN" for f in facts(text, lang)), facts(text, lang)


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("fr", "Le Mali a critiqué l'ONU. Le Niger a quitté l'organisation la semaine dernière.",
     ("NER", "UN", "SANCTION", False)),
    ("fr", "La Pologne a salué l'Otan. La Lettonie a demandé à l'Alliance de renforcer sa présence en mer Baltique.",
     ("LVA", "NAT", "REQUEST", False)),  # "de" before an infinitive opens no name
])
def test_a_body_word_with_no_name_of_its_own_refers_back(lang: str, text: str, fact: tuple) -> None:
    assert fact in facts(text, lang), facts(text, lang)
