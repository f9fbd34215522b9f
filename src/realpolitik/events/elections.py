"""Congratulations on an election: the one congratulated stands for the state whose vote the article told.

"Rubio felicitó a Kast", "lui ont adressé leurs félicitations", "a félicité le président réélu", "направил избранному
президенту поздравительную телеграмму": the winner is seldom a name the dictionary knows, and a pronoun or a title
marked as elected stands for him. Where the articles' sentences so far told the election of one state (an election
word with that state's name, adjective or leader beside it), a congratulation with no target of its own, or whose
target is such a title, is aimed at that state. Where the article told two states' votes, or none: no target.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Final

from realpolitik.data_yaml import safe_load
from realpolitik.events.fill_kinds import ELECTION_STATE
from realpolitik.events.roles import Roles
from realpolitik.mentions import ActorMention
from realpolitik.model import Token

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
_BESIDE: Final = 3  # words from a state's name to an election word it tells the vote of ("Bangladesh's parliamentary
# election")
# a state, its adjective, its leader or officials; not its capital, where the winner travels ("Kast elige Buenos
# Aires para su primer viaje como presidente electo")
STATE_KINDS: Final = frozenset({"country", "adjective", "leader", "agent"})
TOLD_STATE_KINDS: Final = frozenset({"country", "adjective"})  # the state itself: "Honduras", "hondureño"


@dataclass(frozen=True)
class ElectionWords:
    """A language's election lexicon, lower-cased prefixes (what each list is for: data/elections/de.yaml)."""

    election: tuple[str, ...] = ()
    elected: tuple[str, ...] = ()
    congratulation: tuple[str, ...] = ()
    victory: tuple[str, ...] = ()
    won: tuple[str, ...] = ()  # verbs of winning a vote, whose subject is the winner ("ganó", "won", "a remporté")
    judged: tuple[str, ...] = ()  # the vote as a verdict's object ("назвала выборы «фарсом»", "a salué le scrutin")
    # verbs of saying: a state named before one, the election word after it, speaks of the vote ("The U.S. State
    # Department said the election had been marred"); it held no vote
    speech: tuple[str, ...] = ()


_LISTS: Final = ("election", "elected", "congratulation", "victory", "won", "judged", "speech")
# words from a verdict's trigger to the vote it judges ("a jugé le scrutin", "признали выборы")
_JUDGED_REACH: Final = 2
# the prepositions of a passive's agent: a name after one backs or watches a winner, it does not win
_AGENT_MARKERS: Final = frozenset({"por", "by", "par", "von", "durch"})
_BACKER_REACH: Final = 3  # words back from an office to an agent's preposition, before a comma


@cache
def election_words(lang: str) -> ElectionWords:
    """The language's election words from data/elections/<lang>.yaml, read once; none for a language without a
    file (its congratulations keep the targets the roles gave)."""
    path = resources.files("realpolitik") / "data" / "elections" / f"{lang}.yaml"
    if not path.is_file():
        return ElectionWords()
    data = safe_load(path.read_text(encoding="utf-8")) or {}
    return ElectionWords(**{key: tuple(str(word) for word in data.get(key) or ()) for key in _LISTS})


def _starts(word: str, prefixes: tuple[str, ...]) -> bool:
    """Whether the lower-cased word begins with one of the prefixes."""
    return word.lower().startswith(prefixes)


