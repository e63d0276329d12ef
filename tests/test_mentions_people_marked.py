"""Demonyms that name a people, a stance or a tongue rather than a state acting (the mentions stage)."""

from __future__ import annotations

from datetime import date

import pytest

from parley.document import Article
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _mentioned(pipeline: Pipeline, text: str) -> list[str]:
    (doc,) = list(pipeline.process([Article(id="m", text=text, published=date(2020, 3, 2))]))
    return [m.text for m in doc.actor_mentions]


def test_mentions_people_marked_pro_and_anti_demonyms_are_no_state(pipeline: Pipeline) -> None:
    found = _mentioned(pipeline, "The pro-Russian opposition accused Chisinau of running anti-Romanian campaigns.")
    assert "Russian" not in found and "Romanian" not in found and "Chisinau" in found


def test_mentions_people_marked_language_demonym_is_no_state(pipeline: Pipeline) -> None:
    found = _mentioned(pipeline, "Students demanded a Hungarian-language university from the Romanian government.")
    assert "Hungarian" not in found and "Romanian" in found


def test_mentions_people_marked_plain_demonym_still_names_its_state(pipeline: Pipeline) -> None:
    assert "Hungarian" in _mentioned(pipeline, "Hungarian police detained two smugglers on Monday.")
