"""The rule coder's extraction (``--coder rules``): trigger lexicon, parse rules, roles, modality.

The learned coder keeps every event the rules find and adds what they miss; its own behaviour is
tested in ``test_events_learned.py``."""

from __future__ import annotations

from datetime import date

import pytest

from parley.document import Article
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _events(pipeline, text: str, published: date = date(2024, 5, 8), country: str | None = None):  # type: ignore[no-untyped-def]
    article = Article(id="t", text=text, published=published, source_country=country)
    (doc,) = list(pipeline.process([article]))
    return [(e.event, sorted(e.actor_codes), sorted(e.recipient_codes), e.date) for e in doc.events]


def test_events_basic_dyad_with_weekday_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("SANCTION", ["FRA"], ["IRN"], "2024-05-06") in _events(
        pipeline, "France expelled two Iranian diplomats on Monday."
    )


def test_events_negated_mention_is_not_an_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _events(pipeline, "Japan did not condemn China over the incident.") == []


def test_events_hypothetical_mention_is_not_an_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "If Serbia attacks Kosovo, NATO could send troops.")
    assert not any(e[0] == "ASSAULT" for e in found)


def test_events_future_meeting_is_agree(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Chinese President Xi Jinping will visit Brazil next month.")
    assert found and found[0][:3] == ("AGREE", ["CHN"], ["BRA"])


def test_events_capital_stands_for_government(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Pyongyang accused Washington of planning an invasion.")
    assert ("ACCUSE", ["PRK"], ["USA"]) in [e[:3] for e in found]


def test_events_compound_actor_is_one_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Spain, Italy and Austria each expelled three Russian diplomats.")
    assert [e[:3] for e in found] == [("SANCTION", ["AUT", "ESP", "ITA"], ["RUS"])]


def test_events_unqualified_title_defaults_to_outlet_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Foreign Minister Kim Sung-ho thanked Canada for its support.", country="KOR")
    assert ("SUPPORT", ["KOR"], ["CAN"]) in [e[:3] for e in found]


def test_events_same_meeting_in_three_sentences_is_one_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo on Monday.\n\n"
        "Their meeting lasted two hours.\n\nThe two leaders also held talks over dinner."
    )
    article = Article(id="t", text=text, published=date(2023, 3, 21))
    (doc,) = list(pipeline.process([article]))
    consults = [e for e in doc.events if e.event == "CONSULT"]
    assert len(consults) == 1 and len(consults[0].mentions) >= 2
    assert consults[0].place is not None and consults[0].place.resolved_place == "Tokyo"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested dozens of protesters in Minsk on Sunday.", ("COERCE", ["BLR"], ["BLR"])),
        ("Thousands of people demonstrated in Tbilisi on Sunday.", ("PROTEST", ["GEO"], ["GEO"])),
        ("The IMF approved a loan to Ghana.", ("AID", ["IGO"], ["GHA"])),
    ],
)
def test_events_sectors_and_igos(pipeline: Pipeline, text: str, expected: tuple[object, ...]) -> None:
    assert expected in [e[:3] for e in _events(pipeline, text)]


def test_events_trigger_object_is_not_the_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Peru cut off diplomatic ties with Bolivia on Friday and Chile sent an envoy.")
    assert ("SANCTION", ["PER"], ["BOL"]) in [e[:3] for e in found]


def test_events_troops_ordered_to_a_border_target_its_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "President Nicolas Maduro of Venezuela ordered five battalions to the Guyanese border.")
    assert ("MOBILIZE", ["VEN"], ["GUY"]) in [e[:3] for e in found]


def test_events_descriptive_participle_is_not_an_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Rebels backed by Rwanda seized the town of Goma.")
    assert not any(e[0] == "SUPPORT" for e in found)


def test_events_street_rally_stays_a_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Thousands of Serbians rallied outside the German embassy in Belgrade on Sunday.")
    assert found and found[0][0] == "PROTEST"


def test_events_killing_by_soldiers_has_soldiers_as_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Sudan's army denied the killing of twelve villagers by soldiers in Darfur."
    found = _events(pipeline, text)
    assert not any(e[0] == "ASSAULT" and "SDN" not in e[1] for e in found)


