"""Partner phrases: the partner a prepositional phrase names ("talks with Iran", "an agreement between X and Y"),
prepositional phrases coordinated after the first one, a topic that pairs two parties, and the two parties of a
hyphenated pair ("the Russia-Ukraine talks").

Separate because partners of symmetric acts are read by their prepositions and coordination, not by the
clause's subject-object order.
"""

from __future__ import annotations

from typing import Final

from realpolitik.codes import party, same_party
from realpolitik.events.grammar import Grammar
from realpolitik.events.roles_base import Group, locate_marker, marker_at
from realpolitik.events.roles_places import place_tokens
from realpolitik.events.rules import Rule
from realpolitik.language.tokens import STRONG_BREAKS
from realpolitik.model import PLACE, Token


def marker_after(g: Group, forms: list[frozenset[str]], words: frozenset[str]) -> bool:
    """The group's preposition follows one of `words` ("face à la Chine")."""
    if not words:
        return False
    at = locate_marker(g, forms)
    return at is not None and at > 0 and bool(forms[at - 1] & words)


def partner_after_place(target: Group, source: Group | None, groups: list[Group], forms: list[frozenset[str]],
                        grammar: Grammar, target_markers: frozenset[str]) -> Group | None:
    """A city after a preposition ("à Budapest", "in Budapest", "в Будапеште") followed right away by a phrase with
    the partner preposition ("avec Vladimir Poutine", "with Putin"): the city is where, the partner is the party (not
    "pidió ayuda a Moscú para proteger su frontera con Afganistán": another noun's). Returns the partner's group."""
    if target.marker in grammar.partner_prepositions or target.marker is None \
            or not all(m.kind in ("capital", PLACE) for m in target.members):
        return None
    own = {party(m.code) for m in source.members} if source is not None else set()
    return next((g for g in groups if g.start > target.start and marker_at(g, forms) == target.end
                 and g.marker in grammar.partner_prepositions and g.marker in target_markers
                 and own.isdisjoint(party(m.code) for m in g.members)), None)


def topic_pair(g: Group, rule: Rule, forms: list[frozenset[str]], t_end: int, grammar: Grammar) -> bool:
    """"обсудили конфликт между Израилем и Ираном", "discussed the conflict between Israel and Iran": a pair behind
    the topic a rule's object names is the topic's sides, no partners in the talks (a pair right after the trigger,
    "обсуждение между Россией и Китаем", "discussions between", names them)."""
    return rule.topic_object and g.marker in grammar.pair_markers \
        and any(forms[i].isdisjoint(grammar.pair_markers) for i in range(t_end, g.start))


# "held talks on Monday with Iran", "signed a trade deal with Iran": words between verb and partner
_PARTNER_REACH: Final = 3


def partner_phrase(target: Group, t_end: int, groups: list[Group], forms: list[frozenset[str]], grammar: Grammar,
                   target_markers: frozenset[str]) -> bool:
    """Whether a symmetric verb with several subjects takes `target` as one more party: a phrase with the verb's
    own preposition or a plain object, close after it (places aside: "se habían reunido en Jerusalén con") and
    before any comma. Farther on, a name belongs to another noun or clause ("talks on North Korea's missile
    programme", "agreed to link their grids with France", "despite criticism over their ties with Russia")."""
    gap = range(t_end, marker_at(target, forms))
    if any("," in forms[i] for i in gap):
        return False
    places = place_tokens(groups, forms, grammar)
    if target.marker is not None:
        places |= _unknown_places(gap, forms, grammar)
    if len([i for i in gap if i not in places]) > _PARTNER_REACH:
        return False
    if target.marker is None:
        return not (target.genitive or target.possessive)
    return target.marker in target_markers


