"""The roles of a trigger corrected by what the sentence says of the act: the agent a noun's own phrases name, an
act's summarised author, followers and carried agents, the targets of requests and threats, who is made to act,
envoys, reciprocal acts, the co-sources a serving party adds.

Steps of the coder (coder._code_trigger), after the trigger's first roles (trigger_reading.py) and around the
article's context (trigger_context.py).
"""

from __future__ import annotations

from typing import Final, cast

from realpolitik.codes import same_party, sides_of
from realpolitik.events.article import VERDICT_TYPES
from realpolitik.events.article_acts import from_event
from realpolitik.events.cameo import BREAK_RELATIONS, COMPLAINT, DENIAL
from realpolitik.events.conditions import condition_span, conditioned_party, inside_condition
from realpolitik.events.coordinated_acts import (
    addressed_before,
    answers_contact,
    answers_verdict,
    appealed_after,
    judge_read_as_judged,
    judged_before,
)
from realpolitik.events.custody import HELD_TYPES, RELEASE_DEMANDS, holding_state
from realpolitik.events.demands import causative_object, obliged_party, refused_party, refuser
from realpolitik.events.fill_kinds import JUDGED_BEFORE
from realpolitik.events.followers import earlier_doers, neuter_antecedent, ranked_subject, summarised_act_author
from realpolitik.events.grammar import Grammar
from realpolitik.events.meetings import SERVING, VISIT, between_others, envoy_post, envoy_state, served_object
from realpolitik.events.reciprocal import reciprocal_adverb_by, reciprocal_word
from realpolitik.events.roles import Group, Roles, blamed_agent, relative_agent, relative_bystander
from realpolitik.events.sentence_state import SentenceState, Trigger
from realpolitik.events.triggers import TriggerMatch
from realpolitik.events.verdict_objects import fronted_judged, judged_agent, judged_trigger
from realpolitik.events.voice import acted_on_together, carried_agent, patient_then_agent
from realpolitik.model import Token, token_text


def agent_corrections(s: SentenceState, tr: Trigger) -> None:
    """The agent a noun's own phrases name: not a judged act's, one its relative clause blames or names, a fronted
    judged act's, a neuter pronoun's antecedent."""
    grammar, forms, clauses, judged_agents = s.grammar, s.forms, s.clauses, s.judged_agents
    match, span, clause, phrases, roles, nominal = tr.match, tr.span, tr.clause, tr.phrases, tr.roles, tr.nominal
    if id(match) in judged_agents:  # the verdict's subject is not the judged act's agent
        roles.sources = []
        roles.targets = [t for t in roles.targets if t not in judged_agents[id(match)].members]
    blamed = blamed_agent(phrases, clauses, span, forms, grammar) if nominal else None
    if blamed is not None:  # "der Anschlag auf die Pipeline, für den sie Moskau verantwortlich machen"
        hit = [m for m in roles.targets + roles.sources if m not in blamed.members
               and span[1] <= m.token_start < blamed.start]  # the noun's own phrase: whom the act hit
        roles.sources, roles.targets = list(blamed.members), hit
    if (not roles.sources or roles.from_outside_clause and tr.participle) and (
            nominal or id(match) in judged_agents or not grammar.verb_final):
        # "die Sanktionen, die die EU gegen Russland verhängt hat", "les sanctions que l'UE a imposées à Minsk"; it
        # outranks the subject a participle clause borrows (", en invoquant les manœuvres que la Russie a menées")
        agent, object_ = relative_agent(phrases, clauses, span, s.sentence.tokens, forms, grammar)
        if agent is not None:
            roles.sources = list(agent.members)
            roles.targets = [m for m in roles.targets if m not in agent.members] or (
                list(object_.members) if object_ is not None else [])
    if roles.targets:  # "un déploiement que Séoul dénonçait": Seoul judges the act, it is not aimed at
        bystander = relative_bystander(phrases, span, forms, grammar)
        if bystander is not None:
            roles.targets = [m for m in roles.targets if m not in bystander.members]
    fronted = fronted_judged(match, nominal, roles, s.triggers, phrases, clause, grammar)
    if fronted is not None:  # "Удары Израиля по Ирану осудил Китай": the judged act comes first
        roles.sources, roles.targets = list(fronted.members), roles.sources
    if not roles.sources and not nominal:
        it = neuter_antecedent(phrases, clause, forms, grammar)
        if it is not None:  # "Für Frankreich ist das ein Rückschlag, nachdem es seine Soldaten ... abziehen musste"
            roles.sources, roles.from_outside_clause = list(it.members), True


