"""Trigger matching and type decisions (parley.events._typing)."""

from __future__ import annotations

from datetime import date

from _events_setup import coded_types
from parley.document import Article, Entity
from parley.events._act_kinds import is_joint_exercise
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


def test_events_typing_releasing_a_video_is_no_release(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    for text in ("The army released a video of the pilot.", "He objected to the footage released by the army."):
        doc = pipeline.nlp(text)
        verb = next(t for t in doc if t.lower_ == "released")
        assert matcher.match(verb) is None, text
    prisoners = pipeline.nlp("The army released the prisoners.")
    match = matcher.match(prisoners[2])
    assert match is not None and match.type == "RETREAT"


def test_events_typing_calling_off_a_visit_is_a_rejection(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    for text in ("Russia called off a visit to Ankara.", "Iran called off talks with the bloc on Monday."):
        match = matcher.match(pipeline.nlp(text)[1])
        assert match is not None and match.type == "REJECT", text
    assert matcher.match(pipeline.nlp("Iran called on Monday.")[1]) is None  # a day is no one called upon


def test_events_typing_handing_over_money_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    cheque = matcher.match(pipeline.nlp("Beijing handed over a cheque to the Red Cross.")[1])
    assert cheque is not None and cheque.type == "AID"
    pilot = matcher.match(pipeline.nlp("Pakistan handed over the pilot to India.")[1])
    assert pilot is not None and pilot.type == "RETREAT"


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


def _matched_type(matcher: TriggerMatcher, doc: object, word: str) -> str | None:
    token = next(t for t in doc if t.lower_ == word)  # type: ignore[attr-defined]
    match = matcher.match(token)
    return None if match is None else match.type


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


def test_events_typing_agreeing_to_give_ground_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    fee = pipeline.nlp("The governor agreed to suspend the new fee.")
    assert _matched_type(matcher, fee, "agreed") == "CONCEDE"
    repay = pipeline.nlp("Benin has promised to repay the missing funds.")
    assert _matched_type(matcher, repay, "promised") == "CONCEDE"
    talks = pipeline.nlp("The two sides agreed to hold talks in May.")
    assert _matched_type(matcher, talks, "agreed") == "AGREE"  # a plan together gives nothing up
    pay = pipeline.nlp("Baku offered to pay compensation.")
    assert _matched_type(matcher, pay, "offered") == "AGREE"  # an offer to pay is a proposal


def test_events_typing_handing_over_suspects_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    robbers = pipeline.nlp("Nigeria handed over 11 suspected highway robbers to Nigerien police.")
    assert _matched_type(matcher, robbers, "handed") == "COOPERATE"
    soldiers = pipeline.nlp("Eritrea handed 60 captured Djiboutian soldiers to Red Cross delegates.")
    assert _matched_type(matcher, soldiers, "handed") == "RETREAT"  # without "over": the object says so


def test_events_typing_letting_captives_go_is_a_release(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    go = pipeline.nlp("The fishermen were let go on Saturday.")
    assert _matched_type(matcher, go, "let") == "RETREAT"


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


def test_events_typing_handing_over_wanted_people_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    wanted = pipeline.nlp("Mauritania handed over two Malian nationals wanted for a hotel attack to Malian police.")
    assert _matched_type(matcher, wanted, "handed") == "COOPERATE"  # "wanted" tells a suspect, not a captive
    suspected = pipeline.nlp("Togo turned over 15 Beninese nationals suspected of smuggling fuel to Benin.")
    assert _matched_type(matcher, suspected, "turned") == "COOPERATE"
    captives = pipeline.nlp("Eritrea handed over 60 captured Djiboutian soldiers to Red Cross delegates.")
    assert _matched_type(matcher, captives, "handed") == "RETREAT"  # captured, not wanted: a release
    misread = pipeline.nlp("Zambian police handed over to Malawi last month two suspects wanted over a bank robbery.")
    assert _matched_type(matcher, misread, "handed") == "COOPERATE"  # parsed as a clause "suspects wanted ..."
    cash = pipeline.nlp("Moscow transferred $20 million to the Kazakh treasury.")
    assert _matched_type(matcher, cash, "transferred") == "AID"  # a sum moved, not people handed over


def test_events_typing_joint_drills_and_operations_are_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    drills = pipeline.nlp("The two navies held joint search-and-rescue drills off Colonia.")
    assert _matched_type(matcher, drills, "drills") == "COOPERATE"  # the joint row comes before the bare one
    alone = pipeline.nlp("The navy held drills off Colonia.")
    assert _matched_type(matcher, alone, "drills") == "MOBILIZE"
    patrols = pipeline.nlp("Jordanian and Iraqi units started coordinated patrols along the border.")
    assert _matched_type(matcher, patrols, "patrols") == "COOPERATE"
    operation = pipeline.nlp("Kenyan and Ethiopian police conducted a joint operation near Moyale.")
    assert _matched_type(matcher, operation, "operation") == "COOPERATE"
    own = pipeline.nlp("Kenyan police conducted an operation near Moyale.")
    assert _matched_type(matcher, own, "operation") is None


def test_events_typing_training_or_working_together_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    together = pipeline.nlp("Kazakh and Uzbek officers train together at a police academy in Almaty.")
    assert _matched_type(matcher, together, "train") == "COOPERATE"
    troops = pipeline.nlp("Britain will train Kenyan troops.")
    assert _matched_type(matcher, troops, "train") == "AID"  # training someone else's forces is help
    alone = pipeline.nlp("Kazakh officers train at a police academy in Almaty.")
    assert _matched_type(matcher, alone, "train") is None
    sharing = pipeline.nlp("The rescue was the fruit of intelligence sharing with Malaysian forces.")
    assert _matched_type(matcher, sharing, "sharing") == "COOPERATE"


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


def test_events_typing_promised_answers_and_reserved_rights_are_threats(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    for text, verb in (
        ('The minister said any incursion "will be met with force".', "met"),
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
    doc = pipeline.nlp("Seoul would take necessary countermeasures.")
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


def test_events_typing_an_exercise_of_several_states_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    words = pipeline.lexicon.words
    drill = Trigger("exercise", "NOUN", "MOBILIZE", "troops", None, "", "default")
    both = [Entity(code="NOR", sector="MIL", entity_text="Norway's coast guard"), Entity(code="RUS", sector="MIL")]
    held = pipeline.nlp("Norway's coast guard and the Russian border service held their annual exercise.")
    exercise = next(t for t in held if t.lower_ == "exercise")
    assert reclassified_type("MOBILIZE", drill, exercise, both, words) == "COOPERATE"
    assert reclassified_type("MOBILIZE", drill, exercise, both[:1], words) == "MOBILIZE"  # a show of force
    partner = pipeline.nlp("The French frigate carried out an exercise with Mozambican patrol boats.")
    assert is_joint_exercise(next(t for t in partner if t.lower_ == "exercise"), both[:1], words)
    troops = pipeline.nlp("Russia moved troops to the border.")
    assert not is_joint_exercise(troops[2], both, words)  # only exercises are done together


def test_events_typing_joint_bodies_shared_records_and_exchanges(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    venture = pipeline.nlp("Latvian Railways set up a joint venture with Uzbekistan's state railway company.")
    assert _matched_type(matcher, venture, "venture") == "COOPERATE"
    nested = pipeline.nlp("Iranian and Omani warships began a joint search-and-rescue exercise on Tuesday.")
    assert _matched_type(matcher, nested, "exercise") == "COOPERATE"  # "joint" hangs on "search"
    database = pipeline.nlp("Croatian and Slovenian customs officers now share a database of stolen cars.")
    assert _matched_type(matcher, database, "share") == "COOPERATE"
    border = pipeline.nlp("Croatia and Slovenia share a border.")
    assert _matched_type(matcher, border, "share") is None
    prisoners = pipeline.nlp("The two countries exchanged prisoners after the ceasefire.")
    assert _matched_type(matcher, prisoners, "exchanged") == "RETREAT"  # a release, not cooperation
    views = pipeline.nlp("The two ministers exchanged views on the border.")
    assert _matched_type(matcher, views, "exchanged") == "CONSULT"
    accusations = pipeline.nlp("The two countries traded accusations of sheltering rebels.")
    assert _matched_type(matcher, accusations, "traded") is None


def test_events_typing_undertaking_to_act_is_an_agreement(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    promise = pipeline.nlp("Kenya undertook to share intelligence with Tanzania.")
    assert _matched_type(matcher, promise, "undertook") == "AGREE"
    survey = pipeline.nlp("Kenyan engineers undertook a survey of the field.")
    assert _matched_type(matcher, survey, "undertook") is None  # only a promise to act


def _type_of(pipeline, text: str, word: str) -> str | None:  # type: ignore[no-untyped-def]
    """The type of the lexicon row the token ``word`` of ``text`` matches."""
    doc = pipeline.nlp(text)
    match = TriggerMatcher(pipeline.lexicon).match(next(t for t in doc if t.text == word))
    return match.type if match is not None else None


def test_events_typing_expressed_regret_is_an_apology_unless_strong(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _type_of(pipeline, "Eritrea expressed regret over the incident.", "expressed") == "CONCEDE"
    assert _type_of(pipeline, "The ministry voiced regret for the incident.", "voiced") == "CONCEDE"
    # "strong regret" is the diplomatic word for a complaint about another's act
    assert _type_of(pipeline, "Seoul expressed strong regret on Monday.", "expressed") == "ACCUSE"


def test_events_typing_concessions_named_by_their_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _type_of(pipeline, "Kuwait waived the fines imposed on the boat owners.", "waived") == "CONCEDE"
    assert _type_of(pipeline, "Uganda softened its position on the border.", "softened") == "CONCEDE"
    assert _type_of(pipeline, "The port consented to halve the new fee.", "consented") == "CONCEDE"
    assert _type_of(pipeline, "Somalia withdrew its insistence on a levy.", "withdrew") == "CONCEDE"
    assert _type_of(pipeline, "Kuwait waived the visit.", "waived") is None  # not a charge or a rule


def test_events_typing_fire_returned_or_received_is_an_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _type_of(pipeline, "Soldiers returned fire and pursued the attackers.", "returned") == "ASSAULT"
    assert _type_of(pipeline, "A vaccination team was fired upon on the road.", "fired") == "ASSAULT"
    assert _type_of(pipeline, "Police dispersed them with tear gas.", "dispersed") == "ASSAULT"
    assert _type_of(pipeline, "Two soldiers died in an exchange of fire with rebels.", "exchange") == "ASSAULT"
    assert _type_of(pipeline, "The crowd dispersed peacefully.", "dispersed") is None


def test_events_typing_hostages_taken_and_deadlines_postponed(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _type_of(pipeline, "Tajik border guards took two Kyrgyz farmers hostage.", "took") == "ASSAULT"
    assert _type_of(pipeline, "Astana postponed its deadline by a month.", "postponed") == "CONCEDE"
    assert _type_of(pipeline, "Djibouti exempted food aid from the surcharge.", "exempted") == "CONCEDE"
    assert _type_of(pipeline, "Border guards took two farmers home.", "took") is None


def test_events_typing_calling_off_a_strike_is_a_retreat(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    strike = pipeline.nlp("The dockers' union called off the strike on Friday.")
    assert _matched_type(matcher, strike, "called") == "RETREAT"  # both conditions: the object and "off"
    talks = pipeline.nlp("Ghana called off the talks with Togo.")
    assert _matched_type(matcher, talks, "called") == "REJECT"  # off, but not a protest
    called = pipeline.nlp("The union called a strike at the port.")
    assert _matched_type(matcher, called, "called") != "RETREAT"  # a strike, but not off


def test_events_typing_setting_captives_free_is_a_release(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    for text in ("Gabon set free nine of the sailors on Monday.", "The kidnappers set the teachers free."):
        assert _matched_type(matcher, pipeline.nlp(text), "set") == "RETREAT", text


def test_events_typing_evacuating_the_wounded_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    for text in ("Kenyan helicopters evacuated the wounded to Nairobi.", "The navy evacuated 12 injured sailors."):
        assert _matched_type(matcher, pipeline.nlp(text), "evacuated") == "AID", text
    embassy = pipeline.nlp("France evacuated its embassy staff from Niamey.")
    assert _matched_type(matcher, embassy, "evacuated") == "RETREAT"


def test_events_typing_deposits_and_payments_for_others_are_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    deposit = pipeline.nlp("Qatar deposited $1 billion with the central bank of Egypt.")
    assert _matched_type(matcher, deposit, "deposited") == "AID"
    paid = pipeline.nlp("Norway paid for the new border scanners.")
    assert _matched_type(matcher, paid, "paid") == "AID"
    rations = pipeline.nlp("The Red Cross handed out rations in the camp.")
    assert _matched_type(matcher, rations, "handed") == "AID"


def test_events_typing_gifts_named_by_with_are_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    provided = pipeline.nlp("Japan provided the Philippine coast guard with ten patrol boats.")
    assert _matched_type(matcher, provided, "provided") == "AID"
    presented = pipeline.nlp("Vietnam presented Lao police with 20 motorbikes.")
    assert _matched_type(matcher, presented, "presented") == "AID"
    financed = pipeline.nlp("The Kuwaiti fund has financed 12 projects in Sudan.")
    assert _matched_type(matcher, financed, "financed") == "AID"
    report = pipeline.nlp("The minister presented the report to parliament.")
    assert _matched_type(matcher, report, "presented") is None


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


def test_events_typing_object_words_read_on_every_conjunct(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    text = "North Macedonia dispatched a helicopter and forty firefighters across the border."
    assert _matched_type(matcher, pipeline.nlp(text), "dispatched") == "AID"  # not the helicopter alone
    assert _matched_type(matcher, pipeline.nlp("Iran held a dinner and talks with Iraq."), "held") == "CONSULT"


def test_events_typing_object_words_read_on_a_compounded_noun(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    ships = pipeline.nlp("The UAE dispatched two relief ships to Somalia.")
    assert _matched_type(matcher, ships, "dispatched") == "AID"


def test_events_typing_water_sent_is_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    assert _matched_type(matcher, pipeline.nlp("Greece sent two water bombers to Albania."), "sent") == "AID"


def test_events_typing_parading_through_a_town_is_a_march(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _type_of(pipeline, "Fishermen paraded through Mbour on Saturday.", "paraded") == "PROTEST"
    # parading captives or a new rocket shows them off: no demonstration
    assert _type_of(pipeline, "The army paraded the captured soldiers.", "paraded") is None


def test_events_typing_promised_inquiry_or_pay_rise_is_a_concession(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _type_of(pipeline, "Malawi promised a full inquiry into the shooting.", "promised") == "CONCEDE"
    assert _type_of(pipeline, "The port authority promised a pay rise.", "promised") == "CONCEDE"
    assert _type_of(pipeline, "Japan promised closer ties with Ghana.", "promised") == "AGREE"


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
