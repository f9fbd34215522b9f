"""Language identification with py3langid, whose model ships inside the wheel."""

from __future__ import annotations

import logging
import lzma
from array import array
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Final, Literal, get_args

# The languages realpolitik reads, once: a type where a request model needs them written out (the ingest route's
# `lang`, whose schema lists them), and the tuple every other check reads, in the same order.
Language = Literal["de", "en", "es", "fr", "ru"]
SUPPORTED_LANGUAGES: Final[tuple[str, ...]] = get_args(Language)

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    return load_identifier()


#: The model's arrays, each kept in the cache folder as its own .npy file (`_unpacked`).
_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


def load_identifier():  # type: ignore[no-untyped-def]
    """py3langid's identifier, its model read from an unpacked copy cached on disk when there is one.

    Why: the wheel ships the model LZMA-packed, and unpacking it took ~0.5 s of
    CPU at every process start (each Ray actor, each CLI call) — most of
    loading it. The copy is unpacked once per machine and py3langid version into
    the user's cache folder (~70 MB), one .npy file an array: the score table
    (28 MB) is mapped, not read (only the rows a text's features pick are
    touched, and every process shares the pages), where reading the arrays out
    of an .npz copied all 70 MB and checked their CRC: 0.15-0.45 s of CPU before
    the first page of a `--workers` run. Where none can be written, the packed
    model is read as before. Both give the same identifier.
    """
    from py3langid import langid
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    folder = getattr(langid, "MODEL_DIR", None)  # py3langid 0.3 and later: an npz model, LZMA-packed
    packed = Path(MODEL_FILE) if Path(MODEL_FILE).is_absolute() or folder is None else Path(folder) / MODEL_FILE
    unpacked = _unpacked(packed) if folder is not None and packed.name.endswith(".npz.xz") else None
    if unpacked is not None:
        try:
            data = _mapped(unpacked)  # the layout py3langid's own loader reads
            return LanguageIdentifier(data["ptc"], data["pc"], data["classes"].tolist(),
                                      _stdlib_array(data["nextmove"]), data["out_feat"].tolist(),
                                      norm_probs=True, tk_row=_stdlib_array(data["nextmove_row"]))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.debug("cached language model unusable (%s): reading the packed one", exc)
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _mapped(stem: Path) -> dict:
    """The model's arrays from their .npy files beside `stem`, mapped read-only."""
    import numpy as np

    return {name: np.load(_array_file(stem, name), mmap_mode="r", allow_pickle=False) for name in _ARRAYS}


def _array_file(stem: Path, name: str) -> Path:
    return stem.with_name(f"{stem.name}.{name}.npy")


def _unpacked(packed: Path) -> Path | None:
    """The stem of the unpacked model's arrays in the cache folder (each written once, atomically), or None
    where that cannot be."""
    import numpy as np

    from realpolitik.disk_cache import cache_folder, write_atomically

    try:
        folder = cache_folder("langid")
        if folder is None:
            return None
        stat = packed.stat()
        stem = folder / f"model-{version('py3langid')}-{stat.st_size}-{int(stat.st_mtime)}"
        missing = [name for name in _ARRAYS if not _array_file(stem, name).exists()]
        if missing:
            with lzma.open(packed) as source, np.load(source, allow_pickle=False) as data:
                for name in missing:  # several processes may start at once: each file whole or absent
                    write_atomically(_array_file(stem, name),
                                     lambda partial, array=data[name]: _save(partial, array))
            _forget_other_models(folder, stem)
        return stem
    except (OSError, lzma.LZMAError, ValueError, KeyError) as exc:
        log.debug("no cached language model (%s)", exc)
        return None


def _forget_other_models(folder: Path, stem: Path) -> None:
    """Removes the cached copies of any other model (an older py3langid, or the single .npz an older cache held),
    so that the folder keeps one model of ~70 MB rather than one more per upgrade. A process still mapping a removed
    file keeps its pages (POSIX); where removal fails the file stays, which only costs disk."""
    for path in folder.glob("model-*"):
        if not path.name.startswith(f"{stem.name}."):
            try:
                path.unlink()
            except OSError as exc:
                log.debug("old cached language model kept (%s)", exc)


def _save(path: Path, array) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    with path.open("wb") as sink:
        np.save(sink, array, allow_pickle=False)


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
