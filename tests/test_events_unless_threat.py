"""A promised act held over an "unless" clause is a threat whatever the verb (events/_unless_threat.py),
under both coders; a past or bare verb, boilerplate and a verb the lexicon reads already are left alone."""

from __future__ import annotations

from typing import Any

import pytest

from _events_setup import coded_events, event_finder
from parley.events._unless_threat import holds_over_unless
from parley.pipeline import Pipeline


@pytest.fixture(scope="module", params=["rules", "learned"])
def coder(request: pytest.FixtureRequest, rules_pipeline: Pipeline, pipeline: Pipeline) -> Pipeline:
    return rules_pipeline if request.param == "rules" else pipeline


def _threats(pipeline: Pipeline, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [e for e in coded_events(pipeline, text) if e[0] == "THREATEN"]


def test_events_unless_threat_promised_act_over_unless_is_a_threat(coder: Pipeline) -> None:
    text = "Malawi said its hauliers will park their lorries on the bridge unless Zambia scraps the new toll."
    assert _threats(coder, text) == [("THREATEN", ["MWI"], ["ZMB"])]


def test_events_unless_threat_refused_part_over_unless_is_a_threat(coder: Pipeline) -> None:
    text = "Chile told Peru that it would oppose Lima's bid for the seat unless the fishing boats were returned."
    assert ("THREATEN", ["CHL"], ["PER"]) in _threats(coder, text)


def test_events_unless_threat_past_verb_over_unless_is_no_threat(coder: Pipeline) -> None:
    assert _threats(coder, "Malawi parked its lorries on the bridge unless Zambia paid.") == []


def test_events_unless_threat_boilerplate_unless_is_no_threat(coder: Pipeline) -> None:
    assert _threats(coder, "Malawi will publish the prices each week unless otherwise stated.") == []


def test_events_unless_threat_threat_row_verb_is_one_event(coder: Pipeline) -> None:
    text = "Malawi said it would cut power to Zambia unless Lusaka paid its bills."
    assert _threats(coder, text) == [("THREATEN", ["MWI"], ["ZMB"])]


def test_events_unless_threat_warning_is_read_once(coder: Pipeline) -> None:
    text = "Malawi warned Zambia on Monday that it would park lorries on the bridge unless Lusaka scrapped the toll."
    assert len(_threats(coder, text)) == 1


def test_events_unless_threat_reads_only_the_promised_verb(parse: Any, words: Any) -> None:
    text = "Malawi will park its lorries on the bridge unless Zambia scraps the toll."
    assert holds_over_unless(parse(text, "park"), words)
    assert not holds_over_unless(parse("Malawi parked its lorries there unless Zambia paid.", "parked"), words)


def test_events_unless_threat_reads_the_given_sentence_text(pipeline: Pipeline) -> None:
    """The caller's slice of the cleaned text stands for ``sent.text`` (no Token built for the look)."""
    from parley.events._unless_threat import unless_threat_verbs

    sdoc = pipeline.nlp("Malawi said its hauliers will park their lorries on the bridge unless Zambia scraps the toll.")
    sent = next(iter(sdoc.sents))
    words = event_finder(pipeline).words
    own = [t.i for t in unless_threat_verbs(sent, words)]
    assert own and [t.i for t in unless_threat_verbs(sent, words, sent.text)] == own
    assert unless_threat_verbs(sent, words, "Malawi said its hauliers will park their lorries.") == []
