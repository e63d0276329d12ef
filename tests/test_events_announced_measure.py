"""A sanction announced for later with no condition and no warning over it is the sanction taken
(events/_announced_measure.py), under both coders; held over a condition or said under a warning or a
threat it stays a threat, and an announced use of force stays one too."""

from __future__ import annotations

from typing import Any

import pytest

from _events_setup import coded_events
from parley.events._announced_measure import stays_announced
from parley.pipeline import Pipeline


@pytest.fixture(scope="module", params=["rules", "learned"])
def coder(request: pytest.FixtureRequest, rules_pipeline: Pipeline, pipeline: Pipeline) -> Pipeline:
    return rules_pipeline if request.param == "rules" else pipeline


def _types(pipeline: Pipeline, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [e for e in coded_events(pipeline, text) if e[0] in {"SANCTION", "THREATEN"}]


def test_events_announced_measure_said_freeze_is_a_sanction(coder: Pipeline) -> None:
    text = "Canada said on Monday it will freeze the assets of four Belarusian banks."
    assert _types(coder, text) == [("SANCTION", ["CAN"], ["BLR"])]


def test_events_announced_measure_would_suspend_is_a_sanction(coder: Pipeline) -> None:
    text = "Chile said it would suspend the purchase of Peruvian fishmeal."
    assert _types(coder, text) == [("SANCTION", ["CHL"], ["PER"])]


def test_events_announced_measure_condition_keeps_the_threat(coder: Pipeline) -> None:
    text = "Chile said it would suspend the purchase of Peruvian fishmeal unless Lima released the trawlers."
    assert [e[0] for e in _types(coder, text)] == ["THREATEN"]


def test_events_announced_measure_warning_keeps_the_threat(coder: Pipeline) -> None:
    text = "Norway warned it would close its fishing zone to Russian trawlers."
    assert [e[0] for e in _types(coder, text)] == ["THREATEN"]


def test_events_announced_measure_reads_only_measures_under_no_warning(parse: Any, words: Any) -> None:
    said = parse("Canada said it will freeze the assets of four Belarusian banks.", "freeze")
    assert stays_announced("SANCTION", said, words)
    assert not stays_announced("ASSAULT", said, words)  # force promised is a threat
    warned = parse("Canada warned it will freeze the assets of four Belarusian banks.", "freeze")
    assert not stays_announced("SANCTION", warned, words)
    threatened = parse("Canada threatened to freeze the assets of four Belarusian banks.", "freeze")
    assert not stays_announced("SANCTION", threatened, words)
    answered = parse("Canada said it would retaliate by barring Belarusian airlines.", "barring")
    assert not stays_announced("SANCTION", answered, words)
