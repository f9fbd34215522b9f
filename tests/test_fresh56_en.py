"""Two fresh English sets (eval/gold/fresh56a_en.jsonl studied, fresh56b_en.jsonl sealed): what the round-56 fixes
read, on sentences of our own (none from the sets), each with a phrasing the fix must leave alone."""

from __future__ import annotations

from extracted import shown_keys


def test_thanks_for_standing_by_a_state_are_the_thanks_alone() -> None:
    # "thanked X for standing by Y": the standing is the reason of the thanks, which are the act (praise 051); the
    # studied gold codes the thanks alone (en `not_support_thanked_for_standing`)
    keys = shown_keys("The Kenyan president thanked Uganda for standing shoulder to shoulder with Kenya.", "en")
    assert ("KEN", "UGA", "SUPPORT") in keys
    assert ("UGA", "KEN", "SUPPORT") not in keys
    keys = shown_keys("Nigeria thanked Ghana on Monday for standing by Liberia during the crisis.", "en")
    assert ("NGA", "GHA", "SUPPORT") in keys
    assert ("GHA", "LBR", "SUPPORT") not in keys
    keys = shown_keys("Norway thanked Sweden for having stood by Finland.", "en")
    assert ("SWE", "FIN", "SUPPORT") not in keys
    # the standing told as the act itself is support
    assert ("GHA", "LBR", "SUPPORT") in shown_keys("Ghana stood by Liberia during the crisis.", "en")


def test_the_terms_of_a_treaty_told_in_its_clause_are_no_pledge() -> None:
    # "a pact under which each pledges to help the other", "which commits each side to": the treaty's terms, no
    # pledge made (en `not_pledge_treaty_terms`)
    for text in ("Kenya and Uganda are bound by a 2019 pact under which each pledges to help the other if it is "
                 "attacked.",
                 "Iceland relies on a 1951 agreement under which the United States is committed to defend the island.",
                 "Egypt's 1979 treaty with Sudan, which commits each side to help the other if attacked, is still in "
                 "force."):
        assert not any(k[2] == "AGREE" for k in shown_keys(text, "en")), text
    # a pledge in a clause of its own stays one, and the signing of the treaty stays an agreement
    assert ("MNG", "KAZ", "AGREE") in shown_keys("Mongolia pledged support to Kazakhstan on Tuesday.", "en")
    keys = shown_keys("Kenya and Uganda signed a pact on Tuesday under which each pledges to help the other if "
                      "attacked.", "en")
    assert any(k[2] == "AGREE" and {k[0], k[1]} == {"KEN", "UGA"} for k in keys)


def test_a_verdict_naming_no_one_judges_the_state_the_coordinated_appeal_asks() -> None:
    # "condemned the drills as a provocation and called on Beijing to halt them": the verdict's object names no party,
    # the appeal coordinated after it names the state judged (coordinated_acts.appealed_after)
    keys = shown_keys("Taiwan condemned the drills as a provocation and called on Beijing to halt them.", "en")
    assert {("TWN", "CHN", "ACCUSE"), ("TWN", "CHN", "REQUEST")} <= keys
    keys = shown_keys("Ghana denounced the arrests as a violation of the accord and urged Togo to free the detainees.",
                      "en")
    assert ("GHA", "TGO", "ACCUSE") in keys
    # a verdict that names its party keeps it, whoever the appeal asks
    keys = shown_keys("Kenya condemned Somalia's attack as a provocation and urged Ethiopia to mediate.", "en")
    assert ("KEN", "SOM", "ACCUSE") in keys
    assert ("KEN", "ETH", "ACCUSE") not in keys
    # an organisation asked is asked for help, not judged
    keys = shown_keys("Kenya condemned the killings as a crime and urged the African Union to send observers.", "en")
    assert ("KEN", "AU", "ACCUSE") not in keys
    # two states asked are the sides of a conflict or its guarantors, not the one judged
    keys = shown_keys("Germany condemned the bombing as a crime and called on India and Pakistan to show restraint.",
                      "en")
    assert ("DEU", "IND", "ACCUSE") not in keys and ("DEU", "PAK", "ACCUSE") not in keys
    assert ("DEU", "IND", "REQUEST") in keys
