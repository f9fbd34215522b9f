"""Demands, refusals, causatives and joins: who asks and who is asked ("urged Rwanda to withdraw"), whom a refusal
is aimed at, the one a causative verb makes act ("llevó a México a romper"), the state that joins sanctions.

Separate because they read an infinitive or a called-for act after the trigger, a structure of their own.
"""

from __future__ import annotations

from typing import Final

from realpolitik.codes import same_party, side_of
from realpolitik.events.clause_infinitives import after_refusal, fused_infinitive
from realpolitik.events.clause_openers import continues_main_clause
from realpolitik.events.grammar import Grammar
from realpolitik.events.roles import Group, Roles
from realpolitik.events.triggers import TriggerMatch
from realpolitik.model import ActorMention, Event, Sentence, Token


def sanctions_joiner(sentence: Sentence, span: tuple[int, int], clause: tuple[int, int], groups: list[Group],
            forms: list[frozenset[str]], grammar: Grammar) -> Group | None:
    """The state that joins the sanctions the trigger names ("Norway joined the EU's sanctions", "присоединилась к
    санкциям Евросоюза", "hat sich den EU-Sanktionen angeschlossen"): the clause's first free name, or the main
    clause's where the clause goes on from it. None where no inflected verb of joining governs the sanctions."""
    before = range(max(clause[0], span[0] - _JOIN_REACH), span[0])
    after = range(span[1], clause[1]) if grammar.verb_final else range(0)
    tokens = sentence.tokens
    # an inflected verb: the joining is told as done; an infinitive is only refused, asked or meant ("refused to
    # join", "urged Serbia to join", "отказалась присоединиться"), and the sanctions stay their owner's
    if not any(forms[i] & grammar.joining_verbs and not _infinitive(tokens, i, grammar) for i in (*before, *after)):
        return None
    states = [g for g in groups if g.start < span[0] and g.free
              and not any(m.kind in _NO_JOINERS for m in g.members)]  # (a bloc sets its own sanctions)
    own = [g for g in states if g.start >= clause[0]]
    if own:
        return own[0]
    if states and not grammar.verb_final:
        opener = _clause_opener(tokens, clause)
        if opener in grammar.roles.subject_relatives:
            # "Сербия остается единственной страной ..., которая не присоединилась к санкциям": the state the
            # subject relative stands for, the nearest before it (a bloc in between is no joiner)
            return states[-1]
        if clause[0] > 0 and tokens[clause[0] - 1].text in _DASHES and states[0].end == clause[0] - 1 \
                and states[0].start == _first_word(tokens):
            # "Норвегия — член НАТО и с 2022 года присоединяется к санкциям ЕС": the sentence's first name, then a
            # dash that opens what is said of it (a copula and the predicate coordinated after it)
            return states[0]
    return states[0] if states and continues_main_clause(sentence, clause, grammar,
                                                         frozenset(g.start for g in groups)) else None


def _clause_opener(tokens: list[Token], clause: tuple[int, int]) -> str:
    """The clause's first word (lower case), past a comma that opens it."""
    k = clause[0]
    while k < clause[1] and tokens[k].text == ",":
        k += 1
    return tokens[k].text.lower() if k < clause[1] else ""


def _first_word(tokens: list[Token]) -> int:
    """The sentence's first token that is a word (past opening quotes or a dash)."""
    return next((k for k, t in enumerate(tokens) if t.text[:1].isalnum()), 0)


