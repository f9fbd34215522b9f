"""The event assembly: one Event per source and target pair of a trigger's roles, with its negation, date and
confidence settled (the code its modality reads it as: modality.reinterpret).

Separate because it is the one place Events are made (eval/paths.py records them here); the decisions before it
(which trigger, which roles, which modality) are the coder's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Final

from realpolitik.actors.reference.history import REFERS, member_sides
from realpolitik.actors.seated_bodies import seat_act_target
from realpolitik.codes import PARTY_AGENTS, governed_by, same_party, sides_of, sovereign_target
from realpolitik.events import confidence
from realpolitik.events.cameo import lookup
from realpolitik.events.event_dates import event_day
from realpolitik.events.grammar import Grammar
from realpolitik.events.inserted import subject_across_insertion
from realpolitik.events.modality import reinterpret
from realpolitik.events.negation import circumstance_opening, is_negated
from realpolitik.events.reciprocal import reciprocal_word
from realpolitik.events.roles import Roles
from realpolitik.events.rules import Rule, RuleSet
from realpolitik.events.triggers import TriggerMatch
from realpolitik.events.unconfirmed import disowned, unconfirmed
from realpolitik.language.dates import DateRef, clock_entry_day, nearest_date
from realpolitik.language.role_words import exercise_named
from realpolitik.language.tokens import clock_heading
from realpolitik.model import ActorMention, Document, Event, Sentence

# CAMEO: pledged material aid, a visit: the act goes from each subject to a party outside them ("Denmark, France and
# Germany pledged jets to Poland", "В Йоханнесбург прибыли X, Y и Z"): co-givers and co-visitors are no pair
_ONE_WAY: Final = ("033", "042")


def _pairs(rule: Rule, sources: list[ActorMention], targets: list[ActorMention], mutual: bool = False):
    if mutual:
        for s in sources:
            for t in sources:
                if s is not t:
                    yield s, t
        return
    if targets:
        for s in sources:
            for t in targets:
                yield s, t
                if rule.reciprocal:  # "X clashed with Y": Y fought X as well
                    yield t, s
    elif rule.symmetric and len(sources) >= 2 and not rule.cameo.startswith(_ONE_WAY):
        for i, s in enumerate(sources):
            for t in sources[i + 1:]:
                yield s, t
    elif not rule.target_required:
        for s in sources:
            yield s, None


_OWN_FORCES: Final = frozenset({"152"})  # CAMEO: raise military alert (not 154: troops moved at home are domestic)


_HOME_ASKS: Final = frozenset({"REQUEST", "REJECT"})


def _asked_at_home(source: ActorMention, plover: str, modality: str) -> bool:
    """A party's demand or refusal ("die AfD verlangte Gespräche mit Teheran", "LFI a rejeté l'accord") is made of its
    own government, whatever state its content names: no state abroad is asked or refused."""
    return source.kind == "group" and source.agent in PARTY_AGENTS and (plover in _HOME_ASKS or modality == "demand")


def _list_named_again(side: list[ActorMention], other: list[ActorMention]) -> bool:
    """"Uganda and Rwanda arm the rebels, an accusation both governments rejected": a counted reference on one side of
    a one-way act that names exactly the states the other side lists (two or more, each by name) stands for that same
    list, whose members do not act on each other through it. Not where it names more ("the embassy condemned the
    deliveries as a conflict between both countries": the accuser's own state and the accused), and not for a mutual
    or reciprocal act ("both countries accused each other", "a firefight between the two countries' guards")."""
    names = sides_of(m for m in other if not m.note.startswith(REFERS))
    return len(names) >= 2 and any(m.note.startswith(REFERS) and member_sides(m) == names
                                   for m in side)


def _exercise_word(form: frozenset[str], words: frozenset[str]) -> bool:
    """A lemma of the language's exercise nouns ("*manöver": any compound that ends so)."""
    return exercise_named(form, words)


def _joint_exercise(rule: Rule, sources: list[ActorMention], match: TriggerMatch, forms: list[frozenset[str]],
                    ruleset: RuleSet) -> Rule | None:
    """"Russia and Belarus began their Zapad exercise", "Saudi and Pakistani troops began a two-week exercise",
    "США, Япония и Южная Корея провели трехсторонние учения": a show of force (MOBILIZE) whose trigger is an exercise
    noun and whose doers are two or more states is the exercise they hold together: their military cooperation
    (COOPERATE 062 between each two of them, as the study articles' gold codes the China-Russia and the US-Guyana
    drills), whatever place or state it is held near; the language's cooperation rule, else None. Not a launch or a
    flight ("North Korea and Iran fired missiles": two shows of force)."""
    joint = ruleset.joint_exercise
    words = ruleset.grammar.roles.exercise_words
    if joint is None or not words or rule.plover != "MOBILIZE" or len(sides_of(sources)) < 2:
        return None
    end = match.span[1]  # or the noun right after it: "live-fire drills"
    return joint if any(_exercise_word(forms[i], words) for i in (*match.tokens, end) if i < len(forms)) else None


def _sovereign(target: ActorMention | None, source: ActorMention) -> ActorMention | None:
    """The target as the party it stands for: "sent troops to Greenland", a bare dependent territory acted on by
    another state, is its sovereign (codes.sovereign_target)."""
    if target is None or (code := sovereign_target(target.code, source.code)) == target.code:
        return target
    return replace(target, code=code, country=code)


def _event_pairs(match: TriggerMatch, roles: Roles, forms: list[frozenset[str]], clause: tuple[int, int],
                 ruleset: RuleSet, modality: str, vocabulary: frozenset[str] | None,
                 ) -> tuple[Rule, list[tuple[ActorMention, ActorMention | None]]]:
    """The rule a trigger codes (a joint exercise's own, where its partners are the pairs) and the (source, target)
    pairs of its roles: each source with each target, or the sources with each other where the act is mutual; not
    an actor acting on itself, a country asked at home, or the same list named again on the other side."""
    rule = match.rule
    targets = roles.targets
    joint = _joint_exercise(rule, roles.sources, match, forms, ruleset)
    if joint is not None:  # the partners are the pairs; the place or state it is held near is no party
        rule, targets = joint, []
    reciprocal = not rule.symmetric and reciprocal_word(forms, clause, ruleset.grammar, vocabulary, match.span)
    mutual = roles.mutual or (rule.mutual or reciprocal) and not targets and len(roles.sources) >= 2
    pairs = [(s, _sovereign(t, s)) for s, t in _pairs(rule, roles.sources, targets, mutual)]
    pairs = [(s, t) for s, t in pairs
             # not an actor acting on itself, or a country on its government
             if (t is None or not same_party(s.code, t.code))
             and not _asked_at_home(s, rule.plover, modality)
             # "France, which keeps military forces in New Caledonia": troops or aid sent to a territory the
             # source's own state governs stay at home (a domestic act, EVAL.md), no aid to another party
             and not (rule.plover == "AID" and t is not None and governed_by(t.code, s.code))]
    if not (mutual or rule.symmetric or rule.reciprocal):
        if _list_named_again(roles.targets, roles.sources):
            pairs = [(s, t) for s, t in pairs if t is None or not t.note.startswith(REFERS)]
        if _list_named_again(roles.sources, roles.targets):
            pairs = [(s, t) for s, t in pairs if not s.note.startswith(REFERS)]
    if not pairs and roles.targets and not mutual and not rule.target_required and rule.cameo in _OWN_FORCES:
        # "Taiwans Verteidigungsministerium versetzte ... Einheiten der Insel in Alarmbereitschaft": own forces put on
        # alert on their own soil are aimed at no one named (not a flight, a violated airspace or a deployment, where
        # one country on both sides is a misread role or a domestic move)
        pairs = [(s, None) for s in roles.sources]
    return rule, pairs


def _event_date(doc: Document, sentence: Sentence, span: tuple[int, int], clause: tuple[int, int],
                forms: list[frozenset[str]], grammar: Grammar, modality: str,
                date_ref: DateRef | None) -> tuple[date | None, str | None]:
    """The act's day and its precision from the date expression nearest the trigger (`date_ref`). A sentence
    without one gives its act no date (EVAL.md: "otherwise null"), in the lead too: the publication date stays the
    event's `date`, marked as such (model.date_fields), not claimed as its day; but a live blog entry headed by its
    clock time ("08:40 ...") is of the publication day."""
    when = event_day(date_ref, modality, sentence, span, clause, forms, grammar) if date_ref \
        else clock_entry_day(sentence.text, doc.published)
    precision = date_ref.precision if date_ref else ("day" if when else None)
    return when, precision


def _negated(match: TriggerMatch, roles: Roles, forms: list[frozenset[str]], clause: tuple[int, int],
             grammar: Grammar, quoted: frozenset[int], vocabulary: frozenset[str] | None, negation_from: int,
             demand_word: tuple[int, tuple[int, int]] | None, nominal: bool = False) -> bool:
    """Whether the trigger's act is negated, the words of its roles aside; a negation before `negation_from` is
    another clause's. "призвала Киев не допускать ударов", "urged Kyiv not to strike": a demand is negated before
    its own word (`demand_word`: its position and its clause); a negation after it is what is asked ("не призвала
    Киев наступать" asks nothing); so too a threat's word. A noun in a phrase of time or cause ("nach türkischen
    Luftangriffen ... keine Genehmigungen mehr erteilt") is negated only inside its phrase."""
    negated_at, negation_clause = (match.span, (max(clause[0], negation_from), clause[1])) if demand_word is None \
        else ((demand_word[0], demand_word[0] + 1), demand_word[1])
    opening = circumstance_opening(forms, match.span, negation_clause, grammar) \
        if nominal and demand_word is None else None
    if opening is not None:
        negation_clause = (opening + 1, match.span[1])
    names = frozenset(i for m in (*roles.sources, *roles.targets) for i in range(m.token_start, m.token_end))
    return is_negated(forms, negated_at, negation_clause, grammar, match.tokens, quoted, vocabulary, names)


def _vouched_for(forms: list[frozenset[str]], span: tuple[int, int], clause: tuple[int, int], grammar: Grammar,
                 plover: str, modality: str, negated: bool) -> tuple[bool, str]:
    """The negation and modality of an act the text may not vouch for: a negated act that is only not confirmed
    ("Pakistan's military did not confirm the raids") is neither done nor undone, and alleged; a report the writer
    disowns ("...; bestätigt wurde das nicht") is alleged."""
    if negated and unconfirmed(forms, span, clause, grammar, plover, modality):
        return False, "alleged"
    if disowned(forms, span, grammar, modality):
        return negated, "alleged"
    return negated, modality


def events_for(doc: Document, sentence: Sentence, match: TriggerMatch, roles: Roles, forms: list[frozenset[str]],
               clause: tuple[int, int],
               ruleset: RuleSet, modality: str, quoted: frozenset[int], dates: Callable[[], list[DateRef]],
               refused: bool = False, nominal: bool = False, negation_from: int = 0, conditioned: bool = False,
               vocabulary: frozenset[str] | None = None,
               demand_word: tuple[int, tuple[int, int]] | None = None):
    """The events of one trigger: one per pair of its roles (`_event_pairs`), each with its code under the
    modality, its negation, its date and its confidence."""
    rule, pairs = _event_pairs(match, roles, forms, clause, ruleset, modality, vocabulary)
    if not pairs:
        return  # most triggers find no pair: their negation and the sentence's dates are not needed
    grammar = ruleset.grammar
    span = match.span
    negated = refused or _negated(match, roles, forms, clause, grammar, quoted, vocabulary, negation_from,
                                  demand_word, nominal)
    cameo, plover = reinterpret(rule, modality)
    negated, modality = _vouched_for(forms, span, clause, grammar, plover, modality, negated)
    entry = lookup(cameo)
    tokens = sentence.tokens
    trigger_start, trigger_end = tokens[span[0]].start, tokens[span[1] - 1].end
    when, precision = _event_date(doc, sentence, span, clause, forms, grammar, modality,
                                  nearest_date(dates(), anchor=trigger_start - sentence.start))
    pronoun = roles.subject_pronoun
    rule_key = f"{ruleset.lang}.{match.rule.id}"  # a joint exercise keeps its trigger's rule (and that rule's cost)
    # (the trigger's words: "trat dem Sicherheitsrat bei" is a seat taken, "unterzeichnete mit dem Sicherheitsrat" not)
    trigger_words = frozenset[str]().union(*(forms[i] for i in match.tokens))
    for source, target in pairs:
        # "..., qu'il accuse de ...": the source attaches where its pronoun stands, in the clause
        cued = source if pronoun is None else replace(source, token_start=pronoun, token_end=pronoun + 1)
        # "The African Union, whose mediator is ..., welcomed": the subject attaches where the insertion closes
        # (not a target the article filled in, whose guess the subject's place does not vouch for; not a protest,
        # whose state subject is a misread diplomatic protest: "Japan, whose island ..., protested" is ACCUSE)
        inserted = None if pronoun is not None or nominal or not grammar.subject_across_insertions \
            or roles.target_from_context or plover == "PROTEST" else \
            subject_across_insertion(source, target, span, clause, forms, tokens, grammar.coordination,
                                     grammar.insertion_openers)
        cues = confidence.cues(match.weight, plover, span, clause, "conditional" if conditioned else modality,
                               cued if inserted is None else inserted, target,
                               roles.from_outside_clause and pronoun is None and inserted is None, len(pairs),
                               len(tokens) - clock_heading(tokens), nominal)
        yield Event(
            doc_id=doc.id,
            source=source.code,
            # "joined the Security Council": a seat
            target=seat_act_target(target, cameo, match.rule.id, ruleset.lang, trigger_words) if target else None,
            cameo=cameo,
            plover=plover,
            goldstein=entry.goldstein,
            quad_class=entry.quad_class,
            evidence=sentence.text,
            evidence_start=sentence.start,
            evidence_end=sentence.end,
            rule=rule_key,
            ruleset_version=ruleset.version,
            date=when,
            date_precision=precision,
            published=doc.published,
            negated=negated,
            modality=modality,
            source_text=source.surface,
            target_text=target.surface if target else None,
            source_entry=source.entry,
            target_entry=target.entry if target else None,
            trigger_start=trigger_start,
            trigger_end=trigger_end,
            confidence=confidence.score(cues, rule_key),
            lang=ruleset.lang,
        )
