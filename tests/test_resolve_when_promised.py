"""A promise is never dated by a time phrase of the promised act that reads as a day already gone
(``resolve._when_promised``); the sentences are made up."""

from __future__ import annotations

from datetime import date
from typing import Any

from _resolve_setup import event_day
from parley.clean import normalize_unicode
from parley.resolve._when_promised import future_marked, without_gone_days

PUBLISHED = date(2016, 4, 16)  # a Saturday


def _promise_day(pipeline: Any, text: str, trigger: str) -> str | None:
    return event_day(pipeline, text, trigger, PUBLISHED, future=True)


def test_resolve_when_promised_due_act_weekday_is_no_past_day(pipeline: Any) -> None:
    text = "Fishery inspectors from both states are due to board the trawlers in Tromso on Tuesday."
    assert _promise_day(pipeline, text, "board") is None


def test_resolve_when_promised_reported_meeting_month_is_no_past_month(pipeline: Any) -> None:
    text = "The harbour master welcomed the deal, saying the two navies would hold joint drills near Kiel in February."
    assert _promise_day(pipeline, text, "hold") is None


def test_resolve_when_promised_keeps_the_saying_day(pipeline: Any) -> None:
    """A guard, not a test of the filter: the saying's own phrase dated the promise before it too."""
    text = "The ferry company said on Thursday that it would resume crossings to Gdansk on Monday."
    assert _promise_day(pipeline, text, "resume") == "2016-04-14"


def test_resolve_when_promised_keeps_a_coming_date(pipeline: Any) -> None:
    text = "Road engineers from the two provinces are due to inspect the new bridge tomorrow."
    assert _promise_day(pipeline, text, "inspect") == "2016-04-17"


def test_resolve_when_promised_day_without_year_read_into_last_year_is_passed_over(pipeline: Any) -> None:
    text = "Road engineers from the two provinces are due to inspect the new bridge on 20 April."
    assert _promise_day(pipeline, text, "inspect") is None


def test_resolve_when_promised_keeps_a_phrase_before_the_promised_verb(pipeline: Any) -> None:
    doc = pipeline.nlp("Hungary's grain board said yesterday it would open the silos to buyers.")
    verb = next(t for t in doc if t.text == "open")
    phrase = next(e for e in doc.ents if e.text == "yesterday")
    kept = without_gone_days([phrase], verb, PUBLISHED, lambda _: ("2016-04-15", "day"))
    assert kept == [phrase]


def test_resolve_when_promised_drops_a_gone_day_after_the_promised_verb(pipeline: Any) -> None:
    doc = pipeline.nlp("The grain board will open the silos to buyers on Friday.")
    verb = next(t for t in doc if t.text == "open")
    phrase = next(e for e in doc.ents if e.text == "Friday")
    assert without_gone_days([phrase], verb, PUBLISHED, lambda _: ("2016-04-15", "day")) == []
    assert without_gone_days([phrase], verb, PUBLISHED, lambda _: ("2016-04-16", "day")) == [phrase]


def _day_in_story(pipeline: Any, text: str, trigger: str) -> str | None:
    """The promise's day when a lead sentence names another day of the story."""
    lead = "The talks opened in a border town on Thursday 14 April. "
    return _promise_day(pipeline, lead + text, trigger)


def test_resolve_when_promised_keeps_the_day_of_a_meeting_after_the_act(pipeline: Any) -> None:
    text = "Chile agreed to send rescue divers to Peru, at a meeting with Peruvian ministers in Santiago on Monday."
    assert _day_in_story(pipeline, text, "send") == "2016-04-11"


def test_resolve_when_promised_keeps_the_day_of_a_speech_after_the_act(pipeline: Any) -> None:
    text = "The governor said she would recall the envoy, in a radio speech on Tuesday."
    assert _day_in_story(pipeline, text, "recall") == "2016-04-12"


def test_resolve_when_promised_keeps_the_day_of_talks_after_the_act(pipeline: Any) -> None:
    text = "The rebels promised to release the hostages, during talks with the mediator on Wednesday."
    assert _day_in_story(pipeline, text, "release") == "2016-04-13"


def test_resolve_when_promised_does_not_pass_over_a_written_year(pipeline: Any) -> None:
    """Only a guessed year is dropped: a year the writer set down stays for the caller to weigh, even
    one read as before the filing day, while the same phrase without its year goes."""
    doc = pipeline.nlp("The mill will ship the grain to Porto in May 2015, and to Faro in May.")
    verb = next(t for t in doc if t.text == "ship")
    written = next(e for e in doc.ents if e.text == "May 2015")
    guessed = next(e for e in doc.ents if e.text == "May")
    kept = without_gone_days([written, guessed], verb, PUBLISHED, lambda _: ("2015-05-01", "month"))
    assert kept == [written]


