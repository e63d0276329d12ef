"""Help signed by two states together goes to the one its object names
(parley.events._recip_aid_receiver.aid_receiver_among_givers)."""

from __future__ import annotations

from _events_setup import roles_of_type
from parley.pipeline import Pipeline


def test_events_recip_aid_receiver_debt_of_one_side(pipeline: Pipeline) -> None:
    text = (
        "Argentina's economy minister and his Bolivian counterpart signed an accord in Buenos Aires on "
        "Monday cancelling $50 million of Bolivian debt."
    )
    assert roles_of_type(pipeline, text, "AID") == [(["ARG"], ["BOL"])]


def test_events_recip_aid_receiver_vessels_for_one_side(pipeline: Pipeline) -> None:
    text = (
        "The Department of Transportation and Communications and the Japan International Cooperation "
        "Agency on Monday signed a loan agreement worth 18.7 billion yen for the acquisition of ten "
        "vessels for the Philippine Coast Guard."
    )
    assert roles_of_type(pipeline, text, "AID") == [(["JPN"], ["PHL"])]


def test_events_recip_aid_receiver_neither_named(pipeline: Pipeline) -> None:
    text = "Mexico's foreign trade bank and the Honduran central bank signed a $50 million credit facility on Tuesday."
    assert roles_of_type(pipeline, text, "AID") == [(["HND", "MEX"], [])]
