"""Who is the source and who the target of a trigger: actor groups and the words that mark them.

Coordinated actors ("Kuba, Nicaragua und China") form one group. Each group is
marked by the preposition that governs it ("gegen", "with", "por" ...), if
any; a German or Romance genitive ("die Erweiterung der Nato", "la ruptura de
relaciones con Israel") inherits the marker of the noun phrase it hangs on.
The role finder then reads the clause: the unmarked group is the subject, a
group after a target marker is the target, a passive agent ("von", "by",
"por", "par") is the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Final

from realpolitik.actors.datelines import dateline_dash
from realpolitik.actors.references import members
from realpolitik.codes import country_of, is_armed_group, party, same_party, side_of
from realpolitik.events.article import FORCE_TYPES, VERDICT_TYPES
from realpolitik.events.clauses import is_infinitive_clause, opens_prepositional_relative, sentence_forms
from realpolitik.events.rules import Grammar, Rule, absent, joined
from realpolitik.language.tokens import ANY_QUOTE_MARKS, DASHES
from realpolitik.model import PLACE, ActorMention, Sentence, Token

_LOOKBACK: Final = 4
_ADDRESSEE_REACH: Final = 6  # "a la comunidad internacional que": an unnamed addressee is a short noun phrase
_LOCATION_REACH: Final = 8  # "attacked targets in Yemen": a place near the trigger, not one named clauses away
_ELIDED: Final = ("l'", "l’", "d'", "d’")  # French elided articles written onto the next word
TRIGGER_OBJECT: Final = "~trigger"  # marker of a group governed by a preposition that is part of the trigger
REPORT_SOURCE: Final = "~report"  # "nach Angaben aus Seoul": who says so, neither source nor target of the event
WITNESS: Final = "~witness"  # "im Beisein von Meloni unterzeichnet": present at the act, no party of it
COMPOUND: Final = "~compound"  # "the Iran-backed group": the name qualifies a noun, neither source nor target
# Prepositions that give an official's post ("ambassador to the UN", "Botschafter in Berlin", "à l'ONU").
_POSTS: Final = frozenset({"to", "at", "in", "im", "bei", "beim", "à", "au", "auprès", "en", "ante", "в", "при"})


def elided_de(word: str) -> bool:
    """French "d'Israël", "d’Ukraine": the preposition "de" written onto the next word (a genitive like "de la
    Russie" where the language has "de" among its genitive markers)."""
    return word[:2].lower() in ("d'", "d’")


@dataclass
class Group:
    members: list[ActorMention]
    start: int  # first token
    end: int  # last token + 1
    marker: str | None = None  # the governing preposition's lemma
    marker_index: int | None = None  # where that preposition stands
    genitive: bool = False
    possessive: bool = False  # "Russlands", "Russia's": attached to the next noun
    attached: bool = False  # the post of the actor before it: "l'ambassadeur américain à l'ONU"
    instrumental: bool = False  # Russian "Китаем", "Евросоюзом": the agent of a passive ("задержаны Китаем")

    @property
    def codes(self) -> list[str]:
        return [m.code for m in self.members]

    @property
    def free(self) -> bool:
        """No preposition, no genitive, no possessive: a name that can be a clause's subject or object."""
        return self.marker is None and not self.genitive and not self.possessive


@dataclass
class Roles:
    sources: list[ActorMention] = field(default_factory=list)
    targets: list[ActorMention] = field(default_factory=list)
    passive: bool = False
    from_outside_clause: bool = False
    target_from_context: bool = False  # the target was taken from an earlier sentence's event
    mutual: bool = False  # "Kämpfe zwischen X und Y", "Attacken der X und der Y": each side against the other
    # "le Rwanda, qu'il accuse de ...": where the subject pronoun of an object relative clause stands; the source it
    # stands for is named outside the clause, but attaches to the verb through the pronoun (events/confidence.py)
    subject_pronoun: int | None = None
    # "Le Niger accuse ..., ce que Cotonou dément": the claim a denial answers was made in its own sentence, by the
    # target; no earlier sentence's speaker made it (events/article._deny_claim)
    claimant_named: bool = False
    # «...», a déclaré X: the source is the speaker of the quotation the trigger stands in, outside its clause but
    # as sure as a subject of its own (events/coder: no weak source for the article's context)
    quoted_speaker: bool = False
    # "Belarus denies supporting the Russian army": the denial's content named the party its help would have reached,
    # no addressee of the denial, but the article's claimant still answers it (events/article._deny_claim)
    content_party: bool = False


def expand_references(mentions: list[ActorMention]) -> list[ActorMention]:
    """A reference to "both countries" (note "refers:RUS,VEN") stands for each actor it names."""
    expanded: list[ActorMention] = []
    for m in mentions:
        codes = members(m)
        if not m.resolved or not codes:
            continue
        if len(codes) > 1:
            expanded.extend(_copy_with_code(m, code) for code in codes)
        else:
            expanded.append(m)
    return expanded


_MEMBER_KINDS: Final = frozenset({"country", "capital", "adjective"})  # a member state as a list names it


def apposed_members(sentence: Sentence, actors: list[ActorMention], grammar: Grammar) -> list[ActorMention]:
    """"La AES, integrada por Malí, Burkina Faso y Níger, condenó ...", "the AES (Mali, Burkina Faso, Niger)":
    the members a bloc's apposition lists stand for the bloc in its events, each in the bloc's place (one fact
    per member, EVAL.md), and are no party of their own. Only the events read this: the relations stage keeps
    the bloc, which the same words make the members' organisation."""
    tokens = sentence.tokens
    out = list(actors)
    for k, bloc in enumerate(actors):
        if bloc.kind != "organisation" or not any(m is bloc for m in out):
            continue
        rest = [m for m in actors[k + 1:] if m.token_start >= bloc.token_end]
        end = bloc.token_end
        if rest and rest[0].code == bloc.code and all(t.text in ("(", ",") for t in tokens[end:rest[0].token_start]):
            end = rest[0].token_end  # "la Alianza de Estados del Sahel (AES), compuesta por ..."
            if end < len(tokens) and tokens[end].text == ")":
                end += 1
            rest = rest[1:]
        if end + 2 < len(tokens) and tokens[end].text == "-" and tokens[end + 1].text[:1].isalpha():
            end += 2  # "die Nato-Staaten, darunter Polen und Litauen": the compound's head belongs to the bloc
        listed = _member_list(tokens, end, rest, grammar)
        if listed:
            out = [m for m in out if m is not bloc and not any(m is x for x in listed)]
            out += [replace(m, surface=bloc.surface, start=bloc.start, end=bloc.end, token_start=bloc.token_start,
                            token_end=bloc.token_end) for m in listed]
    return sorted(out, key=lambda m: m.token_start) if len(out) != len(actors) else out


def _member_list(tokens: list[Token], end: int, rest: list[ActorMention], grammar: Grammar) -> list[ActorMention]:
    """The states listed right after a bloc (ending at `end`) by an apposition that names its members, closed
    by a comma, a bracket or the sentence's end; two at least."""
    if not rest or end >= len(tokens):
        return []
    bracket = tokens[end].text == "("
    lead = [t.text.lower() for t in tokens[end + 1:rest[0].token_start]]
    while lead and lead[-1] in grammar.determiners:
        lead.pop()
    if lead and lead[-1] in grammar.genitive_markers and " ".join(lead) not in grammar.member_intros:
        lead.pop()  # "composée du Mali", "made up of the United States"
    if not (bracket and not lead or tokens[end].text == "," and " ".join(lead) in grammar.member_intros):
        return []
    joiners = grammar.coordination | grammar.determiners | grammar.genitive_markers | {","}
    listed = [rest[0]]
    for m in rest[1:]:
        if not all(t.text.lower() in joiners for t in tokens[listed[-1].token_end:m.token_start]):
            break
        listed.append(m)
    close = tokens[listed[-1].token_end].text if listed[-1].token_end < len(tokens) else "."
    closed = close == ")" if bracket else close in (",", ".", ";")
    if len(listed) < 2 or not closed or not all(m.country and m.kind in _MEMBER_KINDS for m in listed):
        return []
    return listed


def _copy_with_code(m: ActorMention, code: str) -> ActorMention:
    return ActorMention(code=code, surface=m.surface, start=m.start, end=m.end, token_start=m.token_start,
                        token_end=m.token_end, country=country_of(code), kind=m.kind, entry=m.entry,
                        dictionary_version=m.dictionary_version, note=m.note)


def build_groups(sentence: Sentence, mentions: list[ActorMention], grammar: Grammar,
                 barriers: frozenset[int] = frozenset()) -> list[Group]:
    """Coordinated mentions become one group, each group marked by its governing preposition."""
    groups = group_mentions(sentence, mentions, grammar)
    mark_groups(sentence, groups, grammar, barriers)
    return groups


def group_mentions(sentence: Sentence, mentions: list[ActorMention], grammar: Grammar) -> list[Group]:
    """Coordinated mentions ("Kuba, Nicaragua und China") become one group, not yet marked."""
    tokens = sentence.tokens
    groups: list[Group] = []
    for m in mentions:
        if groups and _informant_closed(tokens, groups[-1], m.token_start, grammar):
            groups.append(Group(members=[m], start=m.token_start, end=m.token_end))
            continue  # "По словам Захаровой, Москва выслала ...": the informant's phrase ends at its comma
        if groups and m.code == groups[-1].members[-1].code and \
                all(t.text in ("(", "[", ",") for t in tokens[groups[-1].end:m.token_start]) and \
                not _place_then_person(groups[-1].members[-1], m, tokens[groups[-1].end:m.token_start]) and \
                not _body_then_capital(groups[-1].members[-1], m, tokens[groups[-1].end:m.token_start]):
            groups[-1].end = max(groups[-1].end, m.token_end)  # "Strafgerichtshof (IStGH)": the same actor again
            continue
        if groups and grammar.verb_final and _owner_of_own_body(groups[-1], m):
            # "Irans Revolutionsgarden", "Chinas Küstenwache": the state's -s name owns its own body, one actor
            groups[-1].members = [m]
            groups[-1].end = m.token_end
            continue
        gap = m.token_start - groups[-1].end if groups else -1
        # (past three words only an additive link ("as well as") joins: the two readings of the last group that
        # `_coordinated` weighs are made only for a short gap)
        if gap >= 0 and (
                0 < gap <= _LIST_GAP and _coordinated(tokens, groups[-1].end, m.token_start, grammar,
                                                      _opening_apposition(tokens, groups[-1], grammar),
                                                      _after_genitive(tokens, groups[-1], grammar))
                or gap > _LIST_GAP and _additive(tokens[groups[-1].end:m.token_start], grammar)
                or _parallel_genitive(tokens, groups[-1], m.token_start, grammar)):
            groups[-1].members.append(m)
            groups[-1].end = max(groups[-1].end, m.token_end)
            continue
        if (gap == 0 and tokens[groups[-1].end - 1].text in ("-", "‐")
                or gap == 1 and tokens[groups[-1].end].text in ("-", "‐")
                and groups[-1].members[-1].kind == "adjective") and m.kind == "adjective":
            # "franco-allemand", "américano-iranien", "американо-южнокорейское" (the hyphen a token of its own
            # between the two stems): a prefix and an adjective, a pair
            groups[-1].members.append(m)
            groups[-1].end = m.token_end
            continue
        if groups and m.token_start < groups[-1].end:  # the same words read twice (a pair reference)
            groups[-1].members.append(m)
            continue
        groups.append(Group(members=[m], start=m.token_start, end=m.token_end))
    return [part for g in groups for part in _unclosed_list(g, tokens, grammar)]


def _owner_of_own_body(group: Group, m: ActorMention) -> bool:
    """German "Irans Revolutionsgarden": a country's one-word genitive right before a body of the same country that
    the dictionary names on its own (an agent code: IRNMIL) is that body's owner, not a second actor."""
    if len(group.members) != 1 or group.end != m.token_start:
        return False
    owner = group.members[0]
    return owner.genitive and owner.token_end - owner.token_start == 1 and len(owner.code) == 3 \
        and len(m.code) > 3 and side_of(m.code) == owner.code


def _body_then_capital(before: ActorMention, m: ActorMention, gap: list[Token]) -> bool:
    """"nach Angaben griechischer Diplomaten Athen zugesichert": a body named by its state's adjective and, right
    after it, that state's capital are two phrases (the informant, then the object), not one actor named twice."""
    return not gap and before.kind == "agent" and m.kind == "capital"


def _place_then_person(before: ActorMention, m: ActorMention, gap: list[Token]) -> bool:
    """"В Москве Путин провёл переговоры с Моди", "À Kiev, Volodymyr Zelensky a appelé ...", "In Moscow, Putin
    said": a city and, right after it (a comma at most between), a leader or official of its state are two
    phrases (where the clause happens, and its subject), not the same actor named twice. A seat after its comma
    too ("À l'Élysée, Emmanuel Macron et Daniel Noboa ont signé ...": the palace is where they signed)."""
    if gap and (gap[0].text != "," or len(gap) > 2 or len(gap) == 2 and not _article_like(gap[1].text)):
        return False  # (", le ministre ...": an article after the comma)
    seat = before.kind == "seat" and bool(gap)
    return (before.kind in ("capital", PLACE) or before.entry.startswith("capitals:") or seat) \
        and m.kind in ("leader", "agent")


def _article_like(word: str) -> bool:
    """A short lower-case word that opens a noun phrase ("le", "la", "l'", "the", "el"): no name of its own."""
    return word.islower() and len(word.rstrip("'’")) <= 3


def _informant_closed(tokens: list[Token], group: Group, start: int, grammar: Grammar) -> bool:
    """A group named by a report phrase ("по словам Захаровой", "according to Peskov", "laut Kiew") and a comma
    after it: the next name opens the clause ("По словам Пескова, Москва и Вашингтон обменялись ..."), it is
    neither the informant again nor a second one."""
    return any(t.text == "," for t in tokens[group.end:start]) and bool(
        grammar.report_nouns or grammar.report_prepositions) and _reported_by(tokens, group, grammar)


def split_clause_subject(sentence: Sentence, groups: list[Group], triggers, forms: list[frozenset[str]],
                         grammar: Grammar) -> tuple[list[Group], list[int]] | None:
    """"Russia attacked Ukraine and Poland condemned the strikes", "summoned the Iranian ambassador and France
    condemned the seizure", "struck Ukraine's grid and Poland scrambled jets": a name after "and" that a finite
    verb follows (a trigger, a past form, "has") is the subject of a coordinated clause, once a trigger stands
    before it. A list after a verb's trigger (articles between) loses that name. The groups and the conjunctions
    where a clause opens, or None where there is none (SVO languages)."""
    if grammar.verb_final or not triggers:
        return None
    tokens = sentence.tokens
    inside = {i for m in triggers for i in m.tokens}
    heads = {m.span[0] for m in triggers}
    first_trigger = min(inside)
    out: list[Group] = []
    cuts: list[int] = []

    def verb_at(i: int) -> bool:
        word = tokens[i].text if i < len(tokens) else ""
        if word.lower() in grammar.roles.clause_clitics and i + 1 < len(tokens):
            i, word = i + 1, tokens[i + 1].text  # "y Hungría lo justificó": a pronoun before the verb
        if word and participle_complement(tokens, i, grammar):
            return False  # "des entreprises chinoises et turques accusées de fournir ...": a participle, no verb
        return i in heads and i not in inside - heads or word.isalpha() and word.islower() and (
            word.endswith(grammar.past_endings or ("\0",)) or bool(forms[i] & grammar.roles.have))

    def conjunction_before(start: int, after_comma: bool = False) -> int | None:
        c = start - 1
        if c >= 0 and forms[c] & grammar.determiners:
            c -= 1
        # after a comma also a contrastive conjunction: "..., а Польша назвала", "..., pero Chile condenó"
        joining = grammar.coordination | grammar.conjunctions if after_comma else grammar.coordination
        return c if c > first_trigger and forms[c] & joining and (
            after_comma or "," not in forms[c - 1]) else None

    for g in groups:
        resumed = _after_insertion(tokens, g, grammar)
        # (after the insertion also a verb of saying: "and the GCC's secretary-general, Jasem Albudaiwi, said ...")
        inserted = not verb_at(g.end) and (verb_at(resumed) or resumed < len(tokens) and resumed > g.end
                                           and bool(forms[resumed] & grammar.roles.incise_verbs))
        if not verb_at(g.end) and not inserted or _genitive_list(tokens, g, grammar):
            out.append(g)
            continue
        last = g.members[-1]
        k = next(k for k, m in enumerate(g.members) if m.token_start == last.token_start)
        before = g.start - 1
        while before >= 0 and forms[before] & (grammar.determiners | grammar.possessives):
            before -= 1
        c = conjunction_before(last.token_start)
        if inserted:  # (a list after a trigger keeps its names: only a whole group opens a clause here)
            c = conjunction_before(g.start, after_comma=True) if k == 0 else None
            out.append(g)
            cuts.extend([c] if c is not None else [])
        elif k > 0 and before in inside and c is not None and not _subject_after_noun(tokens, g, before, grammar):
            head = g.members[:k]
            out.append(Group(members=head, start=g.start, end=max(m.token_end for m in head)))
            out.append(Group(members=g.members[k:], start=last.token_start, end=g.end))
            cuts.append(c)
        elif k == 0 and (c := conjunction_before(g.start, after_comma=True)) is not None:
            # ", and Taiwan accused Beijing": a whole group (no list with a name before the comma) opens a clause
            out.append(g)
            cuts.append(c)
        else:
            out.append(g)
    return (out, cuts) if cuts else None


_SAXON_GENITIVES: Final = frozenset({"'s", "’s"})
_INSERTION_HEAD: Final = 4  # "'s secretary-general": the words of the office after a possessive name
_INSERTION_REACH: Final = 15  # ", who co-chairs a regional peace process,": the words an inserted phrase may take


def _after_insertion(tokens: list[Token], g: Group, grammar: Grammar) -> int:
    """Where the clause goes on after a phrase inserted between commas right after a name (an apposition ", Sheikh
    Mohamed bin Zayed,", a relative clause ", who co-chairs the process,", ", qui copréside le processus,"): ", and
    the UAE president, Sheikh Mohamed bin Zayed, flew to Doha" opens a clause whose verb stands after it. The
    group's end where there is none (no comma there, or no closing comma in reach)."""
    end = g.end
    if end < len(tokens) and tokens[end].text in _SAXON_GENITIVES:  # "the African Union's commission chairman, X,"
        end += 1
        while end < len(tokens) and end - g.end <= _INSERTION_HEAD and (
                tokens[end].text == "-" or tokens[end].text.isalpha() and tokens[end].text.islower()):
            end += 1
    if end + 1 >= len(tokens) or tokens[end].text != ",":
        return g.end
    if any(tokens[i].text == "," for i in range(g.start, end)):
        return end + 1  # the group holds the apposition ("the king of Bahrain, Hamad bin Isa,"): this comma closes it
    first = tokens[end + 1].text
    if not (first[:1].isupper() or first.lower() in grammar.subordinators):
        return g.end
    closing = next((j for j in range(end + 2, min(len(tokens), end + _INSERTION_REACH))
                    if tokens[j].text in (",", ";", ".")), None)
    return closing + 1 if closing is not None and tokens[closing].text == "," else g.end


def _genitive_list(tokens: list[Token], g: Group, grammar: Grammar) -> bool:
    """Russian "Встреча России и Украины прошла", "переговоры министров Армении и Азербайджана прошли": a list whose
    names are all inflected to a form a genitive may have (no base form) hangs on the noun before it; its last name is
    no nominative, so no subject of a clause of its own. An acronym after an inflected first name shares its case
    ("Переговоры России и США прошли": США does not decline, and was read as the subject of "прошли")."""
    if not grammar.verb_lemma_endings or len(g.members) < 2:
        return False
    firsts = [tokens[m.token_start] for m in g.members]
    return _inflected_genitive(firsts[0]) and all(_inflected_genitive(t) or _acronym(t) for t in firsts[1:])


def _inflected_genitive(token: Token) -> bool:
    """A word inflected away from its base form to one a genitive may have ("России", not "Россия" nor "США")."""
    return token.text.isalpha() and not token.text.isupper() and token.text.lower() != token.lemma.lower() \
        and _genitive_form(token)


def _acronym(token: Token) -> bool:
    """An indeclinable acronym in capitals ("США", "КНДР", "ОАЭ")."""
    return token.text.isalpha() and token.text.isupper() and len(token.text) > 1


def _subject_after_noun(tokens: list[Token], g: Group, before: int, grammar: Grammar) -> bool:
    """Russian "По итогам переговоров Россия и Китай подписали ...": after a noun trigger (no verb) a list that opens
    with a name in its base form is the clause's subject, not the noun's genitive nor a verb's object."""
    if not grammar.verb_lemma_endings or grammar.verb_lemma(tokens[before].lemma):
        return False
    first = tokens[g.members[0].token_start]
    return first.text.isalpha() and first.text.lower() == first.lemma.lower()


def participle_complement(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """A participle with the complement that makes it a reduced passive ("accusées de", "accused of"), by the
    grammar's `reduced_passive_complements`."""
    if i + 1 >= len(tokens) or not grammar.reduced_passive_complements:
        return False
    after = tokens[i + 1].text.lower().replace("’", "'")
    if "'" in after:
        after = after.split("'")[0] + "'"
    return any(f"{form} {after}" in grammar.reduced_passive_complements
               for form in (tokens[i].text.lower(), tokens[i].lemma.lower()))


def _after_genitive(tokens: list[Token], group: Group, grammar: Grammar) -> bool:
    """The group hangs on a genitive marker ("des diplomates de l'Estonie", "le soutien de la Chine"): a list
    after it repeats the marker ("de l'Estonie, de la Lettonie et de la Lituanie", "de la Chine et de la Russie")."""
    head = group.members[0]
    if elided_de(tokens[head.token_start].text) and "de" in grammar.genitive_markers:
        return True  # "sous la médiation d'Ankara et de l'ONU": the elided "de" is written onto the first name
    return any(t.text.lower() in grammar.genitive_markers for t in tokens[max(0, group.start - 2):head.token_end])


def _parallel_genitive(tokens: list[Token], group: Group, start: int, grammar: Grammar) -> bool:
    """"los presidentes de Colombia, Gustavo Petro, y de Ecuador, Daniel Noboa", "les ministres du Chili, X, et
    du Pérou", "the ministers of Chile, X, and of Peru": a second genitive after a comma and a conjunction
    continues the first one's noun when the first group hangs on the same marker; the comma closes an
    apposition, not a clause."""
    gap = tokens[group.end:start]
    genitive = grammar.genitive_markers
    if group.start > 2 and tokens[group.start - 1].text not in (",", ";", ":") \
            and tokens[group.start - 2].text not in (",", ";", ":"):
        return False  # the subject that opens the sentence or clause, not "con la mediación del X, ..., y del Y"
    if not 3 <= len(gap) <= 4 or gap[0].text != "," or gap[1].lemma not in grammar.coordination \
            or gap[2].text.lower() not in genitive or not all(t.text.lower() in grammar.determiners for t in gap[3:]):
        return False
    head = group.members[0]  # "presidentes de Colombia" is one mention; "de la Argentina" has the marker before
    return any(t.text.lower() in genitive for t in tokens[max(0, group.start - 2):head.token_end])


def _unclosed_list(group: Group, tokens: list[Token], grammar: Grammar) -> list[Group]:
    """A list is closed by "and": "De visita en Pekín, el presidente de Brasil ..." and "Con la mediación de
    Catar, Israel y Hamás" (before the "y") are an apposition and a fronted phrase, not lists."""
    # the members a reference stands for share its words ("the Baltic states": EST, LVA, LTU): one item
    items: list[list[ActorMention]] = []
    for m in group.members:
        if items and (m.token_start, m.token_end) == (items[-1][0].token_start, items[-1][0].token_end):
            items[-1].append(m)
        else:
            items.append([m])
    ms = [item[0] for item in items]
    if len(ms) < 2 or any(m.token_start < p.token_end for p, m in zip(ms, ms[1:], strict=False)):
        return [group]
    gaps = [tokens[p.token_end:m.token_start] for p, m in zip(ms, ms[1:], strict=False)]
    if not any(gaps) or all(len(gap) == 1 and gap[0].text in ("-", "‐") for gap in gaps):
        return [group]  # "franco-allemand", "российско-китайское": a prefix compound (its hyphen inside or between)
    if any(len(item) > 1 and any(t.text == "," for t in gaps[k - 1 if k else 0]) for k, item in enumerate(items)):
        return [group]  # "Chile y Perú, los dos vecinos", "the two rivals, India and Pakistan": restated
    if _closes_fronted_phrase(ms, gaps[0], tokens, group.end, grammar):
        rest = Group(members=[m for item in items[1:] for m in item], start=ms[1].token_start, end=group.end)
        return [Group(members=items[0], start=ms[0].token_start, end=ms[0].token_end)] + \
            _unclosed_list(rest, tokens, grammar)
    if all(_linked(gap, grammar) for gap in gaps[-1:]):
        return [group]  # "Mali, Burkina Faso y Níger", "X as well as Y"
    closed = next((k for k, gap in enumerate(gaps[:-1]) if _linked(gap, grammar)), None)
    if closed is not None and any(t.text == "," for t in gaps[closed + 1]):
        # "on Canada, Australia and New Zealand, the foreign ministry said": "and" closed the list; the name
        # after the comma stands apart (a speaker, an apposition)
        head = [m for item in items[:closed + 2] for m in item]
        rest = Group(members=[m for item in items[closed + 2:] for m in item], start=ms[closed + 2].token_start,
                     end=group.end)
        return [Group(members=head, start=group.start, end=ms[closed + 1].token_end)] + \
            _unclosed_list(rest, tokens, grammar)
    first = ms[0].token_start
    after_of = first > 0 and tokens[first - 1].text.lower() in grammar.genitive_markers  # "la présidente de X, Y,"
    if group.end < len(tokens) and tokens[group.end].text == "," and not after_of:
        return [group]  # an apposition between commas: "el presidente boliviano, el economista Arce, acusó"
    return [Group(members=item, start=item[0].token_start, end=item[0].token_end) for item in items]


def _closes_fronted_phrase(ms: list[ActorMention], gap, tokens: list[Token], end: int, grammar: Grammar) -> bool:
    """"Tras su ruptura con la CEDEAO, Malí y Níger fundaron ...", "After talks with Iran, Russia and China
    agreed", "Après sa rupture avec la Cédéao, le Mali et le Niger ont ...": a sentence that opens with a
    preposition (the language's `fronted_openers`) ends that phrase at its first comma; the list after the
    comma is the subject, unless a comma closes it too ("After talks with France, Germany and Italy, the EU").
    One word and its comma may come before the preposition ("Lundi, à Paris, Emmanuel Macron et X ont signé")."""
    openers = grammar.roles.fronted_openers
    first = 2 if len(tokens) > 3 and tokens[1].text == "," and ms[0].token_start > 2 \
        and tokens[0].text[:1].isupper() and tokens[2].text.lower() in openers else 0
    if not openers or not tokens or tokens[first].text.lower() not in openers or not any(t.text == "," for t in gap):
        return False
    if any(t.text in (";", ":") or t.text == "," and not _before_subordinator(tokens, k, grammar)
           for k, t in enumerate(tokens[first:ms[0].token_start], start=first)):
        return False  # the comma after the actor is not the phrase's first ("После того, как": the opener's own)
    if len(ms) == 2 and not any(t.lemma in grammar.coordination for t in gap):
        return True  # "À Bruxelles, la haute représentante de l'UE, Kaja Kallas, a ...": no list without a conjunction
    return end >= len(tokens) or tokens[end].text != ","


def _before_subordinator(tokens: list[Token], k: int, grammar: Grammar) -> bool:
    return k + 1 < len(tokens) and tokens[k + 1].text.lower() in grammar.subordinators


def mark_groups(sentence: Sentence, groups: list[Group], grammar: Grammar,
                barriers: frozenset[int] = frozenset(), heads: frozenset[int] = frozenset()) -> None:
    """Mark each group by its governing preposition, and an official's post as attached.

    `barriers` are token indices (the triggers) that a preposition's reach does not cross:
    in "refused to recognise the regime of Niger" the "to" belongs to the verb, not to Niger.
    `heads` are the triggers' first tokens.
    """
    named = frozenset(i for g in groups for i in range(g.start, g.end))
    starts = frozenset(g.start for g in groups)
    # (one set test of the sentence's forms: most sentences hold no report word, and no group of theirs is asked)
    cues = grammar.report_cues
    reports = cues is None or not sentence_forms(sentence, grammar)[1].isdisjoint(cues)
    for group in groups:
        _mark(sentence, group, grammar, barriers, heads)
        if reports and (grammar.report_nouns or grammar.report_prepositions or grammar.report_postpositions
                        or grammar.impersonal_reports) \
                and _reported_by(sentence.tokens, group, grammar, named):
            group.marker = REPORT_SOURCE
        if group.marker is None and group.start > 0 and _closing_speaker(sentence.tokens, group, grammar, barriers) \
                and any(g.end < group.start for g in groups):
            group.marker = REPORT_SOURCE
        if grammar.compound_modifiers and _compound_modifier(sentence.tokens, group, grammar, starts):
            group.marker = COMPOUND
        if grammar.roles.witness_nouns and _witnessed(sentence.tokens, group, grammar):
            group.marker = WITNESS
        if grammar.verb_lemma_endings and group.marker is None and not group.genitive:
            group.instrumental = _instrumental(sentence.tokens, group)
    _relative_subjects(sentence.tokens, groups, grammar)
    for before, group in zip(groups, groups[1:], strict=False):
        gap = sentence.tokens[before.end:group.start]
        if (group.marker and group.marker != TRIGGER_OBJECT and before.members[-1].kind in ("agent", "leader")
                and before.members[-1].agent and 1 <= len(gap) <= 2
                and all(t.text.lower() in _POSTS | grammar.determiners for t in gap)):
            group.attached = True


_IMPERSONAL: Final = frozenset({"es", "man", "wir"})
_CLOSING_TAIL: Final = 8  # ", the Swedish government said in a statement on Wednesday."
_QUOTES: Final = frozenset(ANY_QUOTE_MARKS)


def _closing_speaker(tokens: list[Token], group: Group, grammar: Grammar, barriers: frozenset[int]) -> bool:
    """"Sweden and Norway pledged aid for Ukraine's army, the Swedish government said in a statement.": a name after
    the comma that closes a clause, with a speech verb right after it and nothing after that but a short phrase,
    says so; it is no party of the act before the comma. Where the clause names no one else it may be one (the
    caller asks only where an actor stands before it), and where a trigger follows the verb the speaker acts again
    (", the minister said after meeting his counterpart"). The verb before its speaker (", said the minister") is
    `_inverted_speaker`'s; a trigger there ("..., Russia warned.") is no report."""
    i = group.start - 1
    while i > 0 and tokens[i].text.lower() in grammar.determiners:
        i -= 1
    # (not after a quotation: "\"Moscow keeps meddling ...,\" the president wrote": the quotation's speaker judges)
    if tokens[i].text != "," or tokens[i - 1].text in _QUOTES or group.end >= len(tokens) or group.end in barriers:
        return False
    verb = tokens[group.end]
    if not {verb.text.lower(), verb.lemma} & grammar.modality.get("report", frozenset()):
        return False
    tail = tokens[group.end + 1:]
    stops = grammar.pronouns | grammar.roles.complementizers | {",", ";", ":"}
    return len(tail) <= _CLOSING_TAIL and not any(t.text.lower() in stops for t in tail) \
        and not any(group.end < i for i in barriers)


def _witnessed(tokens: list[Token], group: Group, grammar: Grammar) -> bool:
    """"im Beisein von Kommissionspräsidentin von der Leyen, der italienischen Ministerpräsidentin und ...", "in the
    presence of": a presence noun before the group with only names, titles, articles and list words between."""
    for i in range(group.start - 1, max(-1, group.start - 40), -1):
        tok = tokens[i]
        low = tok.text.lower()
        if low in grammar.roles.witness_nouns or tok.lemma.lower() in grammar.roles.witness_nouns:
            return i > 0 and tokens[i - 1].text.lower() in grammar.location_markers  # "im Beisein", "in Anwesenheit"
        if tok.text in (";", ":") or tok.text.isalpha() and tok.text.islower() and not (
                low in grammar.determiners or low in grammar.coordination or low in grammar.agent_markers
                or low in grammar.genitive_markers or low in grammar.possessives or low in grammar.location_markers
                or low in grammar.pair_markers or tokens[i + 1].text[:1].isupper()):
            return False  # a verb or a noun phrase of its own between (an adjective before a title is glue)
    return False


def _no_other_subject(groups: list[Group], k: int, tokens: list[Token]) -> bool:
    """No group after groups[k] up to the clause's comma is free (no preposition, no genitive)."""
    for g in groups[k + 1:]:
        if any(t.text in (",", ";", ":") for t in tokens[groups[k].end:g.start]):
            return True
        if g.marker is None and not g.genitive:
            return False
    return True


def _article_after_relative(tokens: list[Token], group: Group, grammar: Grammar) -> bool:
    """", an dem die bolivianische Regierung ... verkündete": an article of its own stands between the relative
    pronoun and the name, so the preposition governs the pronoun and the name is the clause's subject."""
    i = group.start - 1
    while i > 0 and tokens[i].text.islower() and tokens[i].text.isalpha() \
            and tokens[i].text not in grammar.determiners:
        i -= 1  # its adjectives
    if i < 3 or tokens[i].text.lower() not in grammar.determiners:
        return False
    i -= tokens[i - 1].text.lower() == "sich"  # ", in der sich der Machthaber und der Präsident beschimpften"
    return i >= 3 and tokens[i - 1].text.lower() in grammar.relative_pronouns \
        and tokens[i - 2].text.lower() == group.marker and tokens[i - 3].text == ","


def _relative_subjects(tokens: list[Token], groups: list[Group], grammar: Grammar) -> None:
    """German ", für den Kiew Moskau verantwortlich macht": the preposition governs the relative pronoun, and
    the name after it is the clause's subject when another free name follows (", für den Iran kämpft" keeps
    its preposition)."""
    if not grammar.relative_pronouns:
        return
    for k, group in enumerate(groups):
        if group.marker is None or group.marker_index is not None:
            continue
        if _article_after_relative(tokens, group, grammar):
            group.marker = None
            continue
        pronoun = group.start >= 3 and tokens[group.start - 1].text.lower() in grammar.pronouns | _IMPERSONAL
        p = group.start - 2 - pronoun  # ", für den Kiew", ", für den sie Algerien"
        if p < 1 or tokens[p - 1].text != "," or tokens[p].text.lower() != group.marker \
                or tokens[p + 1].text.lower() not in grammar.relative_pronouns:
            continue
        nxt = groups[k + 1] if k + 1 < len(groups) else None
        subject_follows = nxt is not None and nxt.marker is None and not nxt.genitive \
            and not any(t.text in (",", ";", ":") for t in tokens[group.end:nxt.start])
        # ", in der China Forderungen der USA zurückweist": with no other subject, a bare name after the pronoun of a
        # verb-final clause is its subject (the preposition's object would need the article the pronoun already is)
        bare = not pronoun and _no_other_subject(groups, k, tokens) and opens_prepositional_relative(
            tokens, p - 1, grammar)
        if pronoun or subject_follows or bare:
            for later in groups[k + 1:]:
                if later.genitive and later.marker == group.marker and not any(
                        t.text in (",", ";", ":") for t in tokens[group.end:later.start]):
                    later.marker = None  # "in der China Forderungen der USA": the genitive inherited no "in"
            group.marker = None


_OWNER_GAP: Final = 2  # "EU calls", "Beijing's protest": at most the possessive ending between the owner and its noun


def _compound_modifier(tokens: list[Token], group: Group, grammar: Grammar,
                       starts: frozenset[int] = frozenset()) -> bool:
    """"Iran-backed", "U.S.-led": a hyphen and a participle of the grammar's list right after the name; or any
    past participle where a name follows it ("the Russia-led CSTO", "the Moscow-dominated CSTO": the bloc is the
    party; not a noun: "Kreml-Verbündeter Belarus")."""
    end = group.end
    if grammar.verb_lemma_endings:  # Russian "поддерживаемые Ираном хуситы": the participle before the instrumental
        before = tokens[group.start - 1] if group.start > 0 else None
        return before is not None and before.lemma in grammar.compound_modifiers \
            and _RU_PASSIVE_PARTICIPLE.search(before.text.lower()) is not None
    if end + 1 >= len(tokens) or tokens[end].text != "-":
        return False
    word = tokens[end + 1].text.lower()
    if word == grammar.seat_modifier and end + 2 < len(tokens) \
            and tokens[end + 2].lemma.lower() in grammar.seated_bodies:
        return False  # "the Tripoli-based government signed": the government seated there is the party
    return word in grammar.compound_modifiers or end + 2 in starts and bool(grammar.past_endings) \
        and word.endswith(grammar.past_endings)


# the present passive participle "поддерживаемый" in all its forms (its lemma is the verb's)
_RU_PASSIVE_PARTICIPLE: Final = re.compile(r"[еи]м(ый|ая|ое|ые|ого|ой|ых|ым|ыми|ую|ому|ом)$")


_REPORT_REACH: Final = 6  # tokens between "selon" and the actor of its phrase ("selon des experts de l'ONU")
_RELATIVES: Final = frozenset({"lequel", "laquelle", "lesquels", "lesquelles", "cual", "cuales", "which", "whom",
                        "welchem", "welcher", "denen", "которому", "которой", "которым"})


def _after_report_preposition(tokens: list[Token], group: Group, grammar: Grammar, named: frozenset[int]) -> bool:
    """"according to U.N. experts", "selon des experts de l'ONU", "según fuentes de la OTAN", "laut Kiew":
    the phrase of a report preposition (one word or several) names who says so. The phrase ends at a
    punctuation mark, a preposition of its own ("protestierte laut gegen Russland": "laut" is loud) or another
    actor, the phrase's own ("Laut Washington hat China Taiwan bedroht": China is no informant), and "selon
    lequel" opens a relative clause instead ("un accord selon lequel la Russie ...")."""
    ending, stops = grammar.report_endings, grammar.phrase_stops
    for i in range(group.start - 1, max(-1, group.start - 1 - _REPORT_REACH), -1):
        low = tokens[i].text.lower()
        for words in ending.get(low, ()) + ending.get("", ()):
            first = i - len(words) + 1
            if first >= 0 and tuple(t.text.lower() for t in tokens[first:i + 1]) == words:
                return True
        if i in named or low in _RELATIVES or low in stops \
                or not any(c.isalnum() for c in low) and low not in ("-", "'", "’"):
            return False
    return False


def _reported_by(tokens: list[Token], group: Group, grammar: Grammar, named: frozenset[int] = frozenset()) -> bool:
    """"nach Angaben Armeniens", "nach japanischen Angaben aus Tokio": a group hanging on an attribution
    ("nach Angaben", one of the grammar's `report_nouns` phrases; at most a preposition or article between)
    names the informant. "bestritt die Darstellung Israels" is no attribution: Israel is the target. So does a
    report preposition or postposition ("laut Kiew", "Kiew zufolge", "laut der russischen Regierung", "according
    to U.N. experts", "selon des experts de l'ONU")."""
    if grammar.report_postpositions and any(
            t.text.lower() in grammar.report_postpositions for t in tokens[group.end:group.end + 3]) \
            or _impersonal_report(tokens, group, grammar):
        return True  # "Kiew zufolge", "UN-Experten zufolge" (the compound's head between)
    if grammar.report_prepositions and _after_report_preposition(tokens, group, grammar, named):
        return True
    openers = _report_openers(grammar.report_nouns)
    i = group.start - 1
    while i >= 0 and group.start - i <= 3:
        tok = tokens[i]
        low = tok.text.lower()
        opened = openers.get(low, frozenset()) | openers.get(tok.lemma, frozenset())
        if opened and any(t.text.lower() in opened for t in tokens[max(0, i - 2):i]):
            return True
        if not (low in grammar.determiners or low in grammar.agent_markers or low in grammar.location_markers
                or tok.text[:1].islower()):
            return False
        i -= 1
    return False


@lru_cache(maxsize=16)
def _report_openers(phrases: frozenset[str]) -> dict[str, frozenset[str]]:
    """`report_nouns` ("nach angaben") as noun → the words that open it: one look-up per token, not a loop."""
    openers: dict[str, set[str]] = {}
    for phrase in phrases:
        opener, _, noun = phrase.partition(" ")
        openers.setdefault(noun, set()).add(opener)
    return {noun: frozenset(words) for noun, words in openers.items()}


def _impersonal_report(tokens: list[Token], group: Group, grammar: Grammar) -> bool:
    """German "hieß es in Moskau", "Aus Kiew hieß es", "verlautete aus Washington": the place after a location
    preposition speaks (an impersonal report verb stands next to the phrase, "heißen" with its "es"); it is no
    party to the event. "Die Regierung heißt den Plan gut" has no "es"."""
    if not grammar.impersonal_reports or group.start == 0 or tokens[group.start - 1].text.lower() \
            not in grammar.location_markers and group.marker not in grammar.location_markers:
        return False  # (the preposition right before the name, or before its article: "aus dem Ministerium")
    near = list(tokens[max(0, group.start - 4):group.start - 1]) + list(tokens[group.end:group.end + 3])
    reports = {t.lemma for t in near} & grammar.impersonal_reports
    return bool(reports) and (reports != {"heißen"} or any(t.text.lower() == "es" for t in near))


def _opening_apposition(tokens: list[Token], group: Group, grammar: Grammar) -> bool:
    """"El presidente ruso, Vladímir Putin, y su homólogo chino, Xi Jinping, firmaron": a sentence (or reported
    clause) that opens with an actor named in apposition ("role, Name") closes that apposition with its next comma;
    a ", y" after it adds a second subject instead of starting a clause. The sentence may open after a dateline's
    dash ("LIMA, 16 nov - El presidente ...")."""
    head = group.members[-1]
    if len(group.members) > 1 or not any(t.text == "," for t in tokens[head.token_start:head.token_end]):
        return False
    before = tokens[:group.start]
    opener = next((i for i in range(len(before) - 1, -1, -1)
                   if before[i].text.lower() in ("que", ",", ";", ":") or before[i].text in DASHES), None)
    if opener is not None and before[opener].text.lower() != "que" and before[opener].text not in DASHES:
        return False
    lead = before[opener + 1:] if opener is not None else before
    return all(t.text.lower() in grammar.determiners or t.text.lower() in grammar.possessives for t in lead)


def _additive(gap, grammar: Grammar) -> bool:
    """"Anwar Ibrahim as well as Indonesian President Prabowo", "X, а также Y": words that join like "and"; the
    preposition may stand again after them ("spoke with X, as well as with Y")."""
    words = [t.text.lower() for t in gap if t.text != "," and t.text.lower() not in grammar.determiners]
    if len(words) > 1 and words[-1] in grammar.target_markers:
        words = words[:-1]
    return " ".join(words) in grammar.roles.additive_links


def _linked(gap, grammar: Grammar) -> bool:
    """Whether the words between two list members hold the list's conjunction."""
    return any(t.lemma in grammar.coordination for t in gap) or _additive(gap, grammar)


# words between two members of a list ("Kuba, Nicaragua und China", ", y de la"), an additive link aside
_LIST_GAP: Final = 3


def _coordinated(tokens: list[Token], gap_start: int, gap_end: int, grammar: Grammar, after_apposition: bool = False,
                 after_genitive: bool = False) -> bool:
    gap = tokens[gap_start:gap_end]
    if not gap:
        return False
    if _additive(gap, grammar):
        return True
    if len(gap) > _LIST_GAP:
        return False
    has_link = any(t.lemma in grammar.coordination or t.text == "," for t in gap)
    rest_ok = all(t.lemma in grammar.coordination or t.text in (",", "&") or t.text.lower() in grammar.determiners
                  or t.text.lower() in grammar.possessives  # "et son homologue algérien"
                  or t.text.lower() in grammar.roles.title_qualifiers  # "and then US President Trump"
                  or t.text.lower() in grammar.roles.apposed_descriptors  # "und dem Nachbarland Ruanda"
                  or t.text in ANY_QUOTE_MARKS  # "Израиль и «Хезболлу»": a name in quotation marks
                  or after_genitive and t.text.lower() in grammar.genitive_markers for t in gap)
    comma_and = any(t.text == "," for t in gap) and any(t.lemma in grammar.coordination for t in gap)
    if comma_and and not grammar.oxford_comma and not after_apposition:
        return False  # ", y Honduras hizo lo mismo": outside English a comma before "and" starts a clause
    return has_link and rest_ok


def _mark(sentence: Sentence, group: Group, grammar: Grammar, barriers: frozenset[int],
          heads: frozenset[int] = frozenset()) -> None:
    tokens = sentence.tokens
    after = tokens[group.end].text if group.end < len(tokens) else ""
    if after in ("'s", "’s", "'", "’") or _saxon_genitive(tokens, group, grammar):
        group.possessive = True
    markers = joined(grammar.target_markers, grammar.agent_markers, grammar.location_markers, grammar.pair_markers)
    i = group.start - 1
    steps = 0
    first = tokens[group.start].text.lower()
    if elided_de(first) and len(first) > 2 and "de" in grammar.genitive_markers and i >= 0 \
            and tokens[i].text.lower() not in grammar.roles.quantifiers and not _after_relative_pronoun(tokens, i + 1,
                                                                                                       grammar):
        # "l'attaque d'Israël contre l'Iran": the elided "de" is written onto the name, a genitive like "de la Russie"
        group.genitive = True
        group.marker = _find_marker(tokens, i, markers, grammar, barriers)
        return
    while i >= 0 and steps < _LOOKBACK:
        tok = tokens[i]
        lemma, low = tok.lemma, tok.text.lower()
        if i >= group.start - 2 and low in grammar.roles.inclusion_words and i >= 2 and tokens[i - 1].text == "," \
                and (i == group.start - 1 or tokens[i + 1].text.lower() in grammar.determiners):
            # "к международным организациям, включая ООН": the included actor shares its head noun's preposition
            group.marker = _find_marker(tokens, i - 2, markers, grammar, barriers)
            return
        if tok.text in DASHES and i == dateline_dash(tokens):
            return  # "Caracas, 2 de diciembre de 2025 - Venezuela acusó": the date's "de" governs nothing past the
            # dateline's dash; the name after it opens the sentence
        if low in grammar.genitive_markers and i > 0 and tokens[i - 1].text.lower() in grammar.roles.quantifiers:
            return  # "Hundreds of Iranians rallied": the number counts the group, it governs nothing
        if low in grammar.genitive_markers and i in barriers and group.end in barriers:
            # "warned of Russian plots": an "of" of the pattern and the pattern's noun around the name's adjective
            group.marker_index = i
            group.marker = TRIGGER_OBJECT
            return
        if low == "des" and i > 0 and tokens[i - 1].text == "," and i == group.start - 1 \
                and tokens[group.start].text[:1].islower():
            return  # "Selon l'ONU, des soldats rwandais combattent": after a comma the plural article opens a subject
        # "der Nato" after a noun is a genitive: keep looking for the noun phrase's preposition.
        if low in grammar.genitive_markers and i > 0 and (
                tokens[i - 1].text[:1].isupper() and tokens[i - 1].text.lower() not in grammar.subordinators
                and tokens[i - 1].text.lower() not in grammar.coordination  # "Auch der ukrainische Präsident dankte"
                or tokens[i - 1].lemma in grammar.genitive_markers
                or low in ("of", "de", "du", "des", "del")) and not _after_relative_pronoun(tokens, i, grammar):
            # (not "Als der russische Präsident ...": a capitalised subordinator opens the sentence, no noun)
            group.genitive = True
            group.marker = _find_marker(tokens, i - 1, markers, grammar, barriers)
            return
        if (low in markers or lemma in markers) and i in barriers:
            group.marker_index = i
            group.marker = TRIGGER_OBJECT  # "ingresó en la OTAN": the preposition is part of the pattern
            return
        if (low in markers or lemma in markers) and not _adverbial(tokens, i, grammar):
            group.marker = low if low in markers else lemma
            return
        if tok.text in (",", ";", ":") or lemma in grammar.coordination and not (
                i + 1 < len(tokens) and tokens[i + 1].text[:1].isdigit()):  # "von mehr als 20 Diplomaten"
            return
        if i in barriers and not (grammar.verb_final and low in grammar.determiners and i == group.start - 1):
            # a trigger word between: a preposition beyond it belongs to the verb (not the article of the pattern's
            # own "in die": "der in die Türkei gereist war" names the place visited, not the relative's subject)
            if i == group.start - 1 and i != 0 and _postnominal_genitive(tokens, group, grammar):
                group.genitive = True  # "unter Vermittlung Ägyptens", "den Angriff Russlands": the noun's genitive
                group.marker = _find_marker(tokens, i - 1, markers, grammar, barriers)
            elif i == group.start - 1 and \
                    (head := _case_genitive(tokens, i, group, grammar, barriers, heads)) is not None:
                group.genitive = True  # "удар России по Украине": the noun's preposition stands right before it
                before = tokens[head - 1] if head > 0 else None
                group.marker = next((w for w in (before.text.lower(), before.lemma) if w in markers), None) \
                    if before is not None else None
            return
        word = tok.text[2:] if low.startswith(_ELIDED) and len(low) > 2 else tok.text  # "l'Élysée" is a word
        if low in grammar.possessives:
            pass  # "los ataques de su presidente": a possessive stands where an article would
        elif not grammar.adjectives_before_nouns and word.isalpha() and low not in grammar.determiners:
            agent = _agent_of_demonym_head(tokens, i, group, grammar)
            if agent is not None:
                group.marker = agent  # "par des missiles russes", "por drones rusos": as "by Russian missiles"
                return
            return  # French, Spanish, Russian: "accuse depuis longtemps Kigali": "depuis" governs "longtemps"
        if grammar.adjectives_before_nouns and i == group.start - 1 \
                and low in grammar.roles.time_nouns:
            return  # "Within days Sudan severed ...": a span of time right before the name is the preposition's
            # noun, the name opens the clause (not "in decades since Russia's invasion": "since" governs the name)
        if word[:1].isupper() and i != 0 and low not in grammar.determiners:
            if i == group.start - 1 and _postnominal_genitive(tokens, group, grammar):
                group.genitive = True  # "vor der Küste Venezuelas": the noun's preposition governs it
                group.marker = _find_marker(tokens, i - 1, markers, grammar, barriers)
            return  # another noun in between: the group is not governed by anything further left
        i -= 1
        steps += 1


def _agent_of_demonym_head(tokens: list[Token], i: int, group: Group, grammar: Grammar) -> str | None:
    """The passive agent's preposition before a common noun and the demonym that follows it ("frappée par des
    missiles russes", "atacada por drones rusos"): the demonym names the agent, as "by Russian missiles" does. Only
    the agent's preposition: "a los productos chilenos" names goods, not a target. (Not Russian, whose demonyms
    stand before their noun: one after a noun is that noun's genitive.)"""
    if i != group.start - 1 or i == 0 or grammar.verb_lemma_endings \
            or not all(m.kind == "adjective" for m in group.members) or not tokens[i].text.islower():
        return None
    k = i - 1
    if tokens[k].text.lower() in grammar.determiners and k > 0:
        k -= 1
    word = tokens[k].text.lower()
    if word in grammar.agent_markers and word not in grammar.target_markers:
        return word
    return None


def _after_relative_pronoun(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """", die der Kosovo erhoben hatte": the article after a relative pronoun opens the clause's subject, it is
    no genitive of the pronoun."""
    return i >= 2 and tokens[i - 2].text == "," and tokens[i - 1].text.lower() in grammar.relative_pronouns


def _saxon_genitive(tokens: list[Token], group: Group, grammar: Grammar) -> bool:
    """German "Trumps Erzfeind", "Russlands Krieg": a name in -s right before a capitalised noun.

    Only for languages whose rules say so (`verb_final`, i.e. German); the noun after it must not
    itself be part of an actor.
    """
    if not grammar.verb_final or len(group.members) != 1 or group.end >= len(tokens):
        return False
    head = group.end
    while head < len(tokens) - 1 and head - group.end < _SAXON_ADJECTIVES and _inflected_adjective(tokens[head]):
        head += 1  # "Deutschlands höchstem Berg", "Russlands neuer Botschafter": adjectives before the noun
    nxt = tokens[head]
    member = group.members[0]
    return (member.genitive and member.token_end - member.token_start == 1 and nxt.text[:1].isupper()
            and nxt.text.isalpha() and not _postnominal_genitive(tokens, group, grammar))


_SAXON_ADJECTIVES: Final = 2  # "Chinas größter neuer Hafen": at most two adjectives between the name and its noun
_ADJECTIVE_ENDINGS: Final = ("e", "em", "en", "er", "es")


def _inflected_adjective(token: Token) -> bool:
    """A lower-case word with an adjective's ending ("höchstem", "neue", "wichtigster"): in German only an
    adjective or a participle stands lower-case between a genitive name and its noun."""
    word = token.text
    return word.isalpha() and word.islower() and word.endswith(_ADJECTIVE_ENDINGS)


def _postnominal_genitive(tokens: list[Token], group: Group, grammar: Grammar) -> bool:
    """German "die Küste Venezuelas", "die Entscheidung Washingtons": an -s name right after a noun;
    "die Ausweisung russischer Diplomaten": an adjective in -er without article (genitive plural)."""
    if not grammar.verb_final or group.start == 0 or len(group.members) != 1:
        return False
    before, first = tokens[group.start - 1], tokens[group.start]
    strong = first.text[:1].islower() and first.text.endswith("er") and group.end - group.start > 1
    return before.text[:1].isupper() and before.text.isalpha() and before.index > 0 and (
        group.members[0].genitive or strong) and not _opening_preposition(before, grammar)


def _opening_preposition(token: Token, grammar: Grammar) -> bool:
    """"Berlin – Auf Deutschlands höchstem Berg ...": a preposition capitalised after a dateline's dash opens
    the sentence; it is no noun whose genitive the name would be."""
    low = token.text.lower()
    return low in grammar.location_markers or low in grammar.target_markers or low in grammar.agent_markers


_INSTRUMENTAL: Final = ("ом", "ем", "ём", "ой", "ей", "ою", "ею", "ами", "ями")
_ADJECTIVE_LEMMAS: Final = ("ый", "ий", "ой")


def _instrumental(tokens: list[Token], group: Group) -> bool:
    """Russian "Китаем", "Россией", "Евросоюзом", "правительством Японии", "Соединёнными Штатами": the head noun
    of each member (its first word that is no adjective, or the noun after a demonym: "российскими
    пограничниками") is inflected to an instrumental ending. An acronym ("США") does not decline and says
    nothing. A person's name declines its surname, the last word ("Си Цзиньпином", "Владимиром Путиным")."""
    for m in group.members:
        if m.kind == "leader" and m.token_end - m.token_start >= 2:
            last = tokens[m.token_end - 1]
            if last.text.lower() == last.lemma.lower() or not last.text.lower().endswith(_INSTRUMENTAL + ("ым",)):
                return False
            continue
        head = next((t for t in tokens[m.token_start:m.token_end]
                     if not t.lemma.lower().endswith(_ADJECTIVE_LEMMAS)), None)
        if head is None and m.token_end < len(tokens):
            head = tokens[m.token_end]
        if head is None or head.text.lower() == head.lemma.lower() or head.lemma.lower().endswith(
                _ADJECTIVE_LEMMAS) or not head.text.lower().endswith(_INSTRUMENTAL):
            return False
    return bool(group.members)


# Endings no genitive has: dative, accusative, instrumental and prepositional forms ("Украине", "Украину", "Китаю",
# "Китаем", "Штатам", "Штатами", "российским").
_NOT_GENITIVE: Final = ("у", "ю", "е", "ом", "ем", "ём", "ам", "ям", "ами", "ями", "ым", "им", "ыми", "ими", "ую", "юю")


def _case_genitive(tokens: list[Token], i: int, group: Group, grammar: Grammar, barriers: frozenset[int],
                   heads: frozenset[int]) -> int | None:
    """Russian "удар России по Украине", "визит президента США", "посредничество ОАЭ": a name right after a noun
    trigger, in a form that may be a genitive, is the noun's agent. After a verb ("атаковала Россию", "отвергла
    обвинения Молдавии") or a noun that is a verb's object ("предъявил ультиматум Франции": a dative, as like as
    not) the name is the verb's object; a name in its base form ("Россия") or in another case is no genitive.
    Returns the noun's first token, or None."""
    if not grammar.verb_lemma_endings:
        return None
    head = i
    while head not in heads and head - 1 in barriers:
        head -= 1  # the trigger's first word: "ракетный удар", "отвергла обвинения"
    while head < i and tokens[head].lemma.lower() in grammar.negation:
        head += 1  # "не признаёт юрисдикцию": the verb after the negation
    before = head - 1
    if before >= 1 and before not in barriers and len(tokens[before].text) <= 3 and tokens[before].text.isalpha():
        before -= 1  # "воздержались от осуждения России", "призвал к отмене санкций": the verb's prepositional object
    if _verb(tokens[head], grammar) or before >= 0 and before not in barriers and _verb(tokens[before], grammar) \
            and tokens[before].lemma.lower() not in grammar.occurrence_verbs \
            and not _noun_target_after(tokens, group):  # "прошли переговоры России и Китая"
        return None  # but "осудила удары России": the noun is what another trigger judges, its genitive the agent
    first = group.start
    while first + 2 < group.end and tokens[first + 1].text == "-":
        first += 2  # "визит премьер-министра Индии": the compound's last part carries the case
    return head if _genitive_form(tokens[first]) else None


_NOUN_TARGET_PREPOSITIONS: Final = ("по", "против")  # Russian: "удары Израиля по Ирану", "санкции США против Ирана"


def _noun_target_after(tokens: list[Token], group: Group) -> bool:
    """ "назвал удары Израиля по Ирану законными", "прокомментировал санкции США против Ирана": after a verb that is
    no trigger, a name followed by the noun's own target ("по", "против" and a name) is the noun's genitive agent,
    not the verb's dative object ("предъявил ультиматум Франции")."""
    return group.end + 1 < len(tokens) and tokens[group.end].text.lower() in _NOUN_TARGET_PREPOSITIONS \
        and tokens[group.end + 1].text[:1].isupper()


def _genitive_form(first) -> bool:
    word, lemma = first.text.lower(), first.lemma.lower()
    if first.text.isupper() and len(first.text) > 1:
        return True  # an acronym does not decline: "удар США"
    if word == lemma:
        return word[-1:] in "оеиуюэ"  # only indeclinable names keep their base form in the genitive ("Мадуро")
    if word.endswith(("ой", "ей")) and lemma.endswith(("а", "я")):
        return False  # the instrumental of a feminine name: "Украиной", "Россией"
    return not word.endswith(_NOT_GENITIVE)


def _verb(token: Token, grammar: Grammar) -> bool:
    """A verb form by its lemma ("атаковала" → "атаковать"), or a gerund ("обвинив")."""
    return grammar.verb_lemma(token.lemma) or token.text.lower().endswith(grammar.participle_endings)


def _adverbial(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """A preposition that makes an adverb with the word after it ("en revanche", "en effet"), or one that stands
    alone before a verb ("a depuis annoncé"): it governs no name."""
    if i + 1 >= len(tokens):
        return False
    after = tokens[i + 1].text
    if after.lower() in grammar.adverb_words:
        return True
    return tokens[i].text.lower() in grammar.bare_adverbs and after.isalpha() and after.islower() \
        and after not in grammar.determiners and after not in grammar.possessives


def _opens_noun_phrase(forms: frozenset[str], grammar: Grammar) -> bool:
    """An article, a cardinal or a number: the word that opens a noun phrase ("des", "deux", "plusieurs", "300")."""
    return bool(forms & (grammar.determiners | grammar.roles.cardinals)) or any(f.isdigit() for f in forms)


def _find_marker(tokens: list[Token], i: int, markers: frozenset[str], grammar: Grammar,
                 barriers: frozenset[int] = frozenset()) -> str | None:
    """The preposition governing the noun phrase that ends at token i. In German a trigger verb on the way
    ends the search: in "Die Regierung in Tokio lehnte die Forderungen Chinas ab" the "in" is the subject's."""
    steps = 0
    while i >= 0 and steps < _LOOKBACK:
        if i in barriers and grammar.verb_final and tokens[i].text[:1].islower():
            return None  # a verb (German nouns are capitalised: "für den Abschuss einer Drohne" goes on)
        tok = tokens[i]
        low = tok.text.lower()
        if (low in markers or tok.lemma in markers) and not _adverbial(tokens, i, grammar):
            return low if low in markers else tok.lemma
        if tok.text in (",", ";", ":") or tok.lemma in grammar.coordination:
            return None
        if (low in grammar.determiners or low in grammar.roles.cardinals or low.isdigit()) and i > 0 and not (
                tokens[i - 1].text.lower() in markers or tokens[i - 1].lemma in markers) and (
                grammar.verb_final or tokens[i - 1].text[:1].isupper() and low not in grammar.genitive_markers):
            return None  # the article opens the noun phrase: "traf in Florida den Vorsitzenden des
            # Repräsentantenhauses", "a rencontré en Floride le président du Sénat" is the verb's object,
            # the "in"/"en" before it governs Florida (elsewhere only after a name: "en marge du sommet du G20")
        i -= 1
        steps += 1
    return None


@dataclass  # not frozen: one is made per trigger, and a frozen one sets each field through object.__setattr__
class Site:
    """One trigger where it stands: what the role finder reads to pick its source and target (never changed:
    a reader that needs another view makes one with `replace`)."""

    groups: list[Group]  # the sentence's actor groups, marked
    trigger: tuple[int, int]  # the trigger's token span
    clause: tuple[int, int]  # the trigger's clause
    sentence_groups: list[Group]  # the groups outside the clause may be read too (a shared subject)
    rule: Rule
    grammar: Grammar
    nominal: bool  # the trigger is a noun ("the attack"), not a verb
    passive_aux: bool  # the clause has a passive auxiliary
    forms: list[frozenset[str]]  # each token's forms (lemma, lower-cased text)
    other_triggers: frozenset[int] = frozenset()  # tokens of the other triggers that have an agent of their own
    borrowed_subject: bool = False  # the clause goes on from the main clause or opens a participle
    rival_triggers: frozenset[int] = frozenset()  # tokens of every other trigger of the sentence
    attributes: tuple[tuple[int, int], ...] = ()  # German extended attributes (participle_attributes)
    mediations: frozenset[int] = frozenset()  # tokens of the sentence's other mediation triggers (CAMEO 045)
    denials: frozenset[int] = frozenset()  # tokens of the sentence's other denial triggers (CAMEO 016)
    # of a denial (CAMEO 016) only: the tokens of the sentence's other cooperative triggers, the help the denial's
    # content may report ("denied having sent troops to Russia")
    acts: frozenset[int] = frozenset()
    vocabulary: frozenset[str] | None = None  # the union of `forms`, where the coder has it (None: unknown)


def assign_roles(site: Site) -> Roles:
    """Pick the source and target groups of one trigger inside its clause (`_assign_roles`). A denial answers the
    claim's author where the sentence names one ("las informaciones de Seúl sobre el envío de tropas a Rusia": Seoul,
    not Russia); where it names none, the article supplies the claimant (events/article.fill_from_context): a state
    its content helped is no party of it ("negó haber suministrado armas a Rusia": Russia made no claim), unless that
    is an armed group, whose country is the one that complains ("denies backing M23": Congo's claim). All sets, round
    35: 7 extras gone, no fact lost."""
    if not site.acts:
        return _assign_roles(site)
    answered = _assign_roles(site)
    if answered.targets:
        return answered
    helped = _assign_roles(replace(site, acts=frozenset()))
    if helped.targets and all(is_armed_group(m.code) for m in helped.targets):
        return helped
    answered.content_party = bool(helped.targets)
    return answered


def _assign_roles(site: Site) -> Roles:
    """Pick the source and target groups of one trigger inside its clause. An actor joined to the subject by
    "together with" ("France, together with Germany, condemned the strikes") acts with it, not on it (not for a
    noun, whose agent is its own; for a symmetric act only before the verb: "Junto a Bélgica, España se reunió con
    Egipto", where "with" after it names the partner)."""
    clause = site.clause
    # (no co-agent word, preposition or verb in the sentence: no group is asked)
    beside = [] if site.nominal or _no_co_agent_words(site) else [
        g for g in site.groups if clause[0] <= g.start < clause[1] and (
            not site.rule.symmetric or g.end <= site.trigger[0]) and (
            g.marker is not None and _co_agent_marker(g, site.forms, site.grammar, site.trigger)
            or _co_agent_phrase(g, site.trigger, site.forms, site.grammar, site.rule.target_markers))]
    # a co-agent of a relative clause's verb ("los ejercicios que China realizó junto a Rusia") is no party here
    co = [g for g in beside if not _relative_between(g, site)]
    if beside:
        site = replace(site, groups=[g for g in site.groups if g not in beside],
                       sentence_groups=[g for g in site.sentence_groups if g not in beside])
    roles = _structural_roles(site)
    restrictive = None if site.nominal or site.passive_aux or site.rule.reverse else _restrictive_subject(site)
    if restrictive is not None:  # "sanctioned Chinese firms that supplied Russia": the firms supply, not Washington
        antecedent = restrictive[0]
        roles.sources = list(antecedent.members) if antecedent is not None else []
        roles.targets = [m for m in roles.targets if m not in roles.sources]
        roles.from_outside_clause = False
    elif roles.targets and site.grammar.roles.restrictive_relatives and not site.rule.symmetric:
        # "sanctioned companies that helped Iran": a name inside a relative clause on the object is that clause's
        roles.targets = [m for m in roles.targets if not _behind_restrictive(site, m.token_start)]
    if site.denials and site.nominal and site.rule.plover == "ACCUSE" and roles.sources and not roles.targets:
        roles.targets = _denier(site, roles.sources)
    if co and roles.sources and not any(m.kind == "adjective" for m in roles.sources):  # not "Russian strikes"
        roles.sources = roles.sources + [m for g in co for m in g.members if m not in roles.sources]
    if roles.sources and not roles.targets and site.rule.plover == "REQUEST" and not site.nominal:
        roles.targets = _asked_subject(site, {side_of(m.code) for m in roles.sources})
    return roles


def _no_co_agent_words(site: Site) -> bool:
    """The sentence's vocabulary (where known) holds no word `_co_agent_marker` or `_co_agent_phrase` looks for, so
    no group is a co-agent."""
    words = site.grammar.roles
    return site.vocabulary is not None and site.vocabulary.isdisjoint(
        joined(words.co_agent_words, words.co_agent_prepositions, words.co_agent_verbs))


def _asked_subject(site: Site, own: set[str]) -> list[ActorMention]:
    """"Polen forderte, dass Russland seine Truppen abzieht", "Польша потребовала, чтобы Россия вывела войска": a
    demand whose own clause names no one asked asks its act of the subject of the content clause after the comma
    (the names right after the opener, joined by a conjunction; not the demander's own country)."""
    words, forms = site.grammar.roles, site.forms
    i = site.clause[1]
    if i < len(forms) and "," in forms[i]:
        i += 1
    if not words.request_openers or i >= len(forms) or not forms[i] & words.request_openers:
        return []
    k = i + 1
    lead = site.grammar.determiners | words.request_subject_skip
    while k < len(forms) and k <= i + 2 and forms[k] & lead:
        k += 1
    while k + 1 < len(forms) and "-" in forms[k + 1] and "-" not in forms[k]:
        k += 2  # "der Uno-Sicherheitsrat": the name is the compound's last word
    asked: list[ActorMention] = []
    for g in sorted(site.sentence_groups, key=lambda g: g.start):
        if g.start < k:
            continue
        if g.start > k or not g.free:
            break
        asked += [m for m in g.members if side_of(m.code) not in own]
        k = g.end  # "der Sicherheitsrat und die Afrikanische Union": the next name after a conjunction and articles
        if k < len(forms) and forms[k] & site.grammar.coordination:
            k += 1
            while k < len(forms) and forms[k] & site.grammar.determiners:
                k += 1
        else:
            break
    return asked


def _restrictive_subject(site: Site) -> tuple[Group | None] | None:
    """"imposed sanctions on Chinese firms that supplied Russia with drone parts", "the countries who have recognised
    Palestine": a relative pronoun with no comma right before the verb (or its auxiliary) makes the noun before it the
    verb's subject. Returns (that noun's actor group, or None where the noun is no actor of ours), or None where the
    verb opens no such clause."""
    forms, grammar, t_start = site.forms, site.grammar, site.trigger[0]
    words = grammar.roles
    if not words.restrictive_relatives:
        return None
    k = t_start - 1
    if k >= 1 and forms[k] & (grammar.perfect_auxiliaries | words.have):
        k -= 1  # "that had supplied"
    if k < 1 or not forms[k] & words.restrictive_relatives or not any(f.isalpha() for f in forms[k - 1]):
        return None
    antecedent = next((g for g in site.sentence_groups if g.end == k), None)
    if antecedent is not None and antecedent.marker in grammar.agent_markers and site.rule.plover in _SAID_TYPES:
        return (antecedent,)  # "the case brought by Peru that accuses Bolivia": the author says it through its text
    if antecedent is not None and any(m.kind not in ("agent", "reference") for m in antecedent.members):
        return None  # a name ("an Israeli strike on Doha that killed five": the strike killed), not "Chinese firms"
    return (antecedent,)


def _behind_restrictive(site: Site, at: int) -> bool:
    """A restrictive relative pronoun between the trigger and token `at`, after a word that is no part of the
    trigger ("sanctioned companies that helped Iran"; not "warned that ...", where it is the verb's own)."""
    forms, words = site.forms, site.grammar.roles.restrictive_relatives
    return any(forms[k] & words and any(f.isalpha() for f in forms[k - 1]) and k - 1 >= site.trigger[1]
               and not forms[k - 1] & site.grammar.modality.get("report", frozenset())
               for k in range(site.trigger[1], at))


def _denier(site: Site, accusers: list[ActorMention]) -> list[ActorMention]:
    """"Beijing denied Manila's accusations", "Rusia negó las acusaciones de Polonia": the accusation noun that a
    denial of the same clause takes as its object was aimed at the one who denies it, the denial's subject."""
    before = [i for i in site.denials if site.clause[0] <= i < site.trigger[0]]
    if not before:
        return []
    codes = {m.code for m in accusers}
    subject = [g for g in site.groups if site.clause[0] <= g.start and g.end <= min(before) and g.marker is None
               and not g.genitive and not g.possessive]
    return [m for m in subject[-1].members if m.code not in codes] if subject else []


def _relative_between(g: Group, site: Site) -> bool:
    """"criticó los ejercicios que China realizó junto a Rusia": a relative pronoun or complementizer between
    the trigger and the co-agent puts the co-agent in a clause of its own, with another verb. A relative pronoun
    that is also an article (German "den", "die") opens a clause only after a comma: "Gemeinsam mit Polen hat
    Litauen den Botschafter einbestellt" holds an article, no relative clause."""
    words = site.grammar.roles.subject_relatives | site.grammar.roles.complementizers
    articles = site.grammar.determiners
    low, high = (site.trigger[1], g.start) if g.start >= site.trigger[1] else (g.end, site.trigger[0])
    if g.start >= site.trigger[1] and any("," in site.forms[i] for i in range(low, high)) \
            and not (g.end < len(site.forms) and "," in site.forms[g.end]):
        return True  # "warf Guyana vor, gemeinsam mit Washington die Region zu militarisieren": the clause after the
        # comma is another verb's (not an incise the commas close: "La France a condamné, conjointement avec
        # l'Allemagne, les frappes")
    return any(site.forms[i] & words and not (site.forms[i] & articles and not (i > 0 and "," in site.forms[i - 1]))
               for i in range(low, high))


def _co_agent_marker(g: Group, forms: list[frozenset[str]], grammar: Grammar,
                     trigger: tuple[int, int] = (0, 0)) -> bool:
    """The group's preposition ("with", "mit", "con", "a", "с") follows a co-agent word ("together", "junto"), or a
    compound one holds it before the verb ("Aux côtés de la Belgique, la France a ..."; after it, it may go with
    another noun: "lors d'une conférence de presse aux côtés du Premier ministre"); never a word of the trigger
    ("se ranger aux côtés de l'Ukraine": the side taken is the target)."""
    at = _marker_index(g, forms)
    words = grammar.roles.co_agent_words
    if at is not None and at > 0 and forms[at - 1] & words and not trigger[0] <= at - 1 < trigger[1]:
        return True
    start = at if at is not None else g.start - 3  # (a compound found with the group: "aux" of "aux côtés de")
    return g.end <= trigger[0] and any(forms[k] & words for k in range(max(0, start), g.start))


def _co_agent_phrase(g: Group, trigger: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar,
                     own_markers: frozenset[str] | None = None) -> bool:
    """"struck Houthi positions alongside US forces": a co-agent preposition before the name (an article or
    adjectives between); "joined Britain in condemning Iran": the object of a co-agent verb, "in" after it, and the
    trigger after that. A rule that names the preposition among its target markers ("fought alongside the army":
    troops lent to that army) takes the name as its target."""
    words = grammar.roles
    if not (words.co_agent_prepositions or words.co_agent_verbs) or g.marker is not None or g.genitive:
        return False
    before = g.start - 1
    while before >= 0 and before >= g.start - 3 and forms[before] & grammar.determiners:
        before -= 1
    if before < 0:
        return False
    if forms[before] & words.co_agent_prepositions:
        return not forms[before] & (own_markers or frozenset())
    return bool(forms[before] & words.co_agent_verbs) and g.end < trigger[0] and g.end < len(forms) \
        and "in" in forms[g.end] and trigger[0] - g.end <= 2


COOPERATIVE: Final = frozenset({"SUPPORT", "AGREE", "AID", "COOPERATE", "CONSULT"})


def _marker_after(g: Group, forms: list[frozenset[str]], words: frozenset[str]) -> bool:
    """The group's preposition follows one of `words` ("face à la Chine")."""
    if not words:
        return False
    at = _marker_index(g, forms)
    return at is not None and at > 0 and bool(forms[at - 1] & words)


def _structural_roles(site: Site) -> Roles:
    """The source and target groups of one trigger by the clause's structure."""
    groups, trigger, clause, sentence_groups = site.groups, site.trigger, site.clause, site.sentence_groups
    rule, grammar, nominal, passive_aux, forms = site.rule, site.grammar, site.nominal, site.passive_aux, site.forms
    other_triggers, borrowed_subject, rival_triggers = site.other_triggers, site.borrowed_subject, site.rival_triggers
    t_start, t_end = trigger
    if nominal and passive_aux and grammar.participle_auxiliaries and _subject_noun_of_passive(trigger, clause, forms,
                                                                                                grammar):
        passive_aux = False  # "La visite de Modi à Moscou a été critiquée par Washington": the noun is the subject
    # "the Iran-backed group": what is backed is the noun right after the trigger, or nothing we know
    modifies = any(g.marker == COMPOUND and t_start == _compound_participle(g, forms) for g in groups)
    groups = _seen_from(groups, trigger, forms, grammar)
    attribute = site.attributes
    if attribute:
        own = next(((i, j) for i, j in attribute if t_start in (j, j + 1)), None)  # the participle or noun
        if own is not None and not (t_start > own[1] and forms[own[1]] & grammar.mediation_participles):
            return _attribute_roles([g for g in groups if own[0] < g.start < own[1]], rule, grammar)
        # ("eine von Katar vermittelte Waffenruhe": the participle's agent mediated, the parties are the clause's)
        # "Der von Israel auf den Libanon verübte Angriff wurde ... verurteilt": the names inside the attribute
        # are the participle's, no other verb's
        groups = [g for g in groups if not any(i < g.start < j for i, j in attribute)]
        sentence_groups = [g for g in sentence_groups if not any(i < g.start < j for i, j in attribute)]
        # "unterstützte die von Südafrika eingereichte Klage": a verdict on the noun judges its author
        judged = next(((i, j) for i, j in attribute if t_start < i <= t_start + 3), None)
        if judged is not None and rule.plover in ("ACCUSE", "REJECT", "SUPPORT"):
            author = _attribute_roles([g for g in site.groups if judged[0] < g.start < judged[1]], rule, grammar)
            site = replace(site, groups=groups, sentence_groups=sentence_groups, attributes=())
            roles = _structural_roles(site)
            if roles.sources and author.sources:
                roles.targets = author.sources
            return roles
    if attribute and not nominal and not passive_aux and rule.plover in _SAID_TYPES:
        antecedent = _authored_antecedent(site.groups, clause, attribute, rule, grammar, forms)
        if antecedent is not None:  # "die von Peru eingereichte Klage, die Bolivien Völkermord vorwirft": Peru accuses
            roles = Roles(sources=list(antecedent))
            charged = next((g for g in groups if clause[0] < g.start < clause[1]
                            and not {side_of(m.code) for m in g.members} & {side_of(m.code) for m in antecedent}), None)
            roles.targets = list(charged.members) if charged is not None else []
            return roles
    target_markers = (rule.target_markers if rule.target_markers is not None else grammar.target_markers) \
        | {TRIGGER_OBJECT}
    source_markers = rule.source_markers if rule.source_markers is not None else frozenset()
    # German patient nouns ("die Ausweisung von Diplomaten", "die Festnahme des Journalisten"): "von" and the
    # genitive name the one acted on; only "durch" or a possessive names the agent
    patient = nominal and rule.object_genitive and bool(grammar.patient_markers)
    if patient:
        target_markers = target_markers | grammar.patient_markers
    speech_at = _joined_speech(t_end, clause, forms, grammar)  # the clause's end, or before it; once per trigger
    in_clause = [g for g in groups if clause[0] <= g.start < speech_at]

    def usable(g: Group) -> bool:  # (the tests of other triggers' words are asked only where there are some)
        if g.attached and g.marker not in source_markers and not nominal:
            return False  # "the US ambassador to the UN": the UN is where the ambassador serves (not "la visite
            # du président français en Chine", where the noun takes it)
        if other_triggers and _behind_other_trigger(g, trigger, other_triggers, grammar) and not (
                rule.plover in VERDICT_TYPES and _genitive_after(g, other_triggers, forms, grammar)):
            return False  # "kritisierte die Waffenlieferungen ... an die Ukraine": Ukraine belongs to the noun
            # (but "protestierte gegen den Raketentest Nordkoreas": the noun's own genitive is the one judged)
        if other_triggers and _genitive_of_other_trigger(g, trigger, other_triggers, forms, grammar):
            return False  # "договорились о перемирии при посредничестве Катара": Qatar is the noun's agent
        if rival_triggers and _circumstance_agent(g, rival_triggers, forms, grammar):
            return False  # "tauschten unter Vermittlung Katars Gefangene aus": Qatar mediates, it is no party
        if (rule.symmetric or rule.mutual) and _mediator(g, site.mediations, forms, grammar):
            # "ont négocié sous l'égide d'Oman", "a US-brokered ceasefire", "restored ties in 2023, with China
            # acting as mediator": the mediator is no side of a mutual act
            return False
        if rival_triggers and _object_of_noun_before(g, trigger, rival_triggers, forms, grammar):
            return False  # "Nach dem Angriff auf Israel verhängten die USA Sanktionen": Israel is the attack's
        if rule.plover == "ACCUSE" and not nominal and rival_triggers \
                and _judged_act_patient(g, trigger, rival_triggers, forms, grammar):
            return False  # "a condamné une agression contre le Mali": Mali is what the act hit, not who is judged
        if rule.plover in VERDICT_TYPES and not rule.cameo.startswith(_COMPLAINT) \
                and _before_forum(g, trigger, forms, grammar):
            return False  # "a dénoncé devant le Conseil de sécurité ...": the body heard the verdict, it is not judged
            # (a complaint lodged before a body is addressed to it: "presentó una queja ante la ONU")
        if rule.plover in _SAID_TYPES and not nominal and _venue_of_saying(g, trigger, sentence_groups, forms, grammar):
            return False  # "a averti samedi à Singapour que la Chine ...": the place it was said, not the one warned
            # (a verb that sends takes its goal there: "экстрадировала в США колумбийского предпринимателя")
        if rule.plover in COOPERATIVE and g.marker is not None \
                and _marker_after(g, forms, grammar.roles.adversary_words):
            return False  # "le soutien des États-Unis face à la Chine": China is faced, not supported
        if site.acts and not nominal and g.marker not in grammar.location_markers \
                and _denied_content(g, trigger, site.acts, forms if grammar.verb_final else None):
            return False  # "negó haber enviado tropas a Rusia": Russia is a party of the act denied, not its accuser
        return g.marker is None or g.marker in target_markers or g.marker in grammar.agent_markers \
            or g.marker in source_markers

    roles = Roles()
    # (a genitive one only as a demonym: "from the first day of the Iraqi invasion")
    premodifier = next((g for g in in_clause if g.end == t_start and (
                        g.marker is not None or g.genitive and all(m.kind == "adjective" for m in g.members))
                        and g.marker not in grammar.agent_markers
                        and (g.marker != TRIGGER_OBJECT or not t_start <= (g.marker_index or -1) < t_end)), None)
    if premodifier is not None and any(grammar.verb_lemma(f) for f in forms[t_start]):
        premodifier = None  # "В Кремле осудили ...": a verb's clause, not a noun's phrase
    if premodifier is not None and premodifier.attached:
        premodifier = None  # "The Russian ambassador in Washington accused ...", "La embajada china en Manila acusó
        # ...": the post of the official before it, inside the subject's phrase, is no agent of the verb after it
    if premodifier is not None and premodifier.marker in grammar.location_markers and (
            grammar.verb_lemma_endings or forms[t_start] & (grammar.target_markers | target_markers)
            and all(m.kind in _STATE_KINDS for m in premodifier.members)):
        premodifier = None  # "в секторе Газа при посредничестве Катара": a place, and Russian nouns take no premodifier
        # ("held talks in Djibouti with the mediation of Qatar": a trigger that opens with a preposition is a
        # circumstance of the clause's verb, the place before it where the talks were held, not who mediated)
    if premodifier is not None and premodifier.marker in grammar.location_markers \
            and _agent_follows(in_clause, trigger, forms, grammar):
        premodifier = None  # "talks in Doha mediated by Qatar and Turkey", "conversaciones en Doha mediadas por Qatar":
        # the venue before a participle is no party; its agent phrase names the one who acted
    if premodifier is not None and not nominal and _verb_after_phrase(premodifier, in_clause, trigger, rival_triggers,
                                                                      forms, grammar):
        premodifier = None  # "Israeli strikes on Lebanon killed ...": the phrase is the object of the verb's subject
    if premodifier is not None and not grammar.verb_final:
        # "in retaliation for US chip controls on China": inside a phrase, the word before the noun is its agent
        # ("the Russian invasion of Ukraine": the noun's own "of" phrase right after it is what it is done to)
        target = next((g for g in in_clause if g.start >= t_end and (
            g.marker in target_markers or g.genitive and t_end < g.start <= t_end + 2
            and forms[t_end] & grammar.genitive_markers)), None)
        roles.sources = list(premodifier.members)
        roles.targets = list(target.members) if target else []
        return roles
    prefix = _abbreviated_prefix(in_clause, t_start, forms) if nominal and grammar.verb_final else None
    if prefix is not None:
        # "US-Sanktionen gegen chinesische Firmen", "EU-Sanktionen gegen Russland": an abbreviation written onto the
        # noun is its agent (a country's name there is its object: "Russland-Sanktionen")
        target = next((g for g in in_clause if g.start >= t_end and g.marker in target_markers), None)
        roles.sources = list(prefix.members)
        roles.targets = list(target.members) if target else []
        return roles
    if rule.symmetric or rule.plover == "ASSAULT":  # "die Waffenruhe zwischen Armenien und Aserbaidschan"
        pairs = [g for g in in_clause if g.marker in grammar.pair_markers and len(g.members) >= 2]
        subject = any(g.marker is None and not g.genitive for g in in_clause)
        # "hat die UNO wegen des Streits zwischen Indien und Pakistan Gespräche geführt": a pair before
        # the trigger belongs to another noun when the clause has a subject of its own
        between = next((g for g in pairs if _attached(g, trigger, rival_triggers)
                        and (g.start >= t_start or not subject)), None)
        if between is None and nominal and (rule.plover == "ASSAULT" or grammar.verb_lemma_endings and rule.symmetric):
            between = next((g for g in in_clause if g.genitive and g.start >= t_end and len(g.members) >= 2
                            and g.start - t_end <= 2), None)
            if between is not None and any(0 <= g.start - between.end <= 1 and g.marker in target_markers
                                           and g.marker not in grammar.pair_markers for g in in_clause):
                # "удары Израиля и США по Ирану", "les frappes d'Israël et des États-Unis contre l'Iran": the pair
                # strikes the third named after it together, not each other
                between = None
        if between is not None and not 0 <= between.start - t_end <= 3 and any(
                g.marker is None and not g.genitive and g is not between for g in in_clause):
            between = None  # "Xi y Bin Salmán hablaron ... la normalización entre Teherán y Riad": the subject acts
        if between is not None and _topic_pair(between, rule, forms, t_end, grammar):
            between = None  # "discussed the conflict between Israel and Iran": the pair is the topic's, not the talks'
        if between is not None:
            roles.sources = list(between.members)
            roles.mutual = rule.plover == "ASSAULT"
            return roles
    if nominal and _unresolved_genitive_after(groups, t_end, forms, grammar):
        return roles  # "die Waffenlieferungen des Westens": the noun's agent is not an actor we know
    candidates = [g for g in in_clause if usable(g)]
    infinitive = is_infinitive_clause(forms, clause, grammar) or borrowed_subject
    # "Russia's invasion" is the agent of another trigger, not a subject ("Norway's decision drew praise" is)
    unmarked = [g for g in candidates if g.marker is None and not g.genitive
                and not (g.possessive and any(g.end <= i <= g.end + 3 for i in rival_triggers))]
    agents = [g for g in candidates if g.marker in grammar.agent_markers and g.marker not in target_markers]
    # A possessive ("Trumps Erzfeind") qualifies the next noun: that noun, not the possessor, is the object.
    marked_targets = [g for g in candidates if g.marker in target_markers and not g.possessive]

    # "with missiles supplied by France": the agent of another participle, and the names after it, are that
    # participle's (only a verdict's target may be its author: "rejected the resolution presented by the US")
    # (no agent marker in the sentence: no group stands in a participle's agent phrase, none is asked)
    phrase = set() if absent(grammar.agent_markers, site.vocabulary) else {
        id(g) for g in candidates if _participle_phrase(g, groups, trigger, forms, grammar) is not None}
    authors = agents
    agents = [g for g in agents if id(g) not in phrase]
    marked_targets = [g for g in marked_targets if id(g) not in phrase]
    if passive_aux and not agents and grammar.verb_final and not nominal:
        # "Der Iran wurde von der IAEA aufgefordert": in a passive the rule's target "von" ("forderte von Belgrad")
        # names the verb's agent (not a noun's: "Die Forderung Kiews wurde von Moskau abgelehnt")
        agents = [g for g in candidates if g.marker in grammar.agent_markers]
        marked_targets = [g for g in marked_targets if g not in agents]
    if passive_aux and not agents and grammar.verb_lemma_endings:
        # "были задержаны Китаем", "введены Евросоюзом": the instrumental names the passive's agent
        agents = [g for g in unmarked if g.instrumental]
        unmarked = [g for g in unmarked if not g.instrumental]
    if passive_aux and not nominal and rule.plover in VERDICT_TYPES and not any(g.start > t_start for g in agents):
        seat = verdict_seat(groups, trigger, grammar)
        if seat is not None:  # "La condamnation ... a été saluée à Téhéran": the capital that judged
            agents = agents + [seat]
            marked_targets = [g for g in marked_targets if g is not seat]
    if passive_aux and not nominal and rule.cameo.startswith(_ARREST) and not agents:
        seat = custody_seat(groups, trigger, grammar)
        if seat is None:  # "fueron detenidos tras ingresar a Venezuela": held by someone unnamed, never the held
            held = _passive_subject(unmarked, t_start, forms, grammar) if unmarked else None
            roles.targets = list(held.members) if held is not None else []
            return roles
        agents = [seat]  # "Deux Français ont été arrêtés en Iran": the state that holds them arrested them
        marked_targets = [g for g in marked_targets if g is not seat]
    source: Group | None = None
    target = None  # (a Group or None, as above)
    credited_by: Group | None = None  # who thanks the source for the act (`_credit_pair`)
    summoned: Group | None = None  # the object fronted before an impersonal verb ("Посла Франции вызвали")
    accused_first = False  # that object a name right before the verb, no noun's owner ("В Сеуле Россию обвиняют")
    incise = None if nominal or passive_aux else _incise_subject(unmarked, trigger, forms, grammar)
    if incise is None and not (nominal or passive_aux) and _unnamed_incise(trigger, forms, grammar):
        return roles  # "..., warned its foreign minister.": the speaker is no actor we know, not the name before
    if incise is None and not (nominal or passive_aux) and _inverted_after_opener(t_start, forms, grammar):
        # "..., según denunció Kiev", "tal como le habían exigido Lima y Boric, ...": the subject
        # follows the verb (the informant of "según" is the speaker of its own verb), the clause may go on
        incise = next((g for g in groups if t_end <= g.start <= t_end + 2 and not g.genitive
                       and g.marker in (None, REPORT_SOURCE)), None)
    # ", which it accuses of ...": the actor before the comma is the verb's object, not its subject; a denial's
    # relative (", which Baku denies") stands for the whole claim before it, whose author the article supplies
    relative_object = None if nominal or passive_aux or rule.cameo.startswith("016") else _verb_final_object_relative(
        sentence_groups, clause, forms, grammar) if grammar.verb_final \
        else _object_relative(sentence_groups, t_start, forms, grammar, not rule.symmetric) \
        or _preposed_relative_partner(sentence_groups, clause, t_start, forms, grammar)
    clitic = None if nominal or passive_aux else _object_clitic(t_start, forms, grammar)
    if passive_aux and agents:
        roles.passive = True
        source = agents[0]
        target = _passive_subject(unmarked, t_start, forms, grammar) if unmarked else (
            marked_targets[0] if marked_targets else None)
        if not nominal and grammar.participle_auxiliaries:
            # "L'expulsion de diplomates par l'Algérie a été dénoncée par Paris": the verb's agent follows it, an
            # agent before it is the subject noun's
            source = next((g for g in agents if g.start > t_start), source)
            if rule.symmetric and len(source.members) >= 2:
                target = None  # "l'accord signé vendredi par la RDC et le Rwanda": the parties, with each other
            owner = _passive_subject_owner(groups, clause, trigger, rival_triggers, forms, grammar, source)
            if owner is not None and (target is None or rule.plover in VERDICT_TYPES and (
                    owner.marker in grammar.agent_markers or not unmarked and owner.start < target.start)):
                # "Douze agents de l'ambassade de France ont été expulsés par l'Algérie"; "Les sanctions de
                # Washington contre la CPI ont été condamnées par l'ONU": a verdict judges the act's author
                target = owner
        if t_start >= 2 and "," in forms[t_start - 1]:
            # "expulsó al embajador de Irán, acusado por Israel de ...", "rompió con Bolivia, criticada por
            # Chile": a participle right after a comma acts on the name that the comma closes
            target = next((g for g in sentence_groups if g.end == t_start - 1
                           and g.marker not in (REPORT_SOURCE, COMPOUND)), None) or target
        if target is None:  # "Ucrania, que fue atacada por Rusia": the pronoun is what the passive acts on
            target = _relative_antecedent(sentence_groups, clause, forms, grammar)
        if t_start == 0 and grammar.participle_auxiliaries:
            # "Accusé par Washington de soutenir Moscou, Pékin a rejeté ...": a participle that opens the sentence
            # acts on the subject after its comma
            comma = next((i for i in range(t_end, len(forms)) if "," in forms[i]), None)
            target = next((g for g in sentence_groups if comma is not None and comma < g.start <= comma + 3
                           and g.marker is None and not g.genitive), None) or target
        if target is None and clause[0] > 0 and "," in forms[clause[0] - 1]:
            # "L'Iran, qui a fourni des drones à la Russie, a été sanctionné par l'UE": after an inserted clause the
            # passive's subject is the one before it
            target = _subject_outside(sentence_groups, clause, grammar, forms)
            target = None if target is source else target
    else:
        source = incise  # «...», a exigé le président français: the subject follows the verb
        if source is None and not nominal and rule.plover in _SAID_TYPES \
                and _first_person_before(clause, t_start, forms, grammar):
            # "„Wir fordern Peking auf, ...“, sagte ein Sprecher in Taipeh": "wir" is the subject, the name after
            # the verb its object, and the one who says "we" is the speaker after the quotation
            close = next((i for i in range(t_end, len(forms)) if forms[i] & ANY_QUOTE_MARKS), None)
            source = _quoted_speaker(sentence_groups, (clause[0], close + 1), forms, grammar) \
                if close is not None else None
            roles.from_outside_clause = source is not None
            if source is not None:  # « Nous condamnons ... », a déclaré X: X attaches where "nous" stands
                roles.subject_pronoun = next((i for i in (t_start - 1, t_start - 2, clause[0])
                                              if clause[0] <= i < t_start and forms[i] & grammar.roles.first_person),
                                             None)
        if source is None and not passive_aux and rule.plover in VERDICT_TYPES:
            fronted = _fronted_object_owner(sentence_groups, t_start, forms, grammar)
            if fronted is not None:  # "В Москве решение Кишинёва назвали недопустимым": the seat judged Chișinău
                source, summoned = fronted
                # "В Сеуле Россию обвиняют в поставках оружия КНДР": the fronted name is the object itself
                accused_first = summoned.start == source.end and summoned.end == t_start
        if source is None and grammar.roles.topic_prepositions:
            source = _announced_topic_speaker(unmarked, clause, t_start, t_end, forms, grammar)
        if source is None and not passive_aux and not nominal and rule.plover in VERDICT_TYPES:
            inverted = _fronted_act_judges(sentence_groups, clause, t_start, t_end, rival_triggers, forms, grammar)
            if inverted is not None:  # "Удар осудили Саудовская Аравия и Кувейт": the names after the verb judge
                source, owner = inverted
                summoned = owner or summoned
        if source is None and not passive_aux and not nominal and rule.plover in VERDICT_TYPES and grammar.verb_final:
            inverted = _fronted_object_subject_after(sentence_groups, clause, trigger, forms, grammar)
            if inverted is not None:  # "Die Entscheidung Ägyptens begrüßten Jordanien und Katar": they judge Egypt
                source, summoned = inverted
        if nominal and source is None:
            source = _nominal_source(candidates, groups, t_start, t_end, grammar, patient, forms)
            pronoun = other_possessive(t_start, clause, forms, grammar) if source is None else None
            if pronoun is None and source is None:
                pronoun = possessive_of_no_list(sentence_groups, t_start, clause, forms, grammar)
            if pronoun is not None:
                # "Китай критикует США и их санкции", "после начала её вторжения": the pronoun's antecedent acts,
                # never the clause's subject; with none in the sentence the noun's agent is unknown here
                source = _possessive_antecedent(sentence_groups, pronoun, clause, forms, grammar)
                if source is None:
                    return roles
        if source is None and source_markers and (passive_aux or len(unmarked) < 2):
            # "wurde ins Auswärtige Amt einbestellt"; but "Die Regierung hat den Botschafter ins Auswärtige Amt
            # einbestellt" has a subject and an object of its own: the ministry is only where it happened
            source = next((g for g in candidates if g.marker in source_markers), None)
            if source is None and not passive_aux:
                # "Посла Франции вызвали в МИД России": the pattern holds "в МИД"; with a plural verb and no
                # subject the one summoned may stand before it, the ministry summons
                source = next((g for g in candidates if g.marker == TRIGGER_OBJECT and g.marker_index is not None
                               and forms[g.marker_index] & source_markers), None)
                summoned = next((g for g in unmarked if g is not source), None) if source is not None else None
        owner_phrase = -1  # the end of a German subject phrase whose owner acts: no object stands inside it
        fronted_end = None  # the comma that closes a fronted phrase holding the trigger, whose subject follows it
        if source is None and not infinitive and grammar.verb_final \
                and not (nominal or passive_aux or rule.subject_judged):
            source = _vorfeld_owner(candidates, groups, clause, t_start, forms, grammar)
            owner_phrase = source.end if source is not None else -1
        if source is None and not infinitive and not grammar.verb_final and not (nominal or passive_aux):
            source = _subordinate_owner(candidates, t_start, forms, grammar)
        if source is None and not infinitive and not grammar.adjectives_before_nouns and not (nominal or passive_aux) \
                and rule.plover in FORCE_TYPES and t_start > 0 and _opens_noun_phrase(forms[t_start - 1], grammar):
            # "des frappes israéliennes ont visé Beyrouth" (a pattern "frappe* ... visé"): the demonym after the force
            # noun that opens the trigger (its article before it, or a number: "plusieurs missiles russes ont frappé
            # Kiev") is its subject, as in "Israeli strikes targeted Beirut" it stands before it
            # ("une vague de drones ukrainiens a touché Moscou": or after the noun of its "de" phrase)
            source = next((g for g in unmarked if t_start < g.start <= t_start + 3 and g.end < t_end
                           and postnominal_adjective(g, grammar)), None)
        credit = None if infinitive or nominal or passive_aux \
            else _credit_pair([g for g in candidates if g.marker is None or g.marker in grammar.target_markers],
                              clause[0], t_start, forms, grammar)
        if credit is not None:
            credited_by, source = credit  # "Kabul thanked Japan for sending relief": Japan sent it, to Kabul
        if source is None and not infinitive:
            free = unmarked if grammar.verb_final else [
                g for g in unmarked if not _object_of(g, rival_triggers, t_start, grammar, forms, unmarked)
                and not _object_after_incise(g, rival_triggers, t_start, grammar, forms)]
            source = _subject(free, t_start, grammar, forms)
            if source is not None and not nominal and rule.plover in _SPEAKER_ACTS:
                source = _coordinated_speaker(sentence_groups, source, t_start, rival_triggers, forms, grammar) \
                    or source
            if rule.reverse and source is not None and _speaker_of(source, t_start, forms, grammar):
                source = None  # "Biden said the truce was brokered by Qatar": the parties are not Biden
            if source is not None and (nominal or t_start > 0 and forms[t_start - 1] & grammar.roles.que_article) \
                    and _complementizer_between(source.end, t_start, forms, grammar):
                return roles  # "ont averti qu'une attaque contre Niamey serait ...": nobody's act we know of
        if source is None and not infinitive and relative_object is None:
            source = _relative_antecedent(sentence_groups, clause, forms, grammar)
        if source is None and not infinitive:
            source = _quoted_speaker(sentence_groups, clause, forms, grammar)
            roles.from_outside_clause = source is not None  # «Solo puedo lamentar ...», dijo Slutski
            roles.quoted_speaker = source is not None and not nominal  # (a noun in a quotation: «ces frappes»)
            if source is not None and not nominal and any(
                    w.endswith(tuple(grammar.roles.first_person_endings)) for w in forms[t_start]):
                roles.subject_pronoun = t_start  # «Condenamos ...», dijo X: the verb's own person stands for X
        if source is None and agents and not infinitive:
            source = next((g for g in agents if not _attribute_agent(g, trigger, forms, grammar, nominal)), None)
            # "der von Indien und Japan unterzeichnete Vertrag"; not "El grupo respaldado por Irán atacó a Israel"
        if source is None and not infinitive and not grammar.verb_final \
                and not (passive_aux and rule.plover in VERDICT_TYPES):
            # "Los disparos del ejército israelí mataron ...", "Les tirs de l'armée ont tué ...", "Ships of the
            # Chinese coast guard attacked ...": the subject noun is no actor, its "de" or "of" phrase is (not
            # before a passive verdict: "L'attaque d'Israël a été condamnée" names what was judged, not who judged
            # it; not after a relational noun: "Critics of the Kremlin accused ..."); a list of them may stand
            # further, after an adjective: "Les Etats sahéliens du Tchad, du Niger et du Mali ont conclu un pacte"
            opening = clause[0]  # "después de que agentes de la Policía ecuatoriana irrumpieran": after the opener
            while opening < t_start and forms[opening] & (grammar.subordinators | grammar.genitive_markers):
                opening += 1
            source = next((g for g in candidates if g.genitive and g.marker is None and g.end <= t_start
                           and (g.start - opening <= 4 or g.start - opening <= 6 and len(g.members) >= 2)
                           and not any(forms[i] & grammar.roles.relational_nouns for i in range(opening, g.start))),
                          None)
        if source is None and not infinitive and not grammar.verb_final and t_start - clause[0] <= 3:
            # "En visite à Tokyo, le secrétaire d'État a ...", "De visita en Pekín, Lula ...": a fronted phrase
            # (not a list's own comma: "с Литвой Польша, Латвия и Эстония выслали")
            comma = next((i for i in range(t_end, min(clause[1], t_end + 8)) if "," in forms[i]
                          and not any(g.start < i < g.end for g in unmarked)), None)
            source = next((g for g in unmarked if comma is not None and g.start > comma), None)
            fronted_end = comma if source is not None else None
            if source is None and comma is None and grammar.verb_lemma_endings:
                source = _uncommaed_fronted_subject(candidates, clause, trigger, forms, grammar)
        if source is None and not quoted_by_pronoun(clause, forms, grammar, sentence_groups):
            # ("\"If Hezbollah attacks, we will strike,\" he said": the pronoun's antecedent speaks, see coder)
            source = _subject_outside(sentence_groups, clause, grammar, forms)
            if rule.reverse and source is not None and _speaker_of(source, t_start, forms, grammar, clause[0]):
                source = None  # "Biden, who announced the deal, said it had been brokered by France"
            roles.from_outside_clause = source is not None
        if source is None and not infinitive:
            source = _impersonal_speaker(sentence_groups, t_start, grammar, forms)
            roles.from_outside_clause = False  # "В Москве пообещали ответить": the institution is the clause's own
        if source is not None and not (nominal or passive_aux) \
                and _unnamed_subject(sentence_groups, source, t_start, forms, grammar):
            source = None  # "cut off talks after then-Speaker Pelosi visited Taiwan": Pelosi visits, not Beijing
            roles.from_outside_clause = False
        # (no other trigger in the sentence: no group follows one, none is asked)
        later_verb = {id(g) for g in candidates if _after_coordinated_verb(g, t_end, rival_triggers, forms, grammar)} \
            if rival_triggers else set()
        if rule.plover in VERDICT_TYPES and not any(
                g is not source and g.start >= t_end and id(g) not in later_verb for g in candidates) \
                and not (rule.plover == "ACCUSE" and _verdict_words_own(sentence_groups, source, later_verb, t_end,
                                                                         forms, grammar)):
            # a verdict whose own words name no one judges the one named later ("a condamné des attaques contre
            # des ambassades et appelé les autorités congolaises à ..."); one that does ("criticó la medida de
            # Pekín y expresó su apoyo a Filipinas") leaves the names after the next verb to that verb
            later_verb = set()
        # (no speech verb in the sentence: no group is an inverted speaker, none is asked)
        speech = not absent(grammar.modality.get("report", frozenset()), site.vocabulary)
        rest = [g for g in candidates if g is not source
                and not (speech and _inverted_speaker(g, t_end, forms, grammar))
                and not _in_apposition(g, source, t_start, forms, grammar) and not g.start < owner_phrase
                and id(g) not in later_verb]
        if nominal:
            # A noun takes its object through a preposition ("Angriffe der Hisbollah auf Israel");
            # "Vorwürfe der Ukraine zurückgewiesen" has no object of the noun at all. When a "durch/by"
            # phrase names the agent, a genitive is the object: "der Abschuss einer malischen Drohne".
            # (also after a numeral: "la detención de dos canadienses por China")
            of = t_end < len(forms) and bool((forms[t_end] | forms[t_end - 1]) & grammar.genitive_markers)
            # ("la destruction d'un drone syrien par l'armée turque": the object's demonym names its owner)
            objective = [g for g in rest if (g.genitive or of and g.start > t_end or g.start - t_end <= 1
                                             and postnominal_adjective(g, grammar)) and source is not None
                         and source.marker in grammar.agent_markers and t_end <= g.start < source.start]
            if source is not None and source.start == t_end and postnominal_adjective(source, grammar):
                objective = [g for g in rest if g.genitive and source.end <= g.start <= source.end + 2]
            if patient:
                objective = [g for g in rest if g.genitive and t_end <= g.start <= t_end + 3]
            rest = [g for g in rest if g.marker in target_markers] or objective
        # a city after another act is that act's object ("bombardearon el puerto yemení ... en respuesta al ataque
        # ... contra Tel Aviv"): it names its state only as the place of the act it follows
        # (a name in the subject's descriptive apposition, "Washington, lié à Manille par un traité, a condamné les
        # actions de la Chine", yields to one the verb has after it; alone it may still be meant: "le ministre, en
        # visite à Kiev, a réaffirmé son soutien")
        named_after = any(g.start >= t_end for g in rest)
        own_marked = [g for g in marked_targets if id(g) not in later_verb and not (
            all(m.kind == PLACE for m in g.members) and any(t_end <= i < g.start for i in rival_triggers))
            and not (named_after and _in_apposition(g, source, t_start, forms, grammar))
            and not _topic_pair(g, rule, forms, t_end, grammar)]
        after = [g for g in own_marked if g is not source and g.start > t_start]
        target = after[0] if after else next((g for g in own_marked if g is not source and (
            grammar.verb_final or source is None or g.start > source.start)), None)  # not a phrase before the subject
        target = target or summoned
        # German main clauses put the verb second: "Israel bestellte den Botschafter ... ein" has its object after
        # the verb's first part, like SVO languages (a subordinate clause has nothing after its final verb).
        # After the trigger and a comma comes its content ("hatte Stockholm vorgeworfen, Anhängern der PKK ...").
        comma = next((i for i in range(t_end, clause[1]) if "," in forms[i]), clause[1])
        direct = None if nominal or rule.topic_object else _direct_object(
            [g for g in rest if g.start < comma or not grammar.verb_final],
            t_start + 1 if grammar.verb_final else t_end, rival_triggers)
        if (direct is None or any("," in forms[i] for i in range(t_end, direct.start))) and not nominal \
                and not rule.topic_object and not grammar.verb_final:
            # "вызвал посла Эстонии", "expelled the envoy of Estonia": the pattern ends in the object's head noun
            # (before a name after a comma: "expelled the ambassadors of Argentina and Chile, the ministry said")
            inside = next((g for g in rest if t_start < g.start < t_end), None)  # the first actor in the pattern
            if inside is not None and t_end <= inside.end and inside.marker is None and not inside.possessive \
                    and not any(m.kind in ("reference", "adjective") for m in inside.members):
                direct = inside  # not "quitter le pays", not "accused Kigali of arming the M23 rebels"
        if direct is not None and (not after or direct.start < after[0].start):
            target = direct  # "Russia invaded Ukraine ... the influence of the US": the object next to the verb
        controlled = None if nominal else _controlled_object(rest, trigger, forms, grammar)
        if controlled is not None:
            target = controlled  # "urged Israel to halt its strikes on Lebanon": Israel is asked, not Lebanon
        if rule.owner_inside:
            owner = next((g for g in rest if g is not source and t_start < g.start
                          and t_end - _OWNER_GAP <= g.end < t_end), None)
            target = owner or target  # "rebuffed EU calls to impose sanctions on Russia": the EU is rebuffed
        if target is None and not rule.topic_object:
            # "struck targets near Damascus, a day after Turkey condemned ...", "staged drills after the speaker
            # met Taiwan's president": a name behind an adverbial subordinator after the verb belongs to that
            # subordinator's clause, never to this verb
            objects = [g for g in rest if g.marker is None and not g.possessive
                       and not _in_adverbial_clause(g, t_end, forms, grammar)]
            right = [g for g in objects if g.start > t_start]
            if grammar.verb_final:
                right = [g for g in right if g.start < comma or not any(o.start < t_start for o in objects)]
            if right:
                target = right[0]
            elif objects and grammar.verb_final:
                target = objects[0]  # German objects before the verb
            elif source is not None:  # "gave France an ultimatum"; "blamed Israel ... and threatened"
                target = next((g for g in objects if g.start > source.start), None)
        if target is None and not nominal and not (rule.symmetric and source is not None and len(source.members) > 1):
            # "criticised the decision by Washington": the author of the thing acted on (but "X and Y agreed
            # a truce brokered by Qatar": the parties agreed with each other)
            target = next((g for g in (authors if rule.plover in VERDICT_TYPES else agents)
                           if g is not source and (grammar.verb_final or g.start > t_start)), None)
        if rule.plover in ("ACCUSE", "REJECT", "SUPPORT"):
            # "condemned China's actions", "rejected Iraq's proposal": the owner of what is judged, and
            # before anything else when it follows the verb ("condemned Russia's invasion of Ukraine")
            # ("condemned the strike as a violation of Qatar's sovereignty": Qatar is wronged, not judged)
            owner = next((g for g in in_clause if (g.possessive and not (g.genitive and g.marker is None)
                                                   or g.genitive and grammar.verb_lemma_endings)
                          and g.start > t_start and g is not source), None)  # "осудили удар Израиля"
            if owner is not None and (target is None or not nominal and owner.start - t_end <= 1):
                target = owner
            act_author = None if nominal or target is None else _act_noun_author(target, groups, t_end, forms, grammar)
            if act_author is not None and act_author is not source:
                target = act_author  # "criticó el acercamiento de Madrid a Pekín": Madrid's act is judged, not Beijing
        if target is None and not grammar.verb_final:
            # "struck Iran's nuclear sites", "drones hit Russia's refineries", "sanctions on Russia's banks":
            # the owner of what is acted on, when it stands right after the verb or its preposition
            target = next((g for g in rest if g.possessive and g.start >= t_end and g.start - t_end <= 4
                           and (g.marker is None and not g.genitive or g.marker in target_markers)
                           and not any(m.kind == "reference" for m in g.members)  # "each other's", "both countries'"
                           and not any(t_end <= i < g.start for i in rival_triggers)), None)
        if target is None and grammar.verb_final:
            # "Einreiseverbote gegen Taiwans Vertreterin", "Angriffe auf Israels Norden": the owner of what the
            # target's preposition governs is the one acted on (German clauses give the possessor no role else)
            target = next((g for g in rest if g.possessive and g.marker in target_markers
                           and g.marker != TRIGGER_OBJECT and 0 < g.start - t_end <= 2
                           and not any(t_end <= i < g.start for i in rival_triggers)), None)
        if incise is not None and rule.plover == "ACCUSE" and not (
                grammar.roles.incise_auxiliaries and _after_quotation(t_start, forms, grammar)):
            # "Un buque chino embistió a una embarcación filipina, denunció Manila": the reported act's author
            target = _judged_before_incise(sentence_groups, t_start, forms, target_markers) or target
        elif incise is not None and _dative_before(t_start, forms, grammar):
            # "Argentina rechazó las sanciones, como le pidió Brasil": the pronoun is the main clause's subject
            target = _judged_before_incise(sentence_groups, t_start, forms, target_markers)
        if target is None and incise is not None:
            target = _quoted_subject(sentence_groups, t_start, forms)  # «La Russie doit partir», a exigé X
        if target is None and nominal and rule.reverse and source is not None and source.start >= t_end:
            # "Израиль и ХАМАС договорились при посредничестве Катара": the noun's genitive is the one it names
            # (the mediator), the clause's subject the parties; swapped below like a verb's reverse roles
            target, source = source, _subject([g for g in unmarked if g is not source], t_start, grammar, forms)
        if (target is None or target.end <= t_start) and rule.plover == "SANCTION" and grammar.roles.origin_markers:
            target = _origin_of_object(in_clause, source, trigger, rival_triggers, grammar) or target
        elif target is None and grammar.roles.origin_heads:
            target = _origin_of_people(in_clause, source, trigger, rival_triggers, forms, grammar)
        if target is None and source is not None and not nominal and rule.plover in _SPEAKER_WRONGED:
            target = _wronged_speaker(sentence_groups, source, trigger, rival_triggers, forms, grammar)
        if target is None and rule.plover in ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST"):
            located = [g for g in in_clause if g.marker in grammar.location_markers and g is not source
                       and (g.start - t_end if g.start >= t_end else t_start - g.end) <= _LOCATION_REACH]
            target = located[0] if located else None
        if nominal and rule.plover in VERDICT_TYPES and grammar.participle_auxiliaries:
            # "la condamnation par la Turquie de l'attaque d'Israël contre l'Iran": the noun judges the act
            # noun after it, whose own genitive is its author
            act = next((i for i in sorted(rival_triggers) if t_end <= i <= t_end + 6), None)
            if act is not None and not any(forms[i] & _CLAUSE_STOPS for i in range(t_end, act)):
                target = next((g for g in groups if g.genitive and act < g.start <= act + 2 and g is not source),
                              None) or target
        if rule.plover in VERDICT_TYPES and grammar.participle_auxiliaries and not nominal:
            # "a dénoncé la destruction d'un drone syrien par l'armée turque": the verdict judges the act noun
            # right after it, and so the author its "par" phrase names (not the owner of what it hit)
            act = next((i for i in sorted(rival_triggers) if t_end <= i <= t_end + 2), None)
            by = None if act is None else next((g for g in groups if g.marker in grammar.agent_markers
                                                and act < g.start <= act + _ACT_AGENT_REACH and g is not source), None)
            if by is not None and not any(forms[i] & _CLAUSE_STOPS for i in range(t_end, by.start)):
                target = by
        if target is None and source is not None and rule.plover in ("ASSAULT", "COERCE", "SANCTION") and (
                nominal and grammar.participle_auxiliaries
                # "after Israeli (and US) strikes on its nuclear sites": the noun's agent an adjective right before it
                or grammar.roles.owner_possessives and source.end == t_start
                and any(m.kind == "adjective" for m in source.members)):
            target = _owner_of_object(sentence_groups, source, trigger, forms, grammar, target_markers)
        if fronted_end is not None and target is not None and rule.cameo != _HOSTING \
                and any(fronted_end < i < target.start for i in rival_triggers):
            # "Réunis dimanche à Abuja, les chefs d'État de la Cédéao ont appelé le Mali à ...": the fronted phrase
            # lends its act the subject after its comma, not the objects of the main verb that follows it (but a
            # guest "Reçu lundi à l'Élysée," thanks or meets its host there: "..., X a remercié Macron")
            target = None
    if relative_object is not None and relative_object is not source \
            and (target is None or target.marker not in target_markers):
        target = relative_object  # the pronoun stands in the object's place ("qu'il impute à Israël": not there)
        if roles.from_outside_clause and source is not None:
            roles.subject_pronoun = next((i for i in (t_start - 1, t_start - 2) if i >= clause[0]
                                          and forms[i] & grammar.roles.speaker_pronouns), None)
    if clitic is not None:
        # "a rencontré son homologue tunisien et l'a invité à Alger", "Kinshasa l'accuse de soutenir le M23": the
        # pronoun before the verb is its object and stands for the actor named last before it (or the article's)
        target = next((g for g in reversed(sentence_groups) if g.end <= clitic and g is not source
                       and g.marker not in (REPORT_SOURCE, COMPOUND)
                       and (source is None
                            or {side_of(m.code) for m in g.members} != {side_of(m.code) for m in source.members})),
                      None)
    if target is not None and target.start > t_start and (
            modifies and target.start > t_end + 1 or _pronoun_object(forms, trigger, nominal, grammar)
            or rule.plover in VERDICT_TYPES and _unnamed_object(groups, forms, trigger, nominal, grammar)
            or rule.plover == "REQUEST" and _unnamed_addressee(groups, forms, trigger, nominal, grammar)):
        target = None  # "The Iran-backed group fired ... after the Hamas attack", "accusing him of deporting
        # Ukrainian children": the one acted on is the noun or pronoun next to the verb, not a name further on
    if target is None and source is not None and _pronoun_object(forms, trigger, nominal, grammar):
        target = _coordinated_pronoun_antecedent(sentence_groups, source, t_start, forms, grammar)
        if target is None and rule.cameo.startswith("112") and grammar.verb_lemma_endings:
            # (an accusation only: "назвав их провокацией", "calling them an escalation" judge acts, no persons)
            target = _gerund_pronoun_antecedent(sentence_groups, source, t_start, forms, grammar)
    if target is None and nominal and source is not None and rule.plover == "ACCUSE":
        target = _accusation_content_subject(sentence_groups, source, trigger, forms, grammar)
    if accused_first:
        target = summoned  # "В Сеуле Россию обвиняют в передаче Пхеньяну ...": not a name in the charge after it
    if rule.subject_judged and not roles.passive:
        # "Kyiv said the Hungarian veto was a provocation": the copula's subject is judged, the speaker
        # before it (or outside the clause) judges
        # (a name after the verb is no copula subject: "..., sagte der iranische Außenminister" speaks)
        copula_subject = source if source is not None and not roles.from_outside_clause and source.start < t_end \
            else _opening_possessor(sentence_groups, clause, t_start)
        # «Cette décision ne restera pas sans réponse», a déclaré Barrot: the speaker after the quotation threatens
        speaker = source if copula_subject is None and roles.quoted_speaker else None
        if copula_subject is not None:
            speaker = _subject([g for g in unmarked if g.end <= copula_subject.start], copula_subject.start, grammar,
                               forms)
            if speaker is None:
                speaker = _quoted_speaker(sentence_groups, clause, forms, grammar) or _subject_outside(
                    sentence_groups, clause, grammar, forms) or _clause_speaker_after(
                    sentence_groups, t_end, forms, grammar)
        if speaker is None and copula_subject is not None and copula_subject.marker is None and _speaks_before(
                forms, copula_subject.end, t_start, grammar):
            # "Morocco said the decision was unacceptable": the name is the speaker, the act judged is a noun of no
            # actor (its author is the article's: fill_from_context), or of the possessor that opens the reported
            # clause ("Tehran said Israel's strikes would not go unanswered")
            speaker, copula_subject = copula_subject, _opening_possessor(
                sentence_groups, (copula_subject.end + 1, clause[1]), t_start)
        elif speaker is None and copula_subject is not None and target is not None \
                and copula_subject.end <= target.start and target.end < t_start \
                and any(forms[i] & grammar.roles.complementizers for i in range(target.end, t_start)):
            # "La Turquie a prévenu la Grèce que cette provocation ne resterait pas sans réponse": the subject warns
            # the one it addresses before the reported clause, whose own subject names no actor
            speaker, copula_subject = copula_subject, target
        source, target = speaker, copula_subject
    if grammar.verb_final and rule.plover == "ACCUSE" and not nominal and not rule.reverse:
        # "sagte, was Russland in der Ukraine anrichte, sei ein Verbrechen": the free relative clause before the
        # predicate is its subject, and the one who acts there is judged by the speaker before it
        judged_act = _free_relative_subject(sentence_groups, clause, forms)
        if judged_act is not None:
            judged_group, opening = judged_act
            target = judged_group
            source = next((g for g in reversed(sentence_groups) if g.end <= opening and g.marker is None
                           and not g.genitive and not g.possessive), None)
    if rule.symmetric and not (nominal or roles.passive or rule.reverse) and source is not None \
            and len(source.members) >= 2 and target is not None and target.start >= t_end \
            and not _partner_phrase(target, t_end, sentence_groups, forms, grammar, target_markers):
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
        target = _partner_after_place(target, source, sentence_groups, forms, grammar, target_markers) or target
    also = _coordinated_phrases(target, sentence_groups, rival_triggers, forms, grammar) \
        if target is not None and target.marker in target_markers and target.marker != TRIGGER_OBJECT else []
    if credited_by is not None and credited_by is not source:
        # "thanked Japan for sending flood relief": the relief went to the one who thanks; nothing else of the
        # thanked one's is done to the thanker ("thanked Poland for rejecting the proposal")
        thanker = target is not None and (target.start, target.end) == (credited_by.start, credited_by.end)
        target = (target or credited_by) if rule.plover == "AID" else None if thanker else target
    if rule.reverse:
        source, target = target, source
    roles.sources = list(source.members) if source else []
    roles.targets = list(target.members) if target else []
    if also:
        sides = {side_of(m.code) for m in roles.sources}
        roles.targets += [m for g in also for m in g.members if side_of(m.code) not in sides]
    return roles


def _partner_after_place(target: Group, source: Group | None, groups: list[Group], forms: list[frozenset[str]],
                         grammar: Grammar, target_markers: frozenset[str]) -> Group | None:
    """A city after a preposition ("à Budapest", "in Budapest", "в Будапеште") followed right away by a phrase with
    the partner preposition ("avec Vladimir Poutine", "with Putin"): the city is where, the partner is the party (not
    "pidió ayuda a Moscú para proteger su frontera con Afganistán": another noun's). Returns the partner's group."""
    if target.marker in grammar.partner_prepositions or target.marker is None \
            or not all(m.kind in ("capital", PLACE) for m in target.members):
        return None
    own = {party(m.code) for m in source.members} if source is not None else set()
    return next((g for g in groups if g.start > target.start and _marker_at(g, forms) == target.end
                 and g.marker in grammar.partner_prepositions and g.marker in target_markers
                 and own.isdisjoint(party(m.code) for m in g.members)), None)


def _topic_pair(g: Group, rule: Rule, forms: list[frozenset[str]], t_end: int, grammar: Grammar) -> bool:
    """"обсудили конфликт между Израилем и Ираном", "discussed the conflict between Israel and Iran": a pair behind
    the topic a rule's object names is the topic's sides, no partners in the talks (a pair right after the trigger,
    "обсуждение между Россией и Китаем", "discussions between", names them)."""
    return rule.topic_object and g.marker in grammar.pair_markers \
        and any(forms[i].isdisjoint(grammar.pair_markers) for i in range(t_end, g.start))


_PAIR_REACH: Final = 2  # "alcanzado entre X e Y, con la mediación de": words between the pair and the mediator's phrase
# "held talks on Monday with Iran", "signed a trade deal with Iran": words between verb and partner
_PARTNER_REACH: Final = 3


_COMPLAINT: Final = "114"  # CAMEO: complain officially (to the body it is lodged with)


def _before_forum(g: Group, trigger: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """An international body after a forum preposition outside the trigger ("devant le Conseil de sécurité", "before
    the UN General Assembly", "перед Советом Безопасности"; an article between): where a verdict was spoken. So is
    one after the preposition of a written channel ("in a letter to the UN", "lodged a note with the United Nations
    objecting to ..."; `forum_nouns`): the body the text went to reads it, it is not judged."""
    words = grammar.roles.forum_prepositions
    if not words or not all(m.kind == "organisation" for m in g.members):
        return False
    at = g.start - 1
    if at > 0 and forms[at] & grammar.determiners:
        at -= 1
    if at < 0 or trigger[0] <= at < trigger[1]:
        return False
    return bool(forms[at] & words) or at > 0 and bool(forms[at] & grammar.target_markers) \
        and bool(forms[at - 1] & grammar.roles.forum_nouns)


# acts a speaker does by saying them: a quotation in the first person may be one ("Wir fordern ...", "We reject ...";
# not deals or ties: "Wir vertiefen unsere Partnerschaft mit X" is often what a visitor says of the host's state), and
# a venue may follow their verb
_SAID_TYPES: Final = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT"})
_VENUE_GAP: Final = 3  # "a averti samedi à Singapour", "обвинил в субботу в Катаре": words from the verb to the place


def _venue_of_saying(g: Group, trigger: tuple[int, int], groups: list[Group], forms: list[frozenset[str]],
                     grammar: Grammar) -> bool:
    """A bare place name right after the verb ("a averti à Singapour que ...", "обвинил в Катаре Иран"), before
    the verb's clause or its object: where it was said; a preposition of venue never marks the addressee there."""
    words = grammar.roles.venue_prepositions
    at = _marker_index(g, forms)
    if not words or at is None or at != g.start - 1 or not forms[at] & words \
            or not 0 <= at - trigger[1] <= _VENUE_GAP or not all(m.kind in _STATE_KINDS for m in g.members):
        return False
    after = g.end + 1 if g.end < len(forms) and "," in forms[g.end] else g.end
    if after >= len(forms):
        return False
    return _complementizer_between(after, after + 1, forms, grammar) or any(o.start == g.end and o.free
                                                                            for o in groups)


_AGENT_GAP: Final = 2  # "mediadas por Qatar", "facilitées par le Qatar": words from the participle to the agent's name


def _agent_follows(groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                   grammar: Grammar) -> bool:
    """An agent phrase right after the trigger ("mediated by Qatar", "mediadas por Qatar", "vermittelt von Katar"),
    its marker inside the trigger ("mediated by") or standing before the name."""
    t_end = trigger[1]
    by_inside = bool(forms[t_end - 1] & grammar.agent_markers)
    return any(0 <= g.start - t_end <= _AGENT_GAP and (by_inside or g.marker in grammar.agent_markers)
               for g in groups)


def _partner_phrase(target: Group, t_end: int, groups: list[Group], forms: list[frozenset[str]], grammar: Grammar,
                    target_markers: frozenset[str]) -> bool:
    """Whether a symmetric verb with several subjects takes `target` as one more party: a phrase with the verb's
    own preposition or a plain object, close after it (places aside: "se habían reunido en Jerusalén con") and
    before any comma. Farther on, a name belongs to another noun or clause ("talks on North Korea's missile
    programme", "agreed to link their grids with France", "despite criticism over their ties with Russia")."""
    gap = range(t_end, _marker_at(target, forms))
    if any("," in forms[i] for i in gap):
        return False
    places = place_tokens(groups, forms, grammar)
    if len([i for i in gap if i not in places]) > _PARTNER_REACH:
        return False
    if target.marker is None:
        return not (target.genitive or target.possessive)
    return target.marker in target_markers


def place_tokens(groups: list[Group], forms: list[frozenset[str]], grammar: Grammar) -> set[int]:
    """The tokens of the place phrases ("in Riyadh", "en Jerusalén"), each from its preposition: words that may
    stand between a verb or a meeting and the phrase that belongs to it ("se habían reunido en Jerusalén con",
    "After a meeting with X in Riyadh on Sunday, Y said")."""
    return {i for g in groups if g.marker in grammar.location_markers for i in range(_marker_at(g, forms), g.end)}


def _marker_at(g: Group, forms: list[frozenset[str]]) -> int:
    """Where the preposition that governs `g` stands (its start when it has none or it is not found near)."""
    at = _marker_index(g, forms)
    return g.start if at is None else at


def _marker_index(g: Group, forms: list[frozenset[str]]) -> int | None:
    """Where the preposition that governs `g` stands: where the group was found with it, else just before the
    name or its article and adjectives (three words back); None when it has none or it is not found there."""
    if g.marker_index is not None:
        return g.marker_index
    if g.marker is None:
        return None
    return next((i for i in range(g.start - 1, max(-1, g.start - 4), -1) if g.marker in forms[i]), None)


_COORDINATED_REACH: Final = 8  # "with Australia in 2022 and with Britain", "con Netanyahu en Jerusalén y en Ramala con"


_ATTRIBUTE_REACH: Final = 12  # "die von der EU und den USA im Mai gegen Russland verhängten": words to the participle
_INFLECTED: Final = ("e", "en", "em", "er", "es")


def participle_attributes(tokens: list[Token], forms: list[frozenset[str]], grammar: Grammar) -> tuple[tuple[int, int],
                          ...]:
    """German extended attributes: "die von der EU gegen Russland verhängten Sanktionen". An article followed by a
    preposition (no noun phrase starts so otherwise) opens a phrase that a lower-case inflected participle closes
    right before its (capitalised) noun; the participle is no word after an article or preposition ("im
    vergangenen Jahr"). Returns (article, participle) index pairs; the noun follows the participle."""
    if not grammar.verb_final or not grammar.adjectives_before_nouns:
        return ()
    prepositions = grammar.agent_markers | grammar.target_markers
    closed = grammar.determiners | prepositions | grammar.location_markers  # articles and prepositions
    found = []
    for i in range(len(tokens) - 3):
        if not (forms[i] & grammar.determiners and forms[i + 1] & prepositions):
            continue
        for j in range(i + 3, min(len(tokens) - 1, i + _ATTRIBUTE_REACH)):
            if forms[j] & _PHRASE_BREAKS:
                break
            word = tokens[j].text
            if word.isalpha() and word.islower() and word.endswith(_INFLECTED) and tokens[j + 1].text[:1].isupper() \
                    and not (forms[j - 1] | forms[j]) & closed:
                found.append((i, j))
                break
    return tuple(found)


def _attribute_roles(inside: list[Group], rule: Rule, grammar: Grammar) -> Roles:
    """The participle's (or its noun's) agent is the attribute's "von"/"durch" phrase, its object the phrase that
    takes the rule's object preposition; names after the noun belong to the main clause."""
    roles = Roles()
    agent = next((g for g in inside if g.marker in grammar.agent_markers), None)
    markers = rule.target_markers if rule.target_markers is not None else grammar.target_markers
    target = next((g for g in inside if g is not agent and g.marker in markers), None)
    if agent is None:
        return roles
    source, target = (target, agent) if rule.reverse else (agent, target)
    roles.sources = list(source.members) if source else []
    roles.targets = list(target.members) if target else []
    return roles


def _authored_antecedent(groups: list[Group], clause: tuple[int, int], attribute: tuple[tuple[int, int], ...],
                         rule: Rule, grammar: Grammar, forms: list[frozenset[str]]) -> list[ActorMention] | None:
    """German "die von Peru eingereichte Klage, die Bolivien Völkermord vorwirft": a relative clause right after a
    noun whose participle attribute names its author ("von Peru") says what that text says; the author says it
    (a text accuses, demands, rejects; it is not the one accused). The author's mentions, or None."""
    start = clause[0]
    if start < 3 or "," not in forms[start - 1] or not forms[start] & grammar.relative_pronouns:
        return None
    own = next(((i, j) for i, j in attribute if j + 1 == start - 2), None)  # the participle, its noun, the comma
    if own is None:
        return None
    author = _attribute_roles([g for g in groups if own[0] < g.start < own[1]], rule, grammar).sources
    return author or None


def _coordinated_phrases(target: Group, groups: list[Group], rival_triggers: frozenset[int],
                         forms: list[frozenset[str]],
                         grammar: Grammar) -> list[Group]:
    """"met with Erdogan on Monday and with Macron on Tuesday", "se reunió con X en Madrid y con Y en Roma",
    "s'est entretenu avec X et avec Y", "traf sich mit X und mit Y", "созвонился с X, а также с Y": a phrase
    with the target's own preposition, joined to it by a conjunction (places and times between), is a second
    target of the same act; so are the middle phrases of a list after commas ("à la Pologne, à la Lituanie et à
    l'Estonie", "en France, au Royaume-Uni et en Allemagne": French place prepositions take the country's form), once
    a conjunction closes it. A trigger, a strong break or another actor phrase between ends the list."""
    links = grammar.coordination | grammar.roles.coordinating_adverbs
    found: list[Group] = []
    # "à la Pologne, à la Lituanie et à l'Estonie": phrases after a comma, kept once a conjunction closes the list
    listed: list[Group] = []
    last = target
    for g in groups:
        if g.start < last.end or g is target:
            continue
        if g.marker is None and {m.code for m in g.members} == {m.code for m in last.members} \
                and "," in forms[g.start - 1] and g.start - last.end <= _OWNED_APPOSITION_REACH:
            last = g  # "al comisario europeo, Magnus Brunner, y a ...": the name in apposition is the same target
            continue
        if (g.genitive or g.marker is None) and _coordinated_owner(last, g, forms, grammar, target.marker,
                                                                   rival_triggers):
            found.append(g)
            last = g
            continue
        if g.marker in grammar.location_markers and g.marker != target.marker or g.genitive:
            continue  # "y en Ramala con ...": a place between
        gap = range(last.end, g.start)
        same = _same_marker(g.marker, target.marker) or _one_place_preposition(g.marker, target.marker, grammar)
        if not same and not _gapped_phrase(last, g, forms, grammar) \
                or len(gap) > _COORDINATED_REACH or any(i in rival_triggers for i in gap) \
                or any(forms[i] & _STRONG_BREAKS for i in gap):
            break
        if not any(forms[i] & links for i in gap):
            if same and "," in forms[last.end] and sum(1 for i in gap if "," in forms[i]) == 1:
                listed.append(g)  # ", au Royaume-Uni": a list's middle member, if a conjunction closes the list
                last = g
                continue
            break
        found += listed
        listed = []
        found.append(g)
        last = g
    return found


def _one_place_preposition(a: str | None, b: str | None, grammar: Grammar) -> bool:
    """"en France, au Royaume-Uni et aux États-Unis": the forms of one preposition of place before countries."""
    places = grammar.roles.place_prepositions
    return a is not None and b is not None and a in places and b in places


# "y a los agregados militares de": the conjunction, the preposition, an article, a noun, adjectives
_OWNED_REACH: Final = 7
_OWNED_APPOSITION_REACH: Final = 7  # "al comisario europeo, Magnus Brunner, y a ...": a name in apposition before "y"


def _coordinated_owner(last: Group, g: Group, forms: list[frozenset[str]], grammar: Grammar, marker: str | None,
                       rival_triggers: frozenset[int]) -> bool:
    """"expulsó al cónsul argelino y a los agregados militares de Túnez y Libia", "al comisario europeo, X, y a los
    ministros de Grecia e Italia": after the conjunction, the target's own preposition opens a second object noun
    whose "de" phrase names its state (or that holds it), a second target of the act."""
    gap = range(last.end, g.start)
    if marker is None or any(i in rival_triggers or forms[i] & _STRONG_BREAKS for i in gap):
        return False
    link = next((i for i in gap if forms[i] & grammar.coordination), None)
    return link is not None and link - last.end <= _OWNED_APPOSITION_REACH and 2 <= g.start - link - 1 <= _OWNED_REACH \
        and any(_same_marker(w, marker) for w in forms[link + 1] & grammar.target_markers)


def _same_marker(a: str | None, b: str | None) -> bool:
    """One preposition, bare or fused with the article by one letter ("al comisario ... y a los ministros",
    "del ... y de"), not two prepositions that share a start ("con" and "contra")."""
    if a == b:
        return True
    if not a or not b or a.startswith("~") or b.startswith("~"):
        return False
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and long_.startswith(short)


def _gapped_phrase(last: Group, g: Group, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"signed accords with Canada in 2019 and Chile in 2021", "avec le Canada en 2019 et le Chili
    en 2021": a bare name right after the conjunction, followed by the same place or time preposition as the phrase
    before it, is a parallel phrase whose preposition is left out (not "with Canada and Chile said")."""
    if g.marker is not None or g.genitive or g.possessive or g.end >= len(forms) or last.end >= len(forms):
        return False
    opener = g.start - 1 if not forms[g.start - 1] & grammar.determiners else g.start - 2
    return opener > last.end and bool(forms[opener] & grammar.coordination) \
        and bool(forms[last.end] & forms[g.end] & grammar.location_markers)


def _pronoun_object(forms: list[frozenset[str]], trigger: tuple[int, int], nominal: bool, grammar: Grammar) -> bool:
    """The verb's first object is a pronoun ("accused him of ...", "обвинив его в ..."): the names in the
    phrase after it belong to the charge or the circumstances."""
    after = trigger[0] + 1
    return not nominal and after < len(forms) and bool(forms[after] & grammar.roles.object_pronouns)


_PERSONS: Final = frozenset({"leader", "agent"})  # mention kinds a personal pronoun ("him", "его") may stand for


def _coordinated_pronoun_antecedent(sentence_groups: list[Group], source: Group, t_start: int,
                                    forms: list[frozenset[str]],
                                    grammar: Grammar) -> Group | None:
    """"spoke to the emir of Qatar and assured him that ...", "встретился с королём Иордании и заверил его":
    the pronoun object of a verb coordinated with an earlier one stands for that verb's object, the last name
    before the conjunction (a person or an official of another state than the subject's), as the Romance clitic
    does ("et l'a invité")."""
    before = [g for g in sentence_groups if g.end <= t_start and g is not source]
    if not before:
        return None
    last = before[-1]
    own = {side_of(m.code) for m in source.members}
    if last.start < source.end or last.marker in (REPORT_SOURCE, COMPOUND) or last.possessive or last.genitive \
            or {side_of(m.code) for m in last.members} & own or any(m.kind not in _PERSONS for m in last.members):
        return None  # (a person or an official: "назвав их нарушением" stands for the strikes of a genitive)
    between = range(last.end, t_start)
    # "expelled a Croatian diplomat, accusing him of spying": a participle after the comma goes on with the verb
    # before it as a coordinated one does
    if not (_participle_after_comma(t_start, forms, grammar) or any(forms[i] & grammar.coordination for i in between)) \
            or any(forms[i] & (grammar.subordinators | grammar.roles.complementizers) for i in between):
        return None
    return last


def _participle_after_comma(t_start: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """The trigger is a participle or gerund right after a comma (", accusing him of", ", обвинив их в"): it goes on
    with the verb before the comma and shares its subject."""
    return bool(grammar.participle_endings) and t_start > 0 and "," in forms[t_start - 1] \
        and any(f.endswith(grammar.participle_endings) for f in forms[t_start])


def _gerund_pronoun_antecedent(sentence_groups: list[Group], source: Group, t_start: int, forms: list[frozenset[str]],
                               grammar: Grammar) -> Group | None:
    """"задержала двух граждан Сербии, обвинив их в шпионаже", "выслала российского дипломата, обвинив его в ...": a
    gerund after a comma shares the subject, and its pronoun object stands for the main verb's object, the last
    name before the comma (a genitive or a demonym of the persons acted on, of another state than the subject's)."""
    if not _participle_after_comma(t_start, forms, grammar):
        return None
    before = [g for g in sentence_groups if g.start >= source.end and g.end < t_start and g is not source]
    if not before:
        return None
    last = before[-1]
    if last.marker in (REPORT_SOURCE, COMPOUND) or {side_of(m.code) for m in last.members} & {
            side_of(m.code) for m in source.members}:
        return None
    if any(forms[i] & (grammar.subordinators | grammar.roles.complementizers) for i in range(last.end, t_start)):
        return None  # "..., который ..., обвинив его": the pronoun's verb is not the one of that name
    return last


def _unnamed_object(groups: list[Group], forms: list[frozenset[str]], trigger: tuple[int, int], nominal: bool,
                    grammar: Grammar) -> bool:
    """"accusing the group of violating ...", "praised the bloc for ...": a verdict's object is a noun phrase of
    no actor we know (an article right after the verb, no name before the charge's preposition inside the
    pattern); the names after it belong to the charge."""
    t_start, t_end = trigger
    charge = grammar.roles.charge_prepositions
    if nominal or not charge or t_start + 2 >= t_end or not forms[t_start + 1] & grammar.determiners:
        return False
    at = next((k for k in range(t_start + 2, t_end) if forms[k] & charge), None)
    return at is not None and not any(t_start < g.start < at for g in groups)


def _unnamed_addressee(groups: list[Group], forms: list[frozenset[str]], trigger: tuple[int, int], nominal: bool,
                       grammar: Grammar) -> bool:
    """"pidió a sus socios que mantengan la presión sobre Moscú", "urged the international community to stand by the
    Venezuelan people": an appeal's addressee is a noun phrase of no actor we know (an article or possessive right
    after the verb and its personal preposition), and what it is asked opens after it; the names in that clause are
    the asked act's, not the one appealed to."""
    words = grammar.roles
    k = trigger[1]
    if nominal or not words.asked_openers or k >= len(forms):
        return False
    if words.addressee_markers:
        if not forms[k] & words.addressee_markers:
            return False  # "condicionó su asistencia a que ...": no one appealed to, a condition
        k += 1
    if k >= len(forms) or not forms[k] & (grammar.determiners | grammar.possessives) and not forms[k - 1] & \
            grammar.determiners:
        return False
    opener = next((j for j in range(k + 1, min(k + _ADDRESSEE_REACH, len(forms))) if forms[j] & words.asked_openers),
                  None)
    return opener is not None and not any(trigger[1] <= g.start < opener for g in groups)


def _complementizer_between(start: int, end: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"warned that an attack on Niamey would ...", "a averti qu'une attaque ...": an act noun after "that"
    belongs to the reported clause, and the subject of the verb before it is not its agent."""
    words = grammar.roles
    return any(f in words.complementizers or words.elided and f.startswith(words.elided)
               for i in range(start, end) for f in forms[i])


def _seen_from(groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
               grammar: Grammar) -> list[Group]:
    """A preposition inside another trigger's pattern ("drew condemnation from Israel") makes its group that
    trigger's object only; to this trigger the group is marked by the preposition itself."""
    markers = joined(grammar.target_markers, grammar.agent_markers, grammar.location_markers, grammar.pair_markers)
    seen = []
    for g in groups:
        if g.marker == TRIGGER_OBJECT and g.marker_index is not None and not trigger[0] <= g.marker_index < trigger[1]:
            real = sorted(forms[g.marker_index] & markers)
            g = replace(g, marker=real[0] if real else None)
        elif g.marker == COMPOUND and trigger[0] == _compound_participle(g, forms):
            g = replace(g, marker=None)  # "the Iran-backed group": Iran is the subject of "backed" alone
        seen.append(g)
    return seen


def _compound_participle(g: Group, forms: list[frozenset[str]]) -> int | None:
    """Where the participle of a name in a compound premodifier stands, the name being its subject: after the
    hyphen that follows the name ("the Iran-backed militia"). None for the Russian one, which stands before its
    instrumental agent ("поддерживаемое Ираном ополчение"): the word after the noun there is the verb of the
    clause, which the name does not act in."""
    return g.end + 1 if g.end < len(forms) and "-" in forms[g.end] else None


def _object_of(g: Group, rival_triggers: frozenset[int], t_start: int, grammar: Grammar, forms: list[frozenset[str]],
               unmarked: list[Group]) -> bool:
    """A group right after an earlier trigger that has a subject of its own is that trigger's object
    ("вызвало российского посла ... и выразило протест", "Malta said it is recognising Palestine
    in a step that drew condemnation"), not the subject of a later one; after a trigger with nothing
    before it, it is the subject ("Накануне саммита Трамп пригрозил")."""
    gap = range(g.end, t_start)
    if len(gap) <= 1 or grammar.infinitive_marker and any(grammar.infinitive_marker in forms[k] for k in gap) \
            and not _coordinated_finite(forms, t_start, grammar):
        return False  # "invited Putin to visit Tehran", "пригласил Путина посетить": the object acts next
    i = g.start - 1
    while i >= 0 and g.start - i <= 3 and i not in rival_triggers:
        if not forms[i] & (grammar.determiners | grammar.possessives):
            return False
        i -= 1
    return i in rival_triggers and i < t_start and any(h.end <= i for h in unmarked)


def _object_after_incise(g: Group, rival_triggers: frozenset[int], t_start: int, grammar: Grammar,
                         forms: list[frozenset[str]]) -> bool:
    """"Japan, which lost a ship, condemned China and urged Russia to act": a verb right after the comma that closes
    an incise on the subject (", which ...", ", whose ...") has that subject outside its clause; the name after that
    verb is its object, not the subject of the verb coordinated after it ("and urged")."""
    i = g.start - 1
    while i >= 0 and g.start - i <= 3 and i not in rival_triggers and forms[i] & (grammar.determiners
                                                                                 | grammar.possessives):
        i -= 1
    if i not in rival_triggers or i >= t_start or not any(
            forms[k] & grammar.coordination for k in range(g.end, t_start)):
        return False
    while i - 1 in rival_triggers:
        i -= 1  # the verb's first word
    if i < 4 or "," not in forms[i - 1]:
        return False
    k = i - 2
    while k > 0 and "," not in forms[k]:
        k -= 1
    return k > 0 and k + 1 < i - 1 and bool(forms[k + 1] & grammar.subordinators)


# what a speaker goes on to do after "said ... and": acts in words ("and thanked", "and warned"), never force ("said
# Chinese vessels shadowed the ship before one swerved into its path and struck its stern": the ship strikes)
_SPEAKER_ACTS: Final = _SAID_TYPES | {"SUPPORT"}


def _coordinated_speaker(sentence_groups: list[Group], source: Group, t_start: int, rival_triggers: frozenset[int],
                         forms: list[frozenset[str]], grammar: Grammar) -> Group | None:
    """"The envoy told the council that Haitians could not wait and thanked Kenya": an inflected verb right after
    "and" that follows a reported clause telling no act of its own goes on with the speech verb, so its subject is
    the speaker, not the reported clause's subject ("said Russia had attacked Kyiv and killed five": an act between,
    the verb goes on with it; "said ... before one swerved into its path and struck": a subordinate clause between)."""
    if grammar.verb_final or t_start < 1 or not forms[t_start - 1] & grammar.coordination \
            or len(forms[t_start]) < 2 or any(source.end <= i < t_start for i in rival_triggers):
        return None
    report = grammar.modality.get("report", frozenset())
    speech = next((i for i in range(source.start - 1, -1, -1) if forms[i] & report), None)
    if speech is None or any(forms[i] & grammar.roles.adverbial_subordinators for i in range(source.end, t_start)):
        return None
    speaker = next((g for g in reversed(sentence_groups) if g.end <= speech and g.free), None)
    if speaker is None or any(speaker.end <= i < speech for i in rival_triggers):
        return None
    return speaker


def _in_adverbial_clause(g: Group, t_end: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """An adverbial subordinator ("after", "when", "because") stands between the trigger and the group."""
    return any(forms[i] & grammar.roles.adverbial_subordinators for i in range(t_end, g.start))


def _coordinated_finite(forms: list[frozenset[str]], t_start: int, grammar: Grammar) -> bool:
    """"urged Israel to allow aid and pressed Egypt to ...": an inflected verb after "and" goes on with the main
    verb, not with the infinitive ("invited Putin to visit Tehran and sign a deal": the bare verb does)."""
    return t_start > 0 and bool(forms[t_start - 1] & grammar.coordination) and len(forms[t_start]) > 1


def _direct_object(rest: list[Group], t_end: int, rival_triggers: frozenset[int], reach: int = 6) -> Group | None:
    """The first free group right after a verb (an article, adjectives or an adverb between)."""
    for g in rest:
        if g.start >= t_end and g.free:
            if all(m.kind == "adjective" for m in g.members):
                return None  # "extradited a Russian hacker to the US": an adjective names no one acted on
            if g.start - t_end <= reach and not any(t_end <= i < g.start for i in rival_triggers):
                return g
            return None
    return None


_SPEAKER_WRONGED: Final = frozenset({"ASSAULT", "COERCE"})
_HOSTING: Final = "043"  # CAMEO "host a visit"
_OWNERS: Final = frozenset({"its", "their"})


def _wronged_speaker(sentence_groups: list[Group], source: Group, trigger: tuple[int, int],
                     rival_triggers: frozenset[int], forms: list[frozenset[str]], grammar: Grammar) -> Group | None:
    """"Ukraine said Russia had attacked its power grid", "Pakistan said India struck three of its air bases": a
    hostile act on "its"/"their" thing, the speaker's, not the attacker's (one does not strike one's own grid);
    the speaker is the free name before a speech verb that opens the reported clause."""
    t_end = trigger[1]
    owner = next((i for i in range(t_end, min(len(forms), t_end + 5)) if forms[i] & _OWNERS), None)
    if owner is None or any(t_end <= g.start < owner for g in sentence_groups) \
            or any(owner < i <= owner + 3 for i in rival_triggers):
        return None  # a name before the pronoun ("struck Iran and its allies"), or the pronoun's act noun
    report = grammar.modality.get("report", frozenset())
    own = {side_of(m.code) for m in source.members}
    speaker = next((g for g in reversed(sentence_groups) if g.end <= source.start), None)
    if speaker is None or speaker.marker not in (None, REPORT_SOURCE) or speaker.genitive or speaker.possessive \
            or own & {side_of(m.code) for m in speaker.members}:
        return None
    if not any(forms[i] & report for i in range(speaker.start, source.start)):
        return None
    return speaker


def _controlled_object(rest: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                       grammar: Grammar) -> Group | None:
    """"urged Israel to halt its strikes on Lebanon", "pressed Kyiv and Moscow to agree to a ceasefire": when the
    pattern runs from an object-control verb over its object into the infinitive, that object (right after the
    verb, before "to") is the one asked; a name further on belongs to the infinitive's own act."""
    control, to = grammar.roles.object_control, grammar.infinitive_marker
    endings = tuple(grammar.roles.infinitive_endings)
    t_start, t_end = trigger
    if not control or not (to or endings) or not forms[t_start] & control:
        return None
    return next((g for g in rest if g.free
                 and t_start < g.start <= t_start + 2 and g.end < t_end
                 and (to in forms[g.end] if to else any(f.endswith(endings) for f in forms[g.end]))
                 and not any(m.kind == "adjective" for m in g.members)), None)


def _attached(g: Group, trigger: tuple[int, int], rival_triggers: frozenset[int], reach: int = 4) -> bool:
    """A phrase belongs to this trigger when no other trigger stands between them, and one after it
    follows closely ("clashes on Monday between X and Y", not "cooperation between X and Y since the
    invasion")."""
    low, high = (trigger[1], g.start) if g.start >= trigger[1] else (g.end, trigger[0])
    if any(low <= i < high for i in rival_triggers):
        return False
    distance = high - low
    if any(_gap(g, i) < distance for i in rival_triggers):
        return False  # a nearer trigger on the other side owns it
    return g.start < trigger[0] or distance <= reach


def _gap(g: Group, i: int) -> int:
    return g.start - i - 1 if i < g.start else i - g.end


def _verb_after_phrase(g: Group, groups: list[Group], trigger: tuple[int, int], rival_triggers: frozenset[int],
                       forms: list[frozenset[str]],
                       grammar: Grammar) -> bool:
    """The trigger after a target phrase is a verb, whose subject that phrase completes ("US strikes on Venezuela
    killed", "los ataques de EE.UU. contra Venezuela mataron"), not a noun it premodifies ("protested against US
    sanctions on Cuba"). English: a past form after a target phrase ("with", "on", "against"; not "Drones from Russia
    crashed": an origin can be the agent's); Romance nouns take no premodifier, and the phrase there follows another
    trigger noun."""
    if grammar.adjectives_before_nouns:
        return g.marker in grammar.target_markers and _past_form(forms[trigger[0]], grammar)
    return _object_of_rival_noun(g, groups, rival_triggers, forms, grammar)


# "supplied by", "supplied mainly by", "publié jeudi soir par", "signé le 3 mai par": the participle to its agent
# marker (a time or an adverb between, no verb)
_PARTICIPLE_REACH: Final = 5


def _verb_words(grammar: Grammar) -> frozenset[str]:
    """Auxiliaries and conjunctions: between a participle and an agent marker they make the marker another verb's."""
    return grammar.passive_auxiliaries | grammar.perfect_auxiliaries | grammar.coordination


def _participle_phrase(g: Group, groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                       grammar: Grammar) -> int | None:
    """"attacked Crimea with missiles supplied by France", "rejected the resolution presented by the US against
    Russia": a participle after a noun (no auxiliary before it) with its own agent heads a phrase of its own; where
    the group stands in that phrase (the agent or a name after it, up to a comma), the participle's index. Not a
    participle right after the trigger ("the sanctions imposed by the EU on Russia": the noun's own agent), nor an
    act noun's support verb ("une escalade dans la campagne d'essais menée par Pyongyang": it carries an act out)."""
    endings = grammar.reduced_passive_endings
    if not endings or g.start <= trigger[1]:
        return None
    if trigger[0] > 0 and forms[trigger[0] - 1] & (grammar.determiners | grammar.possessives | set(_ELIDED)):
        return None  # a noun's ("l'expulsion de diplomates russes décidée par Varsovie"): the agent may be its own
    for p in range(g.start - 2, trigger[1], -1):
        if forms[p] & _PHRASE_BREAKS:
            return None
        if not any(f.isalpha() and f.endswith(endings) for f in forms[p]) \
                or forms[p - 1] & grammar.reduced_passive_blockers or any(h.start <= p < h.end for h in groups):
            continue  # (not "the United Nations")
        reach = range(p + 1, min(p + 1 + _PARTICIPLE_REACH, g.start))
        by = next((k for k in reach if forms[k] & grammar.agent_markers), None)
        if by is None or any(forms[k] & _verb_words(grammar) for k in range(p + 1, by)):
            continue  # (a verb between: "signé en 2019 a été dénoncé par" is the main verb's agent)
        if forms[p] & grammar.support_verbs and not any(forms[k] & grammar.past_prepositions
                                                         for k in range(trigger[1], p)) \
                or any(forms[k] & grammar.agent_markers for k in range(trigger[1], p)):
            # "was hit by missiles fired by Russia": the agent of the trigger's own agent noun acts; a support verb
            # carries out the noun the trigger judges ("a condamné les frappes menées par l'Iran"), but not a noun
            # after a preposition of time gone by ("sont convenus d'une trêve après des discussions menées par
            # Washington": the talks' agent, no party of the truce)
            return None
        # a noun phrase of its own between ("with missiles supplied"), not the trigger's adjectives ("les sanctions
        # économiques imposées par l'UE": the noun's own agent)
        heads = grammar.determiners | grammar.target_markers | grammar.genitive_markers | grammar.possessives
        return p if any(forms[k] & heads for k in range(trigger[1], p)) else None
    return None


def _past_form(token_forms: frozenset[str], grammar: Grammar) -> bool:
    """A verb's past form ("killed", "destroyed"), never a noun's."""
    return bool(grammar.past_endings) and any(f.isalpha() and f.endswith(grammar.past_endings) for f in token_forms)


def _after_coordinated_verb(g: Group, t_end: int, rival_triggers: frozenset[int], forms: list[frozenset[str]],
                            grammar: Grammar) -> bool:
    """"condenó la ofensiva israelí en Rafah y pidió a EE.UU. ...", "осудил наступление в Рафахе и призвал США":
    a name after "and" and another trigger that follow the trigger's own words is that trigger's object (not
    "attacked and destroyed a Ukrainian base", where the two verbs share it). Not for verdicts: "a condamné des
    attaques contre des ambassades et appelé les autorités congolaises à ...", the one judged may be named later."""
    # (a perfect's auxiliary may stand between: "ha agradecido el papel de España y ha pedido a la UE ...")
    return any(forms[i] & grammar.coordination and (i + 1 in rival_triggers or i + 2 in rival_triggers
                                                    and forms[i + 1] & grammar.perfect_auxiliaries)
               for i in range(t_end + 1, g.start - 1))


def _verdict_words_own(sentence_groups: list[Group], source: Group | None, later_verb: set[int], t_end: int,
                       forms: list[frozenset[str]],
                       grammar: Grammar) -> bool:
    """A verdict's own words before the next verb hold a name or a breach ("a dénoncé une violation de la
    souveraineté libanaise et appelé Washington à ...": the wrong done to the judge): the verdict judges the one who
    did that wrong, whom the article names, not the one the next verb addresses (not "a condamné ces frappes et
    appelé Israël à la retenue", where the one called on may be the one who struck)."""
    if not later_verb:
        return False
    nxt = min((g.start for g in sentence_groups if id(g) in later_verb), default=len(forms))
    return any(source is not None and t_end <= g.start < nxt and g is not source for g in sentence_groups) or any(
        forms[i] & grammar.roles.violation_nouns for i in range(t_end, nxt))


def announced_topic(span: tuple[int, int], clause: tuple[int, int], groups: list[Group], forms: list[frozenset[str]],
                    grammar: Grammar) -> Group | None:
    """"О введении санкций против Ирана объявили США и Великобритания": the act noun after "о" opens the clause, the
    announcing verb follows its phrase and the subject follows the verb; that subject announced the act, its agent
    (an act, not background, though it stands in a prepositional phrase)."""
    if not grammar.roles.topic_prepositions:
        return None
    free = [g for g in groups if g.marker is None and not g.genitive and not g.possessive]
    return _announced_topic_speaker(free, clause, span[0], span[1], forms, grammar)


def _announced_topic_speaker(unmarked: list[Group], clause: tuple[int, int], t_start: int, t_end: int,
                             forms: list[frozenset[str]],
                             grammar: Grammar) -> Group | None:
    """The subject after the announcing verb of a clause opened by "о" and an act noun (`announced_topic`)."""
    openers = grammar.roles.topic_prepositions
    opener = next((i for i in range(max(clause[0], t_start - 3), t_start) if forms[i] & openers), None)
    if opener is None or any(forms[i] & grammar.roles.topic_verbs for i in range(clause[0], opener)):
        return None  # "Испания заявила о признании Палестины": the subject stands before its verb
    verb = next((i for i in range(t_end, clause[1]) if forms[i] & grammar.roles.topic_verbs), None)
    if verb is None:
        return None
    return next((g for g in unmarked if verb < g.start <= verb + 2), None)


def _origin_of_people(groups: list[Group], source: Group | None, trigger: tuple[int, int],
                      rival_triggers: frozenset[int], forms: list[frozenset[str]], grammar: Grammar) -> Group | None:
    """"поблагодарила партнёров из Евросоюза": the state or body that people named by their role come from, right
    after the role word, is the object (any act, where a sanction takes any origin after its trigger)."""
    own = {side_of(m.code) for m in source.members} if source is not None else set()
    for g in groups:
        at = g.marker_index if g.marker_index is not None else g.start - 1
        if g.marker in grammar.roles.origin_markers and trigger[0] < at <= trigger[1] + 8 and at >= 1 \
                and forms[at - 1] & grammar.roles.origin_heads and not {side_of(m.code) for m in g.members} & own \
                and not any(trigger[1] <= i < at for i in rival_triggers):
            return g
    return None


def _origin_of_object(groups: list[Group], source: Group | None, trigger: tuple[int, int],
                      rival_triggers: frozenset[int], grammar: Grammar) -> Group | None:
    """"imposed sanctions on officials from Canada", "expelled two diplomats from Estonia": the state the sanctioned
    people come from, named after the trigger (no other trigger between), not the sanctioning state itself."""
    own = {side_of(m.code) for m in source.members} if source is not None else set()
    return next((g for g in groups if g.marker in grammar.roles.origin_markers and 0 <= g.start - trigger[1] <= 8
                 and not any(trigger[1] <= i < g.start for i in rival_triggers)
                 and not {side_of(m.code) for m in g.members} & own), None)


def _object_of_rival_noun(g: Group, groups: list[Group], rival_triggers: frozenset[int], forms: list[frozenset[str]],
                          grammar: Grammar) -> bool:
    """"strikes on Lebanon", "los ataques de Estados Unidos contra Venezuela", "les frappes aériennes sur le Liban":
    the group's preposition follows another trigger, its agent's name or (Romance) its adjectives between: the
    group is that noun's object."""
    if g.marker is None or g.marker == TRIGGER_OBJECT:
        return False
    at = _marker_index(g, forms)
    if at is None:
        return False
    words = 0 if grammar.adjectives_before_nouns else 2  # "aéreos", "israelíes": adjectives after the noun
    skip = grammar.determiners | grammar.genitive_markers
    for i in range(at - 1, max(-1, at - 7), -1):
        if i in rival_triggers:
            return True
        if any(h.start <= i < h.end and (h.marker is None or h.genitive) for h in groups) or forms[i] & skip:
            continue
        if words and all(f.isalpha() and f.islower() for f in forms[i]):
            words -= 1
            continue
        return False
    return False


def _object_of_noun_before(g: Group, trigger: tuple[int, int], rival_triggers: frozenset[int],
                           forms: list[frozenset[str]],
                           grammar: Grammar) -> bool:
    """German: a target phrase right after another trigger's noun ("dem Angriff auf Israel", "des Angriffs auf
    die Ukraine") is that noun's object, not the object of a later verb in the clause."""
    if not grammar.verb_final or g.marker is None or g.marker in grammar.agent_markers or g.start >= trigger[0]:
        return False
    for i in range(g.start - 1, max(-1, g.start - 4), -1):
        if g.marker in forms[i]:
            return i - 1 in rival_triggers and not trigger[0] <= i - 1 < trigger[1]
        if not forms[i] & (grammar.determiners | grammar.possessives):
            return False
    return False


def _abbreviated_prefix(groups: list[Group], t_start: int, forms: list[frozenset[str]]) -> Group | None:
    """The actor written in capitals onto a noun with a hyphen ("US-Sanktionen", "EU-Zölle", "UN-Resolution")."""
    if t_start < 2 or "-" not in forms[t_start - 1]:
        return None
    g = next((g for g in groups if g.end == t_start - 1 and len(g.members) == 1), None)
    if g is None:
        return None
    surface = g.members[0].surface
    return g if surface.isupper() and surface.isalpha() and len(surface) <= 4 else None


def _denied_content(g: Group, trigger: tuple[int, int], acts: frozenset[int],
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


def _behind_other_trigger(g: Group, trigger: tuple[int, int], other_triggers: frozenset[int],
                          grammar: Grammar) -> bool:
    """A group with a target preposition and another (nominal) trigger between it and this one is that
    trigger's argument."""
    if g.marker is None or g.marker in grammar.agent_markers:
        return False
    low, high = (trigger[1], g.start) if g.start >= trigger[1] else (g.end, trigger[0])
    return any(low <= i < high for i in other_triggers)


# "une « agression flagrante contre": the noun, an adjective and a quote mark before the marker
_JUDGED_NOUN_REACH: Final = 3


def _judged_act_patient(g: Group, trigger: tuple[int, int], rival_triggers: frozenset[int], forms: list[frozenset[str]],
                        grammar: Grammar) -> bool:
    """"a condamné une agression contre le Mali", "verurteilte den Angriff auf Mali", "осудила нападение на Мали":
    a target phrase right after an act noun that is the verdict's own object names whom the act hit, not whom the
    verdict judges (its agent, if named, is judged instead). Not where a preposition opens the noun's phrase
    ("возложила ответственность за теракт на Украину": the verb's own "на")."""
    if g.marker not in grammar.target_markers or g.start < trigger[1] or g.members[0].kind == "capital":
        return False  # (a capital may be where the act was: "la répression à Tbilissi" judges its government)
    # (the marker may stand before a noun of the name: "contre la souveraineté du Yémen")
    at = g.marker_index if g.marker_index is not None else next(
        (i for i in range(g.start - 1, trigger[1] - 1, -1) if g.marker in forms[i]), None)
    if at is None:
        return False
    noun = next((i for i in range(at - 1, max(trigger[1] - 1, at - 1 - _JUDGED_NOUN_REACH), -1)
                 if i in rival_triggers), None)
    if noun is None:
        return False
    stops = (grammar.target_markers | grammar.location_markers | grammar.agent_markers | grammar.coordination
             | grammar.subordinators | grammar.roles.verdict_reasons | {",", ";", ":"}) - grammar.determiners
    # between the verdict and the marker: articles, quote marks, adjectives and adverbs ("condamné samedi une «
    # agression flagrante contre"), no preposition (a short word: "за теракт на Украину")
    return not any(forms[i] & stops or not forms[i] & grammar.determiners and any(
        w.isalpha() and len(w) <= 3 for w in forms[i]) for i in range(trigger[1], at) if i not in rival_triggers)


# "criticó el envío de armas de": the verdict's object noun, its complement and the author's "de" before the author
_ACT_NOUN_REACH: Final = 6


def _act_noun_author(partner: Group, groups: list[Group], t_end: int, forms: list[frozenset[str]],
                     grammar: Grammar) -> Group | None:
    """"criticó el acercamiento de Madrid a Pekín", "kritisierte die Annäherung Berlins an Peking", "a dénoncé le
    rapprochement de Rome avec Ankara": a verdict's object is a noun of an act with its author (genitive, "de",
    "von") and then its partner (a target phrase right after the author): the verdict judges the author. A demonym
    there names the people the act is done to ("the transfer of Ukrainian children to Russia"), no author."""
    if partner.marker not in grammar.target_markers or partner.marker in grammar.location_markers:
        return None
    at = _marker_at(partner, forms)
    author = next((g for g in groups if g.end == at < partner.start and t_end < g.start), None)
    if author is None or not (author.genitive or author.marker in grammar.genitive_markers | grammar.agent_markers) \
            or author.possessive \
            or any(m.kind == "adjective" for m in author.members) or author.start - t_end > _ACT_NOUN_REACH:
        return None
    if any(forms[i] & (grammar.subordinators - grammar.determiners | _CLAUSE_STOPS)
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


def _genitive_after(g: Group, other_triggers: frozenset[int], forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """German "den Raketentest Nordkoreas", "die Entscheidung der Regierung Serbiens": a genitive right after
    another trigger noun (or after its article) names that noun's agent; the preposition it inherits is the
    noun's. In Romance the "de" phrase after the noun does so: "s'oppose à l'adhésion de l'Ukraine à l'UE"."""
    if not g.genitive or grammar.adjectives_before_nouns and not grammar.verb_final:
        return False
    before = g.start - 1
    if not grammar.verb_final and before >= 0 and forms[before] & grammar.determiners:
        before -= 1  # "la visite de la présidente taïwanaise": the article after "de"
    if before >= 0 and forms[before] & grammar.genitive_markers:
        before -= 1
    return before in other_triggers


def _genitive_of_other_trigger(g: Group, trigger: tuple[int, int], other_triggers: frozenset[int],
                               forms: list[frozenset[str]],
                               grammar: Grammar) -> bool:
    """Russian: a genitive right after another trigger noun with an agent of its own that a circumstance
    preposition opens, beyond this trigger, is that noun's agent ("договорились при посредничестве Катара"), not
    this trigger's object (but "пообещал поддержку Сербии": the object); before this trigger too ("при поддержке
    Австралии нанесли удары по Йемену": Australia is struck by no one)."""
    return g.genitive and g.marker is None and (g.start > trigger[1] + 1 or g.end <= trigger[0]) \
        and g.start - 1 in other_triggers \
        and g.start >= 2 and bool(grammar.circumstance_markers & forms[g.start - 2])


def _circumstance_agent(g: Group, rival_triggers: frozenset[int], forms: list[frozenset[str]],
                        grammar: Grammar) -> bool:
    """German "unter Vermittlung Katars", "unter Vermittlung von Katar", "dank der Vermittlung der Türkei": the
    name after the noun of a circumstance phrase is that noun's agent, no party of another trigger of the clause
    (the parties of the exchange or truce are its subject)."""
    if not grammar.verb_final or not grammar.circumstance_markers:
        return False
    noun = g.start - 1
    if noun >= 0 and forms[noun] & (grammar.genitive_markers | grammar.agent_markers):
        noun -= 1  # "Vermittlung von Katar", "Vermittlung der Türkei"
    if noun not in rival_triggers:
        return False  # the mediation's own trigger keeps its mediator
    before = noun - 1
    if before >= 0 and forms[before] & grammar.determiners:
        before -= 1  # "dank der Vermittlung"
    return before >= 0 and bool(forms[before] & grammar.circumstance_markers)


def _mediator(g: Group, mediations: frozenset[int], forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """The name a mediation trigger governs ("sous l'égide d'Oman", "при посредничестве Омана", "brokered by
    Qatar") or premodifies ("US-brokered", "EU-facilitated") mediates: the mutual act's sides are others."""
    if not mediations:
        return False
    before = g.start - 1
    while before >= 0 and before not in mediations and forms[before] & (
            grammar.genitive_markers | grammar.agent_markers | grammar.determiners):
        before -= 1  # "de l'", "by the"
    return before in mediations or g.end + 1 in mediations and "-" in forms[g.end]


def _unresolved_genitive_after(groups: list[Group], t_end: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    if t_end >= len(forms) or not forms[t_end] & grammar.genitive_markers:
        return False
    return not any(t_end < g.start <= t_end + 3 for g in groups)


_ARREST: Final = "173"  # CAMEO arrest and detention (as events/custody.py reads it)
_ARREST_REACH: Final = 12  # "l'arrestation à Montréal, en 2019, de la directrice juridique de Huawei"
_STATE_KINDS: Final = frozenset({PLACE, "country", "capital"})


def hyphen_pair_parties(groups: list[Group], clause: tuple[int, int], tokens: list[Token],
                        grammar: Grammar) -> Group | None:
    """"Главы государств подписали договор о ... казахстанско-узбекской границы", "The two presidents signed a
    treaty on the Greek-Turkish border", "Los mandatarios firmaron un tratado sobre la frontera chileno-argentina":
    where a mutual act's subject names no one we know (heads of state, the two presidents, the sides) and the
    clause's only actor phrase, places aside, is a pair of two written with a hyphen, that pair did the act."""
    inside = [g for g in groups if clause[0] <= g.start < clause[1] and g.marker not in grammar.location_markers]
    if len(inside) != 1 or len(inside[0].members) != 2:
        return None
    first, second = inside[0].members
    if same_party(first.code, second.code) or first.kind == PLACE or second.kind == PLACE:
        return None
    return inside[0] if hyphen_joined(inside[0], tokens) else None


def hyphen_joined(group: Group, tokens: list[Token]) -> bool:
    """A phrase of two names a hyphen joins into one word ("казахстанско-узбекской", "Russia-Ukraine"): a pair
    named as one, which the press uses for the two sides of a border, a treaty or a war."""
    if len(group.members) != 2:
        return False
    first, second = group.members
    gap = tokens[first.token_end:second.token_start]
    return all(t.text in _PAIR_HYPHENS for t in gap) if gap \
        else tokens[first.token_end - 1].text in _PAIR_HYPHENS or tokens[first.token_end - 1].text.endswith("-")


_PAIR_HYPHENS: Final = frozenset({"-", "‐", "–"})


def arrest_at_place(span: tuple[int, int], groups: list[Group], forms: list[frozenset[str]],
                    grammar: Grammar) -> Roles | None:
    """"the arrest in Moscow of an American reporter", "la détention en Chine de deux Canadiens", "la detención en Irán
    de dos franceses", "задержание в Москве американского журналиста": an arrest noun with no agent of its own, then
    a place phrase, then a genitive: the state of the place arrested the genitive's actor (a state arrests on its own
    ground). Not the genitive first: in "the detention of Azerbaijanis in Moscow" the place may say where the
    detained live. None where the noun lacks either phrase or has an agent (a possessive before it, "by" after)."""
    if possessor_before(span[0], groups) is not None:
        return None  # "Iran's detention of": its own agent
    after = [g for g in groups if span[1] <= g.start <= span[1] + _ARREST_REACH]
    if any(g.marker in grammar.agent_markers for g in after):
        return None  # "the arrest in Moscow of a reporter by the FSB": the agent is named
    place = _arrest_place(after, grammar)
    if place is None:
        return None
    own = {side_of(m.code) for m in place.members}
    held = [m for g in after if g.start >= place.end and (g.genitive or g.marker in grammar.genitive_markers or any(
        forms[k] & grammar.genitive_markers for k in range(max(span[1], g.start - 3), g.start))  # "de dos franceses"
        or not grammar.genitive_markers and g.free)  # Russian: the case alone ("американского журналиста")
            for m in g.members if side_of(m.code) not in own]
    if not held:
        return None
    state = [replace(m, kind="country") if m.kind == PLACE else m for m in place.members]
    return Roles(sources=state, targets=held)


def _arrest_place(after: list[Group], grammar: Grammar) -> Group | None:
    """The first place phrase of a state among the groups after an arrest word ("in Moscow", "en Iran"): the state
    that holds the persons arrested there."""
    return next((g for g in after if all(m.kind in _STATE_KINDS for m in g.members) and (
        g.marker in grammar.location_markers or g.marker is not None and all(m.kind == PLACE for m in g.members))),
        None)


def _described_persons(tokens: list[Token], i: int, groups: list[Group], grammar: Grammar) -> Group | None:
    """The actor phrase a participle at `i` describes: right before it, or before one common noun ("un ressortissant
    français détenu"), a person's name ("belge Olivier Vandecasteele") and an apposition's comma; none after an
    auxiliary or a determiner (an active or passive verb, not a description)."""
    last = next((g for g in reversed(groups) if g.end <= i), None)
    if last is None or last.possessive or last.marker in grammar.location_markers | grammar.agent_markers:
        return None
    between = tokens[last.end:i]
    if between and between[-1].text == ",":
        between = between[:-1]
    closed = grammar.determiners | grammar.reduced_passive_blockers | grammar.participle_auxiliaries
    nouns = [t for t in between if t.text.isalpha() and t.text.islower()]
    if len(between) > 3 or len(nouns) > 1 or any(t.text.lower() in closed or t.lemma.lower() in closed for t in nouns) \
            or any(not t.text.isalpha() or not (t.text.islower() or t.text[:1].isupper()) for t in between):
        return None  # "la police moldave avait interpellé": an auxiliary, the clause's own verb
    return last


def held_at_place(span: tuple[int, int], tokens: list[Token], groups: list[Group], grammar: Grammar) -> Roles | None:
    """"un ressortissant français détenu en Azerbaïdjan", "une enseignante française détenue en Iran depuis 2022",
    "two Americans detained in Venezuela", "L'humanitaire belge X, détenu en Iran": an arrest participle right after
    the persons it describes (their demonym, at most one common noun or an apposition's comma between, no
    auxiliary) makes them the held, whatever the clause then says of them; the
    state of the place phrase after it, before the next comma, holds them. None without that place, or with an
    agent of its own ("détenus par l'Iran": the roles read it)."""
    i = span[0]
    if span[1] - i != 1 or i == 0 or not tokens[i].text.lower().endswith(
            grammar.reduced_passive_endings + grammar.attribute_participle_endings):
        return None
    held = _described_persons(tokens, i, groups, grammar)
    if held is None:
        return None
    stop = next((k for k in range(span[1], len(tokens)) if tokens[k].text == ","), len(tokens))
    after = [g for g in groups if span[1] <= g.start < min(stop, span[1] + _ARREST_REACH)]
    if any(g.marker in grammar.agent_markers for g in after):
        return None
    place = _arrest_place(after, grammar)
    if place is None or {side_of(m.code) for m in place.members} & {side_of(m.code) for m in held.members}:
        return None
    return Roles(sources=[replace(m, kind="country") if m.kind == PLACE else m for m in place.members],
                 targets=list(held.members))


def words_between(tokens: list[Token], start: int, end: int) -> int:
    """How many words stand between two positions, a hyphenated compound counted once ("Russia's full-scale
    invasion": one word between the possessor and its noun)."""
    hyphens = sum(1 for i in range(start, end) if tokens[i].text == "-")
    return end - start - 2 * hyphens


def possessor_before(start: int, groups: list[Group], tokens: list[Token] | None = None) -> Group | None:
    """The possessor right before a noun at `start`, at most two words off ("Russia's invasion", "Iran's detention
    of"; with `tokens`, a hyphenated compound counted once: "Russia's full-scale invasion")."""
    return next((g for g in groups if g.possessive and g.end <= start and (
        words_between(tokens, g.end, start) if tokens is not None else start - g.end) <= 2), None)


def agent_and_patient(span: tuple[int, int], groups: list[Group], grammar: Grammar,
                      tokens: list[Token] | None = None) -> bool:
    """"after Hamas's attack on southern Israel", "tras los ataques rusos contra Ucrania": a noun that names its
    agent (a possessor before it, a demonym right after it) and then its patient (a target or genitive phrase) is
    an act even inside a prepositional phrase, as "nach dem Angriff der Hamas auf Israel" is; "since Russia's
    invasion" alone stays background."""
    start, end = span
    agent = possessor_before(start, groups, tokens)
    if agent is None:
        agent = next((g for g in groups if g.start == end and postnominal_adjective(g, grammar)), None)
        end = agent.end if agent is not None else end
    if agent is None:
        return False
    markers = grammar.target_markers | grammar.genitive_markers
    own = {side_of(m.code) for m in agent.members}
    # (a genitive's marker is the preposition of the phrase it hangs on: "depuis l'invasion russe de la Géorgie")
    return any(end <= g.start <= end + 3 and (g.marker in markers or g.genitive)
               and not own & {side_of(m.code) for m in g.members} for g in groups)


def postnominal_adjective(g: Group, grammar: Grammar) -> bool:
    """A demonym right after a noun in languages that put adjectives there ("los ataques rusos")."""
    return not grammar.adjectives_before_nouns and g.marker is None and all(m.kind == "adjective" for m in g.members)


def _nominal_source(candidates: list[Group], groups: list[Group], t_start: int, t_end: int,
                    grammar: Grammar, patient: bool = False, forms: list[frozenset[str]] | None = None) -> Group | None:
    """'Angriffe der Hisbollah', 'the attack by Russia', "Russia's attack": the noun's own agent. A patient
    noun ("die Ausweisung der Diplomaten durch Polen") takes only a "durch" phrase or a possessive."""
    after = [g for g in groups if t_end <= g.start <= t_end + 6 and not (
        forms is not None and any(forms[i] & grammar.passive_auxiliaries for i in range(t_end, g.start)))]
    agent_markers = grammar.agent_markers - grammar.patient_markers if patient else grammar.agent_markers
    by_agent = next((g for g in after if g.marker in agent_markers), None)
    if by_agent is not None:
        return by_agent  # "der Abschuss einer Drohne durch die algerische Armee": the agent, not the genitive
    if patient:
        return next((g for g in groups if g.end <= t_start and t_start - g.end <= 2 and g.possessive), None)
    adjective = next((g for g in after if g.start == t_end and postnominal_adjective(g, grammar)), None)
    if adjective is not None:
        return adjective  # "los ataques rusos contra Kiev", "la invasion russe": the demonym names the agent
    if grammar.verb_final:  # "nach dem russischen Einmarsch", "die israelische Offensive": the adjective's country
        adjective = next((g for g in groups if g.end == t_start and g.members
                          and all(m.kind == "adjective" for m in g.members)), None)
        if adjective is not None:
            return adjective
    for g in groups:
        if g.start >= t_end and g.start - t_end <= 3 and g.genitive and not (
                forms is not None and any(forms[i] & grammar.location_markers for i in range(t_end, g.start))):
            return g  # not "ein Manöver vor der Küste Taiwans": that genitive hangs on the place
        if g.end <= t_start and t_start - g.end <= 2 and g.possessive:
            return g
    return None


def other_possessive(t_start: int, clause: tuple[int, int], forms: list[frozenset[str]],
                     grammar: Grammar) -> int | None:
    """Where a possessive that never stands for the clause's subject ("их", "её") qualifies the noun at
    `t_start`: right before it, or before one adjective ("их новые санкции"); None if there is none."""
    words = grammar.roles.other_possessives
    if not words:
        return None
    for at in (t_start - 1, t_start - 2):
        if at < clause[0]:
            return None
        if forms[at] & words:
            return at
        between = forms[at]
        if at == t_start - 2 or not any(w.isalpha() for w in between) or between & (
                grammar.target_markers | grammar.location_markers | grammar.subordinators | grammar.coordination) \
                or any(grammar.verb_lemma(w) for w in between):
            return None  # "обвинил их в ударах", "призвал их прекратить удары": the object, not an owner
    return None


def possessive_of_no_list(groups: list[Group], t_start: int, clause: tuple[int, int], forms: list[frozenset[str]],
                           grammar: Grammar) -> int | None:
    """Where a singular possessive right before the noun ("son invasion") follows a clause subject that lists two
    or more states: it cannot stand for that list, so, like Russian "их", it names an owner before it."""
    at = t_start - 1
    # all the token's forms: simplemma reads "leur", "leurs" as "son" too, and those may stand for the list
    if at < clause[0] or not grammar.roles.singular_possessives or not forms[at] <= grammar.roles.singular_possessives:
        return None
    first_verb = next((i for i in range(clause[0], at) if any(grammar.verb_lemma(w) for w in forms[i])), at)
    subject = next((g for g in groups if clause[0] <= g.start < first_verb and g.marker is None), None)
    return at if subject is not None and len({side_of(m.code) for m in subject.members}) >= 2 else None


def _possessive_antecedent(groups: list[Group], pronoun: int, clause: tuple[int, int], forms: list[frozenset[str]],
                           grammar: Grammar) -> Group | None:
    """The actor a non-reflexive possessive stands for: the latest named before it in the sentence, except the
    subject of its own clause (a free group before the clause's first verb), for which Russian says "свой"."""
    first_verb = next((i for i in range(clause[0], pronoun) if any(grammar.verb_lemma(w) for w in forms[i])),
                      pronoun)
    for g in reversed(groups):
        if g.end > pronoun:
            continue
        if clause[0] <= g.start < first_verb and g.marker is None and not g.genitive:
            continue  # "Литва закрыла границу после их провокаций": not Lithuania's provocations
        return g
    return None


_NOMINATIVE_ARTICLES: Final = frozenset({"der", "die", "das", "ein", "eine"})
# lemmas of "hat", "ist", "wird" before a participle
_FINITE_AUXILIARIES: Final = frozenset({"haben", "sein", "werden"})
_VORFELD_REACH: Final = 4  # "Der Kommandeur der", "Die Regierung von Präsident"


def _vorfeld_owner(candidates: list[Group], groups: list[Group], clause: tuple[int, int], t_start: int,
                   forms: list[frozenset[str]],
                   grammar: Grammar) -> Group | None:
    """German "Der Kommandeur der iranischen Revolutionsgarden drohte Israel", "Die Regierung von Präsident Ortega
    warf Israel ... vor": the clause opens with an article and a noun that is no actor, and the actor of its
    genitive or "von" phrase stands right before the finite verb (after an apposition, if any). The whole
    phrase is the subject, so that actor acts; the free name after the verb is the object, not the subject."""
    if "sein" in forms[t_start]:
        return None  # "die Drohungen Russlands seien inakzeptabel": a copula judges its subject's owner
    chain = [g for g in groups if clause[0] < g.start < t_start]
    if not chain or chain[0] not in candidates or chain[0].start - clause[0] > _VORFELD_REACH:
        return None
    first = chain[0]
    if not forms[clause[0]] & _NOMINATIVE_ARTICLES and not (
            all(forms[i] & grammar.genitive_markers for i in range(clause[0] + 1, first.start))
            and _bare_noun(clause[0], groups, forms, grammar)):
        return None
    if not (first.genitive and first.marker is None or first.marker in grammar.patient_markers):
        return None
    if any(forms[i] & {",", ";", ":"} for i in range(clause[0], first.start)):
        return None
    owner = first
    for g in chain[1:]:  # "der iranischen Revolutionsgarden": the demonym and the body are two adjacent names
        if g.start != owner.end or g not in candidates:
            break
        owner = g
    end = owner.end
    if end < t_start and "," in forms[end]:  # ", Hossein Salami,": an apposition names the person
        close = next((i for i in range(end + 1, min(t_start, end + 6)) if "," in forms[i]), None)
        if close is None:
            return None
        end = close + 1
    return owner if end == t_start or end < t_start and forms[end] & _FINITE_AUXILIARIES else None


def _bare_noun(at: int, groups: list[Group], forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"Schiffe der chinesischen Küstenwache haben ... beschossen": a plural noun without article opening the clause,
    no actor and no preposition ("Laut der Regierung", "Mit der EU"), so the genitive after it is its owner (the
    genitive group is marked so only after a capitalised word)."""
    words = forms[at]
    return any(w.isalpha() for w in words) and not any(g.start <= at < g.end for g in groups) \
        and not words & (grammar.roles.bare_noun_blockers | grammar.target_markers | grammar.agent_markers
                         | grammar.location_markers | grammar.subordinators | grammar.coordination
                         | grammar.pronouns | grammar.possessives | grammar.determiners | grammar.negation)


_OWNER_REACH: Final = 5  # "que agentes de la": a subordinator, an article, one noun, "de" and an article


def _subordinate_owner(candidates: list[Group], t_start: int, forms: list[frozenset[str]],
                       grammar: Grammar) -> Group | None:
    """"México rompió relaciones con Ecuador después de que agentes de la Policía ecuatoriana irrumpieran en ...": a
    clause opened inside the sentence by a subordinator, whose subject noun is no actor, has its "de" phrase right
    before the verb as the one who acts (not the main clause's subject)."""
    owner = next((g for g in reversed(candidates) if g.end <= t_start), None)
    if owner is None or not owner.genitive or owner.marker is not None or t_start - owner.end > 1:
        return None
    for i in range(owner.start - 1, max(-1, owner.start - 1 - _OWNER_REACH), -1):
        if forms[i] & grammar.subordinators:
            return owner
        if forms[i] & {",", ";", ":"}:
            return None
    return None


def _joined_speech(t_end: int, clause: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar) -> int:
    """Where "and said", "and warned" after the trigger opens a coordinated speech verb (the clause's end if none):
    "condemned the strike and said Tehran reserved the right to respond", "criticised the move and warned Baku":
    the actors after it are the reported clause's or the speech verb's, not the first verb's."""
    speech = grammar.roles.joined_speech
    if speech:
        for i in range(t_end, clause[1] - 1):
            if forms[i] & grammar.coordination and forms[i + 1] & speech:
                return i
    return clause[1]


_CLAUSE_PUNCTUATION: Final = frozenset({",", ";", ":", "(", ")", '"', "“", "”", "«", "»"})


def _unnamed_subject(groups: list[Group], source: Group, t_start: int, forms: list[frozenset[str]],
                     grammar: Grammar) -> bool:
    """"Moscow expelled two diplomats after a senior official travelled to Kyiv", "China staged drills when the
    former speaker met Taiwan's president": an adverbial clause that follows the main clause's predicate and has
    a subject of its own, a noun phrase of no actor we know, is not the main subject's act. Not "after visiting",
    "after it attacked", "after its troops crossed" (the subject is shared or a pronoun stands for an actor), nor
    "X after months of talks signed" (no predicate of X before the subordinator: a phrase, not a clause)."""
    openers = grammar.roles.adverbial_subordinators
    if not openers or source.end > t_start:
        return False
    lower = max((g.end for g in groups if g.end <= t_start), default=0)  # no actor between it and the verb
    opener = next((i for i in range(t_start - 1, lower - 1, -1) if forms[i] & openers), None)
    if opener is None or opener - source.end < 1 or opener + 1 >= t_start:
        return False
    if forms[opener - 1] & grammar.roles.have:
        return False  # "Copenhagen has since slapped an entry ban on ...": between an auxiliary and its participle
        # the word is an adverb of time, no clause of its own
    words = range(opener + 1, t_start)
    pronouns = grammar.pronouns | grammar.possessives | grammar.roles.speaker_pronouns | grammar.roles.object_pronouns
    first = forms[opener + 1]
    if any(forms[i] & (pronouns | _CLAUSE_PUNCTUATION | grammar.coordination) for i in words) or first & (
            grammar.target_markers | grammar.location_markers | {grammar.infinitive_marker}) \
            or any(f[:1].isdigit() for f in first):
        return False  # "after it attacked", ", as expected, attacked", "since 2017 and sent": no subject of its own
    return any(f[:1].isalpha() for i in words for f in forms[i])


def _subject(unmarked: list[Group], t_start: int, grammar: Grammar, forms: list[frozenset[str]]) -> Group | None:
    """German: the clause's first free group. SVO languages: the group before the trigger; of two
    ("Niger gave France an ultimatum") the first, unless a speech verb, subordinator or conjunction stands
    between them ("Biden said the United States attacked ...": the reported subject) or the second is
    the subject of an infinitive ("China continues to rebuff")."""
    if not unmarked:
        return None
    if grammar.verb_final:
        nominative = [g for g in unmarked if not _oblique(g, forms, grammar)]
        if not nominative:
            return None  # "Dem Iran warf die Regierung vor": the subject is no actor we know
        first = nominative[0]
        if any(forms[i] & grammar.pronouns for i in range(max(0, first.start - 3), first.start)):
            return None  # "warf er Russland vor", ", für den sie Moskau verantwortlich machen": the pronoun acts
        return first
    # A group whose head noun opens the trigger ("Rwandan troops withdrew", "troop* ... withdraw") is its subject.
    left = [g for g in unmarked if g.end <= t_start or g.start < t_start < g.end]
    while len(left) >= 2 and _governed_by_circumstance(left[-1], forms, grammar):
        left.pop()  # "США при поддержке Австралии и Канады нанесли удары": the backers are no subject
    if left and left[-1].end == t_start:
        return left[-1]  # right before the trigger: "China sanctions ...", "US arms sales"
    if len(left) >= 2 and left[-1].start > left[-2].end and (close := _apposition_close(left[-2], t_start, forms)) \
            is not None and left[-1].end <= close:
        return left[-2]  # "Китай, ближайший союзник России, осудил": the apposition qualifies the subject
    if len(left) >= 2 and _describes_opener(left[-2], left[-1], t_start, forms, grammar):
        return left[-2]
    if len(left) >= 2:
        # "X said Y ...", "..., as China continues to rebuff", "... and China then condemned": Y starts a clause
        opens_clause = grammar.modality.get("report", frozenset()) | grammar.subordinators | grammar.coordination
        between = range(left[-2].end, left[-1].start)
        to_verb = grammar.infinitive_marker and any(grammar.infinitive_marker in forms[i]
                                                    for i in range(left[-1].end, t_start))
        control = grammar.roles.object_control
        if to_verb and control and not any(forms[i] & control for i in between):
            to_verb = False  # "summoned the US ambassador to lodge a protest": the summoner's purpose
        if not to_verb and not any(forms[i] & opens_clause or "," in forms[i] for i in between) \
                and not _in_circumstance(left[-2], forms, grammar) \
                and not _governed_before(left[-2], left[-1], forms, grammar):
            return left[-2]
    return left[-1] if left else None


def _uncommaed_fronted_subject(candidates: list[Group], clause: tuple[int, int], trigger: tuple[int, int],
                               forms: list[frozenset[str]],
                               grammar: Grammar) -> Group | None:
    """"В знак солидарности с Литвой Польша выслала посла": Russian sets no comma after a fronted phrase. A clause
    that opens with a preposition holding the trigger (its own phrases marked), then a free name and a verb before
    any other name: that name is the clause's subject, and the fronted act is its own."""
    if not forms[clause[0]] & (grammar.location_markers | grammar.target_markers | grammar.partner_prepositions):
        return None
    after = [g for g in candidates if g.start >= trigger[1]]
    k = next((k for k, g in enumerate(after) if g.marker is None), None)
    if not k:  # (the fronted phrase names someone first: "с Литвой")
        return None
    subject = after[k]
    if subject.genitive or subject.instrumental or subject.possessive or after[k - 1].end != subject.start:
        return None
    stop = next((g.start for g in after if g.start > subject.start), clause[1])
    verb = any(grammar.verb_lemma(t) for k in range(subject.end, min(stop, subject.end + 7)) for t in forms[k])
    return subject if verb else None


def _credit_pair(groups: list[Group], clause_start: int, t_start: int, forms: list[frozenset[str]],
                 grammar: Grammar) -> tuple[Group | None, Group] | None:
    """"thanked Japan for sending flood relief", "praised Oman for hosting the talks", "a remercié le Japon d'avoir
    envoyé": the last name before the trigger, a verb of thanks or praise between it and the name before it (or the
    clause's start: "X, speaking at the summit, praised Y for ..."), and only the reason's preposition (and an
    auxiliary) between it and the trigger: the one thanked did the act the reason names, not the one who thanks.
    (Who thanks, if named in the clause; who is thanked), or None."""
    words = grammar.roles
    left = [g for g in groups if g.end <= t_start]
    if not words.credit_verbs or not left or left[-1].end >= t_start:
        return None
    thanker, thanked = (left[-2] if len(left) >= 2 else None), left[-1]
    if not forms[thanked.end] & words.credit_reasons or not any(
            forms[i] & words.credit_verbs for i in range(thanker.end if thanker else clause_start, thanked.start)) \
            or not all(forms[i] & (words.credit_reasons | words.have) for i in range(thanked.end, t_start)):
        return None
    return thanker, thanked


def _governed_before(first: Group, second: Group, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """Russian "В ответ на признание Испанией претензий Марокко ... Алжир отозвал посла": a name right after a
    lower-case noun hangs on it (a genitive or instrumental the case shows, not the word order), so it is no
    subject before the second name, nearer the verb."""
    if not grammar.verb_lemma_endings or any(
            f.isalpha() and grammar.verb_lemma(f) for i in range(first.end, second.start) for f in forms[i]):
        return False  # "Боррель осудил решение Москвы и выразил ...": a verb between, the first name acts
    before = first.start - 1
    return before >= 0 and any(f.isalpha() for f in forms[before]) and not forms[before] & (
        grammar.target_markers | grammar.location_markers | grammar.coordination | grammar.subordinators
        | grammar.circumstance_markers | grammar.determiners | grammar.possessives)


_PHRASE_BREAKS: Final = frozenset({",", ";", ":"})


def _oblique(g: Group, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """German: the group's article is accusative or dative ("den Iran", "dem russischen Botschafter"), so it is
    no subject; the article stands before the name or before one adjective of it."""
    words = grammar.roles.oblique_articles
    if not words or g.start == 0:
        return False
    before = g.start - 1
    if before > 0 and any(f.isalpha() and f.islower() and f.endswith("en") for f in forms[before]) \
            and not forms[before] & words:
        before -= 1  # an adjective of the name: "den russischen Präsidenten"
    if before > 0 and ("," in forms[before - 1] or forms[before - 1] & (
            grammar.target_markers | grammar.location_markers | grammar.agent_markers)):
        return False  # ", den ...", "für den Ankara Damaskus verantwortlich macht": a relative pronoun
    return bool(forms[before] & words)


def _governed_by_circumstance(g: Group, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """Russian: a name (or the last of a list of names) whose phrase a circumstance preposition opens through one
    noun ("при поддержке Австралии, Канады и Нидерландов"): the genitive is that noun's, no subject."""
    if not grammar.circumstance_markers:
        return False
    i = g.start - 1
    while i >= 0 and (forms[i] & ({","} | grammar.coordination) or any(f[:1].isupper() for f in forms[i])):
        i -= 1  # the names listed before it
    return i >= 1 and any(f.isalpha() and f.islower() for f in forms[i]) \
        and bool(forms[i - 1] & grammar.circumstance_markers)


def _in_circumstance(g: Group, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"При голосовании в Генассамблее ООН Индия и Китай воздержались ...": a name that a place or circumstance
    preposition governs through a noun (Russian genitives carry no preposition of their own) says where or when,
    so the group after it is the subject."""
    for i in range(g.start - 1, max(-1, g.start - 1 - _LOOKBACK), -1):
        if forms[i] & grammar.circumstance_openers:
            return not _time_phrase(forms, i + 1, g.start, grammar)
        if forms[i] & _PHRASE_BREAKS or forms[i] & grammar.coordination:
            return False
    return False


def _time_phrase(forms: list[frozenset[str]], start: int, end: int, grammar: Grammar) -> bool:
    """"In April Somalia expelled ...", "Within days Sudan severed ...", "In the past year Kenya closed ...", "En
    avril la Somalie a expulsé ...": the preposition governs a month, a year or a span of time (its articles among
    them), and its phrase ends there without a comma; the name after it is the clause's subject, no circumstance."""
    time = grammar.roles.time_nouns | grammar.roles.time_modifiers
    words = range(start, end)
    return any(forms[k] & time or any(f.isdigit() for f in forms[k]) for k in words) and all(
        forms[k] & (time | grammar.determiners) or any(f.isdigit() for f in forms[k]) for k in words)


_SPEECH_REACH: Final = 3  # "Biden said", "a affirmé", "said on Monday": the speech verb follows its speaker closely


_INVERSION_REACH: Final = 4  # ", a indiqué le", ", dijo el", ", said the", ", erklärte Kreml-Sprecher"
_PLACE_REACH: Final = 3  # "en El Cairo", "au Caire", "in Kiew" between the speech verb and the speaker


def _inverted_speaker(g: Group, t_end: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"L'Inde a condamné l'attentat, a indiqué le Premier ministre", "..., dijo el canciller", "..., said the
    minister", "..., erklärte der Sprecher": a group after a comma and a speech verb (an auxiliary or article
    between) names who says so; it is no object of the trigger before it. A place may stand between the verb and
    the speaker (", a indiqué au Caire la commissaire", ", dijo en El Cairo la comisaria")."""
    if g.start <= t_end or g.marker is not None:
        return False
    speech = grammar.modality.get("report", frozenset())
    place = grammar.location_markers | grammar.target_markers | grammar.determiners
    seen = False
    i, lowest = g.start - 1, max(t_end - 1, g.start - 1 - _INVERSION_REACH - _PLACE_REACH)
    while i > lowest:
        if forms[i] & {",", "«", "»", '"', "“", "”", "„"}:
            return seen
        if forms[i] & speech:
            seen = True
        elif not seen and forms[i] & place:
            pass  # "en" of "dijo en El Cairo"
        elif not seen and i - 1 > lowest and forms[i - 1] & place:
            i -= 1  # "au Caire", "El Cairo": the place's name after its preposition or article
        elif not forms[i] & (grammar.determiners | grammar.passive_auxiliaries | grammar.roles.have):
            return False
        i -= 1
    return False


def _incise_subject(unmarked: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                    grammar: Grammar) -> Group | None:
    """«La Russie doit retirer ses troupes», a exigé le président français: after a closing quote and its comma
    the verb comes first (only the language's `incise_auxiliaries` between) and its subject right after it."""
    words = grammar.roles.incise_auxiliaries
    t_start, t_end = trigger
    if not words:
        if _after_quotation(t_start, forms, grammar, grammar.roles.final_incise) and (
                not grammar.roles.incise_verbs or forms[t_start] & grammar.roles.incise_verbs):
            # «Rusia debe retirarse», exigió el presidente francés en Madrid: the speaker, whatever follows him
            return next((g for g in unmarked if t_end <= g.start <= t_end + 2), None)
        return _final_incise_subject(unmarked, trigger, forms, grammar)
    opener = t_start - 1
    while opener >= 0 and forms[opener] & grammar.roles.inversion_datives:
        opener -= 1  # "comme l'en accuse la Finlande", "comme le lui reproche Paris": object pronouns between
    if opener >= 0 and forms[opener] & grammar.roles.inversion_openers \
            and not all(f.endswith(_INFINITIVE_ENDINGS) for f in forms[t_start]):
        # "ce que dément Alger", "les accusations que rejette Kigali": a finite verb right after the relative
        # pronoun has its subject after it (not "ne peut que condamner la Russie", an infinitive)
        return next((g for g in unmarked if t_end <= g.start <= t_end + 2), None)
    i = t_start - 1
    while i >= 0 and forms[i] & words:
        i -= 1
    if i < 1 or "," not in forms[i] or not forms[i - 1] & ANY_QUOTE_MARKS:
        # "Le Rwanda soutient le M23, accuse Kinshasa.": no quotation, the subject closes the sentence; only after
        # a clause with no comma of its own ("La Chine, proche alliée de la Russie, a critiqué le Japon": the
        # comma closes an apposition and the verb's subject stands before it)
        if i < 1 or any("," in forms[k] for k in range(i)):
            return None
        return _final_incise_subject(unmarked, trigger, forms, grammar)
    return next((g for g in unmarked if t_end <= g.start <= t_end + 2), None)


def _after_quotation(t_start: int, forms: list[frozenset[str]], grammar: Grammar,
                     auxiliaries: frozenset[str] | None = None) -> bool:
    """The incise verb follows a closing quotation and its comma («...», a dénoncé X), not a plain clause."""
    words = grammar.roles.incise_auxiliaries if auxiliaries is None else auxiliaries
    i = t_start - 1
    while i >= 0 and forms[i] & words:
        i -= 1
    return i >= 1 and "," in forms[i] and bool(forms[i - 1] & ANY_QUOTE_MARKS)


def _final_incise_subject(unmarked: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                          grammar: Grammar) -> Group | None:
    """"Un buque chino embistió a una embarcación filipina, denunció Manila.": after a comma a verb (only the
    language's `final_incise` auxiliaries between) whose subject right after it closes the sentence."""
    words = grammar.roles.final_incise
    if not words:
        return None
    t_start, t_end = trigger
    if grammar.roles.incise_verbs and not forms[t_start] & grammar.roles.incise_verbs:
        return None  # "China, a close ally of Russia, criticised Japan.": English inverts only speech verbs
    i = t_start - 1
    while i >= 0 and forms[i] & words:
        i -= 1
    if i < 1 or "," not in forms[i] or _apposed_subject_before(unmarked, i, forms, grammar):
        return None
    g = next((g for g in unmarked if t_end <= g.start <= t_end + 2), None)
    if g is None or all(m.kind == "adjective" for m in g.members):
        # ("Turquía, miembro de la OTAN, condenó el ataque ruso.": a demonym after a noun qualifies the noun; the
        # speaker of an incise is named, "denunció Manila", "afirmó el Gobierno filipino")
        return None
    end = len(forms)
    if g.end + 1 < end and "," in forms[g.end] and forms[g.end + 1] & grammar.roles.subject_relatives:
        end = g.end  # "..., a dénoncé le Royaume-Uni, qui a appelé à ...": the speaker's own relative clause follows
    if any(any(c.isalnum() for f in forms[k] for c in f) for k in range(g.end, end)):
        return None
    return g


def _apposed_subject_before(unmarked: list[Group], comma: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"El presidente de Brasil, Lula, visitó China": the comma before the verb closes an apposition to the
    subject (only actor names, articles and commas stand before it), no clause of its own: the name after
    the verb is its object, not the subject of an incise."""
    covered = {k for g in unmarked if g.end <= comma for k in range(g.start, g.end)}
    return comma in {g.end for g in unmarked} and all(
        k in covered or forms[k] & grammar.determiners or "," in forms[k] for k in range(comma))


def _unnamed_incise(trigger: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """English ", warned its foreign minister." closing the sentence: an inverted speech verb (the language's
    `incise_verbs`) right after a comma whose subject after it is no actor; nobody before the comma speaks."""
    t_start, t_end = trigger
    if not grammar.roles.incise_verbs or not forms[t_start] & grammar.roles.incise_verbs:
        return False
    i = t_start - 1
    while i >= 0 and forms[i] & grammar.roles.final_incise:
        i -= 1
    return i >= 1 and "," in forms[i] and len(forms) - t_end <= _INCISE_REACH \
        and not any(forms[k] & {",", ";", ":"} for k in range(t_end, len(forms)))


def _inverted_after_opener(t_start: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """Spanish "según denunció Kiev", "como le pidió Brasil", "tal como le habían exigido": after one of the
    language's `inversion_openers` (a dative pronoun and auxiliaries between) the verb comes before its subject."""
    openers = grammar.roles.inversion_openers
    if not openers or grammar.roles.incise_auxiliaries:
        return False  # French "ce que dément Alger" is read by `_incise_subject`
    i = t_start - 1
    while i >= 0 and forms[i] & (grammar.roles.final_incise | grammar.roles.inversion_datives):
        i -= 1
    return i >= 0 and bool(forms[i] & openers)


def _dative_before(t_start: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"como le pidió Brasil": a dative pronoun between the opener and the verb stands for the main clause's
    subject, the one asked."""
    i = t_start - 1
    while i >= 0 and forms[i] & grammar.roles.final_incise:
        i -= 1
    return i >= 0 and bool(forms[i] & grammar.roles.inversion_datives)


def _judged_before_incise(sentence_groups: list[Group], t_start: int, forms: list[frozenset[str]],
                          target_markers) -> Group | None:
    """Whom a closing "..., denunció Manila" accuses: the subject of the clause it reports (the first actor
    of the sentence that no target preposition marks)."""
    comma = next((i for i in range(t_start - 1, -1, -1) if "," in forms[i]), None)
    if comma is None:
        return None
    return next((g for g in sentence_groups if g.end <= comma and g.marker not in target_markers
                 and not g.possessive), None)


_ELIDED_CLITICS: Final = ("l'", "l’")


def _object_clitic(t_start: int, forms: list[frozenset[str]], grammar: Grammar) -> int | None:
    """Where an object pronoun stands before the verb ("l'accuse", "l'a invité", "lui a demandé", "ne les a pas
    appelés"): the language's `object_clitics`, elided on the verb or its auxiliary, or a word before them."""
    words = grammar.roles.object_clitics
    if not words:
        return None

    def elided(i: int) -> bool:
        return any(f[:2] in _ELIDED_CLITICS and len(f) > 2 for f in forms[i])

    # without an auxiliary the trigger must read as an inflected verb, not a noun after an article ("la rupture")
    words_of = {f[2:] if f[:2] in _ELIDED_CLITICS else f for f in forms[t_start]}  # the form and its lemma
    verb = len(words_of) > 1 and any(f.endswith(_INFINITIVE_ENDINGS) for f in words_of)
    if elided(t_start):
        return t_start if verb else None
    i = t_start - 1
    while i >= 0 and forms[i] & grammar.roles.clitic_adverbs:
        i -= 1
    if i >= 0 and forms[i] & _AUXILIARIES:
        if elided(i):
            return i
        i -= 1
        return i if i >= 0 and _clitic_word(forms[i], grammar) else None
    return i if i >= 0 and _clitic_word(forms[i], grammar) and verb else None


def _clitic_word(token_forms, grammar: Grammar) -> bool:
    """An object pronoun, not a subject or stressed one whose lemma looks like it (simplemma reads "Il", "Elle"
    and "eux" as "lui"): the language's `clitic_lookalikes` are never one."""
    return bool(token_forms & grammar.roles.object_clitics) and not token_forms & grammar.roles.clitic_lookalikes


_AUXILIARIES: Final = frozenset({"avoir", "être"})
_INFINITIVE_ENDINGS: Final = ("er", "ir", "re")


def _quoted_subject(sentence_groups: list[Group], t_start: int, forms: list[frozenset[str]]) -> Group | None:
    """The first free actor inside the quotation that ends just before an incise: whom the speaker speaks of."""
    close = next((i for i in range(t_start - 1, -1, -1) if forms[i] & ANY_QUOTE_MARKS), None)
    if close is None:
        return None
    opening = next((i for i in range(close - 1, -1, -1) if forms[i] & ANY_QUOTE_MARKS), -1)
    return next((g for g in sentence_groups if opening < g.start and g.end <= close and g.marker is None
                 and not g.genitive and not g.possessive), None)


def _speaker_of(g: Group, t_start: int, forms: list[frozenset[str]], grammar: Grammar,
                clause_start: int | None = None) -> bool:
    """The group before a passive or a "mediated by" trigger is the speaker of a reported clause, not its
    subject: a report verb stands between ("Poland said that Ukraine was attacked by Russia",
    "a déclaré que l'accord avait été négocié par le Qatar"), and no pronoun takes the speaker up again
    ("Canada said it was attacked by Russian hackers"). A group outside the trigger's clause speaks when the
    clause opens with the speech verb (`clause_start`: "Biden, who announced the deal, said ...")."""
    first = g.end if clause_start is None else clause_start
    opener = next((i for i in range(first, min(t_start, first + _SPEECH_REACH))
                   if forms[i] & grammar.modality.get("report", frozenset())), None)
    if opener is None:
        return False
    pronouns = grammar.pronouns | grammar.roles.speaker_pronouns
    if all(m.kind in ("leader", "agent") for m in g.members):
        pronouns = pronouns - {"it"}  # "Biden said it had been brokered by France": "it" is no person
    return not any(forms[i] & pronouns for i in range(opener, t_start))


def _owner_of_object(sentence_groups: list[Group], source: Group, trigger: tuple[int, int], forms: list[frozenset[str]],
                     grammar: Grammar,
                     target_markers: frozenset[str]) -> Group | None:
    """"L'Iran a condamné les frappes américaines contre ses installations", "Le Qatar a condamné l'attaque iranienne
    contre son territoire": the act noun's object is owned by the possessive's antecedent, the sentence's subject
    (the first free name before the noun that is not the noun's own agent)."""
    at = next((i for i in range(trigger[1], min(len(forms) - 1, source.end + 3)) if forms[i] & target_markers), None)
    if at is None or not forms[at + 1] & grammar.possessives:
        return None
    own = {side_of(m.code) for m in source.members}
    return next((g for g in sentence_groups if g.end <= trigger[0] and g.marker is None and not g.genitive
                 and not any(m.kind == "adjective" for m in g.members)
                 and not {side_of(m.code) for m in g.members} & own), None)


def verdict_seat(groups: list[Group], trigger: tuple[int, int], grammar: Grammar) -> Group | None:
    """French "a été saluée à Téhéran", "a été accueillie avec colère à Pékin" (no "par"): a capital or seat of
    power right after a passive participle, with the impersonal marker "à", is the one that judged."""
    if not grammar.participle_auxiliaries:
        return None
    return next((g for g in groups if trigger[1] <= g.start <= trigger[1] + 4 and g.marker in grammar.impersonal_markers
                 and g.members and all(m.kind in ("capital", "seat") for m in g.members)), None)


def custody_seat(groups: list[Group], trigger: tuple[int, int], grammar: Grammar) -> Group | None:
    """"ont été arrêtés en Iran", "were detained in Russia" (no agent): the state or capital named as the place
    right after a passive of arrest is the one that acted, and the subject is whom it acted on."""
    places = grammar.location_markers | grammar.impersonal_markers
    return next((g for g in groups if trigger[1] <= g.start <= trigger[1] + 3 and g.marker in places
                 and g.members and all(m.kind in ("country", "capital") for m in g.members)), None)


def _subject_noun_of_passive(trigger: tuple[int, int], clause: tuple[int, int], forms: list[frozenset[str]],
                             grammar: Grammar) -> bool:
    """A noun before its clause's passive auxiliary is (in) the passive's subject: the agent after the auxiliary
    is the verb's, not the noun's."""
    auxiliaries = grammar.passive_auxiliaries
    return not any(forms[i] & auxiliaries for i in range(clause[0], trigger[0])) \
        and any(forms[i] & auxiliaries for i in range(trigger[1], clause[1]))


def _passive_subject_owner(groups: list[Group], clause: tuple[int, int], trigger: tuple[int, int],
                           rival_triggers: frozenset[int], forms: list[frozenset[str]], grammar: Grammar,
                           source: Group | None) -> Group | None:
    """The name a passive's subject phrase hangs on, when the subject itself is no actor: "Douze agents de
    l'ambassade de France ont été expulsés", "La visite de Modi à Moscou a été critiquée" (the genitive, or the
    agent of an act noun: "L'expulsion de diplomates français par l'Algérie a été dénoncée")."""
    opening = clause[0]
    while opening < trigger[0] and forms[opening] & (grammar.subordinators | grammar.genitive_markers):
        opening += 1
    aux = next((i for i in range(opening, trigger[0]) if forms[i] & grammar.passive_auxiliaries), None)
    if aux is None:
        return None
    noun = any(opening <= i < opening + 4 for i in rival_triggers)
    inside = [g for g in groups if g is not source and opening <= g.start < aux and g.start - opening <= 7]
    # "L'expulsion de diplomates français par l'Algérie a été dénoncée": the act noun's agent before its patient
    return next((g for g in inside if noun and g.marker in grammar.agent_markers), None) \
        or next((g for g in inside if g.marker is None and g.genitive), None)


def _passive_subject(unmarked: list[Group], t_start: int, forms: list[frozenset[str]],
                     grammar: Grammar) -> Group | None:
    """The one a passive acts on: in German the clause's first free group; elsewhere the nearest free group
    before the verb, unless that group only speaks ("Biden said Ukraine was attacked by Russia": Ukraine;
    "the minister said the embassy was attacked by protesters": no actor of ours), else the first after it."""
    left = [g for g in unmarked if g.end <= t_start]
    if grammar.verb_final or not left:
        return unmarked[0]
    if len(left) >= 2 and _describes_opener(left[-2], left[-1], t_start, forms, grammar):
        return left[-2]  # "Brazil, Mercosur's largest economy, has been hit by U.S. tariffs": the opener is hit
    return None if _speaker_of(left[-1], t_start, forms, grammar) else left[-1]


# "«...», a-t-il déclaré", "„...“, sagte er am Abend", "», — написал в среду в соцсетях министр": the words
# of the incise after a quotation
_INCISE_REACH: Final = 8


def _first_person_before(clause: tuple[int, int], t_start: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """A first-person pronoun ("wir", "we", "nous", "мы") opens the clause or stands right before the verb: the
    clause's subject is the one who speaks."""
    first = grammar.roles.first_person
    return bool(first) and any(forms[i] & first for i in {clause[0], t_start - 1, t_start - 2}
                               if clause[0] <= i < t_start)


def _accusation_content_subject(sentence_groups: list[Group], source: Group, trigger: tuple[int, int],
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


def _quoted_speaker(sentence_groups: list[Group], clause: tuple[int, int], forms: list[frozenset[str]],
                    grammar: Grammar) -> Group | None:
    """A quotation with no actor of its own speaks for whoever the sentence says said it after it:
    "«...», dijo Slutski", "„...“, sagte Kim", "\"...\", said the minister"."""
    if not any(forms[i] & ANY_QUOTE_MARKS for i in range(max(0, clause[1] - 1), min(len(forms), clause[1] + 2))):
        return None
    return _speaker_after(sentence_groups, clause, forms, grammar)


def _opening_possessor(sentence_groups: list[Group], clause: tuple[int, int], t_start: int) -> Group | None:
    """"Israel's strikes will not go unanswered", "Die Angriffe Israels werden nicht unbeantwortet bleiben": the
    possessor that opens the clause, or the genitive after its first noun, names the author of the act that noun
    is: the subject of a copula that judges or answers it."""
    return next((g for g in sentence_groups if g.end < t_start and (
        g.possessive and clause[0] <= g.start <= clause[0] + 1 or g.genitive and clause[0] < g.start <= clause[0] + 2)),
        None)


def _clause_speaker_after(sentence_groups: list[Group], end: int, forms: list[frozenset[str]],
                          grammar: Grammar) -> Group | None:
    """A clause the sentence attributes after a comma, no quotation marks: "Israel's strikes will not go
    unanswered, the Iranian foreign ministry said", "…, заявили в МИД Ирана", "…, hieß es aus dem Auswärtigen
    Amt": the one named with the speech verb after the first comma after `end` (the trigger's) said it."""
    comma = next((i for i in range(end, min(len(forms), end + _INCISE_REACH)) if "," in forms[i]), None)
    if comma is None or any(end <= g.start < comma for g in sentence_groups):
        return None
    return _speaker_after(sentence_groups, (0, comma), forms, grammar)


def _speaker_after(sentence_groups: list[Group], clause: tuple[int, int], forms: list[frozenset[str]],
                   grammar: Grammar) -> Group | None:
    """The actor named with a speech verb right after the clause ends: "..., dijo Slutski", "..., Netanyahu said",
    "..., заявили в МИД России" (an impersonal verb and the institution after its "в")."""
    speech = grammar.speech_verbs  # "..., Lavrov warned"
    after = next((g for g in sentence_groups if g.start >= clause[1]), None)
    if after is None or after.start - clause[1] > _INCISE_REACH:
        return None
    if after.marker is not None:
        # "«...», - заявили в МИД России", "- было заявлено в российском МИД": the institution after an impersonal
        # speech verb said it (the verb stands before its "в")
        impersonal = after.marker in grammar.impersonal_markers | {REPORT_SOURCE} and any(
            forms[i] & speech for i in range(clause[1], after.start))
        # "..., the Iranian foreign ministry said": a phrase the reader marked as the report's source, its verb after
        reported = after.marker == REPORT_SOURCE and any(forms[i] & speech for i in range(after.end, min(
            len(forms), after.end + 2)))
        return after if impersonal or reported else None
    # "«...», dijo Slutski", or the speaker first: "\"...,\" Netanyahu said", "„...“, Kim sagte"
    return after if any(forms[i] & speech for i in range(clause[1], min(len(forms), after.end + 2))) else None


def _attribute_agent(g: Group, trigger: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar,
                     nominal: bool) -> bool:
    """"El grupo respaldado por Irán atacó a Israel", "the militia backed by Iran fired": an agent phrase before an
    active verb whose preposition follows another word's participle is that participle's agent, not the verb's
    subject (verb-final German puts its attribute agent before the participle trigger itself; "la milice soutenue
    par l'Iran": the French "-u" participles count here too, `attribute_participle_endings`)."""
    if grammar.verb_final or nominal or g.end > trigger[0]:
        return False
    at = _marker_index(g, forms)
    if at is None or at < 1:
        return False
    participle = at - 1
    endings = grammar.reduced_passive_endings + grammar.attribute_participle_endings
    return not trigger[0] <= participle < trigger[1] and any(w.endswith(endings) for w in forms[participle])


def quoted_by_pronoun(clause: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar,
                      groups: list[Group] | None = None) -> bool:
    """A quotation whose speaker is a pronoun in the incise after it ("\"...,\" he said", "„...“, sagte er",
    "«...», a-t-il déclaré", "«...», заявил он"), or a dropped one («...», dijo en un discurso; `groups` tells that
    no name follows the verb): its acts are the pronoun's, whom the article named before."""
    end = clause[1]
    if not any(forms[i] & ANY_QUOTE_MARKS for i in range(max(0, end - 1), min(len(forms), end + 2))):
        return False
    speech = grammar.modality.get("report", frozenset())
    incise = range(end, min(len(forms), end + _INCISE_REACH))
    if any(forms[i] & speech for i in incise) and any(forms[i] & grammar.pronouns for i in incise):
        return True
    return groups is not None and _dropped_speaker(end, forms, grammar, groups)


def after_pronoun_incise(t_start: int, tokens: list[Token], forms: list[frozenset[str]], grammar: Grammar,
                         groups: list[Group]) -> bool:
    """'"...," she added, accusing Moscow of ...', «...», a-t-elle ajouté, accusant Moscou de ...', '«...», добавила
    она, обвинив Москву ...': a verb right after the comma that closes the incise of a quotation, whose speaker is a
    pronoun or dropped (no name in the incise), has no subject of its own: it acts for the speaker, whom the article
    named before (a named speaker, "said the minister of Estonia, accusing", is the roles reader's)."""
    if t_start < 3 or "," not in forms[t_start - 1]:
        return False
    quote = next((i for i in range(t_start - 2, max(-1, t_start - 2 - _SHORT_INCISE), -1)
                  if forms[i] & ANY_QUOTE_MARKS), None)
    if quote is None or any(quote < g.start < t_start for g in groups):
        return False  # (a quotation mark, a verb and its pronoun, a comma: the incise says nothing else)
    incise = range(quote + 1, t_start - 1)
    return any(forms[i] & (grammar.pronouns | grammar.roles.dropped_speakers) for i in incise) \
        or _common_noun_speaker(incise, tokens, forms, grammar)


def _common_noun_speaker(incise: range, tokens: list[Token], forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """'"...," added the minister,', '«...», a ajouté la ministre,', '«...», добавила министр,': a speech verb and,
    after it, lower-case words only (an article, a common noun: no name, no capital) speak of the one the article
    named before, as a pronoun does."""
    speech = grammar.modality.get("report", frozenset()) | grammar.roles.incise_verbs | grammar.roles.dropped_speakers
    verb = next((i for i in incise if forms[i] & speech), None)
    if verb is None or verb + 1 >= incise.stop:
        return False
    words = [tokens[i].text for i in incise if tokens[i].text != ","]
    return all(w.isalpha() and w.islower() or w in {"-", "'", "’"} for w in words) \
        and tokens[verb + 1].text.isalpha()


_SHORT_INCISE: Final = 8  # '», a-t-elle ajouté,': the tokens after the quotation mark, to the comma


def _dropped_speaker(end: int, forms: list[frozenset[str]], grammar: Grammar, groups: list[Group]) -> bool:
    """«...», dijo en un discurso televisado: the speech verb right after the quotation's comma has no subject of
    its own (no actor after it in the incise), so the speaker is the one the article named before."""
    words = grammar.roles.dropped_speakers
    if not words:
        return False
    i = end - 1 if end > 0 and forms[end - 1] & ANY_QUOTE_MARKS else end
    while i < min(len(forms), end + 3) and not forms[i] & words:
        if not (forms[i] & ANY_QUOTE_MARKS or "," in forms[i] or forms[i] & grammar.roles.have):
            return False
        i += 1
    if i >= len(forms) or not forms[i] & words:
        return False
    return not any(i < g.start <= i + _INCISE_REACH for g in groups)


def _in_apposition(g: Group, source: Group | None, t_start: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"China, the closest ally of Russia, condemned ...", "la Chine, alliée de la Russie, a condamné ...": a
    name in the genitive of an apposition between commas right after the subject qualifies the subject; it is
    no object of the verb after the apposition (a prepositional phrase there may be: "in talks with Qatar"). In a
    longer, descriptive apposition a name after a preposition is none either ("Washington, lié à Manille par un
    traité de défense, a condamné les actions de la Chine": Manila is bound to Washington, not condemned)."""
    if source is None or g.start <= source.end or g.end >= t_start:
        return False
    if _set_off_before_verb(g, source, t_start, forms):
        return True
    if g.marker is not None:
        return _descriptive_apposition(g, source, t_start, forms, grammar)
    close = _apposition_close(source, t_start, forms)
    return close is not None and g.end == close or _descriptive_apposition(g, source, t_start, forms, grammar)


def _set_off_before_verb(g: Group, source: Group, t_start: int, forms: list[frozenset[str]]) -> bool:
    """"Der Nato-Oberbefehlshaber in Europa, US-General Alexus Grynkewich, warnte ...": a name set off by commas
    that close right before the verb, after the subject and the words of its title, names the subject again; it is
    no object of the verb (which then has none of its own)."""
    if g.end + 1 != t_start or "," not in forms[g.end]:
        return False
    opening = next((i for i in range(g.start - 1, max(source.end, g.start - _TITLE_BEFORE_NAME) - 2, -1)
                    if "," in forms[i]), None)
    return opening is not None and opening >= source.end


_TITLE_BEFORE_NAME: Final = 4  # "der frühere niederländische Regierungschef Mark Rutte": the words before the name


def _descriptive_apposition(g: Group, source: Group, t_start: int, forms: list[frozenset[str]],
                            grammar: Grammar) -> bool:
    """"Finland, a NATO member since 2023, expelled ...", "la Finlande, membre de l'OTAN depuis 2023, a fermé ...":
    a longer apposition right after the subject, worded around a common noun, describes the subject; a name in it
    (wherever it stands) is no object of the verb. A list ("Finland, the UK, Norway") has no such noun, and a
    reporting incise ("Finland, a Kremlin aide said, ...") is left to the speaker reading."""
    if source.end >= len(forms) or "," not in forms[source.end]:
        return False
    close = next((i for i in range(source.end + 1, min(t_start, source.end + _DESCRIPTION_REACH + 1))
                  if "," in forms[i]), None)
    if close is None or g.end > close:
        return False
    inside = range(source.end + 1, close)
    report = grammar.modality.get("report", frozenset())
    return not any(forms[i] & report for i in inside) and any(
        len(w) >= 4 and w.isalpha() and not g.start <= i < g.end for i in inside for w in forms[i])


_DESCRIPTION_REACH: Final = 12  # "a member of the European Union since 2004"
_OPENING_SUBJECT: Final = 1  # where a name that opens the sentence starts (after an article: "La Russie")


def _describes_opener(opener: Group, named: Group, t_start: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"Russia, the only country to have recognised the Taliban government, called for restraint", "La Russie, seul
    pays à avoir reconnu ..., a appelé": a longer apposition after the name that opens the sentence describes it, and
    the verb after it is the opener's, not that of the name inside. Not a phrase opened by a preposition ("Modi, on his
    first visit since Dissanayake took office, was given ..."), which tells a circumstance."""
    if opener.start > _OPENING_SUBJECT or opener.end + 1 >= len(forms):
        return False
    prepositions = grammar.target_markers | grammar.location_markers | grammar.agent_markers | grammar.genitive_markers
    return not forms[opener.end + 1] & prepositions \
        and _descriptive_apposition(named, opener, t_start, forms, grammar)


def _speaks_before(forms: list[frozenset[str]], start: int, end: int, grammar: Grammar) -> bool:
    """A speech verb right after a name and before a copula's verdict ("Morocco said the decision was ..."): the
    name reports, it is not the copula's subject."""
    speech = grammar.modality.get("report", frozenset())
    return start < end and bool(forms[start] & speech) and not any("," in forms[i] for i in range(start, end))


def _apposition_close(head: Group, t_start: int, forms: list[frozenset[str]]) -> int | None:
    """Where a short apposition right after `head` ends: the comma after the one that follows the group, before
    the trigger; None where no comma follows the group or the stretch is long enough to be a clause."""
    if head.end >= len(forms) or "," not in forms[head.end]:
        return None
    return next((i for i in range(head.end + 1, min(t_start, head.end + _APPOSITION_REACH + 1)) if "," in forms[i]),
                None)


_APPOSITION_REACH: Final = 7  # "la aliada más cercana de Rusia", "the closest ally of Russia"


def _relative_antecedent(sentence_groups: list[Group], clause: tuple[int, int], forms: list[frozenset[str]],
                         grammar: Grammar) -> Group | None:
    """"condenó a Perú, que atacó a Bolivia", "a critiqué le Japon, qui a sanctionné", "criticised Japan, which
    sanctioned", "раскритиковал Японию, которая ввела": a clause opened by a comma and a subject relative pronoun
    (the language's `subject_relatives`, not an oblique form) has the actor right before the comma as its subject,
    whatever marks that actor in the main clause; the main clause's subject does not act in it."""
    start = clause[0]
    words = grammar.roles
    if start < 1 or start >= len(forms) or "," not in forms[start - 1] \
            or not (forms[start] & words.subject_relatives or _opens_with_participle(forms, start, grammar)) \
            or forms[start] & words.object_relatives:
        return None
    # "le bloc des trois pays du Sahel (AES), qui ...": the acronym's closing bracket
    # may stand between the name and the comma
    end = start - 2 if start >= 2 and ")" in forms[start - 2] else start - 1
    return next((g for g in sentence_groups if g.end == end and g.marker not in (REPORT_SOURCE, COMPOUND)), None)


_OBJECT_RELATIVE_REACH: Final = 5  # ", a la que él acusa": words between the comma and the verb


def _object_relative(sentence_groups: list[Group], t_start: int, forms: list[frozenset[str]], grammar: Grammar,
                     prepositional: bool = True) -> Group | None:
    """"the UAE, which it accuses of ...", "l'Ukraine, qu'elle accuse de ...", "Ucrania, a la que acusa de ...":
    a relative clause right before the verb whose pronoun is no subject (a subject pronoun or an actor follows
    it, or the personal "a" precedes it) has the actor before the comma as its object; its subject is its own
    actor, or else the main clause's subject (the pronoun's antecedent). Returns that object."""
    words = grammar.roles
    relatives = words.subject_relatives | words.object_relatives
    if not relatives:
        return None
    comma = next((i for i in range(t_start - 1, max(-1, t_start - _OBJECT_RELATIVE_REACH - 1), -1)
                  if "," in forms[i]), None)
    if comma is None or comma + 1 >= t_start:
        return None
    i = comma + 1
    if prepositional and forms[i] & words.possessive_relatives:
        return _possessive_relative(sentence_groups, comma, t_start, forms)
    opened = bool(forms[i] & words.object_relative_openers)  # ", a la que": the personal "a"
    # (not for a mutual act: "Армения, с которой Азербайджан парафировал соглашение, заморозила участие в ОДКБ" would
    # lend the pact the status of the main clause)
    if prepositional and forms[i] & words.relative_prepositions and i + 1 < t_start \
            and forms[i + 1] & words.object_relatives:
        opened, i = True, i + 1  # ", с которым Гондурас разорвал отношения": the preposition says it is the object
    elif forms[i] & words.dropped_subject_relatives:
        opened = True  # ", которую обвиняет": the pronoun's form says it is the object; the subject is dropped
    elif opened:
        i += 1
        while i < t_start and forms[i] & grammar.determiners:
            i += 1
    if i >= t_start or not (forms[i] & relatives or any(
            f.startswith(r) for f in forms[i] for r in relatives if r.endswith(("'", "’")))):
        return None  # (French "qu'il" is one token: the elided relative and the subject pronoun)
    own_subject = bool(forms[i] & words.speaker_pronouns)  # French "qu'il", "qu'elle": pronoun and subject in one
    after = i + 1  # where the verb (or its auxiliary) stands
    actor = next((g for g in sentence_groups if g.start == i + 1 and g.marker is None), None)
    if i + 1 < t_start and forms[i + 1] & words.speaker_pronouns:
        own_subject, after = True, i + 2  # ", which it accuses"
    elif actor is not None and actor.end <= t_start:
        own_subject, after = True, actor.end  # ", which Russia invaded"
    if not (opened or own_subject) or opened and forms[i] & words.speaker_pronouns \
            or t_start - after > 1 or t_start > after and not forms[after] & words.have:
        return None  # not the verb right after the relative and its subject (or one auxiliary)
    # not "l'assassinat d'Ismaïl Haniyeh, qu'il impute à Israël": the noun the name qualifies is the object
    return next((g for g in sentence_groups if g.end == comma and g.marker not in (REPORT_SOURCE, COMPOUND)
                 and not g.genitive), None)


def _preposed_relative_partner(sentence_groups: list[Group], clause: tuple[int, int], t_start: int,
                               forms: list[frozenset[str]], grammar: Grammar) -> Group | None:
    """"Пакистан, с которым Индия в мае обменялась ударами", "la Géorgie, avec laquelle la Russie s'est battue": a
    clause opened by a preposition and a relative pronoun (`clauses._preposed_relative`) whose own subject follows
    the pronoun acts on the name before the comma, the one the preposition governs. Returns that name."""
    start = clause[0]
    if not grammar.preposed_relatives or start < 2 or "," not in forms[start - 1] or start + 2 >= t_start \
            or not forms[start] & (grammar.target_markers | grammar.location_markers | grammar.pair_markers):
        return None
    pronoun = start + 1 + bool(forms[start + 1] & grammar.determiners)  # "con la que"
    if not forms[pronoun] & grammar.preposed_relatives or not any(
            pronoun < g.start <= pronoun + 2 and g.end <= t_start and g.marker is None for g in sentence_groups):
        return None
    antecedent = next((g for g in sentence_groups if g.end == start - 1 and g.marker not in (REPORT_SOURCE, COMPOUND)
                       and not g.genitive), None)
    if antecedent is None or antecedent.start > 0 and _qualified_noun(forms[antecedent.start - 1], grammar):
        return None  # "неделя лидеров АТЭС, на которую ...": the week, not the bloc, is what the pronoun stands for
    return antecedent


def _qualified_noun(token_forms: frozenset[str], grammar: Grammar) -> bool:
    """A word that a name after it may qualify: no preposition, article, conjunction or verb ("неделя лидеров АТЭС",
    not "с Пакистаном", "атаковала Пакистан")."""
    closed = grammar.target_markers | grammar.location_markers | grammar.agent_markers | grammar.pair_markers \
        | grammar.genitive_markers | grammar.determiners | grammar.coordination
    return any(f.isalpha() for f in token_forms) and not token_forms & closed \
        and not any(grammar.verb_lemma(f) for f in token_forms)


def _possessive_relative(sentence_groups: list[Group], comma: int, t_start: int,
                         forms: list[frozenset[str]]) -> Group | None:
    """"Франция, чьих военных Мали выслала": after the relative of possession and the noun it qualifies (with the
    owner of that noun it may be one group, "военных Уагадугу"), a name right before the verb is the subject; the
    owner before the comma is what the verb acts on. None where no such subject stands there."""
    subject = next((g for g in sentence_groups if comma + 1 < g.start + 1 <= comma + 3 and g.end == t_start), None)
    if subject is None:
        return None
    return next((g for g in sentence_groups if g.end == comma and g.marker not in (REPORT_SOURCE, COMPOUND)
                 and not g.genitive), None)


_CLOSING_WORDS: Final = 2  # "hat ... kritisiert, dem": a verb and its auxiliary may close the clause before the comma
# not "dessen Regierung": a possessor of the subject
_GERMAN_OBJECT_RELATIVES: Final = frozenset({"dem", "den", "denen"})


def _verb_final_object_relative(sentence_groups: list[Group], clause: tuple[int, int], forms: list[frozenset[str]],
                                grammar: Grammar) -> Group | None:
    """German "Schweden, dem Ankara Spionage vorwirft", "die Ecowas, der sie vorwerfen, ...": a relative clause
    opened by a pronoun that cannot be its subject (a dative or accusative form, or any form followed by a
    personal pronoun, which is the subject) has the name before its comma as the verb's object."""
    start = clause[0]
    if start < 2 or "," not in forms[start - 1] or start + 1 >= clause[1]:
        return None
    pronoun = forms[start]
    if not (pronoun & _GERMAN_OBJECT_RELATIVES or pronoun & grammar.roles.subject_relatives
            and forms[start + 1] & (grammar.pronouns | _IMPERSONAL)):
        return None
    # the name ends before the comma, or before the main clause's closing particle or verb ("trat aus der Ecowas
    # aus, der ...", "hat Schweden kritisiert, dem ..."); the main clause's preposition is no matter
    return next((g for g in sentence_groups if start - 1 - _CLOSING_WORDS <= g.end <= start - 1
                 and all(_lower_word(f) and not f & grammar.coordination for f in forms[g.end:start - 1])
                 and g.marker not in (REPORT_SOURCE, COMPOUND) and not g.possessive), None)


_FREE_RELATIVE: Final = frozenset({"was"})  # "was Russland in der Ukraine tue, sei ..."
_FREE_RELATIVE_REACH: Final = 12  # words of such a clause


def _free_relative_subject(sentence_groups: list[Group], clause: tuple[int, int],
                           forms: list[frozenset[str]]) -> tuple[Group, int] | None:
    """The actor of a German free relative clause (", was X ... tue,") that ends at the comma before `clause`
    and stands as its subject, with the comma that opens it; None where the clause has no such subject."""
    close = clause[0] - 1
    if close < 2 or "," not in forms[close]:
        return None
    opening = next((j for j in range(close - 1, max(-1, close - _FREE_RELATIVE_REACH - 1), -1)
                    if "," in forms[j] or forms[j] & ANY_QUOTE_MARKS), None)
    if opening is None or "," not in forms[opening] or not forms[opening + 1] & _FREE_RELATIVE:
        return None
    actor = next((g for g in sentence_groups if opening + 1 < g.start and g.end <= close and g.marker is None
                  and not g.genitive), None)
    return (actor, opening) if actor is not None else None


def _lower_word(token_forms: frozenset[str]) -> bool:
    """A word no form of which is capitalised (German nouns keep their capital in the lemma): a verb or particle."""
    return all(f[:1].islower() for f in token_forms)


def _subject_outside(sentence_groups: list[Group], clause: tuple[int, int], grammar: Grammar,
                     forms: list[frozenset[str]] | None = None) -> Group | None:
    """A verb coordinated with an earlier one shares its subject: the first free group before it since the
    last dash, colon or semicolon ("BAMAKO, April 7 — Mali ... issued a statement, recalling ...": Mali); after
    a quotation, the first one after it («...», poursuit l'Élysée, tout en appelant ...: the speaker, not a
    name the quotation holds), or none where a pronoun speaks after it."""
    start = 0
    if forms is not None:
        start = next((i + 1 for i in range(clause[0] - 1, -1, -1) if forms[i] & _STRONG_BREAKS), 0)
    before = [g for g in sentence_groups if start <= g.start and g.end <= clause[0] and g.marker is None
              and not g.genitive and not (forms is not None and _in_inserted_clause(g, forms, grammar))
              and not (forms is not None and _in_subordinate_clause(g, forms, grammar))]
    if forms is not None and before:
        quote = next((i for i in range(clause[0] - 1, before[0].end - 1, -1) if forms[i] & ANY_QUOTE_MARKS), None)
        after_quote = [g for g in before if quote is not None and g.start > quote]
        if quote is not None and not after_quote and any(forms[i] & grammar.pronouns
                                                         for i in range(quote + 1, clause[0])):
            return None  # «...», a-t-il déclaré, promettant ...: the pronoun speaks (the article's context says who)
        before = after_quote or before
    return before[0] if before else None


def _opens_with_participle(forms: list[frozenset[str]], start: int, grammar: Grammar) -> bool:
    """The clause at `start` opens with a Russian active participle ("посетивший", "не имеющей")."""
    words = grammar.roles
    if not words.relative_participle_endings:
        return False
    if start + 1 < len(forms) and forms[start] & grammar.negation:
        start += 1
    return any(words.relative_participle(w) for w in forms[start])


def _in_inserted_clause(g: Group, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """"Страны, которые поддерживают Украину, осудили ...", "Страны, поддерживающие Украину, осудили ...": the
    group stands in a relative or participle clause between commas, which is no subject of the main clause."""
    comma = next((i for i in range(g.start - 1, -1, -1) if forms[i] & {",", ";", ":", "—", "–"}), None)
    if comma is None or "," not in forms[comma] or comma + 1 >= g.start:
        return False
    return bool(forms[comma + 1] & grammar.roles.subject_relatives) \
        or _opens_with_participle(forms, comma + 1, grammar)


_STRONG_BREAKS: Final = frozenset({";", ":", "—", "–"})


def _in_subordinate_clause(g: Group, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """German "Nachdem Bolivien ... verkündet hatte, gab Kolumbien bekannt, ... abzuziehen", ", an dem die Regierung
    ... verkündete,": the group's clause opens with a subordinator (or a preposition and a relative pronoun), so it is
    no subject of the main clause whose verb an infinitive after it depends on."""
    if not grammar.verb_final_subordinators:
        return False
    opening = next((i + 1 for i in range(g.start - 1, -1, -1) if forms[i] & {",", ";", ":", "—", "–"}), 0)
    if opening >= g.start:
        return False
    first = forms[opening]
    second = forms[opening + 1] if opening + 1 < g.start else frozenset()
    return bool(first & grammar.verb_final_subordinators) or opening > 0 and bool(
        second & grammar.relative_pronouns) and bool(first & (grammar.target_markers | grammar.location_markers))


THIRD_PLURAL: Final = ("ли", "ют", "ят", "ут", "ат")  # Russian past and present: "заявили", "осуждают", "говорят"


def _third_plural_verb(forms: frozenset[str], grammar: Grammar) -> bool:
    """A Russian verb in the third person plural ("заявили", "осудили", "приветствуют"), read from a token's forms:
    with no subject before it, its subject is an institution named first or the names after it."""
    return any(f.endswith(THIRD_PLURAL) for f in forms) and any(grammar.verb_lemma(f) for f in forms)


def _impersonal_speaker(sentence_groups: list[Group], t_start: int, grammar: Grammar,
                        forms: list[frozenset[str]]) -> Group | None:
    """Russian "В МИД России заявили, что ...", "В Кремле осудили удар": a sentence (or a part after a semicolon
    or colon: "...; в Москве обвинили в ударе ...") that opens with an institution after "в" and a plural verb
    without a subject says the institution acted; so does a place after "in", "à", "en" with an impersonal subject
    ("In Vilnius verurteilte man", "À Paris, on a condamné", "En Varsovia se condenó", "In Warsaw, officials ...")."""
    if not grammar.impersonal_markers or not sentence_groups:
        return None
    opening = next((i + 1 for i in range(t_start - 1, -1, -1) if forms[i] & _STRONG_BREAKS), 0)
    first = next((g for g in sentence_groups if g.start >= opening), None)
    if first is not None and first.marker == REPORT_SOURCE and first.end < t_start and "," in forms[first.end]:
        # "По словам Пескова, в Кремле приветствуют ...": the informant's phrase opens the sentence
        opening = first.end + 1
        first = next((g for g in sentence_groups if g.start >= opening), None)
    if first is None or first.marker not in grammar.impersonal_markers or first.start > opening + 1 \
            or first.start >= t_start:
        return None
    if grammar.impersonal_subjects:
        # "In Vilnius verurteilte man", "À Paris, on a condamné", "En Varsovia se condenó": the impersonal subject
        # stands close to the place, before the trigger or (German verb second) right after it
        for i in range(first.end, min(t_start + 3, len(forms))):
            if forms[i] & grammar.impersonal_subjects:
                return first
            if i > first.end and forms[i] & (_STRONG_BREAKS | {","}):
                return None
        return None
    if not any(grammar.verb_lemma(f) for f in forms[t_start]) and \
            not any("," in forms[i] for i in range(first.end, t_start)):
        return None  # "В МИД Украины расценили удар как ...": a noun the verb takes, not the institution's act
    for i in range(first.end, min(first.end + 4, len(forms))):
        if "," in forms[i] or i > t_start:
            return None
        if forms[i] & grammar.occurrence_verbs:
            return None  # "В Москве прошли переговоры": the talks took place there
        if _third_plural_verb(forms[i], grammar):
            return first  # "заявили", "пообещали", "приветствуют", "считают": the third person plural of a verb
    return None


def _fronted_object_owner(sentence_groups: list[Group], t_start: int, forms: list[frozenset[str]], grammar: Grammar
                          ) -> tuple[Group, Group] | None:
    """Russian puts the object before a subjectless plural verb: "В Москве решение Кишинёва назвали недопустимым",
    "В МИД Ирана критику Вашингтона отвергли", "В Кремле поставки немецкого оружия осудили". The institution or seat
    after "в" that opens the sentence acted (as in `_impersonal_speaker`); the names between it and the verb, after a
    word of their own, only own the fronted noun (a genitive, a demonym), so the verdict is aimed at them."""
    if not grammar.impersonal_markers or grammar.impersonal_subjects:
        return None
    if not _third_plural_verb(forms[t_start], grammar):
        return None
    opening = next((i + 1 for i in range(t_start - 1, -1, -1) if forms[i] & _STRONG_BREAKS), 0)
    first = next((g for g in sentence_groups if g.start >= opening), None)
    if first is None or first.marker not in grammar.impersonal_markers or first.start > opening + 1 \
            or first.end >= t_start or any("," in forms[i] for i in range(first.end, t_start)):
        return None
    between = [g for g in sentence_groups if first.end <= g.start < t_start]
    if between and between[0].start == first.end and _accusative_name(between, t_start, forms):
        return first, between[0]  # "В Сеуле Россию обвиняют в поставках ...": the name is the verb's object
    if not between or between[0].start == first.end:
        return None  # no noun of its own before the names: "В Москве российские дипломаты заявили"
    if any(g.marker is not None or g.possessive for g in between):
        return None  # "В Москве по итогам встречи с Лукашенко заявили ...": a phrase of its own, no fronted noun
    return first, between[0]


def _fronted_act_judges(sentence_groups: list[Group], clause: tuple[int, int], t_start: int, t_end: int,
                        rival_triggers: frozenset[int], forms: list[frozenset[str]],
                        grammar: Grammar) -> tuple[Group, Group | None] | None:
    """Russian puts a known act first and its judges after the plural verb: "Удар осудили Саудовская Аравия и
    Кувейт", "Решение Египта приветствовали Иордания и Катар". The clause opens with the act's noun (another
    trigger or a noun that sums up a step), no subject stands before the verb (at most the noun's owner, a
    genitive), and a name follows the verb: that name judges; the owner, if any, is judged (else the article says
    whose act it was)."""
    if not grammar.impersonal_markers or grammar.impersonal_subjects:
        return None
    if not _third_plural_verb(forms[t_start], grammar):
        return None
    opening = next((i + 1 for i in range(t_start - 1, clause[0] - 1, -1) if forms[i] & (_STRONG_BREAKS | {","})),
                   clause[0])
    if opening < t_start and forms[opening] & grammar.roles.anaphoric_determiners:
        opening += 1  # "Этот удар осудили ..."
    if opening >= t_start or not (opening in rival_triggers or forms[opening] & grammar.roles.step_nouns):
        return None
    before = [g for g in sentence_groups if opening <= g.start < t_start]
    if any(g.start == opening or g.marker is not None or g.possessive for g in before):
        return None  # a name first, or a phrase of its own before the verb: "Решение по Ирану поддержали ..."
    judge = next((g for g in sentence_groups if t_end <= g.start <= t_end + 1 and g.marker is None
                  and not g.genitive), None)
    if judge is None:
        return None
    return judge, (before[-1] if before else None)


_ACCUSATIVE_ARTICLES: Final = frozenset({"den", "diesen", "jenen"})  # German: the fronted noun is the object


def _fronted_object_subject_after(sentence_groups: list[Group], clause: tuple[int, int], trigger: tuple[int, int],
                                  forms: list[frozenset[str]], grammar: Grammar) -> tuple[Group, Group] | None:
    """German may put the object first and the subject after the verb: "Die Entscheidung Ägyptens begrüßten
    Jordanien und Katar", "Den Schritt Polens kritisierte Ungarn". The clause opens with an article and a step noun,
    its owner (a genitive name) stands right before the verb, and a name follows the verb. The noun is the object
    where its article is accusative ("Den Schritt"), or where the verb is plural and the names after it a list
    (the singular noun cannot be its subject): the names after the verb judge, the owner is judged."""
    t_start, t_end = trigger
    opening = next((i + 1 for i in range(t_start - 1, clause[0] - 1, -1) if forms[i] & (_STRONG_BREAKS | {","})),
                   clause[0])
    if t_start - opening < 3 or not forms[opening] & grammar.determiners \
            or not forms[opening + 1] & grammar.roles.step_nouns:
        return None
    before = [g for g in sentence_groups if opening <= g.start < t_start]
    judge = next((g for g in sentence_groups if t_end <= g.start <= t_end + 1 and g.marker is None
                  and not g.genitive), None)
    if len(before) != 1 or before[0].start != opening + 2 or before[0].end != t_start or judge is None:
        return None
    accusative = bool(forms[opening] & _ACCUSATIVE_ARTICLES)
    plural = any(f.endswith("en") for f in forms[t_start]) and len(judge.members) >= 2
    return (judge, before[0]) if accusative or plural else None


_ACCUSATIVE: Final = {"у": "а", "ю": "я"}  # feminine nouns: "Украину"/"Украина", "Москву"/"Москва", "Россию"/"Россия"


def _accusative_name(between: list[Group], t_start: int, forms: list[frozenset[str]]) -> bool:
    """One name of one word right before the plural verb, in the accusative of a feminine noun ("В Сеуле Россию
    обвиняют", "В Киеве Москву обвинили"): its form and its lemma differ only in the ending -у/-ю against -а/-я, so
    it is no subject (the verb is plural too), but the verb's object."""
    group = between[0]
    if len(between) != 1 or len(group.members) != 1 or group.end != t_start or group.end - group.start != 1:
        return False
    words = forms[group.start]
    return any(w[-1:] in _ACCUSATIVE and w[:-1] + _ACCUSATIVE[w[-1]] in words for w in words)


_RELATIVE_REACH: Final = 6  # "das Importverbot für ukrainischen Weizen, das ...": words between the noun and the comma
# "das Einfuhrverbot für Weizen, Mais, Raps und Sonnenblumenkerne, das ...": the same with a list
_LIST_REACH: Final = 14
_LIST_ITEM: Final = 3  # words of one item of such a list ("ukrainischen Weizen")


def _noun_complement(forms: list[frozenset[str]], start: int, end: int, grammar: Grammar) -> bool:
    """The words from `start` to the relative clause's comma at `end` complete the act noun: a short phrase, or a
    list of short items whose last is joined by a conjunction ("für Weizen, Mais, Raps und Sonnenblumenkerne");
    any other comma ends the noun's phrase before the relative clause."""
    commas = [i for i in range(start, end) if "," in forms[i]]
    if not commas:
        return end - start <= _RELATIVE_REACH
    bounds = [start - 1, *commas, end]
    if any(b - a - 1 > _LIST_ITEM + 1 for a, b in zip(bounds[1:], bounds[2:], strict=False)) \
            or commas[0] - start > _LIST_ITEM + 2:  # the first item after its preposition: "für ukrainischen Weizen"
        return False
    return any(forms[i] & grammar.coordination for i in range(commas[-1] + 1, end))


_BLAME: Final = frozenset({"verantwortlich"})  # ", für den Kiew Moskau verantwortlich macht"


def blamed_agent(groups: list[Group], clauses: list[tuple[int, int]], trigger: tuple[int, int],
                 forms: list[frozenset[str]],
                 grammar: Grammar) -> Group | None:
    """German "der Anschlag auf die Pipeline, für den sie Moskau verantwortlich machen", "der Anschlag,
    für den Kiew Moskau verantwortlich macht": a relative clause after an act noun that blames someone for it
    names the act's agent (the last name before "verantwortlich"; the first is the one who blames)."""
    if not grammar.verb_final:
        return None
    clause = next((c for c in clauses if 0 < c[0] - trigger[1] <= _LIST_REACH + 1), None)
    if clause is None or clause[0] + 2 >= clause[1] or "," not in forms[clause[0] - 1] \
            or "für" not in forms[clause[0]] or not forms[clause[0] + 1] & grammar.relative_pronouns \
            or any("," in forms[i] for i in range(trigger[1], clause[0] - 1)) \
            and not _noun_complement(forms, trigger[1], clause[0] - 1, grammar):
        return None  # "der Anschlag auf die Pipeline im vergangenen Monat, für den": the noun's phrase, no comma
    blame = next((i for i in range(clause[0] + 2, clause[1]) if forms[i] & _BLAME), None)
    if blame is None:
        return None
    return next((g for g in reversed(groups) if clause[0] + 2 <= g.start and g.end <= blame), None)


def relative_agent(groups: list[Group], clauses: list[tuple[int, int]], trigger: tuple[int, int], tokens: list[Token],
                   forms: list[frozenset[str]],
                   grammar: Grammar) -> tuple[Group | None, Group | None]:
    """German "die Sanktionen, die die EU gegen Russland verhängt hat", "der Angriff, den Russland auf die
    Ukraine verübt hatte": a relative clause right after an act noun whose verb carries out the act (one of
    the grammar's `support_verbs`) names the act's agent (its subject) and perhaps its target (a phrase with
    a target marker). Returns (agent, target) groups; (None, None) where the noun has no such clause."""
    if not grammar.support_verbs:
        return None, None
    if not grammar.verb_final:
        return _object_relative_agent(groups, trigger, forms, grammar)
    clause = next((c for c in clauses if 0 < c[0] - trigger[1] <= _LIST_REACH + 1), None)
    if clause is None or "," not in forms[clause[0] - 1] or not forms[clause[0]] & grammar.determiners:
        return None, None  # not ", die ...", ", den ..."
    if not _noun_complement(forms, trigger[1], clause[0] - 1, grammar):
        return None, None
    last = clause[1] - 1
    while last > clause[0] and not any(f[:1].isalpha() for f in forms[last]):
        last -= 1
    verbs = range(max(clause[0] + 1, last - 2), last + 1)  # "verhängt hat", "verübt hatte", "verhängt"
    if not any(forms[i] & grammar.support_verbs for i in verbs):
        return None, None
    inside = [g for g in groups if clause[0] < g.start < clause[1]]
    second = clause[0] + 1
    if second < clause[1] and tokens[second].text[:1].isupper() and not any(g.start == second for g in inside):
        return None, None  # ", die Grenzen zu Nigeria sind geschlossen": an article and its noun, no pronoun
    agent = next((g for g in inside if g.free), None)
    target = next((g for g in inside if g is not agent and g.marker in grammar.target_markers), None)
    return agent, target


_PRONOUN_REACH: Final = 4  # "les livraisons de missiles que ...": the noun's own "de" complement before the pronoun


def _object_relative_agent(groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                           grammar: Grammar) -> tuple[Group | None, Group | None]:
    """French "les sanctions que l'UE a imposées à la Biélorussie", "les frappes qu'Israël a menées contre l'Iran":
    an object relative pronoun right after an act noun (its "de" complement between), then a name and a verb that
    carries the act out (`support_verbs`): the name is the act's agent, a phrase with a target marker after the
    verb its target. No comma or other verb may stand between the noun and the pronoun."""
    relatives = grammar.roles.object_relatives | grammar.roles.act_relatives
    end = min(len(forms), trigger[1] + _PRONOUN_REACH + 1)
    at = next((i for i in range(trigger[1], end) if forms[i] & relatives
               or any(f.startswith(grammar.roles.elided) for f in forms[i] if grammar.roles.elided)), None)
    comma = at is not None and at - 1 >= trigger[1] and "," in forms[at - 1] and bool(
        forms[at] & grammar.roles.act_relatives)  # "санкции, которые ...": Russian sets the clause off
    if at is None or any(forms[i] & _CLAUSE_STOPS for i in range(trigger[1], at - 1 if comma else at)):
        return _participle_agent(groups, trigger, forms, grammar)
    agent = next((g for g in groups if at <= g.start <= at + _RELATIVE_AGENT_REACH and g.marker is None and (
        not g.genitive or _office_head(at + 1, g.start, forms, grammar))), None)
    if agent is None:
        return _participle_agent(groups, trigger, forms, grammar)
    stop = next((i for i in range(agent.end, len(forms)) if forms[i] & _CLAUSE_STOPS), len(forms))
    verb = next((i for i in range(agent.end, min(stop, agent.end + 4)) if forms[i] & grammar.support_verbs), None)
    if verb is None:
        return None, None
    target = next((g for g in groups if verb < g.start < stop and g.marker in grammar.target_markers), None)
    return agent, target


_CLAUSE_STOPS: Final = frozenset({",", ";", ":", "—", "–", "."})
_RELATIVE_AGENT_REACH: Final = 3  # "которые министерство финансов США ввело": pronoun, two words of office, name


def _office_head(start: int, end: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """Russian "санкции, которые министерство финансов США ввело", "удары, которые армия Израиля нанесла": the
    name after the relative pronoun is the genitive of an office or a force standing before it (words, no verb
    among them), and that office, the relative clause's subject, carries the act out."""
    return end > start and all(
        any(f.isalpha() for f in forms[i]) and not any(grammar.verb_lemma(f) for f in forms[i])
        for i in range(start, end))


_ACT_AGENT_REACH: Final = 9  # "la destruction d'un avion syrien par l'armée turque": the act's object, then its agent
# "menée par la Russie", "menée hier par l'armée russe": the marker, an article, a name
_PARTICIPLE_AGENT_REACH: Final = 4


def _participle_agent(groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                      grammar: Grammar) -> tuple[Group | None, Group | None]:
    """French "l'attaque de drones menée par la Russie contre l'Ukraine", "les sanctions imposées par Washington à
    l'Iran", Spanish "las sanciones impuestas por EE. UU. a Irán": a participle of a verb that carries the act out
    (`support_verbs`) after the act noun (its "de" complement between), then its agent after an agent marker; a
    phrase with a target marker after the agent is the act's target. News writes the act so, judged by a verdict
    before it ("a condamné l'attaque menée par ..."): the one judged is the agent, not the one attacked."""
    if not grammar.agent_markers:
        return None, None
    end = min(len(forms), trigger[1] + _PRONOUN_REACH + 1)
    verb = next((i for i in range(trigger[1], end) if forms[i] & grammar.support_verbs), None)
    if verb is None or any(forms[i] & _CLAUSE_STOPS for i in range(trigger[1], verb)):
        return None, None
    agent = next((g for g in groups if verb < g.start <= verb + _PARTICIPLE_AGENT_REACH
                  and g.marker in grammar.agent_markers), None)
    if agent is None or any(forms[i] & _CLAUSE_STOPS for i in range(verb, agent.start)):
        return None, None
    return _agent_and_target(agent, groups, trigger, forms, grammar)


_PARTICIPLE_CASES: Final = ("ые", "ый", "ая", "ое", "ых", "ого", "ой", "ую", "ым", "ыми", "ому")


def instrumental_agent(groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                       grammar: Grammar) -> tuple[Group | None, Group | None]:
    """Russian "санкции, введённые Евросоюзом против России", "удары, нанесённые ВСУ по Белгороду", "Введённые
    Вашингтоном санкции против Ирана": a passive participle of a verb that carries out the act (`support_participles`)
    before the noun, inside its pattern, or right after its comma, and a name in the instrumental right after the
    participle (an acronym does not decline): the name is the act's agent, the first phrase with a target marker
    after it and before the clause ends the act's target."""
    stems = grammar.roles.participle_stems
    if not stems:
        return None, None

    def participle(i: int) -> bool:
        return any(f.startswith(stems) and f.endswith(_PARTICIPLE_CASES) for f in forms[i])

    at = next((i for i in range(max(0, trigger[0] - 2), trigger[1]) if participle(i)), None)
    if at is None:
        comma = next((i for i in range(trigger[1], min(len(forms), trigger[1] + _PRONOUN_REACH))
                      if forms[i] & _CLAUSE_STOPS), None)
        at = comma + 1 if comma is not None and "," in forms[comma] and comma + 1 < len(forms) \
            and participle(comma + 1) else None
    if at is None:
        return None, None
    agent = next((g for g in groups if g.start == at + 1 and g.marker is None and (
        g.instrumental or all(m.surface.isupper() for m in g.members))), None)
    return _agent_and_target(agent, groups, trigger, forms, grammar)


def support_participle_agent(groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                             grammar: Grammar) -> tuple[Group | None, Group | None]:
    """French "les sanctions imposées par Washington contre Pékin", "les frappes menées par Israël contre l'Iran":
    a participle of a verb that carries out the act noun (`support_verbs`), right after the noun and its adjectives,
    and the "par" phrase right after it: the name is the act's agent, the first target phrase after it its target.
    (Not after an auxiliary: "a imposé" is the clause's own verb.)"""
    verbs = grammar.support_verbs
    if not verbs or grammar.verb_final or grammar.roles.participle_stems:
        return None, None
    auxiliaries = grammar.passive_auxiliaries | grammar.roles.have
    for i in range(trigger[0] + 1, min(len(forms) - 1, trigger[1] + 3)):
        if forms[i] & _CLAUSE_STOPS or forms[i - 1] & auxiliaries:
            break
        if forms[i] & verbs and forms[i + 1] & grammar.agent_markers:
            agent = next((g for g in groups if i + 2 <= g.start <= i + 3 and g.marker in grammar.agent_markers), None)
            return _agent_and_target(agent, groups, trigger, forms, grammar)
    return None, None


def side_agent(groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]], grammar: Grammar,
               rivals: frozenset[int]) -> tuple[Group | None, Group | None]:
    """Russian "поставки оружия Тайваню со стороны США", "провокации со стороны Киева": an act noun whose phrase
    (no comma, no other trigger between) goes on to "со стороны X" names X as its agent; the phrase's name before
    it is the act's target. Not for a verb ("подвергся обстрелу со стороны", a `reverse` rule reads that)."""
    if not grammar.agent_markers or any(grammar.verb_lemma(f) for f in forms[trigger[0]]):
        return None, None
    agent = None
    for i in range(trigger[1], min(len(forms), trigger[1] + _SIDE_REACH)):
        if forms[i] & _CLAUSE_STOPS or i in rivals:
            return None, None
        if forms[i] & grammar.agent_markers:
            agent = next((g for g in groups if g.start == i + 1 and g.marker in grammar.agent_markers), None)
            break
    return _agent_and_target(agent, groups, trigger, forms, grammar, before_agent=True)


_SIDE_REACH: Final = 6  # "поставки оружия Тайваню со стороны США": the noun's complements before "со стороны"


def _agent_and_target(agent: Group | None, groups: list[Group], trigger: tuple[int, int], forms: list[frozenset[str]],
                      grammar: Grammar,
                      before_agent: bool = False) -> tuple[Group | None, Group | None]:
    """The act's target given its agent: the first phrase with a target marker after the agent (or, for an agent
    that ends the noun's phrase, the first name between the noun and the agent) before the clause ends."""
    if agent is None:
        return None, None
    if before_agent:
        return agent, next((g for g in groups if trigger[1] <= g.start < agent.start), None)
    stop = next((i for i in range(max(agent.end, trigger[1]), len(forms)) if forms[i] & _CLAUSE_STOPS), len(forms))
    target = next((g for g in groups if agent.end <= g.start < stop and g.start >= trigger[1]
                   and g.marker in grammar.target_markers), None)
    return agent, target

