"""Where the parties of a tie stand around the words that name it: one function per shape.

Each shape reads one cue match in its clause and returns pairs of parties
(country codes, organisation codes):

- treaty: "X and Y signed a pact", "X signed a pact with Y", "the treaty
  between X and Y", "the Russian-Venezuelan agreement"; failing these, the
  sentence's AGREE events;
- member: a state and the organisation next to the cue: "BRICS members
  Brazil, Russia, ...", "NATO-Staaten Polen und Litauen", "Sweden's
  accession to NATO", "X announced its withdrawal from ECOWAS";
- hub (ally): "X is the main ally of Y", "Y's allies X and Z", "X, an ally
  of Y", "su aliado" (of the clause's subject); an organisation as the hub
  ("NATO ally Turkey") is a membership;
- rival: a hub, or a coordinated pair ("X and Y are rivals", "as strategic
  partners, China and Brazil ...");
- war: "the war between X and Y", "Russia's war against Ukraine", "the
  Russian invasion of Ukraine", "l'offensive lancée par Moscou contre",
  "the Israel-Hamas war";
- backed (ally): "Houthis backed by Iran", "Iran-backed Houthis", "die vom
  Iran unterstützte Hisbollah";
- strained (a tension or a dispute): "tensions between X and Y", "their
  dispute" of a coordinated pair.
Pairs of a hub are (member, hub); the others are unordered.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations
from typing import Final

from realpolitik.codes import is_armed_group, party
from realpolitik.events.roles import COMPOUND, Group
from realpolitik.events.rules import joined
from realpolitik.language.dates import month_names
from realpolitik.model import Token
from realpolitik.relations.sentence import CueMatch, SentenceView, codes, is_org, is_year, unique

Pairs = list[tuple[str, str]]
_HYPHENS: Final = frozenset({"-", "–", "/"})
_APPOSITION_MARKS: Final = frozenset({",", "—", "–"})  # "Belarus, a close ally of", "Израиль — ближайший союзник"
_PAIR_REACH: Final = 5  # "the treaty signed in 2019 between X and Y", "der zwischen X und Y geschlossene Vertrag"
# tokens from a membership cue to its organisation after it: "den Austritt ihrer Länder aus der Ecowas",
# "participation à l'Organisation du traité de sécurité collective (OTSC)"
_MEMBER_REACH: Final = 8
_RELATIVE_OPENING: Final = 3  # from the comma to the relative pronoun: ", der", ", to which", ", a la que"
_CLAUSE_ENDS: Final = frozenset({",", ";", ":", ".", "—", "–"})
_LIST_REACH: Final = 4  # glue words from a membership cue to its states: ", в том числе", ", such as the"
_ORDINAL_REACH: Final = 4  # "NATO's 31st member", "the EU's newest member"
_ORG_NEXT_REACH: Final = 1  # "created the Alliance of Sahel States", "haben die AES gegründet", "были приняты в БРИКС"
# "Japón, el principal aliado de Washington en Asia,": the commas around an apposition
_APPOSED_SUBJECT_REACH: Final = 10
# from the comma of an apposition to an ally word after "de Brasil y un": "China, el socio ..."
_CONJUNCT_REACH: Final = 14
_APPOSITION_REACH: Final = 3  # "Hezbollah, an Iran-backed militia": words between the comma and the backer
_ATTACH_REACH_AFTER: Final = 5  # "allié de longue date de la France", "a long-standing ally of"
# from a treaty word to the verb of its relative clause: "le pacte de sécurité signé en 1990 qui
_BOUND_REACH: Final = 7
# l'unissait à"
_BOUND_BEFORE: Final = 10  # from a binding participle to the treaty word: "liée à la Nouvelle-Zélande par un traité"
FOUNDING_CUES: Final = frozenset({"founding", "create"})  # the cues of founding an organisation
EXPANSION_CUES: Final = frozenset({"expands"})  # an organisation grown by new members ("expanded to include")
UNION_CUES: Final = frozenset({"grouped_in"})  # participles of union ("объединенных в", "agrupados en")
_MORE_ORGS_REACH: Final = 6  # "and of the Russian-led CSTO", "und der von Moskau geführten OVKS"
_SHARED_REACH: Final = 8  # "союзником и стратегическим партнером Казахстана": from an ally word to the hub it shares
_ADMIT_REACH: Final = 3  # an organisation admitting: "в понедельник", "am Montag" between it and its verb
_ATTACH_REACH: Final = 3  # tokens between a cue and the group its preposition governs ("ally of the United States")


def _place(view: SentenceView, g: Group) -> bool:
    """"signed in Moscow", "in Hanoi": where it happened, not who (unless "alongside"/"neben")."""
    return g.marker in view.grammar.location_markers and g.marker not in view.lexicon.marker("alongside")


def _adjective(g: Group) -> bool:
    return all(m.kind == "adjective" for m in g.members)


def _states(g: Group) -> list[str]:
    return [c for c in codes(g) if not is_org(c)]


def _orgs(g: Group) -> list[str]:
    return [c for c in codes(g) if is_org(c)]


def _among(group_codes: list[str]) -> Pairs:
    return list(combinations(unique(group_codes), 2))


def _across(left: list[str], right: list[str]) -> Pairs:
    return [(a, b) for a in unique(left) for b in unique(right) if a != b]


def _written_onto(view: SentenceView, g: Group, m: CueMatch) -> bool:
    """The group is written onto the cue's word, a hyphen at most between: "EU-Beitritt", "Nato-Beitritt"."""
    return len(g.members) == 1 and g.end <= m.start and all(view.tokens[i].text in _HYPHENS
                                                            for i in range(g.end, m.start))


def _gap(g: Group, m: CueMatch) -> int:
    """Tokens between a group and the cue (0 when adjacent)."""
    return m.start - g.end if g.end <= m.start else g.start - m.end


def _nearest(groups: list[Group], m: CueMatch, after_first: bool) -> Group:
    """The first of `groups` (not empty) nearest the cue; where two are as near and `after_first`, the one after it
    (min's first least key)."""
    best = groups[0]
    best_key = (_gap(best, m), after_first and best.start < m.start)
    for g in groups[1:]:
        key = (_gap(g, m), after_first and g.start < m.start)
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
    if not names or not all(_states(h) and not _orgs(h) and h.marker is None for h in names):
        return 0
    inside = {k for h in names for k in range(h.start, h.end)}
    glue = _glue(view) | view.grammar.coordination | {","}
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
    allowed = _glue(view) | view.lexicon.marker("body") | g_.target_markers | g_.agent_markers | g_.location_markers \
        | g_.pair_markers | g_.patient_markers | month_names(view.lexicon.lang)  # "desde septiembre de 2023"
    return any(not (is_year(tok.text) or tok.text.lower() in allowed or tok.lemma in allowed
                    or i + 1 < g.start and is_year(view.tokens[i + 1].text)
                    or i > m.end and is_year(view.tokens[i - 1].text))
               for i, tok in enumerate(view.tokens[m.end:g.start], start=m.end))


def _glue(view: SentenceView) -> frozenset[str]:
    """Words that may stand between a cue and its party: articles, possessives, markers of a genitive."""
    g, lex = view.grammar, view.lexicon
    return g.determiners | g.possessives | g.genitive_markers | lex.marker("hub") | lex.marker("object") \
        | frozenset({"'s", "’s", "'", "’", "(", ")", '"', "“", "”", "«", "»", "„"})


def _between(view: SentenceView, m: CueMatch, groups: list[Group]) -> Pairs:
    """"the treaty between X and Y", "Krieg zwischen Israel und der Hisbollah"."""
    for g in groups:
        if g.marker in view.lexicon.marker("pair") and len(codes(g)) >= 2 and _gap(g, m) <= _PAIR_REACH \
                and (g.start >= m.end or _attributive(view, g, m)):
            return _among(codes(g))
    return []


def _attributive(view: SentenceView, g: Group, m: CueMatch) -> bool:
    """"die zwischen Israel und der Hisbollah vereinbarte Waffenruhe": only words with no actor or preposition
    stand between a pair and the cue after it (not "la crisis entre España e Israel por la guerra de Gaza",
    "cooperation between Ankara and Baku since Armenia's defeat")."""
    grammar, lex = view.grammar, view.lexicon
    prepositions = grammar.agent_markers | grammar.location_markers | grammar.target_markers \
        | frozenset().union(*lex.markers.values())
    if any(g.end <= h.start and h.end <= m.start for h in view.groups):
        return False
    return not any(view.forms[i] & prepositions for i in range(g.end, m.start))


def _hyphen_pair(view: SentenceView, m: CueMatch) -> Pairs:
    """"the Israel-Hamas war", "das russisch-venezolanische Abkommen", "la guerre Russie-Ukraine"."""
    groups = view.groups
    tokens = view.tokens
    for a, b in zip(groups, groups[1:], strict=False):
        if b.start - a.end != 1 or tokens[a.end].text not in _HYPHENS:
            continue
        before = 0 <= m.start - b.end <= 1
        after = 0 <= a.start - m.end <= 2 and view.between_only(m.end, a.start, view.grammar.determiners)
        if before or after:
            return _across(codes(a), codes(b))
    return []


