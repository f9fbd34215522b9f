"""Standing relations asserted by one article: the ties its sentences state, gathered over the article.

Each sentence is searched for cues (data/relations/<lang>.yaml): words that
name a tie. ties.py reads the ties one sentence states (a cue's parties by
the shape of the phrase, shapes.py: "X and Y signed a pact", "an ally of Y",
"BRICS members A, B", "Russia's war against Ukraine"; a war word in a
sentence that names both sides of a war known by its place, wars.py, is
their rivalry); statuses.py the status the sentence's words give each
("ratified", "froze", "withdrew from"; a cue may carry its own: "the
withdrawal from" ends a membership). Here the sentence's areas ("in energy
and mining") go with the treaties it names, and the ties are gathered: a
later sentence that only says "das Abkommen" or "both countries" updates the
article's latest treaty: its status ("in Kraft gesetzt"), date and areas; a
tension or dispute between a pair and "the conflict" the article names are
their rivalry. A treaty only negotiated or proposed is no standing tie and is
left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Final

from realpolitik.budget import checkpoint
from realpolitik.codes import is_armed_group, party
from realpolitik.events.clause_forms import sentence_forms
from realpolitik.events.grammar import Grammar
from realpolitik.events.roles import expand_references
from realpolitik.events.rules import load_rules
from realpolitik.language.dates import lead_date, resolve_date
from realpolitik.model import PLACE, ActorMention, Document, Event, Relation, Sentence
from realpolitik.relations.cue_filters import cue_matches
from realpolitik.relations.ledger import ESTABLISHED
from realpolitik.relations.lexicon import TREATY_KINDS, RelationLexicon, load_lexicon
from realpolitik.relations.sentence import CueMatch, SentenceView, is_org
from realpolitik.relations.statuses import STATUS_REACH, distance, status_spans, strongest
from realpolitik.relations.ties import GENERIC, Found, read_sentence, unlike_members

_SUPPOSED_REACH: Final = 5  # from "может", "could" to the conflict it foresees: "может перерасти в конфликт"


@dataclass
class _Draft:
    a: str
    b: str
    kind: str
    statements: list[tuple[str | None, date | None]] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    evidence: dict[int, Sentence] = field(default_factory=dict)  # by sentence index: a busy pair stays linear
    rules: list[str] = field(default_factory=list)

    def add(self, status: str | None, when: date | None, areas: list[str], sentence: Sentence, rule: str) -> None:
        self.statements.append((status, when))
        for area in areas:
            if area not in self.areas:
                self.areas.append(area)
        self.evidence.setdefault(sentence.index, sentence)
        if rule not in self.rules:
            self.rules.append(rule)


def derive_relations(doc: Document, sentences: list[Sentence], actors: list[list[ActorMention]],
                     events: list[Event], lang: str) -> list[Relation]:
    lexicon = load_lexicon(lang)
    ruleset = load_rules(lang)
    if lexicon is None or ruleset is None:
        return []
    named = actors  # with the cities: "in Gaza, where the conflict ..." places a conflict
    # a city is no party of a tie ("talks in Istanbul", "the attack on Kharkiv"): only of the force used on it
    actors = [[m for m in ms if m.kind != PLACE] if any(m.kind == PLACE for m in ms) else ms for ms in actors]
    drafts: dict[tuple[str, str, str], _Draft] = {}
    latest: _Draft | None = None
    by_sentence: dict[int, list[Event]] = {}
    for event in events:
        by_sentence.setdefault(event.evidence_start, []).append(event)

    article_parties = frozenset(party(m.code) for mentions in actors for m in expand_references(mentions))
    armed_groups: dict[str, None] = {}  # the armed groups named so far, kept as the sentences go (linear)
    tensions: dict[tuple[str, str], Sentence] = {}  # pairs a tension or a dispute sets apart, by the first sentence
    # sentences that say "the conflict" of a war they do not name, with the parties of the places they put it in
    conflicts: list[tuple[Sentence, frozenset[str]]] = []
    previous_state: str | None = None
    for sentence, mentions, with_places in zip(sentences, actors, named, strict=True):
        checkpoint()
        named_before = tuple(armed_groups)  # a group this sentence names only after its cue is another one
        armed_groups.update(_armed_groups(mentions))
        state_before, previous_state = previous_state, _first_state(mentions)
        if not sentence.tokens:
            continue
        conflict = unnamed_conflict(sentence, mentions, lexicon, ruleset.grammar)
        if conflict is not None:
            conflicts.append((sentence, _placed(sentence, with_places, conflict, lexicon)))
        own = by_sentence.get(sentence.start, [])
        if latest is None and not own and not any(m.resolved for m in mentions):
            continue  # no party of its own (its actors or its events) and no treaty to update: it states nothing
        live = lexicon.live(sentence_forms(sentence, ruleset.grammar)[1])
        if not live:
            continue  # no cue, status or area word: the sentence states no tie and updates none
        if not lexicon.cue_live(live) and (latest is None or not lexicon.context_live(live)):
            # no cue may match, and no treaty to update or no word of a treaty's matter to update it by (the
            # update's own test below): the view would be built to find nothing
            continue
        view = SentenceView.build(sentence, mentions, ruleset.grammar, lexicon, own, article_parties, live)
        view.armed_groups = named_before
        view.previous_state = state_before
        matches = cue_matches(view)
        if not matches and not view.denied and (latest is None or not set(view.parties()) <= {latest.a, latest.b}
                            or not view.says(lexicon.area_context)):
            # no cue states a tie, and no treaty to update: none, or the sentence names others than its pair, or
            # has no word of a treaty's matter (the update below asks the same); its status and area words serve none
            continue
        spans = status_spans(view)
        statuses = list(dict.fromkeys(status for status, _, _ in spans))
        areas = [a for a, p in lexicon.areas.items() if view.says(p)]
        if conflict is not None and any(m.cue.shape == "war" and m.start < conflict for m in matches):
            conflicts.pop()  # "as the war in Sudan enters a third year and Cairo's role in the conflict": that war
        found = _tensions_set_apart(read_sentence(view, matches, spans) + unlike_members(view), lexicon, tensions,
                                    sentence)
        # resolving dates costs a search of ~20 expressions: only for a sentence that states or updates a tie
        when = _date(sentence, lang, doc, strongest(statuses)) if found or latest is not None else None
        if found:
            latest = _add_ties(drafts, found, when, areas, sentence, latest)
        elif latest is not None:
            _update_latest(drafts, latest, view, matches, spans, areas, when, sentence, lexicon)
    _tension_rivalries(drafts, tensions, conflicts)
    relations = [_finish(d, doc) for d in drafts.values()]
    # A treaty only negotiated or proposed is no standing tie yet (EVAL.md: "only standing ties the text asserts"),
    # nor one no sentence gives a status: "the talks were a step toward an agreement", "approved the agreement".
    return [r for r in relations if not (r.kind in TREATY_KINDS and r.status in ("proposed", None))]


def _tensions_set_apart(found: list[Found], lexicon: RelationLexicon, tensions: dict[tuple[str, str], Sentence],
                        sentence: Sentence) -> list[Found]:
    """The ties of a tension or dispute are no tie of their own: their pairs are kept in `tensions` (by the first
    sentence that sets them apart) for `_tension_rivalries`, and the other ties returned."""
    if not lexicon.tension_rules:
        return found
    for tie in found:
        if tie.rule in lexicon.tension_rules:
            tensions.setdefault((min(tie.a, tie.b), max(tie.a, tie.b)), sentence)
    return [tie for tie in found if tie.rule not in lexicon.tension_rules]


def _add_ties(drafts: dict[tuple[str, str, str], _Draft], found: list[Found], when: date | None, areas: list[str],
              sentence: Sentence, latest: _Draft | None) -> _Draft | None:
    """Each tie a sentence states, added to its pair's draft (a generic treaty to the pair's named one); returns the
    latest treaty after them, which a later sentence about "the agreement" updates."""
    for tie in found:
        draft = _named_treaty(drafts, tie.a, tie.b) if tie.kind == GENERIC and not tie.fresh else None
        draft = draft or _draft(drafts, tie.a, tie.b, tie.kind)
        treaty = tie.kind in TREATY_KINDS
        draft.add(tie.status, when, areas if treaty else [], sentence, tie.rule)
        if treaty:
            latest = draft
    return latest


def _update_latest(drafts: dict[tuple[str, str, str], _Draft], latest: _Draft, view: SentenceView,
                   matches: list[CueMatch], spans: list[tuple[str, int, int]], areas: list[str], when: date | None,
                   sentence: Sentence, lexicon: RelationLexicon) -> None:
    """No new pair: a sentence about "the agreement" or "both countries" updates the latest treaty."""
    if not set(view.parties()) <= {latest.a, latest.b}:
        return
    treaties = [m for m in matches if m.cue.kind in TREATY_KINDS]
    refers = bool(treaties) or view.says(lexicon.area_context)
    # "setzte das Abkommen in Kraft": a status word by the treaty word, not "forced to leave their homes"
    status = strongest([st for st, start, end in spans for m in treaties
                         if distance(view, start, end, m, True) <= STATUS_REACH["treaty"]])
    if refers and (status or areas):
        latest.add(status, when, areas, sentence, "relations.update")
    if status and latest.kind != "defense_pact" and any(m.cue.kind == "defense_pact" for m in treaties) \
            and not (is_org(latest.a) or is_org(latest.b)):
        # "El tratado incluye una cláusula de asistencia militar mutua": words of mutual defence with no
        # parties of their own, and a word that says the treaty holds them ("includes", "contains"), say what
        # the treaty just named is (not "the agreement stops short of a mutual defence commitment"); the pact
        # holds as that treaty does
        pact = _draft(drafts, latest.a, latest.b, "defense_pact")
        pact.add(strongest([s for s, _ in latest.statements if s]), when, [], sentence, "relations.update")


def _tension_rivalries(drafts: dict[tuple[str, str, str], _Draft], tensions: dict[tuple[str, str], Sentence],
                       conflicts: list[tuple[Sentence, frozenset[str]]]) -> None:
    """"tensions between Serbia and Kosovo ... the conflict escalated": the pair's open conflict is a rivalry, told
    by the sentence of the tension and the one of the conflict."""
    if not conflicts:
        return
    for (a, b), where in tensions.items():
        # not "In Sudan, the conflict has displaced millions": a conflict the article puts elsewhere
        in_conflict = next((c for c, placed in conflicts if placed <= {a, b}), None)
        if in_conflict is None:
            continue
        draft = _draft(drafts, a, b, "rivalry")
        draft.add(None, None, [], where, "relations.tension")
        draft.add(None, None, [], in_conflict, "relations.tension")


def may_hold_word(sentence: Sentence, words: frozenset[str]) -> bool:
    """Whether a token's lowered text may be one of `words`: a token's text is part of the sentence's, so one search
    in C a word answers no for most sentences, sparing them the forms (those that name no actor: nothing else of
    the relation reader asks them)."""
    lowered = sentence.text.lower()
    return any(w in lowered for w in words)


def unnamed_conflict(sentence: Sentence, mentions: list[ActorMention], lexicon: RelationLexicon,
                      grammar: Grammar) -> int | None:
    """"The conflict escalated", "angesichts der Eskalation des Konflikts", "désescalade du conflit": the token where
    the article calls a tie "the conflict" (a singular noun after a definite word, where the language has articles;
    not one a speculative word foresees: "может перерасти в конфликт") and names no side right after it ("the
    conflict in Ukraine", "le conflit avec la Russie" name one: it is that one). A war word before it in the
    sentence is the war it means (see derive_relations)."""
    words = lexicon.marker("conflict")
    if not may_hold_word(sentence, words):
        return None
    definite, tokens = lexicon.marker("definite"), sentence.tokens
    glue = grammar.determiners | grammar.genitive_markers | grammar.location_markers | lexicon.marker("against") \
        | lexicon.marker("place") | lexicon.marker("object") | lexicon.marker("pair") | lexicon.marker("partner")
    starts = {m.token_start for m in mentions}
    forms = sentence_forms(sentence, grammar)[0]
    supposed = lexicon.speculation | lexicon.marker("conditional")
    for i, token in enumerate(tokens):
        if token.text.lower() not in words or definite and not (i and tokens[i - 1].text.lower() in definite):
            continue
        if any(forms[k] & supposed for k in range(max(0, i - _SUPPOSED_REACH), i)):
            continue  # "может перерасти в конфликт": a conflict that may come (a language without articles says so)
        after = i + 1
        while after < len(tokens) and after - i <= 3 and tokens[after].text.lower() in glue:
            after += 1
        if after not in starts:
            return i
    return None


def _placed(sentence: Sentence, mentions: list[ActorMention], conflict: int,
            lexicon: RelationLexicon) -> frozenset[str]:
    """The parties of the places a sentence puts "the conflict" in, named before it after a word of place (an
    article between): "In Sudan, the conflict has displaced millions", "in Gaza, where the conflict", "Au Soudan,
    le conflit"."""
    places, glue, tokens = lexicon.marker("place"), lexicon.marker("definite"), sentence.tokens
    found = set()
    for m in mentions:
        if m.token_end > conflict:
            continue
        before = m.token_start - 1
        if before > 0 and tokens[before].text.lower() in glue:
            before -= 1
        if before >= 0 and tokens[before].text.lower() in places:
            found.add(party(m.code))
    return frozenset(found)


def _first_state(mentions: list[ActorMention]) -> str | None:
    """The first state a sentence names, which a pronoun opening the next one may stand for ("It belongs to ...")."""
    return next((party(m.code) for m in mentions if m.resolved and not is_org(m.code)), None)


def _armed_groups(mentions: list[ActorMention]) -> dict[str, None]:
    """The parties of the armed non-state groups (CAMEO REB) a sentence names: "the Iran-backed group" stands for
    the one the article has named."""
    return dict.fromkeys(party(m.code) for m in mentions if is_armed_group(m.code))


def _date(sentence: Sentence, lang: str, doc: Document, status: str | None) -> date | None:
    ref = resolve_date(sentence.text, lang, doc.published)
    if ref is not None and ref.precision == "day":
        return ref.value
    if ref is not None:
        return None if status in ESTABLISHED else ref.value
    return lead_date(sentence.index, doc.published)


def _draft(drafts: dict, a: str, b: str, kind: str) -> _Draft:
    key = (a, b, kind) if kind == "ally" else (*sorted((a, b)), kind)
    if key not in drafts:
        drafts[key] = _Draft(key[0], key[1], kind)
    return drafts[key]


def _named_treaty(drafts: dict, a: str, b: str) -> _Draft | None:
    """'das Abkommen' between a pair that already has a named tie in this article is that tie."""
    for kind in TREATY_KINDS[:-1]:
        found = drafts.get((*sorted((a, b)), kind))
        if found is not None:
            return found
    return None


def _finish(draft: _Draft, doc: Document) -> Relation:
    statuses = [s for s, _ in draft.statements if s]
    status = strongest(statuses)
    effective = [w for s, w in draft.statements if s in ESTABLISHED and w]
    since = min(effective) if effective else None
    evidence = " … ".join(s.text for s in draft.evidence.values())
    return Relation(a=draft.a, b=draft.b, kind=draft.kind, status=status, doc_id=doc.id, evidence=evidence,
                    since=since, areas=list(draft.areas), rule=draft.rules[0] if draft.rules else "")
