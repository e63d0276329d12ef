"""People in the mentions stage: bare surnames of known office holders."""

from __future__ import annotations

from datetime import date

import pytest

from parley.document import Article
from parley.pipeline import Pipeline
from parley.settings import Settings


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Settings(coder="rules"))


def _people(pipeline: Pipeline, text: str, day: date = date(2004, 6, 15)) -> dict[str, str]:
    (doc,) = list(pipeline.process([Article(id="m", text=text, published=day)]))
    return {m.text: m.entity.code for m in doc.actor_mentions if m.kind == "person"}


def test_mentions_people_bare_surname_of_a_known_office_holder(pipeline: Pipeline) -> None:
    found = _people(pipeline, "Putin said the talks had gone well.", date(2003, 5, 1))
    assert found.get("Putin") == "RUS"


def test_mentions_people_surname_of_two_countries_stays_unresolved(pipeline: Pipeline) -> None:
    # two presidents named Kim (North and South Korea): no guess
    assert "Kim" not in _people(pipeline, "Kim said the talks had gone well.", date(2001, 5, 1))
