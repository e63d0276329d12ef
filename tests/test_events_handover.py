"""Handovers told in the passive with no giver named (parley.events._handover)."""

from __future__ import annotations

from _events_setup import roles_of_type as _events


def test_events_handover_passive_suspects_come_from_the_other_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # handed over at the receiving side's post: the giver is the story's other state, not the place
    text = (
        "Niger police arrested two Malian smugglers near the border with Mali on Monday, a Nigerien official said.\n\n"
        "The suspects were handed to Malian gendarmes in Ansongo."
    )
    assert _events(pipeline, text, "COOPERATE") == [(["NER"], ["MLI"])]


def test_events_handover_passive_without_receiver_is_no_handover(pipeline) -> None:  # type: ignore[no-untyped-def]
    # nobody named as receiving them: no giver can be told either
    text = "Niger police arrested two Malian smugglers on Monday.\n\nThe suspects were handed over."
    assert _events(pipeline, text, "COOPERATE") == []


def test_events_handover_back_read_as_adverb_is_given_back_by_the_detainer(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "back" as an adverb with "to Armenia" under it: still the row's particle, and
    # the giver is the story's latest detainer
    text = (
        "Azerbaijani border guards detained two elderly Armenian villagers who crossed the line last month, "
        "Yerevan said.\n\nThe villagers were handed back to Armenia on Monday through the Red Cross."
    )
    assert _events(pipeline, text, "RETREAT") == [(["AZE"], ["ARM"])]


def test_events_handover_passive_after_release_restates_the_release(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the story told the release first: the passive handover says where the freed men went, no new act
    text = (
        "Chad freed 12 Cameroonian herders on Tuesday, the foreign ministry in Yaounde said.\n\n"
        "The herders were handed over to Cameroonian officials at the Kousseri bridge."
    )
    assert _events(pipeline, text, "COOPERATE") == []
    assert _events(pipeline, text, "RETREAT") == [(["TCD"], ["CMR"])]


def test_events_handover_passive_with_giver_after_release_is_kept(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the giver named by "by": a handover told as its own act, kept beside the release
    text = (
        "Chad freed 12 Cameroonian herders on Tuesday, the foreign ministry in Yaounde said.\n\n"
        "Two smuggling suspects were handed over to Cameroonian police by Chadian gendarmes at the bridge."
    )
    assert [a for a, _ in _events(pipeline, text, "COOPERATE")] == [["TCD"]]


def test_events_handover_passive_to_a_town_is_received_by_its_state(pipeline, rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # a town or province names no party: the state it lies in receives the people, and the story's
    # home (the dateline's) sent them
    text = "APIA, May 3 - A Samoan man was extradited to Brisbane last week to stand trial there."
    for coder in (pipeline, rules_pipeline):
        assert _events(coder, text, "COOPERATE") == [(["WSM"], ["AUS"])]


def test_events_handover_passive_to_a_place_prefers_the_best_known_namesake(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # the people's own state has a small town of the name too: the well-known place counts
    text = "KINGSTON, May 3 - Two Colombian nationals were extradited to Florida on Friday, officials said."
    assert _events(rules_pipeline, text, "COOPERATE") == [(["JAM"], ["USA"])]


def test_events_passive_sending_to_a_place_is_not_done_there(pipeline, rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # "deported to Mombasa": the destination is not where the deportation took place, so the
    # dateline's state deported them
    text = "DOHA, May 3 - The Kenyan workers were deported to Mombasa on Monday."
    for coder in (pipeline, rules_pipeline):
        assert _events(coder, text, "COERCE") == [(["QAT"], ["KEN"])]
