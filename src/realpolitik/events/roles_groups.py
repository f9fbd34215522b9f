"""The sentence's actor groups: coordinated actors ("Kuba, Nicaragua und China") form one group, a bloc's apposition
lists its members, and a reference to "both countries" stands for each of them.

Separate from the marks (roles_marks) because grouping decides which names belong together, before any group's
governing word is read; `build_groups` runs both. Where a group's last name opens a coordinated clause instead
("... and Poland condemned") is read later, once the triggers are found (roles_coordinated_clause).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from realpolitik.actors.compose import name_word
from realpolitik.actors.entries import STATE_WORD_KINDS
from realpolitik.actors.reference.history import members
from realpolitik.codes import country_of, side_of
from realpolitik.events.grammar import Grammar
from realpolitik.events.roles_aside import reported_by
from realpolitik.events.roles_base import Group, elided_de
from realpolitik.events.roles_marks import mark_groups
from realpolitik.language.tokens import ANY_QUOTE_MARKS, DASHES, PHRASE_BREAKS
from realpolitik.model import PLACE, ActorMention, Sentence, Token


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


_PAIR_FIRSTS: Final = frozenset({"adjective", "country"})  # "franco-allemand", "US-British": a pair's first


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
    if len(listed) < 2 or not closed or not all(m.country and m.kind in STATE_WORD_KINDS for m in listed):
        return []
    return listed


def _copy_with_code(m: ActorMention, code: str) -> ActorMention:
    return ActorMention(code=code, surface=m.surface, start=m.start, end=m.end, token_start=m.token_start,
                        token_end=m.token_end, country=country_of(code), kind=m.kind, entry=m.entry,
                        dictionary_version=m.dictionary_version, note=m.note, fill=m.fill)


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
        given = _given_names(tokens, groups[-1].end, m, grammar) if groups else 0
        if given and groups[-1].end == m.token_start - given and m.code == groups[-1].members[-1].code \
                and not _place_then_person(groups[-1].members[-1], m, []):
            groups[-1].end = m.token_end  # "президент Франции Эмманюэль Макрон": the title and the person, one actor
            continue
        start = m.token_start - given  # (a given name the dictionary does not know belongs to the leader after it)
        named = _unknown_person(tokens, groups[-1].end, start, grammar) if groups else range(0)
        gap = start - groups[-1].end - len(named) if groups else -1
        # (past three words only an additive link ("as well as") joins: the two readings of the last group that
        # `coordinated_gap` weighs are made only for a short gap)
        if gap >= 0 and (
                0 < gap <= LIST_GAP and coordinated_gap(tokens, groups[-1].end, start, grammar,
                                                      bool(named) or _opening_apposition(tokens, groups[-1], grammar),
                                                      _after_genitive(tokens, groups[-1], grammar), named)
                or gap > LIST_GAP and additive_gap(tokens[groups[-1].end:m.token_start], grammar)
                or _parallel_genitive(tokens, groups[-1], m.token_start, grammar)):
            groups[-1].members.append(m)
            groups[-1].end = max(groups[-1].end, m.token_end)
            continue
        if (gap == 0 and tokens[groups[-1].end - 1].text in ("-", "‐")
                or gap == 1 and tokens[groups[-1].end].text in ("-", "‐")
                and groups[-1].members[-1].kind in _PAIR_FIRSTS) and (
                m.kind == "adjective" or gap == 1 and m.kind == "agent" and m.agent == "MIL"):
            # "franco-allemand", "américano-iranien", "американо-южнокорейское" (the hyphen a token of its own
            # between the two stems): a prefix and an adjective, a pair; so too a name before the adjective ("the
            # US-British strikes", "a Japan-Philippine exercise"), and a prefix before an adjective the dictionary
            # read with its military noun ("российско-белорусские военные учения": the two states' forces)
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
        grammar.report_nouns or grammar.report_prepositions) and reported_by(tokens, group, grammar)


def _after_genitive(tokens: list[Token], group: Group, grammar: Grammar) -> bool:
    """The group hangs on a genitive marker ("des diplomates de l'Estonie", "le soutien de la Chine"): a list
    after it repeats the marker ("de l'Estonie, de la Lettonie et de la Lituanie", "de la Chine et de la Russie")."""
    head = group.members[0]
    if elided_de(tokens[head.token_start].text, grammar):
        return True  # "sous la médiation d'Ankara et de l'ONU": the elided "de" is written onto the first name
    return any(t.text.lower() in grammar.genitive_markers for t in tokens[max(0, group.start - 2):head.token_end])


def _parallel_genitive(tokens: list[Token], group: Group, start: int, grammar: Grammar) -> bool:
    """"los presidentes de Colombia, Gustavo Petro, y de Ecuador, Daniel Noboa", "les ministres du Chili, X, et
    du Pérou", "the ministers of Chile, X, and of Peru": a second genitive after a comma and a conjunction
    continues the first one's noun when the first group hangs on the same marker; the comma closes an
    apposition, not a clause."""
    gap = tokens[group.end:start]
    genitive = grammar.genitive_markers
    if group.start > 2 and tokens[group.start - 1].text not in PHRASE_BREAKS \
            and tokens[group.start - 2].text not in PHRASE_BREAKS:
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


def additive_gap(gap, grammar: Grammar) -> bool:
    """"Anwar Ibrahim as well as Indonesian President Prabowo", "X, а также Y": words that join like "and"; the
    preposition may stand again after them ("spoke with X, as well as with Y")."""
    words = [t.text.lower() for t in gap if t.text != "," and t.text.lower() not in grammar.determiners]
    if len(words) > 1 and words[-1] in grammar.target_markers:
        words = words[:-1]
    return " ".join(words) in grammar.roles.additive_links


def _linked(gap, grammar: Grammar) -> bool:
    """Whether the words between two list members hold the list's conjunction."""
    return any(t.lemma in grammar.coordination for t in gap) or additive_gap(gap, grammar)


