"""Modality of a trigger (parley.events._modality), on invented sentences parsed by the bundled model."""

from __future__ import annotations

from parley.events._habitual import is_habitual, is_historical, is_standing_state
from parley.events._lexicon import Trigger
from parley.events._modality import (
    is_advice,
    is_conditional_threat,
    is_demanded,
    is_fled_violence,
    is_future,
    is_hedged_threat,
    is_hypothetical,
    is_negated,
    is_promise_on_condition,
    is_wished,
    refuses_cooperation,
)


def _trigger(type_: str, pos: str = "VERB") -> Trigger:
    return Trigger("x", pos, type_, None, None, "", "default")


def test_events_modality_negation(parse, words) -> None:  # type: ignore[no-untyped-def]
    assert is_negated(parse("Japan did not condemn China.", "condemn"), words)
    assert is_negated(parse("Japan failed to sanction China.", "sanction"), words)  # a negating head
    assert not is_negated(parse("Japan condemned China.", "condemned"), words)


def test_events_modality_denied_doer_negates_the_act(parse, words) -> None:  # type: ignore[no-untyped-def]
    # a subject with "no" or "neither" says nobody did it
    assert is_negated(parse("No Sudanese soldier fired across the border.", "fired"), words)
    assert is_negated(parse("Neither navy fired a shot during the standoff.", "fired"), words)
    assert not is_negated(parse("A Sudanese soldier fired across the border.", "fired"), words)


def test_events_modality_denied_subject_of_an_adjective_negates_it(parse, words) -> None:  # type: ignore[no-untyped-def]
    # "willing", "ready": the denied subject hangs on the copula, not on the adjective
    assert is_negated(parse("Neither minister was willing to sign the pledge.", "willing"), words)
    assert is_negated(parse("No country was ready to send troops to Somalia.", "ready"), words)
    assert not is_negated(parse("Burundi was ready to send troops to Somalia.", "ready"), words)


def test_events_modality_ruled_out_complement_is_negated(parse, words) -> None:  # type: ignore[no-untyped-def]
    text = "Canada, which has ruled out deploying warships, is flying food to Chad."
    assert is_negated(parse(text, "deploying"), words)  # a phrasal negating head ("rule out")
    assert not is_negated(parse("Chad ruled the north, sending troops to Abeche.", "sending"), words)


def test_events_modality_hypothesis_and_forecast(parse, words) -> None:  # type: ignore[no-untyped-def]
    assert is_hypothetical(parse("If Serbia attacks Kosovo, NATO will respond.", "attacks"), words)
    assert is_hypothetical(parse("Serbia could attack Kosovo.", "attack"), words)
    assert is_hypothetical(parse("Ministers are expected to approve the deal.", "approve"), words)  # a forecast
    assert not is_hypothetical(parse("Serbia attacked Kosovo.", "attacked"), words)


def test_events_modality_bound_in_the_present_is_still_to_be_met(parse, words) -> None:  # type: ignore[no-untyped-def]
    text = "Bamako refused to reopen the market until Dakar signs a new customs accord."
    assert is_hypothetical(parse(text, "signs"), words)
    text = "Oslo paused the talks before Moscow has withdrawn its trawlers."
    assert is_hypothetical(parse(text, "withdrawn"), words)
    text = "Bamako kept the market shut until Dakar signed a new customs accord."
    assert not is_hypothetical(parse(text, "signed"), words)  # told in the past: the bound was met


def test_events_modality_advice(parse, words) -> None:  # type: ignore[no-untyped-def]
    assert is_advice(parse("Uzbekistan should cut off the gas.", "cut"), words)
    assert not is_advice(parse("Uzbekistan cut off the gas.", "cut"), words)


def test_events_modality_future(parse, words) -> None:  # type: ignore[no-untyped-def]
    assert is_future(parse("Xi will visit Brazil next month.", "visit"), _trigger("CONSULT"), words)
    assert is_future(parse("They agreed to meet in June.", "meet"), _trigger("CONSULT"), words)
    assert not is_future(parse("Xi visited Brazil last month.", "visited"), _trigger("CONSULT"), words)


