"""A clause parsed as the fronted content of a material act is an act of its own
(parley.events._fronted_acts), on invented sentences."""

from __future__ import annotations

from typing import Any

from _events_setup import coded_events, role_finder, token_of
from parley.events._fronted_acts import is_fronted_beside_act


def test_events_fronted_acts_release_before_material_act_is_coded(rules_pipeline: Any) -> None:
    text = (
        "Iran released Aino Lehtinen, a Finnish bird researcher held for 14 months on spying charges, on Thursday, "
        "a day after a German court freed an Iranian businessman awaiting trial for breaching export controls."
    )
    events = coded_events(rules_pipeline, text)
    assert ("RETREAT", ["IRN"], ["FIN"]) in events
    assert ("RETREAT", ["DEU"], ["IRN"]) in events


def test_events_fronted_acts_said_clause_stays_content(rules_pipeline: Any) -> None:
    roles = role_finder(rules_pipeline, "Iran released the sailors on Thursday, officials said.")
    lead = token_of(roles.ctx, "released")
    assert lead.dep_ == "ccomp"
    assert not is_fronted_beside_act(lead, roles.matcher.match(lead.head))
