"""Language stage: which language a text is in, its sentences, tokens and lemmas."""

from realpolitik.language.detect import SUPPORTED_LANGUAGES, detect_language
from realpolitik.language.sentences import split_sentences
from realpolitik.language.tokens import lemmatize, tokenize

__all__ = ["SUPPORTED_LANGUAGES", "detect_language", "lemmatize", "split_sentences", "tokenize"]
