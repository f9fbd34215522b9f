"""The member shape: a state and the organisation next to the cue ("BRICS members Brazil, Russia, ...",
"NATO-Staaten Polen und Litauen", "Sweden's accession to NATO", "X announced its withdrawal from ECOWAS"), the
founders of a new organisation and the states admitted to one.

Separate: a shape of its own, with the helpers only it reads.
"""

from __future__ import annotations

from typing import Final

from realpolitik.codes import party
from realpolitik.events.roles import Group
from realpolitik.language.dates import month_names
from realpolitik.model import Token
from realpolitik.relations.sentence import CueMatch, SentenceView, is_org, is_year, unique
from realpolitik.relations.shapes_base import (
    APPOSITION_MARKS,
    HYPHENS,
    Pairs,
    across,
    adjective,
    adjective_modifier,
    apposed_words,
    before_relative,
    gap,
    glue_words,
    org_codes,
    place,
    preceded_by,
    relative_antecedent,
    relative_opening,
    relative_words,
    state_codes,
)

# tokens from a membership cue to its organisation after it: "den Austritt ihrer Länder aus der Ecowas",
# "participation à l'Organisation du traité de sécurité collective (OTSC)"
_MEMBER_REACH: Final = 8
_RELATIVE_OPENING: Final = 3  # from the comma to the relative pronoun: ", der", ", to which", ", a la que"
_CLAUSE_ENDS: Final = frozenset({",", ";", ":", ".", "—", "–"})
_LIST_REACH: Final = 4  # glue words from a membership cue to its states: ", в том числе", ", such as the"
_ORDINAL_REACH: Final = 4  # "NATO's 31st member", "the EU's newest member"
_ORG_NEXT_REACH: Final = 1  # "created the Alliance of Sahel States", "haben die AES gegründet", "были приняты в БРИКС"
FOUNDING_CUES: Final = frozenset({"founding", "create"})  # the cues of founding an organisation
EXPANSION_CUES: Final = frozenset({"expands"})  # an organisation grown by new members ("expanded to include")
UNION_CUES: Final = frozenset({"grouped_in"})  # participles of union ("объединенных в", "agrupados en")
_MORE_ORGS_REACH: Final = 6  # "and of the Russian-led CSTO", "und der von Moskau geführten OVKS"
_ADMIT_REACH: Final = 3  # an organisation admitting: "в понедельник", "am Montag" between it and its verb


def _written_onto(view: SentenceView, g: Group, m: CueMatch) -> bool:
    """The group is written onto the cue's word, a hyphen at most between: "EU-Beitritt", "Nato-Beitritt"."""
    return len(g.members) == 1 and g.end <= m.start and all(view.tokens[i].text in HYPHENS
                                                            for i in range(g.end, m.start))


def _nearest(groups: list[Group], m: CueMatch, after_first: bool) -> Group:
    """The first of `groups` (not empty) nearest the cue; where two are as near and `after_first`, the one after it
    (min's first least key)."""
    best = groups[0]
    best_key = (gap(best, m), after_first and best.start < m.start)
    for g in groups[1:]:
        key = (gap(g, m), after_first and g.start < m.start)
        if key < best_key:
            best, best_key = g, key
    return best


def _year_token(tokens: list[Token], k: int) -> bool:
    """Whether token `k` (where there is one) gives a year."""
    return k < len(tokens) and is_year(tokens[k].text)


def _undated_gap(view: SentenceView, g: Group, m: CueMatch) -> int:
    """The gap between a group and the cue without a year and the word on each side of it: "forment depuis 2023
    l'AES", "haben 2023 die AES gegründet", "создали в 2023 году Альянс" (a date of the act, not another party); a
    month before the year goes with it, and its preposition: "forman desde septiembre de 2023 la AES", "seit September
    2023"."""
    low, high = (g.end, m.start) if g.end <= m.start else (m.end, g.start)
    tokens = view.tokens
    years = [i for i in range(low, high) if is_year(tokens[i].text)]
    dated = {k for i in years for k in (i - 1, i, i + 1) if low <= k < high and (k == i or tokens[k].text.islower())}
    months = month_names(view.lexicon.lang)
    for i in years:
        month = next((k for k in (i - 1, i - 2) if low <= k and tokens[k].text.lower() in months), None)
        if month is not None:
            dated |= set(range(month, i)) | ({month - 1} if low <= month - 1 and tokens[month - 1].text.islower()
                                             else set())
    return high - low - len(dated | {k for k in view.interposed if low <= k < high})


