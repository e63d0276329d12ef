"""A spoken act joined to a reported clause is the speaker's (parley.events._urged_speaker), on invented
sentences: "X said <clause> and accused/urged/promised ...", where the parser hangs the second verb from
the reported clause's verb."""

from __future__ import annotations

from _events_setup import coded_events


def test_events_urged_speaker_accusation_after_reported_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Moldova said on Wednesday Russian troops stationed in the breakaway region of Transnistria had "
        'been placed on heightened readiness and accused Moscow of "raising tension without reason".'
    )
    accused = [actors for type_, actors, _ in coded_events(pipeline, text) if type_ == "ACCUSE"]
    assert accused == [["MDA"]]


def test_events_urged_speaker_request_after_reported_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Baku said Armenian soldiers had crossed the line overnight and urged Yerevan to withdraw them."
    requested = [
        (actors, recipients) for type_, actors, recipients in coded_events(pipeline, text) if type_ == "REQUEST"
    ]
    assert requested == [(["AZE"], ["ARM"])]
