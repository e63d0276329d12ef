"""Trigger rows of data/triggers.tsv for refusals and conditional threats: each row read in an invented
sentence, and a near sentence the row must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.events._typing import TriggerMatcher
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _match_type(pipeline: Pipeline, text: str, word: str) -> str | None:
    matcher = TriggerMatcher(pipeline.lexicon)
    match = matcher.match(next(t for t in pipeline.nlp(text) if t.text == word))
    return None if match is None else match.type


def test_events_declining_to_act_is_a_rejection(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Paris declined to return the boats to the Comoros on Monday.")
    assert [e[:2] for e in found] == [("REJECT", ["FRA"])]


def test_events_declining_to_comment_is_no_rejection(pipeline: Pipeline) -> None:
    for text in (
        "The French foreign ministry declined to comment on Monday.",
        "A Kenyan official declined to say whether the talks would resume.",
        "Kenya's exports to Uganda declined to $2 billion last year.",
    ):
        assert _match_type(pipeline, text, "declined") is None, text


def test_events_declined_offer_told_in_a_relative_clause(pipeline: Pipeline) -> None:
    text = "Malaysia offered to host talks between Thailand and Cambodia, an offer Bangkok has so far declined."
    assert ("REJECT", ["THA"], ["MYS"]) in _events(pipeline, text)


def test_events_relative_pronoun_subject_is_not_the_object(pipeline: Pipeline) -> None:
    # "the delegation that received the minister": the delegation receives, it is not received
    assert _match_type(pipeline, "The delegation that declined was Thai.", "declined") is None


def test_events_brushing_aside_is_a_rejection(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Mexican officials brushed off the criticism from Washington.")
    assert ("REJECT", ["MEX"], ["USA"]) in found
    assert _match_type(pipeline, "Gabon's interior minister brushed aside the ultimatum.", "brushed") == "REJECT"
    assert _match_type(pipeline, "The minister brushed his teeth.", "brushed") is None


def test_events_cut_promised_under_a_condition_is_a_threat(pipeline: Pipeline) -> None:
    text = (
        "Uzbekistan's state gas company told Kyrgyzstan that it would cut deliveries by half"
        " unless Bishkek paid $14 million in arrears."
    )
    assert [e[:3] for e in _events(pipeline, text)] == [("THREATEN", ["UZB"], ["KGZ"])]


def test_events_cut_without_a_condition_is_no_threat(pipeline: Pipeline) -> None:
    for text in ("Uzbekistan would cut deliveries by half.", "Uzbekistan cut deliveries if Bishkek paid late."):
        assert _match_type(pipeline, text, "cut") != "THREATEN", text


def test_events_postponed_meeting_is_a_rejection(pipeline: Pipeline) -> None:
    text = "Zambia postponed a meeting of the joint commission with Malawi that was due next week."
    assert [e[:2] for e in _events(pipeline, text)] == [("REJECT", ["ZMB"])]
    assert _match_type(pipeline, "Kenya postponed the deadline for Ugandan traders.", "postponed") == "CONCEDE"


def test_events_promise_not_to_give_ground_is_a_rejection(pipeline: Pipeline) -> None:
    text = "Zimbabwe's information minister said Harare would not reverse its decision on Zambian maize."
    assert [e[:2] for e in _events(pipeline, text)] == [("REJECT", ["ZWE"])]
    assert _events(pipeline, "Harare did not reverse its decision on Zambian maize.") == []


def test_candidates_warning_by_economists_is_no_threat(pipeline: Pipeline) -> None:
    # analysts and experts forecast: they hold no power to carry out what they warn of
    found = _events(pipeline, "Bhutanese economists warned that the debt to India could become unsustainable.")
    assert [e for e in found if e[0] == "THREATEN"] == []


def test_candidates_warning_by_a_government_is_a_threat(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Kazakhstan warned that it could suspend its imports of Russian grain.")
    assert ("THREATEN", ["KAZ"], ["RUS"]) in found


def test_candidates_warning_of_what_a_thing_could_do_is_no_threat(pipeline: Pipeline) -> None:
    # a closure, a swarm or a blockade is no party: what it could do is forecast, not threatened
    for text in (
        "The United Nations has warned that the closure of the crossing could cut off food supplies to Gaza.",
        "Pakistani exporters warned that the closure could wipe out this season's fruit trade with Afghanistan.",
    ):
        assert [e for e in _events(pipeline, text) if e[0] == "THREATEN"] == [], text


def test_candidates_warning_of_what_a_party_could_do_is_a_threat(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Senegal's foreign minister warned that Dakar could retaliate against Gambian lorries.")
    assert [e[:2] for e in found if e[0] == "THREATEN"] == [("THREATEN", ["SEN"])]


def test_candidates_warning_of_harm_to_relations_is_a_threat(pipeline: Pipeline) -> None:
    # harm to relations, or a warning told to its addressee, is the warner's to inflict
    for text in (
        "Senegal said it was deeply disappointed with Gambia and warned that relations could suffer.",
        "Malawi's foreign minister warned Mozambique that the expulsion could damage cooperation on the waterway.",
    ):
        assert [e for e in _events(pipeline, text) if e[0] == "THREATEN"], text


def test_candidates_warning_of_a_passive_act_is_a_threat(pipeline: Pipeline) -> None:
    # "could be withdrawn" hides who would withdraw it: the warner, who holds the access
    text = "The European Commission warned Guatemala that tariff-free access for its exports could be withdrawn."
    assert [e for e in _events(pipeline, text) if e[0] == "THREATEN"]
    text = "The European Commission warned that tariff-free access for Guatemalan exports could be withdrawn."
    assert [e for e in _events(pipeline, text) if e[0] == "THREATEN"]


def test_events_present_refusal_of_a_thing_named_is_a_rejection(pipeline: Pipeline) -> None:
    text = 'Zagreb\'s foreign minister said Croatia "does not accept ultimatums" from anyone.'
    assert ("REJECT", ["HRV"], []) in _events(pipeline, text)


def test_events_present_disagreement_with_a_claim_is_no_rejection(pipeline: Pipeline) -> None:
    for text in (
        "Dublin does not accept that a bare rock can generate territorial waters.",
        "Croatia did not accept the award in 2017.",
    ):
        assert all(e[0] != "REJECT" for e in _events(pipeline, text)), text


def test_events_unlifted_ban_held_over_a_threat_is_no_rejection(pipeline: Pipeline) -> None:
    text = "Quito said it would block Peruvian onions if the ban was not lifted."
    assert all(e[0] != "REJECT" for e in _events(pipeline, text))


def test_events_conditional_threat_aimed_at_the_named_party_of_its_condition(pipeline: Pipeline) -> None:
    text = "Mexico's truckers say they will block the Laredo crossing unless Washington delays a rule."
    assert ("THREATEN", ["MEX"], ["USA"]) in _events(pipeline, text)


def test_events_conditional_threat_keeps_its_target_when_the_condition_names_nobody(pipeline: Pipeline) -> None:
    text = "Russia said it would cut gas supplies to Ukraine unless the debts are paid."
    assert ("THREATEN", ["RUS"], ["UKR"]) in _events(pipeline, text)


def test_events_threat_aimed_at_the_condition_of_the_act_it_warns_of(pipeline: Pipeline) -> None:
    text = (
        "Pyongyang warned that North Korea would be compelled to take countermeasures"
        " if the U.S. persisted in its hostile acts."
    )
    assert ("THREATEN", ["PRK"], ["USA"]) in _events(pipeline, text)
