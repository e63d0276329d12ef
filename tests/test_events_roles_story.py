"""Targets the sentence does not name, taken from the story (parley.events._context), on invented articles."""

from __future__ import annotations

from datetime import date

from _events_setup import roles_of_type as _events
from parley.document import Article


def test_events_roles_story_pair_gives_the_other_side(pipeline) -> None:  # type: ignore[no-untyped-def]
    # no event before has both states: the story's one pair of states answers the denial
    text = (
        "Chad says rebels have reached Adre. Chadian officials spoke in Abeche on Monday. "
        "Sudan's army chief spoke in Khartoum. Khartoum denied the charge."
    )
    assert _events(pipeline, text, "REJECT") == [(["SDN"], ["TCD"])]


def test_events_roles_story_without_one_clear_pair_abstains(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chad says rebels have reached Adre. Chadian officials spoke in Abeche on Monday. "
        "Libyan officials spoke in Tripoli, and Libya's leader spoke too. "
        "Sudan's army chief spoke in Khartoum. Khartoum denied the charge."
    )
    assert _events(pipeline, text, "REJECT") == [(["SDN"], [])]


_NEPAL_INDIA = (
    "Nepal says Indian guards have closed the Gauriphanta crossing. Nepalese officials spoke in Kathmandu "
    "on Monday. India's embassy spoke too. "
)


