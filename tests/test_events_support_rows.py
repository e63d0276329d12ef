"""SUPPORT read where the lexicon once missed it: thanks expressed, conveyed or voiced, a call or trip made
to thank, a pact told by its participle, signatures put to a pact, an apology accepted; and a near
sentence each reading must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_thanks_expressed_are_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Thai Ambassador Chatchai Wongsawat expressed thanks to the Royal Government of Cambodia for its help."
    assert ("SUPPORT", ["THA"], ["KHM"]) in _events(pipeline, text)


def test_events_gratitude_conveyed_is_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Minister conveyed the gratitude of the Government and people of Ghana for Japan's assistance."
    assert ("SUPPORT", ["GHA"], ["JPN"]) in _events(pipeline, text)


def test_events_solidarity_voiced_is_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The EU's foreign policy chief voiced solidarity with Riga."
    assert ("SUPPORT", ["EUR"], ["LVA"]) in _events(pipeline, text)


def test_events_concern_voiced_stays_an_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The European Union voiced concern over Russia's troop build-up.")
    assert not any(e[0] == "SUPPORT" for e in found)


def test_events_call_made_to_thank_is_also_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kyrgyz President Askar Turgunbaev telephoned the Russian President to express gratitude for the help."
    found = _events(pipeline, text)
    assert ("CONSULT", ["KGZ"], ["RUS"]) in found
    assert ("SUPPORT", ["KGZ"], ["RUS"]) in found


def test_events_trip_made_to_thank_is_also_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Tunisian Prime Minister Ahmed Hachani flew to Algiers on Wednesday to thank President Abdelmadjid Tebboune."
    assert ("SUPPORT", ["TUN"], ["DZA"]) in _events(pipeline, text)


def test_events_agreement_to_meet_is_not_a_meeting_as_well(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kenya and Somalia agreed to meet in Nairobi next month.")
    assert [e[0] for e in found] == ["AGREE"]


def test_events_pact_signed_by_named_signers_is_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Police began joint patrols under the agreement signed by the Albanian and Greek interior ministers."
    found = _events(pipeline, text)
    assert any(e[0] == "SUPPORT" and set(e[1]) == {"ALB", "GRC"} for e in found)


def test_events_deal_brokered_by_a_mediator_stays_a_description(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Fighting resumed despite a ceasefire brokered by Qatar last month.")
    assert not any(e[0] == "CONSULT" and e[1] == ["QAT"] for e in found)


def test_events_names_put_to_a_pact_are_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The Kenyan and Ugandan ministers put their names to an agreement on fisheries.")
    assert any(e[0] == "SUPPORT" and set(e[1]) == {"KEN", "UGA"} for e in found)


def test_events_apology_accepted_is_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("SUPPORT", ["PER"], []) in _events(pipeline, "Lima accepted the apology and said the matter was closed.")


def test_events_memoranda_inked_are_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Bangladesh and the Maldives on Tuesday inked three memoranda of understanding.")
    assert any(e[0] == "SUPPORT" and set(e[1]) == {"BGD", "MDV"} for e in found)


def test_events_helper_credited_for_help_is_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Bosnia's security minister credited Belgrade for its help.")
    assert ("SUPPORT", ["BIH"], ["SRB"]) in found


def test_events_tribute_paid_is_praise_not_payment(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "South Korea's ambassador paid tribute to the Mongolian authorities for their cooperation."
    assert _events(pipeline, text) == [("SUPPORT", ["KOR"], ["MNG"])]


def test_events_payment_for_goods_stays_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert [e[0] for e in _events(pipeline, "Russia paid Ukraine for the gas.")] == ["AID"]


def test_events_support_reiterated_is_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The EU reiterates its firm support for the Federal Government of Somalia.")
    assert ("SUPPORT", ["EUR"], ["SOM"]) in found


def test_events_assistance_highly_valued_is_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Vietnamese Vice-Minister highly valued the assistance of the Japanese government."
    assert ("SUPPORT", ["VNM"], ["JPN"]) in _events(pipeline, text)


def test_events_decision_noted_with_appreciation_is_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Nigerian Ministry notes with appreciation the decision of the Equatoguinean authorities."
    assert ("SUPPORT", ["NGA"], ["GNQ"]) in _events(pipeline, text)


def test_events_state_said_grateful_is_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The prime minister said in Tbilisi that Armenia was grateful to the Georgian people."
    assert any(e[0] == "SUPPORT" and e[1] == ["ARM"] for e in _events(pipeline, text))


def test_candidates_agreement_signed_again_is_told_once(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the passive with "the agreement" points back to the signing told first: one SUPPORT, not two
    text = (
        "Kenya and Uganda signed a border agreement on Monday. "
        "The agreement was signed in Nairobi by the two foreign ministers."
    )
    assert [e[0] for e in _events(pipeline, text)] == ["SUPPORT"]


def test_candidates_first_passive_signing_is_coded(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The agreement was signed in Nairobi by the Kenyan and Ugandan foreign ministers.")
    assert [e[0] for e in found] == ["SUPPORT"]
