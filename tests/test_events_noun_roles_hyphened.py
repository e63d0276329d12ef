"""Two names joined by a hyphen before a joint act's noun (parley.events._noun_roles)."""

from __future__ import annotations

from typing import Any

from _events_setup import coded_events


def test_events_noun_roles_hyphened_pair_are_both_parties_in_written_order(pipeline: Any) -> None:
    text = (
        "The second phase of the China-Russia joint counter-terrorism exercise opened at the Zhurihe "
        "training base on Monday."
    )
    (event,) = [e for e in coded_events(pipeline, text) if e[0] == "COOPERATE"]
    assert event == ("COOPERATE", ["CHN"], ["RUS"])  # the first named leads
    text = "The opening of the Russia-China joint naval exercise was held near Vladivostok on Monday."
    assert [e for e in coded_events(pipeline, text) if e[0] == "COOPERATE"] == [("COOPERATE", ["RUS"], ["CHN"])]


def test_events_noun_roles_hyphened_pair_only_for_joint_acts(pipeline: Any) -> None:
    # a Cuban-American group is of one state: the pair is not read for an act done alone
    events = coded_events(pipeline, "A Cuban-American group in Miami condemned the deal.")
    assert all(actors == ["USA"] for _type, actors, _recipients in events)
