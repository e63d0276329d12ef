"""A pact told by the participle that describes it ("under a deal reached by the two prime ministers")
is an agreement; a participle that only says which pact it is ("a deal brokered by Moscow") is not
(parley.events._pact_participle)."""

from __future__ import annotations

from _events_setup import coded_types, roles_of_type


def test_events_pact_participle_deal_reached_is_agreed(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kyrgyzstan and Tajikistan began pulling heavy weapons back from their disputed border on Tuesday "
        "under a deal reached by the two countries' prime ministers."
    )
    assert roles_of_type(rules_pipeline, text, "AGREE") == [(["KGZ", "TJK"], [])]


def test_events_pact_participle_deal_brokered_tells_no_agreement(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Armenia and Azerbaijan started moving artillery back from their contested frontier on Friday "
        "under a deal brokered by Ankara."
    )
    assert "AGREE" not in coded_types(rules_pipeline, text)


def test_events_pact_participle_reached_at_meeting_left_to_meeting(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kyrgyzstan and Tajikistan began pulling heavy weapons back from their disputed border on Tuesday "
        "under an agreement reached at the meeting."
    )
    assert "AGREE" not in coded_types(rules_pipeline, text)


def test_events_pact_participle_passive_reached_is_no_agreement(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kyrgyzstan and Tajikistan pulled heavy weapons back from their border. "
        "The agreement was reached at the end of a three-day meeting of security officials in Osh."
    )
    assert "AGREE" not in coded_types(rules_pipeline, text)


def test_events_pact_participle_agreement_concluded_is_signed(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # "concluded" after a pact tells it was made: the conclude SUPPORT row reads the pact as its object
    text = (
        "Mozambique handed a fugitive to South Africa on Tuesday, the first extradition under the police "
        "cooperation agreement concluded by Mozambique and South Africa in Maputo last October."
    )
    assert roles_of_type(rules_pipeline, text, "SUPPORT") == [(["MOZ", "ZAF"], [])]
