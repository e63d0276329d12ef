"""Who was taken, not a new taking (parley.events._candidate_checks.describes_taken): a participle of force or
of a measure that only says which people or goods a preposition's noun is ("an amnesty for activists
detained during the campaign", "called for the release of personnel still detained in Yemen") is no
event of its own, for either coder; one that names its doer ("sailors abducted by Somali
pirates") and a participle that is the sentence's own verb still tell the act."""

from __future__ import annotations

from _events_setup import coded_types as _types
from parley.pipeline import Pipeline

_AMNESTY = "Chad's president announced an amnesty for 27 Cameroonian activists detained during the campaign."
_RELEASE = "Kenya called for the release of all Kenyan aid workers still detained in Somalia."


def test_events_taken_participle_after_a_preposition_is_no_event_for_the_rules(rules_pipeline: Pipeline) -> None:
    assert "COERCE" not in _types(rules_pipeline, _AMNESTY)
    assert "COERCE" not in _types(rules_pipeline, _RELEASE)
    assert "REQUEST" in _types(rules_pipeline, _RELEASE)


def test_events_taken_participle_after_a_preposition_is_no_event_for_the_learned_coder(pipeline: Pipeline) -> None:
    assert "COERCE" not in _types(pipeline, _AMNESTY)
    assert "COERCE" not in _types(pipeline, _RELEASE)


def test_events_taken_participle_with_its_doer_or_as_the_verb_stays(rules_pipeline: Pipeline) -> None:
    text = "Manila urged Tripoli to settle the cases of Filipino workers abducted by Libyan gunmen."
    assert "ASSAULT" in _types(rules_pipeline, text)
    assert "COERCE" in _types(rules_pipeline, "Cameroonian police detained 27 Chadian activists during the campaign.")
