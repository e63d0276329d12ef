"""Ships' names the parser takes for people: after a vessel noun, in apposition to one, or with a prefix."""

from __future__ import annotations

from datetime import date

import pytest

from parley.document import Article
from parley.pipeline import Pipeline


def _mentions(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    (doc,) = list(pipeline.process([Article(id="a", text=text, published=date(2016, 3, 14))]))
    return [(m.text, m.entity.code, m.kind) for m in doc.actor_mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Norwegian coast guard boarded the Russian trawler Ivanov near Svalbard.", "Ivanov"),
        ("A Greek frigate shadowed the survey vessel Hasan Tahsin for two days.", "Tahsin"),
        ("The tug, the Orlov Petrov, reached the sinking ship within hours.", "Petrov"),
        ("Chinese coast guard ships surrounded BRP Santa Cruz near the shoal on Sunday.", "Santa Cruz"),
    ],
)
@pytest.mark.parametrize("fixture", ["pipeline", "rules_pipeline"])
def test_mentions_vessels_ship_name_is_no_person(
    request: pytest.FixtureRequest, fixture: str, text: str, name: str
) -> None:
    found = _mentions(request.getfixturevalue(fixture), text)
    assert not any(name in words and kind == "person" for words, _, kind in found)


def test_mentions_vessels_captain_before_a_name_keeps_the_person(rules_pipeline: Pipeline) -> None:
    # "captain" is no vessel noun: the man named after it is a person
    text = "The Russian captain, Ivan Orlov, was fined by a Norwegian court."
    found = _mentions(rules_pipeline, text)
    assert any("Orlov" in words and kind == "person" for words, _, kind in found)


@pytest.mark.parametrize("fixture", ["pipeline", "rules_pipeline"])
def test_mentions_vessels_ship_takes_the_flag_its_words_give(request: pytest.FixtureRequest, fixture: str) -> None:
    # the demonym before the vessel noun is the ship's flag; the ship is a vessel, not a Russian person
    text = "The Norwegian coast guard boarded the Russian trawler Ivanov near Svalbard."
    found = _mentions(request.getfixturevalue(fixture), text)
    assert ("Ivanov", "RUS", "vessel") in found


def test_mentions_vessels_ship_named_again_keeps_its_flag(rules_pipeline: Pipeline) -> None:
    text = (
        "Finland's coast guard escorted the Russian research vessel Akademik Petrov out of its waters. "
        "Officials would not say what the Akademik Petrov had been doing."
    )
    found = _mentions(rules_pipeline, text)
    assert [code for words, code, kind in found if "Petrov" in words] == ["RUS", "RUS"]
    assert all(kind == "vessel" for words, _, kind in found if "Petrov" in words)
