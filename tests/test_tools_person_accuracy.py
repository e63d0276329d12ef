"""tools/person_accuracy.py: the people-only figure counts a role span only where the PERSON entity it
touches is a person's name, not a town or a capitalised group word the parser tagged as a person."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

from parley.document import Article
from parley.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from person_accuracy import _names_person  # noqa: E402


def _people_read(pipeline: Pipeline, text: str) -> dict[str, bool]:
    """Each PERSON entity of ``text`` and whether the tool counts it as a person's name."""
    article = Article(id="t", text=text, published=date(2015, 3, 1))
    (doc,) = list(pipeline.clean([article]))
    doc.spacy = pipeline.nlp(doc.text)
    doc = pipeline.components[1](pipeline.components[0](doc))
    gazetteer = pipeline.knowledge.gazetteer
    ents: list[Any] = [e for e in doc.spacy.ents if e.label_ == "PERSON"]
    return {e.text: _names_person(e, doc.actor_mentions, gazetteer) for e in ents}


def test_tools_person_accuracy_counts_a_name_as_a_person(rules_pipeline: Pipeline) -> None:
    read = _people_read(rules_pipeline, "Interior Minister Celso Amarilla said the crossings were shut.")
    assert read.get("Celso Amarilla") is True


def test_tools_person_accuracy_leaves_out_a_place_after_a_preposition(rules_pipeline: Pipeline) -> None:
    read = _people_read(rules_pipeline, "A militia commander in Zawiya denied that his men were involved.")
    assert read and not any(read.values())
