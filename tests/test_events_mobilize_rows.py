"""Rows of data/triggers.tsv and data/event_words.tsv for mobilisations: armed units flown, airlifted,
mustered, recalled, sent, added or dug in, each read in an invented sentence, and a near sentence the row
must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from _events_setup import coded_types as _types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_mobilize_rows_battalion_flown_is_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Venezuela has flown a battalion of 800 soldiers to Tachira state.")
    assert [e[:2] for e in found] == [("MOBILIZE", ["VEN"])]


def test_events_mobilize_rows_gunships_flown_are_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Chad has flown two helicopter gunships to Abeche.") == ["MOBILIZE"]


def test_events_mobilize_rows_wounded_flown_stay_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Morocco flew 40 Malian soldiers wounded in the fighting to Rabat for treatment.")
    assert found == ["AID"]


def test_events_mobilize_rows_minister_flying_to_a_capital_is_a_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Oman's foreign minister flew to Tehran on Tuesday for talks.") == ["CONSULT"]


def test_events_mobilize_rows_special_forces_airlifted_are_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya said it was airlifting a company of special forces to the town of Afgoye."
    assert _types(pipeline, text) == ["MOBILIZE"]


def test_events_mobilize_rows_airlifted_wounded_stay_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Morocco airlifted 40 wounded Malian soldiers to Rabat.") == ["AID"]


def test_events_mobilize_rows_a_number_of_reservists_mustered(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Cuba's armed forces have mustered an unspecified number of reservists in Holguin.")
    assert [e[:2] for e in found] == [("MOBILIZE", ["CUB"])]


def test_events_mobilize_rows_reservists_recalled(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Pakistan has recalled several thousand reservists to their units."
    assert [e[:2] for e in _events(pipeline, text)] == [("MOBILIZE", ["PAK"])]


def test_events_mobilize_rows_ambassador_recalled_is_no_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Pakistan recalled its ambassador from Kabul.") == ["SANCTION"]


def test_events_mobilize_rows_outposts_set_up(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Sudanese troops set up four new outposts in the strip in December.")
    assert [e[:2] for e in found] == [("MOBILIZE", ["SDN"])]


def test_events_mobilize_rows_joint_post_set_up_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Gambia and Senegal set up a joint command post at Bignona.") == ["COOPERATE"]


def test_events_mobilize_rows_more_troops_on_a_border(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Jordan has doubled the number of troops patrolling the border."
    assert [e[:2] for e in _events(pipeline, text)] == [("MOBILIZE", ["JOR"])]


def test_events_mobilize_rows_more_visas_is_no_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "MOBILIZE" not in _types(pipeline, "Jordan doubled the number of visas issued to Syrians.")


def test_events_mobilize_rows_carabineros_sent(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert [e[:2] for e in _events(pipeline, "Chile has sent 60 extra Carabineros to the post.")] == [
        ("MOBILIZE", ["CHL"])
    ]


def test_events_mobilize_rows_marines_landed(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert [e[:2] for e in _events(pipeline, "Iran landed some 300 marines on the island of Abu Musa.")] == [
        ("MOBILIZE", ["IRN"])
    ]


def test_events_mobilize_rows_doctors_landing_stay_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "A brigade of 17 Cuban doctors landed in Saint Lucia on Monday to help.") == ["AID"]


def test_events_mobilize_rows_riot_police_brought_in(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "South Korea brought in about 800 riot police from Jeonju to guard the gate."
    assert [e[:2] for e in _events(pipeline, text)] == [("MOBILIZE", ["KOR"])]


def test_events_mobilize_rows_rules_brought_in_are_no_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "MOBILIZE" not in _types(pipeline, "Kenya brought in new rules for importers.")


def test_events_mobilize_rows_units_moved_to_a_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Algeria has also moved two border guard battalions to the Tlemcen area."
    assert [e[:2] for e in _events(pipeline, text)] == [("MOBILIZE", ["DZA"])]


def test_events_mobilize_rows_weapons_being_moved(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Sudanese state television showed tanks being moved toward the Heglig oil area on Wednesday."
    assert "MOBILIZE" in _types(pipeline, text)


def test_events_mobilize_rows_offices_moved_are_no_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Algeria moved its consulate to a new building in Oujda.") == []


def test_events_mobilize_rows_truckloads_of_soldiers_are_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Phnom Penh has sent two truckloads of soldiers to Oddar Meanchey province."
    assert _types(pipeline, text) == ["MOBILIZE"]


def test_events_mobilize_rows_truckloads_of_tents_stay_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Turkey sent two truckloads of tents to the quake zone.") == ["AID"]


def test_events_mobilize_rows_columns_count_the_tanks_they_move(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Ethiopia has moved several columns of tanks to within five kilometres of the border.")
    assert [e[:2] for e in found] == [("MOBILIZE", ["ETH"])]


def test_events_mobilize_rows_called_up_for_a_course_is_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Bahrain has called up 500 reservists for a two-week training course."
    assert _types(pipeline, text) == ["MOBILIZE"]


def test_events_mobilize_rows_calling_for_a_boycott_is_no_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "MOBILIZE" not in _types(pipeline, "Slovenia called for a boycott of the tournament.")


def test_events_mobilize_rows_scrambled_jets_of_any_name_are_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Finland scrambled two F/A-18 Hornets after the bomber approached its airspace.")
    assert [e[:2] for e in found] == [("MOBILIZE", ["FIN"])]


def test_events_mobilize_rows_states_scrambling_to_act_is_no_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Chile and Peru scrambled to contain the oil slick.") == []


def test_events_mobilize_rows_police_officers_moved_are_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Bolivia has moved 300 additional police officers to the border town of Yacuiba."
    assert _types(pipeline, text) == ["MOBILIZE"]


def test_events_mobilize_rows_fighters_scrambled_by_model_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Hungary's air force scrambled two Gripens after a drone crossed the border.")
    assert [e[:2] for e in found] == [("MOBILIZE", ["HUN"])]


def test_events_mobilize_rows_scrambled_eggs_are_no_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "The Hungarian minister scrambled eggs for the visiting delegation.") == []


def test_events_mobilize_rows_forces_dug_in(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Sudanese militia have dug in along the ridge above the farms.")
    assert [e[:2] for e in found] == [("MOBILIZE", ["SDN"])]


def test_events_mobilize_rows_heels_dug_in_are_no_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "MOBILIZE" not in _types(pipeline, "Chile has dug in its heels over the fishing quota.")


def test_events_mobilize_rows_squadrons_flown(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Sudan flew two squadrons of fighter jets to Kassala on Monday.")
    assert [e[:2] for e in found] == [("MOBILIZE", ["SDN"])]


def test_events_men_sent_to_a_course_or_exercise_cooperate(pipeline) -> None:  # type: ignore[no-untyped-def]
    # officers sent to a partner's course take part in shared work, not a show of force
    found = _events(pipeline, "Ghana sent 20 police officers to a training course in Nigeria.")
    assert found == [("COOPERATE", ["GHA"], ["NGA"])]
    assert _types(pipeline, "Russia sent 3,000 troops to the border with Ukraine on Monday.") == ["MOBILIZE"]
    # warships sent out for a drill of one's own are a show of force
    assert _types(pipeline, "Russia sent six warships into the Baltic Sea for an exercise.") == ["MOBILIZE"]


def test_events_mobilize_rows_a_building_ringed_by_police(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The courthouse in Guatemala City was ringed by 300 police and soldiers for the reading."
    assert [e[:2] for e in _events(pipeline, text)] == [("MOBILIZE", ["GTM"])]


def test_events_mobilize_rows_troops_crossing_into_a_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "In 1998 South African troops crossed into Lesotho to put down an army mutiny.")
    assert [e[:2] for e in found] == [("MOBILIZE", ["ZAF"])]


def test_events_mobilize_rows_lorries_crossing_into_a_country_are_no_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "MOBILIZE" not in _types(pipeline, "Hundreds of Kenyan lorries carrying fuel crossed into Uganda on Monday.")


def test_events_mobilize_rows_staged_drills_are_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    # spaCy reads the past "staged" as "stag": the form's rows say what "stage" says
    found = _events(pipeline, "Armenia staged drills near the Azerbaijani border on Friday.")
    assert any(e[0] == "MOBILIZE" and e[1] == ["ARM"] for e in found)


def test_events_mobilize_rows_staged_play_is_no_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "MOBILIZE" not in _types(pipeline, "An Armenian troupe staged a play in Tbilisi on Friday.")