def _interposed_between(view: SentenceView, g: Group, m: CueMatch) -> int:
    """How many tokens between a group and the cue are a day or an adverb (`SentenceView.interposed`)."""
    low, high = (g.end, m.start) if g.end <= m.start else (m.end, g.start)
    return sum(1 for k in view.interposed if low <= k < high)


def _article_after_cue(view: SentenceView, g: Group, m: CueMatch) -> int:
    """The article of an organisation after its preposition, which is no gap: "remains suspended from the OAS",
    "está suspendida de la OEA" are as near as "suspended from Mercosur" (one word, the preposition)."""
    if g.start <= m.end or g.start - m.end < 2:
        return 0
    return 1 if view.forms[g.start - 1] & view.grammar.determiners else 0


def _objects_before(view: SentenceView, g: Group, m: CueMatch) -> int:
    """In a verb-final clause the object stands between the organisation that opens it and the verb at its end: "Die
    Ecowas hat Guinea suspendiert" (its auxiliary and the state's names, with their articles, are no gap)."""
    if not view.grammar.verb_final or g.end > m.start:
        return 0
    names = [h for h in view.groups if g.end <= h.start and h.end <= m.start]
    if not names or not all(state_codes(h) and not org_codes(h) and h.marker is None for h in names):
        return 0
    inside = {k for h in names for k in range(h.start, h.end)}
    glue = glue_words(view) | view.grammar.coordination | {","}
    low = g.end + 1  # the auxiliary right after the subject ("hat", "hatte")
    return sum(1 for k in range(g.end, m.start) if k in inside or k >= low and view.tokens[k].text.lower() in glue) \
        + (1 if g.end < m.start and g.end not in inside else 0)


def _noun_between(view: SentenceView, g: Group, m: CueMatch) -> bool:
    """A word other than an article, a preposition, a body noun ("the group") or a year stands between the cue and
    the organisation after it: "партнером по диалогу ШОС" (the partner of a dialogue), not "created the AES" or
    "suspended from ASEAN summits"."""
    if g.start < m.end:
        return False
    g_ = view.grammar
    allowed = glue_words(view) | view.lexicon.marker("body") | g_.target_markers | g_.agent_markers \
        | g_.location_markers | g_.pair_markers | g_.patient_markers \
        | month_names(view.lexicon.lang)  # "desde septiembre de 2023"
    return any(not (is_year(tok.text) or tok.text.lower() in allowed or tok.lemma in allowed
                    or i + 1 < g.start and is_year(view.tokens[i + 1].text)
                    or i > m.end and is_year(view.tokens[i - 1].text))
               for i, tok in enumerate(view.tokens[m.end:g.start], start=m.end))


