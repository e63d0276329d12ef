"""An act told again in the passive with no doer (parley.events._restated_passive)."""

from __future__ import annotations

from _events_setup import roles_of_type as _events

_PARDON = "Ghana's president pardoned 12 Togolese traders on Monday.\n\n"


def test_events_restated_passive_pardon_told_again_is_one_event(pipeline, rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # the second sentence says why the pardon came: the pardon already coded, no second one
    text = _PARDON + "The pardon was granted after a request from Lome, officials said."
    for coder in (pipeline, rules_pipeline):
        assert _events(coder, text, "CONCEDE") == [(["GHA"], ["TGO"])]


def test_events_restated_passive_instruction_told_again_is_one_event(pipeline, rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # "was told to press the request": how the request already told is carried out
    text = (
        "Ghana asked Togo to reopen the border on Monday.\n\n"
        "The Ghanaian envoy in Lome was told to press the request with Benin's minister."
    )
    for coder in (pipeline, rules_pipeline):
        assert _events(coder, text, "REQUEST") == [(["GHA"], ["TGO"])]


def test_events_restated_passive_with_a_doer_is_kept(pipeline, rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # "by" names who acted: the passive tells an act of its own
    text = _PARDON + "The pardon was granted by the president after a request from Lome."
    for coder in (pipeline, rules_pipeline):
        assert len(_events(coder, text, "CONCEDE")) == 2
