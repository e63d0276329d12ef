"""A people of one region of one state is of that state: "a Chechen activist" is Russia's."""

from __future__ import annotations

from datetime import date

import pytest

from _mentions_setup import mention_codes
from parley.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Police in Oslo detained a Chechen activist on Friday.", "Chechen", "RUS"),
        ("Tibetan monks marched through the town on Monday.", "Tibetan", "CHN"),
        ("Uyghur traders closed their shops in protest.", "Uyghur", "CHN"),
        ("Bangladesh gave rice to Rohingya refugees in the camps.", "Rohingya", "MMR"),
        ("Jakarta accused West Papuan separatists of the attack.", "West Papuan", "IDN"),
    ],
)
@pytest.mark.parametrize("fixture", ["pipeline", "rules_pipeline"])
def test_mentions_regional_peoples_take_their_state(
    request: pytest.FixtureRequest, fixture: str, text: str, phrase: str, code: str
) -> None:
    pipe: Pipeline = request.getfixturevalue(fixture)
    assert mention_codes(pipe, text, phrase, date(2018, 6, 1)) == [code]
