"""The stages run in order (language, actors, events, relations): an earlier stage imports no later one, so each
can be used and tested without what follows it. The actor stage reads the speech verbs it shares with the role
finder from `language.speech`, not from the event rules."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import realpolitik
from realpolitik.events.rules import available_languages, load_rules
from realpolitik.language.speech import speech_words

PACKAGE = Path(realpolitik.__file__).parent
LATER = {"language": ("actors", "events", "relations"), "actors": ("events", "relations")}


def _imported(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


@pytest.mark.parametrize("stage", sorted(LATER))
def test_an_earlier_stage_imports_no_later_one(stage: str) -> None:
    later = tuple(f"realpolitik.{name}" for name in LATER[stage])
    wrong = {str(path.relative_to(PACKAGE)): sorted(m for m in _imported(path) if m.startswith(later))
             for path in sorted((PACKAGE / stage).rglob("*.py"))}
    assert not {k: v for k, v in wrong.items() if v}, wrong


def test_the_speech_words_are_the_role_finder_s() -> None:
    for lang in available_languages():
        words, grammar = speech_words(lang), load_rules(lang).grammar  # type: ignore[union-attr]
        assert words is not None and "said" not in words.coordination, lang
        assert words.verbs == grammar.speech_verbs and words.verbs, lang
        assert words.auxiliaries == grammar.roles.have and words.coordination == grammar.coordination, lang
    assert speech_words("xx") is None
