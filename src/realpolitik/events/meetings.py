"""Meetings, visits, hosts and envoys: the partner of a meeting named in a fronted phrase ("Bei einem Treffen mit
Erdogan ..."), the subject of a visit phrase, co-hosts and co-mediators who serve the sides, the post and state of a
recalled or summoned envoy.

Separate because these readers settle the pair of contact acts (meet, visit, host, recall), which no other act asks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from realpolitik.codes import party, side_of, sides_of
from realpolitik.events.cameo import HOSTING, MEDIATION
from realpolitik.events.grammar import Grammar
from realpolitik.events.roles import Group, Roles, place_tokens
from realpolitik.events.roles_base import REPORT_SOURCE
from realpolitik.events.triggers import TriggerMatch
from realpolitik.model import PLACE, ActorMention, Sentence, Token


def envoy_post(groups: list[Group], envoys: list[ActorMention], span: tuple[int, int]) -> list[ActorMention]:
    """The post named right after the recalled envoy of the recalling state's own country ("al embajador chileno
    en Caracas"): the state the envoy leaves. None named: no target ("recalled the French ambassador")."""
    starts = {m.token_start for m in envoys}
    for before, group in zip(groups, groups[1:], strict=False):
        if group.attached and group.start >= span[1] and before.members[0].token_start in starts \
                and group.members[0].country != envoys[0].country:
            return list(group.members)
    return []


def envoy_state(targets: list[ActorMention], span: tuple[int, int], forms: list[frozenset[str]],
                 grammar: Grammar) -> list[ActorMention]:
    """The state named right after a recalled envoy's noun, as its genitive or its adjective ("le rappel de
    l'ambassadeur d'Algérie", "la retirada del embajador de Argelia", "отзыв посла Алжира"): the envoy's own. Not
    after a possessive: "le rappel de son ambassadeur au Niger" names his post."""
    if any(forms[i] & grammar.possessives for i in range(*span)):
        return []
    end = span[1]  # (the envoy named with his state is one actor, "l'ambassadeur d'Algérie", from the noun on)
    return [t for t in targets if t.token_start == end - 1
            or t.token_start == end + 1 and end < len(forms) and bool(forms[end] & grammar.genitive_markers)]


def _after_past_preposition(tokens: list[Token], start: int, grammar: Grammar, of: bool = False) -> bool:
    """The noun at `start` follows a preposition of time gone by (`past_prepositions`), an article between them
    ("after a meeting", "during a visit", "bei einem Besuch"); with `of`, a "de" after a preposition word too
    ("después de una llamada", "lors d'une visite")."""
    opener = start - 2 if start >= 2 and tokens[start - 1].text.lower() in grammar.determiners else start - 1
    if of and opener > 0 and (tokens[opener].text.lower() in grammar.genitive_markers
                              or tokens[opener].text.lower() in grammar.roles.elided_prepositions):
        opener -= 1
    return opener >= 0 and tokens[opener].text.lower() in grammar.past_prepositions


def clause_subject(group: Group) -> bool:
    """A group that may be its clause's subject: no preposition, or the speaker of a verb of saying ("After talks
    with Putin, Erdogan said ...": the speaker is who met)."""
    return group.marker in (None, REPORT_SOURCE) and not group.genitive


def meeting_with(match: TriggerMatch, sentence: Sentence, groups: list[Group], grammar: Grammar) -> bool:
    """German "Nach einem Treffen mit Erdogan sagte Putin ...", "Bei Gesprächen mit dem iranischen
    Außenminister ...", "expressed solidarity with Pakistan in a call with Sharif": a meeting noun after a
    preposition of time gone by (`past_prepositions`), with its partner in a "mit" / "with" phrase, took place, and
    the clause's subject took part; "Vor einem Treffen mit ..." did not."""
    start, end = match.span
    tokens = sentence.tokens
    if not match.rule.symmetric or not grammar.past_prepositions or start < 1:
        return False
    if not _after_past_preposition(tokens, start, grammar):
        return False
    # the partner's preposition right after the noun, or the trigger's own last word ("in a call with Sharif")
    partner = end if end < len(tokens) and tokens[end].text.lower() in grammar.partner_prepositions else end - 1
    return partner > start and tokens[partner].text.lower() in grammar.partner_prepositions \
        and any(partner < g.start <= partner + 4 for g in groups)


