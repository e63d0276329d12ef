"""Wordings of verbal acts the trigger lexicon once missed: reproof idioms, deals struck or hammered
out, calls rung, marches joined, demands shrugged off, parties prodded to act, backing thrown behind a
plan, sabres rattled. Each read in an invented sentence under both coders, and a near sentence in
which the same word names no such act."""

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
        "Ghana chided Togo over the closure of the Aflao crossing.",
        "Ghana took Togo to task over the closure of the Aflao crossing.",
        "Ghana pointed the finger at Togo for the raid on the market.",
        "Ghana took exception to the remarks of the Togolese minister.",
        "Ghana dragged Togo before the regional court over the seized cargo.",
        "Ghana expressed dismay at the Togolese levy on cocoa.",
    ],
)
def test_events_reproof_wordings_are_accusations(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("ACCUSE", ["GHA"], ["TGO"]) in _events(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Ghanaian minister pointed at a map of the Togolese coast.",
        "Ghana found the wreckage of the Togolese plane on Friday.",
        "Ghana took the Togolese delegation to the airport.",
    ],
)
def test_events_pointing_and_finding_accuse_nobody(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in _types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo struck a deal on the shared power line.",
        "Ghana and Togo hammered out an agreement on the shared power line.",
        "Ghana and Togo buried the hatchet after months of quarrelling.",
        "Ghana and Togo mended fences after months of quarrelling.",
        "Ghana and Togo found common ground on the shared power line.",
    ],
)
def test_events_deals_struck_and_feuds_ended_are_agreements(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _types(coder, text)
    assert "AGREE" in found and "ASSAULT" not in found


def test_events_oil_struck_is_no_agreement(coder) -> None:  # type: ignore[no-untyped-def]
    assert "AGREE" not in _types(coder, "A Ghanaian firm struck oil off the coast of Togo.")


@pytest.mark.parametrize(
    "text",
    [
        "Ghana threw its weight behind the Togolese bid for the chair.",
        "Ghana championed the Togolese bid for the chair.",
        "Ghana honoured the Togolese president at a dinner in Accra.",
        "Ghana conferred a medal on the Togolese president.",
    ],
)
def test_events_backing_and_honours_are_support(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "SUPPORT" in _types(coder, text)


@pytest.mark.parametrize(
    "text",
    ["Ghana will honour its commitments to Togo.", "Ghana decorated the hall for the Togolese visit."],
)
def test_events_duties_honoured_and_halls_decorated_are_no_support(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "SUPPORT" not in _types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Ghanaian president rang his Togolese counterpart on Sunday.",
        "The Ghanaian minister huddled with his Togolese counterpart.",
        "The Ghanaian president held a bilateral with his Togolese counterpart.",
    ],
)
def test_events_calls_rung_and_huddles_are_consultations(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CONSULT" in _types(coder, text)


def test_events_bells_ringing_are_no_call(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Church bells rang across Accra as the Togolese president arrived."
    assert "CONSULT" not in _types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Ghanaian traders poured into the streets of Accra.",
        "Ghanaian students mounted a protest outside the Togolese embassy.",
    ],
)
def test_events_streets_filled_and_marches_joined_are_protests(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" in _types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghanaian troops poured into the streets of the Togolese border town.",
        "Ghana mounted an attack on Togolese smugglers.",
        "Ghanaian detainees who took part in a protest were freed.",
        "Ghana took part in the summit with Togo.",
    ],
)
def test_events_troops_and_summits_are_no_protest(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" not in _types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana shrugged off the Togolese demand for compensation.",
        "Ghana poured cold water on the Togolese proposal.",
        "Ghana balked at the Togolese demand for compensation.",
        "Ghana withheld recognition of the new Togolese government.",
    ],
)
def test_events_demands_shrugged_off_are_rejections(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("REJECT", ["GHA"], ["TGO"]) in _events(coder, text)


def test_events_markets_shrugging_off_a_row_reject_nothing(coder) -> None:  # type: ignore[no-untyped-def]
    assert "REJECT" not in _types(coder, "Ghanaian markets shrugged off the row with Togo.")


@pytest.mark.parametrize(
    "text",
    [
        "Ghana begged Togo to reopen the Aflao crossing.",
        "Ghana prodded Togo to reopen the Aflao crossing.",
        "Ghana pressured Togo to reopen the Aflao crossing.",
    ],
)
def test_events_party_prodded_to_act_is_requested(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("REQUEST", ["GHA"], ["TGO"]) in _events(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana rattled its sabre at Togo over the islands.",
        "Ghana held out the threat of sanctions against Togo.",
        "Ghana put Togo on notice over the islands.",
    ],
)
def test_events_sabres_rattled_and_notice_given_are_threats(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("THREATEN", ["GHA"], ["TGO"]) in _events(coder, text)


def test_events_hope_held_out_is_no_threat(coder) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" not in _types(coder, "Ghana held out hope of a deal with Togo.")


def test_events_dispute_taken_to_court_is_no_suit_against_a_party(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana and Togo took their maritime boundary to the International Court of Justice."
    assert "ACCUSE" not in _types(coder, text)
