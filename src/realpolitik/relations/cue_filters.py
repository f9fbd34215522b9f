"""Which of a sentence's cue matches name a tie (`cue_matches`), and what the words around a cue say of it.

A match inside an actor's own name, or right after a negation ("not a member", "lacks a mutual-defence clause",
"без подписания соглашений"), names no tie; nor, but for memberships, one after a speculative word in its clause
("could one day sign a pact", "un possible accord"); nor a tie of the past ("once France's most faithful allies",
"settled a border dispute", "at war from 1946 to 1954"), a figurative war ("a trade war"), a contract ("a deal to
buy four jets") or a critic's label ("denounced the pact as a military alliance"). The shapes and statuses ask
here too whether a treaty word is under negotiation (`negotiated`), of the kind a "such" refers to (`such_kind`), or
a critic's label (`verdict_label`).

Separate from the sentence view (sentence.py), which holds what the shapes read (groups, clauses, the patterns'
matches); this module is the one reader of the words that deny, date or qualify a cue.
"""

from __future__ import annotations

from typing import Final

from realpolitik.relations.lexicon import TREATY_KINDS
from realpolitik.relations.sentence import CueMatch, SentenceView, codes, is_org, is_year

NEGATION_REACH: Final = 5  # "rejected the invitation to join", "carece de una cláusula de defensa"
FORMER_REACH: Final = 5  # "once France's most faithful allies"
SETTLED_REACH_BEFORE: Final = 5  # "ont réglé en mars un différend frontalier": the settling verb before the dispute
SETTLED_REACH_AFTER: Final = 4  # "den Grenzkonflikt im März beigelegt": a verb-final clause puts it after
# "en guerre de 1946 à 1954", "fought three wars with Iceland over fishing between 1958 and 1976"
BYGONE_REACH: Final = 10
NEGOTIATION_REACH: Final = 4  # "talks on a trade agreement", "переговоры с Токио о мирном договоре" (names not counted)
PRICE_REACH: Final = 8  # "a $7.5 billion investment deal", "un accord d'investissement de 7,5 milliards de dollars"
TRANSACTION_REACH: Final = 5  # "a deal on Monday for the delivery of", "un accord portant sur la livraison de"
SUPPOSED_REACH: Final = 12  # "dass ein Krieg zwischen China und Taiwan die Versorgung mit Chips abschneiden würde"
ARTICLE_REACH: Final = 3  # "a full-scale war", "une nouvelle guerre": the article before a war word
DOMESTIC_REACH: Final = 3  # from an ally word to the house it sits in: "aliado en el Senado", "allies in parliament"
LABEL_REACH: Final = 4  # from "comme", "as" to the tie word it labels: "comme une « alliance militaire »"
VERDICT_REACH: Final = 4  # from a verb of criticism to its "comme", "as": "a dénoncée comme", "denounced the pact as"

# "never condemned the invasion": the acts a negation before a war word may belong to (the war stands)
_JUDGING: Final = frozenset({"ACCUSE", "SUPPORT"})


