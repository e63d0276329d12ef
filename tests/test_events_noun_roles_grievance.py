"""Whom a protest that states its demand or grievance is aimed at (parley.events._noun_roles), on invented
articles."""

from __future__ import annotations

from _events_setup import roles_of_type as _events

_DETAINED = "Eritrean troops detained 30 Yemeni fishermen near the Hanish islands on Monday. "
_SIT_IN = "Hundreds of Yemeni fishermen staged a sit-in in Hodeidah on Wednesday"


def test_events_noun_roles_demand_for_release_aims_at_the_holder(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _DETAINED + _SIT_IN + ", demanding the release of the crews."
    assert _events(pipeline, text, "PROTEST") == [(["YEM"], ["ERI"])]


def test_events_noun_roles_demand_on_own_government_stays_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the demand is put to the protesters' own authorities, named by no state's name
    text = _DETAINED + _SIT_IN + " to press the government to act."
    assert _events(pipeline, text, "PROTEST") == [(["YEM"], ["YEM"])]


def test_events_noun_roles_protest_without_demand_keeps_default(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _DETAINED + _SIT_IN + "."
    assert _events(pipeline, text, "PROTEST") == [(["YEM"], ["YEM"])]


def test_events_noun_roles_traders_against_a_told_act_aim_at_its_doer(pipeline) -> None:  # type: ignore[no-untyped-def]
    # traders otherwise act at home; "the closure" points back to the act the story told
    text = (
        "Iranian authorities closed the Taftan border crossing to Pakistani traffic on Friday. "
        "Pakistani traders protested against the closure on Saturday."
    )
    assert _events(pipeline, text, "PROTEST") == [(["PAK"], ["IRN"])]


def test_events_noun_roles_protest_at_an_act_aims_at_its_named_doer(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the grievance names the doer itself (read before this change too: kept as a guard)
    text = _SIT_IN + " in protest at the seizure of their boats by Eritrea."
    assert _events(pipeline, text, "PROTEST") == [(["YEM"], ["ERI"])]
