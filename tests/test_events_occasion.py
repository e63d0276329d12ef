"""A call named as the occasion of another act ("thanked him in a phone call") was held: a CONSULT of
its own beside that act; "in the call" points back, and a call under a consultation is that one. A
seizure whose doer its own "by" phrase names ("protested against the seizure of their boats by
Togolese patrols") is an act of its own too."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_call_as_occasion_of_thanks_is_a_consultation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Norway's foreign minister thanked his Ghanaian counterpart in a telephone call late on Friday."
    types = [e[0] for e in _events(pipeline, text)]
    assert "SUPPORT" in types
    assert "CONSULT" in types


def test_events_conversation_as_occasion_of_apology_is_a_consultation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Togo's president apologised to Ghana in a telephone conversation with his Ghanaian counterpart."
    types = [e[0] for e in _events(pipeline, text)]
    assert "CONCEDE" in types
    assert "CONSULT" in types


def test_events_definite_call_as_occasion_is_no_new_consultation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The presidents of Ghana and Togo spoke by telephone on Monday.\n\n"
        "In the call, the Ghanaian president thanked Togo for its help."
    )
    consults = [e for e in _events(pipeline, text) if e[0] == "CONSULT"]
    assert len(consults) == 1


def test_events_call_under_a_consultation_is_that_consultation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The foreign ministers of Ghana and Togo discussed the border dispute in a telephone call on Monday."
    consults = [e for e in _events(pipeline, text) if e[0] == "CONSULT"]
    assert len(consults) == 1


def test_events_seizure_by_named_doer_under_a_protest_is_its_own_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hundreds of Ghanaian fishermen demonstrated in Accra on Tuesday"
        " against the seizure of their boats by Togolese patrols."
    )
    types = [e[0] for e in _events(pipeline, text)]
    assert "PROTEST" in types
    assert "COERCE" in types


def test_events_seizure_with_no_doer_named_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Hundreds of Ghanaian fishermen demonstrated in Accra on Tuesday against the seizure of their boats."
    assert "COERCE" not in [e[0] for e in _events(pipeline, text)]


def test_events_meeting_where_a_deal_was_struck_is_a_consultation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The deal was struck at a meeting of the defence ministers of Sudan and Ethiopia in Gedaref on Saturday."
    consults = [e for e in _events(pipeline, text) if e[0] == "CONSULT"]
    assert consults
    assert set(consults[0][1]) | set(consults[0][2]) >= {"SDN", "ETH"}


def test_events_agreement_reached_at_the_meeting_points_back(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Cuba will train 50 Jamaican nurses in 2023, under an agreement reached at the meeting."
    assert "CONSULT" not in [e[0] for e in _events(pipeline, text)]


def test_events_call_as_means_of_thanks_is_a_consultation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Togo's president thanked Ghana by phone for its help."
    events = _events(pipeline, text)
    assert ("SUPPORT", ["TGO"], ["GHA"]) in events
    assert ("CONSULT", ["TGO"], ["GHA"]) in events


def test_events_call_as_means_of_raising_a_matter_names_the_partner(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana's foreign minister raised the fishing dispute with his Togolese counterpart by telephone."
    assert ("CONSULT", ["GHA"], ["TGO"]) in _events(pipeline, text)


def test_events_call_that_only_reaches_a_speaker_is_no_consultation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Ghanaian army spokesman reached by telephone denied the claim.\n\n"
        "Togo's interior minister told reporters by phone that the border would stay closed."
    )
    assert "CONSULT" not in [e[0] for e in _events(pipeline, text)]


def test_events_call_as_means_is_a_consultation_for_the_learned_coder() -> None:
    from parley import Settings

    learned = Pipeline(Settings(coder="learned"))
    events = _events(learned, "Togo's president thanked Ghana by phone for its help.")
    assert ("CONSULT", ["TGO"], ["GHA"]) in events
