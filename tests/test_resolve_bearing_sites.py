"""A compass word's "of <Name>" phrase places the act by the name ("an exercise in the desert north of
Zouerate", "bombed positions south of Hodeidah")."""

from __future__ import annotations

from typing import Any

from _resolve_setup import site_name

_TOWNS = {"Tindouf", "Marsabit", "Kalaat"}


def _site(pipeline: Any, text: str, trigger: str, physical: bool = True) -> str | None:
    return site_name(pipeline, text, trigger, physical=physical, verbal=False, known=_TOWNS.__contains__)


def test_where_exercise_in_the_desert_north_of_a_town(pipeline: Any) -> None:
    text = "Algerian and Malian troops began a joint exercise in the desert south of Tindouf on Monday."
    assert _site(pipeline, text, "exercise") == "Tindouf"


def test_where_positions_east_of_a_town(pipeline: Any) -> None:
    text = "Government jets bombed rebel positions east of Marsabit on Sunday night."
    assert _site(pipeline, text, "bombed") == "Marsabit"


def test_where_patrols_along_the_border_west_of_an_unknown_town(pipeline: Any) -> None:
    text = "Police from both countries began patrolling together along the border west of Zagrevo on Friday."
    assert _site(pipeline, text, "patrolling") == "Zagrevo"


def test_where_compass_word_before_a_common_noun_places_nothing(pipeline: Any) -> None:
    text = "Gunmen attacked a convoy in the far north of the country on Tuesday."
    assert _site(pipeline, text, "attacked") is None


def test_where_of_after_other_words_places_nothing(pipeline: Any) -> None:
    text = "The minister condemned the killing of Kalaat residents on Tuesday."
    assert _site(pipeline, text, "condemned", physical=False) is None
