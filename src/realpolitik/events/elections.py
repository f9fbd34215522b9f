"""Congratulations on an election: the one congratulated stands for the state whose vote the article told.

"Rubio felicitó a Kast", "lui ont adressé leurs félicitations", "a félicité le président réélu", "направил избранному
президенту поздравительную телеграмму": the winner is seldom a name the dictionary knows, and a pronoun or a title
marked as elected stands for him. Where the articles' sentences so far told the election of one state (an election
word with that state's name, adjective or leader beside it), a congratulation with no target of its own, or whose
target is such a title, is aimed at that state. Where the article told two states' votes, or none: no target.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Final

from realpolitik.events.roles import Roles
from realpolitik.mentions import ActorMention
from realpolitik.model import Token

# words that tell a vote: an election noun, an elected participle, a ballot (lower-cased prefixes)
ELECTION_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "de": ("wahl", "präsidentschaftswahl", "parlamentswahl", "stichwahl", "wahlsieg", "gewählt", "wiedergewählt",
           "wiederwahl"),
    "en": ("election", "elected", "re-elected", "reelected", "re-election", "reelection", "president-elect",
           "runoff", "ballot"),
    "es": ("elecci", "electo", "electa", "reelecto", "reelecta", "reelegid", "reelecci", "comicios", "balotaje",
           "presidenciales"),
    "fr": ("élection", "élu", "réélu", "réélection", "scrutin", "présidentielle", "législatives"),
    "ru": ("выбор", "избран", "переизбран"),
}
# a title marked as the winner: "le président réélu", "al presidente electo", "the president-elect",
# "dem wiedergewählten Präsidenten", "избранному президенту"
ELECTED_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "de": ("gewählt", "wiedergewählt"),
    "en": ("elected", "president-elect", "re-elected", "reelected"),
    "es": ("electo", "electa", "reelecto", "reelecta", "reelegid"),
    "fr": ("élu", "réélu"),
    "ru": ("избранн", "переизбранн"),
}
# the congratulating word among a praise's trigger tokens (a welcome, a thanks or a tribute is not one)
CONGRATULATION_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "de": ("gratul", "glückwunsch", "glückwünsch", "beglückwünsch"),
    "en": ("congratulat",),
    "es": ("felicit", "congratul"),
    "fr": ("félicit",),
    "ru": ("поздрав",),
}
# what a praise without a congratulating word may hail after it, in its clause: the win or the vote's result ("a
# salué la victoire de son homologue", "saludó el resultado")
VICTORY_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "de": ("wahlsieg", "wiederwahl", "wahlergebnis"),
    "en": ("victory", "win", "re-election", "reelection"),
    "es": ("victoria", "triunfo", "reelecci", "resultado"),
    "fr": ("victoire", "réélection", "résultat"),
    "ru": ("побед", "переизбрани", "итог"),
}
# "Macron s'est félicité de l'accord": a French reflexive congratulation welcomes a thing, no one is congratulated
_REFLEXIVE: Final = ("s'", "s’", "se ")  # (a token "s'est" or "se")
# the endings of a congratulation noun, not a verb ("mensajes de felicitación", "félicitations", "congratulations",
# "Glückwünsche", "поздравления"; not "felicitó", "félicité", "gratulierte", "поздравил")
_NOUN_ENDINGS: Final = ("ción", "ciones", "tions", "wunsch", "wünsche", "ение", "ения")
_ADDRESSEE_MARKERS: Final = frozenset({"a", "al", "à", "au", "aux", "to", "an", "dem", "der", "den"})
ELECTION_REACH: Final = 10  # words between an election word and the state it is of ("l'élection présidentielle
# ivoirienne", "the presidential election in Chile", "Le Bénin a voté dimanche lors d'une présidentielle")
# states a little further than the nearest one are as near: "le Ghana et le Bénin ont tenu leurs élections"
LIST_SPREAD: Final = 3
# a state, its adjective, its leader or officials; not its capital, where the winner travels ("Kast elige Buenos
# Aires para su primer viaje como presidente electo")
STATE_KINDS: Final = frozenset({"country", "adjective", "leader", "agent"})
TOLD_STATE_KINDS: Final = frozenset({"country", "adjective"})  # the state itself: "Honduras", "hondureño"


def _starts(word: str, prefixes: tuple[str, ...]) -> bool:
    """Whether the lower-cased word begins with one of the prefixes."""
    return word.lower().startswith(prefixes)


def voted_states(tokens: list[Token], mentions: list[ActorMention], lang: str) -> list[ActorMention]:
    """The states a sentence names nearest each of its election words: whose vote it tells, once a word."""
    words = ELECTION_WORDS.get(lang)
    # those named before a congratulation congratulate: "La France et l'Éthiopie ont félicité Guelleh pour sa
    # réélection", "l'Équato-Guinéen Obiang avait félicité le président réélu"
    congratulating = next((t.index for t in tokens if _starts(t.text, CONGRATULATION_WORDS.get(lang, ()))), -1)
    states = [m for m in mentions if m.country and m.kind in STATE_KINDS and m.token_start >= 0
              and congratulating < m.token_end]
    if not words or not states:
        return []
    voted: list[ActorMention] = []
    for i in (t.index for t in tokens if _starts(t.text, words)):
        distances = [_distance(m, i) for m in states]
        reach = min(min(distances) + LIST_SPREAD, ELECTION_REACH)
        near = {m.country: m for m, d in zip(states, distances, strict=True) if d <= reach}
        voted.extend(near.values())
    return voted


def _distance(m: ActorMention, i: int) -> int:
    """Words between a state's mention and an election word; a person or office counts only with the word inside
    or beside it ("el presidente electo de Chile, José Antonio Kast"): one named a few words off is as often a
    backer or an observer of the vote ("Asfura, respaldado por el presidente estadounidense, ganó las elecciones")."""
    distance = max(m.token_start - i, i - m.token_end + 1, 0)
    return distance if m.kind in TOLD_STATE_KINDS or distance <= 1 else ELECTION_REACH + 1


def the_winner(voted: list[ActorMention], congratulator: str | None) -> ActorMention | None:
    """The state whose election the article told most often, not the congratulator's own; a tie: none."""
    counts = Counter(m.country for m in voted if m.country != congratulator).most_common(2)
    if not counts or len(counts) == 2 and counts[0][1] == counts[1][1]:
        return None
    named = [m for m in voted if m.country == counts[0][0]]
    return next((m for m in reversed(named) if m.kind == "country"), named[-1])  # the state itself, not its leader


