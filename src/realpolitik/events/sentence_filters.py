"""What the coder leaves out of a sentence before reading it and of its events after: a name in apposition to the
actor before it, a counted reference that names a listed pair again, the agreed measure of a bloc's members.

Separate because each is a pass over a whole list (the sentence's mentions, its events) around the per-trigger work.
"""

from __future__ import annotations

from typing import Final

from realpolitik.actors.reference.history import member_sides
from realpolitik.codes import country_of, party, side_of, sides_of
from realpolitik.events.clause_forms import apposition_commas
from realpolitik.events.grammar import Grammar
from realpolitik.events.roles_base import SAID_AGAINST
from realpolitik.language.tokens import QUOTE_MARKS
from realpolitik.model import ActorMention, Event, Sentence


def without_named_apposition(sentence: Sentence, actors: list[ActorMention], grammar: Grammar) -> list[ActorMention]:
    """German "der malische Ministerpräsident, General Omar Diallo, warf ...": the name between the commas is
    the person the actor before them already names, no second party (which would take the object's place); of
    the two the one with an agent stays."""
    if not grammar.verb_final or len(actors) < 2:
        return actors
    commas = sorted(apposition_commas(sentence.tokens))
    if not commas:
        return actors
    dropped = []
    for i, j in zip(commas[::2], commas[1::2], strict=False):
        before = next((p for p in actors if p.token_end == i), None)
        phrase = _genitive_phrase(sentence, actors, before, grammar)
        for m in actors:
            if not (i < m.token_start and m.token_end <= j):
                continue
            if phrase and any(p.country == m.country for p in phrase):
                # "Der Vizechef des russischen Geheimdienstes, Dmitri Medwedew,", "... des russischen
                # Sicherheitsrats, ...": the genitive names the body of the person the head noun and the name stand
                # for; the name is the party, the body no second one (it would be read as the object)
                dropped.extend(phrase)
            elif before is not None and before.country == m.country:
                # "Die Präsidentin der Republik Moldau, Maia Sandu,": the name is more precise than the bare state
                dropped.append(before if before.agent is None and m.agent is not None else m)
    return [m for m in actors if m not in dropped] if dropped else actors


def _genitive_phrase(sentence: Sentence, actors: list[ActorMention], last: ActorMention | None,
                     grammar: Grammar) -> list[ActorMention]:
    """The mentions of a genitive attribute that ends with `last` ("des russischen Sicherheitsrats": the adjective
    and the body), where a genitive article opens it right after a head noun ("Der Vizechef des"); else none."""
    if last is None:
        return []
    phrase = [last]
    while (prev := next((p for p in actors if p.token_end == phrase[0].token_start), None)) is not None:
        phrase.insert(0, prev)
    tokens = sentence.tokens
    at = phrase[0].token_start - 1
    if at < 1 or tokens[at].text.lower() not in grammar.genitive_markers:
        return []
    head = tokens[at - 1].text
    return phrase if head[:1].isupper() and head.isalpha() else []


_TITLE_REACH: Final = 6  # words of a paper's quoted title ("„Neue Zürcher Zeitung“", "„New York Times“")


def without_press_title(sentence: Sentence, actors: list[ActorMention], grammar: Grammar) -> list[ActorMention]:
    """"Der britische „Guardian“ warnt: ...", "Die polnische „Rzeczpospolita“ fordert: ...": in a press review a
    demonym right before a paper's quoted title, which a verb of the press (`press_verbs`) follows, describes the
    paper; it is no state that warns or demands."""
    verbs = grammar.roles.press_verbs
    if not verbs:
        return actors
    tokens = sentence.tokens
    dropped = []
    for m in actors:
        opening = m.token_end
        if m.kind != "adjective" or opening >= len(tokens) or tokens[opening].text not in QUOTE_MARKS:
            continue
        closing = next((k for k in range(opening + 1, min(len(tokens), opening + 2 + _TITLE_REACH))
                        if tokens[k].text in QUOTE_MARKS), None)
        if closing is None or closing + 1 >= len(tokens) or any(
                opening < p.token_start < closing for p in actors):
            continue
        verb = tokens[closing + 1]
        if verb.lemma.lower() in verbs or verb.text.lower() in verbs:
            dropped.append(m)
    return [m for m in actors if m not in dropped] if dropped else actors


def without_resumptive_reference(sentence: Sentence, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Japan and South Korea, both allies of the United States, signed ...", "Japan und Südkorea, beide Verbündete
    der USA, ...", "Japón y Corea del Sur, ambos aliados de ...": a counted reference right after a comma that closes
    the list it counts names those states again, in an apposition that describes them; it is no second party (which
    would take the partner's place, and draw the apposition's genitive in as one)."""
    tokens = sentence.tokens
    dropped = []
    for m in mentions:
        if m.kind != "reference" or m.token_start < 1 or tokens[m.token_start - 1].text != ",":
            continue
        listed = sides_of(p for p in mentions
                          if p is not m and p.token_end < m.token_start and p.kind != "reference")
        before = next((p for p in mentions if p.token_end == m.token_start - 1), None)
        codes = member_sides(m)
        if before is not None and before.code and side_of(before.code) in codes and len(codes) > 1 and codes <= listed:
            dropped.append(m)
    return [m for m in mentions if m not in dropped] if dropped else mentions


def without_agreed_measure(events: list[Event]) -> list[Event]:
    """"Die Energieminister der EU einigten sich darauf, russisches Gas zu verbieten", "EU ministers agreed to ban
    Russian gas": a bloc's members agree among themselves, and the ban is the bloc's act on Russia; Russia agreed to
    nothing. (Between states the agreed measure may be mutual: "Ecuador y Colombia acordaron levantar los
    aranceles": only a bloc's agreement is left out.)"""
    measures = {(party(e.source), party(e.target)) for e in events
                if e.plover == "SANCTION" and not e.negated and e.source and e.target}
    if not measures:
        return events
    return [e for e in events if not (e.cameo == _AGREED_TO and e.source and e.target and country_of(e.source) is None
                                      and (party(e.source), party(e.target)) in measures)]


# agreeing to act, with no deal named ("einigten sich darauf, ... zu verbieten"); not a deal signed with a partner
# ("a conclu un accord avec Washington fixant ses droits de douane": 057, the tariffs are the deal's content)
_AGREED_TO: Final = "030"


def without_second_fill(events: list[Event], produced: list[Event], filled: set[int]) -> list[Event]:
    """"Peking reagierte verärgert, das Außenministerium warf Washington vor, Panama zu erpressen", "Moscou a réagi
    avec colère et accusé Washington de ...": a charge, rejection or threat whose target the article supplied
    (`filled`, ids of events) beside one of the same type and actor in its sentence that names its target (any
    event the triggers `produced`, before one per key was kept) is that same reaction, aimed where the sentence
    says: the other party of the earlier event it was filled from is none (a visit, a deal or talks between the
    named one and a third party would give that third party). A reply of another type stays ("Kigali dément
    tout soutien aux rebelles et accuse l'armée congolaise": the denial answers the report told before)."""
    named = {(party(e.source), party(e.target), e.plover) for e in produced
             if id(e) not in filled and e.plover in SAID_AGAINST and e.source and e.target and e.factual}
    if not named or not filled:
        return events
    sources = {(source, plover) for source, _, plover in named}
    return [e for e in events if not (id(e) in filled and e.source and e.target
                                      and (party(e.source), e.plover) in sources
                                      and (party(e.source), party(e.target), e.plover) not in named)]
