"""Possessors and genitives: an act's author named as its owner ("Russia's strikes", "les frappes de la Russie"), a
possessive pronoun's antecedent, a German Vorfeld owner, an owner in a subordinate clause, and a genitive after the
trigger that names a party.

Separate because a noun trigger's agent is mostly its possessor or genitive, read from the noun phrase, not from
the clause.
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.grammar import Grammar
from realpolitik.events.roles_base import Group
from realpolitik.language.tokens import PHRASE_BREAKS
from realpolitik.model import Token


def abbreviated_prefix(groups: list[Group], t_start: int, forms: list[frozenset[str]]) -> Group | None:
    """The actor written in capitals onto a noun with a hyphen ("US-Sanktionen", "EU-Zölle", "UN-Resolution")."""
    if t_start < 2 or "-" not in forms[t_start - 1]:
        return None
    g = next((g for g in groups if g.end == t_start - 1 and len(g.members) == 1), None)
    if g is None:
        return None
    surface = g.members[0].surface
    return g if surface.isupper() and surface.isalpha() and len(surface) <= 4 else None


def genitive_after(g: Group, other_triggers: frozenset[int], forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """German "den Raketentest Nordkoreas", "die Entscheidung der Regierung Serbiens": a genitive right after
    another trigger noun (or after its article) names that noun's agent; the preposition it inherits is the
    noun's. In Romance the "de" phrase after the noun does so: "s'oppose à l'adhésion de l'Ukraine à l'UE"."""
    if not g.genitive or grammar.adjectives_before_nouns and not grammar.verb_final:
        return False
    before = g.start - 1
    if not grammar.verb_final and before >= 0 and forms[before] & grammar.determiners:
        before -= 1  # "la visite de la présidente taïwanaise": the article after "de"
    if before >= 0 and forms[before] & grammar.genitive_markers:
        before -= 1
    return before in other_triggers


def genitive_of_other_trigger(g: Group, trigger: tuple[int, int], other_triggers: frozenset[int],
                              forms: list[frozenset[str]],
                              grammar: Grammar) -> bool:
    """Russian: a genitive right after another trigger noun with an agent of its own that a circumstance
    preposition opens, beyond this trigger, is that noun's agent ("договорились при посредничестве Катара"), not
    this trigger's object (but "пообещал поддержку Сербии": the object); before this trigger too ("при поддержке
    Австралии нанесли удары по Йемену": Australia is struck by no one)."""
    return g.genitive and g.marker is None and (g.start > trigger[1] + 1 or g.end <= trigger[0]) \
        and g.start - 1 in other_triggers \
        and g.start >= 2 and bool(grammar.circumstance_markers & forms[g.start - 2])


