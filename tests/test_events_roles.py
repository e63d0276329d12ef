"""Actors and recipients (parley.events._roles), on invented sentences."""

from __future__ import annotations

from datetime import date

from _events_setup import coded_events as _events
from _events_setup import entity_codes as _codes
from _events_setup import role_finder as _roles
from _events_setup import role_token as _token
from _events_setup import role_trigger as _trigger
from _events_setup import roles_of_type
from parley.document import Article
from parley.events._candidate import Candidate
from parley.events._lexicon import Trigger
from parley.events._recipients import _closes_a_border


def test_events_roles_subject_acts_on_object(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Chad accused Sudan of arming rebels.")
    verb = _token(roles, "accused")
    actors, recipients = roles.verb_roles(verb, pipeline.lexicon.triggers[("accuse", "VERB")][0])
    assert (_codes(actors), _codes(recipients)) == (["TCD"], ["SDN"])


def test_events_roles_guest_received_in_the_passive_visits(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "was received by": the host is the agent, but the guest (the subject) is the visitor who acts
    roles = _roles(pipeline, "The Kuwaiti delegation was received by the President of Senegal.")
    verb = _token(roles, "received")
    trig = next(t for t in pipeline.lexicon.triggers[("receive", "VERB")] if t.roles == "host")
    actors, recipients = roles.verb_roles(verb, trig)
    assert (_codes(actors), _codes(recipients)) == (["KWT"], ["SEN"])


def test_events_roles_passive_agent_acts(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Two Iranian diplomats were expelled by France.")
    trig = pipeline.components[2].matcher.match(_token(roles, "expelled"))
    actors, recipients = roles.verb_roles(_token(roles, "expelled"), trig)
    assert (_codes(actors), _codes(recipients)) == (["FRA"], ["IRN"])


def test_events_roles_currency_is_no_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Canada gave 7 billion U.S. dollars.")
    assert roles.np_entities(_token(roles, "dollars")) == []
    assert _codes(roles.np_entities(_token(roles, "Canada"))) == ["CAN"]


def test_events_roles_pronoun_it_is_the_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Latvia said it will return the archive.")
    assert _codes(roles.np_entities(_token(roles, "it"))) == ["LVA"]


def test_events_roles_two_sides_are_the_last_pair(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "India and Pakistan met in Geneva.\n\nThe two sides agreed to talk again."
    (doc,) = list(pipeline.process([Article(id="t", text=text, published=date(2024, 5, 8))]))
    assert ("AGREE", ["IND", "PAK"]) in [(e.event, sorted(e.actor_codes)) for e in doc.events]


def test_events_roles_bare_count_is_not_the_pair(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "two timber traders" are new people; "the two navies" and "two fisheries departments" of "the" point back
    text = "Rebels shot dead two traders, and the two navies and the two fisheries departments met."
    roles = _roles(pipeline, text)
    assert not roles._is_pair(_token(roles, "traders"))
    assert roles._is_pair(_token(roles, "navies"))
    assert roles._is_pair(_token(roles, "fisheries"))


def test_events_roles_police_act_on_protesters_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Police arrested 200 protesters in Almaty on Tuesday.")
    police = roles.np_entities(_token(roles, "Police"))
    assert [(e.code, e.sector) for e in police] == [("KAZ", "COP")]
    target = roles.domestic_target(police, "COERCE", _token(roles, "arrested"))
    assert [(e.code, e.sector) for e in target] == [("KAZ", "CVL")]


def test_events_roles_rebels_climb_down_to_their_state_but_threaten_others(pipeline) -> None:  # type: ignore[no-untyped-def]
    from parley.document import Entity

    roles = _roles(pipeline, "HONIARA, May 3 - The rebels handed in their weapons in the Solomon Islands.")
    token = _token(roles, "handed")
    rebels = [Entity(code="SLB", sector="REB", entity_text="rebels")]
    assert [(e.code, e.sector) for e in roles.domestic_target(rebels, "RETREAT", token)] == [("SLB", "GOV")]
    # "the militia would fight back if soldiers entered": whom a rebel threat is aimed at is not guessed
    assert roles.domestic_target(rebels, "THREATEN", token) == []
    # a militant group has no government of its own to climb down to
    militants = [Entity(code="IMG", sector="REB", entity_text="militants")]
    assert roles.domestic_target(militants, "RETREAT", token) == []


def test_events_roles_object_it_stands_for_the_other_side_not_the_doer() -> None:
    from datetime import date

    from parley.document import Article
    from parley.pipeline import Pipeline
    from parley.settings import Settings

    text = (
        "Saudi Arabia signed a defence pact with Egypt on Monday. "
        "Saudi Arabia cut diplomatic links with Qatar on Tuesday, accusing it of backing militant groups."
    )
    (doc,) = list(Pipeline(Settings(coder="rules")).process([Article(id="r", text=text, published=date(2017, 6, 5))]))
    accused = [e for e in doc.events if e.event == "ACCUSE"]
    assert accused and accused[0].actor_codes == ["SAU"] and accused[0].recipient_codes == ["QAT"]


def test_events_roles_joined_demonyms_name_each_side(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Albanian and Greek police officers started joint patrols on Monday.")
    assert sorted(_codes(roles.np_entities(_token(roles, "officers")))) == ["ALB", "GRC"]


def test_events_roles_town_council_is_of_the_town_before_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Zuwara" is read as a person's name, but a town's council is the town's country's government
    roles = _roles(pipeline, "The governors of Medenine met Zuwara's municipal council on Monday.")
    assert [(e.code, e.sector) for e in roles.np_entities(_token(roles, "council"))] == [("LBY", "GOV")]


def test_events_roles_officials_of_a_town_are_not_of_its_misparsed_conjunct(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser joins the council to the town: the governors are still Medenine's (Tunisia's)
    text = "Tunisia freed the men after a meeting between the governors of Medenine and Zuwara's municipal council."
    roles = _roles(pipeline, text)
    assert [(e.code, e.sector) for e in roles.np_entities(_token(roles, "governors"))] == [("TUN", "GOV")]


def test_events_roles_list_of_states_misread_as_apposition_names_each(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Norway, the Netherlands, Denmark and Finland closed their embassies in Minsk.")
    assert _codes(roles.np_entities(_token(roles, "Norway"))) == ["NOR", "NLD", "DNK", "FIN"]


def test_events_roles_thing_given_is_no_recipient_when_a_receiver_is_named(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Chile has also donated four trucks to Peru's fire brigades.")
    verb = _token(roles, "donated")
    _, recipients = roles.verb_roles(verb, pipeline.components[2].matcher.match(verb))
    assert _codes(recipients) == ["PER"]


def test_events_roles_currency_takes_no_nationality_from_the_story(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Japan lent 2 billion U.S. dollars.\n\nChina also lent dollars to Laos.")
    lent = [t for t in roles.ctx.sdoc if t.text == "dollars"][1]
    assert roles._told_people([lent], "AID") == []


def test_events_roles_meeting_venue_is_no_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "ASEAN envoys held an urgent meeting in Jakarta at Vietnam's request on Friday.")
    verb = _token(roles, "held")
    _, recipients = roles.verb_roles(verb, pipeline.components[2].matcher.match(verb))
    assert "IDN" not in _codes(recipients)


def test_events_roles_pull_back_named_without_target_answers_the_story_counterpart(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Eritrea accused Ethiopia of shelling border villages on Monday. On Friday, Eritrea pulled back its troops."
    (doc,) = list(pipeline.process([Article(id="t", text=text, published=date(2024, 5, 8))]))
    pulled = next(e for e in doc.events if e.event == "RETREAT")
    assert pulled.recipient_codes == ["ETH"]


def test_events_roles_people_a_state_acts_on_at_home_are_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    # not the country of the sentence's place: the state's own people, unless the story says otherwise
    roles = _roles(pipeline, "Mali's government released 40 opposition activists at a ceremony in Algiers.")
    verb = _token(roles, "released")
    _, recipients = roles.verb_roles(verb, pipeline.components[2].matcher.match(verb))
    assert _codes(recipients) == ["MLI"]


def test_events_roles_threat_aimed_at_party_of_threatened_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Belarus threatened to suspend Lithuanian freight trains.")
    verb = _token(roles, "threatened")
    actors, recipients = roles.verb_roles(verb, pipeline.components[2].matcher.match(verb))
    assert (_codes(actors), _codes(recipients)) == (["BLR"], ["LTU"])


def test_events_roles_joined_verbs_share_their_object(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Greek police have rounded up and deported more than 4,000 Albanian migrants."
    assert ("COERCE", ["GRC"], ["ALB"]) in _events(pipeline, text)


def test_events_roles_border_with_names_the_other_side(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Turkmenistan has massed troops along its border with Afghanistan.")
    assert _codes(roles.np_entities(_token(roles, "border"))) == ["AFG"]


def test_events_roles_joined_mention_gives_the_named_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Vietnamese border guards fired on a smugglers' boat on the river last week, wounding two Cambodians."
    assert _events(pipeline, text) == [("ASSAULT", ["VNM"], ["KHM"])]


def test_events_roles_act_on_foreign_soil_aimed_at_that_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _events(pipeline, "Turkish jets struck villages in northern Iraq on Monday.") == [
        ("ASSAULT", ["TUR"], ["IRQ"])
    ]


def test_events_roles_its_subject_belongs_to_the_speaker_or_the_earlier_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    said = _roles(pipeline, "India said on Monday that its warplanes had bombed a camp in Pakistan.")
    assert _codes(said.np_entities(_token(said, "warplanes"))) == ["IND"]  # not the country of the camp
    after = _roles(pipeline, "Sri Lanka's government apologised to India after its navy fired on a trawler.")
    assert _codes(after.np_entities(_token(after, "navy"))) == ["LKA"]  # not the nearest country named


def test_events_roles_joint_patrols_of_two_states_are_done_with_the_second(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya and Uganda began joint patrols on Lake Victoria on Monday."
    assert ("COOPERATE", ["KEN"], ["UGA"]) in _events(pipeline, text)


def test_events_roles_two_ministers_before_any_event_are_the_last_two_states_named(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana, Togo and Benin share a coast. Togo and Benin set up a commission.\n\nThe two ministers spoke."
    roles = _roles(pipeline, text)
    assert _codes(roles.np_entities(_token(roles, "ministers"))) == ["TGO", "BEN"]
    group = _roles(pipeline, "Ghana, Togo and Benin share a coast.\n\nThe three ministers spoke.")
    assert sorted(_codes(group.np_entities(_token(group, "ministers")))) == ["BEN", "GHA", "TGO"]


def test_events_roles_home_nationals_are_held_by_the_other_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a story of Kenya and Burundi told from Nairobi: the Kenyan trader is arrested where he works
    text = (
        "NAIROBI, May 24 - Kenya has protested to Burundi over the case of a Kenyan fuel trader. "
        "Burundi says the trader owes money, and Kenya says Burundi is wrong.\n\n"
        "The trader was arrested in January after a dispute over unpaid invoices."
    )
    roles = _roles(pipeline, text)
    verb = _token(roles, "arrested")
    actors, recipients = roles.verb_roles(verb, pipeline.components[2].matcher.match(verb))
    assert (_codes(actors), _codes(recipients)) == (["BDI"], ["KEN"])


def test_events_roles_joined_passive_shares_the_agent(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The vessel was seized by the Romanian border police in April and its catch confiscated."
    roles = _roles(pipeline, text)
    verb = _token(roles, "confiscated")
    actors, _ = roles.verb_roles(verb, pipeline.components[2].matcher.match(verb))
    assert _codes(actors) == ["ROU"]


def test_events_roles_joined_active_perfect_keeps_its_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "were dismissed, and a prosecutor in Plovdiv has charged ...": the second verb is active, its subject acts
    text = "Three guards have been dismissed, and a prosecutor in Plovdiv has charged two of them with assault."
    roles = _roles(pipeline, text)
    verb = _token(roles, "charged")
    actors, _ = roles.verb_roles(verb, pipeline.components[2].matcher.match(verb))
    assert _codes(actors) == ["BGR"]


def test_events_roles_dateline_names_no_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "BELIZE CITY, Belize (AP) - Honduras' foreign ministry apologized Thursday to Belize."
    assert [(t, a) for t, a, _ in _events(pipeline, text)] == [("CONCEDE", ["HND"])]


def test_events_roles_forces_moved_in_the_passive_act_for_their_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    deploy = next(t for t in pipeline.lexicon.triggers[("deploy", "VERB")] if t.type == "MOBILIZE")
    roles = _roles(pipeline, "Mauritanian gendarmes have been deployed along the eastern border.")
    actors, _ = roles.verb_roles(_token(roles, "deployed"), deploy)
    assert _codes(actors) == ["MRT"]
    # where forces stand, what is still to come, or a person flown somewhere: no mobilization by the state
    for text in (
        "About 1,200 NATO soldiers were deployed in Latvia.",
        "Russian soldiers will be deployed along the ceasefire line.",
        "The Ecuadorian prisoner was flown to Guayaquil.",
    ):
        roles = _roles(pipeline, text)
        verb = next(t for t in roles.ctx.sdoc if t.lemma_ in {"deploy", "fly"})
        actors, _ = roles.verb_roles(verb, deploy)
        assert actors == [], text


def test_events_roles_passive_threat_is_the_speakers(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, 'Malawi\'s defence minister said any further incursion "will be met with force".')
    meet = next(t for t in pipeline.lexicon.triggers[("meet", "VERB")] if t.type == "THREATEN")
    actors, _ = roles.verb_roles(_token(roles, "met"), meet)
    assert _codes(actors) == ["MWI"]


def test_events_roles_protest_against_a_named_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Several thousand people in Mogadishu chanted slogans against African Union peacekeepers.")
    verb = _token(roles, "chanted")
    _, recipients = roles.verb_roles(verb, pipeline.components[2].matcher.match(verb))
    assert _codes(recipients) == ["IGO"]


def test_events_roles_protest_at_a_site_a_body_owns(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the march went to the agency's compound: the agency is whom it is aimed at
    roles = _roles(pipeline, "Somali refugees in Dadaab held a march to the UNHCR compound on Monday.")
    verb = _token(roles, "held")
    _, recipients = roles.verb_roles(verb, pipeline.components[2].matcher.match(verb))
    assert _codes(recipients) == ["UNO"]


def test_events_roles_envoy_who_acts_is_of_the_state_sending_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(
        pipeline, "Ethiopia's ambassador to Djibouti, who met port officials twice, praised the authorities."
    )
    met = _token(roles, "met")
    actors, _ = roles.verb_roles(met, _trigger(roles, met))
    assert _codes(actors) == ["ETH"]


def test_events_roles_act_through_a_crossing_took_place_there(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "through" is a place preposition: the town the act passed through is read as its place
    roles = _roles(pipeline, "The men were deported through Poipet on Monday.")
    assert roles._act_place_country(_token(roles, "deported")) == "KHM"


def test_events_roles_envoy_summoned_by_the_host(pipeline) -> None:  # type: ignore[no-untyped-def]
    # no "by" phrase: the state the envoy is posted in summons the envoy's own state
    roles = _roles(pipeline, "Togo's ambassador in Cotonou was summoned on Saturday.")
    verb = _token(roles, "summoned")
    actors, recipients = roles.verb_roles(verb, _trigger(roles, verb))
    assert (_codes(actors), _codes(recipients)) == (["BEN"], ["TGO"])


def test_events_roles_it_opening_a_statement_is_the_previous_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Kenya closed its border with Somalia. It warns that raids will be answered.")
    it = next(t for t in roles.ctx.sdoc if t.text == "It")
    assert _codes(roles._pronoun(it)) == ["KEN"]


def test_events_roles_it_never_stands_for_a_person_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Emmanuel Macron visited Kenya. It warns that raids will be answered.")
    it = next(t for t in roles.ctx.sdoc if t.text == "It")
    assert roles._pronoun(it) == []


def test_events_roles_he_with_no_one_named_is_the_office_holder_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(
        pipeline, "Senegal's transport minister criticised the decision. He warned that Dakar could retaliate."
    )
    he = next(t for t in roles.ctx.sdoc if t.text == "He")
    assert _codes(roles._pronoun(he)) == ["SEN"]


def test_events_roles_closing_the_border_aims_at_the_other_side(pipeline) -> None:  # type: ignore[no-untyped-def]
    def coercion(text: str, word: str) -> Candidate:
        roles = _roles(pipeline, text)
        token = _token(roles, word)
        return Candidate(_trigger(roles, token), token, type="COERCE")

    words = pipeline.lexicon.words
    assert _closes_a_border(coercion("Caracas closed the border on Friday.", "closed"), words)
    arrested = coercion("Police arrested two smugglers at the border.", "arrested")
    assert not _closes_a_border(arrested, words)  # aimed at people


def test_events_roles_giver_named_after_a_receiving_verb_acts(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Djibouti received budget support from Saudi Arabia.")
    verb = _token(roles, "received")
    aid = Trigger("receive", "VERB", "AID", None, "070", "", "")
    actors, recipients = roles.verb_roles(verb, aid)
    assert (_codes(actors), _codes(recipients)) == (["SAU"], ["DJI"])


def test_events_roles_receiving_verb_without_a_giver_keeps_its_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(pipeline, "Egypt received more than 900 Libyan patients.")
    verb = _token(roles, "received")
    aid = Trigger("receive", "VERB", "AID", None, "070", "", "")
    actors, _ = roles.verb_roles(verb, aid)
    assert _codes(actors) == ["EGY"]


def test_events_roles_counterpart_is_of_the_state_beside_it_not_of_the_possessor(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "his" stands for the Moroccan minister, but "his Spanish counterpart" is the Spaniard alone
    text = (
        "Moroccan Interior Minister Driss Lamrani visited Madrid on Monday. "
        'His Spanish counterpart, José Luis Arrieta, praised what he called "exemplary" co-operation.'
    )
    assert [actors for actors, _ in roles_of_type(pipeline, text, "SUPPORT")] == [["ESP"]]


def test_events_roles_past_misread_as_participle_keeps_its_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "offered" parsed as a participle of "South Africa" (no verb in the sentence): South Africa offered
    text = "South Africa, which chairs the bloc, offered to mediate between Ethiopia and Egypt."
    assert any(actors == ["ZAF"] for actors, _ in roles_of_type(pipeline, text, "AGREE"))
    # the verb joined to it by "and" shares the subject
    text = "The commanders of the Saudi and Bahraini coast guards conferred aboard a vessel and settled on exchanges."
    assert ["BHR", "SAU"] in [actors for actors, _ in roles_of_type(pipeline, text, "CONSULT")]


def test_events_roles_aid_received_from_a_giver_is_the_givers_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya has received 5,000 tonnes of wheat from Japan."
    assert roles_of_type(pipeline, text, "AID") == [(["JPN"], ["KEN"])]


def test_events_roles_giver_named_deep_in_what_was_received(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Kenyan army has received reinforcements of 300 soldiers from Tanzania and Lesotho."
    assert roles_of_type(pipeline, text, "AID") == [(["LSO", "TZA"], ["KEN"])]


def test_events_roles_aid_received_from_nobody_named_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert roles_of_type(pipeline, "Kenya has received 5,000 tonnes of wheat.", "AID") == []


def test_events_roles_aid_received_is_given_by_its_owner(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya has received Japan's aid for the flood victims."
    assert roles_of_type(pipeline, text, "AID") == [(["JPN"], ["KEN"])]


def test_events_roles_igo_head_title_read_past_its_last_word() -> None:
    from parley.events._body_stand_ins import _last_piece, _last_pieces

    assert _last_piece("deputy secretary-general") == "general"
    assert _last_pieces(frozenset({"secretary-general", "executive secretary"})) == {"general", "secretary"}
