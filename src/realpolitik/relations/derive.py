"""Standing relations asserted by one article.

A sentence that names a kind of tie ("strategische Partnerschaft", "ally",
"Verteidigungsbündnis") gives a relation between the actors it links:
the parties of an agreement event in the same sentence, a coordinated pair
("Russland und Nordkorea haben sich ... verpflichtet"), a hub and its allies
("X ist der wichtigste Verbündete von Y"), a member and its organisation, or
the two sides of a war. A later sentence that only says "das Abkommen" or
"both countries" updates the article's latest treaty: its status ("in Kraft
gesetzt"), date and areas ("in den Bereichen Energie, Bergbau ...").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from realpolitik.budget import checkpoint
from realpolitik.codes import party as _party
from realpolitik.events.clauses import split_clauses, token_forms
from realpolitik.events.patterns import Pattern, search_clauses
from realpolitik.events.roles import Group, build_groups, expand_references
from realpolitik.events.rules import load_rules
from realpolitik.language.dates import lead_date, resolve_date
from realpolitik.model import ActorMention, Document, Event, Relation, Sentence
from realpolitik.relations.lexicon import RelationLexicon, load_lexicon

TREATY_KINDS = ("defense_pact", "strategic_partnership", "cooperation_agreement")
_PROGRESS = {"proposed": 0, "signed": 1, "ratified": 2, "in_force": 3}
_GENERIC = "cooperation_agreement"  # "das Abkommen", "the agreement": often refers back to a named tie


@dataclass
class _Draft:
    a: str
    b: str
    kind: str
    statements: list[tuple[str | None, date | None]] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    evidence: list[Sentence] = field(default_factory=list)

    def add(self, status: str | None, when: date | None, areas: list[str], sentence: Sentence) -> None:
        self.statements.append((status, when))
        for area in areas:
            if area not in self.areas:
                self.areas.append(area)
        if sentence not in self.evidence:
            self.evidence.append(sentence)


def _matches(patterns: tuple[Pattern, ...], forms, clauses, vocabulary) -> list[tuple[int, ...]]:
    return [tokens for pattern in patterns for tokens in search_clauses(pattern, forms, clauses, vocabulary)]


def derive_relations(doc: Document, sentences: list[Sentence], actors: list[list[ActorMention]],
                     events: list[Event], lang: str) -> list[Relation]:
    lexicon = load_lexicon(lang)
    ruleset = load_rules(lang)
    if lexicon is None or ruleset is None:
        return []
    grammar = ruleset.grammar
    drafts: dict[tuple[str, str, str], _Draft] = {}
    latest: _Draft | None = None
    by_sentence: dict[int, list[Event]] = {}
    for event in events:
        by_sentence.setdefault(event.evidence_start, []).append(event)

    for sentence, mentions in zip(sentences, actors, strict=True):
        checkpoint()
        if not sentence.tokens:
            continue
        members = expand_references(mentions)
        groups = build_groups(sentence, members, grammar)
        clauses = split_clauses(sentence, grammar, [(g.start, g.end) for g in groups if len(g.members) > 1])
        forms = token_forms(sentence, grammar)
        vocabulary = frozenset().union(*forms)
        kind_hits = [(kind, _matches(p, forms, clauses, vocabulary)) for kind, p in lexicon.kinds.items()]
        kind_hits = [(kind, hits) for kind, hits in kind_hits if hits]
        statuses = [s for s, p in lexicon.status.items() if _matches(p, forms, clauses, vocabulary)]
        areas = [a for a, p in lexicon.areas.items() if _matches(p, forms, clauses, vocabulary)]
        status = _strongest(statuses)
        when = _date(sentence, lang, doc, status)
        parties = _unique(_party(m.code) for m in members)
        organisations = frozenset(_party(m.code) for m in members if m.kind == "organisation")
        located = frozenset(_party(m.code) for g in groups if g.marker in grammar.location_markers for m in g.members)
        sentence_events = by_sentence.get(sentence.start, [])

        pairs: list[tuple[str, str, str]] = []
        for kind, hits in kind_hits:
            pairs = _pairs_for(kind, hits, groups, sentence_events, lexicon, parties, organisations, located)
            if pairs:
                break
        if pairs:
            for a, b, kind in pairs:
                draft = _named_treaty(drafts, a, b) if kind == _GENERIC else None
                draft = draft or _draft(drafts, a, b, kind)
                draft.add(status if kind in TREATY_KINDS or kind == "membership" else None, when, areas
                          if kind in TREATY_KINDS else [], sentence)
                if kind in TREATY_KINDS:
                    latest = draft
            continue
        # No new pair: a sentence about "the agreement" or "both countries" updates the latest treaty.
        if latest is not None and set(parties) <= {latest.a, latest.b}:
            refers = bool(kind_hits) or bool(_matches(lexicon.area_context, forms, clauses, vocabulary))
            if refers and (status or areas):
                latest.add(status, when, areas, sentence)
    return [_finish(d, doc) for d in drafts.values()]


def _pairs_for(kind: str, hits, groups: list[Group], sentence_events: list[Event], lexicon: RelationLexicon,
               parties: list[str], organisations: frozenset[str] = frozenset(),
               located: frozenset[str] = frozenset()) -> list[tuple[str, str, str]]:
    if kind == "ally":
        return _ally_pairs(hits, groups, lexicon)
    if kind == "membership":  # three-letter organisations (AES, SCO) are not states; "in Algeria" is a place
        states = [p for p in parties if len(p) == 3 and p not in organisations and p not in located]
        orgs = [p for p in parties if len(p) != 3 or p in organisations]
        return [(s, o, kind) for s in states for o in orgs]
    if kind == "rivalry":
        pairs = _between(groups, lexicon)
        pairs += [(_party(e.source), _party(e.target), kind) for e in sentence_events
                  if e.plover == "ASSAULT" and e.source and e.target]
        return [(a, b, kind) for a, b, _ in pairs]
    pairs = [(_party(e.source), _party(e.target), kind) for e in sentence_events
             if e.plover == "AGREE" and e.source and e.target]
    if not pairs:
        for group in groups:
            codes = _unique(_party(m.code) for m in group.members)
            if len(codes) >= 2 and group.marker is None:
                pairs = [(a, b, kind) for i, a in enumerate(codes) for b in codes[i + 1:]]
                break
    if kind == _GENERIC:
        return pairs  # a bare "agreement" with no named pair is left to the update path
    return pairs


def _ally_pairs(hits, groups: list[Group], lexicon: RelationLexicon) -> list[tuple[str, str, str]]:
    """'X is the main ally of Y' / 'Y's allies X and Z': Y is the hub, every other actor its ally."""
    noun_end = max(max(tokens) for tokens in hits)
    hub = next((g for g in groups if g.start > noun_end and (g.marker in lexicon.hub_markers or g.genitive)),
               None)
    if hub is None:
        hub = next((g for g in groups if g.possessive and g.end <= noun_end + 1), None)
    if hub is None:
        return []
    hub_codes = _unique(_party(m.code) for m in hub.members)
    pairs = []
    for group in groups:
        if group is hub:
            continue
        for m in group.members:
            for h in hub_codes:
                if _party(m.code) != h:
                    pairs.append((_party(m.code), h, "ally"))
    return pairs


