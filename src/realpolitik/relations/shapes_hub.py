"""The hub shape (ally): "X is the main ally of Y", "Y's allies X and Z", "X, an ally of Y", "su aliado" (of the
clause's subject); an organisation as the hub ("NATO ally Turkey") is a membership. Also `allied_pair`.

Separate: a shape of its own, with the helpers only it reads; rival reads it first.
"""

from __future__ import annotations

from typing import Final

from realpolitik.codes import party
from realpolitik.events.roles import Group
from realpolitik.relations.cue_filters import cue_matches
from realpolitik.relations.sentence import CueMatch, SentenceView, codes, is_org, unique
from realpolitik.relations.shapes_base import (
    APPOSITION_MARKS,
    APPOSITION_REACH,
    ATTACH_REACH,
    HYPHENS,
    Pairs,
    adjective,
    adjective_modifier,
    among,
    apposed_words,
    before_relative,
    glue_words,
    in_relative,
    org_codes,
    preceded_by,
    state_codes,
)
from realpolitik.relations.shapes_pairs import nearest_subject_before

# from the comma of an apposition to an ally word after "de Brasil y un": "China, el socio ..."
_CONJUNCT_REACH: Final = 14
_ATTACH_REACH_AFTER: Final = 5  # "allié de longue date de la France", "a long-standing ally of"
_SHARED_REACH: Final = 8  # "союзником и стратегическим партнером Казахстана": from an ally word to the hub it shares


def hub(view: SentenceView, m: CueMatch) -> tuple[Pairs, bool]:
    """(member, hub) pairs, and whether the hub is an organisation (then a membership)."""
    center = _hub(view, m)
    if center is None:
        return [], False
    if (apposed := _apposed_in_hub(view, m, center)) is not None:
        return apposed
    hub_codes = codes(center)
    if center.start >= m.end and _apposition_before(view, m):
        # "The United States, a treaty ally of Thailand, and China urged restraint": the apposition ends at the comma
        # after the hub; the names after that comma go on with the subject, not the hub
        comma = next((i for i in range(center.start, center.end) if view.tokens[i].text == ","), None)
        if comma is not None:
            hub_codes = unique(party(x.code) for x in center.members if x.token_end <= comma) or hub_codes
    members = _hub_members(view, m, center)
    pairs = [(a, h) for g in members for a in codes(g) for h in hub_codes if a != h]
    return unique_directed(pairs), all(is_org(h) for h in hub_codes)


def _apposition_before(view: SentenceView, m: CueMatch) -> bool:
    """The cue opens an apposition: a comma a few lower-case words before it, right after a name ("The United States,
    a treaty ally of")."""
    i = m.start - 1
    while i >= 0 and m.start - i <= APPOSITION_REACH + 1 and view.tokens[i].text.isalpha() \
            and view.tokens[i].text[:1].islower():
        i -= 1
    return i > 0 and view.tokens[i].text == "," and any(g.end == i for g in view.groups)


def _apposed_in_hub(view: SentenceView, m: CueMatch, center: Group) -> tuple[Pairs, bool] | None:
    """"Ближайший союзник Израиля, США, направил", "le plus proche allié d'Israël, les États-Unis, a": the group
    reader took the hub and the name set between commas after it for one list; with no conjunction in it and a
    comma after it, the first name is the hub and the rest are its allies."""
    tokens, members = view.tokens, center.members
    if center.start < m.end or len(members) < 2 or center.end >= len(tokens) or tokens[center.end].text != ",":
        return None
    first_end = members[0].token_end
    if first_end >= len(tokens) or tokens[first_end].text != "," or any(
            view.forms[i] & view.grammar.coordination for i in range(center.start, center.end)):
        return None
    hub_code = party(members[0].code)
    rest = unique(party(mention.code) for mention in members[1:])
    return [(a, hub_code) for a in rest if a != hub_code], is_org(hub_code)


def unique_directed(pairs: Pairs) -> Pairs:
    seen: Pairs = []
    for pair in pairs:
        if pair not in seen:
            seen.append(pair)
    return seen


