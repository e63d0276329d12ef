"""Which of several guessed targets a story ranks first (parley.events._story_rank)."""

from __future__ import annotations

from collections import Counter

from parley.document import Entity, Event
from parley.events._story_rank import main_party, one_adversary

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


_GUNMEN = [Entity("IMG", None, "gunmen")]
_PAIR = [Entity("COL", None, ""), Entity("PAN", None, "")]


def test_story_rank_one_adversary_takes_the_state_named_most_for_an_attack() -> None:
    counts = Counter({"PAN": 7, "COL": 6})
    assert [e.code for e in one_adversary("ASSAULT", _GUNMEN, _PAIR, counts)] == ["PAN"]


def test_story_rank_one_adversary_keeps_both_on_a_tie() -> None:
    counts = Counter({"PAN": 6, "COL": 6})
    assert [e.code for e in one_adversary("RETREAT", _GUNMEN, _PAIR, counts)] == ["COL", "PAN"]


def test_story_rank_one_adversary_leaves_words_to_the_doers_they_judge() -> None:
    # "Peru opposed one-sided sanctions" answers who imposed them, however seldom the story names it
    counts = Counter({"PAN": 7, "COL": 6})
    assert [e.code for e in one_adversary("ACCUSE", _GUNMEN, _PAIR, counts)] == ["COL", "PAN"]


def test_story_rank_one_adversary_keeps_states_named_in_the_sentence() -> None:
    named = [Entity("COL", None, "Colombian"), Entity("PAN", None, "")]
    counts = Counter({"PAN": 7, "COL": 6})
    assert [e.code for e in one_adversary("ASSAULT", _GUNMEN, named, counts)] == ["COL", "PAN"]


def test_story_rank_one_adversary_through_the_pipeline(pipeline) -> None:  # type: ignore[no-untyped-def]
    from _events_setup import roles_of_type

    text = (
        "Panama and Colombia agreed on Monday to step up patrols along their jungle border.\n\n"
        "Panama said Colombian rebels had crossed into Darien province twice this month. Panama's security "
        "minister met Colombia's defence minister in Panama City.\n\n"
        "Panamanian police said the crossings had worsened. One Panamanian officer was killed when gunmen "
        "ambushed a patrol on the Tuquesa river, the ministry added."
    )
    assert roles_of_type(pipeline, text, "ASSAULT") == [(["IMG"], ["PAN"])]
