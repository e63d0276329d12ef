"""The clean stage: repaired, boilerplate-free text, a title, a dateline and a date.

Reads ``doc.article`` (text, title, published, source_country); writes ``doc.text``
(what every later stage reads and every offset points into), ``doc.title``,
``doc.dateline``, ``doc.published`` and ``doc.source_country``.

Steps: :func:`normalize_unicode` (spaces, dashes, zero-width characters),
:func:`strip_boilerplate` (web furniture; patterns in ``data/boilerplate.txt``),
:func:`repair_glued_words` ("Ivanovon Tuesday", when ``settings.repair_glued_words``),
:func:`find_dateline` ("SEOUL, April 27 (Wire) --", "(Xinhua News Agency March 9, 2004)").
Cleaning cleaned text changes nothing.
"""

from __future__ import annotations

import logging

from ..document import Document
from ..knowledge import load_knowledge
from ..settings import Settings
from ._boilerplate import strip_boilerplate
from ._dateline import find_dateline
from ._glue import repair_glued_words, split_glued
from ._unicode import normalize_unicode

__all__ = [
    "clean_document",
    "clean_text",
    "find_dateline",
    "normalize_unicode",
    "repair_glued_words",
    "split_glued",
    "strip_boilerplate",
]

log = logging.getLogger(__name__)


def clean_text(text: str, title: str | None, settings: Settings) -> tuple[str, str | None]:
    """(cleaned text, title) of raw article text: paragraphs separated by one blank line."""
    body, title = strip_boilerplate(
        normalize_unicode(text), normalize_unicode(title) if title else None, settings.knowledge_dirs
    )
    if settings.repair_glued_words:
        knowledge = load_knowledge(settings.knowledge_dirs)

        def is_name(word: str) -> bool:
            return knowledge.gazetteer.lookup(word) is not None or bool(knowledge.actor_lookup(word))

        body = repair_glued_words(body, is_name)
        title = repair_glued_words(title, is_name) if title else title
    return body, title or None


def clean_document(doc: Document, settings: Settings) -> Document:
    """Fill the cleaned text and what the text says about itself (title, dateline, date).

    ``doc.published`` is the article's date, else ``settings.published`` (a date the user gave),
    else the dateline's;
    ``doc.source_country`` is the article's, else ``settings.source_country``.
    """
    article = doc.article
    doc.text, doc.title = clean_text(article.text, article.title, settings)
    known = article.published or settings.published
    doc.dateline = find_dateline(doc.text, known)
    doc.published = known or (doc.dateline.date if doc.dateline else None)
    doc.source_country = article.source_country or settings.source_country
    if not doc.text:
        log.debug("%s: nothing left after cleaning", article.id)
    return doc
