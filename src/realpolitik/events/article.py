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
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from operator import countOf
from typing import Final

from realpolitik.actors.reference_history import COUNTED, OWN, REFERS, members
from realpolitik.codes import PARTY_AGENTS, country_of, is_armed_group, party
from realpolitik.events.cameo import SYMMETRIC_TYPES
from realpolitik.events.clauses import future_not_passive, quoted_tokens
from realpolitik.events.roles_base import Roles
from realpolitik.events.rules import Rule
from realpolitik.model import PLACE, ActorMention, Event, Sentence, Token, token_text

CONTEXT_CHARS: Final = 600  # how far back (in characters) a pronoun or a reaction may reach
# A verdict on a named act ("verurteilte das Manöver", "condemned the strikes") may reach further back:
# the noun says which event it judges, where a bare reaction could answer anything.
ACT_CHARS: Final = 2000
REACTION_CHARS: Final = 1000  # a reaction's target: the actor's latest quarrel, often told a paragraph before
VERDICT_TYPES: Final = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
BYSTANDERS: Final = frozenset({"CVL", "MED", "BUS"})  # citizens, media, firms: they seldom answer a state
# praise with no target ("welcomed the move") praises the latest act on the praiser or deal by others
PRAISE: Final = "051"
MEDIATION: Final = "045"  # a mediator with no named parties mediated between the sides of the latest event
# "China offered to mediate": an offer with no named parties stands between the same sides
MEDIATION_OFFER: Final = "039"
REPLY_TYPES: Final = frozenset({"REJECT", "CONCEDE"})  # a reply answers the latest act by someone else
YIELDING: Final = "CONCEDE"  # a reply whose rules need no target
# what a rejection answers: claims, demands, offers
REJECTABLE: Final = frozenset({"ACCUSE", "REQUEST", "AGREE", "THREATEN"})
COOPERATION: Final = "05"
DEAL: Final = "057"  # a signed agreement
# an accusation or rejection with no target named answers no meeting or visit of its actor's own: the talks name a
# partner, not whom the actor blames or turns down (measured on every set but blind_*: 15 such fills wrong, 3 right);
# a threat or sanction after one's own talks still goes to the partner ("Trump met Hun Manet ... threatened tariffs")
MEETINGS: Final = "04"
ASKING: Final = "REQUEST"  # a demand or appeal: made of the partner of the talks it is voiced in
WORDS: Final = frozenset({"ACCUSE", "THREATEN", "REQUEST"})  # acts made in words: a claim, a threat, a demand
CLAIMS: Final = frozenset({"ACCUSE", "REJECT"})
# pledges, meetings, praise or support, joint drills, aid: no reply answers them when made to another (a signed deal
# is: "Tanzania rejected the deal"); measured: the praise, support and drills between others a rejection answered
# were wrong 7 times in 9 ("Kremlin called Myanmar a reliable partner ... Malaysia refused to send observers")
UNANSWERED: Final = ("03", "04", "050", "051", "052", "053", "054", "055", "056", "06", "07")
DENIAL: Final = "016"  # a denial answers the claim it denies: its author is a target too
# Reactions that are aimed at someone even when the sentence does not name them ("Iran vowed retaliation",
# "Moscow condemned the move", "Mali recalled its ambassador"): at whoever last acted on the actor.
# "Bamako a exigé le départ des soldats danois. Copenhague a annoncé le rapatriement de ses soldats": a withdrawal of
# troops with no place named answers the latest demand (106) that the actor withdraw them
WITHDRAWAL, DEMANDED_WITHDRAWAL = "0874", "106"
# "... das Polen gegen ukrainisches Getreide verhängt hatte, nachdem die Kommission ihr Importverbot hatte auslaufen
# lassen": an easing of economic sanctions with no target named eases a measure on the one the latest sanction told
# was aimed at (not the administrative 081: a border or trade reopened is often asked for, not a sanction undone)
EASING: Final = "085"
HOSTING: Final = frozenset({"042", "043"})  # a visit or a hosting: aid announced with it goes to the guest or host
_SERVICES: Final = frozenset({"043", "036"})  # hosting talks, an invitation: what a welcome of the deal does not praise
ENVOYS: Final = "161"  # expelling or recalling envoys: "wies den Botschafter aus" names no country, the article did
# ... but leaving, freezing or ending a membership or treaty (also 161) is aimed at the body or the treaty's other
# side, not at the country named last ("Armenia froze its participation in 2024", "ont quitté la convention
# d'Ottawa": measured on every set but blind_*, 9 such fills wrong, 1 right)
MEMBERSHIP_RULES: Final = ("leave_", "suspend", "denounce_treaty", "end_treaty", "exclude", "excluded_")
REACTION_TYPES: Final = frozenset({"REJECT", "CONCEDE", "THREATEN", "ACCUSE", "SANCTION"})
# What a condemnation with neither a named target nor an earlier quarrel of its own judges ("Seoul called the
# launch a provocation", "Guterres also condemned it"): the latest hostile act in the article, by another party.
FORCE_TYPES: Final = frozenset({"ASSAULT", "COERCE"})  # force with no named target: at the actor's one adversary
# Acts aimed at someone that, with no target named or answered, are aimed at the other side of the article's focal
# dyad (not force: see FORCE_TYPES; not appeals or deals, often addressed to the world or to a third party); aid too,
# given to the side the article is about. Measured by leaving each type out, right/wrong on study + blind
# study: ACCUSE 0/0 (unseen 1/0), REJECT 1/0 (blind unseen 1/0), SANCTION 1/0, COERCE 0/0, AID 2/1 (blind unseen
# 1/0). Not a threat: 1/1 there and 0/1 on blind unseen (a threat with no target and no act it answers is most
# often a warning to the world, "vowed to defend its sovereignty")
FOCAL_TYPES: Final = frozenset({"ACCUSE", "REJECT", "SANCTION", "COERCE", "AID"})
# an appeal by a third party with no one named ("urged restraint"): to both sides of the focal dyad (by one of its
# sides, an appeal is often addressed to the world or to allies, and is left without a target)
APPEAL_TYPES: Final = frozenset({"REQUEST"})
# ... but only an appeal that says what it asks of two sides (restraint, talks, a truce: 021-028, 10x, or a word of
# them in its sentence) or addresses the sides ("all parties"); a bare appeal ("a plaidé pour un multilatéralisme
# réformé", "a appelé à manifester devant le Parlement", "called for reform") asks nothing of the dyad: no target
UNSPECIFIED_APPEAL: Final = "020"
# What two sides are asked to do together: de-escalate, meet or negotiate, settle, accept mediation (appeals 0256,
# 026-028; demands 1056, 106-108). Any other ask ("demanded their release", "called for reforms", "réclame un
# démantèlement du programme") is made of one party: of the dyad's sides, the one its sentence names ("pidieron
# publicar las actas ... la voluntad de los venezolanos"), else none unless the sentence addresses the sides ("all
# parties"), like a bare appeal (measured on all gold sets: both sides filled gave 23 keys wrong, 8 right)
MUTUAL_ASKS: Final = ("0256", "026", "027", "028", "1056", "106", "107", "108")
# ... and not where the focal dyad's latest act is aid or military cooperation: partners make no sides ("China, North
# Korea's only ally, called on all sides to ..." after Moscow and Pyongyang drilled together). Measured on every set one
# may study: such fills 3 wrong, none right. Not praise: the sides of a quarrel praise a truce or each other's step
# (1 right there). A reach in characters (the quarrel told at most a paragraph before) cut 10 wrong fills there but
# cost 4 facts for 2 extras on the blind sets: not kept.
NO_QUARREL_TYPES: Final = frozenset({"COOPERATE", "AID"})
# Acts with a named addressee and no source ("instó a Japón a corregir ...", after a speaker the reader does not know)
# that, addressed to one side of the focal dyad, come from its other side: an appeal, a pledge or an invitation
# (study + blind study: right 4 times in 5; for ACCUSE, SANCTION, ASSAULT or SUPPORT no article fallback was;
# each left out: REQUEST 2 right / 1 wrong, blind unseen 2/0; AGREE 2/0. A third party's appeal to both sides
# (APPEAL_TYPES): 0/0 there, blind unseen 7 right / 5 wrong)
SOURCED_TYPES: Final = frozenset({"REQUEST", "AGREE"})
FOCAL_EVENTS: Final = 2  # events between two parties before they are the article's focal dyad (one is any mention)
TITLE_WEIGHT: Final = 2  # what an event of the title counts for there: it names the pair the article is about
HOSTILE_TYPES: Final = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"})
OWN_NAMED: Final = frozenset({"THREATEN", "REJECT"})  # acts whose own actor named in them is no target of theirs


def _domestic_voice(roles) -> bool:
    """A party or the opposition as the actor ("le RN a reproché au chef de l'État ...", "die polnische Opposition
    kritisierte ..."): what it names no target for is its own government's doing, no state the article named before."""
    return roles.sources[0].agent in PARTY_AGENTS


@dataclass(init=False)  # its own __init__: compiled, where the dataclass's is interpreted (compiled.py)
class _Fill:
    """What `fill_from_context` reads to complete one event, passed from step to step: its roles (which the steps
    complete) and rule, the article's events before it and what its sentence says of it (the flags the coder set)."""

    roles: Roles
    rule: Rule
    recent: list[Event]  # the events within CONTEXT_CHARS, the sentence's own earlier ones last
    judged: list[Event] | None  # the events within ACT_CHARS (None: no further reach than `recent`)
    pronoun: bool  # the subject is a pronoun
    acts: list[str]  # the acts (PLOVER types) a verdict names by noun ("condemned the strikes")
    weak: bool  # the source is unsure (borrowed from another clause, a bare adjective, a bystander)
    subject: ActorMention | None  # the earlier sentences' latest subject
    named: list[ActorMention]  # the actors the earlier sentences named
    at: int | None  # where the event's sentence starts
    step: bool  # a verdict names a step again ("welcomed the step")
    plural: bool  # the pronoun subject is plural ("ils")
    deal: bool  # a praise names a deal again ("welcomed the agreement")
    asked: bool  # the act is asked of someone (a demand)
    marked: bool  # a target marker follows the trigger
    remarks: bool  # a verdict names words again ("rejected the remarks")
    speaker: ActorMention | None  # the subject of the sentence before, where it told what was said
    me: str = ""  # the actor's party, once the event has one

    def __init__(self, roles: Roles, rule: Rule, recent: list[Event], judged: list[Event] | None, pronoun: bool,
                 acts: list[str], weak: bool, subject: ActorMention | None, named: list[ActorMention], at: int | None,
                 step: bool, plural: bool, deal: bool, asked: bool, marked: bool, remarks: bool,
                 speaker: ActorMention | None, me: str = "") -> None:
        self.roles = roles
        self.rule = rule
        self.recent = recent
        self.judged = judged
        self.pronoun = pronoun
        self.acts = acts
        self.weak = weak
        self.subject = subject
        self.named = named
        self.at = at
        self.step = step
        self.plural = plural
        self.deal = deal
        self.asked = asked
        self.marked = marked
        self.remarks = remarks
        self.speaker = speaker
        self.me = me

    @property
    def reach(self) -> list[Event]:
        """The events a verdict on a named act may judge: `judged` where there is one, else `recent`."""
        return self.recent if self.judged is None else self.judged


