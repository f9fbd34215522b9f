"""Two fresh Russian sets (eval/gold/fresh57a_ru.jsonl studied, fresh57b_ru.jsonl sealed): what the round-57 fixes
read, on sentences of our own (none from the sets), each with a phrasing the fix must leave alone."""

from __future__ import annotations

import pytest

from extracted import extraction, facts, read_as, read_as_all


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # the Eurasian Economic Commission is the EAEU's organ, so the EAEU (actors/organisations.yaml, eaeu_commission);
    # "председатель" alone is no state's office
    ("Председатель коллегии ЕЭК призвал Минск и Ереван урегулировать спор.",
     [("EAE", "BLR", "REQUEST", False), ("EAE", "ARM", "REQUEST", False)], [("RUS", "BLR", "REQUEST", False)]),
    ("Евразийская экономическая комиссия раскритиковала запрет Казахстана на ввоз российского угля.",
     [("EAE", "KAZ", "ACCUSE", False)], []),
    # a complaint sent to the Commission is against the one complained of, as before
    ("Армения направила в Евразийскую экономическую комиссию жалобу на Россию.",
     [("ARM", "RUS", "ACCUSE", False)], [("ARM", "EAE", "ACCUSE", False)]),
])
def test_eurasian_economic_commission(text: str, expected, wrong) -> None:
    read_as_all(facts(text, "ru"), expected, wrong)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # Russia's import watchdogs are its government (actors/seats.yaml): the ban has a source
    ("Россельхознадзор ограничил ввоз молдавских яблок.", ("RUS", "MDA", "SANCTION", False), None),
    ("Роспотребнадзор запретил ввоз грузинского вина.", ("RUS", "GEO", "SANCTION", False), None),
])
def test_import_watchdogs(text: str, expected: tuple | None, wrong: tuple | None) -> None:
    read_as(facts(text, "ru"), expected, wrong)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # "содействие" is help: offered, it is a pledge (ru.yaml pledge), as "предложил помощь" was
    ("Министр иностранных дел Китая предложил Непалу содействие в восстановлении дорог.",
     ("CHN", "NPL", "AGREE", False), None),
    ("Япония предложила Монголии помощь в борьбе с засухой.", ("JPN", "MNG", "AGREE", False), None),
    # thanks for help given stay thanks, no pledge
    ("Казахстан поблагодарил Россию за содействие в эвакуации граждан.", ("KAZ", "RUS", "SUPPORT", False),
     ("KAZ", "RUS", "AGREE", False)),
])
def test_help_offered(text: str, expected: tuple | None, wrong: tuple | None) -> None:
    read_as(facts(text, "ru"), expected, wrong)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # a joint flight of two air forces is joint military activity, its bombers strike no one (ru.yaml
    # cooperate_military: "совместный полёт", a bomber's joint flight)
    ("Индия и Франция завершили совместные учения. Затем бомбардировщики двух стран совершили совместный полет "
     "над океаном.", [], [("IND", "FRA", "ASSAULT", False), ("FRA", "IND", "ASSAULT", False)]),
    ("Бомбардировщики России и Китая выполнили совместный облет Японского моря.", [],
     [("RUS", "CHN", "ASSAULT", False), ("CHN", "RUS", "ASSAULT", False)]),
    # bombers that strike, as before
    ("Американские бомбардировщики нанесли удары по Ирану.", [("USA", "IRN", "ASSAULT", False)], []),
])
def test_joint_flight_is_no_strike(text: str, expected, wrong) -> None:
    read_as_all(facts(text, "ru"), expected, wrong)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # the object put before the verb: the name right after the object noun is its genitive, the name before the
    # noun the subject (roles_subjects._possessor_after_object)
    ("Пекин версию Манилы отверг.", ("CHN", "PHL", "REJECT", False), ("PHL", "CHN", "REJECT", False)),
    ("Вашингтон требования Каракаса отклонил.", ("USA", "VEN", "REJECT", False), ("VEN", "USA", "REJECT", False)),
    ("Индия критику Пакистана отвергла.", ("IND", "PAK", "REJECT", False), ("PAK", "IND", "REJECT", False)),
    # the usual order, as before
    ("Пекин отверг версию Манилы.", ("CHN", "PHL", "REJECT", False), None),
    # a verb between the names: the name after it is the verb's object, the subject of the infinitive
    ("Китай призвал Японию отказаться от учений.", ("CHN", "JPN", "REQUEST", False), ("CHN", "JPN", "REJECT", False)),
])
def test_object_before_the_verb(text: str, expected: tuple | None, wrong: tuple | None) -> None:
    read_as(facts(text, "ru"), expected, wrong)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # "отношения ... партнерства и союзничества": the pair names its ties an alliance beside the partnership
    # (relations/ru.yaml alliance_relations)
    ("Путин и Токаев подписали декларацию о переходе к отношениям всеобъемлющего стратегического партнерства и "
     "союзничества.", {("KAZ", "RUS", "ally"), ("KAZ", "RUS", "strategic_partnership")}, set()),
    ("Армения и Иран подписали меморандум о сотрудничестве в энергетике.", {("ARM", "IRN", "cooperation_agreement")},
     {("ARM", "IRN", "ally")}),
])
def test_alliance_relations(text: str, expected: set, wrong: set) -> None:
    found = {(*sorted((r.a, r.b)), r.kind) for r in extraction(text, "ru").relations}
    assert expected <= found, found
    assert not wrong & found, found
