"""Trigger matching and type decisions (parley.events._typing)."""

from __future__ import annotations

from datetime import date

from _events_setup import coded_types
from _events_setup import matched_type as _matched_type
from _events_setup import row_type as _type_of
from parley.document import Article, Entity
from parley.events._lexicon import Trigger
from parley.events._object_words import is_armed_force
from parley.events._typing import TriggerMatcher, reclassified_type, target_preps


def test_events_typing_trigger_condition_on_the_object(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    talks = pipeline.nlp("Japan held talks with China.")
    match = matcher.match(talks[1])
    assert match is not None and match.type == "CONSULT"  # "hold" with obj=talks
    party = pipeline.nlp("Japan held a party.")
    assert matcher.match(party[1]) is None  # "hold" without talks is no meeting
    assert [talks[i].text for i in matcher.possible_triggers(talks)] == ["held", "talks"]


def test_events_typing_same_words_other_act_in_other_hands(pipeline) -> None:  # type: ignore[no-untyped-def]
    words = pipeline.lexicon.words
    storm = Trigger("storm", "VERB", "ASSAULT", None, None, "", "default")
    civilians = [Entity(code="KAZ", sector="CVL", entity_text="protesters")]
    soldiers = [Entity(code="KAZ", sector="MIL", entity_text="troops")]
    token = pipeline.nlp("Protesters stormed the building.")[1]
    assert reclassified_type("ASSAULT", storm, token, civilians, words) == "PROTEST"
    assert reclassified_type("ASSAULT", storm, token, soldiers, words) == "ASSAULT"


def test_events_typing_target_prepositions_by_type(pipeline) -> None:  # type: ignore[no-untyped-def]
    words = pipeline.lexicon.words
    meet = Trigger("meet", "VERB", "CONSULT", None, None, "", "default")
    mass = Trigger("mass", "VERB", "MOBILIZE", None, None, "", "default")
    assert "against" not in target_preps(meet, words)  # a partner, not a target
    assert "near" in target_preps(mass, words) and "against" in target_preps(mass, words)


def test_events_typing_build_ups_of_forces_are_mobilisations(pipeline) -> None:  # type: ignore[no-untyped-def]
    texts = ("Sudan amassed troops near the Chadian border on Monday.", "Chad beefed up security along its border.")
    for text in texts:
        (doc,) = list(pipeline.process([Article(id="t", text=text, published=date(2024, 5, 8))]))
        assert [e.event for e in doc.events] == ["MOBILIZE"], text


def test_events_typing_calling_off_a_visit_is_a_rejection(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    for text in ("Russia called off a visit to Ankara.", "Iran called off talks with the bloc on Monday."):
        match = matcher.match(pipeline.nlp(text)[1])
        assert match is not None and match.type == "REJECT", text
    assert matcher.match(pipeline.nlp("Iran called on Monday.")[1]) is None  # a day is no one called upon


def test_events_typing_refusing_food_is_a_hunger_strike(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    stopped = pipeline.nlp("The activist stopped eating in protest.")
    match = matcher.match(stopped[2])
    assert match is not None and (match.type, match.mode) == ("PROTEST", "hunger")
    refused = pipeline.nlp("The activist refused food.")
    match = matcher.match(refused[2])
    assert match is not None and match.type == "PROTEST"
    offer = matcher.match(pipeline.nlp("The activist refused the offer.")[2])
    assert offer is not None and offer.type == "REJECT"


def test_events_typing_troops_rushed_or_flown_in_are_mobilisations(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    assert _matched_type(matcher, pipeline.nlp("Bishkek rushed border troops to the valley."), "rushed") == "MOBILIZE"
    assert _matched_type(matcher, pipeline.nlp("Lima flew in 500 riot police."), "flew") == "MOBILIZE"
    assert _matched_type(matcher, pipeline.nlp("Japan rushed relief supplies to Tonga."), "rushed") == "AID"


def test_events_typing_protest_notes_warnings_and_debt_relief(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    assert _matched_type(matcher, pipeline.nlp("Hanoi lodged a protest with Beijing."), "lodged") == "ACCUSE"
    assert (
        _matched_type(matcher, pipeline.nlp("Iran cautioned Azerbaijan against the drills."), "cautioned") == "THREATEN"
    )
    assert (
        _matched_type(matcher, pipeline.nlp("China hinted at retaliation against the firms."), "hinted") == "THREATEN"
    )
    assert _matched_type(matcher, pipeline.nlp("The Netherlands wrote off Ethiopia's debt."), "wrote") == "AID"
    assert _matched_type(matcher, pipeline.nlp("She wrote a letter to the king."), "wrote") is None


def test_events_typing_staged_is_read_though_its_lemma_is_wrong(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    assert _matched_type(matcher, pipeline.nlp("Opposition MPs staged a walkout."), "staged") == "PROTEST"


def test_events_typing_lemma_fixes_read_mislemmatised_forms_as_their_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    lexicon = pipeline.lexicon
    matcher = TriggerMatcher(lexicon)
    drills = pipeline.nlp("The navy stages naval drills off the cape.")
    assert _matched_type(matcher, drills, "stages") == "MOBILIZE"  # "stages" is lemmatised "stag"
    assert "stages" in [drills[i].lower_ for i in matcher.possible_triggers(drills)]
    staged = pipeline.nlp("Porters staged a hartal in the old town.")
    token = next(t for t in staged if t.lower_ == "staged")
    assert lexicon.trigger_lemma(token, "VERB") == "stage"
    assert _matched_type(matcher, staged, "staged") == "PROTEST"  # every object the rows of "stage" know
    rows = lexicon.rows_of(token, "VERB")
    assert rows and all(row.lemma == "stage" for row in rows)
    assert lexicon.trigger_lemma(token, "NOUN") == token.lemma_.lower()  # a fix holds in its own part of speech


def test_events_typing_learned_lexicon_features_read_fixed_lemmas(pipeline) -> None:  # type: ignore[no-untyped-def]
    from parley.coder._candidate_words import candidates

    sent = pipeline.nlp("A court fined the trawler's owners.")
    assert "fined" in [t.lower_ for t in candidates(sent, pipeline.lexicon)]
    fined = next(t for t in sent if t.lower_ == "fined")
    assert [row.type for row in pipeline.lexicon.rows_of(fined, "VERB")] == ["SANCTION"]


def test_events_typing_loans_fines_and_parked_lorries(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    loan = pipeline.nlp("Gabon has extended a $5 million loan to Sao Tome.")
    assert _matched_type(matcher, loan, "extended") == "AID"
    railway = pipeline.nlp("China extended the railway to the border.")
    assert _matched_type(matcher, railway, "extended") is None
    fined = pipeline.nlp("A court fined the captain 600,000 kroner.")
    assert _matched_type(matcher, fined, "fined") == "SANCTION"  # spaCy's lemma is "fin"
    rigs = pipeline.nlp("Hundreds of drivers parked their rigs across the bridge.")
    assert _matched_type(matcher, rigs, "parked") == "PROTEST"
    sit_in = pipeline.nlp("Traders staged a sit-in at the crossing.")
    assert _matched_type(matcher, sit_in, "staged") == "PROTEST"


def test_events_typing_armed_force_by_head_modifier_or_count(pipeline) -> None:  # type: ignore[no-untyped-def]
    words = pipeline.lexicon.words
    for text, noun in (
        ("Malawi rushed two infantry companies to Chitipa.", "companies"),
        ("Suriname sent navy patrol vessels to the river.", "vessels"),
        ("Ethiopia moved hundreds of soldiers to the border.", "hundreds"),
        ("Sudan moved armoured vehicles to the border.", "vehicles"),
    ):
        doc = pipeline.nlp(text)
        assert is_armed_force(next(t for t in doc if t.text == noun), words), text
    doc = pipeline.nlp("The company moved its offices to Nairobi.")
    assert not is_armed_force(next(t for t in doc if t.text == "offices"), words)


def test_events_typing_forces_moved_are_mobilisations(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    for text, verb in (
        ("Ethiopia has rushed three mechanised divisions to the border.", "rushed"),
        ("Ethiopia poured 3,000 troops into the districts facing Sudan.", "poured"),
        ("Two Venezuelan navy gunboats sailed up the river.", "sailed"),
        ("Police set up checkpoints on the roads to the border.", "set"),
    ):
        doc = pipeline.nlp(text)
        match = matcher.match(next(t for t in doc if t.text == verb))
        assert match is not None and match.type == "MOBILIZE", text
    for text, verb in (("The ministry sent its reply to Nairobi.", "sent"), ("The ferry sailed at noon.", "sailed")):
        doc = pipeline.nlp(text)
        assert matcher.match(next(t for t in doc if t.text == verb)) is None, text


def test_events_typing_undertaking_to_act_is_an_agreement(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    promise = pipeline.nlp("Kenya undertook to share intelligence with Tanzania.")
    assert _matched_type(matcher, promise, "undertook") == "AGREE"
    survey = pipeline.nlp("Kenyan engineers undertook a survey of the field.")
    assert _matched_type(matcher, survey, "undertook") is None  # only a promise to act


def test_events_typing_fire_returned_or_received_is_an_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _type_of(pipeline, "Soldiers returned fire and pursued the attackers.", "returned") == "ASSAULT"
    assert _type_of(pipeline, "A vaccination team was fired upon on the road.", "fired") == "ASSAULT"
    assert _type_of(pipeline, "Gendarmes dispersed the strikers with rubber bullets.", "dispersed") == "ASSAULT"
    assert _type_of(pipeline, "Two soldiers died in an exchange of fire with rebels.", "exchange") == "ASSAULT"
    assert _type_of(pipeline, "The crowd dispersed peacefully.", "dispersed") is None


def test_events_typing_hostages_taken_and_deadlines_postponed(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _type_of(pipeline, "Tajik border guards took two Kyrgyz farmers hostage.", "took") == "ASSAULT"
    assert _type_of(pipeline, "Astana postponed its deadline by a month.", "postponed") == "CONCEDE"
    assert _type_of(pipeline, "Djibouti exempted food aid from the surcharge.", "exempted") == "CONCEDE"
    assert _type_of(pipeline, "Border guards took two farmers home.", "took") is None


def test_events_typing_object_named_by_degree_or_adverbial_noun(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    level = pipeline.nlp("Lithuania has raised the alert level of its border units.")
    assert _matched_type(matcher, level, "raised") == "MOBILIZE"  # a level is named by what it measures
    prices = pipeline.nlp("Lithuania has raised the price level of its exports.")
    assert _matched_type(matcher, prices, "raised") is None
    days = pipeline.nlp("The minister gave the mission seven days to retract it.")
    assert _matched_type(matcher, days, "gave") == "THREATEN"  # "days" read as an adverbial noun


def test_events_typing_initialling_and_new_chapters_are_support(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    accord = pipeline.nlp("Morocco and Senegal initialled a new fisheries accord.")
    assert _matched_type(matcher, accord, "initialled") == "SUPPORT"  # initialled like signed
    chapter = pipeline.nlp("The visit opened a new chapter between the two neighbours.")
    assert _matched_type(matcher, chapter, "opened") == "SUPPORT"
    office = pipeline.nlp("The firm opened a new office in Lagos.")
    assert _matched_type(matcher, office, "opened") is None


def test_events_typing_closing_a_border_restricts_movement(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    border = pipeline.nlp("Caracas closed the border in late August.")
    assert _matched_type(matcher, border, "closed") == "COERCE"
    sealed = pipeline.nlp("Djiboutian troops sealed off the town centre.")
    assert _matched_type(matcher, sealed, "sealed") == "COERCE"
    consulate = pipeline.nlp("Oslo closed the Russian consulate in Kirkenes.")
    assert _matched_type(matcher, consulate, "closed") == "SANCTION"  # relations, not movement
    deal = pipeline.nlp("The two leaders sealed a deal on gas prices.")
    assert _matched_type(matcher, deal, "sealed") != "COERCE"


def test_events_typing_people_taken_into_custody_are_detained(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    custody = pipeline.nlp("Troops searched houses and took 11 men into custody.")
    assert _matched_type(matcher, custody, "took") == "COERCE"
    picked = pipeline.nlp("Paraguayan officers picked up four suspects at a ranch.")
    assert _matched_type(matcher, picked, "picked") == "COERCE"
    phone = pipeline.nlp("The minister picked up the phone.")
    assert _matched_type(matcher, phone, "picked") is None
    turned = pipeline.nlp("A Nicaraguan patrol turned back the boat.")
    assert _matched_type(matcher, turned, "turned") == "COERCE"


def test_events_typing_ordering_people_off_a_place_coerces(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    off = pipeline.nlp("Sudanese troops ordered some 200 Ethiopian farmers off their land.")
    assert _matched_type(matcher, off, "ordered") == "COERCE"


def test_events_typing_raids_overruns_and_downed_aircraft_are_assaults(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _type_of(pipeline, "Armed herders raided three villages near the border.", "raided") == "ASSAULT"
    assert _type_of(pipeline, "Taliban fighters overran several border posts.", "overran") == "ASSAULT"
    assert _type_of(pipeline, "Turkish jets downed a Russian warplane.", "downed") == "ASSAULT"
    assert _type_of(pipeline, "A night raid on the camp killed four men.", "raid") == "ASSAULT"
    # a police search of homes is a coercive act, not an assault
    assert _type_of(pipeline, "Police raided the homes of two opposition leaders.", "raided") == "COERCE"
    # workers downing tools strike: a protest, not an aircraft shot down
    assert _type_of(pipeline, "The dockers downed tools at noon.", "downed") == "PROTEST"


def test_events_typing_weapons_as_subject_and_dropped_bombs(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _type_of(pipeline, "A Russian missile hit an apartment block.", "hit") == "ASSAULT"
    assert _type_of(pipeline, "Government helicopters dropped barrel bombs on the town.", "dropped") == "ASSAULT"
    assert _type_of(pipeline, "The new tariffs hit exporters hard.", "hit") is None
    assert _type_of(pipeline, "Kenya dropped its demand for a levy.", "dropped") == "CONCEDE"


def test_events_typing_abductions_rapes_and_human_shields(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the tagger lemmatises "raped" as "rap": the row is found by the word's form
    assert _type_of(pipeline, "Militiamen raped women in the camp.", "raped") == "ASSAULT"
    assert _type_of(pipeline, "Gunmen seized 30 schoolgirls from their dormitory.", "seized") == "ASSAULT"
    assert _type_of(pipeline, "The navy seized a fishing boat.", "seized") == "COERCE"
    assert _type_of(pipeline, "Troops used villagers as human shields.", "used") == "ASSAULT"
    assert _type_of(pipeline, "Troops used the school as a base.", "used") is None
    assert _type_of(pipeline, "Police responded with batons and tear gas.", "responded") == "ASSAULT"
    assert _type_of(pipeline, "The rebels executed 20 policemen.", "executed") == "ASSAULT"


def test_events_typing_act_nouns_of_violence(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    cases = [
        ("The abduction of two engineers by gunmen was reported.", "abduction", "ASSAULT"),
        ("Sexual violence by the militia was documented.", "violence", "ASSAULT"),
        ("The shooting of a farmer by guards angered the town.", "shooting", "ASSAULT"),
        ("Political violence is rare here.", "violence", None),
    ]
    for text, word, expected in cases:
        assert _matched_type(matcher, pipeline.nlp(text), word) == expected, text


def test_events_typing_object_words_read_on_every_conjunct(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    text = "North Macedonia dispatched a helicopter and forty firefighters across the border."
    assert _matched_type(matcher, pipeline.nlp(text), "dispatched") == "AID"  # not the helicopter alone
    assert _matched_type(matcher, pipeline.nlp("Iran held a dinner and talks with Iraq."), "held") == "CONSULT"


def test_events_typing_object_words_read_on_a_compounded_noun(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    ships = pipeline.nlp("The UAE dispatched two relief ships to Somalia.")
    assert _matched_type(matcher, ships, "dispatched") == "AID"


def test_events_typing_parading_through_a_town_is_a_march(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _type_of(pipeline, "Fishermen paraded through Mbour on Saturday.", "paraded") == "PROTEST"
    # parading captives or a new rocket shows them off: no demonstration
    assert _type_of(pipeline, "The army paraded the captured soldiers.", "paraded") is None


def test_events_typing_wanting_a_thing_is_no_request(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "wants Minsk to explain": a clause of what another is to do is asked
    matcher = TriggerMatcher(pipeline.lexicon)
    asked = pipeline.nlp("Riga wants Minsk to explain the detention.")
    assert _matched_type(matcher, asked, "wants") == "REQUEST"
    # a thing wanted, or a second statement beyond a semicolon, asks no one anything
    for text in (
        "Vilnius wants a treaty; Moscow wants a free corridor.",
        "Astana wants Tajik aluminium and Tajik electricity.",
    ):
        wants = [t for t in pipeline.nlp(text) if t.lower_ == "wants"]
        assert all(matcher.match(t) is None for t in wants), text


def test_events_typing_markets_that_rally_are_no_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    assert (
        _matched_type(matcher, pipeline.nlp("Thousands of farmers rallied in Dhaka on Sunday."), "rallied") == "PROTEST"
    )
    for text in ("Markets in Karachi rallied on Wednesday.", "Prices at the cattle market rallied on the news."):
        assert _matched_type(matcher, pipeline.nlp(text), "rallied") is None, text


def test_events_typing_rally_told_by_a_speaker_is_no_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the rally a leader tells or addresses is his audience; a rally held or joined is still a protest
    matcher = TriggerMatcher(pipeline.lexicon)
    for text in (
        "The president told a rally in Sucre that the mines would stay in national hands.",
        "The interior minister addressed a rally of party loyalists in Tirana on Sunday.",
    ):
        assert _matched_type(matcher, pipeline.nlp(text), "rally") is None, text
    for text in (
        "Opposition parties held a rally in Tirana on Sunday.",
        "Students joined a rally outside the embassy against the border deal.",
    ):
        assert _matched_type(matcher, pipeline.nlp(text), "rally") == "PROTEST", text


def test_events_typing_hosting_a_count_of_refugees_is_no_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the object is what the counts count, through "hundreds of thousands of"
    matcher = TriggerMatcher(pipeline.lexicon)
    assert (
        _matched_type(matcher, pipeline.nlp("Jordan hosts hundreds of thousands of Syrian refugees."), "hosts") is None
    )
    assert (
        _matched_type(matcher, pipeline.nlp("Jordan hosted the Iraqi foreign minister on Monday."), "hosted")
        == "CONSULT"
    )


def test_events_typing_phrase_row_read_at_its_last_word(pipeline) -> None:  # type: ignore[no-untyped-def]
    from parley.coder._features import _in_lexicon

    matcher = TriggerMatcher(pipeline.lexicon)
    sent = pipeline.nlp("Moldova has until midnight to pay the bill or face a cut in gas supplies.")
    face = next(t for t in sent if t.text == "face")
    match = matcher.match(face)
    assert match is not None and (match.type, match.lemma) == ("THREATEN", "or face")
    assert face.i in matcher.possible_triggers(sent)
    # 'face' alone is no trigger, and the phrase adds no lexicon feature to other uses of the word
    plain = pipeline.nlp("The minister will face questions in parliament.")
    faced = next(t for t in plain if t.text == "face")
    assert matcher.match(faced) is None
    assert _in_lexicon(faced, pipeline.lexicon) == []


def test_events_typing_object_reading_kept_per_token_not_across_documents(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the object reading of the last token is kept for its next rows; a same-index token of another
    # parse (or another word of the same one) is read afresh
    matcher = TriggerMatcher(pipeline.lexicon)
    talks = pipeline.nlp("Japan held talks with China.")
    party = pipeline.nlp("Japan held a party.")
    for _ in range(2):
        assert matcher.match(talks[1]) is not None
        assert matcher.match(party[1]) is None
    both = pipeline.nlp("Japan held a party and held talks with China.")
    assert matcher.match(both[1]) is None and matcher.match(both[5]) is not None


def test_events_typing_request_by_another_is_not_the_answer(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Warsaw criticised a request by the Belarusian embassy for the return of two border guards."
    assert coded_types(rules_pipeline, text).count("REQUEST") == 1  # the embassy asked; Warsaw's criticism answers it
    unowned = coded_types(rules_pipeline, "Warsaw criticised the request for the return of two border guards.")
    assert "REQUEST" not in unowned


def test_events_typing_rules_only_row_matches_but_adds_no_lexicon_feature(pipeline) -> None:  # type: ignore[no-untyped-def]
    from parley.coder._features import _in_lexicon

    matcher = TriggerMatcher(pipeline.lexicon)
    sent = pipeline.nlp("The dockers ended their strike on Friday.")
    ended = next(t for t in sent if t.text == "ended")
    match = matcher.match(ended)
    assert match is not None and match.type == "RETREAT" and match.rules_only
    # the learned coder's lexicon features list the word's other rows, not the rules-only one
    listed = _in_lexicon(ended, pipeline.lexicon)
    assert listed and not any(x.startswith("RETREAT|") for x in listed)


def test_events_typing_officer_visit_stays_a_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    words = pipeline.lexicon.words
    fly = Trigger("fly", "VERB", "CONSULT", "visit", None, "", "default")
    token = pipeline.nlp("The admiral flew to Manila.")[2]
    admiral = [Entity(code="USA", sector="MIL", entity_text="Admiral Hale", office="Admiral")]
    troops = [Entity(code="USA", sector="MIL", entity_text="marines")]
    assert reclassified_type("CONSULT", fly, token, admiral, words) == "CONSULT"  # an officer's trip is a visit
    assert reclassified_type("CONSULT", fly, token, troops, words) == "AID"  # troops flown in are help
    assert coded_types(pipeline, "Defence Minister Ravi Patel flew to Colombo on Monday for talks.") == ["CONSULT"]