def fill_from_context(roles, rule: Rule, recent: list[Event], pronoun: bool,
                      acts: list[str] | None = None, weak: bool = False,
                      judged: list[Event] | None = None, subject: ActorMention | None = None,
                      named: list[ActorMention] | None = None, at: int | None = None, step: bool = False,
                      plural: bool = False, deal: bool = False, asked: bool = False, marked: bool = False,
                      remarks: bool = False, speaker: ActorMention | None = None) -> None:
    """Complete an event from the events of the article's last sentences (`recent`, within CONTEXT_CHARS;
    `judged`, the events within ACT_CHARS, for a verdict on a named act), in this order:

    1. a missing source (`_source_from_context`): a pronoun's antecedent, a victim's one adversary, the author of the
       sanctions a measure belongs to;
    2. nothing more where the event needs no target or its actor is a domestic voice (`_wants_target`);
    3. a denial also answers the one who made the claim it denies (`_deny_claim`);
    4. nothing more where the sentence named a target other than the actor's own (`_target_named`);
    5. else the target the article supplies for what the event is (`_target_from_context`); an event so completed
       is marked `target_from_context`.

    Guesses of the state an article is about (`_guessed`) feed no step after the first.
    """
    fill = _Fill(roles, rule, recent, judged, pronoun, acts or [], weak, subject, named or [], at, step, plural, deal,
                 asked, marked, remarks, speaker)
    _source_from_context(fill)
    if not _wants_target(fill):
        return
    # (a guess from the state the article is about feeds no other guess: "WFP denounced the strike on its convoy ...
    # Port Sudan rejected the offer" rejects the offer told before, not WFP)
    fill.recent = [e for e in recent if not _guessed(e)]
    fill.judged = None if judged is None else [e for e in judged if not _guessed(e)]
    fill.me = party(roles.sources[0].code)
    _deny_claim(fill)
    if _target_named(fill):
        return
    targets = _target_from_context(fill)
    if targets:
        roles.targets = targets
        roles.target_from_context = True


def _source_from_context(fill: _Fill) -> None:
    """An event with no source named takes one from the article.

    - A pronoun subject ("er", "he", "él", "il", "он") is the latest source before it; with no event before it, or
      when a later sentence than the latest event's named a `subject` (the earlier sentences' latest), that subject
      ("Putin sprach in Moskau. Er warf den USA ... vor"; "Iran fired missiles at Israel. Netanyahu spoke on
      Tuesday. He vowed ...": the pronoun stands for that speaker, not for the event's source).
    - Force on a named victim by no one named was used by the victim's one adversary (`_attacker`).
    - A sanction whose subject is the measure itself was imposed by the author of the latest sanction
      (`_sanctioner`; not a body read as the target: "Ein Sprecher der Kommission sagte, weitere Strafmaßnahmen
      würden geprüft")."""
    roles, rule, recent, subject = fill.roles, fill.rule, fill.recent, fill.subject
    if not roles.sources and fill.pronoun and (recent or subject is not None):
        if recent and (subject is None or subject.start < recent[-1].evidence_end):
            roles.sources = _lead_sources(recent, fill.plural)
        elif subject is not None:  # (always, where there is no event before)
            roles.sources = [replace(subject, token_start=-1, token_end=-1, note="the subject a pronoun stands for")]
        roles.from_outside_clause = True
    if not roles.sources and rule.plover in FORCE_TYPES and roles.targets and not fill.weak:
        _attacker(roles, fill.reach)
    if not roles.sources and rule.plover == "SANCTION" and roles.targets and not fill.weak and not roles.passive \
            and all(t.country for t in roles.targets):
        _sanctioner(roles, recent)


def _wants_target(fill: _Fill) -> bool:
    """Whether the article may supply a target: the event has a source, needs a target (a yielding needs none, a
    state may give way in general; but "lenkte dann aber ein" after a pressure named before yields to the one who
    pressed), and its actor is no domestic voice (`_domestic_voice`)."""
    roles, rule = fill.roles, fill.rule
    return bool(roles.sources) and (rule.target_required or rule.plover == YIELDING) and not _domestic_voice(roles)


def _target_named(fill: _Fill) -> bool:
    """Whether the sentence named a target of the event's own. The actor's own forces or country ("verurteilte das
    Manöver und versetzte ihre Streitkräfte in Alarm") are none: the sentence leaves the target to the context; so is
    a threat's own name ("a promis une réplique de Moscou": the noun's agent) and a rejection's ("wies jede
    Verantwortung Moskaus zurück", "denied any role of Russia's": the part denied is the actor's, the charge's author
    is the other side)."""
    return any(party(t.code) != fill.me or t.entry != OWN and fill.rule.plover not in OWN_NAMED
               for t in fill.roles.targets)


def _target_from_context(fill: _Fill) -> list[ActorMention]:
    """The target the article supplies to an event with none named, by what the event is: the first case that fits
    decides, [] where it finds no one (a case that names no one lets the next ones try only where it says so).

    - A verdict on an act named by a bare noun ("verurteilte den Angriff", "condemned the strikes") is aimed at the
      act's authors (`_judged_act_authors`), else a verdict on words named again (`remarks`: "Montenegro rejected
      the remarks", "Moscou a condamné ces propos") answers the `speaker`, the subject of the sentence before where
      it told what was said, when that is another party: the remarks are that speaker's, whatever act the article
      coded last (after the acts a verdict names: "kritisierte die Äußerungen aus Washington" judges the act told
      before).
    - An observer with no partner named ("asistió como observador") met the sides of the latest meeting, talks or
      deal within ACT_CHARS (`_meeting_sides`; not its mediators).
    - A verdict with no target on a step named again by a definite noun (`step`: "Germany, France and Britain
      welcomed the step", "Rusia criticó la decisión") judges the author of the latest act by another party within
      ACT_CHARS that was no talks or verdict (`_step_author`).
    - A mediator with no parties named mediated between the sides of the latest event between two others
      (`_mediated_parties`); a praise (051) with no target praises as `_praised` says.
    - Force (attack, coercion) with no named target ("the Russian army attacked again", "the strike hit the port")
      hits the one party the actor has fought in the events within ACT_CHARS; with two or more such parties, no one
      (`_adversary`).
    - A retaliation answers the latest act of another party on the actor (`_retaliated`), a withdrawal the demand
      that it withdraw (`_withdrawal_demander`), an easing spares the target of the latest sanction (`_eased`), aid
      goes to `_recipient`, and a demand or appeal voiced in the
      actor's own talks is made of its partner (`_asked_partner`).
    - A reaction (REACTION_TYPES) answers the latest quarrel of the actor's (`_reaction_target`)."""
    rule, me, reach, weak = fill.rule, fill.me, fill.reach, fill.weak
    if fill.acts and rule.plover in VERDICT_TYPES and (authors := _judged_act_authors(fill)):
        return authors
    if fill.remarks and rule.plover in VERDICT_TYPES and fill.speaker is not None and party(fill.speaker.code) != me:
        return [replace(fill.speaker, token_start=-1, token_end=-1, note="the speaker whose words it judges")]
    if rule.attends:
        return _meeting_sides(me, reach)
    if fill.step and rule.plover in VERDICT_TYPES and (authors := _step_author(me, reach)):
        return authors
    if _mediating(rule.cameo):
        return _mediated_parties(fill)
    if rule.cameo.startswith(PRAISE):
        return _praised(fill)
    # (a state is not the armed group of its own soil: "His administration said it had not been told of the strikes"
    # after US strikes on SOMREB does not make the US Somalia's government's adversary)
    # (only a state's act is held apart so: an armed group's bare attack still answers its country's one adversary)
    armed = False if fill.roles.sources and not any(is_armed_group(m.code) for m in fill.roles.sources) else None
    if rule.plover in FORCE_TYPES and not weak and (adversary := _adversary(me, reach, armed)) is not None:
        return [adversary]
    if rule.retaliation and not weak:
        return _retaliated(fill)
    if rule.cameo == WITHDRAWAL:
        return [] if weak else _withdrawal_demander(fill)
    if rule.cameo == EASING:
        return [] if weak or fill.asked else _eased(fill)
    if rule.plover == "AID":
        # (a donor named by an adjective is sure: "une aide française")
        recipient = _recipient(me, fill.recent, fill.at)
        return [] if recipient is None else [recipient]
    if rule.plover == ASKING and not weak and fill.at is not None:
        return _asked_partner(fill, fill.at)
    if rule.plover in REACTION_TYPES:
        return _reaction_target(fill)
    return []


