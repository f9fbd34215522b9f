"""Which earlier event of the article a fill counts: the latest one between an actor and another party
(`latest_exchange`), the sides of the latest deal or meeting, the author of the latest step or of the act a praise
welcomes, the actor's one adversary, the partner of its own talks or the recipient of aid told before; and how an
earlier event's side becomes a mention again (`from_event`, `joint`, `co_authors`).

Every other part of the article-level reading (events/article.py lists them) reads these.
"""

from __future__ import annotations

from typing import Final

from realpolitik.codes import country_of, is_armed_group, party
from realpolitik.events.article import (
    ABOUT,
    COOPERATION,
    EASING,
    FORCE_TYPES,
    GOODWILL,
    HOSTILE_TYPES,
    MEETINGS,
    VERDICT_TYPES,
)
from realpolitik.events.cameo import HOSTING, MEDIATION, PRAISE, SYMMETRIC_TYPES, TALK_CODES
from realpolitik.events.confidence import MIN_CONFIDENCE
from realpolitik.events.fill_kinds import (
    ADVERSARY_FIGHTING,
    AID_RECIPIENT,
    ATTENDED_MEETING_SIDE,
    CRITICISED_DEAL_SIDE,
    JUDGED_DEAL_SIDE,
    MEDIATED_PARTY,
    MET_PARTNER,
    OUTCOME_SIDE,
    STEP_AUTHOR,
    TALK_PARTNER,
    WELCOMED_ACT_AUTHOR,
    WELCOMED_DEAL_PARTNER,
    WELCOMED_DEAL_SIDE,
)
from realpolitik.model import ActorMention, Event

# "China offered to mediate": an offer with no named parties stands between the same sides
MEDIATION_OFFER: Final = "039"
VISIT_CODES: Final = frozenset({"042", "043"})  # a visit or a hosting: aid announced with it goes to the guest or host
INVITATION: Final = "036"  # an invitation, an offer to host or hold talks
# hosting talks, an invitation: what a welcome of the deal does not praise
_SERVICES: Final = frozenset({"043", INVITATION})
# one side's promise to give, reform or yield (CAMEO 032-035: "Beide Seiten hätten zugesagt, Beobachter der
# Asean-Staaten zuzulassen"): no deal between two that "welcomed the agreement" praises (fresh46_de, wire_de)
_PROMISES: Final = ("032", "033", "034", "035")


def sole_adversary(me: str, events: list[Event], armed: bool | None = None) -> ActorMention | None:
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
    return from_event(event, side, note="the one adversary the article shows it fighting", fill=ADVERSARY_FIGHTING)


def parties(mediators: frozenset[str], events: list[Event]) -> list[ActorMention]:
    """Both sides of the latest deal or talks between two others, else of the latest event between two others:
    whom a mediator with no named parties brought together ("China hatte den Neubeginn vermittelt", "the talks
    were facilitated by Norway"; not a third party's praise of the deal told in between, whether a deal stands in
    `events` or not: "The African Union welcomed the agreement. ... praised Washington's mediation" brought Egypt and
    Ethiopia together, not the AU and one of them)."""
    between = _between(mediators, events)
    e = next((e for e in reversed(between) if e.plover in SYMMETRIC_TYPES), between[-1] if between else None)
    return [] if e is None else _sides(e)


def quarrel_sides(mediators: frozenset[str], events: list[Event]) -> list[ActorMention]:
    """Both sides of the latest hostile act between two others: whom an offer to help or mediate with no side named
    stands between ("Thailand and Cambodia traded fire ... Malaysia hosted talks ... China offered to help" offers it
    to the two who fight)."""
    e = next((e for e in reversed(_between(mediators, events)) if e.plover in HOSTILE_TYPES), None)
    return [] if e is None else _sides(e)


