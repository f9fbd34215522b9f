"""A language's grammar for the event coder: the `grammar` section of data/rules/<lang>.yaml, read into `Grammar`.

The function words the role finder and the modality reader need (prepositions that mark a target or an agent,
negation, passive and perfect auxiliaries, the cue words of each modality in `MODALITIES`, the endings that tell a
verb's tense), with the role words of data/rules/roles/<lang>.yaml under `roles` (language/role_words.py), and the
sets made from them once (`Grammar.__post_init__`). `parse_grammar` reads the section when events/rules.py parses a
rule file; that module keeps the rules themselves (round 60: the two jobs of one 797-line module, split where its
docstring said a rule file has two parts).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

from realpolitik.errors import DataFileError
from realpolitik.language.infinitives import GERMAN_INFINITIVE_ENDINGS
from realpolitik.language.role_words import RoleWords, constructor_arguments, role_words
from realpolitik.language.speech import said_with

# "occur": verbs by which a subject noun's event takes place ("talks could resume"): a modal before one of them
# governs the noun (modality_tense.modal_after_subject)
# "unless" (the condition follows the act) and "otherwise" ("or else", "faute de quoi": the consequence of a refusal
# follows): cues of an ultimatum, which make a demand or a hostile act a threat (modality_governing.ultimatum)
# "commit": the plan cues that are themselves an act of commitment ("agreed to", "pledged to", "offered to"): the
# promised act does not happen, the promise does (AGREE 03x, modality.modality_of)
# "question": the subordinators of an open question ("ob", "whether"): its act is supposed, also under a rule that
# keeps its own modality (modality.modality_of)
# "asked": the auxiliaries that open a yes/no question ("Will Washington impose tariffs?", "Did London pressure you?"):
# a sentence that opens with one and closes with a question mark tells no act (events.questions.asks); Spanish lists
# its opening mark "¿", and "question_words" the interrogatives after which the question takes its act as given
# ("¿Por qué firmó Panamá?"); "aside": the words that open an aside between commas before the verb ("Caracas, como era
# de esperar, negó ..."): its cues do not govern the verb (modality_scope.after_inserted_clause)
# "breaks": subordinators that open a finite clause of its own ("after", "because"): a modal cue before one does not
# reach an act after it ("asked Xi to act after North Korea sent troops": the sending happened;
# modality_scope.after_break)
# "expected": modal words that, before an "occur" verb, make a subject noun's event planned ("doit avoir lieu"; English
# writes them "be expected to" among its plan cues); "scheduled": participles that by themselves make a subject
# noun's event planned ("Aucune rencontre n'est prévue", "la visite est programmée pour mai"); "condition": phrases
# that open a supposed case ("in case of", "im Fall eines"): an act named after one, in its clause, is the case a
# treaty's clause or a warning supposes, not one that happened (modality.modality_of); "counterfactual": subjunctive
# verbs that, first in their clause, open a condition contrary to fact or its consequence ("Hätte Panama sich
# verweigert, hätte Trump ... verhängt"): no act of that clause happened (modality_supposed.counterfactual_clause)
MODALITIES = ("threat", "demand", "plan", "commit", "hypothetical", "report", "decided", "occur", "unless",
              "otherwise", "question", "expected", "scheduled", "condition", "upcoming", "asked",
              "question_words", "breaks", "aside", "counterfactual",
              # "unconfirmed": verbs of confirming; a negated act in their clause is not confirmed, no act undone
              # (events/unconfirmed.py)
              "unconfirmed",
              # "leg": present-tense forms of the verbs of going and receiving by which wire copy tells a trip's leg
              # still to come; "coming": the phrases of a day still to come ("on Thursday", "next week"): the two in
              # one clause make its meeting a plan (modality_tense.scheduled_leg)
              "leg", "coming",
              # "disowned": phrases after a report that say it was not confirmed ("...; bestätigt wurde das nicht"):
              # the acts told before them in the sentence are alleged (events/unconfirmed.py)
              "disowned",
              # "warning": the verbs of warning whose content clause ("advirtió de que Argentina abandonará ...")
              # holds the warner's threat when it tells its own side's hostile act still to come
              # (conditions.warned_act)
              "warning",
              # "announced": verbs of announcing; talks a plan cue governs under one are the announcement, AGREE 036
              # ("kündigte an, mit Mexiko verhandeln zu wollen"; modality._announced_talks)
              "announced",
              # "foreseen": verbs of belief and forecast ("considera que", "are betting that", "estiment que"): an
              # act their content clause tells in the future or the conditional is a view of what will come, no act
              # (modality.foreseen)
              "foreseen",
              # "agreed": verbs of agreeing that commit to relations restored beside the `commit` words, where the
              # language's commitment words leave them out ("ont convenu de rétablir", "vereinbart";
              # modality._commitments)
              "agreed",
              # "mediated": the prepositions before a mediation noun's go-betweens named by adjectives ("under
              # Turkish mediation", "with Qatari and Egyptian mediation"): the circumstance of the sides' act, told
              # as done whatever cue governs that act ("agreed to a ceasefire under Turkish mediation";
              # modality.mediation_circumstance)
              "mediated",
              # "particles": question particles that stand right after the first word of a yes/no question, direct
              # or indirect ("Будет ли Иран сотрудничать?", "не стали уточнять, идет ли речь о поставках"): the act
              # the clause asks about is open (questions.particle_question; matched by the token's own case, not a
              # name "Ли"); "future_auxiliary": the auxiliary of an analytic future right before an infinitive ("будет
              # добиваться"): a demand so told is still to be made (modality_tense.future_demand); "future_in_past":
              # the endings of the future-in-past after a verb of saying ("a confirmé que le Canada porterait
              # l'affaire devant l'OMC"), which tells a demand announced, not one still to come
              "particles", "future_auxiliary", "future_in_past",
              # "terms": phrases that tell what one side of a deal is to do for the other's part ("in return",
              # "under the framework", "en contrepartie"): an act after one, told ahead, is a term of the deal still
              # to be carried out (modality_tense.deal_terms)
              "terms")
#: the modalities whose cues near a trigger make it one (`modality.modality_of`, strongest first)
MODAL_CUE_KINDS = ("hypothetical", "threat", "demand", "plan")


@lru_cache(maxsize=128)
def cue_starts(cues: frozenset[str]) -> frozenset[str] | None:
    """The cues and the first words of those that are phrases ("yet to", "each other"): forms that hold none of
    them hold no cue, so a sentence whose vocabulary holds none is not searched. None where a phrase has no words
    (it fits anywhere)."""
    phrases = [cue.split() for cue in cues if " " in cue]
    return cues | frozenset(phrase[0] for phrase in phrases) if all(phrases) else None


def absent(cues: frozenset[str], vocabulary: frozenset[str] | None) -> bool:
    """No cue can stand in a sentence of this vocabulary (the union of its token forms; None: unknown, so maybe)."""
    starts = cue_starts(cues)
    return vocabulary is not None and starts is not None and vocabulary.isdisjoint(starts)


@dataclass(frozen=True)
class Grammar:
    """Function words of one language, as lemmas."""

    target_markers: frozenset[str]
    agent_markers: frozenset[str]
    location_markers: frozenset[str]
    genitive_markers: frozenset[str]
    pair_markers: frozenset[str]  # "zwischen X und Y": both sides of a symmetric event
    infinitive_marker: str | None  # "zu"/"to": an infinitive clause borrows its subject
    coordination: frozenset[str]
    negation: frozenset[str]
    negation_after_verb: bool
    passive_auxiliaries: frozenset[str]
    clause_breaks: frozenset[str]
    subordinators: frozenset[str]
    separable_particles: frozenset[str]
    verb_final: bool
    oxford_comma: bool  # English lists put a comma before "and": ", and the Netherlands" is no new clause
    pronouns: frozenset[str]  # subject pronouns that stand for the latest actor ("er", "he", "él")
    agentless_passive: bool  # the passive auxiliary is unambiguous (werden; be + -ed), unlike être/ser
    determiners: frozenset[str]  # articles, as written ("der", "the", "l'")
    adjectives_before_nouns: bool  # German, English: "gegen die russische Regierung"; elsewhere only articles
    occurrence_verbs: frozenset[str]  # "kommen zu": "es kam zu einem Schusswechsel", the object is the event
    report_nouns: frozenset[str]  # "nach angaben": in "nach Angaben aus Seoul" the group reports, it is no party
    patient_markers: frozenset[str]  # German "von": with a patient noun ("Ausweisung von Diplomaten") the object
    conjunctions: frozenset[str]  # "und", "sondern": a negation across one belongs to another verb
    modality: dict[str, frozenset[str]] = field(default_factory=dict)
    future_endings: tuple[str, ...] = ()  # "firmará", "signera": a scheduled meeting or signing is a plan
    # Spanish "atacaría", "habría enviado": the conditional of a verb (a form with one of these endings whose lemma
    # ends like an infinitive, `infinitive_endings`; not "artillería", "mayoría") is speculation or rumour
    conditional_endings: tuple[str, ...] = ()
    # the endings of the language's infinitives (Spanish "-ar", "-er", "-ir"), where a word is told one by its ending
    # (language/infinitives.infinitive_form): a conditional's lemma, an appeal's content, "al firmar" (no act noun)
    infinitive_endings: tuple[str, ...] = ()
    # "amenazó con una respuesta y calificó ...": a finite past verb after a conjunction heads a clause of its own,
    # out of reach of the modal verb before it (a demanded or threatened act takes an infinitive or subjunctive)
    past_endings: tuple[str, ...] = ()
    # German "versprach Waffen und lobte Polen": the weak past ("-te", "-ten") of a verb (its lemma an infinitive)
    # after a conjunction heads a clause of its own, as `past_endings` say; kept apart from them because the same
    # endings close adjectives and participles ("die US-geführte Koalition", "die erste Runde") that they read
    weak_past_endings: tuple[str, ...] = ()
    # Russian "настаивают на санкциях и закрыли границы": a conjunction before a past verb (its lemma with one of
    # these infinitive endings) opens a clause, so the second verb's objects are not the first one's
    clause_verb_lemmas: tuple[str, ...] = ()
    # German "wird ... treffen", "soll ... unterzeichnen": an auxiliary before the act and an infinitive closing
    # the clause make it a plan; "soll ... geliefert haben" (a perfect infinitive) is a report, not a plan
    future_auxiliaries: frozenset[str] = frozenset()
    # forms of the auxiliary's verb that are no auxiliary: the participle "die unabhängig gewordene Republik" (an
    # attribute; its lemma "werden" would read a future or a passive); clause_forms.token_forms keeps their text only
    auxiliary_participles: frozenset[str] = frozenset()
    # English "will", "shall": one shortly before the act ("will allow Egypt to join the exercise") makes
    # it a plan; an announced decision ("will expel the envoy") is still the act (EVAL.md)
    future_words: frozenset[str] = frozenset()
    perfect_auxiliaries: frozenset[str] = frozenset()
    # "efectuaron algunos de los bombardeos más duros": a quantifier before a genitive makes the noun after
    # it the object of the clause's verb, not a noun inside a prepositional phrase
    partitives: frozenset[str] = frozenset()
    # "The African Union, whose envoy chaired the talks, welcomed the deal": a subject parted from its verb by a phrase
    # between commas counts, for the confidence, as the verb's own (events.inserted); on where the role finder of the
    # language reads the verb's other roles right in such sentences
    subject_across_insertions: bool = False
    # where given, only an insertion that opens with one of these words counts so: a relative clause ("Qatar y
    # Turquía, que mediaron en la tregua, pidieron ..."), not an apposition or participle phrase, which can carry
    # another act's parties or history ("El bloque, fundado por Brasil, ..., incorporó más tarde a Sudáfrica")
    insertion_openers: frozenset[str] = frozenset()
    possessives: frozenset[str] = frozenset()  # "his", "seine", "su", "son", "его": stand where an article would
    participle_endings: tuple[str, ...] = ()  # ", urging Pyongyang to ...": a participle after a comma opens a clause
    not_participles: frozenset[str] = frozenset()  # words with such an ending that are none: "including", "cuando"
    # French gerund ", en accusant", ", tout en condamnant": words that may stand between the comma and the participle
    participle_openers: frozenset[str] = frozenset()
    # English ", with Cairo warning that ...", Spanish ", con Madrid exigiendo ...": a preposition that opens an
    # absolute construction, a name and its participle, whose clause has that name as its own subject
    absolute_openers: frozenset[str] = frozenset()
    # words after which a preposition is an adverb, not the head of a noun phrase: "en revanche", "en effet",
    # "en outre" govern no name after them ("a en revanche décliné l'invitation d'Astana")
    adverb_words: frozenset[str] = frozenset()
    # prepositions that stand alone as an adverb before a verb: "a depuis annoncé son retrait de la CPI" (since
    # then); before a lower-case word that is no article, possessive or number they govern no name after it
    bare_adverbs: frozenset[str] = frozenset()
    # French has no particle of its own before an infinitive: the prepositions that link a verb of promise to the
    # act it promises ("a promis d'envoyer des troupes", "s'est engagé à livrer"), with their elided forms
    infinitive_links: frozenset[str] = frozenset()
    # "la AES, integrada por Malí, Burkina Faso y Níger": the words (articles and a last "of" left off) that bring
    # in a bloc's members in apposition; they then stand for the bloc in its events
    member_intros: frozenset[str] = frozenset()
    # Russian: lemmas of verbs end so ("атаковать", "договориться"); a trigger whose lemma does not is a noun, and
    # a name in a genitive form right after it is its agent ("удар России по Украине", "визит президента США")
    verb_lemma_endings: tuple[str, ...] = ()
    noun_lemma_endings: tuple[str, ...] = ()  # exceptions: "готовность", "власть", "нефть" are nouns
    # Russian "договориться не удалось", "подписать соглашение так и не удалось": phrases after an infinitive trigger
    # that say the act failed (the negation stands after the verb, where `negation` is not read)
    failed_after: frozenset[str] = frozenset()
    # a fact-check's verdict on a claim ("no es cierto que", "es falso que"): phrases that end in the subordinator of
    # the clause they judge; the acts of that clause did not happen, though the negation stands outside it
    false_claims: frozenset[str] = frozenset()
    # "su tratado con el Mercosur, que aún no ha sido firmado": participles of signing that, negated in the relative
    # clause after an agreement the trigger names, say it was not signed (events/negation._unsigned_by_relative)
    unsigned_participles: frozenset[str] = frozenset()
    impersonal_markers: frozenset[str] = frozenset()  # Russian "в": "В МИД России заявили" (the ministry said)
    # "In Vilnius verurteilte man", "À Paris, on a condamné", "En Varsovia se condenó": the subject that
    # leaves the act to the place before it (with `impersonal_markers`; Russian shows it by the plural verb)
    impersonal_subjects: frozenset[str] = frozenset()
    # "a pact that Australia criticised": after a noun, "that" opens a clause with a subject of its own
    relative_markers: frozenset[str] = frozenset()
    # "the Iran-backed group", "the U.S.-led coalition": a name before "-backed" qualifies the noun, it acts in nothing
    compound_modifiers: frozenset[str] = frozenset()
    # "the Tripoli-based government": of the compound modifiers, the one that seats a state's body in its capital,
    # and the bodies it seats (before them the name is the party: the government there)
    seat_modifier: str = ""
    seated_bodies: frozenset[str] = frozenset()
    # "left the G7 summit", "a quitté le sommet du G7", "покинул саммит G7": nouns of a meeting, which an
    # organisation's name beside them only qualifies; a verb of leaving or joining acts on the meeting, not the body
    gatherings: frozenset[str] = frozenset()
    # "called for a Palestinian state", "pidió un Estado palestino": the demonym beside these nouns names the state
    # asked for, not the one asked (an appeal for statehood addresses no one it names)
    statehood_nouns: frozenset[str] = frozenset()
    # "Norway joined the EU's sanctions against Russia": a state that joins another's sanctions imposes them itself
    # (EVAL.md: the joiner sanctions the target; the owner of the sanctions acts in nothing here)
    joining_verbs: frozenset[str] = frozenset()
    # "the export controls Beijing imposed on U.S. firms": past verbs of carrying a measure out that, after a noun
    # trigger and a name (a contact relative clause, or one opened by "that"), make the name the noun's author
    author_clause_verbs: frozenset[str] = frozenset()
    # "a été critiquée par Washington": the participle of the passive auxiliary, after which a trigger is a verb and
    # the passive subject phrase names the one acted on (or judged); only languages tested on it name one (fr)
    participle_auxiliaries: frozenset[str] = frozenset()
    # German "Nachdem Russland ... angegriffen hatte, verhängte ...", "Wie Kiew mitteilte, ...": a clause that
    # opens with such a conjunction ends at the comma after its final verb; ", kurz nachdem ..." opens one
    verb_final_subordinators: frozenset[str] = frozenset()
    # "laut Kiew", "Kiew zufolge": the group names who says so, no party to the event
    report_prepositions: frozenset[str] = frozenset()
    report_postpositions: frozenset[str] = frozenset()
    # "weigerte sich, ... zu unterzeichnen", "lehnte es ab, ... zu verurteilen": the infinitive's act is refused
    refusals: frozenset[str] = frozenset()
    # "Kyiv's refusal to negotiate", "отказ Украины от переговоров": a noun of refusal whose link word ("to", "от")
    # stands before an act names an act that was not done (German: the noun before a "zu" clause, as `refusals`)
    refusal_nouns: frozenset[str] = frozenset()
    refusal_links: frozenset[str] = frozenset()
    # "die Sanktionen, die die EU verhängt hat": verbs that carry out an act noun, so their subject is its agent
    support_verbs: frozenset[str] = frozenset()
    # "Nach einem Treffen mit Erdogan sagte Putin": after these a meeting noun with a "mit" partner took place
    past_prepositions: frozenset[str] = frozenset()
    # ... and the preposition that names the meeting's partner there ("mit", Russian "с")
    partner_prepositions: frozenset[str] = frozenset()
    # of `past_prepositions`, those that name a place ("in", "at", "в"): a meeting "in" a city took place, but no time
    # is told, so they open no phrase of time gone by (events/noun_acts.after_time_gone_by)
    past_prepositions_of_place: frozenset[str] = frozenset()
    # "since", "seit", "desde", "depuis": a phrase of time gone by, also where the word is no `past_prepositions`
    # (German "seit den Kämpfen zwischen Indien und Pakistan"; events/noun_acts.after_time_gone_by)
    since_prepositions: frozenset[str] = frozenset()
    # Russian "Кроме того, вызвал посла": the verb endings by which a sentence that opens with its verb has dropped
    # a subject (the latest actor); with none given, any finite verb (Spanish)
    dropped_subject_endings: tuple[str, ...] = ()
    # "verurteilte die Pläne Äthiopiens": a plan noun is what a verdict judges, it makes the verdict no plan
    plan_nouns: frozenset[str] = frozenset()
    # ", für den Kiew Moskau verantwortlich macht": after a comma and a preposition they open a relative clause
    relative_pronouns: frozenset[str] = frozenset()
    # ", с которой Россия воевала,", ", avec laquelle la Russie ...,", ", con la que Rusia ...,": after a comma and a
    # preposition these lemmas open a relative clause whose subject is its own (`clauses._preposed_relative`)
    preposed_relatives: frozenset[str] = frozenset()
    # "einen Angriff verhindern", "als Kriegserklärung betrachten": the clause's subject does not carry out the noun
    embedding_verbs: frozenset[str] = frozenset()
    # Russian "Планируется, что ...", "Не исключено, что ...": in a language whose verb comes first, a content clause
    # after a comma and one of these words is governed by the modal cue of the clause before the comma
    content_clauses: frozenset[str] = frozenset()
    # German "verurteilte die Angriffe als Verstoß gegen die Waffenruhe": the word that opens what a verdict calls the
    # act it judges (a predicate, no act of its own)
    predicate_markers: frozenset[str] = frozenset()
    # "hieß es in Moskau", "verlautete aus Kiew": the place after "in"/"aus" is the speaker, no party
    impersonal_reports: frozenset[str] = frozenset()
    # "firms accused of supplying drones", "Iran, sanctioned by the US for ...": a participle with one of these
    # endings, right after a noun and followed by "by" or by its own complement ("accuse of"), is a passive
    # without an auxiliary: the noun before is its target, the "by" phrase its agent
    reduced_passive_endings: tuple[str, ...] = ()
    reduced_passive_complements: frozenset[str] = frozenset()  # "accuse of", "blame for": lemma and preposition
    # "la milice soutenue par l'Iran a attaqué ...": more participle endings, read only right before an agent marker
    # in a subject phrase (French "-u" participles; as reduced passives they would take "le port tenu par X" from
    # its holder)
    attribute_participle_endings: tuple[str, ...] = ()
    # "eine von Katar vermittelte Waffenruhe": a participle of mediation whose agent phrase stands right before it;
    # that agent mediated, it is no party of the noun's event
    mediation_participles: frozenset[str] = frozenset()
    # "under Turkish mediation", "under Qatari and Egyptian auspices": the mediation nouns whose go-betweens stand
    # before them as adjectives or names (roles_agents.mediator); none in a language that names them after the noun
    mediation_nouns: frozenset[str] = frozenset()
    # "not only", "nicht nur": a negation followed by one of these negates nothing
    not_only: frozenset[str] = frozenset()
    # English "signed no deal", "sent no troops": a determiner right after the verb that denies the act, unless one
    # of the exceptions follows it ("no fewer than", "no later than": a number or a date) (negation._negated_object)
    object_negation: frozenset[str] = frozenset()
    object_negation_exceptions: frozenset[str] = frozenset()
    # "Ils saluent aussi ...", "Elles ont appelé ...": plural subject pronouns, which stand for every subject of the
    # latest sentence's lead act ("Les trois pays condamnent ... Ils saluent": each of the three), beside `pronouns`
    plural_pronouns: frozenset[str] = frozenset()
    # "It has also accused Iran ...", "It urged New Zealand ...": a pronoun that stands for the latest actor only where
    # it opens the sentence before a past or perfect verb (events.dropped_subject.opens_with_pronoun); "it" inside a
    # sentence, "It is expected", "It gives" stand for things
    opening_pronouns: frozenset[str] = frozenset()
    # "after a sabotage attack blamed on Russia", "un sabotage imputé à la Russie": a participle of attribution after
    # its act noun, with no agent, is no passive whose accuser is unknown: the clause's subject, the source that
    # reports the act, lays it at the named party's door (events.voice.attribution_participle)
    attribution_participles: frozenset[str] = frozenset()
    # French "ne ... que" means "only" ("ne peut que condamner"): a particle (a form starting with one that ends
    # in an apostrophe: "n'a") whose only partner up to just past the verb is an exceptive negates nothing; a
    # completer ("pas", "jamais") makes it a negation again
    exceptive_particles: frozenset[str] = frozenset()
    exceptives: frozenset[str] = frozenset()
    # French "avant que X ne frappe", "à moins que Y ne cède": after these a lone "ne" is expletive, no negation
    expletive_openers: frozenset[str] = frozenset()
    # French "l'attaque que l'Ukraine a subie", "les sanctions dont la Russie fait l'objet": a relative clause's verb
    # or noun by which its subject underwent the act noun before it (roles_relatives.relative_bystander)
    undergoing_words: frozenset[str] = frozenset()
    negation_completers: frozenset[str] = frozenset()
    # Russian "при посредничестве Катара", "благодаря поддержке США": the noun after them and its genitive are a
    # circumstance of the clause, never another trigger's object
    circumstance_markers: frozenset[str] = frozenset()
    # the role finder's own words (data/rules/roles/<lang>.yaml): relative pronouns, object pronouns ...
    roles: RoleWords = field(default_factory=RoleWords)
    # made from the lists above once, in __post_init__ (derived, so not compared and not given to the constructor;
    # not functools.cached_property: compiled with mypyc, a native class's cached_property is a plain property,
    # computed again at every read). `any_pronouns`: `pronouns` and `plural_pronouns` together, asked of every
    # sentence by the coder
    any_pronouns: frozenset[str] = field(init=False, repr=False, compare=False)
    reduced_passive_blockers: frozenset[str] = field(init=False, repr=False, compare=False)
    speech_verbs: frozenset[str] = field(init=False, repr=False, compare=False)
    circumstance_openers: frozenset[str] = field(init=False, repr=False, compare=False)
    report_phrases: tuple[tuple[str, ...], ...] = field(init=False, repr=False, compare=False)
    report_endings: dict[str, tuple[tuple[str, ...], ...]] = field(init=False, repr=False, compare=False)
    report_cues: frozenset[str] | None = field(init=False, repr=False, compare=False)
    modal_cue_words: frozenset[str] | None = field(init=False, repr=False, compare=False)
    negation_starts: frozenset[str] | None = field(init=False, repr=False, compare=False)
    phrase_stops: frozenset[str] = field(init=False, repr=False, compare=False)
    # the prepositions that give a group its role (target, agent, place, pair): a phrase they open ends a look-back
    role_markers: frozenset[str] = field(init=False, repr=False, compare=False)
    # the function words no adjective of a place noun can be (events/roles_places.owner_of_place)
    place_word_stops: frozenset[str] = field(init=False, repr=False, compare=False)
    # the modal cue words (MODAL_CUE_KINDS) a noun may be ("a demand the Somali side refused")
    noun_cue_words: frozenset[str] = field(init=False, repr=False, compare=False)
    # what may follow a noun that a contact relative clause is on: its subject's article or a relative pronoun of
    # `roles.contact_relatives` ("a demand the Somali side refused", "an offer which ..."; events/modality)
    contact_relative_openers: frozenset[str] = field(init=False, repr=False, compare=False)
    # the words between a place noun and its owner's name ("le territoire de la Pologne"; events/roles_places)
    genitive_links: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        set_once = object.__setattr__  # (a frozen dataclass: set once, here; in this order, each reads those before)
        set_once(self, "any_pronouns", self.pronouns | self.plural_pronouns)
        set_once(self, "reduced_passive_blockers", self._reduced_passive_blockers())
        set_once(self, "speech_verbs", self._speech_verbs())
        set_once(self, "circumstance_openers", self._circumstance_openers())
        set_once(self, "report_phrases", self._report_phrases())
        set_once(self, "report_endings", self._report_endings())
        set_once(self, "report_cues", self._report_cues())
        set_once(self, "modal_cue_words", self._modal_cue_words())
        set_once(self, "negation_starts", self._negation_starts())
        set_once(self, "phrase_stops", self._phrase_stops())
        set_once(self, "role_markers", self.target_markers | self.agent_markers | self.location_markers
                 | self.pair_markers)
        set_once(self, "place_word_stops", self.target_markers | self.location_markers | self.genitive_markers
                 | self.agent_markers | self.determiners | self.coordination | self.subordinators
                 | self.roles.complementizers)
        set_once(self, "noun_cue_words", frozenset(chain.from_iterable(
            self.modality.get(kind, frozenset()) for kind in MODAL_CUE_KINDS)))
        set_once(self, "contact_relative_openers", self.determiners | self.roles.contact_relatives)
        set_once(self, "genitive_links", self.determiners | self.genitive_markers)

    def _reduced_passive_blockers(self) -> frozenset[str]:
        """Words before a participle that make it no reduced passive: a subject pronoun or an auxiliary ("ha
        acusado", "a accusé", "was accused"), united once, not for every trigger."""
        return self.pronouns | self.perfect_auxiliaries | self.passive_auxiliaries | self.roles.have

    def _speech_verbs(self) -> frozenset[str]:
        """The words a speaker says with: the report words and the verbs of an English incise ("..., Lavrov
        warned"), united once. The role finder reads the speaker after them, the reference resolver ends a list
        at a name they follow ("mediated by Qatar, the ministry said")."""
        return said_with(self.modality.get("report", frozenset()), self.roles)

    def _circumstance_openers(self) -> frozenset[str]:
        """Place and circumstance prepositions ("в", "при"), united once for the role finder's look-back."""
        return self.location_markers | self.circumstance_markers

    def _report_phrases(self) -> tuple[tuple[str, ...], ...]:
        """`report_prepositions` as word tuples ("according to" → ("according", "to")), split once."""
        return tuple(tuple(m.split()) for m in self.report_prepositions)

    def _report_endings(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """`report_phrases` by their last word: the phrases that may end at a token, looked up, not looped over."""
        ending: dict[str, list[tuple[str, ...]]] = {}
        for words in self.report_phrases:
            ending.setdefault(words[-1] if words else "", []).append(words)
        return {word: tuple(found) for word, found in ending.items()}

    def _report_cues(self) -> frozenset[str] | None:
        """Every lower-case word or lemma without which no group is an informant (`roles_aside.reported_by`): a report
        postposition, an impersonal report verb, the last word of a report preposition, the noun of a report noun
        phrase. A sentence whose forms hold none has no informant, and its groups are not asked one by one. None
        where an empty report preposition would make every group one (no such test then)."""
        if "" in self.report_endings:
            return None
        nouns = frozenset(phrase.partition(" ")[2] for phrase in self.report_nouns)
        return self.report_postpositions | self.impersonal_reports | frozenset(self.report_endings) | nouns

    def _modal_cue_words(self) -> frozenset[str] | None:
        """The hypothetical, threat, demand, plan, commit and agreed cues and the first words of their phrases: a
        stretch of tokens whose forms hold none holds no such cue (`modality.modality_of`). None where a cue phrase
        has no words (it fits anywhere: no such test then)."""
        words: frozenset[str] = frozenset()
        for modality in (*MODAL_CUE_KINDS, "commit", "agreed"):
            starts = cue_starts(self.modality.get(modality, frozenset()))
            if starts is None:
                return None
            words |= starts
        return words

    def _negation_starts(self) -> frozenset[str] | None:
        """The negation words and the first words of the negation phrases: forms that hold none hold no
        negation (`negation.is_negated`), nor an object's negative determiner ("blamed neither side"). None where a
        phrase has no words (it fits anywhere: no such test then)."""
        starts = cue_starts(self.negation)
        return None if starts is None else starts | self.object_negation

    def _phrase_stops(self) -> frozenset[str]:
        """Prepositions that end a report preposition's phrase (a genitive marker continues it)."""
        return self.target_markers - self.genitive_markers

    def verb_lemma(self, lemma: str) -> bool:
        """A verb by its lemma ("атаковать", "договориться"), in a language that lists verb endings."""
        low = lemma.lower()
        return low.endswith(self.verb_lemma_endings) and not low.endswith(self.noun_lemma_endings) \
            if self.verb_lemma_endings else False

    def verb_word(self, token) -> bool:  # type: ignore[no-untyped-def]
        """A verb, where the language shows it without a parse: Russian verb lemmas have their own endings;
        German writes verbs in lower case (nouns are capitalised) with an infinitive lemma."""
        if self.verb_lemma_endings:
            return self.verb_lemma(token.lemma)
        return self.verb_final and token.text[:1].islower() and token.lemma.endswith(GERMAN_INFINITIVE_ENDINGS)

    def __reduce__(self) -> tuple[type[Grammar], tuple[object, ...]]:
        # (pickled with the rules, disk_cache: compiled by mypyc, a frozen dataclass would unpickle through its
        # frozen __setattr__)
        return type(self), constructor_arguments(self)


@lru_cache(maxsize=512)
def joined(*words: frozenset[str]) -> frozenset[str]:
    """The union of word sets, made once per combination: the role finder joins the same few sets of a
    grammar for every group and trigger, where a union costs more than this look-up."""
    return frozenset().union(*words)


def listed(raw: object, where: str, path: str, line: int) -> frozenset[str]:
    """The words a key of a rule file lists, lower-cased (`raw`, its value; None, a key it does not have: none)."""
    if raw is None:
        return frozenset()
    if not isinstance(raw, list) or not all(isinstance(w, str) for w in raw):
        raise DataFileError(path, line, f"{where} must be a list of words "
                            "(quote yes, no, on, off: YAML reads them as true/false)")
    return frozenset(w.lower() for w in raw)


def parse_grammar(raw: dict, path: str, lang: str = "") -> Grammar:
    """A rule file's `grammar` section: one line per key, in Grammar's field order (its length is the field list)."""
    line = raw.get("__line__", 0)
    modality_raw = raw.get("modality") or {}
    unknown = set(modality_raw) - set(MODALITIES) - {"__line__"}
    if unknown:
        raise DataFileError(path, line, f"unknown modality {sorted(unknown)}; use {MODALITIES}")
    return Grammar(
        target_markers=listed(raw.get("target_markers"), "target_markers", path, line),
        agent_markers=listed(raw.get("agent_markers"), "agent_markers", path, line),
        location_markers=listed(raw.get("location_markers"), "location_markers", path, line),
        genitive_markers=listed(raw.get("genitive_markers"), "genitive_markers", path, line),
        pair_markers=listed(raw.get("pair_markers"), "pair_markers", path, line),
        infinitive_marker=raw.get("infinitive_marker"),
        coordination=listed(raw.get("coordination"), "coordination", path, line),
        negation=listed(raw.get("negation"), "negation", path, line),
        negation_after_verb=bool(raw.get("negation_after_verb", False)),
        failed_after=listed(raw.get("failed_after"), "failed_after", path, line),
        false_claims=listed(raw.get("false_claims"), "false_claims", path, line),
        unsigned_participles=listed(raw.get("unsigned_participles"), "unsigned_participles", path, line),
        passive_auxiliaries=listed(raw.get("passive_auxiliaries"), "passive_auxiliaries", path, line),
        clause_breaks=listed(raw.get("clause_breaks"), "clause_breaks", path, line),
        subordinators=listed(raw.get("subordinators"), "subordinators", path, line),
        separable_particles=listed(raw.get("separable_particles"), "separable_particles", path, line),
        verb_final=bool(raw.get("verb_final", False)),
        oxford_comma=bool(raw.get("oxford_comma", False)),
        pronouns=listed(raw.get("pronouns"), "pronouns", path, line),
        agentless_passive=bool(raw.get("agentless_passive", False)),
        determiners=listed(raw.get("determiners"), "determiners", path, line),
        possessives=listed(raw.get("possessives"), "possessives", path, line),
        participle_endings=tuple(sorted(listed(raw.get("participle_endings"), "participle_endings", path, line))),
        not_participles=listed(raw.get("not_participles"), "not_participles", path, line),
        participle_openers=listed(raw.get("participle_openers"), "participle_openers", path, line),
        absolute_openers=listed(raw.get("absolute_openers"), "absolute_openers", path, line),
        adverb_words=listed(raw.get("adverb_words"), "adverb_words", path, line),
        bare_adverbs=listed(raw.get("bare_adverbs"), "bare_adverbs", path, line),
        infinitive_links=listed(raw.get("infinitive_links"), "infinitive_links", path, line),
        member_intros=listed(raw.get("member_intros"), "member_intros", path, line),
        verb_lemma_endings=tuple(sorted(listed(raw.get("verb_lemma_endings"), "verb_lemma_endings", path, line))),
        noun_lemma_endings=tuple(sorted(listed(raw.get("noun_lemma_endings"), "noun_lemma_endings", path, line))),
        impersonal_markers=listed(raw.get("impersonal_markers"), "impersonal_markers", path, line),
        impersonal_subjects=listed(raw.get("impersonal_subjects"), "impersonal_subjects", path, line),
        relative_markers=listed(raw.get("relative_markers"), "relative_markers", path, line),
        compound_modifiers=listed(raw.get("compound_modifiers"), "compound_modifiers", path, line),
        seat_modifier=str(raw.get("seat_modifier") or ""),
        seated_bodies=listed(raw.get("seated_bodies"), "seated_bodies", path, line),
        gatherings=listed(raw.get("gatherings"), "gatherings", path, line),
        statehood_nouns=listed(raw.get("statehood_nouns"), "statehood_nouns", path, line),
        joining_verbs=listed(raw.get("joining_verbs"), "joining_verbs", path, line),
        author_clause_verbs=listed(raw.get("author_clause_verbs"), "author_clause_verbs", path, line),
        participle_auxiliaries=listed(raw.get("participle_auxiliaries"), "participle_auxiliaries", path, line),
        verb_final_subordinators=listed(raw.get("verb_final_subordinators"), "verb_final_subordinators", path,
                                        line),
        report_prepositions=listed(raw.get("report_prepositions"), "report_prepositions", path, line),
        report_postpositions=listed(raw.get("report_postpositions"), "report_postpositions", path, line),
        refusals=listed(raw.get("refusals"), "refusals", path, line),
        refusal_nouns=listed(raw.get("refusal_nouns"), "refusal_nouns", path, line),
        refusal_links=listed(raw.get("refusal_links"), "refusal_links", path, line),
        support_verbs=listed(raw.get("support_verbs"), "support_verbs", path, line),
        past_prepositions=listed(raw.get("past_prepositions"), "past_prepositions", path, line),
        partner_prepositions=listed(raw.get("partner_prepositions"), "partner_prepositions", path, line),
        past_prepositions_of_place=listed(raw.get("past_prepositions_of_place"), "past_prepositions_of_place", path,
                                          line),
        since_prepositions=listed(raw.get("since_prepositions"), "since_prepositions", path, line),
        dropped_subject_endings=tuple(sorted(listed(raw.get("dropped_subject_endings"), "dropped_subject_endings",
                                                    path, line))),
        plan_nouns=listed(raw.get("plan_nouns"), "plan_nouns", path, line),
        relative_pronouns=listed(raw.get("relative_pronouns"), "relative_pronouns", path, line),
        preposed_relatives=listed(raw.get("preposed_relatives"), "preposed_relatives", path, line),
        reduced_passive_endings=tuple(sorted(listed(raw.get("reduced_passive_endings"), "reduced_passive_endings",
                                                    path, line))),
        reduced_passive_complements=listed(raw.get("reduced_passive_complements"), "reduced_passive_complements",
                                           path, line),
        attribute_participle_endings=tuple(sorted(listed(raw.get("attribute_participle_endings"),
                                                         "attribute_participle_endings", path, line))),
        mediation_participles=listed(raw.get("mediation_participles"), "mediation_participles", path, line),
        mediation_nouns=listed(raw.get("mediation_nouns"), "mediation_nouns", path, line),
        not_only=listed(raw.get("not_only"), "not_only", path, line),
        object_negation=listed(raw.get("object_negation"), "object_negation", path, line),
        object_negation_exceptions=listed(raw.get("object_negation_exceptions"), "object_negation_exceptions", path,
                                          line),
        plural_pronouns=listed(raw.get("plural_pronouns"), "plural_pronouns", path, line),
        opening_pronouns=listed(raw.get("opening_pronouns"), "opening_pronouns", path, line),
        attribution_participles=listed(raw.get("attribution_participles"), "attribution_participles", path, line),
        exceptive_particles=listed(raw.get("exceptive_particles"), "exceptive_particles", path, line),
        exceptives=listed(raw.get("exceptives"), "exceptives", path, line),
        expletive_openers=listed(raw.get("expletive_openers"), "expletive_openers", path, line),
        undergoing_words=listed(raw.get("undergoing_words"), "undergoing_words", path, line),
        negation_completers=listed(raw.get("negation_completers"), "negation_completers", path, line),
        embedding_verbs=listed(raw.get("embedding_verbs"), "embedding_verbs", path, line),
        content_clauses=listed(raw.get("content_clauses"), "content_clauses", path, line),
        predicate_markers=listed(raw.get("predicate_markers"), "predicate_markers", path, line),
        impersonal_reports=listed(raw.get("impersonal_reports"), "impersonal_reports", path, line),
        circumstance_markers=listed(raw.get("circumstance_markers"), "circumstance_markers", path, line),
        adjectives_before_nouns=bool(raw.get("adjectives_before_nouns", False)),
        occurrence_verbs=listed(raw.get("occurrence_verbs"), "occurrence_verbs", path, line),
        report_nouns=listed(raw.get("report_nouns"), "report_nouns", path, line),
        patient_markers=listed(raw.get("patient_markers"), "patient_markers", path, line),
        conjunctions=listed(raw.get("conjunctions"), "conjunctions", path, line),
        modality={k: listed(v, f"modality.{k}", path, line) for k, v in modality_raw.items() if k != "__line__"},
        future_endings=tuple(sorted(listed(raw.get("future_endings"), "future_endings", path, line))),
        conditional_endings=tuple(sorted(listed(raw.get("conditional_endings"), "conditional_endings", path, line))),
        infinitive_endings=tuple(sorted(listed(raw.get("infinitive_endings"), "infinitive_endings", path, line))),
        past_endings=tuple(sorted(listed(raw.get("past_endings"), "past_endings", path, line))),
        weak_past_endings=tuple(sorted(listed(raw.get("weak_past_endings"), "weak_past_endings", path, line))),
        clause_verb_lemmas=tuple(sorted(listed(raw.get("clause_verb_lemmas"), "clause_verb_lemmas", path, line))),
        future_auxiliaries=listed(raw.get("future_auxiliaries"), "future_auxiliaries", path, line),
        auxiliary_participles=listed(raw.get("auxiliary_participles"), "auxiliary_participles", path, line),
        future_words=listed(raw.get("future_words"), "future_words", path, line),
        perfect_auxiliaries=listed(raw.get("perfect_auxiliaries"), "perfect_auxiliaries", path, line),
        partitives=listed(raw.get("partitives"), "partitives", path, line),
        subject_across_insertions=bool(raw.get("subject_across_insertions", False)),
        insertion_openers=listed(raw.get("insertion_openers"), "insertion_openers", path, line),
        roles=role_words(lang) if lang else RoleWords(),
    )