def _judged_act_authors(fill: _Fill) -> list[ActorMention]:
    """Whom a verdict on an act named by a bare noun judges: whoever carried out the latest such act, and every other
    party that did such an act to the same party (`_co_authors`: "The US and Britain struck Yemen. The Pentagon said
    its strikes ... Iran condemned them"); a praise or condemnation of a deal or talks between two others judges both
    sides ("China welcomed the agreement", "Beijing condemned the meeting"). A mediation is no act of the mediator's
    own ("Oman carried messages between them ... Tehran rejected any discussion of its missiles" judges the talks'
    other side, not Oman)."""
    me, rule, reach = fill.me, fill.rule, fill.reach
    act = next((e for e in reversed(reach)
                if e.plover in fill.acts and e.source and party(e.source) != me and not _mediating(e.cameo)), None)
    if act is None:
        return []
    authors = _co_authors(act, me, reach, note=f"author of the {str(act.plover).lower()} it judges")
    if (rule.cameo.startswith(PRAISE) or rule.plover == "ACCUSE") and act.plover in SYMMETRIC_TYPES \
            and act.target and me != party(act.target) != party(act.source or ""):
        authors.append(_from_event(act, "target", note="a side of the meeting or deal it judges"))
    return authors


def _mediated_parties(fill: _Fill) -> list[ActorMention]:
    """Whom a mediator with no parties named brought together: the sides of the latest event between two others
    (`_parties`), within CONTEXT_CHARS, else within ACT_CHARS: the sides are often told a paragraph before the
    mediator ("... China had brokered the rapprochement"). No mediator is a side ("при посредничестве Анкары и ООН",
    "facilitated by Norway and the UN")."""
    mediators = frozenset(party(s.code) for s in fill.roles.sources)
    found = _parties(mediators, fill.recent)
    if not found and fill.judged is not None:
        found = _parties(mediators, fill.judged)
    return found


def _praised(fill: _Fill) -> list[ActorMention]:
    """Whom a praise (051) with no target praises, as `_welcomed` says: where it names a `deal` again ("welcomed the
    ceasefire and called on both sides to respect it"), of the deals within ACT_CHARS alone (as far back as a verdict
    on a named act reaches), and none where the praiser is a side of it; no one where the source is unsure (`weak`)
    and it names no deal."""
    if fill.weak and not fill.deal:
        return []
    return _welcomed(fill.me, fill.judged if fill.deal and fill.judged is not None else fill.recent, fill.deal)


def _retaliated(fill: _Fill) -> list[ActorMention]:
    """Whom a retaliation answers ("Teherán respondió con cientos de misiles"): the author of the latest act of
    another party on the actor."""
    answered = _answered(fill.me, fill.recent, aimed_only=True)
    return [] if answered is None else [_from_event(answered[0], answered[1], note="the one whose act it answers")]


def _withdrawal_demander(fill: _Fill) -> list[ActorMention]:
    """Whom a withdrawal of troops with no place named answers: the author of the latest demand (106) that the actor
    withdraw them ("Bamako a exigé le départ des soldats danois. Copenhague a annoncé le rapatriement de ses
    soldats")."""
    me = fill.me
    demand = next((e for e in reversed(fill.recent) if e.cameo == DEMANDED_WITHDRAWAL and e.factual and e.source
                   and e.target and party(e.target) == me and party(e.source) != me), None)
    return [] if demand is None else [_from_event(demand, "source", note="the one whose demand it answers")]


def _eased(fill: _Fill) -> list[ActorMention]:
    """Whom an easing with no target named (EASING: "hob die Sanktionen auf", "ließ das Importverbot auslaufen")
    spares: the target of the latest sanction (SANCTION) within ACT_CHARS that was not aimed at the actor, the
    actor's own if it imposed one (the measure it now lifts), else anyone's (a ban others imposed on the same
    party)."""
    me = fill.me
    sanctions = [e for e in fill.reach if e.plover == "SANCTION" and e.factual and not e.negated and e.source
                 and e.target and party(e.target) != me]
    own = next((e for e in reversed(sanctions) if party(e.source or "") == me), None)
    eased = own if own is not None else (sanctions[-1] if sanctions else None)
    return [] if eased is None else [_from_event(eased, "target", note="the target of the measure it eases")]


def _asked_partner(fill: _Fill, at: int) -> list[ActorMention]:
    """Of whom a demand or appeal is made that the actor voiced in its own talks, told earlier in the same sentence
    (`_talk_partner`): "В телефонном разговоре с Эрдоганом Путин призвал ...", "in a call with Erdogan, Putin
    urged ..."."""
    partner = _talk_partner(fill.me, fill.recent, at)
    return [] if partner is None else [partner]


def _reaction_target(fill: _Fill) -> list[ActorMention]:
    """Whom a reaction (REACTION_TYPES: "wies die Vorwürfe zurück", "vowed retaliation", "recalled its ambassador")
    with no target named answers.

    It answers the latest event between the actor and someone else (`_answered`): the author of an act aimed at it,
    or the target of its own latest act, whichever is later; only events that happened count (not plans or
    allegations; `recent` includes the sentence's own earlier events: "..., which Kampala denies"), no cooperation
    unless the act is `asked` of someone, and no quarrel that a later sentence about other parties has followed
    (`_moved_on`; unless it is force on the actor, or the act is `asked`). A rejection answers a claim
    (`_claim_rejected`), a threat with no such event an act a paragraph before (`_threat_answered`), and
    `_answer_to` says when that event's other side is no target after all. Where there is none: an expelled or
    recalled envoy ("erklärte den Botschafter zur unerwünschten Person") is the envoy of the other country `named`
    last (not a membership or treaty left, frozen or ended, also 161: that is aimed at the body or the treaty's other
    side), a reply (denial, concession) answers an earlier claim (`_reply_target`), and a condemnation judges the
    latest hostile act (`_condemned`). Not when the sentence's own structure is `weak`: a subject borrowed from
    another clause (not the speaker after a quotation the trigger stands in: «Cette décision ne restera pas sans
    réponse», a déclaré Barrot), a bare adjective or a bystander (citizens, media) as the source, or a verdict whose
    object is another act."""
    me = fill.me
    # a hostile reaction answers no cooperation (praise, support, a deal: 05): "Kenya thanked Ethiopia for its help.
    # Nairobi criticised the tariffs" criticises no Ethiopia; a demand is made of the ally ("the EU voiced solidarity
    # with Latvia. Riga insists on tougher sanctions": of the EU). All sets: 1 fact won, 21 extras gone
    answered = None if fill.weak else _answered(me, fill.recent, quarrels_only=not fill.asked)
    if answered is not None and not fill.asked and _moved_on(answered, me, fill.recent):
        # a sentence of events between others came between: the reaction answers no older quarrel (all sets:
        # 14 extras gone, 1 fact lost)
        return []
    answered = _claim_rejected(fill, answered) if answered is not None else _threat_answered(fill)
    if answered is not None:
        return _answer_to(fill, answered)
    if not fill.weak and fill.rule.cameo.startswith(ENVOYS) and not fill.rule.id.startswith(MEMBERSHIP_RULES):
        host = next((m for m in reversed(fill.named) if m.country and party(m.code) != me), None)
        if host is not None:
            return [replace(host, token_start=-1, token_end=-1, note="the envoy's country, named before")]
    if fill.rule.plover in REPLY_TYPES:
        return _reply_target(fill)
    if fill.rule.plover == "ACCUSE" and not fill.weak:
        return _condemned(fill)
    return []


def _claim_rejected(fill: _Fill, answered: tuple[Event, str]) -> tuple[Event, str]:
    """What a rejection answers where the latest quarrel is no claim, demand, offer or threat (REJECTABLE: "В Минске
    обвинения отвергли", "Minsk rejected the accusations": one rejects a claim, not a sanction or a strike): the
    latest such act on the actor, told before it ("Lithuania accused Minsk ... The EU imposed sanctions ... Minsk
    rejected the accusations": Lithuania); else the quarrel itself."""
    me = fill.me
    if fill.rule.plover != "REJECT" or answered[0].plover in REJECTABLE:
        return answered
    claim = next((e for e in reversed(fill.recent) if e.plover in REJECTABLE and e.factual and e.source
                  and e.target and party(e.target) == me and party(e.source) != me), None)
    return answered if claim is None else (claim, "source")


def _threat_answered(fill: _Fill) -> tuple[Event, str] | None:
    """What a threat with no quarrel within CONTEXT_CHARS answers: the latest act of another party on the threatener
    within REACTION_CHARS before its sentence ("Kyiv vowed to respond" a paragraph after the strike; its own older
    acts stay out: "Moskau reagierte mit Drohungen" answers no war it began), and no easing of sanctions on it (a
    threat answers no lifted sanction; a deal it may: "agreed on a trade deal ... Trump threatened"); a cooperation
    (05) only in the threat's own sentence, not a treaty signed with the threatener a paragraph before."""
    at, judged = fill.at, fill.judged
    if fill.weak or fill.rule.plover != "THREATEN" or not judged or at is None:
        return None
    return _answered(fill.me, [e for e in judged if at - e.evidence_start < REACTION_CHARS and e.cameo != EASING and (
        e.evidence_start == at or not e.cameo.startswith(COOPERATION))], aimed_only=True)


def _answer_to(fill: _Fill, answered: tuple[Event, str]) -> list[ActorMention]:
    """The other side of the quarrel a reaction answers, with those who acted jointly with it (`_joint`); not

    - where a reply (denial) answers the actor's own act that another party reported: that reporter, the subject of
      that sentence ("U.N. experts say Rwanda has deployed troops. Rwanda denies the claims": the UN; `_claimant`);
    - an accusation or rejection after a meeting of the actor's own (`_own_meeting`), a sanction its own sentence's
      verdict judges (`_judged_here`), or a threat in the very sentence that tells the other's words: no one.
    """
    event, side = answered
    rule = fill.rule
    if rule.plover in REPLY_TYPES and side == "target":
        claimant = _claimant(event, fill.me, fill.subject)
        if claimant is not None:
            return [claimant]
    if _own_meeting(answered) and rule.plover in CLAIMS:
        return []
    if _judged_here(answered, rule, fill.at) and not fill.roles.targets and not fill.marked:
        return []
    if rule.plover == "THREATEN" and side == "source" and event.plover in WORDS and _told_here(event, fill.at):
        # "Kim Yo-jong a menacé Séoul de représailles", "accused Colombia ... said Bogotá ignored its warnings": a
        # threat in the very sentence that tells another's accusation, threat or demand aimed at its actor is that
        # other's word, its actor misread (every set but blind_*: 8 such fills wrong, none right); a vow
        # in the sentence of a strike still answers it ("Russian drones struck Kyiv, and Ukraine vowed to respond")
        return []
    return _joint(event, side, fill.recent, note="reaction to an earlier event")


