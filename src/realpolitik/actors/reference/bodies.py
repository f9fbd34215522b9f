"""Bodies and short names: "the bloc", "das Bündnis", "la Cour" are the organisation or court named last that fits;
"the Commission" the EU's executive; "the Union", "la Commission", "el Consejo" after a definite article the
organisation named last whose name holds that word.

Separate because these readers match the words of organisations' names, which no other reader does.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from realpolitik.actors.forms import known_key, normalise
from realpolitik.actors.reference.data import LanguageReferences, fold, reference_data
from realpolitik.actors.reference.history import (
    ARTICLE_REACH,
    OF_WORDS,
    ROLE_REACH,
    History,
    mention_start,
    reference_mention,
    token_forms,
)
from realpolitik.language.role_words import role_words
from realpolitik.language.tokens import CLAUSE_STOPS
from realpolitik.model import ActorMention, Sentence, Token

_BODY_NAME: Final = 3  # words between a body's noun and its name ("die Gemeinschaft karibischer Staaten Caricom")
_NAME_OF: Final = OF_WORDS - {","}  # "of", "de", "d'": a name's own phrase opens


def _capital_head(tokens: list[Token], i: int) -> bool:
    """The body word at `i` written with a capital where no sentence start explains it: after an elided article
    ("l'Organisation") or inside the sentence ("the Organisation", "la Organización")."""
    text = tokens[i].text.replace("\u2019", "'")
    word = text.rsplit("'", 1)[-1]
    return bool(word[:1].isupper()) and (i > 0 or word != text)


def _noun_phrase_opens(token: Token, data: LanguageReferences, lang: str) -> bool:
    """A name's phrase after "of/de": a capital ("of African Unity") or an article (the language's `name_articles`,
    "de la Unidad"; its elided article, "de l'unité")."""
    text = normalise(token.text).replace("\u2019", "'")
    return token.text[:1].isupper() or text in data.name_articles \
        or text.startswith(role_words(lang).elided_article_starts)


def _own_name_after(tokens: list[Token], end: int, data: LanguageReferences, lang: str,
                    found: list[ActorMention]) -> bool:
    """The body's noun (ending at `end`) is followed by a name of its own: not a reference to one named before."""
    named = {m.token_start for m in found}
    capital = lang != "de"  # German nouns are all capitalised: there only a name found counts
    if end < len(tokens) and (end in named or capital and tokens[end].text[:1].isupper() or normalise(
            tokens[end].text) in OF_WORDS and end + 1 < len(tokens) and (
            end + 1 in named or capital and tokens[end + 1].text[:1].isupper())):
        return True  # "the alliance of Sahel States", "das Bündnis Brics": a name of its own follows
    if capital and end + 1 < len(tokens) and normalise(tokens[end].text) in _NAME_OF \
            and _capital_head(tokens, end - 1) and _noun_phrase_opens(tokens[end + 1], data, lang):
        return True  # "l'Organisation de l'unité africaine", "the Organisation of African Unity": the body word
        # written with a capital heads a name of its own, whatever the name's other words are (none the lexicon knows);
        # not before an infinitive ("ont demandé à l'Alliance de renforcer ...")
    own = next((m.token_start for m in found if m.kind == "organisation" and end < m.token_start <= end + _BODY_NAME
                and all(t.text[:1].isalnum() for t in tokens[end:m.token_start])), None)
    return own is not None  # "die Gemeinschaft karibischer Staaten Caricom": the phrase ends in the body's own name


