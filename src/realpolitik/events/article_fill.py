"""The article-level fill of one event: in what order its steps are asked (`fill_from_context`), and
the target the article supplies by what the event is (`_target_from_context` and the finders it calls: the authors of
an act a verdict names, the parties a mediator brought together, whom a praise, a retaliation, a withdrawal, an
easing or a demand voiced in talks is aimed at).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from realpolitik.actors.reference.history import OWN
from realpolitik.codes import is_armed_group, party
from realpolitik.events.article import (
    BYSTANDERS,
    EASING,
    FORCE_TYPES,
    VERDICT_TYPES,
    Fill,
    NamedAgain,
    domestic_voice,
)
from realpolitik.events.article_acts import (
    MEDIATION_OFFER,
    aid_recipient,
    co_authors,
    from_event,
    guessed,
    latest_exchange,
    lead_authors,
    mediating,
    meeting_sides,
    outcome_sides,
    parties,
    quarrel_sides,
    served_sides,
    sole_adversary,
    step_author,
    talk_partner,
    talk_sides,
    welcomed,
)
from realpolitik.events.article_answers import deny_claim, reaction_target
from realpolitik.events.article_antecedents import attacker, lead_sources, sanctioner
from realpolitik.events.article_phrases import EXERCISE, EXERCISE_ACTS, exercise_told, trigger_text
from realpolitik.events.article_refs import replaces_held
from realpolitik.events.cameo import PRAISE, SYMMETRIC_TYPES, gives_way
from realpolitik.events.fill_kinds import (
    ANSWERED_ACT_AUTHOR,
    DEMAND_AUTHOR,
    EASED_TARGET,
    JUDGED_ACT_AUTHOR,
    JUDGED_MEETING_SIDE,
    JUDGED_SPEAKER,
    OFFERED_SIDE,
    PRONOUN_SUBJECT,
)
from realpolitik.events.roles_base import Roles
from realpolitik.events.roles_places import SUIT, is_suit_venue
from realpolitik.events.rules import Rule
from realpolitik.language.role_words import role_words
from realpolitik.model import ActorMention, Event

APPEAL: Final = "02"  # CAMEO 02x: appeals (to restraint, for talks, for help), which a suit answers none of (`_sued`)
ASKING: Final = "REQUEST"  # a demand or appeal: made of the partner of the talks it is voiced in
# Reactions that are aimed at someone even when the sentence does not name them ("Iran vowed retaliation",
# "Moscow condemned the move", "Mali recalled its ambassador"): at whoever last acted on the actor.
# "Bamako a exigé le départ des soldats danois. Copenhague a annoncé le rapatriement de ses soldats": a withdrawal of
# troops with no place named answers the latest demand (106) that the actor withdraw them
WITHDRAWAL, DEMANDED_WITHDRAWAL = "0874", "106"
REACTION_TYPES: Final = frozenset({"REJECT", "CONCEDE", "THREATEN", "ACCUSE", "SANCTION"})
OWN_NAMED: Final = frozenset({"THREATEN", "REJECT"})  # acts whose own actor named in them is no target of theirs


_PRAISED: Final = "SUPPORT"  # the verdicts a label after them sends to the lead act (article_acts.lead_authors)


def fill_from_context(roles: Roles, rule: Rule, recent: list[Event], pronoun: bool,
                      again: NamedAgain | None = None, weak: bool = False,
                      judged: list[Event] | None = None, subject: ActorMention | None = None,
                      named: list[ActorMention] | None = None, at: int | None = None,
                      plural: bool = False, asked: bool = False, marked: bool = False,
                      speaker: ActorMention | None = None, held: list[ActorMention] | None = None,
                      here: frozenset[str] = frozenset(), quarrels: frozenset[frozenset[str]] = frozenset(),
                      parties: frozenset[str] = frozenset()) -> None:
    """Complete an event from the events of the article's last sentences (`recent`, within CONTEXT_CHARS;
    `judged`, the events within ACT_CHARS, for a verdict on a named act; `again`, what the verdict names again),
    in this order:

    1. a missing source (`_source_from_context`): a pronoun's antecedent, a victim's one adversary, the author of the
       sanctions a measure belongs to; the sides of the talks or fighting an outcome frame ends (`_outcome_parties`);
    2. nothing more where the event needs no target or its actor is a domestic voice (`_wants_target`);
    3. a denial also answers the one who made the claim it denies (`deny_claim`);
    4. a verdict on an act named again whose targets are a coordinated verb's (`held`, events/article_refs.py) judges
       the act's authors where the article told them (`_judged_act_authors`);
    5. nothing more where the sentence named a target other than the actor's own (`_target_named`);
    6. else the target the article supplies for what the event is (`_target_from_context`); an event so completed
       is marked `target_from_context`.

    Guesses of the state an article is about (`guessed`) feed no step after the first.
    """
    fill = Fill(roles, rule, recent, judged, pronoun, again or NamedAgain(), weak, subject, named or [], at, plural,
                asked, marked, speaker, here, quarrels=quarrels, parties=parties)
    _source_from_context(fill)
    if not _wants_target(fill):
        return
    # (a guess from the state the article is about feeds no other guess: "WFP denounced the strike on its convoy ...
    # Port Sudan rejected the offer" rejects the offer told before, not WFP)
    fill.recent = [e for e in recent if not guessed(e)]
    fill.judged = None if judged is None else [e for e in judged if not guessed(e)]
    fill.me = party(roles.sources[0].code)
    deny_claim(fill)
    if held and (authors := _held_sides(fill, held)):
        roles.targets, roles.target_from_context = authors, True
        return
    if _target_named(fill):
        return
    targets = _target_from_context(fill)
    if targets:
        roles.targets = targets
        roles.target_from_context = True


def _source_from_context(fill: Fill) -> None:
    """An event with no source named takes one from the article.

    - A pronoun subject ("er", "he", "él", "il", "он") is the latest source before it; with no event before it, or
      when a later sentence than the latest event's named a `subject` (the earlier sentences' latest), that subject
      ("Putin sprach in Moskau. Er warf den USA ... vor"; "Iran fired missiles at Israel. Netanyahu spoke on
      Tuesday. He vowed ...": the pronoun stands for that speaker, not for the event's source).
    - Force on a named victim by no one named was used by the victim's one adversary (`attacker`).
    - A sanction whose subject is the measure itself was imposed by the author of the latest sanction
      (`sanctioner`; not a body read as the target: "Ein Sprecher der Kommission sagte, weitere Strafmaßnahmen
      würden geprüft").
    - An outcome frame ("The talks ended with an agreement": `Rule.outcome`) binds the sides of the talks or fighting
      it ends (`_outcome_parties`), never the parties its own roles read (a mediator, a venue)."""
    roles, rule, recent, subject = fill.roles, fill.rule, fill.recent, fill.subject
    if not roles.sources and fill.pronoun and (recent or subject is not None):
        if recent and (subject is None or subject.start < recent[-1].evidence_end):
            roles.sources = lead_sources(recent, fill.plural)
        elif subject is not None:  # (always, where there is no event before)
            roles.sources = [replace(subject, token_start=-1, token_end=-1, note="the subject a pronoun stands for",
                                     fill=PRONOUN_SUBJECT)]
        roles.from_outside_clause = True
    if not roles.sources and rule.plover in FORCE_TYPES and roles.targets and not fill.weak:
        attacker(roles, fill.reach)
    if rule.outcome:
        _outcome_parties(fill)
    if not roles.sources and rule.plover == "SANCTION" and roles.targets and not fill.weak and not roles.passive \
            and all(t.country for t in roles.targets):
        sanctioner(roles, recent)


def _outcome_parties(fill: Fill) -> None:
    """The parties of an outcome frame (`Rule.outcome`): the sides of the latest talks or fighting in `recent` (its
    sentence's own told before it last: "Talks between Ethiopia and Eritrea under AU mediation ended with an
    agreement", not the mediator; the coder passes earlier sentences' only where its sentence names no party: "The
    negotiations culminated in a peace accord"), else none: never the parties its own roles read."""
    roles = fill.roles
    sides = outcome_sides(fill.recent)
    roles.sources, roles.targets = sides[:1], sides[1:]
    roles.from_outside_clause = roles.target_from_context = bool(sides)


def _wants_target(fill: Fill) -> bool:
    """Whether the article may supply a target: the event has a source, needs a target (a yielding needs none, a
    state may give way in general; but "lenkte dann aber ein" after a pressure named before yields to the one who
    pressed), and its actor is no domestic voice (`domestic_voice`). Every mediating rule (`mediating`: a mediation,
    045, or an offer of one, 039) asks the article, also where the rule lets its act be told with no side named: a
    go-between stands between two sides whether or not the sentence names them, and `_target_from_context` reads the
    same class (`_mediated_parties`). Today only the French and Spanish offer rules let their target be absent ("a
    proposé sa médiation", "ofreció su mediación"); every mediation rule of the five languages requires its target
    and asks the article anyway, so the class reaches no other rule now: a mediation rule written later without a
    target required gets its sides as the offers do (tests/test_mediation_wants_sides.py)."""
    roles, rule = fill.roles, fill.rule
    return bool(roles.sources) and (rule.target_required or gives_way(rule.plover, rule.cameo)
                                    or mediating(rule.cameo)) and not domestic_voice(roles)


def _target_named(fill: Fill) -> bool:
    """Whether the sentence named a target of the event's own. The actor's own forces or country ("verurteilte das
    Manöver und versetzte ihre Streitkräfte in Alarm") are none: the sentence leaves the target to the context; so is
    a threat's own name ("a promis une réplique de Moscou": the noun's agent) and a rejection's ("wies jede
    Verantwortung Moskaus zurück", "denied any role of Russia's": the part denied is the actor's, the charge's author
    is the other side)."""
    return any(party(t.code) != fill.me or t.entry != OWN and fill.rule.plover not in OWN_NAMED
               for t in fill.roles.targets)


def _target_from_context(fill: Fill) -> list[ActorMention]:
    """The target the article supplies to an event with none named, by what the event is: the first case that fits
    decides, [] where it finds no one (a case that names no one lets the next ones try only where it says so).

    - A verdict whose object is a relative pronoun standing for an act told before it in its sentence ("...
      signed a defence pact, which Moscow condemned": `again.antecedent`) judges that act's authors
      (`_antecedent_authors`).
    - A praise of talks named again ("welcomed the talks", "a salué la reprise des discussions": `talks`) praises the
      two sides of the latest talks within ACT_CHARS (`talk_sides`: not a visit, a mediation or hosting), where
      there are such; else as below.
    - A verdict on an act named by a bare noun ("verurteilte den Angriff", "condemned the strikes") is aimed at the
      act's authors (`_judged_act_authors`), else a verdict on words named again (`remarks`: "Montenegro rejected
      the remarks", "Moscou a condamné ces propos") answers the `speaker`, the subject of the sentence before where
      it told what was said, when that is another party: the remarks are that speaker's, whatever act the article
      coded last (after the acts a verdict names: "kritisierte die Äußerungen aus Washington" judges the act told
      before).
    - An observer with no partner named ("asistió como observador") met the sides of the latest meeting, talks or
      deal within ACT_CHARS (`meeting_sides`; not its mediators).
    - A verdict with no target on a step named again by a definite noun (`step`: "Germany, France and Britain
      welcomed the step", "Rusia criticó la decisión") judges the author of the latest act by another party within
      ACT_CHARS that was no talks or verdict (`step_author`); a praise of a deal so named ("begrüßte das Abkommen":
      `deal`) praises as `_praised` says, not the author of whatever act came last.
    - A mediator with no parties named mediated between the sides of the latest event between two others
      (`_mediated_parties`); a praise (051) with no target praises as `_praised` says.
    - Force (attack, coercion) with no named target ("the Russian army attacked again", "the strike hit the port")
      hits the one party the actor has fought in the events within ACT_CHARS; with two or more such parties, no one
      (`sole_adversary`).
    - A retaliation answers the latest act of another party on the actor (`_retaliated`), a withdrawal the demand
      that it withdraw (`_withdrawal_demander`), an easing spares the target of the latest sanction (`_eased`), aid
      goes to `aid_recipient`, and a demand or appeal voiced in the
      actor's own talks is made of its partner (`_asked_partner`).
    - A reaction (REACTION_TYPES) answers the latest quarrel of the actor's (`reaction_target`)."""
    rule, me, reach, weak, again = fill.rule, fill.me, fill.reach, fill.weak, fill.again
    if again.antecedent is not None and rule.plover in VERDICT_TYPES and (authors := _antecedent_authors(fill)):
        return authors
    if again.talks and (sides := talk_sides(me, reach)):
        return sides
    if again.acts and rule.plover in VERDICT_TYPES and (authors := _judged_act_authors(fill)):
        return authors
    # (a praise only: a condemnation so labelled, "a dénoncé une « trahison »", cost the judge pool an extra, round 57)
    if again.label and rule.plover == _PRAISED and not weak and fill.roles.sources[0].agent not in BYSTANDERS \
            and (authors := lead_authors(me, again.label, fill.recent)):
        return authors
    if again.remarks and rule.plover in VERDICT_TYPES and fill.speaker is not None and party(fill.speaker.code) != me:
        return [replace(fill.speaker, token_start=-1, token_end=-1, note="the speaker whose words it judges",
                        fill=JUDGED_SPEAKER)]
    if rule.attends:
        return meeting_sides(me, reach)
    if again.step and not again.deal and rule.plover in VERDICT_TYPES and (authors := step_author(me, reach)):
        return authors
    if mediating(rule.cameo):
        return _mediated_parties(fill)
    if rule.cameo.startswith(PRAISE):
        return _praised(fill)
    # (a state is not the armed group of its own soil: "His administration said it had not been told of the strikes"
    # after US strikes on SOMREB does not make the US Somalia's government's adversary)
    # (only a state's act is held apart so: an armed group's bare attack still answers its country's one adversary)
    armed = False if fill.roles.sources and not any(is_armed_group(m.code) for m in fill.roles.sources) else None
    if rule.plover in FORCE_TYPES and not weak and (adversary := sole_adversary(me, reach, armed)) is not None:
        return [adversary]
    if rule.retaliation and not weak:
        return _retaliated(fill)
    if rule.cameo == WITHDRAWAL:
        return [] if weak else _withdrawal_demander(fill)
    if rule.cameo == EASING:
        return [] if weak or fill.asked else _eased(fill)
    if rule.plover == "AID":
        # (a donor named by an adjective is sure: "une aide française")
        recipient = aid_recipient(me, fill.recent, fill.at)
        return [] if recipient is None else [recipient]
    if rule.plover == ASKING and not weak and fill.at is not None:
        return _asked_partner(fill, fill.at)
    if rule.cameo.startswith(SUIT):
        return _sued(fill)
    if rule.plover in REACTION_TYPES or gives_way(rule.plover, rule.cameo):
        return reaction_target(fill)
    return []


def _sued(fill: Fill) -> list[ActorMention]:
    """Whom a suit with no one sued in its sentence is brought against: the other side of the dispute the article
    told (`reaction_target`), never the court that hears it ("la Corte ... atribuyó a Camboya el templo. En junio, Nom
    Pen llevó de nuevo la disputa a La Haya" sues no court), and not a third party whose act on the plaintiff was only
    an appeal to it ("L'Union africaine appelle les deux parties à la retenue ... Bamako annonce saisir la Cour
    internationale de justice" sues Algeria, whose closure of its airspace the article told, not the AU)."""
    disputed = replace(fill, recent=[e for e in fill.recent if not e.cameo.startswith(APPEAL)])
    return [t for t in reaction_target(disputed) if not is_suit_venue(t.code)]


def _judged_act_authors(fill: Fill, held: list[ActorMention] | None = None) -> list[ActorMention]:
    """Whom a verdict on an act named by a bare noun judges: whoever carried out the latest such act, and every other
    party that did such an act to the same party (`co_authors`: "The US and Britain struck Yemen. The Pentagon said
    its strikes ... Iran condemned them"); a praise or condemnation of a deal or talks between two others judges both
    sides ("China welcomed the agreement", "Beijing condemned the meeting"). A mediation is no act of the mediator's
    own ("Oman carried messages between them ... Tehran rejected any discussion of its missiles" judges the talks'
    other side, not Oman). With `held` (the targets a coordinated verb's phrase gave the verdict, events/article_refs),
    only an act that happened counts, and only where `replaces_held` says its authors replace them."""
    me, rule, reach, again = fill.me, fill.rule, fill.reach, fill.again
    acts = [e for e in reversed(reach) if e.source and party(e.source) != me and not mediating(e.cameo)
            and (held is None or e.factual and not e.negated)]
    # "kritisierte das Manöver": the latest act told as an exercise, held alone (a show of force) or together (their
    # cooperation), not a show of force near it; where the article told none, the acts the noun's type names
    exercises = [e for e in acts if e.plover in EXERCISE_ACTS and exercise_told(
        e, role_words(e.lang or "").exercise_words)] if EXERCISE in again.kinds else []
    acts = exercises or [e for e in acts if e.plover in again.acts]
    # the latest act of the kind the noun names, before a nearer act of another kind of the same type; else the
    # latest such act on the judge itself, before a nearer one on others ("Yemen's Houthis fired missiles at a Greek
    # tanker ... Israel struck Hodeidah ... Greece's minister condemned the attack": the attack on Greece)
    act = next((e for e in acts if same_kind(e, again.kinds)), None) \
        or next((e for e in acts if e.target and party(e.target) == me), None) \
        or _told_first(acts, again.words) or (acts[0] if acts else None)
    if act is None:
        return []
    authors = co_authors(act, me, reach, note=f"author of the {str(act.plover).lower()} it judges",
                         fill=JUDGED_ACT_AUTHOR)
    if (rule.cameo.startswith(PRAISE) or rule.plover == "ACCUSE") and act.plover in SYMMETRIC_TYPES \
            and act.target and me != party(act.target) != party(act.source or ""):
        authors.append(from_event(act, "target", note="a side of the meeting or deal it judges",
                                  fill=JUDGED_MEETING_SIDE))
    return authors if held is None or replaces_held(held, authors, act, rule.plover) else []


def _antecedent_authors(fill: Fill) -> list[ActorMention]:
    """Whom a verdict on the act its relative pronoun stands for judges (`NamedAgain.antecedent`): the authors of
    that act, every event its trigger gave (a deal with two partners is two events), and, for a praise or a
    condemnation of a deal, talks or joint drills (SYMMETRIC_TYPES), their other sides too, as `_judged_act_authors`
    reads a deal named by its noun ("Pristina a signé avec l'Albanie et la Croatie une déclaration ..., que Belgrade
    a dénoncée": Kosovo, Albania and Croatia), but not where the clause names the act a step (`NamedAgain.step`:
    "a signé ... un accord ... avec l'Union européenne, une démarche que Moscou a qualifiée de ...": Armenia alone);
    never the judge itself."""
    act, me, rule = fill.again.antecedent, fill.me, fill.rule
    assert act is not None
    both = (rule.cameo.startswith(PRAISE) or rule.plover == "ACCUSE") and not fill.again.step
    found: list[ActorMention] = []
    for e in fill.recent:
        if e.evidence_start != act.evidence_start or e.trigger_start != act.trigger_start:
            continue
        sides = ("source", "target") if both and e.plover in SYMMETRIC_TYPES else ("source",)
        for side in sides:
            code = getattr(e, side)
            if code and party(code) != me and all(party(m.code) != party(code) for m in found):
                found.append(from_event(e, side, note=f"a side of the {str(e.plover).lower()} it judges",
                                        fill=JUDGED_ACT_AUTHOR if side == "source" else JUDGED_MEETING_SIDE))
    return found


_WORD_STEM: Final = 4  # the shortest act noun whose word an earlier trigger must contain ("Angriff" in "Luftangriff")


def _told_first(acts: list[Event], words: list[str]) -> Event | None:
    """The latest force among `acts` (latest first) told with the noun a verdict names again (`_told_with`), where
    every nearer act is between the same two parties: the fighting of one pair told again ("Nach einem Luftangriff
    der myanmarischen Armee auf thailändisches Gebiet ... Kampfflugzeuge hatten zuvor ... bombardiert ... die Bomben
    stammten nicht von der Luftwaffe ... Malaysia und Indonesien verurteilten den Angriff", fresh54a_de: the air
    strike the noun named, not a nearer act of that fighting, misread). A nearer act on another pair is the one
    judged ("Israel griff den Iran an ... Der Iran feuerte Raketen auf den US-Stützpunkt in Katar ab. Katar
    verurteilte den Angriff", wire_de8)."""
    told = next((i for i, e in enumerate(acts) if e.plover in FORCE_TYPES and _told_with(e, words)), None)
    if told is None:
        return None
    pair = _pair(acts[told])
    return acts[told] if all(_pair(e) == pair for e in acts[:told]) else None


def _pair(event: Event) -> frozenset[str]:
    return frozenset({party(event.source or ""), party(event.target or "")})


def _told_with(event: Event, words: list[str]) -> bool:
    """Whether `event`'s trigger contains a word of the act noun a verdict names again (lower case): the act told
    with the same noun or its compound or verb ("Nach einem Luftangriff der myanmarischen Armee ... verurteilten den
    Angriff", "Russia attacked ... condemned the attack"), before a nearer act told otherwise, which may be a misread
    one ("die Bomben stammten nicht von der Luftwaffe; vielmehr hätten Terroristen Granaten abgefeuert", studied:
    fresh54a_de)."""
    trigger = trigger_text(event)
    return trigger is not None and any(len(word) >= _WORD_STEM and word in trigger for word in words)


def same_kind(event: Event, kinds: list[str]) -> bool:
    """Whether `event` is of a kind (CAMEO's first three digits) that a verdict's act noun names ("Russia expelled two
    Estonian diplomats. Finland imposed sanctions on Belarus. Estonia condemned the expulsion": the expulsion, 161,
    not the nearer sanctions, 163, of the same PLOVER type). Force is one kind, and so are talks and deals: "the attack"
    judges the latest strike or shelling alike, "criticó la cumbre" the latest meeting however told (a summit, talks,
    a visit: 040, 043, 046 are how one act is told, not other acts)."""
    return event.plover not in FORCE_TYPES and event.plover not in SYMMETRIC_TYPES \
        and event.cameo[:3] in {kind[:3] for kind in kinds}


def _held_sides(fill: Fill, held: list[ActorMention]) -> list[ActorMention]:
    """Whom a verdict with a coordinated verb's party held back judges (`held`): the authors of the act it names by
    noun, else the sides of the deal it praises; the sides of the talks a praise names first ("welcomed the talks and
    thanked Oman for hosting them": the latest talks, not the latest visit, which the act noun "talks" also names)."""
    if fill.again.talks:
        return _held_deal_sides(fill, held) or _judged_act_authors(fill, held)
    return _judged_act_authors(fill, held) or _held_deal_sides(fill, held)


def _held_deal_sides(fill: Fill, held: list[ActorMention]) -> list[ActorMention]:
    """Whom a praise of a deal named again praises where a coordinated verb after the deal's noun names a party of its
    own ("welcomed the agreement and thanked Kenya for its efforts", "celebró el acuerdo y agradeció a Catar su
    mediación"): the two sides of the latest deal the article told (`_praised`: as far back as a verdict on a named
    act reaches), neither of them a held party; [] where there is none or a held party is a side ("celebró la firma
    y agradeció a Petro": the one thanked is the one praised), and the held parties stay the praise's."""
    again = fill.again
    talks_praised = again.talks  # "welcomed the talks": their sides, whatever act noun the praise names besides
    deal_praised = again.deal and not again.acts  # "welcomed the agreement", no act noun whose authors it would judge
    if not (talks_praised or deal_praised):
        return []
    kept = {party(t.code) for t in held}
    sides = talk_sides(fill.me, fill.reach, frozenset(kept)) if again.talks else _praised(fill)
    return sides if len(sides) == 2 and kept.isdisjoint(party(m.code) for m in sides) else []


def _mediated_parties(fill: Fill) -> list[ActorMention]:
    """Whom a mediator with no parties named brought together: the sides of the latest event between two others
    (`parties`), within CONTEXT_CHARS, else within ACT_CHARS: the sides are often told a paragraph before the
    mediator ("... China had brokered the rapprochement"). No mediator is a side ("при посредничестве Анкары и ООН",
    "facilitated by Norway and the UN"). An offer of its services (MEDIATION_OFFER) stands between the sides whose
    talks the offerer itself mediated or hosted before (`served_sides`: "Oman, which hosted talks between Iran and the
    US, offered to resume its mediation"), else between the two who quarrel (`quarrel_sides`: the latest hostile act
    between two others, a paragraph back before a nearer deal or talks: "Pakistan struck Afghan towns ... Qatar and
    Turkey, which had brokered a truce in Doha, urged restraint. China offered to help"), else as a mediator; the
    sides so found for an offer are of their own kind (OFFERED_SIDE: events/confidence.py attaches them as a side in
    the clause) where an earlier sentence told them: the offerer's own service to them told in its sentence ("qui
    avait parrainé l'accord de paix entre les deux voisins, se serait proposée pour accueillir des pourparlers") is
    what the gold codes there, as 045 (eval/gold/README.md)."""
    mediators = frozenset(party(s.code) for s in fill.roles.sources)
    windows = (fill.recent,) if fill.judged is None else (fill.recent, fill.judged)
    offer = fill.rule.cameo == MEDIATION_OFFER
    readers = (served_sides, quarrel_sides, parties) if offer else (parties,)
    for read in readers:
        for events in windows:
            if found := read(mediators, events):
                return [replace(m, fill=OFFERED_SIDE) for m in found] if offer and _told_before(found, fill) \
                    else found
    return []


def _told_before(found: list[ActorMention], fill: Fill) -> bool:
    """Whether the sides found were told by earlier sentences than the event's own."""
    return fill.at is not None and all(m.start != fill.at for m in found)


def _praised(fill: Fill) -> list[ActorMention]:
    """Whom a praise (051) with no target praises, as `welcomed` says: where it names a `deal` again ("welcomed the
    ceasefire and called on both sides to respect it"), of the deals within ACT_CHARS alone (as far back as a verdict
    on a named act reaches), and none where the praiser is a side of it; no one where the source is unsure (`weak`)
    and it names no deal."""
    deal = fill.again.deal
    if fill.weak and not deal:
        return []
    return welcomed(fill.me, fill.judged if deal and fill.judged is not None else fill.recent, deal)


def _retaliated(fill: Fill) -> list[ActorMention]:
    """Whom a retaliation answers ("Teherán respondió con cientos de misiles"): the author of the latest act of
    another party on the actor."""
    answered = latest_exchange(fill.me, fill.recent, aimed_only=True)
    return [] if answered is None else [from_event(answered[0], answered[1], note="the one whose act it answers",
                                                   fill=ANSWERED_ACT_AUTHOR)]


def _withdrawal_demander(fill: Fill) -> list[ActorMention]:
    """Whom a withdrawal of troops with no place named answers: the author of the latest demand (106) that the actor
    withdraw them ("Bamako a exigé le départ des soldats danois. Copenhague a annoncé le rapatriement de ses
    soldats")."""
    me = fill.me
    demand = next((e for e in reversed(fill.recent) if e.cameo == DEMANDED_WITHDRAWAL and e.factual and e.source
                   and e.target and party(e.target) == me and party(e.source) != me), None)
    return [] if demand is None else [from_event(demand, "source", note="the one whose demand it answers",
                                                 fill=DEMAND_AUTHOR)]


def _eased(fill: Fill) -> list[ActorMention]:
    """Whom an easing with no target named (EASING: "hob die Sanktionen auf", "ließ das Importverbot auslaufen")
    spares: the target of the latest sanction (SANCTION) within ACT_CHARS that was not aimed at the actor, the
    actor's own if it imposed one (the measure it now lifts), else anyone's (a ban others imposed on the same
    party)."""
    me = fill.me
    sanctions = [e for e in fill.reach if e.plover == "SANCTION" and e.factual and not e.negated and e.source
                 and e.target and party(e.target) != me]
    own = next((e for e in reversed(sanctions) if party(e.source or "") == me), None)
    eased = own if own is not None else (sanctions[-1] if sanctions else None)
    return [] if eased is None else [from_event(eased, "target", note="the target of the measure it eases",
                                                fill=EASED_TARGET)]


def _asked_partner(fill: Fill, at: int) -> list[ActorMention]:
    """Of whom a demand or appeal is made that the actor voiced in its own talks, told earlier in the same sentence
    (`talk_partner`): "В телефонном разговоре с Эрдоганом Путин призвал ...", "in a call with Erdogan, Putin
    urged ..."."""
    partner = talk_partner(fill.me, fill.recent, at)
    return [] if partner is None else [partner]
