"""The content of an accusation or a denial: an act soon after "accused ... of" or "denied" is alleged, not done.

Separate because it reads the stretch between a charge (or denial) and the act, whatever the roles are.
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.grammar import Grammar
from realpolitik.language.tokens import BREAKS_AND_DASHES, QUOTE_MARKS
from realpolitik.model import Sentence, Token


def accused_content(tokens: list[Token], accusation: tuple[int, int], start: int, grammar: Grammar) -> bool:
    """An act soon after an accusation is its content ("acusó a Kiev de atacar la central", "accused Kigali of
    arming the rebels, who seized ..."), unless a comma ends the accusation's clause before it: a conjunction
    after the comma ("acusó a Minsk de orquestar la crisis, y cerró la frontera") or an accusation inside a
    relative clause that the comma closes ("Marruecos, que acusa a Argelia de ..., rompió relaciones con Irán",
    a Russian participle clause too), or an accusation that opens an apposition the comma closes ("L'Inde, accusée
    par Islamabad de ..., a salué").
    German puts the content after a comma ("warf Kiew vor, die Brücke angegriffen zu haben")."""
    if grammar.verb_final:
        return True
    end = accusation[1]
    commas = [i for i in range(end, start) if tokens[i].text in (",", ";")]
    if not commas:
        return True
    if any(i + 1 < len(tokens) and tokens[i + 1].lemma in grammar.coordination for i in commas):
        return False
    opening = next((i for i in range(accusation[0] - 1, -1, -1) if tokens[i].text == ","), None)
    if opening is not None and opening + 1 == accusation[0] and opening > 0 and commas[0] + 1 < len(tokens) \
            and not _opens_content(tokens[commas[0] + 1].text.lower(), grammar):
        # "L'Inde, accusée par Islamabad de soutenir le TTP, a salué l'accord": an accusation that opens an
        # apposition the comma after its content closes; the main clause's verb after it is no content
        return False
    return opening is None or opening + 1 >= len(tokens) \
        or tokens[opening + 1].text.lower() not in grammar.roles.subject_relatives \
        and not grammar.roles.relative_participle(tokens[opening + 1].text)  # "Польша, обвинившая Минск в ..., вызвала"


def _opens_content(word: str, grammar: Grammar) -> bool:
    """A relative pronoun or a complementizer after a comma goes on with what is before it ("обвинив X в том, что
    ...", "accusé de soutenir les rebelles, qui ..."): the comma closes nothing."""
    roles = grammar.roles
    return word in roles.parse_relatives | roles.subject_relatives | roles.object_relatives | roles.complementizers \
        | roles.content_openers or word.startswith(tuple(roles.elided_complementizers or ()))


def absolute_participle_after(end: int, clause: tuple[int, int], start: int, forms: list[frozenset[str]],
                               grammar: Grammar) -> bool:
    """"... deux diplomates soupçonnés d'espionnage, Moscou répliquant par l'expulsion de ...": the trigger stands in
    a participle clause that opens after the accusation with a subject of its own; its act is no content of the
    accusation."""
    endings = grammar.participle_endings
    return bool(endings) and end <= clause[0] and any(
        f.isalpha() and f.endswith(endings) and f not in grammar.not_participles
        for k in range(clause[0], start + 1) for f in forms[k])


def content_after_comma(tokens: list[Token], end: int, start: int, grammar: Grammar) -> bool:
    """German puts an accusation's content after a comma, however long, up to the next comma or break ("warf Eritrea
    vor, Truppen an der Grenze zusammenzuziehen und Rebellen im Norden mit Waffen zu versorgen"); ", und ..." after
    it goes on with the accuser's own act."""
    if not grammar.verb_final:
        return False
    comma = next((i for i in range(end, start) if tokens[i].text == ","), None)  # after "warf Minsk ... vor"
    return comma is not None and not any(
        tokens[i].text in BREAKS_AND_DASHES or tokens[i].text in QUOTE_MARKS for i in range(comma + 1, start))


ALLEGED_REACH: Final = 8  # "accusé l'Ukraine d'avoir bombardé": the accused act follows the accusation closely


def denied_right_after(sentence: Sentence, end: int, start: int, grammar: Grammar) -> bool:
    """"denied attacking", "denied any role in the attack": an act right after the denial is its content
    (not "denied the claims and attacked ...")."""
    return end <= start <= end + 2 and not any(
        t.lemma in grammar.coordination or t.text == "," for t in sentence.tokens[end:start])


_DENIED_REACH: Final = 12  # "bestritt die Angaben der Philippinen, ein chinesisches Schiff habe ein Boot gerammt"


def denied_content(tokens: list[Token], end: int, start: int, grammar: Grammar) -> bool:
    """An act soon after a denial is what the denied claim says, where no conjunction joins another verb before
    it: "a qualifié de « sans fondement » les accusations de violations du cessez-le-feu", "rejected the
    allegations that its troops were fighting alongside the M23", "desmintió las afirmaciones de que sus buques
    habían embestido"; German states the claim after a comma ("bestritt die Angaben, ein Schiff habe ...").
    Elsewhere a comma ends the denial ("denied the claims, while its troops attacked ...")."""
    if not end <= start <= end + _DENIED_REACH:
        return False
    between = tokens[end:start]
    return not any(t.lemma in grammar.coordination or t.text == ";" for t in between) \
        and (grammar.verb_final or not any(t.text == "," for t in between))
