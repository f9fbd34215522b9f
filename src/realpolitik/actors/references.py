"""Within-article references: phrases that stand for actors the article has already named.

Five kinds from data/actors/references.yaml, and short names:

- counted groups: "beide Länder", "the three governments", "estos países", "обе страны" stand for
  the latest list of that many countries ("these countries": the latest list, however long). A
  coordinated list ("Mali, Burkina Faso und Niger") counts before the set of countries a sentence
  names; the sentence itself (before the phrase) is searched first, then the earlier ones, latest
  first; with no list, the countries of the last sentences read back until they are that many ("Mexico granted
  asylum to a Peruvian minister. Peru protested. Brazil offered to mediate between the two governments"). The
  mention's `note` is "refers:MLI,BFA,NER"; the events stage expands it.
- the own country: "sein Land", "his government", "su país", "son pays", "свою страну" are the
  country of the actor named just before (in the sentence, else the previous sentence's first).
- descriptions: "the Gulf kingdom", "el país caribeño", "l'Hexagone", "the North" are the latest
  country named that fits the description (region and kind groups), or the one country it names; a plural
  ("the Western countries", "les pays occidentaux") the countries of the region the sentence or the one before
  names, two or more (`reference/descriptions.regional`).
- bodies: "the bloc", "das Bündnis", "el bloque", "l'organisation" are the organisation named last; "das Gericht",
  "the court", "la Cour", "суд" the court named last.
- short names: "the Union", "la Commission", "el Consejo" after a definite article stand for the
  organisation named last whose name holds that word ("the European Union ... the Union"; not in German,
  where every noun is capitalised).
- members: "die Mitglieder der AES", "les pays de l'AES", "члены НАТО" are the member states the article
  lists in the sentence before or after; "the Baltic states", "Страны Балтии" are a fixed group. Each
  member is an actor (note "refers:...", as for counted groups).

Crowds: "des manifestants ... à Niamey", "protesters ... in Tehran" are the people (CVL) of the country where the
sentence places them, "the protesters" with no place the crowd told of before (`reference/roles.crowd_reference`).

Role phrases like 'der Kremlchef' or 'the Venezuelan leader' need no look-back: the
composition stage resolves them directly.

This module runs the readers over an article (resolve_references); each kind lives in a module of its own in the
package actors/reference/: history.py (what the article named so far, which every reader looks back over),
counted.py (counted groups, "the sides", "they"), read_back.py (which states those stand for), in_office.py (the
people in office who met just before), offices.py (office holders in the plural), members.py (members and fixed
groups), own.py (the own country, the neighbour), bodies.py (bodies and short names), descriptions.py (descriptions
and regions), roles.py (role words, crowds) and demonyms.py ("the Europeans" for the European states listed last).
"""

from __future__ import annotations

from functools import partial
from itertools import compress, count
from typing import Final

from realpolitik.actors.dictionary import ActorDictionary
from realpolitik.actors.matcher import Hit
from realpolitik.actors.reference.bodies import body_reference, institution_reference, short_names
from realpolitik.actors.reference.counted import counted_group, the_sides, they_reference
from realpolitik.actors.reference.data import LanguageReferences, reference_data
from realpolitik.actors.reference.demonyms import demonym_lists
from realpolitik.actors.reference.descriptions import described, regional
from realpolitik.actors.reference.history import (
    COUNTED,
    MEMBERS,
    History,
    forms_of,
    mention_start,
    reference_mention,
    sentence_seen,
)
from realpolitik.actors.reference.members import fixed_group, members_of, seen_ahead
from realpolitik.actors.reference.offices import office_holders
from realpolitik.actors.reference.own import neighbour_reference, own_country
from realpolitik.actors.reference.roles import crowd_reference, roles_by_antecedent
from realpolitik.budget import checkpoint
from realpolitik.model import ActorMention, Sentence, Token, token_pair


