"""A deed one side's speaker says another must or should do is that speaker's demand of the other
(parley.events._advised_demand), not the deed: both coders read the same chain."""

from __future__ import annotations

import pytest

from _events_setup import coded_types, roles_of_type

_OPENING = "VILNIUS, June 4 - Polish and Lithuanian officials met on the border bridge on Monday.\n\n"


@pytest.fixture(scope="module")
def pipeline(rules_pipeline):  # type: ignore[no-untyped-def]
    return rules_pipeline


def test_advised_demand_said_after_the_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Lithuania must withdraw its border guards from the bridge, the Polish interior minister said."
    assert roles_of_type(pipeline, text, "REQUEST") == [(["POL"], ["LTU"])]
    assert "RETREAT" not in coded_types(pipeline, text)


def test_advised_demand_reported_by_a_participle(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the participle has no subject: the speaker is who does the verb it hangs from
    text = _OPENING + "The Polish ministry replied, insisting that Lithuania should hand back the two trucks."
    assert roles_of_type(pipeline, text, "REQUEST") == [(["POL"], ["LTU"])]


def test_advised_demand_own_side_is_an_opinion(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Opposition deputies in Warsaw said Poland should close the bridge to lorries."
    assert roles_of_type(pipeline, text, "REQUEST") == []


def test_advised_demand_commentator_is_no_demand(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Analysts said Lithuania should withdraw its border guards from the bridge."
    assert roles_of_type(pipeline, text, "REQUEST") == []


def test_advised_demand_regret_is_no_demand(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "should have" judges what was not done: nothing is asked now
    text = _OPENING + "The Polish minister said Lithuania should have withdrawn its border guards weeks ago."
    assert roles_of_type(pipeline, text, "REQUEST") == []


def test_advised_demand_unreported_advice_is_no_demand(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _OPENING + "Lithuania should withdraw its border guards from the bridge."
    assert roles_of_type(pipeline, text, "REQUEST") == []