def member(view: SentenceView, m: CueMatch) -> Pairs:
    if m.cue.id in EXPANSION_CUES:
        # "ont élargi leur pacte Aukus aux missiles": an organisation grows by states or names no member
        return _admitted(view, m)
    if m.cue.admits and (admitted := _admitted(view, m)):
        return admitted  # else "Bolivia fue admitida como miembro pleno del Mercosur": a membership as any other
    if m.start and view.forms[m.start - 1] & view.lexicon.marker("partner_status") \
            and view.forms[m.start] & view.lexicon.marker("partner_word"):
        return []  # "Bolivia es país socio de los BRICS": a partner country, no member
    if m.start and view.forms[m.start - 1] & view.lexicon.marker("quantifier"):
        return []  # "doch mehrere Mitgliedstaaten zögern": members a quantifier counts are unnamed ones
    groups = view.in_clause(m.start)
    clause_start, clause_end = view.clause(m.start)
    # "les pays membres de l'Otan, dont la France": a clause that opens with an example word lists the members
    examples = view.lexicon.marker("example")
    nxt = next((i for i in range(clause_end, min(clause_end + 2, len(view.tokens))) if view.tokens[i].text != ","),
               None)
    own = groups
    if nxt is not None and view.forms[nxt] & examples:
        groups = groups + view.in_clause(nxt)
    # "BRICS, which includes Brazil", "Los BRICS, que agrupan a Brasil": the organisation a relative clause is about
    groups += [g for g in view.groups if g.end <= clause_start and clause_start - g.end <= 2 and org_codes(g)]
    # "la coalición contra el Estado Islámico que lidera Estados Unidos": what a body is formed against is no body
    # (unless written onto the cue itself: "stimmte gegen den EU-Beitritt der Ukraine")
    enemy = view.lexicon.marker("enemy")
    with_orgs = [g for g in groups if org_codes(g) and not (g.marker in enemy and not _written_onto(view, g, m))]
    if not with_orgs:
        return []
    org_group = _nearest(with_orgs, m, True)
    if m.cue.status == "ended" and _left_meeting(view, org_group, m) or _staff_listed(view, org_group, m):
        return []
    if related := _relative_members(view, m, org_group):
        # "el Mercosur, del que Argentina es miembro junto con Brasil y Paraguay": the company after the cue shares it
        related += [c for g in groups if g.start >= m.end and _company(view, g, org_group)
                    for c in state_codes(g) if c not in related]
        return across(related, org_codes(org_group))
    # a verb-final clause puts the organisation well before its verb: "ist der Nato im April 2023 beigetreten";
    # "NATO's 31st member", "the EU's newest member": a possessive organisation with an ordinal or adjective
    reach = _MEMBER_REACH if org_group.start >= m.end or view.grammar.verb_final else \
        _ORDINAL_REACH if org_group.possessive and _only_modifiers(view, org_group.end, m.start) else 2
    if org_group.end > clause_start and gap(org_group, m) - _interposed_between(view, org_group, m) > reach:
        return []  # "the UN chief called on Rwanda to withdraw its troops" is no leaving of the UN (a day or an
        # adverb between is no word of another act: "АС в среду приостановил членство Мадагаскара")
    # ("los países del grupo BRICS": a word of what kind of body it is may stand before the name)
    glue = _genitive_glue(view) | view.lexicon.marker("body")
    if m.cue.org_attached and not (org_group.end <= m.start and gap(org_group, m) <= 1 or org_group.start >= m.end
                                   and view.between_only(m.end, org_group.start, glue)):
        return []  # "NATO partners", "Nato-Partner", "los países de la OTAN", "страны НАТО": it qualifies the noun
    if m.cue.org_next and (_undated_gap(view, org_group, m) - _objects_before(view, org_group, m)
                           - _article_after_cue(view, org_group, m) > _ORG_NEXT_REACH
                           or org_group.marker in view.lexicon.marker("partner") or _noun_between(view, org_group, m)):
        # "created a fund with the EU", "gründete mit der EU" found no organisation; "created the AES" does; a noun
        # between is what the cue is about ("партнером по диалогу ШОС": a dialogue partner, no member)
        return []
    if m.cue.id in FOUNDING_CUES and org_group.end <= m.start and m.end < len(view.tokens) \
            and view.forms[m.end] & (view.grammar.determiners | view.grammar.possessives):
        return []  # "NATO set up its Baltic Sentry mission": the organisation founds an object of its own
    if _formation(view, m, org_group):
        return []  # "sent troops as part of a European Union force": a state in the force, not of the organisation
    more = _more_orgs(view, m, org_group, groups)
    if more:  # the leader of the second organisation stands between: no member of either
        groups = [g for g in groups if g in more or not (org_group.end <= g.start and g.end <= more[-1].start)]
    if m.cue.id in UNION_CUES:
        return _united(view, m, groups)
    states = _relative_inside(view, m, org_group) or _attached_states(view, m, org_group, groups) \
        or _coordinated_states(view, m, org_group) or _founders(view, m, org_group, groups) \
        or _apposed_states(view, m, org_group)
    if states and _company_listed(view, org_group) \
            and (subject := _member_subject(view, m, groups, org_group)) is not None:
        states = unique(state_codes(subject) + states)  # the subject shares the membership with the company
    if not states and m.start > 0 and view.forms[m.start - 1] & view.lexicon.marker("foreign_possessive"):
        return []  # "blockieren dessen Aufnahme in die UN", "блокируют его вступление": another's accession
    if not states and not m.cue.org_attached:  # "Beteiligung von Nato-Staaten": no states named, none taken
        subject = _member_subject(view, m, groups, org_group) or relative_antecedent(view, m) \
            or _holder(view, m, groups) or _possessor_after(view, m, org_group) or before_relative(view, m)
        states = state_codes(subject) if subject is not None else _inside(view, m, org_group)
        if not states and (state := _pronoun_subject(view, m)) is not None:
            states = [state]
    elif not states and (holder := _holder(view, m, groups)) is not None:
        # "the two largest economies of the BRICS group": the pair the reference stands for
        states = state_codes(holder)
    elif states and groups is not own and not any(c in states for g in own for c in state_codes(g)) \
            and (subject := _member_subject(view, m, own, org_group)) is not None:
        # "Le Burundi et le Rwanda sont membres de l'EAC, dont la RDC fait aussi partie": the clause after the example
        # word names more members; the subject of the cue's own clause stays one
        states = state_codes(subject) + states
    # "Belarus gehört wie Armenien und Kasachstan der OVKS an", "along with Russia", and where the subject is a
    # pronoun ("It belongs to the GCC together with Saudi Arabia"); not the partner of another organisation after
    # this one ("es miembro de la OTAN y forma parte de la UE junto con Portugal")
    last = max(org_group.end, m.end)
    states += [c for g in groups if g is not org_group and _company(view, g, org_group)
               and not any(org_codes(h) and h is not org_group and last <= h.start and h.end <= g.start
                           and h not in more for h in groups)
               for c in state_codes(g) if c not in states]
    return across(states, _composed_orgs(view, m, org_group) + [c for g in more for c in org_codes(g)])


