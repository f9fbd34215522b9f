"""The background war: a known war (relations/wars.yaml) named as the time, setting or cause of something else, or as
what another party's act is about, is no attack the article tells.

"since Russia's invasion of Ukraine", "seit Beginn des russischen Angriffskriegs", "depuis que la Russie a envahi
l'Ukraine", "desde el inicio de la invasión rusa", "после начала вторжения", "two days before Russia invaded Ukraine",
"Beijing never condemned the Russian invasion": EVAL.md records the war between Russia and Ukraine, named so, as their
`rivalry` (which the relation reader derives from the same words), and the benchmark's gold codes no ASSAULT there.
A strike or an attack the article reports ("Russia launched a missile attack on Kyiv", "russische Angriffe auf
Kraftwerke", "nach den Angriffen auf Odessa") stays one: only the words that name a whole war (a language's
`background_war_nouns` and `background_war_verbs`) are read here, and the war the article tells as its own clause's
act ("Russia invaded Ukraine in 2022", "the invasion began in February 2022", "Russia launched its invasion") stays
told.

Separate: it reads one trigger's settled roles against the list of known wars, which no other step reads.
"""

from __future__ import annotations

from typing import Final

from realpolitik.codes import party
from realpolitik.events.grammar import Grammar
from realpolitik.events.roles_relatives import relative_antecedent
from realpolitik.events.sentence_state import SentenceState, Trigger
from realpolitik.relations.wars import known_wars

_TOLD: Final = frozenset({"asserted", "reported"})
_AFTER_REACH: Final = 3  # "l'invasion russe de l'Ukraine", "вторжения России", "la invasión rusa": the agent after


def background_war(s: SentenceState, tr: Trigger) -> bool:
    """True for an attack whose words name a known war (its agent a side, its target the place it is fought) as
    background: governed by a word of time or cause ("since", "seit", "после"), or a noun whose agent its own phrase
    names in a clause it does not open ("verurteilten den russischen Angriffskrieg")."""
    grammar, forms = s.grammar, s.forms
    words = grammar.roles
    if tr.match.rule.plover != "ASSAULT" or tr.modality not in _TOLD or not tr.roles.sources or not tr.roles.targets:
        return False
    war = next((i for i in tr.match.tokens
                if forms[i] & (words.background_war_nouns | words.background_war_verbs)), None)
    attack = next((i for i in tr.match.tokens if forms[i] & words.background_attack_nouns), None)
    if war is None and attack is None or not _known_war(tr):
        return False
    actor_tokens = frozenset(i for g in s.groups for i in range(g.start, g.end))
    if war is None:
        return attack is not None and (_since_the_attack(s, tr, attack, actor_tokens) or _judged_attack(s, tr))
    if _described_by_war(s, tr):
        return True  # "Russia, which invaded Ukraine in 2022, has refused ...": the war describes its side
    # (from the comma before it: a clause may begin after its subordinator, "depuis | que la Russie a envahi")
    floor = _after_comma(forms, war)
    opening = _phrase_start(s, war, floor, actor_tokens)
    if opening > floor and forms[opening - 1] & words.background_openers \
            and not _dated(s, opening, war, actor_tokens):
        return True  # "since the invasion", "before Russia invaded", "seit Russland ... den Angriffskrieg begann"
    if not forms[war] & words.background_war_nouns or opening <= tr.clause[0]:
        return False  # "Russia invaded Ukraine", "La invasión rusa de Ucrania comenzó en 2022": the war told
    # "condemned the invasion of Ukraine by Russia": a verdict's object, wherever its agent is named
    return id(tr.match) in s.judged or _own_agent(s, tr, war, opening)


def _described_by_war(s: SentenceState, tr: Trigger) -> bool:
    """"Russia, which invaded Ukraine in 2022, ...", "la Russie, qui a lancé une invasion à grande échelle": a subject
    relative clause on a side of the war (the name right before its comma) that names the war describes that side by
    it; the sentence tells something else of it (gold README, the background war's decision test, rule 1)."""
    antecedent = relative_antecedent(s.groups, tr.clause, s.forms, s.grammar)
    sources = {party(m.code) for m in tr.roles.sources}
    return antecedent is not None and any(party(m.code) in sources for m in antecedent.members)


def _judged_attack(s: SentenceState, tr: Trigger) -> bool:
    """"condenó el ataque de Rusia contra Ucrania", "verurteilte den Angriff Russlands auf die Ukraine": an attack
    noun a verdict is on, aimed at the state itself (no city, no plant) and on no day the sentence names, is the war
    judged; "condemned the Russian attack on Kyiv", "... on Monday", "l'attaque de drones" (a weapon in its words) or
    "l'attaque menée par la Russie" (an agent a participle or relative clause of its own names) judges a strike, which
    stays told."""
    attack_nouns = s.grammar.roles.background_attack_nouns
    return id(tr.match) in s.judged and id(tr.match) not in s.judged_agents \
        and all(s.forms[i] & attack_nouns for i in tr.match.tokens) and _on_the_state(tr) \
        and not any(d.precision == "day" for d in s.dates()) and not _placed(s, tr)


