"""The per-sentence data of the pipeline that the compiled stages read most: sentences and actor mentions.

Why a module of their own (realpolitik.model re-exports them): mypyc compiles this one (realpolitik/compiled.py),
which makes `Sentence` and `ActorMention` native classes whose fields the compiled event coder, role finder and
actor matcher read by offset; read from a Python dataclass, each field is a dict look-up through the generic
getattr (~180 k such reads per 100 pages). model.py keeps the classes that must stay Python
(`pickled_by_fields` reads `__dict__`, `Document` keeps its content hash there).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # (model imports this module: its Token is a type here only)
    from realpolitik.model import Token


@dataclass(init=False)  # its own __init__: compiled, where the dataclass's is interpreted (compiled.py)
class Sentence:
    """A sentence with its tokens; offsets are into the document text."""

    text: str
    start: int
    end: int
    index: int
    tokens: list[Token] = field(default_factory=list)

    def __init__(self, text: str, start: int, end: int, index: int, tokens: list[Token] | None = None) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.index = index
        self.tokens = [] if tokens is None else tokens


# `ActorMention.composed` of an office named with its holder ("Außenministerin Baerbock")
OFFICE: Final = "office"


@dataclass(init=False)  # its own __init__: compiled, where the dataclass's is interpreted (compiled.py)
class ActorMention:
    """An actor found in a sentence.

    `code` is the full code scored by EVAL.md: ISO alpha-3 plus an optional
    CAMEO agent ("RUSGOV", "USAMIL"), or an organisation code ("NATO").
    `token_start`/`token_end` index the sentence's tokens (end exclusive).
    """

    code: str
    surface: str
    start: int
    end: int
    token_start: int
    token_end: int
    country: str | None = None  # ISO alpha-3, None for organisations
    agent: str | None = None  # CAMEO agent code (GOV, MIL, LEG, ...)
    kind: str = "country"  # country|adjective|capital|place|seat|leader|agent|organisation|group|reference|unresolved
    entry: str = ""  # id of the dictionary entry that matched (e.g. "countries:RUS:de:name")
    dictionary_version: str = ""
    resolved: bool = True
    note: str = ""  # why an ambiguous name was read this way, or what a reference resolved to
    genitive: bool = False  # matched in a possessive form ("Russlands", "Maduros")
    fill: str = ""  # how the article filled in a party no token of the sentence names (events/fill_kinds.py); "" named
    # what a mention composed of a role word and a name is (actors/compose.py): OFFICE for an office named with its
    # holder ("Außenministerin Baerbock"), which names the office's body as a bare body does; "" otherwise
    composed: str = ""

    def __init__(self, code: str, surface: str, start: int, end: int, token_start: int, token_end: int,
                 country: str | None = None, agent: str | None = None, kind: str = "country", entry: str = "",
                 dictionary_version: str = "", resolved: bool = True, note: str = "", genitive: bool = False,
                 fill: str = "", composed: str = "") -> None:
        self.code = code
        self.surface = surface
        self.start = start
        self.end = end
        self.token_start = token_start
        self.token_end = token_end
        self.country = country
        self.agent = agent
        self.kind = kind
        self.entry = entry
        self.dictionary_version = dictionary_version
        self.resolved = resolved
        self.note = note
        self.genitive = genitive
        self.fill = fill
        self.composed = composed


# the dictionary's entries of role words are "roles:LANG:KEY" (`role_entry`); a mention composed of entries joins
# their ids with "+" ("countries:ISR:en:adjective+roles:en:ministers")
_ROLE_PREFIX: Final = "roles:"


def role_entry(lang: str, key: str) -> str:
    """The entry id of the role word `key` of `lang` (actors/loaders.roles), which `entry_roles` reads back."""
    return f"{_ROLE_PREFIX}{lang}:{key}"


def entry_roles(m: ActorMention) -> list[str]:
    """The keys of the role words a mention's entry was composed of, in order ("...+roles:en:ministers" →
    ["ministers"]): the offices it names, read by the readers that take a later office noun or a shared office
    for it (actors/reference/offices, reference/counted, shared_offices)."""
    return [part[len(_ROLE_PREFIX):].partition(":")[2] for part in m.entry.split("+") if part.startswith(_ROLE_PREFIX)]


def last_entry_role(m: ActorMention) -> str:
    """The key of the role word a mention's entry ends in ("roles:de:bundesrat" → "bundesrat": the head of the
    phrase, "Außenministerium" in "das israelische Außenministerium"), or "" where it ends in another entry."""
    last = m.entry.rpartition("+")[2]
    return last[len(_ROLE_PREFIX):].partition(":")[2] if last.startswith(_ROLE_PREFIX) else ""

