"""Whom a sentence's missing actor stands for, from the sentences before it: a pronoun subject or
object (the latest sentence's lead act's source: `lead_sources`, `pronoun_object`; which actor of a sentence a later
pronoun stands for: `antecedent`), the attacker of a victim named with no one who hit it (`attacker`), the author of
the sanctions a measure belongs to (`sanctioner`), the author of the act of force a noun names again (`same_force`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from realpolitik.actors.reference.history import COUNTED
from realpolitik.codes import party
from realpolitik.events.article import FORCE_TYPES
from realpolitik.events.article_acts import from_event, sole_adversary
from realpolitik.events.clauses import quoted_tokens
from realpolitik.events.fill_kinds import ADVERSARY_OF_VICTIM, NAMED_AGAIN_AUTHOR, PRONOUN_LEAD, SANCTIONS_AUTHOR
from realpolitik.events.roles_base import Roles
from realpolitik.events.rules import Rule
from realpolitik.model import PLACE, ActorMention, Event, Sentence

# what a victim of force named by no attacker may be: a state, its capital or one of its places; not a person
# or a force ("Haniyeh was killed", "the soldiers came under fire": whose, the article may not say)
VICTIM_KINDS: Final = frozenset({PLACE, "country", "capital"})


def pronoun_object(roles: Roles, recent: list[Event], subject: ActorMention | None, pronoun: bool,
                   trigger_end: int) -> None:
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
    found = [m for m in lead_sources(recent, False) if m.code and party(m.code) != me]
    if found:
        roles.targets = found
        roles.target_from_context = True


def lead_sources(events: list[Event], plural: bool) -> list[ActorMention]:
    """The sources a subject pronoun stands for: the latest sentence's lead act's, all of them for a plural pronoun
    ("Les trois pays condamnent ... Ils saluent": each of the three, as one act gave an event for each)."""
    lead = _sentence_lead(events)
    if not plural:
        if lead.source_entry == COUNTED:
            return _singular_lead(events, lead)
        return [from_event(lead, "source", fill=PRONOUN_LEAD)]
    same = [e for e in events if e.evidence_start == lead.evidence_start and e.trigger_start == lead.trigger_start
            and e.source]
    out: list[ActorMention] = []
    for e in same:
        if all(party(m.code) != party(e.source or "") for m in out):
            out.append(from_event(e, "source", fill=PRONOUN_LEAD))
    return out or [from_event(lead, "source", fill=PRONOUN_LEAD)]


def _singular_lead(events: list[Event], lead: Event) -> list[ActorMention]:
    """What a singular pronoun stands for where the latest sentence's lead act is that of a counted plural ("Faye
    s'est rendu à Nouakchott. Les deux voisins ont promis ... Il s'est ensuite rendu en Gambie": "il" is no pair, nor
    one of it picked at random): the lead source of an earlier sentence whose subject was no plural, else no one."""
    earlier = [e for e in events if e.evidence_start < lead.evidence_start]
    while earlier:
        previous = _sentence_lead(earlier)
        if previous.source_entry != COUNTED and previous.source:
            return [from_event(previous, "source", fill=PRONOUN_LEAD)]
        earlier = [e for e in earlier if e.evidence_start < previous.evidence_start]
    return []


def _sentence_lead(events: list[Event]) -> Event:
    """Of the latest sentence's events, the first: its main clause's, whose subject a pronoun in the next sentence
    stands for ("Téhéran a rejeté les accusations de Londres, qui reproche à Téhéran ... « ... », a-t-il déclaré":
    Tehran, not London of the relative clause)."""
    last = events[-1]
    return next(e for e in events if e.evidence_start == last.evidence_start)


def attacker(roles: Roles, events: list[Event]) -> None:
    """Force on a named victim by no one named ("Odesa was hit by drones overnight", "порт подвергся удару",
    "Jersón fue bombardeada") was used by the one adversary the article shows the victim's state fighting,
    when it shows exactly one; the source comes from earlier in the article, which lowers the confidence."""
    victims = {party(t.code) for t in roles.targets}
    if len(victims) != 1 or any(t.kind not in VICTIM_KINDS or t.agent for t in roles.targets):
        return
    adversary = sole_adversary(victims.pop(), events)
    if adversary is not None:
        roles.sources = [replace(adversary, note="the one adversary of the state it hit", fill=ADVERSARY_OF_VICTIM)]


def sanctioner(roles: Roles, events: list[Event]) -> None:
    """A sanction whose subject is the measure itself ("The package also bans transactions with two Chinese banks",
    "The measures also target Iranian firms") was imposed by the author of the latest sanction the article told,
    when that author is none of its targets."""
    victims = {party(t.code) for t in roles.targets}
    act = next((e for e in reversed(events) if e.plover == "SANCTION" and e.factual and e.source), None)
    if act is not None and act.source is not None and party(act.source) not in victims:
        roles.sources = [from_event(act, "source", note="author of the sanctions the measure belongs to",
                                    fill=SANCTIONS_AUTHOR)]


def same_force(roles: Roles, rule: Rule, events: list[Event], noun_end: int | None = None) -> None:
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
        roles.sources = [from_event(act, "source", note="author of the act its noun names again",
                                    fill=NAMED_AGAIN_AUTHOR)]
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
