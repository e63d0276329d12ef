"""Turn a develop-on gold folder (whole articles, events with codes and evidence) into training rows.

    PYTHONPATH=src python tools/gold_to_training.py evaluation/validation/gold \
        --out training/gold/validation.jsonl

Each article is cleaned, parsed and coded by parley's own pipeline (rules coder), so its sentences
are those the learned coder sees at run time. Each gold event's ``evidence`` is looked up in one
sentence (whitespace and case folded); its trigger is the rules' event of the same type inside the
evidence, else the evidence's head word in the parse (a verb before a noun). Actors and recipients
keep the gold codes without a text span (the gold names none), so the rows train the type and
modality classifiers; the role labeller leaves them out (``[data] no_roles``). A sentence is a
negative ("no-event") only when no gold event of the article points at it and no unaligned
evidence may lie in it. The first line is a ``#`` header naming the source set; the counts of what
could not be aligned are returned by ``convert`` and printed by the command.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_CODE = re.compile(r"^[A-Z]{3}$")
_SPACE = re.compile(r"\s+")
#: The training format's longest text (``coder._corpus.MAX_TEXT``).
_MAX_TEXT = 2_000
#: A negative must end like a sentence of the body.
_CLOSERS = (".", "!", "?", '"', "'", "\u201d", "\u2019", ")")
#: Head words preferred for a trigger, in this order.
_HEAD_POS = ("VERB", "NOUN", "AUX", "ADJ", "PROPN")


@dataclass
class Counts:
    """What a conversion did: articles, sentences and gold events read, and how each event was placed."""

    articles: int = 0
    sentences: int = 0
    gold_events: int = 0
    aligned: int = 0
    by_rules: int = 0
    by_parse: int = 0
    no_evidence: int = 0
    no_trigger: int = 0
    in_left_out: int = 0  # aligned to a sentence too long or maybe holding an unfound evidence
    skipped_sentences: int = 0
    negatives: int = 0
    reasons: Counter[str] = field(default_factory=Counter)


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def _find(sentence: str, evidence: str) -> tuple[int, int] | None:
    """Character span of ``evidence`` in ``sentence``, whitespace and case folded; None if absent."""
    words = [re.escape(w) for w in evidence.split()]
    if not words:
        return None
    match = re.search(r"\s+".join(words), sentence, flags=re.IGNORECASE)
    return (match.start(), match.end()) if match else None


def _unique_trigger(text: str, token: Any, base: int) -> str | None:
    """The shortest run of words from ``token`` whose first occurrence in ``text`` starts at it."""
    start = token.idx - base
    for end_token in token.doc[token.i : min(len(token.doc), token.i + 4)]:
        end = end_token.idx + len(end_token.text) - base
        piece = text[start:end]
        if piece.strip() and text.find(piece) == start:
            return piece
    return None


def _head_of(span: Any) -> Any | None:
    """The evidence's head word: the token of the span whose head lies outside it, by part of speech."""
    tops = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i]
    for pos in _HEAD_POS:
        for token in tops + list(span):
            if token.pos_ == pos:
                return token
    return None


def _reading_codes(codes: frozenset[str]) -> list[dict[str, Any]]:
    return [{"text": None, "code": c} for c in sorted(codes) if _CODE.match(c)]


def _trigger_token(gold: Any, sent: Any, lo: int, hi: int, rules: list[Any], counts: Counts) -> tuple[Any, str] | None:
    """(token, modality) of a gold event whose evidence spans characters lo..hi of the doc."""
    for event in rules:
        if event.event != gold.type:
            continue
        for token in sent:
            if lo <= token.idx < hi and token.text == event.event_text:
                counts.by_rules += 1
                return token, event.modality
    span = sent.doc.char_span(lo, hi, alignment_mode="expand")
    head = _head_of(span) if span is not None else None
    if head is None:
        return None
    counts.by_parse += 1
    return head, "asserted"