def unresolved_genitive_after(groups: list[Group], t_end: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    if t_end >= len(forms) or not forms[t_end] & grammar.genitive_markers:
        return False
    return not any(t_end < g.start <= t_end + 3 for g in groups)


def words_between(tokens: list[Token], start: int, end: int) -> int:
    """How many words stand between two positions, a hyphenated compound counted once ("Russia's full-scale
    invasion": one word between the possessor and its noun)."""
    hyphens = sum(1 for i in range(start, end) if tokens[i].text == "-")
    return end - start - 2 * hyphens


def possessor_before(start: int, groups: list[Group], tokens: list[Token] | None = None) -> Group | None:
    """The possessor right before a noun at `start`, at most two words off ("Russia's invasion", "Iran's detention
    of"; with `tokens`, a hyphenated compound counted once: "Russia's full-scale invasion")."""
    return next((g for g in groups if g.possessive and g.end <= start and (
        words_between(tokens, g.end, start) if tokens is not None else start - g.end) <= 2), None)


def agent_and_patient(span: tuple[int, int], groups: list[Group], grammar: Grammar,
                      tokens: list[Token] | None = None, forms: list[frozenset[str]] | None = None) -> bool:
    """"after Hamas's attack on southern Israel", "tras los ataques rusos contra Ucrania": a noun that names its
    agent (a possessor before it, a demonym right after it) and then its patient (a target or genitive phrase) is
    an act even inside a prepositional phrase, as "nach dem Angriff der Hamas auf Israel" is; "since Russia's
    invasion" alone stays background. `forms`: the sentence's token forms, as the event coder holds them (without
    them, with `tokens`, each token's lower-cased text)."""
    start, end = span
    agent = possessor_before(start, groups, tokens)
    if agent is None:
        agent = next((g for g in groups if g.start == end and postnominal_adjective(g, grammar)), None)
        end = agent.end if agent is not None else end
    if agent is None:
        return False
    markers = grammar.target_markers | grammar.genitive_markers
    own = agent.sides
    # (a genitive's marker is the preposition of the phrase it hangs on: "depuis l'invasion russe de la Géorgie")
    if any(end <= g.start <= end + 3 and (g.marker in markers or g.genitive)
           and not own & g.sides for g in groups):
        return True
    if forms is None and tokens is not None:
        forms = [frozenset({t.text.lower()}) for t in tokens]
    return forms is not None and demonym_patient(end, forms, groups, grammar, own) is not None


_THING_REACH: Final = 4  # "contra las centrales eléctricas ucranianas": an article, two nouns, the demonym


def demonym_patient(end: int, forms: list[frozenset[str]], groups: list[Group], grammar: Grammar,
                    own: set[str]) -> Group | None:
    """"los ataques rusos contra centrales ucranianas", "des frappes russes sur des centrales ukrainiennes": after a
    noun's agent (ending at `end`), its target preposition and the thing struck, whose demonym names the state it
    belongs to: the noun's patient (no comma between; none of the agent's sides `own`). Romance only, where the
    demonym follows the thing (`postnominal_adjective`). None where there is none."""
    if end >= len(forms) or not forms[end] & grammar.target_markers:
        return None
    return next((g for g in groups if end < g.start <= end + _THING_REACH and postnominal_adjective(g, grammar)
                 and not any("," in forms[i] or ";" in forms[i] for i in range(end, g.start))
                 and not own & g.sides), None)


def postnominal_adjective(g: Group, grammar: Grammar) -> bool:
    """A demonym right after a noun in languages that put adjectives there ("los ataques rusos"), or a pair of them
    joined by a hyphen, the first a prefix ("las sanciones franco-británicas", "les manœuvres russo-biélorusses"):
    both states are the noun's doers."""
    return not grammar.adjectives_before_nouns and g.marker is None \
        and all(m.kind == "adjective" or m.surface.endswith(_PREFIX_HYPHENS) for m in g.members)


_PREFIX_HYPHENS: Final = ("-", "‐")  # the first element of a compound adjective ("franco-", "ruso-")


def nominal_source(candidates: list[Group], groups: list[Group], t_start: int, t_end: int,
                   grammar: Grammar, patient: bool = False, forms: list[frozenset[str]] | None = None) -> Group | None:
    """'Angriffe der Hisbollah', 'the attack by Russia', "Russia's attack": the noun's own agent. A patient
    noun ("die Ausweisung der Diplomaten durch Polen") takes only a "durch" phrase or a possessive."""
    after = [g for g in groups if t_end <= g.start <= t_end + 6 and not (
        forms is not None and any(forms[i] & grammar.passive_auxiliaries for i in range(t_end, g.start)))]
    agent_markers = grammar.agent_markers - grammar.patient_markers if patient else grammar.agent_markers
    by_agent = next((g for g in after if g.marker in agent_markers), None)
    if by_agent is not None:
        return by_agent  # "der Abschuss einer Drohne durch die algerische Armee": the agent, not the genitive
    if patient:
        return next((g for g in groups if g.end <= t_start and t_start - g.end <= 2 and g.possessive), None)
    adjective = next((g for g in after if g.start == t_end and postnominal_adjective(g, grammar)), None)
    if adjective is not None:
        return adjective  # "los ataques rusos contra Kiev", "la invasion russe": the demonym names the agent
    if grammar.verb_final:  # "nach dem russischen Einmarsch", "die israelische Offensive": the adjective's country
        adjective = next((g for g in groups if g.end == t_start and g.members
                          and all(m.kind == "adjective" for m in g.members)), None)
        if adjective is not None:
            return adjective
    for g in groups:
        if g.start >= t_end and g.start - t_end <= 3 and g.genitive and not (
                forms is not None and any(forms[i] & grammar.location_markers for i in range(t_end, g.start))):
            return g  # not "ein Manöver vor der Küste Taiwans": that genitive hangs on the place
        if g.end <= t_start and t_start - g.end <= 2 and g.possessive:
            return g
    return None


def other_possessive(t_start: int, clause: tuple[int, int], forms: list[frozenset[str]],
                     grammar: Grammar) -> int | None:
    """Where a possessive that never stands for the clause's subject ("их", "её") qualifies the noun at
    `t_start`: right before it, or before one adjective ("их новые санкции"); None if there is none."""
    words = grammar.roles.other_possessives
    if not words:
        return None
    for at in (t_start - 1, t_start - 2):
        if at < clause[0]:
            return None
        if forms[at] & words:
            return at
        between = forms[at]
        if at == t_start - 2 or not any(w.isalpha() for w in between) or between & (
                grammar.target_markers | grammar.location_markers | grammar.subordinators | grammar.coordination) \
                or any(grammar.verb_lemma(w) for w in between):
            return None  # "обвинил их в ударах", "призвал их прекратить удары": the object, not an owner
    return None


def possessive_of_no_list(groups: list[Group], t_start: int, clause: tuple[int, int], forms: list[frozenset[str]],
                           grammar: Grammar) -> int | None:
    """Where a singular possessive right before the noun ("son invasion") follows a clause subject that lists two
    or more states: it cannot stand for that list, so, like Russian "их", it names an owner before it."""
    at = t_start - 1
    # all the token's forms: simplemma reads "leur", "leurs" as "son" too, and those may stand for the list
    if at < clause[0] or not grammar.roles.singular_possessives or not forms[at] <= grammar.roles.singular_possessives:
        return None
    first_verb = next((i for i in range(clause[0], at) if any(grammar.verb_lemma(w) for w in forms[i])), at)
    subject = next((g for g in groups if clause[0] <= g.start < first_verb and g.marker is None), None)
    return at if subject is not None and len(subject.sides) >= 2 else None


def possessive_antecedent(groups: list[Group], pronoun: int, clause: tuple[int, int], forms: list[frozenset[str]],
                          grammar: Grammar) -> Group | None:
    """The actor a non-reflexive possessive stands for: the latest named before it in the sentence, except the
    subject of its own clause (a free group before the clause's first verb), for which Russian says "свой"."""
    joined = _joined_clause_subject(groups, pronoun, forms, grammar)
    if joined is not None:
        return joined
    first_verb = next((i for i in range(clause[0], pronoun) if any(grammar.verb_lemma(w) for w in forms[i])),
                      pronoun)
    for g in reversed(groups):
        if g.end > pronoun:
            continue
        if clause[0] <= g.start < first_verb and g.marker is None and not g.genitive:
            continue  # "Литва закрыла границу после их провокаций": not Lithuania's provocations
        return g
    return None


def _joined_clause_subject(groups: list[Group], pronoun: int, forms: list[frozenset[str]],
                           grammar: Grammar) -> Group | None:
    """"Израиль провел операцию на юге Ливана, а его удары уничтожили ...", "Турция начала наступление в Сирии, и её
    армия ...": a possessive that opens a clause joined by a comma and a conjunction stands for the subject of the
    clause before (a free group before that clause's first verb), not for the place named last in it. None where
    the pronoun opens no such clause or the clause before has no such subject."""
    if pronoun < 2 or not forms[pronoun - 1] & grammar.conjunctions or "," not in forms[pronoun - 2]:
        return None
    comma = pronoun - 2
    start = next((i + 1 for i in range(comma - 1, -1, -1) if forms[i] & PHRASE_BREAKS), 0)
    first_verb = next((i for i in range(start, comma) if any(grammar.verb_lemma(w) for w in forms[i])), None)
    if first_verb is None:
        return None
    return next((g for g in groups if start <= g.start and g.end <= first_verb and g.marker is None
                 and not g.genitive and not g.possessive), None)


_NOMINATIVE_ARTICLES: Final = frozenset({"der", "die", "das", "ein", "eine"})
# lemmas of "hat", "ist", "wird" before a participle
_FINITE_AUXILIARIES: Final = frozenset({"haben", "sein", "werden"})
_VORFELD_REACH: Final = 4  # "Der Kommandeur der", "Die Regierung von Präsident"


def vorfeld_owner(candidates: list[Group], groups: list[Group], clause: tuple[int, int], t_start: int,
                  forms: list[frozenset[str]],
                  grammar: Grammar) -> Group | None:
    """German "Der Kommandeur der iranischen Revolutionsgarden drohte Israel", "Die Regierung von Präsident Ortega
    warf Israel ... vor": the clause opens with an article and a noun that is no actor, and the actor of its
    genitive or "von" phrase stands right before the finite verb (after an apposition, if any). The whole
    phrase is the subject, so that actor acts; the free name after the verb is the object, not the subject."""
    if "sein" in forms[t_start]:
        return None  # "die Drohungen Russlands seien inakzeptabel": a copula judges its subject's owner
    chain = [g for g in groups if clause[0] < g.start < t_start]
    if not chain or chain[0] not in candidates or chain[0].start - clause[0] > _VORFELD_REACH:
        return None
    first = chain[0]
    if not forms[clause[0]] & _NOMINATIVE_ARTICLES and not (
            all(forms[i] & grammar.genitive_markers for i in range(clause[0] + 1, first.start))
            and _bare_noun(clause[0], groups, forms, grammar)):
        return None
    if not (first.genitive and first.marker is None or first.marker in grammar.patient_markers):
        return None
    if any(forms[i] & PHRASE_BREAKS for i in range(clause[0], first.start)):
        return None
    owner = first
    for g in chain[1:]:  # "der iranischen Revolutionsgarden": the demonym and the body are two adjacent names
        if g.start != owner.end or g not in candidates:
            break
        owner = g
    end = owner.end
    if end < t_start and "," in forms[end]:  # ", Hossein Salami,": an apposition names the person
        close = next((i for i in range(end + 1, min(t_start, end + 6)) if "," in forms[i]), None)
        if close is None:
            return None
        end = close + 1
    return owner if end == t_start or end < t_start and forms[end] & _FINITE_AUXILIARIES else None


def _bare_noun(at: int, groups: list[Group], forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"Schiffe der chinesischen Küstenwache haben ... beschossen": a plural noun without article opening the clause,
    no actor and no preposition ("Laut der Regierung", "Mit der EU"), so the genitive after it is its owner (the
    genitive group is marked so only after a capitalised word)."""
    words = forms[at]
    return any(w.isalpha() for w in words) and not any(g.start <= at < g.end for g in groups) \
        and not words & (grammar.roles.bare_noun_blockers | grammar.target_markers | grammar.agent_markers
                         | grammar.location_markers | grammar.subordinators | grammar.coordination
                         | grammar.pronouns | grammar.possessives | grammar.determiners | grammar.negation)


_OWNER_REACH: Final = 5  # "que agentes de la": a subordinator, an article, one noun, "de" and an article


def subordinate_owner(candidates: list[Group], t_start: int, forms: list[frozenset[str]],
                      grammar: Grammar) -> Group | None:
    """"México rompió relaciones con Ecuador después de que agentes de la Policía ecuatoriana irrumpieran en ...": a
    clause opened inside the sentence by a subordinator, whose subject noun is no actor, has its "de" phrase right
    before the verb as the one who acts (not the main clause's subject)."""
    owner = next((g for g in reversed(candidates) if g.end <= t_start), None)
    if owner is None or not owner.genitive or owner.marker is not None or t_start - owner.end > 1:
        return None
    for i in range(owner.start - 1, max(-1, owner.start - 1 - _OWNER_REACH), -1):
        if forms[i] & grammar.subordinators:
            return owner
        if forms[i] & PHRASE_BREAKS:
            return None
    return None


def owner_of_object(sentence_groups: list[Group], source: Group, trigger: tuple[int, int], forms: list[frozenset[str]],
                    grammar: Grammar,
                    target_markers: frozenset[str]) -> Group | None:
    """"L'Iran a condamné les frappes américaines contre ses installations", "Le Qatar a condamné l'attaque iranienne
    contre son territoire": the act noun's object is owned by the possessive's antecedent, the sentence's subject
    (the first free name before the noun that is not the noun's own agent)."""
    at = next((i for i in range(trigger[1], min(len(forms) - 1, source.end + 3)) if forms[i] & target_markers), None)
    if at is None or not forms[at + 1] & grammar.possessives:
        return None
    own = source.sides
    return next((g for g in sentence_groups if g.end <= trigger[0] and g.marker is None and not g.genitive
                 and not any(m.kind == "adjective" for m in g.members)
                 and not g.sides & own), None)


def opening_possessor(sentence_groups: list[Group], clause: tuple[int, int], t_start: int) -> Group | None:
    """"Israel's strikes will not go unanswered", "Die Angriffe Israels werden nicht unbeantwortet bleiben": the
    possessor that opens the clause, or the genitive after its first noun, names the author of the act that noun
    is: the subject of a copula that judges or answers it."""
    return next((g for g in sentence_groups if g.end < t_start and (
        g.possessive and clause[0] <= g.start <= clause[0] + 1 or g.genitive and clause[0] < g.start <= clause[0] + 2)),
        None)