def served_sides(mediators: frozenset[str], events: list[Event]) -> list[ActorMention]:
    """The two sides whose talks the offerer itself mediated or hosted, as the article told it ("Oman, which hosted
    five rounds of talks between Iran and the United States, offered to resume its mediation"; "Malaysias Premier,
    der eine Waffenruhe zwischen den beiden Nachbarn vermittelt hatte, bot erneut seine Vermittlung an"): an offer
    of its services again stands between them, not between the two of a later quarrel; [] where the article told
    no such service of its, or one with fewer than two sides."""
    for e in reversed(events):
        if not e.factual or not e.source or party(e.source) not in mediators \
                or not (e.cameo.startswith(MEDIATION) or e.cameo == HOSTING):
            continue
        sides: list[ActorMention] = []
        for told in events:  # the service's every side, told in its sentence with the same code
            if told.evidence_start == e.evidence_start and told.cameo == e.cameo and told.source == e.source \
                    and told.target and party(told.target) not in mediators \
                    and all(party(told.target) != party(m.code) for m in sides):
                sides.append(from_event(told, "target", note="a side whose talks it served before",
                                        fill=MEDIATED_PARTY))
        if len(sides) >= 2:
            return sides
    return []


def _between(mediators: frozenset[str], events: list[Event]) -> list[Event]:
    """The events between two others than the mediators, neither a mediation nor a praise (a third party's praise
    of a deal is no pair a mediator brought together)."""
    return [e for e in events if e.source and e.target and mediators.isdisjoint((party(e.source), party(e.target)))
            and party(e.source) != party(e.target) and not mediating(e.cameo) and not e.cameo.startswith(PRAISE)]


def _sides(e: Event) -> list[ActorMention]:
    return [from_event(e, "source", note="a party the mediator brought together", fill=MEDIATED_PARTY),
            from_event(e, "target", note="a party the mediator brought together", fill=MEDIATED_PARTY)]


def _brokering(cameo: str) -> bool:
    """A third party's service to two sides (mediating, offering to, hosting their talks) or an invitation: no deal
    or talks a later welcome praises ("Qatar and Turkey mediated ... Egypt invited Trump to the signing ... Jordan
    welcomed the announcement": the sides of the deal told before, not the mediators, the host or the guest)."""
    return mediating(cameo) or cameo in _SERVICES


def mediating(cameo: str) -> bool:
    """A mediation or an offer to mediate: its actor stands between two parties, it is no pair of them ("China offered
    to mediate. A truce brokered by Qatar had held": Qatar brokered it between the sides, not between China and one)."""
    return cameo.startswith(MEDIATION) or cameo == MEDIATION_OFFER


def meeting_sides(me: str, events: list[Event]) -> list[ActorMention]:
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
                found.append(from_event(e, side, note="a side of the meeting it attended", fill=ATTENDED_MEETING_SIDE))
    return found


def outcome_sides(events: list[Event]) -> list[ActorMention]:
    """Whom an outcome told with no party of its own binds ("Talks between Ethiopia and Eritrea under AU mediation ended
    with an agreement", "Los combates terminaron con un alto el fuego", "Переговоры завершились подписанием"): the two
    sides of the latest talks or fighting between two parties that happened, its sentence's own included; a mediator
    or a host stands between the sides and is none of them, and a reading the coder doubts (below MIN_CONFIDENCE: "Los
    combates" read as an attack on the mediator) is none either."""
    e = next((e for e in reversed(events) if e.factual and not e.negated and e.source and e.target
              and e.confidence >= MIN_CONFIDENCE
              and party(e.source) != party(e.target) and (e.plover in FORCE_TYPES or e.plover == "CONSULT"
              and not mediating(e.cameo) and e.cameo != HOSTING)), None)
    if e is None:
        return []
    return [from_event(e, "source", note="a side of the talks or fighting it ended", fill=OUTCOME_SIDE),
            from_event(e, "target", note="a side of the talks or fighting it ended", fill=OUTCOME_SIDE)]


_NO_STEPS: Final = frozenset({"CONSULT", "ACCUSE", "ASSAULT"})  # talks, a verdict, an attack: no step (`step_author`)


