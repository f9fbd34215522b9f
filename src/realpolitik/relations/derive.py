"""Standing relations asserted by one article.

Each sentence is searched for cues (data/relations/<lang>.yaml): words that
name a tie. A cue's parties are read around it, by the shape of the phrase
(shapes.py: "X and Y signed a pact", "an ally of Y", "BRICS members A, B",
"Russia's war against Ukraine"). The sentence's status words ("ratified",
"froze", "withdrew from") and areas ("in energy and mining") go with the
treaties and memberships it names; a cue may carry its own status ("the
withdrawal from" ends a membership). A later sentence that only says "das
Abkommen" or "both countries" updates the article's latest treaty: its
status ("in Kraft gesetzt"), date and areas. A war word in a sentence that
names both sides of a war known by its place (wars.py) is their rivalry.
A treaty only negotiated or proposed is no standing tie and is left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from itertools import combinations
from typing import Final

from realpolitik.budget import checkpoint
from realpolitik.codes import is_armed_group, party
from realpolitik.events.clause_forms import sentence_forms
from realpolitik.events.grammar import Grammar
from realpolitik.events.modality import read_modality
from realpolitik.events.negation import is_negated
from realpolitik.events.roles import Group, expand_references
from realpolitik.events.rules import Rule, load_rules
from realpolitik.language.dates import lead_date, resolve_date
from realpolitik.language.tokens import POSSESSIVE_MARKS
from realpolitik.model import PLACE, UNREALISED_MODALITIES, ActorMention, Document, Event, Relation, Sentence, Token
from realpolitik.relations.ledger import ESTABLISHED
from realpolitik.relations.lexicon import TREATY_KINDS, Cue, RelationLexicon, load_lexicon
from realpolitik.relations.sentence import CueMatch, SentenceView, codes, is_org, verdict_label
from realpolitik.relations.shapes import FOUNDING_CUES, SHAPES, allied_pair, binds, hub
from realpolitik.relations.wars import known_wars

_PROGRESS: Final = {"proposed": 0, "signed": 1, "ratified": 2, "in_force": 3}
# A status word stands by the tie it is about: "froze its membership", "seeking NATO membership", "the treaty
# between X and Y was ratified" — not "signed a peace agreement on Friday, aimed at ending the conflict".
_STATUS_REACH: Final = {"membership": 4, "treaty": 6}
_GENERIC: Final = "cooperation_agreement"  # "das Abkommen", "the agreement": often refers back to a named tie
_FOUNDING: Final = frozenset(f"relations.{cue}" for cue in FOUNDING_CUES)  # the rules of those cues
# Signing, ratifying and entering into force are read like the event coder reads a signing (a symmetric AGREE): a
# plan, a demand, a threat or a hypothesis is no treaty yet ("are expected to sign", "called on X to ratify").
_SIGNING: Final = Rule(id="relations.signing", cameo="057", plover="AGREE", patterns=(), symmetric=True)
_UNSIGNED: Final = UNREALISED_MODALITIES | {"demand", "threat"}
_SUPPOSED_REACH: Final = 5  # from "может", "could" to the conflict it foresees: "может перерасти в конфликт"
_APPOSITION_REACH: Final = 4  # from the commas of an apposition to its tie word: ", seit 2016 strategische Partner,"
# from a word of ending to the conflict it ends: "mettant fin à plusieurs décennies de conflit"
_HOSTILITIES_REACH: Final = 6
# "muss noch von den Parlamenten beider Länder ratifiziert": "noch" and "muss" before the word
_PENDING_REACH: Final = 10
_HOPED_REACH: Final = 12  # "espera que la Unión Europea y México cierren": a hope and the complement clause it governs
_BEFORE_REACH: Final = 3  # from "before" to the entry into force it puts off: "before it enters", "avant d'entrer"
# from "unlike" to the state it sets apart: "в отличие от Казахстана", "à la différence du Mali"
_UNLIKE_REACH: Final = 3
_AIM_REACH: Final = 4  # from a word of purpose to the treaty word it aims at: "en vue d'un partenariat stratégique"
# from an ally word to the treaty that makes the alliance: "allies of X by a treaty of 1951"
_ALLY_TREATY_REACH: Final = 8
_POSSESSION_REACH: Final = 5  # from a verb of having to its treaty word: "haben mit Washington einen Beistandsvertrag"
_HOPED_OBJECT_REACH: Final = 5  # from a word of hope to the accession it governs: "interest in becoming a full member"
_HOPED_VERB_REACH: Final = 8  # from a verb of hope to the membership word its infinitive reaches: "hopes to get full"
_WISH_REACH: Final = 12  # from a word of wish to the membership it hopes for: "the wish that Cyprus will one day join"
_GOVERNED_REACH: Final = 3  # from a word of a proposal to the signing it governs: "hope to conclude", "hoffen auf den
# Abschluss"


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


@dataclass(frozen=True, init=False)  # its own __init__: compiled, where the dataclass's is interpreted (compiled.py)
class Found:
    """One tie one sentence states."""

    a: str
    b: str
    kind: str
    status: str | None
    rule: str
    fresh: bool = False  # a bare plural ("signed cooperation agreements on health"): new treaties, not the named one
    at: int = -1  # the first token of the cue's words (-1: none)

    def __init__(self, a: str, b: str, kind: str, status: str | None, rule: str, fresh: bool = False,
                 at: int = -1) -> None:
        # frozen: plain Python sets a field only through object's __setattr__ (mypyc compiles it to a direct write)
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "status", status)
        object.__setattr__(self, "rule", rule)
        object.__setattr__(self, "fresh", fresh)
        object.__setattr__(self, "at", at)


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
        matches = view.cue_matches()
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
        found = _tensions_set_apart(read_sentence(view, matches, spans) + _unlike(view), lexicon, tensions, sentence)
        # resolving dates costs a search of ~20 expressions: only for a sentence that states or updates a tie
        when = _date(sentence, lang, doc, _strongest(statuses)) if found or latest is not None else None
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
        draft = _named_treaty(drafts, tie.a, tie.b) if tie.kind == _GENERIC and not tie.fresh else None
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
    status = _strongest([st for st, start, end in spans for m in treaties
                         if _distance(view, start, end, m, True) <= _STATUS_REACH["treaty"]])
    if refers and (status or areas):
        latest.add(status, when, areas, sentence, "relations.update")
    if status and latest.kind != "defense_pact" and any(m.cue.kind == "defense_pact" for m in treaties) \
            and not (is_org(latest.a) or is_org(latest.b)):
        # "El tratado incluye una cláusula de asistencia militar mutua": words of mutual defence with no
        # parties of their own, and a word that says the treaty holds them ("includes", "contains"), say what
        # the treaty just named is (not "the agreement stops short of a mutual defence commitment"); the pact
        # holds as that treaty does
        pact = _draft(drafts, latest.a, latest.b, "defense_pact")
        pact.add(_strongest([s for s, _ in latest.statements if s]), when, [], sentence, "relations.update")


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


def status_spans(view: SentenceView) -> list[tuple[str, int, int]]:
    """The status words of a sentence, each with the status it gives as the sentence says it (`_realised`) and its
    tokens (start, end); none for a word that gives none ("have yet to sign")."""
    return [(status, hit[0], hit[-1] + 1) for s in view.lexicon.status for hit in view.matches(s.patterns)
            if (status := _realised(view, s.status, hit[0], hit[-1] + 1))]


def _realised(view: SentenceView, status: str, start: int, end: int) -> str | None:
    """The status a status word gives as the sentence says it: "have yet to sign" gives none, "are expected to
    sign", "wants to conclude", "will be signed next week" only a proposal. Suspending and leaving are decisions:
    "will end all military cooperation" ends it (EVAL.md: an announced decision is the act)."""
    if status in ("ended", "suspended") and _ends_hostilities(view, start, end):
        return None  # "a peace deal meant to close thirty years of fighting": the war ends, not the treaty
    if status == "ended" and verdict_label(view, end, 1):
        return None  # "un accord que Paris a dénoncé comme un pacte": a criticism, the treaty is not ended
    if status not in ESTABLISHED:
        return status
    clause = view.clause(start)
    if status == "in_force" and _not_yet(view, start, clause):
        return None  # "must be ratified before it enters into force", "вступит в силу после ратификации"
    future = view.lexicon.marker("future")
    if status == "ratified" and any(view.tokens[i].text.lower() in future
                                    for i in range(max(clause[0], start - _BEFORE_REACH - 1), start)):
        return None  # "вступит в силу после ратификации": a ratification still to come
    # (not an in-force word: "enthält keine Beistandsklausel" negates the clause, not the treaty)
    if status != "in_force" and is_negated(view.forms, (start, end), clause, view.grammar, vocabulary=view.vocabulary):
        return None
    if _pending(view, start, clause):
        return None  # "the treaty must still be ratified", "muss noch ratifiziert werden": not yet done
    # "talks on signing a pact", "hoped to conclude it", "переговоры о заключении": a word of a proposal governs it
    if any(clause[0] <= hit[-1] < start and start - hit[-1] <= _GOVERNED_REACH and view.between_only(
            hit[-1] + 1, start, frozenset(), lower_words=True)
           for s in view.lexicon.status if s.status == "proposed" for hit in view.matches(s.patterns)):
        return "proposed"
    # "espera que la UE y México cierren pronto ...", "hopes that Chile and Peru will sign": a word of hope or
    # proposal whose complement clause holds the status word
    complementizers = view.grammar.roles.complementizers
    if any(hit[-1] < start and start - hit[-1] <= _HOPED_REACH
           and any(view.forms[i] & complementizers for i in range(hit[-1] + 1, min(hit[-1] + 3, start)))
           for s in view.lexicon.status if s.status == "proposed" for hit in view.matches(s.patterns)):
        return "proposed"
    # "будет подписано на следующей неделе": a future auxiliary right before it
    if start and view.forms[start - 1] & view.lexicon.marker("future"):
        return "proposed"
    # "Se espera que Egipto y Sudán firmen", "wollen ..., dass": the verb that governs it counts too
    return "proposed" if _modality(view, start, end) in _UNSIGNED else status


def _possessed(view: SentenceView, match: CueMatch) -> bool:
    """A verb of having whose object is the treaty word ("Chile has a free trade agreement with China", "Filipinas
    tiene un tratado de defensa mutua con Washington"): a tie held now. An article, the partner's preposition or a
    name right after the verb ("haben mit Washington einen Beistandsvertrag"), so no auxiliary of a participle ("a
    critiqué l'accord"); no comma and no negation before the treaty word ("has no treaty"), not "would have"."""
    words = view.lexicon.marker("possession")
    if not words:
        return False
    opening = view.grammar.determiners | view.lexicon.marker("partner")
    clause = view.clause(match.start)
    for i in range(max(clause[0], match.start - _POSSESSION_REACH), match.start):
        if not view.forms[i] & words:
            continue
        between = range(i + 1, match.start)
        if between and not (view.tokens[i + 1].text.lower() in opening or i + 1 in view.name_tokens):
            return False
        if any(view.tokens[k].text == "," or view.tokens[k].text.lower() in view.lexicon.negation for k in between):
            return False
        return not is_negated(view.forms, (i, match.end), clause, view.grammar, vocabulary=view.vocabulary) \
            and _modality(view, i, i + 1) not in _UNSIGNED
    return False


def _not_yet(view: SentenceView, start: int, clause: tuple[int, int]) -> bool:
    """An entry into force still to come: a word of "before" just before it ("before it enters into force", "avant
    d'entrer en vigueur", "antes de entrar en vigor", "до вступления в силу") or the word itself in the future
    ("вступит в силу", "entrera en vigueur", "entrará en vigor")."""
    before = view.lexicon.marker("before")
    return any(view.forms[i] & before for i in range(max(clause[0], start - _BEFORE_REACH), start)) \
        or view.tokens[start].text.lower() in view.lexicon.marker("future")


def _pending(view: SentenceView, start: int, clause: tuple[int, int]) -> bool:
    """A word of obligation and one of "still" before a signing or ratifying word in its clause: "the treaty must
    still be ratified", "muss noch von den Parlamenten ratifiziert werden", "aún debe ser ratificado"."""
    pending, obligation = view.lexicon.marker("pending"), view.lexicon.marker("obligation")
    low = max(clause[0], start - _PENDING_REACH)
    return bool(pending and obligation) and any(view.forms[i] & pending for i in range(low, start)) \
        and any(view.forms[i] & obligation for i in range(low, start))


def _ends_hostilities(view: SentenceView, start: int, end: int) -> bool:
    """A word of war or conflict is what the status word at [start, end) ends: right after it ("ending twenty years
    of war", "met fin à la guerre") or, in a verb-final clause, right before it ("den Krieg beendet"), with only
    articles, numbers and words of a span of time between."""
    words, tokens = view.lexicon.marker("hostilities"), view.tokens
    glue = view.grammar.determiners | view.grammar.genitive_markers | view.lexicon.marker("duration")
    after = next((k for k in range(end, min(len(tokens), end + _HOSTILITIES_REACH)) if view.forms[k] & words), None)
    if after is not None and _only_glue(tokens[end:after], glue):
        return True
    before = next((k for k in range(start - 1, max(-1, start - 1 - _HOSTILITIES_REACH), -1)
                   if view.forms[k] & words), None)
    return before is not None and view.grammar.verb_final and _only_glue(tokens[before + 1:start], glue)


def _only_glue(tokens: list[Token], glue: frozenset[str]) -> bool:
    """Only numbers and `glue` words (articles, words of a span of time) among `tokens`."""
    return all(tok.text.isdigit() or tok.text.lower() in glue for tok in tokens)


def _modality(view: SentenceView, start: int, end: int) -> str:
    """How the sentence tells the words at [start, end) as it tells a signing: asserted, a plan, a hypothesis ..."""
    return read_modality(view.forms, (start, end), view.clause(start), len(view.tokens), view.grammar, _SIGNING,
                         view.name_tokens, view.vocabulary).modality


def _first_state(mentions: list[ActorMention]) -> str | None:
    """The first state a sentence names, which a pronoun opening the next one may stand for ("It belongs to ...")."""
    return next((party(m.code) for m in mentions if m.resolved and not is_org(m.code)), None)


def _armed_groups(mentions: list[ActorMention]) -> dict[str, None]:
    """The parties of the armed non-state groups (CAMEO REB) a sentence names: "the Iran-backed group" stands for
    the one the article has named."""
    return dict.fromkeys(party(m.code) for m in mentions if is_armed_group(m.code))


def read_sentence(view: SentenceView, matches: list[CueMatch], spans: list[tuple[str, int, int]]) -> list[Found]:
    """The ties one sentence states: each cue's pairs (`_cue_pairs`) with the status its words give them
    (`_cue_status`); then, over the whole sentence, the wars the article knows, the kinds that words with no parties
    of their own give the sentence's ties (`_described_kinds`), the generic treaty merged into the specific kinds of
    a pair (`_merged_generic`) and the founders' pact (`_founded_pacts`).

    `spans` are the sentence's status words (status, first token, last token + 1)."""
    statuses = list(dict.fromkeys(status for status, _, _ in spans))
    found: list[Found] = []
    unpaired: list[str] = []  # specific treaty kinds whose words name no parties of their own
    for match in matches:
        if _skipped(view, match, statuses):
            continue
        kind, pairs, fellows = _cue_pairs(view, match)
        found += fellows
        status = _cue_status(view, match, matches, spans, kind)
        if kind in TREATY_KINDS and status == "ended":
            pairs = [pair for pair in pairs if not _left_together(view, matches, match, pair)]
        fresh = kind == _GENERIC and _bare_plural(view, match)
        found += [Found(a, b, kind, status, f"relations.{match.cue.id}", fresh, match.start) for a, b in pairs
                  if a != b]
        if not pairs and kind in TREATY_KINDS and kind != _GENERIC:
            unpaired.append(kind)
    if any(m.cue.shape == "war" for m in matches):
        found += [Found(a, b, "rivalry", None, "relations.known_war")
                  for a, b in known_wars(view.parties(), view.article_parties)]
    found = _described_kinds(found, unpaired, statuses)
    return _founded_pacts(_merged_generic(view, found))


def _skipped(view: SentenceView, match: CueMatch, statuses: list[str]) -> bool:
    """Whether a cue states no tie here: it needs a status word the sentence lacks, it names only the wars the article
    knows, an armed group it needs stands after it, or a membership is only wished for or the topic of a ballot."""
    cue = match.cue
    return bool(cue.needs_status and not (set(cue.needs_status) & set(statuses)) or cue.known_war_only
                or cue.armed and not _armed_before(view, match) or cue.kind == "membership" and _wished(view, match)
                or cue.kind == "membership" and not statuses and _ballot_topic(view, match))


def _cue_pairs(view: SentenceView, match: CueMatch) -> tuple[str, list[tuple[str, str]], list[Found]]:
    """The kind of tie a cue names, the pairs its shape reads, and the allies a hub's alliance makes of its members.
    A generic treaty of a kind denied before it is of that kind ("its only such treaty"); a hub that is an
    organisation names a membership ("NATO ally Turkey"), its members allies of each other where they are fellows
    ("Душанбе и Москва — союзники по ОДКБ"); an alliance with no hub is the pair itself ("Moscow and Minsk are close
    allies"); a membership read by the backed shape is the leader's ("the Russian-led CSTO")."""
    cue = match.cue
    kind = cue.kind
    if kind == _GENERIC and (such := view.such_kind(match.start)) is not None:
        kind = such
    fellows: list[Found] = []
    if cue.shape == "hub":
        pairs, organisation = hub(view, match)
        kind = "membership" if organisation else kind
        if organisation and cue.kind == "ally" and _fellow(view, match):
            members = list(dict.fromkeys(a for a, _ in pairs if not is_org(a)))
            fellows = [Found(a, b, "ally", None, f"relations.{cue.id}") for a, b in combinations(members, 2)]
        if not pairs and kind == "ally":
            pairs = allied_pair(view, match)
    else:
        pairs = SHAPES[cue.shape](view, match)
    if kind == "membership" and cue.shape == "backed":
        pairs = [(leader, led) for led, leader in pairs if is_org(led) and not is_org(leader)]
    return kind, pairs, fellows


def _cue_status(view: SentenceView, match: CueMatch, matches: list[CueMatch], spans: list[tuple[str, int, int]],
                kind: str) -> str | None:
    """The status of the tie a cue names: the cue's own, else the status words near it (`_near_statuses`), else what
    the treaty's words say (it binds its parties, it is dated, the subject holds it: in force; an aim: proposed); a
    tie in force the sentence only supposes is proposed, and talks suspended or ended on a treaty leave it proposed."""
    cue = match.cue
    near = _near_statuses(view, match, matches, spans, kind != "membership")
    status = _status_of(kind, cue, near)
    if status is None and kind in TREATY_KINDS and binds(view, match):
        status = "in_force"  # "the mutual defence pact obliges Mali, Burkina Faso and Niger to ...": it binds them
    # "its 1951 Mutual Defense Treaty with the United States": a treaty of that year (not "alliées des États-Unis
    # par un traité de 1951": the treaty that makes the alliance, whose parties are the ally's)
    if status is None and kind in TREATY_KINDS and _dated(view, match) and not any(
            o.cue.kind == "ally" and o.end <= match.start and match.start - o.end <= _ALLY_TREATY_REACH
            for o in matches):
        status = "in_force"
    if status is None and kind in TREATY_KINDS and _possessed(view, match):
        status = "in_force"  # "Chile has a free trade agreement with China": a treaty the subject holds now
    if kind in TREATY_KINDS and _aimed_at(view, match):
        status = "proposed"  # "signed a declaration of intent toward a strategic partnership": the aim only
    if (cue.standing or status == "in_force") and not near \
            and _modality(view, match.start, match.end) == "hypothetical":
        # "would consider raising their ties to a strategic partnership next year", "will respond if Finland
        # joins NATO": a tie the sentence only supposes is proposed, not in force
        status = "proposed"
    if status in ("suspended", "ended") and (kind in TREATY_KINDS and view.negotiated(match.start)
                                             or kind == "membership" and view.negotiated(match.start, match.end)):
        # "suspended talks on a trade agreement": the talks stop; no treaty was in force. "a suspendu les négociations
        # d'adhésion à l'UE", "suspended accession talks": the candidate stays one, no member was suspended
        status = "proposed"
    return status


def _near_statuses(view: SentenceView, match: CueMatch, matches: list[CueMatch], spans: list[tuple[str, int, int]],
                   treaty: bool) -> list[str]:
    """The status words that are the cue's: within _STATUS_REACH of it (a treaty's, else in its clause: "Kanada
    unterzeichnete im Mai als erstes G7-Land ein Abkommen mit Kiew"); a membership's members stand apart ("X, Y and Z
    ... withdrew their envoys"). Not a status word that belongs to another tie or clause: a tie the words say holds
    is not proposed by the verb beyond the comma of its apposition ("Vietnam and India, strategic partners since
    2016, will discuss ..."); a status word beyond a comma that names a tie of its own is that tie's ("Les trois pays,
    liés par un pacte de défense, ont quitté la Cédéao")."""
    cue = match.cue
    reach = _STATUS_REACH["treaty" if treaty else "membership"]
    own = [(status, start, end) for status, start, end in spans
           if not (cue.standing and status == "proposed" and _apposed(view, start, end, match))
           and not (status in ("ended", "suspended") and _owned_elsewhere(view, start, end, match, matches))
           and not (status == "proposed" and _own_subject_after(view, start, match))
           and not _other_clause(view, status, end, match, spans)]
    near = [status for status, start, end in own if _distance(view, start, end, match, treaty) <= reach]
    if treaty and not near:
        near = [status for status, start, _ in own if view.clause(start) == view.clause(match.start)]
    return near


def _described_kinds(found: list[Found], unpaired: list[str], statuses: list[str]) -> list[Found]:
    """The sentence's ties with the kinds that words with no parties of their own say they are: "X and Y are parties
    to the treaty, which obliges its members to assist one another" (the generic treaty is also that kind); "X, Y and
    Z founded the Alliance of Sahel States, whose charter provides for mutual assistance" (the founders' membership
    gives a defence pact: see _alliance); "bound by a declaration on allied relations, which provides for mutual
    military assistance" (an alliance is a defence pact, in force unless the sentence says otherwise)."""
    found = found + [Found(f.a, f.b, kind, f.status, f.rule) for kind in dict.fromkeys(unpaired) for f in list(found)
                     if f.kind == _GENERIC or kind == "defense_pact" and f.kind == "membership"
                     and f.rule in _FOUNDING]
    if "defense_pact" in unpaired:
        # "связаны Шушинской декларацией о союзнических отношениях, предусматривающей взаимную военную помощь"
        found = [replace(f, kind="defense_pact", status=f.status or _strongest(statuses) or "in_force")
                 if f.kind == "ally" else f for f in found]
    return found


def _merged_generic(view: SentenceView, found: list[Found]) -> list[Found]:
    """The generic treaty of a pair merged into its specific kinds, then the alliances (`_alliance`). The specific
    kind takes the generic's status ("signed a treaty that commits Moscow to defend its neighbour": the words that
    make the treaty a defence pact stand in a clause of their own, the status word by the treaty word); the generic
    is the specific ("signed a strategic partnership agreement"), unless the sentence brings in a treaty of its own
    apart from the specific words ("signed a treaty of friendship in 2008, and raised their ties to a strategic
    partnership this year": a comma and a conjunction between, two)."""
    specific: dict[frozenset[str], list[int]] = {}
    for f in found:
        if f.kind in TREATY_KINDS and f.kind != _GENERIC:
            specific.setdefault(frozenset((f.a, f.b)), []).append(f.at)
    generic = {frozenset((f.a, f.b)): f.status for f in found if f.kind == _GENERIC and f.status}
    found = [replace(f, status=generic[pair]) if f.status is None and f.kind in TREATY_KINDS
             and (pair := frozenset((f.a, f.b))) in generic else f for f in found]
    kept: list[Found] = []
    for f in found:
        pair = frozenset((f.a, f.b))
        if f.kind != _GENERIC or pair not in specific:
            kept.append(f)
        elif _indefinite(view, f.at) and all(_apart(view, f.at, at) for at in specific[pair]):
            kept.append(replace(f, fresh=True))  # a treaty of its own, not the one the specific words name
    return _alliance(kept)


def _founded_pacts(found: list[Found]) -> list[Found]:
    """"X, Y and Z form the AES, a confederation with a mutual defence pact": the pact of the states a founding word
    makes members holds as their membership does."""
    founded = {f.a if is_org(f.b) else f.b: f.status for f in found
               if f.kind == "membership" and f.rule in _FOUNDING and f.status}
    return [replace(f, status=founded[f.a]) if f.kind == "defense_pact" and f.status is None and f.a in founded
            and f.b in founded else f for f in found]


def _indefinite(view: SentenceView, at: int) -> bool:
    """An indefinite article before the treaty word, lower-case words between ("a free trade agreement", "un tratado
    de amistad"): a treaty the sentence brings in, not one it names again ("the treaty contains no ...")."""
    words = view.lexicon.marker("indefinite")
    for i in range(at - 1, max(-1, at - 4), -1):
        if view.forms[i] & words:
            return True
        if not (view.tokens[i].text.isalpha() and view.tokens[i].text[:1].islower()):
            return False
    return False


def _apart(view: SentenceView, a: int, b: int) -> bool:
    """Two cues of one sentence stand in clauses joined by a comma and a conjunction (neither position unknown)."""
    if a < 0 or b < 0:
        return False
    joins = view.grammar.coordination | view.lexicon.marker("contrast")
    return any(view.tokens[i - 1].text == "," and view.forms[i] & joins for i in range(min(a, b) + 1, max(a, b)))


def _left_together(view: SentenceView, matches: list[CueMatch], match: CueMatch, pair: tuple[str, str]) -> bool:
    """"La Pologne et les pays baltes ont quitté la convention d'Ottawa", "Poland and Lithuania left the Ottawa
    convention": states that leave a treaty together, named in one group before the verb of leaving, each leave a
    treaty of many; no tie between them ends (a treaty of their own is ended, scrapped or torn up)."""
    leaving = [o for o in matches if o.cue.kind == "membership" and o.cue.status == "ended" and o.end <= match.start]
    return any(g.end <= o.start and pair[0] in (members := codes(g)) and pair[1] in members
               for o in leaving for g in view.groups)


def _dated(view: SentenceView, match: CueMatch) -> bool:
    """The year the treaty was made, written onto the treaty word: before it ("the 1951 Mutual Defense Treaty", "its
    2014 defence agreement"), or after it, a preposition or article between at most ("the treaty of 1960", "le traité
    de 1951", "el tratado de 1951", "der Vertrag von 1963", "договор 1961 года")."""
    tokens, glue = view.tokens, view.grammar.genitive_markers | view.grammar.determiners | view.lexicon.marker("hub")
    # (before it, after an article or a possessive: not "parrainé en 2018 l'accord", the verb's date)
    owners = view.grammar.determiners | view.grammar.possessives | POSSESSIVE_MARKS
    return _year_at(tokens, match.start - 1) and match.start >= 2 and bool(
        view.forms[match.start - 2] & owners or tokens[match.start - 2].text in owners) or _year_at(tokens, match.end) \
        or match.end + 1 < len(tokens) and bool(view.forms[match.end] & glue) and _year_at(tokens, match.end + 1)


def _year_at(tokens: list[Token], i: int) -> bool:
    """Whether token `i` (where there is one) is a year of four digits, 1801-2099."""
    return 0 <= i < len(tokens) and len(tokens[i].text) == 4 and tokens[i].text.isdigit() \
        and 1800 < int(tokens[i].text) < 2100


def _wished(view: SentenceView, match: CueMatch) -> bool:
    """A word of wish or hope, then a complementizer, before a membership word: "expressed his wish that Cyprus
    will one day join NATO", "desea que Chipre ingrese en la OTAN", "выразил желание, чтобы Кипр вступил в НАТО":
    a hope, no membership and no application (EVAL.md: only ties the text asserts)."""
    wish = view.lexicon.marker("wish")
    if not wish:
        return False
    that = view.grammar.roles.complementizers | view.lexicon.marker("wish_that")
    low = max(0, match.start - _WISH_REACH)
    return any(view.forms[i] & wish and (any(view.forms[k] & that for k in range(i + 1, match.start))
                                         or _hoped_for(view, i, match.start) or _wish_governs(view, i, match.start))
               for i in range(low, match.start))


def _ballot_topic(view: SentenceView, match: CueMatch) -> bool:
    """The preposition of a vote's or a debate's topic right before the membership word or its article ("will die
    Ungarn über einen EU-Beitritt der Ukraine abstimmen lassen", "un referéndum sobre la adhesión a la OTAN"): the
    accession is what is voted on or argued about, not a membership the text asserts."""
    words = view.lexicon.marker("ballot_topic")
    before = match.start - 1
    if before > 1 and view.tokens[before].text == "-":
        before -= 2  # "einen EU-Beitritt": the organisation written onto the noun
    if before > 0 and view.forms[before] & view.grammar.determiners:
        before -= 1
    return bool(words) and before >= 0 and bool(view.forms[before] & words)


def _wish_governs(view: SentenceView, wish: int, cue: int) -> bool:
    """A verb of hope whose infinitive leads to the membership word in the same clause ("hopes to obtain full
    membership", "рассчитывает со временем получить членство", "aspira a obtener la membresía"): the hoped-for
    accession, no comma and no party between (not the accession verb itself: "hopes to join the EU" is sought)."""
    return wish + 2 < cue and cue - wish <= _HOPED_VERB_REACH and view.clause(wish) == view.clause(cue) \
        and all(tok.text != "," for tok in view.tokens[wish + 1:cue]) \
        and not any(wish < g.start and g.end <= cue and not _orgs_only(g) for g in view.groups)


def _orgs_only(g: Group) -> bool:
    return all(is_org(c) for c in codes(g))


def _hoped_for(view: SentenceView, wish: int, cue: int) -> bool:
    """A word of hope or interest whose preposition governs the membership word ("рассчитывают на вступление
    Казахстана в БРИКС", "interest in becoming a full member of BRICS"): the hoped-for accession, no comma between."""
    return wish + 1 < cue and cue - wish <= _HOPED_OBJECT_REACH \
        and bool(view.forms[wish + 1] & view.lexicon.marker("wish_for")) \
        and all(tok.text != "," for tok in view.tokens[wish + 1:cue])


def _fellow(view: SentenceView, match: CueMatch) -> bool:
    """The ally word is followed by the preposition that names the alliance its allies share ("союзники по ОДКБ")."""
    words = view.lexicon.marker("fellow")
    return bool(words) and match.end < len(view.tokens) and bool(view.forms[match.end] & words)


def _armed_before(view: SentenceView, match: CueMatch) -> bool:
    """A military actor (CAMEO MIL) named in the cue's clause before it: "Pakistani and Afghan forces clashed"."""
    low = view.clause(match.start)[0]
    return any(m.code.endswith("MIL") for g in view.groups if low <= g.start and g.end <= match.start
               for m in g.members)


def _unlike(view: SentenceView) -> list[Found]:
    """"Азербайджан, в отличие от Казахстана, не является членом ОДКБ", "Norway, unlike Sweden, is not a member of
    NATO": the state that a negated membership sets apart right after a word of contrast is a member."""
    words = view.lexicon.marker("unlike")
    if not words or not view.denied:
        return []
    found: list[Found] = []
    for match in view.denied:
        marks = [i for i in range(match.start) if view.forms[i] & words]
        apart = [c for i in marks for g in view.groups if i < g.start <= i + _UNLIKE_REACH and g.end <= match.start
                 for c in dict.fromkeys(party(m.code) for m in g.members) if not is_org(c)]
        if not apart:
            continue
        orgs = dict.fromkeys(b for _, b in SHAPES["member"](view, match) if is_org(b))
        orgs.update(dict.fromkeys(_denied_list(view, match, orgs)))
        found += [Found(state, org, "membership", "in_force", "relations.unlike") for state in apart for org in orgs]
    return found


def _denied_list(view: SentenceView, match: CueMatch, orgs: dict[str, None]) -> list[str]:
    """The organisations after the first one a negated membership names, joined to it by commas, conjunctions and
    negations only: "не является членом ни ОДКБ, ни ЕАЭС, ни ШОС", "a member of neither the CSTO nor the EAEU"."""
    grammar = view.grammar
    glue = view.lexicon.negation | grammar.coordination | grammar.determiners | grammar.genitive_markers \
        | grammar.location_markers | {","}
    after = [g for g in view.groups if g.start >= match.end and g.start < view.clause(match.start)[1]]
    start = next((k for k, g in enumerate(after) if any(c in orgs for c in codes(g))), None)
    found: list[str] = []
    if start is None:
        return found
    end = after[start].end
    for g in after[start + 1:]:
        if not all(view.forms[i] & glue or view.tokens[i].text in glue for i in range(end, g.start)) \
                or any(not is_org(c) for c in codes(g)):
            break
        found += codes(g)
        end = g.end
    return found


def _aimed_at(view: SentenceView, match: CueMatch) -> bool:
    """A word of purpose or intent a few words before the treaty word in its clause: "une déclaration d'intention en
    vue d'un partenariat stratégique", "a roadmap toward a strategic partnership", "con vistas a una asociación"."""
    aim = view.lexicon.marker("aim")
    low = max(view.clause(match.start)[0], match.start - _AIM_REACH)
    return bool(aim) and any(view.forms[i] & aim for i in range(low, match.start))


def _alliance(found: list[Found]) -> list[Found]:
    """"Mali, Burkina Faso and Niger formed the Alliance of Sahel States, a mutual defence pact": a defence pact
    between several states and the alliance they form is a pact among the states, each a member of the alliance."""
    members: dict[str, list[Found]] = {}
    for f in found:
        if f.kind == "defense_pact" and is_org(f.a) != is_org(f.b):
            members.setdefault(f.a if is_org(f.a) else f.b, []).append(f)
    joined = {id(f) for ties in members.values() if len(ties) >= 2 for f in ties}
    if not joined:
        return found
    out = [f for f in found if id(f) not in joined]
    for org, ties in members.items():
        if len(ties) < 2:
            continue
        states = list(dict.fromkeys(f.b if f.a == org else f.a for f in ties))
        status, rule = ties[0].status, ties[0].rule
        out += [Found(state, org, "membership", status or "in_force", rule) for state in states]
        out += [Found(a, b, "defense_pact", status, rule) for a, b in combinations(states, 2)]
    return out


def _distance(view: SentenceView, start: int, end: int, match: CueMatch, skip_names: bool) -> int:
    """Tokens between a span and a cue match (0 when they overlap), with `skip_names` not counting the
    actors' own words ("der Vertrag zwischen Bolivien und Paraguay wurde ... ratifiziert")."""
    low, high = (end, match.start) if end <= match.start else (match.end, start)
    named = {i for g in view.groups for i in range(g.start, g.end)} if skip_names else set()
    return sum(1 for i in range(low, high) if i not in named and any(c.isalnum() for c in view.tokens[i].text))


# Tokens a status word may stand before the cue it governs: "froze its participation", "заморозила участие"
_OWN_STATUS_GAP: Final = 2


def _owned_elsewhere(view: SentenceView, start: int, end: int, match: CueMatch, matches: list[CueMatch]) -> bool:
    """The status word at [start, end) is itself another cue's word ("ont quitté la Cédéao") and a comma stands
    between it and `match`: it ends that tie, not this one (a founding word may make both: "formed the AES, a
    mutual defence pact") or right before it ("Armenia, with which Azerbaijan initialled an agreement, froze its
    participation in the CSTO")."""
    low, high = (end, match.start) if end <= match.start else (match.end, start)
    return any(view.tokens[i].text == "," for i in range(low, high)) and any(
        other is not match and other.start < end + _OWN_STATUS_GAP and start < other.end for other in matches)


def _other_clause(view: SentenceView, status: str, end: int, match: CueMatch,
                  spans: list[tuple[str, int, int]]) -> bool:
    """A status word before a clause boundary (a comma, "after", "nachdem") is not a cue's beyond it whose own stretch
    of the sentence holds a status word of another kind: "Japan kündigte an, mit Indien über ein Abkommen zu
    verhandeln" proposes the treaty, "the talks ended after France and Morocco signed an agreement" signs it."""
    if end > match.start:
        return False
    relatives = view.grammar.roles.subject_relatives | view.grammar.roles.object_relatives
    tokens = view.tokens
    # (not a relative clause's comma: "durch einen Vertrag verbunden, der beide Seiten ... verpflichtet" tells what
    # the tie before it holds)
    boundaries = [i for i in range(end, len(tokens)) if tokens[i].text == "," and not (
        i + 1 < len(tokens) and tokens[i + 1].text.lower() in relatives) or (
        (word := tokens[i].text.lower()) in view.grammar.subordinators and word not in relatives)]
    before = [i for i in boundaries if i < match.start]
    if not before:
        return False
    close = next((i for i in boundaries if i >= match.end), len(view.tokens))
    return any(other != status and before[-1] <= start < close for other, start, _ in spans)


def _own_subject_after(view: SentenceView, start: int, match: CueMatch) -> bool:
    """"describe their ties as a strategic partnership, and Islamabad hopes the line will ...": a word of hope after a
    comma, a conjunction and a subject of its own belongs to that subject's clause, not to the tie before it."""
    coordination = view.grammar.coordination
    for i in range(match.end, start - 1):
        if view.tokens[i].text == "," and view.forms[i + 1] & coordination:
            return any(g.start >= i + 2 and g.end <= start for g in view.groups)
    return False


def _apposed(view: SentenceView, start: int, end: int, match: CueMatch) -> bool:
    """The cue stands between commas a few words away on each side (an apposition), and the span lies beyond them."""
    tokens = view.tokens
    before = [i for i in range(max(0, match.start - _APPOSITION_REACH), match.start) if tokens[i].text == ","]
    after = [i for i in range(match.end, min(len(tokens), match.end + _APPOSITION_REACH)) if tokens[i].text == ","]
    return bool(before and after) and (end <= before[-1] or start > after[0])


def _status_of(kind: str, cue: Cue, statuses: list[str]) -> str | None:
    if cue.status is not None:
        return cue.status
    if kind in TREATY_KINDS:
        return _strongest(statuses) or ("in_force" if cue.standing else None)
    if kind != "membership":
        return None
    # A membership stated without a word of its status holds now; "wants to join" is only proposed.
    for step in ("ended", "suspended", "proposed", "ratified", "signed"):
        if step in statuses:
            return step
    return "in_force"


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
        return None if status in ESTABLISHED else ref.value
    return lead_date(sentence.index, doc.published)


def _draft(drafts: dict, a: str, b: str, kind: str) -> _Draft:
    key = (a, b, kind) if kind == "ally" else (*sorted((a, b)), kind)
    if key not in drafts:
        drafts[key] = _Draft(key[0], key[1], kind)
    return drafts[key]


def _bare_plural(view: SentenceView, match: CueMatch) -> bool:
    """"signed cooperation agreements on maritime security", "suscribieron acuerdos de cooperación": a plural treaty
    word of cooperation with no article or possessive before it names treaties of its own, not the tie the article
    named before ("the agreement", "das Abkommen" refer back to it; "firmaron acuerdos en campos como la
    energía" are the partnership's)."""
    word, words = view.tokens[match.end - 1], view.lexicon.marker("cooperation")
    if word.text.lower() == (word.lemma or "").lower() or not any(
            view.forms[i] & words for i in range(max(0, match.start - 2), min(len(view.tokens), match.end + 2))):
        return False
    glue = view.grammar.determiners | view.grammar.possessives
    for i in range(match.start - 1, max(-1, match.start - 3), -1):
        if view.forms[i] & glue:
            return False
        if not (view.tokens[i].text.isalpha() and view.tokens[i].text[:1].islower()):
            break
    return True


def _named_treaty(drafts: dict, a: str, b: str) -> _Draft | None:
    """'das Abkommen' between a pair that already has a named tie in this article is that tie."""
    for kind in TREATY_KINDS[:-1]:
        found = drafts.get((*sorted((a, b)), kind))
        if found is not None:
            return found
    return None


def _finish(draft: _Draft, doc: Document) -> Relation:
    statuses = [s for s, _ in draft.statements if s]
    status = _strongest(statuses)
    effective = [w for s, w in draft.statements if s in ESTABLISHED and w]
    since = min(effective) if effective else None
    evidence = " … ".join(s.text for s in draft.evidence.values())
    return Relation(a=draft.a, b=draft.b, kind=draft.kind, status=status, doc_id=doc.id, evidence=evidence,
                    since=since, areas=list(draft.areas), rule=draft.rules[0] if draft.rules else "")


__all__ = ["RelationLexicon", "derive_relations", "read_sentence"]
