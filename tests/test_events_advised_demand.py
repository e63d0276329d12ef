"""A deed one side's speaker says another must or should do is that speaker's demand of the other
(parley.events._advised_demand), not the deed: both coders read the same chain."""

from __future__ import annotations

import pytest

from _events_setup import coded_types, roles_of_type

_OPENING = "VILNIUS, June 4 - Polish and Lithuanian officials met on the border bridge on Monday.\n\n"


@pytest.fixture(scope="module")
def pipeline(rules_pipeline):  # type: ignore[no-untyped-def]
    return rules_pipeline


def test_events_advised_demand_said_after_the_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Lithuania must withdraw its border guards from the bridge, the Polish interior minister said."
    assert roles_of_type(pipeline, text, "REQUEST") == [(["POL"], ["LTU"])]
    assert "RETREAT" not in coded_types(pipeline, text)


def test_events_advised_demand_reported_by_a_participle(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the participle has no subject: the speaker is who does the verb it hangs from
    text = _OPENING + "The Polish ministry replied, insisting that Lithuania should hand back the two trucks."
    assert roles_of_type(pipeline, text, "REQUEST") == [(["POL"], ["LTU"])]


def test_events_advised_demand_own_side_is_an_opinion(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Opposition deputies in Warsaw said Poland should close the bridge to lorries."
    assert roles_of_type(pipeline, text, "REQUEST") == []
    assert "COERCE" not in coded_types(pipeline, text)


def test_events_advised_demand_commentator_is_no_demand(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Analysts said Lithuania should withdraw its border guards from the bridge."
    assert roles_of_type(pipeline, text, "REQUEST") == []
    assert "RETREAT" not in coded_types(pipeline, text)


def test_events_advised_demand_regret_is_no_demand(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "should have" judges what was not done: nothing is asked now
    text = _OPENING + "The Polish minister said Lithuania should have withdrawn its border guards weeks ago."
    assert roles_of_type(pipeline, text, "REQUEST") == []
    assert "RETREAT" not in coded_types(pipeline, text)


def test_events_advised_demand_unreported_advice_is_no_demand(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Lithuania should withdraw its border guards from the bridge."
    assert roles_of_type(pipeline, text, "REQUEST") == []
    assert "RETREAT" not in coded_types(pipeline, text)


def test_events_advised_demand_denied_speech_is_no_demand(pipeline) -> None:  # type: ignore[no-untyped-def]
    # what the speaker did not say, or denies saying, is asked of nobody
    for said in ("did not say", "denied saying"):
        text = _OPENING + f"The Polish interior minister {said} that Lithuania must hand back the two trucks."
        assert roles_of_type(pipeline, text, "REQUEST") == [], said
        assert "RETREAT" not in coded_types(pipeline, text), said  # nor the advised deed as done


def test_events_advised_demand_speech_to_come_is_no_demand(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a demand still to be voiced (or only maybe voiced) is not made yet
    for said in ("will tell parliament", "is expected to tell parliament", "could tell parliament"):
        text = _OPENING + f"The Polish interior minister {said} that Lithuania must hand back the two trucks."
        assert roles_of_type(pipeline, text, "REQUEST") == [], said
        assert "RETREAT" not in coded_types(pipeline, text), said


def test_events_advised_demand_speech_after_a_verb_of_going_on_is_said(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a "to" before the verb of saying marks no plan unless the verb above is one ("went on to say")
    for said in ("went on to say", "hastened to add"):
        text = _OPENING + f"The Polish interior minister {said} that Lithuania must hand back the two trucks."
        assert roles_of_type(pipeline, text, "REQUEST") == [(["POL"], ["LTU"])], said


def test_events_advised_demand_inverted_condition_is_no_demand(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "should" before its subject opens a condition, not advice
    text = _OPENING + "The Polish interior minister said that should Lithuania seize another truck, Warsaw would act."
    assert roles_of_type(pipeline, text, "REQUEST") == []
    assert "COERCE" not in coded_types(pipeline, text)


def test_events_advised_demand_guess_in_progress_is_no_demand(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "must be moving": the speaker guesses what goes on
    text = _OPENING + "The Polish defence minister said Lithuania must be moving tanks to the river."
    assert roles_of_type(pipeline, text, "REQUEST") == []
    assert "MOBILIZE" not in coded_types(pipeline, text)


def test_events_advised_demand_passive_without_doer_is_no_demand(pipeline) -> None:  # type: ignore[no-untyped-def]
    # no "by" phrase: nobody is named to do it, whatever side the clause mentions
    text = _OPENING + "The Polish premier said more guards must be deployed to the crossing with Lithuania."
    assert roles_of_type(pipeline, text, "REQUEST") == []
    assert "MOBILIZE" not in coded_types(pipeline, text)
    named = _OPENING + "The Polish premier said the two trucks must be handed back by Lithuania."
    assert roles_of_type(pipeline, named, "REQUEST") == [(["POL"], ["LTU"])]


def test_events_advised_demand_passed_on_report_is_no_demand(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a report or a confirmation tells what others said or a text binds a side to, not a demand
    for said in ("Polish public radio reported", "The Polish interior minister confirmed"):
        text = _OPENING + f"{said} that under the 2010 accord Lithuania must hand back the two trucks."
        assert roles_of_type(pipeline, text, "REQUEST") == [], said
        assert "RETREAT" not in coded_types(pipeline, text), said
