"""Actor phrases that are no party of the act: what is talked about ("discussed Libya"), the names of a war's
hyphen pair, a concessive phrase's noun ("despite US warnings"), a noun embedded after a preposition or a verb
of talking ("due to the attacks", "discussed military cooperation").

Separate because each reads which groups of a sentence the coder must take out of a trigger's reach.
"""

from __future__ import annotations

from typing import Final

from realpolitik.codes import sides_of
from realpolitik.events.cameo import gives_way
from realpolitik.events.grammar import Grammar, joined
from realpolitik.events.roles import Group, hyphen_after, hyphen_joined
from realpolitik.events.triggers import TriggerMatch
from realpolitik.events.voice import possessor_start
from realpolitik.language.infinitives import infinitive_form
from realpolitik.model import ActorMention, Sentence, Token

# "вопрос о встрече", "после удара": background, not an act
_TOPIC: Final = frozenset({"о", "об", "обо", "после", "из-за"})
# "ответит на высылку", "отреагировала на арест": a reply's verb before "на" governs another's act, which the noun
# names (its author is not the replier), unlike "вступили в перестрелку", whose noun is the subject's own act
_REPLY_VERBS: Final = frozenset({"ответить", "отвечать", "отреагировать", "реагировать"})


def topic_groups(triggers: list[TriggerMatch], groups: list, forms: list[frozenset[str]],
                  grammar: Grammar) -> set[int]:
    """The direct object of a verb of talking about ("discussed Ukraine", "to discuss Iran's nuclear programme",
    "обсудили Украину"): the actor phrase right after it (articles, a possessor's noun between), which names
    a topic, not a partner. Its ids; the partner is marked ("with Blinken") or stands beside the subject."""
    found: set[int] = set()
    for m in triggers:
        if not m.rule.topic_object:
            continue
        end = m.span[1]
        g = next((g for g in groups if end <= g.start <= end + 2 and g.marker is None), None)
        if g is not None and all(forms[i] & (grammar.determiners | grammar.possessives) for i in range(end, g.start)):
            found.add(id(g))
    return found


def war_names(triggers: list[TriggerMatch], groups: list, sentence: Sentence, forms: list[frozenset[str]],
               grammar: Grammar) -> set[int]:
    """A pair a hyphen joins right before a war noun ("since the start of the Russia-Ukraine war", "seit Beginn des
    russisch-ukrainischen Krieges") or right after it ("la guerre russo-ukrainienne"): it names the war, not who did
    the sentence's acts ("the first strikes on ships since the Russia-Ukraine war began" names no attacker). So does
    one name a hyphen joins to a war noun after it ("seit Beginn des Gaza-Kriegs", "im Ukraine-Konflikt"): the
    compound's head is the war, the name says where it is fought. Their ids, unless a trigger is the war noun itself."""
    war_nouns = grammar.roles.war_nouns
    trigger_words = {i for m in triggers for i in m.tokens}

    def war(i: int | None) -> bool:
        return i is not None and 0 <= i < len(forms) and bool(forms[i] & war_nouns) and i not in trigger_words

    return {id(g) for g in groups if war(hyphen_after(g, sentence.tokens)) or len(g.members) == 2 and any(
        war(i) for i in (g.end, g.start - 1)) and hyphen_joined(g, sentence.tokens)}


def embedded_by_verb(forms: list[frozenset[str]], span: tuple[int, int], clause: tuple[int, int],
                      grammar: Grammar) -> bool:
    """One of the grammar's `embedding_verbs` between the commas around the noun ("..., einen Angriff auf
    Niger als Kriegserklärung zu betrachten"; not ", er erwarte schwierige Gespräche" after "Nach einem Treffen")."""
    start = _after_comma_before(forms, span, clause)
    end = next((i for i in range(span[1], clause[1]) if "," in forms[i]), clause[1])
    return any(forms[i] & grammar.embedding_verbs for i in range(start, end))


_PREPOSITION_REACH: Final = 2  # "при личной встрече": a preposition and an adjective before the noun


