"""Collective bodies and regional peoples of the knowledge files: aid and press-freedom groups are
NGO, the UN's agencies UNO; a breakaway region's or a home nation's people are their state's."""

from __future__ import annotations

from datetime import date

import pytest

from _mentions_setup import mention_codes
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _codes(pipeline: Pipeline, text: str, phrase: str) -> list[str]:
    return mention_codes(pipeline, text, phrase, date(2012, 5, 3))


def test_mentions_collective_bodies_aid_groups_are_ngo(pipeline: Pipeline) -> None:
    text = "Some aid groups accused Thai authorities of pushing back several hundred refugees."
    assert _codes(pipeline, text, "aid groups") == ["NGO"]


def test_mentions_collective_bodies_press_freedom_groups_are_ngo(pipeline: Pipeline) -> None:
    text = "Press freedom groups welcomed the release of the two Swedish journalists by Ethiopia."
    assert _codes(pipeline, text, "Press freedom groups") == ["NGO"]


def test_mentions_collective_bodies_un_agencies_are_un(pipeline: Pipeline) -> None:
    text = "UN humanitarian agencies urged Yemen to reopen the port of Hodeidah."
    assert _codes(pipeline, text, "UN humanitarian agencies") == ["UNO"]


def test_mentions_collective_bodies_abkhaz_are_georgian(pipeline: Pipeline) -> None:
    text = "Abkhaz officials have rejected any such deal until Tbilisi signs a pledge never to use force."
    assert _codes(pipeline, text, "Abkhaz") == ["GEO"]


def test_mentions_collective_bodies_transnistrian_are_moldovan(pipeline: Pipeline) -> None:
    text = "Transnistrian exporters complained that Ukraine had closed the border crossing."
    assert _codes(pipeline, text, "Transnistrian") == ["MDA"]


def test_mentions_collective_bodies_scottish_are_british(pipeline: Pipeline) -> None:
    text = "Scottish fisheries patrols have turned Irish boats away from the Rockall bank."
    assert _codes(pipeline, text, "Scottish") == ["GBR"]
