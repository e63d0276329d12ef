"""Acts on a leader's own backers or critics are aimed at his own state (parley.events._recip_home), on
invented articles."""

from __future__ import annotations

from _events_setup import roles_of_type

_STORY = "Zambian troops crossed into Malawi on Monday. Malawi protested to Lusaka. "


def test_events_recip_home_critics_abroad_stay_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    # said on a visit abroad, and after a quarrel with a neighbour: his critics are still his own people
    text = _STORY + "On a visit to Washington, Zambia's president brushed aside his critics on Thursday."
    assert roles_of_type(pipeline, text, "REJECT") == [(["ZMB"], ["ZMB"])]


def test_events_recip_home_supporters_are_his_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    # another state named in the sentence: the supporters are still the leader's own people
    met = "After meeting South Africa's president in Pretoria, "
    text = _STORY + met + "the Zambian leader asked his supporters to go home quietly."
    assert roles_of_type(pipeline, text, "REQUEST") == [(["ZMB"], ["ZMB"])]


def test_events_recip_home_defence_to_critics_is_kept(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a defence of one's own policy to critics at home: support named by the sentence, not a guessed partner
    text = _STORY + "In Lusaka, the Zambian president defended the incursion to his critics on Thursday."
    assert roles_of_type(pipeline, text, "SUPPORT") == [(["ZMB"], ["ZMB"])]


def test_events_recip_home_not_for_a_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    # an international body has no people of its own: its appeal is not turned back on itself
    text = _STORY + "The United Nations urged the critics to be patient."
    assert all("UNO" not in recipients for _, recipients in roles_of_type(pipeline, text, "REQUEST"))
