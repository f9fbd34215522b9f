"""Relative clauses: the antecedent of a relative pronoun, object relatives ("le Rwanda, qu'il accuse"), preposed
and free relatives, German verb-final object relatives, and the agent named inside a relative clause on the
trigger's noun (`relative_agent`, `blamed_agent`).

Separate because a relative clause moves a party out of the trigger's own clause, a reading of its own.
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.clause_openers import IMPERSONAL
from realpolitik.events.grammar import Grammar
from realpolitik.events.roles_agents import PRONOUN_REACH, participle_agent
from realpolitik.events.roles_base import COMPOUND, REPORT_SOURCE, Group
from realpolitik.language.tokens import ANY_QUOTE_MARKS, CLAUSE_STOPS, elided_words
from realpolitik.model import Token


def relative_antecedent(sentence_groups: list[Group], clause: tuple[int, int], forms: list[frozenset[str]],
                        grammar: Grammar) -> Group | None:
    """"condenó a Perú, que atacó a Bolivia", "a critiqué le Japon, qui a sanctionné", "criticised Japan, which
    sanctioned", "раскритиковал Японию, которая ввела": a clause opened by a comma and a subject relative pronoun
    (the language's `subject_relatives`, not an oblique form) has the actor right before the comma as its subject,
    whatever marks that actor in the main clause; the main clause's subject does not act in it."""
    start = clause[0]
    words = grammar.roles
    if start < 1 or start >= len(forms) or "," not in forms[start - 1] \
            or not (forms[start] & words.subject_relatives or opens_with_participle(forms, start, grammar)) \
            or forms[start] & words.object_relatives:
        return None
    # "le bloc des trois pays du Sahel (AES), qui ...": the acronym's closing bracket
    # may stand between the name and the comma
    end = start - 2 if start >= 2 and ")" in forms[start - 2] else start - 1
    return next((g for g in sentence_groups if g.end == end and g.marker not in (REPORT_SOURCE, COMPOUND)), None)


def subject_first_relative(sentence_groups: list[Group], clause: tuple[int, int], forms: list[frozenset[str]],
                           grammar: Grammar) -> Group | None:
    """German "die Türkei, die die neue Führung in Damaskus unterstützt", "Frankreich, das die Sanktionen mitgetragen
    hatte": a relative pronoun whose nominative and accusative are one form (`case_ambiguous_relatives`), right before
    a noun phrase whose article is as ambiguous (`case_ambiguous_articles`), is read subject first, as the language
    reads it where nothing else decides: the name before the comma acts, the phrase is its object. Not where the
    clause's closing verb is plural ("das die Philippinen jedes Jahr abhalten": the phrase is the subject); a verb
    with no singular ending (`third_singular_endings`) leaves the clause as it was. Returns the antecedent."""
    words = grammar.roles
    start, end = clause
    if not words.case_ambiguous_relatives or start + 2 >= end or start >= len(forms) \
            or not forms[start] & words.case_ambiguous_relatives \
            or not forms[start + 1] & words.case_ambiguous_articles:
        return None
    last = end - 1
    while last > start and not any(f.isalpha() for f in forms[last]):
        last -= 1  # a closing quote or bracket before the comma
    if not any(f.endswith(tuple(words.third_singular_endings)) for f in forms[last]):
        return None
    return relative_antecedent(sentence_groups, clause, forms, grammar)


_OBJECT_RELATIVE_REACH: Final = 5  # ", a la que él acusa": words between the comma and the verb


def object_relative(sentence_groups: list[Group], t_start: int, forms: list[frozenset[str]], grammar: Grammar,
                    prepositional: bool = True) -> Group | None:
    """"the UAE, which it accuses of ...", "l'Ukraine, qu'elle accuse de ...", "Ucrania, a la que acusa de ...":
    a relative clause right before the verb whose pronoun is no subject (a subject pronoun or an actor follows
    it, or the personal "a" precedes it) has the actor before the comma as its object; its subject is its own
    actor, or else the main clause's subject (the pronoun's antecedent). Returns that object."""
    words = grammar.roles
    relatives = words.subject_relatives | words.object_relatives
    if not relatives:
        return None
    comma = next((i for i in range(t_start - 1, max(-1, t_start - _OBJECT_RELATIVE_REACH - 1), -1)
                  if "," in forms[i]), None)
    if comma is None or comma + 1 >= t_start:
        return None
    i = comma + 1
    if prepositional and forms[i] & words.possessive_relatives:
        return _possessive_relative(sentence_groups, comma, t_start, forms)
    opened = bool(forms[i] & words.object_relative_openers)  # ", a la que": the personal "a"
    # (not for a mutual act: "Армения, с которой Азербайджан парафировал соглашение, заморозила участие в ОДКБ" would
    # lend the pact the status of the main clause)
    if prepositional and forms[i] & words.relative_prepositions and i + 1 < t_start \
            and forms[i + 1] & words.object_relatives:
        opened, i = True, i + 1  # ", с которым Гондурас разорвал отношения": the preposition says it is the object
    elif forms[i] & words.dropped_subject_relatives:
        opened = True  # ", которую обвиняет": the pronoun's form says it is the object; the subject is dropped
    elif opened:
        i += 1
        while i < t_start and forms[i] & grammar.determiners:
            i += 1
    elided = elided_words(relatives)
    if i >= t_start or not (forms[i] & relatives or any(f.startswith(elided) for f in forms[i])):
        return None  # (French "qu'il" is one token: the elided relative and the subject pronoun)
    own_subject = bool(forms[i] & words.speaker_pronouns)  # French "qu'il", "qu'elle": pronoun and subject in one
    after = i + 1  # where the verb (or its auxiliary) stands
    actor = next((g for g in sentence_groups if g.start == i + 1 and g.marker is None), None)
    if i + 1 < t_start and forms[i + 1] & words.speaker_pronouns:
        own_subject, after = True, i + 2  # ", which it accuses"
    elif actor is not None and actor.end <= t_start:
        own_subject, after = True, actor.end  # ", which Russia invaded"
    while after < t_start and forms[after] & words.clause_clitics:
        after += 1  # ", al que Bolivia se incorporó", ", a los que se lo comunicó": clitics stand before the verb
    if not (opened or own_subject) or opened and forms[i] & words.speaker_pronouns \
            or t_start - after > 1 or t_start > after and not forms[after] & words.have:
        return None  # not the verb right after the relative and its subject (or one auxiliary)
    # not "l'assassinat d'Ismaïl Haniyeh, qu'il impute à Israël": the noun the name qualifies is the object
    return next((g for g in sentence_groups if g.end == comma and g.marker not in (REPORT_SOURCE, COMPOUND)
                 and not g.genitive), None)


def preposed_relative_partner(sentence_groups: list[Group], clause: tuple[int, int], t_start: int,
                              forms: list[frozenset[str]], grammar: Grammar) -> Group | None:
    """"Пакистан, с которым Индия в мае обменялась ударами", "la Géorgie, avec laquelle la Russie s'est battue": a
    clause opened by a preposition and a relative pronoun (`clauses._preposed_relative`) whose own subject follows
    the pronoun acts on the name before the comma, the one the preposition governs. Returns that name."""
    start = clause[0]
    if not grammar.preposed_relatives or start < 2 or "," not in forms[start - 1] or start + 2 >= t_start \
            or not forms[start] & (grammar.target_markers | grammar.location_markers | grammar.pair_markers):
        return None
    pronoun = start + 1 + bool(forms[start + 1] & grammar.determiners)  # "con la que"
    if not forms[pronoun] & grammar.preposed_relatives or not any(
            pronoun < g.start <= pronoun + 2 and g.end <= t_start and g.marker is None for g in sentence_groups):
        return None
    antecedent = next((g for g in sentence_groups if g.end == start - 1 and g.marker not in (REPORT_SOURCE, COMPOUND)
                       and not g.genitive), None)
    if antecedent is None or antecedent.start > 0 and _qualified_noun(forms[antecedent.start - 1], grammar):
        return None  # "неделя лидеров АТЭС, на которую ...": the week, not the bloc, is what the pronoun stands for
    return antecedent


def _qualified_noun(token_forms: frozenset[str], grammar: Grammar) -> bool:
    """A word that a name after it may qualify: no preposition, article, conjunction or verb ("неделя лидеров АТЭС",
    not "с Пакистаном", "атаковала Пакистан")."""
    closed = grammar.target_markers | grammar.location_markers | grammar.agent_markers | grammar.pair_markers \
        | grammar.genitive_markers | grammar.determiners | grammar.coordination
    return any(f.isalpha() for f in token_forms) and not token_forms & closed \
        and not any(grammar.verb_lemma(f) for f in token_forms)


def _possessive_relative(sentence_groups: list[Group], comma: int, t_start: int,
                         forms: list[frozenset[str]]) -> Group | None:
    """"Франция, чьих военных Мали выслала": after the relative of possession and the noun it qualifies (with the
    owner of that noun it may be one group, "военных Уагадугу"), a name right before the verb is the subject; the
    owner before the comma is what the verb acts on. None where no such subject stands there."""
    subject = next((g for g in sentence_groups if comma + 1 < g.start + 1 <= comma + 3 and g.end == t_start), None)
    if subject is None:
        return None
    return next((g for g in sentence_groups if g.end == comma and g.marker not in (REPORT_SOURCE, COMPOUND)
                 and not g.genitive), None)


_CLOSING_WORDS: Final = 2  # "hat ... kritisiert, dem": a verb and its auxiliary may close the clause before the comma
# not "dessen Regierung": a possessor of the subject
_GERMAN_OBJECT_RELATIVES: Final = frozenset({"dem", "den", "denen"})


def verb_final_object_relative(sentence_groups: list[Group], clause: tuple[int, int], forms: list[frozenset[str]],
                               grammar: Grammar) -> Group | None:
    """German "Schweden, dem Ankara Spionage vorwirft", "die Ecowas, der sie vorwerfen, ...": a relative clause
    opened by a pronoun that cannot be its subject (a dative or accusative form, or any form followed by a
    personal pronoun, which is the subject) has the name before its comma as the verb's object."""
    start = clause[0]
    if start < 2 or "," not in forms[start - 1] or start + 1 >= clause[1]:
        return None
    pronoun = forms[start]
    if not (pronoun & _GERMAN_OBJECT_RELATIVES or pronoun & grammar.roles.subject_relatives
            and forms[start + 1] & (grammar.pronouns | IMPERSONAL)):
        return None
    # the name ends before the comma, or before the main clause's closing particle or verb ("trat aus der Ecowas
    # aus, der ...", "hat Schweden kritisiert, dem ..."); the main clause's preposition is no matter
    return next((g for g in sentence_groups if start - 1 - _CLOSING_WORDS <= g.end <= start - 1
                 and all(_lower_word(f) and not f & grammar.coordination for f in forms[g.end:start - 1])
                 and g.marker not in (REPORT_SOURCE, COMPOUND) and not g.possessive), None)


_FREE_RELATIVE: Final = frozenset({"was"})  # "was Russland in der Ukraine tue, sei ..."
_FREE_RELATIVE_REACH: Final = 12  # words of such a clause


def free_relative_subject(sentence_groups: list[Group], clause: tuple[int, int],
                          forms: list[frozenset[str]]) -> tuple[Group, int] | None:
    """The actor of a German free relative clause (", was X ... tue,") that ends at the comma before `clause`
    and stands as its subject, with the comma that opens it; None where the clause has no such subject."""
    close = clause[0] - 1
    if close < 2 or "," not in forms[close]:
        return None
    opening = next((j for j in range(close - 1, max(-1, close - _FREE_RELATIVE_REACH - 1), -1)
                    if "," in forms[j] or forms[j] & ANY_QUOTE_MARKS), None)
    if opening is None or "," not in forms[opening] or not forms[opening + 1] & _FREE_RELATIVE:
        return None
    actor = next((g for g in sentence_groups if opening + 1 < g.start and g.end <= close and g.marker is None
                  and not g.genitive), None)
    return (actor, opening) if actor is not None else None


def _lower_word(token_forms: frozenset[str]) -> bool:
    """A word no form of which is capitalised (German nouns keep their capital in the lemma): a verb or particle."""
    return all(f[:1].islower() for f in token_forms)


def opens_with_participle(forms: list[frozenset[str]], start: int, grammar: Grammar) -> bool:
    """The clause at `start` opens with a Russian active participle ("посетивший", "не имеющей")."""
    words = grammar.roles
    if not words.relative_participle_endings:
        return False
    if start + 1 < len(forms) and forms[start] & grammar.negation:
        start += 1
    return any(words.relative_participle(w) for w in forms[start])


_RELATIVE_REACH: Final = 6  # "das Importverbot für ukrainischen Weizen, das ...": words between the noun and the comma
# "das Einfuhrverbot für Weizen, Mais, Raps und Sonnenblumenkerne, das ...": the same with a list
_LIST_REACH: Final = 14
_LIST_ITEM: Final = 3  # words of one item of such a list ("ukrainischen Weizen")


def _noun_complement(forms: list[frozenset[str]], start: int, end: int, grammar: Grammar) -> bool:
    """The words from `start` to the relative clause's comma at `end` complete the act noun: a short phrase, or a
    list of short items whose last is joined by a conjunction ("für Weizen, Mais, Raps und Sonnenblumenkerne");
    any other comma ends the noun's phrase before the relative clause."""
    commas = [i for i in range(start, end) if "," in forms[i]]
    if not commas:
        return end - start <= _RELATIVE_REACH
    bounds = [start - 1, *commas, end]
    if any(b - a - 1 > _LIST_ITEM + 1 for a, b in zip(bounds[1:], bounds[2:], strict=False)) \
            or commas[0] - start > _LIST_ITEM + 2:  # the first item after its preposition: "für ukrainischen Weizen"
        return False
    return any(forms[i] & grammar.coordination for i in range(commas[-1] + 1, end))


_BLAME: Final = frozenset({"verantwortlich"})  # ", für den Kiew Moskau verantwortlich macht"


def blamed_agent(groups: list[Group], clauses: list[tuple[int, int]], trigger: tuple[int, int],
                 forms: list[frozenset[str]],
                 grammar: Grammar) -> Group | None:
    """German "der Anschlag auf die Pipeline, für den sie Moskau verantwortlich machen", "der Anschlag,
    für den Kiew Moskau verantwortlich macht": a relative clause after an act noun that blames someone for it
    names the act's agent (the last name before "verantwortlich"; the first is the one who blames)."""
    if not grammar.verb_final:
        return None
    clause = next((c for c in clauses if 0 < c[0] - trigger[1] <= _LIST_REACH + 1), None)
    if clause is None or clause[0] + 2 >= clause[1] or "," not in forms[clause[0] - 1] \
            or "für" not in forms[clause[0]] or not forms[clause[0] + 1] & grammar.relative_pronouns \
            or any("," in forms[i] for i in range(trigger[1], clause[0] - 1)) \
            and not _noun_complement(forms, trigger[1], clause[0] - 1, grammar):
        return None  # "der Anschlag auf die Pipeline im vergangenen Monat, für den": the noun's phrase, no comma
    blame = next((i for i in range(clause[0] + 2, clause[1]) if forms[i] & _BLAME), None)
    if blame is None:
        return None
    return next((g for g in reversed(groups) if clause[0] + 2 <= g.start and g.end <= blame), None)


def relative_agent(groups: list[Group], clauses: list[tuple[int, int]], trigger: tuple[int, int], tokens: list[Token],
                   forms: list[frozenset[str]],
                   grammar: Grammar) -> tuple[Group | None, Group | None]:
    """German "die Sanktionen, die die EU gegen Russland verhängt hat", "der Angriff, den Russland auf die
    Ukraine verübt hatte": a relative clause right after an act noun whose verb carries out the act (one of
    the grammar's `support_verbs`) names the act's agent (its subject) and perhaps its target (a phrase with
    a target marker). Returns (agent, target) groups; (None, None) where the noun has no such clause."""
    if not grammar.support_verbs:
        return None, None
    if not grammar.verb_final:
        return _object_relative_agent(groups, trigger, forms, grammar)
    clause = next((c for c in clauses if 0 < c[0] - trigger[1] <= _LIST_REACH + 1), None)
    if clause is None or "," not in forms[clause[0] - 1] or not forms[clause[0]] & grammar.determiners:
        return None, None  # not ", die ...", ", den ..."
    if not _noun_complement(forms, trigger[1], clause[0] - 1, grammar):
        return None, None
    last = clause[1] - 1
    while last > clause[0] and not any(f[:1].isalpha() for f in forms[last]):
        last -= 1
    verbs = range(max(clause[0] + 1, last - 2), last + 1)  # "verhängt hat", "verübt hatte", "verhängt"
    if not any(forms[i] & grammar.support_verbs for i in verbs):
        return None, None
    inside = [g for g in groups if clause[0] < g.start < clause[1]]
    second = clause[0] + 1
    if second < clause[1] and tokens[second].text[:1].isupper() and not any(g.start == second for g in inside):
        return None, None  # ", die Grenzen zu Nigeria sind geschlossen": an article and its noun, no pronoun
    agent = next((g for g in inside if g.free), None)
    target = next((g for g in inside if g is not agent and g.marker in grammar.target_markers), None)
    return agent, target


def _object_relative_agent(groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                           grammar: Grammar) -> tuple[Group | None, Group | None]:
    """French "les sanctions que l'UE a imposées à la Biélorussie", "les frappes qu'Israël a menées contre l'Iran":
    an object relative pronoun right after an act noun (its "de" complement between), then a name and a verb that
    carries the act out (`support_verbs`): the name is the act's agent, a phrase with a target marker after the
    verb its target. No comma or other verb may stand between the noun and the pronoun."""
    relatives = grammar.roles.object_relatives | grammar.roles.act_relatives
    end = min(len(forms), trigger[1] + PRONOUN_REACH + 1)
    at = next((i for i in range(trigger[1], end) if forms[i] & relatives
               or any(f.startswith(grammar.roles.elided) for f in forms[i] if grammar.roles.elided)), None)
    comma = at is not None and at - 1 >= trigger[1] and "," in forms[at - 1] and bool(
        forms[at] & grammar.roles.act_relatives)  # "санкции, которые ...": Russian sets the clause off
    if at is None or any(forms[i] & CLAUSE_STOPS for i in range(trigger[1], at - 1 if comma else at)):
        return participle_agent(groups, trigger, forms, grammar)
    agent = next((g for g in groups if at <= g.start <= at + _RELATIVE_AGENT_REACH and g.marker is None and (
        not g.genitive or _office_head(at + 1, g.start, forms, grammar))), None)
    if agent is None:
        return participle_agent(groups, trigger, forms, grammar)
    stop = next((i for i in range(agent.end, len(forms)) if forms[i] & CLAUSE_STOPS), len(forms))
    verb = next((i for i in range(agent.end, min(stop, agent.end + 4)) if forms[i] & grammar.support_verbs), None)
    if verb is None:
        return None, None
    target = next((g for g in groups if verb < g.start < stop and g.marker in grammar.target_markers), None)
    return agent, target


def relative_bystander(groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                       grammar: Grammar) -> Group | None:
    """French "un déploiement que Séoul dénonçait", "une démonstration de force que Tokyo a critiquée": the name
    right after an object relative pronoun that follows an act noun is the subject of a clause about the act (it
    judges, fears or reports it), not whom the act is aimed at; None where its verb carries the act out
    (`support_verbs`: relative_agent's case) or says its subject underwent it ("l'attaque que l'Ukraine a subie",
    "les sanctions dont la Russie fait l'objet": `undergoing_words`)."""
    if grammar.verb_final or not grammar.roles.object_relatives or trigger[0] == 0 or not forms[trigger[0] - 1] & (
            grammar.determiners | grammar.possessives):
        return None  # an act noun after its article ("a visé les positions que l'Inde tenait": a verb, India hit)
    end = min(len(forms), trigger[1] + PRONOUN_REACH + 1)
    at = next((i for i in range(trigger[1], end) if forms[i] & grammar.roles.object_relatives
               or any(f.startswith(grammar.roles.elided) for f in forms[i] if grammar.roles.elided)), None)
    if at is None or any(forms[i] & CLAUSE_STOPS for i in range(trigger[1], at)):
        return None
    subject = next((g for g in groups if at <= g.start <= at + _RELATIVE_AGENT_REACH and g.marker is None
                    and not g.genitive), None)
    if subject is None:
        return None
    stop = next((i for i in range(subject.end, len(forms)) if forms[i] & CLAUSE_STOPS), len(forms))
    doing = grammar.support_verbs | grammar.undergoing_words
    if any(forms[i] & doing for i in range(subject.end, min(stop, subject.end + 4))):
        return None
    return subject


_RELATIVE_AGENT_REACH: Final = 3  # "которые министерство финансов США ввело": pronoun, two words of office, name


def _office_head(start: int, end: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """Russian "санкции, которые министерство финансов США ввело", "удары, которые армия Израиля нанесла": the
    name after the relative pronoun is the genitive of an office or a force standing before it (words, no verb
    among them), and that office, the relative clause's subject, carries the act out."""
    return end > start and all(
        any(f.isalpha() for f in forms[i]) and not any(grammar.verb_lemma(f) for f in forms[i])
        for i in range(start, end))