def step_author(me: str, events: list[Event]) -> list[ActorMention]:
    """Who took the step a verdict judges ("Germany, France and Britain welcomed the step", "Moscú criticó la
    decisión"): the author of the latest act by another party that happened (with those who did it jointly, told in
    the same sentence), not talks or another's verdict, which are no step; a deal's sides other than the judge ("a
    pact took effect ... The United States welcomed the step": both). Nor an armed attack: "the step", "the
    decision", "die Maßnahme" sum up a measure someone decided, an attack told again is "the attack" (an act noun,
    `_judged_act_authors`): "Armenien hat seine Mitgliedschaft in der OVKS eingefroren ... Das Bündnis habe sein
    Land im Stich gelassen, als aserbaidschanische Truppen 2022 armenisches Gebiet angriffen ... Peskow nannte den
    Schritt einen „Fehler“" judges Armenia (studied: wire_de2; fresh46_de, "Teheran verurteilte den Schritt" after
    the snapback, not Israel's strikes told before it)."""
    act = next((e for e in reversed(events) if e.factual and e.source and party(e.source) != me
                and e.plover not in _NO_STEPS and not e.cameo.startswith(PRAISE)
                and not _brokering(e.cameo)), None)
    if act is None:
        return []
    authors = joint(act, "source", events, note="author of the step it judges", fill=STEP_AUTHOR)
    if act.plover in SYMMETRIC_TYPES and act.target and party(act.target) not in {me, party(act.source or "")}:
        authors.append(from_event(act, "target", note="a side of the deal it judges", fill=JUDGED_DEAL_SIDE))
    return authors


def lead_authors(me: str, lead: list[Event], recent: list[Event]) -> list[ActorMention]:
    """Whom a verdict that labels an act with no target judges ("Les États-Unis ont salué « une étape
    encourageante »", "La Russie a dénoncé une « trahison »"): the parties of the article's lead act (the events of
    its first sentence that told one), not the latest act before it, which is as often background or another
    reaction: their authors, and the other sides of talks or a deal between states (a state joining an organisation
    took the step alone) or of an act of the judge's own; no mediator or host, and never the judge. A judge that
    the last sentences told an act was done to (not a verdict: a reaction answers deeds) judges that act's author
    ("Chisinau expelled two Russian diplomats. Moscow denounced an unfriendly decision")."""
    done_to_me = next((e for e in reversed(recent) if e.factual and not e.negated and e.source and e.target
                       and party(e.target) == me and party(e.source) != me and e.plover not in VERDICT_TYPES), None)
    if done_to_me is not None:
        return [from_event(done_to_me, "source", note="the author of the act on the judge", fill=STEP_AUTHOR)]
    acts = [e for e in lead if e.factual and not e.negated and e.source and not _brokering(e.cameo)]
    found: list[ActorMention] = []
    seen = {me}
    for e in acts:
        sides = ["source"]
        if e.target and (e.plover in SYMMETRIC_TYPES and country_of(e.target) or party(e.source or "") == me):
            sides.append("target")
        for side in sides:
            code = e.source if side == "source" else e.target
            if code and party(code) not in seen:
                seen.add(party(code))
                found.append(from_event(e, side, note="a party of the lead act its label judges", fill=STEP_AUTHOR))
    return found


def talk_sides(me: str, events: list[Event], apart: frozenset[str] = frozenset()) -> list[ActorMention]:
    """Whom a praise of talks named again praises ("Saudi Arabia, Qatar and the UAE welcomed the talks and thanked Oman
    for hosting them", "La Unión Africana celebró la reanudación de las conversaciones"): the two sides of the latest
    talks between two parties in `events` that happened (a meeting or negotiation, `TALK_CODES`: not a visit, which a
    praise of "the talks" does not name, nor a mediation or hosting, a third party's service: `_brokering`; nothing
    dated half a year back), none of them one of `apart` (the host or mediator a coordinated verb thanks); none where
    the praiser is a side of them (its own talks: the reader `welcomed` answers it)."""
    for e in reversed(events):
        if not e.factual or e.negated or not e.source or not e.target or e.cameo not in TALK_CODES \
                or _brokering(e.cameo) or background(e):
            continue
        source, target = party(e.source), party(e.target)
        if source == target or source in apart or target in apart:
            continue
        if me in (source, target):
            return []
        return [from_event(e, "source", note="a side of the talks it welcomes", fill=WELCOMED_DEAL_SIDE),
                from_event(e, "target", note="a side of the talks it welcomes", fill=WELCOMED_DEAL_SIDE)]
    return []


