"""Round 46 (source46): a source named elsewhere in the article.

- A body word alone ("the government", "la Cancillería", "das Außenministerium", "министерство") after a sentence in
  which a state acted on another state's envoy or embassy is the acting state's body, not the envoy's state
  (actors/reference/roles.py, `_acting_subject`).
- "They", "the ministers", "die Minister", "los cancilleres" after a sentence in which two office holders met, each
  named by office and state ("the Argentine foreign minister met his Brazilian counterpart"), stand for the two
  (actors/reference/in_office.py `person_in_office`, counted.py `they_reference`).

Sentences of our own, several phrasings and languages each."""

from __future__ import annotations

import pytest

from extracted import extraction, facts


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Mali expelled the Swedish ambassador on Tuesday after remarks by a Swedish minister. The government "
           "accused Stockholm of interference.", ("MLI", "SWE", "ACCUSE", False)),
    ("es", "Malí expulsó al embajador de Suecia tras unas declaraciones de la ministra sueca. El Gobierno acusó a "
           "Estocolmo de injerencia.", ("MLI", "SWE", "ACCUSE", False)),
    ("fr", "Le Maroc a convoqué le chargé d'affaires algérien après les propos du ministre algérien. Le ministère a "
           "exigé d'Alger des excuses publiques.", ("MAR", "DZA", "REQUEST", False)),
    ("de", "Marokko bestellte den algerischen Geschäftsträger ein. Das Außenministerium forderte von Algier eine "
           "Entschuldigung.", ("MAR", "DZA", "REQUEST", False)),
    ("en", "Morocco summoned Algeria's chargé d'affaires over the minister's remarks. The foreign ministry demanded "
           "a public apology from Algiers.", ("MAR", "DZA", "REQUEST", False)),
])
def test_a_body_word_after_an_act_on_an_envoy_is_the_acting_state(lang: str, text: str, key: tuple) -> None:
    assert key in facts(text, lang)


@pytest.mark.parametrize(("lang", "text", "owner"), [
    ("ru", "Молдавия выслала трех сотрудников посольства России. Министерство иностранных дел обвинило Москву во "
           "вмешательстве.", "MDAGOV"),
    ("es", "Malí expulsó al embajador de Suecia. El Gobierno acusó a Estocolmo de injerencia.", "MLIGOV"),
])
def test_the_body_word_is_read_as_the_acting_states(lang: str, text: str, owner: str) -> None:
    bodies = [m.code for m in extraction(text, lang).actors[1] if m.kind == "reference"]
    assert bodies == [owner]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Argentine foreign minister met his Brazilian counterpart in Brasilia. They signed an agreement."),
    ("en", "The Argentine foreign minister met his Brazilian counterpart in Brasilia. The ministers signed an "
           "agreement."),
    ("en", "Xi received Modi in Beijing. They signed an agreement."),
    ("de", "Der argentinische Außenminister traf seinen brasilianischen Amtskollegen in Brasília. Die Minister "
           "unterzeichneten ein Abkommen."),
    ("es", "El canciller argentino se reunió en Brasilia con su homólogo brasileño. Los cancilleres firmaron un "
           "acuerdo."),
    ("ru", "Министр иностранных дел Аргентины встретился с бразильским коллегой в Бразилиа. Министры подписали "
           "соглашение."),
])
def test_office_holders_who_met_are_they_and_the_ministers(lang: str, text: str) -> None:
    signed = {k for k in facts(text, lang) if k[2] == "AGREE"}
    assert {frozenset(k[:2]) for k in signed} == ({frozenset({"ARG", "BRA"})} if "Xi" not in text
                                                  else {frozenset({"CHN", "IND"})})


def test_one_office_holder_and_a_state_named_plainly_made_no_meeting() -> None:
    """ "The Argentine foreign minister criticised Brazil. They ...": a state named by its name alone may be the one
    talked about; "they" stands for no pair that met."""
    keys = facts("The Argentine foreign minister criticised Brazil over the tariffs. They signed an agreement.", "en")
    assert not any(k[2] == "AGREE" and {k[0], k[1]} == {"ARG", "BRA"} for k in keys)


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("ru", "Литва закрыла во вторник все пункты пропуска на границе с Белоруссией. Премьер-министр Инга Ругинене "
           "назвала произошедшее гибридной атакой Минска.", ("LTU", "BLR", "ACCUSE", False)),
    ("en", "China summoned the Japanese ambassador. Vice minister Sun Weidong urged Japan to retract the remarks.",
     ("CHN", "JPN", "REQUEST", False)),
    ("de", "Peru hat die diplomatischen Beziehungen zu Mexiko abgebrochen. Außenminister Hugo Foosela warf Mexiko "
           "Einmischung vor.", ("PER", "MEX", "ACCUSE", False)),
    ("es", "Lituania cerró su frontera con Bielorrusia. La primera ministra Inga Foonene acusó a Minsk de un ataque "
           "híbrido.", ("LTU", "BLR", "ACCUSE", False)),
])
def test_an_official_the_dictionary_lacks_is_of_the_state_that_acted_before(lang: str, text: str, key: tuple) -> None:
    """A role word and a name the dictionary lacks, after a sentence that named two states: the one the official's
    sentence acts on is not theirs, the one that opened the sentence before is."""
    assert key in facts(text, lang)


def test_an_official_who_names_the_opening_state_is_not_given_the_other() -> None:
    """ "Lithuania closed its border with Belarus. Prime Minister Foo said Lithuania ...": Belarus is left, but it
    did not open the sentence before; the official stays unknown rather than Belarus's."""
    text = "Lithuania closed its border with Belarus. Prime Minister Inga Foo said Lithuania would keep it closed."
    assert not any(m.country == "BLR" for m in extraction(text, "en").actors[1] if m.kind == "reference")


@pytest.mark.parametrize(("lang", "text", "target"), [
    ("es", "Malí, Burkina Faso y Níger condenaron a Francia. Además, acusaron a Argelia de injerencia.", "DZA"),
    ("es", "Malí, Burkina Faso y Níger condenaron a Francia. Abandonaron la Cedeao en enero.", "ECO"),
    ("de", "Mali, Burkina Faso und Niger verurteilten Frankreich. Sie warfen Algerien Einmischung vor.", "DZA"),
    ("de", "Mali, Burkina Faso und Niger verurteilten Frankreich. Zudem warfen sie Algerien Einmischung vor.", "DZA"),
    ("de", "Mali, Burkina Faso und Niger verurteilten Frankreich. Im Januar waren sie aus der Ecowas ausgetreten.",
     "ECO"),
])
def test_a_plural_verb_makes_the_pronoun_every_subject_of_the_lead_act(lang: str, text: str, target: str) -> None:
    """A dropped subject or "sie" next to a verb in the third person plural stands for each of the three."""
    sources = {k[0] for k in facts(text, lang) if k[1] == target}
    assert sources == {"MLI", "BFA", "NER"}


@pytest.mark.parametrize(("lang", "text", "target"), [
    ("de", "Mali, Burkina Faso und Niger verurteilten Frankreich. Danach warf sie Algerien Einmischung vor.", "DZA"),
    ("es", "Colombia y Ecuador condenaron a Venezuela. Después, acusó a Brasil de injerencia.", "BRA"),
])
def test_a_singular_verb_keeps_one_source(lang: str, text: str, target: str) -> None:
    """ "Sie warf" is hers: one source, not every state the sentence before named."""
    assert len({k[0] for k in facts(text, lang) if k[1] == target and k[2] == "ACCUSE"}) <= 1
