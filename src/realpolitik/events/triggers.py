"""The trigger scan: every rule pattern matched in a sentence, overlaps settled for the most specific match.

Separate from the coder because everything else reads its result (TriggerMatch) and nothing of theirs: the base the
role readers of events/voice.py, verdict_objects.py, topics.py, meetings.py, demands.py and custody.py build on. It also
says which actor kinds stand after each word (a rule with `target_kinds` claims its words only before one).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final, cast

from realpolitik.events.clause_forms import particle_commas
from realpolitik.events.clause_infinitives import is_infinitive_clause
from realpolitik.events.grammar import Grammar
from realpolitik.events.patterns import GAP, Pattern, Slot, find_matches, search_clauses
from realpolitik.events.rules import Rule, RuleSet
from realpolitik.language.tokens import POSSESSIVE_MARKS
from realpolitik.model import ActorMention, Sentence, Token


@dataclass(init=False)  # its own __init__: compiled, where the dataclass's is interpreted (compiled.py)
class TriggerMatch:
    rule: Rule
    tokens: tuple[int, ...]
    weight: int
    # asked for every pair of a sentence's triggers: computed once, when made (a cached_property's first
    # look-up, under its lock, cost more than this)
    span: tuple[int, int] = field(init=False, repr=False, compare=False)

    def __init__(self, rule: Rule, tokens: tuple[int, ...], weight: int) -> None:
        self.rule = rule
        self.tokens = tokens
        self.weight = weight
        self.span = (min(tokens), max(tokens) + 1)


def find_triggers(sentence: Sentence, ruleset: RuleSet, forms: list[frozenset[str]], clauses: list[tuple[int, int]],
                  kinds_at: dict[int, str] | None = None,
                  candidates: list[tuple[Rule, Pattern]] | None = None,
                  meetings: frozenset[int] = frozenset(),
                  inside_names: frozenset[int] = frozenset()) -> list[TriggerMatch]:
    """Every rule match, with overlapping matches resolved in favour of the more specific pattern.

    `kinds_at` maps the first token of each actor to its kind: a rule with `target_kinds` claims its
    words only where such an actor follows ("withdrew from ECOWAS" leaves a bloc, "from Syria" retreats), and
    not through a meeting's noun (`meetings`: the names that qualify one, "left the G7 summit").
    `candidates`: the (rule, pattern) pairs that may match (`RuleSet.candidates`), when the caller has
    looked them up already. `inside_names`: the words of the "of" phrase of an organisation's name ("congeló su
    participación en la Organización del Tratado de Seguridad Colectiva"): a pattern's word there is part of the
    name, no treaty of the act's own (`inner_name_words`).
    """
    matches: list[TriggerMatch] = []
    if candidates is None:
        candidates = ruleset.candidates(frozenset().union(*forms))
    particles = ruleset.grammar.separable_particles
    inserted = particle_commas(sentence.tokens, ruleset.grammar) if particles else frozenset()
    ordered: list[tuple[Rule, Pattern]] = []
    complementizers = ruleset.grammar.roles.complementizers
    for rule, pattern in candidates:
        if rule.after_demand:
            ordered.append((rule, pattern))
            continue  # read only after a demand (_ordered_act)
        if rule.cues and not any(find_matches(cue, forms, 0, len(forms)) for cue in rule.cues):
            continue  # no cue anywhere in the sentence (`Rule.cues`)
        found = search_clauses(pattern, forms, clauses, None)  # candidates could match the forms
        if complementizers and _ends_in(pattern, complementizers):
            found = found + _across_comma(pattern, forms, clauses, complementizers, kinds_at or {},
                                          ruleset.grammar.roles.conditions)
        if rule.after_condition:
            found = [t for t in found if _after_condition(t[0], forms, clauses, ruleset.grammar.roles.conditions)
                     and any(i in (kinds_at or {}) for i in range(t[0] + 1, t[0] + 1 + _SUBJECT_REACH))]
        for tokens in found:
            if particles and _ends_in_particle(pattern, particles) and (any(
                    sentence.tokens[i].text == "," and i not in inserted for i in range(tokens[0], tokens[-1]))
                    or sentence.tokens[tokens[-1]].text.lower() not in particles):
                # "sagte, er habe Kontakt zu Japan": another clause's preposition, not "zusagen"; "nahm an der Feier
                # in der Hauptstadt teil und legte einen Kranz nieder": the article "einen", no particle "ein"
                continue
            if rule.target_kinds is not None and not _kind_follows(
                    tokens, rule.target_kinds, kinds_at or {}, rule.kind_reach or _KIND_REACH, forms,
                    (frozenset(), frozenset()) if rule.through_gatherings else (ruleset.grammar.gatherings, meetings)):
                continue
            if inside_names and not inside_names.isdisjoint(tokens):
                continue
            matches.append(TriggerMatch(rule, tokens, pattern.weight))
    # Ignore phrases ("on Sunday", "in protest") claim their words first; then the most specific match.
    matches = _nearest_ends(matches, sentence.tokens)
    matches.sort(key=lambda m: (not m.rule.ignore, -m.weight, m.span[0] - m.span[1], m.span[0]))
    taken: set[int] = set()
    kept: list[TriggerMatch] = []
    for match in matches:
        if taken.isdisjoint(match.tokens) and not match.rule.outcome:
            kept.append(match)
            taken.update(match.tokens)
    # an outcome frame (`Rule.outcome`) tells what the talks it follows ended in: it takes no word from them nor they
    # from it ("Der griechisch-türkische Gipfel ... endete mit einer gemeinsamen Erklärung": the summit's "mit" too)
    told = {i for m in kept if m.rule.ignore for i in m.tokens}
    for match in matches:
        if match.rule.outcome and told.isdisjoint(match.tokens):
            kept.append(match)
            told.update(match.tokens)
    # (the cheap test first: `not in` compares whole matches, once per kept match, in a sentence of many triggers)
    kept.extend(m for m in matches if _defied_request(m, kept, taken) and m not in kept)
    kept.sort(key=lambda m: m.span[0])
    kept = [m for m in kept if not m.rule.after_condition or not _promised(m, kept, clauses)]
    if ordered:
        kept = [_ordered_act(m, ordered, forms, clauses, ruleset.grammar) for m in kept]
    return kept


def _defied_request(match: TriggerMatch, kept: list[TriggerMatch], taken: set[int]) -> bool:
    """"Managua desoyó los pedidos de Brasilia para liberar al obispo": a defiance or rejection whose pattern ends on
    the noun a kept request's pattern starts with, its other words free, tells the refusal of that request (the
    longer request, "pedidos ... liberar", had outranked it, and no other word of the sentence told the refusal)."""
    if match.rule.plover != "REJECT" or match.tokens[-1] not in taken \
            or not taken.isdisjoint(match.tokens[:-1]):
        return False
    return any(other.rule.plover == "REQUEST" and other.tokens[0] == match.tokens[-1] for other in kept)


def _nearest_ends(matches: list[TriggerMatch], tokens: list[Token]) -> list[TriggerMatch]:
    """Of one rule's equally specific matches from one word, the one whose gap closes first when the longer one
    would swallow a name: "a qualifié le choix de Pékin de « provocateur et inacceptable »" ends at "de", not
    at "inacceptable", so Beijing stays outside the trigger (and is what it judges)."""
    best: dict[tuple[str, int, int], TriggerMatch] = {}
    for m in matches:
        key = (m.rule.id, m.span[0], m.weight)
        if key not in best or m.span[1] < best[key].span[1]:
            best[key] = m
    return [m for m in matches if (b := best[(m.rule.id, m.span[0], m.weight)]) is m or not any(
        tokens[i].text[:1].isupper() for i in range(b.span[1], m.span[1]))]


def _ordered_act(match: TriggerMatch, ordered: list[tuple[Rule, Pattern]], forms: list[frozenset[str]],
                 clauses: list[tuple[int, int]],
                 grammar: Grammar) -> TriggerMatch:
    """"Lettland forderte den russischen Botschafter auf, das Land zu verlassen": a demand whose infinitive clause
    tells an envoy to leave is his expulsion. The demand's words carry the act (and give its roles: the asker
    expels, the one asked is expelled); the rule's `after_demand` patterns name whom the demand must address."""
    if match.rule.plover != "REQUEST":
        return match
    k = next((n for n, (start, end) in enumerate(clauses) if start <= match.span[0] < end), None)
    if k is None or k + 1 >= len(clauses) or not is_infinitive_clause(forms, clauses[k + 1], grammar):
        return match
    for rule, pattern in ordered:
        if find_matches(pattern, forms, *clauses[k + 1]) and any(
                find_matches(p, forms, *clauses[k]) for p in rule.after_demand):
            return TriggerMatch(rule, match.tokens, match.weight)
    return match


