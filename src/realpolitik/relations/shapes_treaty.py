"""The treaty shape: "X and Y signed a pact", "X signed a pact with Y", "the treaty between X and Y", "the
Russian-Venezuelan agreement"; failing these, the sentence's AGREE events. Also `binds` (a treaty word's
relative clause that names what it binds) and the firms no treaty is between.

Separate: a shape of its own, with the helpers only it reads.
"""

from __future__ import annotations

from typing import Final

from realpolitik.codes import party
from realpolitik.events.roles import Group
from realpolitik.relations.sentence import CueMatch, SentenceView, codes, unique
from realpolitik.relations.shapes_base import (
    Pairs,
    across,
    among,
    org_codes,
    place,
    relative_antecedent,
    state_codes,
    unique_pairs,
)
from realpolitik.relations.shapes_pairs import apposed_pair, between_pair, clause_subject, hyphen_pair

# from a treaty word to the verb of its relative clause: "le pacte de sécurité signé en 1990 qui
_BOUND_REACH: Final = 7
# l'unissait à"
_BOUND_BEFORE: Final = 10  # from a binding participle to the treaty word: "liée à la Nouvelle-Zélande par un traité"


def _genitive_pair(view: SentenceView, m: CueMatch, groups: list[Group]) -> Pairs:
    """"the strategic partnership of Russia and India", "die strategische Partnerschaft der beiden Länder", "le
    partenariat stratégique des deux pays", "la asociación estratégica de los dos países": two states (or a pair
    reference) in the genitive right after the tie word are its parties (Russian, whose genitive has no marker, not:
    "Первые соглашения двух стран" may be a pair's deals with a third)."""
    g_ = view.grammar
    after = next((g for g in groups if g.start >= m.end), None)
    if after is None or not (after.genitive or after.marker in g_.genitive_markers) \
            or len(set(state_codes(after))) != 2 or org_codes(after) \
            or not view.between_only(m.end, after.start, g_.determiners | g_.genitive_markers):
        return []
    return among(state_codes(after))


def treaty(view: SentenceView, m: CueMatch) -> Pairs:
    # "Gazprom and CNPC signed a supply deal", "Siemens signed a contract with Iraq's ministry": a firm's deal is a
    # contract, no treaty of its state
    groups = [g for g in view.in_clause(m.start) if not place(view, g) and not _firms(g)]
    pairs = between_pair(view, m, groups) or hyphen_pair(view, m) or _genitive_pair(view, m, groups)
    if pairs:
        return pairs
    if (bound := _binding_relative(view, m)) is not None:
        return among(codes(bound))  # "le traité de Nancy, qui lie la France et la Pologne par une clause ..."
    if len(bound_states := _binding_relative_final(view, m)) >= 2:
        return among(bound_states)  # "der Beistandsvertrag, der die USA zur Verteidigung der Philippinen verpflichtet"
    subject = clause_subject(view, m, groups)
    if subject is None or subject.start >= m.end:
        # "Mali, which tore up its defence accords with France": the state the relative clause is about
        subject = relative_antecedent(view, m) or subject
    partners = [g for g in groups if g.marker in view.lexicon.marker("partner") and g is not subject
                and (subject is None or g.start > subject.start) and not _compared(view, g)
                and not _mediator(view, g)]
    partners = _past_conjunction(view, m, partners)
    partners += [h for g in partners[-1:] for h in _dated_list(view, g, groups) + _correlative(view, g)]
    if subject is not None and not partners and subject.end <= m.start:
        partners = [g for g in _bound_to(view, m) if g is not subject] or _fronted_partner(view, subject)
    if subject is not None and partners:
        return across(codes(subject), [c for g in partners for c in codes(g)])
    if subject is not None and len(codes(subject)) >= 2 and (
            subject.end <= m.start or subject.marker in view.grammar.agent_markers or _bound_after(view, m, subject)):
        return among(codes(subject))  # not "über die Einhaltung des Abkommens wachen X, Y und Z"
    if subject is None and not partners and (paired := apposed_pair(view, m, any_words=True)) is not None:
        return among(codes(paired))  # "Pakistan and Saudi Arabia, now partners in a mutual defence pact, ..."
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


def _correlative(view: SentenceView, first: Group) -> list[Group]:
    """"связан договорами о взаимной обороне и с Манилой, и с Сеулом", "lié et avec Manille, et avec Séoul": a partner
    opened by a conjunction before its preposition goes on past the comma, each further "и с ..." another partner of the
    same treaty (the comma of the correlative pair ends no clause). Only the conjunction, the same preposition and the
    name: anything else after the comma opens a clause of its own."""
    tokens, coordination = view.tokens, view.grammar.coordination
    at = first.start - 2 if first.marker is not None else -1
    if at < 0 or not view.forms[at] & coordination or first.marker not in view.forms[at + 1]:
        return []
    found, end = [], first.end
    for g in view.groups:
        if g.start < end:
            continue
        if g.marker != first.marker or g.start != end + 3 or tokens[end].text != "," \
                or not view.forms[end + 1] & coordination or first.marker not in view.forms[end + 2]:
            break
        found.append(g)
        end = g.end
    return found


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
            or first.marker not in view.lexicon.marker("partner") or _mediator(view, first) or not state_codes(first) \
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
    return any(_bound_after(view, m, g) for g in view.in_clause(m.start) if len(state_codes(g)) >= 2) \
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
    return unique([c for g in view.groups if comma + 1 < g.start < verb for c in state_codes(g)])


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
    return next((g for g in view.groups if verb < g.start <= verb + 2 and g.marker is None and len(state_codes(g)) >= 2
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