def test_events_modality_scheduled_meeting_is_future(parse, words) -> None:  # type: ignore[no-untyped-def]
    # "are due to meet", "are to meet": a meeting on the calendar, not one held nor a mere forecast
    due = parse("Ethiopian and Djiboutian officials are due to meet in Dire Dawa next week.", "meet")
    assert is_future(due, _trigger("CONSULT"), words) and not is_hypothetical(due, words)
    assert is_future(parse("The two ministers are to meet in Paris next month.", "meet"), _trigger("CONSULT"), words)
    assert not is_future(parse("The two ministers were in Paris to meet.", "meet"), _trigger("CONSULT"), words)


def test_events_modality_present_when_clause_is_future(parse, words) -> None:  # type: ignore[no-untyped-def]
    coming = parse("They are expected to discuss the matter when they meet in August.", "meet")
    assert is_future(coming, _trigger("CONSULT"), words)  # a present tense after "when" tells what is to come
    held = parse("They discussed the matter when they met in August.", "met")
    assert not is_future(held, _trigger("CONSULT"), words)


def test_events_modality_refusal_and_history(parse, words) -> None:  # type: ignore[no-untyped-def]
    refusal = parse("Russia said it would never recognise the government.", "recognise")
    assert refuses_cooperation(refusal, _trigger("SUPPORT"), words)
    assert not refuses_cooperation(refusal, _trigger("ACCUSE"), words)  # only cooperation can be refused
    assert is_historical(parse("Russia had invaded Georgia.", "invaded"))
    assert not is_historical(parse("Russia invaded Georgia.", "invaded"))


def test_events_modality_conditional_threat(parse, words) -> None:  # type: ignore[no-untyped-def]
    assert is_conditional_threat(parse("Chad would strike the camps if the raids continued.", "strike"), words)
    assert is_conditional_threat(parse("The union will strike unless wages are paid.", "strike"), words)
    # the condition itself, a bare possibility and an unconditional promise are no threat
    assert not is_conditional_threat(parse("Chad would strike if the raids continued.", "continued"), words)
    assert not is_conditional_threat(parse("Chad could strike the camps if the raids continued.", "strike"), words)
    assert not is_conditional_threat(parse("Chad will strike the camps.", "strike"), words)


def test_events_modality_reported_hedged_condition_is_a_threat(parse, words) -> None:  # type: ignore[no-untyped-def]
    said = parse("Chad said it could strike the camps if the raids continued.", "strike")
    assert is_conditional_threat(said, words)
    # the speaker's own guess stays a hypothesis
    assert not is_conditional_threat(parse("Chad could strike the camps if the raids continued.", "strike"), words)


def test_events_modality_reported_hedged_hostile_act_is_a_threat(parse, words) -> None:  # type: ignore[no-untyped-def]
    halt = parse("Its spokesman said Belarus could halt the transit of goods.", "halt")
    assert is_hedged_threat(halt, _trigger("SANCTION"), words)
    review = parse("The ministry said it might review relations with Chile.", "review")
    assert is_hedged_threat(review, _trigger("THREATEN"), words)
    # a cooperative act, or a hedge nobody reports, is no threat
    assert not is_hedged_threat(parse("The envoy said both could hold more talks.", "hold"), _trigger("CONSULT"), words)
    assert not is_hedged_threat(parse("Belarus could halt the transit of goods.", "halt"), _trigger("SANCTION"), words)


def test_events_modality_a_phrasal_verb_is_no_plan(parse, words) -> None:  # type: ignore[no-untyped-def]
    # "set up" is no "set to": what it governs is done, not planned
    venture = parse("Latvian Railways set up a joint venture with Uzbekistan.", "venture")
    assert not is_future(venture, _trigger("COOPERATE", "NOUN"), words)
    planned = parse("Russia plans a joint exercise with Belarus.", "exercise")
    assert is_future(planned, _trigger("COOPERATE", "NOUN"), words)


