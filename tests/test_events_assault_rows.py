"""Trigger rows of data/triggers.tsv and event words for assaults the lexicon once missed (punches,
clubbings, machete slashes, people snatched, canisters lobbed, pepper spray, shells falling on villages,
retaliation with fire) and violent acts civilians do that stay assaults: each read in an invented
sentence, and a near sentence it must leave alone."""

from __future__ import annotations

import pytest

from _events_setup import coded_events as _events
from _events_setup import coded_types as _types
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_punch_and_club_are_beatings(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("ASSAULT", ["RUS"], ["GEO"]) in _events(pipeline, "Russian soldiers punched two Georgian farmers.")
    assert ("ASSAULT", ["MEX"], ["GTM"]) in _events(pipeline, "Mexican police clubbed Guatemalan migrants.")


def test_events_slash_with_a_blade_is_assault_not_a_cut(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Chinese sailors slashed a Vietnamese fisherman with a machete.")
    assert ("ASSAULT", ["CHN"], ["VNM"]) in found
    assert _events(pipeline, "Kenya slashed its budget for Somalia.") == []


def test_events_hacked_to_death_is_assault_hacked_sites_stay_cyber(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Venezuelan troops hacked two Colombian farmers to death.")
    assert ("ASSAULT", ["VEN"], ["COL"]) in found
    found = _events(pipeline, "Russian hackers hacked Estonian government websites.")
    assert [e[0] for e in found] == ["COERCE"]


def test_events_people_snatched_are_abducted(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Filipino gunmen snatched five Malaysian fishermen from their trawler.")
    assert ("ASSAULT", ["PHL"], ["MYS"]) in found


def test_events_lobbed_canisters_and_pepper_spray_are_force(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Haitian police lobbed tear gas canisters at Dominican traders.")
    assert ("ASSAULT", ["HTI"], ["DOM"]) in found
    found = _events(pipeline, "Dominican police used pepper spray on Haitian migrants.")
    assert ("ASSAULT", ["DOM"], ["HTI"]) in found


def test_events_shells_falling_on_villages_are_shelling(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("ASSAULT", ["PAK"], ["IND"]) in _events(pipeline, "Pakistani shells fell on Indian border villages.")
    # troops falling back pull out: a retreat, no shelling
    assert [e[0] for e in _events(pipeline, "Pakistani troops fell back from the border.")] == ["RETREAT"]


def test_events_retaliation_with_fire_is_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "The Taliban retaliated with mortar fire on Pakistani border posts.")
    assert [e[0] for e in found] == ["ASSAULT"]
    # a told reprisal is no threat (it is coded by its own verb); only a promised one threatens
    assert "THREATEN" not in [e[0] for e in _events(pipeline, "Pakistan retaliated against India with sanctions.")]
    assert [e[0] for e in _events(pipeline, "Pakistan said it would retaliate against India.")] == ["THREATEN"]


def test_events_civilians_who_kill_or_kidnap_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _events(pipeline, "Kenyan herders kidnapped two Ugandan traders.") == [("ASSAULT", ["KEN"], ["UGA"])]
    assert ("ASSAULT", ["KEN"], ["ETH"]) in _events(pipeline, "Herders from Kenya killed three Ethiopian villagers.")
    # storming or clashing civilians still protest
    assert _events(pipeline, "Kenyan protesters stormed the Ugandan embassy.") == [("PROTEST", ["KEN"], ["UGA"])]


def test_events_civilians_throwing_bombs_assault_stones_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Bangladeshi activists hurled crude bombs at Indian police.")
    assert found == [("ASSAULT", ["BGD"], ["IND"])]
    found = _events(pipeline, "Kenyan protesters threw stones at the Ugandan embassy.")
    assert found == [("PROTEST", ["KEN"], ["UGA"])]


def test_events_armed_men_who_strike_attack_workers_who_strike_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Villagers said Nigerian gunmen had struck twice before at the same checkpoint.")
    assert [t for t, _, _ in found] == ["ASSAULT"]
    strikes = _events(pipeline, "Kenyan dockworkers struck for two days over pay.")
    assert [t for t, _, _ in strikes] == ["PROTEST"]


def test_events_flogging_is_an_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Taliban militants publicly flogged two Pakistani traders in Kandahar.")
    assert "ASSAULT" in [e[0] for e in found]


def test_events_bomb_planted_is_an_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(pipeline, "Chadian rebels planted a bomb at a Sudanese police post in Geneina.")
    assert "ASSAULT" in [e[0] for e in found]


def test_events_civilians_fighting_with_hand_weapons_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Fishermen from Malawi and Mozambique fought with machetes and clubs over fishing grounds on Tuesday."
    types = [e[0] for e in _events(pipeline, text)]
    assert "ASSAULT" in types
    assert "PROTEST" not in types
    text = "Villagers from the Indian side and Bangladeshi farmers clashed with sticks on Monday."
    assert "ASSAULT" in [e[0] for e in _events(pipeline, text)]


def test_events_students_clashing_with_police_still_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    types = [e[0] for e in _events(pipeline, "Hundreds of Kenyan students clashed with police in Nairobi on Monday.")]
    assert "PROTEST" in types
    assert "ASSAULT" not in types


def test_events_fighting_a_crime_is_no_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Bolivian and Peruvian police set up a joint unit to fight smuggling on the lake.")
    assert "ASSAULT" not in found


def test_events_fighting_a_price_war_is_no_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Estonian bakers have fought a price war with Latvian rivals since spring.")
    assert "ASSAULT" not in found
    assert "ASSAULT" in _types(pipeline, "Estonian troops fought a border battle with Latvian soldiers.")


def test_events_fighting_a_neighbour_stays_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _types(pipeline, "Eritrean troops fought Ethiopian soldiers near Badme on Sunday.")
    assert "ASSAULT" in found
