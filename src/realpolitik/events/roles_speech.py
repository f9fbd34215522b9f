"""Reported speech and its speakers: the speaker of a quotation or an incise ("», a déclaré X", ", said the"), an
inverted or impersonal speaker, a speaker named after the clause, a speech act coordinated after "said ... and",
and the venue where words were said.

Separate because who speaks is read from the punctuation and the verbs of saying around the trigger, a question
of its own that the subject and verdict readers also ask.
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.grammar import Grammar
from realpolitik.events.roles_base import (
    INCISE_REACH,
    REPORT_SOURCE,
    STATE_KINDS,
    Group,
    locate_marker,
    skip_back,
    third_plural_verb,
)
from realpolitik.events.roles_objects import complementizer_between, past_form
from realpolitik.language.infinitives import FRENCH_INFINITIVE_ENDINGS
from realpolitik.language.tokens import ANY_QUOTE_MARKS, PHRASE_BREAKS, STRONG_BREAKS
from realpolitik.model import Token

_VENUE_GAP: Final = 3  # "a averti samedi à Singapour", "обвинил в субботу в Катаре": words from the verb to the place


def venue_of_saying(g: Group, trigger: tuple[int, int], groups: list[Group], forms: list[frozenset[str]],
                    grammar: Grammar) -> bool:
    """A bare place name right after the verb ("a averti à Singapour que ...", "обвинил в Катаре Иран"), before
    the verb's clause or its object: where it was said; a preposition of venue never marks the addressee there."""
    words = grammar.roles.venue_prepositions
    at = locate_marker(g, forms)
    if not words or at is None or at != g.start - 1 or not forms[at] & words \
            or not 0 <= at - trigger[1] <= _VENUE_GAP or not all(m.kind in STATE_KINDS for m in g.members):
        return False
    after = g.end + 1 if g.end < len(forms) and "," in forms[g.end] else g.end
    if after >= len(forms):
        return False
    return complementizer_between(after, after + 1, forms, grammar) or any(o.start == g.end and o.free
                                                                           for o in groups)


def coordinated_speaker(sentence_groups: list[Group], source: Group, t_start: int, rival_triggers: frozenset[int],
                        forms: list[frozenset[str]], grammar: Grammar) -> Group | None:
    """"The envoy told the council that Haitians could not wait and thanked Kenya": an inflected verb right after
    "and" that follows a reported clause telling no act of its own goes on with the speech verb, so its subject is
    the speaker, not the reported clause's subject ("said Russia had attacked Kyiv and killed five": an act between,
    the verb goes on with it; "said ... before one swerved into its path and struck": a subordinate clause between)."""
    if not grammar.verb_final and (speaker := _speaker_by_tense(sentence_groups, source, t_start, forms, grammar)):
        return speaker
    if grammar.verb_final or t_start < 1 or not forms[t_start - 1] & grammar.coordination \
            or len(forms[t_start]) < 2 or any(source.end <= i < t_start for i in rival_triggers):
        return None
    report = grammar.modality.get("report", frozenset())
    speech = next((i for i in range(source.start - 1, -1, -1) if forms[i] & report), None)
    if speech is None or any(forms[i] & grammar.roles.adverbial_subordinators for i in range(source.end, t_start)):
        return None
    speaker = next((g for g in reversed(sentence_groups) if g.end <= speech and g.free), None)
    if speaker is None or any(speaker.end <= i < speech for i in rival_triggers):
        return None
    return speaker


