"""A noun's participle "accused of"/"charged with" says who the noun is, no accusation of the story,
for either coder; an accusation told by its own verb, or naming its accuser, stays one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from _events_setup import coded_types
from parley.events._extras_accused import is_accused_description

_CODERS = ["rules_pipeline", "learned_pipeline"]


@pytest.mark.parametrize("coder", _CODERS)
def test_extras_accused_drops_an_expelled_diplomats_charge(coder: str, request: pytest.FixtureRequest) -> None:
    text = "Tanzania has expelled two Burundian diplomats accused of spying on refugees, the ministry said."
    types = coded_types(request.getfixturevalue(coder), text)
    assert "ACCUSE" not in types
    assert "SANCTION" in types


@pytest.mark.parametrize("coder", _CODERS)
def test_extras_accused_keeps_an_accusation_made(coder: str, request: pytest.FixtureRequest) -> None:
    text = "Kenya accused Somalia on Monday of backing the rebels."
    assert "ACCUSE" in coded_types(request.getfixturevalue(coder), text)


@pytest.mark.parametrize("coder", _CODERS)
def test_extras_accused_keeps_a_named_accuser(coder: str, request: pytest.FixtureRequest) -> None:
    text = "Kenya expelled two diplomats accused by Nairobi of spying."
    assert "ACCUSE" in coded_types(request.getfixturevalue(coder), text)


def test_extras_accused_reads_an_object_participle(parse: Callable[[str, str], Any]) -> None:
    token = parse("Peruvian police arrested a Colombian accused of moving cocaine.", "accused")
    assert is_accused_description(token, "ACCUSE")
    assert not is_accused_description(token, "SANCTION")


def test_extras_accused_keeps_a_headline(parse: Callable[[str, str], Any]) -> None:
    token = parse("Thai army accused of backing insurgents", "accused")
    assert not is_accused_description(token, "ACCUSE")


def test_extras_accused_keeps_a_gapped_clause(parse: Callable[[str, str], Any]) -> None:
    token = parse("Five officers have been removed from duty and two charged with murder.", "charged")
    assert not is_accused_description(token, "ACCUSE")
