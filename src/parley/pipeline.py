"""The pipeline: clean -> parse -> mentions -> events -> resolve -> dedup.

One :class:`~parley.document.Document` flows through small components; each
declares the fields it ``reads`` and ``writes``. Articles stream through
``nlp.pipe`` in batches (several processes with ``Settings.workers``), so memory
stays flat however many articles pass.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .clean import clean_document
from .dedup import ArticleDedup
from .document import Article, Document, Event
from .events import EventFinder, load_lexicon
from .knowledge import load_knowledge
from .mentions import MentionFinder
from .parse import load_model
from .resolve import Resolver
from .settings import Settings

__all__ = ["Pipeline", "extract_events"]

logger = logging.getLogger(__name__)

Component = Callable[[Document], Document]


class Pipeline:
    """Runs every stage over a stream of articles, in batches."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.nlp = load_model(settings.model)
        self.knowledge = load_knowledge(settings.knowledge_dirs)
        self.lexicon = load_lexicon(settings.knowledge_dirs)
        mentions = MentionFinder(self.nlp, self.knowledge)
        events = EventFinder(self.knowledge, self.lexicon, mentions)
        self.components: list[Component] = [
            mentions,
            events,
            Resolver(self.lexicon, self.knowledge.gazetteer),
            ArticleDedup(),
        ]

    @property
    def component_names(self) -> list[str]:
        return [type(c).__name__ for c in self.components]

    def clean(self, articles: Iterable[Article]) -> Iterator[Document]:
        for article in articles:
            doc = Document(article=article)
            try:
                yield clean_document(doc, self.settings)
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the stream
                logger.warning("%s: cleaning failed: %s", article.id, exc)
                doc.text = article.text
                doc.warnings.append(f"cleaning failed: {exc}")
                yield doc

    def process(self, articles: Iterable[Article]) -> Iterator[Document]:
        """Yield one Document per article, with ``text`` and ``events`` filled."""
        stream = ((doc.text, doc) for doc in self.clean(articles))
        n_process = self.settings.workers
        for sdoc, doc in self.nlp.pipe(
            stream, as_tuples=True, batch_size=self.settings.batch_size, n_process=n_process
        ):
            yield self.annotate(doc, sdoc)

    def annotate(self, doc: Document, sdoc: Any) -> Document:
        """Run the components after the parse; the spaCy Doc is dropped afterwards."""
        doc.spacy = sdoc
        try:
            for component in self.components:
                doc = component(doc)
        except Exception as exc:  # noqa: BLE001
            logger.warning("%s: extraction failed: %s", doc.id, exc, exc_info=True)
            doc.warnings.append(f"extraction failed: {exc}")
            doc.events = []
        doc.events = [e for e in doc.events if e.confidence >= self.settings.min_confidence]
        doc.spacy = None
        return doc


def extract_events(articles: Iterable[Article], settings: Settings) -> Iterator[Event]:
    """Convenience: the events of a stream of articles."""
    for doc in Pipeline(settings).process(articles):
        yield from doc.events
