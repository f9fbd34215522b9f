"""The own country and the neighbour: "sein Land", "his government", "su país" are the country of the actor named just
before; "the authorities of the country" the state the sentence told of; "соседняя страна" the neighbour of the
state the sentence names.

Separate because both read one actor named beside the phrase, not a list or a description.
"""

from __future__ import annotations

from typing import Final

from realpolitik.actors.forms import normalise
from realpolitik.actors.reference.data import LanguageReferences
from realpolitik.actors.reference.descriptions import RU_PLURAL
from realpolitik.actors.reference.history import COUNTRY_KINDS, OWN, History, members, token_forms
from realpolitik.language.tokens import BREAKS_AND_DASHES, POSSESSIVE_MARKS
from realpolitik.model import ActorMention, Token


def own_country(tokens: list[Token], i: int, data: LanguageReferences, before: list[ActorMention],
         history: History, taken: set[int]) -> tuple[int, list[str], str, str] | None:
    """ "sein Land", "his government", "su país": the country of the actor named just before."""
    j = i + 1
    if j >= len(tokens) or j in taken:
        return None
    head = data.own_heads.get(normalise(tokens[i].text))
    if head is not None and normalise(tokens[j].text) in data.own_genitives:
        return _country_body(tokens, i, head, before)
    if normalise(tokens[i].text) not in data.own:
        return None
    if i == 0 and data.opening_voices:
        voice = _opening_voice(tokens, j, data, history)
        if voice is not None:
            return voice
    agent = data.own_nouns.get(normalise(tokens[j].text))
    asset = data.own_assets.get(normalise(tokens[j].text))
    if agent is None and asset is not None:
        state = _asset_owner(tokens, i, data, before)
        if state is None:
            return None
        return j + 1, [state + asset], OWN, f"{tokens[j].text!r} of the state named before the clause"
    if agent is None and i == 0:  # "Its aircraft struck ...": the state the sentence before named first
        agent = data.opening_own_nouns.get(normalise(tokens[j].text))
    if agent is None:
        return None
    owner = _owner(before, agent, tokens, data)
    if owner is None and history.seen:
        owner = history.seen[-1].first
    if owner is None or not owner.country:
        return None
    code = owner.country + agent
    return j + 1, [code], OWN, f"the own country of {owner.surface!r}"


def _opening_voice(tokens: list[Token], j: int, data: LanguageReferences, history: History
                   ) -> tuple[int, list[str], str, str] | None:
    """"Le gouvernement malien a rompu ... Son porte-parole a accusé l'Ukraine": a spokesman the possessive that
    opens the sentence gives an owner speaks for the one the sentence before named first, whatever it is (a
    government, an alliance, a company: its own code, no agent of a state added). A hyphenated noun is one word."""
    end = j + 1
    word = normalise(tokens[j].text)
    if j + 2 < len(tokens) and tokens[j + 1].text == "-" and tokens[j].end == tokens[j + 1].start \
            and tokens[j + 1].end == tokens[j + 2].start:
        word, end = f"{word}-{normalise(tokens[j + 2].text)}", j + 3
    if word not in data.opening_voices or not history.seen:
        return None
    owner = history.seen[-1].first
    if owner is None or not owner.code:
        return None
    return end, [owner.code], OWN, f"the spokesman of {owner.surface!r}"


# who may own "his country": a person or a body speaks of its state; a state has no country of its own
_SPEAKER_KINDS: Final = ("leader", "agent")


def _owner(before: list[ActorMention], agent: str, tokens: list[Token], data: LanguageReferences
           ) -> ActorMention | None:
    """The actor whose state "sein Land", "his country", "своей страны" is: the latest named before it, but for the
    country itself (no agent) the latest person or body where the sentence named one ("Starmer nannte Deutschland
    einen der engsten Verbündeten seines Landes": Britain, not Germany, which has no country of its own). A person
    the speaker met or spoke to ("informó, después de reunirse con Rubio, que su país ...", "le dijo a Trump que su
    país ...") owns it only where no one else could."""
    named = [m for m in reversed(before) if m.country and m.kind in COUNTRY_KINDS]
    partners = [m for m in named if m.kind in _SPEAKER_KINDS and _after_preposition(m, tokens, data)]
    if partners and len(partners) < len(named):
        named = [m for m in named if m not in partners]
    speaker = None if agent else next((m for m in named if m.kind in _SPEAKER_KINDS), None)
    return speaker or next(iter(named), None)


