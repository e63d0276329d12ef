"""A noun's participle "wanted"/"sought" says who is hunted, no request, for either coder; a request
told by its own verb stays one."""

from __future__ import annotations

import pytest

from _events_setup import coded_types

_CODERS = ["rules_pipeline", "learned_pipeline"]


@pytest.mark.parametrize("coder", _CODERS)
def test_extras_wanted_drops_a_hunted_suspect(coder: str, request: pytest.FixtureRequest) -> None:
    text = "Laos handed over to Vietnam 14 suspects wanted for drug trafficking on Monday."
    types = coded_types(request.getfixturevalue(coder), text)
    assert "REQUEST" not in types
    assert "COOPERATE" in types


@pytest.mark.parametrize("coder", _CODERS)
def test_extras_wanted_drops_a_sought_man(coder: str, request: pytest.FixtureRequest) -> None:
    text = "Gambia extradited three Senegalese businessmen sought over illegal logging."
    assert "REQUEST" not in coded_types(request.getfixturevalue(coder), text)


@pytest.mark.parametrize("coder", _CODERS)
def test_extras_wanted_keeps_a_request_made(coder: str, request: pytest.FixtureRequest) -> None:
    text = "Colombia asked Venezuela on Monday to hand over two men wanted for murder."
    assert "REQUEST" in coded_types(request.getfixturevalue(coder), text)