def _reply_target(fill: _Fill) -> list[ActorMention]:
    """Whom a reply (denial, concession) with no quarrel to answer answers: the author of the latest act on the
    actor, else (not a concession) of the latest act by anyone else that is no pledge, meeting or aid."""
    me = fill.me
    # an act the article dates half a year back or more is background, no claim of the day a reply answers
    # ("the Abraham Accords, with which four states normalised ties with Israel in 2020 ... Israel rejects the
    # state": no reply to them), unless it is an accusation, which a denial answers however old, or a signed
    # text, which an opposition still answers while it stands ("France and Poland oppose that text")
    others = [e for e in reversed(fill.recent) if e.source and party(e.source) != me and not _mediating(e.cameo)
              and (e.plover == "ACCUSE" or e.cameo.startswith(DEAL) or not _background(e))]
    # (praise of the actor is nothing it rejects or concedes: "congratulated the re-elected president ...
    # Yaoundé rejected these criticisms" answers no congratulation)
    aimed = [e for e in others if e.target and party(e.target) == me and not e.cameo.startswith(PRAISE)]
    # a concession (easing curbs, reopening a crossing) yields to one who pressed the actor: with no act aimed
    # at it, none ("Russia struck Kyiv. Chad eased the restrictions": no concession to Russia; all sets:
    # 4 wrong, none right); a rejection may still answer another's act on a third party (a veto, a deal)
    # a pledge, a meeting or aid between others is nothing a rejection or denial answers ("Germany pledged jets to
    # Poland. Moscow denied any part in the incident": no reply to Germany)
    chosen = (aimed or ([] if fill.rule.plover == YIELDING else
                        [e for e in others if not e.cameo.startswith(UNANSWERED)]))[:1]
    return _joint(chosen[0], "source", fill.recent, note="reply to an earlier event") if chosen else []


def _condemned(fill: _Fill) -> list[ActorMention]:
    """Whom a condemnation with no quarrel to answer judges, within ACT_CHARS (the act is the article's news, often
    told first): the sides of a deal between two others that is the latest thing that happened (`_latest_deal`:
    "The White House criticised the agreement", as a praise would welcome it), else the authors of the latest
    hostile act (attack, coercion, show of force, sanction, threat; not a threat that answers an act on its author)
    by anyone else, unless that act downgrades ties (envoys recalled, a bloc left), else the one the latest
    condemnation by a third party named (a round of reactions to an act the article never coded)."""
    me, reach = fill.me, fill.reach
    latest_deal = _latest_deal(me, reach)
    if latest_deal:
        return latest_deal
    act = next((e for e in reversed(reach) if e.plover in HOSTILE_TYPES
                and e.factual and e.source and party(e.source) != me and not _answers_force(e, reach)), None)
    if act is not None and act.cameo.startswith(ENVOYS):
        # a downgrade of ties (recalled envoys, a bloc left, a member suspended) is told as background or as an
        # answer, seldom as the act a third party condemns ("Mali and Niger left ECOWAS in January. The UN
        # condemned the coup": no one the article coded; all sets: 1 right, 9 wrong)
        act = None
    if act is not None:
        return _co_authors(act, me, reach, note="author of the latest hostile act it condemns")
    # "Kishida called North Korea's conduct barbaric. Yoon spoke of a reckless provocation.": a round of
    # condemnations whose act the article never coded itself condemns the one the last condemnation named
    verdict = next((e for e in reversed(reach) if e.plover == "ACCUSE" and e.factual and e.source and e.target
                    and me not in (party(e.source), party(e.target))), None)
    return [] if verdict is None else [_from_event(verdict, "target", note="the one the latest condemnation named")]


# what a victim of force named by no attacker may be: a state, its capital or one of its places; not a person
# or a force ("Haniyeh was killed", "the soldiers came under fire": whose, the article may not say)
VICTIM_KINDS: Final = frozenset({PLACE, "country", "capital"})


def pronoun_object(roles, recent: list[Event], subject: ActorMention | None, pronoun: bool, trigger_end: int) -> None:
    """The one acted on where it is a pronoun the sentence names no antecedent for: an object clitic ("Viktor Orbán
    s'est rendu à Kiev. Le 8 juillet, Xi Jinping l'accueillait à Pékin"), or the subject pronoun of a passive whose
    agent follows the verb ("Trois jours plus tard, il était reçu au Kremlin par Vladimir Poutine"; not another verb
    of its clause: "il était reçu par Poutine, sans en avoir averti ses partenaires"). It stands for whom a
    subject pronoun would, the source of the latest sentence's lead act, when that is another party than the actor;
    not a speaker a later sentence named without an act ("Charles Michel et Ursula von der Leyen ont rappelé que ...
    Xi Jinping l'accueillait": a singular pronoun does not stand for the pair, and the article's latest guest is
    not said). A rule that needs no target otherwise leaves it empty."""
    if roles.targets or not roles.sources or not recent or not (
            roles.object_pronoun or pronoun and roles.passive and roles.sources[0].token_start >= trigger_end) \
            or subject is not None and subject.start >= recent[-1].evidence_end:
        return
    me = party(roles.sources[0].code)
    found = [m for m in _lead_sources(recent, False) if m.code and party(m.code) != me]
    if found:
        roles.targets = found
        roles.target_from_context = True


def _lead_sources(events: list[Event], plural: bool) -> list[ActorMention]:
    """The sources a subject pronoun stands for: the latest sentence's lead act's, all of them for a plural pronoun
    ("Les trois pays condamnent ... Ils saluent": each of the three, as one act gave an event for each)."""
    lead = _sentence_lead(events)
    if not plural:
        if lead.source_entry == COUNTED:
            return _singular_lead(events, lead)
        return [_from_event(lead, "source")]
    same = [e for e in events if e.evidence_start == lead.evidence_start and e.trigger_start == lead.trigger_start
            and e.source]
    out: list[ActorMention] = []
    for e in same:
        if all(party(m.code) != party(e.source or "") for m in out):
            out.append(_from_event(e, "source"))
    return out or [_from_event(lead, "source")]


def _singular_lead(events: list[Event], lead: Event) -> list[ActorMention]:
    """What a singular pronoun stands for where the latest sentence's lead act is that of a counted plural ("Faye
    s'est rendu à Nouakchott. Les deux voisins ont promis ... Il s'est ensuite rendu en Gambie": "il" is no pair, nor
    one of it picked at random): the lead source of an earlier sentence whose subject was no plural, else no one."""
    earlier = [e for e in events if e.evidence_start < lead.evidence_start]
    while earlier:
        previous = _sentence_lead(earlier)
        if previous.source_entry != COUNTED and previous.source:
            return [_from_event(previous, "source")]
        earlier = [e for e in earlier if e.evidence_start < previous.evidence_start]
    return []


def _sentence_lead(events: list[Event]) -> Event:
    """Of the latest sentence's events, the first: its main clause's, whose subject a pronoun in the next sentence
    stands for ("Téhéran a rejeté les accusations de Londres, qui reproche à Téhéran ... « ... », a-t-il déclaré":
    Tehran, not London of the relative clause)."""
    last = events[-1]
    return next(e for e in events if e.evidence_start == last.evidence_start)


def _attacker(roles, events: list[Event]) -> None:
    """Force on a named victim by no one named ("Odesa was hit by drones overnight", "порт подвергся удару",
    "Jersón fue bombardeada") was used by the one adversary the article shows the victim's state fighting,
    when it shows exactly one; the source comes from earlier in the article, which lowers the confidence."""
    victims = {party(t.code) for t in roles.targets}
    if len(victims) != 1 or any(t.kind not in VICTIM_KINDS or t.agent for t in roles.targets):
        return
    adversary = _adversary(victims.pop(), events)
    if adversary is not None:
        roles.sources = [replace(adversary, note="the one adversary of the state it hit")]


def _sanctioner(roles, events: list[Event]) -> None:
    """A sanction whose subject is the measure itself ("The package also bans transactions with two Chinese banks",
    "The measures also target Iranian firms") was imposed by the author of the latest sanction the article told,
    when that author is none of its targets."""
    victims = {party(t.code) for t in roles.targets}
    act = next((e for e in reversed(events) if e.plover == "SANCTION" and e.factual and e.source), None)
    if act is not None and act.source is not None and party(act.source) not in victims:
        roles.sources = [_from_event(act, "source", note="author of the sanctions the measure belongs to")]


def _deny_claim(fill: _Fill) -> None:
    """A denial whose content names a party ("Rwanda denies backing M23", "Kigali dément tout soutien aux rebelles")
    also answers the one who made the claim: the subject of the sentence before it, when that sentence named the
    denier ("U.N. experts say Rwanda has deployed troops", "Selon des experts de l'ONU, des soldats rwandais ...").
    The structure is as sure as any verdict's on a named act; not where the denier is borrowed from another clause
    or the sentence names the claimant itself."""
    roles, me, subject = fill.roles, fill.me, fill.subject
    if not fill.rule.cameo.startswith(DENIAL) or not (roles.targets or roles.content_party) \
            or roles.from_outside_clause or roles.claimant_named:
        return
    if subject is None or not subject.code:
        return
    claimant = party(subject.code)
    if claimant == me or any(party(t.code) == claimant for t in roles.targets):
        return
    if any(m.start > subject.start and m.code and party(m.code) == me for m in fill.named):
        roles.targets.append(replace(subject, token_start=-1, token_end=-1,
                                     note="the one whose claim the denial answers"))
        roles.target_from_context = True


def _claimant(event: Event, me: str, subject: ActorMention | None) -> ActorMention | None:
    """Who told the actor's own act that a denial answers: the subject of the sentence that told it, when another
    party says it ("U.N. experts say Rwanda has deployed troops ... Rwanda denies the claims": the UN)."""
    if subject is None or not subject.country and not subject.code or party(subject.code) == me \
            or not event.evidence_start <= subject.start < event.evidence_end or event.modality != "reported":
        return None
    return replace(subject, token_start=-1, token_end=-1, note="the one whose claim the denial answers")


