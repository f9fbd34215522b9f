"""Where the parties of a tie stand around the words that name it: one function per shape.

Each shape reads one cue match in its clause and returns pairs of parties
(country codes, organisation codes):

- treaty: "X and Y signed a pact", "X signed a pact with Y", "the treaty
  between X and Y", "the Russian-Venezuelan agreement"; failing these, the
  sentence's AGREE events;
- member: a state and the organisation next to the cue: "BRICS members
  Brazil, Russia, ...", "NATO-Staaten Polen und Litauen", "Sweden's
  accession to NATO", "X announced its withdrawal from ECOWAS";
- hub (ally): "X is the main ally of Y", "Y's allies X and Z", "X, an ally
  of Y", "su aliado" (of the clause's subject); an organisation as the hub
  ("NATO ally Turkey") is a membership;
- rival: a hub, or a coordinated pair ("X and Y are rivals", "as strategic
  partners, China and Brazil ...");
- war: "the war between X and Y", "Russia's war against Ukraine", "the
  Russian invasion of Ukraine", "l'offensive lancée par Moscou contre",
  "the Israel-Hamas war";
- backed (ally): "Houthis backed by Iran", "Iran-backed Houthis", "die vom
  Iran unterstützte Hisbollah";
- strained (a tension or a dispute): "tensions between X and Y", "their
  dispute" of a coordinated pair.
Pairs of a hub are (member, hub); the others are unordered.

This module holds the table of shapes (SHAPES: a cue's shape name → the function that reads it) and the names
derive.py imports; each shape lives in a module of its own (one shape, one job), over two shared ones:

- shapes_base: Pairs, the token and group helpers every shape reads (states, organisations, glue words, places,
  appositions, the relative clause before a cue, unique_pairs);
- shapes_pairs: a pair of parties around a cue (between, hyphenated, the clause's subject, an apposed pair);
- shapes_treaty: treaty (and binds, firm);
- shapes_member: member (its helpers in shapes_member_reach, _orgs, _states, _company and _admitted);
- shapes_hub: hub (ally) and allied_pair;
- shapes_conflict: rival, strained, war and pits;
- shapes_backed: backed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from realpolitik.relations.sentence import CueMatch, SentenceView
from realpolitik.relations.shapes_backed import backed
from realpolitik.relations.shapes_base import Pairs
from realpolitik.relations.shapes_conflict import pits, rival, strained, war
from realpolitik.relations.shapes_hub import allied_pair, hub
from realpolitik.relations.shapes_member import member
from realpolitik.relations.shapes_member_states import FOUNDING_CUES
from realpolitik.relations.shapes_treaty import binds, treaty

# what the relation reader (derive.py) imports from here (defined in the modules above)
__all__ = ["allied_pair", "binds", "FOUNDING_CUES", "hub"]


SHAPES: Final[dict[str, Callable[[SentenceView, CueMatch], Pairs]]] = {
    "treaty": treaty, "member": member, "rival": rival, "war": war, "backed": backed, "strained": strained,
    "pits": pits,
}
