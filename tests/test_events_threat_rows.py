"""Trigger rows of data/triggers.tsv for threats and refusals the lexicon once missed (deadlines set,
measures promised, acts held over a condition, promises denied): each row read in an invented
sentence, and a near sentence the row must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from _events_setup import roles_of_type
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_deadline_given_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana gave Togo until Friday to release the fishermen."
    assert ("THREATEN", ["GHA"], ["TGO"]) in _events(pipeline, text)


def test_events_aid_given_is_no_deadline(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Ghana gave Togo ten ambulances on Friday.")
    assert not any(e[0] == "THREATEN" for e in found)


def test_events_measures_promised_for_consideration_are_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya said it would consider appropriate measures against Somalia."
    assert ("THREATEN", ["KEN"], ["SOM"]) in _events(pipeline, text)


def test_events_reply_in_kind_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Lithuania said it would reply in kind if the order was not withdrawn.")
    assert ("THREATEN", ["LTU"]) in [e[:2] for e in found]


def test_events_tightening_under_a_condition_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The European Union said it could tighten sanctions on Belarus if the crackdown continued."
    assert "THREATEN" in [e[0] for e in _events(pipeline, text)]


def test_events_walking_away_under_a_condition_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Bolivia said it would walk away from the talks if Chile insisted on the new tolls."
    assert ("THREATEN", ["BOL"]) in [e[:2] for e in _events(pipeline, text)]


def test_events_matter_raised_under_a_condition_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Nepal said it would raise the issue at the United Nations if the incursions continued."
    assert ("THREATEN", ["NPL"]) in [e[:2] for e in _events(pipeline, text)]


def test_events_matter_raised_without_condition_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Nepal raised the matter with India at the meeting on Monday.")
    assert not any(e[0] == "THREATEN" for e in found)


def test_events_promise_not_to_withdraw_is_a_rejection(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Peru's finance ministry said Peru would not withdraw the new rules.")
    assert ("REJECT", ["PER"]) in [e[:2] for e in found]


def test_events_rules_withdrawn_are_no_rejection(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Peru's finance ministry said Peru had withdrawn the new rules.")
    assert not any(e[0] == "REJECT" for e in found)


def test_events_retaliation_told_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the reprisal done is coded by its own verb; only a promised one threatens
    done = _events(pipeline, "Belarus retaliated on Wednesday with a duty on Polish tractors.")
    assert not any(e[0] == "THREATEN" for e in done)
    promised = _events(pipeline, "Kyrgyzstan said it would retaliate against Kazakhstan.")
    assert ("THREATEN", ["KGZ"]) in [e[:2] for e in promised]


def test_events_forecast_of_commentators_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    forecast = _events(pipeline, "Kenyan economists warned that the closure could hurt trade with Uganda.")
    assert not any(e[0] == "THREATEN" for e in forecast)
    warning = _events(pipeline, "Kenya warned Uganda that any incursion would be repelled.")
    assert ("THREATEN", ["KEN"], ["UGA"]) in warning


def test_events_energy_supplied_is_trade_not_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    sold = _events(pipeline, "Zambia began supplying 50 megawatts to Zimbabwe on Monday.")
    assert "COOPERATE" in [e[0] for e in sold] and "AID" not in [e[0] for e in sold]
    given = _events(pipeline, "The United States supplied 40 armoured vehicles to the Albanian military.")
    assert "AID" in [e[0] for e in given]


def test_events_exercise_named_again_is_no_new_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    # told first as a joint exercise (COOPERATE), "the exercise" points back: no show of force of its own
    text = "Oman and Iran held a joint naval exercise on Monday. About 400 Iranian sailors took part in the exercise."
    types = [e[0] for e in _events(pipeline, text)]
    assert "COOPERATE" in types and "MOBILIZE" not in types


def test_events_deadline_to_the_end_of_a_period_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "until" speaks of time even when its object is no date the tagger knows
    text = "The European Union gave Maldives until the end of March to restore political freedoms."
    assert ("THREATEN", ["EUR"], ["MDV"]) in _events(pipeline, text)


def test_events_penalty_faced_for_a_demand_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Moldova has until midnight to pay a $58 million bill or face a cut in Russian gas, Gazprom said."
    assert ("THREATEN", ["RUS"], ["MDA"]) in _events(pipeline, text)


def test_events_penalty_of_a_given_deadline_is_the_givers_one_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the penalty hangs under the deadline's demand ("to pull back or face"): still the giver's threat
    text = "Ghana gave Togo until Friday to free the fishermen or face sanctions."
    assert roles_of_type(pipeline, text, "THREATEN", outlet="NGA") == [(["GHA"], ["TGO"])]
    text = "Ghana has given Togo ten days to free the fishermen, or face sanctions."
    assert roles_of_type(pipeline, text, "THREATEN", outlet="NGA") == [(["GHA"], ["TGO"])]


def test_events_penalty_faced_without_a_demand_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Gazprom said Moldova could face a cut in Russian gas.")
    assert not any(e[0] == "THREATEN" for e in found)


def test_events_burn_promised_to_provokers_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = '"If they want to play with fire, they will get burned," a Belarusian general said.'
    assert "THREATEN" in [e[0] for e in _events(pipeline, text)]
    assert "THREATEN" not in [e[0] for e in _events(pipeline, "Three Belarusian soldiers got burned in the fire.")]


def test_events_measures_that_will_follow_a_condition_are_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana said further sanctions would follow unless Togo released the fishermen."
    assert ("THREATEN", ["GHA"], ["TGO"]) in _events(pipeline, text)


def test_events_goods_that_will_follow_are_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kenya said further aid would follow next month.")
    assert not any(e[0] == "THREATEN" for e in found)


def test_events_dispute_taken_to_a_body_under_a_condition_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya said it would take the dispute to the African Union if Uganda kept its troops there."
    assert ("THREATEN", ["KEN"], ["UGA"]) in _events(pipeline, text)


def test_events_staff_pulled_out_under_a_condition_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya said it would pull its staff out of two border posts if their safety was not guaranteed."
    assert "THREATEN" in [e[0] for e in _events(pipeline, text)]
    found = _events(pipeline, "Kenya has pulled its staff out of the border post.")
    assert not any(e[0] == "THREATEN" for e in found)


def test_events_firm_dealing_promised_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Jordan's armed forces will deal firmly with any attempt to cross the border."
    assert "THREATEN" in [e[0] for e in _events(pipeline, text)]


def test_events_laws_applied_firmly_are_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kuwait will apply its laws firmly to any future violation of its waters."
    assert "THREATEN" in [e[0] for e in _events(pipeline, text)]


def test_events_intruders_escorted_out_under_a_condition_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Peru said its corvettes would escort the intruders out if they did not leave on their own."
    assert ("THREATEN", ["PER"]) in [e[:2] for e in _events(pipeline, text)]


def test_events_operations_extended_under_a_condition_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Turkey said it would extend operations to Makhmour if Baghdad did not clear out the fighters."
    assert ("THREATEN", ["TUR"], ["IRQ"]) in _events(pipeline, text)
    found = _events(pipeline, "Turkey extended operations to Makhmour on Monday.")
    assert not any(e[0] == "THREATEN" for e in found)


def test_events_dharna_staged_under_a_condition_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "India's boat owners said they would stage a dharna unless New Delhi took up the matter."
    assert ("THREATEN", ["IND"]) in [e[:2] for e in _events(pipeline, text)]


def test_events_workers_called_out_is_a_strike(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Nigeria's labour union called out workers at the ports on Monday.")
    assert "PROTEST" in [e[0] for e in found]


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_act_promised_under_an_inverted_condition_is_a_threat(coder, pipeline, pipeline_default) -> None:  # type: ignore[no-untyped-def]
    # "Should Armenia close the road" is an "if" clause put before its subject
    chosen = pipeline if coder == "rules" else pipeline_default
    text = "Should Armenia close the road, Georgia will cut gas deliveries to Yerevan."
    assert ("THREATEN", ["GEO"], ["ARM"]) in _events(chosen, text)


def test_events_plan_under_an_inverted_condition_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "would" under "Should ..." tells a plan for a case that may come, no threat made
    text = "Should the trawlers return, the navy would send a patrol boat to follow them, a Ghanaian officer said."
    assert not any(e[0] == "THREATEN" for e in _events(pipeline, text))


def test_events_act_that_did_not_happen_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Had the survey gone on, Eritrea would have cut the power line to Djibouti, an official said."
    assert not any(e[0] == "THREATEN" for e in _events(pipeline, text))


def test_events_matter_to_be_taken_up_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(
        pipeline, "Ghana's foreign ministry said it would take up the matter with Togo through diplomatic channels."
    )
    assert not any(e[0] == "THREATEN" for e in found)


def test_events_matters_taken_into_own_hands_stay_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana said it would take matters into its own hands if Togo failed to act."
    assert ("THREATEN", ["GHA"]) in [e[:2] for e in _events(pipeline, text)]
