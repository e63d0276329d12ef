"""From a trigger token to a candidate event (parley.events._candidates), on invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from _events_setup import coded_events, role_finder, token_of
from parley.document import Entity, Event, Mention, Place
from parley.events._background import is_background_violence
from parley.events._candidates import Candidate, find_candidate
from parley.events._merging import joins_sentence_event, orient_joint_act, orient_meeting_host


def _candidate(pipeline: Any, text: str, word: str) -> Candidate | None:
    roles = role_finder(pipeline, text)
    return find_candidate(token_of(roles.ctx, word), roles.matcher, roles)


def test_events_candidates_asserted_act_with_its_participants(pipeline) -> None:  # type: ignore[no-untyped-def]
    cand = _candidate(pipeline, "Japan imposed sanctions on North Korea.", "imposed")
    assert cand is not None and (cand.type, cand.modality) == ("SANCTION", "asserted")
    assert [a.code for a in cand.actors] == ["JPN"] and [r.code for r in cand.recipients] == ["PRK"]


def test_events_candidates_promised_visit_is_an_agreement(pipeline) -> None:  # type: ignore[no-untyped-def]
    cand = _candidate(pipeline, "Chinese President Xi Jinping will visit Brazil next month.", "visit")
    assert cand is not None and (cand.type, cand.modality) == ("AGREE", "future")


def test_events_candidates_negated_or_hypothetical_is_none(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _candidate(pipeline, "Japan did not condemn China.", "condemn") is None
    assert _candidate(pipeline, "Serbia could attack Kosovo.", "attack") is None


def test_events_candidates_reported_hedged_threat_is_coded(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Nicaragua's foreign ministry said it could review consular relations with Chile."
    cand = _candidate(pipeline, text, "review")
    assert cand is not None and (cand.type, cand.modality) == ("THREATEN", "future")
    assert [a.code for a in cand.actors] == ["NIC"]


def test_events_candidates_hedged_threat_said_by_the_actors_own_side(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the actor itself, or an unnamed official standing for it, makes the threat
    for text in (
        "Russia said it could cut gas supplies to Ukraine.",
        "A spokesman said Russia could cut gas supplies to Ukraine.",
        "Its spokesman added that Russia could cut gas supplies to Ukraine.",
    ):
        cand = _candidate(pipeline, text, "cut")
        assert cand is not None and cand.type == "THREATEN", text
        assert [a.code for a in cand.actors] == ["RUS"]


def test_events_candidates_hedged_threat_said_by_outsiders_is_none(pipeline) -> None:  # type: ignore[no-untyped-def]
    # commentators and another state's speakers only guess what the actor could do
    for text in (
        "Analysts said Russia could cut gas supplies to Ukraine.",
        "Western experts said Iran might close the Strait of Hormuz.",
        "Germany said Russia could cut gas supplies to Ukraine.",
    ):
        assert _candidate(pipeline, text, "cut" if "cut" in text else "close") is None, text


def test_events_candidates_refusal_to_cooperate_is_reject(pipeline) -> None:  # type: ignore[no-untyped-def]
    cand = _candidate(pipeline, "Russia would never recognise the government of Kosovo.", "recognise")
    assert cand is not None and cand.type == "REJECT"


def _event(type_: str, actors: list[str], recipients: list[str], word: str) -> Event:
    event = Event(
        doc_id="t",
        event=type_,
        actors=[Entity(code=c, sector=None, entity_text=c) for c in actors],
        recipients=[Entity(code=c, sector=None, entity_text=c) for c in recipients],
        event_text=word,
    )
    event.mentions = [Mention(doc_id="t", sequence=0, start=0, end=1, text="x", event_text=word)]
    return event


def test_events_candidates_one_sided_meeting_joins_the_coded_one() -> None:
    coded = _event("CONSULT", ["IND"], ["JPN"], "met")
    assert joins_sentence_event(_event("CONSULT", ["IND"], [], "talks"), [coded])
    assert coded.mentions[0].event_text == "met, talks"
    assert not joins_sentence_event(_event("ACCUSE", ["IND"], ["PAK"], "blamed"), [coded])


def test_events_candidates_a_visit_is_to_the_country_it_went_to(pipeline) -> None:  # type: ignore[no-untyped-def]
    cand = _candidate(pipeline, "A Russian regional governor visited the injured students in Almaty.", "visited")
    assert cand is not None and [r.code for r in cand.recipients] == ["KAZ"]
    # a meeting at a neutral venue is no visit: its other side is not the venue's country
    cand = _candidate(pipeline, "Lavrov met his counterpart in Geneva.", "met")
    assert cand is not None and "CHE" not in [r.code for r in cand.recipients]


def test_events_candidates_joint_material_cooperation_gets_a_partner() -> None:
    patrols = _event("COOPERATE", ["BEN", "NER"], [], "patrols")
    orient_joint_act(patrols)
    assert (patrols.actor_codes, patrols.recipient_codes) == (["BEN"], ["NER"])
    meeting = _event("CONSULT", ["BEN", "NER"], [], "met")  # a meeting keeps every party as an actor
    orient_joint_act(meeting)
    assert (meeting.actor_codes, meeting.recipient_codes) == (["BEN", "NER"], [])


def test_events_candidates_meeting_on_one_states_soil_has_it_host() -> None:
    # "the two foreign ministers met in Seoul": the visitor is the actor, the host the recipient
    meeting = _event("CONSULT", ["KOR", "JPN"], [], "met")
    meeting.place = Place(extracted_place="Seoul", country_code="KOR")
    orient_meeting_host(meeting)
    assert (meeting.actor_codes, meeting.recipient_codes) == (["JPN"], ["KOR"])
    # a neutral venue, or a summit of more than two parties, keeps every party an actor
    neutral = _event("CONSULT", ["KOR", "JPN"], [], "met")
    neutral.place = Place(extracted_place="Geneva", country_code="CHE")
    orient_meeting_host(neutral)
    assert neutral.recipient_codes == []
    summit = _event("CONSULT", ["KAZ", "KGZ", "TKM"], [], "met")
    summit.place = Place(extracted_place="Ashgabat", country_code="TKM")
    orient_meeting_host(summit)
    assert (summit.actor_codes, summit.recipient_codes) == (["KAZ", "KGZ", "TKM"], [])
    # the host state met a guest the sentence names: the guest is the actor
    hosted = _event("CONSULT", ["CHN"], ["MNG"], "met")
    hosted.place = Place(extracted_place="Beijing", country_code="CHN")
    orient_meeting_host(hosted)
    assert (hosted.actor_codes, hosted.recipient_codes) == (["MNG"], ["CHN"])
    # a partner only guessed from the story stays the recipient
    guessed = _event("CONSULT", ["CHN"], ["MNG"], "met")
    guessed.recipients[0].entity_text = ""
    guessed.place = Place(extracted_place="Beijing", country_code="CHN")
    orient_meeting_host(guessed)
    assert (guessed.actor_codes, guessed.recipient_codes) == (["CHN"], ["MNG"])


def test_events_candidates_officials_meet_their_own_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a meeting with people of one's own country named in the sentence keeps them as the partner
    cand = _candidate(pipeline, "Papua New Guinea's higher education minister met student leaders on Tuesday.", "met")
    assert cand is not None and cand.type == "CONSULT"
    assert [(r.code, r.sector) for r in cand.recipients] == [("PNG", "EDU")]


def test_events_candidates_two_officials_of_one_state_have_no_partner(pipeline) -> None:  # type: ignore[no-untyped-def]
    # cooperation is between countries: a fellow official of the same state is no partner
    cand = _candidate(pipeline, "Papua New Guinea's higher education minister met police officials on Tuesday.", "met")
    assert cand is not None and cand.type == "CONSULT" and cand.recipients == []


def test_events_candidates_litotes_is_a_threat_not_a_negation(pipeline) -> None:  # type: ignore[no-untyped-def]
    cand = _candidate(pipeline, "Mali said its army would not hesitate to strike the rebels.", "hesitate")
    assert cand is not None and cand.type == "THREATEN" and [a.code for a in cand.actors] == ["MLI"]
    cand = _candidate(pipeline, "Russia said any ban by Estonia will not go unanswered.", "go")
    assert cand is not None and cand.type == "THREATEN"
    assert [a.code for a in cand.actors] == ["RUS"] and [r.code for r in cand.recipients] == ["EST"]
    # a told past act, or one not denied, is no promise
    assert _candidate(pipeline, "Kenya did not hesitate to condemn the attack.", "hesitate") is None
    assert _candidate(pipeline, "Kenya would tolerate the protest.", "tolerate") is None


def test_events_candidates_yield_promised_not_to_be_done_is_the_speakers_refusal(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a passive denied promise of a yielding act: the one who says so refuses, not the thing held back
    text = "Peru's interior minister said the passport rule for Bolivians will not be suspended."
    cand = _candidate(pipeline, text, "suspended")
    assert cand is not None and cand.type == "REJECT" and [a.code for a in cand.actors] == ["PER"]
    cand = _candidate(pipeline, "Belize's foreign minister said the decision would not be reversed.", "reversed")
    assert cand is not None and cand.type == "REJECT" and [a.code for a in cand.actors] == ["BLZ"]
    cand = _candidate(pipeline, "Chile's foreign minister said Santiago will not be intimidated.", "intimidated")
    assert cand is not None and cand.type == "REJECT" and [a.code for a in cand.actors] == ["CHL"]
    # not denied, or done: no refusal
    cand = _candidate(pipeline, "Peru said the rule for Bolivians will be suspended.", "suspended")
    assert cand is None or cand.type != "REJECT"
    cand = _candidate(pipeline, "Peru suspended the rule for Bolivians.", "suspended")
    assert cand is None or cand.type != "REJECT"


def test_events_candidates_promised_measures_aim_at_whom_they_are_against(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Hanoi said it would take countermeasures, among them a case at the World Trade Organization."
    cand = _candidate(pipeline, text, "take")
    assert cand is not None and cand.type == "THREATEN"
    assert "IGO" not in [r.code for r in cand.recipients]
    cand = _candidate(pipeline, "Russia said it would take measures against Lithuania.", "take")
    assert cand is not None and [r.code for r in cand.recipients] == ["LTU"]


def test_events_candidates_what_a_request_asks_is_not_done(pipeline) -> None:  # type: ignore[no-untyped-def]
    asked = "Swaziland turned down a request from South Africa to extradite a businessman wanted in Johannesburg."
    assert _candidate(pipeline, asked, "extradite") is None
    done = _candidate(pipeline, "Kenya extradited a businessman wanted in Tanzania.", "extradited")
    assert done is not None and done.type == "COOPERATE"


def test_events_candidates_an_act_judged_is_not_the_judges(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Nicaraguan soldiers shot dead two Honduran men, Honduras said, calling the killings unacceptable."
    assert _candidate(pipeline, text, "killings") is None
    assert _candidate(pipeline, "Cairo denounced the move as an attack on press freedom.", "attack") is None
    assert _candidate(pipeline, "Guatemala described the exercise as routine.", "exercise") is None
    assert _candidate(pipeline, "Pakistan condemned the shelling of Muzaffarabad.", "shelling") is None


def test_events_candidates_an_act_named_by_what_stays_told(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "what X described as a visit": the visit happened; the noun is not the object of a judgement
    from parley.events._told_acts import is_judged_act

    words = pipeline.lexicon.words
    doc = pipeline.nlp("The submarine entered the harbor for what the U.S. Navy described as a routine visit.")
    assert not is_judged_act(next(t for t in doc if t.text == "visit"), words)
    called = pipeline.nlp("The unions called a demonstration for next week.")
    assert not is_judged_act(next(t for t in called if t.text == "demonstration"), words)


def test_events_candidates_a_unions_climbdown_answers_its_government(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "ABIDJAN, May 3 - Teachers in Ivory Coast went on strike last week. "
        "The national teachers' union called off the strike on Wednesday."
    )
    cand = _candidate(pipeline, text, "called")
    assert cand is not None and cand.type == "RETREAT"
    assert [(r.code, r.sector) for r in cand.recipients] == [("CIV", "GOV")]


def test_events_candidates_a_unions_threat_answers_its_government(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "PHNOM PENH, May 3 - Cambodian garment workers want higher pay. Unions have warned of a general strike."
    cand = _candidate(pipeline, text, "warned")
    assert cand is not None and cand.type == "THREATEN"
    assert [(r.code, r.sector) for r in cand.recipients] == [("KHM", "GOV")]


def test_events_candidates_a_visitor_meets_the_hosts_officials(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "DJIBOUTI, May 3 - Dock workers in Djibouti went on strike on Monday. "
        "The Ethiopian ambassador met port officials on Tuesday."
    )
    cand = _candidate(pipeline, text, "met")
    assert cand is not None and cand.type == "CONSULT"
    assert [a.code for a in cand.actors] == ["ETH"] and [r.code for r in cand.recipients] == ["DJI"]
    # at home, a title alone says nothing of whose officials were met
    home = "DJIBOUTI, May 3 - Dock workers went on strike on Monday. Djibouti's president met port officials."
    at_home = _candidate(pipeline, home, "met")
    assert at_home is not None and at_home.recipients == []


def test_events_candidates_thanks_said_with_an_adjective_go_to_its_to_phrase(pipeline) -> None:  # type: ignore[no-untyped-def]
    cand = _candidate(pipeline, "Nepal is grateful to India for the relief flights, the minister said.", "grateful")
    assert cand is not None and cand.type == "SUPPORT"
    assert [a.code for a in cand.actors] == ["NPL"] and [r.code for r in cand.recipients] == ["IND"]


def _moded(type_: str, mode: str, word: str) -> Event:
    event = _event(type_, ["QAT"], ["BHR"], word)
    event.mode = mode
    return event


def test_events_candidates_a_detention_is_not_folded_into_the_violence() -> None:
    dispersed = _moded("ASSAULT", "crowd-control", "dispersed")
    assert not joins_sentence_event(_moded("COERCE", "arrest", "detained"), [dispersed])
    # blocking boats and firing water cannon at them is one incident, coded by its worst act
    assert joins_sentence_event(_moded("COERCE", "restrict", "blocked"), [dispersed])


def _blame(recipient: Entity) -> Event:
    event = _event("ACCUSE", ["NGA"], [], "blamed")
    event.recipients = [recipient]
    return event


def test_events_candidates_a_name_beats_common_nouns_but_words_standing_for_one_do_not() -> None:
    # "blamed armed herders": a state guessed for common nouns gives way to one the sentence names ...
    coded = _blame(Entity(code="CMR", entity_text="armed herders"))
    assert joins_sentence_event(_blame(Entity(code="TCD", entity_text="Chadian")), [coded])
    assert coded.recipient_codes == ["TCD"]
    # ... but not to one that words like "their neighbour" stand for (the text is the antecedent's name)
    coded = _blame(Entity(code="CMR", entity_text="armed herders"))
    said = '"their neighbour" stands for "Chad" (the story so far)'
    assert joins_sentence_event(_blame(Entity(code="TCD", entity_text="Chad", resolved_by=said)), [coded])
    assert coded.recipient_codes == ["CMR"]


def test_events_candidates_dispersal_and_arrest_in_one_sentence_both_coded(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Malian police dispersed the Guinean protesters with tear gas and arrested 23 of them."
    types = sorted(e[0] for e in coded_events(rules_pipeline, text))
    assert "COERCE" in types and "ASSAULT" in types


def test_events_candidates_conjunct_of_a_demand_is_asked_not_done(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "and return the boat" stands inside what is demanded, as "free the crew" does
    text = "Oman demanded that Iran free the crew and return the boat without delay."
    assert _candidate(pipeline, text, "return") is None
    cand = _candidate(pipeline, "Iran freed the crew and returned the boat to Oman.", "returned")
    assert cand is not None and cand.type == "RETREAT"


def test_events_candidates_state_held_since_a_time_is_none(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _candidate(pipeline, "The land border has been closed since 1994.", "closed") is None
    cand = _candidate(pipeline, "Algeria closed the land border with Morocco on Monday.", "closed")
    assert cand is not None


def test_events_candidates_demanded_withdrawal_is_no_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Benin's interior minister gave Togo until Thursday to pull the troops back."
    assert _candidate(pipeline, text, "pull") is None
    assert _candidate(pipeline, "Togo pulled its troops back on Thursday.", "pulled") is not None


def test_events_candidates_claimed_attack_is_no_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the claim tells who did an attack reported elsewhere; it is not an attack of its own
    assert _candidate(pipeline, "Al Shabaab claimed responsibility for the attack in Mogadishu.", "claimed") is None


def test_events_candidates_handed_over_vessels_are_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Japan handed over two patrol vessels to the Philippine coast guard."
    cand = _candidate(pipeline, text, "handed")
    assert cand is not None and cand.type == "AID"


def test_events_candidates_fighting_people_fled_is_no_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Malian families fled fighting between the Malian army and armed groups."
    assert _candidate(pipeline, text, "fighting") is None


def test_events_candidates_fighting_fled_earlier_this_year_is_no_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser reads "fighting" here as a gerund clause of the flight, not as its object noun
    text = "Most of the herders fled fighting in eastern Chad earlier this year and live in tents."
    assert _candidate(pipeline, text, "fighting") is None
    assert _candidate(pipeline, "Chadian troops fled after fighting Sudanese rebels.", "fighting") is not None


def test_events_candidates_promised_withdrawal_is_one_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Rwanda pledged to pull all its troops out of the border villages."
    assert _candidate(pipeline, text, "pledged") is None  # no AGREE beside the promised act
    cand = _candidate(pipeline, text, "pull")
    assert cand is not None and (cand.type, cand.modality) == ("CONCEDE", "future")
    helped = _candidate(pipeline, "Rwanda pledged to help Burundi rebuild the border posts.", "pledged")
    assert helped is not None and helped.type == "AGREE"  # a promise of help stays an agreement


def test_events_candidates_a_request_or_protest_announced_for_later_is_none(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _candidate(pipeline, "Nepal said it would ask India to increase fuel supplies.", "ask") is None
    assert _candidate(pipeline, "Haitian rights groups say they will march on the Dominican embassy.", "march") is None
    asked = _candidate(pipeline, "Nepal asked India to increase fuel supplies.", "asked")
    assert asked is not None and (asked.type, asked.modality) == ("REQUEST", "asserted")


def test_events_candidates_a_public_notice_of_asking_is_none(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a present passive with no asker is an instruction to all readers; a reported asking stays an event
    notice = "Nigerians living in Cameroon are requested to register with the Nigerian embassy in Yaounde."
    assert _candidate(pipeline, notice, "requested") is None
    urged = _candidate(pipeline, "Malian traders are urged by Senegal to avoid the border crossing.", "urged")
    assert urged is not None and urged.type == "REQUEST"


def test_events_candidates_an_accusation_announced_for_later_is_none(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "would investigate" is no accusation yet; a suit or complaint announced already accuses
    text = "Ghana's police said they would investigate the Togolese customs officers."
    assert _candidate(pipeline, text, "investigate") is None
    sued = _candidate(pipeline, "The Kenyan hauliers said they would sue the Ugandan customs authority.", "sue")
    assert sued is not None and sued.type == "ACCUSE"
    filed = _candidate(pipeline, "Chile will file a complaint against Peru at the regional court.", "file")
    assert filed is not None and filed.type == "ACCUSE"


def test_events_candidates_forces_ready_to_strike_threaten(pipeline) -> None:  # type: ignore[no-untyped-def]
    cand = _candidate(pipeline, "Pakistan's army said it was ready to strike at Indian posts.", "ready")
    assert cand is not None and cand.type == "THREATEN"
    offer = _candidate(pipeline, "Pakistan said it was ready to meet India.", "ready")
    assert offer is not None and offer.type == "AGREE"


def test_events_candidates_a_visit_to_a_site_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _candidate(pipeline, "South Sudan's ambassador visited the camp in Gambella on Tuesday.", "visited") is None
    met = _candidate(pipeline, "South Sudan's foreign minister visited Ethiopia on Tuesday.", "visited")
    assert met is not None and met.type == "CONSULT"


def test_events_candidates_refused_demand_is_the_refusal_alone(pipeline) -> None:  # type: ignore[no-untyped-def]
    refused = [e[0] for e in coded_events(pipeline, "Ghana rejected a Togolese demand for compensation.")]
    assert refused == ["REJECT"]
    asked = [e[0] for e in coded_events(pipeline, "Ghana turned down a request from Togo to extradite the trader.")]
    assert sorted(asked) == ["REJECT", "REQUEST"]


def test_events_candidates_gift_participle_with_its_giver_tells_the_gift(pipeline) -> None:  # type: ignore[no-untyped-def]
    cand = _candidate(pipeline, "Eight trucks donated by Norway reached the camp near Gulu.", "donated")
    assert cand is not None and cand.type == "AID"
    assert [a.code for a in cand.actors] == ["NOR"]


def test_events_candidates_backing_participle_only_describes(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _candidate(pipeline, "Rebels backed by Rwanda seized the town of Walikale.", "backed") is None


def test_events_candidates_thrown_out_request_is_refused(pipeline) -> None:  # type: ignore[no-untyped-def]
    refused = coded_events(pipeline, "A Kenyan court threw out an appeal by Uganda for the return of the boats.")
    assert "REJECT" in [e[0] for e in refused] and "SANCTION" not in [e[0] for e in refused]
    expelled = [e[0] for e in coded_events(pipeline, "Ghana threw out two Nigerian diplomats on Monday.")]
    assert "REJECT" not in expelled


def test_events_candidates_deaf_ear_is_a_refusal(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Zambian border officials turned a deaf ear to pleas from Malawian truck drivers."
    assert "REJECT" in [e[0] for e in coded_events(pipeline, text)]


def test_events_candidates_contested_claim_is_refused(pipeline) -> None:  # type: ignore[no-untyped-def]
    refused = [e[0] for e in coded_events(pipeline, "Lesotho contested the report, saying its soldiers stayed home.")]
    assert refused == ["REJECT"]
    assert coded_events(pipeline, "The opposition leader contested the presidential election in 2019.") == []


def test_events_candidates_matter_raised_with_the_other_side_is_a_grievance(pipeline) -> None:  # type: ignore[no-untyped-def]
    raised = coded_events(pipeline, "The Chilean foreign ministry raised the matter with Peru's ambassador.")
    assert [e[0] for e in raised] == ["ACCUSE"]
    assert "ACCUSE" not in [e[0] for e in coded_events(pipeline, "Kenya raised prices with effect from Monday.")]


def test_events_candidates_case_raised_is_a_plea(pipeline) -> None:  # type: ignore[no-untyped-def]
    pleaded = coded_events(pipeline, "Senegal's ambassador had raised the fishermen's case with the Gambian ministry.")
    assert [e[0] for e in pleaded] == ["REQUEST"]


def test_events_candidates_infinitive_of_aim_noun_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    planned = "Zambia dropped a plan to expel Congolese miners from the copper belt."
    assert _candidate(pipeline, planned, "expel") is None
    tried = "Lawyers for the trader said they would fight any attempt to hand him over to Angola."
    assert _candidate(pipeline, tried, "hand") is None
    done = _candidate(pipeline, "Zambia expelled Congolese miners from the copper belt.", "expelled")
    assert done is not None


def test_events_candidates_background_violence_is_no_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    after = "Chad closed its border with Sudan after attacks on herders near Adre."
    assert _candidate(pipeline, after, "attacks") is None
    answered = "The army said its soldiers were responding to attacks by rebels."
    assert _candidate(pipeline, answered, "attacks") is None
    roles = role_finder(pipeline, "Chad closed its border with Sudan after the attacks on its convoy.")
    assert not is_background_violence(token_of(roles.ctx, "attacks"), roles.matcher.words)  # told before


@pytest.mark.parametrize("fixture", ["pipeline", "rules_pipeline"])
def test_events_candidates_demand_made_at_a_summons_is_a_request(fixture: str, request: Any) -> None:
    chosen = request.getfixturevalue(fixture)
    # the parser reads this "to" clause as a complement of the summons, not as its purpose
    found = coded_events(chosen, "Ghana had summoned the Togolese ambassador to demand an apology.")
    assert ("ACCUSE", ["GHA"], ["TGO"]) in found and ("REQUEST", ["GHA"], ["TGO"]) in found


@pytest.mark.parametrize("fixture", ["pipeline", "rules_pipeline"])
def test_events_candidates_protest_made_at_a_summons_is_no_second_event(fixture: str, request: Any) -> None:
    chosen = request.getfixturevalue(fixture)
    found = coded_events(chosen, "Ghana had summoned the Togolese ambassador to protest against the seizure.")
    assert [e[0] for e in found] == ["ACCUSE"]


def test_events_candidates_concession_asked_of_another_is_not_made(pipeline) -> None:  # type: ignore[no-untyped-def]
    # an apology demanded or advised is the demand's content, no concession (training gold: 0 of 30
    # "urged/demanded X to <release|return|compensate|...>" sentences code the asked concession)
    assert _candidate(pipeline, "Norway must apologise to Iceland.", "apologise") is None
    assert _candidate(pipeline, "Iceland urged Norway to apologise.", "apologise") is None
    cand = _candidate(pipeline, "Norway apologised to Iceland.", "apologised")
    assert cand is not None and cand.type == "CONCEDE"


def test_events_candidates_verb_joined_to_an_advised_one_is_advised(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Reykjavik said Oslo should free the trawlermen and compensate their families for the lost season."
    assert _candidate(pipeline, text, "compensate") is None
    text = "Pyongyang must declare every enrichment plant and allow monitors into the reactor halls."
    assert _candidate(pipeline, text, "allow") is None
