"""Comments and docstrings in src/ name what exists: a module's function (`derive.unnamed_conflict`,
`actors/reference/roles.serves_abroad`), a module path (`events/dropped_subject`), a file (`relations/ties.py`) or a
bare name in backticks (`split_clause_subject`, `dictionaries()`).

A function renamed or moved by a split leaves its old name in the comments that pointed to it (round 61: the
relation lexicons still named `derive._unnamed_conflict`); this reads every comment and docstring of the package's
modules and every comment of its YAML files, and fails on a name that no module defines. A bare name in backticks
has no module to look in: it passes where anything of the package answers to it (a name some module binds, a YAML
key or value, a string or attribute the code uses, a Python keyword or builtin), so that only a name the package no
longer knows at all fails (round 63: tokens.py's `_dictionaries`, since renamed `dictionaries`).
"""

from __future__ import annotations

import ast
import builtins
import io
import keyword
import re
import tokenize
from collections.abc import Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "src" / "realpolitik"

# names in comments that are no module's: files outside the repository or made at run time, a placeholder, a
# third-party file, a request field ("query.limit"), the store's default path
ELSEWHERE = frozenset({"EVAL.md", "DIR/_plan.json", "a/b.txt", "a/b.jsonl", "json_metadata.py", "realpolitik.db",
                       "warc.gz", "query.limit", "data/reference/NAME", "realpolitik.extract",
                       "extract_metadata"})
_DOTTED = re.compile(r"\b([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)\b")
_FILE = re.compile(r"(?<![\w/.-])((?:[\w.]+/)*\w+\.(?:py|yaml|yml|json|jsonl|md|txt|toml))\b")
_SLASHED = re.compile(r"(?<![\w/.-])((\w+)(?:/\w+)+)(?![\w/]|\.(?:py|yaml|yml|json|jsonl|md|txt|toml)\b)")
_SUFFIX = re.compile(r"\.(py|yaml|yml|json|jsonl|md|txt|toml)$")
_BARE = re.compile(r"`([A-Za-z_]\w*)(?:\(\))?`")
_WORD = re.compile(r"[A-Za-z_]\w*")


@cache
def _modules() -> dict[str, Path]:
    found = {}
    for path in PKG.rglob("*.py"):
        parts = list(path.relative_to(PKG.parent).with_suffix("").parts)
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


