"""What the article and the modality make of a trigger, and its events: what the context reads of it (`cues`: the
act nouns of its clause, a pronoun or dropped subject, a weak source), the roles the article's earlier sentences
fill in (`article_context`), a conditional threat, a demand's cue, whether the act is alleged, and last its
events (`add_events`).

The last steps of the coder (coder._code_trigger), after trigger_reading.py and trigger_corrections.py.
"""

from __future__ import annotations

from typing import Final

from realpolitik.codes import party
from realpolitik.events import trace
from realpolitik.events.allegations import (
    ALLEGED_REACH,
    absolute_participle_after,
    accused_content,
    content_after_comma,
    denied_content,
    denied_right_after,
)
from realpolitik.events.article import BYSTANDERS, VERDICT_TYPES, VERDICTS_AGAINST, NamedAgain
from realpolitik.events.article_acts import BACKGROUND_DAYS
from realpolitik.events.article_answers import denied_stance
from realpolitik.events.article_antecedents import pronoun_object, same_force
from realpolitik.events.article_fill import fill_from_context
from realpolitik.events.article_phrases import EXERCISE, kind_noun_named, labels_named, pointed_back
from realpolitik.events.article_refs import held_targets
from realpolitik.events.article_sides import (
    HOME_FORCE,
    counted,
    crisis_target,
    deal_sides,
    focal_target,
    sides_addressed,
    sides_apart,
    unfought_sides,
)
from realpolitik.events.assembly import events_for
from realpolitik.events.cameo import ACCUSATION, DENIAL, PRAISE, lookup
from realpolitik.events.clause_infinitives import after_refusal
from realpolitik.events.clauses import clause_of
from realpolitik.events.conditions import (
    SPOKEN_CONSEQUENCES,
    SPOKEN_THREATS,
    WARNED_ACTS,
    condition_content,
    condition_span,
    conditioned_party,
    in_quotation,
    own_consequence,
    threat_frame,
    warned_act,
)
from realpolitik.events.coordinated_acts import answers_verdict, own_predicate
from realpolitik.events.demands import asked_elsewhere, asked_no_one, asker_only
from realpolitik.events.dropped_subject import (
    PRO_DROP,
    after_dropped_clause,
    opens_sentence,
    person_form,
    plural_verb_subject,
)
from realpolitik.events.elections import congratulated, judged_vote
from realpolitik.events.grammar import Grammar
from realpolitik.events.modality_governing import THREATENED, demand_cue_at, ultimatum
from realpolitik.events.modality_tense import told_ahead
from realpolitik.events.roles import after_pronoun_incise
from realpolitik.events.sentence_state import Article, SentenceState, Trigger, named_in, note, parties_of
from realpolitik.events.topics import yielder
from realpolitik.events.trigger_corrections import adjectives_after_pronoun
from realpolitik.events.verdict_objects import (
    act_noun,
    marked_after,
    plural_verb,
    relative_act,
    relative_step,
    situation_judged,
)
from realpolitik.language.role_words import exercise_named
from realpolitik.model import PLACE, ActorMention, Token


def first_person_word(token: Token, endings: tuple[str, ...]) -> bool:
    """Whether a word has an ending of the first person plural (`first_person_endings`: Spanish "rechazamos",
    "convocamos", "hemos"), which the language writes without its pronoun."""
    return token.text.isalpha() and token.text.lower().endswith(endings)