def _placed(s: SentenceState, tr: Trigger) -> bool:
    """A target named after a word of place ("in Gaza", "en el sur del Líbano"): where a strike fell (its own place:
    "condemned the attack on a convoy in Gaza"), not the state the war is waged on."""
    at = {m.token_start for m in tr.roles.targets}
    return any(g.marker in s.grammar.location_markers for g in s.groups if any(g.start <= i < g.end for i in at))


def _on_the_state(tr: Trigger) -> bool:
    """Every target is a state itself: its name, not its capital, its government or its towns."""
    return all(m.kind == "country" and m.code == party(m.code) for m in tr.roles.targets)


def _since_the_attack(s: SentenceState, tr: Trigger, attack: int, actor_tokens: frozenset[int]) -> bool:
    """"seit dem russischen Angriff auf die Ukraine", "since Russia's attack on Ukraine": an attack on the state
    itself (its name, not a city, its government or "ukrainische Kraftwerke") that a word of duration dates the clause
    from is the war's start; "nach dem Angriff auf die Ukraine" or "since the attack on Kyiv" may be a strike."""
    forms = s.forms
    if not _on_the_state(tr):
        return False
    floor = _after_comma(forms, attack)
    opening = _phrase_start(s, attack, floor, actor_tokens)
    return opening > floor and bool(forms[opening - 1] & s.grammar.roles.background_durative) \
        and not _dated(s, opening, attack, actor_tokens)


def _after_comma(forms: list[frozenset[str]], i: int) -> int:
    """The first token after the last comma before token `i` (the sentence's start where none)."""
    return next((k + 1 for k in range(i - 1, -1, -1) if "," in forms[k]), 0)


def _known_war(tr: Trigger) -> bool:
    """The trigger's agent is a side of a known war and its target the place that war is fought."""
    sides = {party(m.code) for m in tr.roles.sources}
    places = {party(m.code) for m in tr.roles.targets}
    return any(side in sides and place in places for side, place in known_wars(sorted(sides | places)))


def _phrase_start(s: SentenceState, war: int, floor: int, actor_tokens: frozenset[int]) -> int:
    """Where the war word's phrase begins: back from it over actors, articles, possessives, numbers, time nouns and
    the words a language lets stand between a word of time and the war (`background_phrase_words`), to the first
    other word or `floor`."""
    grammar, forms = s.grammar, s.forms
    words = grammar.roles
    between = words.background_phrase_words | grammar.determiners | grammar.possessives | words.time_nouns
    i = war
    while i > floor and (i - 1 in actor_tokens or forms[i - 1] & between
                             or s.sentence.tokens[i - 1].text.isdigit()):
        i -= 1
    return i


def _dated(s: SentenceState, opening: int, war: int, actor_tokens: frozenset[int]) -> bool:
    """The word of time governs a date, not the war: "seit Februar 2022 einen Angriffskrieg" (the war is the clause's
    own state); a date after the war's own subject is the war's ("seit Russland im Februar 2022 ... begann")."""
    first = next((i for i in range(opening, war) if not s.forms[i] & s.grammar.determiners), war)
    return first not in actor_tokens and (s.sentence.tokens[first].text.isdigit()
                                          or bool(s.forms[first] & s.grammar.roles.time_nouns))


def _own_agent(s: SentenceState, tr: Trigger, war: int, opening: int) -> bool:
    """A war noun whose agent stands in its own phrase ("den russischen Angriffskrieg", "l'invasion russe", "Russia's
    invasion", "вторжения России"), in a clause whose words before it are another's ("Beijing never condemned",
    "Im Mittelpunkt stand"): what is judged, talked of or answered, no act of the clause."""
    sources = {party(m.code) for m in tr.roles.sources}
    own = [g for g in s.groups if any(party(m.code) in sources for m in g.members)
           and (opening <= g.start and g.end <= war or war < g.start <= war + _AFTER_REACH
                and _joined(s.grammar, s.forms, war + 1, g.start))]
    return bool(own)


def _joined(grammar: Grammar, forms: list[frozenset[str]], start: int, end: int) -> bool:
    """Only articles and genitive words between the noun and a name after it ("l'invasion de la Russie")."""
    return all(forms[i] & (grammar.determiners | grammar.genitive_markers) for i in range(start, end))
