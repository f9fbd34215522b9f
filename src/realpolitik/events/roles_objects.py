"""Objects and addressees: a verb's direct object, an object pronoun or clitic and its antecedent, an unnamed object
or addressee, an object after an incise, an object that belongs to a rival trigger or a coordinated verb.

Separate because reading the target of a verb after it is a job of its own beside the subject's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from realpolitik.events.grammar import Grammar
from realpolitik.events.roles_base import (
    COMPOUND,
    REPORT_SOURCE,
    TRIGGER_OBJECT,
    Group,
    locate_marker,
    marker_at,
    only_object_between,
    skip_back,
)
from realpolitik.language.infinitives import FRENCH_INFINITIVE_ENDINGS

_ADDRESSEE_DELAY: Final = 3  # "pidió este lunes a ...": the words of a day between the verb and its addressee
_ADDRESSEE_REACH: Final = 6  # "a la comunidad internacional que": an unnamed addressee is a short noun phrase


def pronoun_object(forms: list[frozenset[str]], trigger: tuple[int, int], nominal: bool, grammar: Grammar) -> bool:
    """The verb's first object is a pronoun ("accused him of ...", "обвинив его в ..."): the names in the
    phrase after it belong to the charge or the circumstances."""
    after = trigger[0] + 1
    return not nominal and after < len(forms) and bool(forms[after] & grammar.roles.object_pronouns)


_PERSONS: Final = frozenset({"leader", "agent"})  # mention kinds a personal pronoun ("him", "его") may stand for


def coordinated_pronoun_antecedent(sentence_groups: list[Group], source: Group, t_start: int,
                                   forms: list[frozenset[str]],
                                   grammar: Grammar) -> Group | None:
    """"spoke to the emir of Qatar and assured him that ...", "встретился с королём Иордании и заверил его":
    the pronoun object of a verb coordinated with an earlier one stands for that verb's object, the last name
    before the conjunction (a person or an official of another state than the subject's), as the Romance clitic
    does ("et l'a invité")."""
    before = [g for g in sentence_groups if g.end <= t_start and g is not source]
    if not before:
        return None
    last = before[-1]
    own = source.sides
    if last.start < source.end or last.marker in (REPORT_SOURCE, COMPOUND) or last.possessive or last.genitive \
            or last.sides & own or any(m.kind not in _PERSONS for m in last.members):
        return None  # (a person or an official: "назвав их нарушением" stands for the strikes of a genitive)
    between = range(last.end, t_start)
    # "expelled a Croatian diplomat, accusing him of spying": a participle after the comma goes on with the verb
    # before it as a coordinated one does
    if not (_participle_after_comma(t_start, forms, grammar) or any(forms[i] & grammar.coordination for i in between)) \
            or any(forms[i] & (grammar.subordinators | grammar.roles.complementizers) for i in between):
        return None
    return last


def _participle_after_comma(t_start: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """The trigger is a participle or gerund right after a comma (", accusing him of", ", обвинив их в"): it goes on
    with the verb before the comma and shares its subject."""
    return bool(grammar.participle_endings) and t_start > 0 and "," in forms[t_start - 1] \
        and any(f.endswith(grammar.participle_endings) for f in forms[t_start])


def gerund_pronoun_antecedent(sentence_groups: list[Group], source: Group, t_start: int, forms: list[frozenset[str]],
                              grammar: Grammar) -> Group | None:
    """"задержала двух граждан Сербии, обвинив их в шпионаже", "выслала российского дипломата, обвинив его в ...": a
    gerund after a comma shares the subject, and its pronoun object stands for the main verb's object, the last
    name before the comma (a genitive or a demonym of the persons acted on, of another state than the subject's)."""
    if not _participle_after_comma(t_start, forms, grammar):
        return None
    before = [g for g in sentence_groups if g.start >= source.end and g.end < t_start and g is not source]
    if not before:
        return None
    last = before[-1]
    if last.marker in (REPORT_SOURCE, COMPOUND) or last.sides & source.sides:
        return None
    if any(forms[i] & (grammar.subordinators | grammar.roles.complementizers) for i in range(last.end, t_start)):
        return None  # "..., который ..., обвинив его": the pronoun's verb is not the one of that name
    return last


_OBJECT_REACH: Final = 5  # "союзников по организации", "бывшую колониальную державу": a short noun phrase


def gerund_noun_object(sentence_groups: list[Group], source: Group, trigger: tuple[int, int],
                       forms: list[frozenset[str]], grammar: Grammar) -> Group | None:
    """"Руанда разорвала дипломатические отношения с Бельгией, обвинив бывшую колониальную державу в поддержке
    Киншасы", "ввел пошлину на товары из Колумбии, обвинив соседнюю страну в бездействии", "объявил о заморозке
    участия в ОДКБ, обвинив организацию в бездействии": a gerund after a comma whose object is a short noun phrase of
    no actor we know, before the charge's preposition, names the main verb's object by a description, as a pronoun
    does (`gerund_pronoun_antecedent`): the last name before the comma. The names after the preposition are the
    charge's. None where the words after the gerund are no such phrase."""
    t_start, t_end = trigger
    charge = grammar.roles.charge_prepositions
    if not charge or t_end >= len(forms) or forms[t_end] & (charge | grammar.roles.object_pronouns):
        return None
    at = next((k for k in range(t_end + 1, min(t_end + _OBJECT_REACH + 1, len(forms))) if forms[k] & charge), None)
    if at is None or any("," in forms[k] for k in range(t_end, at)) \
            or any(t_end <= g.start < at for g in sentence_groups):
        return None
    return gerund_pronoun_antecedent(sentence_groups, source, t_start, forms, grammar)


def unnamed_object(groups: list[Group], forms: list[frozenset[str]], trigger: tuple[int, int], nominal: bool,
                   grammar: Grammar) -> bool:
    """"accusing the group of violating ...", "praised the bloc for ...": a verdict's object is a noun phrase of
    no actor we know (an article right after the verb, no name before the charge's preposition inside the
    pattern); the names after it belong to the charge."""
    t_start, t_end = trigger
    charge = grammar.roles.charge_prepositions
    if nominal or not charge or t_start + 2 >= t_end or not forms[t_start + 1] & grammar.determiners:
        return False
    at = next((k for k in range(t_start + 2, t_end) if forms[k] & charge), None)
    return at is not None and not any(t_start < g.start < at for g in groups)


def unnamed_addressee(groups: list[Group], forms: list[frozenset[str]], trigger: tuple[int, int], nominal: bool,
                      grammar: Grammar) -> bool:
    """"pidió a sus socios que mantengan la presión sobre Moscú", "urged the international community to stand by the
    Venezuelan people": an appeal's addressee is a noun phrase of no actor we know (an article or possessive right
    after the verb and its personal preposition), and what it is asked opens after it; the names in that clause are
    the asked act's, not the one appealed to."""
    words = grammar.roles
    k = trigger[1]
    if nominal or not words.asked_openers or k >= len(forms):
        return False
    if words.addressee_markers:
        # (the words of a day may stand before it, `addressee_time_words`: "pidió este lunes a la comunidad ...")
        k = next((j for j in range(k, min(k + _ADDRESSEE_DELAY, len(forms)))
                  if not forms[j] & words.addressee_time_words), k)
        if not forms[k] & words.addressee_markers:
            return False  # "condicionó su asistencia a que ...": no one appealed to, a condition
        k += 1
    if k >= len(forms) or not forms[k] & (grammar.determiners | grammar.possessives) and not forms[k - 1] & \
            grammar.determiners:
        return False
    opener = next((j for j in range(k + 1, min(k + _ADDRESSEE_REACH, len(forms)))
                   if forms[j] & words.asked_openers or _asked_infinitive(j, groups, forms, grammar)), None)
    return opener is not None and not any(trigger[1] <= g.start < opener for g in groups)


def _asked_infinitive(j: int, groups: list[Group], forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"pidió a la comunidad internacional respetar la soberanía de Sudán", "instó a los países vecinos a no
    reconocer a ...": a language that writes the asked act as a bare infinitive after the addressee (its endings,
    `infinitive_endings`, with "que" among its `asked_openers`) opens it with that infinitive, a word that is its
    own lemma; not an adjective of the same ending that a name or its genitive follows ("la junta militar de
    Níger", "la junta militar nigerina"), which still names the addressee."""
    endings = grammar.roles.infinitive_ends
    if not endings or not forms[j] or not all(f.endswith(endings) for f in forms[j]):
        return False
    after = j + 1
    return not (after < len(forms) and forms[after] & grammar.genitive_markers) \
        and not any(g.start == after for g in groups)


def complementizer_between(start: int, end: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"warned that an attack on Niamey would ...", "a averti qu'une attaque ...": an act noun after "that"
    belongs to the reported clause, and the subject of the verb before it is not its agent."""
    words = grammar.roles
    return any(f in words.complementizers or words.elided and f.startswith(words.elided)
               for i in range(start, end) for f in forms[i])


def seen_from(groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
              grammar: Grammar) -> list[Group]:
    """A preposition inside another trigger's pattern ("drew condemnation from Israel") makes its group that
    trigger's object only; to this trigger the group is marked by the preposition itself."""
    markers = grammar.role_markers
    seen = []
    for g in groups:
        if g.marker == TRIGGER_OBJECT and g.marker_index is not None and not trigger[0] <= g.marker_index < trigger[1]:
            real = sorted(forms[g.marker_index] & markers)
            g = replace(g, marker=real[0] if real else None)
        elif g.marker == COMPOUND and trigger[0] == compound_participle(g, forms):
            g = replace(g, marker=None)  # "the Iran-backed group": Iran is the subject of "backed" alone
        seen.append(g)
    return seen


def compound_participle(g: Group, forms: list[frozenset[str]]) -> int | None:
    """Where the participle of a name in a compound premodifier stands, the name being its subject: after the
    hyphen that follows the name ("the Iran-backed militia"). None for the Russian one, which stands before its
    instrumental agent ("поддерживаемое Ираном ополчение"): the word after the noun there is the verb of the
    clause, which the name does not act in."""
    return g.end + 1 if g.end < len(forms) and "-" in forms[g.end] else None


def object_of(g: Group, rival_triggers: frozenset[int], t_start: int, grammar: Grammar, forms: list[frozenset[str]],
              unmarked: list[Group]) -> bool:
    """A group right after an earlier trigger that has a subject of its own is that trigger's object
    ("вызвало российского посла ... и выразило протест", "Malta said it is recognising Palestine
    in a step that drew condemnation"), not the subject of a later one; after a trigger with nothing
    before it, it is the subject ("Накануне саммита Трамп пригрозил")."""
    gap = range(g.end, t_start)
    if len(gap) <= 1 or grammar.infinitive_marker and any(
            grammar.infinitive_marker in forms[k] and not (k - 1 > g.end and k - 1 in rival_triggers) for k in gap) \
            and not _coordinated_finite(forms, t_start, grammar):
        return False  # "invited Putin to visit Tehran", "пригласил Путина посетить": the object acts next
    i = g.start - 1
    while i >= 0 and g.start - i <= 3 and i not in rival_triggers:
        if not forms[i] & (grammar.determiners | grammar.possessives):
            return False
        i -= 1
    return i in rival_triggers and i < t_start and (any(h.end <= i for h in unmarked)
                                                    or _pronoun_subject(i, rival_triggers, grammar, forms))


def _pronoun_subject(i: int, rival_triggers: frozenset[int], grammar: Grammar, forms: list[frozenset[str]]) -> bool:
    """A subject pronoun just before the earlier trigger ("he praised Trump ... and offered to host talks"): that
    verb has a subject of its own, so the name after it is its object, not the subject of the verb coordinated
    after it."""
    while i - 1 in rival_triggers:
        i -= 1  # the verb's first word
    return any(forms[k] & grammar.any_pronouns for k in range(max(0, i - 3), i))


def object_after_incise(g: Group, rival_triggers: frozenset[int], t_start: int, grammar: Grammar,
                        forms: list[frozenset[str]]) -> bool:
    """"Japan, which lost a ship, condemned China and urged Russia to act": a verb right after the comma that closes
    an incise on the subject (", which ...", ", whose ...") has that subject outside its clause; the name after that
    verb is its object, not the subject of the verb coordinated after it ("and urged")."""
    i = g.start - 1
    while i >= 0 and g.start - i <= 3 and i not in rival_triggers and forms[i] & (grammar.determiners
                                                                                 | grammar.possessives):
        i -= 1
    if i not in rival_triggers or i >= t_start or not any(
            forms[k] & grammar.coordination for k in range(g.end, t_start)):
        return False
    while i - 1 in rival_triggers:
        i -= 1  # the verb's first word
    if i < 4 or "," not in forms[i - 1]:
        return False
    k = i - 2
    while k > 0 and "," not in forms[k]:
        k -= 1
    return k > 0 and k + 1 < i - 1 and bool(forms[k + 1] & grammar.subordinators)


def in_adverbial_clause(g: Group, t_end: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """An adverbial subordinator ("after", "when", "because") stands between the trigger and the group."""
    return any(forms[i] & grammar.roles.adverbial_subordinators for i in range(t_end, g.start))


def _coordinated_finite(forms: list[frozenset[str]], t_start: int, grammar: Grammar) -> bool:
    """"urged Israel to allow aid and pressed Egypt to ...": an inflected verb after "and" goes on with the main
    verb, not with the infinitive ("invited Putin to visit Tehran and sign a deal": the bare verb does)."""
    return t_start > 0 and bool(forms[t_start - 1] & grammar.coordination) and len(forms[t_start]) > 1


def direct_object(rest: list[Group], t_end: int, rival_triggers: frozenset[int], reach: int = 6,
                  proposals: frozenset[int] = frozenset()) -> Group | None:
    """The first free group right after a verb (an article, adjectives or an adverb between). An adjective names
    no one acted on, unless it owns a proposal right after it (`proposals`: where the verb judges one)."""
    for g in rest:
        if g.start >= t_end and g.free:
            if all(m.kind == "adjective" for m in g.members) and g.end not in proposals:
                return None  # "extradited a Russian hacker to the US": an adjective names no one acted on
            if g.start - t_end <= reach and not any(t_end <= i < g.start for i in rival_triggers):
                return g
            return None
    return None


def controlled_object(rest: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                      grammar: Grammar) -> Group | None:
    """"urged Israel to halt its strikes on Lebanon", "pressed Kyiv and Moscow to agree to a ceasefire": when the
    pattern runs from an object-control verb over its object into the infinitive, that object (right after the
    verb, before "to") is the one asked; a name further on belongs to the infinitive's own act."""
    control, to = grammar.roles.object_control, grammar.infinitive_marker
    endings = grammar.roles.infinitive_ends
    t_start, t_end = trigger
    if not control or not (to or endings) or not forms[t_start] & control:
        return None
    return next((g for g in rest if g.free
                 and t_start < g.start <= t_start + 2 and g.end < t_end
                 and (to in forms[g.end] if to else any(f.endswith(endings) for f in forms[g.end]))
                 and not any(m.kind == "adjective" for m in g.members)), None)


def belongs_to_trigger(g: Group, trigger: tuple[int, int], rival_triggers: frozenset[int], reach: int = 4) -> bool:
    """A phrase belongs to this trigger when no other trigger stands between them, and one after it
    follows closely ("clashes on Monday between X and Y", not "cooperation between X and Y since the
    invasion")."""
    low, high = (trigger[1], g.start) if g.start >= trigger[1] else (g.end, trigger[0])
    if any(low <= i < high for i in rival_triggers):
        return False
    distance = high - low
    if any(_gap(g, i) < distance for i in rival_triggers):
        return False  # a nearer trigger on the other side owns it
    return g.start < trigger[0] or distance <= reach


# "firmó un memorando de entendimiento entre": the verb's object with its article and complement before the pair
_PACT_PAIR_REACH: Final = 6


def pair_after_object(g: Group, groups: list[Group], trigger: tuple[int, int], rival_triggers: frozenset[int],
                      forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"Se firmó un memorando de entendimiento entre Argentina y Chile", "ратифицировала договор о партнёрстве между
    Россией и КНДР": a pair phrase after the verb's object (a noun with its article, adjectives and complement:
    no verb, no comma, no preposition of a place or party, no other name, no other trigger between) names the
    sides of what the verb does to that object, the act's own pair, further than `belongs_to_trigger` reaches
    ("flared again in the conflict between": a place phrase, the conflict no object)."""
    if g.start < trigger[1]:
        return False
    at = marker_at(g, forms)
    if not trigger[1] < at <= trigger[1] + _PACT_PAIR_REACH:
        return False
    return only_object_between(g, groups, trigger, at, rival_triggers, forms, grammar)


def _gap(g: Group, i: int) -> int:
    return g.start - i - 1 if i < g.start else i - g.end


def verb_after_phrase(g: Group, groups: list[Group], trigger: tuple[int, int], rival_triggers: frozenset[int],
                      forms: list[frozenset[str]],
                      grammar: Grammar) -> bool:
    """The trigger after a target phrase is a verb, whose subject that phrase completes ("US strikes on Venezuela
    killed", "los ataques de EE.UU. contra Venezuela mataron"), not a noun it premodifies ("protested against US
    sanctions on Cuba"). English: a past form after a target phrase ("with", "on", "against"; not "Drones from Russia
    crashed": an origin can be the agent's); Romance nouns take no premodifier, and the phrase there follows another
    trigger noun."""
    if grammar.adjectives_before_nouns:
        return g.marker in grammar.target_markers and past_form(forms[trigger[0]], grammar)
    return _object_of_rival_noun(g, groups, rival_triggers, forms, grammar)


def past_form(token_forms: frozenset[str], grammar: Grammar) -> bool:
    """A verb's past form by its ending ("killed", "destroyed", "pidió"), never a noun's: the tense a news report
    tells its acts in."""
    return bool(grammar.past_endings) and any(f.isalpha() and f.endswith(grammar.past_endings) for f in token_forms)


def after_coordinated_verb(g: Group, t_end: int, rival_triggers: frozenset[int], forms: list[frozenset[str]],
                           grammar: Grammar) -> bool:
    """"condenó la ofensiva israelí en Rafah y pidió a EE.UU. ...", "осудил наступление в Рафахе и призвал США":
    a name after "and" and another trigger that follow the trigger's own words is that trigger's object (not
    "attacked and destroyed a Ukrainian base", where the two verbs share it). Not for verdicts: "a condamné des
    attaques contre des ambassades et appelé les autorités congolaises à ...", the one judged may be named later."""
    # (a perfect's auxiliary may stand between: "ha agradecido el papel de España y ha pedido a la UE ...")
    return any(forms[i] & grammar.coordination and (i + 1 in rival_triggers or i + 2 in rival_triggers
                                                    and forms[i + 1] & grammar.perfect_auxiliaries)
               for i in range(t_end + 1, g.start - 1))


def said_after(g: Group, t_end: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"Perú saludó el resultado y recordó que ambos países celebran ...": the group follows "and" and a verb of
    saying (`said_after_praise`, a perfect's auxiliary may stand between) after the praise's own words; it is in what
    the praiser went on to say, not the one praised."""
    said = grammar.roles.said_after_praise
    if not said:
        return False
    for i in range(t_end, g.start - 1):
        if not forms[i] & grammar.coordination:
            continue
        verb = i + 2 if forms[i + 1] & grammar.perfect_auxiliaries else i + 1
        if verb < g.start and forms[verb] & said:
            return True
    return False


def origin_head(g: Group, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """Whether the word before the group's origin marker ("from") names people by their role (`origin_subjects`)."""
    at = locate_marker(g, forms)
    return at is not None and at >= 1 and bool(forms[at - 1] & grammar.roles.origin_subjects)


def origin_of_people(groups: list[Group], source: Group | None, trigger: tuple[int, int],
                     rival_triggers: frozenset[int], forms: list[frozenset[str]], grammar: Grammar) -> Group | None:
    """"поблагодарила партнёров из Евросоюза": the state or body that people named by their role come from, right
    after the role word, is the object (any act, where a sanction takes any origin after its trigger)."""
    own = source.sides if source is not None else set()
    for g in groups:
        at = g.marker_index if g.marker_index is not None else g.start - 1
        if g.marker in grammar.roles.origin_markers and trigger[0] < at <= trigger[1] + 8 and at >= 1 \
                and forms[at - 1] & grammar.roles.origin_heads and not g.sides & own \
                and not any(trigger[1] <= i < at for i in rival_triggers):
            return g
    return None


def origin_of_object(groups: list[Group], source: Group | None, trigger: tuple[int, int],
                     rival_triggers: frozenset[int], grammar: Grammar) -> Group | None:
    """"imposed sanctions on officials from Canada", "expelled two diplomats from Estonia": the state the sanctioned
    people come from, named after the trigger (no other trigger between), not the sanctioning state itself."""
    own = source.sides if source is not None else set()
    return next((g for g in groups if g.marker in grammar.roles.origin_markers and 0 <= g.start - trigger[1] <= 8
                 and not any(trigger[1] <= i < g.start for i in rival_triggers)
                 and not g.sides & own), None)


def _object_of_rival_noun(g: Group, groups: list[Group], rival_triggers: frozenset[int], forms: list[frozenset[str]],
                          grammar: Grammar) -> bool:
    """"strikes on Lebanon", "los ataques de Estados Unidos contra Venezuela", "les frappes aériennes sur le Liban":
    the group's preposition follows another trigger, its agent's name or (Romance) its adjectives between: the
    group is that noun's object."""
    if g.marker is None or g.marker == TRIGGER_OBJECT:
        return False
    at = locate_marker(g, forms)
    if at is None:
        return False
    words = 0 if grammar.adjectives_before_nouns else 2  # "aéreos", "israelíes": adjectives after the noun
    skip = grammar.determiners | grammar.genitive_markers
    for i in range(at - 1, max(-1, at - 7), -1):
        if i in rival_triggers:
            return True
        if any(h.start <= i < h.end and (h.marker is None or h.genitive) for h in groups) or forms[i] & skip:
            continue
        if words and all(f.isalpha() and f.islower() for f in forms[i]):
            words -= 1
            continue
        return False
    return False


def object_of_noun_before(g: Group, trigger: tuple[int, int], rival_triggers: frozenset[int],
                          forms: list[frozenset[str]],
                          grammar: Grammar) -> bool:
    """German: a target phrase right after another trigger's noun ("dem Angriff auf Israel", "des Angriffs auf
    die Ukraine") is that noun's object, not the object of a later verb in the clause."""
    if not grammar.verb_final or g.marker is None or g.marker in grammar.agent_markers or g.start >= trigger[0]:
        return False
    for i in range(g.start - 1, max(-1, g.start - 4), -1):
        if g.marker in forms[i]:
            return i - 1 in rival_triggers and not trigger[0] <= i - 1 < trigger[1]
        if not forms[i] & (grammar.determiners | grammar.possessives):
            return False
    return False


def object_clitic(t_start: int, forms: list[frozenset[str]], grammar: Grammar) -> int | None:
    """Where an object pronoun stands before the verb ("l'accuse", "l'a invité", "lui a demandé", "ne les a pas
    appelés"): the language's `object_clitics`, elided on the verb or its auxiliary, or a word before them."""
    words = grammar.roles.object_clitics
    if not words:
        return None

    roles = grammar.roles

    def elided(i: int) -> bool:  # the pronoun elided onto the word ("l'accuse", "l'a"): the language's elided article
        return any(roles.without_elided_article(f) not in (f, "") for f in forms[i])

    # without an auxiliary the trigger must read as an inflected verb, not a noun after an article ("la rupture")
    words_of = {roles.without_elided_article(f) for f in forms[t_start]}  # the form and its lemma
    verb = len(words_of) > 1 and any(f.endswith(FRENCH_INFINITIVE_ENDINGS) for f in words_of)
    if elided(t_start):
        return t_start if verb else None
    i = skip_back(forms, t_start - 1, grammar.roles.clitic_adverbs)
    if i >= 0 and forms[i] & _AUXILIARIES:
        if elided(i):
            return i
        i -= 1
        return i if i >= 0 and _clitic_word(forms[i], grammar) else None
    return i if i >= 0 and _clitic_word(forms[i], grammar) and verb else None


_DOUBLING_REACH: Final = 4  # "le pidió este lunes a Mulino": the verb's end to the addressee that doubles the pronoun


def dative_clitic(t_start: int, forms: list[frozenset[str]], grammar: Grammar) -> int | None:
    """Spanish "le reprochó que ...", "les ha pedido": where a dative pronoun (the language's `inversion_datives`)
    stands right before the verb or its perfect auxiliary, in a language whose object pronouns are not read as
    French `object_clitics`; None elsewhere, and after "se" ("se le acusa": impersonal)."""
    roles = grammar.roles
    if roles.object_clitics or not roles.inversion_datives:
        return None
    i = skip_back(forms, t_start - 1, roles.have)
    if i < 0 or not forms[i] & roles.inversion_datives or i >= 1 and "se" in forms[i - 1]:
        return None
    return i


def doubles_dative(target_start: int, marker: str | None, t_end: int, markers: frozenset[str]) -> bool:
    """The target stands, with its preposition, right after the verb ("le pidió a Mulino que ...", "le trasladó a
    Mulino"): it doubles the dative pronoun, it is the addressee itself."""
    return marker in markers and target_start <= t_end + _DOUBLING_REACH


def _clitic_word(token_forms, grammar: Grammar) -> bool:
    """An object pronoun, not a subject or stressed one whose lemma looks like it (simplemma reads "Il", "Elle"
    and "eux" as "lui"): the language's `clitic_lookalikes` are never one."""
    return bool(token_forms & grammar.roles.object_clitics) and not token_forms & grammar.roles.clitic_lookalikes


_AUXILIARIES: Final = frozenset({"avoir", "être"})