def _ends_in(pattern: Pattern, words: frozenset[str]) -> bool:
    """The pattern's last word is one of `words` ("предупредить ... что")."""
    last = pattern.slots[-1]
    return last is not None and not last.exact.isdisjoint(words)


_CONDITION_REACH: Final = 3  # words after the complementizer a condition may open the reported clause ("что если")


def _across_comma(pattern: Pattern, forms: list[frozenset[str]], clauses: list[tuple[int, int]],
                  complementizers: frozenset[str], kinds_at: dict[int, str],
                  conditions: frozenset[str]) -> list[tuple[int, ...]]:
    """"Рубио предупредил, что если Венесуэла нападет ...", "Иран предупредил США, что ответит": Russian puts a comma
    before every "что", and the clause cut there leaves a verb and its complementizer in two clauses; a pattern that
    ends in the complementizer matches the verb's clause with the next clause's first word, where only that comma
    stands between them and the warning is a threat: it warns someone named before the comma, or of what follows a
    condition. Not "Генсек ООН предупредил, что без помощи ... начнется голод": a warning of what will happen."""
    found: list[tuple[int, ...]] = []
    for (start, end), (after, stop) in zip(clauses, clauses[1:], strict=False):
        if after != end + 1 or not forms[after] & complementizers:
            continue
        conditioned = any(forms[k] & conditions for k in range(after + 1, min(stop, after + 1 + _CONDITION_REACH)))
        found.extend(m for m in find_matches(pattern, forms, start, after + 1) if m[-1] == after and (
            conditioned or any(k in kinds_at for k in range(m[-2] + 1, end))))
    return found


