"""What a reaction with no target named answers (`reaction_target`: the actor's latest quarrel, a
claim it rejects, the act a threat answers, the earlier claim a reply answers, the hostile act a condemnation judges),
and the one whose claim a denial answers (`deny_claim`). Steps of `article_fill.fill_from_context`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from realpolitik.codes import party
from realpolitik.events.article import (
    COOPERATION,
    EASING,
    FORCE_TYPES,
    GOODWILL,
    HOSTILE_ANSWERS,
    HOSTILE_TYPES,
    MEETINGS,
    VERDICTS_AGAINST,
    Fill,
)
from realpolitik.events.article_acts import (
    answers_force,
    background,
    co_authors,
    from_event,
    goodwill_before,
    joint,
    latest_deal_sides,
    latest_exchange,
    mediating,
)
from realpolitik.events.cameo import AID_CUT, BREAK_RELATIONS, DENIAL, PRAISE, SIGNING, gives_way
from realpolitik.events.fill_kinds import (
    CLAIMANT,
    CONDEMNATION_TARGET,
    CONDEMNED_ACT_AUTHOR,
    ENVOY_COUNTRY,
    REACTION,
    REPLY,
)
from realpolitik.events.roles_base import SAID_AGAINST
from realpolitik.events.rules import Rule
from realpolitik.model import ActorMention, Event

REACTION_CHARS: Final = 1000  # a reaction's target: the actor's latest quarrel, often told a paragraph before
REPLY_TYPES: Final = frozenset({"REJECT", "CONCEDE"})  # a reply answers the latest act by someone else
# what a rejection answers: claims, demands, offers
REJECTABLE: Final = frozenset({"ACCUSE", "REQUEST", "AGREE", "THREATEN"})
WORDS: Final = frozenset({"ACCUSE", "THREATEN", "REQUEST"})  # acts made in words: a claim, a threat, a demand
# pledges, meetings, praise or support, joint drills, aid: no reply answers them when made to another (a signed deal
# is: "Tanzania rejected the deal"); measured: the praise, support and drills between others a rejection answered
# were wrong 7 times in 9 ("Kremlin called Myanmar a reliable partner ... Malaysia refused to send observers")
UNANSWERED: Final = ("03", "04", "050", "051", "052", "053", "054", "055", "056", "06", "07")
# envoys expelled or recalled (BREAK_RELATIONS, 161): "wies den Botschafter aus" names no country, the article did;
# but leaving, freezing or ending a membership or treaty (also 161) is aimed at the body or the treaty's other
# side, not at the country named last ("Armenia froze its participation in 2024", "ont quitté la convention
# d'Ottawa": measured on every set but blind_*, 9 such fills wrong, 1 right)
MEMBERSHIP_RULES: Final = ("leave_", "suspend", "denounce_treaty", "end_treaty", "exclude", "excluded_")
YIELDS: Final = ("080", "083")  # yielding as such, to pressure or to demands (not a measure eased: 081, 082, 084 ...)


def reaction_target(fill: Fill) -> list[ActorMention]:
    """Whom a reaction (REACTION_TYPES: "wies die Vorwürfe zurück", "vowed retaliation", "recalled its ambassador")
    with no target named answers.

    It answers the latest event between the actor and someone else (`latest_exchange`): the author of an act aimed at
    it, or the target of its own latest act, whichever is later; only events that happened count (not plans or
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
    answered = None if fill.weak else latest_exchange(me, fill.recent, quarrels_only=not fill.asked)
    if answered is not None and not fill.asked and _moved_on(answered, me, fill.recent):
        # a sentence of events between others came between: the reaction answers no older quarrel (all sets:
        # 14 extras gone, 1 fact lost)
        return []
    if answered is not None and fill.rule.plover in HOSTILE_ANSWERS and not fill.rule.cameo.startswith(AID_CUT) \
            and goodwill_before(answered[0], me, fill.at, fill.here, fill.quarrels):
        # nor does a charge, threat or measure answer an offer, pledge or aid told before its sentence (`GOODWILL`:
        # "Spain granted him asylum. A Venezuelan court issued a warrant for his arrest"): the exchange before it, if
        # any (studied material, round 62, carry62: such fills 3 right, 9 wrong); aid or cooperation stopped (162)
        # stops the aid told before ("Sweden granted Mozambique aid in 2024. Stockholm suspended part of the payments").
        # Only then is the article read again: any other exchange is the one the skip would find
        answered = latest_exchange(me, fill.recent, quarrels_only=not fill.asked, hostile_at=fill.at,
                                   named_here=fill.here, quarrels=fill.quarrels)
        if answered is not None and not fill.asked and _moved_on(answered, me, fill.recent):
            return []
    answered = _claim_rejected(fill, answered) if answered is not None else _threat_answered(fill)
    if answered is not None:
        return _answer_to(fill, answered)
    if not fill.weak and fill.rule.cameo.startswith(BREAK_RELATIONS) and not fill.rule.id.startswith(MEMBERSHIP_RULES):
        host = next((m for m in reversed(fill.named) if m.country and party(m.code) != me), None)
        if host is not None:
            return [replace(host, token_start=-1, token_end=-1, note="the envoy's country, named before",
                            fill=ENVOY_COUNTRY)]
    if fill.rule.plover in REPLY_TYPES or gives_way(fill.rule.plover, fill.rule.cameo):
        return _reply_target(fill)
    if fill.rule.plover == "ACCUSE" and not fill.weak:
        return _condemned(fill)
    return []


def denied_stance(rule: Rule, negated: bool, acts: list[str], targets: list[ActorMention],
                  pledged: bool = False) -> bool:
    """Whether a reaction the text says did not happen is a stance, no answer to one act of the article: one made in
    words or a bare yielding ("will not yield an inch", "ne céderait pas à la pression", "an ally does not threaten an
    ally", "ответных мер пока не объявляли"), with no act named by noun (`acts`). The article's earlier events then
    fill no target of it; a measure withheld still answers the party the article told ("le Pakistan n'a rappelé aucun
    diplomate", "Niamey a refusé de rouvrir sa frontière"), and so does a verdict withheld on the latest hostile act
    (`CONDEMNED_ACT_AUTHOR`: "blamed neither side", "did not condemn the launch": a refusal to judge the act is news
    about its authors). Measured on the studied sets (round 53, reactions53): of the negated reactions so filled,
    words and bare yielding 3 right, 21 wrong; measures withheld 6 right, 5 wrong. A measure withheld in a future or
    conditional (`pledged`: "son pays ne quitterait pas le traité", "will not recall its ambassador", "no dudará en
    imponer sanciones") is a pledge about what the actor will do, a stance too, whatever act its clause names ("ne
    quitterait pas le traité, comme le réclament des députés"): of the five wrong withheld measures four were pledges
    (round 54, reactions54; the fifth a modal, "no puede imponer"); the six right ones all tell what did not happen
    ("n'a rappelé aucun diplomate", "has not closed its side of the border")."""
    return negated and (pledged or not acts and (rule.plover in SAID_AGAINST or rule.cameo.startswith(YIELDS))) \
        and not any(t.fill == CONDEMNED_ACT_AUTHOR for t in targets)


def _claim_rejected(fill: Fill, answered: tuple[Event, str]) -> tuple[Event, str]:
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


def _threat_answered(fill: Fill) -> tuple[Event, str] | None:
    """What a threat with no quarrel within CONTEXT_CHARS answers: the latest act of another party on the threatener
    within REACTION_CHARS before its sentence ("Kyiv vowed to respond" a paragraph after the strike; its own older
    acts stay out: "Moskau reagierte mit Drohungen" answers no war it began), and no easing of sanctions on it (a
    threat answers no lifted sanction; a deal it may: "agreed on a trade deal ... Trump threatened"); a cooperation
    (05), an offer, pledge, material cooperation or aid (GOODWILL) only in the threat's own sentence, not a treaty
    signed with the threatener a paragraph before ("Japan pledged aid to Peru. Peru warned of consequences")."""
    at, judged = fill.at, fill.judged
    if fill.weak or fill.rule.plover != "THREATEN" or not judged or at is None:
        return None
    return latest_exchange(fill.me, [e for e in judged if at - e.evidence_start < REACTION_CHARS
                                     and e.cameo != EASING
                                     and (e.evidence_start == at or not e.cameo.startswith((COOPERATION, *GOODWILL)))],
                           aimed_only=True)


def _answer_to(fill: Fill, answered: tuple[Event, str]) -> list[ActorMention]:
    """The other side of the quarrel a reaction answers, with those who acted jointly with it (`joint`); not

    - where a reply (denial) answers the actor's own act that another party reported: that reporter, the subject of
      that sentence ("U.N. experts say Rwanda has deployed troops. Rwanda denies the claims": the UN; `_claimant`);
    - an accusation or rejection after a meeting of the actor's own (`_own_meeting`), a sanction its own sentence's
      verdict judges (`_judged_here`), or a threat in the very sentence that tells the other's words: no one.
    """
    event, side = answered
    rule = fill.rule
    if (rule.plover in REPLY_TYPES or gives_way(rule.plover, rule.cameo)) and side == "target":
        claimant = _claimant(event, fill.me, fill.subject)
        if claimant is not None:
            return [claimant]
    if _own_meeting(answered) and rule.plover in VERDICTS_AGAINST:
        return []
    if _judged_here(answered, rule, fill.at) and not fill.roles.targets and not fill.marked:
        return []
    if rule.plover == "THREATEN" and side == "source" and event.plover in WORDS and _told_here(event, fill.at):
        # "Kim Yo-jong a menacé Séoul de représailles", "accused Colombia ... said Bogotá ignored its warnings": a
        # threat in the very sentence that tells another's accusation, threat or demand aimed at its actor is that
        # other's word, its actor misread (every set but blind_*: 8 such fills wrong, none right); a vow
        # in the sentence of a strike still answers it ("Russian drones struck Kyiv, and Ukraine vowed to respond")
        return []
    return joint(event, side, fill.recent, note="reaction to an earlier event", fill=REACTION)


def _reply_target(fill: Fill) -> list[ActorMention]:
    """Whom a reply (denial, concession) with no quarrel to answer answers: the author of the latest act on the
    actor, else (not a concession) of the latest act by anyone else that is no pledge, meeting or aid."""
    me = fill.me
    # an act the article dates half a year back or more is background, no claim of the day a reply answers
    # ("the Abraham Accords, with which four states normalised ties with Israel in 2020 ... Israel rejects the
    # state": no reply to them), unless it is an accusation, which a denial answers however old, or a signed
    # text, which an opposition still answers while it stands ("France and Poland oppose that text")
    others = [e for e in reversed(fill.recent) if e.source and party(e.source) != me and not mediating(e.cameo)
              and (e.plover == "ACCUSE" or e.cameo.startswith(SIGNING) or not background(e))]
    # (praise of the actor is nothing it rejects or concedes: "congratulated the re-elected president ...
    # Yaoundé rejected these criticisms" answers no congratulation)
    aimed = [e for e in others if e.target and party(e.target) == me and not e.cameo.startswith(PRAISE)]
    # a concession (easing curbs, reopening a crossing) yields to one who pressed the actor: with no act aimed
    # at it, none ("Russia struck Kyiv. Chad eased the restrictions": no concession to Russia; all sets:
    # 4 wrong, none right); a rejection may still answer another's act on a third party (a veto, a deal)
    # a pledge, a meeting or aid between others is nothing a rejection or denial answers ("Germany pledged jets to
    # Poland. Moscow denied any part in the incident": no reply to Germany)
    chosen = (aimed or ([] if gives_way(fill.rule.plover, fill.rule.cameo) else
                        [e for e in others if not e.cameo.startswith(UNANSWERED)]))[:1]
    return joint(chosen[0], "source", fill.recent, note="reply to an earlier event", fill=REPLY) if chosen else []


def _condemned(fill: Fill) -> list[ActorMention]:
    """Whom a condemnation with no quarrel to answer judges, within ACT_CHARS (the act is the article's news, often
    told first): the sides of a deal between two others that is the latest thing that happened (`latest_deal_sides`:
    "The White House criticised the agreement", as a praise would welcome it), else the authors of a hostile act
    (attack, coercion, show of force, sanction, threat; not a threat that answers an act on its author) by anyone
    else, unless the latest such act downgrades ties (envoys recalled, a bloc left): the latest by the party the
    article's other verdicts condemned most (`_judged_act`), else the one the latest condemnation by a third party
    named (a round of reactions to an act the article never coded)."""
    me, reach = fill.me, fill.reach
    latest_deal = latest_deal_sides(me, reach)
    if latest_deal:
        return _side_named(latest_deal, fill.parties)
    acts = [e for e in reach if e.plover in HOSTILE_TYPES
            and e.factual and e.source and party(e.source) != me and not answers_force(e, reach)]
    act = acts[-1] if acts else None
    if act is not None and act.cameo.startswith(BREAK_RELATIONS):
        # a downgrade of ties (recalled envoys, a bloc left, a member suspended) is told as background or as an
        # answer, seldom as the act a third party condemns ("Mali and Niger left ECOWAS in January. The UN
        # condemned the coup": no one the article coded; all sets: 1 right, 9 wrong)
        act = None
    elif act is not None:
        act = _judged_act(acts, me, reach)
    if act is not None:
        return co_authors(act, me, reach, note="author of the latest hostile act it condemns",
                          fill=CONDEMNED_ACT_AUTHOR)
    # "Kishida called North Korea's conduct barbaric. Yoon spoke of a reckless provocation.": a round of
    # condemnations whose act the article never coded itself condemns the one the last condemnation named
    verdict = next((e for e in reversed(reach) if e.plover == "ACCUSE" and e.factual and e.source and e.target
                    and me not in (party(e.source), party(e.target))), None)
    if verdict is None or _told_apart(fill, party(verdict.target or "")):
        return []
    return [from_event(verdict, "target", note="the one the latest condemnation named", fill=CONDEMNATION_TARGET)]


def _side_named(sides: list[ActorMention], parties: frozenset[str]) -> list[ActorMention]:
    """Which sides of a deal between two others a condemnation judges: the one its own sentence names, by name, capital
    or place, where it names one and not the other ("Warsaw and Berlin signed a border accord. Lithuania's foreign
    ministry criticised that Warsaw had not consulted its neighbours": Poland; "The Russian embassy in Oslo criticised
    the purchase" of Norway's deal with a supplier: Norway); else both. Studied material, round 66 (fill66): the side
    not named 1 right, 4 wrong, in five documents of three languages; the side named 5 right."""
    named = [m for m in sides if party(m.code) in parties]
    return named if len(named) == 1 else sides


def _told_apart(fill: Fill, condemned: str) -> bool:
    """Whether the condemnation's own sentence names a party other than its authors and the one the latest
    condemnation named (`Fill.here`: by name, office or body): then it tells its own matter, no round of reactions to
    the act the last condemnation judged ("Milei, a fierce critic of Maduro, called the election a fraud" after a
    Venezuelan court's warrant for an opposition leader; "España, Turquía y Malasia condenaron la interceptación,
    mientras que Italia pidió a Israel ..." after Israel called Petro an antisemite; "Maurice et les Seychelles,
    membres eux aussi de la SADC, ont exprimé leur préoccupation" after the UN condemned a coup; "Ukraine accuses
    Russia of violating the genocide convention" after Armenia accused the CSTO). Studied material, round 61
    (carry61): such fills 10 wrong, none right alone."""
    return not fill.here <= {party(m.code) for m in fill.roles.sources} | {condemned}


def _judged_act(acts: list[Event], me: str, events: list[Event]) -> Event:
    """Which of the hostile acts in `acts` (the latest no downgrade of ties) a verdict with no object judges: the
    latest by the party the article's verdicts by others than the judge condemned most often, else the latest. A
    round of reactions judges the act the verdicts before it judged, not a later act that answers it ("China's coast
    guard rammed a Philippine boat. Manila condemned Beijing. The Philippines then sanctioned two Chinese firms. Japan
    voiced concern": China, not the Philippines; measured on the studied sets: +6 facts, -6 extras, none lost)."""
    condemned: dict[str, int] = {}
    for e in events:
        if e.plover == "ACCUSE" and e.factual and e.source and e.target and party(e.source) != me:
            condemned[party(e.target)] = condemned.get(party(e.target), 0) + 1
    judgeable = [e for e in reversed(acts) if not e.cameo.startswith(BREAK_RELATIONS)]
    return max(judgeable, key=lambda e: condemned.get(party(e.source or ""), 0))


def deny_claim(fill: Fill) -> None:
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
                                     note="the one whose claim the denial answers", fill=CLAIMANT))
        roles.target_from_context = True


def _claimant(event: Event, me: str, subject: ActorMention | None) -> ActorMention | None:
    """Who told the actor's own act that a denial answers: the subject of the sentence that told it, when another
    party says it ("U.N. experts say Rwanda has deployed troops ... Rwanda denies the claims": the UN)."""
    if subject is None or not subject.country and not subject.code or party(subject.code) == me \
            or not event.evidence_start <= subject.start < event.evidence_end or event.modality != "reported":
        return None
    return replace(subject, token_start=-1, token_end=-1, note="the one whose claim the denial answers", fill=CLAIMANT)


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