def _between(groups: list[Group], lexicon: RelationLexicon) -> list[tuple[str, str, str]]:
    for group in groups:
        if group.marker in lexicon.pair_markers and len(group.members) >= 2:
            codes = _unique(_party(m.code) for m in group.members)
            return [(a, b, "rivalry") for i, a in enumerate(codes) for b in codes[i + 1:]]
    return []


def _strongest(statuses: list[str]) -> str | None:
    for final in ("ended", "suspended"):
        if final in statuses:
            return final
    progress = [s for s in statuses if s in _PROGRESS]
    return max(progress, key=_PROGRESS.__getitem__) if progress else None


def _date(sentence: Sentence, lang: str, doc: Document, status: str | None) -> date | None:
    ref = resolve_date(sentence.text, lang, doc.published)
    if ref is not None and ref.precision == "day":
        return ref.value
    if ref is not None:
        return None if status in ("signed", "in_force", "ratified") else ref.value
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


def _unique(codes) -> list[str]:
    seen: list[str] = []
    for code in codes:
        if code and code not in seen:
            seen.append(code)
    return seen


def _finish(draft: _Draft, doc: Document) -> Relation:
    statuses = [s for s, _ in draft.statements if s]
    status = _strongest(statuses)
    effective = [w for s, w in draft.statements if s in ("signed", "ratified", "in_force") and w]
    since = min(effective) if effective else None
    evidence = " … ".join(s.text for s in draft.evidence)
    return Relation(a=draft.a, b=draft.b, kind=draft.kind, status=status, doc_id=doc.id, evidence=evidence,
                    since=since, areas=list(draft.areas), rule=f"relations.{draft.kind}")
