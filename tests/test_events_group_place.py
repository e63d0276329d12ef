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


def test_group_place_village_of_a_state_the_story_names(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the village is in the gazetteer's small tier: read only in a story that names its country
    named = _context(
        pipeline, "Armenia has protested to Georgia over the mine. Villagers in Agarakavan blocked the road."
    )
    assert _group_country(named, "Villagers") == "ARM"
    unnamed = _context(pipeline, "Georgia says the mine is safe. Villagers in Agarakavan blocked the road.")
    assert _group_country(unnamed, "Villagers") != "ARM"


def test_group_place_province_and_port_town_give_their_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    province = _context(pipeline, "Landowners in Guadalcanal blocked a logging road on Friday.")
    assert _group_country(province, "Landowners") == "SLB"
    port = _context(pipeline, "Fishermen in Kankesanthurai protested on Monday.")
    assert _group_country(port, "Fishermen") == "LKA"