def cue_matches(view: SentenceView) -> list[CueMatch]:
    """Every cue's matches, an overlap going to the earlier cue; none inside a name, and none of a kind
    the clause negates ("no considera oportuna la incorporación ... como miembro pleno")."""
    taken: set[int] = set()
    view.denied.clear()
    view.denied_treaties.clear()
    # a reference is no name: "ambos aliados de EE. UU.", "beide enge Verbündete Washingtons" hold the cue
    inside_names = {i for g in view.groups for m in g.members if m.kind != "reference"
                    for i in range(m.token_start, m.token_end)}
    found: list[CueMatch] = []
    negated: list[tuple[str, tuple[int, int], int]] = []
    # (some thirty cues a sentence, a few live: the rest are passed over before any per-cue work)
    for cue in [c for c in view.lexicon.cues if view.may_match(c.patterns)]:
        for hit in view.matches(cue.patterns):
            span = set(hit)
            if span & taken or span & inside_names:
                continue
            taken |= span
            if _negated(view, hit[0], cue.kind) or _negated_inside(view, hit) or _denied_existence(view, hit[-1] + 1) \
                    or cue.kind == "membership" and _negated_after(view, hit[-1] + 1):
                negated.append((cue.kind, view.clause(hit[0]), hit[0]))
                if cue.kind == "membership":
                    view.denied.append(CueMatch(cue, hit[0], hit[-1] + 1))
                elif cue.kind in TREATY_KINDS:
                    view.denied_treaties.append(CueMatch(cue, hit[0], hit[-1] + 1))
            elif cue.kind != "membership" and _speculated(view, hit[0]):
                continue  # only this tie is merely possible
            elif _labelled(view, hit[0]):
                continue  # "que Belgrade a dénoncée comme une « alliance militaire »": a critic's label, no tie
            elif cue.kind in ("ally", "rivalry") and _former(view, hit[0]):
                continue  # "once France's most faithful allies", "son ancien allié": a tie of the past
            elif cue.kind == "ally" and _domestic(view, hit[-1] + 1):
                continue  # "su principal aliado en el Senado": a politician's ally at home, no tie of states
            elif cue.kind == "rivalry" and _figurative(view, hit[0], hit[-1] + 1):
                continue  # "a trade war", "una guerra comercial", "ценовая война": no armed conflict
            elif cue.kind == "rivalry" and _settled(view, hit[0], hit[-1] + 1):
                continue  # "settled a border dispute", "den Grenzstreit beigelegt": a dispute of the past
            elif cue.kind == "rivalry" and _bygone(view, hit[0], hit[-1] + 1):
                continue  # "at war from 1946 to 1954", "im Krieg von 1946 bis 1954": a war of the past
            elif cue.kind == "rivalry" and (_may_break_out(view, hit[-1] + 1)
                                            or _supposed(view, hit[0], hit[-1] + 1)):
                continue  # "a war between China and Taiwan could break out", "... would cut": only a possible war
            elif cue.kind == "cooperation_agreement" and (_transaction(view, hit[-1] + 1)
                                                          or _priced(view, hit[0], hit[-1] + 1)):
                continue  # "a deal to buy four jets", "a $7.5 billion deal": a sale or a contract, no standing tie
            else:
                found.append(CueMatch(cue, hit[0], hit[-1] + 1))
    # "Australia's closest treaty ally": the treaty word says what kind of ally, it names no treaty
    found = [m for m in found if not (m.cue.kind == "cooperation_agreement"
                                      and any(o.cue.kind == "ally" and o.start == m.end for o in found))]
    return [m for m in found if not any(kind == m.cue.kind and clause == view.clause(m.start)
                                        and not _relative_between(view, at, m.start)
                                        and not _phrase_closed_before(view, m.start, at)
                                        and not (kind == "membership" and _other_body(view, m.start, at))
                                        for kind, clause, at in negated)]


def _other_body(view: SentenceView, cue: int, negation: int) -> bool:
    """"Le Sénégal reste membre de la Cédéao et n'a jamais envisagé de rejoindre l'AES": a negated membership
    after a conjunction that names an organisation of its own, not the one the first cue names, denies only its
    own; the first holds."""
    if cue > negation or not any(view.forms[i] & view.grammar.coordination for i in range(cue + 1, negation)):
        return False
    end = view.clause(negation)[1]
    first = {c for g in view.groups if cue < g.start < negation for c in codes(g) if is_org(c)}
    second = {c for g in view.groups if negation < g.start < end for c in codes(g) if is_org(c)}
    return bool(first) and bool(second) and not first & second


def _phrase_closed_before(view: SentenceView, cue: int, negation: int) -> bool:
    """A comma between a cue and a negated cue after it that names no organisation after it: the first stands in
    a phrase set off before the negated verb ("Турция, являющаяся членом НАТО, не присоединилась к санкциям",
    "Turkey, a NATO member, did not join the sanctions": the membership holds; the negation is the main verb's).
    Not where the negated cue names an organisation ("Chad, often called a future member, never asked to join
    the AES": the membership it denies is the one the phrase spoke of)."""
    end = view.clause(negation)[1]
    return cue < negation and any(view.tokens[i].text == "," for i in range(cue + 1, negation)) \
        and not any(m.kind == "organisation" for g in view.groups if negation < g.start < end for m in g.members)