def test_resolve_when_promised_passes_over_a_gone_day_after_starting(pipeline: Any) -> None:
    """The parser tags "starting" a verb; hung as a preposition, it still leads to the act's day."""
    text = "The port authority said it would reopen the docks to shipping starting Tuesday."
    assert _promise_day(pipeline, text, "reopen") is None


def test_resolve_when_promised_passes_over_a_gone_day_after_beginning(pipeline: Any) -> None:
    text = "The coast guard said it would pull its cutters out of the bay beginning Wednesday."
    assert _promise_day(pipeline, text, "pull") is None


def test_resolve_when_promised_passes_over_a_gone_day_hung_on_the_object(pipeline: Any) -> None:
    """The day hangs on "drills", the promised verb's own object, not on a noun met on the way."""
    doc = pipeline.nlp("The fleet said it would begin drills off Sardinia from Tuesday until Friday.")
    verb = next(t for t in doc if t.text == "begin")
    phrase = next(e for e in doc.ents if e.text == "Tuesday")
    assert phrase.root.head.head.dep_ == "dobj"
    assert without_gone_days([phrase], verb, PUBLISHED, lambda _: ("2016-04-12", "day")) == []


def test_resolve_when_promised_passes_over_a_gone_day_after_a_passive_agent_by(pipeline: Any) -> None:
    """The parser hangs a deadline's "by" as a passive's agent, not as "prep": its tag still counts."""
    doc = pipeline.nlp("The board said the loans would be repaid by May 12.")
    verb = next(t for t in doc if t.text == "repaid")
    phrase = next(e for e in doc.ents if e.text == "May 12")
    assert phrase.root.head.dep_ == "agent"
    assert without_gone_days([phrase], verb, PUBLISHED, lambda _: ("2015-05-12", "day")) == []


def test_resolve_when_promised_gone_day_of_a_will_clause_above_an_intent_is_passed_over(pipeline: Any) -> None:
    """ "will convene ... to settle": the convening is promised too, so its Wednesday read backward dates nothing."""
    text = "The fisheries council says its members will convene in Bergen on Wednesday to settle the quota."
    assert _promise_day(pipeline, text, "settle") is None


def test_resolve_when_promised_keeps_a_coming_day_of_a_will_clause(pipeline: Any) -> None:
    text = "The fisheries council says its members will convene in Bergen tomorrow to settle the quota."
    assert _promise_day(pipeline, text, "settle") == "2016-04-17"


def test_resolve_when_promised_gone_month_of_a_described_noun_is_passed_over(pipeline: Any) -> None:
    """A promised noun ("a ceremony expected ... at the end of March") is no act of a gone March."""
    text = "The ministry plans to sign the accord soon, with a ceremony expected in Oslo at the end of March."
    assert _promise_day(pipeline, text, "ceremony") is None


def test_resolve_when_promised_gone_day_of_a_clause_below_the_promised_act_is_passed_over(pipeline: Any) -> None:
    """ "would watch the bay, towing ... on Monday": the towing hangs below the promised watching, so a
    Monday gone by (read backward from a Saturday) dates neither; ``gone_days_passed_over`` drops it
    for every clause the chain passes, not only the one nearest the promise."""
    text = "Ministers said the coast guard would watch the bay, towing stranded ferries on Monday."
    assert _promise_day(pipeline, text, "towing") is None


def test_resolve_when_promised_contracted_will_marks_the_future(pipeline: Any) -> None:
    # "'ll" is a future auxiliary for the events stage too: one list since stop 66
    sdoc = pipeline.nlp("We'll reopen the crossing on Monday, the governor told reporters.")
    reopen = next(t for t in sdoc if t.text == "reopen")
    assert future_marked(reopen)
    assert not future_marked(next(t for t in sdoc if t.text == "told"))


def test_resolve_when_promised_curly_contracted_will_is_cleaned_to_the_listed_form(pipeline: Any) -> None:
    # no "\u2019ll" row is needed: cleaning makes an apostrophe inside a word straight before parsing
    text = normalize_unicode("They\u2019ll lift the fishing ban next week, the ministry said.")
    assert "They'll" in text
    lift = next(t for t in pipeline.nlp(text) if t.text == "lift")
    assert future_marked(lift)
