"""Office holders in the plural: "the ministers", "die Außenminister beider Staaten", "главы правительств" stand for
the states of the list named before, the owners named after the noun, or a bloc's office holders.

Separate because a plural office noun needs its own reading of owners and plurals (German unchanged plurals,
Russian nominatives), which counted groups do not.
"""

from __future__ import annotations

from typing import Final

from realpolitik.actors.forms import normalise
from realpolitik.actors.reference.counted import VERB_REACH, after_verb, group_noun, next_to_verb
from realpolitik.actors.reference.data import LanguageReferences
from realpolitik.actors.reference.history import (
    COUNTED,
    GENITIVE_ARTICLES,
    OF_WORDS,
    REFERS,
    ROLE_REACH,
    History,
    Seen,
    refers_note,
    sentence_seen,
)
from realpolitik.actors.reference.in_office import OFFICES, met_just_before
from realpolitik.actors.reference.read_back import COUNT_REACH, last_naming, without_mediators
from realpolitik.mentions import entry_roles
from realpolitik.model import ActorMention, Token

# the definite articles of a plural noun: "the ministers", "die Regierungen", "los cancilleres", "les ministres" (not
# "des ministres", some of them; not German "den", which is also a singular's: "den Präsidenten")
_PLURAL_ARTICLES: Final = frozenset({"the", "die", "los", "las", "les"})


def office_holders(tokens: list[Token], i: int, data: LanguageReferences, before: list[ActorMention],
                    history: History, taken: set[int]) -> tuple[int, list[str], str, str] | None:
    """ "Kenya, Uganda and Tanzania met in Arusha. The ministers condemned ...", "Les ministres ont condamné",
    "Los cancilleres condenaron", "Министры осудили": a definite plural office noun with no number and no owner
    (no "of"), the subject of its clause, stands for the offices of the list named in this sentence or the one
    before, as "they" does (`they_reference`); "these ministers" and "the two ministers" are `counted_group`."""
    j = i + 1 if data.definite else i  # (Russian has no article: the noun opens the phrase)
    if data.definite and normalise(tokens[i].text) not in _PLURAL_ARTICLES \
            or not data.definite and i > 0 and normalise(tokens[i - 1].text) not in data.pronoun_after \
            and not _subject_after_fronted_phrase(tokens, i, data):
        return None
    if j < len(tokens) and normalise(tokens[j].text) in data.numbers:
        return None  # "the three ministers", "die drei Militärregierungen": `counted_group`
    heads = _heads_of_government(tokens, j, data, taken)
    if not heads and j < len(tokens) and j not in taken and tokens[j].text.isalpha() and tokens[j].text.islower() \
            and j + 1 < len(tokens) and group_noun(tokens[j], data) is None:
        j += 1  # one adjective: "the foreign ministers", "los cancilleres" has none
    if heads:
        j += 1  # "главы правительств подписали": the heads, with the office they head
    elif j >= len(tokens) or j in taken or group_noun(tokens[j], data) != "GOV":
        return None
    else:
        noun, lemma = normalise(tokens[j].text), normalise(tokens[j].lemma)
        if noun == lemma and not unchanged_plural(normalise(tokens[i].text), noun) or lemma not in OFFICES:
            return None  # a singular ("the minister": `roles.roles_by_antecedent`), or no office of a state's
    if j + 1 < len(tokens) and normalise(tokens[j + 1].text) in OF_WORDS | GENITIVE_ARTICLES or _owner_follows(
            tokens, j, data, taken):
        return None  # "the ministers of the two countries", "Министры иностранных дел четырёх стран": owner named
    seen = [sentence_seen(before, tokens, data), *last_naming(history)]
    found = next((lists[-1] for lists in (s.lists for s in seen) if lists), None) or _met_in_office(before, history)
    if found and all(c[:3] in history.mediators | seen[0].mediators for c in found):
        # "unter Vermittlung der USA und Katars ausgehandelt ... empfing die beiden Außenminister": a list of
        # go-betweens only is not whose ministers act; the deal's sides are (as for "beide Seiten")
        found = without_mediators(len(found), found, seen[0], history) or found
    named = _office_named_with_state(normalise(tokens[j].text), [*seen, *history.seen[:-COUNT_REACH - 1:-1]]) \
        if data.lang == "en" else None
    if named is not None and named.code[:3] not in {c[:3] for c in found or ()}:
        return j + 1, [named.code], COUNTED, REFERS + named.code
    if not found:
        bloc = None if before or heads else _bloc_office_holders(normalise(tokens[j].lemma), history)
        return None if bloc is None else (j + 1, [bloc.code], _BLOC_OFFICE, f"the office holders of {bloc.surface!r}")
    codes = [c[:3] + "GOV" for c in found]
    return j + 1, codes, COUNTED, refers_note(codes)