def summarised_author(s: SentenceState, tr: Trigger) -> None:
    """A verdict in a relative clause that sums up the main clause ("..., a step that Beijing condemned") judges
    the act's author (a denial's rebuts its claimant)."""
    forms = s.forms
    match, clause, roles = tr.match, tr.clause, tr.roles
    if roles.sources and not tr.nominal and match.rule.plover in VERDICT_TYPES and all(
            m.token_start < clause[0] for m in roles.targets):
        # (a target read before the relative clause is the main clause's, which the pronoun sums up: "...
        # seines Nachbarn ..., was Georgetown verurteilte"; a denial's "..., ce que Paris et Cotonou démentent"
        # rebuts the main clause's claimant, not the one it accused, unless that is the denier itself)
        author = summarised_act_author(tr.phrases, tr.span, forms, s.grammar)
        denial = match.rule.cameo.startswith(DENIAL)
        if author is not None and denial and (author.start > _CLAIMANT_REACH or any(
                "," in forms[i] for i in range(author.start)) or author.sides & sides_of(roles.sources)):
            author = None  # the claimant opens the sentence ("Le Niger accuse ...", "Le régime du général X")
        if author is not None and not any(m in roles.sources for m in author.members):
            roles.targets = list(author.members)  # "..., a step that Beijing condemned": the act's author
            roles.claimant_named = denial


def claim_origin(s: SentenceState, tr: Trigger) -> None:
    """A denial that names where the claim came from ("wies die Vorwürfe aus Kinshasa und Bujumbura zurück",
    "rejected the accusations from Kinshasa"): the phrase after the origin preposition (`origin_markers`) inside the
    trigger or right after it, no comma, conjunction or other trigger between, names the claimants; no earlier
    sentence's speaker made the claim (`claimant_named`, events/article_answers.deny_claim). Not "hat die
    Wiedereinführung zurückgewiesen und seine Botschafter aus Berlin ... zurückgerufen": another verb's phrase."""
    roles, span = tr.roles, tr.span
    if not tr.match.rule.cameo.startswith(DENIAL) or not roles.targets:
        return
    markers = s.grammar.roles.origin_markers
    for g in tr.phrases:
        at = g.marker_index if g.marker_index is not None else g.start - 1
        if g.marker in markers and span[0] < at <= span[1] + _ORIGIN_REACH \
                and not any("," in s.forms[i] or s.forms[i] & s.grammar.coordination for i in range(span[0], at)) \
                and not any(span[0] < i < at for i in tr.others) \
                and any(m in roles.targets for m in g.members):
            roles.claimant_named = True
            return


def followers_ranked(s: SentenceState, tr: Trigger) -> None:
    """"The second country after Peru to cut ties": the one ranked acts, and the one named first did it before."""
    grammar, forms = s.grammar, s.forms
    span, phrases, roles = tr.span, tr.phrases, tr.roles
    first = earlier_doers(phrases, span, forms, grammar) if roles.sources else None
    ranked = ranked_subject(phrases, span, forms, grammar) if first is not None else None
    if ranked is not None and first is not None and ranked is not first and all(
            m in cast(Group, first).members for m in roles.sources):
        # "the second country after Peru to cut ties", "второй страной после Перу, разорвавшей": Peru, nearest,
        # was read as the subject; the one ranked did it
        roles.sources = [m for m in ranked.members if m not in cast(Group, first).members]
    if first is not None and not any(m in roles.sources for m in first.members):
        # "the second country to cut ties with Iran, after Peru": Peru did it first, to Iran too
        roles.targets = [m for m in roles.targets if m not in first.members]
        roles.sources = roles.sources + list(first.members)