def body_reference(tokens: list[Token], i: int, data: LanguageReferences, lang: str, before: list[ActorMention],
          history: History, found: list[ActorMention]) -> tuple[int, list[str], str, str] | None:
    """ "the bloc", "das Bündnis", "el bloque", "l'Alliance", "альянс": the organisation named last, within a
    few sentences; "das Gericht", "the court", "la Cour": the court named last (not another organisation: "the
    court" after the EU is some court of a member state). Only after a definite article where the language has
    them ("a bloc" is new), and not before its own name ("the alliance of Sahel states")."""
    forms = token_forms(tokens[i], lang)
    armed = bool(forms & data.group_bodies)
    court = bool(forms & data.courts)
    agency = bool(forms & data.agencies)
    by_name = not forms & data.bodies and bool(forms & data.name_heads)
    if not armed and not court and not agency and not by_name and not forms & data.bodies:
        return None
    if not armed and _plural_form(tokens[i], lang):
        return None  # "des organisations non gouvernementales", "the blocs": several bodies, not the one named last
    elided = "'" in normalise(tokens[i].text)[:3]
    plain = _article_before_body(tokens, i, data, data.definite)
    contracted = not plain and _article_before_body(tokens, i, data, data.title_articles)  # "del bloque"
    if data.definite and not elided and not plain and not contracted \
            and not (armed and _attribute_after_article(tokens, i, data)):
        return None
    if i > 0 and not armed and data.body_adjective_endings \
            and normalise(tokens[i - 1].lemma).endswith(data.body_adjective_endings):
        return None  # "международное сообщество": a description of its own ("шиитская группировка" describes the
        # armed group named last)
    end = i + 1
    if _own_name_after(tokens, end, data, lang, found):
        return None
    kind = "group" if armed else "organisation"
    courts, alliances, agencies = reference_data().court_codes, reference_data().alliance_codes, \
        reference_data().agency_codes
    alliance = bool(forms & data.alliances)  # "вступили в альянс": NATO named before, not the EU named last

    def fits(m: ActorMention) -> bool:
        # (an armed group operates in a country: "die Milizen" are no crew of the drug boats named before, CRM alone)
        return m.kind == kind and (not armed or bool(m.country)) and (not court or m.code in courts) \
            and (not alliance or m.code in alliances) and (not agency or m.code in agencies) \
            and (not by_name or _name_has_head(m.surface, forms, lang))

    def office(m: ActorMention) -> bool:  # "Генсек НАТО Марк Рютте заявил о солидарности альянса": the body's office
        return kind == "organisation" and m.kind in ("leader", "agent") and not m.country and bool(m.code) \
            and not by_name
    here = [m for m in reversed(before) if fits(m) or office(m)]
    if contracted and any(m.kind == "organisation" for m in found):
        return None  # "miembro de la ASEAN, es miembro del bloque", "el proteccionismo del bloque ... si el Mercosur":
        # the bloc of a prepositional phrase may be the story's, not one the sentence names
    # a word of the organisation's own name may stand for it further back (no other body has that name), as far as
    # a bare title looks for its office's holder: a bounded look-back, not the whole article per mention
    reach = history.seen[:-(ARTICLE_REACH if by_name else ROLE_REACH) - 1:-1]
    body = here[0] if here else _sole_body([m for m in reversed(s.mentions) if fits(m)] for s in reach)
    if body is None:
        return None
    return end, [body.code], "references:body", f"{tokens[i].text!r}: the {kind} named last ({body.surface!r})"


# words after an institution's noun that open a phrase of its own ("the Commission on Human Rights", "la Commission
# d'enquête", "die Kommission für Menschenrechte"): then it is another body
_OWN_PHRASE: Final = OF_WORDS | frozenset(normalise(w) for w in (
    "for", "on", "für", "zur", "zum", "vom", "der", "des", "pour", "sur", "para", "sobre"))


def institution_reference(tokens: list[Token], i: int, data: LanguageReferences, lang: str, before: list[ActorMention],
                 history: History) -> tuple[int, list[str], str, str] | None:
    """"die Kommission", "the Commission", "la Comisión": the EU's executive by its office, where the article has
    named the EU before (an organisation's body named by a word of `institutions`). Only after a definite article,
    written with a capital ("la commission électorale" is another), and not before a phrase of its own."""
    code = next((data.institutions[w] for w in token_forms(tokens[i], lang) if w in data.institutions), None)
    if code is None or not tokens[i].text[:1].isupper():
        return None
    elided = "'" in normalise(tokens[i].text)[:3]
    if not elided and (i == 0 or normalise(tokens[i - 1].text) not in data.definite):
        return None
    end = i + 1
    if end < len(tokens) and (normalise(tokens[end].text) in _OWN_PHRASE or normalise(tokens[end].text)[:2] == "d'"):
        return None
    if not any(m.code == code for m in before) and not history.names_code(code):
        return None
    note = f"the body of {code} by its office ({tokens[i].text!r}), {code} named in the article"
    return end, [code], "references:institution", note


def _name_has_head(surface: str, forms: frozenset[str], lang: str) -> bool:
    """Whether an organisation's name has the body word in it: "the forum" for the Pacific Islands Forum, "la
    organización" for the Organización de Estados Túrquicos, "der Initiative" for the Drei-Meere-Initiative."""
    words = {normalise(w) for w in surface.replace("-", " ").split()}
    return bool((words | {fold(w, lang) for w in words}) & forms)


def _sole_body(by_sentence: Iterable[list[ActorMention]]) -> ActorMention | None:
    """The body the nearest earlier sentence that names any names, where it names one: after "the EU and Mercosur
    met", "the bloc" may be either. (`by_sentence` is read lazily, nearest first: it stops at that sentence.)"""
    nearest = next((bodies for bodies in by_sentence if bodies), [])
    return nearest[0] if len({m.code for m in nearest}) == 1 else None


