"""The headline's words get no reading of their own (parley.events.EventFinder): the story codes its
events from the body, so building a headline word's participants would be thrown away."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import parley.events as events_module
from parley.document import Article

_TITLE = "Harbour board bans fishing fleet"
_TEXT = _TITLE + "\n\nThe harbour board of Malta banned the Libyan fishing fleet from its ports on Tuesday."


def _read_tokens(pipeline: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[list[int], list[Any]]:
    """The character offsets of the words given a rules reading, and the events coded."""
    seen: list[int] = []
    original = events_module.find_candidate

    def recording(token: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(token.idx)
        return original(token, *args, **kwargs)

    monkeypatch.setattr(events_module, "find_candidate", recording)
    article = Article(id="t", text=_TEXT, title=_TITLE, published=date(2024, 5, 8))
    (doc,) = list(pipeline.process([article]))
    return seen, doc.events


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_headline_words_get_no_reading(
    coder: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen, events = _read_tokens(request.getfixturevalue(coder), monkeypatch)
    assert seen and min(seen) >= len(_TITLE)
    assert all(e.start >= len(_TITLE) for e in events)