def carried_agents(s: SentenceState, tr: Trigger) -> None:
    """The agent a participle or side phrase names acts; a verdict on an act judges that act's author (its
    participle's, its "par" phrase's, its relative clause's)."""
    grammar, forms, triggers, judged_agents = s.grammar, s.forms, s.triggers, s.judged_agents
    readers = s.readers
    match, span, clause, phrases, roles = tr.match, tr.span, tr.clause, tr.phrases, tr.roles
    carried = carried_agent(match, phrases, forms, grammar, triggers, readers)
    if carried[0] is not None and not any(span[1] <= m.span[0] < carried[0].start for m in triggers):
        # "санкции, введённые Евросоюзом против России", "поставки оружия Тайваню со стороны США": the
        # participle's or the side's agent acts (not for "осудила" before the noun: the noun stands between)
        roles.sources = list(carried[0].members)
        roles.targets = list(carried[1].members) if carried[1] is not None else [
            m for m in roles.targets if m not in carried[0].members]
    if s.carrying and match.rule.plover in VERDICT_TYPES and roles.sources:
        # "Москва осудила санкции, введённые Евросоюзом", "выразил протест в связи с поставками оружия Тайваню со
        # стороны США": the verdict judges the author of the act right after it
        judged_act = judged_trigger(triggers, span, clause, 4)
        author = carried_agent(judged_act, phrases, forms, grammar, triggers, readers)[0] \
            if judged_act is not None else None
        if author is not None and not same_party(author.members[0].code, roles.sources[0].code):
            roles.targets = list(author.members)
    if match.rule.plover in VERDICT_TYPES and roles.sources and grammar.agent_markers and grammar.genitive_markers:
        # "a condamné l'invasion de l'Ukraine par la Russie", "condenó la ocupación de Guyana por Venezuela",
        # "condemned the invasion of Ukraine by Russia": the verdict judges the act's agent, not its patient
        judged_act = judged_trigger(triggers, span, clause, 3)
        author = (patient_then_agent(judged_act.span[1], s.sentence.tokens, phrases, grammar)
                  if judged_act is not None else None) \
            or _object_noun_agent(span, s.sentence.tokens, forms, phrases, grammar)
        if author is not None and not same_party(author.members[0].code, roles.sources[0].code):
            roles.targets = list(author.members)
    if judged_agents and match.rule.plover in VERDICT_TYPES and roles.sources and (
            not roles.targets or not grammar.verb_final):
        # ("a condamné les frappes qu'Israël a menées contre l'Iran": Israel is judged, not the one it struck)
        roles.targets = judged_agent(match, triggers, judged_agents, clause) or roles.targets


def _object_noun_agent(span: tuple[int, int], tokens: list[Token], forms: list[frozenset[str]], phrases: list[Group],
                       grammar: Grammar) -> Group | None:
    """"a dénoncé le blocage de l'aide par Israël": the verdict's object noun after its article, with a "de" phrase
    (an act there, "l'aide", is the noun's patient) and then "par" and a name (`patient_then_agent`): that name's
    author is judged, not a name before the verdict ("a visité un hôpital égyptien et dénoncé ...")."""
    k = span[1]
    if k + 1 >= len(forms) or not forms[k] & (grammar.determiners | grammar.possessives):
        return None
    return patient_then_agent(k + 2, tokens, phrases, grammar)


_NONSTATE_REACH: Final = 16  # a subject's head, its apposition between commas, then the verb


def nonstate_subject(s: SentenceState, tr: Trigger) -> bool:
    """Whether the act's subject is no state (the language's `nonstate_subjects`: "La comunidad judía, en cambio,
    pidió al Mandatario ...", "La Confederación Nacional de la Industria, la mayor patronal del país, pidió al
    Gobierno ...", "Organizaciones de derechos humanos ... han criticado ... y han pedido a Madrid ..."), so that the
    sources read for it are not who acts: each stands inside that subject (an apposition, a complement, a relative
    clause before the verb) or was named before the sentence. The head opens the sentence or the trigger's clause
    after its articles, no actor's name covers it ("la Federación Rusa", "la Comunidad del Caribe"), and a source
    that is the own subject of a later clause the trigger stands in ("... en las que Mauritania detiene y expulsa")
    stays."""
    words, forms, roles, span = s.grammar.roles.nonstate_subjects, s.forms, tr.roles, tr.span
    if not words or not roles.sources:
        return False
    for start in sorted({0, tr.clause[0]}):
        head = start
        while head < span[0] and forms[head] & s.grammar.determiners:
            head += 1
        # (a verb after "y" with no subject of its own shares the sentence's, however far: "... y han pedido a Madrid")
        shared = start == 0 and any(forms[i] & s.grammar.coordination for i in range(tr.clause[0], min(
            span[0], tr.clause[0] + 2)))
        if head >= span[0] or span[0] - head > _NONSTATE_REACH and not shared or forms[head].isdisjoint(words) \
                or any(m.token_start <= head < m.token_end for m in s.actors):
            continue
        own_clause = tr.clause[0] > head
        if all(not any(m is a for a in s.actors)
               or head < m.token_start < span[0] and not (own_clause and m.token_start >= tr.clause[0])
               for m in roles.sources):
            return True
    return False


