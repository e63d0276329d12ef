"""Trigger rows of data/triggers.tsv for material help the lexicon once missed (debt relief, loans
signed, deposits, funds released, goods distributed or trucked, the wounded flown out, refugees taken
in): each row read in an invented sentence, and a near sentence the row must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_debt_written_off_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Japan wrote off $200 million of Kenya's debt on Tuesday.")
    assert ("AID", ["JPN"], ["KEN"]) in found


def test_events_debt_rescheduled_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kuwait rescheduled $90 million of Jordanian loans on Monday.")
    assert ("AID", ["KWT"], ["JOR"]) in found


def test_events_debt_forgiven_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Canada announced it has forgiven C$40 million of debt owed by Haiti.")
    assert ("AID", ["CAN"], ["HTI"]) in found


def test_events_debt_cancelled_is_aid_not_rejection(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "France cancelled 50 million euros of debt owed by Niger on Friday.")
    assert [e[0] for e in found] == ["AID"]


def test_events_meeting_cancelled_stays_a_rejection(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "France cancelled its meeting with Niger on Friday.")
    assert [e[0] for e in found] == ["REJECT"]


def test_events_loan_agreement_signed_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kuwait signed a $30 million loan agreement with Benin on Monday.")
    assert found == [("AID", ["KWT"], ["BEN"])]


def test_events_trade_agreement_signed_is_no_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kuwait signed a trade agreement with Benin on Monday.")
    assert not any(e[0] == "AID" for e in found)


def test_events_deposit_placed_with_a_central_bank_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Qatar placed a $500 million deposit with Egypt's central bank on Sunday.")
    assert ("AID", ["QAT"], ["EGY"]) in found


def test_events_funds_released_are_aid_not_a_release(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The European Union released 5 million euros in emergency funds for Romania on Monday."
    assert [e[:2] for e in _events(pipeline, text)] == [("AID", ["EUR"])]


def test_events_wounded_flown_out_are_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "A Jordanian plane flew 30 Iraqi soldiers wounded in the fighting to Amman on Monday."
    assert [e[0] for e in _events(pipeline, text)] == ["AID"]


def test_events_food_distributed_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Turkey distributed 300 tonnes of flour to Syrian families on Monday.")
    assert ("AID", ["TUR"], ["SYR"]) in found


def test_events_goods_shipped_by_the_tonne_are_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "India shipped 5,000 tonnes of wheat to Afghanistan on Monday.")
    assert ("AID", ["IND"], ["AFG"]) in found


def test_events_food_trucked_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Chad trucked 500 tonnes of food to Sudanese refugees on Friday.")
    assert [e[0] for e in found] == ["AID"]


def test_events_soldiers_trucked_are_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Chad trucked 500 soldiers to the border with Sudan on Friday.")
    assert [e[0] for e in found] == ["MOBILIZE"]


def test_events_refugees_taken_in_are_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Uganda has taken in 20,000 Congolese refugees since January.")
    assert ("AID", ["UGA"], ["COD"]) in found


def test_events_officers_trained_by_the_dozen_are_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Morocco has trained dozens of Malian officers at its military academy in Meknes.")
    assert ("AID", ["MAR"], ["MLI"]) in found


def test_events_coast_guard_equipped_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Portugal has equipped Cape Verde's coast guard with two patrol boats.")
    assert ("AID", ["PRT"], ["CPV"]) in found


def test_events_patients_treated_are_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Indian navy doctors treated about 400 Mozambican patients at a free clinic in Maputo.")
    assert "AID" in [e[0] for e in found]


def test_events_request_treated_as_urgent_is_no_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Mexico treated the Guatemalan request as urgent.")
    assert "AID" not in [e[0] for e in found]


def test_events_money_put_up_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The United States has put up $6 million to cover rations for Somali refugees.")
    assert "AID" in [e[0] for e in found]


def test_events_checkpoint_put_up_is_no_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Nicaraguan troops put up a checkpoint near the Honduran border.")
    assert "AID" not in [e[0] for e in found]


def test_events_tonnes_unloaded_are_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(
        pipeline, "An Australian Air Force C-130 unloaded 12 tonnes of tarpaulins in Indonesia this morning."
    )
    assert "AID" in [e[0] for e in found]


def test_events_rescue_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Philippine marines rescued a Malaysian businessman in a dawn raid.")
    assert ("AID", ["PHL"], ["MYS"]) in found


def test_events_people_evacuated_by_rescuers_are_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The Philippine coast guard evacuated 23 crew members of a sinking Taiwanese vessel.")
    assert [e[0] for e in found] == ["AID"]


def test_events_an_embassy_evacuated_stays_a_withdrawal(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Britain evacuated its embassy in Kabul on Sunday.")
    assert [e[0] for e in found] == ["RETREAT"]


def test_events_supplies_brought_or_flown_in_are_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The Cuban specialists brought 3 tonnes of medicines and equipment to Haiti.")
    assert ("AID", ["CUB"], ["HTI"]) in found
    found = _events(pipeline, "The U.N. refugee agency flew in 4,000 tarpaulins and 12,000 blankets to Chad.")
    assert ("AID", ["UNO"], ["TCD"]) in found
    assert all(e[0] != "AID" for e in _events(pipeline, "Nigeria brought in troops to the border."))


def test_events_kidnapped_people_freed_are_rescued(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Cameroonian gendarmes freed four Chadian herders kidnapped by bandits near Touboro.")
    assert "AID" in [e[0] for e in found]
    assert "RETREAT" not in [e[0] for e in found]


def test_events_people_freed_in_a_raid_are_rescued(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Russian special forces freed the Swiss delegate in a night raid on a farmhouse.")
    assert ("AID", ["RUS"], ["CHE"]) in found


def test_events_captives_freed_by_their_holder_stay_a_release(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Eritrea on Tuesday freed 60 Djiboutian soldiers captured in the 2008 clashes.")
    assert ("RETREAT", ["ERI"], ["DJI"]) in found
    assert "AID" not in [e[0] for e in found]


def test_events_a_plane_sent_carries_help(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Indonesia dispatched a Hercules aircraft carrying 20 tonnes of relief supplies to Fiji.")
    assert ("AID", ["IDN"], ["FJI"]) in found
    found = _events(pipeline, "Japan sent a destroyer and patrol aircraft to monitor the Chinese ships.")
    assert "AID" not in [e[0] for e in found]


def test_events_what_a_plane_carries_is_no_recipient(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "France sent a military cargo plane with tents and water filters from New Caledonia to Vanuatu."
    found = _events(pipeline, text)
    assert ("AID", ["FRA"], ["VUT"]) in found


def test_events_sum_announced_by_its_donor_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Norway announced $3 million in emergency funds for flood victims in Malawi on Friday.")
    assert ("AID", ["NOR"]) in [e[:2] for e in found]
    found = _events(pipeline, "Sweden announced a new ambassador to Malawi on Friday.")
    assert "AID" not in [e[0] for e in found]


def test_events_sum_pledged_is_promised_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a pledge of money is aid still to come: PLOVER codes it AGREE, never AID
    found = _events(pipeline, "Norway pledged $3 million for flood victims in Malawi on Friday.")
    assert "AGREE" in [e[0] for e in found]
    assert "AID" not in [e[0] for e in found]


def test_events_sum_committed_is_aid_and_troops_committed_are_not(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Norway has committed $40 million to Malawi's health sector.")
    assert ("AID", ["NOR"], ["MWI"]) in found
    found = _events(pipeline, "Kenya committed two battalions to the mission in Somalia.")
    assert "AID" not in [e[0] for e in found]


def test_events_sum_transferred_or_chipped_in_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Austria has transferred €8 million to Bosnia's flood fund.")
    assert ("AID", ["AUT"], ["BIH"]) in found
    found = _events(pipeline, "Sweden chipped in €5m last year for Liberia's road repairs.")
    assert ("AID", ["SWE"], ["LBR"]) in found


def test_events_sum_wired_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Japan has already wired US$300,000 to the Fijian Red Cross.")
    assert "AID" in [e[0] for e in found]


def test_events_sum_or_land_allocated_is_aid_and_zones_allocated_are_not(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Canada has allocated a further 6 million dollars to Chad.")
    assert ("AID", ["CAN"], ["TCD"]) in found
    found = _events(pipeline, "Niger has allocated land for a new camp for Malian refugees.")
    assert "AID" in [e[0] for e in found]
    found = _events(pipeline, "Niger and Mali allocated grazing zones along the river.")
    assert "AID" not in [e[0] for e in found]


def test_events_patients_received_are_aid_by_the_receiving_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Tunisia has received more than 300 Libyan patients since January.")
    assert ("AID", ["TUN"], ["LBY"]) in found


def test_events_aid_rows_team_of_doctors_arriving_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Floods hit Malawi. A team of thirty Zambian doctors arrived in Blantyre on Friday."
    assert [e[0] for e in _events(pipeline, text) if e[1] == ["ZMB"]] == ["AID"]


def test_events_aid_rows_minister_arriving_stays_a_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Floods hit Malawi. Zambia's foreign minister arrived in Blantyre on Friday."
    assert [e[0] for e in _events(pipeline, text) if e[1] == ["ZMB"]] == ["CONSULT"]


def test_events_consignment_handed_over_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Japan handed over a consignment of water pumps to Fiji on Tuesday.")
    assert [e[:3] for e in found] == [("AID", ["JPN"], ["FJI"])]


def test_events_debt_forgave_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    # spaCy leaves "forgave" unlemmatised: the form's own row reads it
    found = _events(pipeline, "Spain forgave Cuban debt worth 30 million euros on Thursday.")
    assert ("AID", ["ESP"], ["CUB"]) in found


def test_events_insult_forgave_is_no_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Spain forgave the Cuban remarks on Thursday.")
    assert not any(e[0] == "AID" for e in found)


def test_events_sum_owed_cancelled_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Venezuela said it was cancelling the 30 million dollars Honduras owes it.")
    assert [e[0] for e in found] == ["AID"]
