"""Language identification with py3langid, whose model ships inside the wheel."""

from __future__ import annotations

import logging
import lzma
import shutil
from array import array
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

SUPPORTED_LANGUAGES = ("de", "en", "es", "fr", "ru")

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    return load_identifier()


def load_identifier():  # type: ignore[no-untyped-def]
    """py3langid's identifier, its model read from an unpacked copy cached on disk when there is one.

    Why: the wheel ships the model LZMA-packed, and unpacking it took ~0.5 s of
    CPU at every process start (each Ray actor, each CLI call) — most of
    loading it. The copy is unpacked once per machine and py3langid version into
    the user's cache folder (~70 MB); where none can be written, the packed model
    is read as before. Both give the same identifier.
    """
    import numpy as np
    from py3langid import langid
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    folder = getattr(langid, "MODEL_DIR", None)  # py3langid 0.3 and later: an npz model, LZMA-packed
    packed = Path(MODEL_FILE) if Path(MODEL_FILE).is_absolute() or folder is None else Path(folder) / MODEL_FILE
    unpacked = _unpacked(packed) if folder is not None and packed.name.endswith(".npz.xz") else None
    if unpacked is not None:
        try:
            with np.load(unpacked, allow_pickle=False) as data:  # the layout py3langid's own loader reads
                return LanguageIdentifier(data["ptc"], data["pc"], data["classes"].tolist(),
                                          _stdlib_array(data["nextmove"]), data["out_feat"].tolist(),
                                          norm_probs=True, tk_row=_stdlib_array(data["nextmove_row"]))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.debug("cached language model unusable (%s): reading the packed one", exc)
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _unpacked(packed: Path) -> Path | None:
    """The unpacked model in the cache folder (written once, atomically), or None where that cannot be."""
    from realpolitik.disk_cache import cache_folder, write_atomically

    try:
        folder = cache_folder("langid")
        if folder is None:
            return None
        stat = packed.stat()
        target = folder / f"model-{version('py3langid')}-{stat.st_size}-{int(stat.st_mtime)}.npz"
        if not target.exists():
            def unpack(partial: Path) -> None:
                with lzma.open(packed) as source, partial.open("wb") as sink:
                    shutil.copyfileobj(source, sink, length=1 << 20)

            write_atomically(target, unpack)  # several processes may start at once
        return target
    except (OSError, lzma.LZMAError, ValueError) as exc:
        log.debug("no cached language model (%s)", exc)
        return None


def _stdlib_array(values) -> array:  # type: ignore[no-untyped-def]
    """A numpy array of unsigned ints as the stdlib array py3langid indexes (fast item access)."""
    import numpy as np

    out = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
    out.frombytes(memoryview(np.ascontiguousarray(values)).cast("B"))
    return out


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of the text's language ("und" for empty text).

    Only the first few thousand characters are looked at: that is plenty for a
    news article and keeps identification cheap on long pages.
    """
    sample = text[:4000].strip()
    if not sample:
        return "und"
    lang, _prob = _identifier().classify(sample)
    return lang
