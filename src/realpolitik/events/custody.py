"""Custody and places: the state that holds the people a release demand or an arrest verdict names, and the place
force is used on ("Angriffe in der Region Charkiw") standing for its state.

Separate because places and people held are parties only to these acts.
"""

from __future__ import annotations

from typing import Final

from realpolitik.codes import party
from realpolitik.events.grammar import Grammar
from realpolitik.events.roles import Group, Roles
from realpolitik.events.triggers import TriggerMatch
from realpolitik.model import PLACE

# a demand for the release, a verdict on the arrest, of one's own people
HELD_TYPES: Final = frozenset({"REQUEST", "ACCUSE"})
RELEASE_DEMANDS: Final = ("0253", "1053")  # appeals and demands for a release: the rule names the act
_HELD_ACTS: Final = ("084", "173")  # a release (asked for) or an arrest (judged) between the verb and the people
# none of them is held as a private person
_PEOPLE_AGENTS: Final = frozenset({"GOV", "MIL", "LEG", "SPY", "COP", "JUD"})
_HELD_REACH: Final = 4  # "two Russian journalists detained in Baku", "ressortissants français détenus par l'Iran"


def holding_state(match: TriggerMatch, triggers: list[TriggerMatch], groups: list[Group], roles: Roles,
            forms: list[frozenset[str]], grammar: Grammar):
    """The state that holds the actor's own people a demand for their release or a verdict on their arrest names
    ("demanded the release of two French nationals detained by Iran", "pidió la liberación de dos periodistas
    rusos detenidos en Bakú", "kritisierte die Festnahme eines deutschen Journalisten in der Türkei", "demanded
    that China release two Canadian citizens"): the name of another country in a phrase right after them (a "by"
    agent, the place where they are held, an instrumental), only lower-case words between (a participle, after a
    comma too: "журналистов, задержанных в Баку"), or the subject between the verb and them. None where the
    targets are not all the source's own people, or the sentence names no release (asked) or arrest (judged)
    between the verb and them: "condemned the killing of French soldiers in Mali" names no holder."""
    own = party(roles.sources[0].code)
    people = roles.targets or next((list(g.members) for g in groups if 0 <= g.start - match.span[1] <= _HELD_REACH
                                    and all(party(m.code) == own for m in g.members)), [])
    if not people or any(party(t.code) != own or t.agent in _PEOPLE_AGENTS for t in people):
        return None  # ("called for the release of two Russian journalists": the appeal's own words name no one asked)
    first = min(t.token_start for t in people)
    last = max(t.token_end for t in people)
    acts = _HELD_ACTS if match.rule.plover == "REQUEST" else _HELD_ACTS[1:]
    if not (match.rule.plover == "REQUEST" and match.rule.cameo.startswith(RELEASE_DEMANDS)) and not any(
            m.rule.cameo.startswith(acts) and match.span[1] <= m.span[0] < first for m in triggers):
        return None
    stops = grammar.coordination | grammar.subordinators
    for g in groups:
        if any(party(m.code) == own for m in g.members):
            continue
        if last <= g.start <= last + _HELD_REACH and (g.marker is not None and not g.genitive or g.instrumental) \
                and all(_held_link(forms, k, g.start, stops, grammar) for k in range(last, g.start)):
            return g
        if match.span[0] < g.start and g.end <= first and g.free and match.rule.plover == "REQUEST":
            return g  # "demanded that China release ...": the one asked, the content clause's subject
    return None


def _held_link(forms: list[frozenset[str]], k: int, name: int, stops: frozenset[str], grammar: Grammar) -> bool:
    """A word between the people held and the holder's name that keeps them one phrase: a preposition, an article
    right before the name ("in der Türkei"), a participle or adverb ("detained", "détenus"), a comma that opens a
    participle or relative clause on them and that clause's first word ("журналистов, задержанных в Баку",
    "Staatsbürger, die im Iran festgehalten werden"); no conjunction or subordinator after them ("..., who said")."""
    words = forms[k]
    if "," in words:
        return k + 1 < name and any(f.isalpha() and f.islower() for f in forms[k + 1])
    if k > 0 and "," in forms[k - 1] or words & grammar.agent_markers or k >= name - 2 and words & grammar.determiners:
        return any(f.isalpha() and f.islower() for f in words)
    return not words & stops and any(f.isalpha() and f.islower() for f in words)


PLACE_ACTS: Final = frozenset({"ASSAULT", "COERCE"})  # the acts a city names its state as the object of
# criminals whose nationality the text does not give ("a drug boat": CRM alone, EVAL.md) are the object of force or of a
# charge, not of a show of force, talks or aid ("expanded its naval presence and struck drug boats": no threat to them)
CRIMINALS: Final = "CRM"
CRIME_ACTS: Final = frozenset({"ASSAULT", "COERCE", "ACCUSE"})


def place_of_force(groups: list[Group], forms: list[frozenset[str]], clause: tuple[int, int], span: tuple[int, int],
                    grammar: Grammar) -> list:
    """"setzten ihre Offensive im Gebiet Donezk fort", "Angriffe in der Region Charkiw": force with no object of its
    own is used on the place it is used in (its state; an attacker's own place drops as itself)."""
    for g in groups:
        if not (clause[0] <= g.start < clause[1] and g.start >= span[1] and all(m.kind == PLACE for m in g.members)):
            continue
        if any("," in forms[k] for k in range(span[1], g.start)):
            break  # ", sagte ein Sprecher in Charkiw": another clause's place
        i = g.start - 1
        while i > span[1] and not forms[i] & grammar.location_markers and i >= g.start - 3 \
                and not forms[i] & grammar.conjunctions and "," not in forms[i]:
            i -= 1  # "im Gebiet", "in der Region": the place's own noun and article
        if g.marker in grammar.location_markers or i >= span[1] and forms[i] & grammar.location_markers:
            return list(g.members)
    return []
