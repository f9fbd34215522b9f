"""Russian: a reply's verb before "на" ("ответит на высылку", "отреагирует на высылку", "ответил на арест") governs
another's act; the noun after it names that act, not one the replier does. Whole pipeline, own sentences."""

from __future__ import annotations

import pytest

from extracted import country_keys


@pytest.mark.parametrize(("text", "not_expected"), [
    ("Тегеран ответит на высылку своих дипломатов из Австралии.", ("IRN", "AUS", "161")),
    ("Ереван отреагирует на высылку своего посла из Баку.", ("ARM", "AZE", "161")),
    ("Минск пообещал ответить на высылку белорусских дипломатов из Литвы.", ("BLR", "LTU", "161")),
    ("Баку ответил на арест своих граждан в Москве.", ("AZE", "RUS", "173")),
])
def test_the_act_replied_to_is_not_the_repliers(text: str, not_expected: tuple[str, str, str]) -> None:
    assert not_expected not in country_keys(text, "ru", kind="cameo")


def test_the_reply_itself_stays_the_repliers() -> None:
    assert ("RUS", "POL", "161") in country_keys("Москва ответила на это высылкой польских дипломатов.", "ru",
                                                 kind="cameo")
