"""Roles from a dependency parse: an optional second reading of who acted on whom (off by default).

The shallow reader (roles.py) picks source and target from word order and
prepositions. Where a sentence holds several actors in several clauses, the
subject of the trigger's own verb is what decides. This module asks a small
spaCy pipeline trained on Universal Dependencies (tools/train_parser/) for the
parse of a sentence that holds a trigger, and reads the trigger's subject
(nsubj, or obl:agent in a passive), its object (obj, iobj, or an obl/nmod
whose preposition is one of the rule's target markers) and, for a noun, its
possessor or genitive agent. What the parse settles replaces the shallow
reading; what it leaves open keeps it.

It runs only where a model for the language is found: a folder named by the
environment variable REALPOLITIK_PARSERS with one spaCy pipeline per language
(`<dir>/fr`, `<dir>/en`, ...). spaCy itself is optional; without it, or
without a model, `parser_for` returns None and the coder reads roles as
before. docs/parser.md has the measurements that decided it stays off.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from realpolitik.codes import same_party
from realpolitik.events.grammar import Grammar
from realpolitik.events.roles import COMPOUND, REPORT_SOURCE, Group, Roles
from realpolitik.events.rules import Rule
from realpolitik.model import Sentence
from realpolitik.per_document import document_table

log = logging.getLogger(__name__)

ENV = "REALPOLITIK_PARSERS"
MAX_TOKENS = 150  # a longer "sentence" is a list or boilerplate: parse time grows, the shallow reading stays
# Relations through which an actor's name reaches the head of its phrase: "Russia and China" (conj), "Russian
# forces" (amod), "the ministry of Iran" (nmod), "Russia's foreign minister" (nmod:poss), "President Putin" (flat).
_CLIMB = frozenset({"conj", "appos", "flat", "compound", "amod", "nmod", "fixed", "det"})
_CLIMB_STEPS = 3
_SUBJECTS = frozenset({"nsubj", "csubj"})
_OBJECTS = frozenset({"obj", "iobj"})
_OBLIQUE = frozenset({"obl", "nmod"})
_CLAUSES = frozenset({"root", "ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj"})


@dataclass(frozen=True)
class Parse:
    """One sentence's parse in the parser's own tokens, with the map from the sentence's tokens to them
    (the parser splits "l'Ukraine" and keeps "États-Unis" whole, as its treebank does)."""

    heads: tuple[int, ...]
    deps: tuple[str, ...]  # full UD labels ("nsubj:pass"); `base` strips the subtype
    words: tuple[str, ...]
    index: tuple[int, ...]  # sentence token → parse token

    def base(self, i: int) -> str:
        return self.deps[i].split(":", 1)[0].lower()

    def children(self, i: int) -> list[int]:
        return [k for k, h in enumerate(self.heads) if h == i and k != i]

    def case_words(self, i: int) -> frozenset[str]:
        """The prepositions on token i: "à", "against", "по" (and "au", "du" as the treebank writes them)."""
        return frozenset(self.words[k].lower() for k in self.children(i) if self.base(k) in ("case", "mark"))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The parse tokens that cover sentence tokens [start, end)."""
        return self.index[start], self.index[end - 1] + 1