def noun_by_form(tokens: list[Token], span: tuple[int, int], grammar: Grammar) -> bool:
    """A trigger none of whose words is a verb or participle, in a language that shows verbs by their lemma
    ("обсудили введение санкций", "комментируя закрытие границы"): a noun, though no genitive names its agent. Not
    one after a preposition ("обсудит вопрос с Трампом при личной встрече"): where or how it is talked of, no topic."""
    if not grammar.verb_lemma_endings or any(grammar.verb_lemma(t.lemma) or t.text.lower().endswith(
            grammar.participle_endings) for t in tokens[span[0]:span[1]]):
        return False
    prepositions = grammar.target_markers | grammar.location_markers | grammar.circumstance_markers \
        | grammar.past_prepositions
    before = tokens[max(0, span[0] - _PREPOSITION_REACH):span[0]]
    return not any(t.text.lower() in prepositions for t in before)


def talked_about(forms: list[frozenset[str]], span: tuple[int, int], clause: tuple[int, int],
                  grammar: Grammar) -> bool:
    """One of the grammar's `embedding_verbs` before the trigger, between the commas around it ("discussed military
    cooperation with him", "besprachen die militärische Zusammenarbeit"): the cooperation is what was talked about."""
    if not grammar.embedding_verbs:
        return False
    return any(forms[i] & grammar.embedding_verbs for i in range(_after_comma_before(forms, span, clause), span[0]))


def _after_comma_before(forms: list[frozenset[str]], span: tuple[int, int], clause: tuple[int, int]) -> int:
    """Where the stretch of the clause that holds the trigger begins: after the last comma before it, else at the
    clause's start (an embedding verb past a comma governs another phrase)."""
    return next((i + 1 for i in range(span[0] - 1, clause[0] - 1, -1) if "," in forms[i]), clause[0])


# Causal and concessive prepositions: "Trotz der Angriffe auf die Ukraine lehnte Ungarn ... ab", "Malgré les
# attaques contre l'Ukraine, la Hongrie ...", "Wegen des Angriffs ...": the noun is background to the clause
_BACKGROUND: Final = frozenset({"wegen", "aufgrund", "angesichts", "infolge", "trotz", "während", "malgré", "pendant",
                         "despite", "amid", "amidst", "during", "pese", "durante"})
_CONTRACTED: Final = {"al": "a", "au": "à", "aux": "à"}  # Spanish a+el, French à+le/les: the preposition they hold
_TO: Final = frozenset({"to", "a", "à"})
_OF_THE: Final = frozenset({"du", "del"})  # French de+le, Spanish de+el: always a genitive


# "despite repeated US warnings", "trotz der wiederholten Warnungen": words before the noun
_CONCESSION_REACH: Final = 3


