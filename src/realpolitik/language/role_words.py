"""The function words the role finder reads, per language: data/rules/roles/<lang>.yaml, loaded once.

Why a file of their own: they are grammar (which pronoun opens a relative clause, which word makes a co-agent),
not rules, and belong to one language each; the rule files stay the lexicon.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources
from typing import Any

from realpolitik.data_yaml import safe_load
from realpolitik.errors import DataFileError
from realpolitik.language.date_patterns import month_names
from realpolitik.language.tokens import elided_words


@dataclass(frozen=True)
class RoleWords:
    """Words of one language, lower-cased, as the role finder matches them against token forms."""

    # ", which sanctioned", ", qui a signé", ", которая ввела": the relative clause's subject is the pronoun
    subject_relatives: frozenset[str] = frozenset()
    # ", whom", ", que", ", которую": forms of a relative pronoun that are never the clause's subject
    object_relatives: frozenset[str] = frozenset()
    # Spanish ", a la que acusa", ", al que": a preposition before the relative pronoun that makes it the object
    object_relative_openers: frozenset[str] = frozenset()
    # "с X, а также с Y", "with X and also with Y": adverbs that join a second phrase like a conjunction
    coordinating_adverbs: frozenset[str] = frozenset()
    # "After talks with Iran, Russia and China agreed": a sentence opening with one of these prepositions ends
    # that phrase at its first comma, so the actor before the comma is no member of the list after it
    fronted_openers: frozenset[str] = frozenset()
    object_pronouns: frozenset[str] = frozenset()  # "accusing him of ...": the verb's object is the pronoun
    # "accusing the group of violating ...": after an object that names no actor, the preposition that opens the
    # charge; the names after it are the charge's, and the one charged is not known
    charge_prepositions: frozenset[str] = frozenset()
    # "pidió a sus socios que ...", "urged its partners to ...": the personal preposition before an appeal's addressee
    # (`addressee_markers`, Spanish "a") and the words after it that open what the addressee is asked
    # (`asked_openers`); an addressee of no actor we know leaves the names in the asked clause no addressee
    addressee_markers: frozenset[str] = frozenset()
    asked_openers: frozenset[str] = frozenset()
    # "pidió este lunes a sus socios que ...": the words of a day that may stand between the verb and its addressee
    addressee_time_words: frozenset[str] = frozenset()
    # "a condamné X pour ses frappes", "condemned X for its strikes": the preposition of a verdict's reason; the act
    # noun after it (and its article or possessive) is what is blamed, no act of the one who judges
    verdict_reasons: frozenset[str] = frozenset()
    # "a dénoncé devant le Conseil de sécurité ...", "denounced before the Security Council": the forum a verdict is
    # spoken before; the body it names is the audience, no party judged
    forum_prepositions: frozenset[str] = frozenset()
    # "in a letter to the UN", "lodged a note with the United Nations": a written channel's noun; the body after its
    # preposition is where the text went (as after a forum preposition), no party judged
    forum_nouns: frozenset[str] = frozenset()
    # "a averti samedi à Singapour que ...", "обвинил в Катаре Иран ...": a place right after the verb, before its
    # clause or its object, is where it was said; these prepositions never mark the addressee there
    venue_prepositions: frozenset[str] = frozenset()
    # "a proposé d'accueillir à Lima une réunion": after a verb of hosting, a place behind a venue preposition is where
    # the offered talks would be held, no side of them (events/roles_places.host_venue)
    host_verbs: frozenset[str] = frozenset()
    host_prepositions: frozenset[str] = frozenset()
    # "lodged a protest over what it called dangerous manoeuvres by Chinese vessels": the verb of a free relative that
    # names the judged act ("what it called", "what Seoul termed"); the act noun after it is judged, no act of the judge
    naming_verbs: frozenset[str] = frozenset()
    free_relatives: frozenset[str] = frozenset()  # "what" before the naming verb
    # "Iran protested after Israeli strikes on its nuclear sites": a possessive after an act noun's preposition names
    # the sentence's subject as the one acted on (French reads it from participle_auxiliaries: "contre son territoire")
    owner_possessives: frozenset[str] = frozenset()
    # "condemned the shelling of Polish territory", "l'espace aérien de la Pologne": the nouns of a place a state owns;
    # its owner (demonym, genitive) is where a judged act was done, no party judged (events/roles_places.owner_of_place)
    owned_place_nouns: frozenset[str] = frozenset()
    complementizers: frozenset[str] = frozenset()  # "warned that an attack ...": the noun is the reported clause's
    elided_complementizers: frozenset[str] = frozenset()  # French "qu'": any word elided onto it is one
    que_article: frozenset[str] = frozenset()  # French "qu'une": "que" and an article, a noun follows
    # French "l'", "l’": the definite article elided onto the word after it ("l'accord", "l'Arabie saoudite", "l'a
    # invité" for the pronoun): read by the role finder (events/roles_objects, events/noun_acts) and the reference
    # readers (actors/reference/counted, actors/reference/bodies), wherever the tokenizer leaves it on the word or apart
    elided_articles: frozenset[str] = frozenset()
    # French "d'", "d’": the preposition (or partitive article) "de" elided onto the word after it ("l'ambassadeur
    # d'Iran", "lors d'une visite"): read where the tokenizer leaves it on the word or apart
    elided_prepositions: frozenset[str] = frozenset()
    speaker_pronouns: frozenset[str] = frozenset()  # "Canada said it was attacked": the speaker again
    # "„Wir fordern Peking auf ...“, sagte ein Sprecher": a quotation's own subject is the one who says it
    first_person: frozenset[str] = frozenset()
    # Spanish «Condenamos ...», dijo el canciller: endings of a first-person verb that drops its pronoun; the speaker
    # after the quotation attaches where the verb stands, as he would where "nosotros" stood
    first_person_endings: frozenset[str] = frozenset()
    # "Además, acusaron a Argelia", "Zudem warfen sie Algerien ... vor": endings of a finite verb in the third person
    # plural, where the pronoun is dropped or says no number ("sie" is "she" and "they"): the subject stands for every
    # subject of the latest lead act, as a plural pronoun does (events/dropped_subject.plural_verb_subject)
    third_plural_endings: frozenset[str] = frozenset()
    # "Москва выслала нас", "нам угрожают": the object forms by which an interviewee speaks of her government in her
    # turns (actors/turns.py, actors/interview.py), beside the subject pronouns above
    first_person_forms: frozenset[str] = frozenset()
    # "deux de nos diplomates", "наши ракеты": the possessives by which she speaks of her state itself
    first_person_possessives: frozenset[str] = frozenset()
    # "se sont accusés mutuellement de ...": the reciprocal words that are never a mere reflexive (not German "sich");
    # by the verb they make the coordinated subjects each other's target, whatever the charge names after them
    reciprocal_adverbs: frozenset[str] = frozenset()
    # "nous avons expulsé" (subject) against "Moscou nous menace" (object, before a verb of the third person): the
    # endings of the verb a first-person subject takes; where given, a subject pronoun before another verb is left out
    first_person_verb_endings: frozenset[str] = frozenset()
    have: frozenset[str] = frozenset()  # ", has said the minister": an auxiliary before an inverted speech verb
    # "left without signing the accord", "sin firmar", "sans avoir signé", "ohne ... zu unterzeichnen", "без
    # подписания": a preposition by which the act right after it did not happen (negated, EVAL.md)
    privatives: frozenset[str] = frozenset()
    # "nach türkischen Luftangriffen ... keine Genehmigungen mehr erteilt", "bei Gesprächen in Washington nicht ...
    # einigen können": a preposition of time or cause whose phrase holds an act noun; the main clause's negation is
    # not the noun's (events/negation.py circumstance_opening)
    circumstance_prepositions: frozenset[str] = frozenset()
    # "despite US warnings", "trotz der Warnungen", "pese a las advertencias", "malgré les mises en garde", "несмотря на
    # предупреждения": a concession (one string each, words separated by a space); a warning named in it is background
    concessives: frozenset[str] = frozenset()
    # "в связи с", "because of", "wegen", "en raison de", "a causa de": a phrase of cause (one string each, words
    # separated by a space) between a verdict and a measure: the measure told as the verdict's cause is its own
    # agent's act, no object of the verdict (events/verdict_objects.py); not the prepositions that also name what a
    # verdict is for (`verdict_reasons`)
    cause_phrases: frozenset[str] = frozenset()
    co_agent_words: frozenset[str] = frozenset()  # "together with", "gemeinsam mit", "junto con", "вместе с"
    # "met X as well as Y", "X ainsi que Y", "X así como Y", "X, а также Y": several words that join two actors of
    # one list like a conjunction (one string each, words separated by a space)
    additive_links: frozenset[str] = frozenset()
    # "struck Houthi positions alongside US forces": a preposition whose actor acts with the subject (no other
    # preposition between them); "joined Britain in condemning": a verb whose object, before "in" and the act, acts
    # with the subject
    co_agent_prepositions: frozenset[str] = frozenset()
    # "the weapons promised to Ukraine": the prepositions after which a participle right after a common noun
    # modifies that noun (no agent of ours), where an active verb would take its object
    modifier_prepositions: frozenset[str] = frozenset()
    # "firms that supplied Russia": relative pronouns that, with no comma before them and right before the verb,
    # make the noun before them its subject
    restrictive_relatives: frozenset[str] = frozenset()
    co_agent_verbs: frozenset[str] = frozenset()
    # "joined Britain in condemning", "se sumó a Francia en la firma", "se unió a Alemania para condenar": the words
    # after a verb of joining's object that open the act it joins (`co_agent_links`), and the prepositions that may
    # mark that object (`co_agent_objects`, Spanish "a")
    co_agent_links: frozenset[str] = frozenset()
    co_agent_objects: frozenset[str] = frozenset()
    # "with the support of Belgium", "mit Unterstützung Belgiens", "con el apoyo de Bélgica", "avec le soutien de la
    # Belgique": a preposition (`backer_prepositions`) before a noun of backing (`backer_nouns`) whose owner backs the
    # subject's act; the backer is no party of that act (roles.py `_backers`), only of the backing itself
    backer_prepositions: frozenset[str] = frozenset()
    backer_nouns: frozenset[str] = frozenset()
    # "le soutien des États-Unis face à la Chine": the word before a preposition that makes its actor the one faced,
    # never the partner of a cooperative act
    adversary_words: frozenset[str] = frozenset()
    parse_relatives: frozenset[str] = frozenset()  # a parse's relative pronouns that are a clause's subject
    # «...», a exigé le ministre: the auxiliaries that may stand between a closing quote's comma and a verb whose
    # subject follows it (French incise); a language without the list keeps its subject before the verb
    incise_auxiliaries: frozenset[str] = frozenset()
    # "..., denunció Manila.": the auxiliaries that may stand between a comma and a verb that closes the sentence
    # with its subject after it, no quotation needed (Spanish); an accusation there judges the clause before it
    final_incise: frozenset[str] = frozenset()
    incise_verbs: frozenset[str] = frozenset()  # English: only these verbs put their subject after them
    # German "Das Emirat habe viel getan, lobte Guterres.": a verb after the comma puts its subject after it only
    # behind a reported clause, which one of these (the subjunctive of reports) marks; without them a comma there may
    # close a relative clause on the subject ("Polen, das an Belarus grenzt, kritisierte Russland.")
    incise_moods: frozenset[str] = frozenset()
    # Spanish «...», dijo en un discurso: speech verbs that, right after a quotation's comma with no name after them,
    # have a dropped subject (the language names no pronoun): the quotation is the latest speaker's, as with "he said"
    dropped_speakers: frozenset[str] = frozenset()
    # "ce que dément Alger": a word after which a finite verb comes before its subject
    inversion_openers: frozenset[str] = frozenset()
    # Spanish "como le pidió Brasil": dative pronouns that may stand between an inversion opener and its verb
    inversion_datives: frozenset[str] = frozenset()
    # Spanish "Lima, donde lo recibió el presidente de Perú": a relative adverb is never the verb's subject; after
    # it an object pronoun before the verb puts the subject after the verb (roles_speech.inverted_after_relative)
    adverb_relatives: frozenset[str] = frozenset()
    # "l'a invité", "lui a demandé": object pronouns that stand before the verb (or its auxiliary) and stand for
    # an actor named before; the words that may come between them and the verb ("ne l'a pas accusé")
    object_clitics: frozenset[str] = frozenset()
    clitic_adverbs: frozenset[str] = frozenset()
    # Spanish "... y Hungría lo justificó": object and reflexive pronouns that may stand between the subject of a
    # coordinated clause and its verb (roles_coordinated_clause.split_clause_subject)
    clause_clitics: frozenset[str] = frozenset()
    # "Hundreds of Iranians rallied": a number noun before "of" is no noun governing the name; the name heads the
    # phrase (the subject), where "the president of Iran" makes Iran a genitive
    quantifiers: frozenset[str] = frozenset()
    # German "hat im Juni zwei Mitarbeiter der russischen Botschaft ausgewiesen": a cardinal opens a noun phrase as
    # an article does, so the "im" of the time before it governs no name after it (digits count as well)
    cardinals: frozenset[str] = frozenset()
    # "ließ mehr als zwanzig Verdächtige festnehmen", "has arrested more than 2,000 people", "detuvo a una veintena de
    # personas", "несколько из которых арестованы": number and count words beyond `cardinals` and `quantifiers`
    # that count the people or things an act is done to (events/article_sides.counted; digits count as well)
    head_counts: frozenset[str] = frozenset()
    # German "Laut der Regierung", "Trotz der Warnungen": prepositions and adverbs, none of the role finder's markers,
    # that may open a clause before a dative or genitive article; such a word is no bare subject noun whose genitive
    # owns the subject ("Schiffe der Küstenwache haben ... beschossen": the coast guard acts)
    bare_noun_blockers: frozenset[str] = frozenset()
    # "Critics of the Kremlin accused ...", "Les alliés de l'Ukraine ont ...": subject nouns whose "of" phrase names
    # the one they stand against or with, not their owner; that actor does not act for them
    relational_nouns: frozenset[str] = frozenset()
    clitic_lookalikes: frozenset[str] = frozenset()  # subject or stressed pronouns lemmatised like an object one
    # "urged China to ...": verbs whose object carries out the infinitive after it; after any other verb the
    # infinitive is the subject's purpose ("summoned the US ambassador to lodge a protest"). Empty: the object
    object_control: frozenset[str] = frozenset()
    # "thanked Japan for sending relief", "a remercié le Japon d'avoir envoyé": verbs of thanks and praise, and the
    # prepositions of their reason; the act the reason names is the object's, not the thanker's
    credit_verbs: frozenset[str] = frozenset()
    credit_reasons: frozenset[str] = frozenset()
    # "Within days Sudan severed ...", "In recent weeks Kenya expelled ...": nouns of a span of time (the month names
    # join them, `role_words`) and the words that qualify them (with years): a place or circumstance preposition that
    # governs only them ends its phrase before the name
    time_nouns: frozenset[str] = frozenset()
    time_modifiers: frozenset[str] = frozenset()
    # Russian "с Руандой, которую обвиняет в агрессии": an object form of the relative pronoun right before the verb,
    # the subject dropped (the main clause's, as after ", a la que acusa")
    dropped_subject_relatives: frozenset[str] = frozenset()
    # Russian "Тайвань, с которым Гондурас разорвал отношения", "Литва, против которой Минск ввёл санкции": a
    # preposition before an object form of the relative pronoun; the name before the comma is the verb's object
    relative_prepositions: frozenset[str] = frozenset()
    # Russian "Франция, чьих военных Мали выслала": a relative of possession before the clause's object noun; the
    # name before the comma owns what the verb acts on, so it is the verb's object
    possessive_relatives: frozenset[str] = frozenset()
    # Russian has no "to": the infinitive after such a verb's object is known by its ending ("призвал Руанду вывести")
    infinitive_endings: frozenset[str] = frozenset()
    # Spanish "..., horas después de que X rompiera ...": a conjunction phrase, with or without a comma (a few
    # words of time may stand between), opens a clause with its own subject; the main clause ends before it
    subordinate_phrases: frozenset[str] = frozenset()
    # "... y Honduras hizo lo mismo": phrases (words or lemmas) that repeat the latest act with a subject of their own
    same_act_phrases: frozenset[str] = frozenset()
    # "Algiers took an identical measure", "eine ähnliche Maßnahme", "аналогичные меры": a word of likeness right
    # before or after one of the `step_nouns` (not a deal noun) repeats the latest act as `same_act_phrases` do (word
    # or lemma; the phrases are made in `_same_acts`)
    likeness_words: frozenset[str] = frozenset()
    # "En términos parecidos se pronunció México": phrases (words or lemmas) that tell a reaction as the same words as
    # the latest speaker's (events/same_words.py)
    same_words_phrases: frozenset[str] = frozenset()
    # "called on all parties to respect the result", "rief zu einer sofortigen Waffenruhe auf": the words (forms or
    # lemmas) that address the sides of a conflict without naming them, or say what is asked of them (a truce,
    # restraint, talks); a bare appeal (CAMEO 020) goes to the article's focal dyad only with one of them
    # (events/article_sides.py focal_target)
    party_words: frozenset[str] = frozenset()
    # "toutes les parties", "todas las partes", "все стороны", "all the sides": a word of every member before a pair
    # reference; such sides are the two of a conflict, none where the two it was read as never fought
    # (events/article_sides.py unfought_sides)
    universal_words: frozenset[str] = frozenset()
    # "Opposition parties have called on President Ramaphosa to ...", "un député a réclamé ...": words for a domestic
    # speaker (opposition, parliament, deputies) that the actor lists code as no state; an appeal they make is none by
    # the other side of the article's dyad (events/article_sides.py focal_target)
    domestic_speakers: frozenset[str] = frozenset()
    # "La comunidad judía, en cambio, pidió al Mandatario ...", "La Confederación Nacional de la Industria, la mayor
    # patronal del país, pidió al Gobierno ...": the head nouns of a subject that is no state (a community, an
    # employers' body, organisations); a state its sentence names only inside that subject, or one the article named
    # before, is not who acts (events/trigger_corrections.py nonstate_subject)
    nonstate_subjects: frozenset[str] = frozenset()
    # "Nach Kanada und Australien hat auch Frankreich Palästina anerkannt": a preposition opening the sentence on the
    # actors who did its act first, and the word before the subject that says it does the same
    # (events/article_phrases.py precedents)
    precedent_openers: frozenset[str] = frozenset()
    also_words: frozenset[str] = frozenset()
    # "Niamey a rappelé son ambassadeur, comme Bamako et Ouagadougou": a word of comparison after a comma, then a list
    # of actors that closes the clause, names others who did the act told before the comma; the words that may stand
    # between the word and the list ("comme l'ont fait le Cameroun et ..."), and those that may close the list
    # ("comme le Royaume-Uni avant elle") besides punctuation and the sentence's end (events/article_phrases.py
    # compared)
    comparison_openers: frozenset[str] = frozenset()
    comparison_fillers: frozenset[str] = frozenset()
    comparison_closers: frozenset[str] = frozenset()
    # French "accuser X de/d'": the word that opens the charge after the accused; where an accusation's pattern reaches
    # past it to the crime's noun, an act from there on is the charge's content (events/sentence_state.py)
    charge_markers: frozenset[str] = frozenset()
    # "the Iranian president and then US President Trump": words that date the title of a listed actor; they stand
    # in the list's gap like an article
    title_qualifiers: frozenset[str] = frozenset()
    # Russian "его", "её", "их" before an act noun: a possessive that never stands for its own clause's subject
    # (that is "свой"), so the noun's agent is another actor named before it ("Китай критикует США и их санкции")
    other_possessives: frozenset[str] = frozenset()
    # French "son", "sa", "ses" before an act noun: a singular possessive, which cannot stand for a subject that
    # lists two or more states ("la Finlande, la Pologne et la Roumanie ... depuis son invasion de l'Ukraine")
    singular_possessives: frozenset[str] = frozenset()
    # "expelled two diplomats after a senior official travelled to Kyiv": subordinators that open an adverbial
    # clause after the main clause's predicate; a clause whose subject is a phrase of no known actor is not the
    # main subject's act
    adverbial_subordinators: frozenset[str] = frozenset()
    # "condemned the strike and said Tehran would respond": speech verbs that, right after a conjunction, open a
    # coordinated clause whose actors are the reported clause's, not the first verb's
    joined_speech: frozenset[str] = frozenset()
    # Russian "Макрон, посетивший Киев, пообещал ...", "Страны, поддерживающие Украину, осудили ...": a comma and an
    # active participle (by these endings, not the listed adjectives) open an inserted clause whose subject is the
    # noun before the comma; the main clause goes on after the next comma and takes none of its actors
    relative_participle_endings: frozenset[str] = frozenset()
    not_relative_participles: frozenset[str] = frozenset()  # "бывший", "будущий", "общий": adjectives
    # "к международным организациям, включая ООН": after a comma, the word that makes an actor part of the noun
    # phrase before it, with that phrase's preposition (or none: then it is as free as that phrase)
    inclusion_words: frozenset[str] = frozenset()
    # German "Den Iran beschuldigte Israel ...", "dem Kosovo warf Serbien vor": articles of the accusative and
    # dative only; a name after them (and its adjectives) is an object wherever it stands, never the subject
    oblique_articles: frozenset[str] = frozenset()
    # German "die Türkei, die die neue Führung unterstützt": relative pronouns and articles whose nominative and
    # accusative are one form, and the endings of a finite verb in the third person singular ("unterstützt",
    # "hatte"); such a pronoun before such an article is the subject of a clause whose verb is singular
    # (events/roles_relatives.py subject_first_relative)
    case_ambiguous_relatives: frozenset[str] = frozenset()
    case_ambiguous_articles: frozenset[str] = frozenset()
    third_singular_endings: frozenset[str] = frozenset()
    # "Indien und Pakistan beschossen sich", "beschuldigten sich gegenseitig", "greifen einander an": words by which
    # coordinated subjects act on each other; with no object of its own, the act goes both ways between them
    reciprocal_words: frozenset[str] = frozenset()
    # Russian "обвиняют друг друга", "возлагают друг на друга ответственность": reciprocal words that count only by
    # the trigger (within it, one word before or two after), not for another act of the clause ("обязались защищать
    # друг друга в случае нападения": no attack between them)
    near_reciprocal_words: frozenset[str] = frozenset()
    # German "Japan und Australien äußerten sich besorgt über ...", "Frankreich und Italien schlossen sich der Kritik
    # an", "zeigten sich besorgt": verbs whose "sich" is their own reflexive, never "each other"; in a clause with one
    # of them only the reciprocal adverbs ("gegenseitig", "einander") make coordinated subjects each other's target
    reflexive_verbs: frozenset[str] = frozenset()
    # "Russia and Belarus began their Zapad exercise", "США, Япония и Южная Корея провели трехсторонние учения": the
    # nouns of a military exercise (a leading "*" matches a compound's end: "*manöver"); an exercise two or more
    # states hold together is their military cooperation (CAMEO 062, as the study articles' gold codes it), not each
    # one's show of force (events/assembly._joint_exercise)
    exercise_words: frozenset[str] = frozenset()
    # "could impose sanctions if Taiwan ...": a hostile act under a modal with a condition is a threat (EVAL.md)
    conditions: frozenset[str] = frozenset()
    # "zwischen Kongo und dem Nachbarland Ruanda": a noun that describes the name right after it, inside a list
    apposed_descriptors: frozenset[str] = frozenset()
    # "drohte mit Vergeltung, nachdem die USA Zölle verhängt hatten": the clause of the act a threat answers; with no
    # target of its own the threat is aimed at the party that clause names
    provocations: frozenset[str] = frozenset()
    # "sanctions on officials from Canada", "Sanktionen gegen Firmen aus China": the preposition that names where the
    # people or firms a sanction hits come from; with no other object that state is the one sanctioned
    origin_markers: frozenset[str] = frozenset()
    # "поблагодарила партнёров из Евросоюза", "thanked partners from the EU": people named by their role (the lemma
    # right before an origin marker) stand for the state or body they come from, the act's object
    origin_heads: frozenset[str] = frozenset()
    # "Election observers from the EU and the Commonwealth endorsed the vote", "Officials from Qatar praised the deal":
    # people named by their role (the lemma right before an origin marker) at the head of the clause's subject stand
    # for the state or body they come from, the act's source (roles_source_steps.origin_subject)
    origin_subjects: frozenset[str] = frozenset()
    # "запрет на ввоз азербайджанской хурмы": import nouns whose genitive is the goods; a state's adjective right
    # after one names where the goods come from (the one a ban hits), never the noun's agent (events/roles_marks.py)
    goods_nouns: frozenset[str] = frozenset()
    # "назвал учения «очередной провокацией Минска»": the instrumental nouns by which "назвать" tells a verdict; a name
    # right after one is the author of what is judged (the verdict's target), not the trigger noun's agent
    judged_complements: frozenset[str] = frozenset()
    # "verurteilte die Ballonflüge aus Belarus", "die Drohnenangriffe aus Russland": ends of act nouns whose origin
    # phrase (`origin_markers`) names the act's author, whom a verdict on the act judges
    judged_act_heads: frozenset[str] = frozenset()
    # "verurteilte den Putsch in Niger", "condenó la represión en Venezuela": the preposition of a place phrase right
    # after a verdict's object noun; the state named there is where the judged conduct took place, the one judged
    conduct_places: frozenset[str] = frozenset()
    # "Der britische „Guardian“ schreibt", "die polnische „Rzeczpospolita“ fordert": verbs (lemmas) by which a paper
    # quoted by its title speaks in a press review; the demonym before the title names the paper, no state
    press_verbs: frozenset[str] = frozenset()
    # Russian "О введении санкций против Ирана объявили США и Великобритания": a clause that opens with an act noun
    # after one of `topic_prepositions` and then a verb of `topic_verbs` has its subject after that verb, the act's
    # agent
    topic_prepositions: frozenset[str] = frozenset()
    topic_verbs: frozenset[str] = frozenset()
    # "held talks about Cyprus", "провели переговоры о Кипре", "переговоры про Кипр": prepositions whose phrase names
    # what is talked or written about; the names in it (and its genitives) are marked by them, no bare object of the
    # verb before them, and no party but for a rule that names the preposition among its own target markers
    topic_markers: frozenset[str] = frozenset()
    # Spanish "las sanciones que la UE impuso a Rusia", Russian "санкции, которые Евросоюз ввёл против России": relative
    # pronouns that, right after an act noun (a comma before them in Russian) and before a name, open a clause whose
    # subject is that name (besides `object_relatives`, where the pronoun is always the object)
    act_relatives: frozenset[str] = frozenset()
    # Russian "санкции, введённые Евросоюзом против России", "Введённые Вашингтоном санкции": the stems of passive
    # participles that carry out an act noun; the name in the instrumental right after one is the act's agent
    support_participles: frozenset[str] = frozenset()
    # "a violation of Security Council resolutions", "Verstoß gegen die Souveränität Katars": a noun of breaking a
    # norm and the norms; the norm's owner is wronged or cited, no side of a verdict on the act
    # "accusations by Kyiv that Minsk ...", "acusaciones de Kiev de que", "selon lesquelles", "в том, что": words
    # that open an accusation noun's content clause, whose subject is the accused
    content_openers: frozenset[str] = frozenset()
    # "signed in the presence of Meloni", "im Beisein von Meloni unterzeichnet": the noun after which the names
    # present at an act follow; they witness it and are no party of it
    witness_nouns: frozenset[str] = frozenset()
    # "a signé l'accord sans les États-Unis", "a summit without Russia": the preposition before a name that is absent
    # from the act; no party of it
    absence_words: frozenset[str] = frozenset()
    # "без участия Армении", "sin la participación de Armenia", "without the participation of Armenia": a noun of
    # taking part between the absence word and the name (its genitive marker and articles after it); the name is
    # absent all the same
    absence_nouns: frozenset[str] = frozenset()
    # "un accord autorisant le déploiement de troupes", "a pact that allows joint drills", "ein Abkommen, das
    # gemeinsame Manöver erlaubt": what an agreement (`terms_nouns`) permits (`terms_permissions`, present forms: a
    # past "allowed" may tell what it let happen) is its terms, to be carried out, no act (events/modality_governing.py)
    terms_nouns: frozenset[str] = frozenset()
    # ", but he praised South Africa", ", mais il a salué": after a comma, an adversative conjunction (`adversatives`)
    # before a subject pronoun or an auxiliary (`adversative_openers`) opens a clause of its own; the first verb's
    # roles stop at it (not ", but each is allied with": a subject that may stand for the names before)
    adversatives: frozenset[str] = frozenset()
    adversative_openers: frozenset[str] = frozenset()
    # ", mientras que China, primer socio de Bolivia, pidió ...": a subordinator of contrast ("whereas") followed by
    # "que" or by an actor opens a clause with a subject of its own that runs to the sentence's end; the comma after
    # that subject closes an apposition, not an inserted clause (events/clauses.py _comma_cuts)
    contrast_subordinators: frozenset[str] = frozenset()
    # "a appelé les deux pays à la retenue et proposé ses bons offices", "a exhorté le Rwanda à retirer ses troupes et
    # suspendu son aide": a past participle (`coordinated_participle_endings`) right after a conjunction, an auxiliary
    # of the perfect (`coordinated_auxiliaries`) or none between, is a finite verb sharing the first one's subject,
    # out of reach of a demand before it (a demanded act is an infinitive: "à retirer ... et à négocier")
    coordinated_participle_endings: frozenset[str] = frozenset()
    coordinated_auxiliaries: frozenset[str] = frozenset()
    # "Moscou salue, Paris se tait", "L'Iran a condamné, l'Arabie saoudite s'est tue": main clauses joined by a comma
    # alone, as French titles and subheads write them; after the comma a name and then one of these (a clitic, a
    # negation) or a verb (`juxtaposed_lemma_endings`: an inflected word whose lemma is an infinitive) opens a clause
    # with a subject of its own (events/clauses.py `_juxtaposed_main_clause`)
    juxtaposed_openers: frozenset[str] = frozenset()
    juxtaposed_lemma_endings: frozenset[str] = frozenset()
    terms_permissions: frozenset[str] = frozenset()
    # "Berlin welcomed the step", "Moscou a condamné cette décision": a noun that sums up one party's act, after one
    # of `anaphoric_determiners` (a definite article or demonstrative, not "a step": new information); a verdict on
    # it with no target judges the author of the latest such act by another party (events/article_acts.py step_author)
    step_nouns: frozenset[str] = frozenset()
    # "a salué « une étape encourageante »", "a dénoncé une « trahison »": a noun that labels the act judged, after one
    # of `label_determiners` (an indefinite article: the label is new, the act it names is not) and an opening quote
    # if any; a verdict so labelled with no target judges the step's author as a step named again does
    label_nouns: frozenset[str] = frozenset()
    label_determiners: frozenset[str] = frozenset()
    label_blockers: frozenset[str] = frozenset()  # "a salué ce contrat comme un « signal fort »": the object labelled
    # "the EU welcomed the agreement": a noun for a deal after one of `anaphoric_determiners`; a praise of it with no
    # target praises the sides of the latest deal, not of a call or a meeting told after it
    # (events/article_acts.py welcomed)
    deal_nouns: frozenset[str] = frozenset()
    # "Австралия приветствовала сделку", "Гутерриш приветствовал договоренность": a language with no articles names
    # the deal told before by the bare noun, so these deal nouns need no determiner (the `deal_nouns` do)
    bare_deal_nouns: frozenset[str] = frozenset()
    # "the EU welcomed the resumption of the talks", "celebró la reanudación del diálogo": a noun for talks told before,
    # after one of `anaphoric_determiners` or `talk_determiners` ("la reprise des discussions"), or bare in a language
    # with no articles (`bare_talk_nouns`: "приветствовал возобновление переговоров"); a praise of them with no target
    # praises the two sides of the latest talks or deal between two others (events/article_acts.py talk_sides)
    talk_nouns: frozenset[str] = frozenset()
    talk_determiners: frozenset[str] = frozenset()
    bare_talk_nouns: frozenset[str] = frozenset()
    # "Montenegro rejected the remarks", "Moscou a condamné ces propos": a noun for words said before, after one of
    # `anaphoric_determiners`; a verdict on them with no target judges the speaker of the earlier sentences
    speech_nouns: frozenset[str] = frozenset()
    # "zeigte sich besorgt über die Lage", "expresó su preocupación por la situación", "выразили обеспокоенность
    # эскалацией": a noun for a state of affairs, which no one is said to have caused; a concern or verdict on it
    # charges no one the sentence does not name (events/verdict_objects.py situation_judged)
    situation_nouns: frozenset[str] = frozenset()
    # "condemned the deliveries", "kritisierte die Schließung", "rechazó el cierre", "dénonce la fermeture", "осудил
    # высылку": the nouns of an act of a kind, each written "CAMEO noun" (the kind's code, then the noun: "163
    # closure"), the derivations of the language's verbs of closing, expelling, delivering, deploying, arresting; a
    # verdict on one with no target judges the author of the article's latest act of that kind
    # (events/article_phrases.py kind_nouns_named, `act_kinds`)
    act_kind_nouns: frozenset[str] = frozenset()
    anaphoric_determiners: frozenset[str] = frozenset()
    # "Доха осудила этот удар", "condemned this attack", "verurteilte diesen Angriff": a demonstrative (one word may
    # stand between: "этот ракетный удар") points at the act told just before, not at one told earlier with the same
    # word (events/article_phrases.py pointed_back); the definite articles of `anaphoric_determiners` do not
    demonstratives: frozenset[str] = frozenset()
    violation_nouns: frozenset[str] = frozenset()
    # "a dénoncé un « chantage » et saisi l'OMC", "verurteilte eine „Aggression“ und rief den Sicherheitsrat an": a noun
    # that labels the judged act a wrong (interference, aggression, provocation, piracy, blackmail); a verdict whose own
    # words hold one judges the wrongdoer the article names, not the one the next coordinated verb addresses
    # (events/roles_verdicts.py verdict_words_own)
    wrong_labels: frozenset[str] = frozenset()
    # "Perú saludó el resultado y recordó que ambos países ...", "elogió la valentía de Panamá y aseguró que la adhesión
    # abre al Mercosur ...": a verb of saying or recalling coordinated after a praise opens what the praiser went on to
    # say; the names in it are no one the praise is aimed at (events/roles_objects.py said_after)
    said_after_praise: frozenset[str] = frozenset()
    # "condenó las nuevas sanciones de la UE", "condemned the latest sanctions": an adjective of time or number
    # between the article and a judged act noun, which stays the verdict's object (events/verdict_objects.py
    # judged_nouns); not a demonym or another adjective that may name the act's agent ("den russischen Angriff")
    act_epithets: frozenset[str] = frozenset()
    norm_nouns: frozenset[str] = frozenset()
    # "since the start of the Russia-Ukraine war", "с начала российско-украинской войны": a war named by the pair
    # its hyphen joins; the pair names the war, no party of the sentence's other acts
    war_nouns: frozenset[str] = frozenset()
    # "since Russia's invasion of Ukraine", "seit Beginn des russischen Angriffskriegs", "before Russia invaded": the
    # nouns and verbs that name a whole war, the words of time or cause that make it background, and the words that
    # may stand between (events/background_war.py): a known war named so is a rivalry, no attack told
    background_war_nouns: frozenset[str] = frozenset()
    background_war_verbs: frozenset[str] = frozenset()
    background_openers: frozenset[str] = frozenset()
    background_phrase_words: frozenset[str] = frozenset()
    # "seit dem russischen Angriff auf die Ukraine": an attack on a known war's state itself after a word of duration
    background_attack_nouns: frozenset[str] = frozenset()
    background_durative: frozenset[str] = frozenset()
    # "Chile is the second country to cut ties with Iran, after Peru": an ordinal (or "latest") before a noun of
    # states, and the preposition after which the states that did the act first are named; they did it too
    rank_ordinals: frozenset[str] = frozenset()
    rank_nouns: frozenset[str] = frozenset()
    rank_after: frozenset[str] = frozenset()
    # "Für Frankreich ist es ein Rückschlag, nachdem es seine Soldaten aus Mali abziehen musste": the neuter subject
    # pronoun right after a subordinator, which stands for the state named last before the subordinate clause
    neuter_subjects: frozenset[str] = frozenset()
    # "..., a step that Beijing condemned", "..., une démarche que Pékin a critiquée", "..., что Пекин осудил": the
    # relative pronouns of a clause on a noun that sums up the act before it; its verdict judges that act's subject
    summary_relatives: frozenset[str] = frozenset()
    # "..., was Georgetown als Einschüchterung verurteilte": a relative pronoun right after the comma that sums up the
    # whole clause before it (no summing noun); its verdict judges that clause's subject
    clause_relatives: frozenset[str] = frozenset()
    # "Polen forderte, dass Russland seine Truppen abzieht", "потребовала, чтобы Россия вывела войска": the words that
    # open a demand's content clause after a comma; its subject is the one asked (`request_subject_skip`: words that
    # may stand between the opener and that subject, "dass sich der Sicherheitsrat ... befasst")
    request_openers: frozenset[str] = frozenset()
    request_subject_skip: frozenset[str] = frozenset()
    # Spanish "agradeció a España su apoyo y pidió a otros países que sigan su ejemplo": the determiners that open a
    # phrase naming no state ("otros países", "la comunidad internacional", "sus socios") after an appeal's verb and
    # its `addressee_markers`; asked so, the appeal is addressed to no one named before it (roles.unnamed_addressee)
    unnamed_addressees: frozenset[str] = frozenset()
    # English "thanked Japan and China and appealed to other donors to help", "called on fellow members to ...": a
    # language with no personal preposition names the one asked right after the appeal's verb or after one of these
    # prepositions of the verb; a phrase opened by an `unnamed_addressees` word there asks no one named before it
    appeal_prepositions: frozenset[str] = frozenset()
    # Spanish "lo que llevó a México a romper relaciones con Ecuador", "obligó a Argentina a retirar": causative verbs
    # (lemmas) whose object, after the personal "a", does the act of the infinitive after the second "a"; the act
    # took place (no demand: `modality.demand` lists the verbs by which it is only asked for)
    causatives: frozenset[str] = frozenset()
    # English "a demand the Somali side refused", "a demand which Somalia refused": a relative clause on a noun that may
    # open with no pronoun (a contact clause) or with one of these (not "that", which also opens a noun's content);
    # empty for a language whose relative clauses always open with a pronoun (events/modality._after_contact_relative)
    contact_relatives: frozenset[str] = frozenset()
    # "viajará a Bruselas para reunirse con ...": the words that open a purpose clause; under a future verb before
    # them the purpose is a plan too (modality_tense.future)
    purpose_markers: frozenset[str] = frozenset()
    # French "en France, au Royaume-Uni et en Allemagne": the forms one preposition of place takes before a country
    # (its gender and number choose "en", "au", "aux"); in a list of places they are the same preposition
    place_prepositions: frozenset[str] = frozenset()
    # made from the lists above once, in __post_init__ (not functools.cached_property: compiled with mypyc, a native
    # class's cached_property is a plain property, computed again at every read)
    participle_stems: tuple[str, ...] = field(init=False, repr=False, compare=False)
    participle_endings: tuple[str, ...] = field(init=False, repr=False, compare=False)
    voice: dict[str, str] = field(init=False, repr=False, compare=False)
    elided: tuple[str, ...] = field(init=False, repr=False, compare=False)
    elided_article_starts: tuple[str, ...] = field(init=False, repr=False, compare=False)
    elided_preposition_starts: tuple[str, ...] = field(init=False, repr=False, compare=False)
    # either: a word elided onto the next ("l'Élysée", "d'Iran"), whichever it is
    elided_starts: tuple[str, ...] = field(init=False, repr=False, compare=False)
    # the elided ones (language/tokens.elided_words) of `charge_markers` ("d'abriter"), `object_relatives` ("qu'il"),
    # `summary_relatives` and `anaphoric_determiners` ("l'accord"), for str.startswith
    elided_charge_starts: tuple[str, ...] = field(init=False, repr=False, compare=False)
    elided_object_relative_starts: tuple[str, ...] = field(init=False, repr=False, compare=False)
    elided_summary_relative_starts: tuple[str, ...] = field(init=False, repr=False, compare=False)
    elided_anaphoric_starts: tuple[str, ...] = field(init=False, repr=False, compare=False)
    concessive_phrases: tuple[tuple[str, ...], ...] = field(init=False, repr=False, compare=False)
    cause_phrase_words: tuple[tuple[str, ...], ...] = field(init=False, repr=False, compare=False)
    same_acts: tuple[tuple[str, ...], ...] = field(init=False, repr=False, compare=False)
    same_words: tuple[tuple[str, ...], ...] = field(init=False, repr=False, compare=False)
    phrases_by_first: dict[str, tuple[tuple[str, ...], ...]] = field(init=False, repr=False, compare=False)
    # every relative pronoun (subject, object, act, possessive): a name after one opens the relative clause
    relative_words: frozenset[str] = field(init=False, repr=False, compare=False)
    infinitive_ends: tuple[str, ...] = field(init=False, repr=False, compare=False)  # for str.endswith
    coordinated_participle_ends: tuple[str, ...] = field(init=False, repr=False, compare=False)  # for str.endswith
    # the words that open a clause of its own (a complementizer, a subject or object relative): no predicate after
    # one is coordinated with the verb before it (events/coordinated_acts._coordinated_at)
    clause_openers: frozenset[str] = field(init=False, repr=False, compare=False)
    act_kinds: dict[str, str] = field(init=False, repr=False, compare=False)  # `act_kind_nouns`: noun -> CAMEO code

    def __post_init__(self) -> None:
        set_once = object.__setattr__  # (a frozen dataclass: set once, here)
        set_once(self, "participle_stems", self._participle_stems())
        set_once(self, "participle_endings", self._participle_endings())
        set_once(self, "voice", self._voice())
        set_once(self, "elided", self._elided())
        set_once(self, "elided_article_starts", tuple(sorted(self.elided_articles)))  # for str.startswith
        set_once(self, "elided_preposition_starts", tuple(sorted(self.elided_prepositions)))
        set_once(self, "elided_starts", tuple(sorted(self.elided_articles | self.elided_prepositions)))
        set_once(self, "elided_charge_starts", elided_words(self.charge_markers))
        set_once(self, "elided_object_relative_starts", elided_words(self.object_relatives))
        set_once(self, "elided_summary_relative_starts", elided_words(self.summary_relatives))
        set_once(self, "elided_anaphoric_starts", elided_words(self.anaphoric_determiners))
        set_once(self, "concessive_phrases", self._concessive_phrases())
        set_once(self, "cause_phrase_words", tuple(tuple(p.split()) for p in sorted(self.cause_phrases)))
        set_once(self, "same_acts", self._same_acts())
        set_once(self, "same_words", tuple(tuple(p.split()) for p in sorted(self.same_words_phrases)))
        set_once(self, "phrases_by_first", self._phrases_by_first())
        set_once(self, "relative_words", self.subject_relatives | self.object_relatives | self.act_relatives
                 | self.possessive_relatives)
        set_once(self, "infinitive_ends", tuple(sorted(self.infinitive_endings)))
        set_once(self, "coordinated_participle_ends", tuple(sorted(self.coordinated_participle_endings)))
        set_once(self, "clause_openers", self.complementizers | self.subject_relatives | self.object_relatives)
        set_once(self, "act_kinds", {noun: code for code, _, noun in (e.partition(" ") for e in self.act_kind_nouns)})

    def __reduce__(self) -> tuple[type[RoleWords], tuple[object, ...]]:
        # (pickled with the rules, disk_cache: compiled by mypyc, a frozen dataclass would unpickle through its
        # frozen __setattr__)
        return type(self), constructor_arguments(self)

    def _participle_stems(self) -> tuple[str, ...]:
        """`support_participles` as a tuple, for str.startswith."""
        return tuple(sorted(self.support_participles))

    def _participle_endings(self) -> tuple[str, ...]:
        """`relative_participle_endings` as a tuple, for str.endswith."""
        return tuple(sorted(self.relative_participle_endings))

    def relative_participle(self, word: str) -> bool:
        """A lower-case active participle ("посетивший", "поддерживающие") that opens an inserted clause."""
        return bool(self.relative_participle_endings) and word.isalpha() and word.islower() \
            and word.endswith(self.participle_endings) and word not in self.not_relative_participles

    def _voice(self) -> dict[str, str]:
        """An interviewee's first-person words and the agent each adds to her state: her government for a pronoun
        ("nous", "нам"), the state itself ("") for a possessive ("nos", "наши")."""
        return {**{w: "GOV" for w in self.first_person | self.first_person_forms},
                **{w: "" for w in self.first_person_possessives}}

    def _elided(self) -> tuple[str, ...]:
        """`elided_complementizers` as a tuple, for str.startswith."""
        return tuple(sorted(self.elided_complementizers))

    def without_elided_article(self, form: str) -> str:
        """The form less an elided article written onto it ("l'accord" → "accord", "l'a" → "a"), the form itself
        where none is: the word the article stands before."""
        for article in self.elided_article_starts:
            if form.startswith(article):
                return form[len(article):]
        return form

    def _concessive_phrases(self) -> tuple[tuple[str, ...], ...]:
        """`concessives` as word tuples, split once."""
        return tuple(tuple(p.split()) for p in sorted(self.concessives))

    def _same_acts(self) -> tuple[tuple[str, ...], ...]:
        """`same_act_phrases` as word tuples, split once, and each likeness word beside each step noun that names no
        deal, in either order ("une mesure identique", "a similar step"): a step like another's is that act again."""
        steps = self.step_nouns - self.deal_nouns - self.bare_deal_nouns
        like = {pair for w in self.likeness_words for s in steps for pair in ((w, s), (s, w))}
        return tuple(sorted({tuple(p.split()) for p in self.same_act_phrases} | like))

    def _phrases_by_first(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """`subordinate_phrases` as word tuples by their first word, split once."""
        found: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.subordinate_phrases:
            words = tuple(phrase.split())
            found.setdefault(words[0], []).append(words)
        return {first: tuple(v) for first, v in found.items()}


def constructor_arguments(instance: Any) -> tuple[object, ...]:
    """A dataclass's constructor arguments (its init fields, in order): what a frozen dataclass mypyc compiles is
    pickled as, so that unpickling runs its __init__ and __post_init__ (fields derived there are not stored)."""
    return tuple(getattr(instance, f.name) for f in fields(instance) if f.init)


def exercise_named(words: Iterable[str], exercise_words: frozenset[str]) -> bool:
    """Whether one of `words` (lower case: a token's forms, or a phrase's words) is one of the language's exercise
    nouns (`exercise_words`; "*manöver": any compound that ends so)."""
    return any(w in exercise_words or any(x[0] == "*" and w.endswith(x[1:]) for x in exercise_words) for w in words)


@lru_cache(maxsize=16)
def role_words(lang: str) -> RoleWords:
    """The role words of `lang` (empty where the language has no file)."""
    path = resources.files("realpolitik") / "data" / "rules" / "roles" / f"{lang}.yaml"
    if not path.is_file():
        return RoleWords()
    return parse_role_words(path.read_text(encoding="utf-8"), f"data/rules/roles/{lang}.yaml", month_names(lang))


def parse_role_words(text: str, where: str, months: frozenset[str] = frozenset()) -> RoleWords:
    """Role words from a file's text; an unknown list or a value that is no list of words names the file. The
    language's month names (`months`, from its date words) join its time nouns: "In April Somalia expelled ..."."""
    raw = safe_load(text) or {}
    if not isinstance(raw, dict):
        raise DataFileError(where, 1, "a role-word file maps names to lists of words")
    known = {f.name for f in fields(RoleWords) if f.init}
    unknown = set(raw) - known
    if unknown:
        raise DataFileError(where, 1, f"unknown role-word lists {sorted(unknown)}; use {sorted(known)}")
    words = {}
    for name, value in raw.items():
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise DataFileError(where, 1, f"{name} must be a list of words (quote yes, no, on, off)")
        words[name] = frozenset(w.lower() for w in value)
    words["time_nouns"] = words.get("time_nouns", frozenset()) | months
    return RoleWords(**words)
