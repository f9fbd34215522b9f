"""The ties one sentence states (relations/derive.py gathers them over the article).

Each cue (data/relations/<lang>.yaml: words that name a tie) has its parties read around it, by the shape of the
phrase (shapes.py: "X and Y signed a pact", "an ally of Y", "BRICS members A, B", "Russia's war against Ukraine"),
and the status its sentence gives it (statuses.py). A cue states no tie where it needs a status word the sentence
lacks or a membership is only wished for; words with no parties of their own say what kind the sentence's ties are
("which obliges its members to assist one another"); the generic treaty of a pair is its specific kind; the states
a negated membership sets apart ("Norway, unlike Sweden, is not a member") are members.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import combinations
from typing import Final

from realpolitik.codes import party
from realpolitik.events.roles import Group
from realpolitik.relations.cue_filters import such_kind
from realpolitik.relations.lexicon import TREATY_KINDS
from realpolitik.relations.sentence import CueMatch, SentenceView, codes, is_org
from realpolitik.relations.shapes import FOUNDING_CUES, SHAPES, allied_pair, hub
from realpolitik.relations.statuses import cue_status, strongest
from realpolitik.relations.wars import known_wars

GENERIC: Final = "cooperation_agreement"  # "das Abkommen", "the agreement": often refers back to a named tie
_FOUNDING: Final = frozenset(f"relations.{cue}" for cue in FOUNDING_CUES)  # the rules of those cues
# from "unlike" to the state it sets apart: "в отличие от Казахстана", "à la différence du Mali"
_UNLIKE_REACH: Final = 3
_HOPED_OBJECT_REACH: Final = 5  # from a word of hope to the accession it governs: "interest in becoming a full member"
_HOPED_VERB_REACH: Final = 8  # from a verb of hope to the membership word its infinitive reaches: "hopes to get full"
_WISH_REACH: Final = 12  # from a word of wish to the membership it hopes for: "the wish that Cyprus will one day join"


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


def read_sentence(view: SentenceView, matches: list[CueMatch], spans: list[tuple[str, int, int]]) -> list[Found]:
    """The ties one sentence states: each cue's pairs (`_cue_pairs`) with the status its words give them
    (`cue_status`); then, over the whole sentence, the wars the article knows, the kinds that words with no parties
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
        status = cue_status(view, match, matches, spans, kind)
        if kind in TREATY_KINDS and status == "ended":
            pairs = [pair for pair in pairs if not _left_together(view, matches, match, pair)]
        fresh = kind == GENERIC and _bare_plural(view, match)
        found += [Found(a, b, kind, status, f"relations.{match.cue.id}", fresh, match.start) for a, b in pairs
                  if a != b]
        if not pairs and kind in TREATY_KINDS and kind != GENERIC:
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
    if kind == GENERIC and (such := such_kind(view, match.start)) is not None:
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


def _described_kinds(found: list[Found], unpaired: list[str], statuses: list[str]) -> list[Found]:
    """The sentence's ties with the kinds that words with no parties of their own say they are: "X and Y are parties
    to the treaty, which obliges its members to assist one another" (the generic treaty is also that kind); "X, Y and
    Z founded the Alliance of Sahel States, whose charter provides for mutual assistance" (the founders' membership
    gives a defence pact: see _alliance); "bound by a declaration on allied relations, which provides for mutual
    military assistance" (an alliance is a defence pact, in force unless the sentence says otherwise)."""
    found = found + [Found(f.a, f.b, kind, f.status, f.rule) for kind in dict.fromkeys(unpaired) for f in list(found)
                     if f.kind == GENERIC or kind == "defense_pact" and f.kind == "membership"
                     and f.rule in _FOUNDING]
    if "defense_pact" in unpaired:
        # "связаны Шушинской декларацией о союзнических отношениях, предусматривающей взаимную военную помощь"
        found = [replace(f, kind="defense_pact", status=f.status or strongest(statuses) or "in_force")
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
        if f.kind in TREATY_KINDS and f.kind != GENERIC:
            specific.setdefault(frozenset((f.a, f.b)), []).append(f.at)
    generic = {frozenset((f.a, f.b)): f.status for f in found if f.kind == GENERIC and f.status}
    found = [replace(f, status=generic[pair]) if f.status is None and f.kind in TREATY_KINDS
             and (pair := frozenset((f.a, f.b))) in generic else f for f in found]
    kept: list[Found] = []
    for f in found:
        pair = frozenset((f.a, f.b))
        if f.kind != GENERIC or pair not in specific:
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


def unlike_members(view: SentenceView) -> list[Found]:
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