def _relative_between(view: SentenceView, a: int, b: int) -> bool:
    """A relative pronoun, or a comma and a conjunction, between two cues of one clause: a clause about a name of
    its own ("no quiso entrar en el Brics, el grupo que encabezan China e India": the bloc's leaders are
    members all the same; "Эфиопия входит в БРИКС, а Эритрея не является членом ...")."""
    grammar = view.grammar
    relatives = grammar.roles.subject_relatives
    joins = grammar.conjunctions | grammar.coordination | view.lexicon.marker("contrast")
    return any(view.forms[i] & relatives or view.tokens[i - 1].text == "," and view.forms[i] & joins
               for i in range(min(a, b) + 1, max(a, b)))


def _negated(view: SentenceView, start: int, kind: str = "") -> bool:
    clause_start = view.clause(start)[0]
    places = view.grammar.location_markers if kind == "rivalry" else frozenset()
    for i in range(max(clause_start, start - NEGATION_REACH), start):
        # "would not take sides in the war between X and Y": the negation is the verb's, the war stands;
        # "a major non-NATO ally": the "non" says what the ally is outside of
        if (view.forms[i] & view.lexicon.negation and not _standing_after(view, i) or _short_of(view, i)) \
                and not (kind == "ally" and i in view.outside) \
                and not any(view.forms[k] & places for k in range(i + 1, start)) \
                and not (kind == "rivalry" and _act_between(view, i, start)):
            return True
    return False


def _act_between(view: SentenceView, negation: int, cue: int) -> bool:
    """"Beijing has never condemned the Russian invasion of Ukraine", "n'a jamais condamné l'invasion russe": a
    verdict on the war (or support of it) the coder read between the negation and the war word is what the
    negation denies; the war stands. Not an act that would make the word true ("no han acordado un alto el
    fuego": no ceasefire)."""
    low, high = view.tokens[negation].end, view.tokens[cue].start
    return any(e.plover in _JUDGING and e.trigger_start is not None and low <= e.trigger_start < high
               for e in view.events)


def such_kind(view: SentenceView, start: int) -> str | None:
    """"The agreement stops short of a mutual defence commitment; Seoul's only such treaty is the one with
    Washington": a treaty word right after a word of "such" is of the kind the sentence denied before it."""
    such = view.lexicon.marker("such")
    if not such or not any(view.forms[i] & such for i in range(max(0, start - 2), start)):
        return None
    # the specific kind: "short of a mutual defence pact" denies a defence pact, not only a "pact"
    return next((m.cue.kind for m in reversed(view.denied_treaties)
                 if m.end <= start and m.cue.kind != "cooperation_agreement"), None)


def _standing_after(view: SentenceView, i: int) -> bool:
    """The negation at `i` is part of a member's standing, a hyphen between at most: "a non-permanent member",
    "membre non permanent", "miembro no permanente" (lexicon markers "standing_negation", "standing") is a member
    of a kind, not denied one (not "no permanent member", whose "no" is no such negation)."""
    k = i + 1 + (i + 1 < len(view.tokens) and view.tokens[i + 1].text == "-")
    return k < len(view.forms) and bool(view.forms[i] & view.lexicon.marker("standing_negation")) \
        and bool(view.forms[k] & view.lexicon.marker("standing"))


def _short_of(view: SentenceView, i: int) -> bool:
    """"stops short of a mutual defence treaty", "falls short of an alliance": a word of shortfall followed by the
    object marker denies the tie it governs (not "a short war", which is one)."""
    return bool(view.forms[i] & view.lexicon.marker("short_of")) and i + 1 < len(view.forms) \
        and bool(view.forms[i + 1] & view.lexicon.marker("object"))