def request_targets(s: SentenceState, tr: Trigger) -> None:
    """Who a demand or refusal with no target is aimed at (the refuser, the refused), and the state that holds the
    people whose release is asked."""
    grammar, forms, groups, triggers = s.grammar, s.forms, s.groups, s.triggers
    match, roles = tr.match, tr.roles
    if match.rule.plover == "REQUEST" and roles.sources and not roles.targets:
        roles.targets = refuser(match, roles.sources[0], triggers, s.earlier, s.sentence, groups)
    if match.rule.plover == "REQUEST" and not roles.targets and (roles.sources or _pronoun_asker(s, tr)):
        # "verlangte, die Ukraine müsse ... abziehen": the reported clause's subject is asked (also where the asker
        # is a pronoun the article supplies later: "Er verlangte, ..."; not a body no actor names, "die Grünen")
        roles.targets = obliged_party(groups, s.clauses, tr.clause, forms,
                                       roles.sources[0] if roles.sources else None)
    if match.rule.plover == "REJECT" and roles.sources and not roles.targets:
        roles.targets = refused_party(tr.phrases, s.clauses, tr.clause, forms, grammar, roles.sources[0])
    if roles.sources and match.rule.plover in HELD_TYPES and (
            roles.targets or match.rule.cameo.startswith(RELEASE_DEMANDS)):
        # "demanded the release of two French nationals detained by Iran", "criticised the arrest of a German
        # journalist in Turkey": the actor's own people are no target; the state that holds them is
        holder = holding_state(match, triggers, groups, roles, forms, grammar)
        if holder is not None:
            roles.targets = list(holder.members)


def _pronoun_asker(s: SentenceState, tr: Trigger) -> bool:
    """A subject pronoun right before or after the trigger ("Er verlangte", "verlangte er"): an asker the article
    supplies."""
    start, end = tr.match.span
    pronouns = s.grammar.pronouns
    return start > 0 and bool(s.forms[start - 1] & pronouns) or end < len(s.forms) and bool(s.forms[end] & pronouns)


_SUBJECT_REACH: Final = 2  # "werde China", "werde die EU": the consequence's subject right after its verb


def consequence_subject(s: SentenceState, tr: Trigger) -> None:
    """The main clause after a fronted condition (`Rule.after_condition`, "Sollte Seoul versuchen, die Inseln zu
    besetzen, werde Japan ... ausüben") has its subject right after its first word, the verb: that party threatens,
    and is none of the threatened (the role reader can take it for the object where an infinitive clause stands
    between; deen63)."""
    roles = tr.roles
    if not tr.match.rule.after_condition:
        return
    subject = next((g for g in tr.phrases if g.free and tr.span[1] <= g.start < tr.span[1] + _SUBJECT_REACH), None)
    if subject is not None:
        roles.sources = list(subject.members)
        roles.targets = [t for t in roles.targets if t not in subject.members]


def threat_targets(s: SentenceState, tr: Trigger) -> None:
    """A threat made conditional threatens the party its condition names, not a name the condition only speaks of."""
    grammar, forms = s.grammar, s.forms
    match, span, phrases, roles = tr.match, tr.span, tr.phrases, tr.roles
    if match.rule.plover == "THREATEN" and roles.sources and inside_condition(
            roles.targets, condition_span(forms, span, grammar)):
        # "a menacé la Moldavie de représailles si elle livrait des armes à l'Ukraine", "threatened Moldova
        # with retaliation if it supplied weapons to Ukraine": a name the condition only speaks of is no one
        # threatened; the condition's own subject may be (below)
        roles.targets = []
    if match.rule.plover == "THREATEN" and roles.sources and not roles.targets:
        # "Минск примет ответные меры, если Варшава ...", "would respond if Sweden joined": a threat made
        # conditional threatens the one the condition names as a party, not a place it speaks of ("si
        # l'offensive se poursuit à Gaza": the sanctions threatened on Israel, not a threat on Gaza)
        party = conditioned_party(condition_span(forms, span, grammar), phrases, roles.sources) \
            or conditioned_party(condition_span(forms, span, grammar, grammar.roles.provocations), phrases,
                                  roles.sources)  # "drohte mit Vergeltung, nachdem die USA ..."
        roles.targets = list(party.members) if party is not None else []