def test_events_roles_story_protest_at_the_border_aims_at_other_side(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _NEPAL_INDIA + "Hundreds of residents of Dhangadhi blocked the border point on Wednesday."
    assert _events(pipeline, text, "PROTEST") == [(["NPL"], ["IND"])]


def test_events_roles_story_protest_at_home_stays_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    # nothing in the sentence points across the border: the protesters address their own government
    text = _NEPAL_INDIA + "Hundreds of residents of Dhangadhi blocked the road to the town hall on Wednesday."
    assert _events(pipeline, text, "PROTEST") == [(["NPL"], ["NPL"])]


_DJIBOUTI_ERITREA = (
    "Eritrean troops shelled Djiboutian positions at Ras Doumeira on Monday. Djibouti accused Eritrea of "
    "aggression, and Eritrea's information minister spoke in Asmara. "
)


def test_events_roles_story_pair_answers_before_a_third_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the mediator acted on Eritrea last, but Eritrea's threat answers the other state of the story
    text = _DJIBOUTI_ERITREA + "Qatar urged Eritrea to withdraw its troops. Asmara threatened to retaliate."
    assert _events(pipeline, text, "THREATEN") == [(["ERI"], ["DJI"])]


def test_events_roles_story_mediator_offers_to_both_sides(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a third party's offer in a dispute between two states is made to both of them
    text = _DJIBOUTI_ERITREA + "France offered to mediate on Tuesday."
    assert _events(pipeline, text, "AGREE") == [(["FRA"], ["DJI", "ERI"])]


def test_events_roles_story_mediator_meets_both_sides(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a mediation with nobody named is held with both states of the story, even before any hostile act
    text = (
        "Djibouti and Eritrea signed a border accord on Monday. Djibouti's foreign minister spoke in Geneva, "
        "and Eritrea's information minister spoke in Asmara. Qatar, which mediated the accord, said it was pleased."
    )
    assert (["QAT"], ["DJI", "ERI"]) in _events(pipeline, text, "CONSULT")


def test_events_roles_story_party_offer_stays_one_sided(pipeline) -> None:  # type: ignore[no-untyped-def]
    # one of the pair offering names its own partner: the outsider rule does not apply to it
    text = _DJIBOUTI_ERITREA + "Djibouti offered to mediate on Tuesday."
    assert all("DJI" not in recipients for _, recipients in _events(pipeline, text, "AGREE"))


def test_events_roles_story_mediator_appeal_goes_to_both_sides(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _DJIBOUTI_ERITREA + "France urged restraint on Tuesday."
    assert _events(pipeline, text, "REQUEST") == [(["FRA"], ["DJI", "ERI"])]


def test_events_roles_story_critics_accuse_their_own_government(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the government" an opposition names is its own, not the other state of the sentence
    text = (
        "Azerbaijan reopened the Lachin road on Monday. "
        "Armenian opposition parties accused the government of bowing to Baku."
    )
    assert _events(pipeline, text, "ACCUSE") == [(["ARM"], ["ARM"])]


def test_events_roles_story_critics_complain_of_their_own_government(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Azerbaijan reopened the Lachin road on Monday. "
        "An Armenian opposition deputy complained that the government had given in to Baku."
    )
    assert _events(pipeline, text, "ACCUSE") == [(["ARM"], ["ARM"])]


def test_events_roles_story_pardon_goes_to_own_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a pardon whose sentence names no other state is given at home, not to the story's other state
    text = (
        "Tajik guards fired on Uzbek traders near Khujand last week. Uzbekistan protested to Dushanbe. "
        "Uzbekistan's president pardoned 1,450 prisoners on Monday."
    )
    assert _events(pipeline, text, "CONCEDE") == [(["UZB"], ["UZB"])]


def test_events_roles_story_pardon_abroad_is_not_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a foreign envoy's amnesty in another country is not given to his own people
    article = Article(
        id="t",
        text="Australian envoy Ruth Baker announced an amnesty for militias in Honiara on Monday.",
        published=date(2024, 5, 8),
        source_country="SLB",
    )
    (doc,) = list(pipeline.process([article]))
    assert all("AUS" not in e.recipient_codes for e in doc.events if e.event == "CONCEDE")


def test_events_roles_story_climbdown_with_nobody_else_is_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Barbados froze public wages in May. Barbados's government backed down on Friday."
    assert _events(pipeline, text, "CONCEDE") == [(["BRB"], ["BRB"])]


def test_events_roles_story_opposition_blames_its_own_authorities(pipeline) -> None:  # type: ignore[no-untyped-def]
    # no target named and no other state in the sentence: not the state Fiji dealt with last
    text = (
        "Cyclone Winston hit Fiji. Australia sent aid to Fiji. "
        "Opposition leader Mere Tuilagi criticised the slow delivery of aid to the outer islands."
    )
    assert _events(pipeline, text, "ACCUSE") == [(["FJI"], ["FJI"])]


def test_events_roles_story_named_target_replaces_counterpart_guess(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "condemned the shelling" guesses the shelling's author; "accused Libya" names its own target. The two are
    # acts of their own (a condemnation beside an accusation with its own object, accuse29: training gold 3 of 3)
    text = (
        "Sudan's army shelled the Chadian town of Adre on Monday. "
        "Chad condemned the shelling on Tuesday and accused Libya of supplying the guns."
    )
    assert _events(pipeline, text, "ACCUSE") == [(["TCD"], ["SDN"]), (["TCD"], ["LBY"])]


def test_events_roles_story_counterpart_guess_has_no_words(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the guessed target was named in another sentence: its words there are not this event's
    text = "Sudan's army shelled the Chadian town of Adre on Monday. Chad condemned the shelling on Tuesday."
    (doc,) = list(pipeline.process([Article(id="t", text=text, published=date(2024, 5, 8))]))
    (accuse,) = [e for e in doc.events if e.event == "ACCUSE"]
    assert [(r.code, r.entity_text) for r in accuse.recipients] == [("SDN", "")]


def test_events_roles_story_complaint_to_a_body_accuses_the_named_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the Security Council hears the complaint; the state it is about is the target
    text = "Khartoum complained to the UN Security Council about Egyptian troop movements in the area."
    assert _events(pipeline, text, "ACCUSE") == [(["SDN"], ["EGY"])]
    text = "Chile is to lodge a complaint against Bolivia with the International Court of Justice."
    assert _events(pipeline, text, "ACCUSE") == [(["CHL"], ["BOL"])]


def test_events_roles_story_complaint_to_a_body_answers_the_story(pipeline) -> None:  # type: ignore[no-untyped-def]
    # nobody named after the body: the complaint answers the act the story told
    text = (
        "Ethiopian troops shelled Eritrean positions near Badme on Monday. "
        "Eritrea has also lodged a formal complaint with the African Union Commission."
    )
    assert _events(pipeline, text, "ACCUSE") == [(["ERI"], ["ETH"])]


def test_events_roles_story_complaint_to_a_state_stays_with_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a state a protest is lodged with is its target, whatever the protest is about
    text = "China complained to Japan about the detention of Chinese fishermen."
    assert _events(pipeline, text, "ACCUSE") == [(["CHN"], ["JPN"])]


def test_events_roles_story_one_sided_promise_answers_the_counterpart(pipeline) -> None:  # type: ignore[no-untyped-def]
    # no partner named: the offer of talks answers the state that closed the border
    text = (
        "Zambia closed its border with Zimbabwe on Monday. "
        "Zimbabwe's information minister said Harare would welcome talks."
    )
    assert _events(pipeline, text, "AGREE") == [(["ZWE"], ["ZMB"])]


def test_events_roles_story_joint_agreement_takes_no_guess(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Zambia closed its border with Zimbabwe on Monday. Zimbabwe and Zambia agreed to reopen it."
    assert _events(pipeline, text, "AGREE") == [(["ZMB", "ZWE"], [])]


def test_events_roles_story_deployment_answers_no_counterpart(pipeline) -> None:  # type: ignore[no-untyped-def]
    # reinforcements sent with no target named are aimed at nobody, not at the state last met
    text = (
        "Kenya's president met Ugandan officials in Nairobi on Monday. "
        "The Kenyan army sent reinforcements to Mandera County on Tuesday."
    )
    assert _events(pipeline, text, "MOBILIZE") == [(["KEN"], [])]


def test_events_roles_story_own_authorities_investigate_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    # an investigation by a state's own prosecutors names nobody: it is at home, not aimed at the counterpart
    text = (
        "Sudan accused Chad of sheltering rebels on Monday. "
        "Sudanese prosecutors opened an investigation into the burning of a market in Nyala on Tuesday."
    )
    assert (["SDN"], ["SDN"]) in _events(pipeline, text, "ACCUSE")


def test_events_roles_story_dateline_outweighs_a_state_merely_named(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the U.S. is only named in the sentence (not as a place): the unnamed spokesman is of the dateline's country
    text = (
        "PYONGYANG, March 7 -- A spokesman for the General Staff denounced the joint drills launched by the U.S. "
        "on Monday."
    )
    assert [actors for actors, _ in _events(pipeline, text, "ACCUSE")] == [["PRK"]]


def test_events_roles_story_deployment_answers_the_latest_attacker(pipeline) -> None:  # type: ignore[no-untyped-def]
    # forces sent after an attack on the state are aimed at the attackers, not at an international body
    text = (
        "Chadian gunmen attacked the Sudanese town of Geneina on Monday. "
        "The Sudanese army sent reinforcements to the area on Tuesday."
    )
    assert _events(pipeline, text, "MOBILIZE") == [(["SDN"], ["TCD"])]


def test_events_roles_story_judged_act_answers_its_doers(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "condemned the shelling": the shelling told before, not the state Egypt last met
    text = (
        "Chad's army shelled the Sudanese town of Geneina on Monday. "
        "Egypt's foreign minister met Libyan officials in Cairo on Tuesday. "
        "Egypt condemned the shelling on Wednesday."
    )
    assert _events(pipeline, text, "ACCUSE") == [(["EGY"], ["TCD"])]


def test_events_roles_story_praise_between_two_states_is_the_speakers(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the visit is no party: the speaker praises it, and the other of the two states is praised
    text = "The Philippine coast guard chief said the visit opened a new chapter between the Philippines and Vietnam."
    assert _events(pipeline, text, "SUPPORT") == [(["PHL"], ["VNM"])]


def test_events_roles_story_pair_outlasts_a_side_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the last two-party event was Ashgabat's refusal of Russia's offer: "both governments" are the story's pair
    text = (
        "A Turkmen cutter shadowed an Azerbaijani survey vessel, according to Baku. Ashgabat denies it. "
        "Azerbaijan sent two patrol ships. Turkmenistan's navy spoke too. Ashgabat rejected Russia's offer "
        "of mediation. Both governments agreed to hold direct talks."
    )
    assert (["AZE", "TKM"], []) in _events(pipeline, text, "AGREE")


def test_events_roles_story_unnamed_ruler_is_the_datelines_head_of_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "His Highness" names no one and no country: state media's own ruler, not the guest's country
    text = "KUWAIT, March 7 (KUNA) -- His Highness the Amir received the Prime Minister of Bangladesh on Monday."
    assert _events(pipeline, text, "CONSULT") == [(["BGD"], ["KWT"])]


def test_events_roles_story_head_of_state_title_is_the_datelines(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "ASTANA, June 13 -- The Head of State received the Foreign Minister of Afghanistan on Wednesday."
    assert _events(pipeline, text, "CONSULT") == [(["AFG"], ["KAZ"])]


def test_events_roles_story_ruler_with_a_country_keeps_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the Saudi King" names his country: the dateline does not override it
    text = "AMMAN, March 7 -- The Saudi King met the Iraqi Prime Minister on Monday."
    assert _events(pipeline, text, "CONSULT") == [(["SAU"], ["IRQ"])]


def test_events_roles_story_unnamed_ruler_without_dateline_is_the_outlets(pipeline) -> None:  # type: ignore[no-untyped-def]
    # no dateline: the outlet's country, not Bangladesh (the country the story names most)
    text = "The Amir met the Bangladesh Prime Minister on Monday. Bangladesh's exports were discussed."
    article = Article(id="t", text=text, published=date(2024, 5, 8), source_country="KWT")
    (doc,) = list(pipeline.process([article]))
    assert [(sorted(e.actor_codes), sorted(e.recipient_codes)) for e in doc.events if e.event == "CONSULT"] == [
        (["KWT"], ["BGD"])
    ]


def test_events_roles_story_subject_misparsed_as_datelines_apposition(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "His Highness" from the dateline's "KUWAIT" as its apposition: the subject all the same
    text = (
        "KUWAIT, Nov 12 - His Highness the Amir received at Bayan Palace on Saturday the Prime Minister of Bangladesh."
    )
    assert _events(pipeline, text, "CONSULT") == [(["BGD"], ["KWT"])]


def test_events_roles_story_dropped_complaint_yields_to_the_accused(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # the body that was to hear the complaint is no party to its withdrawal: the accused state is
    text = "Egypt said it would drop its complaint to the Security Council against Sudan."
    assert _events(rules_pipeline, text, "CONCEDE") == [(["EGY"], ["SDN"])]
    text = (
        "Colombian troops shelled a camp in Ecuador last month. "
        "Quito also withdrew a complaint it had lodged with the Organization of American States."
    )
    assert _events(rules_pipeline, text, "CONCEDE") == [(["ECU"], ["COL"])]


def test_events_roles_story_people_against_both_governments_include_their_own(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # protesters are not their government: "both governments" names it with the other state
    text = (
        "Egypt and Libya closed the Salloum crossing on Monday. "
        "Some of the protesters set fire to tyres and chanted slogans against both governments."
    )
    protests = _events(rules_pipeline, text, "PROTEST")
    assert protests and all(set(r) == {"EGY", "LBY"} for _, r in protests)


def test_events_roles_story_hunted_attackers_are_the_last_attack_doers(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "those responsible" are whoever did the attack told before, not the story's other state
    text = (
        "Somalia's president met Kenya's foreign minister in Nairobi on Monday. "
        "Militants attacked a hotel in Mogadishu on Tuesday. "
        "Somalia's president vowed to hunt down those responsible."
    )
    assert _events(pipeline, text, "THREATEN") == [(["SOM"], ["IMG"])]


def test_events_roles_story_hunted_kidnappers_of_no_attack_told_are_an_armed_group(pipeline) -> None:  # type: ignore[no-untyped-def]
    # with no attack told, men named only by their deed are an armed group of no state
    text = (
        "Iranian officials met Pakistani officials in Quetta on Monday. "
        "Pakistan dispatched 200 troops to the border areas to search for the kidnappers."
    )
    assert _events(pipeline, text, "MOBILIZE") == [(["PAK"], ["IMG"])]


def test_events_roles_story_states_at_large_take_no_guess(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a bare "governments" names no state in particular: not the story's, not its pair
    story = "Kenya's government said on Monday it had closed the border with Somalia. "
    assert _events(pipeline, story + "UNHCR urged governments to fill the gap.", "REQUEST") == [(["UNO"], [])]
    other = story + "UNHCR urges other governments in the region to maintain access to asylum."
    assert _events(pipeline, other, "REQUEST") == [(["UNO"], [])]
    # "the governments" are the story's own
    named = story + "UNHCR urged the governments to reopen it."
    assert _events(pipeline, named, "REQUEST") == [(["UNO"], ["KEN", "SOM"])]


def test_events_roles_story_joint_donors_help_the_story_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    # two givers together, no receiver named: the help goes to the country the story is about
    text = (
        "MOGADISHU, June 3 - Drought has left a million Somalis short of food, the government said. "
        "Britain and the United States have since put up $6 million to cover rations until March."
    )
    assert _events(pipeline, text, "AID") == [(["GBR", "USA"], ["SOM"])]


def test_events_roles_story_deployment_answers_raiders_of_no_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the militants hit Uganda's soldiers, not Kenya's: Kenya's deployment still answers the raiders
    text = (
        "MOGADISHU, Nov 8 - Al Shabaab fighters ambushed a convoy of Ugandan soldiers near Afgoye on Monday. "
        "Kenya said it was airlifting a company of special forces to the town."
    )
    assert _events(pipeline, text, "MOBILIZE") == [(["KEN"], ["IMG"])]


def test_events_roles_story_deployment_with_no_raid_told_answers_no_armed_group(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "MOGADISHU, Nov 8 - Kenyan and Somali officials met in Mogadishu on Monday. "
        "Kenya said it was airlifting a company of special forces to the town."
    )
    assert all("IMG" not in recipients for _, recipients in _events(pipeline, text, "MOBILIZE"))


def test_events_roles_story_deployment_answers_raiders_before_the_story_pair(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a story of Kenya and Somalia, but the raid was the militants': the deployment answers them, not Somalia
    text = (
        "NAIROBI, Oct 3 - Kenyan and Somali officials met in Nairobi on Monday to discuss trade. "
        "Somalia's president and Kenya's president spoke by phone. "
        "Al Shabaab militants attacked a village near Kiunga on Tuesday. "
        "The Kenya Navy has increased patrols along the coast."
    )
    assert _events(pipeline, text, "MOBILIZE") == [(["KEN"], ["IMG"])]


_NEPAL_BHUTAN = (
    "Nepal accused Bhutan of blocking its trucks at the border. Nepal's minister denied the charge in Kathmandu. "
)


def test_events_roles_story_host_receives_guest_of_the_other_side(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the guest is named by no state: received by one of the story's pair, it is the other
    text = _NEPAL_BHUTAN + "Bhutan's king received the minister at the palace."
    assert _events(pipeline, text, "CONSULT") == [(["NPL"], ["BTN"])]


def test_events_roles_story_host_guest_without_pair_stays_unnamed(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _events(pipeline, "Bhutan's king received the minister at the palace.", "CONSULT") == []


def test_events_roles_story_host_delegation_of_people_stays_unnamed(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "a delegation of the farmers" names its members, who may be the host's own people: no guess
    text = _NEPAL_BHUTAN + "Bhutan's king received a delegation of the farmers at the palace."
    assert _events(pipeline, text, "CONSULT") == []
