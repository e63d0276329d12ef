"""Protests and sanctions the rules once misread: a road blocked by traders, people protesting a plan,
a crowd gathered outside a building, a ban imposed on imports; each read in an invented sentence,
and a near sentence the rule must leave alone."""

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


def test_typing_traders_blocking_a_crossing_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Hundreds of Mozambican traders blocked the Zobue border crossing on Monday.")
    assert "PROTEST" in _types(found) and "COERCE" not in _types(found)


def test_typing_police_blocking_a_crossing_coerce(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Malawian police blocked the Zobue border crossing on Monday.")
    assert "COERCE" in _types(found) and "PROTEST" not in _types(found)


def test_typing_activists_protesting_a_plan_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Argentine activists were protesting a planned expansion of a Uruguayan pulp mill.")
    assert "PROTEST" in _types(found) and "ACCUSE" not in _types(found)


def test_typing_government_protesting_a_plan_accuses(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Argentina protested Uruguay's plan to expand the pulp mill.")
    assert "ACCUSE" in _types(found) and "PROTEST" not in _types(found)


def test_typing_protest_outside_a_building_is_a_demonstration(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "About 40 members of the Haitian community protested outside the Jamaican ministry.")
    assert "PROTEST" in _types(found) and "ACCUSE" not in _types(found)


def test_typing_crowd_gathered_outside_an_embassy_protests(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Several hundred Haitians gathered outside the Dominican consulate on Monday.")
    assert "PROTEST" in _types(found)


def test_typing_leaders_gathered_in_a_city_no_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "European leaders gathered in Brussels on Monday.")
    assert "PROTEST" not in _types(found)


def test_typing_sit_in_held_is_a_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Congolese women traders held a sit-in at the Rwandan border crossing on Monday.")
    assert "PROTEST" in _types(found)


def test_typing_sit_ins_staged_are_a_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the row names the hyphenated word whole ("sit-in"), read through its parts as parsed
    found = _events(pipeline, "Nepalese porters staged sit-ins outside the Indian consulate on Tuesday.")
    assert "PROTEST" in _types(found)


def test_typing_ban_imposed_on_imports_is_a_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "South Korea imposed a ban on Japanese scallops last year.")
    assert ("SANCTION", ["KOR"], ["JPN"]) in found


def test_typing_truckers_blocking_a_road_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Chilean truckers blocked the approach to the crossing with Argentina on Monday.")
    assert "PROTEST" in _types(found) and "COERCE" not in _types(found)


def test_typing_workers_going_on_strike_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Argentine metalworkers went on a 24-hour strike on Monday.")
    assert "PROTEST" in _types(found)


def test_typing_miners_downing_tools_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "About 800 Bosnian miners downed tools on Wednesday.")
    assert "PROTEST" in _types(found)


def test_typing_human_chain_formed_is_a_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Thousands of Bangladeshis formed human chains in Dhaka on Sunday.")
    assert "PROTEST" in _types(found)


def test_typing_government_formed_is_no_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kenya's president formed a new government on Sunday.")
    assert "PROTEST" not in _types(found)


def test_merging_blockade_demand_folds_into_the_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the participle says what the blockade is for: one protest, no second REQUEST event
    found = _events(pipeline, "Honduran growers blocked highways near Santa Rosa on Monday, demanding government help.")
    assert _types(found) == ["PROTEST"]


def test_merging_purpose_of_a_blockade_folds_into_the_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "to protest" says what the blockade is for: one protest, against the side the complaint names
    found = _events(pipeline, "Kenyan traders blocked the border road at Busia to protest a new Ugandan levy.")
    assert found == [("PROTEST", ["KEN"], ["UGA"])]


def test_merging_accusing_participle_of_a_march_stays_an_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Senegalese villagers marched on the town hall, accusing Gambian soldiers of stealing their cattle."
    assert ("ACCUSE", ["SEN"], ["GMB"]) in _events(pipeline, text)