def _adversary(me: str, events: list[Event], armed: bool | None = None) -> ActorMention | None:
    """The other side of the actor's acts of force in `events` (attacks, coercion, either way), when
    there is exactly one such party: with two foes the article does not say which one a bare attack hit. With
    `armed` False (the actor is no armed group), acts on or by its country's armed group do not count: strikes on
    a country's armed group are not on its state."""
    found: dict[str, tuple[Event, str]] = {}
    for e in events:
        if e.plover not in FORCE_TYPES or not e.factual or not e.source or not e.target:
            continue
        source, target = party(e.source), party(e.target)
        if source == me and target != me and (armed is None or is_armed_group(e.source) == armed):
            found[target] = (e, "target")
        elif target == me and source != me and (armed is None or is_armed_group(e.target) == armed):
            found[source] = (e, "source")
    if len(found) != 1:
        return None
    event, side = next(iter(found.values()))
    return _from_event(event, side, note="the one adversary the article shows it fighting")


class Dyads:
    """The pairs of parties the article's events so far are between, counted as the coder goes: the pair with
    the most events, two at least and ahead of every other, is the article's focal dyad."""

    def __init__(self) -> None:
        self._counts: Counter[frozenset[str]] = Counter()
        self._latest: dict[frozenset[str], Event] = {}
        # `focal` as of the last count: asked before every sentence, changed only by the few that add events
        self._focal: tuple[Event | None] | None = (None,)

    def add(self, events: list[Event], weight: int = 1, planned: bool = False) -> None:
        """Count `events` (`weight` each); with `planned`, plans and threats too (a title's "Maduro will meet Ali"
        names the pair as a deal done would)."""
        for e in events:
            if not (e.factual or planned) or not e.source or not e.target or party(e.source) == party(e.target) \
                    or (e.target_entry or "").startswith(ABOUT):
                continue
            key = frozenset((party(e.source), party(e.target)))
            self._counts[key] += weight
            self._latest[key] = e
            self._focal = None

    def focal(self) -> Event | None:
        """The latest event of the focal dyad; None while no pair leads with two events or more."""
        if self._focal is None:
            # the top count and whether another pair shares it, by passes in C: `most_common(2)` sorts the pairs
            # through a heap in Python, asked again after every sentence that adds events
            counts = self._counts
            top = max(counts.values(), default=0)
            led = top >= FOCAL_EVENTS and countOf(counts.values(), top) == 1
            self._focal = (self._latest[next(k for k, n in counts.items() if n == top)] if led else None,)
        return self._focal[0]


def focal_target(roles, rule: Rule, focal: Event, sides_named: bool = True,
                 named_here: frozenset[str] = frozenset(), domestic: bool = False) -> None:
    """A hostile act that names no target and got none from the last sentences (a criticism, a refusal, a sanction:
    "Tunis refused the aid"; not a threat, most often a warning to the world) is aimed at the other side of the
    article's focal dyad, when its actor is one side of it (and not both: "the two rivals ..."); so is aid with no
    recipient named ("Mexico had granted asylum to the former vice president"). An appeal with no one named by a third
    party ("the EU called for restraint", "China instó al diálogo") is made to both sides of that dyad. An appeal,
    pledge or invitation addressed to one side by a speaker the reader does not know ("Sun Weidong urged Japan to ...")
    comes from the other side, unless a domestic speaker (`domestic`: an opposition, a parliament, a deputy) stands
    before its trigger ("Opposition parties called on President Ramaphosa to ..."). A bare appeal (020) goes to the
    dyad only where the sentence addresses the sides (`sides_named`: "all parties"); an ask of one party
    (`MUTUAL_ASKS` says which are not) goes to the side its sentence names (`named_here`: the parties of its actors),
    or there to both; not where the dyad's latest act is aid or cooperation (NO_QUARREL_TYPES)."""
    if not rule.target_required:
        return
    sides = (party(focal.source or ""), party(focal.target or ""))
    if not roles.sources and roles.targets and rule.plover in SOURCED_TYPES:
        if domestic:
            return
        addressed = {party(t.code) for t in roles.targets}
        if len(addressed) == 1 and (me := addressed.pop()) in sides:
            side = "target" if sides[0] == me else "source"
            roles.sources = [_from_event(focal, side, note="the other side of the article's focal dyad")]
            roles.from_outside_clause = True
        return
    if roles.targets or not roles.sources or _domestic_voice(roles):
        return
    me = party(roles.sources[0].code)
    if rule.plover in APPEAL_TYPES and me not in sides:
        if rule.cameo == UNSPECIFIED_APPEAL and not sides_named or focal.plover in NO_QUARREL_TYPES:
            return
        asked: tuple[str, ...] = ("source", "target")
        if not sides_named and not rule.cameo.startswith(MUTUAL_ASKS):
            asked = tuple(side for side, code in zip(asked, sides, strict=True) if code in named_here)
        roles.targets = [_from_event(focal, side, note="a side of the article's focal dyad, appealed to")
                         for side in asked]
        roles.target_from_context = bool(asked)
        return
    if rule.plover not in FOCAL_TYPES or set(sides) <= {party(m.code) for m in roles.sources}:
        # (both sides act: "the two rivals have been in an arms race for years" is aimed at no other side; round
        # 33, all sets: 2 facts won, 7 extras gone)
        return
    other = "target" if sides[0] == me else "source" if sides[1] == me else None
    if other is not None:
        roles.targets = [_from_event(focal, other, note="the other side of the article's focal dyad")]
        roles.target_from_context = True


# A third party's verdict, appeal or denial with no one named, in an article about one state's crisis ("the UN chief
# said he was deeply concerned by the violence", "Lisbon called for the results to be published", "the embassy
# rejected any responsibility"): aimed at that state
# Aid too: a third party's relief with no recipient named in an article about one state's disaster or crisis ("Die EU
# gab 2,5 Millionen Euro Soforthilfe frei", "Russia flew in 120 rescuers") goes to that state
CRISIS_TYPES: Final = frozenset({"ACCUSE", "REQUEST", "REJECT", "AID"})
MILITARY_AID: Final = "072"
# ... but not an appeal or demand that does not say what it asks ("had asked for consultations", "pressed the Europeans
# to do more", "sought guarantees for its industry"): often for the asker's own sake or of someone it does not name
BARE_ASKS: Final = frozenset({UNSPECIFIED_APPEAL, "100"})
CRISIS_LEAD: Final = 1.0  # the state the article is about is named in more sentences than this times any other's
CRISIS_MENTIONS: Final = 3  # ... and in this many at least (the title counts TITLE_WEIGHT)
# the entry of a target so read: a guess of the reader's, no pair of the article's own (`Dyads` does not count it: "the
# UN was concerned ... France called for dialogue" makes no UN side that France appeals to)
ABOUT: Final = "about:"


class Subjects:
    """The states the article names, counted as the coder goes: the one named most, CRISIS_LEAD times as often as any
    other, is the state the article is about (a crisis, a vote, a coup), whatever its own sentences code."""

    def __init__(self) -> None:
        self._counts: Counter[str] = Counter()
        self._latest: dict[str, ActorMention] = {}

    def add(self, mentions: list[ActorMention], weight: int = 1) -> None:
        """Count the states a sentence names (`weight` each, once per sentence): by name, capital, adjective, place or
        office."""
        for m in mentions:
            if m.country:
                self._latest[m.country] = m
        for country in {m.country for m in mentions if m.country}:
            self._counts[country] += weight

    def state(self) -> ActorMention | None:
        """The latest mention of the one state the article is about; None where no state leads so far."""
        ranked = self._counts.most_common(2)
        if not ranked or ranked[0][1] < CRISIS_MENTIONS:
            return None
        if len(ranked) > 1 and ranked[0][1] <= CRISIS_LEAD * ranked[1][1]:
            return None
        return self._latest[ranked[0][0]]


def crisis_target(roles, rule: Rule, about: ActorMention, named_here: frozenset[str] = frozenset(),
                  domestic: bool = False, asserted: bool = True) -> None:
    """A third party's verdict, appeal or denial that names no one and got no one from the context ("s'est dit
    préoccupé par les violences", "pidió la liberación de los detenidos", "condemned the vote", "denied arming either
    side") where the article has no focal dyad
    is aimed at the one state the article is about (`Subjects`); not by that state's own voices (a party, the
    opposition, a `domestic` speaker), who name no foreign side; not where its sentence names another party than the
    actor and that state (`named_here`: "Tusk criticised that Washington had not informed the Europeans", "asked to
    join the OECD"): the verdict or the ask may be on that one. Aid so sent is relief told as given (`asserted`, or
    reported), not aid asked for, promised or planned ("pidió más sistemas de defensa", "направит своих военных"), and
    not arms: a deal or a shipment of weapons with no recipient named is no relief to a stricken state; and not
    where the sentence names that state as something else than the recipient ("son pays refusait l'aide annoncée par
    la Commission")."""
    if rule.plover not in CRISIS_TYPES or rule.cameo in BARE_ASKS or not rule.target_required or roles.targets \
            or not roles.sources or domestic or _domestic_voice(roles):
        return
    if rule.plover == "AID" and (not asserted or rule.cameo.startswith(MILITARY_AID) or about.country in named_here
                                 or any(m.kind == "reference" for m in roles.sources)):
        # (nor aid by a bare role word: "Le gouvernement a débloqué 50 millions" is most often the article's own
        # state's, whatever government the reference was last read as)
        return
    if any(party(m.code) == about.country or m.agent in BYSTANDERS for m in roles.sources):
        return
    if not named_here <= {party(m.code) for m in roles.sources} | {about.country}:
        return
    # (the state itself, not the office or body its latest mention named: "congrès à Yaoundé" stands for Cameroon)
    roles.targets = [replace(about, code=about.country or about.code, agent=None, token_start=-1, token_end=-1,
                             entry=ABOUT + about.entry,
                             note="the state the article is about")]
    roles.target_from_context = True


