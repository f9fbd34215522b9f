"""Two fresh English sets of long articles (eval/gold/fresh50a_en.jsonl studied, fresh50b_en.jsonl sealed): what the
round-50 fixes read, on sentences of our own (none from the sets), each with a phrasing the fix must leave alone."""

from __future__ import annotations

from extracted import facts


def test_a_negative_determiner_of_the_object_denies_the_act() -> None:
    # "blamed neither side", "backed neither side": English's negative determiners and pronouns after the verb deny
    # the act as "no" does ("held no talks"): the act is told as not done (negated), not as done
    keys = facts("Ghana blamed neither Togo nor Benin for the clashes.", "en")
    assert ("GHA", "TGO", "ACCUSE", True) in keys
    assert ("GHA", "TGO", "ACCUSE", False) not in keys
    keys = facts("Togo and Benin exchanged fire on Monday. Ghana's foreign ministry voiced concern but blamed neither "
                 "side.", "en")
    assert any(k[0] == "GHA" and k[2] == "ACCUSE" and k[3] for k in keys)
    assert not any(k[0] == "GHA" and k[2] == "ACCUSE" and not k[3] for k in keys)
    # a named object after the verb, and "no" before a number, read as before
    assert ("GHA", "TGO", "ACCUSE", False) in facts("Ghana blamed Togo for the clashes.", "en")
    assert ("GHA", "TGO", "SANCTION", False) in facts("Ghana imposed no fewer than ten sanctions on Togo.", "en")


def test_ending_defence_or_security_cooperation_is_a_sanction() -> None:
    # the military-cooperation nouns cooperate_military reads, all of them, ended or suspended: a sanction, not the
    # cooperation ("ended its military cooperation agreement" read so before)
    keys = facts("Mali ended its defence cooperation agreement with Germany.", "en")
    assert ("MLI", "DEU", "SANCTION", False) in keys
    assert not any(k[2] == "COOPERATE" for k in keys)
    assert ("MLI", "DEU", "SANCTION", False) in facts("Mali suspended security cooperation with Germany.", "en")
    # cooperation that goes on stays cooperation
    keys = facts("Mali and Germany expanded defence cooperation.", "en")
    assert any(k[2] == "COOPERATE" for k in keys) and not any(k[2] == "SANCTION" for k in keys)
