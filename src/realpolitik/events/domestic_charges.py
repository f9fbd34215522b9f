"""An opposition's or a party's charge against its own government is no fact between states.

"Die Opposition warf der Regierung vor, das Vorhaben zu verschleppen", "Britische Oppositionspolitiker warfen der
Regierung vor, ...", "Kritik kam von der georgischen Opposition, die Kobachidse vorwarf, ...": a home quarrel, which
EVAL.md leaves out ("domestic-only events"). The role reader takes the government charged for the speaker (the
opposition is no state actor) and fills the other side from the article's context, so that a foreign pair is printed
that no sentence tells. The studied German gold codes none of 38 such charges in 35 documents (round 64, de64,
counted in docs/progress.md); the one opposition charge it codes is of a foreign body, which stays. Its own module: a
step of the coder (coder._code_trigger) that drops a trigger, as `trigger_corrections.nonstate_subject` does, but
read over the speaker, the charged government and the article's filling together.
"""

from __future__ import annotations

from typing import Final

from realpolitik.codes import PARTY_AGENTS, country_of
from realpolitik.events.sentence_state import SentenceState, Trigger
from realpolitik.mentions import ActorMention

_CHARGE: Final = "ACCUSE"
_GOVERNMENT: Final = "GOV"
_ROLE_ENTRY: Final = "roles:"  # a role word alone ("der Regierung", "der Präsidentin"): no state named with it
_OPENING: Final = 3  # "Die georgische Opposition kritisierte ...": the subject's words at the clause's start
_ANTECEDENT_REACH: Final = 4  # "der georgischen Opposition, die Kobachidse vorwarf": the words before the relative


def _speaker(s: SentenceState, tr: Trigger) -> tuple[bool, str | None]:
    """Whether a domestic speaker stands before the charge (a `domestic_speakers` word of the trigger's clause, or of
    the antecedent of the subject relative clause the trigger opens, or a party named before it in the sentence),
    and its country where the sentence names it ("Britische Oppositionspolitiker", "der georgischen Opposition",
    "die AfD"); None where it names none ("Die Opposition warf ...")."""
    forms, words, span, clause = s.forms, s.grammar.roles.domestic_speakers, tr.span, tr.clause
    found, country = False, None
    for m in s.actors:
        if _party(m) and m.token_end <= span[0]:
            found, country = True, country or country_of(m.code)
    start = clause[0]
    if start and forms[start] & s.grammar.roles.subject_relatives:
        start = max(0, start - _ANTECEDENT_REACH)
    for i in range(start, span[0]):
        if forms[i].isdisjoint(words):
            continue
        found = True
        # the state the speaker belongs to: a name, an adjective or a genitive right before it or around it
        own = next((m for m in s.actors if m.token_start <= i < m.token_end or m.token_end == i), None)
        if own is not None and country is None:
            country = country_of(own.code)
    return found, country


def _party(m: ActorMention) -> bool:
    """A party or an opposition: its agent, or the agent part of its code where the mention carries none."""
    return (m.agent or m.code[3:]) in PARTY_AGENTS


def _named(s: SentenceState, m: ActorMention) -> bool:
    return any(m is a for a in s.actors)


def _bare_role(m: ActorMention) -> bool:
    return m.entry.startswith(_ROLE_ENTRY) and "+" not in m.entry


def _speaker_opens_clause(s: SentenceState, tr: Trigger) -> bool:
    """Whether a domestic speaker word (or a party's name) is among the first words of the trigger's clause, before
    the trigger: the clause's subject ("Die Grünen kritisierten ...", "Linke Abgeordnete ..."), not a word of a
    fronted phrase ("Nach Kritik der Grünen verurteilte auch der Außenminister ...", whose subject follows the verb)."""
    start, words = tr.clause[0], s.grammar.roles.domestic_speakers
    parties = {i for m in s.actors if _party(m) for i in range(m.token_start, m.token_end)}
    return any(not s.forms[i].isdisjoint(words) or i in parties
               for i in range(start, min(start + _OPENING, tr.span[0])))


def _source_after_charge(s: SentenceState, tr: Trigger) -> bool:
    """Whether every source read for the charge is a government named after its trigger while a domestic speaker
    opens its clause: the speaker is no state actor, so a government after the verb is the one charged or a name
    inside the charge's content ("Linke Abgeordnete ... kritisierten die Regierung Marcos für ..."), never the one
    who charges."""
    sources = [m for m in tr.roles.sources if _named(s, m)]
    return (bool(sources) and len(sources) == len(tr.roles.sources) and not tr.weak
            and all(m.token_start >= tr.span[1] and m.code.endswith(_GOVERNMENT) for m in sources)
            and _speaker_opens_clause(s, tr))


def domestic_charge(s: SentenceState, tr: Trigger) -> bool:
    """Whether the trigger is a domestic speaker's charge against its own government: a charge (ACCUSE) after an
    opposition word or a party, whose sentence names a government among its actors, every actor it names being a
    role word alone ("der Regierung", "dem Kanzler") or of the speaker's own state ("Kobachidse" after "der
    georgischen Opposition"), the others filled from the article. A charge that names another state ("Die
    Opposition warf Russland vor"), or a body ("kritisierte das Gericht"), stays."""
    roles = tr.roles
    if tr.match.rule.plover != _CHARGE or not roles.sources:
        return False
    found, country = _speaker(s, tr)
    if not found:
        return False
    named = [m for m in roles.sources + roles.targets if _named(s, m)]
    if _source_after_charge(s, tr) and (country is None or all(
            country_of(m.code) == country for m in roles.sources)):
        return True
    if not any(m.code.endswith(_GOVERNMENT) for m in named):
        return False
    return all(_bare_role(m) or country is not None and country_of(m.code) == country for m in named)
