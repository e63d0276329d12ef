"""The public match helpers of ``parley.evaluate`` (``date_ok``, ``place_ok``, ``entity_codes``,
``reading_matches``, ``same_sentence``, ``pick_gold``) keep the scorer's rules; records and events are made up."""

from __future__ import annotations

from typing import Any

import parley.evaluate
from parley.evaluate import GoldEvent, date_ok, entity_codes, pick_gold, place_ok, reading_matches, same_sentence
from parley.evaluate._gold import Reading

_READING = Reading(type="ACCUSE", actors=frozenset({"AAA"}), recipients=frozenset({"BBB"}), symmetric=False)


def _event(evidence: str, required: bool = True) -> GoldEvent:
    return GoldEvent(id="e", readings=(_READING,), date=None, place=None, required=required, evidence=evidence)


def _pred(**extra: Any) -> dict[str, Any]:
    return {"event": ["ACCUSE"], "actor": [{"code": "AAA"}], "recipient": [{"code": "BBB"}, "junk"], **extra}


def test_evaluate_match_entity_codes_skips_non_dicts() -> None:
    assert entity_codes([{"code": "AAA"}, "x", {"code": "BBB"}]) == {"AAA", "BBB"} and entity_codes(None) == set()


def test_evaluate_match_reading_matches_type_and_sides() -> None:
    assert reading_matches(_pred(), _READING)
    assert not reading_matches(_pred(event=["THREATEN"]), _READING)
    assert not reading_matches(_pred(recipient=[{"code": "CCC"}]), _READING)


def test_evaluate_match_same_sentence_and_pick_gold() -> None:
    pred = _pred(text="Ministers  of Aland accused\nBorvia of fraud.")
    inside, outside = _event("Ministers of Aland accused Borvia"), _event("Another sentence entirely")
    assert same_sentence(pred, inside) and not same_sentence(pred, outside)
    assert pick_gold(pred, [outside, inside], set()) == 1  # the event its sentence proves comes first
    assert pick_gold(pred, [outside, inside], {1}) == 0


def test_evaluate_match_date_ok_needs_the_gold_precision() -> None:
    assert date_ok("2020-05", {"date": "2020-05-03", "date_precision": "day"})
    assert not date_ok("2020-05-03", {"date": "2020-05-01", "date_precision": "month"})
    assert not date_ok("2020-06", {"date": "2020-05-03"})


def test_evaluate_match_place_ok_reads_any_place_field() -> None:
    assert place_ok("Valdoria", {"event_loc": {"city": "valdoria"}})
    assert not place_ok("Valdoria", {"event_loc": {"resolved_place": "Elsewhere"}})


def test_evaluate_match_helpers_are_listed_public() -> None:
    for name in ("pick_gold", "entity_codes", "reading_matches", "same_sentence", "date_ok", "place_ok"):
        assert name in parley.evaluate.__all__ and callable(getattr(parley.evaluate, name))
