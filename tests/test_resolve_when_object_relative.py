"""An act told in an object relative clause ("a measure which X denounced") with no time of its own
takes the month or year of the clause that holds the noun it describes (``resolve._when_anchor``); the
sentences are made up."""

from __future__ import annotations

from datetime import date
from typing import Any

from _resolve_setup import event_day
from parley.resolve._when import time_phrases
from parley.resolve._when_anchor import relative_clause_phrase

PUBLISHED = date(2024, 5, 8)  # a Wednesday


def test_resolve_when_object_relative_takes_the_upper_month(pipeline: Any) -> None:
    text = "Ghana closed its eastern border posts in March, a measure which Togo denounced as unfriendly."
    assert event_day(pipeline, text, "denounced", PUBLISHED) == "2024-03-01"


def test_resolve_when_object_relative_leaves_an_upper_day_alone(pipeline: Any) -> None:
    text = "Ghana closed its eastern border posts on Monday, a measure which Togo denounced as unfriendly."
    assert event_day(pipeline, text, "denounced", PUBLISHED) is None


def test_resolve_when_object_relative_keeps_its_own_day(pipeline: Any) -> None:
    text = "Ghana closed its eastern border posts in March, a measure which Togo denounced on Tuesday."
    assert event_day(pipeline, text, "denounced", PUBLISHED) == "2024-05-07"


def test_resolve_when_object_relative_undated_upper_gives_nothing(pipeline: Any) -> None:
    text = "Ghana closed its eastern border posts, a measure which Togo denounced as unfriendly."
    assert event_day(pipeline, text, "denounced", PUBLISHED) is None


def test_resolve_when_object_relative_on_a_date_takes_that_date(pipeline: Any) -> None:
    text = "Talks between the two capitals collapsed on 2 April, which both governments regretted."
    assert event_day(pipeline, text, "regretted", PUBLISHED) == "2024-04-02"


def test_resolve_when_object_relative_on_a_length_of_time_gives_nothing(pipeline: Any) -> None:
    text = "The crossing reopened after three weeks in which traders from both sides had waited at the gate."
    assert event_day(pipeline, text, "waited", PUBLISHED) is None


def test_resolve_when_object_relative_passive_pronoun_is_a_later_turn(pipeline: Any) -> None:
    text = "Ghana imposed a ban on Togolese poultry in March, a ban which was lifted after long talks."
    assert event_day(pipeline, text, "lifted", PUBLISHED) is None


def test_resolve_when_object_relative_present_tense_keeps_no_upper_month(pipeline: Any) -> None:
    text = "Ghana closed its eastern border posts in March, a measure which Lome condemns as unfriendly."
    assert event_day(pipeline, text, "condemns", PUBLISHED) is None


def test_resolve_when_object_relative_perfect_keeps_no_upper_month(pipeline: Any) -> None:
    text = "Ghana closed its eastern border posts in March, a measure which Togo has denounced as unfriendly."
    assert event_day(pipeline, text, "denounced", PUBLISHED) is None


def test_resolve_when_object_relative_time_adverb_keeps_no_upper_month(pipeline: Any) -> None:
    text = "Ghana closed its eastern border posts in March, a measure which Togo recently denounced as unfriendly."
    assert event_day(pipeline, text, "denounced", PUBLISHED) is None


def test_resolve_when_object_relative_own_undated_phrase_keeps_no_upper_year(pipeline: Any) -> None:
    text = "The two presidents met in Accra in 2019, where Togo this week accused Ghana of spying."
    assert event_day(pipeline, text, "accused", PUBLISHED) != "2019-01-01"


def test_resolve_when_object_relative_upper_since_is_no_time(pipeline: Any) -> None:
    text = "Ghana has kept the border closed since 2022, a policy that Togo criticised."
    assert event_day(pipeline, text, "criticised", PUBLISHED) is None


def test_resolve_when_object_relative_hung_on_until_is_no_time(pipeline: Any) -> None:
    text = "Ghana shut its eastern border posts until June, which Togo denounced as unfriendly."
    assert event_day(pipeline, text, "denounced", PUBLISHED) is None


def test_resolve_when_object_relative_length_phrase_is_skipped(pipeline: Any) -> None:
    doc = pipeline.nlp("Ghana shut its eastern border posts for two weeks, which Togo denounced as unfriendly.")
    head = next(t for t in doc if t.text == "denounced")
    assert relative_clause_phrase(head, time_phrases(head.sent)) is None


def test_resolve_when_object_relative_phrase_of_a_lower_clause_keeps_the_upper_month(pipeline: Any) -> None:
    text = "The two presidents met in Accra in March, where they signed a plan to finish the coastal road by 2030."
    assert event_day(pipeline, text, "signed", PUBLISHED) == "2024-03-01"


def test_resolve_when_object_relative_phrase_pointing_back_keeps_the_upper_month(pipeline: Any) -> None:
    # "that week" is the upper clause's time named again, no time of the relative clause's own
    text = "Ghana closed its eastern border posts in March, a measure which Togo that week denounced as unfriendly."
    assert event_day(pipeline, text, "denounced", PUBLISHED) == "2024-03-01"


def test_resolve_when_object_relative_meanwhile_keeps_the_upper_month(pipeline: Any) -> None:
    # "meanwhile" puts the act at the upper clause's time
    text = "Ghana closed its eastern border posts in March, a measure which Togo meanwhile denounced as unfriendly."
    assert event_day(pipeline, text, "denounced", PUBLISHED) == "2024-03-01"


def test_resolve_when_object_relative_through_a_month_is_its_time(pipeline: Any) -> None:
    # "throughout March" holds the act; it is no edge of a stretch as "until March" is
    for during in ("through", "throughout"):
        text = f"The two presidents held talks in Accra {during} March 2023, where Togo accused Ghana of spying."
        assert event_day(pipeline, text, "accused", PUBLISHED) == "2023-03-01", during
