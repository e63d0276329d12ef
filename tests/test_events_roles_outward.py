"""Threats and deployments are aimed outward: the actor's own forces named in them are its means."""

from __future__ import annotations

from _events_setup import roles_of_type

_STORY = (
    "Venezuela accused Guyana on Monday of building a camp in its waters.\n\n"
    "Guyana rejected the charge, and Caracas summoned its envoy.\n\n"
)


def test_events_roles_outward_threat_through_own_navy_is_aimed_at_the_other_side(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _STORY + "Caracas warned that the navy would destroy any other camp."
    assert roles_of_type(pipeline, text, "THREATEN") == [(["VEN"], ["GUY"])]


def test_events_roles_outward_deployment_of_own_troops_is_aimed_at_the_other_side(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Uganda accused South Sudan on Monday of failing to stop raids.\n\n"
        "South Sudan rejected the charge, and Kampala summoned its envoy.\n\n"
        "Kampala sent a company of the Uganda People's Defence Force to Elegu."
    )
    assert roles_of_type(pipeline, text, "MOBILIZE") == [(["UGA"], ["SSD"])]


def test_events_roles_outward_threat_to_own_teachers_stays_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    # people of the actor's own state who are no authority remain the target of a threat
    text = "The Ivorian education minister said teachers who failed to return to work would be struck off the payroll."
    assert roles_of_type(pipeline, text, "THREATEN", outlet="CIV") == [(["CIV"], ["CIV"])]


def test_events_roles_outward_threat_route_is_no_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "through Brazil" names the way the goods would go, not the party the threat presses
    text = "Guyana has threatened to send its rice exports through Brazil instead."
    assert roles_of_type(pipeline, text, "THREATEN") == [(["GUY"], [])]


def test_events_roles_outward_threat_names_its_target_beside_a_route(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Guyana has threatened to stop selling rice to Venezuela and to ship it through Brazil instead."
    assert roles_of_type(pipeline, text, "THREATEN") == [(["GUY"], ["VEN"])]
