"""The status a sentence gives the ties it names (relations/ties.py reads the ties, relations/derive.py the article).

A sentence's status words ("ratified", "froze", "withdrew from", data/relations/<lang>.yaml) go with the treaties and
memberships it names, as the sentence tells them: "have yet to sign" gives none, "are expected to sign", "wants to
conclude" only a proposal, "will end all military cooperation" ends it (an announced decision). A cue may carry its
own status ("the withdrawal from" ends a membership); a status word belongs to the cue near it, not to another tie's
or clause's; where none is the cue's, the treaty's words say what holds (it binds its parties, it is dated, the
subject has it: in force; an aim: proposed).
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.modality import read_modality
from realpolitik.events.negation import is_negated
from realpolitik.events.rules import Rule
from realpolitik.language.tokens import POSSESSIVE_MARKS
from realpolitik.model import UNREALISED_MODALITIES, Token
from realpolitik.relations.cue_filters import negotiated, verdict_label
from realpolitik.relations.ledger import ESTABLISHED
from realpolitik.relations.lexicon import TREATY_KINDS, Cue
from realpolitik.relations.sentence import CueMatch, SentenceView
from realpolitik.relations.shapes import binds

_PROGRESS: Final = {"proposed": 0, "signed": 1, "ratified": 2, "in_force": 3}
# A status word stands by the tie it is about: "froze its membership", "seeking NATO membership", "the treaty
# between X and Y was ratified" — not "signed a peace agreement on Friday, aimed at ending the conflict".
STATUS_REACH: Final = {"membership": 4, "treaty": 6}
# Signing, ratifying and entering into force are read like the event coder reads a signing (a symmetric AGREE): a
# plan, a demand, a threat or a hypothesis is no treaty yet ("are expected to sign", "called on X to ratify").
_SIGNING: Final = Rule(id="relations.signing", cameo="057", plover="AGREE", patterns=(), symmetric=True)
_UNSIGNED: Final = UNREALISED_MODALITIES | {"demand", "threat"}
_APPOSITION_REACH: Final = 4  # from the commas of an apposition to its tie word: ", seit 2016 strategische Partner,"
# from a word of ending to the conflict it ends: "mettant fin à plusieurs décennies de conflit"
_HOSTILITIES_REACH: Final = 6
# "muss noch von den Parlamenten beider Länder ratifiziert": "noch" and "muss" before the word
_PENDING_REACH: Final = 10
_HOPED_REACH: Final = 12  # "espera que la Unión Europea y México cierren": a hope and the complement clause it governs
_BEFORE_REACH: Final = 3  # from "before" to the entry into force it puts off: "before it enters", "avant d'entrer"
_AIM_REACH: Final = 4  # from a word of purpose to the treaty word it aims at: "en vue d'un partenariat stratégique"
# from an ally word to the treaty that makes the alliance: "allies of X by a treaty of 1951"
_ALLY_TREATY_REACH: Final = 8
_POSSESSION_REACH: Final = 5  # from a verb of having to its treaty word: "haben mit Washington einen Beistandsvertrag"
_GOVERNED_REACH: Final = 3  # from a word of a proposal to the signing it governs: "hope to conclude", "hoffen auf den
# Abschluss"


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


def cue_status(view: SentenceView, match: CueMatch, matches: list[CueMatch], spans: list[tuple[str, int, int]],
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
    if status in ("suspended", "ended") and (kind in TREATY_KINDS and negotiated(view, match.start)
                                             or kind == "membership" and negotiated(view, match.start, match.end)):
        # "suspended talks on a trade agreement": the talks stop; no treaty was in force. "a suspendu les négociations
        # d'adhésion à l'UE", "suspended accession talks": the candidate stays one, no member was suspended
        status = "proposed"
    return status


def _near_statuses(view: SentenceView, match: CueMatch, matches: list[CueMatch], spans: list[tuple[str, int, int]],
                   treaty: bool) -> list[str]:
    """The status words that are the cue's: within STATUS_REACH of it (a treaty's, else in its clause: "Kanada
    unterzeichnete im Mai als erstes G7-Land ein Abkommen mit Kiew"); a membership's members stand apart ("X, Y and Z
    ... withdrew their envoys"). Not a status word that belongs to another tie or clause: a tie the words say holds
    is not proposed by the verb beyond the comma of its apposition ("Vietnam and India, strategic partners since
    2016, will discuss ..."); a status word beyond a comma that names a tie of its own is that tie's ("Les trois pays,
    liés par un pacte de défense, ont quitté la Cédéao")."""
    cue = match.cue
    reach = STATUS_REACH["treaty" if treaty else "membership"]
    own = [(status, start, end) for status, start, end in spans
           if not (cue.standing and status == "proposed" and _apposed(view, start, end, match))
           and not (status in ("ended", "suspended") and _owned_elsewhere(view, start, end, match, matches))
           and not (status == "proposed" and _own_subject_after(view, start, match))
           and not _other_clause(view, status, end, match, spans)]
    near = [status for status, start, end in own if distance(view, start, end, match, treaty) <= reach]
    if treaty and not near:
        near = [status for status, start, _ in own if view.clause(start) == view.clause(match.start)]
    return near


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


def _aimed_at(view: SentenceView, match: CueMatch) -> bool:
    """A word of purpose or intent a few words before the treaty word in its clause: "une déclaration d'intention en
    vue d'un partenariat stratégique", "a roadmap toward a strategic partnership", "con vistas a una asociación"."""
    aim = view.lexicon.marker("aim")
    low = max(view.clause(match.start)[0], match.start - _AIM_REACH)
    return bool(aim) and any(view.forms[i] & aim for i in range(low, match.start))


def distance(view: SentenceView, start: int, end: int, match: CueMatch, skip_names: bool) -> int:
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
        return strongest(statuses) or ("in_force" if cue.standing else None)
    if kind != "membership":
        return None
    # A membership stated without a word of its status holds now; "wants to join" is only proposed.
    for step in ("ended", "suspended", "proposed", "ratified", "signed"):
        if step in statuses:
            return step
    return "in_force"


def strongest(statuses: list[str]) -> str | None:
    for final in ("ended", "suspended"):
        if final in statuses:
            return final
    progress = [s for s in statuses if s in _PROGRESS]
    return max(progress, key=_PROGRESS.__getitem__) if progress else None
