"""A bare surname of namesakes of several states in office together: the particle, the story's home
state, then the most senior office decide which one it means (mentions/_namesakes)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest
import spacy

from _mentions_setup import person_codes
from parley.mentions._namesakes import namesake_holders, particle_holders
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _code_of(pipeline: Pipeline, text: str, day: date, name: str) -> str | None:
    """The code of the person mention that holds the surname ``name``."""
    found = person_codes(pipeline, text, day)
    return next((code for words, code in found.items() if name in words.split()), None)


def _holder(code: str, office: str, phrase: str) -> Any:
    return SimpleNamespace(code=code, office=office, phrase=phrase)


def _token(text: str, word: str) -> Any:
    doc = spacy.blank("en")(text)
    return next(t for t in doc if t.text == word)


def test_namesakes_a_head_of_state_before_a_prime_minister_of_another_state(pipeline: Pipeline) -> None:
    # 2008: Mahmoud Abbas, the Palestinian president, and Youssouf Saleh Abbas, Chad's prime minister
    assert _code_of(pipeline, "Mr. Abbas met Olmert in Jerusalem.", date(2008, 5, 1), "Abbas") == "PSE"


def test_namesakes_a_head_of_government_before_a_minister(pipeline: Pipeline) -> None:
    # 2008: Nouri al-Maliki, Iraq's prime minister, and Riyad al-Maliki, the Palestinian foreign minister
    assert _code_of(pipeline, "Mr. Maliki ordered the offensive in Basra.", date(2008, 5, 1), "Maliki") == "IRQ"


def test_namesakes_the_un_secretary_general_before_a_president(pipeline: Pipeline) -> None:
    # 2020: António Guterres at the UN and Francisco Guterres, Timor-Leste's president
    assert _code_of(pipeline, "Mr. Guterres urged a global ceasefire.", date(2020, 5, 1), "Guterres") == "UNO"


def test_namesakes_a_bare_surname_is_no_name_with_a_particle() -> None:
    raul = _holder("CUB", "President", "Raul Castro")
    noli = _holder("PHL", "Vice President", "Noli de Castro")
    assert namesake_holders([raul, noli], _token("Mr. Castro met them.", "Castro"), None) == [raul]
    assert namesake_holders([raul, noli], _token("Vice President de Castro met them.", "Castro"), None) == [noli]


def test_namesakes_the_story_home_before_the_office() -> None:
    iraq = _holder("IRQ", "Prime Minister", "Nouri al-Maliki")
    palestine = _holder("PSE", "Foreign Minister", "Riyad al-Maliki")
    token = _token("Maliki told the envoys in Ramallah.", "Maliki")
    assert namesake_holders([iraq, palestine], token, "PSE") == [palestine]
    assert namesake_holders([iraq, palestine], token, "USA") == [iraq]


def test_namesakes_nothing_decides_between_equal_offices() -> None:
    north = _holder("PRK", "Supreme Leader", "Kim Jong-un")
    south = _holder("KOR", "President", "Kim Dae-jung")
    assert namesake_holders([north, south], _token("Kim spoke on Monday.", "Kim"), None) == []
    assert namesake_holders([north, south], _token("Kim spoke on Monday.", "Kim"), "KOR") == [south]


def test_namesakes_an_unhyphened_title_fits_a_hyphened_office(pipeline: Pipeline) -> None:
    text = "Secretary-General Guterres urged both sides to show restraint."
    assert _code_of(pipeline, text, date(2019, 6, 1), "Guterres") == "UNO"


def test_namesakes_a_leader_is_a_head_of_state(pipeline: Pipeline) -> None:
    # 2001: Kim Jong Il (people.tsv's office "Leader") and Kim Dae-jung, South Korea's president
    assert _code_of(pipeline, "Kim said the talks had gone well.", date(2001, 5, 1), "Kim") is None


def test_namesakes_a_particle_before_the_surname_is_another_family(pipeline: Pipeline) -> None:
    # 2014: Raul Castro was Cuba's president; "Quinta de Castro" is no name of his
    text = "The reply from the Quinta de Castro came within the hour."
    assert _code_of(pipeline, text, date(2014, 6, 3), "Castro") is None


def test_namesakes_particle_holders_keep_the_names_with_that_particle() -> None:
    raul = _holder("CUB", "President", "Raul Castro")
    noli = _holder("PHL", "Vice President", "Noli de Castro")
    assert particle_holders([raul], _token("He met de Castro there.", "Castro")) == []
    assert particle_holders([raul, noli], _token("He met Castro there.", "Castro")) == [raul, noli]


def test_namesakes_a_surname_named_before_under_other_given_names_is_no_holder(pipeline: Pipeline) -> None:
    # 2008: Mahmoud Abbas and Youssouf Saleh Abbas held office; the story named Karim Abbas first
    text = "Police in Leeds charged Karim Abbas on Tuesday. The family of Mr Abbas said he would appeal."
    assert _code_of(pipeline, text, date(2008, 5, 6), "Abbas") != "PSE"
    assert _code_of(pipeline, "Mr Abbas said the talks went well.", date(2008, 5, 6), "Abbas") == "PSE"