def welcomed(me: str, events: list[Event], deal: bool = False) -> list[ActorMention]:
    """Whom a praise with no target praises ("Niamey welcomed the announcement", "Egypt hailed the deal"): the author of
    the latest act on the praiser or on no one named, else both sides of the latest deal or talks between two others,
    else the partner of the praiser's own latest deal or talks, whichever is latest (only what happened counts, and
    nothing dated half a year back: `background`). With `deal` (the praise names a deal: "welcomed the agreement"),
    only agreements count: "Erdogan congratulated both leaders in phone calls. The EU welcomed the agreement" praises
    its signatories."""
    for e in reversed(events):
        if not e.factual or not e.source or _brokering(e.cameo) or background(e) \
                or deal and (e.plover != "AGREE" or e.cameo.startswith(_PROMISES)):
            continue
        source, target = party(e.source), party(e.target or "")
        if not e.target and source != me:  # "Macron announced the withdrawal ... The junta welcomed the decision"
            return [from_event(e, "source", note="author of the act it welcomes", fill=WELCOMED_ACT_AUTHOR)]
        if source == target or not e.target:
            continue
        if deal and me in (source, target):
            return []  # a side that welcomes its own ceasefire praises no adversary: "Mikati welcomed the ceasefire"
        if target == me:
            return [from_event(e, "source", note="author of the act it welcomes", fill=WELCOMED_ACT_AUTHOR)]
        if e.plover not in SYMMETRIC_TYPES:
            continue
        if source == me:
            return [from_event(e, "target", note="partner of the deal it welcomes", fill=WELCOMED_DEAL_PARTNER)]
        return [from_event(e, "source", note="a side of the deal it welcomes", fill=WELCOMED_DEAL_SIDE),
                from_event(e, "target", note="a side of the deal it welcomes", fill=WELCOMED_DEAL_SIDE)]
    return []


BACKGROUND_DAYS: Final = 180  # an act dated this long before the article's day is background, not its news


def background(event: Event) -> bool:
    """Whether the article dates the act half a year or more before its own day ("which signed a pact with China in
    2023"): background that a welcome of today's news does not praise."""
    return event.date is not None and event.published is not None \
        and (event.published - event.date).days >= BACKGROUND_DAYS


def latest_deal_sides(me: str, events: list[Event]) -> list[ActorMention]:
    """Both sides of a deal or talks between two others when that is the latest thing that happened: what a
    criticism with no target judges ("China and the Solomon Islands signed a pact. Washington criticised it"). Not a
    mediation or an invitation, no deal of two a criticism is on, as no welcome praises one ("Iran offered to host
    talks between the sides. The UN chief voiced deep concern at the civilian deaths", "Qatar convened both parties to
    a new round. The African Union expressed its deep concern"; studied material, round 61 (carry61): such fills 5
    wrong, 1 right beside another event giving it); a visit hosted still is ("Marape was received by Albanese ...
    China voiced its concern")."""
    e = next((e for e in reversed(events) if e.factual and e.source), None)
    if e is None or e.plover not in SYMMETRIC_TYPES or not e.target or mediating(e.cameo) or e.cameo == INVITATION \
            or me in (party(e.source or ""), party(e.target)) or party(e.source or "") == party(e.target):
        return []
    return [from_event(e, "source", note="a side of the deal it criticises", fill=CRITICISED_DEAL_SIDE),
            from_event(e, "target", note="a side of the deal it criticises", fill=CRITICISED_DEAL_SIDE)]