_CLOSING_QUOTES: Final = frozenset({"»", "“", "”", '"', "'", "’"})
_HUB_ADVERBS: Final = 2  # "mit Washington eng verbündet", "mit Moskau seit Jahren verbündet": words between hub and cue


def _hub(view: SentenceView, m: CueMatch) -> Group | None:
    lex, glue = view.lexicon, glue_words(view)
    for g in view.groups:  # "one of Peru's closest allies since the Bolivian invasion": the possessor comes first
        # (a number may count the allies: "among Taiwan's 12 remaining diplomatic allies")
        numbers = frozenset(i for i in range(g.end, m.start) if view.tokens[i].text.isdigit())
        if g.possessive and g.end <= m.start and m.start - g.end <= ATTACH_REACH + 2 \
                and view.between_only(g.end, m.start, glue | HYPHENS, lower_words=True, skip=numbers):
            return g
    for g in view.groups:  # "ally of Venezuela", "Verbündeter Russlands", "alliée de la Biélorussie"
        if g.start >= m.end and g.start - m.end <= _ATTACH_REACH_AFTER + len(view.outside) \
                and g.start not in view.outside and (g.marker in lex.marker("hub") or g.genitive) \
                and view.between_only(m.end, g.start, glue, lower_words=True, skip=view.outside) \
                and not any(view.forms[i] & (lex.marker("topic") | lex.marker("outside") | lex.negation)
                            for i in range(m.end, g.start) if i not in view.outside):
            return g  # not "une rivalité autour du Sahara occidental" (what the tie is about), "allié non membre de",
            # "aliado principal fuera de la OTAN" (outside it)
        if g.marker is None and not view.grammar.genitive_markers and (
                g.start == m.end or g.start == m.end + 1 and view.tokens[m.end].text in _CLOSING_QUOTES):
            return g  # "союзник России": a case language puts the genitive right after the noun (after the quote
            # that closes the cue: "назвал Китай «стратегическим партнером» Казахстана")
    if (shared := _shared_hub(view, m) or _conjunct_hub(view, m)) is not None:
        return shared
    for g in view.groups:  # "Brazil's closest allies", "NATO ally Turkey", "Nato-Verbündete", "Russlands treuester"
        if g.start in view.outside:
            continue  # "a major non-NATO ally": what the ally is outside of
        if g.end <= m.start and m.start - g.end <= ATTACH_REACH and (g.possessive or org_codes(g) or _saxon(g)) \
                and view.between_only(g.end, m.start, glue | HYPHENS, lower_words=True):
            return g
        if g.marker in lex.marker("hub") and 0 <= m.start - g.end <= (_HUB_ADVERBS if m.cue.kind == "ally" else 0) \
                and view.between_only(g.end, m.start, frozenset(), lower_words=True) \
                and not any(view.forms[i] & (view.grammar.coordination | view.grammar.determiners)
                            for i in range(g.end, m.start)):
            return g  # "mit Russland verbündet", "с Россией союзный", "mit Washington eng verbündet"
        if m.start - g.end <= 2 and g.marker is None and state_codes(g) \
                and (_named_right_after(view, m) or apposed_words(view, g.start) is not None) \
                and view.between_only(g.end, m.start, HYPHENS | lex.marker("qualifier")) \
                and m.start - g.end - sum(1 for t in view.tokens[g.end:m.start] if t.text in HYPHENS) <= 1:
            return g  # "US ally Israel", "Kremlin ally Belarus", "X and Y, both close US allies,": the hub on the noun;
            # "Japan, the other U.S. treaty ally": a noun that says what kind of ally between
    # "its ally", "su aliado", "son alliée", "seine Verbündeten": the clause's subject, or the possessor of the noun
    # phrase the apposition closes
    if (i := _possessive_before(view, m)) is not None:
        return _phrase_possessor(view, i) or nearest_subject_before(view, i)
    return _naming_speaker(view, m)


_POSSESSOR_REACH: Final = 4  # "Ankara 's support for": the words from the possessor to the named complement