def _infinitive(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """The verb at i as an infinitive: its bare lemma ("присоединиться", "sumarse"), after "to", or with "zu" inside
    ("anzuschließen")."""
    word = tokens[i].text.lower()
    if word == tokens[i].lemma:
        return True
    marker = grammar.infinitive_marker
    return marker is not None and (i > 0 and tokens[i - 1].text.lower() == marker
                                   or fused_infinitive(word, marker, grammar.separable_particles))


_DASHES: Final = frozenset({"—", "–", "-"})
_NO_JOINERS: Final = frozenset({"adjective", "organisation"})
_JOIN_REACH: Final = 4  # "joined the Western sanctions", "se ha sumado a las sanciones": the verb, then up to three


def state_asked_for(mention: ActorMention, forms: list[frozenset[str]], nouns: frozenset[str]) -> bool:
    """A demonym right beside a noun of statehood ("a Palestinian state", "l'État palestinien", "палестинского
    государства"): the thing an appeal asks for, not a party it addresses."""
    if mention.kind != "adjective":
        return False
    before, after = mention.token_start - 1, mention.token_end
    return before >= 0 and not forms[before].isdisjoint(nouns) \
        or after < len(forms) and not forms[after].isdisjoint(nouns)


# "rebuff US calls", "rejected the repeated US calls": words between the verdict and the asker
_REFUSED_REACH: Final = 2


def refuser(match: TriggerMatch, asker: ActorMention, triggers: list[TriggerMatch], earlier: list[Event],
             sentence: Sentence, groups: list[Group]) -> list[ActorMention]:
    """"Iran keeps rejecting European calls to resume talks", "Moscow dismissed Kyiv's appeals for a truce": a call
    or demand named by its asker right before it, which a rejection just before takes as object, was made to
    the one who rejects it."""
    if asker.token_start < 0 or not 0 <= match.span[0] - asker.token_end <= 1:
        return []  # the asker premodifies the noun: "US calls", "Kyiv's appeals"
    tokens = sentence.tokens
    for verdict in triggers:
        if verdict.rule.plover != "REJECT" or not 0 <= asker.token_start - verdict.span[1] <= _REFUSED_REACH:
            continue
        at = tokens[verdict.span[0]].start
        event = next((e for e in reversed(earlier) if e.trigger_start == at and e.plover == "REJECT" and e.source
                      and not same_party(e.source, asker.code)), None)
        named = None if event is None else next(
            (m for g in groups for m in g.members if m.code == event.source and m.token_end <= verdict.span[0]), None)
        return [named] if named is not None else []
    return []


def refused_party(groups: list[Group], clauses: list[tuple[int, int]], clause: tuple[int, int],
                   forms: list[frozenset[str]], grammar: Grammar,
                   source: ActorMention) -> list[ActorMention]:
    """"Iran weigerte sich, das Abkommen mit den USA zu unterzeichnen": the refusal is aimed at the party its
    infinitive clause acts on (the first actor there of another country than the refuser)."""
    following = next((c for c in clauses if c[0] > clause[1] - 1 and c[0] - clause[1] <= 1), None)
    if following is None or not after_refusal(forms, following, grammar):
        return []
    party = side_of(source.code)
    return next((list(g.members) for g in groups if following[0] <= g.start < following[1]
                 and side_of(g.members[0].code) != party), [])


# German reported demands without "dass" put the one asked first in the reported clause, with a subjunctive of
# obligation: "verlangte, die Ukraine müsse ihre Truppen abziehen", "forderte, Israel solle ... zulassen"
_OBLIGATION_MOODS: Final = frozenset({"müsse", "müssten", "solle", "sollten", "möge", "mögen"})
# "müsse ... entscheiden können", "solle ... bleiben dürfen": what the subject must be able or allowed to do is
# claimed for it, not asked of it
_ENABLED: Final = frozenset({"können", "dürfen"})
_OBLIGED_REACH: Final = 4  # ", die Ukraine müsse", ", die russische Regierung solle": the subject, then the verb


def obliged_party(groups: list[Group], clauses: list[tuple[int, int]], clause: tuple[int, int],
                   forms: list[frozenset[str]], source: ActorMention | None) -> list[ActorMention]:
    """"Putin verlangte, die Ukraine müsse ihre Truppen abziehen", "Polen forderte, Russland solle die Angriffe
    einstellen": a demand with no one asked in its own clause is aimed at the subject of the clause right after
    its comma, where a subjunctive of obligation follows that subject (the reported demand's addressee); not a
    party of the asker's own country (`source`: None where the asker is still to be supplied by the article)."""
    following = next((c for c in clauses if c[0] >= clause[1] and c[0] - clause[1] <= 1), None)
    if following is None or following[0] < 1 or "," not in forms[following[0] - 1]:
        return []
    first = next((g for g in groups if following[0] <= g.start < following[1]), None)
    if first is None or first.start - following[0] > _OBLIGED_REACH - 1 or first.genitive or first.possessive:
        return []
    if not any(forms[k] & _OBLIGATION_MOODS for k in range(first.end, min(following[1], first.end + _OBLIGED_REACH))):
        return []
    if any(forms[k] & _ENABLED for k in range(first.end, following[1])):
        return []  # "die Ukraine müsse frei entscheiden können": a right claimed for it, asked of others
    party = None if source is None else side_of(source.code)
    return [m for m in first.members if side_of(m.code) != party]


_CAUSEE_REACH: Final = 12  # "llevó al gobierno de X a romper relaciones con Y y a demandarlo": words from the object on
_PERSONAL_A: Final = frozenset({"a", "al"})


def causative_object(groups: list[Group], span: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar):
    """The object of a causative verb whose infinitive is the trigger, else None: Spanish "obligó a Argentina a
    retirar a su embajador", "llevó al Gobierno de México a romper relaciones ... y a demandarlo" (`roles.causatives`,
    the personal "a" before the object and before the infinitive); English "..., prompting Baghdad to summon Ankara's
    ambassador and accuse Turkey", "forced Vilnius to shut" (the object right after the causative verb, the
    infinitive marker right after it). The infinitive may be coordinated with another, no comma between."""
    causatives = grammar.roles.causatives
    start = span[0]
    if not causatives or start < 1:
        return None
    personal = bool(forms[start - 1] & _PERSONAL_A)
    to = "" if personal else grammar.infinitive_marker
    if not personal and not to:
        return None
    for g in reversed(groups):
        if g.end >= start or g.start < (2 if personal else 1):
            continue
        if start - g.end > _CAUSEE_REACH:
            return None
        if _caused(g, forms, causatives, to) and not any("," in forms[i] for i in range(g.end, start)):
            return g
    return None


def _caused(g: Group, forms: list[frozenset[str]], causatives: frozenset[str], to: str | None) -> bool:
    """Whether a causative verb governs the object `g`: with no infinitive marker `to`, the personal "a" before and
    after it and the verb before that ("obligó a Argentina a"); else the verb right before it and `to` right after
    it ("forced Vilnius to")."""
    if not to:
        return bool(forms[g.end] & _PERSONAL_A and forms[g.start - 1] & _PERSONAL_A and forms[g.start - 2] & causatives)
    return bool(forms[g.start - 1] & causatives) and to in forms[g.end]


def asker_only(roles: Roles, cue: int | None) -> bool:
    """Keep the sources that stand before the demand word (who asks); False when none is left."""
    if cue is None:
        return True
    roles.sources = [m for m in roles.sources if m.token_start < cue]
    return bool(roles.sources)


def _asked(cue: int, span: tuple[int, int], groups: list[Group]):
    """The one asked to act: the first actor phrase between the demand word and the act (not a genitive or a
    possessive), or None where nobody is named there."""
    return next((g for g in groups if cue < g.start and g.end <= span[0] and not g.genitive and not g.possessive),
                None)


def asked_elsewhere(roles: Roles, cue: int | None, span: tuple[int, int], groups: list[Group]) -> bool:
    """"exhorté l'Allemagne à livrer des missiles à l'Ukraine", "urged Israel to stop its strikes on Lebanon": an
    actor between the demand word and the act is the one asked, and it would carry the act out; an act it would aim
    at another party is no demand of the asker on that party (the urging verb codes the request to the one asked)."""
    if cue is None or not roles.targets:
        return False
    asked = _asked(cue, span, groups)
    return asked is not None and not any(t in asked.members for t in roles.targets)


def asked_no_one(roles: Roles, cue: int | None, span: tuple[int, int], groups: list[Group]) -> bool:
    """"called for tougher sanctions on Russia", "призвали усилить давление на Москву": a hostile act the asker calls
    for, with no actor between the demand word and the act (nobody named is asked to carry it out) and a target of
    its own in the sentence, is no demand on that target (one taken from the context, "Страны Балтии настаивают на
    ужесточении санкций" after the EU's sanctions, is the body asked to impose them)."""
    return cue is not None and bool(roles.targets) and not roles.target_from_context \
        and _asked(cue, span, groups) is None