def test_events_modality_a_verb_joined_to_a_promise_is_promised(parse, words) -> None:  # type: ignore[no-untyped-def]
    coop = _trigger("COOPERATE")
    joined = parse("The two forces will conduct joint patrols and share information on crime.", "share")
    assert is_future(joined, coop, words)
    begun = parse("NATO and Jordan will begin sharing information on smuggling.", "sharing")
    assert is_future(begun, coop, words)
    own_subject = parse("Russia will send troops and Ukraine shared intelligence with Poland.", "shared")
    assert not is_future(own_subject, coop, words)  # a clause of its own
    done = parse("The two forces conducted joint patrols and shared information on crime.", "shared")
    assert not is_future(done, coop, words)


def test_events_modality_what_is_undertaken_is_promised(parse, words) -> None:  # type: ignore[no-untyped-def]
    undertook = parse("Kenya and Tanzania undertook to share intelligence on rebel camps.", "share")
    assert is_future(undertook, _trigger("COOPERATE"), words)
    resolved = parse("The two leaders resolved to step up joint operations.", "step")
    assert is_future(resolved, _trigger("COOPERATE"), words)


def test_events_modality_talks_before_an_agreement_were_held(parse, words) -> None:  # type: ignore[no-untyped-def]
    # the talks a time phrase tells of came before the promise, which does not make them future
    text = "After a night of talks, the two generals agreed to reopen the mountain road."
    assert not is_future(parse(text, "talks"), _trigger("CONSULT", "NOUN"), words)
    assert is_future(parse("The two commanders agreed to hold talks.", "talks"), _trigger("CONSULT", "NOUN"), words)


def test_events_modality_standing_state(parse, words) -> None:  # type: ignore[no-untyped-def]
    # a participle held since a time is a state or a tally up to now
    assert is_standing_state(parse("The land border has been closed since 1994.", "closed"), words)
    assert is_standing_state(parse("The crossings, shut since late 2016, stay empty.", "shut"), words)
    assert is_standing_state(parse("Niger has troops fighting Boko Haram alongside Chad.", "fighting"), words)
    # the act itself, or a clause opened by "since" (a cause), is reported
    assert not is_standing_state(parse("Chad closed the border on Monday.", "closed"), words)
    assert not is_standing_state(parse("The airlift has flown 9,000 people out since May.", "flown"), words)
    assert not is_standing_state(parse("Chadian troops fought Boko Haram near Lake Chad.", "fought"), words)
    assert not is_standing_state(parse("Chad has closed the border, since the rebels crossed it.", "closed"), words)


def test_events_modality_demanded_act_is_what_is_asked(parse, words) -> None:  # type: ignore[no-untyped-def]
    # the infinitive hung on a noun of the demand ("letter", "hours") still belongs to the demanding verb
    asked = [
        ("Ghana's president urged his Burkinabe counterpart in a letter to reopen the market.", "reopen"),
        ("Mozambique gave Swaziland 48 hours to pull back its police officers.", "pull"),
        ("The ministry insisted that Ankara withdraw its forces from Iraqi territory.", "withdraw"),
        ("ECOWAS has called on Accra to reopen the crossing.", "reopen"),
    ]
    for text, word in asked:
        assert is_demanded(parse(text, word), words), text
    done = [
        ("Ghana reopened the market after a letter from Burkina Faso.", "reopened"),
        ("Sudan agreed to withdraw its forces from the border.", "withdraw"),
        ("Ankara insisted that its forces had withdrawn from Iraqi territory.", "withdrawn"),
    ]
    for text, word in done:
        assert not is_demanded(parse(text, word), words), text


