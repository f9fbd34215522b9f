"""What every shape reads: the Pairs type, the token and group helpers (a group's states and organisations, the glue
words of lists, places, the pairs among or across groups), appositions and the relative clause before a cue.

Separate so that each shape's module imports only these and shapes_pairs, never another shape's module
(except rival, which is a hub first).
"""

from __future__ import annotations

from itertools import combinations
from typing import Final

from realpolitik.actors.seated_bodies import member_code, seat_code
from realpolitik.codes import party
from realpolitik.events.roles import Group
from realpolitik.language.tokens import POSSESSIVE_MARKS, QUOTE_MARKS
from realpolitik.relations.sentence import CueMatch, SentenceView, codes, is_org, unique

Pairs = list[tuple[str, str]]
HYPHENS: Final = frozenset({"-", "–", "/"})
APPOSITION_MARKS: Final = frozenset({",", "—", "–"})  # "Belarus, a close ally of", "Израиль — ближайший союзник"
APPOSITION_REACH: Final = 3  # "Hezbollah, an Iran-backed militia": words between the comma and the backer
ATTACH_REACH: Final = 3  # tokens between a cue and the group its preposition governs ("ally of the United States")


def place(view: SentenceView, g: Group) -> bool:
    """"signed in Moscow", "in Hanoi": where it happened, not who (unless "alongside"/"neben")."""
    return g.marker in view.grammar.location_markers and g.marker not in view.lexicon.marker("alongside")


def adjective(g: Group) -> bool:
    return all(m.kind == "adjective" for m in g.members)


def state_codes(g: Group) -> list[str]:
    return [c for c in codes(g) if not is_org(c)]


def org_codes(g: Group) -> list[str]:
    return [c for c in codes(g) if is_org(c)]


def member_orgs(g: Group) -> list[str]:
    """The organisations a membership of `g` is of: a body with seats as its seat's code ("a member of the Security
    Council": UNSC, not the UN, seated_bodies), without the organisation it belongs to where the group names both
    ("Sicherheitsrat der UNO": the Council's own complement)."""
    seated = {m.code for m in g.members if seat_code(m)}  # the bodies' own codes ("UN" for the Council)
    found = unique(member_code(m, party(m.code)) for m in g.members)
    return [c for c in found if is_org(c) and c not in seated]


def among(group_codes: list[str]) -> Pairs:
    return list(combinations(unique(group_codes), 2))


def across(left: list[str], right: list[str]) -> Pairs:
    return [(a, b) for a in unique(left) for b in unique(right) if a != b]


def gap(g: Group, m: CueMatch) -> int:
    """Tokens between a group and the cue (0 when adjacent)."""
    return m.start - g.end if g.end <= m.start else g.start - m.end


def glue_words(view: SentenceView) -> frozenset[str]:
    """Words that may stand between a cue and its party: articles, possessives, markers of a genitive."""
    g, lex = view.grammar, view.lexicon
    return g.determiners | g.possessives | g.genitive_markers | lex.marker("hub") | lex.marker("object") \
        | POSSESSIVE_MARKS | QUOTE_MARKS | frozenset({"(", ")"})


def adjective_modifier(view: SentenceView, g: Group) -> bool:
    """"der russischen Invasion", "ukrainisches Getreide": a demonym that only qualifies a noun."""
    if not adjective(g):
        return False
    nxt = view.tokens[g.end] if g.end < len(view.tokens) else None
    return nxt is not None and nxt.text.isalpha() or not view.grammar.adjectives_before_nouns


def unique_pairs(pairs) -> Pairs:
    seen: Pairs = []
    for a, b in pairs:
        if a != b and (a, b) not in seen and (b, a) not in seen:
            seen.append((a, b))
    return seen


def before_relative(view: SentenceView, m: CueMatch) -> Group | None:
    """"Togo, das an Treffen der Allianz teilnimmt, ist Mitglied der Ecowas", "Togo, which ..., remains a member of":
    the main clause goes on after a relative clause; its subject is the state before that clause."""
    start = view.clause(m.start)[0]
    # a name of the main clause before the cue is its subject; not a possessor ("one of Britain's allies") or a state
    # set beside the subject ("sind wie die Philippinen Mitglieder")
    if start < 2 or view.tokens[start - 1].text != "," or any(
            g.end <= m.start and g.start >= start and g.marker is None and not g.possessive and not g.genitive
            and not preceded_by(view, g, view.lexicon.marker("alongside")) for g in view.groups):
        return None
    relative = view.clause(start - 2)[0]
    while relative < start and view.tokens[relative].text == ",":
        relative += 1
    if relative < 1 or not view.forms[relative] & view.grammar.roles.subject_relatives \
            or view.tokens[relative - 1].text != ",":
        # a relative clause opened by a preposition: "Армения, с которой Азербайджан ..., заморозила участие"
        opening = next((i for i in range(start - 2, 0, -1) if view.tokens[i].text == ","), None)
        if opening is None or not relative_opening(view, opening):
            return None
        relative = opening + 1
    return next((g for g in view.groups if g.end == relative - 1 and g.marker is None and state_codes(g)), None)


