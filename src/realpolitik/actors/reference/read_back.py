"""Which states a counted reference stands for, read back through the article: the latest list of that many
(`latest_list`), the countries of the last sentences until they are that many, a bloc of that many, the two states
the article is about (`story_pair`), never a go-between (`without_mediators`), and the latest sentence that names
anyone (`last_naming`, for "they").

Separate from counted.py, which reads the phrase ("die beiden Länder", "the sides", "they": its count, its noun,
who addresses it); this module only searches what the article named before (reference/history.py's `History`),
and the office holders (offices.py) search it the same way.
"""

from __future__ import annotations

from typing import Final

from realpolitik.actors.reference.data import reference_data
from realpolitik.actors.reference.history import History, Seen
from realpolitik.actors.reference.in_office import persons_name
from realpolitik.model import ActorMention

_AVOID_REACH: Final = 5  # sentences back "mit beiden ..." looks for the two its partner talks with
_LIST_RECENCY: Final = 2  # sentences back a list of two stays "the two countries" whatever else the article names
COUNT_REACH: Final = 3  # earlier sentences whose countries together may make up "the two governments"
_QUIET_REACH: Final = 3  # sentences back "they" looks past sentences that name no one for the one before


def in_region(n: int, codes: list[str], names: tuple[str, ...], here: Seen, history: History) -> list[str] | None:
    """The states a counted phrase with a region word stands for: those found where all lie in the region's groups,
    else the latest list of n that does, in the sentence or the few before it, else none."""
    groups = reference_data().groups
    region = frozenset(c for name in names for c in groups.get(name, frozenset()))
    if codes and all(c[:3] in region for c in codes):
        return codes
    lists = [found for s in (here, *reversed(history.seen[-_AVOID_REACH:])) for found in reversed(s.lists)]
    exact = next((found for found in lists if len(found) == n and all(c[:3] in region for c in found)), None)
    # "le Mali, le Burkina Faso, le Niger, la Guinée et le Soudan ... les trois pays sahéliens": the region's n
    # states of the latest list that names that many of them
    return exact or next((kept for kept in (_of_region(found, region) for found in lists) if len(kept) == n), None)


def _of_region(found: list[str], region: frozenset[str]) -> list[str]:
    """The states of a list that lie in a region."""
    return [c for c in found if c[:3] in region]


def without_mediators(n: int, codes: list[str] | None, here: Seen, history: History) -> list[str] | None:
    """ "Les deux parties", "the two sides" never stand for a pair with a go-between in it ("... grâce à la médiation
    de Doha et d'Ankara. Doha et Ankara ont dépêché des équipes au Caire. L'UE a appelé les deux parties à ..."): where
    the pair found holds a state the article named as mediator or host, the latest list of n without one in this
    sentence or the last _LIST_RECENCY, else the article's two main states apart from the go-betweens."""
    apart = history.mediators | here.mediators
    if not codes or apart.isdisjoint(c[:3] for c in codes):
        return codes
    return _list_without(n, apart, here, history, _LIST_RECENCY) or _named_before_without(n, apart, history) \
        or (history.main_pair(apart) if n == 2 else None)


def story_pair(n: int, here: Seen, history: History, avoid: frozenset[str] = frozenset()) -> list[str] | None:
    """"Aucun accord n'a été signé entre les deux gouvernements", "В 2012 году стороны подписали соглашение": where no
    list, no meeting and no reading back gives the pair, the two states the article is about (`History.main_pair`),
    apart from its go-betweens and the partner who talks with the two (`avoid`); none for more than two, and none
    where the sentence before the phrase names a state outside that pair ("North Korean troops fought alongside
    Russian forces ... under the treaty the two countries signed": the pair is the sentence's, not the article's)."""
    if n != 2:
        return None
    apart = history.mediators | here.mediators | avoid
    pair = history.main_pair(apart)
    if pair is None or not {c[:3] for c in here.countries} - apart <= {c[:3] for c in pair}:
        return None
    return pair


def _bloc(n: int, before: list[ActorMention], history: History) -> list[str] | None:
    """"Les trois pays, dirigés par des militaires, ont quitté la Cedeao", "The three juntas announced their
    withdrawal", "три государства вышли": where no list of n ≥ 3 states and no sentence of exactly n gives them, the
    members of the one bloc of n (`blocs`: the AES's three) the article named, by its name (in the sentence before the
    phrase or earlier), else by naming each of its members; none where two such blocs were named."""
    if n < 3:
        return None
    blocs = [(code, members) for code, members in reference_data().blocs.items() if len(members) == n]
    by_name = [members for code, members in blocs if any(m.code == code for m in before) or history.names_code(code)]
    found = by_name or [members for _code, members in blocs if history.named_all(members)]
    return list(found[0]) if len(found) == 1 else None


