"""An answer told in the relative clause of a noun that names the main act again after a comma ("...,
an idea China rebuffed") is aimed at the main clause's subject
(parley.events._recip_restated.restated_act_doers), for either coder."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type

_CODERS = ["rules_pipeline", "learned_pipeline"]


@pytest.mark.parametrize("coder", _CODERS)
def test_recip_restated_answer_goes_to_main_subject(coder: str, request: pytest.FixtureRequest) -> None:
    text = (
        "Burundi closed its border with Rwanda on Monday.\n\n"
        "The German foreign minister had proposed that the Security Council allow airdrops "
        "without Bujumbura's approval, an idea Moscow rebuffed."
    )
    rejects = roles_of_type(request.getfixturevalue(coder), text, "REJECT")
    assert rejects == [(["RUS"], ["DEU"])]
