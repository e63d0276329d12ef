"""A byline that files the story from abroad ("From our correspondent in Male") places unnamed bodies."""

from __future__ import annotations

from _events_setup import read_context, roles_of_type
from parley.events._byline import byline_country

_STORY = (
    "Male blinks: government drops charges against opposition MPs\n\n"
    "From our correspondent in Male\n\n"
    "The Maldivian government has withdrawn terrorism charges against 12 opposition members of parliament.\n\n"
    "The Home Ministry also lifted a ban on opposition rallies in the capital.\n\n"
    "India, which has kept a studied silence throughout the crisis, praised the steps as positive."
)


def test_events_byline_correspondent_abroad_places_the_unnamed_ministry(pipeline) -> None:  # type: ignore[no-untyped-def]
    # an Indian paper's correspondent in Male: "the Home Ministry" is the Maldives', not India's
    assert (["MDV"], ["MDV"]) in roles_of_type(pipeline, _STORY, "RETREAT", outlet="IND")


def test_events_byline_needs_a_verbless_line(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Our correspondent in Male says ..." reports; only a verbless byline says where the story is filed
    ctx = read_context(pipeline, _STORY)
    assert byline_country(ctx.sdoc, ctx.gazetteer, ctx.words) == "MDV"
    reported = _STORY.replace("From our correspondent in Male", "Our correspondent in Male says so.")
    told = read_context(pipeline, reported)
    assert byline_country(told.sdoc, told.gazetteer, told.words) is None


def test_events_byline_places_the_story_where_it_was_filed(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a Malaysian paper's Narathiwat correspondent names Malaysia more, but the story is told from Thailand
    text = (
        "Curfew after border bombing\n\n"
        "From our Narathiwat correspondent\n\n"
        "Malaysian traders said Malaysian buyers had stayed away since a bomb went off near the market.\n\n"
        "A curfew from 9 pm to 5 am has been imposed on three sub-districts."
    )
    ctx = read_context(pipeline, text)
    assert ctx.home == "THA" and ctx.home_from_dateline
