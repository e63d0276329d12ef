"""Type decisions for threats, concessions, apologies and retreats (parley.events._typing)."""

from __future__ import annotations

from _events_setup import matched_type as _matched_type
from _events_setup import row_type as _type_of
from parley.events._typing import TriggerMatcher


def test_events_typing_agreeing_to_give_ground_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    fee = pipeline.nlp("The governor agreed to suspend the new fee.")
    assert _matched_type(matcher, fee, "agreed") == "CONCEDE"
    repay = pipeline.nlp("Benin has promised to repay the missing funds.")
    assert _matched_type(matcher, repay, "promised") == "CONCEDE"
    talks = pipeline.nlp("The two sides agreed to hold talks in May.")
    assert _matched_type(matcher, talks, "agreed") == "AGREE"  # a plan together gives nothing up
    pay = pipeline.nlp("Baku offered to pay damages.")
    assert _matched_type(matcher, pay, "offered") == "AGREE"  # an offer to pay is a proposal


def test_events_typing_promised_answers_and_reserved_rights_are_threats(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    for text, verb in (
        ('The minister said any raid "will be met with force".', "met"),
        ("The army said any stray shells would be answered.", "answered"),
        ("Iran reserves the right to take further action.", "reserves"),
        ("Officials hinted that they could review the customs union.", "hinted"),
        ("Colombia raised the prospect of duties on asparagus.", "raised"),
        ("The ministry vowed to reciprocate.", "reciprocate"),
    ):
        doc = pipeline.nlp(text)
        token = next(t for t in doc if t.text == verb)
        if verb == "reciprocate":
            token = token.head
        match = matcher.match(token)
        assert match is not None and match.type == "THREATEN", text
    talks = pipeline.nlp("The ministers met with their counterparts in Tokyo.")
    match = matcher.match(talks[2])
    assert match is not None and match.type == "CONSULT"


def test_events_typing_denied_restraint_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    for text, verb in (
        ("The army would not hesitate to defend every centimetre.", "hesitate"),
        ("Cambodia will not tolerate any crime.", "tolerate"),
        ("Such aggression would not go unpunished.", "go"),
    ):
        match = matcher.match(next(t for t in pipeline.nlp(text) if t.text == verb))
        assert match is not None and match.type == "THREATEN", text
    for text, verb in (("The talks will not go ahead.", "go"), ("He did not hesitate.", "hesitate")):
        assert matcher.match(next(t for t in pipeline.nlp(text) if t.text == verb)) is None, text


def test_events_typing_promised_measures_are_threats(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    doc = pipeline.nlp("Hanoi would take the necessary countermeasures.")
    match = matcher.match(next(t for t in doc if t.text == "take"))
    assert match is not None and match.type == "THREATEN"
    for text in ("Kenya took measures to curb inflation.", "Seoul will take part in the talks."):
        token = next(t for t in pipeline.nlp(text) if t.lemma_ == "take")
        assert matcher.match(token) is None, text


def test_events_typing_promised_review_of_ties_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    doc = pipeline.nlp("Lusaka would review preferential treatment for Malawian goods.")
    match = matcher.match(next(t for t in doc if t.text == "review"))
    assert match is not None and match.type == "THREATEN"
    doc = pipeline.nlp("The ministers reviewed their cooperation.")
    assert matcher.match(next(t for t in doc if t.text == "reviewed")) is None


def test_events_typing_expressed_regret_is_an_apology_unless_strong(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _type_of(pipeline, "Eritrea expressed regret over the incident.", "expressed") == "CONCEDE"
    assert _type_of(pipeline, "The ministry voiced regret for the incident.", "voiced") == "CONCEDE"
    # "strong regret" is the diplomatic word for a complaint about another's act
    assert _type_of(pipeline, "Manila expressed strong regret on Friday.", "expressed") == "ACCUSE"


def test_events_typing_concessions_named_by_their_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _type_of(pipeline, "Kuwait waived the fines imposed on the boat owners.", "waived") == "CONCEDE"
    assert _type_of(pipeline, "Uganda softened its position on the border.", "softened") == "CONCEDE"
    assert _type_of(pipeline, "The port consented to halve the new fee.", "consented") == "CONCEDE"
    assert _type_of(pipeline, "Somalia withdrew its insistence on a levy.", "withdrew") == "CONCEDE"
    assert _type_of(pipeline, "Kuwait waived the visit.", "waived") is None  # not a charge or a rule


def test_events_typing_calling_off_a_strike_is_a_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    strike = pipeline.nlp("The dockers' union called off the strike on Friday.")
    assert _matched_type(matcher, strike, "called") == "RETREAT"  # both conditions: the object and "off"
    talks = pipeline.nlp("Ghana called off the talks with Togo.")
    assert _matched_type(matcher, talks, "called") == "REJECT"  # off, but not a protest
    called = pipeline.nlp("The union called a strike at the port.")
    assert _matched_type(matcher, called, "called") != "RETREAT"  # a strike, but not off


def test_events_typing_regret_for_own_harm_is_an_apology(pipeline) -> None:  # type: ignore[no-untyped-def]
    loss = "The mission said it deeply regrets the loss of lives."
    assert _type_of(pipeline, loss, "regrets") == "CONCEDE"
    # regretting another's decision reproaches its maker
    assert _type_of(pipeline, "Slovakia said it regretted China's decision.", "regretted") == "ACCUSE"


def test_events_typing_suspending_a_charge_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _type_of(pipeline, "The government suspended the levy on foreign lorries.", "suspended") == "CONCEDE"
    assert _type_of(pipeline, "Niger suspended deportations of Malians.", "suspended") == "CONCEDE"
    # suspending what one gives others is a sanction
    assert _type_of(pipeline, "Vietnam suspended imports of Cambodian rice.", "suspended") == "SANCTION"


def test_events_typing_more_time_granted_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    deadline = "The junta extended the deadline for workers to register."
    assert _type_of(pipeline, deadline, "extended") == "CONCEDE"
    assert _type_of(pipeline, "Zambia extended a loan to Malawi.", "extended") == "AID"


def test_events_typing_reassurance_and_admission_are_concessions(pipeline) -> None:  # type: ignore[no-untyped-def]
    assured = "The BSF chief assured his counterpart that his force would use non-lethal weapons."
    assert _type_of(pipeline, assured, "assured") == "CONCEDE"
    admitted = "Colombia's defence ministry acknowledged the patrol had entered Venezuelan territory."
    assert _type_of(pipeline, admitted, "acknowledged") == "CONCEDE"


def test_events_typing_demand_no_longer_pressed_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    insist = "Moldova will no longer insist that the withdrawal be placed on the agenda."
    assert _type_of(pipeline, insist, "insist") == "CONCEDE"
    press = "Tbilisi would no longer press for an investigation."
    assert _type_of(pipeline, press, "press") == "CONCEDE"
    assert _type_of(pipeline, "Tbilisi pressed for an investigation.", "pressed") == "REQUEST"


def test_events_typing_restraint_denied_by_no_longer_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    doc = pipeline.nlp("The ministry said smuggling would no longer be tolerated.")
    match = matcher.match(next(t for t in doc if t.text == "tolerated"))
    assert match is not None and match.type == "THREATEN"


def test_events_typing_hedged_reported_review_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    for text, verb in (
        ("Nicaragua said it could review consular relations with Chile.", "review"),
        ("Quispe said La Paz might reconsider its participation in the agreement.", "reconsider"),
    ):
        match = matcher.match(next(t for t in pipeline.nlp(text) if t.text == verb))
        assert match is not None and match.type == "THREATEN", text
    # unreported, the hedge is a guess
    doc = pipeline.nlp("Nicaragua could review consular relations with Chile.")
    assert matcher.match(next(t for t in doc if t.text == "review")) is None


def test_events_typing_incursions_met_with_measures_are_threatened(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    doc = pipeline.nlp("The minister said further incursions would be met with the measures the law allows.")
    match = matcher.match(next(t for t in doc if t.text == "met"))
    assert match is not None and match.type == "THREATEN"


def test_events_typing_promised_inquiry_or_pay_rise_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _type_of(pipeline, "Malawi promised a full inquiry into the shooting.", "promised") == "CONCEDE"
    assert _type_of(pipeline, "The port authority promised a pay rise.", "promised") == "CONCEDE"
    assert _type_of(pipeline, "Japan promised closer ties with Ghana.", "promised") == "AGREE"
