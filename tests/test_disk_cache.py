"""Built reference data in the cache folder: read back the same, built again when the package changes or the
file is damaged, and never required (no folder, or `off`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from realpolitik import disk_cache
from realpolitik.actors.dictionary import build_dictionary
from realpolitik.disk_cache import built, package_fingerprint
from realpolitik.events.rules import load_rules, parse_rules
from realpolitik.model import Document
from realpolitik.pipeline import extract_document

SENTENCES = {
    "de": "Russland und Venezuela unterzeichneten am Montag in Moskau ein Abkommen über strategische Partnerschaft.",
    "en": "The United States imposed sanctions on Venezuela on Tuesday, and Maduro accused Washington of piracy.",
    "es": "El presidente de Rusia, Vladímir Putin, recibió a su homólogo venezolano en el Kremlin.",
    "fr": "La France a rappelé son ambassadeur au Mali après l'expulsion de diplomates français.",
    "ru": "Россия и КНДР подписали договор о всеобъемлющем стратегическом партнёрстве.",
}


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("REALPOLITIK_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_second_call_reads_the_file_without_building(cache_dir: Path) -> None:
    calls: list[int] = []

    def build() -> dict:
        calls.append(1)
        return {"built": [1, 2, 3]}

    assert built("thing", build) == {"built": [1, 2, 3]}
    assert built("thing", build) == {"built": [1, 2, 3]}
    assert len(calls) == 1
    assert [p.name for p in (cache_dir / "built").iterdir()] == [f"thing-{package_fingerprint()}.pickle"]


def test_a_damaged_file_is_built_again(cache_dir: Path) -> None:
    built("thing", lambda: "first")
    (target,) = (cache_dir / "built").glob("thing-*.pickle")
    target.write_bytes(b"\x80\x05 truncated")
    assert built("thing", lambda: "again") == "again"
    assert built("thing", lambda: "never") == "again"  # the rebuilt value was written


def test_off_and_an_unusable_folder_only_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REALPOLITIK_CACHE_DIR", "off")
    assert built("thing", lambda: 1) == 1
    assert built("thing", lambda: 2) == 2
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("REALPOLITIK_CACHE_DIR", str(blocked))
    assert built("thing", lambda: 3) == 3
    assert blocked.read_text(encoding="utf-8") == "not a folder"


def test_fingerprint_changes_with_any_file_of_the_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "pkg"
    (package / "data").mkdir(parents=True)
    (package / "code.py").write_text("X = 1\n", encoding="utf-8")
    (package / "data" / "rules.yaml").write_text("rules: []\n", encoding="utf-8")
    monkeypatch.setattr(disk_cache, "PACKAGE", package)

    def fingerprint() -> str:
        package_fingerprint.cache_clear()
        return package_fingerprint()

    first = fingerprint()
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "code.pyc").write_bytes(b"compiled")
    assert fingerprint() == first  # compiled files build nothing
    (package / "data" / "rules.yaml").write_text("rules: [x]\n", encoding="utf-8")
    edited = fingerprint()
    assert edited != first
    (package / "code.py").write_text("X = 2\n", encoding="utf-8")
    assert fingerprint() not in (first, edited)
    package_fingerprint.cache_clear()


def test_old_builds_are_removed_beyond_the_latest_few(cache_dir: Path) -> None:
    folder = cache_dir / "built"
    folder.mkdir()
    for n in range(6):
        (folder / f"thing-old{n}.pickle").write_bytes(b"x")
    built("thing", lambda: 1)
    assert len(list(folder.glob("thing-*.pickle"))) == 4


def _events(dictionary, lang: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    doc = Document(id=f"doc-{lang}", text=SENTENCES[lang], lang=lang, published=date(2025, 10, 27))
    found = extract_document(doc, dictionary)
    return [(e.source, e.target, e.cameo, e.confidence) for e in found.events] + [
        (m.surface, m.code) for sentence in found.actors for m in sentence]


def test_the_cached_dictionary_reads_as_the_built_one(cache_dir: Path) -> None:
    fresh = built("actors", build_dictionary)
    cached = built("actors", lambda: pytest.fail("the dictionary was built twice"))
    assert cached is not fresh and len(cached) == len(fresh)
    assert cached.entries("de") == fresh.entries("de")
    for lang in SENTENCES:
        assert _events(cached, lang) == _events(fresh, lang)
        assert _events(cached, lang)  # the sentences do name actors


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_cached_rules_parse_as_the_file(cache_dir: Path, lang: str) -> None:
    from importlib import resources

    text = (resources.files("realpolitik") / "data" / "rules" / f"{lang}.yaml").read_text(encoding="utf-8")
    fresh = parse_rules(text, f"data/rules/{lang}.yaml")
    cached = built(f"rules-{lang}", lambda: fresh)
    again = built(f"rules-{lang}", lambda: pytest.fail("the rules were parsed twice"))
    assert again is not cached
    assert again.rules == fresh.rules and again.grammar == fresh.grammar
    assert load_rules(lang).rules == fresh.rules


def test_a_data_file_is_parsed_once_under_its_name_and_a_missing_one_is_none(cache_dir: Path) -> None:
    """The loaders of the rules, the relation words and the speech words read a language's file through one helper:
    parsed with the file's path (for its error messages), then read back from the cache; no file, no object."""
    seen: list[str] = []

    def parse(text: str, where: str) -> int:
        seen.append(where)
        return len(text)

    size = disk_cache.built_from_data("probe-fr", "data/rules/fr.yaml", parse)
    assert size and disk_cache.built_from_data("probe-fr", "data/rules/fr.yaml", parse) == size
    assert seen == ["data/rules/fr.yaml"]
    assert disk_cache.built_from_data("probe-xx", "data/rules/xx.yaml", parse) is None and len(seen) == 1


def test_a_package_changed_during_the_build_caches_nothing(cache_dir: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A rebase while a process builds: what it read may be the new files, filed under the old package's key."""
    package = tmp_path / "pkg"
    package.mkdir()
    rules = package / "rules.yaml"
    rules.write_text("rules: [old]\n", encoding="utf-8")
    monkeypatch.setattr(disk_cache, "PACKAGE", package)
    package_fingerprint.cache_clear()
    old_key = package_fingerprint()

    def build_while_edited() -> str:
        rules.write_text("rules: [new]\n", encoding="utf-8")
        return rules.read_text(encoding="utf-8")

    assert built("thing", build_while_edited) == "rules: [new]\n"
    assert not list((cache_dir / "built").glob(f"thing-{old_key}.pickle"))
    package_fingerprint.cache_clear()  # a new process of the new package caches as usual
    assert built("thing", lambda: "built again") == "built again"
    assert built("thing", lambda: pytest.fail("built twice")) == "built again"
    package_fingerprint.cache_clear()