def _speaker_by_tense(sentence_groups: list[Group], source: Group, t_start: int, forms: list[frozenset[str]],
                      grammar: Grammar) -> Group | None:
    """"Israel advirtió que Irán no obtendrá armas nucleares y pidió a Washington ...", "lamentó que Brasil se haya
    prestado a ... y rechazó ...", "dijo que Rusia había atacado Kiev y condenó ...": a past verb after "y" (its
    clitics between) whose tense the reported clause's verbs do not share (future, subjunctive, pluperfect: no past
    form between the complementizer and "y") goes on with the verb of saying before the complementizer, so its
    subject is that verb's, not the reported clause's. Where the reported clause tells its act in the past too ("dijo
    que Rusia atacó Kiev y mató a cinco"), the verb may go on with either: None."""
    words = grammar.roles.complementizers
    if not words or not past_form(forms[t_start], grammar):
        return None
    k = t_start
    while k > 0 and forms[k - 1] & grammar.roles.clause_clitics:
        k -= 1  # "y le pidió", "y se comprometió"
    if k < 1 or not forms[k - 1] & grammar.coordination or source.end > k - 1:
        return None
    report = grammar.modality.get("report", frozenset())
    comp, verb = next(((i, v) for i in range(source.start - 1, 0, -1) if forms[i] & words
                       for v in range(i - 1, max(i - 1 - _SAYING_REACH, -1), -1)
                       if (past_form(forms[v], grammar) or forms[v] & report)
                       and not any("," in forms[j] for j in range(v, i))), (None, None))
    if comp is None or verb is None \
            or any(past_form(forms[i], grammar) or "," in forms[i] for i in range(comp + 1, k - 1)):
        return None
    return next((g for g in reversed(sentence_groups) if g.end <= verb and g.free), None)


_SAYING_REACH: Final = 3  # "lamentó este jueves que": words from the verb of saying to its complementizer


_OWNERS: Final = frozenset({"its", "their"})


def wronged_speaker(sentence_groups: list[Group], source: Group, trigger: tuple[int, int],
                    rival_triggers: frozenset[int], forms: list[frozenset[str]], grammar: Grammar) -> Group | None:
    """"Ukraine said Russia had attacked its power grid", "Pakistan said India struck three of its air bases": a
    hostile act on "its"/"their" thing, the speaker's, not the attacker's (one does not strike one's own grid);
    the speaker is the free name before a speech verb that opens the reported clause."""
    t_end = trigger[1]
    owner = next((i for i in range(t_end, min(len(forms), t_end + 5)) if forms[i] & _OWNERS), None)
    if owner is None or any(t_end <= g.start < owner for g in sentence_groups) \
            or any(owner < i <= owner + 3 for i in rival_triggers):
        return None  # a name before the pronoun ("struck Iran and its allies"), or the pronoun's act noun
    report = grammar.modality.get("report", frozenset())
    own = source.sides
    speaker = next((g for g in reversed(sentence_groups) if g.end <= source.start), None)
    if speaker is None or speaker.marker not in (None, REPORT_SOURCE) or speaker.genitive or speaker.possessive \
            or own & speaker.sides:
        return None
    if not any(forms[i] & report for i in range(speaker.start, source.start)):
        return None
    return speaker


def announced_topic(span: tuple[int, int], clause: tuple[int, int], groups: list[Group], forms: list[frozenset[str]],
                    grammar: Grammar) -> Group | None:
    """"О введении санкций против Ирана объявили США и Великобритания": the act noun after "о" opens the clause, the
    announcing verb follows its phrase and the subject follows the verb; that subject announced the act, its agent
    (an act, not background, though it stands in a prepositional phrase)."""
    if not grammar.roles.topic_prepositions:
        return None
    free = [g for g in groups if g.marker is None and not g.genitive and not g.possessive]
    return announced_topic_speaker(free, clause, span[0], span[1], forms, grammar)


def announced_topic_speaker(unmarked: list[Group], clause: tuple[int, int], t_start: int, t_end: int,
                            forms: list[frozenset[str]],
                            grammar: Grammar) -> Group | None:
    """The subject after the announcing verb of a clause opened by "о" and an act noun (`announced_topic`)."""
    openers = grammar.roles.topic_prepositions
    opener = next((i for i in range(max(clause[0], t_start - 3), t_start) if forms[i] & openers), None)
    if opener is None or any(forms[i] & grammar.roles.topic_verbs for i in range(clause[0], opener)):
        return None  # "Испания заявила о признании Палестины": the subject stands before its verb
    verb = next((i for i in range(t_end, clause[1]) if forms[i] & grammar.roles.topic_verbs), None)
    if verb is None:
        return None
    return next((g for g in unmarked if verb < g.start <= verb + 2), None)


def joined_speech(t_end: int, clause: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar) -> int:
    """Where "and said", "and warned" after the trigger opens a coordinated speech verb (the clause's end if none):
    "condemned the strike and said Tehran reserved the right to respond", "criticised the move and warned Baku":
    the actors after it are the reported clause's or the speech verb's, not the first verb's."""
    speech = grammar.roles.joined_speech
    if speech:
        for i in range(t_end, clause[1] - 1):
            if forms[i] & grammar.coordination and forms[i + 1] & speech:
                return i
    return clause[1]


