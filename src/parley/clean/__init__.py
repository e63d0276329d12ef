"""The clean stage: repaired, boilerplate-free text, a title, a dateline and a date.

Reads ``doc.article``; writes ``doc.text`` (what every later stage reads and every
offset points into), ``doc.title``, ``doc.dateline``, ``doc.published`` and
``doc.source_country``. Cleaning cleaned text changes nothing.
"""

from __future__ import annotations

from ..document import Document
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


def clean_text(text: str, title: str | None, settings: Settings) -> tuple[str, str | None]:
    """(cleaned text, title) of raw article text."""
    text = normalize_unicode(text)
    if settings.repair_glued_words:
        text = repair_glued_words(text)
    return strip_boilerplate(text, normalize_unicode(title) if title else None, settings.knowledge_dirs)


def clean_document(doc: Document, settings: Settings) -> Document:
    """Fill the cleaned text and what the text says about itself (title, dateline, date)."""
    article = doc.article
    doc.text, doc.title = clean_text(article.text, article.title, settings)
    doc.published = article.published or settings.published
    doc.dateline = find_dateline(doc.text, doc.published)
    if doc.published is None and doc.dateline is not None:
        doc.published = doc.dateline.date
    doc.source_country = article.source_country or settings.source_country
    return doc
