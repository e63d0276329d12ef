"""Events whose actor has words but no code: dropped by default, reported with code XXX on request."""

from __future__ import annotations

from datetime import date

from parley.document import Article
from parley.pipeline import Pipeline
from parley.settings import Settings

TEXT = "A roadside bomb killed four soldiers near the border on Monday."


def _events(settings: Settings) -> list[dict[str, object]]:
    pipeline = Pipeline(settings)
    doc = next(pipeline.process([Article(id="a", text=TEXT, published=date(2020, 1, 1))]))
    return [e.to_plover() for e in doc.events]


def test_events_unresolved_actor_dropped_by_default() -> None:
    assert _events(Settings(coder="rules")) == []


def test_events_unresolved_actor_kept_with_its_words_on_request() -> None:
    events = _events(Settings(coder="rules", keep_unresolved=True))
    assert [e["event"] for e in events] == [["ASSAULT"]]
    actor = events[0]["actor"][0]  # type: ignore[index]
    assert actor["code"] == "XXX" and actor["entity_text"] == "A roadside bomb"
    assert events[0]["confidence"] == 0.1


def test_events_unresolved_actor_left_out_by_min_confidence() -> None:
    assert _events(Settings(coder="rules", keep_unresolved=True, min_confidence=0.2)) == []
