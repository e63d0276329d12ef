"""A body outside politics (a sports club, an orchestra, a forecaster) is no actor: what it does is no event;
what a state does to it stays one."""

from __future__ import annotations

from _events_setup import coded_events, coded_types


def test_unpolitical_club_as_doer_makes_no_event(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "France condemned the missile test by North Korea. "
        "A Libyan football club cancelled its season because of the fuel shortage."
    )
    assert coded_types(rules_pipeline, text) == ["ACCUSE"]
    assert coded_events(rules_pipeline, "The Polish orchestra visited Minsk last week.") == []


def test_unpolitical_field_before_head_makes_no_event(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    assert coded_events(rules_pipeline, "The Indian cricket board rejected the proposal to play in Lahore.") == []
    assert coded_events(rules_pipeline, "The Kyiv opera house cancelled all performances this week.") == []


def test_unpolitical_forecaster_warning_makes_no_event(learned_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Japan's meteorologists warned of heavy rain in the south over the weekend."
    assert coded_events(learned_pipeline, text) == []


def test_unpolitical_body_acted_on_stays_event(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Greek police arrested 20 Croatian club supporters in Athens on Sunday."
    assert coded_events(rules_pipeline, text) == [("COERCE", ["GRC"], ["HRV"])]
    assert coded_types(rules_pipeline, "Turkey's central bank signed a currency swap agreement with Qatar.") == [
        "SUPPORT"
    ]


def test_unpolitical_known_body_named_club_stays_actor(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # the Paris Club (igos.tsv) is a body of creditor states: its head noun "Club" names it, no sports club
    text = "The Paris Club agreed to restructure Zambia's debt on Tuesday."
    assert coded_events(rules_pipeline, text) == [("AGREE", ["IGO"], ["ZMB"])]
