"""Two fresh English sets (eval/gold/fresh53a_en.jsonl studied, fresh53b_en.jsonl sealed): what the round-53 fixes
read, on sentences of our own (none from the sets), each with a phrasing the fix must leave alone."""

from __future__ import annotations

from extracted import facts, read_as


def test_the_object_of_a_causative_participle_does_the_infinitive_act() -> None:
    # ", prompting X to V", "forced X to V": the one made to act is the act's subject, as Spanish "llevó a México a
    # romper relaciones" reads (roles.causatives); the act took place
    read_as(facts("Malian drones struck a market near the border on Sunday, prompting Algiers to summon Mali's "
                  "ambassador.", "en"), ("DZA", "MLI", "ACCUSE", False))
    read_as(facts("The shelling killed four soldiers, forcing Thailand to close its border with Cambodia.", "en"),
            ("THA", "KHM", "SANCTION", False))
    # and the infinitive coordinated with it, no comma between
    read_as(facts("The raid prompted Bogota to recall its ambassador and accuse Ecuador of aggression.", "en"),
            ("COL", "ECU", "ACCUSE", False))
    # an urging verb still asks: the one urged is asked, nothing was done
    read_as(facts("Brazil urged Colombia to expel the Ecuadorian ambassador.", "en"), ("BRA", "COL", "REQUEST", False),
            ("COL", "ECU", "SANCTION", False))


def test_a_contact_relative_on_a_demand_noun_tells_what_was_done_to_it() -> None:
    # "a demand Somalia refused", "a demand which Somalia refused": the demand is the refusal's object, no cue that
    # makes the refusal asked for; the refusal answers the demand's author
    read_as(facts("Kenya demanded access to the port, a demand Uganda refused.", "en"), ("UGA", "KEN", "REJECT", False))
    read_as(facts("Kenya demanded access to the port, a demand which Uganda refused.", "en"),
            ("UGA", "KEN", "REJECT", False))
    # "a demand that X V" is the demand's content: asked for, not done
    keys = facts("Kenya repeated its demand that Uganda withdraw its troops from the border.", "en")
    assert not any(k[0] == "UGA" and k[2] == "RETREAT" and not k[3] for k in keys)