def test_events_modality_fled_violence_is_background(parse, words) -> None:  # type: ignore[no-untyped-def]
    fled = [
        ("Families say they fled fighting between the Malian army and armed groups.", "fighting"),
        ("Fighting between government troops and rebels has displaced two million people.", "Fighting"),
        ("Thousands have fled from the attacks in the north.", "attacks"),
        ("Most of the herders fled fighting in eastern Chad earlier this year.", "fighting"),
    ]
    for text, word in fled:
        assert is_fled_violence(parse(text, word), words), text
    assert not is_fled_violence(parse("Mali condemned the attacks in the north.", "attacks"), words)
    assert not is_fled_violence(parse("Chadian troops fled after fighting Sudanese rebels.", "fighting"), words)


def test_events_modality_purpose_of_a_planned_meeting_is_planned(parse, words) -> None:  # type: ignore[no-untyped-def]
    consult = _trigger("CONSULT")
    due = parse("The two interior ministers are due to gather in Arusha next week to discuss refugees.", "discuss")
    assert is_future(due, consult, words)
    scheduled = parse("The Kenyan envoy is scheduled to visit Kampala on Monday to discuss the border.", "discuss")
    assert is_future(scheduled, consult, words)
    copula = parse("Indian officials are to meet in Colombo later this month to discuss fishing.", "discuss")
    assert is_future(copula, consult, words)
    held = parse("The two interior ministers met in Arusha last week to discuss refugees.", "discuss")
    assert not is_future(held, consult, words)


def test_events_modality_due_somewhere_for_talks_is_future(parse, words) -> None:  # type: ignore[no-untyped-def]
    talks = _trigger("CONSULT", "NOUN")
    due = parse("Zambia's trade minister is due in Harare next week for talks on tariffs.", "talks")
    assert is_future(due, talks, words)
    came = parse("Zambia's trade minister was in Harare last week for talks on tariffs.", "talks")
    assert not is_future(came, talks, words)


def test_events_modality_a_noun_of_intent_plans_its_infinitive(parse, words) -> None:  # type: ignore[no-untyped-def]
    consult = _trigger("CONSULT")
    ready = parse("The government reaffirmed its readiness to hold talks with the rebels.", "hold")
    assert is_future(ready, consult, words)
    understood = parse("The two armies reached an understanding to hold weekly meetings at the bridge.", "hold")
    assert is_future(understood, consult, words)
    consented = parse("The two delegations consented to meet again in Lusaka in May.", "meet")
    assert is_future(consented, consult, words)
    signed = parse("The raid was the first under an agreement signed in March by the two armies.", "signed")
    assert not is_future(signed, _trigger("SUPPORT"), words)  # a participle tells what was done to the pact


def test_events_modality_a_tensed_verb_joined_to_a_promise_is_not_promised(parse, words) -> None:  # type: ignore[no-untyped-def]
    accuse = _trigger("ACCUSE")
    text = "Lula said his government would never recognise the junta and accused Washington of backing a coup."
    assert not is_future(parse(text, "accused"), accuse, words)
    joined = parse("Quito said it would recall its envoy and accuse Lima of backing the rebels.", "accuse")
    assert is_future(joined, accuse, words)


def test_events_modality_a_dated_trip_in_the_present_is_scheduled(parse, words) -> None:  # type: ignore[no-untyped-def]
    consult = _trigger("CONSULT")
    assert is_future(parse("The Uzbek president flies on to Vilnius on Friday.", "flies"), consult, words)
    assert is_future(parse("The Kazakh president travels to Tbilisi next week.", "travels"), consult, words)
    assert not is_future(parse("The Uzbek president flew on to Vilnius on Friday.", "flew"), consult, words)
    assert not is_future(parse("The Uzbek president lands in Vilnius.", "lands"), consult, words)


def test_events_modality_a_call_that_continues_goes_on_now(parse, words) -> None:  # type: ignore[no-untyped-def]
    request = _trigger("REQUEST")
    now = parse("The WFP continues to call for the release of its staff.", "call")
    assert not is_future(now, request, words)
    later = parse("The WFP said it will continue to call for the release of its staff.", "call")
    assert is_future(later, request, words)


