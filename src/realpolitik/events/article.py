"""What the article so far supplies to an event its sentence leaves incomplete.

A pronoun subject is the latest source; a verdict on an act named by a bare
noun is aimed at that act's author; a reaction (denial, threat, condemnation,
expulsion) with no named target answers the article's latest event between
its actor and someone else; praise with no target ("welcomed the agreement")
praises the sides of the latest deal or the author of the latest act; a verdict on "the step" (a definite
noun that sums up one party's act) judges the author of the latest act that was no talks or verdict. Which
earlier event counts is spelled out in `fill_from_context`. Force with no
target hits the actor's one adversary so far; a hostile act that still has no
target (or aid with no recipient) is aimed at the other side of the article's
focal dyad (`Dyads`), a third party's appeal that names no one is made to both
its sides, and an appeal to one side by someone unknown comes from the other.

This module holds what the parts of that reading share: how far back they reach, the act types they and the
coder's steps test, and the record one event's fill passes from step to step (`Fill`). The parts, each a module of
one job (imported in this order, none imports a later one): `article_acts` (which earlier event of the article
counts), `article_antecedents` (whom a pronoun, an unnamed attacker or a measure's noun stands for),
`article_sides` (the article's focal dyad and the state it is about), `article_answers` (what a reaction with no
target answers), `article_fill` (`fill_from_context`, the order of the steps), `article_phrases` (phrases that name
an earlier act again or repeat it, and the host of a passive summons).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from realpolitik.codes import PARTY_AGENTS
from realpolitik.events.roles_base import Roles
from realpolitik.events.rules import Rule
from realpolitik.model import ActorMention, Event

CONTEXT_CHARS: Final = 600  # how far back (in characters) a pronoun or a reaction may reach
# A verdict on a named act ("verurteilte das Manöver", "condemned the strikes") may reach further back:
# the noun says which event it judges, where a bare reaction could answer anything.
ACT_CHARS: Final = 2000
VERDICT_TYPES: Final = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
# the verdicts against another: a charge, a rejection (praise judges for: no answer follows it)
VERDICTS_AGAINST: Final = VERDICT_TYPES - {"SUPPORT"}
BYSTANDERS: Final = frozenset({"CVL", "MED", "BUS"})  # citizens, media, firms: they seldom answer a state
COOPERATION: Final = "05"
# an offer or pledge (03: "offered to convene the two ministers", "pledged its full support"), material cooperation
# (06) or aid (07: "granted him asylum", "arms deliveries"): no charge, threat or measure answers them either, as none
# answers praise or a deal (05); a rejection still answers an offer ("rejected the offer": `article_answers.REJECTABLE`)
GOODWILL: Final = ("03", "06", "07")
# the reactions against another that answer no goodwill: a charge, a threat, a measure
HOSTILE_ANSWERS: Final = frozenset({"ACCUSE", "THREATEN", "SANCTION"})
# an accusation or rejection with no target named answers no meeting or visit of its actor's own: the talks name a
# partner, not whom the actor blames or turns down (measured on every set but blind_*: 15 such fills wrong, 3 right);
# a threat or sanction after one's own talks still goes to the partner ("Trump met Hun Manet ... threatened tariffs")
MEETINGS: Final = "04"
# "... das Polen gegen ukrainisches Getreide verhängt hatte, nachdem die Kommission ihr Importverbot hatte auslaufen
# lassen": an easing of economic sanctions with no target named eases a measure on the one the latest sanction told
# was aimed at (not the administrative 081: a border or trade reopened is often asked for, not a sanction undone)
EASING: Final = "085"
FORCE_TYPES: Final = frozenset({"ASSAULT", "COERCE"})  # force with no named target: at the actor's one adversary
# What a condemnation with neither a named target nor an earlier quarrel of its own judges ("Seoul called the
# launch a provocation", "Guterres also condemned it"): the latest hostile act in the article, by another party.
HOSTILE_TYPES: Final = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"})


def domestic_voice(roles: Roles) -> bool:
    """A party or the opposition as the actor ("le RN a reproché au chef de l'État ...", "die polnische Opposition
    kritisierte ..."): what it names no target for is its own government's doing, no state the article named before."""
    return roles.sources[0].agent in PARTY_AGENTS


@dataclass(init=False)  # its own __init__: compiled, where the dataclass's is interpreted (compiled.py)
class NamedAgain:
    """What a verdict's clause names again, besides its actors: the acts it judges by noun ("condemned the strikes"),
    a step, a deal, talks or words told before. The coder reads it in the event's sentence (`trigger_context`);
    `fill_from_context` asks it whom the verdict is on. A new reading of what a verdict names is a field here."""

    acts: list[str] = field(default_factory=list)  # the acts (PLOVER types) it names by noun ("condemned the strikes")
    kinds: list[str] = field(default_factory=list)  # the CAMEO codes of those acts ("condemned the expulsion": 161)
    # the act nouns a verdict names, lower case, word and lemma ("den Angriff": angriff)
    words: list[str] = field(default_factory=list)
    step: bool = False  # a verdict names a step again ("welcomed the step")
    deal: bool = False  # a praise names a deal again ("welcomed the agreement")
    talks: bool = False  # a praise names talks again ("welcomed the resumption of the talks")
    remarks: bool = False  # a verdict names words again ("rejected the remarks")
    # a verdict labels the act it judges ("a salué « une étape encourageante »"): the events of the article's lead,
    # the act it labels (empty where it labels none)
    label: list[Event] = field(default_factory=list)
    # the act a relative pronoun, the verdict's object, stands for: told before the comma that opens the verdict's
    # clause ("... signed a defence pact, which Moscow condemned": `verdict_objects.relative_act`), else None
    antecedent: Event | None = None

    def __init__(self, acts: list[str] | None = None, kinds: list[str] | None = None,
                 words: list[str] | None = None, step: bool = False, deal: bool = False, talks: bool = False,
                 remarks: bool = False, label: list[Event] | None = None, antecedent: Event | None = None) -> None:
        self.acts = acts or []
        self.kinds = kinds or []
        self.words = words or []
        self.step = step
        self.deal = deal
        self.talks = talks
        self.remarks = remarks
        self.label = label or []
        self.antecedent = antecedent


@dataclass(init=False)  # its own __init__: compiled, where the dataclass's is interpreted (compiled.py)
class Fill:
    """What `fill_from_context` reads to complete one event, passed from step to step: its roles (which the steps
    complete) and rule, the article's events before it, what its sentence says of it (the flags the coder set) and
    what a verdict names again (`again`)."""

    roles: Roles
    rule: Rule
    recent: list[Event]  # the events within CONTEXT_CHARS, the sentence's own earlier ones last
    judged: list[Event] | None  # the events within ACT_CHARS (None: no further reach than `recent`)
    pronoun: bool  # the subject is a pronoun
    again: NamedAgain  # what a verdict names again: acts, a step, a deal, talks, words
    weak: bool  # the source is unsure (borrowed from another clause, a bare adjective, a bystander)
    subject: ActorMention | None  # the earlier sentences' latest subject
    named: list[ActorMention]  # the actors the earlier sentences named
    at: int | None  # where the event's sentence starts
    plural: bool  # the pronoun subject is plural ("ils")
    asked: bool  # the act is asked of someone (a demand)
    marked: bool  # a target marker follows the trigger
    speaker: ActorMention | None  # the subject of the sentence before, where it told what was said
    here: frozenset[str] = frozenset()  # the parties its own sentence names by name, office or body (`named_in`)
    me: str = ""  # the actor's party, once the event has one
    # the pairs of parties the article told in a quarrel before the event's sentence (`article_sides.Dyads.quarrels`)
    quarrels: frozenset[frozenset[str]] = frozenset()
    # the parties its own sentence names in any way, a capital or place too (`sentence_state.parties_of`)
    parties: frozenset[str] = frozenset()

    def __init__(self, roles: Roles, rule: Rule, recent: list[Event], judged: list[Event] | None, pronoun: bool,
                 again: NamedAgain, weak: bool, subject: ActorMention | None, named: list[ActorMention],
                 at: int | None, plural: bool, asked: bool, marked: bool, speaker: ActorMention | None,
                 here: frozenset[str] = frozenset(), me: str = "",
                 quarrels: frozenset[frozenset[str]] = frozenset(), parties: frozenset[str] = frozenset()) -> None:
        self.roles = roles
        self.rule = rule
        self.recent = recent
        self.judged = judged
        self.pronoun = pronoun
        self.again = again
        self.weak = weak
        self.subject = subject
        self.named = named
        self.at = at
        self.plural = plural
        self.asked = asked
        self.marked = marked
        self.speaker = speaker
        self.here = here
        self.me = me
        self.quarrels = quarrels
        self.parties = parties

    @property
    def reach(self) -> list[Event]:
        """The events a verdict on a named act may judge: `judged` where there is one, else `recent`."""
        return self.recent if self.judged is None else self.judged


# the entry of a target so read: a guess of the reader's, no pair of the article's own (`Dyads` does not count it: "the
# UN was concerned ... France called for dialogue" makes no UN side that France appeals to)
ABOUT: Final = "about:"
