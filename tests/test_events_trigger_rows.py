"""Trigger rows of data/triggers.tsv for mobilisations, threats and cooperation the lexicon once missed:
each row read in an invented sentence, and a near sentence the row must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_reservists_called_up_are_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("MOBILIZE", ["SRB"], []) in _events(pipeline, "Serbia called up 3,000 reservists on Monday.")


def test_events_shadowing_a_ship_is_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "A Chinese coast guard cutter shadowed a Vietnamese survey ship on Monday.")
    assert [e[:2] for e in found] == [("MOBILIZE", ["CHN"])]


def test_events_trenches_dug_at_a_border_are_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Armenian soldiers dug trenches along the border with Azerbaijan on Friday.")
    assert ("MOBILIZE", ["ARM"], ["AZE"]) in found


def test_events_promised_responsibility_threatens_the_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Russia said on Monday that Estonia would bear full responsibility for the consequences of the ban."
    assert ("THREATEN", ["RUS"], ["EST"]) in _events(pipeline, text)


def test_events_cost_borne_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Estonia would bear the cost of the new bridge, the minister said.")
    assert not any(e[0] == "THREATEN" for e in found)


def test_events_guns_trained_on_a_ship_are_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "A Russian destroyer trained its guns on a Norwegian research ship on Monday.")
    assert ("THREATEN", ["RUS"], ["NOR"]) in found


def test_events_records_passed_to_counterparts_are_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Uzbek investigators passed their Kazakh counterparts the phone records of three suspects on Monday."
    assert ("COOPERATE", ["UZB"], ["KAZ"]) in _events(pipeline, text)


def test_events_joint_committee_set_up_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kenya and Somalia set up a joint committee on Monday to license fishermen.")
    assert [e[0] for e in found] == ["COOPERATE"]


def test_events_joint_committee_planned_is_an_agreement(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kenya plans to set up a joint border committee with Somalia.")
    assert [e[0] for e in found] == ["AGREE"]


def test_events_restored_flights_are_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Egypt and Sudan restored direct flights between Cairo and Khartoum on Monday.")
    assert [e[0] for e in found] == ["COOPERATE"]


def test_events_promise_to_pursue_attackers_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Chad's army chief said on Monday that troops would pursue the attackers into Sudan.")
    assert [e[:2] for e in found] == [("THREATEN", ["TCD"])]


def test_events_migrants_returned_under_an_agreement_are_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Bulgarian border police returned 214 migrants to Serbia under a readmission agreement on Monday."
    assert ("COOPERATE", ["BGR"], ["SRB"]) in _events(pipeline, text)


def test_events_forces_ordered_to_patrol_are_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The Peruvian navy ordered a frigate and two coast guard cutters to patrol off Tumbes.")
    assert [e[0] for e in found] == ["MOBILIZE"]


def test_events_company_ordered_to_pay_is_no_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Cambodia's ministry ordered the company to halt all clearing on the concession.")
    assert "MOBILIZE" not in [e[0] for e in found]


def test_events_troops_sent_to_own_region_are_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Benin said it was sending an additional 600 troops to the north on Monday.")
    assert [e[:2] for e in found] == [("MOBILIZE", ["BEN"])]


def test_events_doctors_deployed_abroad_are_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Cuba deployed 40 doctors and nurses to Haiti on Monday.")
    assert [e[:2] for e in found] == [("AID", ["CUB"])]


def test_events_posts_ordered_reinforced_are_a_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Thailand's army chief ordered all checkpoints in Narathiwat to be reinforced.")
    assert [e[:2] for e in found] == [("MOBILIZE", ["THA"])]


def test_events_medical_team_sent_abroad_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Morocco sent a team of 25 military doctors and nurses to Mali on Monday.")
    assert [e[:2] for e in found] == [("AID", ["MAR"])]


def test_events_decision_taken_by_two_states_is_an_agreement(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana and Togo decided on Friday to build a new customs office near their border."
    assert ("AGREE", ["GHA", "TGO"], []) in _events(pipeline, text)


def test_events_decision_of_one_government_is_no_agreement(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The government of Ghana decided to build a new customs office near the Togo border.")
    assert "AGREE" not in [e[0] for e in found]


def test_events_agreeing_to_extend_opening_hours_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Niger agreed on Tuesday to extend the opening hours of its post on the Benin border.")
    assert [e[0] for e in found] == ["CONCEDE"]


def test_events_two_states_undertaking_to_cut_fees_is_an_agreement(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Malawi and Zambia undertook to cut transit fees for each other's lorries.")
    assert [e[0] for e in found] == ["AGREE"]


def test_events_one_state_agreeing_to_waive_fees_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Malawi agreed to waive transit fees for Zambian lorries.")
    assert [e[0] for e in found] == ["CONCEDE"]


def test_events_two_states_resolving_to_act_is_an_agreement(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Malawi and Zambia resolved to build a shared weighbridge at Mchinji."
    assert ("AGREE", ["MWI", "ZMB"], []) in _events(pipeline, text)


def test_events_envoy_called_home_is_a_recall(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Peru has called its ambassador in Quito home for consultations after the incident."
    assert ("SANCTION", ["PER"], ["ECU"]) in _events(pipeline, text)


def test_events_envoy_ordered_home_is_a_recall(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Chile's foreign ministry has ordered its consul general home.")
    assert [e[:2] for e in found] == [("SANCTION", ["CHL"])]


def test_events_envoy_pulled_out_is_a_recall(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Haiti has pulled its ambassador out of the Dominican Republic.")
    assert [e[:2] for e in found] == [("SANCTION", ["HTI"])]


def test_events_relative_called_home_is_no_recall(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The Kenyan president called his son home from the party on Friday.")
    assert not any(e[0] == "SANCTION" for e in found)


def test_events_consultations_a_recall_is_for_are_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Ghana recalled its ambassador to Togo for consultations on Friday.")
    assert [e[0] for e in found] == ["SANCTION"]


def test_events_consultations_held_are_a_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The Chinese foreign minister held consultations with his Russian counterpart.")
    assert ("CONSULT", ["CHN"], ["RUS"]) in found


def test_events_envoy_called_home_under_the_default_coder(pipeline_default) -> None:  # type: ignore[no-untyped-def]
    # the learned coder reads the trigger rows through its own token views
    text = "Peru said Ambassador Luis Tello Ruiz has been called home for consultations."
    assert [e[:2] for e in _events(pipeline_default, text)] == [("SANCTION", ["PER"])]


def test_events_financing_waited_for_is_no_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a gerund after "for" names what is awaited: no aid given
    found = _events(pipeline, "The Asian Development Bank waited for financing guarantees from Japan.")
    assert not any(e[0] == "AID" for e in found)


def test_events_financing_a_project_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Japan is financing a new port in Sri Lanka.")
    assert [e[0] for e in found] == ["AID"]


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_two_states_agreeing_to_cut_fees_is_an_agreement(coder, pipeline, pipeline_default) -> None:  # type: ignore[no-untyped-def]
    chosen = pipeline if coder == "rules" else pipeline_default
    found = _events(chosen, "Malawi and Zambia agreed on Monday to cut transit fees for each other's lorries.")
    assert "AGREE" in [e[0] for e in found]
    assert "CONCEDE" not in [e[0] for e in found]


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_two_states_agreeing_to_end_fighting_is_a_concession(coder, pipeline, pipeline_default) -> None:  # type: ignore[no-untyped-def]
    chosen = pipeline if coder == "rules" else pipeline_default
    found = _events(chosen, "Malawi and Zambia agreed on Monday to end three weeks of fighting along the river.")
    assert "CONCEDE" in [e[0] for e in found]


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_agreeing_to_what_ends_a_blockade_is_a_concession(coder, pipeline, pipeline_default) -> None:  # type: ignore[no-untyped-def]
    chosen = pipeline if coder == "rules" else pipeline_default
    text = "Zambian truckers lifted their blockade of the Chirundu bridge after Zimbabwe agreed to open a second lane."
    assert ("CONCEDE", ["ZWE"]) in [e[:2] for e in _events(chosen, text)]


def test_events_agreeing_to_open_a_lane_is_no_concession_by_itself(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Zimbabwe agreed to open a second lane at the Chirundu bridge for Zambian lorries.")
    assert "CONCEDE" not in [e[0] for e in found]


def test_events_barred_from_entering_is_a_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Moscow said two Estonian diplomats are prohibited from entering Russia."
    assert ("SANCTION", ["RUS"], ["EST"]) in _events(pipeline, text)
    text = "Beijing said the Lithuanian minister and his family are banned from entering China."
    assert [e[0] for e in _events(pipeline, text)] == ["SANCTION"]


def test_events_barred_from_other_acts_is_no_entry_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a ban on doing business names no entry refused: the rows leave it to the other readings
    text = "Americans are prohibited from trading with the two firms."
    assert "SANCTION" not in [e[0] for e in _events(pipeline, text)]


def test_events_hyphenated_shoot_out_is_an_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "A shoot-out between Malian soldiers and Burkinabe gendarmes left two dead."
    assert ("ASSAULT", ["BFA", "MLI"], []) in _events(pipeline, text)


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_gunmen_seizing_people_is_an_abduction(coder, pipeline, pipeline_default) -> None:  # type: ignore[no-untyped-def]
    chosen = pipeline if coder == "rules" else pipeline_default
    found = _events(chosen, "Gunmen seized two Kenyan fishing boats and their crews near Lamu on Sunday.")
    assert "ASSAULT" in [e[0] for e in found]
    assert "COERCE" not in [e[0] for e in found]


def test_events_coast_guard_seizing_boats_stays_coercion(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The Kenyan coast guard seized two Somali fishing boats near Lamu on Sunday.")
    assert "COERCE" in [e[0] for e in found]
    assert "ASSAULT" not in [e[0] for e in found]


def test_events_drivers_refusing_to_carry_cargo_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenyan lorry drivers refused to carry cargo bound for Uganda on Monday."
    assert "PROTEST" in [e[0] for e in _events(pipeline, text)]


def test_events_refusing_other_acts_is_still_a_rejection(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Uganda refused to sign the Kenyan proposal on Monday.")
    assert "REJECT" in [e[0] for e in found]
    assert "PROTEST" not in [e[0] for e in found]


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_trigger_rows_passive_participle_reads_the_adjective_row(
    coder: str, pipeline: Pipeline, pipeline_default: Pipeline
) -> None:
    # the tagger reads "rigged" after "was" as a passive verb; the lexicon has the adjective
    chosen = pipeline if coder == "rules" else pipeline_default
    found = _events(chosen, "Peru said the Chilean vote was rigged.")
    assert ("ACCUSE", ["PER"], ["CHL"]) in found


def test_events_trigger_rows_participle_with_its_doer_is_no_appraisal(pipeline: Pipeline) -> None:
    # a doer named tells an act, a perfect auxiliary too: neither is what the speaker calls a thing
    assert _events(pipeline, "The vote was rigged by the ruling party, Peru said.") == []
    assert _events(pipeline, "Chile had fabricated the report, Peru said.") == []


def test_events_trigger_rows_politically_motivated_is_a_charge(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Peru called the Chilean verdict politically motivated.")
    assert ("ACCUSE", ["PER"], ["CHL"]) in found


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_trigger_rows_report_called_fabricated_is_a_rejection(
    coder: str, pipeline: Pipeline, pipeline_default: Pipeline
) -> None:
    chosen = pipeline if coder == "rules" else pipeline_default
    found = _events(chosen, "Peru called the Chilean report fabricated.")
    assert ("REJECT", ["PER"], ["CHL"]) in found


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_trigger_rows_report_called_a_fabrication_is_a_rejection(
    coder: str, pipeline: Pipeline, pipeline_default: Pipeline
) -> None:
    # the noun of the same judgement: the charge is turned down, not laid
    chosen = pipeline if coder == "rules" else pipeline_default
    found = _events(chosen, 'Peru called the Chilean report "a fabrication".')
    assert ("REJECT", ["PER"], ["CHL"]) in found


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_trigger_rows_party_called_a_friend_is_praised(
    coder: str, pipeline: Pipeline, pipeline_default: Pipeline
) -> None:
    chosen = pipeline if coder == "rules" else pipeline_default
    found = _events(chosen, "Peru called Chile a true partner in hard times.")
    assert ("SUPPORT", ["PER"], ["CHL"]) in found


def test_events_trigger_rows_name_given_reads_of_phrases_only(pipeline: Pipeline) -> None:
    # "for a partner" says whom the judgement concerns, not what the delays are called
    found = _events(pipeline, "Peru called the Chilean delays unacceptable for a trade partner.")
    assert "SUPPORT" not in [e[0] for e in found]


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_giving_way_is_a_concession(coder, pipeline, pipeline_default) -> None:  # type: ignore[no-untyped-def]
    chosen = pipeline if coder == "rules" else pipeline_default
    found = _events(chosen, "Serbia gave way after Croatian families camped outside its embassy for a week.")
    assert ("CONCEDE", ["SRB"]) in [e[:2] for e in found]


def test_events_ground_given_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "By Friday the Romanian government had given ground to the Bulgarian hauliers.")
    assert ("CONCEDE", ["ROU"], ["BGR"]) in found


def test_events_ceiling_giving_way_is_no_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The roof of the old customs shed gave way in the storm.")
    assert not any(e[0] == "CONCEDE" for e in found)


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_information_exchange_stepped_up_is_cooperation(coder, pipeline, pipeline_default) -> None:  # type: ignore[no-untyped-def]
    chosen = pipeline if coder == "rules" else pipeline_default
    text = "Kenyan and Somali police have stepped up intelligence sharing on arms smugglers since March."
    assert ("COOPERATE", ["KEN"], ["SOM"]) in _events(chosen, text)


def test_events_forces_working_closely_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The Bangladeshi and Indian border forces have worked closely on the handover.")
    assert ("COOPERATE", ["BGD"], ["IND"]) in found


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_trigger_rows_release_by_a_named_doer_is_a_retreat(
    pipeline: Pipeline, pipeline_default: Pipeline, coder: str
) -> None:
    chosen = pipeline if coder == "rules" else pipeline_default
    text = "Mali welcomed the release of twelve Malian herders by Niger on Monday."
    assert ("RETREAT", ["NER"], ["MLI"]) in _events(chosen, text)


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_trigger_rows_release_demanded_is_no_retreat(
    pipeline: Pipeline, pipeline_default: Pipeline, coder: str
) -> None:
    chosen = pipeline if coder == "rules" else pipeline_default
    found = _events(chosen, "Mali demanded the release of twelve Malian herders held in Niger.")
    assert not any(e[0] == "RETREAT" for e in found)


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_trigger_rows_camp_opened_for_refugees_is_aid(
    pipeline: Pipeline, pipeline_default: Pipeline, coder: str
) -> None:
    chosen = pipeline if coder == "rules" else pipeline_default
    text = "Chad opened a new camp near Abeche for 20,000 Sudanese refugees on Monday."
    assert any(e[0] == "AID" and e[1] == ["TCD"] for e in _events(chosen, text))


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_trigger_rows_force_moving_towards_a_place_is_a_mobilization(
    pipeline: Pipeline, pipeline_default: Pipeline, coder: str
) -> None:
    chosen = pipeline if coder == "rules" else pipeline_default
    found = _events(chosen, "Two Malian infantry companies moved north to Gao on Sunday.")
    assert [e[:2] for e in found] == [("MOBILIZE", ["MLI"])]


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_trigger_rows_force_moving_out_is_no_mobilization(
    pipeline: Pipeline, pipeline_default: Pipeline, coder: str
) -> None:
    chosen = pipeline if coder == "rules" else pipeline_default
    found = _events(chosen, "Two Malian infantry companies moved out of Gao on Sunday.")
    assert not any(e[0] == "MOBILIZE" for e in found)


def test_events_trigger_rows_force_moved_by_others_is_no_own_move(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Mali gave no figure for the number of troops moved.")
    assert not any(e[0] == "MOBILIZE" for e in found)


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_trigger_rows_reported_fishing_is_a_charge(
    coder: str, pipeline: Pipeline, pipeline_default: Pipeline
) -> None:
    chosen = pipeline if coder == "rules" else pipeline_default
    said = _events(chosen, "Senegal said the Gambian trawlers had been fishing inside its waters.")
    assert ("ACCUSE", ["SEN"], ["GMB"]) in said
    after = _events(
        chosen, "Senegalese trawlers have been fishing near the islands every night, the Gambian union said."
    )
    assert ("ACCUSE", ["GMB"], ["SEN"]) in after


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_trigger_rows_reported_fishing_needs_another_side(
    coder: str, pipeline: Pipeline, pipeline_default: Pipeline
) -> None:
    chosen = pipeline if coder == "rules" else pipeline_default
    # the boats' own side telling where they fished, a reason given for a seizure, no speaker: no charge
    own = _events(chosen, "Dakar said the Senegalese trawlers had been fishing inside Gambian waters.")
    assert not [e for e in own if e[0] == "ACCUSE"]
    seized = _events(chosen, "Senegal seized four Gambian boats, saying their crews had been fishing in its waters.")
    assert not [e for e in seized if e[0] == "ACCUSE"]
    assert _events(chosen, "The Gambian trawlers had been fishing near the coast for a week.") == []


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_trigger_rows_reported_entry_into_waters_is_a_charge(
    coder: str, pipeline: Pipeline, pipeline_default: Pipeline
) -> None:
    chosen = pipeline if coder == "rules" else pipeline_default
    assert ("ACCUSE", ["GHA"], ["TGO"]) in _events(
        chosen, "Ghana said the Togolese patrol boat had entered its waters."
    )
    assert _events(chosen, "Ghana said the Togolese patrol boat had not entered its waters.") == []


def test_events_trigger_rows_guests_welcomed_at_a_ceremony_are_a_visit(pipeline: Pipeline) -> None:
    text = "Ghana's president welcomed the Togolese prime minister at a ceremony in Accra on Monday."
    found = _events(pipeline, text)
    assert ("CONSULT", ["TGO"], ["GHA"]) in found
    assert not any(e[0] == "SUPPORT" for e in found)


def test_events_trigger_rows_welcomed_decision_stays_support(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Ghana welcomed Togo's decision to reopen the border on Monday.")
    assert ("SUPPORT", ["GHA"], ["TGO"]) in found
    assert not any(e[0] == "CONSULT" for e in found)


def test_events_trigger_rows_place_reopened_to_traffic_is_a_retreat(pipeline: Pipeline) -> None:
    text = "Bishkek reopened Kara-Suu to commercial traffic on Monday after a week of talks with Tashkent."
    assert any(e[:2] == ("RETREAT", ["KGZ"]) for e in _events(pipeline, text))


def test_events_trigger_rows_place_reopened_without_traffic_is_no_retreat(pipeline: Pipeline) -> None:
    text = "Bishkek reopened the case of the missing engineer on Monday after a week of talks with Tashkent."
    assert not any(e[0] == "RETREAT" for e in _events(pipeline, text))


def test_events_stabbed_in_the_back_is_the_speakers_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = 'Bolivia\'s foreign minister told reporters that Argentina "stabbed us in the back" over the gas deal.'
    assert _events(pipeline, text) == [("ACCUSE", ["BOL"], ["ARG"])]


def test_events_stabbing_a_body_stays_an_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Gunmen stabbed two Kenyan guards in the chest outside the embassy in Juba on Monday.")
    assert [e[0] for e in found] == ["ASSAULT"]


def test_events_struck_off_a_list_is_no_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Seoul's trade office strikes three Japanese chemical firms off its roster of approved suppliers."
    found = _events(pipeline, text)
    assert not any(e[0] == "ASSAULT" for e in found)
    assert ("ASSAULT", ["ISR"], ["PSE"]) in _events(pipeline, "Israeli jets struck Hamas positions in Gaza on Monday.")