def _after_preposition(mention: ActorMention, tokens: list[Token], data: LanguageReferences) -> bool:
    """Whether a preposition of `own_not_after` stands before the mention, but for an article or a first name the
    mention left out between them ("con el secretario de Estado", "a Trump", "mit Wladimir Selenskyj")."""
    k = mention.token_start - 1
    while k >= 0 and mention.token_start - k <= _PREPOSITION_REACH \
            and (normalise(tokens[k].text) in data.definite or tokens[k].text[:1].isupper()):
        k -= 1
    return k >= 0 and normalise(tokens[k].text) in data.own_not_after


_PREPOSITION_REACH: Final = 3  # words (an article, first names) between a preposition and the person it governs


_BARE_KINDS: Final = ("country", "adjective", "place")  # not a capital: "Вашингтон грозит", the government that speaks


def _country_body(tokens: list[Token], i: int, agent: str, before: list[ActorMention]
                  ) -> tuple[int, list[str], str, str] | None:
    """ "Мексика избежала пошлин, но Трамп грозит ввести их, если власти страны не ...", "пригрозил Мексике, если
    руководство страны не ...": the body of "the country" is that of the state the sentence named last by its name
    (not a leader's, a capital's or a body's state, which speak of it), else of the latest state it named; none where
    the sentence named no state before it (left to the other readings)."""
    named = [m for m in before if m.country and m.kind in COUNTRY_KINDS]
    owner = next((m for m in reversed(named) if m.kind in _BARE_KINDS), named[-1] if named else None)
    if owner is None or not owner.country:
        return None
    surface = " ".join(t.text for t in tokens[i:i + 2])
    return i + 2, [owner.country + agent], OWN, f"{surface!r}: the state the sentence named ({owner.surface!r})"


_INTO: Final = frozenset({"in", "into"})  # "in das Nachbarland", "into its neighbour": a place (`_determined`)
_NEIGHBOUR_REACH: Final = 2  # earlier sentences in which the other state of "соседняя страна" may be named


def neighbour_reference(tokens: list[Token], i: int, data: LanguageReferences, lang: str, before: list[ActorMention],
               history: History, taken: set[int]) -> tuple[int, list[str], str, str] | None:
    """ "Король Марокко призвал соседнюю страну к диалогу", "угрожал войной с соседней страной": a neighbour named by
    its description is the other state of the story: of the countries the last sentences named, the latest named that
    the sentence has not named before the phrase (its own state is the neighbour's neighbour; "Китай направил помощь
    Мьянме. Индия также оказала соседней стране помощь": Myanmar, the one spoken of last). Singular only ("соседние
    страны" are several), and only where the sentence has named its own state before the phrase. Spanish names it by
    the noun alone after a determiner ("Quito suspendió la venta de electricidad a su vecino")."""
    j = i + 1
    named = [c[:3] for m in before if m.country and m.kind in COUNTRY_KINDS for c in members(m)]
    if i > 0 and normalise(tokens[i].text) in data.neighbour_nouns and _determined(tokens, i, data):
        # "a su vecino", "al vecino del norte": the noun alone (singular: "sus vecinos" are several), where the
        # sentence has named one state before it (with two, "A acusó a B y pidió a su vecino" and "A acusa a B y B
        # reprocha a su vecino" read differently: left to the other readings)
        if len(set(named)) != 1:
            return None
        j = i
    elif j >= len(tokens) or j in taken or token_forms(tokens[i], lang).isdisjoint(data.neighbours) \
            or normalise(tokens[i].text).endswith(RU_PLURAL) \
            or not any(keys == (normalise(tokens[j].text),) for keys, _groups in data.country_nouns):
        return None
    own = set(named)
    if not own:
        return None
    other_here = _neighbour_in_sentence(tokens, i, before)
    if other_here is not None:
        surface = " ".join(t.text for t in tokens[i:j + 1])
        return j + 1, [other_here], "references:description", f"{surface!r}: the other state of the sentence"
    paired = _paired_with(own, history)
    if paired is not None:
        surface = " ".join(t.text for t in tokens[i:j + 1])
        return j + 1, [paired], "references:description", f"{surface!r}: the state named with it just before"
    for seen in reversed(history.seen[-_NEIGHBOUR_REACH:]):
        other = next((c[:3] for c in reversed(seen.countries) if c[:3] not in own), None)
        if other is not None:
            surface = " ".join(t.text for t in tokens[i:j + 1])
            return j + 1, [other], "references:description", f"{surface!r}: the other state of the story"
    return None


