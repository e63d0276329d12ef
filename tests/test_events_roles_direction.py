"""Which side acts and which is acted on (parley.events._roles), on invented sentences: joint acts named
by their subjects, meetings with guests, pleas and invitations "from" a side, refused receptions."""

from __future__ import annotations

from _events_setup import coded_events as _events


def test_events_roles_joint_act_parties_are_the_subjects_not_a_trade_word(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "customs" and "intelligence" name a trade, not a party: the two states of the subject do it together
    inspections = _events(pipeline, "Georgia and Armenia began joint customs inspections at the crossing on Monday.")
    assert ("COOPERATE", ["GEO"], ["ARM"]) in inspections
    cell = _events(pipeline, "Peru and Colombia have run a joint intelligence cell in Leticia since 2011.")
    assert ("COOPERATE", ["PER"], ["COL"]) in cell


def test_events_roles_noun_with_its_own_agent_keeps_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "India and Bhutan today signed agreements for two irrigation schemes, during a visit to the "
        "Himalayan kingdom by India's external affairs minister."
    )
    assert ("CONSULT", ["IND"], ["BTN"]) in _events(pipeline, text)


def test_events_roles_visiting_guest_met_is_the_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Prime Minister Hailu Gebremedhin of Ethiopia conferred with the visiting President of Somalia."
    assert ("CONSULT", ["SOM"], ["ETH"]) in _events(pipeline, text)


def test_events_roles_envoy_met_calls_on_the_host(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("CONSULT", ["EUR"], ["GTM"]) in _events(pipeline, "Guatemala's president met the EU ambassador on Tuesday.")


def test_events_roles_negotiator_meeting_envoys_stays_the_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    # both sides travel for their states: no host is met, so the subject keeps the actor's place
    text = "Chile's chief negotiator met Peruvian diplomats on Friday to settle the fishing quotas."
    assert ("CONSULT", ["CHL"], ["PER"]) in _events(pipeline, text)


def test_events_roles_envoy_meeting_envoys_stays_the_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Korean ambassador met Mongolian envoys at a reception to discuss a rail corridor."
    assert ("CONSULT", ["KOR"], ["MNG"]) in _events(pipeline, text)


def test_events_roles_phone_call_to_an_envoy_is_made_by_the_caller(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Norway's foreign minister telephoned the Russian ambassador the next morning."
    assert ("CONSULT", ["NOR"], ["RUS"]) in _events(pipeline, text)


def test_events_roles_plea_from_a_state_is_that_states_request(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Malawi has turned aside a plea from Zambia to lower import duties on refined sugar."
    assert ("REQUEST", ["ZMB"], ["MWI"]) in _events(pipeline, text)


def test_events_roles_invitation_from_a_leader_goes_to_whom_it_is_conveyed(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Vice Foreign Minister conveyed an invitation from the Chinese Premier to the Philippine Vice President."
    assert ("AGREE", ["CHN"], ["PHL"]) in _events(pipeline, text)


def test_events_roles_withdrawal_from_a_place_still_leaves_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ethiopia completed the withdrawal of its troops from Somalia on Monday."
    assert ("RETREAT", ["ETH"], ["SOM"]) in _events(pipeline, text)


def test_events_candidates_host_refusing_to_receive_guests_rejects_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Sudan's information minister would not receive a delegation of Egyptian journalists."
    assert ("REJECT", ["SDN"], ["EGY"]) in _events(pipeline, text)


def test_events_roles_meeting_hosted_by_a_third_party_is_aimed_at_the_host(pipeline) -> None:  # type: ignore[no-untyped-def]
    # PLOVER codes a meeting's host as its recipient: "hosted by" names it when the parties are others
    text = "The exchange followed two rounds of talks between Ethiopian and Eritrean officials, hosted by Kenya."
    assert ("CONSULT", ["ERI", "ETH"], ["KEN"]) in _events(pipeline, text)
    held = "The exchange followed two rounds of talks between Ethiopian and Eritrean officials in Nairobi."
    assert ("CONSULT", ["ERI", "ETH"], ["KEN"]) not in _events(pipeline, held)
