"""Names the parser tags as people that are facilities, documents or a byline's writer: nobody to code."""

from __future__ import annotations

from datetime import date

import pytest

from _mentions_setup import mention_codes
from parley.mentions import is_named_storm
from parley.mentions._landmarks import names_landmark
from parley.mentions._locative import placed_by_company
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _person(pipeline: Pipeline, text: str, name: str, nth: int = 0) -> object:
    people = [e for e in pipeline.nlp(text).ents if e.label_ == "PERSON" and e.text == name]
    assert len(people) > nth, "the parser no longer tags the name a person: the test reads nothing"
    return people[nth]


def test_mentions_nonperson_names_a_treaty_is_no_actor(pipeline: Pipeline) -> None:
    # "Simla Agreement" was coded India, the story's home state, as if a person had acted
    text = "India and Pakistan must respect the line under the 1972 Simla Agreement, a spokesman said."
    assert mention_codes(pipeline, text, "Simla Agreement", date(1999, 7, 5)) == []
    assert mention_codes(pipeline, text, "India", date(1999, 7, 5)) == ["IND"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The delegation flew out of Robert Gabriel Mugabe International Airport before dawn on a hired jet.",
            "Robert Gabriel Mugabe International Airport",
        ),
        ("The last parade was held at the brigade's Zossen headquarters on Friday.", "Zossen"),
    ],
)
def test_mentions_nonperson_names_a_facility_is_a_place(pipeline: Pipeline, text: str, name: str) -> None:
    assert names_landmark(_person(pipeline, text, name))


def test_mentions_nonperson_names_one_name_placed_once_is_a_place_throughout(pipeline: Pipeline) -> None:
    text = (
        "The row started when the Kazungula post on the highway was shut to lorries. Asked whether "
        "trucks would pass through Kazungula on Friday, a spokesman declined to comment."
    )
    assert placed_by_company(_person(pipeline, text, "Kazungula", 1))


def test_mentions_nonperson_names_a_bylines_writer_is_no_actor(pipeline: Pipeline) -> None:
    # the writer was coded Fiji from the story's first state
    text = (
        "Fishing dispute\n\nBy Claire Dubois, Pacific Correspondent\n\n"
        "Fiji and Tonga signed a fisheries accord on Tuesday."
    )
    assert mention_codes(pipeline, text, "Claire Dubois", date(2017, 9, 21)) == []


def test_mentions_nonperson_names_a_report_opening_by_keeps_its_people(pipeline: Pipeline) -> None:
    # a sentence with a finite verb is no byline: "By Friday Putin had ..." keeps Putin
    text = "By Friday Vladimir Putin had ordered the troops home, the Kremlin said."
    assert mention_codes(pipeline, text, "Vladimir Putin", date(2017, 9, 21)) == ["RUS"]


def test_mentions_nonperson_names_a_storms_name_alone_is_the_storm(pipeline: Pipeline) -> None:
    text = (
        "After Ivan, the rebuilding begins\n\nTwo weeks after Hurricane Ivan swept across the Caribbean, "
        "the power lines are still down."
    )
    assert is_named_storm(_person(pipeline, text, "Ivan"))


def test_mentions_nonperson_names_the_doer_of_a_passive_clause_gives_no_country(pipeline: Pipeline) -> None:
    # "who were held by Thai soldiers": the soldiers are Thailand's, the activists Cambodian
    text = (
        "Their protest was sparked by the detention of two Cambodian activists, Sok Pheap and Chan "
        "Dara, who were held by Thai soldiers after straying over the frontier in early March."
    )
    assert "THA" not in mention_codes(pipeline, text, "Chan Dara", date(2011, 2, 23))