def _negated_after(view: SentenceView, end: int) -> bool:
    """A negation right after the cue, a preposition between at most: "n'est membre ni du Quad ni de l'Aukus", "a
    member of neither NATO nor the EU" (the verb's own negation may be elided into it: "n'est"); also after the
    organisation named right after the cue: "полноправным членом БРИКС не стала" (Russian puts the verb last)."""
    name = next((g for g in view.groups if g.start == end), None)
    if name is not None:
        end = name.end
    for i in range(end, min(end + 2, len(view.forms))):
        if view.forms[i] & view.lexicon.negation:
            return not _standing_after(view, i)
        if not view.forms[i] & (view.grammar.location_markers | view.grammar.genitive_markers):
            return False
    return False


def _denied_existence(view: SentenceView, end: int) -> bool:
    """The tie is said not to exist, the negation after it in its clause: "einen Beistandspakt gibt es jedoch
    nicht", "Договора о стратегическом партнерстве нет" (a word of `existential` before the negation, or the
    negation is one: Russian "нет")."""
    existential = view.lexicon.marker("existential")
    if not existential:
        return False
    clause_end = view.clause(end - 1)[1]
    verb = next((i for i in range(end, clause_end) if view.forms[i] & existential), None)
    if verb is None or any(t.text == "," for t in view.tokens[end:verb]):
        return False  # "подписали соглашение, но союза нет": the comma closes the tie that was signed
    return any(view.forms[i] & view.lexicon.negation for i in range(verb, clause_end))


def _negated_inside(view: SentenceView, hit) -> bool:
    """A negation inside a split cue: German "gehört der EU nicht an" (the verb and its particle around it), not
    "nicht nur" ("gehört nicht nur der EU, sondern auch der Nato an")."""
    words = set(hit)  # the cue's own words ("eine Partnerschaft ohne Grenzen") negate nothing
    return any(i not in words and view.forms[i] & view.lexicon.negation
               and not (i + 1 < len(view.forms) and view.forms[i + 1] & view.grammar.not_only)
               for i in range(hit[0] + 1, hit[-1]))


def negotiated(view: SentenceView, start: int, end: int | None = None) -> bool:
    """A word of negotiation governs the treaty word at `start`: "talks on a trade agreement", "Verhandlungen
    über ein Abkommen", "переговоры о соглашении" (within four words of its clause, only lower-case words
    between); or, given the cue's `end`, the word right after it is one: "accession talks" (the noun the
    cue word qualifies)."""
    words = view.lexicon.marker("negotiation")
    if end is not None and end < len(view.forms) and view.forms[end] & words:
        return True
    # the partner of the talks may stand between, its name not counted: "переговоры с Токио о мирном договоре"
    names = view.name_tokens
    low, i, reach = view.clause(start)[0], start - 1, 0
    while i >= low and reach < NEGOTIATION_REACH:
        if view.forms[i] & words and view.between_only(i + 1, start, frozenset(), True, names):
            return bool(words)
        # a name and the partner preposition before it ("with Japan", "с Токио") do not count
        reach += i not in names and not (i + 1 in names and view.forms[i] & view.lexicon.marker("partner"))
        i -= 1
    return False


def _may_break_out(view: SentenceView, end: int) -> bool:
    """A speculative word and then a verb of outbreak after a war word in its clause ("could break out", "könne
    ausbrechen", "podría estallar", "pourrait éclater", "может начаться"): the war is only possible."""
    words, high = view.lexicon.marker("outbreak"), view.clause(end - 1)[1]
    may = next((i for i in range(end, high) if view.forms[i] & view.lexicon.speculation), None)
    return bool(words) and may is not None and any(view.forms[i] & words for i in range(may + 1, high))


