"""Who carries out a noun or a passive: a genitive, "by"/"par"/"por" or possessive agent after or before a nominal
trigger, a reduced or agentless passive, a participle that carries an act noun out.

Separate because these readers decide the agent of a trigger that has no active subject, and verdict_objects.py and
topics.py ask them (the possessor before a noun) while they ask nothing of those.
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.article import VERDICT_TYPES
from realpolitik.events.clause_infinitives import future_not_passive
from realpolitik.events.grammar import Grammar, joined
from realpolitik.events.reciprocal import reciprocal_word
from realpolitik.events.roles import (
    TRIGGER_OBJECT,
    Group,
    elided_de,
    instrumental_agent,
    other_possessive,
    participle_complement,
    possessive_of_no_list,
    possessor_before,
    postnominal_adjective,
    side_agent,
    support_participle_agent,
    verdict_seat,
)
from realpolitik.events.roles_target_steps import named_next_to
from realpolitik.events.triggers import TriggerMatch
from realpolitik.language.tokens import PHRASE_BREAKS, POSSESSIVE_MARKS
from realpolitik.model import ActorMention, Sentence, Token


def agent_after(match: TriggerMatch, tokens: list[Token], groups: list[Group], grammar: Grammar,
                 adjectives: bool = True) -> bool:
    """"accusations by Moldova", "die Waffenlieferungen des Westens": a noun followed by its agent."""
    end = match.span[1]
    if end >= len(tokens):
        return False
    word = tokens[end].text.lower()  # the word itself: German articles all lemmatise to "der"
    if grammar.verb_final and word in grammar.genitive_markers:
        return True  # German "des/der" after a (capitalised) noun; Romance "de" follows verbs as often
    if (grammar.verb_final or grammar.verb_lemma_endings and not match.rule.object_genitive) and \
            any(g.start == end and g.genitive for g in groups) and not _object_inside(match, tokens, groups, grammar):
        return True  # "den Angriff Russlands", "удар России": a name in the genitive right after the noun
    if word in grammar.agent_markers and any(end < g.start <= end + 3 for g in groups):
        return True
    demonym = next((g for g in groups if postnominal_adjective(g, grammar) and (
        g.start == end or g.start == end + 1 and tokens[end].text.isalpha() and tokens[end].text.islower()
        and tokens[end].text not in grammar.target_markers | grammar.genitive_markers)), None)
    if demonym is not None and demonym.end < len(tokens) and tokens[demonym.end].text.lower() in grammar.agent_markers \
            and any(demonym.end < g.start <= demonym.end + 3 for g in groups):
        return True  # "la destruction d'un drone syrien par l'armée turque": the object's demonym, then the agent
    elided = elided_de(word, grammar)  # "l'invasion d'Ukraine par la Russie"
    if (word in grammar.genitive_markers or elided or tokens[end - 1].text.lower() in grammar.genitive_markers) \
            and _agent_after_patient(end, tokens, groups, grammar) is not None:
        return True
    return _genitive_agent_with_object(match, tokens, groups, grammar, adjectives)


def _object_inside(match: TriggerMatch, tokens: list[Token], groups: list[Group], grammar: Grammar) -> bool:
    """"назвал Казахстан надёжным союзником России": a pattern from a verb over its object (a plain name next to
    it) to a predicate noun; the genitive after that noun is the noun's own (whose ally), no agent of the verb's
    act, whose subject acts (recall44: the naming lost both parties)."""
    start, end = match.span
    return len(match.tokens) > 1 and grammar.verb_word(tokens[start]) and any(
        start < g.start and g.end < end and named_next_to(g, start) for g in groups)


# "l'arrestation de deux ressortissants canadiens par ...": the patient phrase before the agent
_PATIENT_REACH: Final = 5


def patient_then_agent(end: int, tokens: list[Token], groups: list[Group], grammar: Grammar):
    """The agent group of "l'invasion de l'Ukraine par la Russie": a "de" phrase right after the noun, then "par"
    and a name (no comma between); None where the noun has none."""
    if end >= len(tokens):
        return None
    word = tokens[end].text.lower()
    if not (word in grammar.genitive_markers or elided_de(word, grammar)):
        return None
    return _agent_after_patient(end, tokens, groups, grammar)


def _agent_after_patient(end: int, tokens: list[Token], groups: list[Group], grammar: Grammar):
    """"l'arrestation de deux Canadiens par la Chine", "la detención de dos canadienses por China": a noun's
    patient phrase, then its agent phrase (no comma between). The agent's group, None where the noun has none
    (`agent_after`: with one, the noun is no background)."""
    for i in range(end + 1, min(len(tokens), end + 1 + _PATIENT_REACH)):
        word = tokens[i].text.lower()
        if word in (",", ";"):
            return None
        if word in grammar.agent_markers:
            return next((g for g in groups if i < g.start <= i + 3), None)
    return None


def _genitive_agent_with_object(match: TriggerMatch, tokens: list[Token], groups: list[Group], grammar: Grammar,
                                adjectives: bool = True) -> bool:
    """Romance "los ataques de Israel contra Irán", "la visita del canciller de Japón a China": after an
    article, a noun whose "de" phrase is followed by the noun's own object names its agent there; so does
    a demonym right after it ("los ataques rusos")."""
    start, end = match.span
    if match.rule.object_genitive:
        return False  # "la expulsión de diplomáticos rusos": the "de" phrase is the one expelled
    elided = tokens[start].text.lower().startswith(grammar.roles.elided_article_starts)  # French "l'attaque du Hamas"
    if not elided and (start == 0 or tokens[start - 1].text.lower() not in joined(grammar.determiners,
                                                                                  grammar.possessives)):
        return False
    if adjectives and any(g.start == end and postnominal_adjective(g, grammar) for g in groups):
        return True
    if tokens[end - 1].text.lower() in grammar.genitive_markers and end - 1 > start:
        end -= 1  # the pattern took the "de" itself: "acusaciones de"
    elif _adjective_before_genitive(tokens, end, grammar):
        end += 1  # "les frappes massives de la Russie contre l'Ukraine": one adjective between the noun and its agent
    if elided_de(tokens[end].text, grammar):
        agent = next((g for g in groups if g.start == end), None)  # "l'attaque d'Israël contre l'Iran"
    elif tokens[end].text.lower() not in grammar.genitive_markers:
        return False
    else:
        agent = next((g for g in groups if end < g.start <= end + 2), None)
    if agent is None or agent.end >= len(tokens):
        return False
    markers = match.rule.target_markers if match.rule.target_markers is not None else grammar.target_markers
    after = agent.end
    if tokens[after].text == "," and after + 1 < len(tokens) and any(
            t.text == "," for t in tokens[agent.start:agent.end]):
        after += 1  # "la visita del presidente de Francia, Emmanuel Macron, a Argel": the apposition's comma
    marker = tokens[after].text.lower()
    # the object right after its preposition, or the owner of what it governs ("contre un complexe résidentiel de
    # Doha": the group carries the preposition as its marker)
    return marker in markers and any(
        after < g.start <= after + 2 or g.marker == marker and g.start <= after + _OBJECT_REACH for g in groups)


_OBJECT_REACH: Final = 6  # "contre un complexe résidentiel de Doha": an article, a noun, an adjective and a "de"


def _adjective_before_genitive(tokens: list[Token], end: int, grammar: Grammar) -> bool:
    """Romance adjectives follow the noun: "la visite historique du président chinois à Hanoï". A lower-case word
    right after the noun, no grammar word, with a "de" after it (or an elided "d'" written onto the name)."""
    if grammar.verb_final or grammar.adjectives_before_nouns or end + 1 >= len(tokens):
        return False
    word, nxt = tokens[end].text, tokens[end + 1].text.lower()
    closed = joined(grammar.determiners, grammar.target_markers, grammar.genitive_markers, grammar.coordination,
                    grammar.subordinators, grammar.negation, grammar.possessives)
    return word.isalpha() and word.islower() and word not in closed \
        and (nxt in grammar.genitive_markers or elided_de(nxt, grammar))


def is_nominal(match: TriggerMatch, sentence: Sentence, groups: list[Group], forms: list[frozenset[str]],
                grammar: Grammar) -> bool:
    """A trigger that is a noun takes its agent from a genitive or "by" phrase, not from the clause subject.
    German nouns are capitalised; elsewhere a following "by"/"of" phrase gives the noun away."""
    if grammar.verb_final:
        return all(sentence.tokens[i].text[:1].isupper() for i in match.tokens)
    if _after_passive_auxiliary(match.span[0], sentence.tokens, forms, grammar) \
            or _opening_participle(match.span[0], sentence.tokens, grammar):
        return False  # "a été critiquée par Washington", "Accusé par Kiev de ...,": a participle with its agent
    # "Poland's expulsion of Russian diplomats": where an "of" phrase follows, the subject reading holds
    after = [sentence.tokens[i].text.lower() for i in (match.span[0] + 1, match.span[1]) if i < len(sentence.tokens)]
    of_follows = any(word in grammar.genitive_markers for word in after)
    # "rejected accusations by Britain", "accepted mediation by Qatar": a pattern from a verb to its object noun, and
    # after it the marker the rule names its target by: the phrase is the object's author, the rule's target
    object_author = len(match.tokens) > 1 and match.span[1] < len(sentence.tokens) and match.rule.target_markers \
        is not None and sentence.tokens[match.span[1]].text.lower() in match.rule.target_markers
    return not object_author and agent_after(match, sentence.tokens, groups, grammar) \
        or (not of_follows and possessed(match, groups)) \
        or other_possessive(match.span[0], (0, match.span[0]), forms, grammar) is not None \
        or possessive_of_no_list(groups, match.span[0], (0, match.span[0]), forms, grammar) is not None \
        or match.rule.plover == "ASSAULT" and _sides_after(match, groups, grammar)  # "их санкции", "son invasion"


def _sides_after(match: TriggerMatch, groups: list[Group], grammar: Grammar) -> bool:
    """"intensos ataques de Armenia y del Ejército azerbaiyano": a force noun whose "de" phrase lists two sides, with
    no object after it, names them as its agents, each against the other (roles read the pair)."""
    end = match.span[1]
    pair = next((g for g in groups if g.genitive and len(g.members) >= 2 and 0 < g.start - end <= 2), None)
    return pair is not None and len(pair.sides) >= 2 and not any(
        g.start >= pair.end and g.marker in grammar.target_markers for g in groups)


def _after_passive_auxiliary(i: int, tokens: list[Token], forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """The word before (or before an adverb before) is a passive auxiliary: "ont été expulsés", "a été
    vivement critiquée"."""
    auxiliaries = grammar.participle_auxiliaries
    if not auxiliaries or i < 1:
        return False
    if tokens[i - 1].text.lower() in auxiliaries:
        return True
    return i >= 2 and tokens[i - 1].text.lower().endswith("ment") and tokens[i - 2].text.lower() in auxiliaries


