"""Infinitives told by their endings, where no parse says a word is a verb. A Romance infinitive: "pidió a otros
países seguir su ejemplo", "acusaron a la junta de haber violado", "al firmar el acuerdo": one test for the three
readers that need it (events/roles: the end of an appeal's addressee phrase; events/topics: "al" before an infinitive,
no act noun; actors/reference/roles: "de" before an infinitive, no owner), each with its own guards. The endings of
German and French infinitives, each written once for the readers of its language."""

from __future__ import annotations

from typing import Final

#: the infinitive endings of Spanish ("firmar", "atender", "recurrir"), which French verbs in "-er" and "-ir" share
#: ("appuyer", "agir"): what a stage without a grammar reads (the actors stage); the event stage reads the
#: language's own, `Grammar.infinitive_endings` (data/rules/es.yaml)
ROMANCE_INFINITIVE_ENDINGS: Final = ("ar", "er", "ir")


#: German infinitives: "drohen", "ändern", "handeln" (a lemma, `Grammar.verb_word`; "auszuliefern", a "zu" inside)
GERMAN_INFINITIVE_ENDINGS: Final = ("en", "ern", "eln")
#: French infinitives: "condamner", "agir", "détruire" (events/roles_speech: no finite verb after "ce que", which the
#: Spanish rules' inversion openers read as well; events/roles_objects: a verb, not a noun, after an elided pronoun)
FRENCH_INFINITIVE_ENDINGS: Final = ("er", "ir", "re")


def infinitive_form(word: str, endings: tuple[str, ...] = ROMANCE_INFINITIVE_ENDINGS) -> bool:
    """Whether `word` (a word as written or a lemma) reads as an infinitive: lower-case letters only, ending in one
    of `endings` ("seguir", "haber"; not "Bolívar", "G20", "mayoría"). The callers' own guards say where that is
    enough (a word long enough, a word after "de" or "al", a word past the addressee's first two)."""
    return word.isalpha() and word.islower() and word.endswith(endings)