VISIT: Final = "042"  # CAMEO "make a visit"


def visit_during(match: TriggerMatch, sentence: Sentence, groups: list[Group], grammar: Grammar) -> bool:
    """Russian "Во время визита в Ханой глава Кремля ...", "В ходе визита в Пекин Путин ...", "During a visit to
    Kyiv, Pistorius said", "bei einem Besuch in Berlin": a visit noun after a preposition of time gone by
    (`past_prepositions`; an article between), with its destination right after it, took place, and the clause's
    subject made it (no background noun); "Перед визитом в Пекин ...", "before a visit to" did not."""
    start, end = match.span
    tokens = sentence.tokens
    if match.rule.cameo != VISIT or not grammar.partner_prepositions or start < 1 or end >= len(tokens):
        return False
    if not _after_past_preposition(tokens, start, grammar, of=True):
        return False
    destinations = grammar.location_markers | (match.rule.target_markers or frozenset())  # "to Kyiv", "в Ханой"
    return tokens[end].text.lower() in destinations and any(end < g.start <= end + 2 for g in groups)


def _named_visitor(destination: Group, tokens: list[Token], groups: list[Group], grammar: Grammar):
    """"après la visite à Pristina du conseiller fédéral", "during a visit to New Delhi by Wang Yi": the visitor
    named right after the destination (a genitive or an agent phrase), who made the visit; None where none is."""
    after = destination.end
    if after >= len(tokens):
        return None
    word = tokens[after].text.lower()
    if word in grammar.genitive_markers or word in grammar.agent_markers or word in grammar.roles.elided_prepositions:
        return next((g for g in groups if after < g.start <= after + 2), None)
    return next((g for g in groups if g.start == after and g.genitive), None)  # "визита в Пекин Си Цзиньпина"


def fronted_possessed(span: tuple[int, int], tokens: list[Token], grammar: Grammar) -> bool:
    """"During his visit to ...", "Lors de sa visite ...", "Durante su visita ...": a possessive act noun in a phrase
    that opens the sentence (a preposition or two before it), in a language whose possessive is the subject's and
    whose subject follows the comma (not German, where the verb comes first, nor Russian "его")."""
    start = span[0]
    return 2 <= start <= 3 and tokens[start - 1].text.lower() in grammar.possessives and not grammar.verb_final \
        and not grammar.roles.other_possessives


def subject_after_comma(span: tuple[int, int], groups: list[Group], forms: list[frozenset[str]],
                         clause: tuple[int, int]):
    """The free group right after the comma that closes a fronted phrase (an article before it), or None."""
    comma = next((i for i in range(span[1], clause[1]) if "," in forms[i]), None)
    if comma is None:
        return None
    return next((g for g in groups if comma < g.start <= comma + 2 and clause_subject(g)), None)


def visit_during_subject(match: TriggerMatch, sentence: Sentence, groups: list[Group], clause: tuple[int, int],
                          grammar: Grammar):
    """Who made the visit a phrase of time gone by names (`visit_during`): the visitor named after the
    destination; else, where no subject stands before the phrase in its clause, the first free group after the
    destination (the subject of the clause the phrase opens); else None (the subject before is the roles')."""
    if not visit_during(match, sentence, groups, grammar):
        return None
    start, end = match.span
    destination = next(g for g in groups if end < g.start <= end + 2)
    named = _named_visitor(destination, sentence.tokens, groups, grammar)
    if named is not None:
        return named
    if any(clause[0] <= g.start and g.end <= start and clause_subject(g) for g in groups):
        return None  # "Der Außenminister sicherte bei einem Besuch in Belgrad beiden Seiten ... zu": the subject before
    return next((g for g in groups if g.start >= destination.end and g.start < clause[1] and clause_subject(g)
                 and not g.possessive), None)


