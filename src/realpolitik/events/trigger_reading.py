"""Whether a trigger stands, and its first roles: the steps of the coder (coder._code_trigger) that keep or drop a
trigger (`kept`, `trigger_modality`, `read_noun`, `read_voice`, `asked_state`), read its roles by its clause's
structure (`assign`, with the tokens of its rival triggers) and correct them by the clause (`meeting_roles`,
`clause_corrections`, `places`).

What the sentence says of the act corrects them next (trigger_corrections.py), then the article's context
(trigger_context.py).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from realpolitik.events.article_phrases import passive_host
from realpolitik.events.cameo import ARREST, BREAK_RELATIONS, DENIAL, MEDIATION, PRAISE, SIGNING
from realpolitik.events.clause_infinitives import under_refusal_noun
from realpolitik.events.clause_openers import continues_main_clause, opens_participle
from realpolitik.events.clauses import clause_of
from realpolitik.events.custody import CRIME_ACTS, CRIMINALS, PLACE_ACTS, place_of_force
from realpolitik.events.demands import sanctions_joiner, state_asked_for
from realpolitik.events.dropped_subject import unknown_before_verb
from realpolitik.events.grammar import Grammar
from realpolitik.events.meetings import (
    VISIT,
    call_occasion,
    fronted_meeting_pair,
    fronted_meeting_partner,
    fronted_possessed,
    meeting_with,
    pair_after,
    subject_after_comma,
    trailing_meeting_pair,
    trailing_meeting_roles,
    visit_during,
    visit_during_subject,
)
from realpolitik.events.modality import read_modality
from realpolitik.events.modality_tense import scheduled_leg
from realpolitik.events.noun_acts import praised_pair, told_pair
from realpolitik.events.questions import asks, particle_question
from realpolitik.events.roles import (
    COOPERATIVE,
    Group,
    Site,
    agent_and_patient,
    announced_topic,
    arrest_at_place,
    assign_roles,
    expelled_from_place,
    held_at_place,
    hyphen_pair_parties,
    relative_agent,
)
from realpolitik.events.roles_base import SAID_TYPES
from realpolitik.events.roles_dep import refine
from realpolitik.events.sentence_state import Article, SentenceState, Trigger, note
from realpolitik.events.topics import (
    embedded_by_verb,
    embedded_noun,
    in_concession,
    noun_by_form,
    noun_complement,
    talked_about,
)
from realpolitik.events.triggers import TriggerMatch
from realpolitik.events.voice import (
    agent_after,
    agentless_passive,
    attribution_participle,
    backer_attribute,
    has_own_agent,
    is_nominal,
    own_part,
    possessed,
    reduced_passive,
    short_passive,
)
from realpolitik.model import PLACE, UNREALISED_MODALITIES, ActorMention


def _praised_pair(s: SentenceState, match: TriggerMatch) -> bool:
    """The mutual act noun a praise right before it judges names its sides in its own pair (noun_acts)."""
    others = [m for m in s.triggers if m is not match]
    return praised_pair(match.span, s.forms, s.groups, s.grammar, [m.span[1] for m in others if m.rule.cameo == PRAISE],
                        frozenset(i for m in others if m.rule.plover == match.rule.plover for i in m.tokens))


def kept(s: SentenceState, match: TriggerMatch) -> bool:
    """False for a trigger that is part of an actor's name, a noun another trigger judges, or a warning, charge,
    call or refusal named in a concessive phrase."""
    sentence, ruleset, grammar, forms = s.sentence, s.ruleset, s.grammar, s.forms
    if s.inside_actor.issuperset(match.tokens):
        note(sentence, ruleset, match, "trigger is part of an actor's name")
        return False  # "Verteidigungsminister" is an actor, not a defence event
    if id(match) in s.judged and id(match) not in s.with_own_agent and id(match) not in s.judged_agents \
            and not (match.rule.symmetric and _praised_pair(s, match)) \
            and not call_occasion(match, sentence.tokens, grammar):
        # (kept: "welcomed the truce between X and Y", a pair praised; "gratulierte ... in einem Telefonat", a call)
        note(sentence, ruleset, match, "a noun judged by another trigger")
        return False  # "rechazó las exigencias", "verurteilte den Angriff": the noun is what is judged
    if s.concession and match.rule.plover in SAID_TYPES and any(in_concession(i, forms, grammar)
                                                                   for i in match.tokens):
        note(sentence, ruleset, match, "a warning, charge, call or refusal named in a concessive phrase")
        return False  # "despite US warnings against an offensive", "несмотря на критику Еврокомиссии": said before
    if match.rule.plover == "ACCUSE" and s.several and _qualifies_befriended(s, match):
        note(sentence, ruleset, match, "a qualification of what the praise or aid before it took")
        return False  # "celebró la decisión y la calificó de «señal necesaria»": the pronoun is the thing praised
    return True


_QUALIFIER_REACH: Final = 3  # words between "and" and a charge verb: the object pronoun and an auxiliary


def _qualifies_befriended(s: SentenceState, match: TriggerMatch) -> bool:
    """A charge verb whose object is a pronoun right after "and", after a friendly act of the same sentence ("celebró
    la decisión de Washington y la calificó de «señal muy necesaria»", "a salué la décision et l'a qualifiée de
    signal"): the pronoun stands for what was just praised or given, and the qualification continues the praise; it
    judges no one (the bare "calificar de" reads as a charge), unless the qualifier names an actor of its own."""
    grammar, forms = s.grammar, s.forms
    start = min(match.tokens)
    pronoun = False
    i = start - 1
    while i >= 0 and start - i <= _QUALIFIER_REACH and not forms[i] & grammar.coordination:
        words = forms[i]
        if words & grammar.determiners or words & grammar.roles.object_clitics \
                or any(f[:2] in ("l'", "l’") and len(f) > 2 for f in words):
            pronoun = True
        elif not words & grammar.perfect_auxiliaries and not words & _PERFECT_LEMMAS:
            return False
        i -= 1
    if i < 0 or not pronoun or not forms[i] & grammar.coordination:
        return False
    clause = clause_of(s.clauses, match.span[0])
    if any(match.span[1] <= g.start < clause[1] for g in s.placeless):
        return False  # "lo calificó de víctima de una agresión israelí": the qualifier names whom it judges
    return any(m is not match and m.rule.plover in _FRIENDLY and max(m.tokens) < i for m in s.triggers)


_PERFECT_LEMMAS: Final = frozenset({"haber", "avoir"})  # "y la ha calificado", "et l'a qualifiée"


def phrases_of(s: SentenceState, match: TriggerMatch) -> list[Group]:
    """The actor phrases the trigger may have: places only for acts on places, no owner of a broken norm for an
    accusation, no name of a concession's noun, no war's sides but for a mediation."""
    groups, conceded, war_named = s.groups, s.conceded, s.war_named
    phrases = groups if match.rule.plover in PLACE_ACTS else s.placeless  # the actor phrases it may have
    if s.wronged and match.rule.plover == "ACCUSE":
        phrases = s.judging_groups if phrases is groups else s.judging_placeless
    if conceded:
        phrases = [g for g in phrases if conceded.get(id(g), match) is match]
    if war_named and match.rule.cameo != MEDIATION:  # a mediator stands between the war's sides
        phrases = [g for g in phrases if id(g) not in war_named]
    return phrases


def trigger_modality(s: SentenceState, tr: Trigger) -> bool:
    """The trigger's modality. False for an act named under a noun of refusal, or the act a demand before it asks
    for (the demand is coded)."""
    sentence, ruleset, grammar, forms, modal_forms = s.sentence, s.ruleset, s.grammar, s.forms, s.modal_forms
    triggers, inside_actor = s.triggers, s.inside_actor
    match, span, clause = tr.match, tr.span, tr.clause
    if s.refusing and not any(forms[i] & grammar.refusal_nouns for i in match.tokens) \
            and under_refusal_noun(forms, span[0], clause, grammar, inside_actor):
        note(sentence, ruleset, match, "an act named under a noun of refusal")
        return False  # "criticised Kyiv's refusal to negotiate": the talks were not held, no one held them
    participle = opens_participle(sentence, clause, grammar)
    reading = read_modality(modal_forms, span, clause, len(sentence.tokens), grammar, match.rule, inside_actor,
                            s.vocabulary if modal_forms is forms else None, participle)
    governor = reading.governor
    if governor is not None and (reading.governed == "demand" or any(
            m.rule.plover == "REQUEST" and governor[0] <= m.span[0] < governor[1] for m in triggers)):
        note(sentence, ruleset, match, "the act a demand before it asks for")
        return False  # "richtete einen Appell an Ruanda, die Unterstützung einzustellen": the appeal is coded
    modality = reading.modality  # "drohte, die Ukraine anzugreifen", "schlug vor, die Zölle zu erhöhen"
    if modality in ("asserted", "reported") and (match.rule.symmetric or match.rule.plover == "CONSULT") \
            and scheduled_leg(forms, span, clause, grammar, inside_actor):
        # "flies to Doha on Wednesday for talks with the emir": wire copy's scheduled present, a leg still to come
        # (read on the unblanked forms: the day and a leg rule's own words are ignored phrases, no modal cue)
        modality = "plan"
    if modality not in UNREALISED_MODALITIES and asks(sentence.tokens, grammar.modality.get("asked", frozenset()),
                                                       grammar.modality.get("question_words", frozenset())):
        modality = "hypothetical"  # "Will Washington impose tariffs on China?": the act is asked about, not told
    if modality not in UNREALISED_MODALITIES and particle_question(
            sentence.tokens, span, grammar.modality.get("particles", frozenset()), grammar.coordination):
        modality = "hypothetical"  # "Будет ли Иран сотрудничать с МАГАТЭ?", "уточнять, идет ли речь о поставках"
    if modality in _VERB_MODALITIES and meeting_with(match, sentence, tr.phrases, grammar):
        # "In einem Telefonat mit Putin forderte Trump eine Waffenruhe": a call after a preposition of time gone
        # by took place; it is no object of the demand (or pledge, or threat) the clause's verb makes
        modality = "asserted"
    tr.participle, tr.modality = participle, modality
    return True


def _expulsion_noun(span: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """Whether a word of the trigger is a noun of expelling (`act_kind_nouns` of 161: "expulsion", "Ausweisung",
    "expulsión", "высылка")."""
    kinds = grammar.roles.act_kinds
    return any(kinds.get(w) == BREAK_RELATIONS for i in range(*span) for w in forms[i])


def read_noun(s: SentenceState, tr: Trigger) -> bool:
    """Whether the trigger is a noun, and the roles of an arrest its place or participle names. False for a noun
    that is background (inside a prepositional phrase, considered by another verb, the topic of talks) or a backer
    in a participle attribute."""
    sentence, ruleset, grammar, forms = s.sentence, s.ruleset, s.grammar, s.forms
    match, span, clause, phrases, modality = tr.match, tr.span, tr.clause, tr.phrases, tr.modality
    nominal = modality in ("asserted", "reported") and is_nominal(match, sentence, phrases, forms, grammar)
    embedded = embedded_noun(match, sentence, grammar)
    # "depuis l'arrestation à Montréal de la directrice juridique de Huawei": the state of the place arrested
    arrested = arrest_at_place(span, phrases, forms, grammar) if embedded and not nominal and modality in (
        "asserted", "reported") and match.rule.cameo.startswith(ARREST) else None
    if arrested is None and modality in ("asserted", "reported") and match.rule.cameo == BREAK_RELATIONS \
            and (embedded or _expulsion_noun(span, forms, grammar)):
        # "в ответ на высылку российских дипломатов из Таллина": the state of the place sent them home; so too where
        # an expulsion noun (`act_kind_nouns`) is no phrase's ("The expulsion of three Iraqi diplomats from Kuwait
        # on Tuesday ... is the sharpest break": fresh54a-en-004; the place phrase right after the expelled and no
        # agent still decide), not a recall ("ordnete die Rückkehr des kolumbianischen Botschafters aus Quito ...
        # an" is Colombia's, wire-de5-012)
        arrested = expelled_from_place(span, phrases, forms, grammar)
    if arrested is None and modality in ("asserted", "reported") and match.rule.cameo.startswith(ARREST):
        # "un ressortissant français détenu en Azerbaïdjan": the persons the participle describes are the held
        arrested = held_at_place(span, sentence.tokens, phrases, grammar)
    if arrested is None and embedded and not (nominal and agent_after(
            match, sentence.tokens, phrases, grammar, adjectives=False)) and not (
            meeting_with(match, sentence, phrases, grammar)) and not (
            visit_during(match, sentence, phrases, grammar)) and not (
            # "signed a pact during a visit by Sharif": the subject's parties met there
            trailing_meeting(s, tr)) and not (
            (nominal or modality in ("asserted", "reported") and possessed(match, phrases, sentence.tokens))
            and agent_and_patient(span, phrases, grammar, sentence.tokens, forms)
            and not noun_complement(match, sentence, grammar)) and not \
            pair_after(match, sentence, phrases, grammar) and not (
            # "since the ceasefire between Israel and Hezbollah": a mutual act with its own pair, told as done
            modality in ("asserted", "reported") and (told_pair(span, forms, phrases, grammar, match.rule.symmetric
                                                                or match.rule.plover == "ASSAULT")
                                                      or match.rule.symmetric and _praised_pair(s, match))) \
            and announced_topic(
            span, clause, phrases, forms, grammar) is None and not (
            # "Zu den Strafzöllen, die Washington auf Stahl verhängt hatte, ...": its relative clause's agent
            grammar.verb_final and relative_agent(phrases, s.clauses, span, sentence.tokens, forms, grammar)[0]):
        note(sentence, ruleset, match, "a noun inside a prepositional phrase, without an agent")
        return False  # "debido a los bombardeos en Siria", "desde la invasión rusa": background to the clause
    if (nominal or modality in ("asserted", "reported") and noun_by_form(sentence.tokens, span, grammar)) \
            and grammar.embedding_verbs and embedded_by_verb(forms, span, clause, grammar) \
            and not has_own_agent(match, sentence, phrases, forms, grammar):
        note(sentence, ruleset, match, "a noun another verb only considers, without an agent")
        return False  # "einen Angriff auf Niger als Kriegserklärung betrachten", "einen Angriff verhindern"
    if match.rule.plover == "COOPERATE" and talked_about(forms, span, clause, grammar):
        note(sentence, ruleset, match, "cooperation named as the topic of talks")
        return False  # "avec lequel il a évoqué la coopération militaire": they talked, no cooperation is told
    if match.rule.plover == "SUPPORT" and backer_attribute(match.span, sentence.tokens, phrases, grammar):
        note(sentence, ruleset, match, "a backer in a participle attribute: a standing tie, no act")
        return False  # "the militia backed by Iran attacked ...": "backed by" is an ally relation (EVAL.md)
    tr.nominal, tr.arrested = nominal, arrested
    return True


def read_voice(s: SentenceState, article: Article, tr: Trigger) -> bool:
    """Whether the trigger is passive, and the roles of a passive summons or expulsion by its host. False for a
    passive with no agent, but of force on a place or a named victim."""
    sentence, grammar, forms = s.sentence, s.grammar, s.forms
    match, span, clause, phrases = tr.match, tr.span, tr.clause, tr.phrases
    if attribution_participle(match, sentence.tokens, forms, grammar):
        reduced = passive = False  # "a sabotage attack blamed on Russia": the clause's subject attributes it
    else:
        reduced = reduced_passive(match, sentence, phrases, grammar)
        passive = reduced or s.passive_clause(own_part(clause, span, forms, grammar)) \
            or short_passive(match, sentence.tokens, phrases, grammar)
    hosted = passive_host(phrases, clause, span, forms, grammar, article.recent) if match.rule.passive_host else None
    agentless = hosted is None and passive and agentless_passive(match, sentence, forms, phrases, clause,
                                                                  grammar, reduced)
    if agentless and match.rule.plover not in PLACE_ACTS:
        note(sentence, s.ruleset, match, "a passive without an agent")
        return False  # "X was accused": the one accused is known, the accuser is not
    # ("Kharkiv was shelled", "Haniyeh was killed in an airstrike": force on a named victim by no one named,
    # which the article's one adversary of the victim may have used; see article_fill.fill_from_context)
    tr.passive, tr.hosted, tr.agentless = passive, hosted, agentless
    return True


# the acts for someone whose object a charge coordinated after them does not judge
_FRIENDLY: Final = frozenset({"SUPPORT", "AID"})
# pledges of support and of aid ("a promis son aide au Maroc"): friendly as the help itself, to a charge beside them;
# only a pledge whose words name the help (a bare "promis" may promise "de nouvelles mesures contre la Russie")
_PLEDGES: Final = frozenset({"030", "031", "032", "033"})


def rival_tokens(s: SentenceState, tr: Trigger) -> None:
    """The tokens of the sentence's other triggers the role finder reads: none where the trigger is the only one."""
    with_own_agent, match = s.with_own_agent, tr.match
    # (an outcome frame takes no phrase from a rival: "Talks between X and Y ended with an agreement" leaves the pair to
    # the talks, and the outcome binds the talks' sides, `Rule.outcome`)
    triggers = [m for m in s.triggers if not m.rule.outcome]
    if s.several:  # (the other triggers' tokens: none where the trigger is the sentence's only one)
        others = frozenset(i for m in triggers if m is not match and id(m) in with_own_agent for i in m.tokens)
        rivals = frozenset(i for m in triggers if m is not match for i in m.tokens)
        mediations = frozenset(i for m in triggers if m is not match and m.rule.cameo == MEDIATION
                               for i in m.tokens)
        other_denials = frozenset(i for m in triggers if m is not match and m.rule.cameo == DENIAL
                                  for i in m.tokens)
        cooperative = frozenset(i for m in triggers if m is not match and m.rule.plover in COOPERATIVE
                                for i in m.tokens) if match.rule.cameo == DENIAL else frozenset()
        against = _OPPOSED_VERDICTS.get(match.rule.plover, frozenset())
        opposed = frozenset(i for m in triggers if m is not match and m.rule.plover in against for i in m.tokens)
        # (support, aid and pledges of them only: a call or a meeting with X is often where X is then criticised)
        friendly = frozenset(i for m in triggers if m is not match and (
            m.rule.plover in _FRIENDLY or m.rule.cameo in _PLEDGES and len(m.tokens) > 1) for i in m.tokens) \
            if match.rule.plover == "ACCUSE" else frozenset()
        helping = frozenset(i for m in triggers if m is not match and (
            m.rule.plover == "AID" or m.rule.cameo in _PLEDGES and len(m.tokens) > 1) for i in m.tokens) \
            if match.rule.plover == "ACCUSE" else frozenset()
    else:
        others = rivals = mediations = other_denials = cooperative = opposed = friendly = helping = frozenset()
    tr.others, tr.rivals, tr.mediations, tr.other_denials, tr.cooperative = others, rivals, mediations, \
        other_denials, cooperative
    tr.opposed, tr.friendly, tr.helping = opposed, friendly, helping


def assign(s: SentenceState, tr: Trigger) -> None:
    """The trigger's roles by its clause's structure (`assign_roles`), where a host or an arrest's place did not
    give them."""
    grammar, forms = s.grammar, s.forms
    match, span, clause, phrases = tr.match, tr.span, tr.clause, tr.phrases
    roles = tr.hosted or tr.arrested
    if roles is None:
        starts = frozenset(g.start for g in phrases)  # ("..., beide Seiten hätten ...": a subject of its own)
        borrowed = continues_main_clause(s.sentence, clause, grammar, starts) or tr.participle and not any(
            forms[i] & grammar.roles.subject_relatives for i in range(clause[0], span[0])) \
            and not _relative_subject(s, tr)
        # (", tout en jugeant inacceptables les tirs qui ont visé ...": the relative clause has a subject)
        roles = assign_roles(Site(phrases, span, clause, phrases, match.rule, grammar, tr.nominal, tr.passive, forms,
                                  tr.others, borrowed_subject=borrowed, rival_triggers=tr.rivals,
                                  attributes=s.attributes, mediations=tr.mediations,
                                  denials=tr.other_denials, acts=tr.cooperative, vocabulary=s.vocabulary,
                                  opposed_verdicts=tr.opposed, friendly=tr.friendly, helping=tr.helping))
        if not roles.sources and match.rule.cameo.startswith(ARREST):  # "после задержания в Москве журналиста"
            roles = arrest_at_place(span, phrases, forms, grammar) or roles
        if roles.sources and not roles.targets and match.rule.plover == _SANCTION:
            accused = _accused_after(s, tr)
            if accused is not None:  # "a suspendu son aide budgétaire, accusant Bangui de ...": Bangui lost it
                roles.targets = [m for m in accused.members if m not in roles.sources]
    tr.roles = roles


_SANCTION: Final = "SANCTION"


def _accused_after(s: SentenceState, tr: Trigger) -> Group | None:
    """The party a participle clause right after the trigger's clause accuses (", accusant Bangui de ...", ", en
    accusant Tunis de ...", ", обвинив Тбилиси в ..."): a sanction whose own clause names no one it hits (an aid
    suspended, cooperation frozen, an ambassador recalled) hits the one it is justified by accusing. Its object group
    (the first name after the accusing verb, no genitive), else None."""
    after = next((c for c in s.clauses if c[0] - 1 == tr.clause[1] and "," in s.forms[tr.clause[1]]), None)
    if after is None or not opens_participle(s.sentence, after, s.grammar):
        return None
    accusation = next((m for m in s.triggers if m.rule.plover == "ACCUSE" and after[0] <= m.span[0] < after[0] + 3),
                      None)
    if accusation is None:
        return None
    return next((g for g in tr.phrases if accusation.span[0] < g.start < after[1] and not g.genitive
                 and g.start - accusation.span[0] <= 3), None)


def _relative_subject(s: SentenceState, tr: Trigger) -> bool:
    """Inside a participle clause (", en invoquant ...") a relative clause names a subject of its own, which the
    trigger takes rather than the main clause's: the verb of an object relative whose name follows the pronoun
    (", en invoquant des violations, une décision que Bamako a qualifiée d'ingérence")."""
    forms, grammar, span = s.forms, s.grammar, tr.span
    relatives = grammar.roles.object_relatives
    elided = grammar.roles.elided_object_relative_starts
    tokens, nouns = s.sentence.tokens, grammar.determiners | grammar.possessives
    for i in range(tr.clause[0] + 2, span[0]):
        if not forms[i] & relatives and not any(elided and f.startswith(elided) for f in forms[i]):
            continue
        if not (tokens[i - 1].text.isalpha() and tokens[i - 1].text.islower()
                and any(forms[k] & nouns for k in (i - 2, i - 3) if k >= tr.clause[0])):
            continue  # an object relative after its noun ("une décision que ..."), not "en rappelant que ..."
        # the name right after the pronoun (an article between, or written onto an elided "qu'"), before the verb
        if any(g.start in (i, i + 1, i + 2) and g.start >= i + bool(forms[i] & relatives) and g.end <= span[0]
               and g.marker is None for g in tr.phrases):
            return True
    return False


def trailing_meeting(s: SentenceState, tr: Trigger) -> tuple[Group, list[ActorMention]] | None:
    """The meeting told as the occasion after the trigger's two-sided subject (`meetings.trailing_meeting_pair`),
    read once per trigger: `read_noun` asks it to keep the noun, `meeting_roles` takes its pair."""
    if not tr.trailing_read:
        tr.trailing = trailing_meeting_pair(tr.match, s.sentence, tr.phrases, s.forms, s.grammar,
                                            s.passive_clause(tr.clause), s.triggers)
        tr.trailing_read = True
    return tr.trailing


def meeting_roles(s: SentenceState, tr: Trigger) -> None:
    """The subject of a visit or meeting named in a fronted phrase made it ("Lors de sa visite en Algérie, ...");
    a symmetric act with no source joins the pair a hyphen names."""
    sentence, grammar, forms = s.sentence, s.grammar, s.forms
    match, span, clause, phrases, roles = tr.match, tr.span, tr.clause, tr.phrases, tr.roles
    visitor = visit_during_subject(match, sentence, phrases, clause, grammar)
    if visitor is not None:  # "Во время визита в Ханой глава Кремля ...": the subject made the visit
        roles.sources, roles.from_outside_clause = list(visitor.members), False
    elif match.rule.cameo == VISIT and roles.sources and fronted_possessed(span, sentence.tokens, grammar):
        # "Lors de sa visite en Algérie, le chef de la diplomatie a critiqué le Maroc": "sa" is the subject's,
        # whom the name after the comma names or no one (not the object after the verb)
        after_comma = subject_after_comma(span, phrases, forms, clause)
        roles.sources = list(after_comma.members) if after_comma is not None else []
    if match.rule.symmetric:
        pair = fronted_meeting_pair(span, sentence, phrases, grammar)
        if pair is not None:  # "Lors d'une réunion à Varsovie, Macron et Scholz ont ...": the subject met
            roles.sources, roles.targets, roles.from_outside_clause = list(pair.members), [], False
        # (the noun a meeting, or this trigger itself: "Tras su ruptura con la CEDEAO, Malí y Níger firmaron un
        # pacto" opens with a break, whose partner is no party to the pact)
        meetings = frozenset(i for m in s.triggers if m.rule.plover == "CONSULT" for i in m.tokens)
        met = fronted_meeting_partner(forms, phrases, grammar, tr.rivals | set(match.tokens),
                                       meetings | set(match.tokens))
        if met is not None:  # "По итогам переговоров с Си Путин подписал ...": the subject met the partner
            noun, partner, meeting = met
            if span[0] == noun:
                roles.sources, roles.targets, roles.from_outside_clause = \
                    list(meeting.members), list(partner.members), False
            elif span[0] >= meeting.end and roles.sources and not roles.targets \
                    and {m.code for m in roles.sources} == {m.code for m in meeting.members}:
                roles.targets = list(partner.members)
        trailing_meeting_roles(trailing_meeting(s, tr), roles)
        if not roles.sources and roles.targets and meeting_with(match, sentence, phrases, grammar):
            # "Rutte promised Finland support after a call with Stubb": the call after a preposition of time gone
            # by, closing the sentence, was the main clause's subject's (as a fronted "After a call with ..., X")
            subject = next((g for g in phrases if g.start < span[0] and g.free), None)
            if subject is not None and not {m.country for m in subject.members} & {m.country for m in roles.targets}:
                roles.sources, roles.from_outside_clause = list(subject.members), True
        if not roles.sources:
            # "Главы государств подписали договор о ... казахстанско-узбекской границы": the pair the hyphen
            # joins is the only one the signers can be; a meeting or an accord only where the pair names the act
            # itself ("zu deutsch-französischen Konsultationen"; not "discussed the Israeli-Palestinian conflict")
            hyphened = hyphen_pair_parties(phrases, clause, sentence.tokens, grammar)
            if hyphened is not None and (match.rule.cameo.startswith(SIGNING) or any(
                    0 <= t - hyphened.end <= 1 or 1 <= hyphened.start - t <= 2 for t in match.tokens)):
                roles.sources, roles.targets, roles.from_outside_clause = list(hyphened.members), [], False


def clause_corrections(s: SentenceState, tr: Trigger) -> None:
    """Corrections by the clause: a dependency parse, an agentless passive's victim, a person unknown before a
    German verb, criminals only as targets of crime acts, the joiner of sanctions."""
    grammar, parsed = s.grammar, s.parsed
    match, span, clause, phrases, roles = tr.match, tr.span, tr.clause, tr.phrases, tr.roles
    if parsed is not None and tr.hosted is None:
        roles = refine(roles, parsed, phrases, match.tokens, match.rule, grammar, tr.rivals)
    if tr.agentless:  # no agent: the subject the shallow reader took for one is what the force hit
        roles.sources, roles.targets = [], roles.targets or roles.sources
    if grammar.verb_final and not tr.nominal and not tr.passive and unknown_before_verb(s.mentions, clause, span,
                                                                                  roles.sources):
        # "Vizeminister Sun Weidong forderte Japan auf": a person the dictionary does not know opens the clause
        # before the finite verb; the actor after the verb is its object, and the source is left to the article
        roles.sources, roles.targets = [], roles.sources
    if match.rule.plover not in CRIME_ACTS:
        roles.targets = [m for m in roles.targets if m.code != CRIMINALS]
    if match.rule.plover == "SANCTION" and roles.sources and grammar.joining_verbs:
        joiner = sanctions_joiner(s.sentence, span, clause, phrases, s.forms, grammar)
        if joiner is not None and not any(m in roles.sources for m in joiner.members):
            roles.sources = list(joiner.members)  # "joined the EU's sanctions": the joiner imposes them
            roles.targets = [m for m in roles.targets if m not in joiner.members]
    tr.roles = roles


def asked_state(s: SentenceState, tr: Trigger) -> bool:
    """An appeal's targets less the states it asks for ("called for a Palestinian state"); False where no one
    else is asked."""
    grammar, forms = s.grammar, s.forms
    match, roles = tr.match, tr.roles
    if match.rule.plover == "REQUEST" and roles.targets and grammar.statehood_nouns:
        asked = [m for m in roles.targets if not state_asked_for(m, forms, grammar.statehood_nouns)]
        if not asked:
            note(s.sentence, s.ruleset, match, "an appeal for a state, whose demonym names no one asked")
            return False  # "called for a Palestinian state": no addressee is named
        roles.targets = asked
    return True


def places(s: SentenceState, tr: Trigger) -> None:
    """A place never acts; it is a target only of acts on places (as the subject of force, what the force hit)."""
    if not s.has_places:
        return
    grammar, forms = s.grammar, s.forms
    match, span, clause, phrases, roles = tr.match, tr.span, tr.clause, tr.phrases, tr.roles
    placed = [m for m in roles.sources if m.kind == PLACE]
    roles.sources = [m for m in roles.sources if m.kind != PLACE]
    if match.rule.plover not in PLACE_ACTS:
        roles.targets = [m for m in roles.targets if m.kind != PLACE]
    elif placed and not roles.targets:  # "Odesa came under attack", "Kharkiv a été frappée": a place
        roles.targets = placed  # never acts; as the subject of force it is what the force hit
    elif roles.sources and not roles.targets:
        roles.targets = place_of_force(phrases, forms, clause, span, grammar)
    if match.rule.plover == _GIVING and roles.sources and not roles.targets:
        markers = match.rule.target_markers if match.rule.target_markers is not None else grammar.target_markers
        roles.targets = _destination(s.groups, forms, clause, span, markers)


_GIVING: Final = "AID"


def _destination(groups: list[Group], forms: list[frozenset[str]], clause: tuple[int, int], span: tuple[int, int],
                 markers: frozenset[str]) -> list[ActorMention]:
    """"China envió a Rangún un equipo de rescatistas", "sent a field hospital to Mandalay": aid with no recipient of
    its own sent to a city goes to the city's state (the first place its clause marks as the aid's object after the
    verb, before a comma)."""
    for g in groups:
        if not clause[0] <= g.start < clause[1] or g.start <= span[0]:
            continue
        if any("," in forms[k] for k in range(span[0], g.start)):
            return []
        if all(m.kind == PLACE for m in g.members) and g.marker in markers:
            return [replace(m, kind="country") for m in g.members]
    return []


# a rejection against the praise after it ("rejected the decision and thanked Brazil": the one thanked is not the one
# rejected). Not a charge: "a dénoncé le coup de force et exprimé sa solidarité avec les institutions béninoises"
# condemns the coup in Benin, and the gold sets name the state so; nor a praise before a charge ("felicitó a la
# opositora y acusó a Maduro": the opposition is Venezuela's)
_OPPOSED_VERDICTS: Final = {"REJECT": frozenset({"SUPPORT"})}
_VERB_MODALITIES: Final = frozenset({"demand", "commit", "threat"})  # a governing verb's act: what it asks, promises
