"""A meeting of two states told in the dateline's own sentence is hosted by the dateline's state."""

from __future__ import annotations

from _events_setup import roles_of_type
from parley.pipeline import Pipeline


def test_events_dateline_host_receives_the_lead_meeting(pipeline: Pipeline) -> None:
    text = (
        "DAMASCUS, May 7 - Turkish and Syrian officials ended two days of talks on sharing the waters of the "
        "Euphrates on Tuesday without reaching agreement, a Syrian official said."
    )
    assert roles_of_type(pipeline, text, "CONSULT") == [(["TUR"], ["SYR"])]


def test_events_dateline_host_with_an_unknown_venue(pipeline: Pipeline) -> None:
    text = (
        "DHAKA - Bangladesh and the Maldives on Tuesday inked three memoranda of understanding on fisheries, "
        "following talks between the two foreign ministers at the state guest house Padma."
    )
    assert roles_of_type(pipeline, text, "CONSULT") == [(["MDV"], ["BGD"])]


def test_events_dateline_host_not_for_later_sentences(pipeline: Pipeline) -> None:
    text = (
        "CAIRO, May 7 - Egypt and Sudan reopened the Qustul crossing on Tuesday.\n\n"
        "Egyptian and Sudanese officials held talks on the transfer of prisoners, a diplomat said."
    )
    assert roles_of_type(pipeline, text, "CONSULT") == [(["EGY", "SDN"], [])]
