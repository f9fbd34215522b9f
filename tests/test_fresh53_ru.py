"""Two fresh Russian sets (eval/gold/fresh53a_ru.jsonl studied, fresh53b_ru.jsonl sealed): what the round-53 fixes
read, on sentences of our own (none from the sets), each with a phrasing the fix must leave alone."""

from __future__ import annotations

import pytest

from extracted import facts, read_as


@pytest.mark.parametrize(("text", "key"), [
    # praise, support, an offer coordinated after a contact of the same subject, naming no one, is the partner's
    # (events/coordinated_acts.addressed_before)
    ("Президент Египта провел телефонный разговор с королем Иордании и выразил поддержку его усилиям.",
     ("EGY", "JOR", "SUPPORT", False)),
    ("President Ruto held talks with the President of Tanzania and praised the cooperation.",
     ("KEN", "TZA", "SUPPORT", False)),
    # an offer after an appeal goes to those appealed to, not to the pair the sentence before named
    ("Премьер-министр Индии встретился с президентом Чили. Генсек ЛАГ призвал Алжир и ОАЭ к сдержанности и "
     "предложил свое посредничество.", ("ARA", "DZA", "AGREE", False)),
    # "предложил свои добрые услуги": good offices are a mediator's, as in en, es and fr (data/rules/ru.yaml)
    ("Генсек ООН призвал Эфиопию и Эритрею к сдержанности и предложил свои добрые услуги.",
     ("UN", "ERI", "AGREE", False)),
])
def test_a_second_act_after_a_contact_is_the_partners(text: str, key: tuple) -> None:
    read_as(facts(text, "ru" if text[0] > "z" else "en"), key)


def test_an_offer_after_an_appeal_is_not_the_earlier_pair():
    keys = facts("Премьер-министр Индии встретился с президентом Чили. Генсек ЛАГ призвал Алжир и ОАЭ к сдержанности"
                 " и предложил свое посредничество.", "ru")
    assert not {k for k in keys if k[0] == "ARA" and k[1] in {"IND", "CHL"}}


def test_a_second_act_naming_its_own_party_keeps_it():
    # the support names Lebanon itself: the contact's partner does not replace it
    keys = facts("Президент Франции провел телефонный разговор с президентом Египта и выразил поддержку Ливану.", "ru")
    read_as(keys, ("FRA", "LBN", "SUPPORT", False), ("FRA", "EGY", "SUPPORT", False))


def test_support_after_an_appeal_is_not_the_appeals():
    # only an offer answers an appeal: praise coordinated after an appeal is not given to those appealed to
    read_as(facts("Министр иностранных дел Турции призвал Израиль прекратить удары и выразил поддержку.", "ru"), None,
            ("TUR", "ISR", "SUPPORT", False))