def answers_force(event: Event, events: list[Event]) -> bool:
    """A threat that answers a hostile act on its author by its target ("Qatar reserved the right to respond" after
    Israel's strike): the act, not the answer, is what a third party condemns."""
    if event.plover != "THREATEN" or not event.target:
        return False
    me, other = party(event.source or ""), party(event.target)
    return any(e.plover in HOSTILE_TYPES and e.factual and e.source and e.target and party(e.source) == other
               and party(e.target) == me and e.evidence_start <= event.evidence_start for e in events)


def co_authors(act: Event, me: str, events: list[Event], note: str, fill: str) -> list[ActorMention]:
    """The author of `act` and every other party that did an act of its type to the same party in `events`: a
    condemnation of the act answers them all ("The United States and Britain struck the Houthis. ... The Pentagon
    said its strikes ... Tehran condemned the aggression": both, not the one told last)."""
    found = [from_event(act, "source", note=note, fill=fill)]
    victim = party(act.target or "")
    for e in events:
        if e.plover != act.plover or not e.factual or not e.source or not e.target or party(e.target) != victim \
                or party(e.source) == me:
            continue
        if all(party(e.source) != party(m.code) for m in found):
            found.append(from_event(e, "source", note=note, fill=fill))
    return found


def latest_exchange(me: str, events: list[Event], aimed_only: bool = False,
                    quarrels_only: bool = False, hostile_at: int | None = None,
                    named_here: frozenset[str] = frozenset(),
                    quarrels: frozenset[frozenset[str]] = frozenset()) -> tuple[Event, str] | None:
    """The latest event between `me` and another party: (event, the side that is the other party); with
    `aimed_only`, the latest act of another party on `me`; with `quarrels_only`, no cooperation (05: praise, support,
    a deal) and no easing of sanctions (EASING: "die Aufhebung der US-Sanktionen sei ein Sieg"), which no hostile
    reaction answers; with `hostile_at` (where the sentence of a charge, threat or measure starts), no offer, pledge,
    material cooperation or aid told in an earlier sentence either (GOODWILL: "Spain granted him asylum. A Venezuelan
    court had issued a warrant for his arrest" answers no Spain), where one told in its own sentence is what it sets
    itself against ("Tokyo and Beijing agreed to ..., but Japan voiced concern"), and one with a party its own
    sentence names (`named_here`: "threatened to cut off the electricity that Slovakia sends to Ukraine") still
    counts, and so does one between two parties the article told in a quarrel before (`quarrels`: see
    `goodwill_before`). A mediation is none: the mediator stands between the
    sides ("Oman carried messages between Iran and the US ... Tehran rejected any talk of missiles": not Oman)."""
    for e in reversed(events):
        if not e.source or not e.target or not e.factual or mediating(e.cameo) \
                or quarrels_only and (e.cameo.startswith(COOPERATION) or e.cameo == EASING
                                      or goodwill_before(e, me, hostile_at, named_here, quarrels)):
            continue
        source, target = party(e.source), party(e.target)
        if target == me and source != me:
            return e, "source"
        if source == me and target != me and not aimed_only:
            return e, "target"
    return None


def goodwill_before(event: Event, me: str, at: int | None, named_here: frozenset[str],
                    quarrels: frozenset[frozenset[str]] = frozenset()) -> bool:
    """Whether `event` is an offer, pledge, material cooperation or aid (GOODWILL) told before the sentence that starts
    `at` (a charge's, threat's or measure's; None: no such reaction) between `me` and a party that sentence does not
    name (`named_here`), and that the article did not tell in a quarrel with `me` before (`quarrels`,
    `article_sides.Dyads.quarrels`): goodwill between two sides of a quarrel is a turn of that quarrel, which a charge
    after it goes on with ("Chile imposed tariffs on Peru. ... Chile pledged aid to Peru. Peru voiced concern": at
    Chile). Studied material, round 63 (carry63): of the 8 documents whose keys the skip moves, the goodwill came from
    a third party, an ally or a partner in 5 (the skip right in all: +4 facts, -5 extras) and from the other side of a
    quarrel in 3 (the skip wrong in 2: +2 extras, one fact traded for another; no better in the third); the article
    told that quarrel before the goodwill in 2 of the 3, which this exception reaches."""
    if at is None or event.evidence_start == at or not event.cameo.startswith(GOODWILL):
        return False
    other = party(event.target or "") if party(event.source or "") == me else party(event.source or "")
    return other not in named_here and frozenset((me, other)) not in quarrels


