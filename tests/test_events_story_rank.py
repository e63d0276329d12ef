"""Which of several guessed targets a story ranks first (parley.events._story_rank)."""

from __future__ import annotations

from collections import Counter

from parley.document import Entity, Event
from parley.events._story_rank import main_event_answered, main_party

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


_SLOVAKIA, _RUSSIA = Entity("SVK", None, ""), Entity("RUS", None, "")
_CZECHIA = [Entity("CZE", None, "Prague")]
_EVEN = Counter({"SVK": 5, "RUS": 5})


def _main(type_: str) -> Event:
    return Event(doc_id="t", event=type_, actors=[_SLOVAKIA], recipients=[_RUSSIA])


def test_story_rank_main_event_praise_answers_its_doers() -> None:
    found = main_event_answered(_main("SANCTION"), _CZECHIA, "SUPPORT", _EVEN, [])
    assert [e.code for e in found] == ["SVK"]


def test_story_rank_main_event_blame_of_a_deed_answers_its_doers() -> None:
    found = main_event_answered(_main("COERCE"), _CZECHIA, "ACCUSE", _EVEN, [])
    assert [e.code for e in found] == ["SVK"]


def test_story_rank_main_event_blame_joining_a_complaint_keeps_both_sides() -> None:
    found = main_event_answered(_main("ACCUSE"), _CZECHIA, "ACCUSE", _EVEN, [])
    assert [e.code for e in found] == ["SVK", "RUS"]


def test_story_rank_main_event_joint_act_keeps_both_sides() -> None:
    found = main_event_answered(_main("AGREE"), _CZECHIA, "SUPPORT", _EVEN, [])
    assert [e.code for e in found] == ["SVK", "RUS"]


def test_story_rank_main_event_other_reactions_keep_both_sides() -> None:
    found = main_event_answered(_main("SANCTION"), _CZECHIA, "REQUEST", _EVEN, [])
    assert [e.code for e in found] == ["SVK", "RUS"]


def test_story_rank_main_event_party_named_clearly_most_comes_first() -> None:
    counts = Counter({"SVK": 2, "RUS": 8})
    found = main_event_answered(_main("SANCTION"), _CZECHIA, "SUPPORT", counts, [])
    assert [e.code for e in found] == ["RUS"]


def test_story_rank_main_event_praise_through_counterparts(pipeline) -> None:  # type: ignore[no-untyped-def]
    from _events_setup import roles_of_type

    text = "Slovakia expelled two Russian diplomats on Monday.\n\nThe Czech foreign ministry applauded the decision."
    assert roles_of_type(pipeline, text, "SUPPORT") == [(["CZE"], ["SVK"])]
