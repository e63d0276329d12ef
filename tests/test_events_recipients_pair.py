"""A third party's appeal to "both sides", read from an event of the same sentence that has the third
party as one side, goes to the story's two states (parley.events._recip_filters.pair_beside_actor)."""

from __future__ import annotations

from types import SimpleNamespace

from _events_setup import roles_of_type
from parley.document import Entity
from parley.events._recip_filters import pair_beside_actor

_STORY = (
    "Chad accused Sudan on Monday of arming rebels who attacked the border town of Adre.\n\n"
    "Sudan denied the charge and accused Chad of sheltering Darfur insurgents.\n\n"
    "Chad recalled its ambassador from Khartoum, and Sudan closed its border with Chad.\n\n"
)


def test_events_recipients_pair_third_party_appeal_goes_to_both_states(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _STORY + "Qatar, which has hosted Sudanese negotiators in Doha, urged both sides to return to talks."
    assert roles_of_type(pipeline, text, "REQUEST") == [(["QAT"], ["SDN", "TCD"])]


def test_events_recipients_pair_leaves_a_group_phrase_alone() -> None:
    said = '"the 26 governments" stands for "HUN" (the story so far)'
    group = [Entity(code="HUN", sector=None, entity_text="", resolved_by=said)]
    actors = [Entity(code="MDA", sector=None, entity_text="Moldova")]
    ctx = SimpleNamespace(words=SimpleNamespace(pair_word=frozenset({"two", "both"})))
    assert pair_beside_actor(group, actors, ctx) == group  # type: ignore[arg-type]
