"""Defending one's own land or sovereignty backs no one: the SUPPORT reading of "defend" needs another's thing."""

from __future__ import annotations

from typing import Any

from _events_setup import coded_types


def test_events_defence_of_own_land_is_no_support(pipeline: Any, rules_pipeline: Any) -> None:
    texts = [
        "Norland's navy chief said his crews would defend the island's fishing waters against any intruder.",
        "The exercise showed the readiness of the navy to defend the country's sovereignty, the Chilean minister said.",
    ]
    for coder in (pipeline, rules_pipeline):
        for text in texts:
            assert "SUPPORT" not in coded_types(coder, text)
            assert "AGREE" not in coded_types(coder, text)


def test_events_defence_of_another_is_support(pipeline: Any, rules_pipeline: Any) -> None:
    text = "Fiji's prime minister defended the police officers sent to Tonga."
    for coder in (pipeline, rules_pipeline):
        assert "SUPPORT" in coded_types(coder, text)
