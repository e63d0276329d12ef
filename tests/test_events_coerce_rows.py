"""Acts the rules once missed: goods "taken away" (spaCy reads "away" as an adverb, not a
particle), homes or offices raided by police, fences torn down by villagers, people or boats held
(a passive), boats or people caught by a patrol; each read in an invented sentence, with a near
sentence the rule must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from parley.pipeline import Pipeline
from parley.settings import Settings


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _types(found: list[tuple[str, list[str], list[str]]]) -> list[str]:
    return [e[0] for e in found]


def test_typing_goods_taken_away_coerce(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Ethiopian soldiers took away the nets and boats of Kenyan fishermen.")
    assert ("COERCE", ["ETH"], ["KEN"]) in found


def test_typing_people_taken_away_by_police_coerce(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "A Kenyan fisherman was taken away by the Ethiopian police.")
    assert ("COERCE", ["ETH"], ["KEN"]) in found


def test_typing_police_raiding_homes_coerce(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Nigerian police raided two homes of Cameroonian refugees in Lagos.")
    assert "COERCE" in _types(found) and "ASSAULT" not in _types(found)


def test_typing_rebels_raiding_villages_stay_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Ugandan rebels raided three Congolese villages.")
    assert "ASSAULT" in _types(found) and "COERCE" not in _types(found)


def test_typing_villagers_tearing_down_a_fence_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Residents of an Uzbek village tore down a fence that Kyrgyz surveyors had put up.")
    assert "PROTEST" in _types(found)


def test_typing_barricades_torn_down_no_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Serbian police tore down the barricades that Kosovo Serbs had put up.")
    assert "ASSAULT" not in _types(found) and "PROTEST" not in _types(found)


def test_typing_people_held_coerce(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Four Togolese fishermen were held by Ghanaian police for a week.")
    assert ("COERCE", ["GHA"], ["TGO"]) in found


def test_typing_passive_held_after_perfect_coerce(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(
        pipeline, "Ghana released six Togolese drivers who had been held by its customs officers for a month."
    )
    assert ("COERCE", ["GHA"], ["TGO"]) in found


def test_typing_talks_held_stay_consult(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Talks between Ghana and Togo were held in Accra.")
    assert "COERCE" not in _types(found)


def test_typing_people_held_coerce_learned() -> None:
    learned = Pipeline(Settings(coder="learned"))
    found = _events(learned, "Four Togolese fishermen were held by Ghanaian police for a week.")
    assert "COERCE" in _types(found)


def test_typing_migrants_expelled_coerce(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Morocco expelled three hundred Senegalese migrants last week.")
    assert "COERCE" in _types(found) and "SANCTION" not in _types(found)


def test_typing_diplomats_expelled_stay_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Morocco expelled two Senegalese diplomats last week.")
    assert "SANCTION" in _types(found) and "COERCE" not in _types(found)


def test_typing_boat_caught_by_a_patrol_coerce(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "A Senegalese patrol boat caught a Gambian trawler inside the bay on Friday.")
    assert ("COERCE", ["SEN"], ["GMB"]) in found


def test_typing_fish_caught_stay_no_coercion(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Senegalese fishermen caught more tuna than Gambian boats this season.")
    assert "COERCE" not in _types(found)


def test_events_coerce_rows_stripped_of_citizenship_active(pipeline) -> None:  # type: ignore[no-untyped-def]
    # active, the parser hangs "of their citizenship" on the object, not on the verb
    found = _events(pipeline, "Belarus stripped three Polish journalists of their accreditation on Friday.")
    assert ("COERCE", ["BLR"], ["POL"]) in found


def test_events_coerce_rows_stripped_of_assets_is_no_restriction(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Belarus stripped three Polish firms of their assets on Friday.")
    assert "COERCE" not in _types(found)


def test_events_coerce_rows_fishermen_held_active_coerce(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Gabon's navy was still holding nine Beninese fishermen on Tuesday.")
    assert ("COERCE", ["GAB"], ["BEN"]) in found


def test_events_coerce_rows_lorries_held_up_at_a_crossing_coerce(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Zambian customs held up 200 Malawian lorries at the Mwami crossing for a week.")
    assert ("COERCE", ["ZMB"], ["MWI"]) in found


def test_events_coerce_rows_boat_holding_migrants_no_coercion(pipeline: Pipeline) -> None:
    found = _events(pipeline, "A Libyan boat holding sixty Gambian migrants sank off Lampedusa on Monday.")
    assert "COERCE" not in _types(found)


def test_events_coerce_rows_lorries_held_up_coerce_learned() -> None:
    learned = Pipeline(Settings(coder="learned"))
    found = _events(learned, "Zambian customs held up 200 Malawian lorries at the Mwami crossing for a week.")
    assert "COERCE" in _types(found)


def test_events_coerce_rows_police_searching_cars_coerce(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Moldovan customs officers began searching every Ukrainian car on Friday.")
    assert ("COERCE", ["MDA"], ["UKR"]) in found


def test_events_coerce_rows_patrol_stopping_boats_coerce(pipeline: Pipeline) -> None:
    found = _events(pipeline, "Gambian navy patrols stopped two Senegalese fishing boats near Banjul on Sunday.")
    assert ("COERCE", ["GMB"], ["SEN"]) in found


def test_events_coerce_rows_joint_check_searching_lorries_no_coercion(pipeline: Pipeline) -> None:
    found = _events(
        pipeline, "Malian and Nigerien police began the joint checks on Monday, searching lorries for weapons."
    )
    assert "COERCE" not in _types(found)
