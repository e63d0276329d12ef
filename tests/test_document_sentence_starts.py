"""The sentence starts read from the parse's array are those of ``Doc.sents``, without a Span per sentence."""

from __future__ import annotations

from datetime import date

from parley._sent_starts import sentence_starts
from parley.document import Article
from parley.parse import timestamp_ends
from parley.pipeline import Pipeline

_TEXT = (
    "13:00 — Soldiers at a checkpoint seized two trucks. The army said nothing.\n\n"
    "Later, Kenya and Uganda agreed to reopen the border. Talks resume on Monday."
)


def test_document_sentence_starts(pipeline: Pipeline) -> None:
    sdoc = pipeline.nlp(_TEXT)
    assert sentence_starts(sdoc) == [s.start for s in sdoc.sents]
    assert len(sentence_starts(sdoc)) > 2
    assert sentence_starts(pipeline.nlp("")) == []


def test_document_sentence_starts_index_and_clock(pipeline: Pipeline) -> None:
    (doc,) = list(pipeline.clean([Article(id="t", text=_TEXT, published=date(2024, 5, 8))]))
    doc.spacy = pipeline.nlp(doc.text)
    numbers, starts = doc.sentence_index()
    sents = list(doc.spacy.sents)
    assert numbers == [n for n, s in enumerate(sents) for _ in s]
    assert starts == [s.start for s in sents for _ in s]
    assert timestamp_ends(doc.spacy) == [
        s[1].idx + len(s[1]) for s in sents if len(s) > 2 and s[0].text[:2].isdigit() and s[1].text == "—"
    ]
