"""An agreement or a promise to restore relations is the agreement (or the promise), not yet the restoration (round 59,
second59; eval/gold/README.md, "An agreement to restore relations is the agreement, not yet the restoration"). What an
agreement or a promise provides is its content, still to be done: the two states' AGREE is the fact, the restored ties
(SUPPORT 054 each way) are not, until the text tells them restored. The English and Russian plan cues ("agree",
"договориться") already read it so; relations restored (054) under a commitment word, or under the French and German
words of agreeing (the grammar's `agreed`: "convenu de", "d'accord pour", "vereinbart", "verständigt"), are now a
promised plan in every language (events/modality._PROMISED_CODES). Sentences of our own."""

from __future__ import annotations

import pytest

from extracted import facts, read_as


@pytest.mark.parametrize(("text", "lang", "agreement", "restored"), [
    ("Le Gabon et la Guinée équatoriale ont convenu de rétablir leurs relations diplomatiques.", "fr",
     ("GAB", "GNQ", "AGREE", False), ("GAB", "GNQ", "SUPPORT", False)),
    ("Le Tchad et le Soudan se sont mis d'accord pour rouvrir leurs ambassades.", "fr",
     ("TCD", "SDN", "AGREE", False), ("SDN", "TCD", "SUPPORT", False)),
    ("Le Bénin et le Niger se sont mises d'accord pour rétablir leurs relations.", "fr",
     ("BEN", "NER", "AGREE", False), ("BEN", "NER", "SUPPORT", False)),
    ("Guatemala y Belice acordaron restablecer sus relaciones consulares.", "es",
     ("GTM", "BLZ", "AGREE", False), ("GTM", "BLZ", "SUPPORT", False)),
    ("Somalia and Kenya agreed to restore diplomatic ties.", "en",
     ("SOM", "KEN", "AGREE", False), ("KEN", "SOM", "SUPPORT", False)),
    ("Грузия и Россия договорились восстановить дипломатические отношения.", "ru",
     ("GEO", "RUS", "AGREE", False), ("GEO", "RUS", "SUPPORT", False)),
    ("Armenien und Aserbaidschan hatten sich auf einen Fahrplan zur Normalisierung ihrer Beziehungen verständigt.",
     "de", ("ARM", "AZE", "AGREE", False), ("AZE", "ARM", "SUPPORT", False)),
])
def test_an_agreement_to_restore_relations_is_the_agreement(text: str, lang: str, agreement: tuple,
                                                             restored: tuple) -> None:
    read_as(facts(text, lang), agreement, restored)


@pytest.mark.parametrize(("text", "lang", "promise", "restored"), [
    ("Le président élu du Paraguay a promis de rétablir des relations avec le Venezuela.", "fr",
     ("PRY", "VEN", "AGREE", False), ("PRY", "VEN", "SUPPORT", False)),
    ("El nuevo Gobierno de Guatemala prometió restablecer las relaciones diplomáticas con Taiwán.", "es",
     ("GTM", "TWN", "AGREE", False), ("GTM", "TWN", "SUPPORT", False)),
])
def test_a_promise_to_restore_relations_is_the_promise(text: str, lang: str, promise: tuple, restored: tuple) -> None:
    read_as(facts(text, lang), promise, restored)


@pytest.mark.parametrize(("text", "lang", "restored"), [
    ("Le Gabon et la Guinée équatoriale ont rétabli leurs relations diplomatiques.", "fr",
     ("GAB", "GNQ", "SUPPORT", False)),
    ("Guatemala y Belice restablecieron sus relaciones consulares.", "es", ("BLZ", "GTM", "SUPPORT", False)),
    ("Somalia and Kenya restored diplomatic ties.", "en", ("SOM", "KEN", "SUPPORT", False)),
    ("Armenien und Aserbaidschan haben ihre diplomatischen Beziehungen wiederhergestellt.", "de",
     ("ARM", "AZE", "SUPPORT", False)),
])
def test_relations_told_restored_are_the_restoration(text: str, lang: str, restored: tuple) -> None:
    read_as(facts(text, lang), restored)


@pytest.mark.parametrize(("text", "lang", "kept"), [
    # the French and German words of agreeing commit to relations restored only: the patrols and the exchange agreed
    # stay the acts the French gold codes, the summit of an agreement was held
    ("Le Mali et le Niger ont convenu de renforcer leurs patrouilles conjointes le long de la frontière.", "fr",
     ("MLI", "NER", "COOPERATE", False)),
    ("La Russie et l'Ukraine sont convenues d'échanger des prisonniers de guerre.", "fr",
     ("RUS", "UKR", "RETREAT", False)),
    ("Spanien und Portugal haben bei einem Gipfeltreffen in Huelva vereinbart, ihre Stromnetze besser zu verbinden.",
     "de", ("ESP", "PRT", "CONSULT", False)),
])
def test_other_acts_agreed_keep_their_reading(text: str, lang: str, kept: tuple) -> None:
    read_as(facts(text, lang), kept)
