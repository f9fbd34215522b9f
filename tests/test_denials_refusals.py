"""Round 35 (issue 10, precision): a refusal told after a time adverb or with a verb in -ern/-eln is still a refusal
whose act did not happen; a denial's helped state is no addressee of the denial; a warning verb whose "de" is the
speaker's title accuses no one. Sentences of our own, in the form tests/constructions.py checks (required keys,
allowed keys, nothing else shown); the negative cases keep what must stay: the accuser of a denied charge, a warning
about a named act, a refusal's own REJECT."""

from __future__ import annotations

import pytest
from tests.constructions import _keys, check

CASES = [
    # a refusal whose infinitive ends in -ern/-eln after an article ("den"): REJECT, the act refused negated (EVAL.md),
    # never affirmative
    ("de", "Die Türkei weigert sich bislang, den Journalisten an Schweden auszuliefern.",
     "TUR SWE REJECT", "TUR SWE COOPERATE neg"),
    ("de", "Polen hat sich bisher geweigert, den Gefangenen an Belarus auszuliefern.",
     "POL BLR REJECT", "POL BLR COOPERATE neg"),
    # so too a Spanish refusal whose "a" stands after a time adverb
    ("es", "Paraguay se ha negado hasta ahora a extraditar al exministro a Bolivia.",
     "PRY BOL REJECT", "PRY BOL COOPERATE neg"),
    ("es", "Chile se negó el martes a extraditar al empresario a Perú.", "CHL PER REJECT", "CHL PER COOPERATE neg"),
    ("en", "Paraguay has so far refused to extradite the former minister to Bolivia.",
     "PRY BOL REJECT", "PRY BOL COOPERATE neg"),
    ("fr", "Le Paraguay refuse jusqu'à présent d'extrader l'ancien ministre vers la Bolivie.",
     "PRY BOL REJECT", "PRY BOL COOPERATE neg"),
    ("ru", "Парагвай до сих пор отказывается выдать бывшего министра Боливии.", "PRY BOL REJECT", ""),
    # a denied act of one's own is no fact, and the state it would have helped made no claim (German names it before
    # the help's verb, after the denial's comma)
    ("de", "Peking hat stets bestritten, Moskau mit Waffen zu versorgen.", "-", ""),
    ("en", "North Korea denied sending troops to Russia.", "-", ""),
    ("es", "Corea del Norte negó haber enviado tropas a Rusia.", "-", ""),
    # negative: not denying is no confirmation either
    ("en", "China did not deny sending weapons to Russia.", "-", ""),
    ("es", "China no negó haber suministrado armas a Rusia.", "-", ""),
    ("fr", "La Chine n'a pas nié avoir livré des armes à la Russie.", "-", ""),
    # negative: an accusation denied by the accused answers the accuser
    ("de", "Peking wies die Vorwürfe Polens zurück, Moskau mit Waffen zu versorgen.", "CHN POL REJECT",
     "POL CHN ACCUSE"),
    ("es", "Rusia negó las acusaciones de Polonia.", "RUS POL REJECT", ""),
    ("ru", "Россия отвергла обвинения Польши.", "RUS POL REJECT", ""),
    # a speaker after the clause: the "de" of the title is no object of the warning
    ("es", "Haití acusó a República Dominicana de maltratar a los migrantes. Si la violencia sigue avanzando, el "
           "Gobierno dominicano cerrará la frontera, advirtió el ministro de Defensa.",
     "HTI DOM ACCUSE", "DOM HTI THREATEN"),
    ("es", "Las sanciones no cambiarán nada, advirtió el ministro de Exteriores de Rusia.", "-", ""),
    # open: the gap of "advertir ... de" still reaches the "de" of a noun further on (a warning of one's own next step
    # read as an accusation); closing the gap turned such warnings into threats the study split does not code
    pytest.param("es", "Turquía advirtió que vetará la entrada de buques de guerra de Rusia en el estrecho.",
                 "TUR RUS THREATEN", "TUR RUS SANCTION",
                 marks=pytest.mark.xfail(reason="construction not read yet", strict=False)),
    # negative: a warning about another's act still judges it
    ("es", "Rusia advirtió de la injerencia de Estados Unidos en Venezuela.", "RUS USA ACCUSE", ""),
]


@pytest.mark.parametrize(("lang", "text", "required", "allowed"), CASES)
def test_denial_or_refusal(lang: str, text: str, required: str, allowed: str) -> None:
    check(text, lang, _keys(required), _keys(allowed))
