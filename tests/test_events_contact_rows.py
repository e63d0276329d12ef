"""Trigger rows of data/triggers.tsv for meetings, calls and requests the lexicon once missed: each row
read in an invented sentence, and a near sentence the row must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_speaking_by_telephone_is_a_consultation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The presidents of Honduras and El Salvador spoke by telephone on Monday.")
    assert [e[0] for e in found] == ["CONSULT"]
    assert set(found[0][1]) == {"HND", "SLV"}


def test_events_speaking_by_phone_parsed_as_an_agent_is_a_consultation(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser reads this "by" as a passive agent; on an active verb it is a plain preposition
    text = (
        "Kazakhstan and Kyrgyzstan traded charges over the shooting.\n\n"
        "The interior ministers of the two countries spoke by phone on Tuesday and pledged a joint investigation."
    )
    found = _events(pipeline, text)
    assert any(e[0] == "CONSULT" and set(e[1]) == {"KAZ", "KGZ"} for e in found)


def test_events_talking_on_the_hotline_is_a_consultation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Indian and Pakistani commanders talked on the hotline on Tuesday.")
    assert [e[0] for e in found] == ["CONSULT"]


def test_events_speaking_on_a_topic_is_no_consultation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The Kenyan minister spoke on the economy at a conference in Nairobi.")
    assert not any(e[0] == "CONSULT" for e in found)


def test_events_courtesy_call_paid_is_a_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Vietnamese delegation paid a courtesy call on Lao Prime Minister Sonexay Siphandone."
    assert ("CONSULT", ["VNM"], ["LAO"]) in _events(pipeline, text)


def test_events_visit_paid_to_a_country_is_a_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("CONSULT", ["KEN"], ["UGA"]) in _events(pipeline, "Kenya's president paid a state visit to Uganda.")


def test_events_pressing_a_state_to_act_is_a_request(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Pakistan pressed India to release the fishermen.")
    assert ("REQUEST", ["PAK"], ["IND"]) in found


def test_events_call_for_people_to_be_tried_is_a_request(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Somalia's prime minister called for the soldiers to be tried in Somali courts.")
    assert [e[:2] for e in found] == [("REQUEST", ["SOM"])]


def test_events_release_called_for_is_not_done(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kuwait called for the fishermen to be freed on humanitarian grounds.")
    assert [e[0] for e in found] == ["REQUEST"]


def test_events_visit_ended_was_held(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana's head of state ended a two-day visit to Burkina Faso on Tuesday."
    assert ("CONSULT", ["GHA"], ["BFA"]) in _events(pipeline, text)


def test_events_fighting_ended_is_still_no_fighting(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Ethiopia and Eritrea agreed to end the fighting along the border.")
    assert not any(e[0] == "ASSAULT" for e in found)


def test_events_talks_suspended_were_not_held(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Yemen also suspended talks with Eritrea on a joint fisheries commission.")
    assert not any(e[0] == "CONSULT" for e in found)


def test_events_officer_paying_a_courtesy_call_consults(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a visit by officers is help sent only when it is not paid for its own sake
    text = "Tanzania's Chief of Defence Forces paid a courtesy call on Kenya's defence minister in Nairobi."
    found = _events(pipeline, text)
    assert [e[0] for e in found] == ["CONSULT"]


def test_events_troops_flown_in_are_still_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert [e[0] for e in _events(pipeline, "French troops flew to Bamako on Monday.")] == ["AID"]


def test_events_sides_settling_on_a_plan_agree(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Mexico and Guatemala settled on a quota system for the tariffs on Friday.")
    assert [e[0] for e in found] == ["AGREE"]


def test_events_offer_accepted_without_object_agrees(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Russia offered to host talks in Astrakhan, and Azerbaijan accepted at once.")
    assert ("AGREE", ["AZE"]) in [e[:2] for e in found]


def test_events_hosting_refugees_is_no_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a standing state, not a guest received
    found = _events(pipeline, "Jordan hosts about 600,000 Syrian refugees.")
    assert not any(e[0] == "CONSULT" for e in found)
    found = _events(pipeline, "Egypt hosted the Sudanese foreign minister in Cairo on Monday.")
    assert [e[0] for e in found] == ["CONSULT"]


def test_events_hosting_in_the_simple_present_is_no_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a standing role told in the bare present; the same verb with an auxiliary is the visit told
    found = _events(pipeline, "Mali hosts a large trade fair near its border with Niger.")
    assert not any(e[0] == "CONSULT" for e in found)
    found = _events(pipeline, "Ghana hosted the Togolese foreign minister in Accra on Monday.")
    assert ("CONSULT", ["TGO"], ["GHA"]) in found


def test_events_calling_on_an_office_holder_is_a_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya's high commissioner called on Uganda's foreign minister in Kampala on Monday."
    found = _events(pipeline, text)
    assert ("CONSULT", ["KEN"], ["UGA"]) in found
    assert not any(e[0] == "REQUEST" for e in found)


def test_events_calling_on_an_office_holder_to_act_stays_a_request(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kenya's president called on Uganda's president to release the fishermen.")
    assert [e[0] for e in found] == ["REQUEST"]


def test_events_briefing_an_official_is_a_consultation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kenya's foreign minister briefed Ugandan officials on the border agreement.")
    assert ("CONSULT", ["KEN"], ["UGA"]) in found


def test_events_briefing_on_intelligence_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kenya's police chief briefed Ugandan officers on intelligence about the smugglers.")
    assert [e[0] for e in found] == ["COOPERATE"]


def test_events_receiving_a_guest_is_a_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Tanzania's president received his Kenyan guest at the State House.")
    assert ("CONSULT", ["KEN"], ["TZA"]) in found


def test_events_being_in_contact_with_a_party_is_a_consultation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Accra says it is in contact with the Togolese authorities about the missing fishermen.")
    assert ("CONSULT", ["GHA"], ["TGO"]) in found


def test_events_being_in_touch_with_a_party_is_a_consultation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Ghana's foreign minister said he was in touch with Lomé.")
    assert ("CONSULT", ["GHA"], ["TGO"]) in found


def test_events_losing_touch_with_reality_is_no_consultation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Critics said the Kenyan minister was out of touch with voters.")
    assert not any(e[0] == "CONSULT" for e in found)


def test_events_contact_that_evidence_shows_is_no_consultation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Accra said that seized phones showed that Togo's ministers had kept in contact with smugglers."
    assert not any(e[0] == "CONSULT" for e in _events(pipeline, text))


def test_events_session_of_a_joint_commission_is_a_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(
        pipeline, "The decision was made at a session of the Ghana-Togo Joint Commission in Lomé on Monday."
    )
    assert [(e[0], sorted(e[1] + e[2])) for e in found] == [("CONSULT", ["GHA", "TGO"])]


def test_events_session_of_a_parliament_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _events(pipeline, "Ghana's speaker opened the winter session of parliament on Monday.") == []