def test_events_modality_habitual_clause_is_no_event(parse, words) -> None:  # type: ignore[no-untyped-def]
    # a custom or a summary of years is told, not an act of the story
    assert is_habitual(parse("Moscow routinely denies such violations.", "denies"), words)
    assert is_habitual(parse("Kidnapped crews are usually taken to camps and freed later.", "freed"), words)
    assert is_habitual(parse("Mauritania has faced attacks by militants in recent years.", "attacks"), words)
    # a dated act, or a recent span of weeks, is reported
    assert not is_habitual(parse("Moscow denied the violations on Monday.", "denied"), words)
    assert not is_habitual(parse("Insurgents have stepped up raids in recent weeks.", "raids"), words)
    assert not is_habitual(parse("Chad has closed the border for years.", "closed"), words)


def test_events_modality_perfect_verb_over_years_is_no_event(parse, words) -> None:  # type: ignore[no-untyped-def]
    # acts repeated over years, told with a perfect verb, sum up a history
    assert is_habitual(parse("Local drivers have complained for years about the checkpoint.", "complained"), words)
    text = "The group has held similar protests every August for more than a decade."
    assert is_habitual(parse(text, "protests"), words)
    # a counted span may be one act lasting that long; a state begun once is the act told
    assert not is_habitual(parse("Tehran has detained him for two years.", "detained"), words)
    assert not is_habitual(parse("Chad has closed the border for years.", "closed"), words)
    # a progressive tells an act still going on
    text = "The two navies have been conducting joint patrols along the border for many years."
    assert not is_habitual(parse(text, "patrols"), words)
    # the span belongs to its own verb: a new act joined by "and" is reported
    text = "Drivers have complained for years and on Monday they blocked the road."
    assert not is_habitual(parse(text, "blocked"), words)


def test_events_modality_long_standing_grievance_is_no_event(parse, words) -> None:  # type: ignore[no-untyped-def]
    text = "Local fishermen have long complained that their catches are being taken by foreign boats."
    assert is_habitual(parse(text, "complained"), words)
    # a dated complaint is reported, and an accusation held long is still coded
    text = "Local fishermen complained on Monday that their catches were taken."
    assert not is_habitual(parse(text, "complained"), words)
    assert not is_habitual(parse("Tehran has long accused Baku of sheltering rebels.", "accused"), words)


def test_events_modality_would_of_a_reported_second_verb_is_no_hypothesis(parse, words) -> None:  # type: ignore[no-untyped-def]
    # "said X would welcome talks but would not reverse": the verb joined to the reported one is reported too
    text = "Zimbabwe said Harare would welcome talks but would not reverse its decision."
    assert not is_hypothetical(parse(text, "reverse"), words)
    # a "would" joined to a verb nobody reports stays a hypothesis
    assert is_hypothetical(parse("Harare would welcome talks but would not reverse its decision.", "reverse"), words)


def test_events_modality_subject_denied_by_no_negates(parse, words) -> None:  # type: ignore[no-untyped-def]
    assert is_negated(parse("No country would tell Peru how to run its courts.", "tell"), words)
    assert not is_negated(parse("Every country would tell Peru how to run its courts.", "tell"), words)


def test_events_modality_decided_measure_is_done(parse, words) -> None:  # type: ignore[no-untyped-def]
    # a decision taken puts a sanction or retreat in force; a decision to cooperate stays a promise
    text = "The cabinet has decided to suspend all fishing permits for Ruritanian trawlers."
    assert not is_future(parse(text, "suspend"), _trigger("SANCTION"), words)
    text = "The governor decided to lift the curfew on the valley towns."
    assert not is_future(parse(text, "lift"), _trigger("RETREAT"), words)
    text = "The two ministers decided to set up a joint patrol unit."
    assert is_future(parse(text, "set"), _trigger("COOPERATE"), words)
    text = "The cabinet will decide to suspend the permits if the trawlers return."
    assert is_future(parse(text, "suspend"), _trigger("SANCTION"), words)


