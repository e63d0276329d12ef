"""SANCTION, COERCE and PROTEST rows of data/triggers.tsv the lexicon once missed (imports banned, tariffs
slapped on, consuls recalled, trawlers boarded, gates chained): each row read in an invented sentence, and a near
sentence the row must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from _events_setup import coded_types as _types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_imports_banned_by_a_state_are_a_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Belarus banned imports of Lithuanian milk and cheese on Monday.")
    assert [e[:2] for e in found] == [("SANCTION", ["BLR"])]


def test_events_a_domestic_ban_stays_coercion(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "The Kenyan government banned rallies in Nairobi on Monday.")
    assert "SANCTION" not in found


def test_events_tariffs_slapped_on_a_neighbour_are_a_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Croatia slapped higher tariffs on Serbian fruit on Tuesday.")
    assert [e[:2] for e in found] == [("SANCTION", ["HRV"])]


def test_events_a_recalled_consul_is_a_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Liberia has recalled its consul from Guinea.")
    assert [e[:2] for e in found] == [("SANCTION", ["LBR"])]


def test_events_a_boarded_trawler_is_a_seizure(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The Guyanese coast guard boarded a Venezuelan trawler on Sunday.")
    assert [e[:2] for e in found] == [("COERCE", ["GUY"])]


def test_events_boarding_a_flight_is_no_seizure(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "The Guyanese minister boarded a flight to Caracas on Sunday.")
    assert "COERCE" not in found


def test_events_gates_chained_by_workers_are_a_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Dockworkers chained the main gate of the Lebanese port of Sidon overnight.")
    assert "PROTEST" in found


def test_events_a_chained_prisoner_is_no_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Lebanese guards chained the prisoners in Sidon overnight.")
    assert "PROTEST" not in found


def test_events_people_ordered_off_a_place_are_coercion(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "A Honduran navy patrol ordered 40 Belizean fishermen off Hunting Caye on Sunday.")
    assert [e[:2] for e in found] == [("COERCE", ["HND"])]


def test_events_a_boat_ordered_out_of_an_area_is_coercion(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The Ghanaian navy ordered the Togolese trawler out of the area on Monday.")
    assert [e[:2] for e in found] == [("COERCE", ["GHA"])]


def test_events_people_barred_from_entering_are_rejected(pipeline) -> None:  # type: ignore[no-untyped-def]
    # PLOVER: barring entry is a REJECT; the training gold codes no 'bar' COERCE
    found = _types(pipeline, "Malawi barred a Mozambican trade delegation from entering the country on Wednesday.")
    assert "REJECT" in found and "COERCE" not in found


def test_events_goods_barred_are_a_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Zambia barred Malawian trucks from its roads on Monday.")
    assert "SANCTION" in found and "COERCE" not in found


def test_events_a_proposal_blocked_is_rejected(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a veto of a proposal or package is a REJECT (training gold 2 of 2 coded), not a blockade
    found = _types(pipeline, "Hungary blocked a proposal to send military equipment to Moldova on Monday.")
    assert "REJECT" in found and "COERCE" not in found


def test_events_joint_exercise_suspended_is_a_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a drill held with a partner, called off, is a tie cut; its own drills stopped are a step back
    found = _events(pipeline, "Thailand suspended a joint naval exercise with Cambodia on Monday.")
    assert [e[0] for e in found] == ["SANCTION"]
    assert found[0][1:] == (["THA"], ["KHM"])
    assert _types(pipeline, "Greece suspended its military exercises in the Aegean on Monday.") == ["RETREAT"]


def test_events_landing_rights_cancelled_are_a_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Ghana cancelled landing rights for a Togolese airline on Wednesday.")
    assert "SANCTION" in found and "REJECT" not in found


def test_events_visit_cancelled_stays_a_rejection(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Ghana cancelled a visit to Lome by its deputy defence minister.")
    assert "REJECT" in found and "SANCTION" not in found


def test_events_visit_suspended_is_a_rejection(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Ghana suspended a planned visit by a Togolese trade delegation.")
    assert "REJECT" in found and "SANCTION" not in found


def test_events_talks_suspended_stay_a_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Ghana suspended talks with Togo on a joint fisheries commission.")
    assert "SANCTION" in found and "REJECT" not in found


def test_events_joint_operations_suspended_with_a_partner_are_a_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Madrid has suspended joint military operations alongside the Moroccan navy.")
    assert [e[:2] for e in found] == [("SANCTION", ["ESP"])]


def test_events_joint_exercises_called_off_are_a_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Athens has called off two joint naval drills with Egypt.")
    assert found == ["SANCTION"]


def test_events_a_strike_called_off_is_no_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "The Korean dockers' union called off its strike on Monday.")
    assert "SANCTION" not in found


def test_events_assistance_paused_is_a_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Ottawa paused several aid programmes to Chad on Monday.")
    assert [e[:2] for e in found] == [("SANCTION", ["CAN"])]


def test_events_agreements_revoked_are_a_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The junta in Ouagadougou revoked its defence accords with Belgium.")
    assert [e[:2] for e in found] == [("SANCTION", ["BFA"])]