def resolve_references(sentences: list[Sentence], mentions: list[list[ActorMention]], lang: str,
                       dic: ActorDictionary, bare: list[list[Hit]] | None = None) -> None:
    """Add 'reference' mentions in place, looking back over the article's sentences.

    `bare` holds per sentence the role words that named no one ("der Machthaber"): each becomes the
    same kind of actor of the country last named with one, within a few sentences.
    """
    data = reference_data().languages.get(lang)
    if data is None:
        return
    groups = reference_data().groups
    history = History()
    for n, (sentence, found) in enumerate(zip(sentences, mentions, strict=True)):
        checkpoint()  # ~3 ms a long sentence: a whole document's pass must not outrun its budget
        tokens = sentence.tokens
        roles_by_antecedent(sentence, found, bare[n] if bare else [], data, history, dic.version)
        taken = {i for m in found for i in range(m.token_start, m.token_end)}
        # one scan for the words a reference may begin with; most sentences hold none
        starts = reference_starts(tokens, data, lang)
        i = 0
        for at in starts:
            if at < i or at in taken:  # inside a reference made here, or a name found before
                continue
            i = at
            before = sorted((m for m in found if m.token_end <= i), key=mention_start)
            made = (fixed_group(tokens, i, data, groups, taken)
                    or members_of(tokens, i, data, found, history, partial(seen_ahead, sentences, mentions, data, n))
                    or they_reference(tokens, i, data, before, history, lang)
                    or office_holders(tokens, i, data, before, history, taken)
                    or counted_group(tokens, i, data, lang, before, history, taken,
                                     [m for m in found if m.token_start >= i])
                    or the_sides(tokens, i, data, before, history, taken, lang)
                    or own_country(tokens, i, data, before, history, taken)
                    or neighbour_reference(tokens, i, data, lang, before, history, taken)
                    or body_reference(tokens, i, data, lang, before, history, found)
                    or institution_reference(tokens, i, data, lang, before, history)
                    or regional(tokens, i, data, lang, groups, before, history, taken)
                    or described(tokens, i, data, lang, groups, before, history, found, taken))
            if made is None:
                continue
            end, codes, entry, note = made
            if not codes:  # a phrase that stands for no one: none of its words is read as a reference either
                i = end
                continue
            if entry in (COUNTED, MEMBERS):  # "the three EU states": the bloc only qualifies the noun
                found[:] = [m for m in found if not i <= m.token_start < end]
            found.append(reference_mention(sentence, i, end, codes, entry, note, dic.version))
            found.sort(key=mention_start)
            taken |= set(range(i, end))
            i = end
        if bare and bare[n]:
            crowd_reference(sentence, found, bare[n], data, history, dic.version)
        if lang != "de":  # German nouns are all capitalised: no word of a name stands out there
            short_names(sentence, found, data, history, taken, dic.version)
        demonym_lists(sentence, found, data, groups, history, dic.version)
        history.append(sentence_seen(found, tokens, data))


_OPENERS: Final[dict[str, tuple[LanguageReferences, dict[tuple[str, str], bool]]]] = {}  # lang → (its data, the table)
_OPENERS_KEPT: Final = 100_000


def reference_starts(tokens: list[Token], data: LanguageReferences, lang: str) -> list[int]:
    """The tokens whose forms hold a word a reference phrase may begin with (`first_words`). Words repeat: each
    (text, lemma) pair's answer is kept per language, and a sentence's tokens are looked up in one pass."""
    kept = _OPENERS.get(lang)
    if kept is None or kept[0] is not data or len(kept[1]) >= _OPENERS_KEPT:
        kept = _OPENERS[lang] = (data, {})
    table = kept[1]
    pairs = list(map(token_pair, tokens))
    opens = list(map(table.get, pairs))
    if None in opens:
        firsts = data.first_words
        for k, (text, lemma) in enumerate(pairs):
            if opens[k] is None:
                opens[k] = table[text, lemma] = not forms_of(text, lemma, lang).isdisjoint(firsts)
    return list(compress(count(), opens))
