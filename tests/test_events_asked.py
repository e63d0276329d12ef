"""A request another party answers was made, whatever the answer's negation or tense
(parley.events._asked)."""

from __future__ import annotations

from typing import Any

from _events_setup import coded_events
from parley.events._adjunct_acts import names_own_sayer
from parley.events._asked import names_its_asker
from parley.pipeline import Pipeline


def test_events_asked_request_names_its_asker(parse: Any, words: Any) -> None:
    assert names_its_asker(parse("Oslo ignored a Swedish request for data.", "request"), words)
    assert names_its_asker(parse("Oslo ignored Stockholm's request for data.", "request"), words)
    assert names_its_asker(parse("Oslo ignored a request from Stockholm.", "request"), words)
    assert not names_its_asker(parse("Oslo will not renew its request for data.", "request"), words)


def test_events_asked_author_prep_names_the_asker_and_the_sayer(parse: Any, words: Any) -> None:
    # one list (event_words.tsv author_prep) for both readers
    assert names_its_asker(parse("Lisbon turned down a request by the harbour board.", "request"), words)
    assert names_own_sayer(parse("Lisbon rejected an ultimatum from the harbour board.", "ultimatum"), words)
    assert not names_own_sayer(parse("Lisbon rejected an ultimatum about the harbour.", "ultimatum"), words)


def test_events_asked_request_under_a_negated_answer_is_asserted(rules_pipeline: Pipeline) -> None:
    text = "The Norwegian coast guard did not answer a Swedish request for radar data."
    assert [e[1] for e in coded_events(rules_pipeline, text) if e[0] == "REQUEST"] == [["SWE"]]


def test_events_asked_request_under_a_future_refusal_is_made(pipeline: Pipeline) -> None:
    # the learned coder (the default pipeline) reads the same
    text = "Oslo said it would oppose Stockholm's request for a share of the fishing quota."
    assert [e[1] for e in coded_events(pipeline, text) if e[0] == "REQUEST"] == [["SWE"]]


def test_events_asked_own_request_keeps_the_verbs_negation(rules_pipeline: Pipeline) -> None:
    text = "Oslo will not renew its request for a share of the fishing quota."
    assert not [e for e in coded_events(rules_pipeline, text) if e[0] == "REQUEST"]


def test_events_asked_request_granted_by_an_act_is_the_askers(rules_pipeline: Pipeline) -> None:
    # "at the request of" a named state: that state asked, before and apart from the act done for it
    text = "Ghana deployed 140 police officers to Liberia on Monday at the request of Monrovia."
    assert [e[1:] for e in coded_events(rules_pipeline, text) if e[0] == "REQUEST"] == [(["LBR"], ["GHA"])]


def test_events_asked_request_of_no_named_party_is_no_event(rules_pipeline: Pipeline) -> None:
    # "at the request of their families": no state or body asked
    text = "Norway released the two fishermen on Monday at the request of their families."
    assert not [e for e in coded_events(rules_pipeline, text) if e[0] == "REQUEST"]
