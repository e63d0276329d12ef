"""Run the pipeline on the gold articles, then score."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from ..document import Article
from ..errors import EvaluationError
from ..read import read_html
from ..settings import Settings
from ._gold import GoldDoc, load_gold
from ._score import EvalResult, score

__all__ = ["evaluate", "gold_article", "predict"]

logger = logging.getLogger(__name__)


def gold_article(doc: GoldDoc) -> Article:
    """The article a gold file answers for, as the evaluation feeds it to the pipeline: the file's text
    (an HTML page's body text and title), with the gold's id, publication date, source and source country,
    and the file's path as its origin.

    Raises:
        EvaluationError: E504 when the article file cannot be read.
    """
    try:
        raw = doc.doc.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"{doc.doc}: cannot read the gold article ({exc})", code="E504") from exc
    text, title = raw, None
    if doc.doc.suffix.lower() in {".html", ".htm"}:
        text, title, _ = read_html(raw)
    return Article(
        id=doc.id,
        text=text,
        title=title,
        published=doc.published,
        source=doc.source,
        source_country=doc.source_country,
        origin=str(doc.doc),
    )


def predict(gold_docs: list[GoldDoc], settings: Settings) -> tuple[dict[str, list[dict[str, Any]]], int]:
    """Each gold article's predicted PLOVER records, and the word count of the cleaned texts."""
    from ..pipeline import Pipeline

    pipeline = Pipeline(settings)
    predictions: dict[str, list[dict[str, Any]]] = {}
    words = 0
    for doc in pipeline.process(gold_article(g) for g in gold_docs):
        predictions[doc.id] = [e.to_plover() for e in doc.events]
        words += len(doc.text.split())
    return predictions, words


def evaluate(gold_dir: Path, settings: Settings, corpus: Path | None = None) -> EvalResult:
    """Extract every gold article with its metadata and score the events."""
    gold_docs = load_gold(gold_dir, corpus)
    predictions, words = predict(gold_docs, settings)
    result = score(gold_docs, predictions)
    result.words = words
    return result