def _pronoun_subject(view: SentenceView, m: CueMatch) -> str | None:
    """"Switzerland is not in the EU. It belongs to EFTA", "Elle appartient à l'AELE", "Además es miembro del Quad":
    a sentence that opens with a subject pronoun (or, dropping it, with an adverb of addition) and names no party
    before the cue is about the first state the sentence before names (not a sentence that opens with the cue:
    "Candidate à l'adhésion à l'UE depuis 2022, la Moldavie ...", "В ШОС входят десять государств")."""
    if view.previous_state is None or view.clause(m.start)[0] != 0 or not m.start:
        return None
    if any(g.start < m.start for g in view.groups):
        return None
    return view.previous_state if view.forms[0] & view.lexicon.marker("subject_pronoun") else None


def _staff_listed(view: SentenceView, g: Group, m: CueMatch) -> bool:
    """"sanctioned four officials of the ICC, including a Canadian judge": the cue after the organisation lists the
    body's own people (lexicon marker "staff" before its "of"), whose states are no members."""
    staff, forms = view.lexicon.marker("staff"), view.forms
    if g.end > m.start or not staff:
        return False
    if forms[g.start] & staff:
        return True  # the mention took the people in: "officials of the International Criminal Court"
    k = g.start - 1
    if k > 0 and forms[k] & view.grammar.determiners:
        k -= 1
    return k > 0 and bool(forms[k] & view.grammar.genitive_markers) and bool(forms[k - 1] & staff)


def _left_meeting(view: SentenceView, g: Group, m: CueMatch) -> bool:
    """"left the G7 summit", "verließ den G7-Gipfel", "a quitté le sommet du G7": what is left is a meeting's noun
    (Grammar.gatherings) between the cue and the organisation, or right after its name; the body stays a member."""
    nouns, forms = view.grammar.gatherings, view.forms
    if g.start >= m.end and any(not forms[i].isdisjoint(nouns) for i in range(m.end, g.start)):
        return True
    head = g.end + 1 if g.end < len(forms) and view.tokens[g.end].text == "-" else g.end
    return not forms[g.end - 1].isdisjoint(nouns) or head < len(forms) and not forms[head].isdisjoint(nouns)


def _opens_clause(view: SentenceView, low: int, g: Group) -> bool:
    """"Turkey is a NATO member, Egypt is a U.S. ally", "Die Türkei ist Nato-Mitglied, Ägypten gilt ...": a state
    after a comma with a verb of its own right after it opens the next clause (its subject)."""
    tokens = view.tokens
    if g.end >= len(tokens) or not any(tok.text == "," for tok in tokens[low:g.start]):
        return False
    word = tokens[g.end]
    return word.text.isalpha() and word.text[:1].islower() \
        and not view.forms[g.end] & (glue_words(view) | view.grammar.coordination)


def _company(view: SentenceView, g: Group, org_group: Group) -> bool:
    """States that share the membership with the subject: "alongside Russia", "aux côtés de la Russie", or a list
    governed by "with" right after the organisation ("a member of the Quad with the United States, Japan and
    Australia", "miembro del Quad con Estados Unidos"): not the states the cue is written onto."""
    if preceded_by(view, g, view.lexicon.marker("alongside")) or _echoed(view, g):
        return True
    return g.marker in view.lexicon.marker("partner") and g.start > org_group.end \
        and view.between_only(org_group.end, g.start, _genitive_glue(view) | {g.marker, ","})


