"""An order to a state's own unnamed forces ("ordered the army to ...") is no request of another party,
for the rules coder; an order to another state, or to its named forces, stays a request."""

from __future__ import annotations

from typing import Any

from _events_setup import coded_types


def test_extras_own_orders_drops_an_order_to_the_navy(rules_pipeline: Any) -> None:
    text = "Chile's president ordered the navy to avoid any confrontation with Peruvian boats."
    assert "REQUEST" not in coded_types(rules_pipeline, text)


def test_extras_own_orders_drops_an_order_to_the_police(rules_pipeline: Any) -> None:
    text = "Peru's prime minister ordered the riot police to protect Chilean-owned shops in Tacna."
    assert "REQUEST" not in coded_types(rules_pipeline, text)


def test_extras_own_orders_keeps_a_demand_to_another_state(rules_pipeline: Any) -> None:
    text = "Peru's foreign ministry ordered Quito to withdraw its troops from the border post."
    assert "REQUEST" in coded_types(rules_pipeline, text)


def test_extras_own_orders_keeps_an_order_to_named_forces(rules_pipeline: Any) -> None:
    text = "The Security Council ordered the Ecuadorean army to stop shelling the villages."
    assert "REQUEST" in coded_types(rules_pipeline, text)
