"""Trigger rows of data/triggers.tsv (stop 47) for formulae of the weakest types the lexicon did not have
(THREATEN, REJECT, CONCEDE, COOPERATE, AID): each row read in an invented sentence, and a near sentence
the row must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _types(pipeline: Pipeline, text: str) -> set[str]:
    return {e[0] for e in _events(pipeline, text)}


# THREATEN: force or punishment promised


def test_events_a_promise_to_crush_aggression_threatens(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Algeria's army chief said his forces would crush any aggression by Morocco."
    assert "THREATEN" in _types(pipeline, text)


def test_events_cane_crushing_threatens_nothing(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" not in _types(pipeline, "The Fijian mill began crushing cane on Monday.")


def test_events_a_promise_to_wipe_out_threatens(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" in _types(pipeline, "North Korea said its army will wipe them out without mercy.")


def test_events_a_species_wiped_out_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" not in _types(pipeline, "Cambodian officials say smuggling has wiped out the rosewood.")


def test_events_punishment_to_be_meted_out_threatens(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea said it would mete out merciless punishment to South Korea."
    assert ("THREATEN", ["PRK"], ["KOR"]) in _events(pipeline, text)


def test_events_punishment_meted_out_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "A court in Pyongyang meted out a harsh sentence to the South Korean missionary."
    assert "THREATEN" not in _types(pipeline, text)


def test_events_warships_to_be_held_to_account_are_threatened(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Iran said foreign warships would be held to account if they entered its waters."
    assert "THREATEN" in _types(pipeline, text)


def test_events_a_minister_held_to_account_by_parliament_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Kenyan minister was held to account by parliament over the tender."
    assert "THREATEN" not in _types(pipeline, text)


def test_events_a_force_to_be_dealt_with_accordingly_is_threatened(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Sudan said any Ethiopian force crossing into the valley would be dealt with accordingly."
    assert "THREATEN" in _types(pipeline, text)


def test_events_a_request_dealt_with_accordingly_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Kenyan embassy received the visa request and dealt with it accordingly."
    assert "THREATEN" not in _types(pipeline, text)


def test_events_a_sanction_a_party_could_face_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya's foreign minister said South Sudan could face suspension if it failed to pay."
    assert ("THREATEN", ["KEN"], ["SSD"]) in _events(pipeline, text)


def test_events_a_trial_officers_will_face_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Two Kenyan officers were arrested and will face trial, Nairobi said."
    assert "THREATEN" not in _types(pipeline, text)


def test_events_a_last_chance_given_is_an_ultimatum(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Yemen's Houthis gave Saudi Arabia a last chance to halt its offensive on the coast."
    assert "THREATEN" in _types(pipeline, text)


def test_events_a_chance_given_to_speak_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya gave Somalia a chance to speak at the summit."
    assert "THREATEN" not in _types(pipeline, text)


def test_events_a_party_that_will_not_sit_idle_threatens(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" in _types(pipeline, "North Korea will not sit idly by while South Korea stages drills.")
    text = "Pyongyang said it would not sit idle while Seoul fires guns at its doorstep."
    assert "THREATEN" in _types(pipeline, text)


def test_events_a_fleet_that_sat_idle_threatens_nothing(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" not in _types(pipeline, "The Greek fishing fleet sat idle in Piraeus for a week.")


def test_events_a_force_to_be_treated_as_an_invader_is_threatened(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Sudan said any Ethiopian force crossing into the valley would be treated as an invader."
    assert ("THREATEN", ["SDN"], ["ETH"]) in _events(pipeline, text)


def test_events_patients_treated_are_not_threatened(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Sudanese doctors treated the wounded Ethiopian soldiers at a clinic in Gedaref."
    assert "THREATEN" not in _types(pipeline, text)


def test_events_a_promise_to_avenge_threatens(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Iran said it will avenge the killing of its general by the United States."
    assert "THREATEN" in _types(pipeline, text)


def test_events_a_promise_to_annihilate_or_obliterate_threatens(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("THREATEN", ["IRN"], ["ISR"]) in _events(pipeline, "Iran said it would annihilate Israel if it attacked.")
    text = "Iran said it would obliterate any Bahraini base used to attack it."
    assert "THREATEN" in _types(pipeline, text)


def test_events_annihilated_hopes_threaten_nothing(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The drought in Somalia has obliterated the harvest in the south."
    assert "THREATEN" not in _types(pipeline, text)


def test_events_a_promise_to_raze_threatens_and_razing_is_an_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Russia said it would raze Kharkiv if Ukraine attacked Belgorod."
    assert ("THREATEN", ["RUS"], ["UKR"]) in _events(pipeline, text)
    types = _types(pipeline, "Congolese rebels razed the village of Kanyabayonga.")
    assert "ASSAULT" in types
    assert "THREATEN" not in types


def test_events_a_promise_to_retake_or_recapture_threatens(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" in _types(pipeline, "Azerbaijan said it would retake Nagorno-Karabakh from Armenia.")
    text = "Azerbaijan said it would recapture Shusha from Armenia."
    assert "THREATEN" in _types(pipeline, text)


def test_events_a_town_recaptured_is_an_assault_not_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    types = _types(pipeline, "Somali forces recaptured the town of Leego from al-Shabaab last week.")
    assert "ASSAULT" in types
    assert "THREATEN" not in types


def test_events_a_promise_to_strike_or_hit_back_threatens(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "China said it would strike back against the United States."
    assert ("THREATEN", ["CHN"], ["USA"]) in _events(pipeline, text)
    assert ("THREATEN", ["CHN"], ["USA"]) in _events(pipeline, "China said it would hit back at the United States.")


def test_events_hitting_or_striking_back_told_as_done_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" not in _types(pipeline, "Kazakhstan hit back by tightening checks on Kyrgyz apricots.")
    assert "THREATEN" not in _types(pipeline, "China struck back in the second half of the match against Japan.")


def test_events_a_killing_avenged_long_ago_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "THREATEN" not in _types(pipeline, "The Iranian film tells how a son avenged his father in 1920.")


# REJECT


def test_events_a_party_told_to_mind_its_own_business_is_rebuffed(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Romania told Hungary to mind its own business."
    assert ("REJECT", ["ROU"], ["HUN"]) in _events(pipeline, text)


def test_events_a_party_told_to_act_is_still_asked(pipeline) -> None:  # type: ignore[no-untyped-def]
    types = _types(pipeline, "Romania told Hungary to close the crossing.")
    assert "REQUEST" in types
    assert "REJECT" not in types


def test_events_standing_by_a_decision_rejects(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "India stands by its decision to close the border with Nepal."
    assert ("REJECT", ["IND"], ["NPL"]) in _events(pipeline, text)


def test_events_standing_by_an_ally_rejects_nothing(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "REJECT" not in _types(pipeline, "India stands by Nepal in its hour of need.")


def test_events_a_signature_withdrawn_is_a_rejection(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "REJECT" in _types(pipeline, "Turkmenistan withdrew its signature two months later.")


def test_events_troops_withdrawn_are_no_rejection(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "REJECT" not in _types(pipeline, "Turkmenistan withdrew its troops two months later.")


def test_events_a_party_that_takes_no_orders_rejects(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Honduras does not take orders from Europe, the foreign minister said."
    assert "REJECT" in _types(pipeline, text)


def test_events_a_party_that_took_orders_rejects_nothing(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Honduran navy took orders from the defence ministry."
    assert "REJECT" not in _types(pipeline, text)


def test_events_a_blackballed_bid_is_rejected(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "France blackballed Turkey's bid to join the club."
    assert ("REJECT", ["FRA"], ["TUR"]) in _events(pipeline, text)


def test_events_a_rebuff_named_is_a_rejection(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Israel's rebuff of the American plan angered Washington."
    assert "REJECT" in _types(pipeline, text)


# CONCEDE


def test_events_a_grace_period_given_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The United States gave Mexican carriers a grace period before enforcing the rule."
    assert ("CONCEDE", ["USA"], ["MEX"]) in _events(pipeline, text)


def test_events_a_period_of_mourning_given_is_no_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Mexico gave the American diplomats a period of 72 hours to leave."
    assert "CONCEDE" not in _types(pipeline, text)


def test_events_quotas_to_be_phased_out_are_conceded(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Peru decided to phase out the rice quotas on imports from Bolivia."
    assert ("CONCEDE", ["PER"], ["BOL"]) in _events(pipeline, text)


def test_events_a_product_phased_out_is_no_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Peru's state airline phased out its old aircraft last year."
    assert "CONCEDE" not in _types(pipeline, text)


def test_events_a_decision_to_compensate_concedes(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Peru has decided to compensate the Ecuadorean fishermen for the damage."
    assert ("CONCEDE", ["PER"], ["ECU"]) in _events(pipeline, text)


def test_events_a_demand_to_compensate_concedes_nothing(pipeline) -> None:  # type: ignore[no-untyped-def]
    types = _types(pipeline, "Vietnam demanded that China compensate the fishermen.")
    assert "REQUEST" in types
    assert "CONCEDE" not in types


def test_events_fines_forgone_are_conceded(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "CONCEDE" in _types(pipeline, "Libya will forgo fines on the Tunisian fishermen.")
    assert "CONCEDE" in _types(pipeline, "Libya will forego fines on the Tunisian fishermen.")


def test_events_a_meal_forgone_concedes_nothing(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "CONCEDE" not in _types(pipeline, "Libya's delegates will forgo lunch during the talks.")


def test_events_demands_watered_or_toned_down_are_conceded(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The European Union watered down its demands on Serbia."
    assert ("CONCEDE", ["EUR"], ["SRB"]) in _events(pipeline, text)
    assert "CONCEDE" in _types(pipeline, "Poland toned down its opposition to the German plan.")


def test_events_whisky_watered_down_concedes_nothing(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "CONCEDE" not in _types(pipeline, "Scottish distillers watered down the whisky.")


def test_events_demands_accommodated_are_conceded(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Greece accommodated Turkish demands on the islands."
    assert ("CONCEDE", ["GRC"], ["TUR"]) in _events(pipeline, text)


def test_events_guests_accommodated_are_no_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "CONCEDE" not in _types(pipeline, "Greece accommodated Turkish pilgrims in Thessaloniki.")


def test_events_a_party_met_halfway_is_conceded_to(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Serbia met Kosovo halfway on the plates issue."
    assert ("CONCEDE", ["SRB"], ["XKX"]) in _events(pipeline, text)


def test_events_leaders_meeting_halfway_between_capitals_consult(pipeline) -> None:  # type: ignore[no-untyped-def]
    types = _types(pipeline, "Serbian and Kosovar leaders met halfway between Belgrade and Pristina.")
    assert "CONSULT" in types
    assert "CONCEDE" not in types


def test_events_a_volte_face_made_concedes(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Turkey made a volte-face on Sweden's NATO bid."
    assert ("CONCEDE", ["TUR"], ["SWE"]) in _events(pipeline, text)


def test_events_a_made_offer_is_no_volte_face(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "CONCEDE" not in _types(pipeline, "Turkey made a statement on Sweden's NATO bid.")


# COOPERATE and AID


def test_events_assisting_in_a_search_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Philippine authorities were assisting Malaysia in the search for the kidnappers."
    assert ("COOPERATE", ["PHL"], ["MYS"]) in _events(pipeline, text)


def test_events_assisting_in_a_ceremony_is_no_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Philippine officers were assisting Malaysia in the ceremony for the new year."
    assert "COOPERATE" not in _types(pipeline, text)


def test_events_goods_bartered_are_trade(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kazakhstan bartered grain with Kyrgyzstan for electricity."
    assert "COOPERATE" in _types(pipeline, text)


def test_events_aid_parachuted_is_given(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "AID" in _types(pipeline, "Jordan parachuted food aid into Gaza.")


def test_events_paratroopers_parachuting_give_no_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "AID" not in _types(pipeline, "Jordanian paratroopers parachuted into the valley on Tuesday.")
