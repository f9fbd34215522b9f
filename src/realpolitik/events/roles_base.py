"""The role reader's shared vocabulary: the actor group (Group), the roles found (Roles), the trigger's site (Site),
the marks a group may carry, and the small helpers and constants several parts of the reader use.

Separate so that every part of the reader (roles_*.py) can import them without importing each other: the parts
form a tree under roles_structure, and what two of them share sits here, at the bottom.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from realpolitik.codes import sides_of
from realpolitik.events.grammar import Grammar
from realpolitik.events.rules import Rule
from realpolitik.language.tokens import CLAUSE_STOPS
from realpolitik.model import PLACE, ActorMention

LOOKBACK: Final = 4
TRIGGER_OBJECT: Final = "~trigger"  # marker of a group governed by a preposition that is part of the trigger
REPORT_SOURCE: Final = "~report"  # "nach Angaben aus Seoul": who says so, neither source nor target of the event
WITNESS: Final = "~witness"  # "im Beisein von Meloni unterzeichnet": present at the act, no party of it
ABSENT: Final = "~absent"  # "a conference without Moscow": absent from the act, no party of it
COMPOUND: Final = "~compound"  # "the Iran-backed group": the name qualifies a noun, neither source nor target


def elided_de(word: str, grammar: Grammar) -> bool:
    """French "d'Israël", "d’Ukraine": the preposition "de" written onto the next word, a genitive like "de la
    Russie". The forms are the language's own (`elided_prepositions` of data/rules/roles/<lang>.yaml: French "d'",
    "d’"; none elsewhere), so a name written so in another language ("D'Alema" in a Spanish or English text) is
    no genitive."""
    return word.lower().startswith(grammar.roles.elided_preposition_starts)


@dataclass(init=False)  # its own __init__: compiled, where the dataclass's is interpreted (compiled.py)
class Group:
    members: list[ActorMention]
    start: int  # first token
    end: int  # last token + 1
    marker: str | None = None  # the governing preposition's lemma
    marker_index: int | None = None  # where that preposition stands
    genitive: bool = False
    possessive: bool = False  # "Russlands", "Russia's": attached to the next noun
    attached: bool = False  # the post of the actor before it: "l'ambassadeur américain à l'ONU"
    instrumental: bool = False  # Russian "Китаем", "Евросоюзом": the agent of a passive ("задержаны Китаем")

    def __init__(self, members: list[ActorMention], start: int, end: int, marker: str | None = None,
                 marker_index: int | None = None, genitive: bool = False, possessive: bool = False,
                 attached: bool = False, instrumental: bool = False) -> None:
        self.members = members
        self.start = start
        self.end = end
        self.marker = marker
        self.marker_index = marker_index
        self.genitive = genitive
        self.possessive = possessive
        self.attached = attached
        self.instrumental = instrumental

    @property
    def codes(self) -> list[str]:
        return [m.code for m in self.members]

    @property
    def sides(self) -> set[str]:
        """The sides its members act for (`sides_of`): two or more for a pair or list of states."""
        return sides_of(self.members)

    @property
    def free(self) -> bool:
        """No preposition, no genitive, no possessive: a name that can be a clause's subject or object."""
        return self.marker is None and not self.genitive and not self.possessive


@dataclass(init=False)  # its own __init__: compiled, where the dataclass's is interpreted (compiled.py)
class Roles:
    sources: list[ActorMention] = field(default_factory=list)
    targets: list[ActorMention] = field(default_factory=list)
    passive: bool = False
    from_outside_clause: bool = False
    target_from_context: bool = False  # the target was taken from an earlier sentence's event
    mutual: bool = False  # "Kämpfe zwischen X und Y", "Attacken der X und der Y": each side against the other
    # "le Rwanda, qu'il accuse de ...": where the subject pronoun of an object relative clause stands; the source it
    # stands for is named outside the clause, but attaches to the verb through the pronoun (events/confidence.py)
    subject_pronoun: int | None = None
    # "Le Niger accuse ..., ce que Cotonou dément": the claim a denial answers was made in its own sentence, by the
    # target; no earlier sentence's speaker made it (events/article_answers.deny_claim)
    claimant_named: bool = False
    # «...», a déclaré X: the source is the speaker of the quotation the trigger stands in, outside its clause but
    # as sure as a subject of its own (events/coder: no weak source for the article's context)
    quoted_speaker: bool = False
    # "Belarus denies supporting the Russian army": the denial's content named the party its help would have reached,
    # no addressee of the denial, but the article's claimant still answers it (events/article_answers.deny_claim)
    content_party: bool = False
    # "Xi Jinping l'accueillait à Pékin", "Il était reçu au Kremlin par Poutine": the one acted on is a pronoun (an
    # object clitic, a passive's subject) whose antecedent the sentence does not name; an earlier one does
    # (events/article_antecedents.pronoun_object)
    object_pronoun: bool = False

    def __init__(self, sources: list[ActorMention] | None = None, targets: list[ActorMention] | None = None,
                 passive: bool = False, from_outside_clause: bool = False, target_from_context: bool = False,
                 mutual: bool = False, subject_pronoun: int | None = None, claimant_named: bool = False,
                 quoted_speaker: bool = False, content_party: bool = False, object_pronoun: bool = False) -> None:
        self.sources = [] if sources is None else sources
        self.targets = [] if targets is None else targets
        self.passive = passive
        self.from_outside_clause = from_outside_clause
        self.target_from_context = target_from_context
        self.mutual = mutual
        self.subject_pronoun = subject_pronoun
        self.claimant_named = claimant_named
        self.quoted_speaker = quoted_speaker
        self.content_party = content_party
        self.object_pronoun = object_pronoun


