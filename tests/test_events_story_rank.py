"""Which of several guessed targets a story ranks first (parley.events._story_rank)."""

from __future__ import annotations

from collections import Counter

from parley.document import Entity, Event
from parley.events._story_rank import main_party

_CROATIA = [Entity("HRV", None, "Zagreb")]
_FOUND = [Entity("DEU", None, ""), Entity("SRB", None, "")]


def test_story_rank_main_party_answers_the_state_named_clearly_most() -> None:
    counts = Counter({"HRV": 6, "SRB": 5, "DEU": 1})
    assert [e.code for e in main_party(_CROATIA, _FOUND, counts, [])] == ["SRB"]


def test_story_rank_main_party_keeps_all_when_none_stands_out() -> None:
    counts = Counter({"HRV": 6, "SRB": 3, "DEU": 2})
    assert [e.code for e in main_party(_CROATIA, _FOUND, counts, [])] == ["DEU", "SRB"]


def test_story_rank_main_party_keeps_all_who_acted_together() -> None:
    counts = Counter({"HRV": 6, "SRB": 5, "DEU": 1})
    joint = Event(doc_id="t", event="ACCUSE", actors=_FOUND, recipients=_CROATIA)
    assert [e.code for e in main_party(_CROATIA, _FOUND, counts, [joint])] == ["DEU", "SRB"]


def test_story_rank_main_party_keeps_all_with_an_international_body() -> None:
    counts = Counter({"HRV": 6, "SRB": 5})
    found = [Entity("EUR", None, ""), Entity("SRB", None, "")]
    assert [e.code for e in main_party(_CROATIA, found, counts, [])] == ["EUR", "SRB"]


def test_story_rank_main_party_through_counterparts(pipeline) -> None:  # type: ignore[no-untyped-def]
    from _events_setup import roles_of_type

    text = (
        "Serbia accused Croatia of polluting the Danube on Monday.\n\n"
        "Belgrade said Croatian factories had dumped waste, and Serbia demanded compensation.\n\n"
        "A German institute said the same last year.\n\n"
        "Germany accused Croatia of polluting the river.\n\n"
        "Serbia accused Croatia of lying.\n\n"
        "Zagreb rejected the charge."
    )
    assert roles_of_type(pipeline, text, "REJECT") == [(["HRV"], ["SRB"])]
