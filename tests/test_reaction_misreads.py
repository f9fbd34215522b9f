"""Text read as a rejection where it tells no reaction act (round 54, reactions54): a refusal to take sides, and
Russian "комментировать отказались" with the verb of commenting before the refusal, turn no one down (the rules
`no_side`, `no_comment` of each language). Sentences written for the tests."""

from __future__ import annotations

from extracted import country_keys


def test_refusing_to_take_sides_rejects_no_one() -> None:
    for text, lang in (("Poland criticised Belarus. Lithuania refused to take sides.", "en"),
                       ("La Pologne a critiqué le Bélarus. La Lituanie a refusé de prendre parti.", "fr"),
                       ("Polonia criticó a Bielorrusia. Lituania se negó a tomar partido.", "es"),
                       ("Polen kritisierte Belarus. Litauen weigerte sich, Partei zu ergreifen.", "de")):
        keys = country_keys(text, lang)
        assert ("POL", "BLR", "ACCUSE") in keys, text
        assert not any(k[0] == "LTU" for k in keys), text


def test_russian_comment_refused_with_its_verb_first_rejects_no_one() -> None:
    keys = country_keys("Польша раскритиковала Белоруссию. В Минске заявление польского министра комментировать "
                        "отказались.", "ru")
    assert ("POL", "BLR", "ACCUSE") in keys
    assert not any(k[2] == "REJECT" for k in keys)  # the statement's author is no one who rejected anything