# the consequence's subject, a name right after its verb ("werde China", "werde die EU"): not "werde es", "werde man"
_SUBJECT_REACH: Final = 2
_CONDITION_CLAUSES: Final = 3  # clauses a fronted condition may span ("Sollte X versuchen, Y zu übergehen, werde ...")


def _after_condition(first: int, forms: list[frozenset[str]], clauses: list[tuple[int, int]],
                     conditions: frozenset[str]) -> bool:
    """Word `first` opens the main clause after a fronted condition: "Sollte Manila die Patrouillen fortsetzen, werde
    China entschlossen reagieren", "Wenn Kiew die Angriffe nicht einstelle, werde Russland ...". The condition is its
    own clause (the grammar's verb-final subordinators); it and the clauses that continue it ("Sollte Brüssel
    versuchen, Ungarn zu übergehen, werde ...") stand right before, each after a comma; an infinitive clause that
    continues it may stand in the word's own clause, before a comma ("..., in der Taiwan-Frage militärisch
    einzugreifen, werde China ...")."""
    k = next((n for n, (start, end) in enumerate(clauses) if start <= first < end), None)
    if k is None or first != clauses[k][0] and "," not in forms[first - 1]:
        return False
    if first != clauses[k][0] and forms[clauses[k][0]] & conditions:
        return True  # (a comma the splitter did not cut: "Sollte Japan es wagen, einzugreifen, werde China ...")
    for j in range(k - 1, max(-1, k - 1 - _CONDITION_CLAUSES), -1):
        start, end = clauses[j]
        if end + 1 != clauses[j + 1][0] or "," not in forms[end]:
            return False
        if forms[start] & conditions:
            return True
    return False


def _promised(match: TriggerMatch, kept: list[TriggerMatch], clauses: list[tuple[int, int]]) -> bool:
    """The consequence a fronted condition sets (`Rule.after_condition`) is goodwill, no threat: "Sollte Teheran
    zustimmen, werde Washington die Sanktionen lockern", "..., werde Washington die Gespräche fortsetzen": an act of
    cooperation (CAMEO 01–09) told later in the same clause."""
    end = next((e for s, e in clauses if s <= match.span[0] < e), match.span[1])
    return any(not other.rule.ignore and match.span[0] < other.span[0] < end and other.rule.cameo[:2] < "10"
               for other in kept)