def test_events_modality_promise_on_condition(parse, words) -> None:  # type: ignore[no-untyped-def]
    held = parse("Mali said it would reopen the crossing if Niger paid the fees.", "reopen")
    assert is_promise_on_condition(held, words)
    ready = parse("Mali was ready to reopen the crossing if Niger paid the fees.", "ready")
    assert is_promise_on_condition(ready, words)  # the condition hangs from the infinitive
    assert not is_promise_on_condition(parse("Mali said it would reopen the crossing on Friday.", "reopen"), words)


def test_events_modality_wished_clause(parse, words) -> None:  # type: ignore[no-untyped-def]
    assert is_wished(parse("Farmers hope the ministry will pay for the new wells.", "pay"), words)
    assert is_wished(parse("She voiced the hope that Chad would reopen the road.", "reopen"), words)
    assert not is_wished(parse("The ministry said it will pay for the new wells.", "pay"), words)


def test_events_modality_ending_verb_negates_only_its_object(parse, words) -> None:  # type: ignore[no-untyped-def]
    # what an ending verb stops did not go on; how or when it stopped did happen
    assert is_negated(parse("The rivals agreed to end ten days of fighting.", "fighting"), words)
    assert not is_negated(parse("The unrest ended with the burning of a police station.", "burning"), words)
    assert not is_negated(parse("The firm halted its mine after an attack on the town.", "attack"), words)
    assert not is_negated(parse("The envoy ended his stay with a pledge to build a bridge.", "pledge"), words)


def test_events_modality_protest_ended_after_its_length_was_held(parse, words) -> None:  # type: ignore[no-untyped-def]
    # the length told says the protest went on that long; ended with no length, it stops
    assert not is_negated(parse("The farmers ended a two-day protest outside the embassy.", "protest"), words)
    assert not is_negated(parse("The drivers went home, ending a week-long blockade.", "blockade"), words)
    assert is_negated(parse("The farmers agreed to end their protest outside the embassy.", "protest"), words)
    assert is_negated(parse("The two sides ended a ten-year war.", "war"), words)


def test_events_modality_lifted_or_called_off_object_did_not_go_on(parse, words) -> None:  # type: ignore[no-untyped-def]
    # a blockade or sit-in lifted, a visit cancelled or postponed: what the verb stops is no act held
    assert is_negated(parse("The herders lifted their sit-in at the crossing on Friday.", "in"), words)
    assert is_negated(parse("Lusaka postponed the talks with Harare until June.", "talks"), words)
    assert is_negated(parse("The minister cancelled his visit to Maputo.", "visit"), words)
    assert is_negated(parse("The unions called off their protest after the talks.", "protest"), words)


def test_events_modality_meeting_of_past_outcome_was_held(parse, words) -> None:  # type: ignore[no-untyped-def]
    # the promise made at a meeting is to come, the meeting itself was held
    consult = _trigger("CONSULT", "NOUN")
    text = "Fisheries ministers agreed at a meeting in Tallinn on Friday to share catch data."
    assert not is_future(parse(text, "meeting"), consult, words)
    text = "The accord had been agreed at talks in Riga in March."
    assert not is_future(parse(text, "talks"), consult, words)
    text = "Fisheries ministers are expected to agree at a meeting in Tallinn next week to share catch data."
    assert is_future(parse(text, "meeting"), consult, words)


def test_events_modality_clause_before_a_negated_verb_keeps_its_act(parse, words) -> None:  # type: ignore[no-untyped-def]
    text = "Kyiv has offered to sell wheat at cost; Moscow has not yet replied."
    assert not is_negated(parse(text, "offered"), words)
    assert is_negated(parse("Minsk did not hear that Kyiv had offered wheat.", "offered"), words)
