"""The corrections of the structural reading (roles_structure.structural_roles) that weigh the source and the
target against each other: a copula's subject judged, a free relative, a partner as the target. Asked after the
source (roles_source_steps.py) and the target (roles_target_steps.py), before the roles are assembled.
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.roles_base import Group, Roles
from realpolitik.events.roles_partners import partner_after_place, partner_phrase
from realpolitik.events.roles_possessors import opening_possessor
from realpolitik.events.roles_reading import Candidates, Pick, Reading
from realpolitik.events.roles_relatives import free_relative_subject
from realpolitik.events.roles_speech import (
    clause_speaker_after,
    speaker_of_quotation,
    speaks_before,
    speaks_inverted_before,
)
from realpolitik.events.roles_subjects import clause_subject, subject_outside


def _judged_from(start: int, sentence_groups: list[Group], clause: tuple[int, int], target: Group | None,
                 t_start: int) -> Group | None:
    """Whom a copula's verdict judges in the reported clause that begins at `start`: the possessor that opens it
    ("Israel's strikes were ..."), else the genitive the structure found after its noun and before the verdict
    ("die Drohungen Russlands seien ...")."""
    return opening_possessor(sentence_groups, (start, clause[1]), t_start) or (
        target if target is not None and target.genitive and start <= target.start < t_start else None)


def copula_roles(r: Reading, c: Candidates, pick: Pick, roles: Roles) -> None:
    """A rule whose subject is judged ("Kyiv said the Hungarian veto was a provocation"): the copula's subject is
    the target, the speaker before it (or outside the clause) the source."""
    site = r.site
    clause, grammar, forms, sentence_groups, unmarked = site.clause, site.grammar, site.forms, r.sentence_groups, \
        c.unmarked
    source, target = pick.source, pick.target
    t_start, t_end = site.trigger
    if roles.from_outside_clause and source is not None and target is not None and target.marker is None \
            and not target.genitive and t_end <= target.start <= t_end + 1 \
            and any(grammar.verb_lemma(f) for f in forms[t_end - 1]):
        return  # "заявил, что за терактом стоят США": the reported clause ends with its verb, its subject after it
    # "Kyiv said the Hungarian veto was a provocation": the copula's subject is judged, the speaker
    # before it (or outside the clause) judges
    # (a name after the verb is no copula subject: "..., sagte der iranische Außenminister" speaks)
    # ("Der Außenminister Polens erklärte, die Drohungen Russlands seien inakzeptabel": with the speaker outside the
    # reported clause, a genitive the structure found after that clause's noun is the author judged)
    copula_subject = source if source is not None and not roles.from_outside_clause and source.start < t_end \
        else _judged_from(clause[0], sentence_groups, clause, target, t_start)
    if copula_subject is not None and copula_subject is source and speaks_inverted_before(
            source, t_start, forms, grammar):
        # "Im Onlinedienst X erklärte Saar, die Maßnahmen des IStGH seien unmoralisch": the name after the speech
        # verb speaks; the reported clause's possessor (or the genitive after its noun) is judged
        pick.target = _judged_from(source.end + 1, sentence_groups, clause, target, t_start)
        return
    # «Cette décision ne restera pas sans réponse», a déclaré Barrot: the speaker after the quotation threatens
    # ("Der Vorgang sei unverantwortlich, kommentierte die Allianz": so does the subject after the clause's comma;
    # the act judged names no actor, its author is the article's)
    speaker = source if copula_subject is None and source is not None and (
        roles.quoted_speaker or (source.start > t_end and any("," in forms[i] for i in range(t_end, source.start)))) \
        else None
    if copula_subject is not None:
        speaker = clause_subject([g for g in unmarked if g.end <= copula_subject.start], copula_subject.start,
                                 grammar, forms)
        if speaker is None:
            speaker = speaker_of_quotation(sentence_groups, clause, forms, grammar) or subject_outside(
                sentence_groups, clause, grammar, forms) or clause_speaker_after(
                sentence_groups, t_end, forms, grammar)
    if speaker is None and copula_subject is not None and copula_subject.marker is None and speaks_before(
            forms, copula_subject.end, t_start, grammar):
        # "Morocco said the decision was unacceptable": the name is the speaker, the act judged is a noun of no
        # actor (its author is the article's: fill_from_context), or of the possessor that opens the reported
        # clause ("Tehran said Israel's strikes would not go unanswered")
        speaker, copula_subject = copula_subject, opening_possessor(
            sentence_groups, (copula_subject.end + 1, clause[1]), t_start)
    elif speaker is None and copula_subject is not None and target is not None \
            and copula_subject.end <= target.start and target.end < t_start \
            and any(forms[i] & grammar.roles.complementizers for i in range(target.end, t_start)):
        # "La Turquie a prévenu la Grèce que cette provocation ne resterait pas sans réponse": the subject warns
        # the one it addresses before the reported clause, whose own subject names no actor
        speaker, copula_subject = copula_subject, target
    source, target = speaker, copula_subject
    pick.source, pick.target = source, target


def free_relative(r: Reading, pick: Pick) -> None:
    """A German accusation whose subject is a free relative clause ("was Russland anrichte, sei ein Verbrechen"):
    the one who acts there is judged by the speaker before it."""
    site = r.site
    rule = site.rule
    sentence_groups, source, target = r.sentence_groups, pick.source, pick.target
    if site.grammar.verb_final and rule.plover == "ACCUSE" and not site.nominal and not rule.reverse:
        # "sagte, was Russland in der Ukraine anrichte, sei ein Verbrechen": the free relative clause before the
        # predicate is its subject, and the one who acts there is judged by the speaker before it
        judged_act = free_relative_subject(sentence_groups, site.clause, site.forms)
        if judged_act is not None:
            judged_group, opening = judged_act
            target = judged_group
            source = next((g for g in reversed(sentence_groups) if g.end <= opening and g.marker is None
                           and not g.genitive and not g.possessive), None)
    pick.source, pick.target = source, target


def partner_target(r: Reading, pick: Pick, roles: Roles) -> None:
    """The partners of a symmetric or mediated act: listed parties act with each other, a mediated act joins the
    pair before the mediator's phrase, a meeting's partner stands after its place."""
    site = r.site
    rule, grammar, forms = site.rule, site.grammar, site.forms
    sentence_groups, in_clause, target_markers = r.sentence_groups, r.in_clause, r.target_markers
    source, target = pick.source, pick.target
    t_start, t_end = site.trigger
    if rule.symmetric and not (site.nominal or roles.passive or rule.reverse) and source is not None \
            and len(source.members) >= 2 and target is not None and target.start >= t_end \
            and not partner_phrase(target, t_end, sentence_groups, forms, grammar, target_markers):
        target = None  # "Norway and Iceland signed a memorandum ..., after a year of disputes with the EU": the
        # listed parties act with each other; a third one is a partner only in a phrase right after the verb
    if rule.reverse and target is not None:
        # "celebró el acuerdo alcanzado entre Tailandia y Camboya con la mediación de Malasia": the pair the mediated
        # act joins, named right before the mediator's phrase, are the parties, not the clause's subject
        between = next((g for g in in_clause if g.marker in grammar.pair_markers and len(g.members) >= 2
                        and 0 <= t_start - g.end <= _PAIR_REACH and g is not target), None)
        source = between or source
    if target is not None and not (rule.symmetric or rule.reverse) and target.start >= t_end:
        # "called off his planned meeting in Budapest with Vladimir Putin": the meeting's partner, not its city
        target = partner_after_place(target, source, sentence_groups, forms, grammar, target_markers) or target
    pick.source, pick.target = source, target


_PAIR_REACH: Final = 2  # "alcanzado entre X e Y, con la mediación de": words between the pair and the mediator's phrase