def _phrase_possessor(view: SentenceView, pronoun: int) -> Group | None:
    """"criticised Turkey's support for Pakistan, its close ally", "over Ankara's backing of Islamabad, its ally":
    the apposition after a noun's complement describes the complement, and "its" is the noun's possessor named
    right before it, not the clause's subject (who may be a third state or no state at all)."""
    comma = pronoun - 1
    if comma < 1 or view.tokens[comma].text != ",":
        return None
    anchor = next((g for g in view.groups if g.end == comma and (g.marker is not None or g.genitive)), None)
    if anchor is None:
        return None
    return next((g for g in view.groups if g.possessive and g.end <= anchor.start
                 and anchor.start - g.end <= _POSSESSOR_REACH and state_codes(g)), None)


def _naming_speaker(view: SentenceView, m: CueMatch) -> Group | None:
    """"Putin called Kazakhstan a reliable ally", "Nausėda nannte Deutschland einen verlässlichen Verbündeten",
    "Токаев назвал Узбекистан надежным союзником": with no hub named, the one who calls a state an ally speaks for
    the state whose ally it is (the speaker's country is the hub; the state named between the verb and the ally word
    is the ally)."""
    naming = view.lexicon.marker("naming")
    if m.cue.kind != "ally":
        return None  # "describe their relationship as a strategic partnership": the pair is named otherwise
    start = view.clause(m.start)[0]
    verb = next((k for k in range(m.start - 1, start - 1, -1) if view.forms[k] & naming), None)
    if verb is None:
        return None
    speaker = next((g for g in reversed(view.groups) if start <= g.start and g.end <= verb and g.marker is None
                    and not g.genitive and codes(g)), None)
    named = [g for g in view.groups if verb < g.start and g.end <= m.start and state_codes(g)]
    if speaker is None or not named or set(codes(speaker)) & set(codes(named[-1])):
        return None
    return speaker


def _conjunct_hub(view: SentenceView, m: CueMatch) -> Group | None:
    """"Tanzania, el primer socio comercial de Uganda y un aliado histórico", "the largest trading partner of Uganda
    and an ally": an ally word joined by a conjunction (an article between) to a noun phrase that ends with its hub
    ("de Uganda", "of Uganda", a genitive) shares that hub."""
    if m.cue.kind != "ally" or any(m.end <= g.start <= m.end + _ATTACH_REACH_AFTER + 2 and (
            g.marker in view.lexicon.marker("hub") or g.genitive) for g in view.groups):
        return None  # "y socio estratégico sin límites de Moscú": a hub of its own after it
    i = m.start - 1
    while i >= 0 and view.forms[i] & view.lexicon.marker("indefinite"):
        i -= 1
    if i <= 0 or not view.forms[i] & view.grammar.coordination:
        return None
    hub = next((g for g in view.groups if g.end == i and state_codes(g) and len(g.members) == 1
                and (g.marker in view.lexicon.marker("hub") or g.genitive or g.possessive)), None)
    # the first noun phrase is an apposition: a comma right after a state opens it, only lower-case words up to the
    # hub ("Tanzania, el primer socio comercial de Uganda"); not "se reunió con el presidente de Brasil y un ..."
    if hub is None:
        return None
    comma = next((k for k in range(hub.start - 1, max(-1, hub.start - APPOSITION_REACH * 3), -1)
                  if view.tokens[k].text == ","), None)
    if comma is None or not view.between_only(comma + 1, hub.start, view.grammar.determiners, lower_words=True) \
            or not any(g.end == comma and state_codes(g) for g in view.groups):
        return None
    return hub


def _shared_hub(view: SentenceView, m: CueMatch) -> Group | None:
    """"надежным союзником и стратегическим партнером Казахстана", "einen Verbündeten und strategischen Partner
    Kasachstans", "aliado fiable y socio estratégico de Kazajistán": two tie nouns joined by a conjunction share the
    hub after the second; the hub is the one the second cue takes."""
    high = min(len(view.tokens), m.end + _SHARED_REACH)
    joint = next((i for i in range(m.end, min(m.end + 2, high)) if view.forms[i] & view.grammar.coordination), None)
    if joint is None or not view.between_only(m.end, joint, frozenset(), lower_words=True):
        return None
    second = next((other for other in cue_matches(view) if joint < other.start < high), None)
    if second is None or second.cue.kind not in ("ally", "strategic_partnership") \
            or not view.between_only(joint + 1, second.start, frozenset(), lower_words=not view.grammar.verb_final):
        return None
    lex, glue = view.lexicon, glue_words(view)
    return next((g for g in view.groups if g.start >= second.end and g.start - second.end <= ATTACH_REACH
                 and (g.marker in lex.marker("hub") or g.genitive or g.marker is None and g.start == second.end)
                 and view.between_only(second.end, g.start, glue)), None)