def _office_named_with_state(plural: str, seen: list[Seen]) -> ActorMention | None:
    """ "Five states sanctioned two Israeli ministers. ... the ministers' rhetoric": the plural office noun repeats
    the office holders named by that plural with their state in this sentence or the few before (the role word of
    "Israeli ministers" among its entries: `entry_roles`), not the offices of the list of states that acted on them
    (a state of that list keeps the list: "the Kenyan and Ugandan ministers met. The ministers ..."). English only:
    the entries of the other languages' offices are not spelled by the plural as written."""
    return next((m for here in seen for m in reversed(here.mentions) if m.kind != "organisation" and m.country
                 and plural in entry_roles(m)), None)


_BLOC_OFFICE: Final = "references:bloc_office"  # the entry of "the ministers" who stand for an organisation


def _bloc_office_holders(office: str, history: History) -> ActorMention | None:
    """ "GCC foreign ministers met in Riyadh. ... The ministers urged Iran to ...", "Les ministres des Affaires
    étrangères de l'Asean ... Les ministres ont condamné": with no list of states to stand for, the plural office
    noun that opens its sentence is the office holders of an organisation named so a few sentences before (the
    dictionary's "orgs:...+roles:..." entry, or such a reference read before), the latest so named."""
    return next((m for seen in history.seen[:-ROLE_REACH - 1:-1] for m in reversed(seen.mentions)
                 if m.entry == _BLOC_OFFICE or _holds_office_of(m, office)), None)


def _holds_office_of(m: ActorMention, office: str) -> bool:
    """An organisation's office holders by name: "ASEAN foreign ministers", "министры иностранных дел АСЕАН"."""
    return m.kind == "organisation" and any(office in role for role in entry_roles(m))


# German offices whose plural is their singular ("die Minister", "die Außenminister"): masculine nouns, so "die" before
# one is the plural's article (the feminine office is "die Ministerin")
_UNCHANGED_PLURALS: Final = frozenset({"minister", "aussenminister"})


def owned(tokens: list[Token], j: int, data: LanguageReferences) -> bool:
    """"die Außenminister beider Staaten", "die Minister der Region": an owner after the office noun, read as
    `office_holders` reads it (no list then stands for the noun)."""
    return j + 1 < len(tokens) and normalise(tokens[j + 1].text) in OF_WORDS | GENITIVE_ARTICLES \
        or _owner_follows(tokens, j, data, set())


def unchanged_plural(article: str, noun: str) -> bool:
    """"Die Minister unterzeichneten ...": the article, not the noun's ending, says it is a plural."""
    return article == "die" and noun in _UNCHANGED_PLURALS


def _heads_of_government(tokens: list[Token], j: int, data: LanguageReferences, taken: set[int]) -> bool:
    """"По итогам встречи главы правительств подписали": a plural head noun followed by the genitive plural of a
    government or a state (the language's `office_heads`) is an office noun of its own."""
    if j + 1 >= len(tokens) or {j, j + 1} & taken:
        return False
    return normalise(tokens[j + 1].text) in data.office_heads.get(normalise(tokens[j].text), frozenset())


def _met_in_office(before: list[ActorMention], history: History) -> list[str] | None:
    """"Abdelatty held talks with Lavrov in Moscow. The ministers called on ...", "Министры призвали ...": with no
    list to stand for, the plural office noun that opens its sentence stands for the states whose office holders the
    sentence before names, each by a person in office (as "the two leaders" does, `met_just_before`)."""
    if before or not history.seen:
        return None
    return met_just_before(len(history.seen[-1].countries), before, history)


def _subject_after_fronted_phrase(tokens: list[Token], i: int, data: LanguageReferences) -> bool:
    """"По итогам встречи министры подписали": after a fronted phrase with no comma, the office noun is still the
    subject when it has a nominative plural's ending and its verb follows within a few words (not the genitive of
    "визиты лидеров в регион прокомментировали")."""
    return tokens[i].text.endswith(_NOMINATIVE_PLURAL) and not any(t.text == "," for t in tokens[:i]) \
        and not after_verb(tokens, i, data) and next_to_verb(tokens, i, data)


_NOMINATIVE_PLURAL: Final = ("ы", "и")  # "министры", "лидеры", "президенты" (not "министров", "лидеров")


def _owner_follows(tokens: list[Token], j: int, data: LanguageReferences, taken: set[int]) -> bool:
    """A name or a number right after the office noun, before its verb: its owner ("die Außenminister Kenias",
    "Министры иностранных дел Египта", "... четырёх стран"), not the object of what they did ("The ministers condemned
    Sudan"). Without an article (Russian), the owner may follow the noun's own words ("иностранных дел")."""
    for k in range(j + 1, min(len(tokens), j + (VERB_REACH + 1 if not data.definite else 2))):
        if k in taken or normalise(tokens[k].text) in data.numbers or normalise(tokens[k].text) in data.counted:
            return True  # (a counted owner: "die Regierungschefs beider Länder")
        if data.pronoun_verb_endings and normalise(tokens[k].lemma).endswith(data.pronoun_verb_endings):
            return False
    return False