def _genitive_pair(view: SentenceView, m: CueMatch, groups: list[Group]) -> Pairs:
    """"the strategic partnership of Russia and India", "die strategische Partnerschaft der beiden Länder", "le
    partenariat stratégique des deux pays", "la asociación estratégica de los dos países": two states (or a pair
    reference) in the genitive right after the tie word are its parties (Russian, whose genitive has no marker, not:
    "Первые соглашения двух стран" may be a pair's deals with a third)."""
    g_ = view.grammar
    after = next((g for g in groups if g.start >= m.end), None)
    if after is None or not (after.genitive or after.marker in g_.genitive_markers) or len(set(_states(after))) != 2 \
            or _orgs(after) or not view.between_only(m.end, after.start, g_.determiners | g_.genitive_markers):
        return []
    return _among(_states(after))


def _subject(view: SentenceView, m: CueMatch, groups: list[Group]) -> Group | None:
    """The party the clause is about: the nearest free group before the cue (a "von/of" phrase of a noun
    counts: "die Regierungen von Mali und Niger"), else an agent ("signed by X and Y"), else the first
    free group after it."""
    lex, grammar = view.lexicon, view.grammar
    before = [g for g in groups if g.end <= m.start and not _place(view, g) and not _adjective_modifier(view, g)
              and (g.marker is None or g.marker in lex.marker("hub") and g.marker not in lex.marker("partner"))]
    if before:
        if (apposed := _apposed_subject(view, m, before)) is not None:
            return apposed
        if (shared := _shared_subject(view, m, before)) is not None:
            return shared
        # "Chypre, membre de l'UE mais pas de l'Otan, est liée à Paris par un accord": an organisation in a phrase of a
        # noun is what the state named before is (or is not) a member of, not the treaty's party
        last = before[-1]
        if not _states(last) and (last.marker is not None or last.start and view.forms[last.start - 1]
                                  & (grammar.genitive_markers | lex.marker("hub"))):
            free = [g for g in before if g.marker is None and _states(g)]
            if free:
                return free[-1]
        return before[-1]
    agent = next((g for g in groups if g.marker in grammar.agent_markers and g.start >= m.end), None)
    if agent is not None:
        return agent
    return next((g for g in groups if g.start >= m.end and g.marker is None and not g.genitive), None)


def _shared_subject(view: SentenceView, m: CueMatch, before: list[Group]) -> Group | None:
    """"Britain left the EU in 2020 and has since concluded trade deals with Australia", "a quitté l'UE et a depuis
    conclu des accords avec le Japon": after a conjunction and a lower-case word (a verb, an adverb) the cue's verb
    shares the subject of the verb before it; the object of that verb is no party of the treaty."""
    first, last = before[0], before[-1]
    if first is last or first.marker is not None or not _states(first) or last.possessive or last.genitive:
        return None  # "Russia remains India's largest supplier, and ...": a possessor is no object of a verb
    tokens, conjunctions = view.tokens, view.grammar.coordination
    # (not right before the cue: "a special and privileged strategic partnership" joins two adjectives)
    joins = [c for c in range(last.end, m.start - 2) if view.forms[c] & conjunctions
             and tokens[c + 1].text.isalpha() and tokens[c + 1].text[:1].islower()
             and not view.forms[c + 1] & view.grammar.determiners]  # "and the two countries describe": a new subject
    opens_clause = view.between_only(view.clause(m.start)[0], first.start, view.grammar.determiners)
    return first if joins and opens_clause else None


def _apposed_subject(view: SentenceView, m: CueMatch, before: list[Group]) -> Group | None:
    """"The United States, Australia's closest ally, signed a pact with X", "Japón, el principal aliado de Washington
    en Asia, firmó", "Hungary, which borders Serbia, signed": the names inside an apposition set off by commas after
    the subject say what the subject is; they are no party of the treaty the clause after it signs."""
    tokens = view.tokens
    prev = next((g for g in reversed(before[:-1]) if g.marker is None and _states(g) and g.end < m.start
                 and tokens[g.end].text == ","), None)
    if prev is None:
        return None
    close = next((i for i in range(m.start - 1, prev.end, -1) if tokens[i].text == ","), None)
    if close is None or close - prev.end > _APPOSED_SUBJECT_REACH:
        return None
    inside = frozenset(i for g in view.groups if prev.end < g.start and g.end <= close for i in range(g.start, g.end))
    described = any(tokens[i].text.isalpha() and tokens[i].text[:1].islower()
                    for i in range(prev.end + 1, close) if i not in inside)
    if not described or not all(tokens[i].text.isalpha() or tokens[i].text in _glue(view) | _HYPHENS
                                for i in range(prev.end + 1, close) if i not in inside) \
            or not view.between_only(view.clause(m.start)[0], prev.start, view.grammar.determiners):
        return None  # the subject opens the clause: not "After meeting Modi, Japan, America's ally, signed"
    # (the partner may stand before the treaty: "Анкара, член НАТО, подписала с Дамаском соглашение", "Die Türkei, ein
    # Nato-Mitglied, unterzeichnete mit Syrien ein Abkommen", "Turquía, miembro de la OTAN, firmó con Siria un acuerdo")
    partner = view.lexicon.marker("partner")
    beside = frozenset(i for g in view.groups if close < g.start and g.end <= m.start and g.marker in partner
                       for i in range(g.start - 1 if g.marker_index is None else g.marker_index, g.end))
    return prev if view.between_only(close + 1, m.start, _glue(view), lower_words=True, skip=beside) else None


def _adjective_modifier(view: SentenceView, g: Group) -> bool:
    """"der russischen Invasion", "ukrainisches Getreide": a demonym that only qualifies a noun."""
    if not _adjective(g):
        return False
    nxt = view.tokens[g.end] if g.end < len(view.tokens) else None
    return nxt is not None and nxt.text.isalpha() or not view.grammar.adjectives_before_nouns


def treaty(view: SentenceView, m: CueMatch) -> Pairs:
    # "Gazprom and CNPC signed a supply deal", "Siemens signed a contract with Iraq's ministry": a firm's deal is a
    # contract, no treaty of its state
    groups = [g for g in view.in_clause(m.start) if not _place(view, g) and not _firms(g)]
    pairs = _between(view, m, groups) or _hyphen_pair(view, m) or _genitive_pair(view, m, groups)
    if pairs:
        return pairs
    if (bound := _binding_relative(view, m)) is not None:
        return _among(codes(bound))  # "le traité de Nancy, qui lie la France et la Pologne par une clause ..."
    if len(bound_states := _binding_relative_final(view, m)) >= 2:
        return _among(bound_states)  # "der Beistandsvertrag, der die USA zur Verteidigung der Philippinen verpflichtet"
    subject = _subject(view, m, groups)
    if subject is None or subject.start >= m.end:
        # "Mali, which tore up its defence accords with France": the state the relative clause is about
        subject = _relative_antecedent(view, m) or subject
    partners = [g for g in groups if g.marker in view.lexicon.marker("partner") and g is not subject
                and (subject is None or g.start > subject.start) and not _compared(view, g)
                and not _mediator(view, g)]
    partners = _past_conjunction(view, m, partners)
    partners += [h for g in partners[-1:] for h in _dated_list(view, g, groups)]
    if subject is not None and not partners and subject.end <= m.start:
        partners = [g for g in _bound_to(view, m) if g is not subject] or _fronted_partner(view, subject)
    if subject is not None and partners:
        return _across(codes(subject), [c for g in partners for c in codes(g)])
    if subject is not None and len(codes(subject)) >= 2 and (
            subject.end <= m.start or subject.marker in view.grammar.agent_markers or _bound_after(view, m, subject)):
        return _among(codes(subject))  # not "über die Einhaltung des Abkommens wachen X, Y und Z"
    if subject is None and not partners and (paired := _apposed_pair(view, m, any_words=True)) is not None:
        return _among(codes(paired))  # "Pakistan and Saudi Arabia, now partners in a mutual defence pact, ..."
    return _agreements(view)


def _past_conjunction(view: SentenceView, m: CueMatch, partners: list[Group]) -> list[Group]:
    """The partners of the cue's own verb: one before the cue that a conjunction parts from a later partner belongs to
    the verb before the conjunction ("Managua rompió con Taipéi en 2021 y firmó con Pekín un tratado", "broke with
    Taipei and signed a trade agreement with Beijing": the treaty is with Beijing)."""
    conjunctions = view.grammar.coordination
    if len(partners) < 2 or not conjunctions:
        return partners
    kept = [g for g in partners if g.end > m.start or not any(
        view.forms[c] & conjunctions and any(h.start > c for h in partners if h is not g)
        for c in range(g.end, m.start))]
    return kept or partners


