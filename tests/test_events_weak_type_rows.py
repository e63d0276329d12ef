"""Trigger rows of data/triggers.tsv (stop 46) for wordings of the weakest types the lexicon did not have:
each row read in an invented sentence, and a near sentence the row must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _types(pipeline: Pipeline, text: str) -> set[str]:
    return {e[0] for e in _events(pipeline, text)}


def test_events_a_proposal_voted_down_is_rejected(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Armenian parliament voted down the agreement with Azerbaijan on Tuesday."
    assert ("REJECT", ["ARM"], []) in _events(pipeline, text)


def test_events_a_statement_disowned_is_rejected(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("REJECT", ["SRB"], ["XKX"]) in _events(pipeline, "Serbia disowned the statement by its envoy to Kosovo.")


def test_events_heels_dug_in_are_a_refusal_and_no_mobilization(pipeline) -> None:  # type: ignore[no-untyped-def]
    types = _types(pipeline, "Greece dug in its heels over the name dispute with Macedonia.")
    assert "REJECT" in types
    assert "MOBILIZE" not in types


def test_events_a_party_that_blinks_concedes(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Pakistan blinked first and released the Indian pilot."
    assert ("CONCEDE", ["PAK"], ["IND"]) in _events(pipeline, text)


def test_events_prices_that_blink_concede_nothing(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "CONCEDE" not in _types(pipeline, "Prices blinked on the screen in Tokyo.")


def test_events_a_veto_lifted_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Turkey lifted its veto on Sweden's membership of NATO."
    assert ("CONCEDE", ["TUR"], ["SWE"]) in _events(pipeline, text)


def test_events_backpedalling_and_rowing_back_concede(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Kenyan government backpedalled on its plan to deport Somali refugees."
    assert "CONCEDE" in _types(pipeline, text)
    assert "CONCEDE" in _types(pipeline, "Poland rowed back on its threat to block the EU budget.")


def test_events_acquiescing_to_demands_concedes(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Belarus acquiesced to Russian demands on the pipeline."
    assert ("CONCEDE", ["BLR"], ["RUS"]) in _events(pipeline, text)


def test_events_saying_sorry_is_an_apology(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Georgia says sorry to Armenian drivers beaten at the border."
    assert ("CONCEDE", ["GEO"], ["ARM"]) in _events(pipeline, text)


def test_events_a_reprieve_granted_is_clemency(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Ugandan president granted a reprieve to two Kenyan fishermen sentenced to death."
    assert ("CONCEDE", ["UGA"], ["KEN"]) in _events(pipeline, text)


def test_events_a_stance_eased_is_a_concession_and_prices_are_not(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Russia eased its stance on the Ukrainian grain deal."
    assert ("CONCEDE", ["RUS"], ["UKR"]) in _events(pipeline, text)
    assert _events(pipeline, "Rice prices eased on Monday.") == []


def test_events_cooperation_deepened_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Chile and Peru deepened their cooperation on border security."
    assert ("COOPERATE", ["CHL"], ["PER"]) in _events(pipeline, text)


def test_events_hyphened_co_operation_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Britain and France co-operated on the investigation into the smuggling ring."
    assert ("COOPERATE", ["GBR"], ["FRA"]) in _events(pipeline, text)


def test_events_pooling_agreed_is_only_the_agreement(pipeline) -> None:  # type: ignore[no-untyped-def]
    types = _types(pipeline, "Djibouti also agreed to pool customs data with Ethiopian authorities.")
    assert "COOPERATE" not in types


def test_events_experts_seconded_are_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("AID", ["DEU"], ["MDA"]) in _events(pipeline, "Germany seconded ten police experts to Moldova.")


def test_events_money_earmarked_or_a_grant_awarded_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("AID", ["JPN"], ["UKR"]) in _events(pipeline, "Japan earmarked $50 million for Ukraine.")
    assert "AID" in _types(pipeline, "The World Bank awarded a $20 million grant to Haiti on Monday.")


def test_events_a_court_awarding_land_is_no_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "AID" not in _types(pipeline, "The World Court awarded the Darak area to Cameroon in 2002.")


def test_events_refugees_admitted_are_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Germany admitted 500 Syrian refugees from camps in Lebanon."
    assert ("AID", ["DEU"], ["SYR"]) in _events(pipeline, text)


def test_events_forces_drawn_down_or_thinned_out_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" in _types(pipeline, "Israel drew down its forces along the Gaza border.")
    assert "RETREAT" in _types(pipeline, "Thailand thinned out its troops along the Cambodian border.")


def test_events_a_loan_drawn_down_is_no_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" not in _types(pipeline, "The committee drew down the last tranche of the loan.")


def test_events_operations_wound_down_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Russia wound down its military operations in Syria."
    assert ("RETREAT", ["RUS"], ["SYR"]) in _events(pipeline, text)


def test_events_troops_that_disengage_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Eritrean troops have disengaged from the border town of Badme, the ministry said."
    assert "RETREAT" in _types(pipeline, text)


def test_events_a_presence_scaled_down_retreats(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Russia scaled down its military presence near the Ukrainian border."
    assert "RETREAT" in _types(pipeline, text)


def test_events_a_lesson_promised_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Israel said it would teach Lebanon a lesson it would never forget."
    assert ("THREATEN", ["ISR"], ["LBN"]) in _events(pipeline, text)


def test_events_a_claim_renounced_is_a_concession_and_violence_is_not(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Venezuela renounced its claim to the Essequibo region on Monday."
    assert ("CONCEDE", ["VEN"], []) in _events(pipeline, text)
    assert "CONCEDE" not in _types(pipeline, "The rebels renounced violence under the amnesty.")


def test_events_a_claim_recanted_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "CONCEDE" in _types(pipeline, "Serbia recanted its claim that Kosovo had armed the smugglers.")


def test_events_a_party_that_demurs_rejects(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Egypt demurred when Ethiopia proposed a new timetable for the dam."
    assert ("REJECT", ["EGY"], ["ETH"]) in _events(pipeline, text)
