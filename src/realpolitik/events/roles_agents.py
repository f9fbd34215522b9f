"""Agents of participles and attributes: a passive participle's agent ("mediated by Qatar"), German extended
attributes ("die von der EU verhängten Sanktionen"), mediators, circumstance agents, Russian instrumental agents,
the agent of a support participle and the side named by "со стороны".

Separate because these agents are found through the participle or preposition that introduces them, in a
phrase of the trigger's noun.
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.grammar import Grammar
from realpolitik.events.roles_base import Group, Roles, locate_marker
from realpolitik.events.rules import Rule
from realpolitik.language.inflection import GERMAN_ADJECTIVE_ENDINGS
from realpolitik.language.tokens import CLAUSE_STOPS, PHRASE_BREAKS
from realpolitik.model import ActorMention, Token

_AGENT_GAP: Final = 2  # "mediadas por Qatar", "facilitées par le Qatar": words from the participle to the agent's name


def agent_follows(groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                  grammar: Grammar) -> bool:
    """An agent phrase right after the trigger ("mediated by Qatar", "mediadas por Qatar", "vermittelt von Katar"),
    its marker inside the trigger ("mediated by") or standing before the name."""
    t_end = trigger[1]
    by_inside = bool(forms[t_end - 1] & grammar.agent_markers)
    return any(0 <= g.start - t_end <= _AGENT_GAP and (by_inside or g.marker in grammar.agent_markers)
               for g in groups)


_ATTRIBUTE_REACH: Final = 12  # "die von der EU und den USA im Mai gegen Russland verhängten": words to the participle


def participle_attributes(tokens: list[Token], forms: list[frozenset[str]], grammar: Grammar) -> tuple[tuple[int, int],
                          ...]:
    """German extended attributes: "die von der EU gegen Russland verhängten Sanktionen". An article followed by a
    preposition (no noun phrase starts so otherwise) opens a phrase that a lower-case inflected participle closes
    right before its (capitalised) noun; the participle is no word after an article or preposition ("im
    vergangenen Jahr"). Returns (article, participle) index pairs; the noun follows the participle."""
    if not grammar.verb_final or not grammar.adjectives_before_nouns:
        return ()
    prepositions = grammar.agent_markers | grammar.target_markers
    closed = grammar.determiners | prepositions | grammar.location_markers  # articles and prepositions
    found = []
    for i in range(len(tokens) - 3):
        if not (forms[i] & grammar.determiners and forms[i + 1] & prepositions):
            continue
        for j in range(i + 3, min(len(tokens) - 1, i + _ATTRIBUTE_REACH)):
            if forms[j] & PHRASE_BREAKS:
                break
            word = tokens[j].text
            if word.isalpha() and word.islower() and word.endswith(GERMAN_ADJECTIVE_ENDINGS) \
                    and tokens[j + 1].text[:1].isupper() and not (forms[j - 1] | forms[j]) & closed:
                found.append((i, j))
                break
    return tuple(found)


def attribute_roles(inside: list[Group], rule: Rule, grammar: Grammar) -> Roles:
    """The participle's (or its noun's) agent is the attribute's "von"/"durch" phrase, its object the phrase that
    takes the rule's object preposition; names after the noun belong to the main clause."""
    roles = Roles()
    agent = next((g for g in inside if g.marker in grammar.agent_markers), None)
    markers = rule.target_markers if rule.target_markers is not None else grammar.target_markers
    target = next((g for g in inside if g is not agent and g.marker in markers), None)
    if agent is None:
        return roles
    source, target = (target, agent) if rule.reverse else (agent, target)
    roles.sources = list(source.members) if source else []
    roles.targets = list(target.members) if target else []
    return roles


def authored_antecedent(groups: list[Group], clause: tuple[int, int], attribute: tuple[tuple[int, int], ...],
                        rule: Rule, grammar: Grammar, forms: list[frozenset[str]]) -> list[ActorMention] | None:
    """German "die von Peru eingereichte Klage, die Bolivien Völkermord vorwirft": a relative clause right after a
    noun whose participle attribute names its author ("von Peru") says what that text says; the author says it
    (a text accuses, demands, rejects; it is not the one accused). The author's mentions, or None."""
    start = clause[0]
    if start < 3 or "," not in forms[start - 1] or not forms[start] & grammar.relative_pronouns:
        return None
    own = next(((i, j) for i, j in attribute if j + 1 == start - 2), None)  # the participle, its noun, the comma
    if own is None:
        return None
    author = attribute_roles([g for g in groups if own[0] < g.start < own[1]], rule, grammar).sources
    return author or None


# "supplied by", "supplied mainly by", "publié jeudi soir par", "signé le 3 mai par": the participle to its agent
# marker (a time or an adverb between, no verb)
_PARTICIPLE_REACH: Final = 5


def _verb_words(grammar: Grammar) -> frozenset[str]:
    """Auxiliaries and conjunctions: between a participle and an agent marker they make the marker another verb's."""
    return grammar.passive_auxiliaries | grammar.perfect_auxiliaries | grammar.coordination


def participle_phrase(g: Group, groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                      grammar: Grammar) -> int | None:
    """"attacked Crimea with missiles supplied by France", "rejected the resolution presented by the US against
    Russia": a participle after a noun (no auxiliary before it) with its own agent heads a phrase of its own; where
    the group stands in that phrase (the agent or a name after it, up to a comma), the participle's index. Not a
    participle right after the trigger ("the sanctions imposed by the EU on Russia": the noun's own agent), nor an
    act noun's support verb ("une escalade dans la campagne d'essais menée par Pyongyang": it carries an act out)."""
    endings = grammar.reduced_passive_endings
    if not endings or g.start <= trigger[1]:
        return None
    if trigger[0] > 0 and forms[trigger[0] - 1] & (grammar.determiners | grammar.possessives
                                                  | grammar.roles.elided_articles | grammar.roles.elided_prepositions):
        return None  # a noun's ("l'expulsion de diplomates russes décidée par Varsovie"): the agent may be its own
    for p in range(g.start - 2, trigger[1], -1):
        if forms[p] & PHRASE_BREAKS:
            return None
        if not any(f.isalpha() and f.endswith(endings) for f in forms[p]) \
                or forms[p - 1] & grammar.reduced_passive_blockers or any(h.start <= p < h.end for h in groups):
            continue  # (not "the United Nations")
        reach = range(p + 1, min(p + 1 + _PARTICIPLE_REACH, g.start))
        by = next((k for k in reach if forms[k] & grammar.agent_markers), None)
        if by is None or any(forms[k] & _verb_words(grammar) for k in range(p + 1, by)):
            continue  # (a verb between: "signé en 2019 a été dénoncé par" is the main verb's agent)
        if forms[p] & grammar.support_verbs and not any(forms[k] & grammar.past_prepositions
                                                         for k in range(trigger[1], p)) \
                or any(forms[k] & grammar.agent_markers for k in range(trigger[1], p)):
            # "was hit by missiles fired by Russia": the agent of the trigger's own agent noun acts; a support verb
            # carries out the noun the trigger judges ("a condamné les frappes menées par l'Iran"), but not a noun
            # after a preposition of time gone by ("sont convenus d'une trêve après des discussions menées par
            # Washington": the talks' agent, no party of the truce)
            return None
        # a noun phrase of its own between ("with missiles supplied"), not the trigger's adjectives ("les sanctions
        # économiques imposées par l'UE": the noun's own agent)
        heads = grammar.determiners | grammar.target_markers | grammar.genitive_markers | grammar.possessives
        return p if any(forms[k] & heads for k in range(trigger[1], p)) else None
    return None


def circumstance_agent(g: Group, rival_triggers: frozenset[int], forms: list[frozenset[str]],
                       grammar: Grammar) -> bool:
    """German "unter Vermittlung Katars", "unter Vermittlung von Katar", "dank der Vermittlung der Türkei": the
    name after the noun of a circumstance phrase is that noun's agent, no party of another trigger of the clause
    (the parties of the exchange or truce are its subject)."""
    if not grammar.verb_final or not grammar.circumstance_markers:
        return False
    noun = g.start - 1
    if noun >= 0 and forms[noun] & (grammar.genitive_markers | grammar.agent_markers):
        noun -= 1  # "Vermittlung von Katar", "Vermittlung der Türkei"
    if noun not in rival_triggers:
        return False  # the mediation's own trigger keeps its mediator
    before = noun - 1
    if before >= 0 and forms[before] & grammar.determiners:
        before -= 1  # "dank der Vermittlung"
    return before >= 0 and bool(forms[before] & grammar.circumstance_markers)


def mediator(g: Group, mediations: frozenset[int], forms: list[frozenset[str]], grammar: Grammar,
             groups: list[Group]) -> bool:
    """The name a mediation trigger governs ("sous l'égide d'Oman", "при посредничестве Омана", "brokered by
    Qatar") or premodifies ("US-brokered", "EU-facilitated", "under Turkish mediation"; `groups`, the sentence's
    names, for a list of them: "under Qatari and Turkish mediation") mediates: the mutual act's sides are others."""
    if not mediations:
        return False
    before = g.start - 1
    while before >= 0 and before not in mediations and forms[before] & (
            grammar.genitive_markers | grammar.agent_markers | grammar.determiners):
        before -= 1  # "de l'", "by the"
    return before in mediations or g.end + 1 in mediations and "-" in forms[g.end] \
        or _premodified_mediation(g.end, mediations, forms, grammar, groups)


def _premodified_mediation(end: int, mediations: frozenset[int], forms: list[frozenset[str]], grammar: Grammar,
                           groups: list[Group]) -> bool:
    """The mediation noun right after a name, or after the list of names the name opens ("under Turkish mediation",
    "with Qatari and Turkish mediation"): the names are the go-betweens (fresh48a-en-002, typeconf-en-033; the
    studied gold codes the mediator's CONSULT 045 to each side and the sides' own act between themselves)."""
    if not grammar.mediation_nouns:
        return False
    named = _named(groups)
    while end < len(forms) and end not in mediations and (
            forms[end] & (grammar.coordination | _COMMA) and end + 1 in named or end in named):
        end += 1  # ("and Turkish", ", Egyptian")
    return end in mediations and bool(forms[end] & grammar.mediation_nouns)


def mediation_circumstance(g: Group, mediations: frozenset[int], forms: list[frozenset[str]], grammar: Grammar,
                           groups: list[Group]) -> bool:
    """A go-between named before its mediation noun after a word of the "mediated" list ("urged the two sides to
    hold talks under Qatari mediation"): the circumstance of the clause's act, no party of any act but the mediation
    (not so without the preposition: "praised Qatari mediation" praises Qatar)."""
    return bool(mediations) and _premodified_mediation(g.end, mediations, forms, grammar, groups) \
        and opened_by_mediated(forms, g.start - 1, _named(groups), grammar)


def opened_by_mediated(forms: list[frozenset[str]], last: int, names: frozenset[int] | set[int],
                       grammar: Grammar) -> bool:
    """Whether the list of names that ends at token `last` (names, with coordinators or commas between them) is
    opened by a word of the grammar's "mediated" list ("under Qatari and Turkish", "with Turkish"): the names then
    premodify the mediation that is the circumstance of an act. Read here for a go-between and in
    `modality.mediation_circumstance` for the mediation noun after it."""
    words = grammar.modality.get("mediated")
    if not words:
        return False
    k = last
    while k >= 0 and (k in names or forms[k] & (grammar.coordination | _COMMA) and k - 1 in names):
        k -= 1
    return k >= 0 and bool(forms[k] & words)


def _named(groups: list[Group]) -> set[int]:
    return {i for h in groups for i in range(h.start, h.end)}


_COMMA: Final = frozenset({","})


def attribute_agent(g: Group, trigger: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar,
                    nominal: bool) -> bool:
    """"El grupo respaldado por Irán atacó a Israel", "the militia backed by Iran fired": an agent phrase before an
    active verb whose preposition follows another word's participle is that participle's agent, not the verb's
    subject (verb-final German puts its attribute agent before the participle trigger itself; "la milice soutenue
    par l'Iran": the French "-u" participles count here too, `attribute_participle_endings`)."""
    if grammar.verb_final or nominal or g.end > trigger[0]:
        return False
    at = locate_marker(g, forms)
    if at is None or at < 1:
        return False
    participle = at - 1
    endings = grammar.reduced_passive_endings + grammar.attribute_participle_endings
    return not trigger[0] <= participle < trigger[1] and any(w.endswith(endings) for w in forms[participle])


PRONOUN_REACH: Final = 4  # "les livraisons de missiles que ...": the noun's own "de" complement before the pronoun

# "menée par la Russie", "menée hier par l'armée russe": the marker, an article, a name
_PARTICIPLE_AGENT_REACH: Final = 4


def participle_agent(groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                     grammar: Grammar) -> tuple[Group | None, Group | None]:
    """French "l'attaque de drones menée par la Russie contre l'Ukraine", "les sanctions imposées par Washington à
    l'Iran", Spanish "las sanciones impuestas por EE. UU. a Irán": a participle of a verb that carries the act out
    (`support_verbs`) after the act noun (its "de" complement between), then its agent after an agent marker; a
    phrase with a target marker after the agent is the act's target. News writes the act so, judged by a verdict
    before it ("a condamné l'attaque menée par ..."): the one judged is the agent, not the one attacked."""
    if not grammar.agent_markers:
        return None, None
    end = min(len(forms), trigger[1] + PRONOUN_REACH + 1)
    verb = next((i for i in range(trigger[1], end) if forms[i] & grammar.support_verbs), None)
    if verb is None or any(forms[i] & CLAUSE_STOPS for i in range(trigger[1], verb)):
        return None, None
    agent = next((g for g in groups if verb < g.start <= verb + _PARTICIPLE_AGENT_REACH
                  and g.marker in grammar.agent_markers), None)
    if agent is None or any(forms[i] & CLAUSE_STOPS for i in range(verb, agent.start)):
        return None, None
    return _agent_and_target(agent, groups, trigger, forms, grammar)


_PARTICIPLE_CASES: Final = ("ые", "ый", "ая", "ое", "ых", "ого", "ой", "ую", "ым", "ыми", "ому")


def instrumental_agent(groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                       grammar: Grammar) -> tuple[Group | None, Group | None]:
    """Russian "санкции, введённые Евросоюзом против России", "удары, нанесённые ВСУ по Белгороду", "Введённые
    Вашингтоном санкции против Ирана": a passive participle of a verb that carries out the act (`support_participles`)
    before the noun, inside its pattern, or right after its comma, and a name in the instrumental right after the
    participle (an acronym does not decline): the name is the act's agent, the first phrase with a target marker
    after it and before the clause ends the act's target."""
    stems = grammar.roles.participle_stems
    if not stems:
        return None, None

    def participle(i: int) -> bool:
        return any(f.startswith(stems) and f.endswith(_PARTICIPLE_CASES) for f in forms[i])

    at = next((i for i in range(max(0, trigger[0] - 2), trigger[1]) if participle(i)), None)
    if at is None:
        comma = next((i for i in range(trigger[1], min(len(forms), trigger[1] + PRONOUN_REACH))
                      if forms[i] & CLAUSE_STOPS), None)
        at = comma + 1 if comma is not None and "," in forms[comma] and comma + 1 < len(forms) \
            and participle(comma + 1) else None
    if at is None:
        return None, None
    agent = next((g for g in groups if g.start == at + 1 and g.marker is None and (
        g.instrumental or all(m.surface.isupper() for m in g.members))), None)
    return _agent_and_target(agent, groups, trigger, forms, grammar)


def support_participle_agent(groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                             grammar: Grammar) -> tuple[Group | None, Group | None]:
    """French "les sanctions imposées par Washington contre Pékin", "les frappes menées par Israël contre l'Iran":
    a participle of a verb that carries out the act noun (`support_verbs`), right after the noun and its adjectives,
    and the "par" phrase right after it: the name is the act's agent, the first target phrase after it its target.
    (Not after an auxiliary: "a imposé" is the clause's own verb.)"""
    verbs = grammar.support_verbs
    if not verbs or grammar.verb_final or grammar.roles.participle_stems:
        return None, None
    auxiliaries = grammar.passive_auxiliaries | grammar.roles.have
    for i in range(trigger[0] + 1, min(len(forms) - 1, trigger[1] + 3)):
        if forms[i] & CLAUSE_STOPS or forms[i - 1] & auxiliaries:
            break
        if forms[i] & verbs and forms[i + 1] & grammar.agent_markers:
            agent = next((g for g in groups if i + 2 <= g.start <= i + 3 and g.marker in grammar.agent_markers), None)
            return _agent_and_target(agent, groups, trigger, forms, grammar)
    return None, None


def side_agent(groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar,
               rivals: frozenset[int]) -> tuple[Group | None, Group | None]:
    """Russian "поставки оружия Тайваню со стороны США", "провокации со стороны Киева": an act noun whose phrase
    (no comma, no other trigger between) goes on to "со стороны X" names X as its agent; the phrase's name before
    it is the act's target. Not for a verb ("подвергся обстрелу со стороны", a `reverse` rule reads that)."""
    if not grammar.agent_markers or any(grammar.verb_lemma(f) for f in forms[trigger[0]]):
        return None, None
    agent = None
    for i in range(trigger[1], min(len(forms), trigger[1] + _SIDE_REACH)):
        if forms[i] & CLAUSE_STOPS or i in rivals:
            return None, None
        if forms[i] & grammar.agent_markers:
            agent = next((g for g in groups if g.start == i + 1 and g.marker in grammar.agent_markers), None)
            break
    return _agent_and_target(agent, groups, trigger, forms, grammar, before_agent=True)


_SIDE_REACH: Final = 6  # "поставки оружия Тайваню со стороны США": the noun's complements before "со стороны"


def _agent_and_target(agent: Group | None, groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                      grammar: Grammar,
                      before_agent: bool = False) -> tuple[Group | None, Group | None]:
    """The act's target given its agent: the first phrase with a target marker after the agent (or, for an agent
    that ends the noun's phrase, the first name between the noun and the agent) before the clause ends."""
    if agent is None:
        return None, None
    if before_agent:
        return agent, next((g for g in groups if trigger[1] <= g.start < agent.start), None)
    stop = next((i for i in range(max(agent.end, trigger[1]), len(forms)) if forms[i] & CLAUSE_STOPS), len(forms))
    target = next((g for g in groups if agent.end <= g.start < stop and g.start >= trigger[1]
                   and g.marker in grammar.target_markers), None)
    return agent, target