def guessed(event: Event) -> bool:
    """Whether the event's target is the state the article is about, a guess (`crisis_target`) that no later reply
    answers ("WFP denounced an attack on its convoy ... Port Sudan rejected the offer": the offer's author, not WFP)."""
    return (event.target_entry or "").startswith(ABOUT)


def talk_partner(me: str, recent: list[Event], at: int) -> ActorMention | None:
    """The partner of a meeting, call or talks that `me` held, told in the sentence that starts `at` (its own earlier
    triggers), or None: the one a demand or appeal voiced there is made of."""
    talk = next((e for e in reversed(recent) if e.evidence_start == at and e.factual and e.cameo.startswith(MEETINGS)
                 and e.source and e.target and party(e.source) == me != party(e.target)), None)
    # (the actor's own talks only: "Rutte, who visited Copenhagen, ... urged all allies" makes no demand of the host)
    return None if talk is None else from_event(talk, "target", note="the partner of the talks it was voiced in",
                                                fill=TALK_PARTNER)


def aid_recipient(me: str, events: list[Event], at: int | None) -> ActorMention | None:
    """Whom aid with no recipient named goes to: the recipient of the latest aid another donor gave ("L'Italie a
    annoncé une aide de 40 millions à la Jordanie. L'Espagne a de son côté débloqué 25 millions"), else the guest or
    host of the donor's visit told in the same sentence ("Macron, qui a reçu le premier ministre libanais, a
    annoncé une aide de 100 millions")."""
    for e in reversed(events):
        if not e.factual or not e.source or not e.target:
            continue
        source, target = party(e.source), party(e.target)
        if e.plover == "AID" and me not in (source, target):
            return from_event(e, "target", note="the recipient of the aid told before", fill=AID_RECIPIENT)
        if e.cameo in VISIT_CODES and at is not None and e.evidence_start == at and me in (source, target) \
                and source != target:
            return from_event(e, "target" if source == me else "source", note="the partner it met, told with it",
                              fill=MET_PARTNER)
    return None


def joint(event: Event, side: str, events: list[Event], note: str, fill: str) -> list[ActorMention]:
    """The `side` of an event and of the events its sentence gave with the same code and other side: a reply to a
    joint act answers all its authors ("France, Britain and Germany urged Iran ... Tehran refused": three)."""
    other = "target" if side == "source" else "source"
    found = [from_event(event, side, note=note, fill=fill)]
    for e in events:
        if e is not event and e.evidence_start == event.evidence_start and e.cameo == event.cameo \
                and getattr(e, other) == getattr(event, other) and e.factual:
            code = getattr(e, side)
            if code and all(party(code) != party(m.code) for m in found):
                found.append(from_event(e, side, note=note, fill=fill))
    return found


def from_event(event: Event, side: str, note: str = "earlier in the article", *, fill: str) -> ActorMention:
    """The party on `side` of an earlier event, as a mention no token of the sentence names: filled in by the article,
    `fill` its kind (events/fill_kinds.py, what data/confidence/fills.json prices), `note` the reader's text."""
    code = event.source if side == "source" else event.target
    text = event.source_text if side == "source" else event.target_text
    entry = event.source_entry if side == "source" else event.target_entry
    return ActorMention(code=code or "", surface=text or code or "", start=event.evidence_start,
                        end=event.evidence_start, token_start=-1, token_end=-1, country=country_of(code),
                        kind="reference", entry=entry or "", note=note, fill=fill)
