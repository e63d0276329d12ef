"""Help whose receiver hangs deep in what was sent ("ships loaded with food to Somalia")
(parley.events._recip_goods_to.goods_sent_to)."""

from __future__ import annotations

from _events_setup import roles_of_type
from parley.pipeline import Pipeline


def test_events_recip_goods_to_receiver_inside_cargo(pipeline: Pipeline) -> None:
    text = (
        "The UAE has sent two ships loaded with 1,800 tonnes of food, shelter materials and medical "
        "supplies to Somalia and Kenya, where floods have displaced hundreds of thousands of people."
    )
    assert roles_of_type(pipeline, text, "AID") == [(["ARE"], ["KEN", "SOM"])]


def test_events_recip_goods_to_receiver_beside_verb_kept(pipeline: Pipeline) -> None:
    text = "Turkey delivered aid packages containing food and blankets to Syria."
    assert roles_of_type(pipeline, text, "AID") == [(["TUR"], ["SYR"])]