class Parser:
    """A loaded spaCy pipeline for one language."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp

    def parse(self, sentence: Sentence) -> Parse | None:
        """The parse of the sentence text as one sentence, or None for an over-long one."""
        tokens = sentence.tokens
        if not tokens or len(tokens) > MAX_TOKENS:
            return None
        doc = self.nlp.make_doc(sentence.text)
        for token in doc[1:]:
            token.is_sent_start = False
        doc = self.nlp(doc)
        owner = [-1] * (len(sentence.text) + 1)
        for t in doc:
            owner[t.idx:t.idx + len(t.text)] = [t.i] * len(t.text)
        for c in range(len(owner)):  # whitespace belongs to the token before it
            if owner[c] < 0:
                owner[c] = owner[c - 1] if c else 0
        index = tuple(owner[min(max(0, t.start - sentence.start), len(sentence.text))] for t in tokens)
        return Parse(heads=tuple(t.head.i for t in doc), deps=tuple(t.dep_ for t in doc),
                     words=tuple(t.text for t in doc), index=index)


def model_folder() -> Path | None:
    value = os.environ.get(ENV, "").strip()
    return Path(value) if value else None


@cache
def load_parser(folder: str, lang: str) -> Parser | None:
    path = Path(folder) / lang
    if not path.is_dir():
        return None
    try:
        import spacy
    except ImportError:
        log.warning("%s names %s, but spaCy is not installed (pip install spacy): roles stay shallow", ENV, path)
        return None
    try:
        # the parser alone: the morphologizer trained beside it (it shares the token vectors) halves the speed
        nlp = spacy.load(path, exclude=["morphologizer", "tagger", "lemmatizer", "ner", "senter"])
    except (OSError, ValueError) as error:
        log.warning("no dependency parser for %r: %s could not be loaded (%s)", lang, path, error)
        return None
    return Parser(nlp)


def parser_for(lang: str) -> Parser | None:
    """The dependency parser for `lang`, or None (no REALPOLITIK_PARSERS, no model for it, no spaCy).

    Within one document's extraction (`per_document`) the answer is looked up once: the coder asks for
    every sentence with two actors, and reading the environment (a missed key raises and is caught inside
    os.environ.get) cost 0.5 % of an ingest."""
    memo = document_table("parsers")
    if memo is None:
        return _parser_for(lang)
    if lang not in memo:
        memo[lang] = _parser_for(lang)
    return memo[lang]


def _parser_for(lang: str) -> Parser | None:
    folder = model_folder()
    return load_parser(str(folder), lang) if folder is not None else None


def _span_head(parse: Parse, start: int, end: int) -> int:
    """The token of [start, end) whose head lies outside it (the first such)."""
    for i in range(start, end):
        if not start <= parse.heads[i] < end or parse.heads[i] == i:
            return i
    return start


def _anchor(parse: Parse, start: int, end: int, stop: frozenset[int]) -> int:
    """Where an actor's phrase attaches: climb from its head through modifiers and conjuncts to the token
    that a predicate takes as argument; never into a trigger (`stop`)."""
    i = _span_head(parse, start, end)
    for _ in range(_CLIMB_STEPS):
        head = parse.heads[i]
        if head == i or head in stop or parse.base(i) not in _CLIMB:
            break
        if parse.base(i) == "nmod" and parse.case_words(i):
            break  # "the attack on Iran": a prepositional phrase is an argument of its own
        i = head
    return i


def _group_at(parse: Parse, groups: list[Group], stop: frozenset[int]) -> dict[int, Group]:
    """Each group under the token where its first member's phrase attaches."""
    at: dict[int, Group] = {}
    for g in groups:
        if g.marker in (REPORT_SOURCE, COMPOUND):
            continue  # "according to Kyiv", "the Iran-backed group": no party, whatever the tree says
        m = g.members[0]
        at.setdefault(_anchor(parse, *parse.span(m.token_start, m.token_end), stop), g)
    return at


def _arguments(parse: Parse, preds: list[int], at: dict[int, Group]) -> list[tuple[int, str, Group]]:
    """(token, relation, group) for every actor group that depends on one of the predicate tokens."""
    found = []
    for p in preds:
        for k in parse.children(p):
            if k in at:
                found.append((k, parse.deps[k].lower(), at[k]))
    return found


def _controller(parse: Parse, head: int, at: dict[int, Group]) -> Group | None:
    """The subject a verb borrows: an infinitive's controller ("urged Iran to stop": Iran; "decided to
    strike": the decider), a coordinated verb's first subject, a participle clause's main subject."""
    for _ in range(3):
        relation = parse.base(head)
        up = parse.heads[head]
        if up == head or relation not in ("xcomp", "conj", "advcl"):
            return None
        args = sorted(_arguments(parse, [up], at), key=lambda a: abs(a[0] - up))  # the nearer of two subjects
        if relation == "xcomp":
            obj = next((g for k, d, g in args if d.split(":")[0] in _OBJECTS), None)
            if obj is not None:
                return obj
        subject = next((g for k, d, g in args if d.split(":")[0] in _SUBJECTS and not d.endswith("pass")), None)
        if subject is not None:
            return subject
        if any(d.split(":")[0] in _SUBJECTS for d in (parse.deps[k].lower() for k in parse.children(up))):
            return None  # the governing verb has a subject that is no actor ("the talks"): nothing to borrow
        head = up
    return None


def _verbal(parse: Parse, i: int) -> bool:
    """A predicate by the shape of the tree (no tagger runs): a clause relation above it, and none of a noun's
    dependents (article, preposition, copula) below it; a conjunct is what its first conjunct is."""
    for _ in range(4):
        if parse.base(i) != "conj" or parse.heads[i] == i:
            break
        i = parse.heads[i]
    if parse.base(i) not in _CLAUSES:
        return False
    return not any(parse.base(k) in ("det", "case", "cop", "nummod") for k in parse.children(i))