def _possessive_before(view: SentenceView, m: CueMatch) -> int | None:
    """The possessive pronoun of "its ally", "its closest ally", "son plus proche allié", "su más estrecho aliado":
    right before the cue or with up to two lower-case words between."""
    possessives = view.grammar.possessives | view.lexicon.marker("possessive")
    for i in range(m.start - 1, max(-1, m.start - 4), -1):
        if view.forms[i] & possessives:
            return i
        if not (view.tokens[i].text.isalpha() and view.tokens[i].text[:1].islower()):
            return None
    return None


def _saxon(g: Group) -> bool:
    """"Russlands treuester Verbündeter": one name in a genitive form before the noun (the actor reader marks it)."""
    return len(g.members) == 1 and g.members[0].genitive


def _named_right_after(view: SentenceView, m: CueMatch) -> bool:
    """A party's name right after the cue: "ally Israel" (not "US allies condemned Russia")."""
    return any(g.start == m.end and g.marker is None and not adjective(g) for g in view.groups)


def _hub_members(view: SentenceView, m: CueMatch, center: Group) -> list[Group]:
    lex, tokens = view.lexicon, view.tokens
    clause = view.clause(m.start)
    # "Венгрия, член ЕС и НАТО, остается ближайшим союзником Сербии": the organisations a membership word governs
    # are what the subject is a member of, not the hub's allies
    governed = {other.end for other in cue_matches(view) if other.cue.kind == "membership" and other.end <= m.start}
    others = [g for g in view.groups if g is not center and not adjective_modifier(view, g)
              and g.start not in view.outside  # "a major non-NATO ally", "союзник вне НАТО": no party
              and not (org_codes(g) and not state_codes(g)
                       and (g.start if g.marker_index is None else g.marker_index) in governed)]
    holder = next((g for g in others if g.start <= m.start and m.end <= g.end), None)
    if holder is not None:  # "Japón y Corea del Sur, ambos aliados de": the reference that holds the cue
        return [holder]
    # "la Russie, son alliée traditionnelle", "Qatar, a sovereign nation and close ally of", "Израиль — союзник"
    glue = glue_words(view) | APPOSITION_MARKS | HYPHENS
    for g in others:  # "Ethiopia, Eritrea's ally": the hub's possessive may open the apposition
        opens = center.end if center.start == g.end + 1 and center.possessive else g.end + 1
        if g.end < m.start and tokens[g.end].text in APPOSITION_MARKS and m.start - g.end <= 8 \
                and not in_relative(view, g.start) and view.between_only(opens, m.start, glue, lower_words=True):
            return [g]
        # "Tanzania, el primer socio comercial de Uganda y un aliado": the hub of a first noun stands between
        if g.end < center.start and center.end <= m.start and tokens[g.end].text == "," and state_codes(g) \
                and g.end + 1 < len(tokens) and view.forms[g.end + 1] & view.grammar.determiners \
                and m.start - g.end <= _CONJUNCT_REACH and not in_relative(view, g.start) \
                and not in_relative(view, g.end + 1) \
                and view.between_only(g.end + 1, center.start, glue, lower_words=True) \
                and view.between_only(center.end, m.start, glue | view.grammar.coordination, lower_words=True):
            return [g]
    found = []
    after = center.end if center.start >= m.end else m.end
    # "Venezuela's allies Cuba, Nicaragua and China"; "its commitment to defend Japan" (the cue holds the "to")
    listed = next((g for g in others if 0 <= g.start - after <= 1 and (g.marker is None or g.start == m.end)
                   and g.start >= m.end), None) or _apposed_after(view, after, others)
    if listed is not None:
        found.append(listed)
    in_clause = [g for g in others if clause[0] <= g.start < clause[1] and g is not listed]
    # "calificó a Uzbekistán de aliado fiable": a personal object right before the ally word is the one named so
    personal = lex.marker("personal_object")
    free = [g for g in in_clause if g.end <= m.start and not g.genitive
            and (g.marker is None or g.marker in personal and _close_before(view, g, m))]
    if free and not listed and not (_by_pronoun(view, m) and not _close_before(view, free[-1], m)):
        found.append(free[-1])  # "Russland ist der wichtigste Verbündete von Venezuela"
    for g in in_clause:
        if preceded_by(view, g, lex.marker("alongside")) and g not in found:
            found += [g] + _listed_after(view, g, [h for h in in_clause if h is not center])
    # "Russia defended the launch by its ally", "Iran's allies in the region, Hezbollah and the Houthis": who the
    # ally is may stand later; not for a plural a pronoun leaves unnamed ("accused Beijing of poaching its allies,
    # and said Honduras had asked ...")
    if not found and (before := before_relative(view, m)) is not None and before is not center:
        found = [before]  # "Poland, which spends 5% on defence, has become one of Britain's closest allies"
    if not found and not (_by_pronoun(view, m) and view.tokens[m.end - 1].text.lower() in lex.marker("plural")):
        found = [g for g in others if g.marker is None and not g.genitive and g.start >= m.end][:1]
    return found