# words between two members of a list ("Kuba, Nicaragua und China", ", y de la"), an additive link aside
LIST_GAP: Final = 3
_NAME_WORDS: Final = range(2, 5)  # a person's name in apposition: "Karim Bennani", "Ana María Pérez Gómez"


def _given_names(tokens: list[Token], start: int, m: ActorMention, grammar: Grammar) -> int:
    """How many words right before a leader's mention (and after `start`, the end of the mention before) are a
    given name the dictionary does not spell ("Эмманюэль Макрон", "Реджеп Тайип Эрдоган", "Антониу Кошта"): one or
    two capitalised words, which belong to the person, not to the words that link two actors. So "президент
    Франции Эмманюэль Макрон" is one actor, and "Председатель Евросовета ... и президент Франции Эмманюэль Макрон
    поздравили" keeps both congratulators in one subject. Russian only (the grammar that knows verbs by their endings,
    as `gerund_pronoun_antecedent`'s caller reads it): German capitalises its nouns, English its titles, and in
    English the read cost a judge-pool set two extras in round 61 (ru61)."""
    if not grammar.verb_lemma_endings or m.kind != "leader":
        return 0
    k = m.token_start
    while k > start and m.token_start - k < 2 and name_word(tokens[k - 1].text):
        k -= 1
    return m.token_start - k


def _unknown_person(tokens: list[Token], start: int, end: int, grammar: Grammar) -> range:
    """The name of a person the dictionary does not know, between commas in the words from one mention to the next,
    with the comma after it: "le ministre marocain, Karim Bennani, et son homologue kényan", "Karim Bennani,
    Morocco's foreign minister, and Peter Otieno, his Kenyan counterpart" name two ministers in one list, which the
    apposition of their names would otherwise stretch past `LIST_GAP`. An empty range where there is none."""
    commas = [k for k in range(start, end) if tokens[k].text == ","]
    for first, second in zip(commas, commas[1:], strict=False):
        name = first + 1
        if name < second and tokens[name].lemma in grammar.coordination:
            name += 1  # ", and Peter Otieno, his ...": the list's link before the name
        if second - name in _NAME_WORDS and all(name_word(t.text) for t in tokens[name:second]):
            return range(name, second + 1)
    return range(0)


def _noun_genitive(tokens: list[Token], i: int) -> bool:
    """German "Israels Angriffe": the one-word name at `i` in -s right before a capitalised noun is that noun's
    genitive, the head of a phrase of its own."""
    return i + 1 < len(tokens) and tokens[i].text.endswith("s") and tokens[i + 1].text[:1].isupper() \
        and tokens[i + 1].text.isalpha()


def coordinated_gap(tokens: list[Token], gap_start: int, gap_end: int, grammar: Grammar, after_apposition: bool = False,
                 after_genitive: bool = False, named: range = range(0)) -> bool:
    """Whether the words between two mentions join them in one list (`named`: a person's apposition left out)."""
    gap = [tokens[k] for k in range(gap_start, gap_end) if k not in named]
    if not gap:
        return False
    if additive_gap(gap, grammar):
        return True
    if len(gap) > LIST_GAP:
        return False
    links = [t for t in gap if t.lemma in grammar.coordination or t.text == ","]
    if len(links) == 1 and links[0].text.lower() in grammar.roles.also_words and _noun_genitive(tokens, gap_end):
        return False  # "kritisierte in Damaskus auch Israels Angriffe": the name after "auch" is its noun's genitive
        # (not "neben China und Russland auch Indien": the list goes on)
    has_link = bool(links)
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
