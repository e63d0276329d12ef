"""The training corpus's documents as articles, for the tools that measure parley on them.

Each training document is run as one article: its sentences in order, joined by blank lines, with
the date and outlet country of its first sentence. The tools then find each sentence again in the
article (``offsets`` says where it stands before cleaning).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from parley.coder import TrainingSentence, load_corpus
from parley.document import Article

__all__ = ["TrainingDoc", "listing_arguments", "training_docs"]

#: What separates two sentences of a document in its article (a paragraph break).
SEPARATOR = "\n\n"


@dataclass(frozen=True)
class TrainingDoc:
    """One training document: its sentences in order, and the article made of them."""

    name: str
    sentences: list[TrainingSentence]
    article: Article
    #: (start, end, sentence) of each sentence in ``article.text``
    offsets: list[tuple[int, int, TrainingSentence]]


def listing_arguments(listed: str) -> argparse.ArgumentParser:
    """The options shared by the tools that list training-corpus mentions by type and trigger lemma
    (``listed``: what ``--out`` writes, e.g. "every miss")."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--coder", default="rules")
    ap.add_argument("--docs", type=int, default=0, help="only every k-th document so that about N are run")
    ap.add_argument("--types", default="", help="comma-separated PLOVER types (default: all)")
    ap.add_argument("--top", type=int, default=25, help="lemmas shown per type")
    ap.add_argument("--examples", type=int, default=2, help="example sentences per lemma")
    ap.add_argument("--out", type=Path, help=f"write {listed} here as JSONL")
    ap.add_argument("--batches", type=Path, default=Path("training/batches"))
    return ap


def training_docs(batches: Path, docs: int = 0) -> list[TrainingDoc]:
    """The documents of the corpus in ``batches``, by name; with ``docs``, about that many, evenly spread."""
    by_doc: dict[str, list[TrainingSentence]] = {}
    for sentence in load_corpus(batches):
        by_doc.setdefault(sentence.doc, []).append(sentence)
    names = sorted(by_doc)
    if docs:
        names = names[:: max(1, len(names) // docs)][:docs]
    return [_document(name, sorted(by_doc[name], key=lambda s: s.n)) for name in names]


def _document(name: str, sentences: list[TrainingSentence]) -> TrainingDoc:
    offsets = []
    start = 0
    for sentence in sentences:
        offsets.append((start, start + len(sentence.text), sentence))
        start += len(sentence.text) + len(SEPARATOR)
    first = sentences[0]
    article = Article(
        id=name,
        text=SEPARATOR.join(s.text for s in sentences),
        published=date.fromisoformat(first.published),
        source_country=first.source_country,
    )
    return TrainingDoc(name=name, sentences=sentences, article=article, offsets=offsets)
