"""One list of portfolio words (actors/portfolios.py) serves both readers of a minister's portfolio: after the
state's adjective ("le ministre syrien du Budget", actors/ministries.py) and between the title and the country
("la ministra de Turismo de Perú", actors/role_modifiers.py). Every word of the list is read in both word orders."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.actors import recognise_actors
from realpolitik.actors.portfolios import ADJECTIVES, PORTFOLIOS
from realpolitik.language import split_sentences

_ON = date(2025, 6, 1)
# a noun a lower-case adjective of the list may follow ("des Affaires étrangères", "de Asuntos Exteriores")
_NOUN = {"fr": "Affaires", "es": "Asuntos"}
# the sentence of each reader: the portfolio after the state's adjective, and between the title and the country
_AFTER_ADJECTIVE = {"fr": "Le ministre syrien de {p} est arrivé à Paris.",
                    "es": "El ministro sirio de {p} llegó a Madrid."}
# words a whole dictionary entry reads first in that order: "ministre des Armées" is France's own title, "Justice de
# la Syrie" the state's judiciary (the entry's hit starts after the title, so the portfolio reader is not asked)
_OTHER_ENTRY = {("fr", "armées"), ("fr", "justice"), ("es", "justicia")}
_BEFORE_COUNTRY = {"fr": "Le ministre de {p} de la Syrie est arrivé à Paris.",
                   "es": "El ministro de {p} de Siria llegó a Madrid.",
                   "ru": "Министр {p} Сирии прибыл в Москву."}


def _portfolio(word: str, lang: str) -> str:
    """The word as a portfolio is written: a capitalised noun, or a lower-case adjective after a noun."""
    if lang == "ru":
        return word
    if word in ADJECTIVES[lang]:
        return f"{_NOUN[lang]} {word}"
    return word[:1].upper() + word[1:]


def _minister(text: str, lang: str) -> tuple[str, str]:
    """The surface and code of the sentence's first mention."""
    mentions = recognise_actors(split_sentences(text, lang), lang, on=_ON)[0]
    return mentions[0].surface, mentions[0].code


@pytest.mark.parametrize(("lang", "word"), sorted((lang, w) for lang in _AFTER_ADJECTIVE for w in PORTFOLIOS[lang]))
def test_portfolio_after_the_adjective_is_the_ministers(lang: str, word: str) -> None:
    portfolio = _portfolio(word, lang)
    surface, code = _minister(_AFTER_ADJECTIVE[lang].format(p=portfolio), lang)
    assert (surface.endswith(portfolio), code) == (True, "SYRGOV")


@pytest.mark.parametrize(("lang", "word"), sorted(
    (lang, w) for lang in _BEFORE_COUNTRY for w in PORTFOLIOS[lang] if (lang, w) not in _OTHER_ENTRY))
def test_portfolio_before_the_country_leaves_the_title_the_countrys(lang: str, word: str) -> None:
    text = _BEFORE_COUNTRY[lang].format(p=_portfolio(word, lang))
    surface, code = _minister(text, lang)
    assert (surface.lower().startswith(("le ministre", "el ministro", "министр", "ministre", "ministro")), code) \
        == (True, "SYRGOV")
