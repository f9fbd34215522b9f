"""The language model read from its unpacked copy in the cache folder: the same identifier as py3langid's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.language.detect import load_identifier

TEXTS = (
    "The ministers met in the capital on Monday and agreed to talk again next month.",
    "Die Minister trafen sich am Montag in der Hauptstadt und wollen im nächsten Monat weiterreden.",
    "Los ministros se reunieron el lunes en la capital y volverán a hablar el mes próximo.",
    "Les ministres se sont réunis lundi dans la capitale et reprendront les discussions le mois prochain.",
    "Министры встретились в понедельник в столице и договорились продолжить переговоры.",
)


def test_cached_model_gives_the_same_identifier(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("REALPOLITIK_CACHE_DIR", raising=False)  # the cache folder under XDG_CACHE_HOME
    packed = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    first = load_identifier()  # unpacks into the cache folder
    assert list((tmp_path / "realpolitik" / "langid").glob("model-*.ptc.npy"))
    again = load_identifier()  # reads the unpacked copy
    import numpy as np

    assert isinstance(again.nb_ptc, np.memmap)  # the score table mapped, not read: shared, and only its rows used
    for text in TEXTS:
        assert first.classify(text) == again.classify(text) == packed.classify(text)


def test_unwritable_cache_folder_reads_the_packed_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    monkeypatch.delenv("REALPOLITIK_CACHE_DIR", raising=False)
    assert load_identifier().classify(TEXTS[1])[0] == "de"


def test_unpacking_removes_other_cached_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # an older py3langid's copy and the single .npz of the cache before round 34: 70 MB each, read by no one
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("REALPOLITIK_CACHE_DIR", raising=False)
    folder = tmp_path / "realpolitik" / "langid"
    folder.mkdir(parents=True)
    stale = [folder / "model-0.2.2-1000-1700000000.npz", folder / "model-0.2.2-1000-1700000000.ptc.npy"]
    for path in stale:
        path.write_bytes(b"old")
    unrelated = folder / "notes.txt"
    unrelated.write_text("kept", encoding="utf-8")
    assert load_identifier().classify(TEXTS[2])[0] == "es"
    assert not any(path.exists() for path in stale)
    assert unrelated.exists() and list(folder.glob("model-*.ptc.npy"))