def _echoed(view: SentenceView, g: Group) -> bool:
    """"a member of the AU, as are Uganda and Tanzania", "miembro de la OEA, al igual que Colombia": after a comma,
    a word of likeness and the verb (or conjunction) that echoes the main clause's for the states after it."""
    k = g.start
    if k < 3 or not view.forms[k - 1] & view.lexicon.marker("echo_verb") \
            or not view.forms[k - 2] & view.lexicon.marker("echo"):
        return False
    return any(view.tokens[i].text == "," for i in range(max(0, k - 4), k - 2))


def _company_listed(view: SentenceView, org_group: Group) -> bool:
    """The organisations' group runs on into states that share it with the subject: "входит в ОДКБ, как и Россия"."""
    alongside = view.lexicon.marker("alongside")
    return any(view.forms[i] & alongside for i in range(org_group.start, org_group.end))


def _composed_orgs(view: SentenceView, m: CueMatch, org_group: Group) -> list[str]:
    """The organisations the states are members of: of a list before the cue that a comma closes, only the last, to
    which the phrase after the comma is apposed ("El Mercosur y la EFTA, integrada por Suiza y Noruega": EFTA's)."""
    orgs = org_codes(org_group)
    after = org_group.end + (org_group.end < m.start and view.tokens[org_group.end].text == ")")  # "(EFTA),"
    if len(orgs) < 2 or after >= m.start or view.tokens[after].text != ",":
        return orgs
    last = party(org_group.members[-1].code)
    return [last] if last in orgs else orgs


def _more_orgs(view: SentenceView, m: CueMatch, org_group: Group, groups: list[Group]) -> list[Group]:
    """"a member of the Eurasian Economic Union and of the Russian-led CSTO", "Mitglied der Eurasischen
    Wirtschaftsunion und der von Moskau geführten OVKS": a second organisation after a conjunction, kept apart from
    the first by the state that leads it."""
    tokens = view.tokens
    conjunction = org_group.end + _year_after(view, org_group.end)  # "joined the SCO in 2023 and BRICS in 2024"
    if org_group.start < m.end or conjunction >= len(tokens) or not view.forms[conjunction] & view.grammar.coordination:
        return []
    after = [g for g in groups if g.start > conjunction and g.start - conjunction <= _MORE_ORGS_REACH]
    second = next((g for g in after if org_codes(g) and not state_codes(g)), None)
    if second is None or not all(_leads(view, g) for g in after if g.start < second.start):
        return []
    # "a member of NATO and a dialogue partner of the SCO", "Mitglied der Nato und Dialogpartner der SCO": a noun of
    # its own before the second organisation (or its leader) names another standing, not the membership; the cue's
    # own preposition may come again ("ingresó en la OCS y en los BRICS")
    first = min((g.start for g in after if g.start <= second.start), default=second.start)
    glue = _genitive_glue(view) | view.grammar.agent_markers | view.lexicon.marker("body") \
        | frozenset(tok.text.lower() for tok in tokens[m.start + 1:org_group.start])  # "Partner in der Nato und in"
    glue |= frozenset(tok.text for tok in tokens[conjunction + 1:first] if tok.text.isdigit())  # "und 2024 den Brics"
    if not view.between_only(conjunction + 1, first, glue):
        return []
    return [second]


def _year_after(view: SentenceView, index: int) -> int:
    """How many tokens from `index` on give a year: "2023", "en 2023", "in 2023" (0 where none)."""
    tokens = view.tokens
    n = 1 if _year_token(tokens, index) else 2 if index < len(tokens) and tokens[index].text.islower() \
        and _year_token(tokens, index + 1) else 0
    # "в 2023 году и": a word of the year after it, where the conjunction follows
    if n and index + n + 1 < len(tokens) and tokens[index + n].text.islower() \
            and view.forms[index + n + 1] & view.grammar.coordination:
        n += 1
    return n


