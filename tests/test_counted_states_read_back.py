"""A counted reference to three or more states ("les trois pays", "die drei Staaten", "the three countries") named
one or two at a time in the sentences before it: read back, they are none of the states its own sentence names after
it (the one they act on), so "Mali ... France. Burkina Faso ..., then Niger. The three countries accused Paris"
stands for Mali, Burkina Faso and Niger. Whole pipeline, own sentences."""

from __future__ import annotations

import pytest

from extracted import country_keys


@pytest.mark.parametrize(("lang", "text", "target", "kind"), [
    ("fr", "Le Mali a expulsé l'ambassadeur de France en janvier. Le Burkina Faso a fait de même en février, puis le "
           "Niger en juillet. Les trois pays ont ensuite accusé Paris de soutenir les jihadistes.",
     "FRA", "ACCUSE"),
    ("de", "Estland wies im Mai einen russischen Diplomaten aus. Lettland und Litauen folgten eine Woche später. "
           "Die drei Staaten warfen Moskau Spionage vor.", "RUS", "ACCUSE"),
    ("en", "Estonia expelled a Russian diplomat in May. Latvia and Lithuania followed a week later. The three "
           "countries accused Moscow of espionage.", "RUS", "ACCUSE"),
    ("es", "Estonia expulsó a un diplomático ruso en mayo. Letonia y Lituania hicieron lo mismo una semana después. "
           "Los tres países acusaron a Moscú de espionaje.", "RUS", "ACCUSE"),
])
def test_the_states_read_back_are_not_the_one_acted_on(lang: str, text: str, target: str, kind: str) -> None:
    keys = country_keys(text, lang)
    sources = {source for source, aimed, plover in keys if aimed == target and plover == kind}
    assert len(sources) == 3 and target not in sources, keys
