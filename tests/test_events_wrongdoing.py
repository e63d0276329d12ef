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
