"""A summit named as the place where two leaders met is no meeting with the body that holds it (round 38): "in
Tianjin, where the summit of the Shanghai organisation is held", "on the margins of the leaders' summit before the
UN conference". The leaders' own meeting stays. Sentences written for the tests."""

from __future__ import annotations

from functools import partial

import pytest

from extracted import country_keys

_keys = partial(country_keys, factual_only=True)


@pytest.mark.parametrize(("lang", "text", "body"), [
    ("es", "La presidenta de México se reunió con el primer ministro de Canadá en Tianjin, donde se celebra la cumbre "
           "de la Organización de Cooperación de Shanghái.", "SCO"),
    ("fr", "La présidente mexicaine a rencontré le Premier ministre canadien en marge du sommet des dirigeants qui "
           "précède la conférence de l'ONU sur les océans.", "UN"),
    ("ru", "Президент Мексики провела переговоры с премьер-министром Канады в Тяньцзине, где проходит саммит "
           "Шанхайской организации сотрудничества.", "SCO"),
])
def test_the_body_holding_the_summit_is_no_party(lang: str, text: str, body: str) -> None:
    keys = _keys(text, lang)
    assert ("MEX", "CAN", "CONSULT") in keys or ("CAN", "MEX", "CONSULT") in keys, keys
    assert not any(body in (source, target) for source, target, _ in keys), keys


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La presidenta de México se reunió en Nueva York con el secretario general de la ONU."),
    ("fr", "La présidente mexicaine a rencontré le secrétaire général de l'ONU lors du sommet des dirigeants."),
    ("ru", "Президент Мексики встретилась с генеральным секретарём ООН в Нью-Йорке."),
])
def test_a_meeting_with_the_bodys_officer_stays(lang: str, text: str) -> None:
    assert ("MEX", "UN", "CONSULT") in _keys(text, lang)