def pair_after(match: TriggerMatch, sentence: Sentence, groups: list[Group], grammar: Grammar) -> bool:
    """"après un appel téléphonique entre Macron et Tebboune", "tras una llamada entre Sánchez y Lula": a contact
    noun (a call, a meeting, talks) after a preposition of time gone by (`past_prepositions`), with its pair phrase
    right after it, names both parties of an act that took place: no background to the clause ("avant les
    négociations entre ..." still has to happen; an accord, truce or clashes, "desde el alto el fuego entre ...",
    are read by `noun_acts.told_pair`)."""
    start, end = match.span
    if not match.rule.symmetric or match.rule.plover != "CONSULT" or not grammar.past_prepositions or start < 1:
        return False
    tokens = sentence.tokens
    if not _after_past_preposition(tokens, start, grammar, of=True):  # "después de una llamada"
        return False
    return any(g.marker in grammar.pair_markers and len(g.members) >= 2 and 0 < g.start - end <= 3 for g in groups)


def trailing_meeting_pair(match: TriggerMatch, sentence: Sentence, groups: list[Group],
                          forms: list[frozenset[str]], grammar: Grammar, passive: bool,
                          triggers: Sequence[TriggerMatch] = ()) -> tuple[Group, list[ActorMention]] | None:
    """"Pakistan and Saudi Arabia signed a defence pact during a visit by Sharif", "La Russie et le Vietnam ont
    signé un accord lors de la visite à Hanoï du Premier ministre russe", "Mitsotakis und Erdoğan verständigten sich
    am Sonntag bei einem Treffen in Sofia": a contact noun (a meeting, a visit, talks, a call) after a preposition of
    time gone by (`past_prepositions`), after its sentence's subject, is the meeting at which that subject's parties
    did what the clause tells: they met. The subject group when it names two sides or more, with the members the noun
    names of its own (its visitor: "du président turc", "by Meloni"), else None: one subject
    ("Erdogan said after a call with ...") is `meeting_with`'s; a noun with a partner, a pair or members of its own
    ("after talks with Iran", "at a meeting of the bloc's sherpas", "после саммита южноамериканских лидеров") other
    than its visitor met others; a passive subject ("were admitted at the summit") did nothing; a negated clause
    ("haben auch bei einem Ministertreffen keine Einigung erzielt") leaves the meeting to what the clause denies, and
    another party between subject and noun may be the one who met."""
    start, end = match.span
    tokens = sentence.tokens
    if passive or not match.rule.symmetric or match.rule.plover != "CONSULT" or not grammar.past_prepositions \
            or start < 2 or not _after_past_preposition(tokens, start, grammar, of=True):
        return None
    after = tokens[end].text.lower() if end < len(tokens) else ""
    if after in grammar.partner_prepositions or after in grammar.pair_markers:
        return None
    subject = next((g for g in groups if g.end <= start and clause_subject(g) and not g.possessive
                    and not all(m.kind in (PLACE, "capital") for m in g.members)), None)
    if subject is not None and len(subject.sides) == 1:
        return _addressed_call(subject, match, tokens, groups, forms, grammar, triggers)
    if subject is None or len(sides := subject.sides) < 2:
        return None
    if any(subject.end <= g.start and g.end <= start and g.marker not in grammar.location_markers
           and not all(m.kind in (PLACE, "capital") for m in g.members) for g in groups):
        return None  # another party between them ("agreed with India after talks", a speaker): its meeting maybe
    comma = next((i for i in range(end, len(tokens)) if tokens[i].text == ","), len(tokens))
    if any(forms[i] & grammar.negation for i in range(subject.start, comma)):  # (German: "... keine Einigung erzielt")
        return None
    # the noun's own members or visitor: a genitive or agent phrase after it
    owner = after in grammar.genitive_markers or after in grammar.agent_markers
    # (after its destination too: "lors de la visite à Hanoï du Premier ministre russe")
    owners = grammar.genitive_markers | grammar.agent_markers
    own = [g for g in groups if end <= g.start <= end + _OWN_REACH and g.start < comma and (
        g.genitive or g.marker in owners or tokens[g.start - 1].text.lower() in owners)]
    if owner and not own or any(not g.sides <= sides for g in own):
        return None
    return subject, [m for g in own for m in g.members]


PHONE_CALL: Final = "041"  # CAMEO "discuss by telephone"