def _bound_to(view: SentenceView, m: CueMatch) -> list[Group]:
    """"le traité militaire qui l'unissait au Portugal", "the pact that bound it to France", "el acuerdo que lo unía a
    Francia": the party that a relative clause right after the treaty word binds it to (no party between); or
    a participle before it ("liés aux Philippines par un traité", "bound to Japan by a treaty")."""
    words, tokens = view.lexicon.marker("tie_verb"), view.tokens

    def tie(k: int) -> bool:  # a verb written small: not "Unis" of "les États-Unis"
        return bool(view.forms[k] & words) and tokens[k].text[:1].islower()
    verb = next((k for k in range(m.end, min(len(tokens), m.end + _BOUND_REACH)) if tie(k)), None)
    if verb is None or any(m.end <= g.start < verb for g in view.groups):
        # "Les États-Unis, liés aux Philippines par un traité de défense": the participle before the treaty word
        verb = next((k for k in range(m.start - 1, max(-1, m.start - _BOUND_BEFORE), -1) if tie(k)), None)
        if verb is None:
            return []
        return [g for g in view.groups if verb < g.start <= verb + 3 and g.end <= m.start
                and "," not in (t.text for t in tokens[verb:m.start])][:1]
    return [g for g in view.groups
            if verb < g.start <= verb + 3 and "," not in (t.text for t in tokens[verb:g.start])][:1]


def _fronted_partner(view: SentenceView, subject: Group) -> list[Group]:
    """"With Japan, the Philippines signed an access agreement", "Mit Russland verbindet Indien eine Partnerschaft",
    "Con Rusia, Indonesia suscribió una declaración": the partner phrase opens the sentence, before the subject (only
    its preposition and articles before it, no other party between it and the subject)."""
    first = view.groups[0] if view.groups else None
    if first is None or first is subject or first.end > subject.start \
            or first.marker not in view.lexicon.marker("partner") or _mediator(view, first) or not _states(first) \
            or first.possessive or first.genitive:
        return []
    if not view.between_only(0, first.start, view.lexicon.marker("partner") | view.grammar.determiners):
        return []
    return [first] if view.groups[1] is subject else []


def _dated_list(view: SentenceView, first: Group, groups: list[Group]) -> list[Group]:
    """"with Chile in 2019 and Canada in 2021", "mit Chile 2019 und Kanada 2021", "с Канадой в
    2019 году и Японией": a list of partners, each with its year, that the year keeps the group reader from
    joining. Only a year, its preposition, a word after the number, a comma and a conjunction stand between."""
    grammar = view.grammar
    glue = grammar.coordination | grammar.location_markers | grammar.determiners | {","}
    found, end = [], first.end
    for g in groups:
        if g.start < end:
            continue
        between = view.tokens[end:g.start]
        if g.marker is not None or not between or not any(t.text.isdigit() for t in between) \
                or not any(view.forms[t.index] & grammar.coordination for t in between) \
                or not all(t.text.isdigit() or view.forms[t.index] & glue
                           or k and between[k - 1].text.isdigit() and t.text.islower() for k, t in enumerate(between)):
            break
        found.append(g)
        end = g.end
    return found


def binds(view: SentenceView, m: CueMatch) -> bool:
    """The treaty is the subject of a verb that binds the states named right after it: "the mutual defence pact
    obliges Mali, Burkina Faso and Niger to ...", "der Pakt verpflichtet Mali, ...", "обязывает Мали, ..."."""
    return any(_bound_after(view, m, g) for g in view.in_clause(m.start) if len(_states(g)) >= 2) \
        or _binding_relative(view, m) is not None or len(_binding_relative_final(view, m)) >= 2


_RELATIVE_OPENS: Final = 4  # from the treaty word to the comma of its relative clause: "Beistandsvertrag von 1951, der"
_FINAL_VERB_REACH: Final = 10  # from the relative pronoun to the verb at the end of its clause


def _binding_relative_final(view: SentenceView, m: CueMatch) -> list[str]:
    """German verb-final relative clauses: "der Beistandsvertrag von 1951, der die USA zur Verteidigung der
    Philippinen verpflichtet": the states named between the relative pronoun and the binding verb that closes the
    clause (its object and the genitive of what it obliges to), when they are two or more."""
    if not view.grammar.verb_final:
        return []
    tokens, forms = view.tokens, view.forms
    comma = next((k for k in range(m.end, min(len(tokens), m.end + _RELATIVE_OPENS)) if tokens[k].text == ","), None)
    if comma is None or comma + 1 >= len(tokens) or not forms[comma + 1] & view.grammar.roles.subject_relatives \
            or any(m.end <= g.start < comma for g in view.groups):
        return []
    verb = None
    for k in range(comma + 2, min(len(tokens), comma + 2 + _FINAL_VERB_REACH)):
        if not tokens[k].text[:1].isalnum():
            return []  # the clause ended before a binding verb
        if forms[k] & view.lexicon.marker("binding"):
            verb = k
            break
    if verb is None:
        return []
    return unique([c for g in view.groups if comma + 1 < g.start < verb for c in _states(g)])


def _binding_relative(view: SentenceView, m: CueMatch) -> Group | None:
    """"le traité de Nancy, qui lie la France et la Pologne", "the treaty, which binds France and Poland": the states
    a relative clause right after the treaty word binds (a comma, the relative pronoun and the binding verb between,
    no party before them)."""
    tokens = view.tokens
    verb = next((k for k in range(m.end, min(len(tokens), m.end + _BOUND_REACH))
                 if view.forms[k] & view.lexicon.marker("binding")), None)
    if verb is None or "," not in (t.text for t in tokens[m.end:verb]) \
            or not any(view.forms[k] & view.grammar.roles.subject_relatives for k in range(m.end, verb)) \
            or any(m.end <= g.start < verb for g in view.groups):
        return None
    return next((g for g in view.groups if verb < g.start <= verb + 2 and g.marker is None and len(_states(g)) >= 2
                 and view.between_only(verb + 1, g.start, view.grammar.determiners)), None)


def _bound_after(view: SentenceView, m: CueMatch, g: Group) -> bool:
    """A binding verb (and only lower-case words) between the treaty word and the group, no party before the
    treaty word in its clause."""
    clause_start = view.clause(m.start)[0]
    return g.start >= m.end and g.start - m.end <= 2 and view.between_only(m.end, g.start, frozenset(), True) \
        and any(view.forms[i] & view.lexicon.marker("binding") for i in range(m.end, g.start)) \
        and not any(clause_start <= h.start and h.end <= m.start for h in view.groups)


def _compared(view: SentenceView, g: Group) -> bool:
    """"weniger weit als etwa mit Nordkorea", "more than with China": a party only compared with."""
    words = view.lexicon.marker("comparison")
    return any(view.forms[i] & words for i in range(max(0, g.start - 3), g.start))


def _mediator(view: SentenceView, g: Group) -> bool:
    """"con la mediación de Estados Unidos", "avec la médiation des États-Unis": the partner marker stands before
    the mediation, and the mediator is no party of the treaty."""
    words = view.lexicon.marker("mediator")
    after = view.lexicon.marker("mediator_after")  # "with China acting as mediator": the role word after the name
    return any(view.forms[i] & words for i in range(max(0, g.start - 3), g.start)) \
        or bool(after) and any(view.forms[i] & after for i in range(g.end, min(len(view.forms), g.end + 3)))


def _agreements(view: SentenceView) -> Pairs:
    return unique_pairs((party(e.source), party(e.target)) for e in view.events
                        if e.plover == "AGREE" and e.source and e.target and not e.negated
                        and not firm(e.source) and not firm(e.target))


_FIRMS: Final = frozenset({"BUS", "MNC"})  # the CAMEO agents of business: a company, a multinational


def firm(code: str) -> bool:
    """"RUSBUS" (Gazprom), "DEUBUS" (Siemens): a company, whose deals are contracts, not ties between states."""
    return len(code) == 6 and code[3:] in _FIRMS


def _firms(g: Group) -> bool:
    return all(firm(m.code) for m in g.members)


