"""Speaker labels of broadcast transcripts are no datelines."""

from __future__ import annotations

from datetime import date

import pytest

from parley.clean import find_dateline

_TRANSCRIPT = (
    "EVENING DESK - TRANSCRIPT\n\n"
    "HOST (PETRA VOLKOVA): Good evening. The harbour strike entered its third week today.\n\n"
    "MARTENS (IN ROTTERDAM): Petra, the cranes have been silent since dawn and the pickets are growing.\n\n"
    "HOST: Has the port authority said anything?\n\n"
    "MARTENS: Only that talks will resume on Thursday."
)


def test_clean_dateline_speaker_turns_of_a_transcript_are_no_dateline() -> None:
    assert find_dateline(_TRANSCRIPT, date(2021, 4, 6)) is None


def test_clean_dateline_after_three_speaker_turns_a_dashed_dateline_still_counts() -> None:
    text = "OSLO, April 6 (Nordwire) - The harbour strike ended.\n\n" + _TRANSCRIPT
    line = find_dateline(text, date(2021, 4, 6))
    assert line is not None and line.place == "Oslo"


@pytest.mark.parametrize(
    "text",
    [
        "MODERATOR: Welcome to the panel on river rights. Our first speaker is ready.\n\nThanks.",
        "REPORTER (OWEN PRICE): The queue outside the bakery stretched round the block.\n\nMore.",
        "UNIDENTIFIED FEMALE: We want the clinic reopened before winter.\n\nMore.",
    ],
)
def test_clean_dateline_a_speaker_role_label_is_no_place(text: str) -> None:
    assert find_dateline(text, date(2021, 4, 6)) is None
