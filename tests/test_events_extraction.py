from __future__ import annotations

from datetime import date

import pytest

from parley.document import Article


def _events(pipeline, text: str, published: date = date(2024, 5, 8), country: str | None = None):  # type: ignore[no-untyped-def]
    article = Article(id="t", text=text, published=published, source_country=country)
    (doc,) = list(pipeline.process([article]))
    return [(e.event, sorted(e.actor_codes), sorted(e.recipient_codes), e.date) for e in doc.events]


def test_events_basic_dyad_with_weekday_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("SANCTION", ["FRA"], ["IRN"], "2024-05-06") in _events(
        pipeline, "France expelled two Iranian diplomats on Monday."
    )


def test_events_negated_mention_is_not_an_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _events(pipeline, "Japan did not condemn China over the incident.") == []


def test_events_hypothetical_mention_is_not_an_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "If Serbia attacks Kosovo, NATO could send troops.")
    assert not any(e[0] == "ASSAULT" for e in found)


def test_events_future_meeting_is_agree(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Chinese President Xi Jinping will visit Brazil next month.")
    assert found and found[0][:3] == ("AGREE", ["CHN"], ["BRA"])


def test_events_capital_stands_for_government(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Pyongyang accused Washington of planning an invasion.")
    assert ("ACCUSE", ["PRK"], ["USA"]) in [e[:3] for e in found]


def test_events_compound_actor_is_one_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Germany, France and Poland each expelled four Russian diplomats.")
    assert [e[:3] for e in found] == [("SANCTION", ["DEU", "FRA", "POL"], ["RUS"])]


def test_events_unqualified_title_defaults_to_outlet_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Foreign Minister Kim Sung-ho thanked Canada for its support.", country="KOR")
    assert ("SUPPORT", ["KOR"], ["CAN"]) in [e[:3] for e in found]


def test_events_same_meeting_in_three_sentences_is_one_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo on Monday.\n\n"
        "Their meeting lasted two hours.\n\nThe two leaders also held talks over dinner."
    )
    article = Article(id="t", text=text, published=date(2023, 3, 21))
    (doc,) = list(pipeline.process([article]))
    consults = [e for e in doc.events if e.event == "CONSULT"]
    assert len(consults) == 1 and len(consults[0].mentions) >= 2
    assert consults[0].place is not None and consults[0].place.resolved_place == "Tokyo"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested dozens of protesters in Minsk on Sunday.", ("COERCE", ["BLR"], ["BLR"])),
        ("Thousands of people protested in Tbilisi on Sunday.", ("PROTEST", ["GEO"], ["GEO"])),
        ("The IMF approved a loan to Sri Lanka.", ("AID", ["IGO"], ["LKA"])),
    ],
)
def test_events_sectors_and_igos(pipeline, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert expected in [e[:3] for e in _events(pipeline, text)]
