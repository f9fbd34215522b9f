"""Places and custody: the place tokens of partner phrases, the forum a verdict is made before, the seat of a
verdict or of custody, and the state that arrests or holds someone at a place ("l'arrestation à Montréal") or
expels them from it ("the expulsion of Russian diplomats from Tallinn").

Separate because a place named near a trigger is no party unless it is the state acting there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from realpolitik.actors.reference.data import reference_data
from realpolitik.codes import side_of
from realpolitik.events.grammar import Grammar
from realpolitik.events.roles_base import STATE_KINDS, Group, Roles, marker_at
from realpolitik.events.roles_possessors import possessor_before
from realpolitik.model import PLACE, Token


def before_forum(g: Group, trigger: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar,
                 groups: Sequence[Group] = ()) -> bool:
    """An international body after a forum preposition outside the trigger ("devant le Conseil de sécurité", "before
    the UN General Assembly", "перед Советом Безопасности"; an article between): where a verdict was spoken. So is
    one after the preposition of a written channel ("in a letter to the UN", "lodged a note with the United Nations
    objecting to ...", "filed a complaint with the Security Council"; `forum_nouns`): the body the text went to reads
    it, it is not judged; and the body a forum of `groups` belongs to ("ante el Consejo de Seguridad de la ONU")."""
    words = grammar.roles.forum_prepositions
    if not words or not all(m.kind == "organisation" for m in g.members):
        return False
    at = g.start - 1
    if at > 0 and forms[at] & grammar.determiners:
        at -= 1
    if at < 0 or trigger[0] <= at < trigger[1]:
        return False
    if forms[at] & grammar.genitive_markers and any(
            h.end == at and h is not g and before_forum(h, trigger, forms, grammar) for h in groups):
        return True
    return bool(forms[at] & words) or at > 0 and bool(forms[at] & grammar.target_markers) \
        and bool(forms[at - 1] & grammar.roles.forum_nouns)


SUIT: Final = "115"  # CAMEO: bring a lawsuit against someone (before a court, which is not the one sued)


def suit_venue(g: Group) -> bool:
    """A court or a body that hears disputes between states (`court_codes`, `dispute_bodies` in references.yaml), all
    of a group's members: a suit is brought to it, it is not the one sued ("took Russia to the International Court of
    Justice", "Guyana took the case to the ICJ", "die Angelegenheit vor den Internationalen Gerichtshof zu bringen",
    "llevar la disputa ante la Corte Internacional de Justicia", "took the European Union to the WTO")."""
    return bool(g.members) and all(is_suit_venue(m.code) for m in g.members)


def host_venue(g: Group, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """Where the talks a mediator offers to host would be held, no side of them: a place right after a preposition
    (`host_prepositions`) that follows a verb of hosting (`host_verbs`): "a proposé d'accueillir à Lima une réunion
    des ministres des deux pays", "d'accueillir à Addis-Abeba des pourparlers entre les deux camps". (A place after a
    preposition of place is no side already: "offered to host talks in Nairobi".)"""
    at = g.start - 1
    return at > 0 and bool(g.members) and all(m.kind in STATE_KINDS for m in g.members) \
        and bool(forms[at] & grammar.roles.host_prepositions) and bool(forms[at - 1] & grammar.roles.host_verbs)


def is_suit_venue(code: str) -> bool:
    """Whether the actor code is a court or a body that hears disputes between states (`suit_venue`)."""
    data = reference_data()
    return code in data.court_codes or code in data.dispute_bodies


# the types whose party is never a place's owner: a verdict or an appeal on an act done there (`owner_of_place`; a
# threat may well be aimed at it)
OWNER_NOT_PARTY: Final = frozenset({"ACCUSE", "REQUEST"})


def owner_of_place(g: Group, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"condemned the shelling of Polish territory", "verurteilte den Beschuss ruandischen Gebiets", "a condamné les
    tirs sur le territoire de la Pologne", "осудил обстрел территории Польши": a state that owns a place noun
    (`owned_place_nouns`: territory, airspace, waters) by its demonym or genitive is where the judged act was done, not
    the one judged. The head noun decides: an actor noun ("the Polish government") passes its owner on, a place noun
    does not. One plain word may stand between ("Polish territorial waters", "l'espace aérien polonais")."""
    nouns = grammar.roles.owned_place_nouns
    if not nouns or not g.members:
        return False
    if all(m.kind == "adjective" for m in g.members):  # before its noun or after it ("territoire polonais")
        return _place_noun_at(g.end, 1, forms, grammar) or _place_noun_at(g.start - 1, -1, forms, grammar)
    if not (g.genitive or g.marker is None or g.marker in grammar.genitive_markers):
        return False
    at = g.start - 1
    while at >= 0 and forms[at] & grammar.genitive_links and not forms[at] & (nouns | grammar.roles.oblique_articles):
        at -= 1  # "le territoire de la Pologne": "de" and the article after it; not "den", "dem", which no genitive
        # has ("wegen der Verletzung seines Luftraums den russischen Botschafter einbestellt": the summons' object)
    if at == g.start - 1 and not g.genitive:  # a bare name right after the noun, or none ("aguas que China reclama")
        return at >= 0 and bool(forms[at] & nouns)
    return _place_noun_at(at, -1, forms, grammar)