def voted_states(tokens: list[Token], mentions: list[ActorMention], lang: str) -> list[ActorMention]:
    """The states a sentence names nearest each of its election words: whose vote it tells, once a word."""
    lexicon = election_words(lang)
    # those named before a congratulation congratulate: "La France et l'Éthiopie ont félicité Guelleh pour sa
    # réélection", "l'Équato-Guinéen Obiang avait félicité le président réélu"
    congratulating = next((t.index for t in tokens if _starts(t.text, lexicon.congratulation)), -1)
    at = _election_words_at(tokens, lexicon.election) if lexicon.election else []
    # (but a state whose name or adjective stands right beside an election word is the one that voted, wherever the
    # congratulation stands: "endorsed Bangladesh's parliamentary election ..., as India, China and Pakistan hurried
    # to congratulate Tarique Rahman")
    states = [m for m in mentions if m.country and m.kind in STATE_KINDS and m.token_start >= 0
              and (congratulating < m.token_end or m.kind in TOLD_STATE_KINDS
                   and any(_distance(m, i) <= _BESIDE for i in at if i < congratulating))]
    if not lexicon.election or not states:
        return []
    voted: list[ActorMention] = []
    for i in at:
        distances = [ELECTION_REACH + 1 if _speaks_of(m, i, tokens, lexicon) else
                     _distance(m, i) if not _won_by(m, i, tokens, lexicon) else 0 for m in states]
        reach = min(min(distances) + LIST_SPREAD, ELECTION_REACH)
        near = {m.country: m for m, d in zip(states, distances, strict=True) if d <= reach}
        voted.extend(near.values())
    return voted


def _election_words_at(tokens: list[Token], words: tuple[str, ...]) -> list[int]:
    """Where the election words stand: a word that begins with one, or a phrase of several whose last word begins
    with its last ("la segunda vuelta", "le second tour": a "vuelta" alone is a lap or a return)."""
    single = tuple(w for w in words if " " not in w)
    phrases = [w.split() for w in words if " " in w]
    found = []
    for t in tokens:
        if _starts(t.text, single) or any(
                t.index + len(p) <= len(tokens)
                and all(tokens[t.index + k].text.lower() == p[k] for k in range(len(p) - 1))
                and _starts(tokens[t.index + len(p) - 1].text, (p[-1],)) for p in phrases):
            found.append(t.index)
    return found


def _won_by(m: ActorMention, i: int, tokens: list[Token], lexicon: ElectionWords) -> bool:
    """Whether an office or leader is the subject of a verb of winning before the election word ("El presidente de
    Ecuador, Daniel Noboa, ganó el domingo la segunda vuelta", "Le président sortant a remporté le scrutin"): the
    vote is that state's, however far the office stands; not one named after an agent's preposition ("Asfura,
    respaldado por el presidente estadounidense, ganó las elecciones": a backer)."""
    if not lexicon.won or m.token_end > i or i - m.token_end > ELECTION_REACH or m.kind in TOLD_STATE_KINDS:
        return False
    k = m.token_start - 1
    while k >= 0 and m.token_start - k <= _BACKER_REACH and tokens[k].text != ",":
        if tokens[k].text.lower() in _AGENT_MARKERS:
            return False  # ("respaldado abiertamente por el presidente estadounidense")
        k -= 1
    return any(_starts(t.text, lexicon.won) for t in tokens[m.token_end:i])


def _speaks_of(m: ActorMention, i: int, tokens: list[Token], lexicon: ElectionWords) -> bool:
    """Whether a state named before the election word is the subject of a verb of saying between them ("The U.S.
    State Department said the election had been marred by violence"): it judges the vote, it did not hold it."""
    return bool(lexicon.speech) and m.token_end <= i and any(
        _starts(t.text, lexicon.speech) for t in tokens[m.token_end:i])


def _distance(m: ActorMention, i: int) -> int:
    """Words between a state's mention and an election word; a person or office counts only with the word inside
    or beside it ("el presidente electo de Chile, José Antonio Kast"): one named a few words off is as often a
    backer or an observer of the vote ("Asfura, respaldado por el presidente estadounidense, ganó las elecciones")."""
    distance = max(m.token_start - i, i - m.token_end + 1, 0)
    return distance if m.kind in TOLD_STATE_KINDS or distance <= 1 else ELECTION_REACH + 1


