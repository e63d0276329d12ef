"""tools/lost_steps.py: the step that removed a missed gold event whose candidate was built."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from parley.document import Entity, Event, Mention

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import lost_steps  # noqa: E402

_SENTENCE = "Lima hosted the ministers in May, and they met again in Quito in July."


def _event(doc: str, text: str) -> Event:
    mention = Mention(doc_id=doc, sequence=0, start=0, end=len(text), text=text, event_text="met")
    return Event(doc_id=doc, event="CONSULT", actors=[Entity(code="PER")], text=text, mentions=[mention])


@pytest.fixture(autouse=True)
def _fresh_log(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test reads a log of its own, so no row of another test (or of an earlier run) is seen."""
    monkeypatch.setattr(lost_steps, "_LOG", {})


def _miss(doc: str) -> dict[str, object]:
    return {"doc_id": doc, "type": "CONSULT", "evidence": "they met again in Quito in July"}


def test_tools_lost_steps_join_is_named() -> None:
    event = _event("a", _SENTENCE)
    lost_steps._LOG["a"] = [("made", event, ""), ("joined", event, "into [('CONSULT', ['PER'])]")]
    step, detail = lost_steps.step_of(_miss("a"))
    assert step == "joined" and "into" in detail


def test_tools_lost_steps_survivor_with_another_sentence_is_moved() -> None:
    event = _event("b", _SENTENCE)
    lost_steps._LOG["b"] = [("made", event, "")]
    event.text = "An earlier sentence about a phone call the two governments held."  # a merge gave it this one
    assert lost_steps.step_of(_miss("b"))[0] == "moved"


def test_tools_lost_steps_no_event_made() -> None:
    lost_steps._LOG["c"] = []
    assert lost_steps.step_of(_miss("c")) == ("no-event", "")