# words a body's modifiers may take between the article and the noun ("the 27 - member bloc")
_BODY_MODIFIERS: Final = 4


_S_PLURALS: Final = frozenset({"en", "es", "fr"})  # languages whose nouns take -s/-x in the plural


def _plural_form(token: Token, lang: str) -> bool:
    """A body word in the plural ("organisations", "blocs", "alianzas"): the lemma lacks the ending the form has."""
    text, lemma = normalise(token.text), normalise(token.lemma)
    return lang in _S_PLURALS and text.endswith(("s", "x")) and not lemma.endswith(("s", "x"))


def _article_before_body(tokens: list[Token], i: int, data: LanguageReferences, articles: frozenset[str]) -> bool:
    """A definite article before the body word, directly or across words of `body_modifiers`, numerals and hyphens:
    "the bloc", "the regional bloc", "the 27-member bloc", "das westafrikanische Bündnis"; not "an alliance", not
    "the opposition alliance" (a modifier the language does not list: another body, not the organisation). The
    articles are `definite`, or `title_articles` with the contracted ones ("del bloque", "al bloque")."""
    j = i - 1
    while j >= 0 and i - j <= _BODY_MODIFIERS and (normalise(tokens[j].text) in data.body_modifiers
                                                     or tokens[j].text.isdigit() or tokens[j].text == "-"):
        j -= 1
    return j >= 0 and normalise(tokens[j].text) in articles


def _attribute_after_article(tokens: list[Token], i: int, data: LanguageReferences) -> bool:
    """"Die vom Iran unterstützte Miliz": an extended attribute (no comma in it) between the article and the noun."""
    for j in range(i - 1, max(-1, i - 7), -1):
        if tokens[j].text in CLAUSE_STOPS:
            return False
        if normalise(tokens[j].text) in data.definite:
            return j < i - 1
    return False


_SHORT_NAME: Final = 4  # letters a head word needs to stand for its organisation ("the Commission", not "the EU")


def short_names(sentence: Sentence, found: list[ActorMention], data: LanguageReferences, history: History,
                 taken: set[int], version: str) -> None:
    """ "la Commission", "the Union", "el Consejo", "the Court": a capitalised word after a definite article that is
    a word of the organisation named last with it, within a few sentences ("the European Commission ... the
    Commission"), stands for that organisation. Not before a name of its own ("the United States")."""
    recent = history.seen[:-ROLE_REACH - 1:-1]
    if not any(s.organisation for s in recent) and not any(m.kind == "organisation" for m in found):
        return  # no organisation within reach for a word to stand for (most sentences): no token to read
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        text = known_key(token.text) or normalise(token.text)  # every token: a plain look-up first
        elided = "'" in text[:3] and len(text) > 3
        word = token.text.replace("’", "'").split("'", 1)[-1] if elided else token.text
        if i in taken or len(word) < _SHORT_NAME or not word[:1].isupper() or not word[1:].islower():
            continue
        # (or the article joined to its preposition, as `body_reference` reads it: "miembro del Consejo",
        # "pidió al Consejo")
        if not elided and (not data.definite or i == 0 or normalise(tokens[i - 1].text) not in data.title_articles):
            continue
        if i + 1 < len(tokens) and (tokens[i + 1].text[:1].isupper() or i + 1 in taken):
            continue  # "the United States", "the Commission of ECOWAS"? its own name follows
        key = normalise(word)
        orgs = [m for m in reversed(found) if m.kind == "organisation" and m.token_end <= i] + [
            m for s in recent for m in reversed(s.mentions) if m.kind == "organisation"]
        body = next((m for m in orgs if key in _name_words(m.surface)), None)
        if body is None:
            continue
        # the entry ends in the body's own: a seat on it is read by it (seated_bodies: "member of the Council")
        found.append(reference_mention(sentence, i, i + 1, [body.code], f"references:short_name+{body.entry}",
                                f"{token.text!r}: a word of the organisation named last ({body.surface!r})", version))
        found.sort(key=mention_start)
        taken.add(i)


# words that open a name's complement: "Alliance des États du Sahel", "Organization of American States"
_COMPLEMENT_OPENERS: Final = frozenset({"de", "des", "du", "d", "of", "for", "del", "para", "der", "für", "von"})


def _name_words(surface: str) -> frozenset[str]:
    """The words of a name before its complement, without an elided article: "l'Union européenne" → union,
    européenne; "l'Alliance des États du Sahel" → alliance ("les États" are any states, not the alliance)."""
    words = [normalise(w).split("'", 1)[-1] for w in surface.replace("’", "'").replace("-", " ").split()]
    cut = next((n for n, w in enumerate(words) if n > 0 and w in _COMPLEMENT_OPENERS), len(words))
    return frozenset(words[:cut])
