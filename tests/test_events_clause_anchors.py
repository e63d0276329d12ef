"""The date and place of an event's own clause (parley.events._clause_anchors), on invented sentences."""

from __future__ import annotations

from typing import Any

from _events_setup import read_context, token_of
from parley.events._context import DocumentContext


def _context(pipeline: Any, text: str) -> DocumentContext:
    return read_context(pipeline, text)


def _token(ctx: DocumentContext, word: str) -> Any:
    return token_of(ctx, word)


def test_events_clause_anchors_place_of_the_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "Pakistan condemned a drone strike in Kabul on Monday.")
    place = ctx.clause_place(_token(ctx, "strike"))
    assert place is not None and place.country_code == "AFG"
    # where it happened is whom it hit, when that is not the actor's own soil
    assert [e.code for e in ctx.place_country(_token(ctx, "strike"), [])] == ["AFG"]


def test_events_clause_anchors_date_of_the_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "Chad expelled the Sudanese ambassador on Sunday.")
    iso, precision, how = ctx.clause_date(_token(ctx, "expelled"), future=False)
    assert (iso, how) == ("2024-05-05", "explicit") and precision is not None


def test_events_clause_anchors_promise_is_not_dated_when_due(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "Latvia said it will return the archive by November 20.")
    returning = _token(ctx, "return")
    # read as done, the deadline would date it; a promise is dated when made, which this clause does not say
    assert ctx.clause_date(returning, future=False)[2] == "explicit"
    assert ctx.clause_date(returning, future=True) == (None, None, "")


def test_events_clause_anchors_act_place_before_doers_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "Farmers in Cusco protested in Lima on Monday against the new water tax.")
    place = ctx.clause_place(_token(ctx, "protested"))
    # "in Cusco" says where the farmers live; "in Lima" is where they protested
    assert place is not None and place.extracted_place == "Lima"


def test_events_clause_anchors_doers_home_when_alone(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "Dairy workers in Kaunas staged a one-day strike on Thursday.")
    place = ctx.clause_place(_token(ctx, "staged"))
    # no other place in the clause: the doers' town is where they struck, as the training gold codes it
    assert place is not None and place.extracted_place == "Kaunas"


def test_events_clause_anchors_lowercase_word_is_no_town(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "Police in the canton raided a farm on Monday.")
    # the small parser tags "canton" as a place's name; written in lowercase it is a common word
    assert ctx.town("canton") is None
    assert ctx.town("Canton") is not None


def test_events_clause_anchors_places_ranked_once_per_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "Teachers in Arequipa marched in Lima and blocked a road in Lima on Friday.")
    marched, blocked = _token(ctx, "marched"), _token(ctx, "blocked")
    first = ctx.clause_place(marched)
    # the second act of the sentence reads the same ranking, sorted when the first asked
    assert ctx._sentence_places(blocked) is ctx._sentence_places(marched)
    assert first is not None and first.extracted_place == "Lima"
    again = ctx.clause_place(blocked)
    assert again is not None and again.extracted_place == "Lima"


def test_events_clause_anchors_conjunct_dated_by_its_own_phrase(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "Ghana recalled its envoy in February, and Togo closed the frontier in April.")
    first = ctx.clause_date(_token(ctx, "recalled"), future=False)
    second = ctx.clause_date(_token(ctx, "closed"), future=False)
    # the second clause names its own month; the first clause's month is not its date
    assert first[0] is not None and first[0][5:7] == "02"
    assert second[0] is not None and second[0][5:7] == "04" and second[2] == "explicit"


def test_events_clause_anchors_undated_conjunct_takes_the_first_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "On Sunday Chad expelled the ambassador and summoned home its consul.")
    # a conjunct with no time phrase of its own still shares the first clause's day
    assert ctx.clause_date(_token(ctx, "summoned"), future=False)[:1] == ("2024-05-05",)


def test_events_clause_anchors_conjunct_bound_waits_for_the_first_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "Ghana shut its frontier with Togo in February and kept it shut until April.")
    kept = ctx.clause_date(_token(ctx, "kept"), future=False)
    # "until April" says how long the frontier stayed shut, not when it was kept so: February first
    assert kept[0] is not None and kept[0][5:7] == "02" and kept[2] == "explicit"


def test_events_clause_anchors_quoted_time_dates_no_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the speaker's "today" is the speaker's own moment, not the day the urging is told of
    ctx = _context(
        pipeline, 'Chad urged Sudan to reopen the border for the herders "today rather than after the rains".'
    )
    assert ctx.clause_date(_token(ctx, "urged"), future=False) == (None, None, "")
    ctx = _context(pipeline, "Chad urged Sudan today to reopen the border.")
    assert ctx.clause_date(_token(ctx, "urged"), future=False)[2] == "explicit"
