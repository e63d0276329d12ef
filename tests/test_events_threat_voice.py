"""Threats told with no doer and no speaker in their sentence (the issuing text's own voice), the
speaker a pronoun shares with a joined clause, and the THREATEN rows 'evaluate relations' and
'will not stand by'."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_pronouns_unattributed_threat_is_the_issuers(pipeline: Pipeline) -> None:
    text = (
        "Sudan accused Uganda of arming rebels in the south. "
        "Any act of aggression against Uganda's territory will receive a swift and appropriate response."
    )
    found = roles_of_type(pipeline, text, "THREATEN", outlet="UGA")
    assert found and found[0][0] == ["UGA"]


def test_pronouns_promise_told_in_the_passive_by_the_issuer(pipeline: Pipeline) -> None:
    text = "Liberian police crossed onto the islet. Any attempt to alter the status quo by force will be resisted."
    found = roles_of_type(pipeline, text, "THREATEN", outlet="SLE")
    assert found and found[0][0] == ["SLE"]


def test_pronouns_unattributed_sentence_with_unread_speaker_stays_unread(pipeline: Pipeline) -> None:
    # a verb of saying whose speaker the coder cannot name: the issuer is not assumed to speak
    text = "The task force said any stray shells landing on its soil would be answered."
    assert roles_of_type(pipeline, text, "THREATEN", outlet="THA") == []


def test_pronouns_it_after_joined_speech_verb_is_the_shared_subject(pipeline: Pipeline) -> None:
    text = 'Kyrgyzstan called the ultimatum "unfriendly" and said it would retaliate by barring Kazakh airlines.'
    found = roles_of_type(pipeline, text, "THREATEN")
    assert found and found[0][0] == ["KGZ"]


def test_events_evaluate_relations_promised_is_a_threat(pipeline: Pipeline) -> None:
    found = roles_of_type(pipeline, "Venezuela said it would evaluate all its relations with Panama.", "THREATEN")
    assert found and found[0] == (["VEN"], ["PAN"])
    assert roles_of_type(pipeline, "Venezuela evaluated its relations with Panama last year.", "THREATEN") == []


def test_events_will_not_stand_by_is_a_threat(pipeline: Pipeline) -> None:
    text = 'Serbia said its army "will not stand by" if Serbs in Kosovo were attacked.'
    found = roles_of_type(pipeline, text, "THREATEN")
    assert found and found[0][0] == ["SRB"]
    text = "Britain said the people of Chad are suffering and it cannot stand by."
    assert roles_of_type(pipeline, text, "THREATEN") == []
