"""A people's name in the plural for the states of that region the article listed: "la décision des Européens",
"решение европейцев", "the Europeans' decision" after "Britain, France and Germany triggered the snapback".

Why: a story about what two or three states of a region did together names them once in a list and then, sentences
later, by the region's people ("les Européens", "европейцы"): the reader takes the list, not the region's bloc. The
dictionary reads "les Européens", "the Europeans" as the EU (organisations.yaml): where the article listed no such
states, that reading stands.
"""

from __future__ import annotations

from typing import Final

from realpolitik.actors.forms import normalise
from realpolitik.actors.reference.data import LanguageReferences
from realpolitik.actors.reference.history import COUNTED, History, reference_mention, refers_note
from realpolitik.model import ActorMention, Sentence

_LIST_REACH: Final = 40  # sentences back a people's name looks for its list (bounded: each such word reads them)


def listed_states(region: frozenset[str], history: History) -> list[str]:
    """The latest coordinated list of two or more states, all of `region`, that the article's last `_LIST_REACH`
    sentences named, latest first ([] where there is none; reading every sentence back for each people's name made
    the cost grow with the square of an article that names the people often and lists none)."""
    for seen in reversed(history.seen[-_LIST_REACH:]):
        for listed in reversed(seen.lists):
            states = list(dict.fromkeys(c[:3] for c in listed))
            if len(states) >= 2 and all(s in region for s in states):
                return states
    return []


def demonym_lists(sentence: Sentence, found: list[ActorMention], data: LanguageReferences,
                  groups: dict[str, frozenset[str]], history: History, version: str) -> None:
    """Read each people's name of `data.demonyms` in the sentence as the states of its region the article listed
    last (`listed_states`), in place of the bloc the dictionary made of it or of nothing; unchanged where the
    article listed none."""
    if not data.demonyms:
        return
    for k, token in enumerate(sentence.tokens):
        region = groups.get(data.demonyms.get(normalise(token.text), ""))
        if region is None:
            continue
        states = listed_states(region, history)
        if not states:
            continue
        covering = [m for m in found if m.token_start <= k < m.token_end]
        if any(m.token_end - m.token_start > 1 or m.kind != "organisation" for m in covering):
            continue  # a longer name holds the word ("Europeans for Peace"), or a reference was read there
        found[:] = [m for m in found if m not in covering]
        found.append(reference_mention(sentence, k, k + 1, states, COUNTED, refers_note(states), version))
        found.sort(key=lambda m: m.token_start)
