"""The stages wired together: one document in, everything found in it out.

documents → language → sentences → actors → events → relations. Storage is not
part of extraction: `extract` prints, `ingest` stores what this returns.
"""

from __future__ import annotations

import logging

from realpolitik.actors import ActorDictionary, recognise_actors
from realpolitik.events import code_sentences
from realpolitik.language import SUPPORTED_LANGUAGES, detect_language, split_sentences
from realpolitik.model import Document, Extraction
from realpolitik.relations import derive_relations

log = logging.getLogger(__name__)


def extract_document(doc: Document, dictionary: ActorDictionary | None = None) -> Extraction:
    """Run every extraction stage on one document (its language is detected when not given).

    `dictionary` carries user actor files merged over the built-ins; None uses the built-ins.
    """
    lang = doc.lang or detect_language(doc.text)
    doc.lang = lang
    if lang not in SUPPORTED_LANGUAGES:
        log.warning("document %s is in %r, which realpolitik does not read yet; no events", doc.id, lang)
    sentences = split_sentences(doc.text, lang)
    actors = recognise_actors(sentences, lang, on=doc.published, dictionary=dictionary)
    events = code_sentences(doc, sentences, actors, lang)
    relations = derive_relations(doc, sentences, actors, events, lang)
    return Extraction(document=doc, sentences=sentences, actors=actors, events=events, relations=relations)