def _opening_participle(i: int, tokens: list[Token], grammar: Grammar) -> bool:
    """"Accusé par Washington de ..., Pékin a rejeté": a participle opens the sentence with its "par" agent (French:
    the languages that name their participle auxiliary)."""
    return i == 0 and bool(grammar.participle_auxiliaries) and len(tokens) > 2 \
        and tokens[0].text.lower().endswith(grammar.reduced_passive_endings) \
        and tokens[1].text.lower() in grammar.agent_markers


def possessed(match: TriggerMatch, groups: list[Group], tokens: list[Token] | None = None) -> bool:
    """"Israel's air strike on Doha", "Russia's invasion": a possessor right before the noun carried it out (with
    `tokens`, a hyphenated compound between counts as one word: "Russia's full-scale invasion")."""
    return possessor_before(match.span[0], groups, tokens) is not None


def reduced_passive(match: TriggerMatch, sentence: Sentence, groups: list[Group], grammar: Grammar) -> bool:
    """A participle after a noun or a comma, with no auxiliary, followed by an agent ("firms sanctioned by the
    US") or by its own complement ("firms accused of supplying drones"): an active verb would be followed by its
    object, so this is a passive (English "-ed"; the endings and complements are grammar data)."""
    if not grammar.reduced_passive_endings:
        return False
    tokens, i = sentence.tokens, match.span[0]
    if _opening_participle(i, tokens, grammar):
        return any(g.start in (2, 3) for g in groups)
    last = match.span[1] - 1  # "the missiles delivered to Kyiv": the pattern runs from the noun to its participle
    if last > i and last + 2 < len(tokens) and tokens[last].text.lower().endswith(grammar.reduced_passive_endings) \
            and _participle_modifier(tokens, last, groups, grammar):
        return True
    if i == 0 or i + 1 >= len(tokens) or not tokens[i].text.lower().endswith(grammar.reduced_passive_endings):
        return False
    before = tokens[i - 1].text.lower()
    if not (before == "," or before[:1].isalpha() and before not in grammar.reduced_passive_blockers):
        return False  # "ha acusado", "a accusé": an active perfect
    after = tokens[i + 1].text.lower().replace("’", "'")
    if "'" in after:  # "accusés d'espionnage": the elided preposition
        after = after.split("'")[0] + "'"
    if after in grammar.agent_markers:  # "... by" an actor: its agent ("brokered by": the rule reads its own "by")
        # (after a comma, whatever the agent: "l'installation de bases étrangères, rejetée par référendum", "the
        # review, led by policy chief X": the participle describes the noun before, not the subject's act)
        return i + 1 not in match.tokens and (before == "," or any(g.start == i + 2 for g in groups))
    if grammar.participle_auxiliaries and i + 2 < len(tokens) and tokens[i + 1].text.isalpha() \
            and tokens[i + 1].text.islower() and tokens[i + 2].text.lower() in grammar.agent_markers \
            and before not in grammar.determiners:
        # "l'accord signé vendredi par la RDC et le Rwanda": one word (a day, an adverb) before the agent
        return i + 2 not in match.tokens and any(g.start in (i + 3, i + 4) for g in groups)
    if before == ",":  # "broke ties with the UAE, accused of arming ...": the main clause's subject accuses,
        return _agent_in_phrase(tokens, i, groups, grammar) \
            or participle_complement(tokens, i, grammar) and (
                _passive_before(tokens, i - 1, grammar) or _opening_subject(tokens, i - 1, groups, grammar)) \
            or _placed_complement(tokens, i, grammar)
        # unless the phrase names one ("..., blamed ... by Kyiv"), the main clause is itself a passive, the
        # phrase describes the sentence's opening subject or the charge was brought in a place ("..., acusado en
        # Nueva York de tráfico")
    return participle_complement(tokens, i, grammar) or i + 2 < len(tokens) and _participle_modifier(
        tokens, i, groups, grammar)


