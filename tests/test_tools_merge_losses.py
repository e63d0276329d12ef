"""tools/merge_losses.py: turning both merges off leaves every mention its own event."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from parley.dedup import ArticleDedup
from parley.document import Article, Document, Entity, Event, Mention

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from merge_losses import main, merges_off  # noqa: E402


def _meeting(date: str) -> Event:
    return Event(
        doc_id="d",
        event="CONSULT",
        actors=[Entity(code="KOR", sector="GOV")],
        recipients=[Entity(code="RUS", sector="GOV")],
        date=date,
        date_precision="day",
        date_source="explicit",
        trigger="meet",
        mentions=[Mention(doc_id="d", sequence=0, start=0, end=1, text="x")],
    )


def _dedup(events: list[Event]) -> int:
    return len(ArticleDedup()(Document(article=Article(id="d"), events=events)).events)


def test_tools_merge_losses_merges_off_keeps_retold_event_apart() -> None:
    assert _dedup([_meeting("2021-10-27"), _meeting("2021-10-27")]) == 1
    with merges_off():
        assert _dedup([_meeting("2021-10-27"), _meeting("2021-10-27")]) == 2
    # the switch is undone on leaving
    assert _dedup([_meeting("2021-10-27"), _meeting("2021-10-27")]) == 1


def test_tools_merge_losses_refuses_report_only_sets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["merge_losses.py", "--sets", "sealed"])
    with pytest.raises(SystemExit, match="only the development sets"):
        main()
