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


def test_mentions_people_marked_bare_korean_names_south_korea(pipeline: Pipeline) -> None:
    text = "The Korean envoy thanked the Thai coast guard for its help."
    (doc,) = list(pipeline.process([Article(id="m", text=text, published=date(2020, 3, 2))]))
    assert [m.entity.code for m in doc.actor_mentions if m.text == "Korean"] == ["KOR"]


def test_mentions_people_marked_named_war_is_no_state(pipeline: Pipeline) -> None:
    found = _mentioned(pipeline, "Veterans of the Korean War laid wreaths in Canberra on Tuesday.")
    assert "Korean" not in found


def test_mentions_people_marked_lower_case_war_keeps_its_state(pipeline: Pipeline) -> None:
    assert "Russian" in _mentioned(pipeline, "Kyiv said the Russian war effort had stalled near the river.")


def test_mentions_people_marked_peninsula_is_a_place(pipeline: Pipeline) -> None:
    found = _mentioned(pipeline, "Beijing urged restraint on the Korean peninsula after the launch.")
    assert "Korean" not in found and "Beijing" in found


def test_mentions_people_marked_inter_demonym_is_no_state(pipeline: Pipeline) -> None:
    found = _mentioned(pipeline, "Moscow backed a new round of inter-Korean talks at the border village.")
    assert "Korean" not in found and "Moscow" in found
