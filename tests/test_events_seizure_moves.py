"""A journey joined by "and" to a seizure is the seizure's move (the captive carried off, the seizing
force coming ashore): no visit and no help, for either coder; the seizure is still coded, and a force's
landing told alone keeps its reading."""

from __future__ import annotations

from typing import Any

import pytest

from _events_setup import coded_types
from parley.events._seizure_moves import is_seizure_move
from parley.events._typing import TriggerMatcher

_MOVES = (
    ("Moroccan police detained a Spanish skipper in Tangier and airlifted him to Rabat.", "airlifted"),
    ("A Spanish skipper was detained by Moroccan police in Tangier and flown to Rabat the next day.", "flown"),
    ("Turkish commandos landed on a Greek islet and seized its lighthouse.", "landed"),
)


def test_events_seizure_moves_reads_the_joined_verb(rules_pipeline: Any, parse: Any, words: Any) -> None:
    matcher = TriggerMatcher(rules_pipeline.lexicon)
    for text, word in _MOVES:
        assert is_seizure_move(parse(text, word), "AID", matcher, words), text
    alone = "New Zealand soldiers landed in Tonga on Friday to keep the peace."
    assert not is_seizure_move(parse(alone, "landed"), "AID", matcher, words)
    assert not is_seizure_move(parse(_MOVES[0][0], "airlifted"), "MOBILIZE", matcher, words)


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_seizure_moves_codes_the_seizure_only(coder: str, request: pytest.FixtureRequest) -> None:
    pipeline = request.getfixturevalue(coder)
    for text, _word in _MOVES:
        types = coded_types(pipeline, text)
        assert "COERCE" in types, text
        assert not {"AID", "CONSULT"} & set(types), text