def call_occasion(match: TriggerMatch, tokens: list[Token], grammar: Grammar) -> bool:
    """A call after a preposition of time gone by ("gratulierte Paschinjan in einem Telefonat zu ..."): the occasion
    of the clause's act, never the thing its verb judges or congratulates on."""
    return match.rule.cameo == PHONE_CALL and bool(grammar.past_prepositions) and match.span[0] >= 1 \
        and _after_past_preposition(tokens, match.span[0], grammar)


def _addressed_call(subject: Group, match: TriggerMatch, tokens: list[Token], groups: list[Group],
                    forms: list[frozenset[str]], grammar: Grammar,
                    triggers: Sequence[TriggerMatch]) -> tuple[Group, list[ActorMention]] | None:
    """"Alijew gratulierte Paschinjan am Montag in einem Telefonat", "Macron dankte dem König in einem Telefonat",
    "Wong sicherte Marape in einem Telefonat die volle Solidarität zu": a call with no partner phrase of its own,
    after a preposition of time gone by, told after a one-sided subject and the one free name its verb addresses
    (nothing else between them), with a verb the coder reads as an act (a token of another of the sentence's
    `triggers`) between subject and call: the call was between the two ("hat Wang Yi in einem Telefonat deutlich
    gemacht" tells no act of its own). Only a call: at a meeting or a visit the one addressed may be a third party
    ("kritisierte Israel bei einem Treffen in Kairo"). (object group, subject members), as `trailing_meeting_pair`
    answers; None otherwise."""
    start = match.span[0]
    if match.rule.cameo != PHONE_CALL or not any(
            subject.end <= i < start for m in triggers if m is not match for i in m.tokens):
        return None
    between = [g for g in groups if subject.end <= g.start and g.end <= start]
    if len(between) != 1 or not between[0].free or between[0].attached or len(addressed := between[0].sides) != 1 \
            or addressed & subject.sides or all(m.kind in (PLACE, "capital") for m in between[0].members):
        return None
    comma = next((i for i in range(match.span[1], len(tokens)) if tokens[i].text == ","), len(tokens))
    if any(forms[i] & grammar.negation for i in range(subject.start, comma)) \
            or any(tokens[i].text == "," for i in range(subject.start, start)):
        return None  # "gratulierte ... nicht in einem Telefonat", a clause boundary between subject and call
    return between[0], list(subject.members)


def trailing_meeting_roles(found: tuple[Group, list[ActorMention]] | None, roles: Roles) -> None:
    """The pair of a meeting or visit told after its clause's two-sided subject (`found`, what
    `trailing_meeting_pair` read): the subject's parties, or, where the noun names its visitor ("during a visit by
    Meloni", "lors de la visite du Premier ministre russe"), that visitor and the subject's other sides."""
    if found is None:
        return
    pair, visitors = found
    sides = pair.sides
    if roles.sources and roles.targets and sides_of(roles.sources + roles.targets) <= sides:
        return  # the noun's own reading already names the subject's parties ("во время визита Пезешкиана в Москву")
    visiting = sides_of(visitors)
    hosts = [m for m in pair.members if side_of(m.code) not in visiting]
    if visitors and hosts:
        roles.sources, roles.targets = visitors, hosts
    else:  # (a visit that names no visitor names no one: the co-travellers, `serving_sources`)
        roles.sources, roles.targets = list(pair.members), []
    roles.from_outside_clause = False


def fronted_meeting_pair(span: tuple[int, int], sentence: Sentence, groups: list[Group], grammar: Grammar):
    """"Bei einem Treffen in Ankara, ...", "En su encuentro en Brasilia, Lula y Petro hablaron", "At talks in Doha,
    Israeli and Hamas negotiators ...": a meeting noun in the phrase that opens the sentence (with one of the
    language's `fronted_openers`) and no party of its own is the meeting of the coordinated subject after its comma;
    the place named in the phrase only hosts it."""
    tokens = sentence.tokens
    if not tokens or tokens[0].text.lower() not in grammar.roles.fronted_openers:
        return None
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or span[0] > comma or any(g.start < comma and g.marker not in grammar.location_markers
                                               and not all(m.kind in (PLACE, "capital") for m in g.members)
                                               for g in groups):
        return None  # "After talks with Iran, Russia and China agreed": the phrase names a party of its own
    return next((g for g in groups if comma < g.start <= comma + 3 and g.marker is None and not g.genitive
                 and len(g.sides) >= 2), None)


