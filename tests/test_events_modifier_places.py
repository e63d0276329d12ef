"""A town modifying the site of an event ("in a Tbilisi court") as its place
(parley.events._modifier_places, read by _clause_anchors.clause_place)."""

from __future__ import annotations

from _events_setup import read_context, token_of
from parley.parse._tree import clause_tree


def _place(pipeline, text: str, trigger: str) -> str | None:  # type: ignore[no-untyped-def]
    ctx = read_context(pipeline, text)
    place = ctx.clause_place(token_of(ctx, trigger))
    return None if place is None else place.extracted_place


def test_modifier_places_town_of_the_site_is_the_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Georgian farmers sued the Armenian operator in a Tbilisi court in 2005."
    assert _place(pipeline, text, "sued") == "Tbilisi"
    text = "Kyiv said the crew had been treated in a Sevastopol hospital at its expense."
    assert _place(pipeline, text, "treated") == "Sevastopol"


def test_modifier_places_site_of_a_place_phrase(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Hundreds of Zambian truck drivers parked their rigs across the road at the Kasumbalesa crossing on Monday."
    assert _place(pipeline, text, "parked") == "Kasumbalesa"


def test_modifier_places_own_place_comes_first(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The two ministers met in Geneva at a Lausanne company's offices on Friday."
    assert _place(pipeline, text, "met") == "Geneva"


def test_modifier_places_not_a_noun_phrase_of_the_object(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Thai officers on Monday denied reports in a Bangkok newspaper that troops had clashed."
    assert _place(pipeline, text, "denied") is None


def test_modifier_places_demonym_is_no_town(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Police arrested a first secretary at the Kazakh embassy on Thursday."
    assert _place(pipeline, text, "arrested") is None


def test_modifier_places_not_the_site_of_a_time_phrase(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kazakhstan delivered wheat to Uzbekistan after a poor harvest in the Fergana valley."
    assert _place(pipeline, text, "delivered") is None


def test_modifier_places_longer_name_in_an_unnamed_state_is_no_town(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "A Venezuelan coast guard vessel opened fire on a Trinidadian pirogue in the Columbus Channel."
    assert _place(pipeline, text, "opened") != "Columbus"


def test_modifier_places_longer_name_in_a_named_state_stays(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Lesotho and South Africa officials met at the Maseru Bridge on Friday."
    assert _place(pipeline, text, "met") in {"Maseru", "Maseru Bridge", "the Maseru Bridge"}


def test_modifier_places_tree_marks_the_prepositional_objects(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The document tree's ``pobjs`` flags, which the reading checks before it looks at a word as a
    token, are the words whose dependency is ``pobj``."""
    doc = pipeline.nlp("Georgian farmers sued the Armenian operator in a Tbilisi court in 2005.")
    pobjs = clause_tree(doc).pobjs
    assert pobjs == [t.dep_ == "pobj" for t in doc]
    assert any(pobjs)
