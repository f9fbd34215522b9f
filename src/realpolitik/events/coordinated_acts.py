"""A threat, demand or refusal told in a clause coordinated after a verdict of the same subject is aimed at the party
the verdict judged.

Why: "called the decision hostile and promised countermeasures", "verurteilte die Festnahme und forderte die
Freilassung", "condenó la incautación y exigió la liberación del buque", "a dénoncé des mesures illégales et promis
une riposte", "назвала решение враждебным и пообещала ответные меры": the second predicate shares the first's
dropped subject and its act answers what the verdict judged, so its party is the one the verdict named, who is told
once, in the first clause. Without it the second act found its source and no target and was lost beside the verdict
(round 52: 42 such misses in the studied sets were printed as the verdict alone; the gold codes both acts in 109 of
the 114 studied sentences of the shape, eval/gold/README.md's convention 6). An appeal with no one named ("called for
restraint", "demandé une enquête") asks everyone, not the judged party: only threats, demands (CAMEO 10x) and
refusals take it. And the same shape after an accusation is no content of the charge (`own_predicate`).

The same shape after a contact: praise, thanks, support, an offer, a pledge or an invitation coordinated after a call,
a meeting or talks of the same subject, naming no one itself, is addressed to the partner of the contact ("провел
телефонный разговор с Саидом и предложил помощь", "held talks with his Vietnamese counterpart and offered a credit
line", "telefoneó a su homólogo y expresó su apoyo"); an offer after an appeal goes to those appealed to ("призвал
обе стороны к сдержанности и предложил свои добрые услуги"). Without it the second act took the article's latest
pair, or no one (round 53: fresh53a_ru).

And the other way round: a verdict that names no party ("condemned the drills as a provocation", "was deeply concerned
about the tariffs", "expressed concern about the lack of notice"), coordinated before an appeal or a demand of the same
subject that names a state ("and called on Baku and Ankara to halt them", "and urged Washington to engage the region",
"and asked Beijing to be more transparent"), judges the state it asks to act: the second predicate names the party
the first one's object leaves untold (`appealed_after`; round 56, fresh56a_en: 6 such verdicts in 5 studied documents
were lost for want of a target, one sentence — "condemned the sinkings and urged Tehran to rein in the group" — asks
another than the one judged). An organisation asked ("urged the Security Council to act") is asked for help, not
judged: only states take it. And only one state: an appeal to two or more ("rief Indien und Pakistan zur Deeskalation
auf", "призвал Киев и Москву", "призвали стороны вернуться к переговорам", "appelé Washington et Paris à faire
pression sur Israël") asks the sides of a conflict or its guarantors, not the one whose act the verdict judged (round
56: 8 extras in four studied sets of de, fr, ru when two were taken).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from realpolitik.codes import country_of, same_party
from realpolitik.events.article import VERDICTS_AGAINST
from realpolitik.events.article_acts import from_event
from realpolitik.events.fill_kinds import JUDGED_BEFORE
from realpolitik.events.grammar import Grammar
from realpolitik.events.roles_base import Group
from realpolitik.events.roles_objects import past_form
from realpolitik.events.triggers import TriggerMatch
from realpolitik.model import ActorMention, Event, Token

_DEMANDS: Final = "10"  # REQUEST codes of a demand (02x appeals ask no one in particular)
_CONTACTS: Final = frozenset({"CONSULT"})  # a call, a meeting, talks: the partner is the one addressed
_APPEALS: Final = "02"  # REQUEST codes of an appeal: those appealed to are addressed
_OFFERS: Final = "03"  # AGREE codes of an offer, a pledge, an invitation
_PREDICATE_WORDS: Final = 5  # "and" to the trigger: "und kündigte nicht näher bezeichnete Gegenmaßnahmen", "et a exigé"


def answers_verdict(plover: str | None, cameo: str) -> bool:
    """Whether an act of this type, coordinated after a verdict, takes the verdict's party: a threat, a demand, a
    refusal (not a denial, 016, which answers a charge of its own)."""
    return plover == "THREATEN" or plover == "REQUEST" and cameo.startswith(_DEMANDS) \
        or plover == "REJECT" and cameo != "016"


def own_predicate(forms: list[frozenset[str]], charge_end: int, start: int, grammar: Grammar) -> bool:
    """"accused Israel of violating its airspace and vowed to respond", "обвинили Израиль в нарушении ... и пообещали
    «жесткий ответ»", "acusó a Kabul de dar refugio ... y advirtió": a past form right after "and" (a perfect's
    auxiliary between) goes on with the accusing verb, its subject's own act, not the charge's content, which the
    language tells by a gerund or an infinitive ("accused Kigali of arming and training the rebels") or in a clause
    of its own after a complementizer ("обвинил Польшу в том, что она нарушила границу и обстреляла ...")."""
    k = start - 1
    if k >= 0 and forms[k] & grammar.perfect_auxiliaries:
        k -= 1
    return k > charge_end and bool(forms[k] & grammar.coordination) and past_form(forms[start], grammar) \
        and not any(forms[i] & grammar.roles.complementizers for i in range(charge_end, k))


def answers_contact(plover: str | None, cameo: str) -> bool:
    """Whether an act of this type, coordinated after a contact of the same subject, is addressed to its partner:
    praise, thanks or support, an offer, a pledge or an invitation."""
    return plover == "SUPPORT" or plover == "AGREE" and cameo.startswith(_OFFERS)


def addressed_before(source: ActorMention, targets: list[ActorMention], span: tuple[int, int], plover: str | None,
                     tokens: list[Token], forms: list[frozenset[str]], grammar: Grammar, earlier: list[Event],
                     groups: list[Group]) -> list[ActorMention]:
    """The partners of the latest contact of `source`'s party before the trigger at `span` (an offer also: those its
    latest appeal addressed), as the sentence names them, where the trigger opens the predicate coordinated after it
    and names no one of another party itself; [] otherwise."""
    def addressed(e: Event) -> bool:
        return e.plover in _CONTACTS or plover == "AGREE" and e.plover == "REQUEST" and e.cameo.startswith(_APPEALS)
    return _party_before(source, targets, span, tokens, forms, grammar, earlier, groups, addressed)


def judged_before(source: ActorMention, targets: list[ActorMention], span: tuple[int, int], tokens: list[Token],
                  forms: list[frozenset[str]], grammar: Grammar, earlier: list[Event], groups: list[Group],
                  filled: bool = False) -> list[ActorMention]:
    """The parties the latest verdict of `source`'s party before the trigger at `span` judged, as the sentence
    names them, where the trigger opens the predicate coordinated after that verdict (`_coordinated_at`) and names no
    one of another party itself (`targets` empty or all of the source's own party: "averti que la Russie prendrait
    des mesures" names the threatener's own state); [] otherwise. A verdict whose party the article filled in is
    taken only with `filled`, asked after the article's own fill of the act found no one: that fill may know both
    sides of a war ("expresó su alarma y reclamó el cese de las hostilidades")."""
    return _party_before(source, targets, span, tokens, forms, grammar, earlier, groups,
                         lambda e: e.plover in VERDICTS_AGAINST, filled)


def judge_read_as_judged(source: ActorMention, span: tuple[int, int], tokens: list[Token],
                         forms: list[frozenset[str]], grammar: Grammar, earlier: list[Event],
                         groups: list[Group]) -> Event | None:
    """The verdict whose judged party was read as the source of the act at `span`, coordinated right after it ("В МИД
    России решение Осло назвали враждебным и пообещали ответные меры"): the second predicate shares the verdict's
    subject (here the institution "В МИД России" stands for it), so its source is the verdict's judge, not the name
    the object's genitive gave the act (Oslo does not threaten itself after being judged); None where no verdict of
    another party on the source's party stands right before it, or where the source's party acted before the verdict
    (the verdict's noun then sits in that party's own object: "Russland wies die Vorwürfe Polens zurück und drohte
    Polen ..." is Russia's threat)."""
    at = tokens[span[0]].start
    verdicts = [e for e in earlier if e.plover in VERDICTS_AGAINST and e.factual and e.source and e.target
                and e.trigger_end is not None and e.trigger_end <= at and same_party(e.target, source.code)
                and not same_party(e.source, source.code)]
    if not verdicts:
        return None
    latest = max(verdicts, key=lambda e: e.trigger_start or 0)
    if any(e.factual and e.source and same_party(e.source, source.code)
           and (e.trigger_start or 0) < (latest.trigger_start or 0) for e in earlier):
        return None
    after = next((k for k, t in enumerate(tokens) if t.start > (latest.trigger_start or 0)), len(tokens))
    return latest if _coordinated_at(span[0], after, forms, grammar, groups) else None


def appealed_after(source: ActorMention, span: tuple[int, int], triggers: list[TriggerMatch],
                   forms: list[frozenset[str]], grammar: Grammar, groups: list[Group]) -> list[ActorMention]:
    """The state the first appeal or demand after the verdict at `span` addresses, where that appeal opens the
    predicate coordinated after the verdict (`_coordinated_at`: "and" right before it, nothing of a clause of its own
    between) and no other verdict stands between; [] otherwise, where it asks more than one, or where the one it asks
    is an organisation or of `source`'s own party."""
    later = sorted((m for m in triggers if m.span[0] >= span[1]), key=lambda m: m.span[0])
    appeal = next((m for m in later if m.rule.plover in VERDICTS_AGAINST or m.rule.plover == "REQUEST"), None)
    if appeal is None or appeal.rule.plover != "REQUEST" \
            or not _coordinated_at(appeal.span[0], span[1], forms, grammar, groups):
        return []
    # the ones asked stand inside the appeal's words ("called on Baku and Ankara to") or right after its verb
    # ("urged Washington to"): the first group after the trigger's first word, and those coordinated with it
    after = [g for g in groups if g.start > appeal.span[0] and not g.possessive]
    if not after:
        return []
    first = min(after, key=lambda g: g.start)
    asked = [g for g in after if g is first or g.start >= first.end and g.start <= first.end + 1
             and all(forms[k] & grammar.coordination for k in range(first.end, g.start))]
    members = [m for g in asked for m in g.members]
    if len({m.code for m in members}) != 1 or any(country_of(m.code) is None or same_party(m.code, source.code)
                                                  for m in members):
        return []
    return members


def _party_before(source: ActorMention, targets: list[ActorMention], span: tuple[int, int], tokens: list[Token],
                  forms: list[frozenset[str]], grammar: Grammar, earlier: list[Event], groups: list[Group],
                  kind: Callable[[Event], bool], filled: bool = False) -> list[ActorMention]:
    """The targets of the latest earlier act of `kind` of `source`'s party, where the trigger at `span` opens the
    predicate coordinated after it (judged_before, addressed_before).

    It walks back because a predicate coordinated after another ("condemned the strike and demanded ...", "met X and
    offered ...") does not name its object again: it shares the earlier predicate's, so the party it is aimed at is
    told only by the latest earlier act of the same subject's party aimed at another, the predicate the "and" joins it
    to (`_coordinated_at`); an earlier act of that kind further back is another clause's."""
    if any(not same_party(t.code, source.code) for t in targets):
        return []
    at = tokens[span[0]].start
    party_acts = [e for e in earlier if kind(e) and e.factual and e.source and e.target
                  and e.trigger_start is not None and e.trigger_start < at and same_party(e.source, source.code)
                  and not same_party(e.target, source.code)]
    if not party_acts:
        return []
    latest = max(e.trigger_start or 0 for e in party_acts)
    after = next((k for k, t in enumerate(tokens) if t.start > latest), len(tokens))
    if not _coordinated_at(span[0], after, forms, grammar, groups):
        return []
    latest_acts = [e for e in party_acts if e.trigger_start == latest]
    named = [m for g in groups for m in g.members
             if m.token_start >= 0 and m.token_end <= span[0] and any(m.code == e.target for e in latest_acts)]
    if {m.code for m in named} >= {e.target for e in latest_acts}:
        return named
    return [from_event(e, "target", note="the party the verdict before it judged", fill=JUDGED_BEFORE)
            for e in latest_acts] if filled and not named else []


def _coordinated_at(start: int, verdict_end: int, forms: list[frozenset[str]], grammar: Grammar,
                    groups: list[Group]) -> bool:
    """Whether the trigger at `start` opens a predicate coordinated after the verdict's, which ends before
    `verdict_end`: "and" within a few words before it ("und kündigte nicht näher bezeichnete Gegenmaßnahmen an"),
    with no comma, actor, complementizer or relative word between (a clause of its own: "e insistió en que ... en
    aguas que China reclama")."""
    opening = grammar.roles.clause_openers
    for k in range(start - 1, max(verdict_end, start - 1 - _PREDICATE_WORDS) - 1, -1):
        if forms[k] & grammar.coordination:
            return not any(g.start > k and g.start < start for g in groups)
        if forms[k] & opening or "," in forms[k]:
            return False
    return False