def _admitted(view: SentenceView, m: CueMatch) -> Pairs:
    """"BRICS admitted Vietnam as a full member", "los BRICS admitieron el miércoles a Vietnam como miembro": the
    organisation is the subject right before the verb, the states stand inside the cue's gap; or, where the cue
    ends before them, right after it ("BRICS expanded in 2024 to include Egypt and Iran")."""
    before = [g for g in view.groups if g.end <= m.start]
    org_group = before[-1] if before else None  # the subject, a date between at most ("в понедельник приняла")
    if org_group is None or org_group.marker is not None or not org_codes(org_group) or state_codes(org_group):
        return []
    start = org_group.end
    # the head of a compound name is no word between: "die Brics-Gruppe wurde 2024 um ... erweitert"
    if start + 2 < m.start and view.tokens[start].text in HYPHENS:
        start += 2
    # the subject of a relative clause is its antecedent: "ASEAN, which expanded in the 1990s to include Vietnam"
    if m.cue.id in EXPANSION_CUES and start + 1 < m.start and view.tokens[start].text == "," \
            and view.forms[start + 1] & view.grammar.roles.subject_relatives:
        start += 2
    if m.start - start > _ADMIT_REACH or any(t.text == "," for t in view.tokens[start:m.start]):
        return []
    states = [c for g in view.groups if m.start < g.start and g.end <= m.end for c in state_codes(g)]
    if not states:
        after = next((g for g in view.groups if g.start >= m.end), None)
        if after is not None and after.start - m.end <= 1 \
                and (after.marker is None or (after.marker_index or 0) < m.end):
            states = state_codes(after)
    return across(states, org_codes(org_group))


def _relative_inside(view: SentenceView, m: CueMatch, org_group: Group) -> list[str]:
    """"ECOWAS, from which Mauritania withdrew in 2000", "la Cedeao, de la que Mauritania se retiró", "ЭКОВАС, из
    которого вышла Мавритания": the cue opens with the preposition of a relative pronoun about the organisation
    before it; the states inside the cue's words are the ones that left."""
    relatives = view.grammar.relative_markers | view.grammar.roles.subject_relatives
    if org_group.end > m.start or not any(view.forms[i] & relatives
                                          for i in range(m.start + 1, min(m.end, m.start + 3))):
        return []
    return [c for g in view.groups if m.start < g.start and g.end <= m.end for c in state_codes(g)]


def _relative_members(view: SentenceView, m: CueMatch, org_group: Group) -> list[str]:
    """"la UE, a la que pertenecen España y Alemania", "l'Otan, à laquelle appartiennent la Pologne et la Roumanie",
    "NATO, to which Poland and Romania belong", "die Nato, der Polen und Rumänien angehören": the cue is the verb of
    a relative clause about the organisation right before its comma; the states that clause names, before the verb
    or right after it, are the members."""
    tokens = view.tokens
    # the list reader may take the states of the clause into the organisation's group ("Die Nato, der Polen und
    # Rumänien angehören"): the comma after the organisation's own name
    comma = max((mention.token_end for mention in org_group.members if is_org(party(mention.code))),
                default=org_group.end)
    if comma >= m.start or tokens[comma].text != ",":
        return []
    relatives = relative_words(view) | view.lexicon.marker("whose")
    last = min(comma + _RELATIVE_OPENING, m.end, len(tokens) - 1)
    opening = next((k for k in range(comma + 1, last + 1) if view.forms[k] & relatives), None)
    # only a preposition and an article before the pronoun, or the cue itself: ", a la que", ", to which", ",
    # членами которого" (not ", Kaja Kallas, dijo que")
    words = view.lexicon.marker("relative_opening")
    if opening is None or not all(k >= m.start or view.forms[k] & words for k in range(comma + 1, opening)) \
            or any(t.text in _CLAUSE_ENDS for t in tokens[opening:m.start]):
        return []
    close = next((k for k in range(m.end, len(tokens)) if tokens[k].text in _CLAUSE_ENDS), len(tokens))
    inside = [party(mention.code) for mention in org_group.members if mention.token_start > opening]
    return [c for c in inside if not is_org(c)] + [
        c for g in view.groups if opening < g.start and (g.end <= m.start or m.end <= g.start < close)
        and (g.marker is None or g.marker_index == opening) for c in state_codes(g)]


def _inside(view: SentenceView, m: CueMatch, org_group: Group) -> list[str]:
    """"Dem Bündnis gehören Mali, Burkina Faso und Niger an": the subject stands inside a split verb, after the
    organisation that opens the clause."""
    if org_group.end > m.start:
        return []
    return [c for g in view.groups if m.start < g.start and g.end <= m.end and g.marker is None for c in state_codes(g)]


