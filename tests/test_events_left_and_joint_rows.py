"""Trigger rows of data/triggers.tsv (stop 48, probe48t): a withdrawal is from a treaty or talks only when
those are what its "from"/"out of" leaves (condition ``frompobj``), and an investigation two sides launch
together is cooperation, not an accusation."""

from __future__ import annotations

import pytest

from _events_setup import coded_types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_condition_checks_withdrawal_from_a_treaty_is_a_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "SANCTION" in coded_types(pipeline, "Russia withdrew from the arms control treaty on Friday.")


def test_condition_checks_withdrawal_after_talks_is_a_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    types = coded_types(pipeline, "Lao soldiers withdrew from the disputed Mekong islet after talks.")
    assert "RETREAT" in types
    assert "SANCTION" not in types


def test_condition_checks_pullout_under_a_deal_is_a_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    types = coded_types(pipeline, "Armenian forces pulled out of Aghdam district under the agreement.")
    assert "RETREAT" in types
    assert "SANCTION" not in types


def test_condition_checks_pulling_out_of_talks_rejects(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "REJECT" in coded_types(pipeline, "Caracas has also pulled out of talks on the Dragon gas field.")


def test_condition_checks_troops_pulled_back_after_talks_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    types = coded_types(pipeline, "Kyrgyzstan pulled its troops back from the border after talks with Tajikistan.")
    assert "RETREAT" in types
    assert "REJECT" not in types


def test_events_joint_investigation_launched_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya and Ethiopia launched a joint investigation into the killings at the border."
    types = coded_types(pipeline, text)
    assert "COOPERATE" in types
    assert "ACCUSE" not in types


def test_events_joint_inquiry_opened_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "COOPERATE" in coded_types(pipeline, "Peru and Bolivia opened a joint inquiry into the smuggling ring.")


def test_events_investigation_launched_alone_accuses(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" in coded_types(pipeline, "Slovakia launched an investigation into the shooting at the crossing.")
