"""A token's participants read once for both coders' asks (parley.events._candidates.BuiltOnce)."""

from __future__ import annotations

from typing import Any

from _events_setup import role_finder, token_of
from parley.events._candidates import BuiltOnce, build_candidate, find_candidate


def _trigger_at(pipeline: Any, text: str, word: str) -> tuple[Any, Any, Any]:
    """The role finder of ``text``, its token ``word`` and the lexicon row that token matches."""
    roles = role_finder(pipeline, text)
    token = token_of(roles.ctx, word)
    trig = roles.matcher.match(token)
    assert trig is not None
    return roles, token, trig


def test_candidates_built_once_same_row_and_cues_read_once(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles, token, trig = _trigger_at(pipeline, "Japan imposed sanctions on North Korea.", "imposed")
    once = BuiltOnce()
    first = once.build(trig, token, roles, future=False)
    assert first is not None and [a.code for a in first.actors] == ["JPN"]
    assert once.build(trig, token, roles, future=False) is first


def test_candidates_built_once_other_cues_read_anew(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles, token, trig = _trigger_at(pipeline, "Chinese President Xi Jinping will visit Brazil next month.", "visit")
    once = BuiltOnce()
    asserted = once.build(trig, token, roles, future=False)
    promised = once.build(trig, token, roles, future=True)
    assert asserted is not None and promised is not None and promised is not asserted
    assert (asserted.modality, promised.modality) == ("asserted", "future")
    assert promised.type == build_candidate(trig, token, roles, future=True).type  # type: ignore[union-attr]


def test_candidates_built_once_rules_reading_kept_for_the_model(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = role_finder(pipeline, "Japan imposed sanctions on North Korea.")
    token = token_of(roles.ctx, "imposed")
    once = BuiltOnce()
    ruled = find_candidate(token, roles.matcher, roles, None, once)
    assert ruled is not None and ruled.type == "SANCTION"
    # the learned coder's ask with the same row and cues gets the rules' reading, not a new one
    assert once.build(ruled.trigger, token, roles, future=False) is ruled
    alone = find_candidate(token, roles.matcher, roles)
    assert alone is not None and alone is not ruled
    assert (alone.actors, alone.recipients, alone.type) == (ruled.actors, ruled.recipients, ruled.type)