def _congratulates(tokens: list[Token], span: tuple[int, int], clause: tuple[int, int], lang: str) -> bool:
    """Whether a praise's trigger congratulates someone or hails a win in its clause."""
    trigger = tokens[span[0]:span[1]]
    if lang == "fr" and any(f"{t.text.lower()} ".startswith(_REFLEXIVE) for t in tokens[max(0, span[0] - 2):span[1]]):
        return False
    if any(_starts(t.text, CONGRATULATION_WORDS.get(lang, ())) for t in trigger):
        return True
    return any(_starts(t.text, VICTORY_WORDS.get(lang, ())) for t in tokens[span[1]:clause[1]])


def _elected_title(target: ActorMention, tokens: list[Token], lang: str) -> bool:
    """Whether a target read from a title is marked as the election's winner right beside it."""
    words = ELECTED_WORDS.get(lang, ())
    near = tokens[max(0, target.token_start - 1):target.token_start] + tokens[target.token_end:target.token_end + 1]
    return target.token_start >= 0 and target.kind != "country" and any(_starts(t.text, words) for t in near)


def _senders_after(targets: list[ActorMention], tokens: list[Token], span: tuple[int, int], lang: str) -> bool:
    """Whether the only names of a congratulation noun's sentence follow it as its senders, the subject put after
    the verb ("También enviaron mensajes de felicitación los presidentes de Ecuador y de Paraguay"): no one is
    addressed ("a", "à", "to") and no congratulating verb stands before them."""
    noun = any(_starts(t.text, CONGRATULATION_WORDS.get(lang, ())) and t.text.lower().endswith(_NOUN_ENDINGS)
               for t in tokens[span[0]:span[1]])
    return noun and bool(targets) and all(
        t.token_start >= span[1] and tokens[t.token_start - 1].text.lower() not in _ADDRESSEE_MARKERS
        for t in targets)


def congratulated(roles: Roles, tokens: list[Token], span: tuple[int, int], clause: tuple[int, int],
                  voted: list[ActorMention], lang: str) -> None:
    """Aim a congratulation with no target, or at a title marked as elected, at the winner's state."""
    if not voted or not _congratulates(tokens, span, clause, lang):
        return
    if not roles.sources and _senders_after(roles.targets, tokens, span, lang):
        roles.sources, roles.targets = roles.targets, []
    if not roles.sources:
        return
    me = roles.sources[0].country
    # (a target of the congratulator's own state is none: "felicitó a Kast y dijo que Washington espera ..."; one
    # the article's last acts gave is the winner's: "Taiwán felicitó al presidente electo" after Beijing's threats)
    if any(t.country != me and t.token_start >= 0 and not _elected_title(t, tokens, lang) for t in roles.targets):
        return
    winner = the_winner(voted, me)
    if winner is None:
        return
    roles.targets = [replace(winner, token_start=-1, token_end=-1,
                             note="the state whose election the article told, whose winner is congratulated")]
    roles.target_from_context = True
