"""A warning whose "that" clause tells, in the past or the perfect, how things stood is no threat, for
either coder; a warning of what will or could be done, one telling its addressee to act and one of a
thing to come stay threats."""

from __future__ import annotations

import pytest

from _events_setup import coded_types

_CODERS = ["rules_pipeline", "learned_pipeline"]


@pytest.mark.parametrize("coder", _CODERS)
def test_warned_fact_drops_a_past_state(coder: str, request: pytest.FixtureRequest) -> None:
    text = "The International Monetary Fund warned last year that Chad was at high risk of debt distress."
    assert "THREATEN" not in coded_types(request.getfixturevalue(coder), text)


@pytest.mark.parametrize("coder", _CODERS)
def test_warned_fact_drops_a_perfect_clause(coder: str, request: pytest.FixtureRequest) -> None:
    text = "Rights groups in Kenya cautioned that previous emergency decrees had done little to stop prison violence."
    assert "THREATEN" not in coded_types(request.getfixturevalue(coder), text)


@pytest.mark.parametrize("coder", _CODERS)
def test_warned_fact_keeps_a_warning_of_what_would_follow(coder: str, request: pytest.FixtureRequest) -> None:
    text = "Iran warned Bahrain that offering its ports would carry grave consequences."
    assert "THREATEN" in coded_types(request.getfixturevalue(coder), text)


@pytest.mark.parametrize("coder", _CODERS)
def test_warned_fact_keeps_a_modal_the_parser_hangs_lower(coder: str, request: pytest.FixtureRequest) -> None:
    text = "Colombia's foreign minister cautioned that any Nicaraguan boat found fishing there will be escorted out."
    assert "THREATEN" in coded_types(request.getfixturevalue(coder), text)


@pytest.mark.parametrize("coder", _CODERS)
def test_warned_fact_keeps_warnings_of_and_to(coder: str, request: pytest.FixtureRequest) -> None:
    pipeline = request.getfixturevalue(coder)
    assert "THREATEN" in coded_types(pipeline, "Unions in Zambia have warned of a general strike in September.")
    assert "THREATEN" in coded_types(pipeline, "Raisi had warned the Taliban to respect Iran's water rights.")