def unique_pairs(pairs) -> Pairs:
    seen: Pairs = []
    for a, b in pairs:
        if a != b and (a, b) not in seen and (b, a) not in seen:
            seen.append((a, b))
    return seen


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
    groups += [g for g in view.groups if g.end <= clause_start and clause_start - g.end <= 2 and _orgs(g)]
    # "la coalición contra el Estado Islámico que lidera Estados Unidos": what a body is formed against is no body
    # (unless written onto the cue itself: "stimmte gegen den EU-Beitritt der Ukraine")
    enemy = view.lexicon.marker("enemy")
    with_orgs = [g for g in groups if _orgs(g) and not (g.marker in enemy and not _written_onto(view, g, m))]
    if not with_orgs:
        return []
    org_group = _nearest(with_orgs, m, True)
    if m.cue.status == "ended" and _left_meeting(view, org_group, m) or _staff_listed(view, org_group, m):
        return []
    if related := _relative_members(view, m, org_group):
        # "el Mercosur, del que Argentina es miembro junto con Brasil y Paraguay": the company after the cue shares it
        related += [c for g in groups if g.start >= m.end and _company(view, g, org_group)
                    for c in _states(g) if c not in related]
        return _across(related, _orgs(org_group))
    # a verb-final clause puts the organisation well before its verb: "ist der Nato im April 2023 beigetreten";
    # "NATO's 31st member", "the EU's newest member": a possessive organisation with an ordinal or adjective
    reach = _MEMBER_REACH if org_group.start >= m.end or view.grammar.verb_final else \
        _ORDINAL_REACH if org_group.possessive and _only_modifiers(view, org_group.end, m.start) else 2
    if org_group.end > clause_start and _gap(org_group, m) - _interposed_between(view, org_group, m) > reach:
        return []  # "the UN chief called on Rwanda to withdraw its troops" is no leaving of the UN (a day or an
        # adverb between is no word of another act: "АС в среду приостановил членство Мадагаскара")
    # ("los países del grupo BRICS": a word of what kind of body it is may stand before the name)
    glue = _genitive_glue(view) | view.lexicon.marker("body")
    if m.cue.org_attached and not (org_group.end <= m.start and _gap(org_group, m) <= 1 or org_group.start >= m.end
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
        states = unique(_states(subject) + states)  # the subject shares the membership with the company
    if not states and m.start > 0 and view.forms[m.start - 1] & view.lexicon.marker("foreign_possessive"):
        return []  # "blockieren dessen Aufnahme in die UN", "блокируют его вступление": another's accession
    if not states and not m.cue.org_attached:  # "Beteiligung von Nato-Staaten": no states named, none taken
        subject = _member_subject(view, m, groups, org_group) or _relative_antecedent(view, m) \
            or _holder(view, m, groups) or _possessor_after(view, m, org_group) or _before_relative(view, m)
        states = _states(subject) if subject is not None else _inside(view, m, org_group)
        if not states and (state := _pronoun_subject(view, m)) is not None:
            states = [state]
    elif not states and (holder := _holder(view, m, groups)) is not None:
        states = _states(holder)  # "the two largest economies of the BRICS group": the pair the reference stands for
    elif states and groups is not own and not any(c in states for g in own for c in _states(g)) \
            and (subject := _member_subject(view, m, own, org_group)) is not None:
        # "Le Burundi et le Rwanda sont membres de l'EAC, dont la RDC fait aussi partie": the clause after the example
        # word names more members; the subject of the cue's own clause stays one
        states = _states(subject) + states
    # "Belarus gehört wie Armenien und Kasachstan der OVKS an", "along with Russia", and where the subject is a
    # pronoun ("It belongs to the GCC together with Saudi Arabia"); not the partner of another organisation after
    # this one ("es miembro de la OTAN y forma parte de la UE junto con Portugal")
    last = max(org_group.end, m.end)
    states += [c for g in groups if g is not org_group and _company(view, g, org_group)
               and not any(_orgs(h) and h is not org_group and last <= h.start and h.end <= g.start
                           and h not in more for h in groups)
               for c in _states(g) if c not in states]
    return _across(states, _composed_orgs(view, m, org_group) + [c for g in more for c in _orgs(g)])


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
        and not view.forms[g.end] & (_glue(view) | view.grammar.coordination)


def _company(view: SentenceView, g: Group, org_group: Group) -> bool:
    """States that share the membership with the subject: "alongside Russia", "aux côtés de la Russie", or a list
    governed by "with" right after the organisation ("a member of the Quad with the United States, Japan and
    Australia", "miembro del Quad con Estados Unidos"): not the states the cue is written onto."""
    if _preceded_by(view, g, view.lexicon.marker("alongside")) or _echoed(view, g):
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
    orgs = _orgs(org_group)
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
    second = next((g for g in after if _orgs(g) and not _states(g)), None)
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
    if org_group is None or org_group.marker is not None or not _orgs(org_group) or _states(org_group):
        return []
    start = org_group.end
    # the head of a compound name is no word between: "die Brics-Gruppe wurde 2024 um ... erweitert"
    if start + 2 < m.start and view.tokens[start].text in _HYPHENS:
        start += 2
    # the subject of a relative clause is its antecedent: "ASEAN, which expanded in the 1990s to include Vietnam"
    if m.cue.id in EXPANSION_CUES and start + 1 < m.start and view.tokens[start].text == "," \
            and view.forms[start + 1] & view.grammar.roles.subject_relatives:
        start += 2
    if m.start - start > _ADMIT_REACH or any(t.text == "," for t in view.tokens[start:m.start]):
        return []
    states = [c for g in view.groups if m.start < g.start and g.end <= m.end for c in _states(g)]
    if not states:
        after = next((g for g in view.groups if g.start >= m.end), None)
        if after is not None and after.start - m.end <= 1 \
                and (after.marker is None or (after.marker_index or 0) < m.end):
            states = _states(after)
    return _across(states, _orgs(org_group))


def _before_relative(view: SentenceView, m: CueMatch) -> Group | None:
    """"Togo, das an Treffen der Allianz teilnimmt, ist Mitglied der Ecowas", "Togo, which ..., remains a member of":
    the main clause goes on after a relative clause; its subject is the state before that clause."""
    start = view.clause(m.start)[0]
    # a name of the main clause before the cue is its subject; not a possessor ("one of Britain's allies") or a state
    # set beside the subject ("sind wie die Philippinen Mitglieder")
    if start < 2 or view.tokens[start - 1].text != "," or any(
            g.end <= m.start and g.start >= start and g.marker is None and not g.possessive and not g.genitive
            and not _preceded_by(view, g, view.lexicon.marker("alongside")) for g in view.groups):
        return None
    relative = view.clause(start - 2)[0]
    while relative < start and view.tokens[relative].text == ",":
        relative += 1
    if relative < 1 or not view.forms[relative] & view.grammar.roles.subject_relatives \
            or view.tokens[relative - 1].text != ",":
        # a relative clause opened by a preposition: "Армения, с которой Азербайджан ..., заморозила участие"
        opening = next((i for i in range(start - 2, 0, -1) if view.tokens[i].text == ","), None)
        if opening is None or not _relative_opening(view, opening):
            return None
        relative = opening + 1
    return next((g for g in view.groups if g.end == relative - 1 and g.marker is None and _states(g)), None)


def _relative_inside(view: SentenceView, m: CueMatch, org_group: Group) -> list[str]:
    """"ECOWAS, from which Mauritania withdrew in 2000", "la Cedeao, de la que Mauritania se retiró", "ЭКОВАС, из
    которого вышла Мавритания": the cue opens with the preposition of a relative pronoun about the organisation
    before it; the states inside the cue's words are the ones that left."""
    relatives = view.grammar.relative_markers | view.grammar.roles.subject_relatives
    if org_group.end > m.start or not any(view.forms[i] & relatives
                                          for i in range(m.start + 1, min(m.end, m.start + 3))):
        return []
    return [c for g in view.groups if m.start < g.start and g.end <= m.end for c in _states(g)]


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
    relatives = _relative_words(view) | view.lexicon.marker("whose")
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
        and (g.marker is None or g.marker_index == opening) for c in _states(g)]


def _inside(view: SentenceView, m: CueMatch, org_group: Group) -> list[str]:
    """"Dem Bündnis gehören Mali, Burkina Faso und Niger an": the subject stands inside a split verb, after the
    organisation that opens the clause."""
    if org_group.end > m.start:
        return []
    return [c for g in view.groups if m.start < g.start and g.end <= m.end and g.marker is None for c in _states(g)]


def _founders(view: SentenceView, m: CueMatch, org_group: Group, groups: list[Group]) -> list[str]:
    """"the bloc, founded by Brazil, Russia, India and China", "el bloque, fundado por Brasil ...": the agent right
    after a founding participle whose organisation stands before it."""
    if org_group.end > m.start or m.cue.id not in FOUNDING_CUES:
        return []  # not "die Verletzungen des Luftraums ihrer Mitglieder durch russische Drohnen"
    agent = next((g for g in groups if g.start >= m.end and g.marker in view.grammar.agent_markers
                  and view.between_only(m.end, g.start, view.grammar.determiners | {g.marker})), None)
    return _states(agent) if agent is not None else []


def _formation(view: SentenceView, m: CueMatch, org_group: Group) -> bool:
    """"part of an African Union force", "fait partie de la mission de l'Union africaine", "в составе миссии
    Африканского союза": the organisation names whose force or mission the cue is about (a word of a formation right
    after it, or between the cue and it)."""
    words = view.lexicon.marker("formation")
    if not words:
        return False
    after = org_group.end + (org_group.end < len(view.tokens) and view.tokens[org_group.end].text in _HYPHENS)
    if after < len(view.tokens) and view.forms[after] & words:
        return True
    return org_group.start >= m.end and any(view.forms[i] & words for i in range(m.end, org_group.start))


def _genitive_glue(view: SentenceView) -> frozenset[str]:
    """Articles and genitive markers: "de la", "der", "of the" (none in a case language: "страны НАТО")."""
    return view.grammar.determiners | view.grammar.genitive_markers


