"""Acts named by a noun: an order whose object is a sanction or a coercion ("ordered the expulsion of")
is that act, done by whoever ordered it; a message sent or handed is read by what it carries ("a message
of solidarity", "a letter of protest"); and near sentences each reading must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.events._noun_roles import displaced_by_phrases
from parley.parse import load_model
from parley.pipeline import Pipeline
from parley.settings import Settings


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_ordered_expulsion_is_a_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Hours later, Juba ordered the expulsion of a Sudanese military attache, its information minister said."
    assert ("SANCTION", ["SSD"], ["SDN"]) in _events(pipeline, text)


def test_events_ordered_confiscation_is_coercion(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "A Bulgarian court on Monday ordered the confiscation of trucks owned by Turkish smugglers."
    found = _events(pipeline, text)
    assert any(e[0] == "COERCE" and e[1] == ["BGR"] for e in found)


def test_events_ordered_troops_stay_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Chad's president ordered troops to the border with Sudan on Sunday."
    found = _events(pipeline, text)
    assert not any(e[0] in {"SANCTION", "COERCE"} for e in found)


def test_events_message_of_solidarity_sent_is_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Argentina's president sent a message of solidarity to the Bolivian people."
    assert ("SUPPORT", ["ARG"], ["BOL"]) in _events(pipeline, text)


def test_events_letter_of_protest_handed_is_an_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Japan's foreign ministry handed a letter of protest to the United States ambassador on Monday."
    assert any(e[0] == "ACCUSE" and e[1] == ["JPN"] and e[2] == ["USA"] for e in _events(pipeline, text))


def test_events_message_without_content_is_no_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Argentina's president sent a message to the Bolivian people."
    assert not any(e[0] == "SUPPORT" for e in _events(pipeline, text))


def test_events_diplomatic_note_sent_is_an_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Mexico's foreign ministry sent a diplomatic note to Washington on Sunday."
    assert ("ACCUSE", ["MEX"], ["USA"]) in _events(pipeline, text)


def test_events_diplomatic_delegation_sent_is_no_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Mexico sent a diplomatic delegation to Washington on Sunday."
    assert not any(e[0] == "ACCUSE" for e in _events(pipeline, text))


def test_events_noun_acts_by_phrase_after_a_time_phrase_names_the_doer(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "by ..." on the active verb "follows": it is the visit's doer
    text = (
        "Sudan freed the men on Monday.\n\n"
        "The release follows a visit to Khartoum last month by an Egyptian delegation."
    )
    assert ("CONSULT", ["EGY"], ["SDN"]) in _events(pipeline, text)


def test_events_noun_acts_by_phrase_before_the_object_is_not_its_doer() -> None:
    doc = load_model(Settings().model)("By Friday, Togo had cancelled a visit to Accra.")
    visit = next(t for t in doc if t.text == "visit")
    assert displaced_by_phrases(visit) == []
