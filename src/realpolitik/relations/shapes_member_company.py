"""The states a membership cue does not name in its own words: the cue's subject ("Sweden became a member of NATO"),
a pronoun's state from the sentence before ("It belongs to EFTA"), a reference that holds the cue ("Polonia y
Lituania, ambos miembros de la OTAN"), the subject a fronted possessive stands for, and the company that shares the
membership with the subject ("alongside Russia", "as are Uganda and Tanzania")."""

from __future__ import annotations

from realpolitik.events.roles import Group
from realpolitik.relations.sentence import CueMatch, SentenceView
from realpolitik.relations.shapes_base import (
    APPOSITION_MARKS,
    adjective_modifier,
    apposed_words,
    org_codes,
    place,
    preceded_by,
    relative_opening,
    state_codes,
)
from realpolitik.relations.shapes_member_orgs import leads
from realpolitik.relations.shapes_member_reach import genitive_glue


def member_subject(view: SentenceView, m: CueMatch, groups: list[Group], org_group: Group) -> Group | None:
    """"Sweden became a member of NATO", "Mali, Burkina Faso and Niger announced their withdrawal from
    ECOWAS": the nearest state group before the cue that is not a place or a mere demonym; a state the cue stands
    in apposition to, whatever governs it ("solidarity with Denmark, a founding member of NATO,")."""
    lex = view.lexicon
    apposed = apposed_words(view, m.start)
    closed = org_group.end < len(view.tokens) and view.tokens[org_group.end].text in APPOSITION_MARKS
    if apposed is not None and closed and apposed is not org_group and not place(view, apposed):
        return apposed  # (closed by a comma after the organisation: not "Mali, together with Niger, withdrew from")
    before = [g for g in groups if g is not org_group and g.end <= m.start and state_codes(g)
              and not place(view, g) and not adjective_modifier(view, g)
              and not preceded_by(view, g, lex.marker("alongside"))  # "X вместе с Россией являются членами"
              and (g.marker is None or g.marker in lex.marker("hub") | view.grammar.agent_markers)
              and g.marker not in lex.marker("partner")  # "keeps ties with Moscow and Beijing, seeking EU membership"
              and not _in_closed_relative(view, g, m.start) and not _in_closed_apposition(view, g, m.start)]
    return before[-1] if before else None


def _in_closed_apposition(view: SentenceView, g: Group, cue: int) -> bool:
    """The group qualifies the noun of an apposition set off by commas that closes before the cue, after the state
    it describes: "The Philippines, a U.S. treaty ally, is a member of ASEAN", "Filipinas, un aliado de Washington,
    ..." (the Philippines are the member, not the United States)."""
    tokens = view.tokens
    opening = next((i for i in range(g.start - 1, -1, -1) if tokens[i].text == ","), None)
    if opening is None or opening + 1 >= len(tokens) or not view.forms[opening + 1] & view.grammar.determiners:
        return False
    if not any(h.end <= opening and state_codes(h) for h in view.groups):
        return False  # no state before the apposition for it to describe
    return any(tokens[i].text == "," for i in range(g.end, cue))


def _in_closed_relative(view: SentenceView, g: Group, cue: int) -> bool:
    """The group stands in a relative clause set off by commas that closes before the cue: "Армения, с которой
    Азербайджан ... парафировал мирное соглашение, заморозила участие в ОДКБ" (Armenia froze it, not Azerbaijan)."""
    tokens = view.tokens
    opening = next((i for i in range(g.start - 1, -1, -1) if tokens[i].text == ","), None)
    if opening is None or not relative_opening(view, opening) or any(
            tokens[i].text in ".;:" for i in range(opening, g.start)):
        return False
    return any(tokens[i].text == "," for i in range(g.end, cue))


def pronoun_subject(view: SentenceView, m: CueMatch) -> str | None:
    """"Switzerland is not in the EU. It belongs to EFTA", "Elle appartient à l'AELE", "Además es miembro del Quad":
    a sentence that opens with a subject pronoun (or, dropping it, with an adverb of addition) and names no party
    before the cue is about the first state the sentence before names (not a sentence that opens with the cue:
    "Candidate à l'adhésion à l'UE depuis 2022, la Moldavie ...", "В ШОС входят десять государств")."""
    if view.previous_state is None or view.clause(m.start)[0] != 0 or not m.start:
        return None
    if any(g.start < m.start for g in view.groups):
        return None
    return view.previous_state if view.forms[0] & view.lexicon.marker("subject_pronoun") else None


def possessor_after(view: SentenceView, m: CueMatch, org_group: Group) -> Group | None:
    """"Nach ihrem Bruch mit der Ecowas gründeten Mali und Niger ...": a possessive before the cue in a fronted
    phrase stands for the subject of the clause that follows the phrase."""
    possessives = view.grammar.possessives | view.lexicon.marker("possessive")
    if not any(view.forms[i] & possessives for i in range(max(0, m.start - 2), m.start)):
        return None
    return next((g for g in view.groups if g.start >= max(m.end, org_group.end) and g.marker is None
                 and not g.genitive and state_codes(g) and not org_codes(g) and not leads(view, g)), None)


def holding_reference(view: SentenceView, m: CueMatch, groups: list[Group]) -> Group | None:
    """"Polonia y Lituania, ambos miembros de la OTAN": the reference that holds the cue stands for the members."""
    return next((g for g in groups if g.start <= m.start and m.end <= g.end and state_codes(g)
                 and any(mention.kind == "reference" for mention in g.members)), None)


def in_company(view: SentenceView, g: Group, org_group: Group) -> bool:
    """States that share the membership with the subject: "alongside Russia", "aux côtés de la Russie", or a list
    governed by "with" right after the organisation ("a member of the Quad with the United States, Japan and
    Australia", "miembro del Quad con Estados Unidos"): not the states the cue is written onto."""
    if preceded_by(view, g, view.lexicon.marker("alongside")) or _echoed(view, g):
        return True
    return g.marker in view.lexicon.marker("partner") and g.start > org_group.end \
        and view.between_only(org_group.end, g.start, genitive_glue(view) | {g.marker, ","})


def _echoed(view: SentenceView, g: Group) -> bool:
    """"a member of the AU, as are Uganda and Tanzania", "miembro de la OEA, al igual que Colombia": after a comma,
    a word of likeness and the verb (or conjunction) that echoes the main clause's for the states after it."""
    k = g.start
    if k < 3 or not view.forms[k - 1] & view.lexicon.marker("echo_verb") \
            or not view.forms[k - 2] & view.lexicon.marker("echo"):
        return False
    return any(view.tokens[i].text == "," for i in range(max(0, k - 4), k - 2))


def company_listed(view: SentenceView, org_group: Group) -> bool:
    """The organisations' group runs on into states that share it with the subject: "входит в ОДКБ, как и Россия"."""
    alongside = view.lexicon.marker("alongside")
    return any(view.forms[i] & alongside for i in range(org_group.start, org_group.end))
