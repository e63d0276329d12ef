"""Military ranks in the mentions stage: a rank is a title, never a name of the people it is part of."""

from __future__ import annotations

from datetime import date

import pytest

from _mentions_setup import mention_finder
from parley.document import Article
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_mentions_ranks_colonel_is_no_surname(pipeline: Pipeline) -> None:
    # "Colonel Karuna" of Sri Lanka must not make every colonel Sri Lankan
    text = "Chad's defence minister, Colonel Abakar Mahamat Nour, told reporters his forces would respond."
    (doc,) = list(pipeline.process([Article(id="r", text=text, published=date(2006, 1, 5))]))
    assert "LKA" not in {m.entity.code for m in doc.actor_mentions}


def test_mentions_ranks_colonel_gives_the_military_sector(pipeline: Pipeline) -> None:
    tokens = pipeline.nlp("A colonel spoke.")
    assert mention_finder(pipeline).sector_of(tokens[1:2]) == ("MIL", "Colonel")


def test_mentions_ranks_abbreviated_rank_is_a_title(pipeline: Pipeline) -> None:
    # "Lt. Col." is a rank as "lieutenant colonel" is
    tokens = pipeline.nlp("Lt. Col. Rodolfo Bacani said")
    title = next(i for i, t in enumerate(tokens) if t.text == "Rodolfo")
    assert mention_finder(pipeline).sector_of(tokens[:title]) == ("MIL", "Lieutenant Colonel")


def test_mentions_ranks_split_abbreviation_stop_keeps_the_rank(pipeline: Pipeline) -> None:
    # the parser splits "Col." into "Col" and "."; that stop ends no sentence before the officer's name
    text = "Col. Ramon Estrada of the 6th Infantry Division said his men were fired upon."
    (doc,) = list(pipeline.process([Article(id="r", text=text, published=date(2010, 1, 5), source_country="PHL")]))
    found = [m for m in doc.actor_mentions if "Estrada" in m.text]
    assert found and (found[0].entity.code, found[0].entity.sector) == ("PHL", "MIL")


def test_mentions_ranks_unsplit_abbreviation_is_a_title(pipeline: Pipeline) -> None:
    # in running text the parser may keep "Gen." whole: the rank is read in either form
    tokens = pipeline.nlp("He met Maj. Gen. Tariq Saleem and Gen. Ali")
    at = next(t.i for t in tokens if t.text == "Gen." and tokens[t.i + 1].text == "Ali")
    assert mention_finder(pipeline).sector_of(tokens[at : at + 1]) == ("MIL", "General")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attorney-general spoke.", ("JUD", "Attorney General")),
        ("The secretary-general spoke.", ("GOV", "Secretary General")),
        ("The governor-general spoke.", ("GOV", "Governor General")),
        ("The inspector general spoke.", ("GOV", "Inspector General")),
    ],
)
def test_mentions_ranks_civil_title_ending_in_general_is_no_rank(
    pipeline: Pipeline, text: str, expected: tuple[str, str]
) -> None:
    # "general" after a civil noun ends a civil office's title, not a general's rank
    tokens = pipeline.nlp(text)
    assert mention_finder(pipeline).sector_of(tokens[1:-1]) == expected


def test_mentions_ranks_civil_general_makes_no_military_visit(pipeline: Pipeline) -> None:
    # a prosecutor's trip to a capital is a visit, not the military escort of an aid convoy
    text = "Kenya's attorney-general flew to Kampala to meet the families."
    (doc,) = list(pipeline.process([Article(id="r", text=text, published=date(2019, 3, 4))]))
    actors = [a for e in doc.events for a in e.actors if a.code == "KEN"]
    assert actors and all(a.sector != "MIL" for a in actors)