def attribution_participle(match: TriggerMatch, tokens: list[Token], forms: list[frozenset[str]],
                           grammar: Grammar) -> bool:
    """"after a sabotage attack blamed on Russia", "un sabotage imputé à la Russie": a word of the trigger is a
    participle of attribution (grammar data) that follows a word, not an auxiliary or a comma: the act noun before
    it is laid at the door of the party it names, by the clause's subject, so the participle is read as that
    subject's verb."""
    i = next((i for i in match.tokens if tokens[i].text.lower() in grammar.attribution_participles), 0)
    # after a comma it describes the opening subject ("Russia, blamed for the attack by Kyiv, denied"): a passive
    return i > 0 and tokens[i - 1].text[:1].isalpha() and not forms[i - 1] & grammar.passive_auxiliaries \
        and not _after_passive_auxiliary(i, tokens, forms, grammar)


def backer_attribute(span: tuple[int, int], tokens: list[Token], groups: list[Group], grammar: Grammar) -> bool:
    """"the militia backed by Iran", "los hutíes, respaldados por Irán,", "la milice soutenue par l'Iran", "die Huthi,
    unterstützt vom Iran,", "хуситы, поддерживаемые Ираном": a one-word participle (the language's passive or
    attribute participle endings) after a noun or a comma, or opening the sentence, with its agent right after it
    (an agent marker and a name; in a case language, the name in the instrumental) describes the noun, as the
    compound "the Iran-backed Houthis" does: whom the agent backs is a standing tie (a relation), not an act. An
    auxiliary before it ("was backed by") makes a passive clause, which tells an act."""
    i = span[0]
    if span[1] - i != 1 or i + 1 >= len(tokens):
        return False
    if i > 1 and tokens[i - 1].text == "-" and any(g.end == i - 1 for g in groups):
        return True
    if not tokens[i].text.lower().endswith(grammar.reduced_passive_endings + grammar.attribute_participle_endings):
        return False
    if i > 0:
        before = tokens[i - 1].text.lower()
        if before != "," and (grammar.verb_final or not before.isalpha() or before in grammar.reduced_passive_blockers
                              or before in grammar.participle_auxiliaries):
            return False
    after = i + 1
    if tokens[after].text.lower() in grammar.agent_markers:
        after += 1
    elif grammar.genitive_markers:
        return False  # no agent marker in a language that has them: an object, an active verb
    return any(g.start == after or g.start == after + 1 and tokens[after].text.lower() in grammar.determiners
               for g in groups)