def verdict_answered(s: SentenceState, tr: Trigger, filled: bool = False) -> None:
    """"called the decision hostile and promised a response": a threat, demand or refusal coordinated after the same
    subject's verdict, naming no one itself, is aimed at the party the verdict judged (events/coordinated_acts.py);
    with `filled` (after the article's fill found no one) also where the article filled that party in. Praise, an
    offer or an invitation coordinated after a contact is its partner's (coordinated_acts.addressed_before)."""
    match, roles = tr.match, tr.roles
    if roles.sources and answers_verdict(match.rule.plover, match.rule.cameo) and not (filled and roles.targets):
        judged = judged_before(roles.sources[0], roles.targets, tr.span, s.sentence.tokens, s.forms, s.grammar,
                               s.earlier, s.groups, filled)
        if judged:
            roles.targets = judged
        elif not filled and (verdict := judge_read_as_judged(roles.sources[0], tr.span, s.sentence.tokens, s.forms,
                                                             s.grammar, s.earlier, s.groups)) is not None:
            # "В МИД России решение Осло назвали враждебным и пообещали ответные меры": the judged party read as
            # the source; the verdict's judge threatens, the party it judged where the act names no other
            if all(same_party(t.code, roles.sources[0].code) for t in roles.targets):
                roles.targets = roles.sources
            roles.sources = [from_event(verdict, "source", note="the judge of the verdict before it",
                                        fill=JUDGED_BEFORE)]
    if roles.sources and answers_contact(match.rule.plover, match.rule.cameo) and not filled:
        # "провел телефонный разговор с Саидом и предложил помощь": the offer is the contact partner's
        addressed = addressed_before(roles.sources[0], roles.targets, tr.span, match.rule.plover, s.sentence.tokens,
                                     s.forms, s.grammar, s.earlier, s.groups)
        if addressed:
            roles.targets = addressed


def verdict_before_appeal(s: SentenceState, tr: Trigger) -> None:
    """"condemned the drills as a provocation and called on Baku and Ankara to halt them": a verdict (ACCUSE 11x)
    naming no party, coordinated before an appeal or demand of the same subject, judges the states the appeal asks to
    act (coordinated_acts.appealed_after)."""
    match, roles = tr.match, tr.roles
    if roles.sources and not roles.targets and match.rule.plover == "ACCUSE" and match.rule.cameo.startswith("11"):
        appealed = appealed_after(roles.sources[0], tr.span, s.triggers, s.forms, s.grammar, s.groups)
        if appealed:
            roles.targets = appealed


def made_to_act(s: SentenceState, tr: Trigger) -> None:
    """"lo que llevó a México a romper relaciones": the one made to act is the act's subject."""
    roles = tr.roles
    causee = causative_object(s.groups, tr.span, s.forms, s.grammar)
    if causee is not None:
        # "lo que llevó a México a romper relaciones con Ecuador": the one made to act is the act's subject
        roles.sources = list(causee.members)
        roles.targets = [t for t in roles.targets if t.token_start not in range(causee.start, causee.end)]


def envoy_roles(s: SentenceState, tr: Trigger) -> None:
    """An envoy of one's own called in is recalled (the trigger is coded as the recall), from his post; a recalled
    envoy is his own state's."""
    groups = s.groups
    match, span, roles = tr.match, tr.span, tr.roles
    if match.rule.cameo == COMPLAINT and roles.sources and roles.targets and all(
            same_party(t.code, roles.sources[0].code) for t in roles.targets):
        # "llamó a consultas al embajador de Colombia en Washington": called in, one's own envoy is recalled
        recall = s.ruleset.envoy_recall
        post = envoy_post(groups, roles.targets, span)
        if recall is not None and post:
            match = TriggerMatch(recall, match.tokens, match.weight)
            roles.targets = post
    if match.rule.cameo == BREAK_RELATIONS and roles.sources and roles.targets and all(
            same_party(t.code, roles.sources[0].code) for t in roles.targets):
        # "Макрон объявил об отзыве французского посла": the envoy's own country, not whence; "llamó a
        # consultas al embajador de Colombia en Washington": the envoy's post is whence he is called
        roles.targets = envoy_post(groups, roles.targets, span)
    if match.rule.cameo == BREAK_RELATIONS and match.rule.id.startswith("recall") and roles.sources and roles.targets:
        own_state = envoy_state(roles.targets, span, s.forms, s.grammar)
        if own_state and all(not same_party(t.code, roles.sources[0].code) for t in own_state):
            # "Paris s'est rallié au plan, ce qui a provoqué le rappel de l'ambassadeur d'Algérie en France": a
            # recalled envoy is his own state's, which recalls him from his post (or from the one who acted)
            roles.targets = envoy_post(groups, own_state, span) or roles.sources
            roles.sources = own_state
    tr.match = match


