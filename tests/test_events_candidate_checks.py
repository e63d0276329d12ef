"""The chain of candidate checks both coders share (parley.events._candidate_checks), on invented
sentences."""

from __future__ import annotations

from typing import Any

from _events_setup import role_finder, token_of
from parley.events._candidate_checks import CHECKS, Reading, failed_check
from parley.events._lexicon import Trigger


def _reading(pipeline: Any, text: str, word: str, trig: Trigger | None = None) -> Reading:
    """The token ``word`` of ``text`` with its lexicon row (or ``trig``, a row the model's type picks)."""
    roles = role_finder(pipeline, text)
    token = token_of(roles.ctx, word)
    row = trig if trig is not None else roles.matcher.match(token)
    assert row is not None
    return Reading(token, row, roles, future=False, threat=row.type == "THREATEN")


def test_events_candidate_checks_names_are_unique_and_skips_are_few() -> None:
    names = [check.name for check in CHECKS]
    assert len(names) == len(set(names))
    # each coder skips only the few checks its own reading settles (named, with the reason)
    assert sorted(check.name for check in CHECKS if not check.rules) == [
        "alleged_accused",
        "completes_verb",
        "said_forecast",
        "standing_role",
    ]
    skipped = [
        "alleged",
        "content_of_outer",
        "public_notice",
        "aim_of_protest",
        "background_violence",
        "judged",
        "describes",
        "noun_modifier",
    ]
    assert [check.name for check in CHECKS if not check.learned] == skipped


def test_events_candidate_checks_asserted_act_passes_for_both_coders(pipeline) -> None:  # type: ignore[no-untyped-def]
    reading = _reading(pipeline, "Peru expelled two Bolivian diplomats on Monday.", "expelled")
    assert failed_check(reading, "rules") is None
    assert failed_check(reading, "learned") is None


def test_events_candidate_checks_commentators_warning_is_no_threat_for_either_coder(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Economists warned that the deficit could grow."
    threat = Trigger("warn", "VERB", "THREATEN", None, "130", "", "")
    reading = _reading(pipeline, text, "warned", threat)
    assert failed_check(reading, "rules") == "commentator_warning"
    assert failed_check(reading, "learned") == "commentator_warning"


def test_events_candidate_checks_participle_of_a_release_is_taken_for_both_coders(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ankara demanded the release of the sailors detained in the port."
    reading = _reading(pipeline, text, "detained")
    assert failed_check(reading, "rules") == "taken"
    assert failed_check(reading, "learned") == "taken"


def test_events_candidate_checks_complement_of_an_agreement_is_turned_down_by_the_rules_only(pipeline) -> None:  # type: ignore[no-untyped-def]
    reading = _reading(pipeline, "The two leaders agreed to reopen their embassies.", "reopen")
    assert failed_check(reading, "rules") == "content_of_outer"
    assert failed_check(reading, "learned") is None


def test_events_candidate_checks_standing_role_is_read_by_the_learned_coder_only(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the model may read the bare present "hosts" as aid; the rules' row condition already turns it down
    aid = Trigger("host", "VERB", "AID", None, "070", "", "")
    reading = _reading(pipeline, "Chad hosts 40,000 Sudanese refugees.", "hosts", aid)
    assert failed_check(reading, "learned") == "standing_role"
    # the rules' chain lets the word through: their row's own condition (notpresent) turns it down
    assert failed_check(reading, "rules") is None


def test_events_candidate_checks_aim_of_protest_is_left_to_the_model(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "About 500 fishermen marched to the governor's office on Monday to demand compensation."
    reading = _reading(pipeline, text, "demand")
    assert failed_check(reading, "rules") == "aim_of_protest"
    assert failed_check(reading, "learned") is None


def test_events_candidate_checks_noun_modifier_is_left_to_the_model(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Ethiopia, Djibouti sign deal": a headline's verb the parser takes for a modifier of the next noun
    trig = Trigger("sign", "NOUN", "SUPPORT", None, "057", "", "")
    reading = _reading(pipeline, "Ethiopia, Djibouti sign deal to boost power exports", "sign", trig)
    assert reading.token.dep_ in {"compound", "amod"}
    assert failed_check(reading, "rules") == "noun_modifier"
    assert failed_check(reading, "learned") is None


def test_events_candidate_checks_thanked_act_is_left_to_the_model(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Hanoi thanked Japan for donating medical supplies to its army."
    reading = _reading(pipeline, text, "donating")
    assert failed_check(reading, "rules") == "alleged"
    assert failed_check(reading, "learned") is None


def test_events_candidate_checks_accused_act_is_alleged_for_both_coders(pipeline) -> None:  # type: ignore[no-untyped-def]
    reading = _reading(pipeline, "Peru accused Ecuador on Monday of holding four Peruvian fishermen.", "holding")
    assert failed_check(reading, "rules") == "alleged"
    assert failed_check(reading, "learned") == "alleged_accused"
