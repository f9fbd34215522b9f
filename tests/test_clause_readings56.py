"""Russian and French clause readings the round-55 writers left (round 56, grammar56), on sentences of our own:
an adjective inside a light-verb trigger, the Russian short passive without "быть", wishes sent as congratulation,
a relative clause's own subject inside a French participle clause. Each with a phrasing the fix must leave alone."""

from __future__ import annotations

import pytest

from extracted import facts, read_as, read_as_all


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # an adjective between the verb and the noun of "выразить поддержку" leaves the name after it the verb's dative
    # (roles_marks._adjective_inside), not the noun's genitive: "Сирии", "Гайане" are no source
    ("Россия выразила полную поддержку Сирии.", ("RUS", "SYR", "SUPPORT", False), ("SYR", None, "SUPPORT", False)),
    ("Карибское сообщество выразило безоговорочную поддержку Гайане.", ("CAR", "GUY", "SUPPORT", False),
     ("GUY", None, "SUPPORT", False)),
    ("Китай выразил твёрдую поддержку Пакистану.", ("CHN", "PAK", "SUPPORT", False), None),
    # without the adjective, as before
    ("Россия выразила поддержку Сирии.", ("RUS", "SYR", "SUPPORT", False), None),
    # after a preposition the name is the noun's genitive still: the alliance's solidarity with Estonia
    ("Генсек НАТО заявил о полной солидарности альянса с Эстонией.", ("NAT", "EST", "SUPPORT", False),
     ("EST", "NAT", "SUPPORT", False)),
    # the rejection of accusations: the accuser is the target with or without an adjective
    ("Кишинёв отверг беспочвенные обвинения Москвы.", ("MDA", "RUS", "REJECT", False), ("RUS", "MDA", "REJECT", False)),
])
def test_adjective_inside_light_verb(text: str, expected: tuple | None, wrong: tuple | None) -> None:
    read_as(facts(text, "ru"), expected, wrong)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # the present passive has no "быть": the instrumental after the short participle is its agent
    ("Палестина признана Испанией.", [("ESP", "PSE", "SUPPORT", False)], [("PSE", "ESP", "SUPPORT", False)]),
    ("Палестина признана Испанией и Ирландией.", [("ESP", "PSE", "SUPPORT", False), ("IRL", "PSE", "SUPPORT", False)],
     [("PSE", "ESP", "SUPPORT", False), ("PSE", "IRL", "SUPPORT", False)]),
    # the past with "быть", as before; a name the lemmatiser does not know ("Ирландией") is an instrumental too
    ("Палестина была признана Испанией и Ирландией.",
     [("ESP", "PSE", "SUPPORT", False), ("IRL", "PSE", "SUPPORT", False)], [("PSE", "IRL", "SUPPORT", False)]),
    ("Палестина была признана Испанией.", [("ESP", "PSE", "SUPPORT", False)], [("PSE", "ESP", "SUPPORT", False)]),
    # an active present with an instrumental object is no passive ("угрожает ... санкциями")
    ("Китай угрожает Тайваню санкциями.", [("CHN", "TWN", "THREATEN", False)], [("TWN", "CHN", "THREATEN", False)]),
])
def test_short_passive_without_auxiliary(text: str, expected: list, wrong: list) -> None:
    read_as_all(facts(text, "ru"), expected, wrong)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # "adresser ses vœux (de succès) à": the wishes sent are a congratulation (SUPPORT 051, as "ses félicitations")
    ("Le Maroc a adressé ses vœux de réussite à la Mauritanie.", ("MAR", "MRT", "SUPPORT", False), None),
    ("Le Ghana et le Togo ont adressé leurs voeux de succès au président béninois.",
     ("TGO", "BEN", "SUPPORT", False), None),
    ("Le Sénégal a présenté ses vœux au nouveau président gambien.", ("SEN", "GMB", "SUPPORT", False), None),
    # the congratulation by its noun, as before
    ("Le Japon a adressé ses félicitations au Kenya.", ("JPN", "KEN", "SUPPORT", False), None),
])
def test_wishes_sent_are_congratulations(text: str, expected: tuple | None, wrong: tuple | None) -> None:
    read_as(facts(text, "fr"), expected, wrong)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # inside a participle clause (", en invoquant ...") an object relative's own subject acts, not the main clause's
    ("La France a suspendu son aide, en invoquant des violations, une décision que Bamako a qualifiée "
     "d'ingérence inacceptable.", ("MLI", "FRA", "ACCUSE", False), ("FRA", "MLI", "ACCUSE", False)),
    ("Le Maroc a rappelé son ambassadeur, en citant des propos, une mesure qu'Alger a qualifiée d'ingérence.",
     ("DZA", "MAR", "ACCUSE", False), ("MAR", "DZA", "ACCUSE", False)),
    # an act noun's object relative names its agent there too, over the subject the participle borrows
    ("La Lituanie a fermé sa frontière avec la Biélorussie, en invoquant les manœuvres militaires que la Russie "
     "a menées vendredi.", ("RUS", None, "MOBILIZE", False), ("LTU", "RUS", "MOBILIZE", False)),
    ("La Lettonie a renforcé sa frontière, en invoquant les exercices que la Russie a entamés lundi.",
     None, ("LVA", "RUS", "MOBILIZE", False)),
    # a participle clause with no relative of its own shares the main subject, as before
    ("L'Inde a salué l'accord, en appelant le Pakistan à respecter la trêve.", ("IND", "PAK", "REQUEST", False), None),
    ("La France a critiqué le Mali, tout en jugeant inacceptables les tirs qui ont visé ses soldats.",
     ("FRA", "MLI", "ACCUSE", False), None),
])
def test_relative_subject_in_participle_clause(text: str, expected: tuple | None, wrong: tuple | None) -> None:
    read_as(facts(text, "fr"), expected, wrong)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # a sanction whose clause names no one it hits hits the party the participle clause right after it accuses
    ("La France a suspendu son aide budgétaire, accusant le Mali de complicité.", ("FRA", "MLI", "SANCTION", False),
     None),
    ("Le Japon a rappelé son ambassadeur, accusant la Chine de provocation.", ("JPN", "CHN", "SANCTION", False), None),
    # a sanction with its own target keeps it: the accused is another party
    ("La France a suspendu son aide au Niger, accusant la Russie d'ingérence.", ("FRA", "NER", "SANCTION", False),
     ("FRA", "RUS", "SANCTION", False)),
    # a participle clause that accuses no one lends nothing
    ("La France a suspendu son aide budgétaire, invoquant des raisons de sécurité.", None,
     ("FRA", "MLI", "SANCTION", False)),
])
def test_sanction_hits_the_accused(text: str, expected: tuple | None, wrong: tuple | None) -> None:
    read_as(facts(text, "fr"), expected, wrong)