def _supposed(view: SentenceView, start: int, end: int) -> bool:
    """"A war between China and Taiwan would cut the supply of chips", "une guerre entre la Chine et Taïwan
    couperait ...", "война между Китаем и Тайванем отрезала бы ...": a war word with an indefinite article whose
    clause goes on to a conditional or speculative verb tells of a war supposed, not fought ("the war in Ukraine
    would have ended" is one the article names). A language without articles lists none, and then only a
    conditional word counts ("может продлиться" may be said of a war that is fought)."""
    conditional, indefinite = view.lexicon.marker("conditional"), view.lexicon.marker("indefinite")
    if not conditional:
        return False
    low, high = view.clause(start)
    if indefinite:
        if not any(view.forms[i] & indefinite and view.between_only(i + 1, start, frozenset(), lower_words=True)
                   for i in range(max(low, start - ARTICLE_REACH), start)):
            return False
        conditional = conditional | view.lexicon.speculation
    # a relative clause tells more of the war ("a war that would last years"); German sets it off with a comma
    # (its relative pronouns are its articles)
    grammar = view.grammar
    stops = (frozenset() if grammar.verb_final else grammar.subordinators | grammar.relative_markers) | {","}
    for i in range(end, min(high, end + SUPPOSED_REACH)):
        if view.forms[i] & stops:
            return False
        if view.forms[i] & conditional or _inflected(view.tokens[i].text.lower(), view.forms[i], conditional):
            return True
    return False


def _domestic(view: SentenceView, end: int) -> bool:
    """A state's own institution within three words after an ally word, in its clause ("his main ally in the
    Senate", "su principal aliado en el Senado", "seine Verbündeten im Parlament"): a political ally at home."""
    words = view.lexicon.marker("domestic")
    high = min(end + DOMESTIC_REACH, view.clause(end - 1)[1])
    return bool(words) and any(view.forms[i] & words for i in range(end, high))


def _labelled(view: SentenceView, start: int) -> bool:
    """A tie word a critic's verdict gives as a label: "comme", "as", "als" a few words before it, after a verb of
    criticism in its clause ("une déclaration que Belgrade a dénoncée comme une « alliance militaire »",
    "Moscow denounced the agreement as a military alliance"). The critic names no tie; one who calls a state an
    ally ("al que Washington considera un aliado", "bezeichnete Russland als Verbündeten") does."""
    return verdict_label(view, start - 1, -1)


def _former(view: SentenceView, start: int) -> bool:
    """A word of the past within five words before an ally or rival word, in its clause."""
    words = view.lexicon.marker("former")
    low = max(view.clause(start)[0], start - FORMER_REACH)
    return bool(words) and any(view.forms[i] & words for i in range(low, start))


def _settled(view: SentenceView, start: int, end: int) -> bool:
    """A word of settling a few words before a rival or war word, or right after it, in its clause ("settled a
    decades-old border dispute", "einen Grenzstreit beigelegt", "урегулировали пограничный спор"): the dispute is
    over, no standing rivalry. Not where a negation stands right before the word ("have not resolved the
    conflict": it goes on)."""
    words = view.lexicon.marker("settled")
    low, high = view.clause(start)
    window = range(max(low, start - SETTLED_REACH_BEFORE), min(high, end + SETTLED_REACH_AFTER))
    return bool(words) and any(
        view.forms[i] & words and not any(view.forms[k] & view.lexicon.negation for k in range(max(low, i - 2), i))
        for i in window if not start <= i < end)


def _bygone(view: SentenceView, start: int, end: int) -> bool:
    """Two years joined by one word (or a dash) a few words after a war or rival word, or before it, in its
    clause: the war began and ended then ("en guerre de 1946 à 1954", "at war between 1980 and 1988", "von 1980
    bis 1988 im Krieg", "воевали в 1980-1988 годах"), no standing rivalry. Not two years further apart ("began
    in 2014 and escalated in 2022")."""
    low, high = view.clause(start)
    tokens = view.tokens
    if high + 1 < len(tokens) and high > 0 and is_year(tokens[high - 1].text) and is_year(tokens[high + 1].text):
        high += 2  # "воевали в 1998–2000 годах": the dash between the two years ends no clause
    window = [i for i in range(max(low, start - BYGONE_REACH), min(high, end + BYGONE_REACH))
              if is_year(tokens[i].text)]
    return any(0 < b - a <= 2 and 1800 < int(tokens[a].text) < int(tokens[b].text)
               for a, b in zip(window, window[1:], strict=False))


