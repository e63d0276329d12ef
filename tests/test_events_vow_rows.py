"""Rows of data/triggers.tsv for 'vow': a vow is a hostile resolve (THREATEN) unless what is vowed is
cooperation (AGREE); each read in an invented sentence."""

from __future__ import annotations

from _events_setup import coded_types as _types
from parley.pipeline import Pipeline


def test_events_vow_rows_vow_to_hold_out_threatens(rules_pipeline: Pipeline) -> None:
    text = "Zambian truckers vowed to keep the Chirundu bridge closed until Harare lifts the ban."
    assert "THREATEN" in _types(rules_pipeline, text)
    assert "AGREE" not in _types(rules_pipeline, text)


def test_events_vow_rows_vow_to_cooperate_agrees(rules_pipeline: Pipeline) -> None:
    text = "The Kenyan and Ugandan ministers vowed to form a joint veterinary commission."
    assert "AGREE" in _types(rules_pipeline, text)
    assert "THREATEN" not in _types(rules_pipeline, text)
