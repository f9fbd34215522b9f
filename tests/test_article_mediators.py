"""A mediator, a host or a guest is no side of the deal a later sentence judges (issue 10, round 28: half of the
extras of real news never seen are the wrong party, and a mediator or host named between the deal and the reaction
took the reaction's target). Sentences written for the tests."""

from __future__ import annotations

from extracted import country_keys


def _keys(text: str) -> set[tuple]:
    return country_keys(text, "en", factual_only=True)


def test_a_welcome_praises_the_deal_not_the_host_of_an_invitation_told_after_it() -> None:
    # the invitation between the host and a guest is no deal a third party welcomes
    keys = _keys("Ethiopia and Eritrea signed a border accord on Tuesday after talks that Kenya hosted. Kenyan "
                 "President William Ruto invited Eritrea's president to a summit in Mombasa. Norway and Canada "
                 "welcomed the announcement.")
    assert {("NOR", "ETH", "SUPPORT"), ("NOR", "ERI", "SUPPORT"), ("CAN", "ETH", "SUPPORT")} <= keys
    assert ("NOR", "KEN", "SUPPORT") not in keys and ("CAN", "KEN", "SUPPORT") not in keys


def test_a_rejection_answers_no_mediator() -> None:
    # never the state that carried the messages; and since round 34 not the other side either: a rejection with no
    # one named after its actor's own talks names no target (events/article_answers.py CLAIMS; on the gold sets such
    # fills were wrong 15 times in 18, and the rejections among them added 2 extras and no fact)
    keys = _keys("Oman mediated talks between Iran and the United States in Muscat on Saturday. The White House "
                 "thanked the Sultanate. Iran said Tehran had rejected any discussion of its missiles.")
    assert ("IRN", "OMN", "REJECT") not in keys
    assert ("IRN", "USA", "REJECT") not in keys
    assert ("IRN", "USA", "CONSULT") in keys


def test_a_reply_with_no_one_named_is_no_reply_to_the_mediator() -> None:
    keys = _keys("Switzerland mediated between Serbia and Kosovo in Geneva on Monday. Belgrade rejected any "
                 "discussion of recognition.")
    assert ("SRB", "CHE", "REJECT") not in keys


def test_the_two_countries_after_and_are_the_two_its_sentence_named() -> None:
    # the pair listed two sentences before is the article's, but the clause before "and" named the two who acted
    keys = _keys("Peru and Chile signed a border deal. Bolivia accused Chile of spying last year, and the two "
                 "countries recalled their ambassadors.")
    assert ("BOL", "CHL", "SANCTION") in keys
    assert ("PER", "CHL", "SANCTION") not in keys


def test_a_host_named_by_its_adjective_before_a_town_is_no_side() -> None:
    # "the Egyptian resort": where the sides met, not one of "the two sides"
    keys = _keys("Israel and Hamas reached a deal after talks in the Egyptian resort of Sharm el-Sheikh, mediators "
                 "said. A Qatari spokesman said the two sides had signed the first phase.")
    assert ("ISR", "PSE", "AGREE") in keys
    assert not any("EGY" in (k[0], k[1]) for k in keys)


def test_co_mediators_and_co_hosts_hold_no_talks_with_each_other() -> None:
    # the talks they served are the sides', named a sentence before
    keys = _keys("Sudan and South Sudan held talks in Addis Ababa on Monday. Ethiopia and Kenya mediated the "
                 "negotiations.")
    assert {("ETH", "SDN", "CONSULT"), ("KEN", "SSD", "CONSULT")} <= keys
    assert ("ETH", "KEN", "CONSULT") not in keys and ("KEN", "ETH", "CONSULT") not in keys
    assert not _keys("Norway and Cuba hosted the talks.")


def test_a_welcome_of_the_agreement_praises_its_signatories_not_a_caller_told_after_it() -> None:
    # the phone calls between the signing and the welcome are no agreement
    keys = _keys("Serbia and Kosovo signed a trade accord on Friday. Hungarian Prime Minister Viktor Orban "
                 "congratulated both leaders in phone calls on Saturday. The EU's foreign policy chief welcomed the "
                 "agreement.")
    assert {("EU", "SRB", "SUPPORT"), ("EU", "XKX", "SUPPORT")} <= keys
    assert ("EU", "HUN", "SUPPORT") not in keys


def test_a_welcome_of_the_truce_named_again_praises_its_sides_beside_an_appeal() -> None:
    # "welcomed the truce and called on both sides ...": the truce named again is what the welcome is on
    keys = _keys("Ecuador and Peru agreed a truce on Monday after clashes on the border. Brazil and Spain welcomed "
                 "the truce and called on both sides to respect it fully.")
    assert {("BRA", "ECU", "SUPPORT"), ("BRA", "PER", "SUPPORT"), ("ESP", "ECU", "SUPPORT")} <= keys
    assert ("BRA", "ECU", "REQUEST") in keys


def test_a_side_welcoming_its_own_ceasefire_praises_no_adversary() -> None:
    keys = _keys("A ceasefire between Ecuador and Peru took effect on Monday. Peru's president welcomed the "
                 "ceasefire and thanked Brazil for its efforts.")
    assert ("PER", "ECU", "SUPPORT") not in keys
    assert ("PER", "BRA", "SUPPORT") in keys


def test_the_sides_a_subject_with_an_apposition_addresses_are_not_the_apposition_s_names() -> None:
    # "China, Pakistan's closest ally," is one state described: it urges the sides, it is none of them
    keys = _keys("India and Pakistan agreed a ceasefire on Saturday. China, Pakistan's closest ally, urged both sides "
                 "to exercise restraint, while a Saudi minister visited both capitals.")
    assert {("CHN", "IND", "REQUEST"), ("CHN", "PAK", "REQUEST"), ("SAU", "IND", "CONSULT")} <= keys
    assert ("SAU", "CHN", "CONSULT") not in keys
    # the apposition may name one side: the sides are the pair with it, not the mediators listed before
    keys = _keys("Ethiopian and Eritrean forces clashed overnight, the heaviest fighting since a truce brokered by "
                 "Kenya and Turkey collapsed. Egypt, which signed a defence pact with Eritrea in 2024, urged both "
                 "sides to return to talks.")
    assert {("EGY", "ETH", "REQUEST"), ("EGY", "ERI", "REQUEST")} <= keys
    assert ("EGY", "KEN", "REQUEST") not in keys