def in_concession(start: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """The trigger's word is the noun of a concessive phrase ("despite US warnings", "pese a las advertencias de
    Washington", "несмотря на предупреждения"): the concession ends at most a few words before it, no comma between
    ("lanzó la ofensiva pese a las advertencias": a pattern's gap that reaches into the phrase goes with it)."""
    for words in grammar.roles.concessive_phrases:
        for end in range(max(len(words) - 1, start - 1 - _CONCESSION_REACH), start):
            if all(words[-1 - k] in forms[end - k] for k in range(len(words))) \
                    and not any("," in forms[i] for i in range(end + 1, start)):
                return True
    return False


_CONCEDED_AGENT_REACH: Final = 4  # "despite warnings from the United States", "malgré la mise en garde de la France"


def conceded_groups(triggers: list[TriggerMatch], groups: list[Group], tokens: list[Token],
                     forms: list[frozenset[str]], grammar: Grammar) -> dict[int, TriggerMatch | None]:
    """The actor phrases of a concession's noun, by id, with the trigger that noun is (or None): a phrase after the
    noun, up to a comma ("pese a las advertencias de Estados Unidos", "несмотря на предупреждение Вашингтона",
    "trotz der Warnung Washingtons") and the premodifier of a trigger noun ("despite a US warning"). A name after a
    verb is the clause's own ("Trotz der Warnung griff Israel ... an"); where no verb shows without a parse (en, es,
    fr), only a marked phrase is the noun's."""
    found: dict[int, TriggerMatch | None] = {}
    for m in triggers:
        noun = next((i for i in m.tokens if in_concession(i, forms, grammar)), None)
        found.update((id(g), m) for g in groups if noun is not None and g.end == noun)
    reach = _CONCESSION_REACH + _CONCEDED_AGENT_REACH
    verbs_show = grammar.verb_final or bool(grammar.verb_lemma_endings)
    for g in groups:
        if id(g) not in found and (verbs_show or not g.free) and any(
                in_concession(k, forms, grammar) for k in range(max(0, g.start - reach), g.start)
                if not any("," in forms[i] or verbs_show and grammar.verb_word(tokens[i]) for i in range(k, g.start))):
            found[id(g)] = next((m for m in triggers if m.span[0] < g.start and any(
                in_concession(i, forms, grammar) for i in m.tokens) and g.start - m.span[1] <= _CONCEDED_AGENT_REACH),
                None)
    return found


def embedded_noun(match: TriggerMatch, sentence: Sentence, grammar: Grammar) -> bool:
    """Preposition + article + trigger ("due to the attacks", "a los ataques", "nach dem Angriff"):
    the noun is background to the clause, and the clause subject is not its agent."""
    start = match.span[0]
    if start < 1:
        return False
    if any(grammar.verb_word(sentence.tokens[i]) for i in match.tokens if i > start):
        return False  # "hatte Japan mit einem Atomschlag gedroht": the pattern's own verb is the act, not the noun
    if grammar.verb_lemma_endings:  # Russian has no articles: "в ответ на удары", "после вторжения", "к удару"
        before, head = sentence.tokens[start - 1], sentence.tokens[start]
        prepositions = joined(grammar.target_markers, grammar.location_markers, _TOPIC)
        verb = start >= 2 and grammar.verb_lemma(sentence.tokens[start - 2].lemma) \
            and sentence.tokens[start - 2].lemma not in _REPLY_VERBS
        word = before.text.lower()
        if start >= 3 and sentence.tokens[start - 2].text == "-":  # "из-за ударов": the tokenizer splits the hyphen
            word = f"{sentence.tokens[start - 3].text.lower()}-{word}"
            verb = False
        if _since_the_start(sentence.tokens, start):
            return True
        return (word in prepositions or before.lemma in prepositions) and not verb and \
            not grammar.verb_lemma(head.lemma)  # but "вступили в перестрелку"
    word = sentence.tokens[start].text.lower()
    if word.startswith(grammar.roles.elided_article_starts):  # French "après le début de l'invasion": the article is
        # in the word
        at = start - 1
        article, preposition = "l'", sentence.tokens[at]
    elif start < 2:
        return False
    else:
        at = start - 2
        article, preposition = sentence.tokens[start - 1].text.lower(), sentence.tokens[at]
    contracted = article in _CONTRACTED
    if contracted:
        at = start - 1  # "a procédé au tir": "au" holds the preposition
    for frame in grammar.occurrence_verbs:  # "kommen zu": "es kam zu einem Schusswechsel" is what happened
        occurring, _, governed = frame.partition(" ")
        if (_CONTRACTED[article] if contracted else preposition.text.lower()) == governed and any(
                t.lemma == occurring for t in sentence.tokens[max(0, at - 3):at]):
            return False
    if contracted and not (article == "al" and infinitive_form(word, grammar.infinitive_endings)):
        return True  # "como respuesta al derribo", "au tir": preposition and article in one word ("al firmar")
    prepositions = joined(grammar.target_markers, grammar.location_markers, grammar.agent_markers, _TO,
                          grammar.subordinators, _BACKGROUND,  # "since the invasion of Ukraine", "after the attack"
                          grammar.genitive_markers if not grammar.adjectives_before_nouns else frozenset())
    # (Romance genitives: "desde el inicio de la invasión")
    if start >= 3 and preposition.text.lower() in grammar.genitive_markers \
            and sentence.tokens[start - 3].text.lower() in grammar.partitives \
            and not (start >= 4 and sentence.tokens[start - 4].text.lower() in prepositions):
        return False  # "llevó a cabo uno de los ataques más duros": the quantifier is the verb's object (not in
        # a phrase of its own: "criticó a Chile por uno de los ataques")
    if article in grammar.determiners and (
            preposition.text.lower() in prepositions or preposition.lemma in prepositions):
        return True
    # "since Russia's full-scale invasion", "after Hamas's attack": background like "since the invasion"
    # (not a past verb: "after Chad's rulers banned ...", where "after" opens a clause with a subject of its own)
    if grammar.past_endings and word.isalpha() and word.endswith(grammar.past_endings):
        return False
    opening = possessor_start(sentence.tokens, start, grammar.determiners, prepositions)
    return opening is not None and opening > 0 and (
        sentence.tokens[opening - 1].text.lower() in prepositions or sentence.tokens[opening - 1].lemma in prepositions)


# "с начала российского вторжения", "после начала войны": the start of an act, in a phrase of time, dates the clause
_START_NOUNS: Final = frozenset({"начало"})
_START_PREPOSITIONS: Final = frozenset({"с", "со", "после", "до", "в", "во"})
_GENITIVE_ADJECTIVE_ENDINGS: Final = ("ого", "его", "ой", "ей", "ых", "их")
_START_ADJECTIVES: Final = 2  # "с начала полномасштабного российского вторжения"


def _since_the_start(tokens: list[Token], start: int) -> bool:
    """Russian "С начала российского вторжения Германия поставила ...", "после начала войны": the act whose start
    a preposition of time names (its adjectives between) is background to the clause, as Romance "desde el inicio
    de la invasión" is (noun_complement); the clause's subject is not its agent."""
    k = start - 1
    while k > 0 and start - k <= _START_ADJECTIVES and tokens[k].text.lower().endswith(_GENITIVE_ADJECTIVE_ENDINGS):
        k -= 1
    return k >= 1 and tokens[k].lemma.lower() in _START_NOUNS and tokens[k - 1].text.lower() in _START_PREPOSITIONS


def noun_complement(match: TriggerMatch, sentence: Sentence, grammar: Grammar) -> bool:
    """"après le début de l'invasion turque de Chypre", "desde el inicio de la invasión iraquí de Kuwait": a
    noun that is itself the genitive of another noun (the start of it) dates the clause; only an act named
    right after a preposition ("depuis l'invasion russe de la Géorgie") is told, agent and patient given."""
    start = match.span[0]
    tokens = sentence.tokens
    word = tokens[start].text.lower()
    before = start - 1 if word.startswith(grammar.roles.elided_article_starts) else start - 2
    if before < 0 or grammar.adjectives_before_nouns:
        return False
    return tokens[before].text.lower() in grammar.genitive_markers or tokens[start - 1].text.lower() in _OF_THE


_PRESSURES: Final = frozenset({"THREATEN", "REQUEST"})
def yielder(match: TriggerMatch, triggers: list[TriggerMatch], groups: list[Group], clause: tuple[int, int],
            sources: list[ActorMention]) -> list[ActorMention]:
    """"Im März hatte Mexiko nach einer Drohung Trumps eingelenkt", "Mexico backed down after a threat from Trump",
    "México cedió tras la amenaza de Trump": a threat or demand with no one named, told in the clause of another
    party's yielding, is the pressure it yields to, aimed at the one who yields (the clause's first name with no
    preposition that is not the author's: "lenkte Kasachstan nach einer Drohung Moskaus ein"); not at whomever its
    author acted on last. None where the clause holds no yielding."""
    if match.rule.plover not in _PRESSURES or not sources:
        return []
    giving_way = next((m for m in triggers if gives_way(m.rule.plover, m.rule.cameo)
                       and clause[0] <= m.span[0] < clause[1]), None)
    if giving_way is None:
        return []
    pressing = sides_of(sources)
    subject = next((g for g in groups if clause[0] <= g.start and g.end <= clause[1] and g.free
                    and not pressing & g.sides), None)
    return list(subject.members) if subject is not None else []