_SPEECH_REACH: Final = 3  # "Biden said", "a affirmé", "said on Monday": the speech verb follows its speaker closely


_INVERSION_REACH: Final = 4  # ", a indiqué le", ", dijo el", ", said the", ", erklärte Kreml-Sprecher"
_PLACE_REACH: Final = 3  # "en El Cairo", "au Caire", "in Kiew" between the speech verb and the speaker


def inverted_speaker(g: Group, t_end: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"L'Inde a condamné l'attentat, a indiqué le Premier ministre", "..., dijo el canciller", "..., said the
    minister", "..., erklärte der Sprecher": a group after a comma and a speech verb (an auxiliary or article
    between) names who says so; it is no object of the trigger before it. A place may stand between the verb and
    the speaker (", a indiqué au Caire la commissaire", ", dijo en El Cairo la comisaria")."""
    if g.start <= t_end or g.marker is not None:
        return False
    speech = grammar.modality.get("report", frozenset())
    place = grammar.location_markers | grammar.target_markers | grammar.determiners
    seen = False
    i, lowest = g.start - 1, max(t_end - 1, g.start - 1 - _INVERSION_REACH - _PLACE_REACH)
    while i > lowest:
        if forms[i] & {",", "«", "»", '"', "“", "”", "„"}:
            return seen
        if forms[i] & speech:
            seen = True
        elif not seen and forms[i] & place:
            pass  # "en" of "dijo en El Cairo"
        elif not seen and i - 1 > lowest and forms[i - 1] & place:
            i -= 1  # "au Caire", "El Cairo": the place's name after its preposition or article
        elif not forms[i] & (grammar.determiners | grammar.passive_auxiliaries | grammar.roles.have):
            return False
        i -= 1
    return False


def incise_subject(unmarked: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                   grammar: Grammar) -> Group | None:
    """«La Russie doit retirer ses troupes», a exigé le président français: after a closing quote and its comma
    the verb comes first (only the language's `incise_auxiliaries` between) and its subject right after it. Not a
    participle («...», accusant la France de ...; «...», acusando a Francia): it opens a clause that shares the
    main clause's subject, and the name after it is its object."""
    words = grammar.roles.incise_auxiliaries
    t_start, t_end = trigger
    if _participle(forms[t_start], grammar):
        return None
    if not words:
        if after_quotation(t_start, forms, grammar, grammar.roles.final_incise) and (
                not grammar.roles.incise_verbs or forms[t_start] & grammar.roles.incise_verbs):
            # «Rusia debe retirarse», exigió el presidente francés en Madrid: the speaker, whatever follows him
            return next((g for g in unmarked if t_end <= g.start <= t_end + 2), None)
        return _final_incise_subject(unmarked, trigger, forms, grammar)
    # ("comme l'en accuse la Finlande", "comme le lui reproche Paris": object pronouns between)
    opener = skip_back(forms, t_start - 1, grammar.roles.inversion_datives)
    if opener >= 0 and forms[opener] & grammar.roles.inversion_openers \
            and not all(f.endswith(FRENCH_INFINITIVE_ENDINGS) for f in forms[t_start]):
        # "ce que dément Alger", "les accusations que rejette Kigali": a finite verb right after the relative
        # pronoun has its subject after it (not "ne peut que condamner la Russie", an infinitive)
        return next((g for g in unmarked if t_end <= g.start <= t_end + 2), None)
    i = skip_back(forms, t_start - 1, words)
    if i < 1 or "," not in forms[i] or not forms[i - 1] & ANY_QUOTE_MARKS:
        # "Le Rwanda soutient le M23, accuse Kinshasa.": no quotation, the subject closes the sentence; only after
        # a clause with no comma of its own ("La Chine, proche alliée de la Russie, a critiqué le Japon": the
        # comma closes an apposition and the verb's subject stands before it)
        if i < 1 or any("," in forms[k] for k in range(i)):
            return None
        return _final_incise_subject(unmarked, trigger, forms, grammar)
    return next((g for g in unmarked if t_end <= g.start <= t_end + 2), None)


def _participle(form: frozenset[str], grammar: Grammar) -> bool:
    """The trigger word is a present participle or gerund ("accusant", "acusando", "urging"), no finite verb."""
    endings = grammar.participle_endings
    return bool(endings) and any(w.isalpha() and w.endswith(endings) and w not in grammar.not_participles
                                 for w in form)


def after_quotation(t_start: int, forms: list[frozenset[str]], grammar: Grammar,
                    auxiliaries: frozenset[str] | None = None) -> bool:
    """The incise verb follows a closing quotation and its comma («...», a dénoncé X), not a plain clause."""
    words = grammar.roles.incise_auxiliaries if auxiliaries is None else auxiliaries
    i = skip_back(forms, t_start - 1, words)
    return i >= 1 and "," in forms[i] and bool(forms[i - 1] & ANY_QUOTE_MARKS)


def _final_incise_subject(unmarked: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                          grammar: Grammar) -> Group | None:
    """"Un buque chino embistió a una embarcación filipina, denunció Manila.": after a comma a verb (only the
    language's `final_incise` auxiliaries between) whose subject right after it closes the sentence."""
    words = grammar.roles.final_incise
    if not words:
        return None
    t_start, t_end = trigger
    if grammar.roles.incise_verbs and not forms[t_start] & grammar.roles.incise_verbs:
        return None  # "China, a close ally of Russia, criticised Japan.": English inverts only speech verbs
    i = skip_back(forms, t_start - 1, words)
    if i < 1 or "," not in forms[i] or _apposed_subject_before(unmarked, i, forms, grammar):
        return None
    moods = grammar.roles.incise_moods
    if moods and not any(forms[k] & moods for k in range(i)):
        return None  # German: no reported clause before the comma ("Polen, das an Belarus grenzt, kritisierte X.")
    g = next((g for g in unmarked if t_end <= g.start <= t_end + 2), None)
    if g is None or all(m.kind == "adjective" for m in g.members):
        # ("Turquía, miembro de la OTAN, condenó el ataque ruso.": a demonym after a noun qualifies the noun; the
        # speaker of an incise is named, "denunció Manila", "afirmó el Gobierno filipino")
        return None
    end = len(forms)
    if g.end + 1 < end and "," in forms[g.end] and forms[g.end + 1] & grammar.roles.subject_relatives:
        end = g.end  # "..., a dénoncé le Royaume-Uni, qui a appelé à ...": the speaker's own relative clause follows
    if any(any(c.isalnum() for f in forms[k] for c in f) for k in range(g.end, end)):
        return None
    return g


def _apposed_subject_before(unmarked: list[Group], comma: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"El presidente de Brasil, Lula, visitó China": the comma before the verb closes an apposition to the
    subject (only actor names, articles and commas stand before it), no clause of its own: the name after
    the verb is its object, not the subject of an incise."""
    covered = {k for g in unmarked if g.end <= comma for k in range(g.start, g.end)}
    return comma in {g.end for g in unmarked} and all(
        k in covered or forms[k] & grammar.determiners or "," in forms[k] for k in range(comma))


def unnamed_incise(trigger: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """English ", warned its foreign minister." closing the sentence: an inverted speech verb (the language's
    `incise_verbs`) right after a comma whose subject after it is no actor; nobody before the comma speaks."""
    t_start, t_end = trigger
    if not grammar.roles.incise_verbs or not forms[t_start] & grammar.roles.incise_verbs:
        return False
    i = skip_back(forms, t_start - 1, grammar.roles.final_incise)
    return i >= 1 and "," in forms[i] and len(forms) - t_end <= INCISE_REACH \
        and not any(forms[k] & PHRASE_BREAKS for k in range(t_end, len(forms)))


def inverted_after_opener(t_start: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """Spanish "según denunció Kiev", "como le pidió Brasil", "tal como le habían exigido": after one of the
    language's `inversion_openers` (a dative pronoun and auxiliaries between) the verb comes before its subject."""
    openers = grammar.roles.inversion_openers
    if not openers or grammar.roles.incise_auxiliaries:
        return False  # French "ce que dément Alger" is read by `incise_subject`
    i = skip_back(forms, t_start - 1, grammar.roles.final_incise | grammar.roles.inversion_datives)
    return i >= 0 and bool(forms[i] & openers)


def inverted_after_relative(t_start: int, forms: list[frozenset[str]], grammar: Grammar, groups: list[Group]) -> bool:
    """Spanish "el paso que le pide la oposición", "las sanciones que le exigía Estados Unidos": a dative pronoun
    between a relative pronoun and its verb makes the pronoun the verb's object, so the verb's subject follows it and
    the dative stands for the main clause's subject (as after `inversion_openers`). Not after a comma or an actor
    ("Brasil, que le pidió a Chile ...": the relative pronoun is the subject, its antecedent acts). After a relative
    adverb, which is never the subject, any clitic does it ("Lima, donde lo recibió el presidente de Perú")."""
    roles = grammar.roles
    datives, relatives = roles.inversion_datives, roles.subject_relatives
    if not datives or not relatives or roles.incise_auxiliaries:
        return False
    clitics = datives | roles.clause_clitics
    i = skip_back(forms, t_start - 1, roles.final_incise)  # "que le habían exigido"
    own = bool(forms[t_start] & clitics)  # a pattern that opens with the pronoun: "(lo|la) recibir"
    if not own and (i < 0 or not forms[i] & clitics):
        return False
    dative = bool(forms[t_start] & datives) if own else bool(forms[i] & datives)
    i = skip_back(forms, i, clitics)
    if i >= 0 and forms[i] & roles.adverb_relatives:
        return True
    if not dative or i < 1 or not forms[i] & relatives:
        return False
    return "," not in forms[i - 1] and not any(g.start <= i - 1 < g.end for g in groups)


def dative_before(t_start: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"como le pidió Brasil": a dative pronoun between the opener and the verb stands for the main clause's
    subject, the one asked."""
    i = skip_back(forms, t_start - 1, grammar.roles.final_incise)
    return i >= 0 and bool(forms[i] & grammar.roles.inversion_datives)


def judged_before_incise(sentence_groups: list[Group], t_start: int, forms: list[frozenset[str]],
                         target_markers) -> Group | None:
    """Whom a closing "..., denunció Manila" accuses: the subject of the clause it reports (the first actor
    of the sentence that no target preposition marks)."""
    comma = next((i for i in range(t_start - 1, -1, -1) if "," in forms[i]), None)
    if comma is None:
        return None
    return next((g for g in sentence_groups if g.end <= comma and g.marker not in target_markers
                 and not g.possessive), None)


def quoted_subject(sentence_groups: list[Group], t_start: int, forms: list[frozenset[str]]) -> Group | None:
    """The first free actor inside the quotation that ends just before an incise: whom the speaker speaks of."""
    close = next((i for i in range(t_start - 1, -1, -1) if forms[i] & ANY_QUOTE_MARKS), None)
    if close is None:
        return None
    opening = next((i for i in range(close - 1, -1, -1) if forms[i] & ANY_QUOTE_MARKS), -1)
    return next((g for g in sentence_groups if opening < g.start and g.end <= close and g.marker is None
                 and not g.genitive and not g.possessive), None)


def speaker_of(g: Group, t_start: int, forms: list[frozenset[str]], grammar: Grammar,
               clause_start: int | None = None) -> bool:
    """The group before a passive or a "mediated by" trigger is the speaker of a reported clause, not its
    subject: a report verb stands between ("Poland said that Ukraine was attacked by Russia",
    "a déclaré que l'accord avait été négocié par le Qatar"), and no pronoun takes the speaker up again
    ("Canada said it was attacked by Russian hackers"). A group outside the trigger's clause speaks when the
    clause opens with the speech verb (`clause_start`: "Biden, who announced the deal, said ...")."""
    first = g.end if clause_start is None else clause_start
    opener = next((i for i in range(first, min(t_start, first + _SPEECH_REACH))
                   if forms[i] & grammar.modality.get("report", frozenset())), None)
    if opener is None:
        return False
    pronouns = grammar.pronouns | grammar.roles.speaker_pronouns
    if all(m.kind in ("leader", "agent") for m in g.members):
        pronouns = pronouns - {"it"}  # "Biden said it had been brokered by France": "it" is no person
    return not any(forms[i] & pronouns for i in range(opener, t_start))


def first_person_before(clause: tuple[int, int], t_start: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """A first-person pronoun ("wir", "we", "nous", "мы") opens the clause or stands right before the verb: the
    clause's subject is the one who speaks."""
    first = grammar.roles.first_person
    return bool(first) and any(forms[i] & first for i in {clause[0], t_start - 1, t_start - 2}
                               if clause[0] <= i < t_start)


def speaker_of_quotation(sentence_groups: list[Group], clause: tuple[int, int], forms: list[frozenset[str]],
                         grammar: Grammar) -> Group | None:
    """A quotation with no actor of its own speaks for whoever the sentence says said it after it:
    "«...», dijo Slutski", "„...“, sagte Kim", "\"...\", said the minister"."""
    if not any(forms[i] & ANY_QUOTE_MARKS for i in range(max(0, clause[1] - 1), min(len(forms), clause[1] + 2))):
        return None
    return _speaker_after(sentence_groups, clause, forms, grammar)


def clause_speaker_after(sentence_groups: list[Group], end: int, forms: list[frozenset[str]],
                         grammar: Grammar) -> Group | None:
    """A clause the sentence attributes after a comma, no quotation marks: "Israel's strikes will not go
    unanswered, the Iranian foreign ministry said", "…, заявили в МИД Ирана", "…, hieß es aus dem Auswärtigen
    Amt": the one named with the speech verb after the first comma after `end` (the trigger's) said it."""
    comma = next((i for i in range(end, min(len(forms), end + INCISE_REACH)) if "," in forms[i]), None)
    if comma is None or any(end <= g.start < comma for g in sentence_groups):
        return None
    return _speaker_after(sentence_groups, (0, comma), forms, grammar)


def _speaker_after(sentence_groups: list[Group], clause: tuple[int, int], forms: list[frozenset[str]],
                   grammar: Grammar) -> Group | None:
    """The actor named with a speech verb right after the clause ends: "..., dijo Slutski", "..., Netanyahu said",
    "..., заявили в МИД России" (an impersonal verb and the institution after its "в")."""
    speech = grammar.speech_verbs  # "..., Lavrov warned"
    after = next((g for g in sentence_groups if g.start >= clause[1]), None)
    if after is None or after.start - clause[1] > INCISE_REACH:
        return None
    if after.marker is not None:
        # "«...», - заявили в МИД России", "- было заявлено в российском МИД": the institution after an impersonal
        # speech verb said it (the verb stands before its "в")
        impersonal = after.marker in grammar.impersonal_markers | {REPORT_SOURCE} and any(
            forms[i] & speech for i in range(clause[1], after.start))
        # "..., the Iranian foreign ministry said": a phrase the reader marked as the report's source, its verb after
        reported = after.marker == REPORT_SOURCE and any(forms[i] & speech for i in range(after.end, min(
            len(forms), after.end + 2)))
        return after if impersonal or reported else None
    # "«...», dijo Slutski", or the speaker first: "\"...,\" Netanyahu said", "„...“, Kim sagte"
    return after if any(forms[i] & speech for i in range(clause[1], min(len(forms), after.end + 2))) else None


def quoted_by_pronoun(clause: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar,
                      groups: list[Group] | None = None) -> bool:
    """A quotation whose speaker is a pronoun in the incise after it ("\"...,\" he said", "„...“, sagte er",
    "«...», a-t-il déclaré", "«...», заявил он"), or a dropped one («...», dijo en un discurso; `groups` tells that
    no name follows the verb): its acts are the pronoun's, whom the article named before."""
    end = clause[1]
    if not any(forms[i] & ANY_QUOTE_MARKS for i in range(max(0, end - 1), min(len(forms), end + 2))):
        return False
    speech = grammar.modality.get("report", frozenset())
    incise = range(end, min(len(forms), end + INCISE_REACH))
    if any(forms[i] & speech for i in incise) and any(forms[i] & grammar.pronouns for i in incise):
        return True
    return groups is not None and _dropped_speaker(end, forms, grammar, groups)


def after_pronoun_incise(t_start: int, tokens: list[Token], forms: list[frozenset[str]], grammar: Grammar,
                         groups: list[Group]) -> bool:
    """'"...," she added, accusing Moscow of ...', «...», a-t-elle ajouté, accusant Moscou de ...', '«...», добавила
    она, обвинив Москву ...': a verb right after the comma that closes the incise of a quotation, whose speaker is a
    pronoun or dropped (no name in the incise), has no subject of its own: it acts for the speaker, whom the article
    named before (a named speaker, "said the minister of Estonia, accusing", is the roles reader's)."""
    if t_start < 3 or "," not in forms[t_start - 1]:
        return False
    quote = next((i for i in range(t_start - 2, max(-1, t_start - 2 - _SHORT_INCISE), -1)
                  if forms[i] & ANY_QUOTE_MARKS), None)
    if quote is None or any(quote < g.start < t_start for g in groups):
        return False  # (a quotation mark, a verb and its pronoun, a comma: the incise says nothing else)
    incise = range(quote + 1, t_start - 1)
    return any(forms[i] & (grammar.pronouns | grammar.roles.dropped_speakers) for i in incise) \
        or _common_noun_speaker(incise, tokens, forms, grammar)


def _common_noun_speaker(incise: range, tokens: list[Token], forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """'"...," added the minister,', '«...», a ajouté la ministre,', '«...», добавила министр,': a speech verb and,
    after it, lower-case words only (an article, a common noun: no name, no capital) speak of the one the article
    named before, as a pronoun does."""
    speech = grammar.modality.get("report", frozenset()) | grammar.roles.incise_verbs | grammar.roles.dropped_speakers
    verb = next((i for i in incise if forms[i] & speech), None)
    if verb is None or verb + 1 >= incise.stop:
        return False
    words = [tokens[i].text for i in incise if tokens[i].text != ","]
    return all(w.isalpha() and w.islower() or w in {"-", "'", "’"} for w in words) \
        and tokens[verb + 1].text.isalpha()


_SHORT_INCISE: Final = 8  # '», a-t-elle ajouté,': the tokens after the quotation mark, to the comma


def _dropped_speaker(end: int, forms: list[frozenset[str]], grammar: Grammar, groups: list[Group]) -> bool:
    """«...», dijo en un discurso televisado: the speech verb right after the quotation's comma has no subject of
    its own (no actor after it in the incise), so the speaker is the one the article named before."""
    words = grammar.roles.dropped_speakers
    if not words:
        return False
    i = end - 1 if end > 0 and forms[end - 1] & ANY_QUOTE_MARKS else end
    while i < min(len(forms), end + 3) and not forms[i] & words:
        if not (forms[i] & ANY_QUOTE_MARKS or "," in forms[i] or forms[i] & grammar.roles.have):
            return False
        i += 1
    if i >= len(forms) or not forms[i] & words:
        return False
    return not any(i < g.start <= i + INCISE_REACH for g in groups)


def speaks_before(forms: list[frozenset[str]], start: int, end: int, grammar: Grammar) -> bool:
    """A speech verb right after a name and before a copula's verdict ("Morocco said the decision was ..."): the
    name reports, it is not the copula's subject."""
    speech = grammar.modality.get("report", frozenset())
    return start < end and bool(forms[start] & speech) and not any("," in forms[i] for i in range(start, end))


def speaks_inverted_before(g: Group, end: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"Auf X erklärte Saar, die Maßnahmen des Gerichts seien ...", "Dann sagte der Minister, ...": a name right
    after a speech verb (its article between) and before the comma that opens the reported clause is the speaker
    of that clause, not its subject."""
    speech = grammar.modality.get("report", frozenset())
    i = skip_back(forms, g.start - 1, grammar.determiners)
    return i >= 0 and bool(forms[i] & speech) and g.end < end and "," in forms[g.end]


def _inverted_impersonal(sentence_groups: list[Group], t_start: int, grammar: Grammar,
                         forms: list[frozenset[str]]) -> Group | None:
    """"Обмен стал возможен ..., отметили в Минобороны России и поблагодарили эмиратскую сторону": after a comma, a
    plural verb, the institution after "в", then "и" and the trigger's own plural verb: the institution that
    spoke is the subject of both verbs (Russian puts the impersonal speaker after its verb when the words come
    first)."""
    if grammar.impersonal_subjects or t_start < 4 or not third_plural_verb(forms[t_start], grammar) \
            or not forms[t_start - 1] & grammar.coordination:
        return None
    body = next((g for g in sentence_groups if g.end == t_start - 1), None)
    if body is None or body.marker != REPORT_SOURCE and body.marker not in grammar.impersonal_markers:
        return None  # (after a speech verb the institution is read as the one reporting)
    verb = body.start - 1
    while verb > 0 and forms[verb] & grammar.impersonal_markers:
        verb -= 1
    return body if verb > 0 and third_plural_verb(forms[verb], grammar) and "," in forms[verb - 1] else None


_INSERT_WORDS: Final = 3  # "напротив", "в свою очередь", "в то же время"


def _past_insert(at: int, t_start: int, sentence_groups: list[Group], forms: list[frozenset[str]],
                 grammar: Grammar) -> int:
    """Where the words after an opening place go on past an inserted phrase between two commas (at most
    `_INSERT_WORDS` words, no verb, no actor: "В Москве, напротив, осудили", "В Пекине, в свою очередь, ..."): the
    token after the second comma, or `at` itself where no such phrase stands there."""
    if at >= t_start or "," not in forms[at]:
        return at
    close = next((i for i in range(at + 1, min(at + 2 + _INSERT_WORDS, t_start)) if "," in forms[i]), None)
    if close is None or close == at + 1 or any(at < g.start < close for g in sentence_groups):
        return at
    if any(not any(w.isalpha() for w in forms[i]) or any(grammar.verb_lemma(w) for w in forms[i])
           for i in range(at + 1, close)):
        return at
    return close + 1


def impersonal_speaker(sentence_groups: list[Group], t_start: int, grammar: Grammar,
                       forms: list[frozenset[str]]) -> Group | None:
    """Russian "В МИД России заявили, что ...", "В Кремле осудили удар": a sentence (or a part after a semicolon
    or colon: "...; в Москве обвинили в ударе ...") that opens with an institution after "в" and a plural verb
    without a subject says the institution acted; so does a place after "in", "à", "en" with an impersonal subject
    ("In Vilnius verurteilte man", "À Paris, on a condamné", "En Varsovia se condenó", "In Warsaw, officials ...")."""
    if not grammar.impersonal_markers or not sentence_groups:
        return None
    inverted = _inverted_impersonal(sentence_groups, t_start, grammar, forms)
    if inverted is not None:
        return inverted
    opening = next((i + 1 for i in range(t_start - 1, -1, -1) if forms[i] & STRONG_BREAKS), 0)
    first = next((g for g in sentence_groups if g.start >= opening), None)
    if first is not None and first.marker == REPORT_SOURCE and first.end < t_start and "," in forms[first.end]:
        # "По словам Пескова, в Кремле приветствуют ...": the informant's phrase opens the sentence
        opening = first.end + 1
        first = next((g for g in sentence_groups if g.start >= opening), None)
    if first is None or first.marker not in grammar.impersonal_markers or first.start > opening + 1 \
            or first.start >= t_start:
        return None
    if grammar.impersonal_subjects:
        # "In Vilnius verurteilte man", "À Paris, on a condamné", "En Varsovia se condenó": the impersonal subject
        # stands close to the place, before the trigger or (German verb second) right after it
        for i in range(first.end, min(t_start + 3, len(forms))):
            if forms[i] & grammar.impersonal_subjects:
                return first
            if i > first.end and forms[i] & (STRONG_BREAKS | {","}):
                return None
        return None
    if not any(grammar.verb_lemma(f) for f in forms[t_start]) and \
            not any("," in forms[i] for i in range(first.end, t_start)):
        return None  # "В МИД Украины расценили удар как ...": a noun the verb takes, not the institution's act
    # (an inserted word between two commas is no break: "В Москве, напротив, осудили ...", "В Пекине, в свою очередь,
    # раскритиковали ...")
    after = _past_insert(first.end, t_start, sentence_groups, forms, grammar)
    for i in range(after, min(after + 4, len(forms))):
        if "," in forms[i] or i > t_start:
            return None
        if forms[i] & grammar.occurrence_verbs:
            return None  # "В Москве прошли переговоры": the talks took place there
        if third_plural_verb(forms[i], grammar):
            return first  # "заявили", "пообещали", "приветствуют", "считают": the third person plural of a verb
    return None