def _transaction(view: SentenceView, end: int) -> bool:
    """A purchase, a sale or a delivery within five words after an agreement word, in its clause: a contract,
    not a treaty ("a deal to buy four jets", "a deal on Monday for the delivery of twelve boats")."""
    words = view.lexicon.marker("transaction")
    high = min(end + TRANSACTION_REACH, view.clause(end - 1)[1])
    return bool(words) and any(view.forms[i] & words for i in range(end, high))


def _priced(view: SentenceView, start: int, end: int) -> bool:
    """A sum of money in the agreement word's clause, a few words before or after it ("a $7.5 billion
    investment deal", "un acuerdo de inversión de 7.500 millones de dólares"): a contract, not a treaty."""
    words = view.lexicon.marker("price")
    low, high = view.clause(start)
    low, high = max(low, start - PRICE_REACH), min(high, end + PRICE_REACH)
    return bool(words) and any(view.forms[i] & words for i in range(low, high))


def _figurative(view: SentenceView, start: int, end: int) -> bool:
    """A war word qualified as a trade, price or information war, or as a world war (no war between the parties
    a sentence names: "accused Kyiv of gambling with World War III"): the word before it ("trade war", "торговая
    война"), after it ("guerre commerciale"), after a genitive marker ("guerra de precios"), or the first part of
    the compound it is ("Handelskrieg", "Weltkrieg")."""
    words = view.lexicon.marker("figurative")
    if not words:
        return False
    near = [start - 1, end]
    if end < len(view.tokens) and view.forms[end] & (view.grammar.genitive_markers | view.grammar.determiners):
        near.append(end + 1)
    if any(0 <= i < len(view.forms) and view.forms[i] & words for i in near):
        return True
    return any(text.startswith(word) and len(text) > len(word) + 2 for text in
               (tok.text.lower() for tok in view.tokens[start:end]) for word in words)


def _speculated(view: SentenceView, start: int) -> bool:
    """"Saudi Arabia and Israel could one day sign a pact": a speculative word earlier in the cue's clause, or
    in the clause a complementizer hangs it from ("hielten es für möglich, dass ...")."""
    words = view.lexicon.speculation
    if not words:
        return False
    low = view.clause(start)[0]
    opening = next((i for i in range(low, start) if view.tokens[i].text != ","), None)
    if opening is not None and low > 0 and view.forms[opening] & view.grammar.roles.complementizers:
        low = view.clause(max(0, low - 2))[0]
    return any(view.forms[i] & words for i in range(low, start))


def verdict_label(view: SentenceView, at: int, step: int) -> bool:
    """Whether a `label` word ("comme", "as") stands within LABEL_REACH words of `at` (looking back with `step` -1,
    ahead with 1), in its clause, with a verb of criticism (`verdict`) within VERDICT_REACH words before the label."""
    labels, verdicts = view.lexicon.marker("label"), view.lexicon.marker("verdict")
    if not labels or not verdicts or not 0 <= at < len(view.tokens):
        return False
    low, high = view.clause(at)
    for k in range(LABEL_REACH):
        i = at + step * k
        if not low <= i < high:
            return False
        if view.forms[i] & labels:
            # a verb-final clause has the verb after: "die Belgrad als Militärbündnis verurteilte"
            after = range(i + 1, high) if view.grammar.verb_final else range(0)
            return any(view.forms[j] & verdicts for j in (*range(max(low, i - VERDICT_REACH), i), *after))
    return False


def _inflected(text: str, forms: frozenset[str], markers: frozenset[str]) -> bool:
    """A verb with one of the endings (marker words written "-rait", "-ría") whose lemma is an infinitive
    ("couperait" → "couper", "cortaría" → "cortar"): a conditional where the language inflects it, not a noun with
    the same ending ("portrait", "categoría")."""
    endings = tuple(m[1:] for m in markers if m.startswith("-"))
    return bool(endings) and text.endswith(endings) and any(f != text and f.endswith(("r", "re")) for f in forms)
