"""Two coercive acts of different kinds in one sentence stay two events; one act told twice stays one."""

from __future__ import annotations

from _events_setup import coded_events
from parley.document import Entity, Event, Mention
from parley.events._merging import joins_sentence_event
from parley.events._separate_acts import separate_acts


def _coerce(mode: str) -> Event:
    mention = Mention(doc_id="d", sequence=0, start=0, end=1, text="t", event_text=mode)
    return Event(doc_id="d", event="COERCE", actors=[Entity(code="KOR")], mode=mode, mentions=[mention])


def test_separate_acts_seizure_and_arrest_of_different_objects_are_two() -> None:
    seized, arrested = _coerce("seize"), _coerce("arrest")
    objects: dict[int, int | None] = {id(seized): 3, id(arrested): 7}
    assert separate_acts(arrested, seized, objects)
    assert not joins_sentence_event(arrested, [seized], objects)


def test_separate_acts_same_kind_or_shared_object_is_one() -> None:
    arrested, detained, deported = _coerce("arrest"), _coerce("arrest"), _coerce("deport")
    assert not separate_acts(detained, arrested, {id(arrested): 3, id(detained): 7})
    # "arrested and deported 21 migrants": the first verb has no object of its own
    assert not separate_acts(deported, arrested, {id(arrested): None, id(deported): 4})
    assert joins_sentence_event(deported, [arrested], {id(arrested): None, id(deported): 4})


