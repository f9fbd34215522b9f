"""simplemma's dictionaries as tries cached on disk, for the lemmatiser of `language.tokens`.

Apart from `language.tokens` because mypyc compiles that module (realpolitik/compiled.py) and cannot compile a
class made inside a function: the trie factory's subclass is made here, when the optional trie package is there.
"""

from __future__ import annotations

import logging
import os
from functools import lru_cache

import simplemma

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def dictionaries():  # type: ignore[no-untyped-def]
    """simplemma's dictionaries as tries cached on disk (marisa-trie), built once per machine.

    Why: every new process (a worker, a Ray actor, a CLI call) otherwise decodes
    each language's dictionary anew — seconds of CPU and ~100 MB per language —
    and a Ray actor cannot share a parent's copy as a forked worker does. The
    tries hold the same entries (the same lemmas) and load in milliseconds. Where
    no cache folder can be written, the plain dictionaries are used.
    """
    from simplemma.strategies import DEFAULT_DICTIONARY_FACTORY

    try:
        from platformdirs import user_cache_dir
        from simplemma.strategies.dictionaries.trie_dictionary_factory import TrieDictionaryFactory

        folder = os.path.join(user_cache_dir("simplemma"), "marisa_trie", simplemma.__version__)
        os.makedirs(folder, exist_ok=True)
        if not os.access(folder, os.W_OK):
            raise OSError(f"{folder} is not writable")
        return _atomic_tries(TrieDictionaryFactory)(disk_cache_dir=folder)
    except (ImportError, OSError) as exc:
        log.debug("simplemma tries unavailable (%s): plain dictionaries", exc)
        return DEFAULT_DICTIONARY_FACTORY


def _atomic_tries(base: type) -> type:
    """simplemma's trie factory, writing each cached trie under a temporary name and renaming it.

    Several processes starting at once on a new machine (a Ray node's actors)
    build the same trie: none may read another's half-written file.
    """

    class AtomicTries(base):  # type: ignore[misc, valid-type]
        def _write_trie_to_disk(self, lang: str, trie) -> None:  # type: ignore[no-untyped-def]
            from realpolitik.disk_cache import write_atomically

            folder = self._cache_dir
            folder.mkdir(parents=True, exist_ok=True)
            write_atomically(folder / f"{lang}.dic", lambda partial: trie.save(str(partial)))

    return AtomicTries