def _place_noun_at(at: int, step: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """Whether a place noun stands at `at`, or one plain lower-case word further in the direction `step` (an
    adjective of the noun; no preposition, article or conjunction: "buques peruanos en aguas chilenas")."""
    for i in (at, at + step):
        if not 0 <= i < len(forms):
            return False
        if forms[i] & grammar.roles.owned_place_nouns:
            return True
        if not any(w.isalpha() and w.islower() for w in forms[i]) or forms[i] & grammar.place_word_stops \
                or any(grammar.verb_lemma(w) for w in forms[i]):
            return False
    return False


def place_tokens(groups: list[Group], forms: list[frozenset[str]], grammar: Grammar) -> set[int]:
    """The tokens of the place phrases ("in Riyadh", "en Jerusalén"), each from its preposition: words that may
    stand between a verb or a meeting and the phrase that belongs to it ("se habían reunido en Jerusalén con",
    "After a meeting with X in Riyadh on Sunday, Y said")."""
    return {i for g in groups if g.marker in grammar.location_markers for i in range(marker_at(g, forms), g.end)}


def place_of_owned(g: Group, groups: list[Group], t_end: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """A state after a comma and a location preposition ("... contra la base estadounidense de Al Udeid, en Catar"),
    where a free adjective of a state stands between the trigger and that comma: the state names where the thing
    the adjective owns stands, not a party; the adjective's state is the one acted on (wire_es2, fresh48a_es)."""
    if g.marker not in grammar.location_markers:
        return False
    i = marker_at(g, forms)
    if i <= 0 or "," not in forms[i - 1]:
        return False
    return any(h is not g and t_end <= h.start and h.end < i and h.marker is None
               and all(m.kind == "adjective" for m in h.members) for h in groups)


_ARREST_REACH: Final = 12  # "l'arrestation à Montréal, en 2019, de la directrice juridique de Huawei"


def arrest_at_place(span: tuple[int, int], groups: list[Group], forms: list[frozenset[str]],
                    grammar: Grammar) -> Roles | None:
    """"the arrest in Moscow of an American reporter", "la détention en Chine de deux Canadiens", "la detención en Irán
    de dos franceses", "задержание в Москве американского журналиста": an arrest noun with no agent of its own, then
    a place phrase, then a genitive: the state of the place arrested the genitive's actor (a state arrests on its own
    ground). Not the genitive first: in "the detention of Azerbaijanis in Moscow" the place may say where the
    detained live. None where the noun lacks either phrase or has an agent (a possessive before it, "by" after)."""
    if possessor_before(span[0], groups) is not None:
        return None  # "Iran's detention of": its own agent
    after = [g for g in groups if span[1] <= g.start <= span[1] + _ARREST_REACH]
    if any(g.marker in grammar.agent_markers for g in after):
        return None  # "the arrest in Moscow of a reporter by the FSB": the agent is named
    place = _arrest_place(after, grammar)
    if place is None:
        return None
    own = place.sides
    held = [m for g in after if g.start >= place.end and (g.genitive or g.marker in grammar.genitive_markers or any(
        forms[k] & grammar.genitive_markers for k in range(max(span[1], g.start - 3), g.start))  # "de dos franceses"
        or not grammar.genitive_markers and g.free)  # Russian: the case alone ("американского журналиста")
            for m in g.members if side_of(m.code) not in own]
    if not held:
        return None
    state = [replace(m, kind="country") if m.kind == PLACE else m for m in place.members]
    return Roles(sources=state, targets=held)


_EXPELLED_REACH: Final = 2  # "the expulsion of two Russian diplomats from": the expelled right after the noun


def expelled_from_place(span: tuple[int, int], groups: list[Group], forms: list[frozenset[str]],
                        grammar: Grammar) -> Roles | None:
    """"the expulsion of Russian diplomats from Tallinn", "высылка российских дипломатов из Таллина", "die
    Ausweisung russischer Diplomaten aus Tallinn", "l'expulsion de diplomates russes de Tallinn": an expulsion noun
    with no agent of its own, the expelled right after it (or inside the pattern) and then the place they were sent
    from: the state of that place expelled them (a state expels from its own ground, as `arrest_at_place` arrests
    there). A Romance "de" names that place only as a capital ("de Tallinn"; "de France" is whose diplomats they
    are). None where the noun has an agent (a possessive before it, "by" after) or lacks either phrase."""
    if possessor_before(span[0], groups) is not None:
        return None  # "Poland's expulsion of Russian diplomats": its own agent
    expelled = next((g for g in groups if span[0] < g.start <= span[1] + _EXPELLED_REACH), None)
    if expelled is None:
        return None
    place = next((g for g in groups if expelled.end <= g.start <= expelled.end + 1), None)
    if place is None or any(g.marker in grammar.agent_markers for g in groups if g.start >= expelled.end) \
            or not all(m.kind in STATE_KINDS for m in place.members):
        return None
    origin = place.marker in grammar.location_markers or place.marker is None and place.genitive and all(
        m.kind == "capital" for m in place.members) and bool(forms[place.start - 1] & grammar.genitive_markers)
    own = place.sides
    sent = [m for m in expelled.members if side_of(m.code) not in own]
    if not origin or not sent:
        return None
    return Roles(sources=[replace(m, kind="country") if m.kind == PLACE else m for m in place.members], targets=sent)


def _arrest_place(after: list[Group], grammar: Grammar) -> Group | None:
    """The first place phrase of a state among the groups after an arrest word ("in Moscow", "en Iran"): the state
    that holds the persons arrested there."""
    return next((g for g in after if all(m.kind in STATE_KINDS for m in g.members) and (
        g.marker in grammar.location_markers or g.marker is not None and all(m.kind == PLACE for m in g.members))),
        None)


def _described_persons(tokens: list[Token], i: int, groups: list[Group], grammar: Grammar) -> Group | None:
    """The actor phrase a participle at `i` describes: right before it, or before one common noun ("un ressortissant
    français détenu"), a person's name ("belge Olivier Vandecasteele") and an apposition's comma; none after an
    auxiliary or a determiner (an active or passive verb, not a description)."""
    last = next((g for g in reversed(groups) if g.end <= i), None)
    if last is None or last.possessive or last.marker in grammar.location_markers | grammar.agent_markers:
        return None
    between = tokens[last.end:i]
    if between and between[-1].text == ",":
        between = between[:-1]
    closed = grammar.determiners | grammar.reduced_passive_blockers | grammar.participle_auxiliaries
    nouns = [t for t in between if t.text.isalpha() and t.text.islower()]
    if len(between) > 3 or len(nouns) > 1 or any(t.text.lower() in closed or t.lemma.lower() in closed for t in nouns) \
            or any(not t.text.isalpha() or not (t.text.islower() or t.text[:1].isupper()) for t in between):
        return None  # "la police moldave avait interpellé": an auxiliary, the clause's own verb
    return last


def held_at_place(span: tuple[int, int], tokens: list[Token], groups: list[Group], grammar: Grammar) -> Roles | None:
    """"un ressortissant français détenu en Azerbaïdjan", "une enseignante française détenue en Iran depuis 2022",
    "two Americans detained in Venezuela", "L'humanitaire belge X, détenu en Iran": an arrest participle right after
    the persons it describes (their demonym, at most one common noun or an apposition's comma between, no
    auxiliary) makes them the held, whatever the clause then says of them; the
    state of the place phrase after it, before the next comma, holds them. None without that place, or with an
    agent of its own ("détenus par l'Iran": the roles read it)."""
    i = span[0]
    if span[1] - i != 1 or i == 0 or not tokens[i].text.lower().endswith(
            grammar.reduced_passive_endings + grammar.attribute_participle_endings):
        return None
    held = _described_persons(tokens, i, groups, grammar)
    if held is None:
        return None
    stop = next((k for k in range(span[1], len(tokens)) if tokens[k].text == ","), len(tokens))
    after = [g for g in groups if span[1] <= g.start < min(stop, span[1] + _ARREST_REACH)]
    if any(g.marker in grammar.agent_markers for g in after):
        return None
    place = _arrest_place(after, grammar)
    if place is None or place.sides & held.sides:
        return None
    return Roles(sources=[replace(m, kind="country") if m.kind == PLACE else m for m in place.members],
                 targets=list(held.members))


def verdict_seat(groups: list[Group], trigger: tuple[int, int], grammar: Grammar) -> Group | None:
    """French "a été saluée à Téhéran", "a été accueillie avec colère à Pékin" (no "par"): a capital or seat of
    power right after a passive participle, with the impersonal marker "à", is the one that judged."""
    if not grammar.participle_auxiliaries:
        return None
    return next((g for g in groups if trigger[1] <= g.start <= trigger[1] + 4 and g.marker in grammar.impersonal_markers
                 and g.members and all(m.kind in ("capital", "seat") for m in g.members)), None)


def custody_seat(groups: list[Group], trigger: tuple[int, int], grammar: Grammar) -> Group | None:
    """"ont été arrêtés en Iran", "were detained in Russia" (no agent): the state or capital named as the place
    right after a passive of arrest is the one that acted, and the subject is whom it acted on."""
    places = grammar.location_markers | grammar.impersonal_markers
    return next((g for g in groups if trigger[1] <= g.start <= trigger[1] + 3 and g.marker in places
                 and g.members and all(m.kind in ("country", "capital") for m in g.members)), None)
