"""The endings of inflected German adjectives and participles, written once for the readers that tell such a word by
its ending where no parse says what it is (the actors stage writes a demonym's forms and folds one to its stem; the
event stage reads an inflected attribute or adjective)."""

from __future__ import annotations

from typing import Final

#: "neue", "neuen", "neuer", "neues", "neuem" ("ein geplantes Treffen", "Chinas größter Hafen", "die verhängten
#: Sanktionen"); the longer endings first, so that a reader that strips the first ending that fits takes "-en" whole
GERMAN_ADJECTIVE_ENDINGS: Final = ("en", "er", "es", "em", "e")
#: the same endings shortest first ("-e", "-en", "-er", "-es", "-em"): the order in which `actors/forms.de_adjective`
#: writes a demonym's forms after its base, and so the order the dictionary files them in (what they match is the same)
GERMAN_ADJECTIVE_ENDINGS_SHORTEST_FIRST: Final = tuple(sorted(GERMAN_ADJECTIVE_ENDINGS, key=len))