def relative_antecedent(view: SentenceView, m: CueMatch) -> Group | None:
    """"Ungarn, das Mitglied der EU ist", "Norway, which is a member of", "Orban, whose country joined": the state
    before the comma that opens the cue's relative clause."""
    start = view.clause(m.start)[0]
    while start < len(view.tokens) and view.tokens[start].text == ",":
        start += 1
    # "Viktor Orban, whose country joined NATO in 1999": the one whose country it is stands for it; "Казахстан,
    # председательствовавший в ШОС, ...": a participle that opens the clause after the comma is the state's as well
    if start >= len(view.tokens) or not (view.forms[start] & (view.grammar.roles.subject_relatives
                                                              | view.lexicon.marker("whose"))
                                         or _opens_apposition(view, start, m)):
        return None
    # "gehören Mali und Niger an, die ... ausgetreten waren": a verb's particle may close the main clause between
    before = [g for g in view.groups if g.end <= start and state_codes(g) and (start - g.end <= 1 or start - g.end == 2
              and view.forms[g.end] & view.grammar.separable_particles)]
    return before[-1] if before else None


def _opens_apposition(view: SentenceView, start: int, m: CueMatch) -> bool:
    """The clause after a comma opens with the cue or a few lower-case words before it (a participle: "Армения,
    заморозившая участие в ОДКБ", "Казахстан, председательствовавший в ШОС"): a phrase about the name before."""
    tokens = view.tokens
    return 1 < start <= m.start <= start + 2 and tokens[start - 1].text == "," and not in_relative(view, start - 2) \
        and all(t.text.isalpha() and t.text[:1].islower() for t in tokens[start:m.start + 1])


def in_relative(view: SentenceView, index: int) -> bool:
    """The token stands in a relative clause ("Hungary, which borders Serbia, is ..."): the main clause goes on after
    its comma, and what follows that comma is no apposition to the name before it."""
    low = view.clause(index)[0]
    while low < index and view.tokens[low].text == ",":
        low += 1
    return bool(view.forms[low] & (view.grammar.roles.subject_relatives | view.lexicon.marker("whose")))


def relative_words(view: SentenceView) -> frozenset[str]:
    roles = view.grammar.roles
    return roles.subject_relatives | roles.object_relatives | roles.parse_relatives


def relative_opening(view: SentenceView, comma: int) -> bool:
    """A relative pronoun right after the comma, or after the comma and one word (its preposition): ", which",
    ", с которой", ", avec lequel"."""
    words = relative_words(view)
    return any(k < len(view.tokens) and view.forms[k] & words for k in (comma + 1, comma + 2))


def apposed_words(view: SentenceView, start: int) -> Group | None:
    """"Japan and Australia, both close US allies,": the state group before the comma that opens an apposition
    of a few lower-case words ending at `start`."""
    i = start - 1
    while i >= 0 and start - i <= APPOSITION_REACH and view.tokens[i].text.isalpha() \
            and view.tokens[i].text[:1].islower():
        i -= 1
    if i < 0 or view.tokens[i].text not in APPOSITION_MARKS:
        return None
    return next((g for g in view.groups if g.end == i and state_codes(g)), None)


def preceded_by(view: SentenceView, g: Group, words: frozenset[str]) -> bool:
    """"Neben Kuba, Nicaragua und China", "alongside Mozambique", "comme la Russie"; not a word that a word before it
    makes a conjunction: "после того, как Ереван заморозил" (after Yerevan froze), not "как Россия" (like Russia)."""
    for i in range(g.start - 1, max(-1, g.start - 4), -1):  # "aux côtés de la Russie": three words back
        if view.forms[i] & words:
            before = i - 1 if i and view.tokens[i - 1].text == "," else i
            return not (before and view.forms[before - 1] & view.lexicon.marker("conjunction"))
        if not view.forms[i] & (view.grammar.determiners | view.grammar.genitive_markers | {g.marker}):
            return False  # "junto a Cuba", "aux côtés de la Chine"
    return False
