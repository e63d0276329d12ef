"""A passive act told in a "since" clause dates a state and is no event of the story, for either coder;
the act of the main clause is still coded, an active "since" clause keeps its act, and the adverb "since"
("have since been helped") opens no clause."""

from __future__ import annotations

from typing import Any

import pytest

from _events_setup import coded_types
from parley.events._extras_since_clause import is_in_background_clause

_SINCE = (
    "Tensions on the frontier have risen since the crossing at Busia was closed by Kenya.",
    "Smuggling along the river has doubled since the joint patrols were suspended last year.",
)


def test_events_extras_since_clause_reads_the_clause(parse: Any, words: Any) -> None:
    assert is_in_background_clause(parse(_SINCE[0], "closed"), words)
    assert is_in_background_clause(parse(_SINCE[1], "suspended"), words)
    assert not is_in_background_clause(parse(_SINCE[0], "risen"), words)
    active = "Fishermen say catches have fallen since Chinese trawlers seized the reef last year."
    assert not is_in_background_clause(parse(active, "seized"), words)
    adverb = "Its firefighters have since been deployed to Greece."
    assert not is_in_background_clause(parse(adverb, "deployed"), words)


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_extras_since_clause_codes_no_background_act(coder: str, request: pytest.FixtureRequest) -> None:
    pipeline = request.getfixturevalue(coder)
    for text in _SINCE:
        assert coded_types(pipeline, text) == [], text


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_extras_since_clause_keeps_the_main_act(coder: str, request: pytest.FixtureRequest) -> None:
    told = "Kenya closed the crossing at Busia on Monday, weeks after Uganda raised its transit fees."
    assert "COERCE" in coded_types(request.getfixturevalue(coder), told)
