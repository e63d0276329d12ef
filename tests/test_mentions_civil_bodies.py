"""Named civil bodies no knowledge file lists ("the Coast Labour Rights Forum"): non-governmental."""

from __future__ import annotations

from datetime import date

import pytest

from parley.document import Article, Document
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _doc(pipeline: Pipeline, text: str) -> Document:
    (doc,) = list(pipeline.process([Article(id="a", text=text, published=date(2003, 7, 14), source_country="KEN")]))
    return doc


def _codes(doc: Document, phrase: str) -> list[str]:
    return [m.entity.code for m in doc.actor_mentions if m.text == phrase]


def test_mentions_civil_bodies_unknown_forum_is_a_non_governmental_body(pipeline: Pipeline) -> None:
    text = "Mombasa, 14 July 2003 - The Coast Labour Rights Forum deplores the use of tear gas by police."
    doc = _doc(pipeline, text)
    assert _codes(doc, "Coast Labour Rights Forum") == ["NGO"]


def test_mentions_civil_bodies_acronym_in_brackets_names_the_body_again(pipeline: Pipeline) -> None:
    text = (
        "Nairobi, 27 May 1996 - The East African Press Freedom Coalition (EAPFC) condemns the raid by police "
        "on a radio station in Kampala. EAPFC notes that the minister has since apologised."
    )
    doc = _doc(pipeline, text)
    assert _codes(doc, "EAPFC") == ["NGO", "NGO"]


def test_mentions_civil_bodies_release_from_a_body_takes_the_story_home_from_its_places(pipeline: Pipeline) -> None:
    # the body datelines its word at its seat: the raid it condemns is Uganda's
    text = (
        "Nairobi, 27 May 1996 - The East African Press Freedom Coalition (EAPFC) condemns the raid by police "
        "on a radio station in Kampala on Saturday night."
    )
    assert _doc(pipeline, text).home_country == "UGA"


def test_mentions_civil_bodies_state_body_name_is_no_civil_body(pipeline: Pipeline) -> None:
    doc = _doc(pipeline, "The National Youth Foundation and the State Press Institute criticised the plan.")
    assert not [m for m in doc.actor_mentions if m.entity.code == "NGO"]


def test_mentions_civil_bodies_lone_centre_is_a_place(pipeline: Pipeline) -> None:
    doc = _doc(pipeline, "Delegates met at the Kenyatta Conference Centre. The Centre for Policy Studies welcomed it.")
    assert _codes(doc, "Kenyatta Conference Centre") == []
    assert _codes(doc, "Centre for Policy Studies") == ["NGO"]


def test_mentions_civil_bodies_owned_network_is_no_civil_body(pipeline: Pipeline) -> None:
    text = "The Treasury Department's Financial Crimes Enforcement Network signed the memorandum."
    assert _codes(_doc(pipeline, text), "Financial Crimes Enforcement Network") == []


def test_mentions_civil_bodies_name_hung_on_a_dateline_is_still_a_civil_body(pipeline: Pipeline) -> None:
    # the parser may set the name beside the dateline's place; the place does not describe the body
    text = "Lusaka, 3 March 2011 - The Lakeshore Migrant Rights Network is gravely concerned for the fishermen."
    assert _codes(_doc(pipeline, text), "Lakeshore Migrant Rights Network") == ["NGO"]


def test_mentions_civil_bodies_described_by_its_country_is_left_to_the_description(pipeline: Pipeline) -> None:
    text = "A Thai labour rights group, the Migrant Action Network, criticised the arrests."
    assert _codes(_doc(pipeline, text), "Migrant Action Network") == []


def test_mentions_civil_bodies_head_words_are_the_capitalised_heads_only(pipeline: Pipeline) -> None:
    from parley.knowledge._resolve_words import words
    from parley.mentions._civil_bodies import _head_words

    sdoc = pipeline.parse("The Lakeside Farmers Forum met a forum of traders and the Fishers Union.")
    heads = words("body_head") | words("body_head_of")
    expected = [t.i for t in sdoc if t.is_title and t.lower_ in heads]
    assert _head_words(sdoc) == expected
    assert "forum" not in [sdoc[i].text for i in expected]  # the lower-case noun heads no name
