"""The training corpus's documents as articles, for the tools that measure parley on them.

Each training document is run as one article: its sentences in order, joined by blank lines, with
the date and outlet country of its first sentence. The tools then find each sentence again in the
article (``offsets`` says where it stands before cleaning).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from parley.coder import TrainingSentence, load_corpus
from parley.coder._corpus import Role
from parley.document import Article

__all__ = ["TrainingDoc", "gold_role_spans", "listing_arguments", "summary_by_type_and_lemma", "training_docs"]

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


def gold_role_spans(text: str, sentences: list[TrainingSentence]) -> Iterator[tuple[int, int, Role, TrainingSentence]]:
    """Each gold actor and recipient with words, as (start, end, role, sentence) in ``text``, the article
    as cleaned: each sentence is looked for by its first 60 characters a little before where the last
    one ended (cleaning may move it), and a role at the first place its words stand in its sentence."""
    offset = 0
    for s in sentences:
        found_at = text.find(s.text[:60], max(0, offset - 200))
        offset = found_at if found_at >= 0 else offset
        for event in s.events:
            for role in (*event.actors, *event.recipients):
                if not role.text:
                    continue
                at = s.text.find(role.text)
                if at >= 0:
                    yield offset + at, offset + at + len(role.text), role, s
        offset += len(s.text)


def summary_by_type_and_lemma(
    rows: list[dict[str, Any]],
    top: int,
    examples: int,
    group_line: Callable[[str, list[dict[str, Any]]], str],
    example_line: Callable[[dict[str, Any]], str],
) -> list[str]:
    """Lines counting listed rows (misses, extras) by type, then, per type, its ``top`` lemmas with
    ``examples`` rows each; the two listings differ only in how a group and an example are told."""
    by_type = Counter(r["type"] for r in rows)
    lines = [f"  {t:10} {n}" for t, n in by_type.most_common()]
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[(r["type"], r["lemma"])].append(r)
    for t, _n in by_type.most_common():
        ranked = sorted(((k, v) for k, v in groups.items() if k[0] == t), key=lambda kv: -len(kv[1]))
        lines.append(f"\n== {t}")
        for (_t, lemma), members in ranked[:top]:
            lines.append(group_line(lemma, members))
            lines += [example_line(r) for r in members[:examples]]
    return lines