def reciprocal_targets(s: SentenceState, tr: Trigger) -> None:
    """A reciprocal word makes the subjects each other's targets; so do the coordinated parties of a mutual act."""
    grammar, forms = s.grammar, s.forms
    match, span, roles = tr.match, tr.span, tr.roles
    # the sentence's own earlier events count as context too: "X accused Y of Z, which Y denies" (the
    # latest few: a hostile sentence with thousands of triggers stays linear)
    own = s.earlier[-_OWN_EVENTS:]
    if roles.targets and not match.rule.symmetric and len(sides_of(roles.sources)) >= 2 \
            and reciprocal_adverb_by(forms, span, grammar):
        # "Kinshasa et Kigali se sont accusés mutuellement de saboter l'accord signé à Washington": a
        # reciprocal word by the verb makes the subjects each other's target; a name after it is the charge's
        roles.targets = []
    # "Kim and Trump traded insults": coordinated parties of a mutual act act on each other, no one else
    # (or with a reciprocal word: "in der sich Kim und Trump gegenseitig beschimpften")
    among_sources = (match.rule.mutual or not match.rule.symmetric and reciprocal_word(forms, tr.clause, grammar,
                                                                                    s.vocabulary, span)) \
        and not roles.targets and len(sides_of(roles.sources)) >= 2
    tr.own, tr.among_sources = own, among_sources


def serving_sources(s: SentenceState, tr: Trigger) -> None:
    """Co-hosts, co-mediators, co-travellers, the negotiators of an act between others and the subjects of an
    agentless passive act on no one together: no source of a symmetric act with each other."""
    grammar, forms, triggers = s.grammar, s.forms, s.triggers
    match, span, clause, phrases, roles = tr.match, tr.span, tr.clause, tr.phrases, tr.roles
    if match.rule.symmetric and not roles.targets and len(sides_of(roles.sources)) >= 2 and (
            match.rule.cameo in SERVING or match.rule.cameo == VISIT or any(
                m is not match and m.rule.cameo in SERVING and clause[0] <= m.span[0] < span[0]
                and served_object(m.span[1], span[0], forms, grammar)
                and all(0 <= a.token_start < m.span[0] for a in roles.sources) for m in triggers)
            or between_others(phrases, span, clause, roles.sources, grammar)
            or acted_on_together(match, s.sentence.tokens, forms, phrases, clause, grammar, roles.sources)):
        # "Egypt and Qatar hosted the talks", "Kenya and Turkey mediated the negotiations": co-hosts and
        # co-mediators serve the sides; they hold no talks with each other (the subjects of the service verb
        # whose object the talks are: not "Unter Vermittlung Ägyptens verhandeln Israel und die Hamas", "the
        # negotiators wrapped up U.S.-brokered talks", "hatten unter Vermittlung Katars vereinbart"). So too
        # co-travellers: "The advisers of Germany, France and Britain travelled to Geneva" visit a place, not
        # each other. So too the negotiators of an act between others: "L'Égypte et le Qatar ont négocié une trêve
        # entre Israël et le Hamas" (the pair after the trigger is the act's; see `between_others`). So too the
        # subjects of an agentless passive: "Le Japon et l'Australie ont été invités" (`acted_on_together`)
        roles.sources = []


_OWN_EVENTS: Final = 12  # events of the sentence's earlier triggers that a reply may answer

_ORIGIN_REACH: Final = 2  # words from a denial's trigger to the origin preposition of the claim it names
_CLAIMANT_REACH: Final = 4  # a denied claim's author opens the sentence: no comma before it, a few words at most


def adjectives_after_pronoun(roles: Roles, tokens: list[Token], clause: tuple[int, int], span: tuple[int, int],
                              grammar: Grammar) -> bool:
    """A subject pronoun before the trigger ("he", "il", "er", "он") and, as the only sources, adjectives after it
    in an active clause ("He cut the funds of the agency for Palestinian refugees"): the adjective qualifies the
    object, the pronoun is who acted (the article's context names them)."""
    return bool(roles.sources) and not roles.passive and all(
        m.kind == "adjective" and m.token_start >= span[1] for m in roles.sources) and any(
        token_text(t).lower() in grammar.pronouns for t in tokens[clause[0]:span[0]])
