"""Verbal acts told in press idiom: reproof verbs and blame laid, deals thrashed out or nailed down,
host roles played, tools laid down and shops shuttered, plans scuppered and summits skipped,
praise heaped or drawn, threats made, olive branches held out, scorn poured. Each read in an
invented sentence under both coders, and a near sentence in which the same word names no such act."""

from __future__ import annotations

from typing import Any

import pytest

from _events_setup import coded_events as _events
from _events_setup import coded_types as _types


@pytest.fixture(params=["rules", "learned"])
def coder(request: Any, rules_pipeline: Any, pipeline: Any) -> Any:
    return rules_pipeline if request.param == "rules" else pipeline


@pytest.mark.parametrize(
    "text",
    [
        "Kenya rounded on Uganda over the seizure of the lorries.",
        "Kenya took a swipe at Uganda over the seizure of the lorries.",
        "Kenya ridiculed the Ugandan claim to the island.",
        "Kenya bristled at the Ugandan claim to the island.",
        "Kenya laid the blame on Uganda for the seizure of the lorries.",
        "Uganda drew criticism from Kenya over the seizure of the lorries.",
    ],
)
def test_events_reproof_idioms_are_accusations(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("ACCUSE", ["KEN"], ["UGA"]) in _events(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan riflemen took aim at the Ugandan patrol boat.",
        "The Kenyan runner rounded on the final lap in Kampala.",
    ],
)
def test_events_aim_taken_by_gunmen_and_laps_rounded_accuse_nobody(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in _types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda thrashed out a compromise on the lake fisheries.",
        "Kenya and Uganda nailed down an accord on the lake fisheries.",
        "Kenya and Uganda came to an understanding on the lake fisheries.",
        "Kenya and Uganda reached a settlement on the lake fisheries.",
        "Kenya assented to the Ugandan plan for the lake fisheries.",
    ],
)
def test_events_deals_thrashed_out_are_agreements(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" in _types(coder, text)


def test_events_sums_worked_out_are_no_agreement(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Kenyan surveyors worked out the length of the Ugandan pipeline."
    assert "AGREE" not in _types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president played host to his Ugandan counterpart in Mombasa.",
        "Kenya and Uganda engaged in talks on the lake fisheries.",
        "The Kenyan president held a videoconference with his Ugandan counterpart.",
    ],
)
def test_events_host_roles_and_screen_meetings_are_consultations(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CONSULT" in _types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ugandan dockers laid down their tools over unpaid wages.",
        "Ugandan traders shuttered their stalls over the Kenyan duty on sugar.",
        "Thousands of Ugandans thronged the streets of Kampala against the Kenyan duty.",
    ],
)
def test_events_tools_down_and_shops_shuttered_are_protests(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" in _types(coder, text)


def test_events_shops_shut_by_police_are_no_protest_for_rules(rules_pipeline: Any) -> None:
    text = "Ugandan police shut the stalls in Kampala after the unrest."
    assert "PROTEST" not in _types(rules_pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya scuppered the Ugandan plan for the lake fisheries.",
        "Kenya torpedoed the Ugandan plan for the lake fisheries.",
        "Kenya skipped the Ugandan summit on the lake fisheries.",
        "Kenya reneged on the accord with Uganda.",
        "Kenya thumbed its nose at Ugandan demands.",
    ],
)
def test_events_plans_scuppered_and_summits_skipped_are_rejections(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REJECT" in _types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan navy torpedoed a Ugandan freighter.",
        "Kenya skipped a payment to Uganda.",
    ],
)
def test_events_ships_torpedoed_and_payments_skipped_are_no_rejections(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "REJECT" not in _types(coder, text)


def test_events_entreaties_are_requests(coder) -> None:  # type: ignore[no-untyped-def]
    assert "REQUEST" in _types(coder, "Kenya entreated Uganda to free the fishermen.")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya heaped praise on the Ugandan rescue team.",
        "Kenya came out in support of the Ugandan bid for the chair.",
        "Kenya extended its congratulations to Uganda on the election.",
    ],
)
def test_events_praise_heaped_and_support_declared_are_support(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "SUPPORT" in _types(coder, text)


def test_events_praise_drawn_goes_from_giver_to_the_praised(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Uganda drew praise from Kenya for the rescue on the lake."
    assert ("SUPPORT", ["KEN"], ["UGA"]) in _events(coder, text)


def test_events_matches_drawn_are_no_support(coder) -> None:  # type: ignore[no-untyped-def]
    assert "SUPPORT" not in _types(coder, "Uganda drew the match against Kenya.")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya issued an ultimatum to Uganda over the seized lorries.",
        "Kenya made threats against Uganda over the seized lorries.",
        "Kenya dangled the threat of a trade ban over Uganda.",
    ],
)
def test_events_threats_made_and_dangled_are_threats(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" in _types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya issued a statement on the Ugandan election.",
        "Kampala issues such threats before every election.",
    ],
)
def test_events_statements_and_habitual_threats_are_no_threats(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" not in _types(coder, text)


def test_events_condolences_extended_to_victims_are_no_support(coder) -> None:  # type: ignore[no-untyped-def]
    text = "The Kenyan government extends its condolences to the relatives of those killed."
    assert "SUPPORT" not in _types(coder, text)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Kenya gave the go-ahead for the Ugandan plan for the lake fisheries.", "SUPPORT"),
        ("Kenya okayed the Ugandan plan for the lake fisheries.", "SUPPORT"),
        ("Kenya scoffed at the Ugandan claims.", "REJECT"),
        ("Kenya poured scorn on the Ugandan claims.", "REJECT"),
        ("Kenya gave Uganda the cold shoulder.", "REJECT"),
        ("Kenya sneered at the Ugandan claims.", "ACCUSE"),
        ("Kenya held out an olive branch to Uganda.", "AGREE"),
        ("Kenya extended an olive branch to Uganda.", "AGREE"),
    ],
)
def test_events_figures_of_speech_name_their_act(coder, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert type_ in _types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan workers poured concrete for the Ugandan bridge.",
        "The Kenyan minister held out his hand to the Ugandan visitor.",
    ],
)
def test_events_concrete_poured_and_hands_held_out_are_no_acts(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(coder, text) == []
