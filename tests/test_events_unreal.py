"""What did not happen (parley.events._modality.is_unreal): a condition put before its subject with
no "if" ("Should the coast guard try to arrest ...", "Had the vessel entered ...") and what would
have happened ("the army would have moved more troops") are no events for either coder; a passive
attendance ("The summit was attended by ...") and a requirement met ("met every condition",
parley.events._told_acts.meets_requirement) are no meetings."""

from __future__ import annotations

from _events_setup import coded_types as _types
from parley.events._modality import is_unreal
from parley.events._told_acts import meets_requirement
from parley.pipeline import Pipeline


def test_events_unreal_inverted_condition_and_counterfactual(parse, words) -> None:  # type: ignore[no-untyped-def]
    text = "Should the coast guard try to arrest a Russian vessel, the fleet could send a destroyer."
    assert is_unreal(parse(text, "arrest"), words)  # through the infinitive of "try"
    assert is_unreal(parse("Had the work continued, the army would have moved more troops.", "moved"), words)
    assert is_unreal(parse("Had the vessel entered the bay, police would block it.", "entered"), words)


def test_events_unreal_plain_past_and_perfect_are_real(parse, words) -> None:  # type: ignore[no-untyped-def]
    assert not is_unreal(parse("The coast guard arrested a Russian vessel on Monday.", "arrested"), words)
    assert not is_unreal(parse("Kenya had arrested two Somali men before the talks.", "arrested"), words)
    assert not is_unreal(parse("Officials said the army would move more troops.", "move"), words)
    text = "The guards had held the farmer for two days and were themselves detained a week later."
    assert not is_unreal(parse(text, "detained"), words)


def test_events_unreal_is_no_event_for_the_rules(rules_pipeline: Pipeline) -> None:
    text = "Had the work continued, the Ethiopian army would have moved more troops to the pass, he added."
    assert _types(rules_pipeline, text) == []
    text = "Should the Norwegian coast guard try to arrest a Russian vessel, the Northern Fleet could send a destroyer."
    assert "COERCE" not in _types(rules_pipeline, text)


def test_events_unreal_is_no_event_for_the_learned_coder(pipeline: Pipeline) -> None:
    text = "Should the Norwegian coast guard try to arrest a Russian vessel, the Northern Fleet could send a destroyer."
    assert "COERCE" not in _types(pipeline, text)


def test_events_unreal_passive_attendance_is_no_meeting(rules_pipeline: Pipeline) -> None:
    assert _types(rules_pipeline, "The Summit was attended by the Presidents of Kenya and Uganda.") == []
    assert _types(rules_pipeline, "Kenya's president attended the summit in Addis Ababa on Monday.") == ["CONSULT"]


def test_events_unreal_requirement_met_is_no_meeting(parse, words, rules_pipeline: Pipeline) -> None:  # type: ignore[no-untyped-def]
    assert meets_requirement(parse("Lome had met every condition Accra had set.", "met"), words)
    assert not meets_requirement(parse("Togo's minister met his Ghanaian counterpart.", "met"), words)
    text = "Togo's trade minister said Lome had met every condition Accra had set."
    assert "CONSULT" not in _types(rules_pipeline, text)
    assert "CONSULT" in _types(rules_pipeline, "Togo's trade minister met his Ghanaian counterpart in Accra on Monday.")
