"""A meeting named only as the time of another act: who held it (parley.events._meeting_parties)."""

from __future__ import annotations

from typing import Any

from _events_setup import coded_events


def test_events_meeting_parties_participle_times_the_main_clause(pipeline: Any) -> None:
    # "Following" parsed as a preposition: the minister of the main clause held the talks
    text = (
        "Following talks with union leaders in Lusaka on Monday, the Zambian Minister of Mines agreed "
        "to reopen the smelter."
    )
    consults = [e for e in coded_events(pipeline, text) if e[0] == "CONSULT"]
    assert consults and consults[0][1] == ["ZMB"]


def test_events_meeting_parties_passive_doers_held_the_talks(pipeline: Any) -> None:
    text = "The treaty was signed in Accra by the Ghanaian and Togolese foreign ministers after three days of talks."
    consults = [e for e in coded_events(pipeline, text) if e[0] == "CONSULT"]
    assert consults and {"GHA", "TGO"} <= set(consults[0][1] + consults[0][2])
