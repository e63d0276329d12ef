"""Warnings that threaten no one (``events/_warned_forecast.py``): a commentator's forecast, and a
warning of what a thing could do; a state's warning of its own act, or one told to its addressee, is
left to be a threat."""

from __future__ import annotations

from typing import Any

from _events_setup import role_finder, token_of
from parley.events._warned_forecast import (
    forecasts_thing,
    said_thing_forecast,
    warned_by_commentator,
    warns_of_condition,
)


def _warned(pipeline: Any, text: str) -> tuple[Any, Any]:
    roles = role_finder(pipeline, text)
    return token_of(roles.ctx, "warned"), roles


def test_warned_forecast_a_commentators_warning_threatens_no_one(pipeline: Any) -> None:
    token, roles = _warned(pipeline, "Economists warned that the debt could become unsustainable.")
    assert warned_by_commentator(token, roles.words)


def test_warned_forecast_a_states_warning_is_not_a_commentators(pipeline: Any) -> None:
    token, roles = _warned(pipeline, "Senegal warned that its army could close the border.")
    assert not warned_by_commentator(token, roles.words)


def test_warned_forecast_what_a_thing_could_do_is_a_forecast(pipeline: Any) -> None:
    token, roles = _warned(pipeline, "The agency warned that the closure could cut off food supplies.")
    assert forecasts_thing(token, roles)


def test_warned_forecast_a_warning_to_its_addressee_is_no_forecast(pipeline: Any) -> None:
    token, roles = _warned(pipeline, "Senegal warned Gambia that the closure could cut off food supplies.")
    assert not forecasts_thing(token, roles)


def test_warned_forecast_a_warning_of_prices_or_weather_threatens_no_one(pipeline: Any) -> None:
    token, roles = _warned(pipeline, "Turkey's central bank warned of rising inflation on Tuesday.")
    assert warns_of_condition(token, roles.words)
    token, roles = _warned(pipeline, "The Egyptian government warned of heavy rain and flooding in Alexandria.")
    assert warns_of_condition(token, roles.words)


def test_warned_forecast_a_warning_of_an_act_or_a_price_to_pay_stays(pipeline: Any) -> None:
    token, roles = _warned(pipeline, "China warned of retaliation if Washington raised tariffs.")
    assert not warns_of_condition(token, roles.words)
    token, roles = _warned(pipeline, "Iran warned of a heavy price for any attack on its ships.")
    assert not warns_of_condition(token, roles.words)


def test_warned_forecast_a_flood_of_people_is_no_weather(pipeline: Any) -> None:
    token, roles = _warned(pipeline, "Turkey warned the European Union of a flood of refugees if it failed to pay.")
    assert not warns_of_condition(token, roles.words)
    token, roles = _warned(pipeline, "The ministry warned of flooding in the south.")
    assert warns_of_condition(token, roles.words)


def test_warned_forecast_a_told_clause_of_what_a_thing_could_do_foretells(pipeline: Any) -> None:
    # read at the told clause's own verb, where the learned coder may read a threat
    roles = role_finder(pipeline, "Aides said a second round could follow if the first one went calmly.")
    assert said_thing_forecast(token_of(roles.ctx, "follow"), roles)


def test_warned_forecast_a_told_clause_of_a_partys_act_stays(pipeline: Any) -> None:
    roles = role_finder(pipeline, "Officials said Seoul could retaliate if the talks failed.")
    assert not said_thing_forecast(token_of(roles.ctx, "retaliate"), roles)