def test_events_condition_of_a_promise_is_not_an_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Britain said it would keep the embargo until Syria halted its attacks on civilians."
    found = _events(pipeline, text)
    assert not any(e[1] == ["SYR"] for e in found)


def test_events_apology_goes_to_the_wronged(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Turkish jets shot down a Syrian drone over Hatay on Monday.\n\n"
        "Germany praised Turkey for its restraint.\n\nAnkara apologised on Tuesday."
    )
    found = _events(pipeline, text)
    assert ("CONCEDE", ["TUR"], ["SYR"]) in [e[:3] for e in found]


def test_events_promise_is_dated_when_made(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Armenia said on Monday that it will hand back the Lachin district to Azerbaijan by May 30."
    found = _events(pipeline, text)
    dated = [e for e in found if e[0] in {"CONCEDE", "AGREE"}]
    assert dated and all(e[3] == "2024-05-06" for e in dated)


def test_events_blocking_and_firing_is_one_incident(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Iranian patrol boats blocked a British tanker and fired warning shots at it on Friday."
    found = _events(pipeline, text)
    assert [e[0] for e in found if e[1] == ["IRN"]] == ["ASSAULT"]


def test_events_initials_then_surname_found_again(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "South African President F.W. Botha arrived in Lusaka on Monday.\n\nBotha met Zambian leaders."
    found = _events(pipeline, text)
    assert any(e[0] == "CONSULT" and e[1] == ["ZAF"] for e in found[1:] or found)


def test_events_agents_appointed_by_act_for_their_principal(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Investigators appointed by the United Nations said Eritrea's colonels should be prosecuted for torture."
    found = _events(pipeline, text)
    assert any(e[1] == ["UNO"] for e in found)


def test_events_time_phrase_noun_is_not_done_by_the_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "French troops landed in Mali on Monday after weeks of killing by militants."
    found = _events(pipeline, text)
    assert not any(e[0] == "ASSAULT" and e[1] == ["FRA"] for e in found)


def test_events_warning_conjoined_to_reported_speech_has_the_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Canada's foreign minister said the election had been unfair and warned that Ottawa could expel envoys."
    found = _events(pipeline, text)
    assert any(e[0] == "THREATEN" and e[1] == ["CAN"] for e in found)


def test_events_relative_pronoun_stands_for_its_noun(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "In Nairobi, President William Ruto of Kenya, who agreed last week to meet Ethiopia's leader, spoke."
    found = _events(pipeline, text)
    assert any(e[0] == "AGREE" and e[1] == ["KEN"] for e in found)


def test_events_closed_mission_targets_the_host_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Netherlands said it had suspended its diplomatic mission in Tehran."
    found = _events(pipeline, text)
    assert ("SANCTION", ["NLD"], ["IRN"]) in [e[:3] for e in found]


def test_events_visit_at_the_end_of_a_deal_is_its_own_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "World Bank staff reached an agreement with Zambia at the end of a two-day visit to Lusaka last month."
    found = _events(pipeline, text)
    assert ("CONSULT", ["IGO"], ["ZMB"]) in [e[:3] for e in found]


def test_events_judging_adverb_under_speech_is_an_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Greece said on Friday that Turkish jets had illegally entered its airspace."
    found = _events(pipeline, text)
    assert any(e[0] == "ACCUSE" and e[1] == ["GRC"] for e in found)


def test_events_relations_between_two_countries_are_both_actors(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Trade disputes have strained the 2020 accord that normalized relations between Israel and Morocco."
    found = _events(pipeline, text)
    assert any(e[0] == "SUPPORT" and set(e[1]) >= {"ISR", "MAR"} and str(e[3]).startswith("2020") for e in found)


def test_events_readiness_to_negotiate_names_the_partner(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Belgrade said it was ready to settle the dispute through talks with Pristina."
    found = _events(pipeline, text)
    assert ("AGREE", ["SRB"], ["XKX"]) in [e[:3] for e in found] or ("AGREE", ["SRB"], ["KOS"]) in [
        e[:3] for e in found
    ]


def test_events_unqualified_title_in_foreign_news_is_of_the_story_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Serbia and Kosovo traded blame on Monday after clashes in Zvecan.\n\n"
        "Kosovo's police stayed in the town, and Serbia put its army on alert.\n\n"
        "Prime Minister Albin Kurti accused Belgrade of stirring up the unrest."
    )
    found = _events(pipeline, text, country="BIH")
    assert not any("BIH" in e[1] for e in found)


def test_events_forecast_is_not_an_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Few senators are expected to back the Colombian plan.")
    assert found == []


def test_events_reaction_targets_the_other_side_of_the_same_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Niger ordered extra troops to its southern frontier on Monday after gunmen from Nigeria attacked a market."
    found = _events(pipeline, text)
    assert ("MOBILIZE", ["NER"], ["NGA"]) in [e[:3] for e in found]


def test_events_welcoming_an_event_targets_the_country_inside_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Canada on Monday welcomed the peaceful election held in Ghana at the weekend.")
    assert ("SUPPORT", ["CAN"], ["GHA"]) in [e[:3] for e in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway froze development aid to Madagascar on Tuesday.", ("SANCTION", ["NOR"], ["MDG"])),
        ("Estonia declared two Belarusian diplomats persona non grata.", ("SANCTION", ["EST"], ["BLR"])),
        ("Japan airlifted tents and blankets to Vanuatu on Sunday.", ("AID", ["JPN"], ["VUT"])),
        ("Protesters threw stones at the French embassy in Niamey.", ("PROTEST", ["NER"], ["FRA"])),
    ],
)
def test_events_light_verbs_with_their_objects(pipeline: Pipeline, text: str, expected: tuple[object, ...]) -> None:
    assert expected in [e[:3] for e in _events(pipeline, text)]


def test_events_leaving_a_treaty_is_a_sanction_not_a_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Chile withdrew from the fisheries treaty on Friday.")
    assert any(e[0] == "SANCTION" and e[1] == ["CHL"] for e in found)
    assert not any(e[0] == "RETREAT" for e in found)


def test_events_calling_an_act_a_sham_is_an_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Bolivia called the referendum in Paraguay a sham.")
    assert ("ACCUSE", ["BOL"], ["PRY"]) in [e[:3] for e in found]


def test_events_name_given_while_rejecting_is_the_same_statement(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Russia rejected the report on Tuesday, calling it a sham.")
    assert [e[0] for e in found] == ["REJECT"]


def test_events_announced_amnesty_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Ghana's president announced an amnesty for rebels.")
    assert any(e[0] == "CONCEDE" and e[1] == ["GHA"] for e in found)


def test_events_vow_to_retaliate_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Uganda vowed to retaliate against Kenya.")
    assert any(e[0] == "THREATEN" and e[1] == ["UGA"] for e in found)
    assert not any(e[0] == "AGREE" for e in found)


def test_events_flying_a_load_is_aid_not_a_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Britain is flying Kenyan troops and equipment to Haiti on transport planes.")
    assert any(e[0] == "AID" and e[1] == ["GBR"] for e in found)
    assert not any(e[0] == "CONSULT" for e in found)


def test_events_refusing_to_recognise_is_a_rejection(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Chile and Uruguay said they would not recognise the new government of Bolivia.")
    assert any(e[0] == "REJECT" and set(e[1]) == {"CHL", "URY"} for e in found)


def test_events_condemning_an_attack_does_not_make_the_speaker_attack(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Mexico condemned the attack on Monday.")
    assert not any(e[0] == "ASSAULT" and e[1] == ["MEX"] for e in found)


def test_events_promise_to_withdraw_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Rwanda agreed on Friday to withdraw its troops from Congo.")
    assert any(e[0] == "CONCEDE" and e[1] == ["RWA"] for e in found)
    assert not any(e[0] == "AGREE" for e in found)


def test_events_arrest_of_people_makes_them_the_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Turkish police ordered the arrest of two Dutch journalists in Istanbul.")
    assert not any(e[0] == "COERCE" and "NLD" in e[1] for e in found)


def test_events_statements_joined_by_a_semicolon_are_two(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Greece blamed Turkey for the fire; Ankara rejected the accusation."
    found = [e[:3] for e in _events(pipeline, text)]
    assert ("ACCUSE", ["GRC"], ["TUR"]) in found and ("REJECT", ["TUR"], ["GRC"]) in found


def test_events_rejection_and_its_reason_are_one_statement(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Venezuelan President Nicolas Maduro said Venezuela would defy the embargo, which he called unlawful."
    found = [e for e in _events(pipeline, text) if e[1] == ["VEN"]]
    assert len(found) == 1


def test_events_his_government_is_the_speakers(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brazilian President Lula, speaking at a forum in Madrid, said his government would never recognise "
        "the junta and accused Washington of meddling."
    )
    found = _events(pipeline, text)
    assert any(e[0] == "ACCUSE" and e[1] == ["BRA"] for e in found)


def test_events_the_alliance_is_the_organisation_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "NATO met in Brussels on Monday.\n\nEstonia asked the alliance for more air patrols."
    found = _events(pipeline, text)
    assert ("REQUEST", ["EST"], ["IGO"]) in [e[:3] for e in found]


def test_events_protest_noun_told_as_news_is_a_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Demonstrations began on Sunday in the Kenyan town of Nakuru.")
    assert any(e[0] == "PROTEST" and e[1] == ["KEN"] for e in found)


def test_events_conjoined_passive_keeps_the_state_as_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Peru's interior ministry said ten looters had been shot and 140 suspects detained across Lima."
    found = _events(pipeline, text)
    assert any(e[0] == "COERCE" and e[1] == ["PER"] for e in found)
    assert not any(e[0] == "PROTEST" for e in found)


def test_events_troops_massed_near_a_border_target_its_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Russia massed troops near the Ukrainian border.")
    assert ("MOBILIZE", ["RUS"], ["UKR"]) in [e[:3] for e in found]


def test_events_forces_placed_on_alert_mobilize(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Japan placed its forces on alert after the launch.")
    assert any(e[0] == "MOBILIZE" and e[1] == ["JPN"] for e in found)


def test_events_pledged_help_goes_to_the_story_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Floods hit Pakistan on Monday, and Pakistani officials said thousands were homeless in Sindh.\n\n"
        "Japan pledged 5 million dollars in emergency assistance."
    )
    found = _events(pipeline, text)
    assert any(e[1] == ["JPN"] and e[2] == ["PAK"] for e in found)


def test_events_exchanging_fire_is_an_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Indian and Chinese troops exchanged fire in Ladakh on Monday.")
    assert any(e[0] == "ASSAULT" for e in found) and not any(e[0] == "COOPERATE" for e in found)


def test_events_closing_all_of_the_crossings_restricts_movement(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a closed border restricts movement across it (COERCE, CAMEO 191), as the training corpus codes it
    found = _events(pipeline, "Kyrgyzstan closed all its rail crossings with Uzbekistan on Friday.")
    assert ("COERCE", ["KGZ"], ["UZB"]) in [e[:3] for e in found]


def test_events_closing_its_side_of_the_border_restricts_movement(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "its side of the border": the object the row reads is what the side is of
    found = _events(pipeline, "Kazakhstan shut its side of the border with Kyrgyzstan on Friday.")
    assert ("COERCE", ["KAZ"], ["KGZ"]) in [e[:3] for e in found]


def test_events_reopening_its_side_of_a_crossing_is_a_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Tajikistan reopened its side of the river crossing on Sunday.")
    assert "RETREAT" in [e[0] for e in found]


def test_events_advice_is_not_a_deed(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "A lawmaker said Armenia should close its border with Turkey.")
    assert not any(e[0] in {"SANCTION", "COERCE"} and e[1] == ["ARM"] for e in found)


def test_events_hostile_act_promised_under_a_condition_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Asuncion would veto the offer to Brussels unless it got a longer phase-in.")
    assert "THREATEN" in [e[0] for e in found] and "REJECT" not in [e[0] for e in found]
    found = _events(pipeline, "If Serbia attacks Kosovo, NATO could send troops.")
    assert not any(e[0] == "THREATEN" for e in found)  # a possibility, not a promise


@pytest.mark.parametrize(
    "text",
    [
        "Mali has sent an infantry company and four armoured cars to its border with Burkina Faso.",
        "Djibouti has positioned anti-aircraft batteries near its northern border with Eritrea.",
        "Lithuania has raised the readiness of its border units after the incident with Belarus.",
    ],
)
def test_events_troop_movements_are_mobilisations(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "MOBILIZE" in [e[0] for e in _events(pipeline, text)]


def test_events_promised_reaction_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Chinese forces will resolutely respond to any infringement, the spokesperson said.")
    assert ("THREATEN", ["CHN"]) in [e[:2] for e in found]
    found = _events(pipeline, "China responded to the Japanese criticism on Monday.")
    assert not any(e[0] == "THREATEN" for e in found)  # a reaction told after the fact is no threat


def test_events_forces_deployed_for_a_purpose_are_the_owners_mobilize(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Egyptian army units were deployed to keep order on the Egyptian side of the crossing.")
    assert ("MOBILIZE", ["EGY"]) in [e[:2] for e in found]


def test_events_forces_passively_put_on_alert_are_the_owners_mobilize(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Guyana's coast guard has been placed on heightened alert.")
    assert ("MOBILIZE", ["GUY"]) in [e[:2] for e in found]


def test_events_forces_placed_along_a_road_mobilize(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The Government of South Sudan has placed additional troops along the highway.")
    assert ("MOBILIZE", ["SSD"]) in [e[:2] for e in found]


def test_events_promise_to_defend_territory_under_a_condition_threatens(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Niger's defence minister said Niamey would defend its soil if the Malian raids went on."
    found = _events(pipeline, text)
    assert ("THREATEN", ["NER"], ["MLI"]) in [e[:3] for e in found]


def test_events_defence_told_as_done_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "France said it had defended its border with Italy last year.")
    assert all(e[0] != "THREATEN" for e in found)


def test_events_stepped_up_cooperation_cooperates(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Malaysian and Thai police have stepped up cooperation to break up the syndicate.")
    assert any(e[0] == "COOPERATE" and "MYS" in e[1] + e[2] and "THA" in e[1] + e[2] for e in found)


def test_events_forces_put_on_a_state_of_alert_mobilize(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Norway put its maritime patrol aircraft on a higher state of readiness.")
    assert ("MOBILIZE", ["NOR"]) in [e[:2] for e in found]


def test_events_pressure_on_a_state_is_no_alert(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The ruling put pressure on the state of Israel.")
    assert all(e[0] != "MOBILIZE" for e in found)


def test_events_promised_passive_blow_is_the_speakers_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Djibouti's defence minister said any Eritrean aircraft that violated its airspace would be shot down."
    found = _events(pipeline, text)
    assert ("THREATEN", ["DJI"], ["ERI"]) in [e[:3] for e in found]


def test_events_act_promised_to_meet_a_reply_threatens(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Pakistan's military spokesman said any Indian misadventure would meet a befitting reply."
    found = _events(pipeline, text)
    assert ("THREATEN", ["PAK"], ["IND"]) in [e[:3] for e in found]


def test_events_promised_suspension_of_a_fee_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya's transport ministry said it would suspend the verification fee for Ugandan cargo."
    found = _events(pipeline, text)
    assert ("CONCEDE", ["KEN"], ["UGA"]) in [e[:3] for e in found]
    assert not any(e[0] == "THREATEN" for e in found)  # easing a charge threatens nobody


def test_events_a_bare_secretary_general_heads_the_organisation_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "NATO opened a training centre in Georgia on Monday.\n\n"
        "The Deputy Secretary General praised Georgia for its contribution to the mission."
    )
    found = _events(pipeline, text)
    assert any(e[1] == ["IGO"] and e[2] == ["GEO"] for e in found)
    assert not any(e[1] == ["GEO"] and e[2] == ["GEO"] for e in found)


def test_events_verb_after_a_relative_clause_is_done_by_the_noun_described(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Kazakh president, who chaired the closing session, called on all five states to settle water disputes."
    found = _events(pipeline, text)
    assert any(e[0] == "REQUEST" and e[1] == ["KAZ"] for e in found)


def test_events_protesters_are_the_group_that_protested(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "KANKAN, Guinea, May 4 - Dozens of Malian traders gathered outside the Kankan governor's office "
        "on Monday to denounce the ban.\n\n"
        "The governor met the protesters on Tuesday."
    )
    found = _events(pipeline, text, country="GIN")
    assert ("CONSULT", ["GIN"], ["MLI"]) in [e[:3] for e in found]
