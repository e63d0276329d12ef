"""The events stage: people told earlier by another word ("the men", "the two", "most") acted on."""

from __future__ import annotations

from datetime import date

import pytest

from parley.document import Article, Event
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _events(pipeline: Pipeline, text: str, type_: str) -> list[Event]:
    (doc,) = list(pipeline.process([Article(id="p", text=text, published=date(2019, 6, 3))]))
    return [e for e in doc.events if e.event == type_]


def test_events_earlier_people_the_men_are_the_migrants_told_before(pipeline: Pipeline) -> None:
    text = (
        "Bahamian police said on Monday that twelve Haitian migrants had landed on the island. "
        "The men were arrested in Bimini."
    )
    (arrest,) = _events(pipeline, text, "COERCE")
    assert arrest.actor_codes == ["BHS"]
    assert arrest.recipient_codes == ["HTI"]


def test_events_earlier_people_the_two_arrested_by_police(pipeline: Pipeline) -> None:
    text = "Two Indonesian fishermen crossed into the waters on Friday. The two were arrested by PNG police."
    (arrest,) = _events(pipeline, text, "COERCE")
    assert (arrest.actor_codes, arrest.recipient_codes) == (["PNG"], ["IDN"])


def test_events_earlier_people_a_phrase_with_its_own_country_keeps_it(pipeline: Pipeline) -> None:
    text = (
        "Two Indonesian fishermen crossed into the waters on Friday. "
        "Police in Papua New Guinea arrested three Australian men."
    )
    (arrest,) = _events(pipeline, text, "COERCE")
    assert arrest.recipient_codes == ["AUS"]


def test_events_earlier_people_no_group_told_before_leaves_the_home_guess(pipeline: Pipeline) -> None:
    text = "Fighting broke out in the capital on Friday. The men were arrested by Kenyan police."
    (arrest,) = _events(pipeline, text, "COERCE")
    assert arrest.recipient_codes == ["KEN"]


def test_events_earlier_people_them_stands_for_the_loggers_told_before(pipeline: Pipeline) -> None:
    text = "Five Cambodian loggers crossed the border on Monday. Thai police arrested them on Tuesday."
    (arrest,) = _events(pipeline, text, "COERCE")
    assert (arrest.actor_codes, arrest.recipient_codes) == (["THA"], ["KHM"])


def test_events_earlier_people_he_takes_a_singular_noun_not_a_plural_one(pipeline: Pipeline) -> None:
    text = (
        "Two Lao traders and a Cambodian smuggler crossed the border on Monday. "
        "He was arrested by Thai police on Tuesday."
    )
    (arrest,) = _events(pipeline, text, "COERCE")
    assert arrest.recipient_codes == ["KHM"]


def test_events_earlier_people_them_skips_a_place_of_custody(pipeline: Pipeline) -> None:
    text = (
        "Nine Lao couriers were freed on Monday in exchange for two men held in Thai jails. "
        "A Thai judge had sentenced them in March to time served."
    )
    (sentence,) = _events(pipeline, text, "SANCTION")
    assert sentence.recipient_codes == ["LAO"]