def _founders(view: SentenceView, m: CueMatch, org_group: Group, groups: list[Group]) -> list[str]:
    """"the bloc, founded by Brazil, Russia, India and China", "el bloque, fundado por Brasil ...": the agent right
    after a founding participle whose organisation stands before it."""
    if org_group.end > m.start or m.cue.id not in FOUNDING_CUES:
        return []  # not "die Verletzungen des Luftraums ihrer Mitglieder durch russische Drohnen"
    agent = next((g for g in groups if g.start >= m.end and g.marker in view.grammar.agent_markers
                  and view.between_only(m.end, g.start, view.grammar.determiners | {g.marker})), None)
    return state_codes(agent) if agent is not None else []


def _formation(view: SentenceView, m: CueMatch, org_group: Group) -> bool:
    """"part of an African Union force", "fait partie de la mission de l'Union africaine", "в составе миссии
    Африканского союза": the organisation names whose force or mission the cue is about (a word of a formation right
    after it, or between the cue and it)."""
    words = view.lexicon.marker("formation")
    if not words:
        return False
    after = org_group.end + (org_group.end < len(view.tokens) and view.tokens[org_group.end].text in HYPHENS)
    if after < len(view.tokens) and view.forms[after] & words:
        return True
    return org_group.start >= m.end and any(view.forms[i] & words for i in range(m.end, org_group.start))


def _genitive_glue(view: SentenceView) -> frozenset[str]:
    """Articles and genitive markers: "de la", "der", "of the" (none in a case language: "страны НАТО")."""
    return view.grammar.determiners | view.grammar.genitive_markers


def _only_modifiers(view: SentenceView, low: int, high: int) -> bool:
    """"'s 31st", "'s newest": only glue, numbers and lower-case words between a possessive and its noun."""
    return high - low <= _ORDINAL_REACH and all(
        tok.text.isdigit() or tok.text in glue_words(view) or tok.text.isalpha() and tok.text[:1].islower()
        for tok in view.tokens[low:high])


def _coordinated_states(view: SentenceView, m: CueMatch, org_group: Group) -> list[str]:
    """The coordinator took states into the organisations' group: "Hungary, an EU and NATO member" (the states
    before organisations that stand right before the cue), "los miembros del BRICS, Brasil, Rusia ..." (the
    states after an organisation that follows the cue)."""
    if not state_codes(org_group):
        return []
    tokens = view.tokens
    # not the leader of a second organisation: "of the EAEU and of the Russian-led CSTO"
    parties = [party(mention.code) for mention in org_group.members
               if not (mention.token_end + 1 < len(tokens) and tokens[mention.token_end].text in HYPHENS
                       and tokens[mention.token_end + 1].text.islower())]
    orgs = [i for i, code in enumerate(parties) if is_org(code)]
    if 0 <= m.start - org_group.end <= 1 and orgs[0] > 0:
        states = parties[:orgs[0]]
    elif 0 <= org_group.start - m.end <= 2 and orgs[-1] < len(parties) - 1 \
            and view.between_only(m.end, org_group.start, glue_words(view)):
        states = parties[orgs[-1] + 1:]
    else:
        return []
    return [c for c in unique(states) if not is_org(c)]


def _attached_states(view: SentenceView, m: CueMatch, org_group: Group, groups: list[Group]) -> list[str]:
    """States written onto the cue: "members Brazil, Russia", "Beitritt Finnlands", "accession of Finland",
    "Sweden's accession", "Schwedens Nato-Beitritt", "Члены НАТО и Евросоюза Эстония, Латвия и Литва"."""
    # "EU members such as Hungary", "Nato-Staaten wie Polen", "страны ЕС, в том числе Венгрия"
    glue = glue_words(view) | HYPHENS | {",", ":"} | view.lexicon.marker("example")
    right = m.end
    if org_group.start >= m.end and view.between_only(m.end, org_group.start, glue):
        right = org_group.end  # "members of the EU Poland and Hungary": after the organisation
    left = m.start
    if org_group.end <= m.start and view.between_only(org_group.end, m.start, glue):
        left = org_group.start  # "Schwedens Nato-Beitritt"
    found: list[str] = []
    # "Turkey is a NATO member, Egypt ...": the cue has a subject of its own; not "Après avoir rompu avec la Cédéao,
    # le Mali et le Niger ont fondé ...", where the state after the comma is the subject the fronted phrase is about
    subject_before = any(g.end <= min(m.start, org_group.start) and g.marker is None and state_codes(g) for g in groups)
    for g in groups:
        if g is org_group or not state_codes(g):
            continue
        after = g.start >= right and g.start - right <= _LIST_REACH \
            and view.between_only(right, g.start, glue, skip=view.interposed if m.cue.org_next else frozenset()) \
            and not (g.end <= org_group.start and _leads(view, g)) and not _company(view, g, org_group) \
            and not (subject_before and _opens_clause(view, right, g))
        before = g.end <= left and left - g.end <= 2 and view.between_only(g.end, left, glue) and (
            g.possessive or g.genitive or adjective(g))
        if after or before:
            found += state_codes(g)
    return found