def _determined(tokens: list[Token], i: int, data: LanguageReferences) -> bool:
    """Whether a neighbour noun stands right after one of the determiners that make it the other state ("a su
    vecino", "dem Nachbarn"), or after one and a point of the compass ("dem östlichen Nachbarn", "its southern
    neighbour")."""
    k = i - 1 if i > 1 and normalise(tokens[i - 1].text) in data.neighbour_compass else i
    if normalise(tokens[k - 1].text) not in data.neighbour_determiners:
        return False
    # "entsandte Rettungsteams in das Nachbarland": a place where something goes or happens, which the readings of
    # places and recipients answer (a reference there named the state the last sentence named last, a donor);
    # "its neighbour's demands": the owner of a grievance told as a noun, no party to an act of the day
    return not (k > 1 and normalise(tokens[k - 2].text) in _INTO) \
        and not (i + 1 < len(tokens) and tokens[i + 1].text in POSSESSIVE_MARKS)


def _paired_with(own: set[str], history: History) -> str | None:
    """The state the last sentences listed with the actor's own, two of them alone ("mit den Präsidenten Kongos und
    Ruandas telefoniert. Kinshasa wirft dem östlichen Nachbarn vor ...": Rwanda, not Washington, where the call was
    made): a pair, or the two sides "between" whom something stands, names the neighbours of a story better than the
    latest state named."""
    for seen in reversed(history.seen[-_NEIGHBOUR_REACH:]):
        for listed in reversed(seen.between + seen.lists):
            states = {c[:3] for c in listed}
            if len(states) == 2 and own < states:
                return next(iter(states - own))
    return None


def _asset_owner(tokens: list[Token], i: int, data: LanguageReferences, before: list[ActorMention]) -> str | None:
    """ "Pakistán protestó cuando la India bombardeó objetivos en su territorio", "México rompió relaciones después
    de que la Policía ecuatoriana irrumpiera en su embajada": what the possessive gives an owner in a clause whose
    doer is one state (a subordinator of `pronoun_after` or a comma opens it) is the state named last before that
    clause, not the doer, who strikes or enters it. None where the clause names no state or several before the
    possessive, or no other state stands before it (left as it was: "su territorio" of the one who speaks)."""
    return _state_before_clause(tokens, i, before, data.pronoun_after)


def _neighbour_in_sentence(tokens: list[Token], i: int, before: list[ActorMention]) -> str | None:
    """ "Таиланд применил авиацию, камбоджийская армия обстреливала районы соседней страны": where the clause of the
    phrase names one state and the sentence named another before that clause, the neighbour is that other state, not
    a third one (a host or mediator) of the sentences before."""
    return _state_before_clause(tokens, i, before, frozenset())


def _state_before_clause(tokens: list[Token], i: int, before: list[ActorMention],
                         openers: frozenset[str]) -> str | None:
    """The state named last before the clause of token `i` (opened by a clause mark or one of `openers`), other than
    the one state that clause names before `i`; None where the clause names none or several, or nothing opens it."""
    cut = next((k for k in range(i - 1, -1, -1)
                if tokens[k].text in BREAKS_AND_DASHES or normalise(tokens[k].text) in openers), None)
    if cut is None:
        return None
    clause = {c[:3] for m in before if m.token_start > cut and m.country and m.kind in COUNTRY_KINDS
              for c in members(m)}
    if len(clause) != 1:
        return None
    earlier = [c[:3] for m in before if m.token_end <= cut and m.country and m.kind in COUNTRY_KINDS
               for c in members(m) if c[:3] not in clause]
    return earlier[-1] if earlier else None
