"""A statement telling another state's wrongdoing is an accusation (events._wrongdoing): read from
the verb of violation in what is said, by the state that says it against the state that did it."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_events_wrongdoing_said_of_another_state_is_an_accusation(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Accra said Togolese gendarmes had harassed Ghanaian traders at the Aflao crossing."
    assert roles_of_type(rules_pipeline, text, "ACCUSE") == [(["GHA"], ["TGO"])]


def test_events_wrongdoing_claimed_with_a_joined_verb(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Bamako claimed that Mauritanian soldiers had entered Mali and abducted two herders."
    assert roles_of_type(rules_pipeline, text, "ACCUSE") == [(["MLI"], ["MRT"])]


def test_events_wrongdoing_of_the_speakers_own_people_accuses_nobody(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana's police said Ghanaian youths had looted three shops in Tema."
    assert roles_of_type(rules_pipeline, text, "ACCUSE") == []


def test_events_wrongdoing_denied_in_the_clause_accuses_nobody(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Accra said Togolese gendarmes had not harassed anyone at the crossing."
    assert roles_of_type(rules_pipeline, text, "ACCUSE") == []


def test_events_wrongdoing_done_to_the_state_names_no_doer(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Accra said Togolese traders had been harassed by thieves at the crossing."
    assert roles_of_type(rules_pipeline, text, "ACCUSE") == []


def test_events_wrongdoing_alleging_tokens_are_the_alleging_verbs_only(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    from parley.events._wrongdoing import alleging_tokens

    sdoc = rules_pipeline.parse("Lome said the claim was false. Accra claimed traders had been robbed.")
    words = rules_pipeline.lexicon.words
    found = [sdoc[i].text for i in alleging_tokens(sdoc, words)]
    expected = [t.text for t in sdoc if t.pos_ == "VERB" and t.lemma_.lower() in words.alleging_verb]
    assert found == expected
    assert "said" in found and "claim" not in found  # the noun "claim" is no speaking verb


def test_events_wrongdoing_unnamed_men_from_a_state_are_its_own(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Lima shut two crossings, saying smugglers had crossed from Ecuador with stolen cattle."
    assert (["PER"], ["ECU"]) in roles_of_type(rules_pipeline, text, "ACCUSE")


def test_events_wrongdoing_tried_is_told_as_done(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Accra said Togolese agents had tried to smuggle rifles across the lagoon."
    assert roles_of_type(rules_pipeline, text, "ACCUSE") == [(["GHA"], ["TGO"])]


def test_events_wrongdoing_villagers_from_a_state_accuse_nobody(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Lima said hundreds of villagers had crossed from Ecuador to escape the floods."
    assert roles_of_type(rules_pipeline, text, "ACCUSE") == []


def test_events_wrongdoing_unnamed_men_from_a_state_under_the_learned_coder(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Lima shut two crossings, saying smugglers had crossed from Ecuador with stolen cattle."
    assert (["PER"], ["ECU"]) in roles_of_type(pipeline, text, "ACCUSE")


def test_events_wrongdoing_argued_by_a_participle_is_an_accusation(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Uganda went to the regional court, arguing that Kenyan police had harassed its traders."
    assert roles_of_type(rules_pipeline, text, "ACCUSE") == [(["UGA"], ["KEN"])]


def test_events_wrongdoing_argued_under_the_learned_coder(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Accra argued that Togolese gendarmes had violated the border."
    assert roles_of_type(pipeline, text, "ACCUSE") == [(["GHA"], ["TGO"])]


def test_events_wrongdoing_argued_with_no_wrongdoing_accuses_nobody(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Critics argue that the patrols treat the symptom rather than the cause."
    assert roles_of_type(rules_pipeline, text, "ACCUSE") == []
