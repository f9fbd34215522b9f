"""Phrases that name an earlier act again or repeat it: a step, deal or words named again by a definite
noun (`steps_named`), "did the same" (`repeaters`, `same_act`), "following the steps of" (`followed_precedents`),
"After Britain and Canada, France also ..." (`precedents`); and the host of a summons or expulsion in the passive
with no agent (`passive_host`). events.same_words ("in similar terms") finds its phrase, its subject and a list with
the same pieces (`phrases_at`, `subject_before`, `listed_with`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from realpolitik.codes import party
from realpolitik.events.article import CONTEXT_CHARS
from realpolitik.events.article_acts import from_event, latest_exchange
from realpolitik.events.cameo import SYMMETRIC_TYPES
from realpolitik.events.clause_infinitives import future_not_passive
from realpolitik.events.fill_kinds import HOST_AT_ODDS
from realpolitik.events.grammar import Grammar
from realpolitik.events.roles_base import Group, Roles
from realpolitik.language.role_words import RoleWords, exercise_named
from realpolitik.language.tokens import OPENING_QUOTES, PHRASE_BREAKS
from realpolitik.model import ActorMention, Event, Sentence, Token, token_text


def talks_named(tokens: list[Token], words: RoleWords) -> list[int]:
    """Where a sentence names talks told before: one of the language's `talk_nouns` after one of its
    `anaphoric_determiners` or `talk_determiners`, right before it or before one word ("the resumption of the talks",
    "la reanudación del diálogo", "la reprise des discussions", "die Wiederaufnahme der Gespräche"), or one of its
    `bare_talk_nouns` ("возобновление переговоров")."""
    if not words.talk_nouns and not words.bare_talk_nouns:
        return []
    determiners = words.anaphoric_determiners | words.talk_determiners
    found: list[int] = []
    for i, t in enumerate(tokens):
        if i and _named_again(tokens, i, t.text.lower(), t.lemma.lower(), words.talk_nouns, words.bare_talk_nouns,
                              determiners):
            found.append(i)
    return found


def steps_named(tokens: list[Token], words: RoleWords, deals: bool = False, speech: bool = False) -> list[int]:
    """Where a sentence names again one party's act told before: one of the language's `step_nouns` ("the step",
    "la décision", "этот шаг") after one of its `anaphoric_determiners`, right before it, before one word ("den
    umstrittenen Schritt") or elided onto it ("l'annonce"); not "a step", which is new information. With `deals`,
    where it names a deal again (`deal_nouns`: "the agreement"; `bare_deal_nouns` with no determiner, in a language
    with no articles: "приветствовал сделку"); with `speech`, words said before (`speech_nouns`: "the remarks")."""
    bare = words.bare_deal_nouns if deals else frozenset()
    steps = words.speech_nouns if speech else words.deal_nouns | bare if deals else words.step_nouns
    determiners = words.anaphoric_determiners
    found: list[int] = []
    if not steps:
        return found
    elided = words.elided_anaphoric_starts
    for i, t in enumerate(tokens):
        text, lemma = t.text.lower(), t.lemma.lower()
        glued = next((d for d in elided if text.startswith(d)), None) if elided else None
        if glued is not None:
            if text[len(glued):] in steps or lemma in steps:
                found.append(i)
            continue
        if i and _named_again(tokens, i, text, lemma, steps, bare, determiners):
            found.append(i)
    return found


def _named_again(tokens: list[Token], i: int, text: str, lemma: str, nouns: frozenset[str], bare: frozenset[str],
                 determiners: frozenset[str]) -> bool:
    """Whether the word at `i` (i >= 1; `text` and `lemma` lower case) names again what the article told: one of
    `bare` (named again with no determiner, in a language with no articles), or one of `nouns` after one of
    `determiners` (`_determiner_before`, one word of letters between at most)."""
    if text in bare or lemma in bare:
        return True
    return (text in nouns or lemma in nouns) and _determiner_before(tokens, i, determiners, letters_between=True)


def labels_named(tokens: list[Token], words: RoleWords) -> list[int]:
    """Where a sentence labels an act with one of the language's `label_nouns` after one of its `label_determiners`,
    an opening quote between if any ("a salué « une étape encourageante »", "a salué un « signal fort »"): the label
    is new, the act it names is the article's news (article_acts.lead_authors). Not after one of `label_blockers`:
    "un contrat que Taipei a salué comme un « signal fort »" labels the noun it names."""
    if not words.label_nouns:
        return []
    found: list[int] = []
    for i, t in enumerate(tokens):
        if i < 1 or t.text.lower() not in words.label_nouns:
            continue
        k = i - 2 if tokens[i - 1].text in OPENING_QUOTES else i - 1
        if k >= 0 and tokens[k].text.lower() in words.label_determiners \
                and not (k and tokens[k - 1].text.lower() in words.label_blockers):
            found.append(i)
    return found


KIND_REACH: Final = 4  # the words from a verdict's trigger to the act noun it judges: "condemned the new deliveries"
# the mark of an exercise named by a verdict's noun ("kritisierte das Manöver", "Besorgnis über die Übungen") among the
# kinds a verdict names: a show of force (150) one state holds, or the military cooperation (062) of two or more that
# hold it together (events/assembly._joint_exercise); the verdict judges the latest act told as an exercise, where the
# article told one (events/article_fill.py _judged_act_authors)
EXERCISE: Final = "exercise"
EXERCISE_ACTS: Final = frozenset({"MOBILIZE", "COOPERATE"})


def kind_noun_named(tokens: list[Token], words: RoleWords, span: tuple[int, int], end: int,
                    bare: bool) -> tuple[int, str] | None:
    """The act of a kind a verdict at `span` names by noun in its clause (which ends at `end`): one of the language's
    `act_kind_nouns` ("condemned the deliveries", "kritisierte die Schließung als unfreundlichen Akt", "rechazó el
    cierre de la frontera", "a dénoncé la fermeture", "осудил высылку") within KIND_REACH words after the trigger or
    inside it, after one of `anaphoric_determiners` (one word may stand between: "die neuen Lieferungen") or, in a
    language with no articles (`bare`), with no word before it but the trigger and a demonstrative. Its position and
    the CAMEO code of its kind; None where the verdict names no such noun (the first noun after the verb decides:
    "criticised the plans for deliveries" judges plans, no delivery)."""
    kinds, determiners = words.act_kinds, words.anaphoric_determiners
    if not kinds:
        return None
    for i in range(span[0] + 1, min(end, span[1] + KIND_REACH)):
        text = tokens[i].text.lower()
        code = kinds.get(words.without_elided_article(text)) or kinds.get(tokens[i].lemma.lower())
        if code is None:
            article = text in determiners
            word_after_article = text.isalpha() and text.islower() and i > span[0] + 1 \
                and tokens[i - 1].text.lower() in determiners
            if article or word_after_article:
                continue  # an article, or one word after it
            if i >= span[1]:
                return None
            continue
        return (i, code) if _determined(tokens, i, span, determiners, bare) else None
    return None


def trigger_text(event: Event) -> str | None:
    """The words that told `event` (its trigger within its evidence sentence), lower case; None where unknown."""
    if event.trigger_start is None or event.trigger_end is None:
        return None
    return event.evidence[event.trigger_start - event.evidence_start:event.trigger_end - event.evidence_start].lower()


def exercise_told(event: Event, words: frozenset[str]) -> bool:
    """Whether `event` was told by an exercise noun among its trigger's words (the language's `exercise_words`):
    "begannen ein gemeinsames Seemanöver", not "entsandte zwei Fregatten in die Nähe des Übungsgebiets" (a show of
    force near an exercise is not one)."""
    text = trigger_text(event)
    if text is None:
        return False
    return exercise_named(["".join(c for c in w if c.isalnum()) for w in text.split()], words)


def pointed_back(tokens: list[Token], spans: list[tuple[int, int]], demonstratives: frozenset[str]) -> bool:
    """Whether a demonstrative stands right before an act noun a verdict names, or one word before it ("Доха
    осудила этот удар", "condemned this latest attack"): the act told just before is the one judged, not an earlier
    one told with the same word (article_fill._told_first: "Israel struck Iran's nuclear sites ... Iran answered by
    striking the base in Qatar. Doha condemned this strike": Iran's strike, the nearest)."""
    return bool(demonstratives) and any(a >= 1 and _determiner_before(tokens, a, demonstratives, letters_between=True)
                                        for a, _b in spans)


def _determined(tokens: list[Token], i: int, span: tuple[int, int], determiners: frozenset[str], bare: bool) -> bool:
    """Whether the kind noun at `i` stands where it names an act told before: right after a determiner ("the
    deliveries"), one word after one ("die neuen Lieferungen"), or, in a language with no articles (`bare`), right
    after the trigger or inside it ("осудил высылку")."""
    bare_after_trigger = bare and i - 1 < span[1]
    return _determiner_before(tokens, i, determiners, letters_between=False) or bare_after_trigger


def _determiner_before(tokens: list[Token], i: int, determiners: frozenset[str], letters_between: bool) -> bool:
    """Whether one of `determiners` stands right before the noun at `i` (i >= 1: "the talks") or one word before it
    ("the resumed talks", "die neuen Lieferungen"); with `letters_between`, that one word is letters only (no comma,
    number or quote: "the talks" named again, not "the 2024 talks")."""
    if tokens[i - 1].text.lower() in determiners:
        return True
    one_word_after = i > 1 and tokens[i - 2].text.lower() in determiners
    return one_word_after and (not letters_between or tokens[i - 1].text.lower().isalpha())


def _trigger_start(e: Event) -> int:
    """An event's first trigger token (0 where none): a sort key (a function of the module, not a lambda made at
    every sort)."""
    return e.trigger_start or 0


def passive_host(groups: list[Group], clause: tuple[int, int], trigger: tuple[int, int], forms: list[frozenset[str]],
                 grammar: Grammar, recent: list[Event]) -> Roles | None:
    """Roles of a summons or expulsion in the passive with no agent ("the Russian ambassador was summoned",
    "был вызван поверенный в делах Эстонии"): the envoy's country is the target; the host is a government
    named in the clause ("ins Auswärtige Amt einbestellt"), else the sentence's speaker before the clause
    ("В МИД РФ заявили, что ..."), else the country the article last showed at odds with the envoy's.
    None where the clause is not such a passive."""
    start = trigger[0]
    if grammar.participle_endings and any(form.endswith(grammar.participle_endings) for form in forms[start]):
        return None  # "Norway is closing two Russian consulates": a present participle, no passive
    # "wurde ... einbestellt"; "Zwei Diplomaten wurden aus Estland ausgewiesen": a pattern that opens on the envoy
    # has the auxiliary inside it; German perfect passives put it after the participle ("waren ... ausgewiesen worden")
    after = min(trigger[1] + 1, clause[1]) if grammar.verb_final else trigger[1]
    if future_not_passive(forms, clause, grammar):
        return None  # "Polen wird drei Diplomaten ausweisen": "wird" and an infinitive, a future, no passive
    # (German puts the auxiliary second and the participle last: "wurde am Freitag ins Außenministerium einbestellt")
    reach = clause[0] if grammar.verb_final else max(clause[0], start - 3)
    if not any(forms[i] & grammar.passive_auxiliaries for i in range(reach, after)):
        return None
    in_clause = [g for g in groups if clause[0] <= g.start < clause[1]]
    if any(g.marker in grammar.agent_markers for g in in_clause):
        return None  # "convoqué par la Moldavie": the ordinary passive reading names the host
    # the passive's subject: the free phrase nearest before the verb ("Moscow said Estonia's envoy had been
    # summoned": not the speaker), else the first (the envoy may follow: "был вызван поверенный в делах Эстонии")
    envoy = next((g for g in in_clause[::-1] if g.marker is None and g.end <= start), None) \
        or next((g for g in in_clause if g.marker is None), None) or (in_clause[0] if in_clause else None)
    if envoy is None:
        return None
    guest = party(envoy.members[0].code)
    roles = Roles(targets=list(envoy.members))
    host = next((g for g in in_clause if g is not envoy and party(g.members[0].code) != guest), None)
    if host is None:
        host = next((g for g in groups if g.end <= clause[0] and party(g.members[0].code) != guest), None)
        roles.from_outside_clause = host is not None
    if host is not None:
        roles.sources = list(host.members)
        return roles
    answered = latest_exchange(guest, recent)
    if answered is None:
        return roles  # "Trois diplomates français ont été expulsés": still the target, never the one who expelled
    event, side = answered
    roles.sources = [from_event(event, side, note="the host the article last showed at odds with the envoy's country",
                                fill=HOST_AT_ODDS)]
    roles.from_outside_clause = True
    return roles


SAME_ACT_CHARS: Final = CONTEXT_CHARS  # how far back the act that "hizo lo mismo" repeats may be told
# "Österreich verhängte Einreisesperren gegen Dodik. Die Ministerin begründete die Maßnahme damit, dass Dodik ...
# gefährde. Polen schloss sich an": a reason given for one's own measure (its rule's id) is no act another joins
REASONS: Final = ("justified_",)


def phrases_at(tokens: list[Token], phrases: tuple[tuple[str, ...], ...], lemma_ends: bool = False
               ) -> list[tuple[int, tuple[str, ...]]]:
    """Where each of `phrases` stands in the tokens (by word or lemma): (its first token, its words). A first check
    skips a sentence where no phrase's last word is written; with `lemma_ends`, one whose lemma only is that word
    ("se pronunciaron" for "pronunció") is read too (same_words' phrases end in a verb, "did the same"'s in a
    pronoun)."""
    lasts = {w[-1] for w in phrases}
    if lasts.isdisjoint(map(str.lower, map(token_text, tokens))) and not (
            lemma_ends and any(t.lemma.lower() in lasts for t in tokens)):
        return []  # most sentences: no phrase ends in them (one pass in C)
    found = []
    for i in range(len(tokens)):
        words = next((w for w in phrases if len(tokens) - i >= len(w) and all(
            word in (t.text.lower(), t.lemma.lower()) for word, t in zip(w, tokens[i:i + len(w)], strict=True))), None)
        if words is not None:
            found.append((i, words))
    return found


def _gerund(token: Token, gerunds: tuple[str, ...], not_gerunds: frozenset[str]) -> bool:
    """A gerund ("siguiendo", "following", "последовав"): its subject is its clause's, not the name before it."""
    word = token.text.lower()
    return bool(gerunds) and word.endswith(gerunds) and word not in not_gerunds


def followed_precedents(sentence: Sentence, mentions: list[ActorMention], phrases: tuple[tuple[str, ...], ...],
                        gerunds: tuple[str, ...], not_gerunds: frozenset[str]) -> list[ActorMention]:
    """"Argentina abandonó la OMS, siguiendo los pasos de Washington", "последовав примеру США": a gerund of a
    phrase that repeats an act tells that the clause's own subject did what the name after it did first; that
    name (the precedent) is no party of the clause's act, and the name before the gerund repeats nothing."""
    tokens = sentence.tokens
    found = []
    for i, words in phrases_at(tokens, phrases):
        if not _gerund(tokens[i], gerunds, not_gerunds):
            continue
        end = i + len(words)
        # (a preposition and an article before the name: "siguiendo los pasos de Washington")
        found += [m for m in mentions if end <= m.token_start <= end + _PRECEDENT_REACH]
    return found


def repeaters(sentence: Sentence, mentions: list[ActorMention], phrases: tuple[tuple[str, ...], ...],
              stops: frozenset[str], joiners: frozenset[str] = frozenset(),
              gerunds: tuple[str, ...] = (), not_gerunds: frozenset[str] = frozenset()
              ) -> list[tuple[int, tuple[str, ...], ActorMention]]:
    """Each phrase that repeats an act ("hizo lo mismo", "did the same") with its subject, the actor right before
    it (no preposition before that actor): (the phrase's first token, its words, the subject), once per subject
    where `joiners` (commas, the language's conjunctions) list several ("Auch Belgien, Malta und Portugal
    schlossen sich an"). The subject is none of the sentence's other acts' parties ("recalled their ambassadors to
    Israel, and Honduras did the same": Honduras is no second country the ambassadors were recalled from). A
    phrase opened by a gerund repeats nothing (`followed_precedents`)."""
    tokens = sentence.tokens
    found = []
    for i, words in phrases_at(tokens, phrases):
        if _gerund(tokens[i], gerunds, not_gerunds):
            continue
        subject = subject_before(mentions, tokens, i, stops)
        after = subject is None
        if subject is None:  # "то же самое сделал Гондурас": a subject put after the phrase, right after it, or
            # after its verb ("аналогичный шаг сделали Великобритания и Канада"; not after a preposition: "similar
            # steps against Niger")
            end = i + len(words)
            subject = next((m for m in mentions if end <= m.token_start <= end + _VERB_AFTER
                            and not any(t.text in _BREAKS_AND_STOP or t.text.lower() in stops
                                        for t in tokens[end:m.token_start])), None)
        if subject is not None:
            found.append((i, words, subject))
            found += [(i, words, m) for m in listed_with(subject, mentions, tokens, joiners, stops, forward=after)]
    return found


# "Panamá hizo lo mismo", "Auch Polen schloss sich an": the words between a repeating phrase's subject and the phrase
_SUBJECT_REACH: Final = 3
# "аналогичный шаг сделали Великобритания": the words (its verb) between a phrase and a subject put after it
_VERB_AFTER: Final = 1
_BREAKS_AND_STOP: Final = PHRASE_BREAKS | {"."}  # the phrase breaks and the full stop


def _stopped(m: ActorMention, tokens: list[Token], stops: frozenset[str]) -> bool:
    """Whether one of `stops` (a preposition) stands right before the actor: it is no subject."""
    return m.token_start > 0 and tokens[m.token_start - 1].text.lower() in stops


def subject_before(mentions: list[ActorMention], tokens: list[Token], at: int, stops: frozenset[str],
                   reach: int | None = _SUBJECT_REACH) -> ActorMention | None:
    """The subject of a phrase at token `at`, an actor before it with no preposition (one of `stops`) before it:
    the nearest such that ends within `reach` words of the phrase ("Panamá hizo lo mismo"); with no `reach`, the
    nearest actor before the phrase anywhere in its clause (no comma between) and only where that one has no
    preposition ("Nicaragua se sumó con un mensaje en términos similares", not "... con Cuba en términos
    similares")."""
    if reach is not None:
        return next((m for m in reversed(mentions) if m.token_end <= at and at - m.token_end <= reach
                     and not _stopped(m, tokens, stops)), None)
    m = next((m for m in reversed(mentions) if m.token_end <= at and m.token_start >= 0), None)
    if m is None or _stopped(m, tokens, stops) or any(t.text == "," for t in tokens[m.token_end:at]):
        return None
    return m


def listed_with(anchor: ActorMention, mentions: list[ActorMention], tokens: list[Token], joiners: frozenset[str],
                stops: frozenset[str] = frozenset(), forward: bool = False) -> list[ActorMention]:
    """The actors listed before `anchor` (or, `forward`, after it), nearest first, with only `joiners` between them
    ("Belgien, Malta und Portugal", "Colombia, Chile y España"); a list before it ends at an actor with one of
    `stops` before it."""
    listed: list[ActorMention] = []
    current = anchor
    for m in (mentions if forward else reversed([m for m in mentions if m.token_end <= anchor.token_start])):
        if forward and m.token_start < current.token_end:
            continue
        between = tokens[current.token_end:m.token_start] if forward else tokens[m.token_end:current.token_start]
        if not between or not all(t.text.lower() in joiners for t in between) or _stopped(m, tokens, stops):
            break
        listed.append(m)
        current = m
    return listed


# "L'Allemagne n'a pas fait de même", "Germany did not do the same": the words before
_SAME_ACT_NEGATION_REACH: Final = 3


def same_act(sentence: Sentence, mentions: list[ActorMention], phrases: tuple[tuple[str, ...], ...],
             stops: frozenset[str], targets: frozenset[str], events: list[Event], joiners: frozenset[str] = frozenset(),
             negation: frozenset[str] = frozenset(),
             gerunds: tuple[tuple[str, ...], frozenset[str]] = ((), frozenset())) -> list[Event]:
    """"Perú y Ecuador retiraron a sus embajadores en Venezuela, y Panamá hizo lo mismo": a phrase that repeats
    an act (the language's `same_act_phrases`) with its own subject, the actor right before it (no preposition
    before that actor), copies the latest act told before the phrase (in the sentence or within SAME_ACT_CHARS
    before it) by another party: every event of that trigger, with the new subject as source (and the phrase's own
    target, marked by one of `targets`, where it names one). A phrase with one of `negation` right before it
    ("n'a pas fait de même", "did not do the same") says the act did not happen: the copies are negated. The one the
    act was aimed at doing the same answers it in kind ("Mali expelled two Algerian diplomats; Algeria did the
    same"): its copy is aimed back at the act's author (not for an act with no direction: a deal, talks)."""
    tokens = sentence.tokens
    found: list[Event] = []
    for i, words, subject in repeaters(sentence, mentions, phrases, stops, joiners, *gerunds):
        at = tokens[i].start
        negated = any(t.text.lower() in negation for t in tokens[max(0, i - _SAME_ACT_NEGATION_REACH):i])
        before = [e for e in events if e.factual and e.source and e.target and (e.trigger_end or 0) <= at
                  and at - e.evidence_start < SAME_ACT_CHARS and not _reason(e)]
        if not before:
            continue
        me = party(subject.code)
        others = [e for e in before if party(e.source or "") != me]
        if not others:
            continue
        # the main act of the latest sentence that told one: its first trigger ("Francia condenó el ataque de
        # Rusia ..., y Alemania siguió su ejemplo" repeats the condemnation, not the attack)
        told = max(e.evidence_start for e in others)
        latest = min((e for e in others if e.evidence_start == told), key=_trigger_start)
        end = i + len(words)
        # "Japón hizo lo mismo con Corea del Norte": a target of its own right after the phrase
        own = next((m for m in mentions if end < m.token_start <= end + 2
                    and tokens[m.token_start - 1].text.lower() in targets), None)
        for e in before:
            if (e.trigger_start, e.rule) != (latest.trigger_start, latest.rule):
                continue
            target, text, entry = (own.code, own.surface, own.entry) if own else (e.target, e.target_text,
                                                                                  e.target_entry)
            if party(target or "") == me and own is None and e.plover not in SYMMETRIC_TYPES:
                target, text, entry = e.source, e.source_text, e.source_entry  # in kind: back at the author
            if party(target or "") == me or any((f.source, f.target, f.plover) == (subject.code, target, e.plover)
                                                for f in found):
                continue
            found.append(replace(e, source=subject.code, source_text=subject.surface, source_entry=subject.entry,
                                 target=target, target_text=text, target_entry=entry, negated=negated or e.negated,
                                 evidence=sentence.text, evidence_start=sentence.start, evidence_end=sentence.end,
                                 trigger_start=at, trigger_end=tokens[end - 1].end))
    return found


def _reason(event: Event) -> bool:
    """Whether the event is the reason its source gave for an act of its own (`REASONS`), not an act."""
    return event.rule.partition(".")[2].startswith(REASONS)


def compared_actors(sentence: Sentence, mentions: list[ActorMention], words: tuple[frozenset[str], frozenset[str],
                    frozenset[str]], joiners: frozenset[str]) -> tuple[int, list[ActorMention]]:
    """"Niamey a rappelé son ambassadeur en Algérie, comme Bamako et Ouagadougou", "comme l'ont fait le Cameroun et le
    Tchad", "comme le Royaume-Uni et l'Allemagne avant elles": after a comma, one of the language's comparison words
    (`words`: openers, fillers that may follow them, closers) and a list of actors that closes the clause (the
    sentence's end, a punctuation mark or a closer right after it). Returns the comma's character offset and the
    listed actors, or (0, []) where the sentence has no such list."""
    openers, fillers, closers = words
    tokens = sentence.tokens
    ordered = sorted(mentions, key=lambda m: m.token_start)
    for i in range(1, len(tokens) - 1):
        if tokens[i - 1].text != "," or tokens[i].text.lower() not in openers:
            continue
        k, listed = i + 1, list[ActorMention]()
        for m in ordered:
            if m.token_start < k:
                continue
            gap = {t.text.lower() for t in tokens[k:m.token_start]}
            if not gap <= (joiners if listed else fillers | joiners - {","}):
                break
            if listed and m.token_start == k:
                listed.pop()  # "le Congolais Denis Sassou Nguesso": the nationality word is the name's title
            listed.append(m)
            k = m.token_end
        if listed and (k >= len(tokens) or tokens[k].text in _BREAKS_AND_STOP or tokens[k].text.lower() in closers):
            return tokens[i - 1].start, listed
    return 0, []


def compared(told: list[Event], comma: int, listed: list[ActorMention]) -> list[Event]:
    """Each act of `told` (the sentence's events) told before the comma at character `comma`, done again by each of
    the actors `compared_actors` listed after it: a copy with that actor as source (none where it is a party of the
    act already)."""
    found: list[Event] = []
    for e in told:
        if not e.factual or not e.source or not e.target or (e.trigger_end or 0) > comma:
            continue
        for m in listed:
            if party(m.code) in (party(e.source), party(e.target)) or any(
                    (f.source, f.target, f.cameo) == (m.code, e.target, e.cameo) for f in found):
                continue
            found.append(replace(e, source=m.code, source_text=m.surface, source_entry=m.entry))
    return found


_PRECEDENT_REACH: Final = 2  # "Nach den USA": an article between the preposition and the first actor


def precedents(sentence: Sentence, mentions: list[ActorMention], told: list[Event], openers: frozenset[str],
               also: frozenset[str], joiners: frozenset[str]) -> list[Event]:
    """"Nach Großbritannien und Kanada hat am Montag auch Frankreich Palästina anerkannt": a sentence opened by one
    of `openers` and a list of actors, then its verb, whose subject follows one of `also`: each listed actor did the
    act of that subject before (a copy of each of the subject's events in `told`, the sentence's events, with the
    listed actor as source; none whose target is a listed actor: "Nach Moskau reiste auch ..." went there)."""
    tokens = sentence.tokens
    if not openers or not told or not tokens or tokens[0].text.lower() not in openers:
        return []
    listed: list[ActorMention] = []
    for m in mentions:
        if not listed:
            if not 1 <= m.token_start <= _PRECEDENT_REACH:
                return []
        elif not all(t.text.lower() in joiners for t in tokens[listed[-1].token_end:m.token_start]):
            break
        listed.append(m)
    if not listed or listed[-1].token_end >= len(tokens) or not tokens[listed[-1].token_end].text[:1].islower():
        return []  # the list ends at the finite verb
    subject = next((m for m in mentions if m.token_start > listed[-1].token_end
                    and tokens[m.token_start - 1].text.lower() in also), None)
    if subject is None:
        return []
    me, first = party(subject.code), {party(m.code) for m in listed}
    found: list[Event] = []
    for e in told:
        if not e.factual or party(e.source or "") != me or party(e.target or "") in first | {me}:
            continue
        for m in listed:
            if not any((f.source, f.target, f.cameo) == (m.code, e.target, e.cameo) for f in found):
                found.append(replace(e, source=m.code, source_text=m.surface, source_entry=m.entry))
    return found