@cache
def _defined(module: str) -> frozenset[str]:
    """Every name a module binds anywhere (functions, classes, assignments, imports, arguments, attributes set),
    and its submodules."""
    names = set()
    for node in ast.walk(ast.parse(_modules()[module].read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.alias):
            names.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            names.add(node.attr)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
    names |= {other[len(module) + 1:].split(".")[0] for other in _modules() if other.startswith(module + ".")}
    return frozenset(names)


@cache
def _by_suffix() -> dict[str, set[str]]:
    """'roles' → the modules whose dotted name ends so ('realpolitik.events.roles', ...)."""
    found: dict[str, set[str]] = {}
    for module in _modules():
        parts = module.split(".")
        for i in range(len(parts)):
            found.setdefault(".".join(parts[i:]), set()).add(module)
    return found


@cache
def _yaml_keys() -> frozenset[str]:
    """The keys of the package's YAML files: "roles.causatives" names the roles files' list, not a function."""
    key = re.compile(r"^[ -]*([A-Za-z_]\w*):", re.MULTILINE)
    return frozenset(k for path in PKG.rglob("*.yaml") for k in key.findall(path.read_text(encoding="utf-8")))


@cache
def _known_words() -> frozenset[str]:
    """Whatever a bare name in backticks may be: a name any module binds, a string or attribute the code uses
    ("bad_feed", `.finditer`), a word of a YAML file outside its comments (a key, a rule's name, a flag), a Python
    keyword or builtin."""
    words = set().union(*(_defined(m) for m in _modules()), keyword.kwlist, dir(builtins))
    for path in PKG.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _WORD.fullmatch(node.value):
                words.add(node.value)
            elif isinstance(node, ast.Attribute):
                words.add(node.attr)
    for path in PKG.rglob("*.yaml"):
        for line in path.read_text(encoding="utf-8").splitlines():
            words.update(_WORD.findall(re.split(r"(?:^|\s)#", line, maxsplit=1)[0]))
    return frozenset(words)


@cache
def _file_ends() -> frozenset[str]:
    """Every file of the package, tests, docs and tools by its path and each shorter tail of it ("ties.py",
    "relations/ties.py", "realpolitik/relations/ties.py" ...)."""
    ends = set()
    for top in ("src", "tests", "docs", "eval", "bench", "tools"):
        for path in (ROOT / top).rglob("*"):
            parts = path.relative_to(ROOT).parts
            if path.is_file() and path.suffix != ".jsonl" and "__pycache__" not in parts:
                ends.update("/".join(parts[i:]) for i in range(len(parts)))
    ends.update(p.name for p in ROOT.iterdir() if p.is_file())
    return frozenset(ends)


def _texts(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of each comment and docstring of a module, each comment of a YAML file."""
    source = path.read_text(encoding="utf-8")
    if path.suffix != ".py":
        for n, line in enumerate(source.splitlines(), 1):
            found = re.search(r"(?:^|\s)#(.*)", line)
            if found:
                yield n, found.group(1)
        return
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            yield token.start[0], token.string
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            doc = ast.get_docstring(node, clean=False)
            if doc:
                yield node.body[0].lineno, doc


@cache
def _packages() -> frozenset[str]:
    return frozenset(p.name for p in PKG.iterdir() if p.is_dir() and not p.name.startswith("_"))


def unknown_names(text: str) -> list[str]:
    """The names in one comment or docstring that nothing in the package or the repository answers to."""
    unknown = []
    for found in _FILE.finditer(text):
        ref = found.group(1)
        if ref not in ELSEWHERE and ref not in _file_ends():
            unknown.append(ref)
    for found in _DOTTED.finditer(text):
        ref = found.group(1)
        if _SUFFIX.search(ref) or ref in ELSEWHERE:
            continue
        parts = ref.split(".")[1:] if ref.startswith("realpolitik.") else ref.split(".")
        for k in range(len(parts), 0, -1):
            modules = _by_suffix().get(".".join(parts[:k]))
            if modules:
                if k < len(parts) and parts[k] not in _yaml_keys() and not any(
                        parts[k] in _defined(m) for m in modules):
                    unknown.append(ref)
                break
        else:
            if ref.startswith("realpolitik."):
                unknown.append(ref)
    for found in _BARE.finditer(text):
        if found.group(1) not in _known_words() and found.group(1) not in ELSEWHERE:
            unknown.append(found.group(1))
    for found in _SLASHED.finditer(text):
        ref = found.group(1)
        if found.group(2) not in _packages() or ref in ELSEWHERE:
            continue
        if not ((PKG / f"{ref}.py").exists() or (PKG / ref).exists() or (ROOT / ref).exists()
                or any(PKG.glob(ref + ".*"))):
            unknown.append(ref)
    return unknown


def test_comments_and_docstrings_name_what_exists() -> None:
    stale = [f"{path.relative_to(ROOT)}:{line}: {name}"
             for path in sorted([*PKG.rglob("*.py"), *PKG.rglob("*.yaml")])
             for line, text in _texts(path) for name in unknown_names(text)]
    assert not stale, "comments name what no longer exists:\n" + "\n".join(stale)


def test_the_check_finds_a_moved_function_a_module_and_a_file() -> None:
    assert unknown_names("(derive._unnamed_conflict)") == ["derive._unnamed_conflict"]
    assert unknown_names("as relations/derive.py and relations/ties.py read them") == []
    assert unknown_names("see relations/gathered.py") == ["relations/gathered.py"]
    assert unknown_names("(events/trigger_context.plural_subject)") == ["trigger_context.plural_subject"]
    assert unknown_names("(events/no_such_module)") == ["events/no_such_module"]
    assert unknown_names("`realpolitik.events.grammar.Grammar`, `roles.causatives`, e.g. a word") == []


def test_the_check_reads_bare_names_in_backticks() -> None:
    assert unknown_names("read through `_dictionaries`") == ["_dictionaries"]
    assert unknown_names("a coordinated clause (`no_such_step()`)") == ["no_such_step"]
    assert unknown_names("through `dictionaries`, `split_clause_subject()`, `with`, `bad_feed`, `government_kinds`") \
        == []
