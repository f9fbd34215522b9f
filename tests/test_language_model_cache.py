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