def _only_modifiers(view: SentenceView, low: int, high: int) -> bool:
    """"'s 31st", "'s newest": only glue, numbers and lower-case words between a possessive and its noun."""
    return high - low <= _ORDINAL_REACH and all(
        tok.text.isdigit() or tok.text in _glue(view) or tok.text.isalpha() and tok.text[:1].islower()
        for tok in view.tokens[low:high])


def _coordinated_states(view: SentenceView, m: CueMatch, org_group: Group) -> list[str]:
    """The coordinator took states into the organisations' group: "Hungary, an EU and NATO member" (the states
    before organisations that stand right before the cue), "los miembros del BRICS, Brasil, Rusia ..." (the
    states after an organisation that follows the cue)."""
    if not _states(org_group):
        return []
    tokens = view.tokens
    # not the leader of a second organisation: "of the EAEU and of the Russian-led CSTO"
    parties = [party(mention.code) for mention in org_group.members
               if not (mention.token_end + 1 < len(tokens) and tokens[mention.token_end].text in _HYPHENS
                       and tokens[mention.token_end + 1].text.islower())]
    orgs = [i for i, code in enumerate(parties) if is_org(code)]
    if 0 <= m.start - org_group.end <= 1 and orgs[0] > 0:
        states = parties[:orgs[0]]
    elif 0 <= org_group.start - m.end <= 2 and orgs[-1] < len(parties) - 1 \
            and view.between_only(m.end, org_group.start, _glue(view)):
        states = parties[orgs[-1] + 1:]
    else:
        return []
    return [c for c in unique(states) if not is_org(c)]


def _relative_antecedent(view: SentenceView, m: CueMatch) -> Group | None:
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
    before = [g for g in view.groups if g.end <= start and _states(g) and (start - g.end <= 1 or start - g.end == 2
              and view.forms[g.end] & view.grammar.separable_particles)]
    return before[-1] if before else None


def _opens_apposition(view: SentenceView, start: int, m: CueMatch) -> bool:
    """The clause after a comma opens with the cue or a few lower-case words before it (a participle: "Армения,
    заморозившая участие в ОДКБ", "Казахстан, председательствовавший в ШОС"): a phrase about the name before."""
    tokens = view.tokens
    return 1 < start <= m.start <= start + 2 and tokens[start - 1].text == "," and not _in_relative(view, start - 2) \
        and all(t.text.isalpha() and t.text[:1].islower() for t in tokens[start:m.start + 1])


def _in_relative(view: SentenceView, index: int) -> bool:
    """The token stands in a relative clause ("Hungary, which borders Serbia, is ..."): the main clause goes on after
    its comma, and what follows that comma is no apposition to the name before it."""
    low = view.clause(index)[0]
    while low < index and view.tokens[low].text == ",":
        low += 1
    return bool(view.forms[low] & (view.grammar.roles.subject_relatives | view.lexicon.marker("whose")))


def _attached_states(view: SentenceView, m: CueMatch, org_group: Group, groups: list[Group]) -> list[str]:
    """States written onto the cue: "members Brazil, Russia", "Beitritt Finnlands", "accession of Finland",
    "Sweden's accession", "Schwedens Nato-Beitritt", "Члены НАТО и Евросоюза Эстония, Латвия и Литва"."""
    # "EU members such as Hungary", "Nato-Staaten wie Polen", "страны ЕС, в том числе Венгрия"
    glue = _glue(view) | _HYPHENS | {",", ":"} | view.lexicon.marker("example")
    right = m.end
    if org_group.start >= m.end and view.between_only(m.end, org_group.start, glue):
        right = org_group.end  # "members of the EU Poland and Hungary": after the organisation
    left = m.start
    if org_group.end <= m.start and view.between_only(org_group.end, m.start, glue):
        left = org_group.start  # "Schwedens Nato-Beitritt"
    found: list[str] = []
    # "Turkey is a NATO member, Egypt ...": the cue has a subject of its own; not "Après avoir rompu avec la Cédéao,
    # le Mali et le Niger ont fondé ...", where the state after the comma is the subject the fronted phrase is about
    subject_before = any(g.end <= min(m.start, org_group.start) and g.marker is None and _states(g) for g in groups)
    for g in groups:
        if g is org_group or not _states(g):
            continue
        after = g.start >= right and g.start - right <= _LIST_REACH \
            and view.between_only(right, g.start, glue, skip=view.interposed if m.cue.org_next else frozenset()) \
            and not (g.end <= org_group.start and _leads(view, g)) and not _company(view, g, org_group) \
            and not (subject_before and _opens_clause(view, right, g))
        before = g.end <= left and left - g.end <= 2 and view.between_only(g.end, left, glue) and (
            g.possessive or g.genitive or _adjective(g))
        if after or before:
            found += _states(g)
    return found


def _united(view: SentenceView, m: CueMatch, groups: list[Group]) -> Pairs:
    """The states a participle of union qualifies: the list right before its comma ("главами МИД Мали, Буркина-Фасо
    и Нигера, объединенных в Альянс", "Mali, Burkina Faso y Níger, agrupados en la AES"), else the subject of a copula
    ("Mali, Burkina Faso und Niger sind in der Allianz der Sahelstaaten zusammengeschlossen"); not the subject of
    another verb ("Lavrov met the ministers of the states grouped in the AES")."""
    orgs = [g for g in groups if _orgs(g) and g.start >= m.end or g.end <= m.start and view.grammar.verb_final
            and _orgs(g)]
    if not orgs:
        return []
    org = _nearest(orgs, m, False)
    comma = m.start - 1
    if comma >= 1 and view.tokens[comma].text == ",":
        listed = next((g for g in view.groups if g.end == comma and _states(g) and not _orgs(g)), None)
        return _across(_states(listed), _orgs(org)) if listed is not None else []
    copula = view.lexicon.marker("copula")
    low = view.clause(m.start)[0]
    verb = next((i for i in range(low, m.start) if view.forms[i] & copula), None)
    subject = next((g for g in groups if verb is not None and g.end <= verb and g.marker is None and _states(g)), None)
    return _across(_states(subject), _orgs(org)) if subject is not None else []


def _apposed_states(view: SentenceView, m: CueMatch, org_group: Group) -> list[str]:
    """"Austria, Ireland and Malta, EU states outside NATO, ...": the states
    before the comma that opens an apposition of the organisation's noun (the organisation right before it), the
    apposition closed by a comma before any other state."""
    if not m.cue.org_attached or org_group.end > m.start or m.start - org_group.end > 1:
        return []
    subject = _apposed_words(view, org_group.start)
    if subject is None:
        return []
    for k in range(m.end, len(view.tokens)):
        if view.tokens[k].text in _APPOSITION_MARKS:
            return _states(subject)
        if any(g.start == k and _states(g) for g in view.groups):
            return []  # "Poland, EU states and Ukraine": a list, no apposition
    return []


def _possessor_after(view: SentenceView, m: CueMatch, org_group: Group) -> Group | None:
    """"Nach ihrem Bruch mit der Ecowas gründeten Mali und Niger ...": a possessive before the cue in a fronted
    phrase stands for the subject of the clause that follows the phrase."""
    possessives = view.grammar.possessives | view.lexicon.marker("possessive")
    if not any(view.forms[i] & possessives for i in range(max(0, m.start - 2), m.start)):
        return None
    return next((g for g in view.groups if g.start >= max(m.end, org_group.end) and g.marker is None
                 and not g.genitive and _states(g) and not _orgs(g) and not _leads(view, g)), None)


def _holder(view: SentenceView, m: CueMatch, groups: list[Group]) -> Group | None:
    """"Polonia y Lituania, ambos miembros de la OTAN": the reference that holds the cue stands for the members."""
    return next((g for g in groups if g.start <= m.start and m.end <= g.end and _states(g)
                 and any(mention.kind == "reference" for mention in g.members)), None)


def _leads(view: SentenceView, g: Group) -> bool:
    """"a member of the Russian-led CSTO", "Mitglied des von Russland geführten Bündnisses OVKS": a demonym or an
    agent between the cue and its organisation qualifies the organisation; it is not the member."""
    tokens = view.tokens
    hyphened = g.end + 1 < len(tokens) and tokens[g.end].text in _HYPHENS and tokens[g.end + 1].text.islower()
    return _adjective(g) or g.marker in view.grammar.agent_markers or hyphened  # "the Moscow-led CSTO"


