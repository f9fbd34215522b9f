"""How near an organisation stands to its membership cue, counted in the words that matter: the member shape
(shapes_member) takes the nearest organisation and drops one too far for the cue to be about it; a date, a day, an
adverb, an article or the objects of a verb-final clause between them are no distance ("haben 2023 die AES
gegründet", "remains suspended from the OAS", "Die Ecowas hat Guinea suspendiert")."""

from __future__ import annotations

from typing import Final

from realpolitik.events.roles import Group
from realpolitik.language.date_patterns import month_names
from realpolitik.model import Token
from realpolitik.relations.sentence import CueMatch, SentenceView, is_year
from realpolitik.relations.shapes_base import HYPHENS, gap, glue_words, org_codes, state_codes

ORDINAL_REACH: Final = 4  # "NATO's 31st member", "the EU's newest member"


def written_onto(view: SentenceView, g: Group, m: CueMatch) -> bool:
    """The group is written onto the cue's word, a hyphen at most between: "EU-Beitritt", "Nato-Beitritt"."""
    return len(g.members) == 1 and g.end <= m.start and all(view.tokens[i].text in HYPHENS
                                                            for i in range(g.end, m.start))


def nearest(groups: list[Group], m: CueMatch, after_first: bool) -> Group:
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


def undated_gap(view: SentenceView, g: Group, m: CueMatch) -> int:
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


def interposed_between(view: SentenceView, g: Group, m: CueMatch) -> int:
    """How many tokens between a group and the cue are a day or an adverb (`SentenceView.interposed`)."""
    low, high = (g.end, m.start) if g.end <= m.start else (m.end, g.start)
    return sum(1 for k in view.interposed if low <= k < high)


def article_after_cue(view: SentenceView, g: Group, m: CueMatch) -> int:
    """The article of an organisation after its preposition, which is no gap: "remains suspended from the OAS",
    "está suspendida de la OEA" are as near as "suspended from Mercosur" (one word, the preposition)."""
    if g.start <= m.end or g.start - m.end < 2:
        return 0
    return 1 if view.forms[g.start - 1] & view.grammar.determiners else 0


def objects_before(view: SentenceView, g: Group, m: CueMatch) -> int:
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


def noun_between(view: SentenceView, g: Group, m: CueMatch) -> bool:
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


def only_modifiers(view: SentenceView, low: int, high: int) -> bool:
    """"'s 31st", "'s newest": only glue, numbers and lower-case words between a possessive and its noun."""
    return high - low <= ORDINAL_REACH and all(
        tok.text.isdigit() or tok.text in glue_words(view) or tok.text.isalpha() and tok.text[:1].islower()
        for tok in view.tokens[low:high])


def genitive_glue(view: SentenceView) -> frozenset[str]:
    """Articles and genitive markers: "de la", "der", "of the" (none in a case language: "страны НАТО")."""
    return view.grammar.determiners | view.grammar.genitive_markers


def year_after(view: SentenceView, index: int) -> int:
    """How many tokens from `index` on give a year: "2023", "en 2023", "in 2023" (0 where none)."""
    tokens = view.tokens
    n = 1 if _year_token(tokens, index) else 2 if index < len(tokens) and tokens[index].text.islower() \
        and _year_token(tokens, index + 1) else 0
    # "в 2023 году и": a word of the year after it, where the conjunction follows
    if n and index + n + 1 < len(tokens) and tokens[index + n].text.islower() \
            and view.forms[index + n + 1] & view.grammar.coordination:
        n += 1
    return n