def _antecedent(parse: Parse, head: int, groups: list[Group], grammar: Grammar) -> Group | None:
    """The actor a relative clause hangs on when its subject is the relative pronoun ("qui", "which", "который")."""
    if parse.deps[head].lower() != "acl:relcl":
        return None
    relatives = grammar.roles.parse_relatives
    if not any(parse.base(k) == "nsubj" and parse.words[k].lower() in relatives for k in parse.children(head)):
        return None
    noun = parse.heads[head]
    for g in groups:
        if any(parse.span(m.token_start, m.token_end)[0] <= noun < parse.span(m.token_start, m.token_end)[1]
               for m in g.members):
            return g
    return None


def dep_roles(parse: Parse, groups: list[Group], trigger: tuple[int, ...], rule: Rule, grammar: Grammar,
              rivals: frozenset[int] = frozenset()) -> tuple[Group | None, Group | None]:
    """(source, target) groups that the parse gives a verb trigger; None where it says nothing. A noun
    trigger gets nothing: its agent ("l'expulsion de l'ambassadeur", "Russia's invasion") depends on the
    noun's lexical frame, which the shallow reader's rules know and a bare parse does not."""
    tokens = frozenset(parse.index[i] for i in trigger)
    stop = tokens | frozenset(parse.index[i] for i in rivals)
    head = _span_head(parse, min(tokens), max(tokens) + 1)
    if not _verbal(parse, head):
        return None, None
    at = _group_at(parse, groups, stop)
    args = _arguments(parse, sorted(tokens), at)
    markers = rule.target_markers if rule.target_markers is not None else grammar.target_markers
    # "a été expulsé", "was attacked" (the treebanks label the auxiliary; "is hosting" is no passive)
    passive = any(parse.deps[k].lower() in ("aux:pass", "expl:pass") for p in tokens for k in parse.children(p))
    source = target = None
    for k, dep, g in sorted(args, key=lambda a: abs(a[0] - head)):  # of two subjects the nearer ("OTTAWA — India")
        base = dep.split(":")[0]
        case = parse.case_words(k) | ({g.marker} if g.marker else set())
        if (dep == "obl:agent" or base in _OBLIQUE) and (passive or case & grammar.agent_markers) and (
                dep == "obl:agent" or case & grammar.agent_markers):
            source = source or g  # "by Russia", "par la Russie", "the strike carried out by Israel"
        elif base in _SUBJECTS:
            if passive or dep.endswith("pass"):
                target = target or g  # "Le Mali a été attaqué": the subject is acted on
            else:
                source = source or g
        elif base in _OBJECTS and not rule.topic_object or base in _OBLIQUE and case & markers:
            target = target or g
    antecedent = _antecedent(parse, head, groups, grammar)
    if antecedent is not None and passive:
        target = target or antecedent  # "le pays qui a été attaqué": the noun the clause hangs on
    elif antecedent is not None:
        source = source or antecedent  # "la Cédéao, qui a fermé ses frontières"
    own_subject = any(parse.base(k) in _SUBJECTS for k in parse.children(head))
    if source is None and not passive and not own_subject:
        source = _controller(parse, head, at)  # but "..., qui a fermé": the clause has a subject of its own
    if rule.reverse:
        source, target = target, source
    if source is target:
        target = None
    return source, target


def refine(roles: Roles, parse: Parse, groups: list[Group], trigger: tuple[int, ...], rule: Rule,
           grammar: Grammar, rivals: frozenset[int] = frozenset()) -> Roles:
    """The shallow roles with what the parse settles put in their place (source and target each)."""
    if rule.subject_judged or rule.symmetric or rule.reverse or rule.source_markers is not None or roles.mutual:
        # a verdict in a copula, a pair "between X and Y", a verb whose frame the rule spells out ("was expelled
        # from", "received aid from"): the shallow reader's own cases
        return roles
    source, target = dep_roles(parse, groups, trigger, rule, grammar, rivals)
    if source is None and target is None:
        return roles
    # the same party as the shallow reading (perhaps another mention of it: "the minister, Barrot,") keeps its
    # mention, which the confidence measures from
    sources = list(source.members) if source is not None and not _same(source.members, roles.sources) \
        else roles.sources
    targets = list(target.members) if target is not None and not _same(target.members, roles.targets) \
        else roles.targets
    if _same(sources, targets):  # one reading names the same party twice: keep the parse's, drop the other
        if target is not None and source is None:
            sources = []
        elif source is not None and target is not None:
            targets = roles.targets if not _same(sources, roles.targets) else []
        else:
            targets = []
    if sources is not roles.sources:
        roles.from_outside_clause = False  # the parse found the subject in the trigger's own clause
    roles.sources, roles.targets = sources, targets
    return roles


def _same(a: list, b: list) -> bool:
    return bool(a) and bool(b) and same_party(a[0].code, b[0].code)