def _named_before_without(n: int, apart: frozenset[str], history: History) -> list[str] | None:
    """"Rubio traf in Riad Lawrow, Gastgeber war Saudi-Arabien. Beide Seiten vereinbarten ...": the states the
    sentence before named, apart from its go-betweens, where exactly n are left (they met there; no list joins
    them)."""
    if not history.seen:
        return None
    left = [c for c in history.seen[-1].countries if c[:3] not in apart]
    return left if len(left) == n else None


def _list_without(n: int, apart: frozenset[str], here: Seen, history: History, reach: int) -> list[str] | None:
    """The latest list of n countries none of which is `apart`, in the sentence (`here`) or the `reach` before it."""
    return next((found for s in (here, *reversed(history.seen[-reach:])) for found in reversed(s.lists)
                 if len(found) == n and apart.isdisjoint(c[:3] for c in found)), None)


def last_naming(history: History) -> list[Seen]:
    """The latest sentence that names an actor, past a few that name no one (a quotation, "the statement warned"):
    "The ministers of A, B and C met. They condemned ... 'This will not stand,' the statement said. They called on
    ...": the pronoun still stands for the list, since no other party came between."""
    return next(([seen] for seen in history.seen[:-_QUIET_REACH - 1:-1] if seen.mentions), [])


def latest_list(n: int, here: Seen, history: History, states: bool = True, sides: bool = False,
            avoid: frozenset[str] = frozenset(), acted_on: frozenset[str] = frozenset()) -> list[str] | None:
    """The latest coordinated list of n countries (any length ≥ 2 for n = 0), else the sentence itself or
    the one before it if it names exactly n: "Mali, Burkina Faso y Níger ... los tres países", else `_read_back`.
    The sentence (`here`, before the phrase) is read first, then the latest earlier one with such a list (the
    history's index: reading back until one has grew with the square of an article that has none). `acted_on`: the
    states the sentence names after the phrase, which a reading back leaves out."""
    if avoid:  # the latest list of n without the partner, in the sentence or a few before, else the last ones named
        return _list_without(n, avoid, here, history, _AVOID_REACH) or _read_back(n, history, avoid)
    named = {c[:3] for c in here.countries}
    if here.lists == [] and n >= 2 and persons_name(here) == n == len(here.countries):
        return here.countries  # "Jaishankar held talks with Lavrov in Moscow and the two sides signed": the two met
    for s in (here, history.latest_with_list(n)):
        if s is None:
            continue
        if states and s is not here and n == 2 and (history.age_of_list(n) or 0) > _LIST_RECENCY \
                and not any(len(found) == n for found in here.lists):
            # "Pakistan-Afghanistan ... sous médiation turque et qatarie ... [four sentences] ... a appelé les deux
            # voisins à": a pair listed sentences ago yields to the two states the article is about (not for
            # people: "the two presidents" are the two who met, however often their adversary is named)
            main = history.main_pair()
            if main is not None:
                return main
        fitting = [found for found in reversed(s.lists) if len(found) == n or n == 0]
        if sides and fitting and any(f in s.between for f in fitting):
            # "Egypt and Qatar mediate between Armenia and Azerbaijan ... both sides": the pair after "between",
            # not the mediators, whoever reports it
            return next(f for f in fitting if f in s.between)
        if fitting:
            # "the foreign ministers of the two countries" after "Chinese ...": the list with China in it
            return next((f for f in fitting if named & {c[:3] for c in f}), fitting[0])
    for s in (here, *history.seen[-1:]):
        if n and len(s.countries) == n:
            return s.countries
    # "Le Mali a expulsé l'ambassadeur de France. Le Burkina Faso a fait de même, puis le Niger. Les trois pays ont
    # accusé Paris ...": read back, three or more states are none of those the phrase's own sentence names after it
    # (`acted_on`; a pair is often named again there: "the envoys of the two countries ... Germany's")
    # "The Alliance of Sahel States held a summit ... The three juntas": a bloc of n named comes before the states
    # the last sentences happen to name
    return _bloc(n, here.mentions, history) or _read_back(n, history, acted_on if n >= 3 else frozenset()) if n \
        else None


def _read_back(n: int, history: History, avoid: frozenset[str] = frozenset()) -> list[str] | None:
    """The n countries the last sentences name together, read back until they are n (within COUNT_REACH, never
    more than n on the way): "Mexico granted asylum to a Peruvian minister. Peru protested. Brazil offered to mediate
    between the two governments" (Peru, then Mexico). The sentence of the phrase itself is left out: its subject
    most often acts on the two ("Brazil")."""
    found: list[str] = []
    for s in reversed(history.seen[-COUNT_REACH:]):
        found += [c for c in s.countries if all(c[:3] != f[:3] for f in found) and c[:3] not in avoid]
        if len(found) > n:
            return None
        if len(found) == n:
            return found
    return None