def test_merging_another_sides_demand_stays_a_request(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a separate demand by someone else in its own clause stays a request
    found = _events(
        pipeline, "Honduran growers blocked highways on Monday, and Guatemala demanded that Honduras reopen them."
    )
    assert "PROTEST" in _types(found) and "REQUEST" in _types(found)


def test_trigger_rows_demonstrate_with_an_object_is_no_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "demonstrated China's sincerity": to show something, not to march
    assert _events(pipeline, "The minister said the decision demonstrated China's sincerity towards Kenya.") == []


def test_trigger_rows_students_demonstrating_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Kenyan traders demonstrated against the Ugandan ban on Friday.")
    assert _types(found) == ["PROTEST"]


def test_typing_crowd_setting_fire_to_a_post_riots(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Angry Kenyan traders set fire to a customs post at the Busia crossing on Monday.")
    assert "PROTEST" in _types(found) and "ASSAULT" not in _types(found)


def test_typing_rebels_setting_fire_to_a_village_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Ugandan rebels set fire to a Congolese village near Beni on Monday.")
    assert "ASSAULT" in _types(found) and "PROTEST" not in _types(found)


def test_typing_blocking_in_protest_is_a_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Ghanaian drivers blocked the Aflao crossing on Monday in protest at new Togolese fees.")
    assert "PROTEST" in _types(found) and "COERCE" not in _types(found)


def test_typing_in_protest_names_no_complaint_of_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Ghanaian drivers blocked the Aflao crossing on Monday in protest at new Togolese fees.")
    assert "ACCUSE" not in _types(found)


def test_typing_verb_tagged_as_plural_noun_still_thanks(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "WFP welcomes this step and thanks the Sultanate of Oman for its facilitation.")
    assert any(e[0] == "SUPPORT" and "OMN" in e[2] for e in found)


def test_events_protest_rows_a_sit_in_begun_is_a_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "sit-in" is parsed as three words (sit - in): the phrase row is read at its last one
    found = _events(pipeline, "Malawian drivers have begun a sit-in on the road to the Zambian border.")
    assert "PROTEST" in _types(found)


def test_events_protest_rows_sitting_in_a_room_is_no_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" not in _types(_events(pipeline, "Malawian officials sit in the front row at the summit."))


def test_events_protest_rows_a_sit_in_begun_is_a_protest_learned() -> None:
    learned = Pipeline(Settings(coder="learned"))
    found = _events(learned, "Malawian drivers have begun a sit-in on the road to the Zambian border.")
    assert "PROTEST" in _types(found)


def test_events_protest_rows_a_protest_ended_is_no_protest_held(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Malawian traders lifted their sit-in at the Zambian border on Friday.")
    assert "PROTEST" not in _types(found)


def test_events_protest_rows_a_protest_ended_is_no_protest_held_learned() -> None:
    learned = Pipeline(Settings(coder="learned"))
    found = _events(learned, "Malawian traders lifted their sit-in at the Zambian border on Friday.")
    assert "PROTEST" not in _types(found)


def test_typing_a_crowd_gathered_outside_a_bare_noun_protests(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser reads "outside" before a bare noun as the noun's adjective
    found = _events(pipeline, "Several thousand Albanian protesters gathered outside parliament in Tirana on Friday.")
    assert _types(found) == ["PROTEST"]


def test_typing_ministers_gathering_in_a_city_is_no_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "European ministers gathered in Brussels on Monday.")
    assert "PROTEST" not in _types(found)


def test_typing_demonstrators_besieging_an_embassy_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Hundreds of Bolivian students besieged the Chilean consulate in La Paz in March.")
    assert [e[:2] for e in found] == [("PROTEST", ["BOL"])]


def test_typing_students_surrounding_an_embassy_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Hundreds of Chilean students surrounded the Peruvian embassy in Santiago.")
    assert _types(found) == ["PROTEST"]


def test_typing_troops_surrounding_a_town_are_no_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Russian troops surrounded the Georgian town of Gori.")
    assert "PROTEST" not in _types(found)


def test_merging_purpose_of_a_held_strike_folds_into_the_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the infinitive hangs on "held", whose object is the strike: what the strike was for, no accusation
    text = "Kenyan truckers held a two-day strike at Malaba to denounce a new Ugandan transit fee."
    assert _types(_events(pipeline, text)) == ["PROTEST"]