def fronted_meeting_partner(forms: list[frozenset[str]], groups: list[Group], grammar: Grammar,
                             triggers: frozenset[int], meetings: frozenset[int]):
    """"По итогам переговоров с Си Цзиньпином Путин подписал ...", "На встрече с Путиным Моди осудил ...": a
    meeting noun that opens the sentence after a preposition of time gone by, its partner's phrase and, right after
    it, the clause's subject. The subject met the partner, and a mutual act of the subject with no partner of its
    own was done with that partner. `triggers` are the sentence's trigger tokens (none may stand between partner
    and subject), `meetings` those the noun may be. (noun index, partner group, subject group) or None."""
    if not grammar.partner_prepositions:
        return None

    def opened(k: int) -> bool:  # "После встречи", "After a meeting", "Tras una reunión", "Nach einem Treffen"
        # ("After his talks with Putin, Erdogan said": the subject's possessive, as an article)
        before = k - 2 if k >= 2 and forms[k - 1] & (grammar.determiners | grammar.possessives) else k - 1
        return 0 <= before <= 1 and bool(forms[before] & grammar.past_prepositions)

    def gerund(k: int) -> bool:  # "After meeting NATO's chief, the Serbian president said": the partner is its object
        return bool(grammar.participle_endings) and any(w.endswith(grammar.participle_endings) for w in forms[k])

    noun = next((k for k in range(1, min(5, len(forms) - 1)) if opened(k) and k in meetings
                 and (forms[k + 1] & grammar.partner_prepositions or gerund(k))), None)
    if noun is None:
        return None
    first = noun + 2 if forms[noun + 1] & grammar.partner_prepositions else noun + 1
    partner = next((g for g in groups if first <= g.start <= first + 1), None)
    if partner is None:
        return None
    # "After a meeting with his Saudi counterpart in Riyadh on Sunday, Pakistan's foreign minister said": the
    # place and the day of the meeting, a comma (or the German verb) may stand before the subject
    # (a group inside a place phrase is no subject; one right after it is: "После встречи с ним в Эр-Рияде глава
    # МИД Пакистана заявил", with no comma, begins where the place phrase ends)
    places = place_tokens(groups, forms, grammar)
    subject = next((g for g in groups if g.start >= partner.end and g.start not in places
                    and g.marker not in grammar.location_markers), None)
    if subject is None or not clause_subject(subject):
        return None
    gap = range(partner.end, subject.start)
    if len([i for i in gap if i not in places]) > _MET_GAP \
            or any(forms[i] & grammar.partner_prepositions or i in triggers for i in gap) \
            or any(partner.end <= g.start < subject.start and g.start not in places for g in groups):
        return None
    return noun, partner, subject


_OWN_REACH: Final = 4  # words from a trailing meeting noun to its own members: "visite à Hanoï du Premier ministre"
_MET_GAP: Final = 4  # words (places aside) between a fronted meeting's partner and the subject: "on Sunday ,"


SERVING: Final = frozenset({HOSTING, MEDIATION})  # CAMEO: host talks, mediate: a third party's service to the sides
# words between a service verb and the talks it served: "mediated the talks", "hosted these talks"
_SERVED_GAP: Final = 2


def between_others(phrases: list[Group], span: tuple[int, int], clause: tuple[int, int],
                    sources: list[ActorMention], grammar: Grammar) -> bool:
    """A pair named after the trigger with the language's pair preposition ("une trêve entre Israël et le Hamas",
    "una tregua entre Israel y Hamás") and none of the subjects in it: the act is between those two, and the
    subjects only brought it about."""
    own = {party(m.code) for m in sources}
    return any(g.marker in grammar.pair_markers and span[1] <= g.start < clause[1] and len(g.members) >= 2
               and own.isdisjoint(party(m.code) for m in g.members) for g in phrases)


def served_object(verb_end: int, noun: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """The talks noun is the direct object of the service verb before it: only a determiner or two between them
    ("hosted the talks"; not "U.S.-brokered talks", a modifier, nor "unter Vermittlung Katars vereinbart")."""
    return 1 <= noun - verb_end <= _SERVED_GAP and all(forms[k] & grammar.determiners for k in range(verb_end, noun))