def sides_addressed(roles, rule: Rule, focal: Event) -> None:
    """A third party's appeal to a pair reference ("urged both sides", "a exhorté les deux capitales", "призвал обе
    стороны") that found another pair than the focal dyad is made to the focal dyad's sides: the pair found is most
    often the fellow appealers of the sentence before ("Saudi Arabia and Iran called for restraint. China also urged
    the two capitals ...") or the truce's guarantors named just before ("Beirut urged Washington and Paris, the
    guarantors, to ... The State Department called on both sides ..."). Measured on every set one may study: such
    pairs 11 wrong, 3 right (a list of three, "the three countries", is left as found)."""
    if rule.plover not in APPEAL_TYPES or not roles.sources or not _pair_reference(roles.targets):
        return
    sides = (focal.source or "", focal.target or "")
    parties = {party(code) for code in sides}
    if {party(t.code) for t in roles.targets} <= parties or any(party(m.code) in parties for m in roles.sources):
        return
    note = REFERS + ",".join(sides)
    roles.targets = [replace(roles.targets[0], code=code, country=country_of(code), note=note) for code in sides]


def _pair_reference(targets: list[ActorMention]) -> bool:
    """The targets are what one counted reference to two parties stands for ("both sides", "les deux pays")."""
    return bool(targets) and all(t.entry == COUNTED and t.token_start == targets[0].token_start
                                 and len(members(t)) == 2 for t in targets)


def same_force(roles, rule: Rule, events: list[Event], noun_end: int | None = None) -> None:
    """An act of force named by a noun that opens its sentence with no agent ("The strike targeted members of
    Hamas", "El ataque tenía como objetivo a ...", "La frappe visait ...", "Удар был направлен против ...") is the
    act the article has just told: its author is the latest such act's (within ACT_CHARS), when it is not the one
    this act hit. A guess from outside the clause, which lowers the confidence. A demonym found later in the
    sentence, not right after the noun (which ends at `noun_end`), is no agent of it ("La frappe visait des
    chefs du Hezbollah venus discuter une proposition américaine": the proposal's)."""
    stray = noun_end is not None and bool(roles.sources) and all(
        m.kind == "adjective" and m.token_start > noun_end for m in roles.sources)
    if roles.sources and not stray or not roles.targets or rule.plover not in FORCE_TYPES:
        return
    roles.sources = []
    victims = {party(t.code) for t in roles.targets}
    act = next((e for e in reversed(events) if e.plover == rule.plover and e.factual and e.source), None)
    if act is not None and party(act.source or "") not in victims:
        roles.sources = [_from_event(act, "source", note="author of the act its noun names again")]
        roles.from_outside_clause = True


def antecedent(mentions: list[ActorMention], sentence: Sentence | None = None) -> ActorMention | None:
    """The actor of a sentence a later pronoun most likely stands for: the first person named ("Putin",
    "the president"), else the first state or government that is no adjective or possessor; not one named
    inside a quotation when someone outside it speaks ("« ... au Kosovo ... », a écrit Borrell. Il a demandé")."""
    named = [m for m in mentions if m.kind not in ("adjective", PLACE) and not m.genitive and (
        m.agent in (None, "GOV") or _opening_body(m, mentions))]
    if sentence is not None and named:
        quoted = quoted_tokens(sentence, reach=len(sentence.tokens))
        named = [m for m in named if m.token_start not in quoted] or named
    return next((m for m in named if m.kind in ("leader", "agent")), named[0] if named else None)


_OPENING: Final = 3  # "Die chinesische Küstenwache erklärte": an article and an adjective before the body at most


def _opening_body(m: ActorMention, mentions: list[ActorMention]) -> bool:
    """A state's armed force, coast guard or police that opens its sentence as its first actor ("Die chinesische
    Küstenwache erklärte, ... Sie beschuldigte Manila"): the subject a later pronoun stands for, like a
    government."""
    return m.kind == "agent" and m is mentions[0] and 0 <= m.token_start < _OPENING


def _parties(mediators: frozenset[str], events: list[Event]) -> list[ActorMention]:
    """Both sides of the latest deal or talks between two others, else of the latest event between two others:
    whom a mediator with no named parties brought together ("China hatte den Neubeginn vermittelt", "the talks
    were facilitated by Norway"; not a third party's praise of the deal told in between)."""
    between = [e for e in events if e.source and e.target and mediators.isdisjoint((party(e.source), party(e.target)))
               and party(e.source) != party(e.target) and not _mediating(e.cameo)]
    e = next((e for e in reversed(between) if e.plover in SYMMETRIC_TYPES), between[-1] if between else None)
    if e is None:
        return []
    return [_from_event(e, "source", note="a party the mediator brought together"),
            _from_event(e, "target", note="a party the mediator brought together")]


def _brokering(cameo: str) -> bool:
    """A third party's service to two sides (mediating, offering to, hosting their talks) or an invitation: no deal
    or talks a later welcome praises ("Qatar and Turkey mediated ... Egypt invited Trump to the signing ... Jordan
    welcomed the announcement": the sides of the deal told before, not the mediators, the host or the guest)."""
    return _mediating(cameo) or cameo in _SERVICES


def _mediating(cameo: str) -> bool:
    """A mediation or an offer to mediate: its actor stands between two parties, it is no pair of them ("China offered
    to mediate. A truce brokered by Qatar had held": Qatar brokered it between the sides, not between China and one)."""
    return cameo.startswith(MEDIATION) or cameo == MEDIATION_OFFER


def steps_named(tokens: list[Token], words, deals: bool = False, speech: bool = False) -> list[int]:
    """Where a sentence names again one party's act told before: one of the language's `step_nouns` ("the step",
    "la décision", "этот шаг") after one of its `anaphoric_determiners`, right before it, before one word ("den
    umstrittenen Schritt") or elided onto it ("l'annonce"); not "a step", which is new information. With `deals`,
    where it names a deal again (`deal_nouns`: "the agreement"); with `speech`, words said before (`speech_nouns`:
    "the remarks")."""
    steps = words.speech_nouns if speech else words.deal_nouns if deals else words.step_nouns
    determiners = words.anaphoric_determiners
    found: list[int] = []
    if not steps:
        return found
    elided = tuple(d for d in determiners if d.endswith(("'", "’")))
    for i, t in enumerate(tokens):
        text, lemma = t.text.lower(), t.lemma.lower()
        glued = next((d for d in elided if text.startswith(d)), None) if elided else None
        if glued is not None:
            if text[len(glued):] in steps or lemma in steps:
                found.append(i)
            continue
        if not i or text not in steps and lemma not in steps:
            continue
        before = tokens[i - 1].text.lower()
        if before in determiners or i > 1 and before.isalpha() and tokens[i - 2].text.lower() in determiners:
            found.append(i)
    return found


def _trigger_start(e: Event) -> int:
    """An event's first trigger token (0 where none): a sort key (a function of the module, not a lambda made at
    every sort)."""
    return e.trigger_start or 0


def _meeting_sides(me: str, events: list[Event]) -> list[ActorMention]:
    """Whom an observer met ("Venezuela and Guyana held talks, with Saint Vincent mediating. Brazil attended as an
    observer"): the sides of the latest meeting, talks or deal between two parties that happened, with those its
    sentence told with the same code; a mediator is no side, and neither is the observer."""
    latest = next((e for e in reversed(events) if e.plover in SYMMETRIC_TYPES and e.factual and e.source
                   and e.target and party(e.source) != party(e.target)), None)
    found: list[ActorMention] = []
    if latest is None:
        return found
    for e in events:
        if e.evidence_start != latest.evidence_start or e.cameo != latest.cameo or not e.factual or not e.target:
            continue
        for side in ("target",) if e.cameo.startswith(MEDIATION) else ("source", "target"):
            code = getattr(e, side)
            if code and party(code) != me and all(party(code) != party(m.code) for m in found):
                found.append(_from_event(e, side, note="a side of the meeting it attended"))
    return found


def _step_author(me: str, events: list[Event]) -> list[ActorMention]:
    """Who took the step a verdict judges ("Germany, France and Britain welcomed the step", "Moscú criticó la
    decisión"): the author of the latest act by another party that happened (with those who did it jointly, told in
    the same sentence), not talks or another's verdict, which are no step; a deal's sides other than the judge ("a
    pact took effect ... The United States welcomed the step": both)."""
    act = next((e for e in reversed(events) if e.factual and e.source and party(e.source) != me
                and e.plover not in ("CONSULT", "ACCUSE") and not e.cameo.startswith(PRAISE)
                and not _brokering(e.cameo)), None)
    if act is None:
        return []
    authors = _joint(act, "source", events, note="author of the step it judges")
    if act.plover in SYMMETRIC_TYPES and act.target and party(act.target) not in {me, party(act.source or "")}:
        authors.append(_from_event(act, "target", note="a side of the deal it judges"))
    return authors


def _welcomed(me: str, events: list[Event], deal: bool = False) -> list[ActorMention]:
    """Whom a praise with no target praises ("Niamey welcomed the announcement", "Egypt hailed the deal"): the author of
    the latest act on the praiser or on no one named, else both sides of the latest deal or talks between two others,
    else the partner of the praiser's own latest deal or talks, whichever is latest (only what happened counts, and
    nothing dated half a year back: `_background`). With `deal` (the praise names a deal: "welcomed the agreement"),
    only agreements count: "Erdogan congratulated both leaders in phone calls. The EU welcomed the agreement" praises
    its signatories."""
    for e in reversed(events):
        if not e.factual or not e.source or _brokering(e.cameo) or deal and e.plover != "AGREE" or _background(e):
            continue
        source, target = party(e.source), party(e.target or "")
        if not e.target and source != me:  # "Macron announced the withdrawal ... The junta welcomed the decision"
            return [_from_event(e, "source", note="author of the act it welcomes")]
        if source == target or not e.target:
            continue
        if deal and me in (source, target):
            return []  # a side that welcomes its own ceasefire praises no adversary: "Mikati welcomed the ceasefire"
        if target == me:
            return [_from_event(e, "source", note="author of the act it welcomes")]
        if e.plover not in SYMMETRIC_TYPES:
            continue
        if source == me:
            return [_from_event(e, "target", note="partner of the deal it welcomes")]
        return [_from_event(e, "source", note="a side of the deal it welcomes"),
                _from_event(e, "target", note="a side of the deal it welcomes")]
    return []


BACKGROUND_DAYS: Final = 180  # an act dated this long before the article's day is background, not its news