def _sentence_rows(gold_doc: Any, doc: Any, sdoc: Any, counts: Counts) -> Iterator[dict[str, Any] | None]:
    """One row per sentence of the article (None: a sentence left out, events unsure)."""
    sents = list(sdoc.sents)
    found: dict[int, list[tuple[Any, int, int]]] = {}
    unsure: set[int] = set()
    for gold in gold_doc.events:
        counts.gold_events += 1
        where = None
        for k, sent in enumerate(sents):
            hit = _find(sent.text, gold.evidence) if gold.evidence.strip() else None
            if hit is not None:
                where = (k, sent.start_char + hit[0], sent.start_char + hit[1])
                break
        if where is None:
            counts.no_evidence += 1
            counts.reasons["evidence not in one sentence"] += 1
            words = set(_fold(gold.evidence).split())
            for k, sent in enumerate(sents):
                if words and len(words & set(_fold(sent.text).split())) >= len(words) / 2:
                    unsure.add(k)
            continue
        found.setdefault(where[0], []).append((gold, where[1], where[2]))
    by_sentence: dict[int, list[Any]] = {}
    for event in doc.events:
        for k, sent in enumerate(sents):
            if sent.start_char <= event.start < sent.end_char:
                by_sentence.setdefault(k, []).append(event)
                break
    for k, sent in enumerate(sents):
        text = sent.text
        if not text.strip() or len(text) > _MAX_TEXT or k in unsure:
            counts.skipped_sentences += 1
            counts.in_left_out += len(found.get(k, []))
            yield None
            continue
        events: list[dict[str, Any]] = []
        for gold, lo, hi in found.get(k, []):
            picked = _trigger_token(gold, sent, lo, hi, by_sentence.get(k, []), counts)
            trigger = _unique_trigger(text, picked[0], sent.start_char) if picked else None
            if picked is None or trigger is None:
                counts.no_trigger += 1
                counts.reasons["no trigger word"] += 1
                continue
            counts.aligned += 1
            reading = gold.readings[0]
            events.append(
                {
                    "trigger": trigger,
                    "type": reading.type,
                    "mode": None,
                    "modality": picked[1],
                    "actors": _reading_codes(reading.actors),
                    "recipients": _reading_codes(reading.recipients),
                    "date": None,
                    "place": None,
                }
            )
        if found.get(k) and not events:
            counts.skipped_sentences += 1
            yield None
            continue
        if not events and not text.rstrip().endswith(_CLOSERS):
            # a headline or byline: the gold leaves headlines uncoded, the training writers code them
            counts.skipped_sentences += 1
            yield None
            continue
        if not events:
            counts.negatives += 1
        yield {"text": text, "events": events, "negative": None if events else "no-event"}


def convert(gold_dir: Path, prefix: str, settings: Any = None) -> tuple[list[dict[str, Any]], Counts]:
    """Training rows of every article of ``gold_dir`` (doc ids ``<prefix>-<article id>``) and the counts.

    Raises:
        EvaluationError: a gold file is malformed or its article cannot be read.
    """
    from parley.evaluate import gold_article, load_gold
    from parley.pipeline import Pipeline
    from parley.settings import Settings

    gold_docs = load_gold(gold_dir)
    pipeline = Pipeline((settings or Settings()).with_(coder="rules"))
    counts = Counts()
    rows: list[dict[str, Any]] = []
    for gold_doc, cleaned in zip(gold_docs, pipeline.clean(gold_article(g) for g in gold_docs), strict=True):
        # parsed here, not by process(), which drops the spaCy Doc once the events are coded
        sdoc = pipeline.nlp(cleaned.text)
        doc = pipeline.annotate(cleaned, sdoc)
        counts.articles += 1
        published = gold_doc.published.isoformat() if gold_doc.published else "2000-01-01"
        country = gold_doc.source_country if gold_doc.source_country and _CODE.match(gold_doc.source_country) else "XXX"
        n = 0
        for row in _sentence_rows(gold_doc, doc, sdoc, counts):
            if row is None:
                continue
            rows.append(
                {
                    "doc": f"{prefix}-{gold_doc.id}",
                    "n": n,
                    "style": "wire",
                    "published": published,
                    "source_country": country,
                    **row,
                }
            )
            n += 1
            counts.sentences += 1
    return rows, counts


def write_rows(rows: list[dict[str, Any]], out: Path, source: str) -> None:
    """Write ``rows`` as JSON lines to ``out`` after a ``#`` header naming ``source`` (the corpus skips it)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"# converted by tools/gold_to_training.py from {source}"]
    lines += [json.dumps(row, ensure_ascii=False) for row in rows]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--prefix", default=None, help="doc id prefix (default: gold-<set folder name>)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    from parley.errors import ParleyError

    prefix = args.prefix or f"gold-{args.gold_dir.resolve().parent.name}"
    try:
        rows, counts = convert(args.gold_dir, prefix)
    except ParleyError as exc:
        print(f"gold_to_training: {exc}", file=sys.stderr)
        return 2
    write_rows(rows, args.out, str(args.gold_dir))
    print(
        f"{counts.articles} articles, {counts.sentences} sentences ({counts.negatives} negatives, "
        f"{counts.skipped_sentences} left out); gold events {counts.gold_events}: aligned {counts.aligned} "
        f"(rules' trigger {counts.by_rules}, parse head {counts.by_parse}), evidence not found "
        f"{counts.no_evidence}, no trigger {counts.no_trigger}, in a left-out sentence {counts.in_left_out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
