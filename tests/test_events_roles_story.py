"""Targets the sentence does not name, taken from the story (parley.events._context), on invented articles."""

from __future__ import annotations

from datetime import date
from typing import Any

from parley.document import Article


def _events(pipeline: Any, text: str, type_: str) -> list[tuple[list[str], list[str]]]:
    """The actors and recipients of the article's events of one type."""
    (doc,) = list(pipeline.process([Article(id="t", text=text, published=date(2024, 5, 8))]))
    return [(sorted(e.actor_codes), sorted(e.recipient_codes)) for e in doc.events if e.event == type_]


def test_events_roles_story_pair_gives_the_other_side(pipeline) -> None:  # type: ignore[no-untyped-def]
    # no event before has both states: the story's one pair of states answers the denial
    text = (
        "Chad says rebels have reached Adre. Chadian officials spoke in Abeche on Monday. "
        "Sudan's army chief spoke in Khartoum. Khartoum denied the charge."
    )
    assert _events(pipeline, text, "REJECT") == [(["SDN"], ["TCD"])]


def test_events_roles_story_without_one_clear_pair_abstains(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chad says rebels have reached Adre. Chadian officials spoke in Abeche on Monday. "
        "Libyan officials spoke in Tripoli, and Libya's leader spoke too. "
        "Sudan's army chief spoke in Khartoum. Khartoum denied the charge."
    )
    assert _events(pipeline, text, "REJECT") == [(["SDN"], [])]


_NEPAL_INDIA = (
    "Nepal says Indian guards have closed the Gauriphanta crossing. Nepalese officials spoke in Kathmandu "
    "on Monday. India's embassy spoke too. "
)


def test_events_roles_story_protest_at_the_border_aims_at_other_side(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _NEPAL_INDIA + "Hundreds of residents of Dhangadhi blocked the border point on Wednesday."
    assert _events(pipeline, text, "PROTEST") == [(["NPL"], ["IND"])]


def test_events_roles_story_protest_at_home_stays_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    # nothing in the sentence points across the border: the protesters address their own government
    text = _NEPAL_INDIA + "Hundreds of residents of Dhangadhi blocked the road to the town hall on Wednesday."
    assert _events(pipeline, text, "PROTEST") == [(["NPL"], ["NPL"])]
