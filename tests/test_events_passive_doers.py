"""Subject conditions of trigger rows (subj=, notsubj=, forcesubj) read the doer of a passive clause
from its "by" agent (parley.events._conditions)."""

from __future__ import annotations

from _events_setup import coded_events as _events


def test_events_passive_doers_seized_by_pirates_is_an_abduction(pipeline, rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # the row "seize ... subj=pirates" reads the agent of the passive as it reads an active subject
    for coder in (pipeline, rules_pipeline):
        found = _events(coder, "MANILA, May 3 - A Filipino trader was seized by pirates off Jolo on Monday.")
        assert [e[0] for e in found] == ["ASSAULT"]


def test_events_passive_doers_seized_by_the_navy_stays_a_seizure(pipeline, rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # an agent the row does not list leaves the plain seizure
    for coder in (pipeline, rules_pipeline):
        found = _events(coder, "MANILA, May 3 - A Filipino trader was seized by the navy off Jolo on Monday.")
        assert [e[0] for e in found] == ["COERCE"]
