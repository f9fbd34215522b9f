"""A state's people and offices abroad are one list in references.yaml (`serving_abroad`) with two readings: an
envoy's role word exactly (role_modifiers.is_envoy) and the beginning of a mission's (reference/roles.serves_abroad)."""

from __future__ import annotations

from realpolitik.actors.reference.data import reference_data
from realpolitik.actors.reference.roles import serves_abroad
from realpolitik.actors.role_modifiers import is_envoy
from realpolitik.model import ActorMention


def _mention(entry: str) -> ActorMention:
    return ActorMention("FRA", "x", 0, 1, 0, 1, country="FRA", entry=entry)


def test_envoys_are_exact_role_words() -> None:
    assert is_envoy("countries:FRA:fr:name+roles:fr:ambassadeur")
    assert is_envoy("roles:de:Botschafterin")  # compared lower-cased
    assert not is_envoy("roles:en:ambassadors_office")  # a word that only begins like one is none
    assert not is_envoy("roles:en:embassy")  # a mission, no envoy


def test_missions_serve_abroad_by_their_beginning() -> None:
    assert serves_abroad(_mention("countries:RUS:ru:name+roles:ru:посольства"))
    assert serves_abroad(_mention("roles:fr:charge_d'affaires"))
    assert serves_abroad(_mention("roles:es:embajador"))  # an envoy serves abroad too
    assert not serves_abroad(_mention("roles:en:minister"))


def test_the_two_readings_keep_their_own_words() -> None:
    data = reference_data()
    assert "embassy" in data.missions and "embassy" not in data.envoys
    assert "consulado" in data.envoys and not any(w.startswith("consul") for w in data.missions)
