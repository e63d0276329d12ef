"""A text or a way across told as the doer of a reported act is the reporter's (parley.events._document_speaker),
on invented sentences: "The decree frees ..., the presidency said", "The crossing will reopen, the governor
announced"."""

from __future__ import annotations

from _events_setup import coded_events

_STORY = (
    "SANTO DOMINGO, May 3 - The Dominican Republic closed the Dajabon market to Haitian traders on Monday "
    "after Haiti refused to pay new fees.\n\nHaitian officials said the closure hurt thousands of families.\n\n"
)


def test_document_speaker_decree_is_the_presidencys(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The decree also frees ten Peruvian fishermen held since March, Ecuador's presidency said."
    freed = [actors for type_, actors, _ in coded_events(pipeline, text) if type_ == "RETREAT"]
    assert freed == [["ECU"]]


def test_document_speaker_reopened_market_is_the_announcers(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _STORY + "The market will reopen on Friday under police supervision, the Dominican defence minister said."
    promised = [(actors, targets) for type_, actors, targets in coded_events(pipeline, text) if type_ == "CONCEDE"]
    assert promised == [(["DOM"], ["HTI"])]


def test_document_speaker_reopened_crossing_told_by_the_writer_is_unread(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _STORY + "The crossing reopened on Friday morning."
    assert [type_ for type_, _, _ in coded_events(pipeline, text) if type_ in {"RETREAT", "CONCEDE"}] == []
