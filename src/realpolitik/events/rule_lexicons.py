"""Word classes a rule file names once and its patterns use by name (`@judged_wrong`).

Why: a verdict told by a calling verb and a judging complement ("called the move illegal", "a qualifié la
décision d'inacceptable") is one construction whose complement is a whole class of the language; written inline,
each rule kept its own partial copy of the class and a member added to one was missing from the others. A rule
file's `lexicons` section lists each class once; `@name` in a `when` pattern stands for its members as
alternatives of one word (`a|b|c`).
"""

from __future__ import annotations

import re
from typing import Final

from realpolitik.data_yaml import LINE_KEY
from realpolitik.errors import DataFileError

_NAME: Final = re.compile(r"@([a-z_]+)")


def read_lexicons(raw: object, path: str, line: int = 1) -> dict[str, str]:
    """The `lexicons` section (its key at `line`): each class's name and its members joined as alternatives of one
    word. A malformed class is reported at its own line where the loader kept it (data_yaml.KeyLines), else at the
    section's."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise DataFileError(path, line, "`lexicons` must map a class name to a list of words")
    lines: dict[object, int] = getattr(raw, "key_lines", {})
    lexicons: dict[str, str] = {}
    for name, words in raw.items():
        if name == LINE_KEY:
            continue
        if not isinstance(words, list) or not words or not all(
                isinstance(w, str) and w.strip() and not re.search(r"[\s|()]", w) for w in words):
            raise DataFileError(path, lines.get(name, raw.get(LINE_KEY, line)),
                                f"lexicon {name}: a list of single words (no spaces, '|' or parentheses)")
        lexicons[str(name)] = "|".join(dict.fromkeys(words))
    return lexicons


def expand(pattern: str, lexicons: dict[str, str]) -> str:
    """`pattern` with each `@name` replaced by its class's members; an unknown name is an error."""
    def member_list(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in lexicons:
            raise ValueError(f"unknown lexicon @{name}")
        return lexicons[name]
    return _NAME.sub(member_list, pattern)
