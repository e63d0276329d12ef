"""A bare proper name after "at" that the tagger calls a person or a one-word body is a place the
gazetteer lacks ("staged a sit-in at Sarykol"); an acronym or a name with "the" is a body."""

from __future__ import annotations

from typing import Any

from _resolve_setup import site_name


def _site(pipeline: Any, text: str, trigger: str) -> str | None:
    return site_name(pipeline, text, trigger, physical=True, verbal=False, known=lambda _: False)


def test_at_sites_a_name_tagged_as_a_body_places_the_act(pipeline: Any) -> None:
    text = "Hundreds of farmers staged a sit-in at Sarykol on Sunday and blocked the rail line."
    assert _site(pipeline, text, "staged") == "Sarykol"


def test_at_sites_a_name_tagged_as_a_person_places_the_act(pipeline: Any) -> None:
    text = "Hundreds of farmers staged a sit-in at Karsak on Sunday and blocked the rail line."
    assert _site(pipeline, text, "staged") == "Karsak"


def test_at_sites_an_acronym_places_nothing(pipeline: Any) -> None:
    text = "The defence ministers met at NATO on Thursday and agreed a plan."
    assert _site(pipeline, text, "met") is None


def test_at_sites_a_name_with_the_places_nothing(pipeline: Any) -> None:
    text = "Next week the treasurer is due to sign the bond deal at the Exchequer."
    assert _site(pipeline, text, "sign") is None
