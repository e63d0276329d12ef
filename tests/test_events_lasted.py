"""A protest ended after a length told was held (``events._lasted``); the sentences are made up."""

from __future__ import annotations

from typing import Any

import pytest

from parley.events import load_event_words
from parley.events._lasted import ended_lasted_protest


@pytest.mark.parametrize(
    ("text", "noun", "held"),
    [
        ("Farmers ended a decade-long blockade of the grain depot.", "blockade", True),
        ("Farmers ended a three-minute protest outside the depot.", "protest", True),
        ("Farmers ended a second protest outside the depot.", "protest", False),
    ],
)
def test_events_lasted_units_from_the_shared_list(pipeline: Any, text: str, noun: str, held: bool) -> None:
    # "decade" and "minute" come from resolve_words.tsv's length_unit, one list for both stages since stop 66
    sdoc = pipeline.nlp(text)
    verb = next(t for t in sdoc if t.text == "ended")
    assert ended_lasted_protest(next(t for t in sdoc if t.text == noun), verb, load_event_words()) is held
