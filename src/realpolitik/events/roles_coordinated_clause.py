"""A name after "and" that opens a coordinated clause: "Russia attacked Ukraine and Poland condemned the strikes".

`split_clause_subject` cuts a group of the sentence where its last name (a finite verb after it) is the subject of
the next clause, not one more member of the list; `participle_complement` tells a reduced passive's participle
("accusées de", "accused of") from such a verb (voice.py reads it too).

Separate from the grouping (roles_groups) because it runs later, on the groups built and the triggers found
(sentence_state.py), and reads verbs, not the words that join names into one group.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from realpolitik.events.grammar import Grammar
from realpolitik.events.roles_base import Group, skip_back
from realpolitik.events.roles_marks import genitive_form
from realpolitik.language.tokens import SAXON_GENITIVES
from realpolitik.model import PLACE, Sentence, Token


def _cut_before(g: Group, k: int) -> tuple[Group, Group]:
    """The group cut before its `k`-th name: its names before (the group itself, ending with them) and the names
    from the `k`-th on (a group of their own, from that name to the group's end)."""
    head = g.members[:k]
    return replace(g, members=head, end=max(m.token_end for m in head)), \
        Group(members=g.members[k:], start=g.members[k].token_start, end=g.end)


def split_clause_subject(sentence: Sentence, groups: list[Group], triggers, forms: list[frozenset[str]],
                         grammar: Grammar) -> tuple[list[Group], list[int]] | None:
    """"Russia attacked Ukraine and Poland condemned the strikes", "summoned the Iranian ambassador and France
    condemned the seizure", "struck Ukraine's grid and Poland scrambled jets": a name after "and" that a finite
    verb follows (a trigger, a past form, "has") is the subject of a coordinated clause, once a trigger stands
    before it. A list after a verb's trigger (articles between) loses that name. The groups and the conjunctions
    where a clause opens, or None where there is none (read in SVO languages only: a verb-final one has None)."""
    if grammar.verb_final or not triggers:
        return None
    tokens = sentence.tokens
    inside = {i for m in triggers for i in m.tokens}
    heads = {m.span[0] for m in triggers}
    first_trigger = min(inside)
    out: list[Group] = []
    cuts: list[int] = []

    def verb_at(i: int) -> bool:
        return _finite_at(tokens, i, forms, grammar, heads)

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
        before = skip_back(forms, g.start - 1, grammar.determiners | grammar.possessives)
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
        elif k > 0 and c is not None and _object_list_end(tokens, g, k, before, forms, grammar):
            # "Francia atacó posiciones sirias y Alemania condenó ...", "... el puerto de Latakia y Alemania condenó":
            # the names before "y" end the object of a verb told before; the name after it opens the next clause
            out.extend(_cut_before(g, k))
            cuts.append(c)
        elif k > 0 and (c := _place_list_end(tokens, g, k, forms, grammar)) is not None:
            # "strained by the war in Gaza, and Egyptian officials have accused Israel": the place closes the clause
            # before the comma; the name after ", and" that a verb follows opens the next one (no trigger before)
            out.extend(_cut_before(g, k))
            cuts.append(c)
        elif k == 0 and (c := conjunction_before(g.start, after_comma=True)) is not None:
            # ", and Taiwan accused Beijing": a whole group (no list with a name before the comma) opens a clause
            out.append(g)
            cuts.append(c)
        else:
            out.append(g)
    return (out, cuts) if cuts else None


def _object_list_end(tokens: list[Token], g: Group, k: int, before: int, forms: list[frozenset[str]],
                     grammar: Grammar) -> bool:
    """Whether the names of `g` before its member `k` end the object of a finite verb told before them, so that the
    name at `k` (a verb after it, checked by the caller) opens a coordinated clause: the name before "y" is an
    adjective after its noun ("atacó posiciones sirias y Alemania condenó", "bombardearon instalaciones iraníes y
    Moscú se limitó a condenar") or the list hangs on a preposition ("atacó el puerto de Latakia y Alemania
    condenó"), never a pair's ("entre Rusia y Ucrania"). A language without past endings, or a sentence with no
    finite verb before the list ("el ataque de Rusia y Bielorrusia provocó ...": the list is the noun's), has none."""
    if not grammar.past_endings or not _finite_at(tokens, g.end, forms, grammar):
        return False  # (a noun trigger after the name is no verb: "Israeli and US strikes on ...")
    adjective = g.members[k - 1].kind == "adjective" and g.members[k].kind != "adjective" \
        and _after_noun(tokens, g.members[k - 1].token_start, forms, grammar)
    words = frozenset().union(*forms[max(before, 0):g.start])  # ("del Ejército sirio": the marker an article too)
    hung = bool(words & (grammar.genitive_markers | grammar.target_markers)) and not words & grammar.pair_markers
    return (adjective or hung) and any(_finite_at(tokens, i, forms, grammar) for i in range(g.start))


def _after_noun(tokens: list[Token], i: int, forms: list[frozenset[str]], grammar: Grammar) -> bool:
    """Whether the word before `i` may be the noun an adjective at `i` follows ("posiciones sirias"): a lower-case
    word that is no article, preposition, conjunction or subordinator ("after Armenian and U.S. companies signed":
    the adjective opens the subject)."""
    if i == 0 or not tokens[i - 1].text.isalpha() or not tokens[i - 1].text.islower():
        return False
    return not forms[i - 1] & (grammar.determiners | grammar.possessives | grammar.coordination | grammar.conjunctions
                               | grammar.subordinators | grammar.genitive_markers | grammar.target_markers)


_CLITICS_BEFORE_VERB: Final = 2  # "se lo", "se la", "se los": an indirect and a direct object pronoun


def _finite_at(tokens: list[Token], i: int, forms: list[frozenset[str]], grammar: Grammar,
               heads: set[int] | frozenset[int] = frozenset()) -> bool:
    """A finite verb at `i`: a trigger's first word (`heads`; none where a noun trigger may follow the name, "Israeli
    and US strikes on ...") or, by its form, a past ending ("condenó", "bombardearon") or an auxiliary of the perfect
    ("ha condenado"); a clitic before it ("y Hungría lo justificó", "Moscú se limitó"). Not a participle with the
    complement of a reduced passive ("des entreprises chinoises et turques accusées de fournir ...").
    Two clitics may stand there ("y Turquía se lo reprochó", "y Francia se la devolvió"): both are read."""
    word = tokens[i].text if i < len(tokens) else ""
    for _ in range(_CLITICS_BEFORE_VERB):
        if word.lower() not in grammar.roles.clause_clitics or i + 1 >= len(tokens):
            break
        i, word = i + 1, tokens[i + 1].text
    if word and participle_complement(tokens, i, grammar):
        return False
    return i in heads or word.isalpha() and word.islower() and (
        word.endswith(grammar.past_endings or ("\0",)) or bool(forms[i] & grammar.roles.have))


_LOCATIONS: Final = frozenset({PLACE, "capital"})  # a city or a capital named as where something happened


def _place_list_end(tokens: list[Token], g: Group, k: int, forms: list[frozenset[str]], grammar: Grammar) -> int | None:
    """The conjunction of ", and" (the English list comma) before the group's last name where the names before it
    say where ("talks were held in Doha, and Qatar's emir praised ...", "the war in Gaza, and Egyptian officials
    have accused ..."): no list of parties; with a verb after the last name (checked by the caller) it is the
    subject of a clause of its own. None otherwise."""
    conjunction = g.members[k].token_start - 1
    if conjunction >= 0 and forms[conjunction] & grammar.determiners:
        conjunction -= 1
    if not grammar.oxford_comma or conjunction < 1 or not forms[conjunction] & grammar.coordination \
            or tokens[conjunction - 1].text != "," or g.members[k].kind in _LOCATIONS:
        return None
    opener = g.start - 1 - (1 if g.start > 1 and forms[g.start - 1] & grammar.determiners else 0)
    located = opener >= 0 and bool(forms[opener] & grammar.location_markers)
    # (only after a preposition of place: "Moscow, Beijing, and Tehran's envoys condemned" lists capitals that act;
    # a country there is where things happened too, but "elections in Russia, Belarus, and Georgia were criticised"
    # lists countries: then only a named agent after the comma, "Egyptian officials", opens a clause)
    if located and (all(m.kind in _LOCATIONS for m in g.members[:k]) or g.members[k].kind != "country"):
        return conjunction
    return None


_INSERTION_HEAD: Final = 4  # "'s secretary-general": the words of the office after a possessive name
_INSERTION_REACH: Final = 15  # ", who co-chairs a regional peace process,": the words an inserted phrase may take


def _after_insertion(tokens: list[Token], g: Group, grammar: Grammar) -> int:
    """Where the clause goes on after a phrase inserted between commas right after a name (an apposition ", Sheikh
    Mohamed bin Zayed,", a relative clause ", who co-chairs the process,", ", qui copréside le processus,"): ", and
    the UAE president, Sheikh Mohamed bin Zayed, flew to Doha" opens a clause whose verb stands after it. The
    group's end where there is none (no comma there, or no closing comma in reach)."""
    end = g.end
    if end < len(tokens) and tokens[end].text in SAXON_GENITIVES:  # "the African Union's commission chairman, X,"
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
        and genitive_form(token)


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


def participle_complement(tokens: list[Token], i: int, grammar: Grammar, at: int = -1) -> bool:
    """A participle with the complement that makes it a reduced passive ("accusées de", "accused of"), by the
    grammar's `reduced_passive_complements`; the complement's word is the next one, or the one at `at` when words
    stand between them ("accused in Texas of")."""
    at = i + 1 if at < 0 else at
    if at >= len(tokens) or not grammar.reduced_passive_complements:
        return False
    after = tokens[at].text.lower().replace("’", "'")
    if "'" in after:
        after = after.split("'")[0] + "'"
    return any(f"{form} {after}" in grammar.reduced_passive_complements
               for form in (tokens[i].text.lower(), tokens[i].lemma.lower()))
