"""The numbered paragraphs of a communiqué are acts of the body its opening line names
(parley.events._operative_body), on an invented communiqué; and "remains seized of the matter" seizes nothing."""

from __future__ import annotations

from _events_setup import coded_events

_OPENING = (
    "Communiqué of the 512th meeting of the Peace and Security Council on the situation in the Great Lakes\n\n"
    "The Peace and Security Council of the African Union, at its 512th meeting held on 3 March 2024, "
    "on the situation along the border between Rwanda and Burundi:\n\n"
)


def test_operative_body_paragraph_verbs_are_the_bodys(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + (
        "1. Strongly condemns the shelling of villages near Bugarama by armed elements on 1 March;\n\n"
        "2. Welcomes the decision of the Government of Burundi to reopen its border posts, and urges Rwanda "
        "to do the same;\n\n"
    )
    acts = {(type_, tuple(actors)) for type_, actors, _ in coded_events(pipeline, text)}
    assert ("ACCUSE", ("IGO",)) in acts
    assert ("SUPPORT", ("IGO",)) in acts
    assert ("REQUEST", ("IGO",)) in acts


def test_operative_body_needs_the_opening_line(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "1. Strongly condemns the shelling of villages near Bugarama by armed elements on 1 March;\n\n"
    assert [type_ for type_, _, _ in coded_events(pipeline, text) if type_ == "ACCUSE"] == []


def test_operative_body_subject_of_its_own_is_kept(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "1. Rwanda welcomed the decision of Burundi to reopen its border posts.\n\n"
    welcomed = [actors for type_, actors, _ in coded_events(pipeline, text) if type_ == "SUPPORT"]
    assert welcomed == [["RWA"]]


def test_operative_body_seized_of_the_matter_is_no_seizure(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "1. Condemns the shelling of villages.\n\n2. Decides to remain seized of the matter.\n\n"
    assert [type_ for type_, _, _ in coded_events(pipeline, text) if type_ == "COERCE"] == []
