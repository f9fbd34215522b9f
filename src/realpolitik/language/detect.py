"""Language identification with py3langid, whose model ships inside the wheel."""

from __future__ import annotations

from functools import lru_cache

SUPPORTED_LANGUAGES = ("de", "en", "es", "fr", "ru")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


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
