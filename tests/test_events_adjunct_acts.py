"""Acts told in an adjunct of another party's clause: a meeting or visit naming its other party that
another act was done in was held ("in a meeting with X, Y paid tribute"), and a said act naming its own
sayer under another party's verb was made ("rejected an ultimatum from the OAU")."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_adjunct_acts_meeting_with_party_is_a_consultation(pipeline: Pipeline) -> None:
    text = (
        "In a meeting with the Mongolian Minister of Justice on Monday, the Korean Ambassador paid tribute "
        "to the Mongolian authorities for their cooperation."
    )
    assert (["KOR"], ["MNG"]) in roles_of_type(pipeline, text, "CONSULT")


def test_events_adjunct_acts_visit_to_place_is_a_consultation(pipeline: Pipeline) -> None:
    text = "Samoa's Prime Minister, on a visit to Auckland last week, thanked New Zealanders for their generosity."
    assert (["WSM"], ["NZL"]) in roles_of_type(pipeline, text, "CONSULT")


def test_events_adjunct_acts_visit_naming_no_party_is_no_consultation(pipeline: Pipeline) -> None:
    text = "Malawi's president, on a two-day state visit, thanked the Zambian government for its help."
    assert roles_of_type(pipeline, text, "CONSULT") == []


def test_events_adjunct_acts_rejected_ultimatum_from_body_is_its_threat(pipeline: Pipeline) -> None:
    text = "The Iraqi president rejected an ultimatum from the OAU."
    assert (["IGO"], ["IRQ"]) in roles_of_type(pipeline, text, "THREATEN")


def test_events_adjunct_acts_state_allegations_brushed_aside_are_its_accusation(pipeline: Pipeline) -> None:
    text = "The Serbian government brushed aside Croatian allegations that its troops had shelled Vukovar."
    assert (["HRV"], ["SRB"]) in roles_of_type(pipeline, text, "ACCUSE")


def test_events_adjunct_acts_call_set_off_after_subject_is_its_consultation(pipeline: Pipeline) -> None:
    text = (
        "The Albanian president, in a telephone call with Romano Tessari, the Italian prime minister, said "
        'Albanians "will remember who stood with them".'
    )
    assert (["ALB"], ["ITA"]) in roles_of_type(pipeline, text, "CONSULT")


def test_events_adjunct_acts_visit_during_set_off_after_subject_is_its_consultation(pipeline: Pipeline) -> None:
    text = "The Kenyan president, during a visit to Uganda, said the two states would build a railway."
    assert (["KEN"], ["UGA"]) in roles_of_type(pipeline, text, "CONSULT")
