"""Meetings a third party hosts or brokers between two sides (parley.events._third_party), on invented
sentences: the sides meet (actors), the host or go-between receives them (recipient)."""

from __future__ import annotations

from _events_setup import coded_events as _events


def test_events_third_party_hosted_talks_between_two_sides_are_the_sides_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kuwait on Sunday hosted a meeting between delegations of Bahrain and Qatar."
    assert ("CONSULT", ["BHR", "QAT"], ["KWT"]) in _events(pipeline, text)


def test_events_third_party_counted_rounds_of_talks_name_the_sides(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Switzerland last week hosted two rounds of talks between Armenia and Azerbaijan."
    assert ("CONSULT", ["ARM", "AZE"], ["CHE"]) in _events(pipeline, text)


def test_events_third_party_mediated_talks_are_received_by_the_mediator(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("CONSULT", ["ISR", "PSE"], ["QAT"]) in _events(
        pipeline, "Qatar mediated talks between Israel and Hamas on Monday."
    )
    passive = "Talks between Israel and Hamas were brokered by Egypt on Monday."
    assert ("CONSULT", ["ISR", "PSE"], ["EGY"]) in _events(pipeline, passive)


def test_events_third_party_mediating_with_no_meeting_keeps_the_mediator_acting(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "between" names no meeting the mediator holds: the go-between acts on both sides, who are its
    # recipients, not a pair meeting each other
    found = _events(pipeline, "Ghana's president mediated between Togo and Benin on Friday.")
    assert ("CONSULT", ["GHA"], ["BEN", "TGO"]) in found
    assert not any(kind == "CONSULT" and "GHA" not in actors for kind, actors, _ in found)


def test_events_third_party_promised_hosting_is_the_hosts_promise_to_both_sides(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a hosting still to come is the host's promise (AGREE), made to the two sides
    text = "Kuwait said it would keep hosting the talks between Bahrain and Qatar."
    assert ("AGREE", ["KWT"], ["BHR", "QAT"]) in _events(pipeline, text)
    offer = "Oman has offered to host talks between Iran and Saudi Arabia on maritime security."
    assert ("AGREE", ["OMN"], ["IRN", "SAU"]) in _events(pipeline, offer)


def test_events_third_party_two_delegations_after_a_hosted_meeting_are_the_guests(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kuwait on Sunday hosted a meeting between delegations of Bahrain and Qatar. "
        "The two delegations committed to resuming a weekly ferry service between Manama and Doha by June."
    )
    agreed = [e for e in _events(pipeline, text) if e[0] == "AGREE"]
    assert agreed and agreed[0][1] == ["BHR", "QAT"]