# not frozen: one is made per trigger, and a frozen one sets each field through object.__setattr__; its own __init__:
# compiled, where the dataclass's is interpreted (compiled.py)
@dataclass(init=False)
class Site:
    """One trigger where it stands: what the role finder reads to pick its source and target (never changed:
    a reader that needs another view makes one with `replace`)."""

    groups: list[Group]  # the sentence's actor groups, marked
    trigger: tuple[int, int]  # the trigger's token span
    clause: tuple[int, int]  # the trigger's clause
    sentence_groups: list[Group]  # the groups outside the clause may be read too (a shared subject)
    rule: Rule
    grammar: Grammar
    nominal: bool  # the trigger is a noun ("the attack"), not a verb
    passive_aux: bool  # the clause has a passive auxiliary
    forms: list[frozenset[str]]  # each token's forms (lemma, lower-cased text)
    other_triggers: frozenset[int] = frozenset()  # tokens of the other triggers that have an agent of their own
    borrowed_subject: bool = False  # the clause goes on from the main clause or opens a participle
    rival_triggers: frozenset[int] = frozenset()  # tokens of every other trigger of the sentence
    attributes: tuple[tuple[int, int], ...] = ()  # German extended attributes (participle_attributes)
    mediations: frozenset[int] = frozenset()  # tokens of the sentence's other mediation triggers (CAMEO 045)
    denials: frozenset[int] = frozenset()  # tokens of the sentence's other denial triggers (CAMEO 016)
    # of a denial (CAMEO 016) only: the tokens of the sentence's other cooperative triggers, the help the denial's
    # content may report ("denied having sent troops to Russia")
    acts: frozenset[int] = frozenset()
    # of a charge (ACCUSE) only: the tokens of the sentence's other cooperative triggers, whose object the charge
    # coordinated after them does not share ("expresó su apoyo a Pakistán y condenó los ataques")
    friendly: frozenset[int] = frozenset()
    # of a charge (ACCUSE) only: the tokens of the sentence's aid and help-naming pledges, whose object after "and" a
    # charge whose own words name no one does not judge ("a condamné l'attentat et envoyé des secours au Maroc"; not
    # support: "a dénoncé le coup de force et exprimé sa solidarité avec les institutions béninoises" judges Benin's)
    helping: frozenset[int] = frozenset()
    vocabulary: frozenset[str] | None = None  # the union of `forms`, where the coder has it (None: unknown)
    # of a rejection only: the tokens of the sentence's praise, whose objects are never the rejection's ("rejected the
    # decision and thanked Brazil")
    opposed_verdicts: frozenset[int] = frozenset()

    def __init__(self, groups: list[Group], trigger: tuple[int, int], clause: tuple[int, int],
                 sentence_groups: list[Group], rule: Rule, grammar: Grammar, nominal: bool, passive_aux: bool,
                 forms: list[frozenset[str]], other_triggers: frozenset[int] = frozenset(),
                 borrowed_subject: bool = False, rival_triggers: frozenset[int] = frozenset(),
                 attributes: tuple[tuple[int, int], ...] = (), mediations: frozenset[int] = frozenset(),
                 denials: frozenset[int] = frozenset(), acts: frozenset[int] = frozenset(),
                 friendly: frozenset[int] = frozenset(), helping: frozenset[int] = frozenset(),
                 vocabulary: frozenset[str] | None = None, opposed_verdicts: frozenset[int] = frozenset()) -> None:
        self.groups = groups
        self.trigger = trigger
        self.clause = clause
        self.sentence_groups = sentence_groups
        self.rule = rule
        self.grammar = grammar
        self.nominal = nominal
        self.passive_aux = passive_aux
        self.forms = forms
        self.other_triggers = other_triggers
        self.borrowed_subject = borrowed_subject
        self.rival_triggers = rival_triggers
        self.attributes = attributes
        self.mediations = mediations
        self.denials = denials
        self.acts = acts
        self.friendly = friendly
        self.helping = helping
        self.vocabulary = vocabulary
        self.opposed_verdicts = opposed_verdicts


