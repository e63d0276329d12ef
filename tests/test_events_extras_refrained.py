"""An act a party held back from ("refrained from retaliating", "would refrain from shelling"): the object
of a negating head's "from" did not happen, no event of its own, for either coder; an act told beside it
is still coded."""

from __future__ import annotations

from typing import Any

import pytest

from _events_setup import coded_events
from parley.events._extras_refrained import is_refrained

_HELD_BACK = (
    ("Kenya has so far refrained from retaliating against Uganda over the seized boats.", "THREATEN"),
    ("Ghana and Togo told the mediator they would refrain from shelling the border posts.", "ASSAULT"),
    ("Ghana and Togo pledged to refrain from border raids and from threats of force.", "THREATEN"),
)


def test_events_extras_refrained_reads_the_object(parse: Any, words: Any) -> None:
    assert is_refrained(parse(_HELD_BACK[0][0], "retaliating"), words)
    assert is_refrained(parse(_HELD_BACK[2][0], "threats"), words)
    assert not is_refrained(parse("Kenya retaliated against Uganda over the seized boats.", "retaliated"), words)
    # "from" under a verb that negates nothing: the act took place
    assert not is_refrained(parse("Troops returned from shelling the border posts.", "shelling"), words)


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_extras_refrained_codes_no_held_back_act(coder: str, request: pytest.FixtureRequest) -> None:
    pipeline = request.getfixturevalue(coder)
    for text, type_ in _HELD_BACK:
        assert type_ not in [e[0] for e in coded_events(pipeline, text)], text


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_extras_refrained_keeps_a_told_act(coder: str, request: pytest.FixtureRequest) -> None:
    pipeline = request.getfixturevalue(coder)
    told = "Ghanaian artillery shelled the Togolese border posts on Monday."
    assert "ASSAULT" in [e[0] for e in coded_events(pipeline, told)]
