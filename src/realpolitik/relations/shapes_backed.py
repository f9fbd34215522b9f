"""The backed shape (ally): "Houthis backed by Iran", "Iran-backed Houthis", "die vom Iran unterstützte Hisbollah":
the backed armed group and its backer.

Separate: a shape of its own, with the helpers only it reads.
"""

from __future__ import annotations

from realpolitik.codes import is_armed_group, party
from realpolitik.events.grammar import joined
from realpolitik.events.roles import COMPOUND, Group
from realpolitik.relations.sentence import CueMatch, SentenceView, codes
from realpolitik.relations.shapes_base import APPOSITION_REACH, HYPHENS, Pairs, glue_words, org_codes, state_codes


def backed(view: SentenceView, m: CueMatch) -> Pairs:
    """(backed, backer) pairs: "Houthis backed by Iran", "Iran-backed Houthis", "vom Iran unterstützte"."""
    grammar, glue = view.grammar, glue_words(view)
    backer = backed_one = None
    for g in view.groups:
        if g.start >= m.end and g.start - m.end <= 2 and (g.marker in grammar.agent_markers or (
                not grammar.genitive_markers and g.marker in (None, COMPOUND))):
            backer = g  # "backed by Iran", "поддерживаемые Ираном" (a case language: the instrumental, which the
            # event roles mark as qualifying the noun)
            break
        if g.end <= m.start and m.start - g.end <= 2 and (
                g.marker in grammar.agent_markers or view.between_only(g.end, m.start, HYPHENS)
                and (g.end < m.start or not _finite_after_subject(view, g, m) or _armed_after(view, m))):
            backer = g  # "vom Iran unterstützte", "Iran-backed"; not the subject of "Polen unterstützt die Ukraine"
            break
    if backer is None:
        return []
    if backer.start >= m.end:
        before = [g for g in view.groups if g.end <= m.start and m.start - g.end <= 3
                  and (m.cue.kind != "membership" or org_codes(g))  # what a state leads is an organisation
                  and view.between_only(g.end, m.start, glue | {",", "which", "who", "que", "qui", "die", "der",
                                                                "das", "который", "которые"},
                                        # "l'OTSC, l'alliance militaire dirigée par Moscou": an adjective of the body
                                        lower_words=m.cue.kind == "membership")]
        # "поддерживаемые Ираном хуситы": in a case language the noun may follow the participle and its agent
        backed_one = before[-1] if before else next(
            (g for g in view.groups if g.start >= backer.end and g.start - backer.end <= 1 and not (
                grammar.genitive_markers or _head_between(view, backer.end, g.start))), None)
    else:
        backed_one = next((g for g in view.groups if g.start >= m.end and g.start - m.end <= 2
                           and not _head_between(view, m.end, g.start)), None)
    if backed_one is None:  # "Hezbollah, an Iran-backed militia", "la Hezbolá, la milicia respaldada por Irán"
        backed_one = _apposition_head(view, min(backer.start, m.start))
    if backed_one is None and m.cue.kind == "membership":
        backed_one = _body_named_before(view, m, backer)
    backed_codes = codes(backed_one) if backed_one is not None else _armed_group(view, m, backer)
    return [(a, b) for a in backed_codes for b in codes(backer) if a != b]


def _armed_after(view: SentenceView, m: CueMatch) -> bool:
    """An armed group right after the cue: "Ruanda unterstützt die M23-Miliz" names its patron, as "die von Ruanda
    unterstützte M23" does."""
    return any(g.start >= m.end and g.start - m.end <= 2 and any(is_armed_group(x.code) for x in g.members)
               for g in view.groups)


def _finite_after_subject(view: SentenceView, g: Group, m: CueMatch) -> bool:
    """The cue right after a name with no marker is the finite verb the name is the subject of, where the language
    puts a participle's agent behind a marker ("vom Iran unterstützte Miliz"): "Polen unterstützt die Ukraine",
    "Russland unterstützt Serbiens Aufnahme" (support, no alliance). Only in a language with genitive markers (in
    Russian "поддерживаемые Ираном" the bare instrumental is the agent), and not where the cue is a participle
    before a noun ("die Iran-gestützten Milizen" is written with a hyphen) or follows an article."""
    if not view.grammar.genitive_markers or g.marker is not None:
        return False
    return g.start == 0 or not view.forms[g.start - 1] & view.grammar.determiners


def _body_named_before(view: SentenceView, m: CueMatch, backer: Group) -> Group | None:
    """"froze its participation in the CSTO, accusing the Russian-led bloc of ...": a word of a body right after the
    cue (and its leader) is the organisation the sentence named last before it."""
    noun = max(m.end, backer.end)
    if noun >= len(view.tokens) or not view.forms[noun] & view.lexicon.marker("body"):
        return None
    before = [g for g in view.groups if g.end <= min(m.start, backer.start) and org_codes(g) and not state_codes(g)]
    return before[-1] if before else None


def _head_between(view: SentenceView, low: int, high: int) -> bool:
    """A noun or a verb in [low, high) after which the name is not the one backed: "the Iran-backed militia
    attacked Israel", "die vom Iran unterstützte Miliz griff Israel an". Adjectives may stand between: in German
    lower-case words (nouns are capitalised), in Russian words that are no verb and no armed-group noun, elsewhere
    capitalised ones ("the Iran-backed Yemeni Houthis"); a noun only right before the name, which names it ("dem von
    Russland geführten Militärbündnis OVKS", "the Iran-backed militia Hezbollah")."""
    heads, grammar = view.lexicon.marker("armed_group"), view.grammar
    function_words = joined(grammar.target_markers, grammar.location_markers, grammar.genitive_markers,
                            grammar.coordination, grammar.determiners)
    for k in range(low, high):
        tok = view.tokens[k]
        if grammar.verb_lemma_endings and grammar.verb_word(tok):
            return True
        noun = tok.text.lower() in heads or (tok.text[:1].isupper() if grammar.verb_final else (
            not grammar.verb_lemma_endings and tok.text.isalpha() and tok.text[:1].islower()))
        if noun and (k != high - 1 or tok.text.lower() in function_words):
            return True
    return False


def _armed_group(view: SentenceView, m: CueMatch, backer: Group) -> list[str]:
    """"The Iran-backed group began firing", "la milicia respaldada por Irán": a noun that describes the one armed
    group the article has named up to the cue (none where it names several; not one named after it: "The
    Iran-backed group began firing a day after Hamas's attack" is the group named before)."""
    named = dict.fromkeys(view.armed_groups)
    named.update(dict.fromkeys(party(x.code) for g in view.groups for x in g.members
                               if is_armed_group(x.code) and x.token_end <= m.start))
    if len(named) != 1:
        return []
    # "Iran-backed group"; "militia backed by Iran"; "поддерживаемая Ираном группировка"
    nouns = [m.end] if backer.end <= m.start else [m.start - 1, backer.end]
    words = view.lexicon.marker("armed_group")
    if any(0 <= noun < len(view.tokens) and view.forms[noun] & words for noun in nouns):
        return list(named)
    return []


def _apposition_head(view: SentenceView, start: int) -> Group | None:
    """The name an apposition describes: "Hezbollah, an ... militia" — the group before a comma, with only
    articles and lower-case words between the comma and `start`."""
    for g in reversed(view.groups):
        if g.end >= start:
            continue
        if g.end < len(view.tokens) and view.tokens[g.end].text == "," and start - g.end - 1 <= APPOSITION_REACH \
                and view.between_only(g.end + 1, start, glue_words(view), lower_words=True):
            return g
        return None
    return None
