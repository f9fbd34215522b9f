"""Which modules the build compiles with mypyc, and whether this process runs them compiled.

The .py files stay the reference implementation: setup.py compiles the modules listed in MODULES to
extension modules when mypy (its compiler mypyc) and a C compiler are there (a failed compile warns and
leaves the plain modules), and Python imports an extension module before a .py of the same name.
REALPOLITIK_PURE_PYTHON=1 in the environment makes this process import the .py files even where the compiled
ones are installed (`plain_python_first`, installed by the package's __init__ before any of these modules is
imported).

This file imports nothing of realpolitik: setup.py reads MODULES from it before the package is installed.
"""

from __future__ import annotations

import importlib.machinery
import os
import sys
from collections.abc import Sequence
from types import ModuleType

# Which modules: the hottest pure-Python stages of an ingest (docs/progress.md, "## Speed (issue 13)"): event coding
# (the coder and its parts, the role reader and its parts, clauses, patterns, modality, the article context,
# confidence, followers), the actor matcher's scan, composition, ambiguity checks and reference readers, the relation
# reader (sentence views, shapes, derive), sentence splitting and tokenizing (tokenize's loop runs once per word of
# every document), the rules, grammar and role words the compiled code reads (events.rules, events.grammar,
# language.role_words), the per-sentence records (realpolitik.mentions: Sentence and ActorMention; model.py
# re-exports them) and realpolitik.codes (side_of, same_party, country_of and party answer from a dict, called at
# every role and coding step: plain, each call was an interpreted frame). The event coding and the actor matcher
# alone were x0.878 instructions of a whole ingest. A module split by job keeps its parts listed: their calls to each
# other are native.
# Grammar, Rule, RuleSet, RoleWords, Sentence and ActorMention are read from compiled code hundreds of thousands of
# times per 100 pages: compiled, they are native classes read by offset, where a Python dataclass's field is a dict
# look-up through the generic getattr.
#
# mypyc compiles what the type hints say (a module it compiles must pass mypy; a listed module that fails stays
# plain) and checks them at run time. So, in a listed module:
# - no functools.cached_property (a plain property on a native class, recomputed at every read): what it would make
#   is a field made in __post_init__ (relations.lexicon, with its cached_property, is not listed); every property
#   annotated;
# - no dataclass field with init=False and a default (left unset), no subclass of list or dict or of a Python class
#   (the YAML loader subclass lives in data_yaml), no class made inside a function (the trie factory's subclass
#   lives in language.lemma_tries, plain);
# - constants are `Final`: compiled, a Final name is a C static (or inlined), where any other module-level name is
#   looked up in the module's dict at every use; leave a name a test or a tool rebinds (confidence.MIN_CONFIDENCE)
#   without it: a compiled reader would not see the new value;
# - a frozen dataclass compiled by mypyc unpickles through its frozen __setattr__, so such a class pickles as its
#   constructor's arguments (`role_words.constructor_arguments`; disk_cache pickles the rules);
# - mypyc leaves a dataclass's `__init__` to the dataclasses module, an interpreted function that sets each field
#   through the native class's descriptors (3-12 k instructions a record): a record built per sentence or trigger is
#   a plain class with its own `__init__`, which mypyc compiles and calls natively, or, where it is a dataclass
#   (ActorMention, Group, Site, Cues, ...), `@dataclass(init=False)` with a written `__init__` taking its fields in
#   order with their defaults (None for a default_factory; a frozen one sets them through object.__setattr__, which
#   mypyc compiles to a direct write): eq, repr, replace and fields stay the dataclass's
#   (tests/test_record_constructors.py checks the two lists agree).
MODULES: tuple[str, ...] = (
    "realpolitik.events.coder",
    # events.coder's own steps, one job each (coder.py the loops and the per-trigger sequence)
    "realpolitik.events.sentence_state",
    "realpolitik.events.trigger_reading",
    "realpolitik.events.trigger_corrections",
    "realpolitik.events.trigger_context",
    "realpolitik.events.domestic_charges",
    "realpolitik.events.roles",
    # events.roles' parts, one job each (roles.py the entry point)
    "realpolitik.events.roles_base",
    "realpolitik.events.roles_groups",
    "realpolitik.events.roles_coordinated_clause",
    "realpolitik.events.roles_marks",
    "realpolitik.events.roles_aside",
    "realpolitik.events.roles_structure",
    # roles_structure's steps, one job each (roles_structure.py the sequence of structural_roles)
    "realpolitik.events.roles_reading",
    "realpolitik.events.roles_settled",
    "realpolitik.events.roles_source_steps",
    "realpolitik.events.roles_target_steps",
    "realpolitik.events.roles_weighing",
    "realpolitik.events.roles_subjects",
    "realpolitik.events.roles_speech",
    "realpolitik.events.roles_objects",
    "realpolitik.events.roles_partners",
    "realpolitik.events.roles_possessors",
    "realpolitik.events.roles_relatives",
    "realpolitik.events.roles_agents",
    "realpolitik.events.roles_verdicts",
    "realpolitik.events.roles_places",
    "realpolitik.events.clauses",
    # events.clauses' parts, one job each (clauses.py the cuts)
    "realpolitik.events.clause_forms",
    "realpolitik.events.clause_infinitives",
    "realpolitik.events.clause_openers",
    "realpolitik.events.patterns",
    "realpolitik.events.modality",
    # events.modality's parts, one job each (modality.py the sequence of modality_of)
    "realpolitik.events.modality_cues",
    "realpolitik.events.modality_scope",
    "realpolitik.events.negation",
    "realpolitik.events.modality_tense",
    "realpolitik.events.modality_supposed",
    "realpolitik.events.modality_governing",
    "realpolitik.actors.matcher",
    "realpolitik.actors.compose",
    "realpolitik.actors.role_modifiers",  # (compose's: which hit names the state a role word belongs to)
    "realpolitik.actors.references",
    "realpolitik.relations.sentence",
    "realpolitik.relations.cue_filters",  # (sentence's: which cue matches name a tie)
    "realpolitik.relations.shapes",
    # relations.shapes' parts, one shape each (shapes.py the table of shapes)
    "realpolitik.relations.shapes_base",
    "realpolitik.relations.shapes_pairs",
    "realpolitik.relations.shapes_treaty",
    "realpolitik.relations.shapes_member",
    # shapes_member's parts, one job each
    "realpolitik.relations.shapes_member_reach",
    "realpolitik.relations.shapes_member_orgs",
    "realpolitik.relations.shapes_member_states",
    "realpolitik.relations.shapes_member_company",
    "realpolitik.relations.shapes_member_admitted",
    "realpolitik.relations.shapes_hub",
    "realpolitik.relations.shapes_conflict",
    "realpolitik.relations.shapes_backed",
    "realpolitik.relations.derive",
    # derive's parts: the ties one sentence states and the statuses its words give them
    "realpolitik.relations.ties",
    "realpolitik.relations.statuses",
    "realpolitik.language.sentences",
    "realpolitik.events.article",
    # events.article's parts, one job each (article.py what they share)
    "realpolitik.events.article_acts",
    "realpolitik.events.article_antecedents",
    "realpolitik.events.article_sides",
    "realpolitik.events.article_answers",
    "realpolitik.events.article_fill",
    "realpolitik.events.article_phrases",
    "realpolitik.events.article_refs",
    "realpolitik.events.confidence",
    "realpolitik.events.followers",
    "realpolitik.actors.ambiguity",
    "realpolitik.language.tokens",
    "realpolitik.events.rules",
    "realpolitik.events.grammar",  # (the grammar section of a rules file, split from events.rules in round 60)
    "realpolitik.language.role_words",
    "realpolitik.mentions",
    # events.coder's parts, one job each
    "realpolitik.events.triggers",
    "realpolitik.events.dropped_subject",
    "realpolitik.events.sentence_filters",
    "realpolitik.events.event_dates",
    "realpolitik.events.reciprocal",
    "realpolitik.events.assembly",
    "realpolitik.events.voice",
    "realpolitik.events.verdict_objects",
    "realpolitik.events.topics",
    "realpolitik.events.allegations",
    "realpolitik.events.conditions",
    "realpolitik.events.meetings",
    "realpolitik.events.demands",
    "realpolitik.events.custody",
    "realpolitik.events.unconfirmed",  # (assembly's: a negated act not confirmed)
    "realpolitik.events.same_words",  # (the coder's: a reaction told as another's words)
    "realpolitik.events.coordinated_acts",  # (trigger_context's and trigger_corrections': an act after a verdict)
    "realpolitik.codes",
    # and the readers actors.references runs, the package actors.reference: one kind of reference a module
    "realpolitik.actors.reference.history",
    "realpolitik.actors.reference.counted",
    "realpolitik.actors.reference.read_back",
    "realpolitik.actors.reference.in_office",
    "realpolitik.actors.reference.offices",
    "realpolitik.actors.reference.members",
    "realpolitik.actors.reference.own",
    "realpolitik.actors.reference.bodies",
    "realpolitik.actors.reference.descriptions",
    "realpolitik.actors.reference.roles",
)