def _unknown_places(gap: range, forms: list[frozenset[str]], grammar: Grammar) -> set[int]:
    """Place phrases of cities no actor stands for, right before the partner's preposition ("am Montag in Genf mit
    Iran", "on Monday in Geneva with Iran"): a preposition of place and one word after it (an article between),
    which say where, as a known place's phrase does. Only where the gap ends in them: "le long de la frontière",
    "в присутствии госсекретаря" govern the name after them, they name no place."""
    found: set[int] = set()
    end = gap.stop
    while True:
        name = end - 1
        marker = name - 1 - (name - 1 > gap.start and bool(forms[name - 1] & grammar.determiners))
        if marker < gap.start or not forms[marker] & grammar.location_markers \
                or forms[name] & (grammar.determiners | grammar.location_markers | grammar.genitive_markers
                                  | grammar.target_markers | grammar.coordination):
            return found
        found.update(range(marker, end))  # "in der Schweiz", "in the Hague"
        end = marker


_COORDINATED_REACH: Final = 8  # "with Australia in 2022 and with Britain", "con Netanyahu en Jerusalén y en Ramala con"


def coordinated_phrases(target: Group, groups: list[Group], rival_triggers: frozenset[int],
                        forms: list[frozenset[str]],
                        grammar: Grammar) -> list[Group]:
    """"met with Erdogan on Monday and with Macron on Tuesday", "se reunió con X en Madrid y con Y en Roma",
    "s'est entretenu avec X et avec Y", "traf sich mit X und mit Y", "созвонился с X, а также с Y": a phrase
    with the target's own preposition, joined to it by a conjunction (places and times between), is a second
    target of the same act; so are the middle phrases of a list after commas ("à la Pologne, à la Lituanie et à
    l'Estonie", "en France, au Royaume-Uni et en Allemagne": French place prepositions take the country's form), once
    a conjunction closes it. A trigger, a strong break or another actor phrase between ends the list."""
    links = grammar.coordination | grammar.roles.coordinating_adverbs
    found: list[Group] = []
    # "à la Pologne, à la Lituanie et à l'Estonie": phrases after a comma, kept once a conjunction closes the list
    listed: list[Group] = []
    last = target
    for g in groups:
        if g.start < last.end or g is target:
            continue
        if g.marker is None and {m.code for m in g.members} == {m.code for m in last.members} \
                and "," in forms[g.start - 1] and g.start - last.end <= _OWNED_APPOSITION_REACH:
            last = g  # "al comisario europeo, Magnus Brunner, y a ...": the name in apposition is the same target
            continue
        if (g.genitive or g.marker is None) and _coordinated_owner(last, g, forms, grammar, target.marker,
                                                                   rival_triggers):
            found.append(g)
            last = g
            continue
        if g.marker in grammar.location_markers and g.marker != target.marker or g.genitive:
            continue  # "y en Ramala con ...": a place between
        gap = range(last.end, g.start)
        same = _same_marker(g.marker, target.marker) or _one_place_preposition(g.marker, target.marker, grammar)
        if not same and not _gapped_phrase(last, g, forms, grammar) \
                or len(gap) > _COORDINATED_REACH or any(i in rival_triggers for i in gap) \
                or any(forms[i] & STRONG_BREAKS for i in gap):
            break
        if not any(forms[i] & links for i in gap):
            if same and "," in forms[last.end] and sum(1 for i in gap if "," in forms[i]) == 1:
                listed.append(g)  # ", au Royaume-Uni": a list's middle member, if a conjunction closes the list
                last = g
                continue
            break
        found += listed
        listed = []
        found.append(g)
        last = g
    return found


def _one_place_preposition(a: str | None, b: str | None, grammar: Grammar) -> bool:
    """"en France, au Royaume-Uni et aux États-Unis": the forms of one preposition of place before countries."""
    places = grammar.roles.place_prepositions
    return a is not None and b is not None and a in places and b in places


# "y a los agregados militares de": the conjunction, the preposition, an article, a noun, adjectives
_OWNED_REACH: Final = 7
_OWNED_APPOSITION_REACH: Final = 7  # "al comisario europeo, Magnus Brunner, y a ...": a name in apposition before "y"