def _participle_modifier(tokens: list[Token], i: int, groups: list[Group], grammar: Grammar) -> bool:
    """"criticised the weapons promised to Ukraine", "said the missiles delivered to Kyiv ...": a participle right
    after a common noun (no name of ours, no auxiliary, pronoun or relative), followed by the target's preposition
    and a name, modifies that noun: nobody we know is its agent (the clause's subject only talks about the thing).
    Not where the noun heads an actor ("Russian troops deployed to Belarus": they acted)."""
    before = tokens[i - 1].text.lower()
    words = grammar.roles
    if not words.modifier_prepositions or not before.isalpha() or not before.islower() or before.endswith("ly") \
            or before in (grammar.determiners | grammar.coordination | grammar.negation | words.subject_relatives
            | words.parse_relatives | words.complementizers | grammar.pronouns | grammar.opening_pronouns) \
            or any(g.start <= i - 1 < g.end for g in groups):
        return False  # "acts of sabotage it blamed on Russia": a relative clause with its own subject pronoun
    if tokens[i + 1].text.lower() not in words.modifier_prepositions:
        return False
    blockers = grammar.reduced_passive_blockers
    k = i - 1  # "avaient promis à l'Ukraine" (the auxiliary by its lemma), "a aussi demandé au Hezbollah"
    while k >= max(0, i - 3) and tokens[k].text.isalpha() and tokens[k].text.islower() \
            and tokens[k].text.lower() not in grammar.determiners:
        if tokens[k].text.lower() in blockers or tokens[k].lemma in blockers:
            return False
        k -= 1  # adverbs after the auxiliary: "a fermement condamné"
    first = i + 2 + (i + 2 < len(tokens) and tokens[i + 2].text.lower() in grammar.determiners)
    return any(g.start == first for g in groups)


