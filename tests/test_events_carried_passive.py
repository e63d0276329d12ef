"""A travel verb told in the passive ("was detained by troops and flown to the capital") carries the one
flown: neither coder reads a visit (CONSULT) or help (AID) by the captors; an official who has flown
somewhere still visits, and troops flown in stay a deployment."""

from __future__ import annotations

import pytest

from _events_setup import coded_types, read_context, token_of
from parley.events._carried_passive import is_carried_traveller
from parley.events._lexicon import Trigger
from parley.events._words import load_event_words

_VISIT = Trigger("fly", "VERB", "CONSULT", "visit", "042", "prep=to|into", "default")
_CARRIED = "The opposition leader was arrested by soldiers at dawn on Monday and flown to Santa Cruz."


def test_carried_passive_conjunct_of_passive_is_carried(rules_pipeline: object) -> None:
    ctx = read_context(rules_pipeline, _CARRIED)
    assert is_carried_traveller(_VISIT, token_of(ctx, "flown"), load_event_words())


def test_carried_passive_active_perfect_is_not_carried(rules_pipeline: object) -> None:
    ctx = read_context(rules_pipeline, "The Peruvian foreign minister has flown to Quito for talks.")
    assert not is_carried_traveller(_VISIT, token_of(ctx, "flown"), load_event_words())


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_carried_passive_captive_flown_is_no_visit_or_help(coder: str, request: pytest.FixtureRequest) -> None:
    types = coded_types(request.getfixturevalue(coder), _CARRIED)
    assert "CONSULT" not in types
    assert "AID" not in types


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_carried_passive_official_who_flew_visits(coder: str, request: pytest.FixtureRequest) -> None:
    text = "The Peruvian foreign minister flew to Quito on Monday for talks with his Ecuadorian counterpart."
    assert "CONSULT" in coded_types(request.getfixturevalue(coder), text)