def _first_person_plural(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """Whether the verb at `i`, or the auxiliary right before it, is in the first person plural of a language that
    drops the pronoun ("Aquella vez convocamos a la embajadora", "no hemos firmado"): wherever it stands in its
    sentence its subject is a dropped "we", whom the article's context names (an interview's guest)."""
    endings = tuple(grammar.roles.first_person_endings)
    return bool(endings) and any(first_person_word(tokens[k], endings) for k in (i, i - 1) if k >= 0)


def cues(s: SentenceState, tr: Trigger) -> None:
    """What the article's context reads of the trigger: the act nouns of its clause (for a verdict with none among the
    triggers, an act of a kind its noun names: `kind_noun_named`), whether its subject may be a pronoun, and whether
    its source is weak (not its clause's own subject)."""
    sentence, grammar, forms, triggers, several = s.sentence, s.grammar, s.forms, s.triggers, s.several
    pronoun_clause, act_nouns = s.pronoun_clause, s.act_nouns
    match, span, clause, phrases, roles, nominal = tr.match, tr.span, tr.clause, tr.phrases, tr.roles, tr.nominal
    nouns = [m for m in triggers if m is not match and clause[0] <= m.span[0] < clause[1]
             and act_noun(m, phrases, sentence, grammar, act_nouns)] if several else []
    acts = [m.rule.plover for m in nouns]
    # "kritisierte die Lieferungen"; not "verurteilte den Schritt und kündigte Gegenmaßnahmen an", where the
    # later trigger belongs to a coordinated verb
    judges_act = several and match.rule.plover in VERDICT_TYPES and any(
        m is not match and span[1] <= m.span[0] < clause[1]
        and not any(forms[i] & grammar.conjunctions for i in range(span[1], m.span[0])) for m in triggers)
    if pronoun_clause(clause) and adjectives_after_pronoun(roles, sentence.tokens, clause, span, grammar):
        roles.sources = []  # "Il a coupé le financement de l'agence pour les réfugiés palestiniens": "il" acts
    pronoun = pronoun_clause(clause) or (  # not "him"; "Acusó a ...", "Además, acusó a ...": a dropped one
        s.ruleset.lang in PRO_DROP and not nominal and (
            opens_sentence(sentence.tokens, span[0], grammar)
            or after_dropped_clause(sentence.tokens, span[0], grammar, s.groups))  # "... y prometió ..."
        and person_form(sentence.tokens[span[0]], grammar)) or (
        not nominal and after_pronoun_incise(span[0], sentence.tokens, forms, grammar, s.groups)) or (  # '", she added'
        not nominal and _first_person_plural(sentence.tokens, span[0], grammar))  # "Aquella vez convocamos a ..."
    weak = roles.from_outside_clause and not roles.quoted_speaker or judges_act or any(
        m.kind == "adjective" or m.agent in BYSTANDERS for m in roles.sources)
    tr.acts, tr.pronoun, tr.weak = acts, pronoun, weak
    tr.act_spans = [m.span for m in nouns]
    tr.act_kinds = [m.rule.cameo for m in nouns]
    # an accusation of a crime, aggression, spying (112...): its object is the charge, no act of a kind it judges ("не
    # выполнила ордер ... на арест": the warrant's arrest is the charge's, not an act the article told)
    if match.rule.plover not in VERDICT_TYPES or match.rule.cameo.startswith(ACCUSATION):
        return
    if not acts:
        # "condemned the deliveries": an act of a kind named by a noun that no rule reads as a trigger of its own
        named = kind_noun_named(sentence.tokens, grammar.roles, span, clause[1], bool(grammar.verb_lemma_endings))
        if named is not None:
            tr.acts, tr.act_spans = [lookup(named[1]).plover or ""], [(named[0], named[0] + 1)]
            tr.act_kinds = [named[1]]
    # "kritisierte das Manöver", "äußerte Besorgnis über die Übungen": an exercise judged (a noun of its kind or a
    # trigger of its own) judges whoever held the latest exercise, alone or together (article_fill._judged_act_authors)
    if tr.acts and exercise_named([sentence.tokens[i].text.lower() for a, b in tr.act_spans for i in range(a, b)],
                                  grammar.roles.exercise_words):
        tr.act_kinds = [*tr.act_kinds, EXERCISE]


def _dated_back(s: SentenceState) -> bool:
    """Whether the sentence names a day half a year or more before the article's (BACKGROUND_DAYS): what it tells is
    background, not the news the sentences before it told."""
    published = s.doc.published
    return published is not None and any((published - d.value).days >= BACKGROUND_DAYS for d in s.dates())


def article_context(s: SentenceState, article: Article, tr: Trigger) -> None:
    """Who a threat or demand told beside another party's yielding was aimed at (that party), and what the
    article's earlier events complete: a reply's addressee, a pronoun's antecedent, a verdict's step, a
    congratulation's winner, the force just told, the focal dyad's or the crisis's other side."""
    sentence, grammar, forms, actors = s.sentence, s.grammar, s.forms, s.actors
    deals, remarks = s.deals, s.remarks
    context, recent, subject, voted = article.context, article.recent, article.subject, article.voted
    focal, about = article.focal, article.about
    match, span, clause, roles = tr.match, tr.span, tr.clause, tr.roles
    pronoun, weak, own, among_sources = tr.pronoun, tr.weak, tr.own, tr.among_sources
    named = bool(roles.targets)
    if not roles.targets and not among_sources:
        roles.targets = yielder(match, s.triggers, tr.phrases, clause, roles.sources)  # "lenkte nach einer Drohung"
    if not roles.targets and roles.sources and match.rule.cameo == _FORCE_THREAT \
            and any(forms[i] & _NOT_RULED_OUT for i in match.tokens):
        roles.targets = _wanted_state(actors, roles.sources)
    # "welcomed the agreement": a deal named again is what the praise is on
    deal = match.rule.cameo.startswith(PRAISE) and any(span[0] < i < clause[1] for i in deals())
    # "welcomed the resumption of the talks": talks named again are what the praise is on (a deal named wins)
    talks = match.rule.cameo.startswith(PRAISE) and not deal and any(span[0] < i < clause[1] for i in s.talks())
    # "condemned the attack and expressed solidarity with Ukraine": the coordinated verb's party is held back
    # ("welcomed the agreement and thanked Kenya for its efforts": so too a deal a praise names again, `deal`)
    nouns = tr.act_spans if tr.acts else [(i, i + 1) for i in deals() if span[1] <= i < clause[1]] if deal else [
        (i, i + 1) for i in s.talks() if span[1] <= i < clause[1]] if talks else []
    held = held_targets(roles.targets, span, nouns, sentence.tokens, grammar.conjunctions or (
        grammar.coordination - {"&"})) if nouns and match.rule.plover in VERDICT_TYPES else []
    if match.rule.outcome:  # what ended is told before its end: "Talks ... ended with an agreement", not "... y luego"
        own = [e for e in own if (e.trigger_start or 0) < sentence.tokens[span[0]].start]
        # (a sentence that names parties but no talks between them tells an end the article did not code: "Le sommet
        # gréco-turc s'est achevé par une déclaration" with the summit unread; so does one dated half a year back or
        # more, "La guerra de Corea terminó en 1953 con un armisticio": the latest talks before are no sides of it)
        if actors or _dated_back(s):
            recent, context = [], []
    if not among_sources:
        # (the act noun's words: "den Angriff" judges the latest "Luftangriff"; "этот удар" the nearest act,
        # whatever word told it)
        # "..., which Moscow condemned": the act told before the comma is what the verdict is on
        # (a verdict, a denial or a praise: "..., die Tsais Reise unterstützt hatten" is no support of the act)
        antecedent = relative_act(sentence.tokens, span, roles.sources, actors, own, grammar) \
            if (match.rule.plover in VERDICTS_AGAINST or match.rule.cameo.startswith(PRAISE)) and not roles.targets \
            else None
        again = NamedAgain(
            tr.acts, tr.act_kinds, [] if pointed_back(sentence.tokens, tr.act_spans, grammar.roles.demonstratives)
            else [w.lower() for a, b in tr.act_spans for t in sentence.tokens[a:b] for w in (t.text, t.lemma)],
            # (or the relative clause on that act opens with a step noun: "..., une démarche que Moscou a qualifiée")
            step=match.rule.plover in VERDICT_TYPES and _step_judged(s, span, clause)
            or antecedent is not None and relative_step(sentence.tokens, span, grammar), deal=deal, talks=talks,
            # "rejected the remarks": the words are the latest speaker's
            remarks=match.rule.plover in VERDICT_TYPES and any(span[0] < i < clause[1] for i in remarks()),
            # "a salué « une étape encourageante »": a label after the verdict in its clause names the article's lead
            label=article.lead if match.rule.plover in VERDICT_TYPES and any(
                span[0] < i < clause[1] for i in labels_named(sentence.tokens, grammar.roles)) else None,
            antecedent=antecedent)
        fill_from_context(roles, match.rule, recent + own, pronoun, again, weak, (context or []) + own, subject,
                          article.named, sentence.start,
                          plural=pronoun and (s.plural_clause(clause) or plural_verb_subject(
                              sentence.tokens, clause, span[0], grammar, s.ruleset.lang in PRO_DROP)),
                          asked=tr.modality == "demand", marked=marked_after(match, sentence, span, clause, grammar),
                          speaker=article.speaker, held=held,
                          here=named_in(actors, roles.sources, sentence.tokens, grammar.coordination),
                          quarrels=article.quarrels, parties=parties_of(actors))
        pronoun_object(roles, recent + own, subject, pronoun, span[1])
        if voted and (match.rule.cameo.startswith(PRAISE) or match.rule.cameo == _RECOGNITION):
            congratulated(roles, sentence.tokens, span, clause, voted, s.ruleset.lang,
                          recognition=match.rule.cameo == _RECOGNITION)
    if match.rule.plover in VERDICT_TYPES:  # (a list of observers' states is no pair of the verdict on the vote)
        judged_vote(roles, sentence.tokens, span, clause, voted, s.ruleset.lang)
    if span[0] <= 1 and (span[0] == 0 or forms[0] & grammar.determiners):
        # "The strike targeted ...": the one just told
        same_force(roles, match.rule, (context or []) + own, span[1])
    domestic = any(not forms[i].isdisjoint(grammar.roles.domestic_speakers) for i in range(clause[0], span[0]))
    sides_apart(roles, match.rule, (context or []) + own)
    if focal is not None and not among_sources:
        # (a pair the sentence names is re-read whatever clause its actor stands in: "La Cédéao, que ..., a appelé
        # les deux capitales"; the article's fallbacks wait for an actor of the act's own clause)
        sides_addressed(roles, match.rule, focal, parties_of([m for m in actors if m.kind != "reference"]))
    if focal is not None and not weak and not among_sources:
        if deal or talks:
            deal_sides(roles, match.rule, focal)
        focal_target(roles, match.rule, focal, not s.vocabulary.isdisjoint(grammar.roles.party_words),
                     parties_of(actors), domestic=domestic,
                     counts=match.rule.plover == HOME_FORCE and counted(sentence.tokens, clause, grammar.roles))
    elif about is not None and not weak and not among_sources:
        crisis_target(roles, match.rule, about, parties_of([m for m in actors if m.kind != PLACE]), domestic,
                      tr.modality in ("asserted", "reported") and not pronoun)
    # "pidió a todas las partes ..." where the two it still stands for never fought: addressed to no one named
    unfought_sides(roles, sentence.tokens, grammar.roles.universal_words, (context or []) + own, article.quarrels)
    if roles.target_from_context and _charges_no_one(s, tr, named):
        roles.targets, roles.target_from_context = [], False


def _step_judged(s: SentenceState, span: tuple[int, int], clause: tuple[int, int]) -> bool:
    """"welcomed the step": a step named again in the trigger's clause after it is what a verdict is on (or one put
    first, before a plural verb: "Этот шаг поддержали Латвия и Литва")."""
    return any(span[0] < i < clause[1] or clause[0] <= i < span[0] and i - clause[0] <= 1
               and plural_verb(s.sentence.tokens[span[0]], s.grammar) for i in s.steps())


def _charges_no_one(s: SentenceState, tr: Trigger, named: bool) -> bool:
    """Whether the act charges no one the article named before, so that a target filled from the context is
    dropped: a danger foreseen by a rule that wants its target named ("Hilfswerke warnten vor Seuchen"), or, with no
    target named in the sentence (`named`), a concern about a situation whose parties the sentence does not name
    ("Berlin zeigte sich besorgt über die Lage"; the sentence may name the one it holds to account: "Tokio und
    Peking einigten sich ..., doch Japan zeigte sich besorgt über die Lage im Ostchinesischen Meer")."""
    rule, roles = tr.match.rule, tr.roles
    if rule.named_target:
        return True
    return not named and rule.plover == "ACCUSE" and situation_judged(s.forms, tr.span, tr.clause, s.grammar) \
        and parties_of(s.actors).isdisjoint(party(m.code) for m in roles.targets)


def conditional_threat(s: SentenceState, tr: Trigger) -> None:
    """A hostile act made conditional, or an ultimatum, is a threat (EVAL.md), and the threat's cue."""
    grammar, forms, modal_forms, triggers = s.grammar, s.forms, s.modal_forms, s.triggers
    match, span, phrases, roles, modality = tr.match, tr.span, tr.phrases, tr.roles, tr.modality
    conditioned = False
    if match.rule.plover in THREATENED and roles.sources and (
            modality in ("hypothetical", "plan")
            and (in_quotation(forms, span) or any(m.rule.plover == "THREATEN" for m in triggers))
            or modality in SPOKEN_CONSEQUENCES and match.rule.plover in SPOKEN_THREATS
            and (own_consequence(forms, span, phrases, roles, grammar)
                 or threat_frame(forms, span, phrases, roles, grammar, triggers))) \
            and not condition_content(forms, span, grammar):
        condition = condition_span(forms, span, grammar)
        conditioned = condition is not None
        if condition is not None:
            # "China could impose sanctions if Japan goes on, Beijing warned", «Si X frappe, nous
            # répondrons»: a hostile act made conditional is a threat (EVAL.md); with no target of its
            # own, the one the condition names is threatened
            modality = "threat"
            if not roles.targets or all(condition[0] < m.token_start < condition[1] for m in roles.targets):
                # (a target read inside the condition is no party unless the condition names it as one: "si
                # les combats s'étendent au Liban", "if the fighting spreads to Lebanon")
                named_party = conditioned_party(condition, phrases, roles.sources)
                roles.targets = list(named_party.members) if named_party is not None else []
    if modality in SPOKEN_CONSEQUENCES and match.rule.plover in WARNED_ACTS \
            and _pledge(s, span, tr.clause) and warned_act(forms, span, phrases, roles, grammar):
        # "advirtió de que Argentina abandonará el Mercosur": the warner's threat, the act still to come
        modality = "threat"
    if modality != "threat" and ultimatum(modal_forms, span, match.rule.plover, grammar):
        modality = "threat"  # "exigió ..., de lo contrario ...", "would cut ties unless ...": an ultimatum
    cue = None
    if modality == "threat":
        # "menacé de ne plus partager", "пригрозил, что больше не будет": the negation is what is threatened
        cue = demand_cue_at(modal_forms, span, tr.clause, grammar, "threat")
    tr.conditioned, tr.modality, tr.cue = conditioned, modality, cue


def demand_cue(s: SentenceState, tr: Trigger) -> bool:
    """A demand's cue. False where the source is the one asked, the one asked acts on another party, or a hostile
    act is called for from no one named."""
    sentence, ruleset = s.sentence, s.ruleset
    match, span, phrases, roles, cue = tr.match, tr.span, tr.phrases, tr.roles, tr.cue
    if tr.modality == "demand":
        cue = demand_cue_at(s.modal_forms, span, tr.clause, s.grammar)
        if not asker_only(roles, cue):
            note(sentence, ruleset, match, "the one asked to act is no source of the demand")
            return False  # "urged Rwanda to withdraw its troops": Rwanda is asked (the urging verb codes the request)
        if asked_elsewhere(roles, cue, span, phrases):
            note(sentence, ruleset, match, "the one asked carries the act out, on another party")
            return False  # "a appelé Israël à cesser ses frappes au Liban": no demand of Turkey's on Lebanon
        if match.rule.plover in THREATENED and asked_no_one(roles, cue, span, phrases):
            note(sentence, ruleset, match, "a hostile act called for from no one named")
            return False  # "призвали сохранять давление на Россию", "called for tougher sanctions on Russia":
            # others are to press Russia, nothing is asked of it
    tr.cue = cue
    return True


def alleged_act(s: SentenceState, tr: Trigger) -> tuple[bool, bool]:
    """Whether the act is the content of an accusation or a denial before it (alleged), and whether it stands
    inside the span of an accusation that names its crime."""
    sentence, grammar, forms, accusations, denials = s.sentence, s.grammar, s.forms, s.accusations, s.denials
    match, clause, nominal = tr.match, tr.clause, tr.nominal
    start = match.span[0]
    # (not across a clause of its own: "... diplomates soupçonnés d'espionnage, Moscou répliquant par
    # l'expulsion de ...": the absolute participle's subject acts, and its act is no content of the suspicion)
    alleged = tr.modality != "threat" and not match.rule.cameo.startswith((ACCUSATION, DENIAL)) and (any(
        end <= start and (start <= end + ALLEGED_REACH
                          and not absolute_participle_after(end, clause, start, forms, grammar)
                          or content_after_comma(sentence.tokens, end, start, grammar))
        and accused_content(sentence.tokens, (begin, end), start, grammar)
        for begin, end, _names_crime in accusations) or any(
        end <= start <= end + ALLEGED_REACH and (nominal or any(t.text == "," for t in sentence.tokens[end:start]))
        or denied_right_after(sentence, end, start, grammar)
        or denied_content(sentence.tokens, end, start, grammar) for end in denials))
    # "dementierte Berichte über Waffenlieferungen": the deliveries are alleged
    # An act inside the span of an accusation that names its crime ("accusé Islamabad de soutenir le
    # « terrorisme »": the pattern reaches the crime's noun past the supporting verb) is the charge's content
    # where it has the accusation's own pair: the accused supports, not the accuser (a plain verdict's pattern
    # may span a whole sentence, "advirtió ... influencia", and holds no act of its own)
    inside_charge = any(names_crime and begin < start < end for begin, end, names_crime in accusations)
    if (alleged or inside_charge) and answers_verdict(match.rule.plover, match.rule.cameo) and any(
            own_predicate(forms, end, start, grammar) for _b, end, _n in accusations if end <= start):
        return False, False  # "accused Israel of violating ... and vowed to respond": a predicate of its own
    return alleged, inside_charge


def _pledge(s: SentenceState, span: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Whether the act is told in a future or a conditional ("ne quitterait pas", "no dudará en imponer", "will not
    leave", "wird ... nicht ausweisen"): what the actor says it will do, not what it did."""
    return told_ahead(s.forms, span, clause, s.grammar, s.inside_actor)


def add_events(s: SentenceState, tr: Trigger, alleged: bool, inside_charge: bool) -> None:
    """The trigger's events, one per source and target pair (`events_for`), kept where no other of the same key
    ranks above them; the trigger's outcome noted."""
    doc, sentence, ruleset, grammar, forms, vocabulary = s.doc, s.sentence, s.ruleset, s.grammar, s.forms, \
        s.vocabulary
    clauses, triggers, quoted, dates, earlier, events = s.clauses, s.triggers, s.quoted, s.dates, s.earlier, s.events
    match, span, clause, roles, modality, nominal = tr.match, tr.span, tr.clause, tr.roles, tr.modality, tr.nominal
    conditioned, cue = tr.conditioned, tr.cue
    produced = 0
    refused = after_refusal(forms, clause, grammar)
    # "n'a pas condamné l'invasion russe": a noun's negation stands after the other triggers before it (the
    # "pas" is the verdict's, and the invasion took place)
    # ("has never condemned the Russian invasion": so too where the noun is not read as one, after an adjective;
    # but a trigger that holds a negation, "refused to condemn", "se negó a firmar", negates the act after it)
    negation_from = max((i + 1 for m in triggers if m is not match
                         and not any(forms[k] & grammar.negation for k in m.tokens)
                         for i in m.tokens if clause[0] <= i < span[0]), default=clause[0]) if s.several \
        else clause[0]
    for event in events_for(doc, sentence, match, roles, forms, clause, ruleset, modality, quoted, dates,
                             refused, nominal, negation_from, conditioned, vocabulary,
                             None if cue is None else (cue, clause_of(clauses, cue))):
        if (alleged or inside_charge) and any(
                e.plover == "ACCUSE" and (e.source, e.target) == (event.source, event.target) for e in earlier):
            continue  # "accusing both governments of backing the opposition": the accused back, not the accuser
        if roles.target_from_context and denied_stance(match.rule, event.negated, tr.acts, roles.targets,
                                                       event.negated and _pledge(s, span, clause)):
            continue  # "ne céderait pas à la pression", "ne quitterait pas le traité": a stance answers no act told
        produced += 1
        earlier.append(event)
        if roles.target_from_context:
            s.filled.add(id(event))
        if alleged:  # "acusó a Ucrania de atacar la central": the attack is the accusation's content
            event.modality = "alleged"
        # One event per key and sentence: what happened before a plan or a supposition of the same key ("signed a
        # declaration, and intend to hold joint drills": the signing stays), then the most specific pattern, then
        # the most specific code.
        key = (event.source, event.target, event.plover, event.negated)
        rank = (event.factual, match.weight, len(event.cameo))
        if key not in events or rank > events[key][0]:
            events[key] = (rank, event)
    note(sentence, ruleset, match, None if produced else trace.no_pair(roles.sources, roles.targets))


def _wanted_state(actors: list[ActorMention], sources: list[ActorMention]) -> list[ActorMention]:
    """The one state a threat of force with no target of its own names elsewhere in its sentence, the one the force
    would hit: "die USA bräuchten Grönland ... und schloss nicht aus, dafür Gewalt anzuwenden", "заявил о намерении
    получить Гренландию и не исключил применения силы", "refused to rule out using force to take control of
    Greenland" (eval/gold/README.md, round 63: the studied gold gives the target in each such sentence), named after
    the one who would use the force (a state before it is the sentence's speaker or its misread subject); none where
    the sentence names two or more other states there."""
    own = {party(m.code) for m in sources}
    after = max(m.token_end for m in sources)
    others = [m for m in actors if m.country is not None and party(m.code) not in own and m.token_start >= after]
    return others[:1] if len({party(m.code) for m in others}) == 1 else []


_FORCE_THREAT: Final = "138"  # CAMEO "threaten with military force"
# the words of force held open, "not ruled out" (the trigger's own): "rule (out)", "ausschließen", "descartar",
# "exclure" ("sans exclure", "n'a pas exclu"), "исключить" (not a warning or a threat told outright: "warned that
# military cooperation would end" names whom it warns in its own words or not at all)
_NOT_RULED_OUT: Final = frozenset({"rule", "ruled", "ausschließen", "ausgeschlossen", "schloss", "schließen",
                                   "descartar", "descarta", "descartó", "exclure", "exclu", "exclut", "исключить",
                                   "исключать", "исключил", "исключает"})
_RECOGNITION: Final = "054"  # CAMEO "recognise": of an election's result, the state that voted (congratulated)