def _united(view: SentenceView, m: CueMatch, groups: list[Group]) -> Pairs:
    """The states a participle of union qualifies: the list right before its comma ("главами МИД Мали, Буркина-Фасо
    и Нигера, объединенных в Альянс", "Mali, Burkina Faso y Níger, agrupados en la AES"), else the subject of a copula
    ("Mali, Burkina Faso und Niger sind in der Allianz der Sahelstaaten zusammengeschlossen"); not the subject of
    another verb ("Lavrov met the ministers of the states grouped in the AES")."""
    orgs = [g for g in groups if org_codes(g) and g.start >= m.end or g.end <= m.start and view.grammar.verb_final
            and org_codes(g)]
    if not orgs:
        return []
    org = _nearest(orgs, m, False)
    comma = m.start - 1
    if comma >= 1 and view.tokens[comma].text == ",":
        listed = next((g for g in view.groups if g.end == comma and state_codes(g) and not org_codes(g)), None)
        return across(state_codes(listed), org_codes(org)) if listed is not None else []
    copula = view.lexicon.marker("copula")
    low = view.clause(m.start)[0]
    verb = next((i for i in range(low, m.start) if view.forms[i] & copula), None)
    subject = next((g for g in groups if verb is not None and g.end <= verb and g.marker is None and state_codes(g)),
                   None)
    return across(state_codes(subject), org_codes(org)) if subject is not None else []


def _apposed_states(view: SentenceView, m: CueMatch, org_group: Group) -> list[str]:
    """"Austria, Ireland and Malta, EU states outside NATO, ...": the states
    before the comma that opens an apposition of the organisation's noun (the organisation right before it), the
    apposition closed by a comma before any other state."""
    if not m.cue.org_attached or org_group.end > m.start or m.start - org_group.end > 1:
        return []
    subject = apposed_words(view, org_group.start)
    if subject is None:
        return []
    for k in range(m.end, len(view.tokens)):
        if view.tokens[k].text in APPOSITION_MARKS:
            return state_codes(subject)
        if any(g.start == k and state_codes(g) for g in view.groups):
            return []  # "Poland, EU states and Ukraine": a list, no apposition
    return []


def _possessor_after(view: SentenceView, m: CueMatch, org_group: Group) -> Group | None:
    """"Nach ihrem Bruch mit der Ecowas gründeten Mali und Niger ...": a possessive before the cue in a fronted
    phrase stands for the subject of the clause that follows the phrase."""
    possessives = view.grammar.possessives | view.lexicon.marker("possessive")
    if not any(view.forms[i] & possessives for i in range(max(0, m.start - 2), m.start)):
        return None
    return next((g for g in view.groups if g.start >= max(m.end, org_group.end) and g.marker is None
                 and not g.genitive and state_codes(g) and not org_codes(g) and not _leads(view, g)), None)


def _holder(view: SentenceView, m: CueMatch, groups: list[Group]) -> Group | None:
    """"Polonia y Lituania, ambos miembros de la OTAN": the reference that holds the cue stands for the members."""
    return next((g for g in groups if g.start <= m.start and m.end <= g.end and state_codes(g)
                 and any(mention.kind == "reference" for mention in g.members)), None)


def _leads(view: SentenceView, g: Group) -> bool:
    """"a member of the Russian-led CSTO", "Mitglied des von Russland geführten Bündnisses OVKS": a demonym or an
    agent between the cue and its organisation qualifies the organisation; it is not the member."""
    tokens = view.tokens
    hyphened = g.end + 1 < len(tokens) and tokens[g.end].text in HYPHENS and tokens[g.end + 1].text.islower()
    return adjective(g) or g.marker in view.grammar.agent_markers or hyphened  # "the Moscow-led CSTO"


def _member_subject(view: SentenceView, m: CueMatch, groups: list[Group], org_group: Group) -> Group | None:
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