def _by_pronoun(view: SentenceView, m: CueMatch) -> bool:
    """"its allies", "ses alliés", "su aliado": a possessive pronoun right before the cue."""
    return _possessive_before(view, m) is not None


def _close_before(view: SentenceView, g: Group, m: CueMatch) -> bool:
    """"Russia called Belarus its closest ally": the group a few glue or lower-case words before the cue (not
    "Taiwan accused Beijing of using money to poach its allies": Beijing is the verb's object, far from them)."""
    return 0 <= m.start - g.end <= ATTACH_REACH \
        and view.between_only(g.end, m.start, glue_words(view), lower_words=True)


def _apposed_after(view: SentenceView, after: int, groups: list[Group]) -> Group | None:
    """"Israels engster Verbündeter, die USA, hat ...", "Ближайший союзник Израиля, США, направил": the name set
    between commas right after the ally word and its hub."""
    tokens = view.tokens
    if after >= len(tokens) or tokens[after].text != ",":
        return None
    for g in groups:
        if g.start > after and g.marker is None and g.start - after <= 3 \
                and view.between_only(after, g.start, view.grammar.determiners | {","}) \
                and (g.end >= len(tokens) or tokens[g.end].text in APPOSITION_MARKS):
            return g
    return None


def _listed_after(view: SentenceView, first: Group, groups: list[Group]) -> list[Group]:
    """The groups that continue a list begun by `first` ("junto a Cuba, Nicaragua y China")."""
    joiners = view.grammar.coordination | view.grammar.determiners | view.grammar.genitive_markers | {","}
    listed, end = [], first.end
    for g in groups:
        if g.start < end or g.marker is not None:
            continue
        if not view.between_only(end, g.start, joiners):
            break
        listed.append(g)
        end = g.end
    return listed


def allied_pair(view: SentenceView, m: CueMatch) -> Pairs:
    """"Moscow and Minsk are close allies", "Serbien und Ungarn sind Verbündete": a coordinated pair, a copula,
    the cue (not "X and Y met with allies": only a copula joins the pair to the word)."""
    copula = view.lexicon.marker("copula")
    paired = [g for g in view.in_clause(m.start) if g.end <= m.start and g.marker is None and len(codes(g)) >= 2]
    if not paired or not any(view.forms[i] & copula for i in range(paired[-1].end, m.start)):
        return []
    if any(paired[-1].end <= g.start and g.end <= m.start for g in view.groups):
        return []  # "China and Honduras set up ties, and Taiwan accused Beijing of luring away its remaining allies"
    return among(codes(paired[-1]))
