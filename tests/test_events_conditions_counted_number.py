"""An object condition reads what a number counts ("reopened three of its crossings", "sent 300 of
its soldiers"), as it reads what a quantity word counts ("all of its crossings"); and the partitive
words "last", "rest", "remainder" count too."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_conditions_counted_number_reopened_crossings(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Kenya reopened three of its border crossings with Somalia.")
    assert ("RETREAT", ["KEN"], ["SOM"]) in found


def test_events_conditions_counted_number_sent_soldiers(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Mexico sent 300 of its soldiers to Guatemala.")
    assert ("MOBILIZE", ["MEX"], ["GTM"]) in found


def test_events_conditions_counted_number_last_of_mines(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Peruvian deminers have removed the last of the landmines laid along the border.")
    assert [e for e in found if e[0] == "RETREAT"]


def test_events_conditions_counted_number_not_a_bare_number(pipeline: Pipeline) -> None:
    # a number counting no named thing stays unread: "reopened three" names no crossing
    found = _events(pipeline, "Kenya reopened three of the files on Somalia.")
    assert not [e for e in found if e[0] == "RETREAT"]
