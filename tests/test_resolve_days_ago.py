"""Dates counted back in days ("Eleven days ago"), also where the parser leaves the count out."""

from __future__ import annotations

from datetime import date

from parley import Pipeline
from parley.document import Article
from parley.parse._dates import date_text

PUB = date(2021, 5, 21)


def _dates(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    doc = next(iter(pipeline.process([Article(id="t", text=text, published=PUB)])))
    return [(e.event, e.date) for e in doc.events]


def test_resolve_days_ago_dates_after_a_headline(rules_pipeline: Pipeline) -> None:
    text = (
        "Ceasefire holds in Gaza\n\n"
        "Eleven days ago Hamas fired rockets toward Jerusalem, and Israel answered with air strikes on Gaza."
    )
    assert ("ASSAULT", "2021-05-10") in _dates(rules_pipeline, text)


def test_resolve_days_ago_date_text_restores_the_count(rules_pipeline: Pipeline) -> None:
    sdoc = rules_pipeline.nlp("Truce holds in Gaza\n\nEleven days ago Hamas fired rockets toward Jerusalem.")
    ent = next(e for e in sdoc.ents if e.label_ == "DATE")
    assert date_text(ent).lower() == "eleven days ago"


def test_resolve_days_ago_date_text_keeps_other_dates(rules_pipeline: Pipeline) -> None:
    sdoc = rules_pipeline.nlp("Police detained two men on Friday.")
    ent = next(e for e in sdoc.ents if e.label_ == "DATE")
    assert date_text(ent) == ent.text