def judged_vote(roles: Roles, tokens: list[Token], span: tuple[int, int], clause: tuple[int, int],
                voted: list[ActorMention] | None, lang: str) -> None:
    """Aim a verdict on the vote ("Никарагуа назвала выборы «фарсом»", "L'UA a jugé le scrutin « globalement
    conforme »") with no target of its own at the state whose election the article told: the vote judged is that
    state's conduct, as a congratulation's winner is (a target the article's earlier acts gave is replaced; a verdict
    by the vote's own state judges no one; with no vote told, no one)."""
    words = election_words(lang).judged
    if not words or not roles.sources:
        return
    end = min(span[1] + _JUDGED_REACH, clause[1])
    if not any(_starts(t.text, words) for t in tokens[span[0]:end]):
        return
    me = roles.sources[0].country
    if any(t.token_start >= span[1] and t.country != me for t in roles.targets):
        return  # a party of its own after the trigger: "назвала выборы в Грузии ..."
    # (a name before the trigger is the subject's, no object of the verdict: "Наблюдатели от Белоруссии и Казахстана
    # признали выборы свободными" judges neither)
    roles.targets = [t for t in roles.targets if t.token_start < 0 or t.token_start >= span[1]]
    judges = {m.country for m in roles.sources}  # (the observers' states beside the vote word judge it, no one voted)
    if others := [m for m in voted or () if m.country not in judges]:
        _aim_at_winner(roles, others, me, "whose vote the verdict judges")


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
    lexicon = election_words(lang)
    if any(_starts(t.text, lexicon.congratulation) for t in trigger):
        return True
    return any(_starts(t.text, lexicon.victory) for t in tokens[span[1]:clause[1]])


def recognises_result(tokens: list[Token], span: tuple[int, int], clause: tuple[int, int], lang: str) -> bool:
    """Whether a recognition is of an election's result ("no reconoce los resultados", "reconoció la victoria de"):
    a victory word in the trigger or after it in its clause. Its state is the one whose vote was told, as for a
    congratulation."""
    return any(_starts(t.text, election_words(lang).victory) for t in tokens[span[0]:clause[1]])


def _elected_title(target: ActorMention, tokens: list[Token], lang: str) -> bool:
    """Whether a target read from a title is marked as the election's winner right beside it."""
    words = election_words(lang).elected
    near = tokens[max(0, target.token_start - 1):target.token_start] + tokens[target.token_end:target.token_end + 1]
    return target.token_start >= 0 and target.kind != "country" and any(_starts(t.text, words) for t in near)


def _senders_after(targets: list[ActorMention], tokens: list[Token], span: tuple[int, int], lang: str) -> bool:
    """Whether the only names of a congratulation noun's sentence follow it as its senders, the subject put after
    the verb ("También enviaron mensajes de felicitación los presidentes de Ecuador y de Paraguay"): no one is
    addressed ("a", "à", "to") and no congratulating verb stands before them."""
    noun = any(_starts(t.text, election_words(lang).congratulation) and t.text.lower().endswith(_NOUN_ENDINGS)
               for t in tokens[span[0]:span[1]])
    return noun and bool(targets) and all(
        t.token_start >= span[1] and tokens[t.token_start - 1].text.lower() not in _ADDRESSEE_MARKERS
        for t in targets)


def congratulated(roles: Roles, tokens: list[Token], span: tuple[int, int], clause: tuple[int, int],
                  voted: list[ActorMention], lang: str, recognition: bool = False) -> None:
    """Aim a congratulation with no target, or at a title marked as elected, at the winner's state; with
    `recognition`, the recognition (or refusal) of a result ("dijo que no puede reconocer los resultados") too."""
    if not voted or not (_congratulates(tokens, span, clause, lang) or recognition
                         and recognises_result(tokens, span, clause, lang)):
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
    _aim_at_winner(roles, voted, me, "whose winner is congratulated")


def _aim_at_winner(roles: Roles, voted: list[ActorMention], me: str | None, why: str) -> None:
    """The act's target is the state whose election the article told (`the_winner`), where there is one."""
    winner = the_winner(voted, me)
    if winner is None:
        return
    roles.targets = [replace(winner, token_start=-1, token_end=-1,
                             note=f"the state whose election the article told, {why}", fill=ELECTION_STATE)]
    roles.target_from_context = True