# acts a speaker does by saying them: a quotation in the first person may be one ("Wir fordern ...", "We reject ...";
# not deals or ties: "Wir vertiefen unsere Partnerschaft mit X" is often what a visitor says of the host's state), a
# venue may follow their verb, and a concession may name one as what was said before ("despite US warnings",
# events/topics.in_concession)
SAID_TYPES: Final = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT"})
# the said acts aimed against another, a reaction in words: a charge, a refusal, a threat (not a request)
SAID_AGAINST: Final = SAID_TYPES - {"REQUEST"}
# what a participle or an act noun may do to a noun, whose owner is then its target ("die sanktionierten Firmen",
# "after Israeli strikes on its nuclear sites"); the acts of `conditions.SPOKEN_THREATS`, kept apart: what is read here
# is the grammar of their object, not a threat
ACTS_ON_PATIENTS: Final = frozenset({"COERCE", "ASSAULT", "SANCTION"})


def skip_back(forms: list[frozenset[str]], i: int, words: frozenset[str]) -> int:
    """The first token at or before `i`, reading back, that holds none of `words` (-1 where every one does): the word
    before a verb past its auxiliaries or pronouns ("«...», a exigé", "comme le lui reproche"), before a name past its
    article."""
    while i >= 0 and forms[i] & words:
        i -= 1
    return i


def marker_at(g: Group, forms: list[frozenset[str]]) -> int:
    """Where the preposition that governs `g` stands (its start when it has none or it is not found near)."""
    at = locate_marker(g, forms)
    return g.start if at is None else at


def only_object_between(g: Group, groups: list[Group], trigger: tuple[int, int], at: int,
                        rival_triggers: frozenset[int], forms: list[frozenset[str]], grammar: Grammar,
                        more_stops: frozenset[str] = frozenset()) -> bool:
    """Whether only the verb's object (a noun with its article, adjectives and genitive complement) stands between
    the trigger and the phrase of `g` whose preposition is at `at`: no verb, no other name, no other trigger
    (`rival_triggers`), no preposition of a party, place or agent, no conjunction or clause stop (nor `more_stops`).
    Shared by the readings that take a phrase after the object as the act's own: the pact's pair
    (`roles_objects.pair_after_object`), the judged conduct's place (`roles_verdicts.judged_act_place`)."""
    stops = (grammar.target_markers | grammar.location_markers | grammar.agent_markers | grammar.coordination
             | grammar.subordinators | more_stops | CLAUSE_STOPS) - grammar.genitive_markers - grammar.determiners
    return not any(i in rival_triggers or forms[i] & stops or any(grammar.verb_lemma(f) for f in forms[i])
                   for i in range(trigger[1], at)) and not any(
        h is not g and trigger[1] <= h.start < at for h in groups)


def locate_marker(g: Group, forms: list[frozenset[str]]) -> int | None:
    """Where the preposition that governs `g` stands: where the group was found with it, else just before the
    name or its article and adjectives (three words back); None when it has none or it is not found there."""
    if g.marker_index is not None:
        return g.marker_index
    if g.marker is None:
        return None
    return next((i for i in range(g.start - 1, max(-1, g.start - 4), -1) if g.marker in forms[i]), None)


STATE_KINDS: Final = frozenset({PLACE, "country", "capital"})

# "«...», a-t-il déclaré", "„...“, sagte er am Abend", "», — написал в среду в соцсетях министр": the words
# of the incise after a quotation
INCISE_REACH: Final = 8
THIRD_PLURAL: Final = ("ли", "ют", "ят", "ут", "ат")  # Russian past and present: "заявили", "осуждают", "говорят"


def third_plural_verb(forms: frozenset[str], grammar: Grammar) -> bool:
    """A Russian verb in the third person plural ("заявили", "осудили", "приветствуют"), read from a token's forms:
    with no subject before it, its subject is an institution named first or the names after it."""
    return any(f.endswith(THIRD_PLURAL) for f in forms) and any(grammar.verb_lemma(f) for f in forms)