def _ends_in_particle(pattern: Pattern, particles: frozenset[str]) -> bool:
    """A pattern like "sagen ... zu" or "weisen ... zurück": a verb and, after a gap, its separable particle."""
    last = cast(Slot, pattern.slots[-1])  # (a pattern never ends in a gap)
    return len(pattern.slots) > 2 and pattern.slots[-2] is GAP and all(
        w.text in particles and not w.prefix and not w.suffix for w in last.words)


def _kind_follows(tokens: tuple[int, ...], kinds: frozenset[str], kinds_at: dict[int, str], reach: int,
                  forms: list[frozenset[str]], meeting: tuple[frozenset[str], frozenset[int]]) -> bool:
    """An actor of the kinds starts within `reach` words after the trigger, before any noun of a meeting, and
    qualifies none: "quitte le sommet du G7", "left the G7 summit" leave the summit (`meeting`: the nouns, and the
    first tokens of the names that qualify one)."""
    gatherings, qualifying = meeting
    end = max(tokens) + 1
    for i in range(end, min(end + reach, len(forms))):
        if kinds_at.get(i) in kinds and i not in qualifying:
            return True
        if not forms[i].isdisjoint(gatherings):
            return False
    return False


_KIND_REACH: Final = 4  # "withdrew from the Economic Community ...": an article and an adjective may stand between


def meeting_names(tokens: list[Token], actors: list[ActorMention], forms: list[frozenset[str]],
                   gatherings: frozenset[str]) -> frozenset[int]:
    """The first tokens of names that qualify a meeting's noun: right before it ("the G7 summit"), before a hyphen
    and it, or with it inside the mention's compound ("G7-Gipfel", read as one mention)."""
    starts = set()
    for m in actors:
        head = m.token_end + 1 if m.token_end < len(tokens) and tokens[m.token_end].text == "-" else m.token_end
        inside = m.token_end - m.token_start > 1 and not forms[m.token_end - 1].isdisjoint(gatherings)
        if inside or head < len(forms) and not forms[head].isdisjoint(gatherings):
            starts.add(m.token_start)
    return frozenset(starts)


# the words that open the "of" phrase of an organisation's name (German "der Vereinten Nationen" is not a name's)
_NAME_OF: Final = frozenset({"de", "del", "of", "des", "du", "d'", "d’"})


def inner_name_words(tokens: list[Token], actors: list[ActorMention]) -> frozenset[int]:
    """The words of an organisation's name in the "of" phrase after its head: "Tratado" in "la Organización del
    Tratado de Seguridad Colectiva", "traité" in "l'Organisation du traité de l'Atlantique nord", "Vertrags" in
    "Organisation des Vertrags über kollektive Sicherheit". The head may be what a pattern means ("abandonó la
    Organización Mundial de la Salud", "die Westafrikanische Wirtschaftsgemeinschaft Ecowas verlassen")."""
    inner: set[int] = set()
    for m in actors:
        if m.kind != "organisation":
            continue
        of = next((i for i in range(m.token_start + 1, m.token_end) if tokens[i].text.lower() in _NAME_OF), None)
        if of is not None:
            inner.update(range(of + 1, m.token_end))
    return frozenset(inner)


def actor_kinds_at(tokens: list[Token], actors: list[ActorMention]) -> dict[int, str]:
    """The kind of the actor that starts at each token, for `target_kinds`. An actor in the possessive owns the
    object and is none ("welcomed Trump's sanctions" praises); a compound premodifier stands for the name it
    modifies ("froze its participation in the Russia-led CSTO": an organisation follows)."""
    at = {m.token_start: m for m in actors}
    kinds: dict[int, str] = {}
    for m in actors:
        after = tokens[m.token_end].text if m.token_end < len(tokens) else ""
        if after in POSSESSIVE_MARKS:
            continue
        head = at.get(m.token_end + 2) if after == "-" else None
        kinds[m.token_start] = head.kind if head is not None else m.kind
    return kinds
