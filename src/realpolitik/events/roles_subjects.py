"""The clause's subject: the free group before (or, inverted, after) the verb, fronted objects, appositions that
describe the subject, the subject of a passive, an unnamed subject, and a subject shared with an earlier clause.

Separate because finding the subject is the core question of the structural reading; the speaker questions it
asks on the way live in roles_speech.
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.grammar import Grammar
from realpolitik.events.roles_base import LOOKBACK, Group, third_plural_verb
from realpolitik.events.roles_relatives import opens_with_participle
from realpolitik.events.roles_speech import speaker_of
from realpolitik.language.tokens import ANY_QUOTE_MARKS, BREAKS_AND_DASHES, PHRASE_BREAKS, STRONG_BREAKS

_CLAUSE_PUNCTUATION: Final = frozenset({",", ";", ":", "(", ")", '"', "“", "”", "«", "»"})


def unnamed_subject(groups: list[Group], source: Group, t_start: int, forms: list[frozenset[str]],
                    grammar: Grammar) -> bool:
    """"Moscow expelled two diplomats after a senior official travelled to Kyiv", "China staged drills when the
    former speaker met Taiwan's president": an adverbial clause that follows the main clause's predicate and has
    a subject of its own, a noun phrase of no actor we know, is not the main subject's act. Not "after visiting",
    "after it attacked", "after its troops crossed" (the subject is shared or a pronoun stands for an actor), nor
    "X after months of talks signed" (no predicate of X before the subordinator: a phrase, not a clause)."""
    openers = grammar.roles.adverbial_subordinators
    if not openers or source.end > t_start:
        return False
    lower = max((g.end for g in groups if g.end <= t_start), default=0)  # no actor between it and the verb
    opener = next((i for i in range(t_start - 1, lower - 1, -1) if forms[i] & openers), None)
    if opener is None or opener - source.end < 1 or opener + 1 >= t_start:
        return False
    if forms[opener - 1] & grammar.roles.have:
        return False  # "Copenhagen has since slapped an entry ban on ...": between an auxiliary and its participle
        # the word is an adverb of time, no clause of its own
    words = range(opener + 1, t_start)
    pronouns = grammar.pronouns | grammar.possessives | grammar.roles.speaker_pronouns | grammar.roles.object_pronouns
    first = forms[opener + 1]
    if any(forms[i] & (pronouns | _CLAUSE_PUNCTUATION | grammar.coordination) for i in words) or first & (
            grammar.target_markers | grammar.location_markers | {grammar.infinitive_marker}) \
            or any(f[:1].isdigit() for f in first):
        return False  # "after it attacked", ", as expected, attacked", "since 2017 and sent": no subject of its own
    return any(f[:1].isalpha() for i in words for f in forms[i])


def clause_subject(unmarked: list[Group], t_start: int, grammar: Grammar, forms: list[frozenset[str]]) -> Group | None:
    """German: the clause's first free group. SVO languages: the group before the trigger; of two
    ("Niger gave France an ultimatum") the first, unless a speech verb, subordinator or conjunction stands
    between them ("Biden said the United States attacked ...": the reported subject) or the second is
    the subject of an infinitive ("China continues to rebuff")."""
    if not unmarked:
        return None
    if grammar.verb_final:
        nominative = [g for g in unmarked if not _oblique(g, forms, grammar)]
        if not nominative:
            return None  # "Dem Iran warf die Regierung vor": the subject is no actor we know
        first = nominative[0]
        if any(forms[i] & grammar.pronouns for i in range(max(0, first.start - 3), first.start)):
            return None  # "warf er Russland vor", ", für den sie Moskau verantwortlich machen": the pronoun acts
        return first
    # A group whose head noun opens the trigger ("Rwandan troops withdrew", "troop* ... withdraw") is its subject.
    left = [g for g in unmarked if g.end <= t_start or g.start < t_start < g.end]
    if left and _described_by_participle(left[-1], t_start, forms, grammar):
        left.pop()  # "... et a expulsé un diplomate bélarusse, accusé d'espionnage": the one accused
    while len(left) >= 2 and _governed_by_circumstance(left[-1], forms, grammar):
        left.pop()  # "США при поддержке Австралии и Канады нанесли удары": the backers are no subject
    if left and left[-1].end == t_start:
        if len(left) >= 2 and _possessor_after_object(left[-2], left[-1], forms, grammar):
            return left[-2]  # "Пекин версию Ханоя отверг": the object put before the verb keeps its possessor
        return left[-1]  # right before the trigger: "China sanctions ...", "US arms sales"
    if len(left) >= 2 and left[-1].start > left[-2].end and (close := _apposition_close(left[-2], t_start, forms)) \
            is not None and left[-1].end <= close:
        return left[-2]  # "Китай, ближайший союзник России, осудил": the apposition qualifies the subject
    if len(left) >= 2 and _describes_opener(left[-2], left[-1], t_start, forms, grammar):
        return left[-2]
    if len(left) >= 3 and all(_describes_opener(left[0], g, t_start, forms, grammar) for g in left[1:]):
        return left[0]  # "China, Indonesia's largest trading partner and Brazil's biggest export market, welcomed"
    if len(left) >= 2:
        # "X said Y ...", "..., as China continues to rebuff", "... and China then condemned": Y starts a clause
        opens_clause = grammar.modality.get("report", frozenset()) | grammar.subordinators | grammar.coordination
        between = range(left[-2].end, left[-1].start)
        to_verb = grammar.infinitive_marker and any(grammar.infinitive_marker in forms[i]
                                                    for i in range(left[-1].end, t_start))
        control = grammar.roles.object_control
        if to_verb and control and not any(forms[i] & control for i in between):
            to_verb = False  # "summoned the US ambassador to lodge a protest": the summoner's purpose
        if not to_verb and not any(forms[i] & opens_clause or "," in forms[i] for i in between) \
                and not _in_circumstance(left[-2], forms, grammar) \
                and not _governed_before(left[-2], left[-1], forms, grammar):
            return left[-2]
    return left[-1] if left else None


def _possessor_after_object(subject: Group, g: Group, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"Пекин версию Ханоя отверг", "Москва требования Токио отвергла": a language that marks the genitive by case
    alone (no "of") may put the object before the verb; a name right after that object noun (one declined word, no
    verb) is its genitive, the one whose claim is answered, and the name before the noun is the subject. Plain
    grammar: the noun's case marks it an object, and an object noun governs the name after it. (The lemmatiser knows
    few names' cases, "ханоя" reads as its own lemma: the noun's case decides.)"""
    if grammar.genitive_markers or grammar.verb_final or subject.end + 1 != g.start or g.end - g.start != 1:
        return False
    noun = forms[subject.end]
    if not noun or not all(w.isalpha() for w in noun) or any(grammar.verb_lemma(w) for w in noun) \
            or noun & (grammar.coordination | grammar.role_markers | grammar.subordinators):
        return False  # "Китай призвал Японию отказаться": a verb between, the name is its object
    # the object noun declined (its form no lemma: "версию", "требования"), the name before it as its own lemma
    return len(noun) > 1 and len(forms[subject.end - 1]) == 1


