"""ACCUSE rows of data/triggers.tsv the lexicon once missed: what an act is called, a charge
stated as a clause, an envoy called in, blame held, representations lodged; each read in an
invented sentence, and a near sentence the row must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from _events_setup import coded_types as _types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_act_called_provocative_is_an_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" in _types(pipeline, 'Moscow called the exercises "provocative", as it always does.')


def test_events_act_called_hasty_and_unfair_is_an_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" in _types(pipeline, 'Ecuador called the ban "unjustified and disproportionate".')


def test_events_act_called_retaliation_is_an_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Canberra calls it political retaliation for the inquiry vote.")
    assert found == ["ACCUSE"]  # not a threat of retaliation


def test_events_retaliation_vowed_stays_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in _types(pipeline, "Seoul vowed retaliation for the export curbs.")


def test_events_name_given_as_apposition_is_an_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "an affront" on the object as an apposition, not as the verb's predicate
    text = 'Kenya called the remarks "an affront to its territorial integrity".'
    assert "ACCUSE" in _types(pipeline, text)


def test_events_act_called_a_success_is_no_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in _types(pipeline, "Kenya called the talks a success.")


def test_events_charge_stated_as_a_clause_accuses_its_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya charged that Uganda had violated the 1981 agreement."
    assert ("ACCUSE", ["KEN"], ["UGA"]) in _events(pipeline, text)


def test_events_ambassador_called_in_is_an_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya had called in Ethiopia's ambassador on Friday to demand an explanation."
    assert "ACCUSE" in _types(pipeline, text)


def test_events_reinforcements_called_in_are_no_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in _types(pipeline, "Kenya called in reinforcements on Friday.")


def test_events_state_held_responsible_is_accused(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The Government of Eritrea holds the Ethiopian regime fully responsible for any consequences."
    assert ("ACCUSE", ["ERI"], ["ETH"]) in _events(pipeline, text)


def test_events_representations_lodged_are_an_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "China has lodged stern representations with the U.S. side, she said."
    assert ("ACCUSE", ["CHN"], ["USA"]) in _events(pipeline, text)


def test_events_protest_note_filed_is_an_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" in _types(pipeline, "The Philippines filed a protest note with China on Monday.")


def test_events_adjective_after_the_object_is_the_name_given(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs a quoted adjective on the object (amod); standing after its noun it is what the act is called
    text = 'A US Navy spokesman called the Iranian manoeuvres "unsafe and unprofessional".'
    assert ("ACCUSE", ["USA"], ["IRN"]) in _events(pipeline, text)
    # an adjective before its noun only describes it: no name given, no accusation
    assert "ACCUSE" not in _types(pipeline, "Japan called the unsafe ferry back to port.")


def test_events_name_given_with_as_on_the_object_is_an_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "as" parsed onto the object rather than the verb
    text = 'Cambodia described the remarks as "provocative and irresponsible".'
    assert ("ACCUSE", ["KHM"], []) in _events(pipeline, text)


def test_events_criminal_case_opened_is_an_investigation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Romanian military prosecutors have opened a criminal case against two Moldovan officers."
    assert ("ACCUSE", ["ROU"], ["MDA"]) in _events(pipeline, text)


def test_events_accusation_joined_to_a_denied_gerund_is_made(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser joins "accuses" to "firing", inside what is denied; a tensed verb joins "denies"
    text = "Khartoum denies firing across the border and accuses Kampala of arming the rebels."
    assert ("ACCUSE", ["SDN"], ["UGA"]) in _events(pipeline, text)
    assert "ASSAULT" not in _types(pipeline, text)


def test_events_doubt_raised_as_a_clause_accuses_its_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Tonga's foreign minister questioned why Fiji had closed the port without notice."
    assert ("ACCUSE", ["TON"], ["FJI"]) in _events(pipeline, text)


def test_events_suspects_questioned_by_police_are_no_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    # questioning people in custody is routine police work: training gold codes most such cases as no event
    assert "ACCUSE" not in _types(pipeline, "Police questioned three Malian traders for six hours.")


def test_events_act_said_to_be_a_wrong_noun_is_an_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a noun of wrongdoing as the predicate of "be": the speaker accuses whoever the subject names
    text = "Poland's defence minister said the Belarusian drills were a rehearsal for an attack."
    assert ("ACCUSE", ["POL"], ["BLR"]) in _events(pipeline, text)


def test_events_quoted_wrong_noun_after_be_is_an_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = 'A Kenyan minister said the Ugandan raid on the island had been "a stab in the back".'
    assert ("ACCUSE", ["KEN"], ["UGA"]) in _events(pipeline, text)


def test_events_wrong_noun_with_no_speaker_is_no_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in _types(pipeline, "Every survey ship near the reef is a provocation to somebody.")


def test_events_wrong_noun_not_after_be_is_no_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the noun names the topic of a report, it is no judgement the speaker makes
    text = "Kenya's foreign minister said a report on piracy in the gulf would be published soon."
    assert "ACCUSE" not in _types(pipeline, text)


def test_events_complaint_grumbled_about_a_state_is_an_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Some Tajik officials grumble privately that Uzbekistan is using the floods to win friends in Khatlon."
    assert ("ACCUSE", ["TJK"], ["UZB"]) in _events(pipeline, text)


def test_events_grumbling_about_a_thing_is_no_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a grievance about delays or a bill accuses no one
    assert "ACCUSE" not in _types(pipeline, "Kenyan truckers grumbled about delays at the Ugandan border on Tuesday.")