# mypy reads only the compiled modules (what they import is followed silently, a missing stub is Any): the build
# (setup.py) and the suite's check (tests/test_compiled_types.py) run it with these flags
MYPY_FLAGS: tuple[str, ...] = ("--ignore-missing-imports", "--follow-imports=silent")

PURE_ENV = "REALPOLITIK_PURE_PYTHON"


def source_paths() -> list[str]:
    """The .py files of MODULES, relative to the source checkout's root (what the build hands to mypyc)."""
    return [os.path.join("src", *name.split(".")) + ".py" for name in MODULES]


class _SourceFirst:
    """A meta path finder that finds realpolitik's modules as .py files only (never an extension module)."""

    def find_spec(self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
                  ) -> importlib.machinery.ModuleSpec | None:
        if not name.startswith("realpolitik.") or path is None:
            return None
        for entry in path:
            finder = importlib.machinery.FileFinder(
                entry, (importlib.machinery.SourceFileLoader, importlib.machinery.SOURCE_SUFFIXES))
            spec = finder.find_spec(name, target)
            if spec is not None and spec.loader is not None:
                return spec
        return None


def pure_python_asked() -> bool:
    """Whether REALPOLITIK_PURE_PYTHON asks for the .py files even where compiled modules are installed."""
    return os.environ.get(PURE_ENV, "") not in ("", "0")


