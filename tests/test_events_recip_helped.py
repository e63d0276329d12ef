"""A promise to help, or let, a side do something is made to that side, even when spaCy parses it as the
subject of the inner clause (parley.events._recip_helped.helped_doers)."""

from __future__ import annotations

from _events_setup import roles_of_type
from parley.pipeline import Pipeline


def test_events_recip_helped_speaker_of_own_state_keeps_the_helped(pipeline: Pipeline) -> None:
    # the speaker named with his state once dropped Viet Nam (no story counterpart to guess it from)
    for speaker in ("Minister Lim", "Singapore's Minister Tan"):
        text = f"{speaker} said Singapore was prepared to help Viet Nam train 5,000 managers over the next five years."
        assert roles_of_type(pipeline, text, "AGREE") == [(["SGP"], ["VNM"])]


def test_events_recip_helped_refusal_to_let_is_aimed_at_the_let(pipeline: Pipeline) -> None:
    text = "Bosnian Serb officials refused to let Croatian investigators search a site near Bosanska Gradiska."
    assert roles_of_type(pipeline, text, "REJECT") == [(["BIH"], ["HRV"])]