def _background(event: Event) -> bool:
    """Whether the article dates the act half a year or more before its own day ("which signed a pact with China in
    2023"): background that a welcome of today's news does not praise."""
    return event.date is not None and event.published is not None \
        and (event.published - event.date).days >= BACKGROUND_DAYS


def _latest_deal(me: str, events: list[Event]) -> list[ActorMention]:
    """Both sides of a deal or talks between two others when that is the latest thing that happened: what a
    criticism with no target judges ("China and the Solomon Islands signed a pact. Washington criticised it")."""
    e = next((e for e in reversed(events) if e.factual and e.source), None)
    if e is None or e.plover not in SYMMETRIC_TYPES or not e.target \
            or me in (party(e.source or ""), party(e.target)) or party(e.source or "") == party(e.target):
        return []
    return [_from_event(e, "source", note="a side of the deal it criticises"),
            _from_event(e, "target", note="a side of the deal it criticises")]


def _answers_force(event: Event, events: list[Event]) -> bool:
    """A threat that answers a hostile act on its author by its target ("Qatar reserved the right to respond" after
    Israel's strike): the act, not the answer, is what a third party condemns."""
    if event.plover != "THREATEN" or not event.target:
        return False
    me, other = party(event.source or ""), party(event.target)
    return any(e.plover in HOSTILE_TYPES and e.factual and e.source and e.target and party(e.source) == other
               and party(e.target) == me and e.evidence_start <= event.evidence_start for e in events)


def _co_authors(act: Event, me: str, events: list[Event], note: str) -> list[ActorMention]:
    """The author of `act` and every other party that did an act of its type to the same party in `events`: a
    condemnation of the act answers them all ("The United States and Britain struck the Houthis. ... The Pentagon
    said its strikes ... Tehran condemned the aggression": both, not the one told last)."""
    found = [_from_event(act, "source", note=note)]
    victim = party(act.target or "")
    for e in events:
        if e.plover != act.plover or not e.factual or not e.source or not e.target or party(e.target) != victim \
                or party(e.source) == me:
            continue
        if all(party(e.source) != party(m.code) for m in found):
            found.append(_from_event(e, "source", note=note))
    return found


def _answered(me: str, events: list[Event], aimed_only: bool = False,
              quarrels_only: bool = False) -> tuple[Event, str] | None:
    """The latest event between `me` and another party: (event, the side that is the other party); with
    `aimed_only`, the latest act of another party on `me`; with `quarrels_only`, no cooperation (05: praise, support,
    a deal) and no easing of sanctions (EASING: "die Aufhebung der US-Sanktionen sei ein Sieg"), which no hostile
    reaction answers. A mediation is none: the mediator stands between the
    sides ("Oman carried messages between Iran and the US ... Tehran rejected any talk of missiles": not Oman)."""
    for e in reversed(events):
        if not e.source or not e.target or not e.factual or _mediating(e.cameo) \
                or quarrels_only and (e.cameo.startswith(COOPERATION) or e.cameo == EASING):
            continue
        source, target = party(e.source), party(e.target)
        if target == me and source != me:
            return e, "source"
        if source == me and target != me and not aimed_only:
            return e, "target"
    return None


def _guessed(event: Event) -> bool:
    """Whether the event's target is the state the article is about, a guess (`crisis_target`) that no later reply
    answers ("WFP denounced an attack on its convoy ... Port Sudan rejected the offer": the offer's author, not WFP)."""
    return (event.target_entry or "").startswith(ABOUT)


def _talk_partner(me: str, recent: list[Event], at: int) -> ActorMention | None:
    """The partner of a meeting, call or talks that `me` held, told in the sentence that starts `at` (its own earlier
    triggers), or None: the one a demand or appeal voiced there is made of."""
    talk = next((e for e in reversed(recent) if e.evidence_start == at and e.factual and e.cameo.startswith(MEETINGS)
                 and e.source and e.target and party(e.source) == me != party(e.target)), None)
    # (the actor's own talks only: "Rutte, who visited Copenhagen, ... urged all allies" makes no demand of the host)
    return None if talk is None else _from_event(talk, "target", note="the partner of the talks it was voiced in")


def _own_meeting(answered: tuple[Event, str]) -> bool:
    """Whether the event a reaction would answer is a meeting or visit of the actor's own ("X met Y on Monday. X
    accused the government of ...": whose government, the meeting does not say)."""
    return answered[1] == "target" and answered[0].cameo.startswith(MEETINGS)


def _judged_here(answered: tuple[Event, str], rule: Rule, at: int | None) -> bool:
    """Whether a sanction with no target is the act its own sentence's verdict judges ("Minsk condemned the new EU
    sanctions", "Merz called the Americans' boycott a mistake"): the judge is not thereby the one sanctioned (on whom,
    the sentence does not say); where a target marker follows the trigger (`marked`: "... imposés par les
    États-Unis contre ses exportations"), the judge is the one it is aimed at, and this is not asked."""
    event, side = answered
    return rule.plover == "SANCTION" and side == "source" and event.plover == "ACCUSE" and _told_here(event, at)


def _told_here(event: Event, at: int | None) -> bool:
    """Whether `event` was read from the sentence that starts `at` (the one being coded)."""
    return at is not None and event.evidence_start == at


def _moved_on(answered: tuple[Event, str], me: str, events: list[Event]) -> bool:
    """Whether the article told, in a later sentence than the quarrel a reaction would answer, an event between
    parties neither in it: the reaction's subject comes back with a new topic, not to the old quarrel (force on
    the actor is still answered across such an interlude: "... Ukraine vowed to respond")."""
    event, side = answered
    if side == "source" and event.plover in FORCE_TYPES:
        return False
    pair = {me, party(getattr(event, side) or "")}
    return any(e.evidence_start > event.evidence_start and e.factual and e.source and e.target
               and party(e.source) != party(e.target) and pair.isdisjoint((party(e.source), party(e.target)))
               for e in events)


def _recipient(me: str, events: list[Event], at: int | None) -> ActorMention | None:
    """Whom aid with no recipient named goes to: the recipient of the latest aid another donor gave ("L'Italie a
    annoncé une aide de 40 millions à la Jordanie. L'Espagne a de son côté débloqué 25 millions"), else the guest or
    host of the donor's visit told in the same sentence ("Macron, qui a reçu le premier ministre libanais, a
    annoncé une aide de 100 millions")."""
    for e in reversed(events):
        if not e.factual or not e.source or not e.target:
            continue
        source, target = party(e.source), party(e.target)
        if e.plover == "AID" and source != me and target != me:
            return _from_event(e, "target", note="the recipient of the aid told before")
        if e.cameo in HOSTING and at is not None and e.evidence_start == at and me in (source, target) \
                and source != target:
            return _from_event(e, "target" if source == me else "source", note="the partner it met, told with it")
    return None


def _joint(event: Event, side: str, events: list[Event], note: str) -> list[ActorMention]:
    """The `side` of an event and of the events its sentence gave with the same code and other side: a reply to a
    joint act answers all its authors ("France, Britain and Germany urged Iran ... Tehran refused": three)."""
    other = "target" if side == "source" else "source"
    found = [_from_event(event, side, note=note)]
    for e in events:
        if e is not event and e.evidence_start == event.evidence_start and e.cameo == event.cameo \
                and getattr(e, other) == getattr(event, other) and e.factual:
            code = getattr(e, side)
            if code and all(party(code) != party(m.code) for m in found):
                found.append(_from_event(e, side, note=note))
    return found


def _from_event(event: Event, side: str, note: str = "earlier in the article") -> ActorMention:
    code = event.source if side == "source" else event.target
    text = event.source_text if side == "source" else event.target_text
    entry = event.source_entry if side == "source" else event.target_entry
    return ActorMention(code=code or "", surface=text or code or "", start=event.evidence_start,
                        end=event.evidence_start, token_start=-1, token_end=-1, country=country_of(code),
                        kind="reference", entry=entry or "", note=note)


def passive_host(groups, clause: tuple[int, int], trigger: tuple[int, int], forms: list[frozenset[str]], grammar,
                 recent: list[Event]):
    """Roles of a summons or expulsion in the passive with no agent ("the Russian ambassador was summoned",
    "был вызван поверенный в делах Эстонии"): the envoy's country is the target; the host is a government
    named in the clause ("ins Auswärtige Amt einbestellt"), else the sentence's speaker before the clause
    ("В МИД РФ заявили, что ..."), else the country the article last showed at odds with the envoy's.
    None where the clause is not such a passive."""
    from realpolitik.events.roles import Roles

    start = trigger[0]
    if grammar.participle_endings and any(form.endswith(grammar.participle_endings) for form in forms[start]):
        return None  # "Norway is closing two Russian consulates": a present participle, no passive
    # "wurde ... einbestellt"; "Zwei Diplomaten wurden aus Estland ausgewiesen": a pattern that opens on the envoy
    # has the auxiliary inside it; German perfect passives put it after the participle ("waren ... ausgewiesen worden")
    after = min(trigger[1] + 1, clause[1]) if grammar.verb_final else trigger[1]
    if future_not_passive(forms, clause, grammar):
        return None  # "Polen wird drei Diplomaten ausweisen": "wird" and an infinitive, a future, no passive
    # (German puts the auxiliary second and the participle last: "wurde am Freitag ins Außenministerium einbestellt")
    reach = clause[0] if grammar.verb_final else max(clause[0], start - 3)
    if not any(forms[i] & grammar.passive_auxiliaries for i in range(reach, after)):
        return None
    in_clause = [g for g in groups if clause[0] <= g.start < clause[1]]
    if any(g.marker in grammar.agent_markers for g in in_clause):
        return None  # "convoqué par la Moldavie": the ordinary passive reading names the host
    # the passive's subject: the free phrase nearest before the verb ("Moscow said Estonia's envoy had been
    # summoned": not the speaker), else the first (the envoy may follow: "был вызван поверенный в делах Эстонии")
    envoy = next((g for g in in_clause[::-1] if g.marker is None and g.end <= start), None) \
        or next((g for g in in_clause if g.marker is None), None) or (in_clause[0] if in_clause else None)
    if envoy is None:
        return None
    guest = party(envoy.members[0].code)
    roles = Roles(targets=list(envoy.members))
    host = next((g for g in in_clause if g is not envoy and party(g.members[0].code) != guest), None)
    if host is None:
        host = next((g for g in groups if g.end <= clause[0] and party(g.members[0].code) != guest), None)
        roles.from_outside_clause = host is not None
    if host is not None:
        roles.sources = list(host.members)
        return roles
    answered = _answered(guest, recent)
    if answered is None:
        return roles  # "Trois diplomates français ont été expulsés": still the target, never the one who expelled
    event, side = answered
    roles.sources = [_from_event(event, side, note="the host the article last showed at odds with the envoy's country")]
    roles.from_outside_clause = True
    return roles