def _passive_before(tokens: list[Token], comma: int, grammar: Grammar) -> bool:
    """"Three diplomats were expelled in May, accused of spying", "ont été expulsés en 2024, accusés d'...": a passive
    auxiliary and its participle in the clause the comma closes. Its subject underwent the act and is the one the
    participle after the comma describes: the accused, not the accuser."""
    start = next((k + 1 for k in range(comma - 1, -1, -1) if tokens[k].text in PHRASE_BREAKS), 0)
    return any(tokens[k].text.lower() in grammar.passive_auxiliaries
               and any(tokens[m].text.lower().endswith(grammar.reduced_passive_endings)
                       for m in range(k + 1, min(comma, k + 4)))
               for k in range(start, comma))


def _opening_subject(tokens: list[Token], comma: int, groups: list[Group], grammar: Grammar) -> bool:
    """"Deux entreprises chinoises, soupçonnées d'avoir fourni des drones, figurent sur la liste", "Les Émirats,
    accusés d'armer les milices, ont démenti": the comma closes the noun phrase that opens the sentence (names of
    ours, with only articles, numbers and "et" between them), no clause with a verb. The participle describes the
    main clause's subject, the one suspected; who suspects it the sentence does not say."""
    if comma <= 0:
        return False
    glue = grammar.determiners | grammar.coordination | grammar.roles.cardinals
    k = 0
    while k < comma:
        group = next((g for g in groups if g.start == k), None)
        if group is not None:
            k = group.end
        elif tokens[k].text.lower() in glue or tokens[k].text.isdigit():
            k += 1
        else:
            return False
    return k == comma and any(g.end <= comma for g in groups) and not any(
        tokens[m].text.lower() in grammar.agent_markers and any(g.start in (m + 1, m + 2) for g in groups)
        for m in range(comma + 1, len(tokens)))  # "..., ont été expulsés par la Pologne": the expeller accuses