def plain_python_first() -> None:
    """Under REALPOLITIK_PURE_PYTHON=1, import realpolitik's modules from their .py files (idempotent)."""
    if pure_python_asked() and not any(isinstance(finder, _SourceFirst) for finder in sys.meta_path):
        sys.meta_path.insert(0, _SourceFirst())


def is_compiled(module: ModuleType) -> bool:
    """Whether a loaded module is an extension module (its file ends in an extension suffix)."""
    origin = getattr(module, "__file__", None) or ""
    return origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


def compiled_modules() -> dict[str, bool]:
    """Each module of MODULES → whether it runs compiled here (imports them)."""
    return {name: is_compiled(importlib.import_module(name)) for name in MODULES}


def build_note() -> str:
    """What the build said when it left modules plain (setup.py writes build-note.txt into the package; a source
    checkout or an editable install has none)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "build-note.txt")
    try:
        with open(path, encoding="utf-8") as handle:
            return "; ".join(line.strip() for line in handle if line.strip())
    except OSError:
        return ""


def describe() -> str:
    """One line for `realpolitik --version` and the bench: how many of the listed modules run compiled, and why
    not where the build left some plain."""
    state = compiled_modules()
    done = sum(state.values())
    note = build_note()
    if done == 0:
        why = f", {PURE_ENV} is set" if pure_python_asked() else ""
        return f"plain Python{why}" + (f"; the build: {note}" if note else "")
    line = f"compiled with mypyc: {done} of {len(state)} modules"
    return line + (f"; the build: {note}" if done < len(state) and note else "")

