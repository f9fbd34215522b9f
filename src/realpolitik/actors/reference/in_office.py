"""People in office named before a counted phrase: "Xi received Modi. The two leaders agreed ..." stands for the
states whose people in office met just before (`met_just_before`), "empfing die drei Minister" for the ministers
named (`office_holders_named`); a person in office is a leader of the dictionary, an office with a name or a
person's office with its state (`person_in_office`).

Separate from the counted lists (counted.py), which ask these where a list of that many states does not answer,
and from the plural office nouns (offices.py), which ask for the meeting just before.
"""

from __future__ import annotations

from typing import Final

from realpolitik.actors.compose import PERSON_NOTE
from realpolitik.actors.forms import normalise
from realpolitik.actors.reference.data import LanguageReferences
from realpolitik.actors.reference.history import History, Seen
from realpolitik.actors.titles import title_offices
from realpolitik.codes import country_of
from realpolitik.mentions import last_entry_role
from realpolitik.model import ActorMention, Token

# the offices whose plural stands for the states of a list: ministers, leaders, presidents, governments (the
# `group_nouns` with agent GOV, as `normalise` spells them); not "les autorités", "die Behörden" (one state's, most
# often: "the authorities" of the place the sentence tells of), not regimes, juntas, capitals or people
OFFICES: Final = frozenset({"government", "leader", "president", "minister",
                      "regierung", "staatschef", "staatsoberhaupt", "prasident", "regierungschef", "aussenminister",
                      "gobierno", "presidente", "mandatario", "lider", "dirigente", "canciller", "ministro",
                      "gouvernement", "dirigeant", "ministre", "правительство", "лидер", "президент", "министр"})
# the offices a person holds ("the two leaders"), not "the two governments"
_PERSON_OFFICES: Final = OFFICES - {"government", "regierung", "gobierno", "gouvernement", "правительство"}


def met_just_before(n: int, before: list[ActorMention], history: History) -> list[str] | None:
    """"Xi received Modi on Sunday. The two leaders agreed ...", "Trump held a summit with Lee. The two allies
    also ...": a phrase that opens its sentence (no actor named before it: not "Guterres urged both sides", the sides
    of the conflict) right after a sentence that names exactly n states, each by a person in office, stands for those
    who met there, not for an older list of n."""
    if n < 2 or before or not history.seen:
        return None
    last = history.seen[-1]
    return last.countries if persons_name(last) == n == len(last.countries) else None


def person_office(token: Token, agent: str, data: LanguageReferences) -> bool:
    """ "the two leaders", "les deux dirigeants", "die beiden Präsidenten": an office held by a person, not "the two
    governments" (the states of a list as well); any title of one person's office the role words know
    (`office_titles`: "die beiden Verteidigungsminister")."""
    lemma = normalise(token.lemma)
    return agent == "GOV" and (lemma in _PERSON_OFFICES or lemma in data.office_titles)


def office_holders_just_before(n: int, before: list[ActorMention], history: History) -> list[str] | None:
    """"Macron received Carney, who chose Paris and London for his first trip abroad, ... The two leaders signed":
    a phrase for people in office that opens its sentence stands for the first n such people the sentence before
    named, each of another state (they met or spoke there; a list of capitals or a third leader named after them is
    what was said of them: "A and B signed in the presence of Trump. The two leaders ..." are A and B), not for the
    latest list of n states. None where one of those n is of no state."""
    if n < 2 or before or not history.seen:
        return None
    holders: list[str] = []
    for m in history.seen[-1].mentions:
        # a leader of the dictionary or an office with a name it lacks ("el primer ministro de Armenia, Nikol X")
        person = person_in_office(m)
        state = country_of(m.code) if person else None
        if person and state not in holders:
            if state is None:
                return None  # "Guterres met Putin", "Modi and von der Leyen": an organisation's head is no state's
            holders.append(state)
            if len(holders) == n:
                return holders
    return None


_HOLDERS_REACH: Final = 6  # sentences back "empfing die drei Minister" looks for the ministers named


def office_holders_named(n: int, history: History) -> list[str] | None:
    """"Fidan unterzeichnete ... mit seinen Amtskollegen Faisal bin Farhan und Ishaq Dar ... Kronprinz Mohammed bin
    Salman empfing die drei Minister": where no list of n states stands for it (`read_back.latest_list` finds none:
    the sentences in between named other states, "nach dem Luftangriff ... in Katar"), a counted phrase for people in
    office stands for the people in office of the latest sentence (within _HOLDERS_REACH) that names exactly n of
    them, each of another state."""
    if n < 2:
        return None
    for seen in reversed(history.seen[-_HOLDERS_REACH:]):
        holders: list[str] = []
        for m in seen.mentions:
            state = country_of(m.code) if person_in_office(m) else None
            if state is not None and state not in holders:
                holders.append(state)
        if len(holders) == n:
            return holders
    return None


def persons_name(here: Seen) -> int:
    """How many countries the sentence so far names only by people in office ("Cypriot President Christodoulides
    hosted German Chancellor Merz ..., where the two leaders discussed"): two officials named before "the two
    sides" or "the two leaders" in one sentence met there; a state's name alone may be a side of an older conflict."""
    by_person = {m.country[:3] for m in here.mentions if m.country and person_in_office(m)}
    return len(by_person) if by_person == {c[:3] for c in here.countries} else 0


def person_in_office(m: ActorMention) -> bool:
    """A leader of the dictionary, or an office with a name the dictionary lacks ("с ливанским коллегой Юссефом
    Раджи", "his counterpart Karim Haddad": the role word and the person, as surnames.py reads them), or a person's
    office with its state and no name ("the Argentine foreign minister met his Brazilian counterpart",
    "Der argentinische Außenminister traf seinen brasilianischen Amtskollegen"): one person each, who met there."""
    return m.kind == "leader" or m.kind == "agent" and (m.note.startswith(PERSON_NOTE) or _personal_office(m))


# the other side's official ("counterpart", "Amtskollege", "homólogo", "homologue", "коллега"; roles.yaml's
# `counterpart` flag): a person's office as well, which `title_offices` does not list
_COUNTERPARTS: Final = ("counterpart", "amtskolleg", "homolog", "коллег")


def _personal_office(m: ActorMention) -> bool:
    """A mention whose entry ends in a role word of a state's office held by one person (a minister, a president,
    a counterpart), not a body ("the Argentine government", "das Außenministerium") nor a spokesman or an envoy."""
    office = last_entry_role(m)
    if not office or m.agent != "GOV" or not m.country:
        return False
    role = office.replace("_", " ")
    return bool(title_offices(role)) or role.startswith(_COUNTERPARTS)