def _placed_complement(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """"..., acusado en Nueva York de tráfico", "..., accused in Washington of fraud": a place between the participle
    and its complement says where a court or a prosecutor charged the one before the comma; the main clause's
    subject brought no charge."""
    if i + 2 >= len(tokens) or tokens[i + 1].text.lower() not in grammar.location_markers:
        return False
    start = i + 2 + (tokens[i + 2].text.lower() in grammar.determiners)
    end = next((k for k in range(start, min(len(tokens), start + 4)) if not tokens[k].text[:1].isupper()), None)
    if end is None or end == start:
        return False  # a place by its proper name ("en Nueva York", "in Lima"), not "in a statement"
    return participle_complement(tokens, i, grammar, end)


def _agent_in_phrase(tokens: list[Token], i: int, groups: list[Group], grammar: Grammar) -> bool:
    """An agent ("by Kyiv") in the participle phrase that starts after token `i` and ends at the next comma."""
    stop = next((k for k in range(i + 1, len(tokens)) if tokens[k].text == ","), len(tokens))
    return any(tokens[k].text.lower() in grammar.agent_markers and any(g.start in (k + 1, k + 2) for g in groups)
               for k in range(i + 1, stop))  # "par la RDC": an article between


def own_part(clause: tuple[int, int], span: tuple[int, int], forms: list[frozenset[str]],
              grammar: Grammar) -> tuple[int, int]:
    """The part of the clause whose passive auxiliary may be the trigger's: up to a subordinator after the trigger's
    first word, where a clause the splitter kept whole goes on ("warned that any attack by Israel would be met with a
    response" is an active warning to Israel, not one made by Israel; "Sanctions were imposed by the EU" reads its
    passive). German keeps its clause: a subordinate clause closes in its own auxiliary."""
    if grammar.verb_final:
        return clause
    end = next((i for i in range(span[0] + 1, clause[1]) if forms[i] & grammar.subordinators), clause[1])
    return clause[0], end


_INVITE: Final = "036"  # CAMEO: express intent to meet or negotiate, an invitation among them
_STATE_PASSIVE: Final = frozenset({"sein"})  # German "waren ... eingeladen": the state reached by a passive
# Russian short passive participles ("приглашены", "приглашен", "закрыты"): the ending tells them from a short
# adjective after "были" ("были готовы")
_SHORT_PARTICIPLE_ENDINGS: Final = ("н", "на", "но", "ны", "т", "та", "то", "ты")
_PASSIVE_GAP: Final = 2  # adverbs between the auxiliary and the participle: "ont également été invités"
# the short passive participle's feminine, neuter, plural and "-н" forms ("признана", "подписано", "приняты",
# "признан"); not the masculine "-т", which the present tense shares ("угрожает")
_SHORT_PASSIVE_ENDINGS: Final = ("н", "на", "но", "ны", "та", "то", "ты")


def short_passive(match: TriggerMatch, tokens: list[Token], groups: list[Group], grammar: Grammar) -> bool:
    """Russian "Палестина признана Испанией", "Соглашение подписано Россией и Китаем": the present passive has no
    "быть" (only the past "была признана" and the future have one), so a short passive participle with a name in the
    instrumental right after it is a passive all the same, that name its agent."""
    if not grammar.verb_lemma_endings or not grammar.passive_auxiliaries:
        return False
    i = match.span[0]
    word = tokens[i]
    return word.text.isalpha() and word.text.islower() and word.text.endswith(_SHORT_PASSIVE_ENDINGS) \
        and grammar.verb_lemma(word.lemma) and any(g.start == i + 1 and g.instrumental for g in groups)


def acted_on_together(match: TriggerMatch, tokens: list[Token], forms: list[frozenset[str]], groups: list[Group],
                       clause: tuple[int, int], grammar: Grammar, sources: list[ActorMention]) -> bool:
    """"Le Japon, la Corée du Sud et l'Australie ont été invités", "fueron invitados", "были приглашены на саммит":
    a symmetric act told by its participle after a passive auxiliary, with no agent in the clause, was done to the
    listed subjects (`sources`, a list of free names before it) by someone the clause does not name; they did not do
    it to each other (not "l'accord a été signé entre Washington et Kiev", "соглашения двух стран были
    парафированы": the parties of the thing done). German's state passive ("waren als Partnerländer eingeladen")
    counts for an invitation only: with "sein" the participle of a meeting verb is an active perfect ("sind in Moskau
    zusammengekommen")."""
    start = match.span[0]
    listed = {m.token_start for m in sources}
    subject = next((g for g in groups if g.free and g.end <= start
                    and listed <= {m.token_start for m in g.members}), None)
    opening = _subject_opening(forms, clause[0], subject.start, grammar) if subject is not None else clause[0]
    if subject is None or any(tokens[i].text.isalpha() and tokens[i].text.islower()
                              and not forms[i] & grammar.determiners for i in range(opening, subject.start)):
        return False  # a noun before the names owns them: "соглашения двух стран были парафированы"
    if reciprocal_word(forms, clause, grammar, span=match.span) or any(
            clause[0] <= g.start < clause[1] and (g.marker in grammar.agent_markers or g.instrumental) for g in groups):
        return False  # "wurden sich einig": a reflexive verb, its subjects act on each other
    if grammar.verb_final:
        auxiliaries = grammar.passive_auxiliaries | (_STATE_PASSIVE if match.rule.cameo == _INVITE else frozenset())
        return any(forms[i] & auxiliaries for i in range(clause[0], start)) \
            and not future_not_passive(forms, clause, grammar)
    participle = tokens[start].text.lower()
    if not participle.endswith(grammar.reduced_passive_endings or _SHORT_PARTICIPLE_ENDINGS):
        return False
    auxiliaries = grammar.participle_auxiliaries or grammar.passive_auxiliaries  # French: "été", not "sont"
    for i in range(start - 1, max(clause[0], start - 1 - _PASSIVE_GAP) - 1, -1):
        if forms[i] & auxiliaries:
            return True
        if not (tokens[i].text.isalpha() and tokens[i].text.islower()):
            return False
    return False


def _subject_opening(forms: list[frozenset[str]], start: int, subject: int, grammar: Grammar) -> int:
    """Where the words that could own a subject begin: after the last comma or subordinator before it, since an
    adverb or a conjunction that opens the clause ("Mientras tanto, ...", "mientras que los presidentes de ...")
    owns no name."""
    return max((i + 1 for i in range(start, subject) if "," in forms[i] or forms[i] & grammar.subordinators),
               default=start)


def agentless_passive(match: TriggerMatch, sentence: Sentence, forms: list[frozenset[str]], groups: list[Group],
                       clause: tuple[int, int], grammar: Grammar,
                       reduced: bool = False) -> bool:
    """An auxiliary right before the trigger ("was killed", "wurde ... angegriffen") with no agent
    phrase in the clause: the grammatical subject is the target, and no source is named. `reduced`: a
    participle that is a passive without an auxiliary ("firms accused of ...")."""
    if not (grammar.agentless_passive or reduced) or not match.rule.target_required:
        return False  # "US-Truppen wurden in die Karibik verlegt": forces moved are the actor
    if reciprocal_word(forms, clause, grammar, span=match.span):
        return False  # "se sont mutuellement accusés": a reflexive verb, its subjects act on each other
    start = match.span[0]
    if sentence.tokens[start].text.endswith("ing"):
        return False  # "is investigating": a progressive, not a passive
    # "are expected to sign": an auxiliary before the infinitive marker is the raising verb's, not the trigger's
    near = range(max(clause[0], start - 3), start)
    opened = next((i + 1 for i in reversed(near) if grammar.infinitive_marker in forms[i]), near.start)
    aux_before = reduced or any(forms[i] & grammar.passive_auxiliaries for i in range(opened, start))
    if grammar.verb_final:  # German: "wurde der Botschafter ... angegriffen" – auxiliary anywhere before
        aux_before = any(forms[i] & grammar.passive_auxiliaries for i in range(clause[0], start))
    in_clause = [g for g in groups if clause[0] <= g.start < clause[1]]
    has_agent = any(g.marker in grammar.agent_markers for g in in_clause) or (
        match.rule.plover in VERDICT_TYPES and verdict_seat(groups, match.span, grammar) is not None)
    targets = match.rule.target_markers if match.rule.target_markers is not None else grammar.target_markers
    has_object = any((g.marker in targets or g.marker == TRIGGER_OBJECT) and g.start > start
                     for g in in_clause)  # "is opposed to France"
    if reduced:  # "accused of helping Russia": what follows is the complement's, the object is the noun before;
        has_object = False  # its agent stands right after it ("acusados por X"), not anywhere in the clause
        has_agent = _agent_in_phrase(sentence.tokens, start, groups, grammar)
    return aux_before and not has_agent and not has_object and not match.rule.source_markers


def carried_agent(m: TriggerMatch, phrases: list, forms: list[frozenset[str]], grammar: Grammar,
                  triggers: list[TriggerMatch],
                  readers: tuple[bool, bool, bool]) -> tuple:
    """The agent (and object) a participle ("введённые Евросоюзом"), a side ("со стороны США") or a support verb's
    participle ("imposées par Washington") names for trigger `m`, by the readers the sentence has (`readers`: its
    participles, sides, supported flags), else (None, None)."""
    participles, sides, supported = readers
    found = instrumental_agent(phrases, m.span, forms, grammar) if participles else (None, None)
    if found[0] is None and sides:
        found = side_agent(phrases, m.span, forms, grammar, frozenset(i for o in triggers if o is not m
                                                                      for i in o.tokens))
    if found[0] is None and supported:
        found = support_participle_agent(phrases, m.span, forms, grammar)
    return found


_PHRASE_LINKS: Final = frozenset({"and", "or", ",", ";"})  # a possessor's noun phrase ends before them


def possessor_start(tokens: list[Token], start: int, determiners: frozenset[str],
                    stop: frozenset[str] = frozenset()) -> int | None:
    """Where the possessor before a noun begins ("Russia's full-scale invasion" → "Russia"), or None."""
    i = start - 1
    while i >= 0 and start - i <= 4 and tokens[i].text not in POSSESSIVE_MARKS and (
            tokens[i].text[:1].islower() and tokens[i].text not in _PHRASE_LINKS or tokens[i].text == "-"):
        i -= 1  # adjectives between: "full-scale", "surprise" (not "Russia's decision and expressed solidarity")
    if i < 1 or tokens[i].text not in POSSESSIVE_MARKS:
        return None
    j = i - 1
    while j >= 0 and i - j <= 4 and tokens[j].text.lower() not in stop and (
            tokens[j].text[:1].isupper() or tokens[j].text.lower() in determiners):
        j -= 1  # the possessor: "Russia", "the United States"
    return j + 1 if j + 1 < i else None


def has_own_agent(match: TriggerMatch, sentence: Sentence, groups: list[Group], forms: list[frozenset[str]],
                  grammar: Grammar) -> bool:
    """A nominal trigger with its own agent ("US arms sales to Taiwan", "Lieferungen des Westens an ...")
    keeps its prepositional objects: another verb's target is not behind it. A trigger that ends in its
    own "de" ("con la mediación de Catar") has its agent right there."""
    last = match.span[1] - 1
    if not grammar.verb_final and sentence.tokens[last].text.lower() in grammar.genitive_markers \
            and any(g.start in (last + 1, last + 2) for g in groups):
        return True
    if not grammar.verb_final and any(g.start == last + 1 and g.genitive for g in groups) \
            and elided_de(sentence.tokens[last + 1].text, grammar):
        return True  # "l'attaque d'Israël contre l'Iran": the elided "de" on the name
    if not is_nominal(match, sentence, groups, forms, grammar) and not any(g.end == match.span[0] for g in groups):
        return False
    return any(g.end == match.span[0] for g in groups) or agent_after(match, sentence.tokens, groups, grammar) \
        or possessed(match, groups)
