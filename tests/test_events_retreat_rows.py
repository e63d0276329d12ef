"""RETREAT rows of data/triggers.tsv the lexicon once missed (forces pulled back, restrictions scrapped
or dropped, barriers removed, alerts stood down, people repatriated): each row read in an invented
sentence, and a near sentence the row must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from _events_setup import coded_types as _types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_units_pulled_back_with_back_as_an_adverb_are_a_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The Thai army has pulled back two artillery units from the Cambodian border.")
    assert [e[:2] for e in found] == [("RETREAT", ["THA"])]


def test_events_units_pulled_back_under_a_deal_are_no_withdrawal_from_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Tajikistan pulled its units back on Monday under a deal with Kyrgyzstan.")
    assert "RETREAT" in found and "SANCTION" not in found


def test_events_a_withdrawn_unit_is_a_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Thailand has withdrawn a unit of rangers from the market near the Cambodian border.")
    assert [e[:2] for e in found] == [("RETREAT", ["THA"])]


def test_events_a_withdrawn_requirement_is_eased_not_conceded(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Panama has withdrawn a requirement that Costa Rican lorries change drivers.")
    assert [e[:2] for e in found] == [("RETREAT", ["PAN"])]


def test_events_a_scrapped_fee_is_a_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Mozambique on Tuesday scrapped a transit levy on Malawian fuel tankers.")
    assert ("RETREAT", ["MOZ"], ["MWI"]) in found


def test_events_a_dropped_requirement_is_a_retreat_but_dropped_charges_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Bahrain has dropped a requirement for Kuwaiti visitors to register online.") == ["RETREAT"]
    assert _types(pipeline, "Bahrain has dropped charges against two Kuwaiti fishermen.") == ["CONCEDE"]


def test_events_removed_checkpoints_are_a_retreat_but_a_removed_flag_is_not(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" in _types(pipeline, "Uzbek border guards have removed two checkpoints on the road to Kyrgyzstan.")
    assert "RETREAT" not in _types(pipeline, "Greek commandos removed the Turkish flag from the islet.")


def test_events_a_barricade_taken_down_is_a_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" in _types(pipeline, "Argentine activists took down their barricade on the bridge to Uruguay.")


def test_events_a_force_stood_down_is_a_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Estonia stood down its border reservists on Thursday.") == ["RETREAT"]


def test_events_lorries_waved_through_are_a_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Bolivian customs officers waved through 40 Peruvian lorries on Friday.") == ["RETREAT"]


def test_events_restored_permits_are_a_retreat_but_restored_ties_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Jordan restored the permits of Syrian hauliers on Monday.") == ["RETREAT"]
    assert _types(pipeline, "Jordan restored ties with Syria on Monday.") == ["SUPPORT"]


def test_events_repatriated_fishermen_are_a_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kuwait repatriated 11 Iraqi fishermen through the Safwan crossing on Monday.")
    assert ("RETREAT", ["KWT"], ["IRQ"]) in found


def test_events_scaled_back_searches_are_a_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "Spanish border officers scaled back vehicle searches at the Gibraltar crossing.") == [
        "RETREAT"
    ]


def test_events_men_handed_to_border_officials_are_returned(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Turkmen guards handed the three Iranian drivers to Iranian border officials on Sunday.")
    assert ("RETREAT", ["TKM"], ["IRN"]) in found


def test_events_a_note_handed_to_officials_is_no_return(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Malawi handed a protest note to Tanzanian officials in Lilongwe.")
    assert "RETREAT" not in [e[0] for e in found]


def test_events_men_set_free_before_the_object_are_released(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Argentine authorities set free six Chilean truck drivers on Wednesday.")
    assert ("RETREAT", ["ARG"], ["CHL"]) in found


def test_events_release_ordered_is_a_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" in _types(pipeline, "The President of the UAE has ordered the release of 1,215 prisoners.")


def test_events_arrest_ordered_is_no_release(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" not in _types(pipeline, "The President of the UAE has ordered the arrest of 15 Omani smugglers.")


def test_events_pause_observed_is_a_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Sudan's government said the Chadian rebels have observed a pause in hostilities.")
    assert "RETREAT" in [e[0] for e in found]


def test_events_rifles_handed_in_are_a_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Chadian rebel fighters handed in 85 rifles to the army in Bol.")
    assert "RETREAT" in [e[0] for e in found]


def test_events_lorries_allowed_to_cross_are_access_granted(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "allowed twenty lorries to cross": the parser reads the "to" clause with its own subject as a ccomp
    found = _events(pipeline, "Saudi Arabia has allowed fuel ships to dock at the Yemeni port of Hodeidah.")
    assert [e[:2] for e in found] == [("RETREAT", ["SAU"])]
    assert "RETREAT" in _types(pipeline, "Georgian officials allowed twenty lorries carrying fruit to cross on Friday.")


def test_events_trucks_allowed_to_use_a_yard_are_no_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" not in _types(pipeline, "Djibouti allowed Somaliland trucks to use the Loyada customs yard.")


def test_events_retreat_rows_strike_ended_by_its_strikers_is_called_off(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kenyan lorry drivers ended their three-day strike at the Malaba crossing on Friday.")
    assert [e[:2] for e in found] == [("RETREAT", ["KEN"])]


def test_events_retreat_rows_strike_ended_as_the_result_of_another_act_is_not(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Uganda's president received the Kenyan drivers' leaders on Monday, ending a week-long strike."
    assert "RETREAT" not in _types(pipeline, text)


def test_events_retreat_rows_ended_hostility_is_no_call_off(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" not in _types(pipeline, "Ghana and Togo ended years of hostility with a treaty.")


def test_events_retreat_rows_people_let_go_with_a_bare_infinitive(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Nigerian police held the two Beninese traders overnight and let them go on Sunday.")
    assert ("RETREAT", ["NGA"]) in [e[:2] for e in found]


def test_events_retreat_rows_convoy_let_cross_with_a_bare_infinitive(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Armenian villagers let one Georgian lorry an hour cross the bridge.")
    assert [e[0] for e in found] == ["RETREAT"]


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_a_lifted_sit_in_is_a_retreat_whatever_the_hyphen(
    coder: str, rules_pipeline: Pipeline, learned_pipeline: Pipeline
) -> None:
    chosen = rules_pipeline if coder == "rules" else learned_pipeline
    found = _events(chosen, "Bulgarian hauliers lifted their sit-in at the bridge on Tuesday.")
    assert [e[:2] for e in found] == [("RETREAT", ["BGR"])]


def test_events_set_free_before_a_number_and_a_nationality_is_a_release(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Thailand set free 31 Lao nationals on Sunday.")
    assert found == [("RETREAT", ["THA"], ["LAO"])]


def test_events_rolled_back_forces_and_measures_are_a_retreat_moving_lorries_are_not(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _types(pipeline, "North Korea has rolled its tanks back from the border.") == ["RETREAT"]
    assert _events(pipeline, "South Africa rolled back tariffs on Zimbabwean tobacco on Monday.") == [
        ("RETREAT", ["ZAF"], ["ZWE"])
    ]
    assert "RETREAT" not in _types(pipeline, "Ugandan lorries rolled back towards the border on Monday.")


def test_events_blockade_suspended_is_a_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Chilean truckers suspended their blockade of the road to Bolivia on Friday."
    assert "RETREAT" in _types(pipeline, text)
    assert "SANCTION" not in _types(pipeline, text)


def test_events_retreat_rows_a_crossing_that_reopens_is_a_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The Thai border market reopened on Monday after a week.")
    assert [e[:2] for e in found] == [("RETREAT", ["THA"])]


def test_events_retreat_rows_an_embassy_that_reopens_is_no_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" not in _types(pipeline, "The Nigerian embassy in Accra reopened on Monday.")


def test_events_retreat_rows_a_request_granted_is_a_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Saudi Arabia granted permission last week for the flights to land.")
    assert [e[:2] for e in found] == [("RETREAT", ["SAU"])]


def test_events_retreat_rows_convoy_read_as_verb_let_through(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the tagger reads "convoy" as a bare infinitive under "let": it is the object let through
    found = _events(pipeline, "Serbia let the UN convoy through on Tuesday.")
    assert any(e[0] == "RETREAT" and e[1] == ["SRB"] for e in found)


def test_events_retreat_rows_talks_let_drag_on_is_no_access(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" not in _types(pipeline, "Serbia let the talks drag on through the winter.")
