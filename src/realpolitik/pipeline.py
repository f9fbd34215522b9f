"""The stages wired together: one document in, everything found in it out.

documents → language → sentences → actors → events → relations. Storage is not
part of extraction: `extract` prints, `ingest` stores what this returns.
With a Budget, a document over its size is refused before any stage runs and
the stages stop at the deadline (see realpolitik.budget).
"""

from __future__ import annotations

import logging

from realpolitik.actors import ActorDictionary, recognise_actors, resolve_title
from realpolitik.actors.interview import speak_for_interviewee
from realpolitik.budget import Budget, BudgetExceeded, check_size, checkpoint, spending
from realpolitik.events import code_sentences
from realpolitik.frozen import frozen, paused
from realpolitik.ingest.rejected import Rejected
from realpolitik.language import SUPPORTED_LANGUAGES, detect_language, split_sentences
from realpolitik.language.dates import implied_date
from realpolitik.language.page_chrome import without_teasers
from realpolitik.model import Document, Extraction
from realpolitik.per_document import per_document
from realpolitik.relations import derive_relations

log = logging.getLogger(__name__)


def extract_document(doc: Document, dictionary: ActorDictionary | None = None,
                     budget: Budget | None = None) -> Extraction:
    """Run every extraction stage on one document (its language is detected when not given).

    `dictionary` carries user actor files merged over the built-ins; None uses the built-ins.
    With a `budget`, raises BudgetExceeded ("too_long" or "timeout") instead of running on.
    """
    if budget is not None:
        check_size(doc.text, budget)
    # the collector walks neither tables nor the document (.frozen); each sentence's dates and forms are
    # found once (.per_document)
    with spending(budget), frozen(), paused(), per_document():
        lang = doc.lang or detect_language(doc.text)
        doc.lang = lang
        if lang not in SUPPORTED_LANGUAGES:
            log.warning("document %s is in %r, which realpolitik does not read yet; no events", doc.id, lang)
        sentences = without_teasers(split_sentences(doc.text, lang), lang)  # a link to another story is not read
        checkpoint()
        on = doc.published or implied_date(doc.text, lang)  # whose term of office counts
        actors = recognise_actors(sentences, lang, on=on, dictionary=dictionary)
        checkpoint()
        # the title names the article's main pair ("Sudan cuts ties with the UAE"): its events seed the focal dyad
        titled = split_sentences(doc.title, lang) if doc.title else []
        title = (titled, recognise_actors(titled, lang, on=on, dictionary=dictionary)) if titled else None
        if title is not None:
            resolve_title(title[1], actors)
        answers = speak_for_interviewee(doc.text, sentences, actors, title[1] if title is not None else [], lang)
        events = code_sentences(doc, sentences, actors, lang, title=title, answers=answers)
        checkpoint()
        relations = derive_relations(doc, sentences, actors, events, lang)
    return Extraction(document=doc, sentences=sentences, actors=actors, events=events, relations=relations)


def too_long(doc: Document, budget: Budget) -> Rejected:
    """The rejection of a document over the budget's characters, for callers that check before extracting."""
    try:
        check_size(doc.text, budget)
    except BudgetExceeded as exc:
        return Rejected(doc.origin or doc.id, exc.reason, exc.detail)
    raise ValueError(f"{doc.id} is within the budget")


def extract_within(doc: Document, budget: Budget, dictionary: ActorDictionary | None = None) -> Extraction | Rejected:
    """`extract_document` under `budget`; a document over it comes back as a Rejected with the reason."""
    try:
        return extract_document(doc, dictionary, budget)
    except BudgetExceeded as exc:
        log.warning("%s: %s (%s)", doc.origin or doc.id, exc.reason, exc.detail)
        return Rejected(doc.origin or doc.id, exc.reason, exc.detail)
