"""tools/event_extras.py: which coded events the training gold has no mention of."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from parley.coder._corpus import Role, TrainingEvent, TrainingSentence
from parley.document import Article, Document, Entity, Event

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from _training_docs import TrainingDoc, _document  # noqa: E402
from event_extras import extras_of, report  # noqa: E402


def _gold(type_: str, modality: str = "asserted") -> TrainingEvent:
    return TrainingEvent("met", type_, None, modality, (Role("France", "FRA"),), (), None, None)


def _sentence(n: int, text: str, *events: TrainingEvent) -> TrainingSentence:
    return TrainingSentence("t1-doc", n, "wire", "2020-01-02", "FRA", text, events, None)


def _train() -> TrainingDoc:
    return _document("t1-doc", [
        _sentence(0, "France and Chad met in Paris on Monday.", _gold("CONSULT")),
        _sentence(1, "France will meet Chad again in May.", _gold("CONSULT", "future")),
        _sentence(2, "The summit was called a success by its host.", ),
    ])  # fmt: skip


def _coded(train: TrainingDoc, type_: str, sentence: int, trigger: str) -> Event:
    start = train.offsets[sentence][0]
    fra = Entity(code="FRA", entity_text="France")
    return Event(doc_id="t1-doc", event=type_, actors=[fra], trigger=trigger, event_text=trigger, start=start)


def _doc(train: TrainingDoc, events: list[Event]) -> Document:
    article = Article(id="t1-doc", text=train.article.text, published=date(2020, 1, 2))
    return Document(article=article, text=train.article.text, events=events)


def test_tools_event_extras_lists_events_the_gold_lacks_with_the_gold_types() -> None:
    train = _train()
    events = [
        _coded(train, "CONSULT", 0, "meet"),
        _coded(train, "CONSULT", 1, "meet"),
        _coded(train, "SUPPORT", 2, "call"),
    ]
    extras = extras_of(_doc(train, events), train, set())
    assert [(e["type"], e["sentence"], e["gold"]) for e in extras] == [
        ("CONSULT", 1, ["CONSULT/future"]),
        ("SUPPORT", 2, []),
    ]


def test_tools_event_extras_counts_a_future_meeting_as_agree() -> None:
    train = _train()
    extras = extras_of(_doc(train, [_coded(train, "AGREE", 1, "meet")]), train, set())
    assert extras == []


def test_tools_event_extras_keeps_only_the_asked_types_and_reports_by_lemma() -> None:
    train = _train()
    events = [_coded(train, "CONSULT", 1, "meet"), _coded(train, "SUPPORT", 2, "call")]
    extras = extras_of(_doc(train, events), train, {"SUPPORT"})
    assert [e["lemma"] for e in extras] == ["call"]
    text = report(extras, top=5, examples=1)
    assert "SUPPORT    1" in text and "call" in text and "gold=-" in text
