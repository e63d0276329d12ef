"""An accusation that calls a thing named by no event word by a name answers the doers of the deed just
told (parley.events._recip_doers.judged_deed_doers), on invented articles."""

from __future__ import annotations

from _events_setup import roles_of_type

# Austria dealt with Slovenia last: the counterpart fallback would answer Austria
_STORY = "Austria pledged help to Slovenia on Monday. "


def _slovene_accusations(pipeline, text: str) -> list[tuple[list[str], list[str]]]:  # type: ignore[no-untyped-def]
    return [roles for roles in roles_of_type(pipeline, _STORY + text, "ACCUSE") if roles[0] == ["SVN"]]


def test_events_recip_judged_deed_move_answers_its_doer(pipeline) -> None:  # type: ignore[no-untyped-def]
    deed = "On Tuesday Hungary deployed tanks along the Mura river. "
    text = deed + "Ljubljana condemned the step as plain intimidation."
    assert _slovene_accusations(pipeline, text) == [(["SVN"], ["HUN"])]


def test_events_recip_judged_deed_called_step(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "called the step an overreaction": the deed's own target (Croatia) is not the one accused
    text = "On Tuesday Hungary expelled two Croatian diplomats. Ljubljana called the step an overreaction."
    assert _slovene_accusations(pipeline, text) == [(["SVN"], ["HUN"])]


def test_events_recip_judged_deed_skips_judgements(pipeline) -> None:  # type: ignore[no-untyped-def]
    # an accusation told before is words, not a deed: "the affair" is not read as Hungary's doing
    text = "On Tuesday Hungary accused Croatia of stealing water from the river. Ljubljana called the affair a farce."
    assert all("HUN" not in recipients for _, recipients in _slovene_accusations(pipeline, text))