SAME_ACT_CHARS: Final = CONTEXT_CHARS  # how far back the act that "hizo lo mismo" repeats may be told
# "Österreich verhängte Einreisesperren gegen Dodik. Die Ministerin begründete die Maßnahme damit, dass Dodik ...
# gefährde. Polen schloss sich an": a reason given for one's own measure (its rule's id) is no act another joins
REASONS: Final = ("justified_",)


def _phrases_at(tokens: list[Token], phrases: tuple[tuple[str, ...], ...]
                ) -> list[tuple[int, tuple[str, ...]]]:
    """Where each of `phrases` stands in the tokens (by word or lemma): (its first token, its words)."""
    lasts = {w[-1] for w in phrases}
    if lasts.isdisjoint(map(str.lower, map(token_text, tokens))):
        return []  # most sentences: no phrase ends in them (one pass in C)
    found = []
    for i in range(len(tokens)):
        words = next((w for w in phrases if len(tokens) - i >= len(w) and all(
            word in (t.text.lower(), t.lemma.lower()) for word, t in zip(w, tokens[i:i + len(w)], strict=True))), None)
        if words is not None:
            found.append((i, words))
    return found


def _gerund(token: Token, gerunds: tuple[str, ...], not_gerunds: frozenset[str]) -> bool:
    """A gerund ("siguiendo", "following", "последовав"): its subject is its clause's, not the name before it."""
    word = token.text.lower()
    return bool(gerunds) and word.endswith(gerunds) and word not in not_gerunds


def followed_precedents(sentence, mentions: list[ActorMention], phrases: tuple[tuple[str, ...], ...],
                        gerunds: tuple[str, ...], not_gerunds: frozenset[str]) -> list[ActorMention]:
    """"Argentina abandonó la OMS, siguiendo los pasos de Washington", "последовав примеру США": a gerund of a
    phrase that repeats an act tells that the clause's own subject did what the name after it did first; that
    name (the precedent) is no party of the clause's act, and the name before the gerund repeats nothing."""
    tokens = sentence.tokens
    found = []
    for i, words in _phrases_at(tokens, phrases):
        if not _gerund(tokens[i], gerunds, not_gerunds):
            continue
        end = i + len(words)
        # (a preposition and an article before the name: "siguiendo los pasos de Washington")
        found += [m for m in mentions if end <= m.token_start <= end + _PRECEDENT_REACH]
    return found


def repeaters(sentence, mentions: list[ActorMention], phrases: tuple[tuple[str, ...], ...],
              stops: frozenset[str], joiners: frozenset[str] = frozenset(),
              gerunds: tuple[str, ...] = (), not_gerunds: frozenset[str] = frozenset()
              ) -> list[tuple[int, tuple[str, ...], ActorMention]]:
    """Each phrase that repeats an act ("hizo lo mismo", "did the same") with its subject, the actor right before
    it (no preposition before that actor): (the phrase's first token, its words, the subject), once per subject
    where `joiners` (commas, the language's conjunctions) list several ("Auch Belgien, Malta und Portugal
    schlossen sich an"). The subject is none of the sentence's other acts' parties ("recalled their ambassadors to
    Israel, and Honduras did the same": Honduras is no second country the ambassadors were recalled from). A
    phrase opened by a gerund repeats nothing (`followed_precedents`)."""
    tokens = sentence.tokens
    found = []
    for i, words in _phrases_at(tokens, phrases):
        if _gerund(tokens[i], gerunds, not_gerunds):
            continue
        subject = next((m for m in reversed(mentions) if m.token_end <= i and i - m.token_end <= 3
                        and not (m.token_start > 0 and tokens[m.token_start - 1].text.lower() in stops)), None)
        if subject is None:  # "то же самое сделал Гондурас": a subject put after the phrase, right after it
            subject = next((m for m in mentions if m.token_start == i + len(words)), None)
        if subject is not None:
            found.append((i, words, subject))
            found += [(i, words, m) for m in _listed_before(subject, mentions, tokens, joiners, stops)]
    return found


def _listed_before(last: ActorMention, mentions: list[ActorMention], tokens: list[Token], joiners: frozenset[str],
                   stops: frozenset[str]) -> list[ActorMention]:
    """The actors listed before `last` with only `joiners` between them ("Belgien, Malta und Portugal")."""
    listed: list[ActorMention] = []
    current = last
    for m in reversed([m for m in mentions if m.token_end <= last.token_start]):
        between = tokens[m.token_end:current.token_start]
        if not between or not all(t.text.lower() in joiners for t in between) \
                or m.token_start > 0 and tokens[m.token_start - 1].text.lower() in stops:
            break
        listed.append(m)
        current = m
    return listed


# "L'Allemagne n'a pas fait de même", "Germany did not do the same": the words before
_SAME_ACT_NEGATION_REACH: Final = 3


def same_act(sentence, mentions: list[ActorMention], phrases: tuple[tuple[str, ...], ...], stops: frozenset[str],
             targets: frozenset[str], events: list[Event], joiners: frozenset[str] = frozenset(),
             negation: frozenset[str] = frozenset(),
             gerunds: tuple[tuple[str, ...], frozenset[str]] = ((), frozenset())) -> list[Event]:
    """"Perú y Ecuador retiraron a sus embajadores en Venezuela, y Panamá hizo lo mismo": a phrase that repeats
    an act (the language's `same_act_phrases`) with its own subject, the actor right before it (no preposition
    before that actor), copies the latest act told before the phrase (in the sentence or within SAME_ACT_CHARS
    before it) by another party: every event of that trigger, with the new subject as source (and the phrase's own
    target, marked by one of `targets`, where it names one). A phrase with one of `negation` right before it
    ("n'a pas fait de même", "did not do the same") says the act did not happen: the copies are negated."""
    tokens = sentence.tokens
    found: list[Event] = []
    for i, words, subject in repeaters(sentence, mentions, phrases, stops, joiners, *gerunds):
        at = tokens[i].start
        negated = any(t.text.lower() in negation for t in tokens[max(0, i - _SAME_ACT_NEGATION_REACH):i])
        before = [e for e in events if e.factual and e.source and e.target and (e.trigger_end or 0) <= at
                  and at - e.evidence_start < SAME_ACT_CHARS and not _reason(e)]
        if not before:
            continue
        me = party(subject.code)
        others = [e for e in before if party(e.source or "") != me]
        if not others:
            continue
        # the main act of the latest sentence that told one: its first trigger ("Francia condenó el ataque de
        # Rusia ..., y Alemania siguió su ejemplo" repeats the condemnation, not the attack)
        told = max(e.evidence_start for e in others)
        latest = min((e for e in others if e.evidence_start == told), key=_trigger_start)
        end = i + len(words)
        # "Japón hizo lo mismo con Corea del Norte": a target of its own right after the phrase
        own = next((m for m in mentions if end < m.token_start <= end + 2
                    and tokens[m.token_start - 1].text.lower() in targets), None)
        for e in before:
            if (e.trigger_start, e.rule) != (latest.trigger_start, latest.rule):
                continue
            target, text, entry = (own.code, own.surface, own.entry) if own else (e.target, e.target_text,
                                                                                  e.target_entry)
            if party(target or "") == me or any((f.source, f.target, f.plover) == (subject.code, target, e.plover)
                                                for f in found):
                continue
            found.append(replace(e, source=subject.code, source_text=subject.surface, source_entry=subject.entry,
                                 target=target, target_text=text, target_entry=entry, negated=negated or e.negated,
                                 evidence=sentence.text, evidence_start=sentence.start, evidence_end=sentence.end,
                                 trigger_start=at, trigger_end=tokens[end - 1].end))
    return found


def _reason(event: Event) -> bool:
    """Whether the event is the reason its source gave for an act of its own (`REASONS`), not an act."""
    return event.rule.partition(".")[2].startswith(REASONS)


_PRECEDENT_REACH: Final = 2  # "Nach den USA": an article between the preposition and the first actor


def precedents(sentence, mentions: list[ActorMention], told: list[Event], openers: frozenset[str],
               also: frozenset[str], joiners: frozenset[str]) -> list[Event]:
    """"Nach Großbritannien und Kanada hat am Montag auch Frankreich Palästina anerkannt": a sentence opened by one
    of `openers` and a list of actors, then its verb, whose subject follows one of `also`: each listed actor did the
    act of that subject before (a copy of each of the subject's events in `told`, the sentence's events, with the
    listed actor as source; none whose target is a listed actor: "Nach Moskau reiste auch ..." went there)."""
    tokens = sentence.tokens
    if not openers or not told or not tokens or tokens[0].text.lower() not in openers:
        return []
    listed: list[ActorMention] = []
    for m in mentions:
        if not listed:
            if not 1 <= m.token_start <= _PRECEDENT_REACH:
                return []
        elif not all(t.text.lower() in joiners for t in tokens[listed[-1].token_end:m.token_start]):
            break
        listed.append(m)
    if not listed or listed[-1].token_end >= len(tokens) or not tokens[listed[-1].token_end].text[:1].islower():
        return []  # the list ends at the finite verb
    subject = next((m for m in mentions if m.token_start > listed[-1].token_end
                    and tokens[m.token_start - 1].text.lower() in also), None)
    if subject is None:
        return []
    me, first = party(subject.code), {party(m.code) for m in listed}
    found: list[Event] = []
    for e in told:
        if not e.factual or party(e.source or "") != me or party(e.target or "") in first | {me}:
            continue
        for m in listed:
            if not any((f.source, f.target, f.cameo) == (m.code, e.target, e.cameo) for f in found):
                found.append(replace(e, source=m.code, source_text=m.surface, source_entry=m.entry))
    return found
