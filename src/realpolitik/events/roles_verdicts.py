"""Whom a verdict or denial judges: the act a verdict names and its author or patient ("criticó el envío de armas
de", "une agression flagrante contre"), a denial's content, and verdict words of the judge's own.

Separate because a verdict's target is the author of the act it judges, found through that act's noun (which
trigger a verdict takes as its object, not an act of its own, is the coder's question: verdict_objects.py).
"""

from __future__ import annotations

from typing import Final

from realpolitik.events.grammar import Grammar
from realpolitik.events.roles_base import Group, marker_at, only_object_between
from realpolitik.language.tokens import CLAUSE_STOPS, PHRASE_BREAKS, QUOTE_MARKS


def verdict_words_own(sentence_groups: list[Group], source: Group | None, later_verb: set[int],
                      trigger: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """A verdict's own words before the next verb hold a name, a breach or a label of a wrong ("a dénoncé une
    violation de la souveraineté libanaise et appelé Washington à ...": the wrong done to the judge; "a dénoncé un
    « acte de piraterie » et saisi le Conseil de sécurité": `_labelled_wrong`): the verdict judges the one who did that
    wrong, whom the article names, not the one the next verb addresses (not "a condamné ces frappes et appelé Israël à
    la retenue", where the one called on may be the one who struck)."""
    if not later_verb:
        return False
    t_end = trigger[1]
    nxt = min((g.start for g in sentence_groups if id(g) in later_verb), default=len(forms))
    return any(source is not None and t_end <= g.start < nxt and g is not source for g in sentence_groups) or any(
        forms[i] & grammar.roles.violation_nouns for i in range(t_end, nxt)) or _labelled_wrong(forms, trigger, nxt,
                                                                                                 grammar)


_LABEL_REACH: Final = 4  # "a dénoncé un « acte de piraterie »": the label noun within four words of the verdict


def _labelled_wrong(forms: list[frozenset[str]], trigger: tuple[int, int], nxt: int, grammar: Grammar) -> bool:
    """The verdict's object is a label of a wrong (`wrong_labels`: "a dénoncé un « chantage »", "denounced an act of
    piracy"), within four words of it, quotation marks not counted; not where the object opens with a definite or
    demonstrative determiner ("a qualifié la décision de « chantage »": the act named is the object, the label a
    predicate; so where the trigger holds the act named: "a qualifié la décision de")."""
    if any(forms[i] & grammar.roles.anaphoric_determiners for i in range(*trigger)):
        return False
    words = 0
    for i in range(trigger[1], nxt):
        if forms[i] & QUOTE_MARKS:
            continue
        if not words and forms[i] & grammar.roles.anaphoric_determiners:
            return False
        words += 1
        if words > _LABEL_REACH:
            return False
        if forms[i] & grammar.roles.wrong_labels:
            return True
    return False


def denied_content(g: Group, trigger: tuple[int, int], acts: frozenset[int],
                   verb_final_forms: list[frozenset[str]] | None = None) -> bool:
    """"Pyongyang denied having sent troops to Russia", "bestritt, Drohnen an Russland geliefert zu haben", "a démenti
    avoir livré des drones à Moscou": a name after the help a denial's content reports is whom it helped, not the one
    whose claim is denied; that one is named by the claim ("the reports from Seoul", "les accusations américaines")
    or by the article. (Whom a denied hostile act hit, or where it happened, is the one who complains: "denied that
    its jets entered Polish airspace"; the coder passes only cooperative acts.) A verb-final language names the
    helped before the help's verb, in the clause after the denial's comma ("hat bestritten, Moskau mit Waffen zu
    versorgen"): `verb_final_forms`, the sentence's forms there."""
    if g.start < trigger[1]:
        return False
    if any(trigger[1] <= i < g.start for i in acts):
        return True
    forms = verb_final_forms
    return forms is not None and any("," in forms[k] for k in range(trigger[1], g.start)) and any(
        i >= g.end and not any("," in forms[k] for k in range(g.end, i)) for i in acts)


def behind_other_trigger(g: Group, trigger: tuple[int, int], other_triggers: frozenset[int],
                         grammar: Grammar) -> bool:
    """A group with a target preposition and another (nominal) trigger between it and this one is that
    trigger's argument."""
    if g.marker is None or g.marker in grammar.agent_markers:
        return False
    low, high = (trigger[1], g.start) if g.start >= trigger[1] else (g.end, trigger[0])
    return any(low <= i < high for i in other_triggers)


# "une « agression flagrante contre": the noun, an adjective and a quote mark before the marker
_JUDGED_NOUN_REACH: Final = 3


def judged_act_patient(g: Group, trigger: tuple[int, int], rival_triggers: frozenset[int], forms: list[frozenset[str]],
                       grammar: Grammar) -> bool:
    """"a condamné une agression contre le Mali", "verurteilte den Angriff auf Mali", "осудила нападение на Мали":
    a target phrase right after an act noun that is the verdict's own object names whom the act hit, not whom the
    verdict judges (its agent, if named, is judged instead). Not where a preposition opens the noun's phrase
    ("возложила ответственность за теракт на Украину": the verb's own "на")."""
    # (or the genitive of the place the act hit: "осудил удары по жилым кварталам Бейрута", "condemned the strikes
    # on residential areas of Beirut": the city's or country's, hit, not judged)
    # (a bare name after a noun is its genitive only where nouns are told from verbs by their lemma, Russian, as
    # `Grammar.verb_lemma_endings` says: "Puerto Sudán" is one name)
    genitive = g.genitive or g.marker in grammar.genitive_markers or g.marker is None and bool(
        grammar.verb_lemma_endings)
    place = _place_marker(g, trigger, forms, grammar) if genitive and not g.possessive else None
    if place is None and (g.marker not in grammar.target_markers or g.start <= trigger[0]
                          or g.members[0].kind == "capital" and g.marker in grammar.location_markers):
        return False  # (a capital may be where the act was: "la répression à Tbilissi" judges its government;
        # not one the act was aimed at: "die Luftangriffe auf Beirut")
    # a verdict whose words enclose its object ("verurteilte die israelischen Angriffe auf Beirut als Eskalation"):
    # the object stands in the gap after the verb, its phrase opened by an article (`_gap_start`)
    inside = g.start < trigger[1]
    # (the marker may stand before a noun of the name: "contre la souveraineté du Yémen")
    at = place if place is not None else g.marker_index if g.marker_index is not None else next(
        (i for i in range(g.start - 1, (trigger[0] if inside else trigger[1] - 1), -1) if g.marker in forms[i]), None)
    if at is None:
        return False
    # (or a war: "verurteilte den russischen Krieg gegen die Ukraine", "condemned the Russian war against Ukraine":
    # Ukraine is the one the war is fought on, the judged is its author, named by the adjective or the article)
    start = trigger[0] + 1 if inside else trigger[1]
    noun = next((i for i in range(at - 1, max(start - 1, at - 1 - _JUDGED_NOUN_REACH), -1)
                 if i in rival_triggers or forms[i] & grammar.roles.war_nouns), None)
    if noun is None:
        return False
    opening = _gap_start(noun, start, forms, grammar)
    if inside and opening is None:
        return False
    # (the verb's adverbials before the noun's article are no part of its phrase: "verurteilte am Montag den Angriff
    # auf", "kritisierte in Brüssel die Sanktionen gegen": the object opens at its article, target59)
    start = start if opening is None else opening
    stops = (grammar.target_markers | grammar.location_markers | grammar.agent_markers | grammar.coordination
             | grammar.subordinators | grammar.roles.verdict_reasons | PHRASE_BREAKS) - grammar.determiners
    # between the verdict and the marker: articles, quote marks, adjectives and adverbs ("condamné samedi une «
    # agression flagrante contre"), no preposition (a short word: "за теракт на Украину")
    return not any(forms[i] & stops or not forms[i] & grammar.determiners and any(
        w.isalpha() and len(w) <= 3 for w in forms[i]) for i in range(start, at) if i not in rival_triggers
        and i != noun)


# "по жилым кварталам Бейрута": the place noun and its adjectives between the act's preposition and the genitive
_PLACE_REACH: Final = 3


def _place_marker(g: Group, trigger: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar) -> int | None:
    """Where the target preposition stands whose place noun `g` completes as its genitive ("удары по приграничным
    районам Ирака", "strikes on residential areas of Beirut": "по", "on"): at most `_PLACE_REACH` plain words (the
    noun and its adjectives) before `g` or its "of", after the trigger, none a stop, a verb or a preposition of
    another kind. None where no such preposition opens the phrase."""
    stops = grammar.location_markers | grammar.agent_markers | grammar.coordination | grammar.subordinators \
        | grammar.genitive_markers | CLAUSE_STOPS | PHRASE_BREAKS
    end = g.start if g.marker is None else marker_at(g, forms)
    for i in range(end - 1, max(trigger[1] - 1, end - 2 - _PLACE_REACH), -1):
        if forms[i] & grammar.target_markers and i < end - 1:
            return i
        if forms[i] & stops or any(grammar.verb_lemma(f) for f in forms[i]) or not any(w.isalpha() for w in forms[i]):
            return None
    return None


def _gap_start(noun: int, verb_end: int, forms: list[frozenset[str]], grammar: Grammar) -> int | None:
    """Where the phrase of an act noun in a verdict's gap opens: its article, at most `_JUDGED_NOUN_REACH` words
    before it and after the verb ("verurteilten am Sonntag in einer Erklärung die israelischen Luftangriffe auf":
    the words before the article are the verb's adverbials). None where no article opens it."""
    return next((i for i in range(noun - 1, max(verb_end - 1, noun - 1 - _JUDGED_NOUN_REACH), -1)
                 if forms[i] & grammar.determiners), None)


# "criticó el envío de armas de": the verdict's object noun, its complement and the author's "de" before the author
_ACT_NOUN_REACH: Final = 6


def act_noun_author(partner: Group, groups: list[Group], t_end: int, forms: list[frozenset[str]],
                    grammar: Grammar) -> Group | None:
    """"criticó el acercamiento de Madrid a Pekín", "kritisierte die Annäherung Berlins an Peking", "a dénoncé le
    rapprochement de Rome avec Ankara": a verdict's object is a noun of an act with its author (genitive, "de",
    "von") and then its partner (a target phrase right after the author): the verdict judges the author. A demonym
    there names the people the act is done to ("the transfer of Ukrainian children to Russia"), no author."""
    if partner.marker not in grammar.target_markers or partner.marker in grammar.location_markers:
        return None
    at = marker_at(partner, forms)
    author = next((g for g in groups if g.end == at < partner.start and t_end < g.start), None)
    if author is None or not (author.genitive or author.marker in grammar.genitive_markers | grammar.agent_markers) \
            or author.possessive \
            or any(m.kind == "adjective" for m in author.members) or author.start - t_end > _ACT_NOUN_REACH:
        return None
    if any(forms[i] & (grammar.subordinators - grammar.determiners | CLAUSE_STOPS)
           or any(grammar.verb_lemma(f) for f in forms[i])
           for i in range(t_end, author.start)):
        return None
    function_words = grammar.determiners | grammar.genitive_markers
    # the noun: the last word before the author that is neither an article nor the author's "de" ("der", "de la")
    noun = next((i for i in range(author.start - 1, t_end - 1, -1) if not forms[i] & function_words), None)
    if noun is None:
        return None
    # its phrase opens with its article ("criticó en varias ocasiones el acercamiento de": an adverbial before it
    # is the verb's)
    opening = next((i for i in range(noun - 1, t_end - 1, -1) if forms[i] & grammar.determiners), t_end)
    stops = (grammar.target_markers | grammar.location_markers | grammar.coordination
             | grammar.roles.verdict_reasons) - function_words
    return None if any(forms[i] & stops for i in range(opening, author.start)) else author


def accusation_content_subject(sentence_groups: list[Group], source: Group, trigger: tuple[int, int],
                               forms: list[frozenset[str]],
                               grammar: Grammar) -> Group | None:
    """"amid accusations by Kyiv that Minsk let drones through", "nach Vorwürfen Kiews, Minsk lasse ...",
    "acusaciones de Kiev de que Minsk ...", "accusations de Kiev selon lesquelles Minsk ...", "обвинения Киева в том,
    что Минск ...": the content clause right after an accusation noun (and its agent) has the accused as its
    subject, the first free actor phrase after the word that opens it; no other actor phrase before that word."""
    openers = grammar.roles.content_openers
    if not openers:
        return None
    start = source.end if source.start >= trigger[1] else trigger[1]
    for i in range(start, min(len(forms), start + 4)):
        if any(g.start == i for g in sentence_groups):
            return None
        if forms[i] & openers or grammar.verb_final and i == start and "," in forms[i]:
            return next((g for g in sentence_groups if i < g.start <= i + 3 and g.marker is None and not g.genitive
                         and g is not source), None)
    return None


def judged_act_origin(groups: list[Group], source: Group, rival_triggers: frozenset[int], forms: list[frozenset[str]],
                      grammar: Grammar) -> Group | None:
    """"Die EU hat die Ballonflüge aus Belarus als hybriden Angriff verurteilt", "Polen verurteilte die
    Drohnenangriffe aus Russland": a verdict with no one judged in its clause judges the state its object's act
    comes from, an origin phrase ("aus") right after the act's noun (a trigger noun, or one ending in
    `judged_act_heads`) after the judge; not the judge's own state."""
    markers, heads = grammar.roles.origin_markers, grammar.roles.judged_act_heads
    if not markers:
        return None
    own = source.sides
    for g in groups:
        if g.marker not in markers or g.start < source.end or g.genitive or g.possessive:
            continue
        at = marker_at(g, forms)
        noun = at - 1
        if noun < source.end or not (noun in rival_triggers or any(
                f.endswith(h) for f in forms[noun] for h in heads)):
            continue
        if not g.sides & own:
            return g
    return None


# "condenó la detención de dos periodistas en": the verdict's object noun with its article and complement
_CONDUCT_REACH: Final = 5


def judged_act_place(groups: list[Group], source: Group, trigger: tuple[int, int], rival_triggers: frozenset[int],
                     forms: list[frozenset[str]], grammar: Grammar) -> Group | None:
    """"verurteilte den Putsch in Niger", "condenó la represión en Venezuela", "осудил переворот в Нигере", "condemned
    the crackdown in Georgia": a verdict whose clause names no one judged judges the state where the conduct its
    object names took place (a state, not a city: "the attack in Kabul" may be anyone's), in a place phrase
    (`conduct_places`) right after the object's noun; not the judge's own state. Nothing but the object's words
    stands between the verdict and that phrase (no verb, no other name, no preposition of a party), and no act of
    another rule: the place of an attack is whom it hit ("verurteilte den Angriff in Syrien"), read by that act.
    Conduct between two states (a pair phrase: "verurteilte die Zusammenarbeit zwischen Moskau und Pjöngjang",
    "condemned the cooperation between Russia and North Korea") judges both, whatever act it is."""
    markers = grammar.roles.conduct_places
    if not markers:
        return None
    own = source.sides
    for g in groups:
        pair = g.marker in grammar.pair_markers and len(g.members) >= 2
        if not (pair or g.marker in markers) or g.start < trigger[1] or g.genitive or g.possessive \
                or not all(m.kind == "country" or pair and m.kind == "capital" for m in g.members):
            continue
        at = marker_at(g, forms)
        if not trigger[1] < at <= trigger[1] + _CONDUCT_REACH:
            return None
        # (an act of another rule between two states is still what the verdict judges: "verurteilte die
        # Zusammenarbeit zwischen Moskau und Pjöngjang")
        if not only_object_between(g, groups, trigger, at, frozenset() if pair else rival_triggers, forms, grammar,
                                   grammar.roles.verdict_reasons):
            return None
        return None if g.sides & own else g
    return None
