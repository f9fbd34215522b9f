"""Two fresh Russian sets of long articles (eval/gold/fresh49a_ru.jsonl studied, fresh49b_ru.jsonl sealed): what the
round-49 fixes read, on sentences of our own (none from the sets), each with a phrasing the fix must leave alone."""

from __future__ import annotations

from extracted import facts

_DEAL = "Президенты Казахстана и Узбекистана подписали в Ташкенте соглашение о стратегическом партнерстве. "
_BETWEEN = ("Кроме того, Астана передала Ташкенту два вертолета для пограничной службы, сообщили в "
            "министерстве обороны Казахстана. Товарооборот двух стран в прошлом году вырос почти на треть и "
            "превысил пять миллиардов долларов. Строительство новой железной дороги к границе с "
            "Афганистаном, по оценкам экономистов, обойдется почти в четыре миллиарда долларов. Эксперты "
            "называют визит самым важным событием года в регионе и ожидают новых договоренностей в "
            "энергетике. Следующее заседание межправительственной комиссии намечено на осень; его повестка "
            "пока не согласована, а сроки поездки министров не определены. ")


def test_a_deal_noun_alone_names_the_deal_told_before() -> None:
    # "приветствовал сделку": Russian has no articles, so the bare deal noun names the deal told paragraphs before
    # (bare_deal_nouns, article_phrases.steps_named); the welcome praises its two sides, past the aid told after it
    keys = facts(_DEAL + _BETWEEN + "Министр иностранных дел Турции Хакан Фидан приветствовал соглашение.", "ru")
    assert ("TUR", "KAZ", "SUPPORT", False) in keys
    assert ("TUR", "UZB", "SUPPORT", False) in keys
    keys = facts(_DEAL + _BETWEEN + "Генеральный секретарь ООН приветствовал достигнутую договоренность.", "ru")
    assert ("UN", "KAZ", "SUPPORT", False) in keys and ("UN", "UZB", "SUPPORT", False) in keys
    # a side that welcomes its own deal praises no one
    keys = facts(_DEAL + _BETWEEN + "Министр иностранных дел Узбекистана приветствовал соглашение.", "ru")
    assert not any(k[0] == "UZB" and k[2] == "SUPPORT" for k in keys)

def test_the_seat_after_an_impersonal_plural_verb_judges_the_fronted_act() -> None:
    # "Решение ... приветствовали в Бухаресте": the act's noun first, the seat after "в" behind the plural verb
    # judges, as it does where it opens the sentence (roles_subjects.fronted_act_judges)
    keys = facts("Решение грузинских властей приветствовали в Анкаре.", "ru")
    assert ("TUR", "GEO", "SUPPORT", False) in keys
    keys = facts("Решение правительства Сербии осудили в Загребе.", "ru")
    assert ("HRV", "SRB", "ACCUSE", False) in keys
    # the seat opening the sentence, and a name after the verb, read as before
    assert ("TUR", "GEO", "SUPPORT", False) in facts("В Анкаре решение грузинских властей приветствовали.", "ru")
    assert ("JOR", "EGY", "SUPPORT", False) in facts("Решение Египта приветствовали Иордания и Катар.", "ru")
    # a place after a verb that is no verdict is no judge
    assert ("TUR", "GEO", "SUPPORT", False) not in facts("Решение грузинских властей объявили в Анкаре.", "ru")
