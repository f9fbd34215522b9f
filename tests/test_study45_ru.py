"""Round 45's reading of the Russian study articles (docs/progress.md, "Round 45: the Russian study articles' misses
and extras"): the general causes behind them, on sentences of our own."""

from extracted import facts, shown_keys


def test_a_capital_after_a_place_preposition_is_the_post_not_the_government_a_bare_role_word_stands_for():
    # the ambassador's post is a place: "the government" after it is the recalling state's
    assert ("POL", "UN", "REQUEST") in shown_keys(
        "Польша отзывает посла в Минске. Правительство обратилось к ООН с призывом осудить репрессии.", "ru")
    # glossed in brackets, the capital is still the place
    keys = shown_keys("Литва отозвала своего посла в Минске (столица Беларуси). Правительство обратилось к ООН с "
                      "призывом осудить репрессии.", "ru")
    assert ("LTU", "UN", "REQUEST") in keys and ("BLR", "UN", "REQUEST") not in keys
    assert ("SOM", "UN", "REQUEST") in shown_keys(
        "Somalia recalled its ambassador in Addis Ababa. The government appealed to the United Nations for support.",
        "en")


def test_a_capital_after_a_quotation_keeps_its_government():
    # the quoted words are the speaker's; where he spoke is his own capital, and "the ministry" its government
    keys = shown_keys('"The United States has overstretched the concept of national security," the spokesman told '
                      'a briefing in Beijing. The commerce ministry vowed to take countermeasures against Washington.',
                      "en")
    assert ("CHN", "USA", "THREATEN") in keys


def test_a_second_verb_after_an_inverted_impersonal_speaker_shares_it():
    # "..., said at the ministry and thanked X": the institution after "в" spoke and thanked
    assert ("RUS", "QAT", "SUPPORT") in shown_keys(
        "Обмен пленными стал возможен, отметили в МИД России и поблагодарили катарскую сторону.", "ru")
    assert ("RUS", "TUR", "AGREE") in shown_keys(
        "Переговоры прошли конструктивно, заявили в Кремле и пригласили турецкую сторону в Москву.", "ru")
    # a named subject of the second verb keeps it
    keys = shown_keys("Переговоры прошли конструктивно, заявили в Кремле, и Турция пригласила Россию в Анкару.",
                      "ru")
    assert ("RUS", "TUR", "AGREE") not in keys


def test_the_object_of_a_signing_that_did_not_happen_is_no_agreement_of_its_own():
    # "ended without signing any agreements": the agreements name the signing's object, not a deal made
    told = facts("Переговоры Путина и Трампа завершились без подписания каких-либо договоренностей.", "ru")
    assert ("RUS", "USA", "AGREE", True) in told and ("RUS", "USA", "AGREE", False) not in told
    told = facts("Переговоры России и Японии завершились без подписания договоренностей.", "ru")
    assert ("RUS", "JPN", "AGREE", False) not in told


def test_a_noun_under_a_verb_of_talking_about_it_is_no_act_of_the_talker():
    # "commenting on the border closure": the commenter closed nothing
    assert not any(k[2] == "SANCTION" for k in shown_keys(
        "Литва закрыла границу. Таможенный комитет Беларуси, комментируя закрытие границы, предупредил водителей.",
        "ru") if k[0] == "BLR")
    assert ("BLR", "LTU", "SANCTION") not in shown_keys(
        "Литва выслала белорусских дипломатов. В Минске прокомментировали высылку дипломатов.", "ru")
    # "discussed imposing sanctions": a topic, no sanction
    assert not any(k[2] == "SANCTION" for k in shown_keys(
        "Лидеры России и Беларуси обсудили введение санкций против Литвы.", "ru"))
    # the act itself, told with its verb, stays
    assert ("LTU", "BLR", "SANCTION") in shown_keys("Литва закрыла границу с Белоруссией.", "ru")