def _member_subject(view: SentenceView, m: CueMatch, groups: list[Group], org_group: Group) -> Group | None:
    """"Sweden became a member of NATO", "Mali, Burkina Faso and Niger announced their withdrawal from
    ECOWAS": the nearest state group before the cue that is not a place or a mere demonym; a state the cue stands
    in apposition to, whatever governs it ("solidarity with Denmark, a founding member of NATO,")."""
    lex = view.lexicon
    apposed = _apposed_words(view, m.start)
    closed = org_group.end < len(view.tokens) and view.tokens[org_group.end].text in _APPOSITION_MARKS
    if apposed is not None and closed and apposed is not org_group and not _place(view, apposed):
        return apposed  # (closed by a comma after the organisation: not "Mali, together with Niger, withdrew from")
    before = [g for g in groups if g is not org_group and g.end <= m.start and _states(g)
              and not _place(view, g) and not _adjective_modifier(view, g)
              and not _preceded_by(view, g, lex.marker("alongside"))  # "X вместе с Россией являются членами"
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
    if not any(h.end <= opening and _states(h) for h in view.groups):
        return False  # no state before the apposition for it to describe
    return any(tokens[i].text == "," for i in range(g.end, cue))


def _relative_words(view: SentenceView) -> frozenset[str]:
    roles = view.grammar.roles
    return roles.subject_relatives | roles.object_relatives | roles.parse_relatives


def _relative_opening(view: SentenceView, comma: int) -> bool:
    """A relative pronoun right after the comma, or after the comma and one word (its preposition): ", which",
    ", с которой", ", avec lequel"."""
    words = _relative_words(view)
    return any(k < len(view.tokens) and view.forms[k] & words for k in (comma + 1, comma + 2))


def _in_closed_relative(view: SentenceView, g: Group, cue: int) -> bool:
    """The group stands in a relative clause set off by commas that closes before the cue: "Армения, с которой
    Азербайджан ... парафировал мирное соглашение, заморозила участие в ОДКБ" (Armenia froze it, not Azerbaijan)."""
    tokens = view.tokens
    opening = next((i for i in range(g.start - 1, -1, -1) if tokens[i].text == ","), None)
    if opening is None or not _relative_opening(view, opening) or any(
            tokens[i].text in ".;:" for i in range(opening, g.start)):
        return False
    return any(tokens[i].text == "," for i in range(g.end, cue))


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
    while i >= 0 and m.start - i <= _APPOSITION_REACH + 1 and view.tokens[i].text.isalpha() \
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
    lex, glue = view.lexicon, _glue(view)
    for g in view.groups:  # "one of Peru's closest allies since the Bolivian invasion": the possessor comes first
        # (a number may count the allies: "among Taiwan's 12 remaining diplomatic allies")
        numbers = frozenset(i for i in range(g.end, m.start) if view.tokens[i].text.isdigit())
        if g.possessive and g.end <= m.start and m.start - g.end <= _ATTACH_REACH + 2 \
                and view.between_only(g.end, m.start, glue | _HYPHENS, lower_words=True, skip=numbers):
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
        if g.end <= m.start and m.start - g.end <= _ATTACH_REACH and (g.possessive or _orgs(g) or _saxon(g)) \
                and view.between_only(g.end, m.start, glue | _HYPHENS, lower_words=True):
            return g
        if g.marker in lex.marker("hub") and 0 <= m.start - g.end <= (_HUB_ADVERBS if m.cue.kind == "ally" else 0) \
                and view.between_only(g.end, m.start, frozenset(), lower_words=True) \
                and not any(view.forms[i] & (view.grammar.coordination | view.grammar.determiners)
                            for i in range(g.end, m.start)):
            return g  # "mit Russland verbündet", "с Россией союзный", "mit Washington eng verbündet"
        if m.start - g.end <= 2 and g.marker is None and _states(g) \
                and (_named_right_after(view, m) or _apposed_words(view, g.start) is not None) \
                and view.between_only(g.end, m.start, _HYPHENS | lex.marker("qualifier")) \
                and m.start - g.end - sum(1 for t in view.tokens[g.end:m.start] if t.text in _HYPHENS) <= 1:
            return g  # "US ally Israel", "Kremlin ally Belarus", "X and Y, both close US allies,": the hub on the noun;
            # "Japan, the other U.S. treaty ally": a noun that says what kind of ally between
    # "its ally", "su aliado", "son alliée", "seine Verbündeten": the clause's subject
    if (i := _possessive_before(view, m)) is not None:
        return _subject_before(view, i)
    return _naming_speaker(view, m)


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
    named = [g for g in view.groups if verb < g.start and g.end <= m.start and _states(g)]
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
    hub = next((g for g in view.groups if g.end == i and _states(g) and len(g.members) == 1
                and (g.marker in view.lexicon.marker("hub") or g.genitive or g.possessive)), None)
    # the first noun phrase is an apposition: a comma right after a state opens it, only lower-case words up to the
    # hub ("Tanzania, el primer socio comercial de Uganda"); not "se reunió con el presidente de Brasil y un ..."
    if hub is None:
        return None
    comma = next((k for k in range(hub.start - 1, max(-1, hub.start - _APPOSITION_REACH * 3), -1)
                  if view.tokens[k].text == ","), None)
    if comma is None or not view.between_only(comma + 1, hub.start, view.grammar.determiners, lower_words=True) \
            or not any(g.end == comma and _states(g) for g in view.groups):
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
    second = next((other for other in view.cue_matches() if joint < other.start < high), None)
    if second is None or second.cue.kind not in ("ally", "strategic_partnership") \
            or not view.between_only(joint + 1, second.start, frozenset(), lower_words=not view.grammar.verb_final):
        return None
    lex, glue = view.lexicon, _glue(view)
    return next((g for g in view.groups if g.start >= second.end and g.start - second.end <= _ATTACH_REACH
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


def _apposed_words(view: SentenceView, start: int) -> Group | None:
    """"Japan and Australia, both close US allies,": the state group before the comma that opens an apposition
    of a few lower-case words ending at `start`."""
    i = start - 1
    while i >= 0 and start - i <= _APPOSITION_REACH and view.tokens[i].text.isalpha() \
            and view.tokens[i].text[:1].islower():
        i -= 1
    if i < 0 or view.tokens[i].text not in _APPOSITION_MARKS:
        return None
    return next((g for g in view.groups if g.end == i and _states(g)), None)


def _saxon(g: Group) -> bool:
    """"Russlands treuester Verbündeter": one name in a genitive form before the noun (the actor reader marks it)."""
    return len(g.members) == 1 and g.members[0].genitive


def _named_right_after(view: SentenceView, m: CueMatch) -> bool:
    """A party's name right after the cue: "ally Israel" (not "US allies condemned Russia")."""
    return any(g.start == m.end and g.marker is None and not _adjective(g) for g in view.groups)


def _subject_before(view: SentenceView, index: int) -> Group | None:
    start = view.clause(index)[0]
    free = [g for g in view.groups if g.end <= index and g.marker is None and not g.genitive
            and not _adjective_modifier(view, g)]
    in_clause = [g for g in free if g.start >= start]
    return in_clause[0] if in_clause else (free[0] if free else None)


def _hub_members(view: SentenceView, m: CueMatch, center: Group) -> list[Group]:
    lex, tokens = view.lexicon, view.tokens
    clause = view.clause(m.start)
    # "Венгрия, член ЕС и НАТО, остается ближайшим союзником Сербии": the organisations a membership word governs
    # are what the subject is a member of, not the hub's allies
    governed = {other.end for other in view.cue_matches() if other.cue.kind == "membership" and other.end <= m.start}
    others = [g for g in view.groups if g is not center and not _adjective_modifier(view, g)
              and g.start not in view.outside  # "a major non-NATO ally", "союзник вне НАТО": no party
              and not (_orgs(g) and not _states(g)
                       and (g.start if g.marker_index is None else g.marker_index) in governed)]
    holder = next((g for g in others if g.start <= m.start and m.end <= g.end), None)
    if holder is not None:  # "Japón y Corea del Sur, ambos aliados de": the reference that holds the cue
        return [holder]
    # "la Russie, son alliée traditionnelle", "Qatar, a sovereign nation and close ally of", "Израиль — союзник"
    glue = _glue(view) | _APPOSITION_MARKS | _HYPHENS
    for g in others:  # "Ethiopia, Eritrea's ally": the hub's possessive may open the apposition
        opens = center.end if center.start == g.end + 1 and center.possessive else g.end + 1
        if g.end < m.start and tokens[g.end].text in _APPOSITION_MARKS and m.start - g.end <= 8 \
                and not _in_relative(view, g.start) and view.between_only(opens, m.start, glue, lower_words=True):
            return [g]
        # "Tanzania, el primer socio comercial de Uganda y un aliado": the hub of a first noun stands between
        if g.end < center.start and center.end <= m.start and tokens[g.end].text == "," and _states(g) \
                and g.end + 1 < len(tokens) and view.forms[g.end + 1] & view.grammar.determiners \
                and m.start - g.end <= _CONJUNCT_REACH and not _in_relative(view, g.start) \
                and not _in_relative(view, g.end + 1) \
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
        if _preceded_by(view, g, lex.marker("alongside")) and g not in found:
            found += [g] + _listed_after(view, g, [h for h in in_clause if h is not center])
    # "Russia defended the launch by its ally", "Iran's allies in the region, Hezbollah and the Houthis": who the
    # ally is may stand later; not for a plural a pronoun leaves unnamed ("accused Beijing of poaching its allies,
    # and said Honduras had asked ...")
    if not found and (before := _before_relative(view, m)) is not None and before is not center:
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
    return 0 <= m.start - g.end <= _ATTACH_REACH and view.between_only(g.end, m.start, _glue(view), lower_words=True)


def _apposed_after(view: SentenceView, after: int, groups: list[Group]) -> Group | None:
    """"Israels engster Verbündeter, die USA, hat ...", "Ближайший союзник Израиля, США, направил": the name set
    between commas right after the ally word and its hub."""
    tokens = view.tokens
    if after >= len(tokens) or tokens[after].text != ",":
        return None
    for g in groups:
        if g.start > after and g.marker is None and g.start - after <= 3 \
                and view.between_only(after, g.start, view.grammar.determiners | {","}) \
                and (g.end >= len(tokens) or tokens[g.end].text in _APPOSITION_MARKS):
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


def _preceded_by(view: SentenceView, g: Group, words: frozenset[str]) -> bool:
    """"Neben Kuba, Nicaragua und China", "alongside Mozambique", "comme la Russie"; not a word that a word before it
    makes a conjunction: "после того, как Ереван заморозил" (after Yerevan froze), not "как Россия" (like Russia)."""
    for i in range(g.start - 1, max(-1, g.start - 4), -1):  # "aux côtés de la Russie": three words back
        if view.forms[i] & words:
            before = i - 1 if i and view.tokens[i - 1].text == "," else i
            return not (before and view.forms[before - 1] & view.lexicon.marker("conjunction"))
        if not view.forms[i] & (view.grammar.determiners | view.grammar.genitive_markers | {g.marker}):
            return False  # "junto a Cuba", "aux côtés de la Chine"
    return False


def rival(view: SentenceView, m: CueMatch) -> Pairs:
    pairs, _ = hub(view, m)
    if pairs:
        return pairs
    groups = [g for g in view.in_clause(m.start) if not _place(view, g)]
    pairs = _between(view, m, groups)
    if pairs:
        return pairs
    # "Israël est en guerre contre le Hamas", "Russia fought against Ukraine": the subject and the opponent
    # (or inside the cue's gap: "вел с Индией боевые действия", the verb before the opponent and its object after)
    opponent = next((g for g in groups if (g.start >= m.end and g.start - m.end <= _ATTACH_REACH
                                           or m.start < g.start and g.end < m.end)
                     and g.marker in view.lexicon.marker("against")
                     and view.between_only(m.end, g.start, _glue(view) | {g.marker}, lower_words=True)), None)
    subject = _subject(view, m, groups) if opponent is not None else None
    if subject is not None and subject.possessive:
        subject = _fighter_before(m, groups, opponent) or subject
    if subject is not None and opponent is not None and subject is not opponent and subject.end <= m.start:
        return _across(codes(subject), codes(opponent))
    company = view.lexicon.marker("alongside")
    if any(view.forms[i] & company for i in range(m.start + 1, min(m.start + _COMPANY_REACH, m.end))):
        # "Australian troops fought alongside British forces in both world wars", "lucharon junto a", "воевали вместе
        # с": the fight verb's partner fought on its side, and the pair named before it are no enemies either
        return []
    paired = next((g for g in groups if g.marker is None and len(codes(g)) >= 2), None) or _apposed_pair(view, m)
    return _among(codes(paired)) if paired is not None else []  # "X and Y are arch-rivals"


def _fighter_before(m: CueMatch, groups: list[Group], opponent: Group | None) -> Group | None:
    """"Chinas Rückendeckung für Russland im Krieg gegen die Ukraine", "China's backing for Russia in the war against
    Ukraine": the state named right before the cue is the one at war; the possessor before it backs that state."""
    return next((g for g in groups if g.end == m.start and g is not opponent and _states(g)), None)


# words after a fight verb where a word of company stands: "fought alongside", "ont combattu aux"
_COMPANY_REACH: Final = 3


def _apposed_pair(view: SentenceView, m: CueMatch, any_words: bool = False) -> Group | None:
    """"Saudi-Arabien und Iran, seit langem regionale Rivalen, ...": a coordinated pair before the comma of an
    apposition that the clause reader set apart, with only lower-case words between the comma and the cue; with
    `any_words` (a treaty: "Tschad und Niger, seit September durch ein Verteidigungsbündnis verbunden") any words
    but an actor or a comma."""
    for g in view.groups:
        # a year may stand in the apposition: "Vietnam und Indien, seit 2016 strategische Partner, ..."
        years = frozenset(tok.text for tok in view.tokens[g.end + 1:m.start] if tok.text.isdigit())
        if g.marker is None and len(codes(g)) >= 2 and g.end < m.start <= g.end + 1 + _APPOSITION_REACH + 2 \
                and view.tokens[g.end].text in _APPOSITION_MARKS \
                and (view.between_only(g.end + 1, m.start, _glue(view) | years, lower_words=True)
                     or any_words and not any(
                    g.end < h.start < m.start for h in view.groups)
                    and all(tok.text not in _APPOSITION_MARKS for tok in view.tokens[g.end + 1:m.start])):
            return g
    return None


def strained(view: SentenceView, m: CueMatch) -> Pairs:
    """The pair of a tension or a dispute: "tensions between Serbia and Kosovo", "the Serbia-Kosovo dispute", "the
    presidents of X and Y will meet over their dispute" (a possessive for the pair the clause is about); not a party
    the strain is only near ("EU talks on the tensions in the north of Kosovo")."""
    groups = [g for g in view.in_clause(m.start) if not _place(view, g)]
    pairs = _between(view, m, groups) or _hyphen_pair(view, m)
    if pairs:
        return pairs
    possessives = view.grammar.possessives | view.lexicon.marker("possessive")
    if not any(view.forms[i] & possessives for i in range(max(0, m.start - 2), m.start)):
        return []
    subject = _subject_before(view, m.start)
    return _among(codes(subject)) if subject is not None and len(codes(subject)) == 2 else []


def allied_pair(view: SentenceView, m: CueMatch) -> Pairs:
    """"Moscow and Minsk are close allies", "Serbien und Ungarn sind Verbündete": a coordinated pair, a copula,
    the cue (not "X and Y met with allies": only a copula joins the pair to the word)."""
    copula = view.lexicon.marker("copula")
    paired = [g for g in view.in_clause(m.start) if g.end <= m.start and g.marker is None and len(codes(g)) >= 2]
    if not paired or not any(view.forms[i] & copula for i in range(paired[-1].end, m.start)):
        return []
    if any(paired[-1].end <= g.start and g.end <= m.start for g in view.groups):
        return []  # "China and Honduras set up ties, and Taiwan accused Beijing of luring away its remaining allies"
    return _among(codes(paired[-1]))


def war(view: SentenceView, m: CueMatch) -> Pairs:
    groups = [g for g in view.in_clause(m.start)]
    pairs = _between(view, m, groups) or _hyphen_pair(view, m)
    if pairs:
        return pairs
    agent = _war_agent(view, m, groups)
    target = _war_target(view, m, groups, agent)
    if agent is None or target is None:
        return _force_at(view, m)
    return _across(codes(agent), codes(target))


def _force_at(view: SentenceView, m: CueMatch) -> Pairs:
    """"Russian troops continued their offensive in the Donetsk region": the war word is itself an act of force the
    event coder has read, by a side the sentence names on a target it knows only by a place (a region, a city: no
    party of a tie here); the sides are that act's. Only the act the war word names, and not one whose sides the
    event coder took from elsewhere in the article or from names the shapes above have already weighed."""
    low, high = view.tokens[m.start].start, view.tokens[m.end - 1].end
    named = set(view.parties())
    return unique_pairs((party(e.source), party(e.target)) for e in view.events
                        if e.plover == "ASSAULT" and e.source and e.target and not e.negated and e.factual
                        and party(e.source) in named and party(e.target) not in named
                        and e.trigger_start is not None and e.trigger_end is not None
                        and e.trigger_start < high and low < e.trigger_end)


def _war_agent(view: SentenceView, m: CueMatch, groups: list[Group]) -> Group | None:
    """"Russia's war", "der russische Angriffskrieg", "l'invasion russe", "der Krieg Russlands gegen",
    "l'offensive lancée par Moscou", "российское вторжение"."""
    glue = _glue(view)
    for g in groups:
        if g.end <= m.start and m.start - g.end <= 2 and (g.possessive or _adjective(g)) \
                and view.between_only(g.end, m.start, glue, lower_words=True):
            return g
    after = [g for g in groups if g.start >= m.end and g.start - m.end <= 4]
    for g in after:
        if g.marker in view.grammar.agent_markers and view.between_only(m.end, g.start, glue, lower_words=True):
            return g  # "the offensive launched by Russia"
        if g.start - m.end <= 2 and (_adjective(g) and not view.grammar.adjectives_before_nouns
                                     or g.genitive or g.marker is None and not view.grammar.adjectives_before_nouns
                                     and not view.grammar.genitive_markers):
            nxt = next((h for h in groups if h.start >= g.end and h is not g), None)
            if nxt is not None and nxt.marker in _target_markers(view):
                return g  # "invasion russe de", "Krieg Russlands gegen", "война России против"
    return None


def _target_markers(view: SentenceView) -> frozenset[str]:
    lex = view.lexicon
    return lex.marker("against") | lex.marker("object") | lex.marker("place")


def _war_target(view: SentenceView, m: CueMatch, groups: list[Group], agent: Group | None) -> Group | None:
    """"against Ukraine", "of Ukraine", "in Ukraine", "auf die Ukraine", "contre l'Ukraine", "на Украину"."""
    start = agent.end if agent is not None and agent.start >= m.end else m.end
    for g in groups:
        if g is agent or g.start < start or g.start - start > 4:
            continue
        if not view.between_only(start, g.start, _glue(view) | _target_markers(view)):
            return None  # "l'offensive lancée par Moscou, alliée de Minsk"
        if g.marker in _target_markers(view) or g.genitive and g.marker is None:
            return g
    return None


def backed(view: SentenceView, m: CueMatch) -> Pairs:
    """(backed, backer) pairs: "Houthis backed by Iran", "Iran-backed Houthis", "vom Iran unterstützte"."""
    grammar, glue = view.grammar, _glue(view)
    backer = backed_one = None
    for g in view.groups:
        if g.start >= m.end and g.start - m.end <= 2 and (g.marker in grammar.agent_markers or (
                not grammar.genitive_markers and g.marker in (None, COMPOUND))):
            backer = g  # "backed by Iran", "поддерживаемые Ираном" (a case language: the instrumental, which the
            # event roles mark as qualifying the noun)
            break
        if g.end <= m.start and m.start - g.end <= 2 and (
                g.marker in grammar.agent_markers or view.between_only(g.end, m.start, _HYPHENS)
                and (g.end < m.start or not _finite_after_subject(view, g, m) or _armed_after(view, m))):
            backer = g  # "vom Iran unterstützte", "Iran-backed"; not the subject of "Polen unterstützt die Ukraine"
            break
    if backer is None:
        return []
    if backer.start >= m.end:
        before = [g for g in view.groups if g.end <= m.start and m.start - g.end <= 3
                  and (m.cue.kind != "membership" or _orgs(g))  # what a state leads is an organisation
                  and view.between_only(g.end, m.start, glue | {",", "which", "who", "que", "qui", "die", "der",
                                                                "das", "который", "которые"},
                                        # "l'OTSC, l'alliance militaire dirigée par Moscou": an adjective of the body
                                        lower_words=m.cue.kind == "membership")]
        # "поддерживаемые Ираном хуситы": in a case language the noun may follow the participle and its agent
        backed_one = before[-1] if before else next(
            (g for g in view.groups if g.start >= backer.end and g.start - backer.end <= 1 and not (
                grammar.genitive_markers or _head_between(view, backer.end, g.start))), None)
    else:
        backed_one = next((g for g in view.groups if g.start >= m.end and g.start - m.end <= 2
                           and not _head_between(view, m.end, g.start)), None)
    if backed_one is None:  # "Hezbollah, an Iran-backed militia", "la Hezbolá, la milicia respaldada por Irán"
        backed_one = _apposition_head(view, min(backer.start, m.start))
    if backed_one is None and m.cue.kind == "membership":
        backed_one = _body_named_before(view, m, backer)
    backed_codes = codes(backed_one) if backed_one is not None else _armed_group(view, m, backer)
    return [(a, b) for a in backed_codes for b in codes(backer) if a != b]


def _armed_after(view: SentenceView, m: CueMatch) -> bool:
    """An armed group right after the cue: "Ruanda unterstützt die M23-Miliz" names its patron, as "die von Ruanda
    unterstützte M23" does."""
    return any(g.start >= m.end and g.start - m.end <= 2 and any(is_armed_group(x.code) for x in g.members)
               for g in view.groups)


def _finite_after_subject(view: SentenceView, g: Group, m: CueMatch) -> bool:
    """The cue right after a name with no marker is the finite verb the name is the subject of, where the language
    puts a participle's agent behind a marker ("vom Iran unterstützte Miliz"): "Polen unterstützt die Ukraine",
    "Russland unterstützt Serbiens Aufnahme" (support, no alliance). Only in a language with genitive markers (in
    Russian "поддерживаемые Ираном" the bare instrumental is the agent), and not where the cue is a participle
    before a noun ("die Iran-gestützten Milizen" is written with a hyphen) or follows an article."""
    if not view.grammar.genitive_markers or g.marker is not None:
        return False
    return g.start == 0 or not view.forms[g.start - 1] & view.grammar.determiners


def _body_named_before(view: SentenceView, m: CueMatch, backer: Group) -> Group | None:
    """"froze its participation in the CSTO, accusing the Russian-led bloc of ...": a word of a body right after the
    cue (and its leader) is the organisation the sentence named last before it."""
    noun = max(m.end, backer.end)
    if noun >= len(view.tokens) or not view.forms[noun] & view.lexicon.marker("body"):
        return None
    before = [g for g in view.groups if g.end <= min(m.start, backer.start) and _orgs(g) and not _states(g)]
    return before[-1] if before else None


def _head_between(view: SentenceView, low: int, high: int) -> bool:
    """A noun or a verb in [low, high) after which the name is not the one backed: "the Iran-backed militia
    attacked Israel", "die vom Iran unterstützte Miliz griff Israel an". Adjectives may stand between: in German
    lower-case words (nouns are capitalised), in Russian words that are no verb and no armed-group noun, elsewhere
    capitalised ones ("the Iran-backed Yemeni Houthis"); a noun only right before the name, which names it ("dem von
    Russland geführten Militärbündnis OVKS", "the Iran-backed militia Hezbollah")."""
    heads, grammar = view.lexicon.marker("armed_group"), view.grammar
    function_words = joined(grammar.target_markers, grammar.location_markers, grammar.genitive_markers,
                            grammar.coordination, grammar.determiners)
    for k in range(low, high):
        tok = view.tokens[k]
        if grammar.verb_lemma_endings and grammar.verb_word(tok):
            return True
        noun = tok.text.lower() in heads or (tok.text[:1].isupper() if grammar.verb_final else (
            not grammar.verb_lemma_endings and tok.text.isalpha() and tok.text[:1].islower()))
        if noun and (k != high - 1 or tok.text.lower() in function_words):
            return True
    return False


def _armed_group(view: SentenceView, m: CueMatch, backer: Group) -> list[str]:
    """"The Iran-backed group began firing", "la milicia respaldada por Irán": a noun that describes the one armed
    group the article has named up to the cue (none where it names several; not one named after it: "The
    Iran-backed group began firing a day after Hamas's attack" is the group named before)."""
    named = dict.fromkeys(view.armed_groups)
    named.update(dict.fromkeys(party(x.code) for g in view.groups for x in g.members
                               if is_armed_group(x.code) and x.token_end <= m.start))
    if len(named) != 1:
        return []
    # "Iran-backed group"; "militia backed by Iran"; "поддерживаемая Ираном группировка"
    nouns = [m.end] if backer.end <= m.start else [m.start - 1, backer.end]
    words = view.lexicon.marker("armed_group")
    if any(0 <= noun < len(view.tokens) and view.forms[noun] & words for noun in nouns):
        return list(named)
    return []


def _apposition_head(view: SentenceView, start: int) -> Group | None:
    """The name an apposition describes: "Hezbollah, an ... militia" — the group before a comma, with only
    articles and lower-case words between the comma and `start`."""
    for g in reversed(view.groups):
        if g.end >= start:
            continue
        if g.end < len(view.tokens) and view.tokens[g.end].text == "," and start - g.end - 1 <= _APPOSITION_REACH \
                and view.between_only(g.end + 1, start, _glue(view), lower_words=True):
            return g
        return None
    return None


def pits(view: SentenceView, m: CueMatch) -> Pairs:
    """"le conflit qui oppose l'Arménie à l'Azerbaïdjan", "the war pitting Sudan against South Sudan", "el conflicto
    que enfrenta a Armenia con Azerbaiyán": the sides stand after the verb, the first right after it (both, where
    they are coordinated), the other after a word of opposition."""
    groups = [g for g in view.in_clause(m.start) if g.start >= m.end and not _place(view, g)]
    first = next((g for g in groups if g.start - m.end <= 2), None)
    if first is None:
        return []
    if len(codes(first)) >= 2:
        return _among(codes(first))
    opposing = view.lexicon.marker("opposing")
    other = next((g for g in groups if g.start > first.start and g.start - first.end <= 2 and g.marker in opposing),
                 None)
    return _across(codes(first), codes(other)) if other is not None else []


SHAPES: Final[dict[str, Callable[[SentenceView, CueMatch], Pairs]]] = {
    "treaty": treaty, "member": member, "rival": rival, "war": war, "backed": backed, "strained": strained,
    "pits": pits,
}
