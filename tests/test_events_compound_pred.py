"""Words the parser folds together or the tokenizer splits: a name given folded into the object
("took a journalist hostage" read as the noun "journalist hostage", ``compoundpred=``) and the last
part of a hyphenated verb ("frog-marched", ``nothyphen``): events/_compound_pred.py, under both
coders, with the readings that must stay as they were."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from _events_setup import coded_types as _types
from parley import Pipeline, Settings


@pytest.fixture(scope="module", params=["rules", "learned"])
def pipeline(request: pytest.FixtureRequest, rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline if request.param == "rules" else Pipeline(Settings(coder="learned"))


def test_events_compound_pred_one_person_taken_hostage(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("ASSAULT", ["NGA"], ["GHA"]) in _events(pipeline, "Nigerian gunmen took a Ghanaian journalist hostage.")


def test_events_compound_pred_bare_hostage_taken_somewhere_is_no_abduction(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in _types(pipeline, "Nigerian medics took the Ghanaian hostage to a hospital.")


def test_events_compound_pred_traders_picked_up(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("COERCE", ["NGA"], ["GHA"]) in _events(pipeline, "Nigerian police picked up Ghanaian traders.")


def test_events_compound_pred_hyphenated_march_is_no_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" not in _types(pipeline, "Indian police frog-marched Pakistani traders to a van.")


def test_events_compound_pred_plain_march_is_still_a_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("PROTEST", ["PAK"], ["IND"]) in _events(pipeline, "Pakistani traders marched to the Indian embassy.")
