"""The story's day from its opening: undated follow-up sentences take the lede's earlier day."""

from __future__ import annotations

from datetime import date

from parley import Pipeline
from parley.document import Article
from parley.resolve._story_day import live_blog, opening_day

PUB = date(2021, 5, 21)  # a Friday


def _dates(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    doc = next(iter(pipeline.process([Article(id="t", text=text, published=PUB)])))
    return [(e.event, e.date) for e in doc.events]


def test_story_day_follow_up_takes_the_ledes_day(rules_pipeline: Pipeline) -> None:
    text = (
        "Border talks end in Vienna\n\n"
        "The foreign ministers of Austria and Hungary met in Vienna on Wednesday for talks on the border.\n\n"
        "Hungary praised Austria for its help with the refugees."
    )
    assert ("SUPPORT", "2021-05-19") in _dates(rules_pipeline, text)


def test_story_day_under_a_dated_dateline(rules_pipeline: Pipeline) -> None:
    text = (
        "VIENNA, May 21 (Wire) - The foreign ministers of Austria and Hungary met in Vienna on Thursday.\n\n"
        "Hungary praised Austria for its help with the refugees."
    )
    assert ("SUPPORT", "2021-05-20") in _dates(rules_pipeline, text)


def test_story_day_filing_day_stays_without_an_earlier_opening(rules_pipeline: Pipeline) -> None:
    text = (
        "Border talks in Vienna\n\n"
        "The foreign ministers of Austria and Hungary met in Vienna today.\n\n"
        "Hungary praised Austria for its help with the refugees."
    )
    assert ("SUPPORT", "2021-05-21") in _dates(rules_pipeline, text)


def test_story_day_opening_day_ignores_older_days(rules_pipeline: Pipeline) -> None:
    sdoc = rules_pipeline.nlp("Austria and Hungary signed a border treaty in 1994.\n\nThey met again on May 2.")
    assert opening_day(sdoc, PUB) is None


def test_story_day_opening_day_reads_yesterday(rules_pipeline: Pipeline) -> None:
    sdoc = rules_pipeline.nlp("Lithuania expelled a Polish attache yesterday after a row over visas.")
    assert opening_day(sdoc, PUB) == date(2021, 5, 20)


def test_story_day_opening_day_without_a_filing_day(rules_pipeline: Pipeline) -> None:
    sdoc = rules_pipeline.nlp("The Slovene envoy was recalled yesterday.")
    assert opening_day(sdoc, None) is None


def test_story_day_first_phrase_on_the_filing_day_decides(rules_pipeline: Pipeline) -> None:
    sdoc = rules_pipeline.nlp(
        "Norway will shut its consulate in Murmansk, the trade minister confirmed on Friday.\n\n"
        "The building was sealed on Wednesday."
    )
    assert opening_day(sdoc, PUB) is None


def test_story_day_masthead_date_is_passed_over(rules_pipeline: Pipeline) -> None:
    sdoc = rules_pipeline.nlp("Friday, May 21, 2021\n\nThe two leaders met in Vienna on Wednesday.")
    assert opening_day(sdoc, PUB) == date(2021, 5, 19)


_BLOG = (
    "LIVE: Border talks in Vienna\n\n"
    "07:50 Welcome to our coverage. Hungary accused Austria on Monday of closing the border.\n\n"
    "09:40 Austria and Hungary met in Vienna.\n\n"
    "13.12 Hungary praised Austria for its help with the refugees.\n\n"
)


def test_story_day_live_blog_is_read_from_its_stamps() -> None:
    assert live_blog(_BLOG)
    assert not live_blog("Austria and Hungary met at 08:05 on Monday.\n\n10.5 million people voted.")


def test_story_day_live_blog_entries_take_the_blogs_day(rules_pipeline: Pipeline) -> None:
    dates = _dates(rules_pipeline, _BLOG)
    assert ("ACCUSE", "2021-05-17") in dates
    assert ("SUPPORT", "2021-05-21") in dates


def test_story_day_without_stamps_entries_take_the_first_day(rules_pipeline: Pipeline) -> None:
    plain = "".join(line[6:] if line[:2].isdigit() else line for line in _BLOG.splitlines(keepends=True))
    assert ("SUPPORT", "2021-05-17") in _dates(rules_pipeline, plain)


def _bridge_story(last_paragraph: str) -> str:
    """A story whose lede names Wednesday, told past the opening, ending with ``last_paragraph``."""
    filler = "The crossing had been closed to traffic for most of the spring while engineers inspected it. " * 8
    return (
        "Border bridge reopens\n\n"
        "A ribbon was cut at the old river bridge at Hegyeshalom on Wednesday before a small crowd.\n\n"
        f"{filler}\n\n"
        "Hungary praised Austria for its help with the repairs.\n\n"
        f"{last_paragraph}"
    )


def test_story_day_filing_day_act_past_the_opening_keeps_the_ledes_day(rules_pipeline: Pipeline) -> None:
    text = _bridge_story("Hungary accused Austria on Friday of delaying work on a second crossing.")
    assert ("SUPPORT", "2021-05-19") in _dates(rules_pipeline, text)


def test_story_day_present_statement_past_the_opening_takes_the_filing_day(rules_pipeline: Pipeline) -> None:
    dates = _dates(rules_pipeline, _bridge_story("The Hungarian government thanks Austria for its patience."))
    assert ("SUPPORT", "2021-05-19") in dates  # the past-tense praise keeps the lede's day
    assert ("SUPPORT", "2021-05-21") in dates


_CATCH = "Fishing boats from both countries had crowded the northern grounds since March, and the catch was poor. " * 8
_DEAL = (
    "Fuel deal signed in Reykjavik\n\n"
    "Iceland and Norway signed a fuel supply deal in Reykjavik on Wednesday after a long night of bargaining.\n\n"
)


def test_story_day_present_statement_keeps_a_dated_datelines_day(rules_pipeline: Pipeline) -> None:
    text = (
        "REYKJAVIK, May 19 (Wire) - Iceland and Norway signed a fuel supply deal after a long night of bargaining.\n\n"
        f"{_CATCH}\n\n"
        "The Icelandic government thanks Norway for its patience."
    )
    assert [day for _, day in _dates(rules_pipeline, text)] == ["2021-05-19", "2021-05-19"]


def test_story_day_habitual_present_keeps_the_ledes_day(rules_pipeline: Pipeline) -> None:
    text = f"{_DEAL}{_CATCH}\n\nEach winter the Icelandic government thanks Norway for the fuel."
    assert [day for _, day in _dates(rules_pipeline, text)] == ["2021-05-19", "2021-05-19"]


def test_story_day_line_without_a_stop_keeps_the_ledes_day(rules_pipeline: Pipeline) -> None:
    text = f"{_DEAL}{_CATCH}\n\nIceland thanks Norway, faults Denmark\n\nThe boats returned to port."
    assert {day for _, day in _dates(rules_pipeline, text)} == {"2021-05-19"}


def test_story_day_joined_present_verbs_share_the_filing_day(rules_pipeline: Pipeline) -> None:
    joined = "The Icelandic government thanks Norway for the fuel and accuses Denmark of stalling the talks."
    text = f"{_DEAL}{_CATCH}\n\n{joined}"
    dates = _dates(rules_pipeline, text)
    assert ("SUPPORT", "2021-05-19") in dates  # the lede's signing
    assert ("ACCUSE", "2021-05-21") in dates
    assert [day for kind, day in dates if kind != "ACCUSE"][-1] == "2021-05-21"


def test_story_day_link_line_ending_in_a_bracket_keeps_the_ledes_day(rules_pipeline: Pipeline) -> None:
    text = f"{_DEAL}{_CATCH}\n\nIceland thanks Norway for its help (video)\n\nThe boats returned to port."
    assert {day for _, day in _dates(rules_pipeline, text)} == {"2021-05-19"}
