"""Long and huge articles: parsed in pieces with offsets intact; a bad article costs only itself."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import parley.pipeline as pipeline_module
from parley import Pipeline
from parley.document import Article
from parley.parse import doc_ents, ent_at, ents_before, span_ents
from parley.pipeline import split_text

PARAGRAPHS = [
    "Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing on Tuesday.",
    "Protesters rallied outside the French embassy in Ankara on Sunday.",
    "North Korea accused the United States of hostile policy on Monday.",
    "Japan pledged $10 million in aid to Sudan on Friday.",
]


@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=400), st.integers(min_value=1, max_value=50))
@settings(max_examples=200, deadline=None)
def test_pipeline_split_text_joins_back_exactly(text: str, size: int) -> None:
    pieces = split_text(text, size)
    assert "".join(pieces) == text
    assert all(len(p) <= size for p in pieces)


def test_pipeline_split_text_cuts_at_paragraph_ends() -> None:
    text = "\n\n".join(PARAGRAPHS * 3)
    pieces = split_text(text, 200)
    assert all(p.endswith("\n\n") for p in pieces[:-1])


def test_pipeline_long_article_parsed_in_pieces_keeps_offsets(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "\n\n".join(PARAGRAPHS * 4)
    whole = next(pipeline.process([Article(id="whole", text=text)]))
    monkeypatch.setattr(pipeline_module, "PIECE_CHARS", 250)
    sdoc = pipeline.parse(text)
    assert sdoc.text == text
    split = next(pipeline.process([Article(id="split", text=text)]))
    assert split.events, "the pieces' events are found"
    for event in split.events:
        assert split.text[event.start : event.end] == event.text
    assert len(split.events) == len(whole.events)


def test_pipeline_article_over_the_model_limit_is_read(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline.nlp, "max_length", 400)  # spaCy's E088 limit, made small
    monkeypatch.setattr(pipeline_module, "PIECE_CHARS", 300)
    text = " ".join(PARAGRAPHS * 3)  # one line, no paragraph break
    docs = list(pipeline.process([Article(id="a", text=PARAGRAPHS[0]), Article(id="long", text=text)]))
    assert [d.id for d in docs] == ["a", "long"]
    assert not any(w.startswith("parse failed") for d in docs for w in d.warnings)
    assert docs[1].events


class _Exploding:
    """A spaCy pipeline stand-in that fails on one text (and so on any batch holding it)."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp

    def __call__(self, text: str) -> Any:
        if "BOOM" in text:
            raise ValueError("cannot parse this")
        return self.nlp(text)

    def pipe(self, texts: Any, **kwargs: Any) -> Any:
        texts = list(texts)
        if any("BOOM" in t for t in texts):
            raise ValueError("cannot parse this")
        return self.nlp.pipe(texts, **kwargs)


def test_pipeline_failing_batch_retried_article_by_article(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "nlp", _Exploding(pipeline.nlp))
    articles = [Article(id=f"a{n}", text=PARAGRAPHS[n % 4]) for n in range(5)]
    articles.insert(2, Article(id="bad", text="BOOM " + PARAGRAPHS[0]))
    docs = list(pipeline.process(articles))
    assert [d.id for d in docs] == ["a0", "a1", "bad", "a2", "a3", "a4"]
    bad = docs[2]
    assert bad.warnings and bad.warnings[0].startswith("parse failed: ValueError")
    assert all(d.events for d in docs if d.id != "bad")


def test_parse_ents_index_answers_as_spacy(pipeline: Pipeline) -> None:
    sdoc = pipeline.nlp("\n\n".join(PARAGRAPHS))
    assert list(doc_ents(sdoc)) == list(sdoc.ents)
    for sent in sdoc.sents:
        assert span_ents(sent) == list(sent.ents)
    for tok in sdoc:
        assert list(ents_before(sdoc, tok.i)) == [e for e in sdoc.ents if e.end <= tok.i]
        assert ent_at(sdoc, tok.i) == next((e for e in sdoc.ents if e.start <= tok.i < e.end), None)


@pytest.mark.slow
def test_pipeline_article_of_1_2_million_characters_is_read(pipeline: Pipeline) -> None:
    text = " ".join(PARAGRAPHS * 4000)[:1_200_000]  # one line, over spaCy's 1,000,000 limit
    doc = next(pipeline.process([Article(id="huge", text=text)]))
    assert not doc.warnings or not doc.warnings[0].startswith("parse failed")
    assert doc.events
    for event in doc.events[:50]:
        assert doc.text[event.start : event.end] == event.text