def test_separate_acts_seized_boats_and_arrested_crews_coded_twice(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The South Korean coast guard seized two Chinese fishing boats and arrested 19 crew members on Monday."
    coerce = [e for e in coded_events(rules_pipeline, text) if e[0] == "COERCE"]
    assert len(coerce) == 2


def test_separate_acts_two_mobilisations_of_different_forces_coded_twice(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Burkina Faso said it had called up reservists in Yatenga and moved an artillery battery to Djibo."
    mobilize = [e for e in coded_events(rules_pipeline, text) if e[0] == "MOBILIZE"]
    assert len(mobilize) == 2


def test_separate_acts_one_deployment_of_two_forces_stays_one(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Chad deployed troops and tanks to the border with Sudan."
    assert [e[0] for e in coded_events(rules_pipeline, text)] == ["MOBILIZE"]


def test_separate_acts_an_order_to_move_joins_the_alert_it_follows(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Armenia put its army on full combat alert and ordered battalions to move nearer to the frontier."
    assert [e[0] for e in coded_events(rules_pipeline, text)] == ["MOBILIZE"]


def test_separate_acts_troops_pulled_back_and_curfew_lifted_are_two_retreats(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Armenia pulled its troops back from the border and lifted the curfew in Tavush."
    assert [e[0] for e in coded_events(rules_pipeline, text)] == ["RETREAT", "RETREAT"]


def _concede(trigger: str) -> Event:
    mention = Mention(doc_id="d", sequence=0, start=0, end=1, text="t", event_text=trigger)
    return Event(doc_id="d", event="CONCEDE", actors=[Entity(code="BOL")], trigger=trigger, mentions=[mention])


def test_separate_acts_apology_beside_another_concession_is_two() -> None:
    apologised, promised, regretted = _concede("apologise"), _concede("promise"), _concede("regret")
    assert separate_acts(promised, apologised, {})
    assert not joins_sentence_event(promised, [apologised], {})
    # two apologies ("expressed regret and apologised") are one act told twice
    assert not separate_acts(regretted, apologised, {})


def test_separate_acts_apology_and_promised_repairs_coded_twice(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Bolivia's government minister has apologised to Chile for the damage and promised to pay for repairs."
    assert [e[0] for e in coded_events(rules_pipeline, text)] == ["CONCEDE", "CONCEDE"]


def test_separate_acts_reservists_called_up_and_brigade_sent_are_two(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Tajikistan called up 5,000 reservists on Tuesday and sent a motorised brigade to Gorno-Badakhshan."
    mobilize = [e for e in coded_events(rules_pipeline, text) if e[0] == "MOBILIZE"]
    assert len(mobilize) == 2


def test_separate_acts_vessel_sent_to_shadow_ships_is_one_deployment(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Pakistan's navy sent a patrol vessel to shadow the Indian ships on Monday."
    assert [e[0] for e in coded_events(rules_pipeline, text)] == ["MOBILIZE"]


def test_separate_acts_recall_beside_another_sanction_coded_twice(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana recalled its ambassador from Togo and froze a joint railway project."
    found = [e for e in coded_events(rules_pipeline, text) if e[0] == "SANCTION"]
    assert found == [("SANCTION", ["GHA"], ["TGO"])] * 2


def test_separate_acts_two_economic_sanctions_stay_one(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Canada cut off its military aid to Haiti and revoked the visas of three ministers."
    assert [e[0] for e in coded_events(rules_pipeline, text)].count("SANCTION") == 1


def test_separate_acts_arrests_and_a_closure_coded_twice(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kyrgyz police detained five Tajik farmers and closed the crossing at Kara-Bulak."
    coerce = [e for e in coded_events(rules_pipeline, text) if e[0] == "COERCE"]
    assert len(coerce) == 2


def test_separate_acts_envoy_summoned_and_accusation_made_are_two(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana summoned the Togolese ambassador, and its minister accused the Togolese police of beating traders."
    accuse = [e for e in coded_events(rules_pipeline, text) if e[0] == "ACCUSE"]
    assert len(accuse) == 2


def test_separate_acts_envoy_summoned_to_protest_stays_one(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana summoned the Togolese ambassador on Friday to protest the beating of its traders."
    accuse = [e for e in coded_events(rules_pipeline, text) if e[0] == "ACCUSE"]
    assert len(accuse) == 1


def test_separate_acts_denial_and_accusation_of_another_are_two(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Niger denies blocking Benin's trucks and accuses Benin of blocking its oil exports."
    assert sorted(e[0] for e in coded_events(rules_pipeline, text)) == ["ACCUSE", "REJECT"]


def test_separate_acts_refusal_judged_in_its_own_words_stays_one(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Niger rejected the ECOWAS ultimatum, which its foreign minister called illegal."
    assert [e[0] for e in coded_events(rules_pipeline, text)] == ["REJECT"]


def _protests(pipeline, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e[0] for e in coded_events(pipeline, text) if e[0] == "PROTEST"]


def test_separate_acts_two_coordinated_protest_actions_are_two(rules_pipeline, pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Protesters in Freetown burned a Liberian flag and blocked the road to the embassy on Monday."
    assert _protests(rules_pipeline, text) == ["PROTEST", "PROTEST"]
    assert _protests(pipeline, text) == ["PROTEST", "PROTEST"]


def test_separate_acts_protests_of_two_clauses_with_own_doers_are_two(rules_pipeline, pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hundreds of Ghanaian farmers marched to the Togolese embassy, and Ghanaian students burned an effigy of "
        "the Togolese president."
    )
    assert _protests(rules_pipeline, text) == ["PROTEST", "PROTEST"]
    assert _protests(pipeline, text) == ["PROTEST", "PROTEST"]


def test_separate_acts_a_chant_or_a_step_on_the_same_target_stays_one_protest(rules_pipeline, pipeline) -> None:  # type: ignore[no-untyped-def]
    chant = "Protesters in Accra burnt an effigy of the Togolese president and chanted slogans."
    fire = "Crowds in Accra stormed the Togolese embassy and set it on fire."
    for coder in (rules_pipeline, pipeline):
        assert _protests(coder, chant) == ["PROTEST"]
        assert _protests(coder, fire) == ["PROTEST"]


def _request(*addressees: tuple[str, str]) -> Event:
    mention = Mention(doc_id="d", sequence=0, start=0, end=1, text="t", event_text="urged")
    recipients = [Entity(code=code, entity_text=words) for code, words in addressees]
    return Event(doc_id="d", event="REQUEST", actors=[Entity(code="NOR")], recipients=recipients, mentions=[mention])


def test_separate_acts_requests_to_different_named_parties_are_two() -> None:
    to_sweden, to_finland = _request(("SWE", "Stockholm")), _request(("FIN", "Helsinki"))
    assert separate_acts(to_finland, to_sweden, {})
    assert not joins_sentence_event(to_finland, [to_sweden], {})
    # one party named twice, or a party only guessed from the story, is one request told twice
    assert not separate_acts(_request(("SWE", "Sweden")), to_sweden, {})
    assert not separate_acts(_request(("FIN", "")), to_sweden, {})


def test_separate_acts_demand_and_request_to_other_parties_coded_twice(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Norway demanded an apology from Sweden and asked the European Union to send observers."
    requests = [e for e in coded_events(rules_pipeline, text) if e[0] == "REQUEST"]
    assert sorted(r[2][0] for r in requests) == ["EUR", "SWE"]


def _allegation(recipient: Entity, word: str) -> Event:
    mention = Mention(doc_id="d", sequence=0, start=0, end=1, text="t", event_text=word)
    return Event(doc_id="d", event="ACCUSE", actors=[Entity(code="UGA")], recipients=[recipient], mentions=[mention])


def test_merging_named_state_replaces_one_guessed_for_a_common_noun() -> None:
    # "blamed armed smugglers who he said had come from Rwanda": the smugglers' state was only guessed
    blamed = _allegation(Entity(code="UGA", entity_text="smugglers"), "blamed")
    said = _allegation(Entity(code="RWA", entity_text="Rwanda"), "said")
    assert joins_sentence_event(said, [blamed], {})
    assert blamed.recipient_codes == ["RWA"]


def test_merging_named_recipient_is_kept_over_a_common_noun() -> None:
    blamed = _allegation(Entity(code="RWA", entity_text="Rwanda"), "blamed")
    said = _allegation(Entity(code="UGA", entity_text="smugglers"), "said")
    assert joins_sentence_event(said, [blamed], {})
    assert blamed.recipient_codes == ["RWA"]


def test_separate_acts_rejected_offer_and_refused_to_join_talks_coded_twice(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana rejected a Togolese offer of a border survey and refused to join talks under ECOWAS."
    reject = [e for e in coded_events(rules_pipeline, text) if e[0] == "REJECT"]
    assert len(reject) == 2


def test_separate_acts_rejection_told_with_two_objects_stays_one(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya's interior minister dismissed the walkout as sabotage and ruled out any early vote."
    reject = [e for e in coded_events(rules_pipeline, text) if e[0] == "REJECT"]
    assert len(reject) == 1


def test_separate_acts_cooperation_of_another_word_on_its_own_thing_coded_twice(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Omani and Yemeni coast guards began joint patrols off Mahra on Monday, sharing radar data for once."
    cooperate = [e for e in coded_events(rules_pipeline, text) if e[0] == "COOPERATE"]
    assert len(cooperate) == 2


def test_separate_acts_cooperation_same_word_without_own_object_is_one() -> None:
    mention = Mention(doc_id="d", sequence=0, start=0, end=1, text="t", event_text="share")
    first = Event(doc_id="d", event="COOPERATE", actors=[Entity(code="OMN")], trigger="share", mentions=[mention])
    second = Event(doc_id="d", event="COOPERATE", actors=[Entity(code="OMN")], trigger="exchange", mentions=[mention])
    assert separate_acts(second, first, {id(first): None, id(second): 4})
    assert not separate_acts(second, first, {id(first): 4, id(second): 4})
    assert not separate_acts(first, second, {id(second): 3, id(first): None})
