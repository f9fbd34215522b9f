"""A third party's help offered by its noun in resolving a dispute ("offered the league's help in resolving the
dispute") is an offer of its services between the sides, AGREE 039, as the verb "offered to help resolve" already
is (en.yaml offer_mediation); help offered for something else is no such offer. Sentences of our own."""

from __future__ import annotations

from extracted import country_keys


def test_help_offered_in_resolving_a_dispute_is_an_offer_to_mediate() -> None:
    keys = country_keys("Ghana offered its help in resolving the dispute between Togo and Benin.", "en", kind="cameo")
    assert ("GHA", "TGO", "039") in keys and ("GHA", "BEN", "039") in keys
    text = ("Togo and Benin traded accusations over the border. The AU chairman urged restraint and offered the "
            "union's help in settling the dispute.")
    keys = country_keys(text, "en", kind="cameo")
    assert ("AU", "TGO", "039") in keys and ("AU", "BEN", "039") in keys


def test_help_offered_for_something_else_is_no_offer_to_mediate() -> None:
    assert not any(k[2] == "039" for k in country_keys("Ghana offered help in rebuilding Togo's schools.", "en",
                                                       kind="cameo"))
