"""Where an unnamed group is (parley.events._group_place): a place in its own clause or above it, not one
in what it says."""

from __future__ import annotations

from typing import Any

from _events_setup import read_context, token_of
from parley.events._context import DocumentContext
from parley.events._group_place import in_own_clause


def _context(pipeline: Any, text: str) -> DocumentContext:
    return read_context(pipeline, text)


def _token(ctx: DocumentContext, word: str) -> Any:
    return token_of(ctx, word)


def _group_country(ctx: DocumentContext, word: str) -> str | None:
    group = _token(ctx, word)
    return ctx.sentence_country(group, keep=lambda place: in_own_clause(place, group))


def test_group_place_not_a_place_in_what_the_group_says(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "The ministry said its office in Jakarta was closed on Monday.")
    assert not in_own_clause(_token(ctx, "Jakarta"), _token(ctx, "ministry"))
    assert ctx.sentence_country(_token(ctx, "ministry")) == "IDN"  # the unfiltered reading
    assert _group_country(ctx, "ministry") is None  # the story's own country is used instead


def test_group_place_own_clause_and_the_clause_above(pipeline) -> None:  # type: ignore[no-untyped-def]
    own = _context(pipeline, "In Almaty, police arrested 200 protesters on Tuesday.")
    assert _group_country(own, "police") == "KAZ"
    above = _context(pipeline, "His family in Grozny say police searched their house.")
    assert in_own_clause(_token(above, "Grozny"), _token(above, "police"))


def test_group_place_town_in_a_state_the_story_never_names_is_no_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Bel Air" is also a town of the Philippines, a state this Haitian story never names: the marchers are Haiti's
    from _events_setup import roles_of_type

    text = (
        "Haiti raised pump prices by 30 percent on Monday. "
        "Thousands of people marched from Bel Air toward the National Palace to protest the increase."
    )
    assert [a for a, _ in roles_of_type(pipeline, text, "PROTEST", outlet="HTI")] == [["HTI"]]


def test_group_place_town_in_a_state_the_story_names_still_places(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the story names Uganda, so a Ugandan town still says whose the workers are in a Kenyan paper
    from _events_setup import roles_of_type

    text = "Kenya and Uganda signed a rail deal on Monday. Hundreds of workers from Jinja marched to protest the deal."
    assert [a for a, _ in roles_of_type(pipeline, text, "PROTEST", outlet="KEN")] == [["UGA"]]


def test_group_place_story_first_town_makes_the_outlet_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a Bosnian paper on a Turkish gift in Tuzla names Turkey most, but the story is at home: the miners are Bosnia's
    from _events_setup import roles_of_type

    text = (
        "A hospital in Tuzla received six ambulances donated by Turkey on Wednesday. "
        "Turkey's ambassador handed over the keys, and the Turkish agency TIKA paid for the vehicles. "
        "Meanwhile, about 800 miners went on strike over unpaid wages."
    )
    assert [a for a, _ in roles_of_type(pipeline, text, "PROTEST", outlet="BIH")] == [["BIH"]]


def test_group_place_first_town_country_skips_parties(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a country named as a party is no town; the first town's country is the story's place
    from parley.events._group_place import first_town_country
    from parley.parse import doc_ents

    ctx = _context(pipeline, "Turkey gave ambulances to a hospital in Tuzla on Wednesday.")
    assert first_town_country(doc_ents(ctx.sdoc), ctx.mention_at, ctx.gazetteer) == "BIH"
