"""The endings of inflected German adjectives and participles, written once for the readers that tell such a word by
its ending where no parse says what it is (the actors stage folds a demonym to its stem; the event stage reads an
inflected attribute or adjective)."""

from __future__ import annotations

from typing import Final

#: "neue", "neuen", "neuer", "neues", "neuem" ("ein geplantes Treffen", "Chinas größter Hafen", "die verhängten
#: Sanktionen"); the longer endings first, so that a reader that strips the first ending that fits takes "-en" whole
GERMAN_ADJECTIVE_ENDINGS: Final = ("en", "er", "es", "em", "e")