def _described_by_participle(g: Group, t_start: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """A group right before the comma that opens a participle trigger ("a expulsé un diplomate bélarusse, accusé
    d'espionnage"): the participle describes it, the one it was done to; the main clause's subject does it, so
    the group is no subject even where the trigger's clause (opened by "et a expulsé") names no other."""
    if not grammar.participle_auxiliaries or g.end != t_start - 1 or "," not in forms[g.end] \
            or not any(f.endswith(grammar.reduced_passive_endings) for f in forms[t_start] if f.isalpha()):
        return False
    # the object of a verb coordinated after "et" (no comma between): a subject opening the sentence ("Les
    # ministres de Finlande et de Lettonie, réunis à Helsinki, ont signé") stays the subject
    for i in range(g.start - 1, max(-1, g.start - _COORDINATED_REACH), -1):
        if "," in forms[i]:
            return False
        if forms[i] & grammar.coordination:
            return i + 1 < g.start and not forms[i + 1] & grammar.determiners
    return False


_COORDINATED_REACH: Final = 8  # "et a expulsé en septembre un diplomate": the words from "et" to the object


def uncommaed_fronted_subject(candidates: list[Group], clause: tuple[int, int], trigger: tuple[int, int],
                              forms: list[frozenset[str]],
                              grammar: Grammar) -> Group | None:
    """"В знак солидарности с Литвой Польша выслала посла": Russian sets no comma after a fronted phrase. A clause
    that opens with a preposition holding the trigger (its own phrases marked), then a free name and a verb before
    any other name: that name is the clause's subject, and the fronted act is its own."""
    if not forms[clause[0]] & (grammar.location_markers | grammar.target_markers | grammar.partner_prepositions):
        return None
    after = [g for g in candidates if g.start >= trigger[1]]
    k = next((k for k, g in enumerate(after) if g.marker is None), None)
    if not k:  # (the fronted phrase names someone first: "с Литвой")
        return None
    subject = after[k]
    if subject.genitive or subject.instrumental or subject.possessive or after[k - 1].end != subject.start:
        return None
    stop = next((g.start for g in after if g.start > subject.start), clause[1])
    verb = any(grammar.verb_lemma(t) for k in range(subject.end, min(stop, subject.end + 7)) for t in forms[k])
    return subject if verb else None


def credit_pair(groups: list[Group], clause_start: int, t_start: int, forms: list[frozenset[str]],
                grammar: Grammar) -> tuple[Group | None, Group] | None:
    """"thanked Japan for sending flood relief", "praised Oman for hosting the talks", "a remercié le Japon d'avoir
    envoyé": the last name before the trigger, a verb of thanks or praise between it and the name before it (or the
    clause's start: "X, speaking at the summit, praised Y for ..."), and only the reason's preposition (and an
    auxiliary) between it and the trigger: the one thanked did the act the reason names, not the one who thanks.
    (Who thanks, if named in the clause; who is thanked), or None."""
    words = grammar.roles
    left = [g for g in groups if g.end <= t_start]
    if not words.credit_verbs or not left or left[-1].end >= t_start:
        return None
    thanker, thanked = (left[-2] if len(left) >= 2 else None), left[-1]
    if not forms[thanked.end] & words.credit_reasons or not any(
            forms[i] & words.credit_verbs for i in range(thanker.end if thanker else clause_start, thanked.start)) \
            or not all(forms[i] & (words.credit_reasons | words.have) for i in range(thanked.end, t_start)):
        return None
    return thanker, thanked


def _governed_before(first: Group, second: Group, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """Russian "В ответ на признание Испанией претензий Марокко ... Алжир отозвал посла": a name right after a
    lower-case noun hangs on it (a genitive or instrumental the case shows, not the word order), so it is no
    subject before the second name, nearer the verb."""
    if not grammar.verb_lemma_endings or any(
            f.isalpha() and grammar.verb_lemma(f) for i in range(first.end, second.start) for f in forms[i]):
        return False  # "Боррель осудил решение Москвы и выразил ...": a verb between, the first name acts
    before = first.start - 1
    return before >= 0 and any(f.isalpha() for f in forms[before]) and not forms[before] & (
        grammar.target_markers | grammar.location_markers | grammar.coordination | grammar.subordinators
        | grammar.circumstance_markers | grammar.determiners | grammar.possessives)


def _oblique(g: Group, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """German: the group's article is accusative or dative ("den Iran", "dem russischen Botschafter"), so it is
    no subject; the article stands before the name or before one adjective of it."""
    words = grammar.roles.oblique_articles
    if not words or g.start == 0:
        return False
    before = g.start - 1
    if before > 0 and any(f.isalpha() and f.islower() and f.endswith("en") for f in forms[before]) \
            and not forms[before] & words:
        before -= 1  # an adjective of the name: "den russischen Präsidenten"
    if before > 0 and ("," in forms[before - 1] or forms[before - 1] & (
            grammar.target_markers | grammar.location_markers | grammar.agent_markers)):
        return False  # ", den ...", "für den Ankara Damaskus verantwortlich macht": a relative pronoun
    return bool(forms[before] & words)


def _governed_by_circumstance(g: Group, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """Russian: a name (or the last of a list of names) whose phrase a circumstance preposition opens through one
    noun ("при поддержке Австралии, Канады и Нидерландов"): the genitive is that noun's, no subject."""
    if not grammar.circumstance_markers:
        return False
    i = g.start - 1
    while i >= 0 and (forms[i] & ({","} | grammar.coordination) or any(f[:1].isupper() for f in forms[i])):
        i -= 1  # the names listed before it
    return i >= 1 and any(f.isalpha() and f.islower() for f in forms[i]) \
        and bool(forms[i - 1] & grammar.circumstance_markers)


def _in_circumstance(g: Group, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"При голосовании в Генассамблее ООН Индия и Китай воздержались ...": a name that a place or circumstance
    preposition governs through a noun (Russian genitives carry no preposition of their own) says where or when,
    so the group after it is the subject."""
    for i in range(g.start - 1, max(-1, g.start - 1 - LOOKBACK), -1):
        if forms[i] & grammar.circumstance_openers:
            return not _time_phrase(forms, i + 1, g.start, grammar)
        if forms[i] & PHRASE_BREAKS or forms[i] & grammar.coordination:
            return False
    return False


def _time_phrase(forms: list[frozenset[str]], start: int, end: int, grammar: Grammar) -> bool:
    """"In April Somalia expelled ...", "Within days Sudan severed ...", "In the past year Kenya closed ...", "En
    avril la Somalie a expulsé ...": the preposition governs a month, a year or a span of time (its articles among
    them), and its phrase ends there without a comma; the name after it is the clause's subject, no circumstance."""
    time = grammar.roles.time_nouns | grammar.roles.time_modifiers
    words = range(start, end)
    return any(forms[k] & time or any(f.isdigit() for f in forms[k]) for k in words) and all(
        forms[k] & (time | grammar.determiners) or any(f.isdigit() for f in forms[k]) for k in words)


def subject_noun_of_passive(trigger: tuple[int, int], clause: tuple[int, int], forms: list[frozenset[str]],
                            grammar: Grammar) -> bool:
    """A noun before its clause's passive auxiliary is (in) the passive's subject: the agent after the auxiliary
    is the verb's, not the noun's."""
    auxiliaries = grammar.passive_auxiliaries
    return not any(forms[i] & auxiliaries for i in range(clause[0], trigger[0])) \
        and any(forms[i] & auxiliaries for i in range(trigger[1], clause[1]))


def passive_subject_owner(groups: list[Group], clause: tuple[int, int], trigger: tuple[int, int],
                          rival_triggers: frozenset[int], forms: list[frozenset[str]], grammar: Grammar,
                          source: Group | None) -> Group | None:
    """The name a passive's subject phrase hangs on, when the subject itself is no actor: "Douze agents de
    l'ambassade de France ont été expulsés", "La visite de Modi à Moscou a été critiquée" (the genitive, or the
    agent of an act noun: "L'expulsion de diplomates français par l'Algérie a été dénoncée")."""
    opening = clause[0]
    while opening < trigger[0] and forms[opening] & (grammar.subordinators | grammar.genitive_markers):
        opening += 1
    aux = next((i for i in range(opening, trigger[0]) if forms[i] & grammar.passive_auxiliaries), None)
    if aux is None:
        return None
    noun = any(opening <= i < opening + 4 for i in rival_triggers)
    inside = [g for g in groups if g is not source and opening <= g.start < aux and g.start - opening <= 7]
    # "L'expulsion de diplomates français par l'Algérie a été dénoncée": the act noun's agent before its patient
    return next((g for g in inside if noun and g.marker in grammar.agent_markers), None) \
        or next((g for g in inside if g.marker is None and g.genitive), None)


def passive_subject(unmarked: list[Group], t_start: int, forms: list[frozenset[str]],
                    grammar: Grammar, reduced_patient: bool = False) -> Group | None:
    """The one a passive acts on: in German the clause's first free group; elsewhere the nearest free group
    before the verb, unless that group only speaks ("Biden said Ukraine was attacked by Russia": Ukraine;
    "the minister said the embassy was attacked by protesters": no actor of ours), else the first after it. With
    `reduced_patient` (an act on someone, not talks: "talks hosted by Wang Yi" are the parties' named before), a
    participle right after a noun that is no actor acts on that noun."""
    left = [g for g in unmarked if g.end <= t_start]
    if grammar.verb_final or not left:
        return unmarked[0]
    if len(left) >= 2 and _describes_opener(left[-2], left[-1], t_start, forms, grammar):
        return left[-2]  # "Brazil, Mercosur's largest economy, has been hit by U.S. tariffs": the opener is hit
    if reduced_patient and _patient_noun_between(left[-1], t_start, forms, grammar):
        return None
    return None if speaker_of(left[-1], t_start, forms, grammar) else left[-1]


def _patient_noun_between(nearest: Group, t_start: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """A participle with no auxiliary before it, words after the nearest name ("trasladó a un campamento a los
    migrantes deportados por Estados Unidos", "housed migrants deported by the US"): it hangs on the noun right
    before it, its patient, not on a name further back."""
    between = range(nearest.end, t_start)
    return any(any(f[:1].isalpha() for f in forms[i]) for i in between) \
        and not any(forms[i] & (grammar.passive_auxiliaries | grammar.perfect_auxiliaries) for i in between)


def in_apposition(g: Group, source: Group | None, t_start: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"China, the closest ally of Russia, condemned ...", "la Chine, alliée de la Russie, a condamné ...": a
    name in the genitive of an apposition between commas right after the subject qualifies the subject; it is
    no object of the verb after the apposition (a prepositional phrase there may be: "in talks with Qatar"). In a
    longer, descriptive apposition a name after a preposition is none either ("Washington, lié à Manille par un
    traité de défense, a condamné les actions de la Chine": Manila is bound to Washington, not condemned)."""
    if source is None or g.start <= source.end or g.end >= t_start:
        return False
    if _set_off_before_verb(g, source, t_start, forms):
        return True
    if g.marker is not None:
        return _descriptive_apposition(g, source, t_start, forms, grammar)
    close = _apposition_close(source, t_start, forms)
    return close is not None and g.end == close or _descriptive_apposition(g, source, t_start, forms, grammar)


def _set_off_before_verb(g: Group, source: Group, t_start: int, forms: list[frozenset[str]]) -> bool:
    """"Der Nato-Oberbefehlshaber in Europa, US-General Alexus Grynkewich, warnte ...": a name set off by commas
    that close right before the verb, after the subject and the words of its title, names the subject again; it is
    no object of the verb (which then has none of its own)."""
    if g.end + 1 != t_start or "," not in forms[g.end]:
        return False
    opening = next((i for i in range(g.start - 1, max(source.end, g.start - _TITLE_BEFORE_NAME) - 2, -1)
                    if "," in forms[i]), None)
    return opening is not None and opening >= source.end


_TITLE_BEFORE_NAME: Final = 4  # "der frühere niederländische Regierungschef Mark Rutte": the words before the name


def _descriptive_apposition(g: Group, source: Group, t_start: int, forms: list[frozenset[str]],
                            grammar: Grammar) -> bool:
    """"Finland, a NATO member since 2023, expelled ...", "la Finlande, membre de l'OTAN depuis 2023, a fermé ...":
    a longer apposition right after the subject, worded around a common noun, describes the subject; a name in it
    (wherever it stands) is no object of the verb. A list ("Finland, the UK, Norway") has no such noun, and a
    reporting incise ("Finland, a Kremlin aide said, ...") is left to the speaker reading."""
    if source.end >= len(forms) or "," not in forms[source.end]:
        return False
    close = next((i for i in range(source.end + 1, min(t_start, source.end + _DESCRIPTION_REACH + 1))
                  if "," in forms[i]), None)
    if close is None:
        close = _closed_before_verb(source, _verb_start(t_start, source, forms, grammar), forms)
    if close is None or g.end > close:
        return False
    inside = range(source.end + 1, close)
    report = grammar.modality.get("report", frozenset())
    return not any(forms[i] & report for i in inside) and any(
        len(w) >= 4 and w.isalpha() and not g.start <= i < g.end for i in inside for w in forms[i])


_DESCRIPTION_REACH: Final = 12  # "a member of the European Union since 2004"


def _closed_before_verb(source: Group, t_start: int, forms: list[frozenset[str]]) -> int | None:
    """Where a longer apposition after `source` ends when its closing comma stands right before the verb ("Romania,
    Moldova's closest ally and a member of both NATO and the European Union, backed ..."): that comma, within
    `_LONG_DESCRIPTION_REACH` words and with no comma before it; None otherwise."""
    close = t_start - 1
    if close <= source.end + 1 or close > source.end + _LONG_DESCRIPTION_REACH or "," not in forms[close]:
        return None
    return None if any("," in forms[i] for i in range(source.end + 1, close)) else close


_LONG_DESCRIPTION_REACH: Final = 16  # "Moldova's closest ally and a member of both NATO and the European Union"


def _verb_start(t_start: int, source: Group, forms: list[frozenset[str]], grammar: Grammar) -> int:
    """Where the verb of a trigger at `t_start` begins: at the perfect's auxiliary before it, an adverb or two between
    ("Maurice et les Seychelles, voisins de ..., ont exprimé ...", "..., ont chacun dépêché ..."), where a comma
    stands right before that auxiliary; else `t_start`."""
    for k in range(t_start - 1, max(source.end, t_start - 1 - _ADVERBS_IN_VERB) - 1, -1):
        if forms[k] & grammar.perfect_auxiliaries:
            return k if k > 0 and "," in forms[k - 1] and all(
                any(f.isalpha() for f in forms[i]) for i in range(k + 1, t_start)) else t_start
    return t_start


_ADVERBS_IN_VERB: Final = 2  # "ont chacun dépêché", "a également exprimé"
_OPENING_SUBJECT: Final = 1  # where a name that opens the sentence starts (after an article: "La Russie")


def _describes_opener(opener: Group, named: Group, t_start: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"Russia, the only country to have recognised the Taliban government, called for restraint", "La Russie, seul
    pays à avoir reconnu ..., a appelé": a longer apposition after the name that opens the sentence describes it, and
    the verb after it is the opener's, not that of the name inside. Not a phrase opened by a preposition ("Modi, on his
    first visit since Dissanayake took office, was given ..."), which tells a circumstance."""
    if opener.start > _OPENING_SUBJECT or opener.end + 1 >= len(forms):
        return False
    prepositions = grammar.target_markers | grammar.location_markers | grammar.agent_markers | grammar.genitive_markers
    return not forms[opener.end + 1] & prepositions \
        and _descriptive_apposition(named, opener, t_start, forms, grammar)


def _apposition_close(head: Group, t_start: int, forms: list[frozenset[str]]) -> int | None:
    """Where a short apposition right after `head` ends: the comma after the one that follows the group, before
    the trigger; None where no comma follows the group or the stretch is long enough to be a clause."""
    if head.end >= len(forms) or "," not in forms[head.end]:
        return None
    return next((i for i in range(head.end + 1, min(t_start, head.end + _APPOSITION_REACH + 1)) if "," in forms[i]),
                None)


_APPOSITION_REACH: Final = 7  # "la aliada más cercana de Rusia", "the closest ally of Russia"


def subject_outside(sentence_groups: list[Group], clause: tuple[int, int], grammar: Grammar,
                    forms: list[frozenset[str]] | None = None) -> Group | None:
    """A verb coordinated with an earlier one shares its subject: the first free group before it since the
    last dash, colon or semicolon ("BAMAKO, April 7 — Mali ... issued a statement, recalling ...": Mali); after
    a quotation, the first one after it («...», poursuit l'Élysée, tout en appelant ...: the speaker, not a
    name the quotation holds), or none where a pronoun speaks after it."""
    start = 0
    if forms is not None:
        start = next((i + 1 for i in range(clause[0] - 1, -1, -1) if forms[i] & STRONG_BREAKS), 0)
    before = [g for g in sentence_groups if start <= g.start and g.end <= clause[0] and g.marker is None
              and not g.genitive and not (forms is not None and _in_inserted_clause(g, forms, grammar))
              and not (forms is not None and _in_subordinate_clause(g, forms, grammar))]
    if forms is not None and before:
        quote = next((i for i in range(clause[0] - 1, before[0].end - 1, -1) if forms[i] & ANY_QUOTE_MARKS), None)
        opening = next((i for i in range(quote - 1, -1, -1) if forms[i] & ANY_QUOTE_MARKS), None) \
            if quote is not None else None
        if opening is not None and opening >= before[0].end:
            # "МИД КНР выразил «сожаление» решением Панамы и обвинил США": a word quoted after the subject is the
            # clause's own object; the quotation is no speech whose speaker is named after it
            quote = None
        after_quote = [g for g in before if quote is not None and g.start > quote]
        if quote is not None and not after_quote and any(forms[i] & grammar.pronouns
                                                         for i in range(quote + 1, clause[0])):
            return None  # «...», a-t-il déclaré, promettant ...: the pronoun speaks (the article's context says who)
        before = after_quote or before
    return before[0] if before else None


def _in_inserted_clause(g: Group, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"Страны, которые поддерживают Украину, осудили ...", "Страны, поддерживающие Украину, осудили ...": the
    group stands in a relative or participle clause between commas, which is no subject of the main clause."""
    comma = next((i for i in range(g.start - 1, -1, -1) if forms[i] & BREAKS_AND_DASHES), None)
    if comma is None or "," not in forms[comma] or comma + 1 >= g.start:
        return False
    return bool(forms[comma + 1] & grammar.roles.subject_relatives) \
        or opens_with_participle(forms, comma + 1, grammar)


def _in_subordinate_clause(g: Group, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """German "Nachdem Bolivien ... verkündet hatte, gab Kolumbien bekannt, ... abzuziehen", ", an dem die Regierung
    ... verkündete,": the group's clause opens with a subordinator (or a preposition and a relative pronoun), so it is
    no subject of the main clause whose verb an infinitive after it depends on."""
    if not grammar.verb_final_subordinators:
        return False
    opening = next((i + 1 for i in range(g.start - 1, -1, -1) if forms[i] & BREAKS_AND_DASHES), 0)
    if opening >= g.start:
        return False
    first = forms[opening]
    second = forms[opening + 1] if opening + 1 < g.start else frozenset()
    return bool(first & grammar.verb_final_subordinators) or opening > 0 and bool(
        second & grammar.relative_pronouns) and bool(first & (grammar.target_markers | grammar.location_markers))


def _plural_impersonal(forms: list[frozenset[str]], t_start: int, grammar: Grammar) -> bool:
    """Whether the trigger is a verb in the third person plural in a language whose plural verb may have no subject
    of its own (Russian: `impersonal_markers` and no `impersonal_subjects`), where a name put before or after it
    may be its object or its subject."""
    return bool(grammar.impersonal_markers) and not grammar.impersonal_subjects \
        and third_plural_verb(forms[t_start], grammar)


def fronted_object_owner(sentence_groups: list[Group], t_start: int, forms: list[frozenset[str]], grammar: Grammar
                         ) -> tuple[Group, Group] | None:
    """Russian puts the object before a subjectless plural verb: "В Москве решение Кишинёва назвали недопустимым",
    "В МИД Ирана критику Вашингтона отвергли", "В Кремле поставки немецкого оружия осудили". The institution or seat
    after "в" that opens the sentence acted (as in `impersonal_speaker`); the names between it and the verb, after a
    word of their own, only own the fronted noun (a genitive, a demonym), so the verdict is aimed at them."""
    if not _plural_impersonal(forms, t_start, grammar):
        return None
    opening = next((i + 1 for i in range(t_start - 1, -1, -1) if forms[i] & STRONG_BREAKS), 0)
    first = next((g for g in sentence_groups if g.start >= opening), None)
    if first is None or first.marker not in grammar.impersonal_markers or first.start > opening + 1 \
            or first.end >= t_start or any("," in forms[i] for i in range(first.end, t_start)):
        return None
    between = [g for g in sentence_groups if first.end <= g.start < t_start]
    if between and between[0].start == first.end and _accusative_name(between, t_start, forms):
        return first, between[0]  # "В Сеуле Россию обвиняют в поставках ...": the name is the verb's object
    if not between or between[0].start == first.end:
        return None  # no noun of its own before the names: "В Москве российские дипломаты заявили"
    if any(g.marker is not None or g.possessive for g in between):
        return None  # "В Москве по итогам встречи с Лукашенко заявили ...": a phrase of its own, no fronted noun
    return first, between[0]


def fronted_act_judges(sentence_groups: list[Group], clause: tuple[int, int], t_start: int, t_end: int,
                       rival_triggers: frozenset[int], forms: list[frozenset[str]],
                       grammar: Grammar) -> tuple[Group, Group | None] | None:
    """Russian puts a known act first and its judges after the plural verb: "Удар осудили Саудовская Аравия и
    Кувейт", "Решение Египта приветствовали Иордания и Катар". The clause opens with the act's noun (another
    trigger or a noun that sums up a step), no subject stands before the verb (at most the noun's owner, a
    genitive), and a name follows the verb: that name judges; the owner, if any, is judged (else the article says
    whose act it was). The name may be the seat or institution after "в" that an impersonal verb names ("Решение
    молдавских властей приветствовали в Бухаресте", "Подписание протокола приветствовали в Вашингтоне"), as it acts
    where it opens the sentence ("В Москве решение ... назвали", `fronted_object_owner`)."""
    if not _plural_impersonal(forms, t_start, grammar):
        return None
    opening = next((i + 1 for i in range(t_start - 1, clause[0] - 1, -1) if forms[i] & (STRONG_BREAKS | {","})),
                   clause[0])
    if opening < t_start and forms[opening] & grammar.roles.anaphoric_determiners:
        opening += 1  # "Этот удар осудили ..."
    if opening >= t_start or not (opening in rival_triggers or forms[opening] & grammar.roles.step_nouns):
        return None
    before = [g for g in sentence_groups if opening <= g.start < t_start]
    if any(g.start == opening or g.marker is not None or g.possessive for g in before):
        return None  # a name first, or a phrase of its own before the verb: "Решение по Ирану поддержали ..."
    judge = next((g for g in sentence_groups if t_end <= g.start <= t_end + 1 and not g.genitive
                  and (g.marker is None or g.marker in grammar.impersonal_markers)), None)
    if judge is None:
        return None
    return judge, (before[-1] if before else None)


def _oblique_singular(forms: frozenset[str]) -> bool:
    """A Russian noun in the accusative or genitive singular, read from its word form against its lemma: "президента"
    (президент), "Кремля" (Кремль), "Польшу" (Польша). A nominative plural ("президенты", "власти") or a lemma
    itself ("США", "Польша", "президент") is none."""
    words = [f for f in forms if f.isalpha() or "-" in f]
    for w in words:
        stem = w[:-1]
        if w.endswith(("а", "я")) and stem[-1:].isalpha() and stem[-1:] not in "аеёиоуыэюяй" and stem in forms:
            return True  # "президента", "премьер-министра", "трампа"
        if w.endswith("я") and stem + "ь" in forms:
            return True  # "кремля", "короля"
        if w.endswith("у") and stem + "а" in forms or w.endswith("ю") and stem + "я" in forms:
            return True  # "польшу", "россию", "главу"
    return False


def _head(g: Group, forms: list[frozenset[str]]) -> frozenset[str]:
    """The forms of a group's first noun: its last part when the tokenizer split a hyphenated word
    ("премьер - министра")."""
    i = g.start
    while i + 2 < g.end and "-" in forms[i + 1]:
        i += 2
    return forms[i]


def object_before_plural(sentence_groups: list[Group], clause: tuple[int, int], t_start: int, t_end: int,
                         forms: list[frozenset[str]], grammar: Grammar) -> tuple[Group, Group] | None:
    """Russian may put the object first and the subject after a plural verb: "Президента Польши поздравили канцлер
    Германии и премьер Франции", "С победой Трампа поздравили Путин и Си", "Россию осудили США". Every name before
    the verb is in an oblique case (the singular object, or the owner of the occasion the verb names), the verb is a
    third person plural, and a free name follows it in the nominative: that name acts, the last one before is acted
    on. (The subject before the verb needs no reading of its own: "Власти Польши осудили" keeps it.)"""
    if not _plural_impersonal(forms, t_start, grammar):
        return None
    before = [g for g in sentence_groups if clause[0] <= g.start and g.end <= t_start]
    if not before or any(g.marker is not None or g.possessive for g in before[-1:]):
        return None
    if any(forms[i] & (STRONG_BREAKS | {","}) for i in range(before[0].start, t_start)):
        return None  # "Президента Польши, по словам источника, поздравили ...": a clause of its own between
    if not all(_oblique_singular(_head(g, forms)) for g in before):
        return None
    actor = next((g for g in sentence_groups if t_end <= g.start <= t_end + 1 and g.marker is None and not g.genitive
                  and not g.possessive), None)
    if actor is None or _oblique_singular(_head(actor, forms)):
        return None
    return actor, before[-1]


_ACCUSATIVE_ARTICLES: Final = frozenset({"den", "diesen", "jenen"})  # German: the fronted noun is the object


def fronted_object_subject_after(sentence_groups: list[Group], clause: tuple[int, int], trigger: tuple[int, int],
                                 forms: list[frozenset[str]], grammar: Grammar) -> tuple[Group, Group] | None:
    """German may put the object first and the subject after the verb: "Die Entscheidung Ägyptens begrüßten
    Jordanien und Katar", "Den Schritt Polens kritisierte Ungarn". The clause opens with an article and a step noun,
    its owner (a genitive name) stands right before the verb, and a name follows the verb. The noun is the object
    where its article is accusative ("Den Schritt"), or where the verb is plural and the names after it a list
    (the singular noun cannot be its subject): the names after the verb judge, the owner is judged."""
    t_start, t_end = trigger
    opening = next((i + 1 for i in range(t_start - 1, clause[0] - 1, -1) if forms[i] & (STRONG_BREAKS | {","})),
                   clause[0])
    if t_start - opening < 3 or not forms[opening] & grammar.determiners \
            or not forms[opening + 1] & grammar.roles.step_nouns:
        return None
    before = [g for g in sentence_groups if opening <= g.start < t_start]
    judge = next((g for g in sentence_groups if t_end <= g.start <= t_end + 1 and g.marker is None
                  and not g.genitive), None)
    if len(before) != 1 or before[0].start != opening + 2 or before[0].end != t_start or judge is None:
        return None
    accusative = bool(forms[opening] & _ACCUSATIVE_ARTICLES)
    plural = any(f.endswith("en") for f in forms[t_start]) and len(judge.members) >= 2
    return (judge, before[0]) if accusative or plural else None


_ACCUSATIVE: Final = {"у": "а", "ю": "я"}  # feminine nouns: "Украину"/"Украина", "Москву"/"Москва", "Россию"/"Россия"


def _accusative_name(between: list[Group], t_start: int, forms: list[frozenset[str]]) -> bool:
    """One name of one word right before the plural verb, in the accusative of a feminine noun ("В Сеуле Россию
    обвиняют", "В Киеве Москву обвинили"): its form and its lemma differ only in the ending -у/-ю against -а/-я, so
    it is no subject (the verb is plural too), but the verb's object."""
    group = between[0]
    if len(between) != 1 or len(group.members) != 1 or group.end != t_start or group.end - group.start != 1:
        return False
    words = forms[group.start]
    return any(w[-1:] in _ACCUSATIVE and w[:-1] + _ACCUSATIVE[w[-1]] in words for w in words)
