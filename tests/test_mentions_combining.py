"""Combining forms before a hyphen and a people's name: "Sino-Indian" (parley.mentions._combining)."""

from __future__ import annotations

from datetime import date

import pytest

from _events_setup import coded_events
from _mentions_setup import mention_codes
from parley.pipeline import Pipeline


def _codes(pipeline: Pipeline, text: str, phrase: str) -> list[str]:
    return mention_codes(pipeline, text, phrase, date(2024, 5, 8))


def test_mentions_combining_form_before_a_demonym_names_its_state(rules_pipeline: Pipeline) -> None:
    assert _codes(rules_pipeline, "The Sino-Indian border talks resumed on Monday.", "Sino") == ["CHN"]
    assert _codes(rules_pipeline, "A Franco-German brigade paraded in Strasbourg.", "Franco") == ["FRA"]
    assert _codes(rules_pipeline, "The Indo-Pakistani ceasefire held through the night.", "Indo") == ["IND"]


def test_mentions_combining_form_before_no_state_names_none(rules_pipeline: Pipeline) -> None:
    # "Pacific" and "Saxon" are no states; a spaced dash after a surname joins nothing
    assert _codes(rules_pipeline, "Ministers discussed an Indo-Pacific strategy on Monday.", "Indo") == []
    assert _codes(rules_pipeline, "The museum shows Anglo-Saxon coins from the hoard.", "Anglo") == []
    assert _codes(rules_pipeline, "Streets named after Franco - who ruled for decades - were renamed.", "Franco") == []


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_mentions_combining_pair_names_both_parties_of_talks(
    coder: str, rules_pipeline: Pipeline, learned_pipeline: Pipeline
) -> None:
    chosen = rules_pipeline if coder == "rules" else learned_pipeline
    events = coded_events(chosen, "The Sino-Indian border talks resumed on Monday.")
    assert ("CONSULT", ["CHN", "IND"], []) in events
