"""A text a body issued (a statement, a petition, a resolution) speaks for its issuer when it is the
subject of a later sentence; parley.events._pronouns reads who issued it."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_issued_texts_petition_speaks_for_who_handed_it_over(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the traders walk "to hand over a petition": the infinitive takes the walkers as its subject
    text = (
        "Ugandan traders walked to the Kenyan High Commission in Kampala to hand over a petition. "
        "The petition calls on Kenya to remove a new cargo fee."
    )
    assert [e[1] for e in _events(pipeline, text) if e[0] == "REQUEST"] == [["UGA"]]


def test_events_issued_texts_resolution_without_issuer_speaks_for_nobody(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(pipeline, "The resolution calls on Kenya to remove a new cargo fee.") if e[1]]


def test_events_issued_texts_communique_is_not_an_earlier_statement(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a minister's "statement to reporters" did not issue the summit's communique
    text = (
        "Thailand's prime minister praised Jakarta's diplomacy in a statement to reporters. "
        "ASEAN leaders closed their summit in Phnom Penh on Monday. "
        "The final communique calls on China to refrain from unilateral actions."
    )
    assert [e[1:] for e in _events(pipeline, text) if e[0] == "REQUEST"] == [(["IGO"], ["CHN"])]


def test_events_issued_texts_statement_still_speaks_for_its_issuer(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A spokesman for the Korean People's Army issued a statement on Sunday.\n\n"
        "The statement said the drills were a rehearsal for invasion of the DPRK.\n\n"
        "It demanded that the south Korean authorities immediately halt the exercises."
    )
    assert [e[1] for e in _events(pipeline, text) if e[0] == "REQUEST"] == [["PRK"]]


def test_events_issued_texts_decree_reported_by_a_speaker_is_theirs(pipeline) -> None:  # type: ignore[no-untyped-def]
    # no issuer of the decree is told: the presidency reporting what it does speaks for its side
    text = "The decree also frees three Chilean herders held near the border, the Peruvian presidency said."
    assert [e[1] for e in _events(pipeline, text) if e[0] == "RETREAT"] == [["PER"]]


def test_events_issued_texts_unreported_decree_acts_for_nobody(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(pipeline, "The decree also frees three Chilean herders.") if e[1]]
