"""Names given that the parser hangs away from their naming verb ("declared a secretary at the embassy
in Riga persona non grata", "branded the claims baseless"): read by both coders, and a word of the
object's own phrase that names nothing."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from _events_setup import coded_types as _types
from parley import Pipeline, Settings
from parley.events._misplaced_names import names_after_object


@pytest.fixture(scope="module", params=["rules", "learned"])
def coder_pipeline(request: pytest.FixtureRequest, rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline if request.param == "rules" else Pipeline(Settings(coder="learned"))


def test_events_misplaced_names_diplomat_at_an_embassy_declared_unwelcome_is_a_sanction(coder_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Latvia declared a first secretary at the Russian embassy in Riga persona non grata."
    assert ("SANCTION", ["LVA"], ["RUS"]) in _events(coder_pipeline, text)


def test_events_misplaced_names_claims_branded_baseless_are_rejected(coder_pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("REJECT", ["KEN"], ["SOM"]) in _events(coder_pipeline, "Kenya branded the Somali claims baseless.")


def test_events_misplaced_names_object_of_its_own_preposition_names_nothing(coder_pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in _types(coder_pipeline, "Mali called the families of the victims of the aggression.")


def test_events_misplaced_names_stop_at_the_next_verb(rules_pipeline: Pipeline) -> None:
    sdoc = rules_pipeline.nlp("Latvia declared the consul unwelcome and expelled him.")
    obj = next(t for t in sdoc if t.text == "consul")
    words = [w.text for w in names_after_object(obj)]
    assert "unwelcome" in words and "expelled" not in words and "him" not in words


def test_events_misplaced_names_what_before_its_verb_has_none(rules_pipeline: Pipeline) -> None:
    # "what" stands before its verb: the words after it are the clause's subject, no name given
    sdoc = rules_pipeline.nlp("Oslo rejected what the envoy called an unfriendly step.")
    obj = next(t for t in sdoc if t.text == "what")
    assert obj.pos_ not in {"NOUN", "PROPN"}
    assert names_after_object(obj) == []