def _coordinated_owner(last: Group, g: Group, forms: list[frozenset[str]], grammar: Grammar, marker: str | None,
                       rival_triggers: frozenset[int]) -> bool:
    """"expulsó al cónsul argelino y a los agregados militares de Túnez y Libia", "al comisario europeo, X, y a los
    ministros de Grecia e Italia": after the conjunction, the target's own preposition opens a second object noun
    whose "de" phrase names its state (or that holds it), a second target of the act."""
    gap = range(last.end, g.start)
    if marker is None or any(i in rival_triggers or forms[i] & STRONG_BREAKS for i in gap):
        return False
    link = next((i for i in gap if forms[i] & grammar.coordination), None)
    return link is not None and link - last.end <= _OWNED_APPOSITION_REACH and 2 <= g.start - link - 1 <= _OWNED_REACH \
        and any(_same_marker(w, marker) for w in forms[link + 1] & grammar.target_markers)


def _same_marker(a: str | None, b: str | None) -> bool:
    """One preposition, bare or fused with the article by one letter ("al comisario ... y a los ministros",
    "del ... y de"), not two prepositions that share a start ("con" and "contra")."""
    if a == b:
        return True
    if not a or not b or a.startswith("~") or b.startswith("~"):
        return False
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and long_.startswith(short)


def _gapped_phrase(last: Group, g: Group, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"signed accords with Canada in 2019 and Chile in 2021", "avec le Canada en 2019 et le Chili
    en 2021": a bare name right after the conjunction, followed by the same place or time preposition as the phrase
    before it, is a parallel phrase whose preposition is left out (not "with Canada and Chile said")."""
    if g.marker is not None or g.genitive or g.possessive or g.end >= len(forms) or last.end >= len(forms):
        return False
    opener = g.start - 1 if not forms[g.start - 1] & grammar.determiners else g.start - 2
    return opener > last.end and bool(forms[opener] & grammar.coordination) \
        and bool(forms[last.end] & forms[g.end] & grammar.location_markers)


def hyphen_pair_parties(groups: list[Group], clause: tuple[int, int], tokens: list[Token],
                        grammar: Grammar) -> Group | None:
    """"Главы государств подписали договор о ... казахстанско-узбекской границы", "The two presidents signed a
    treaty on the Greek-Turkish border", "Los mandatarios firmaron un tratado sobre la frontera chileno-argentina":
    where a mutual act's subject names no one we know (heads of state, the two presidents, the sides) and the
    clause's only actor phrase, places aside, is a pair of two written with a hyphen, that pair did the act."""
    inside = [g for g in groups if clause[0] <= g.start < clause[1] and g.marker not in grammar.location_markers]
    if len(inside) != 1 or len(inside[0].members) != 2:
        return None
    first, second = inside[0].members
    if same_party(first.code, second.code) or PLACE in (first.kind, second.kind):
        return None
    return inside[0] if hyphen_joined(inside[0], tokens) else None


def hyphen_joined(group: Group, tokens: list[Token]) -> bool:
    """A phrase of two names a hyphen joins into one word ("казахстанско-узбекской", "Russia-Ukraine"): a pair
    named as one, which the press uses for the two sides of a border, a treaty or a war."""
    if len(group.members) != 2:
        return False
    first, second = group.members
    gap = tokens[first.token_end:second.token_start]
    return all(t.text in _PAIR_HYPHENS for t in gap) if gap \
        else tokens[first.token_end - 1].text in _PAIR_HYPHENS or tokens[first.token_end - 1].text.endswith("-")


_PAIR_HYPHENS: Final = frozenset({"-", "‐", "–"})


def hyphen_after(group: Group, tokens: list[Token]) -> int | None:
    """The word a hyphen joins right after the phrase ("Gaza-Krieg", "Ukraine-Konflikt" split as "Gaza", "-",
    "Krieg"): its position, the head of a compound the name only qualifies; None where no hyphen follows."""
    after = group.end
    return after + 1 if after + 1 < len(tokens) and tokens[after].text in _PAIR_HYPHENS else None
