"""The words a speaker says with, per language, for any stage that needs them.

Why here: the actor stage ends a list of names at a speech verb ("mediated by Qatar, the ministry said"), as the
role finder of the events stage reads the speaker after one. The actor stage runs first and may not import the
events stage, so the words are read here, from where they are kept: a rule file's grammar (`coordination`,
`modality.report`) and the language's role words (`have`, `incise_verbs`), without building the event rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from realpolitik.data_yaml import safe_load
from realpolitik.disk_cache import built_from_data
from realpolitik.language.role_words import RoleWords, role_words


@dataclass(frozen=True)
class SpeechWords:
    """What it takes to see that a name closes a report: "..., Chile and Peru said", "..., l'Iran a déclaré"."""

    verbs: frozenset[str]  # the report words and the incise verbs ("said", "warned", "заявил")
    auxiliaries: frozenset[str]  # may stand before the verb: "has said", "a déclaré"
    coordination: frozenset[str]  # "and", "et": a name joined by one is one of the speakers, not alone


def said_with(report: frozenset[str], roles: RoleWords) -> frozenset[str]:
    """The speech verbs: a grammar's report words and the verbs of an English incise ("..., Lavrov warned")."""
    return report | roles.incise_verbs


def _lowered(words: object) -> frozenset[str]:
    return frozenset(w.lower() for w in words if isinstance(w, str)) if isinstance(words, list) else frozenset()


def _read(text: str, lang: str) -> SpeechWords:
    grammar = (safe_load(text) or {}).get("grammar") or {}
    roles = role_words(lang)
    report = _lowered((grammar.get("modality") or {}).get("report"))
    return SpeechWords(said_with(report, roles), roles.have, _lowered(grammar.get("coordination")))


@lru_cache(maxsize=16)
def speech_words(lang: str) -> SpeechWords | None:
    """The speech words of `lang`, or None where the project has no rules for it (the rule loader validates the
    file; a list missing there is empty here)."""
    return built_from_data(f"speech-{lang}", f"data/rules/{lang}.yaml", lambda text, _where: _read(text, lang))
