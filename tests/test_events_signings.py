"""A signing has parties, not a target: recipients of a signed document are its signers, but for a
partner named by "with"; a place named inside the document is no party (parley.events._signings)."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_events_signings_city_naming_the_accord_is_no_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Peru and Ecuador fought a brief war in 1995 before the two countries signed the Brasilia peace accord."
    assert roles_of_type(pipeline, text, "SUPPORT") == [(["ECU", "PER"], [])]


def test_events_signings_place_in_the_documents_clause_is_no_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Spain and Morocco signed an agreement in Tangier on Wednesday under which Spanish boats and Moroccan "
        "cutters will patrol the Strait of Gibraltar together."
    )
    assert roles_of_type(pipeline, text, "SUPPORT") == [(["ESP", "MAR"], [])]


def test_events_signings_partner_named_by_with_stays_recipient(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Sudan's defence minister signed a border-security protocol with Egypt in February."
    assert roles_of_type(pipeline, text, "SUPPORT") == [(["SDN"], ["EGY"])]


def test_events_signings_story_counterpart_signs_with_the_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "China agreed on Monday to cancel part of Togo's debt.\n\n"
        "The debt relief agreement was signed today at the Ministry of Economy and Finance by the Chinese "
        "Ambassador and the Minister of Economy and Finance."
    )
    assert roles_of_type(pipeline, text, "SUPPORT") == [(["CHN", "TGO"], [])]


def test_events_signings_decree_is_no_signing_of_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a decree is a state's own act, coded as what it does (the pardon), not as a signed accord
    text = "Gabon's president signed a decree on Monday pardoning 14 Cameroonian fishermen held in Libreville."
    assert roles_of_type(pipeline, text, "SUPPORT") == []
