"""What the first long-form Russian set (eval/gold/long_ru1.jsonl) showed the coder printing wrongly in the long tail of
an analysis piece: labels and idioms inside a verdict, a blow to an economy, a goal of joining, a participle of not
giving up, a refusal to comment told object first, the name of a standing force. Each fix is a way the language says
things, tested with sentences written for this file, not taken from the set; where the other languages say it the
same way, they are tested too."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import facts


def _events(text: str, lang: str = "ru") -> set[tuple]:
    """The printed events (told as done or reported), by country."""
    return facts(text, lang, date(2025, 10, 15))


@pytest.mark.parametrize(("text", "lang"), [
    ("Глава МИД Венгрии назвал поставки снарядов на Украину «ударом в спину».", "ru"),
    ("Депутат назвал решение Минска ножом в спину Москвы.", "ru"),
    ("Спикер парламента назвал действия властей Грузии «войной против собственного народа».", "ru"),
    ("Новые пошлины США больно ударили по экспорту Бразилии.", "ru"),
    ("Санкции Евросоюза ударили по экономике Белоруссии.", "ru"),
    ("Ограничения Пекина бьют по японским экспортерам.", "ru"),
    ("U.S. sanctions hit Kyrgyzstan's economy hard.", "en"),
    ("Las sanciones de Estados Unidos golpearon la economía de Kirguistán.", "es"),
    ("Les sanctions américaines ont frappé l'économie du Kirghizistan.", "fr"),
])
def test_an_idiom_a_label_or_a_blow_to_an_economy_is_no_strike(text: str, lang: str) -> None:
    """"удар в спину", "война против собственного народа": a label of a verdict or a domestic charge (printed as 190
    in ru; en, de, es and fr read them so already). Sanctions or tariffs that "hit" an economy, its exports or budget
    are a cost (printed as 190 or 195 in ru, en, es and fr; de "trafen die Wirtschaft" was read so already)."""
    found = _events(text, lang)
    assert not any(f[2] == "ASSAULT" for f in found), found


@pytest.mark.parametrize(("text", "lang"), [
    ("Вучич подчеркнул, что стратегической целью Сербии остается вступление в Евросоюз.", "ru"),
    ("Главным приоритетом Молдавии является членство в Евросоюзе.", "ru"),
    ("Vucic stressed that Serbia's strategic goal remains membership of the European Union.", "en"),
    ("Vucic subrayó que el objetivo estratégico de Serbia sigue siendo el ingreso en la Unión Europea.", "es"),
    ("Vucic a souligné que l'objectif stratégique de la Serbie reste l'adhésion à l'Union européenne.", "fr"),
])
def test_a_goal_of_joining_is_no_joining(text: str, lang: str) -> None:
    """A goal, priority or ambition of joining is an aim (printed as AGREE 057 in ru, en, es, fr; de read it so)."""
    found = _events(text, lang)
    assert not any(f[2] == "AGREE" for f in found), found


@pytest.mark.parametrize(("text", "lang"), [
    ("Узбекистан сближается с Евросоюзом, не отказываясь от союза с Россией.", "ru"),
    ("Uzbekistan courts the European Union without abandoning its alliance with Russia.", "en"),
])
def test_not_giving_up_beside_the_main_verb_is_no_negated_act(text: str, lang: str) -> None:
    """"не отказываясь от союза", "without abandoning its alliance": what goes on beside the main verb, no refusal or
    exit that did not happen (printed as a negated REJECT in ru, a negated SANCTION in en)."""
    assert not any(f[3] for f in _events(text, lang)), _events(text, lang)


def test_a_refusal_to_comment_told_object_first_rejects_no_one() -> None:
    """"от комментариев ... отказался": the object before the verb is still silence (printed as REJECT toward the
    state named in the sentence before)."""
    found = _events("Польша раскритиковала Белоруссию. Представитель МИД Литвы от комментариев по поводу заявления "
                    "отказался.")
    assert not any(f[2] == "REJECT" for f in found), found


def test_the_name_of_a_standing_force_is_no_deployment() -> None:
    """"коллективные силы быстрого развертывания": a force's name, no MOBILIZE."""
    assert not _events("Авиабаза Кант входит в коллективные силы быстрого развертывания ОДКБ.")


@pytest.mark.parametrize("text", [
    "Эксперт считает, что Израиль нанесет удар по Ирану в ближайшие месяцы.",
    "Россия и Китай договорятся о поставках газа.",
])
def test_the_perfective_future_of_striking_or_agreeing_is_still_to_come(text: str) -> None:
    """"нанесет удар", "договорятся": Russian has no future ending, and the perfective non-past is a prediction or a
    plan (printed as ASSAULT and AGREE)."""
    found = _events(text)
    assert not any(f[2] in ("ASSAULT", "AGREE") for f in found), found


@pytest.mark.parametrize("text", [
    "Премьер Венгрии поддержал Сербию, назвав давление Брюсселя на Белград «недопустимым».",
    "США оказывают давление на Индию из-за закупок российской нефти.",
])
def test_political_pressure_is_no_coercion(text: str) -> None:
    """"оказывать давление на", "давление X на Y": pressure is no COERCE (EVAL.md's 17 is water cannon, ramming, a
    raid; no gold set codes pressure so); inside a verdict the judge made no coercion."""
    assert not any(f[2] == "COERCE" for f in _events(text)), _events(text)


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Украина ударила по нефтебазе в Белгороде.", "ru", ("UKR", "RUS", "ASSAULT", False)),
    ("Russian missiles hit Ukraine's energy grid.", "en", ("RUS", "UKR", "ASSAULT", False)),
    ("Israël a frappé des sites militaires en Iran.", "fr", ("ISR", "IRN", "ASSAULT", False)),
    ("Washington hit Brazil with new tariffs that squeeze its economy.", "en", ("USA", "BRA", "SANCTION", False)),
    ("Финляндия вступила в НАТО в апреле 2023 года.", "ru", ("FIN", "NAT", "AGREE", False)),
    ("Finland joined NATO in April 2023.", "en", ("FIN", "NAT", "AGREE", False)),
    ("Индия не отказалась от закупок российской нефти.", "ru", ("IND", "RUS", "REJECT", True)),
    ("Armenia did not leave its alliance with Russia.", "en", ("ARM", "RUS", "SANCTION", True)),
    ("Россия начала развертывание войск у границы с Украиной.", "ru", ("RUS", "UKR", "MOBILIZE", False)),
    ("Медведев пригрозил, что Россия нанесет удары по Лондону.", "ru", ("RUS", "GBR", "THREATEN", False)),
    ("Maduro amenazó con que Venezuela atacará a Guyana.", "es", ("VEN", "GUY", "THREATEN", False)),
    ("Россия нанесла удар по Украине.", "ru", ("RUS", "UKR", "ASSAULT", False)),
])
def test_the_act_told_stays(text: str, lang: str, fact: tuple) -> None:
    """A strike, sanction, joining, finite negated act, deployment or threat told as such is still read."""
    assert fact in _events(text, lang), _events(text, lang)
