"""A surname that is also a town's name: before a noun of settlements it is the town, not the person."""

from __future__ import annotations

from datetime import date

import pytest

from _mentions_setup import mention_codes
from parley.document import Article
from parley.mentions._locative import after_locative, placed_by_company
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _codes(pipeline: Pipeline, text: str, phrase: str) -> list[str]:
    return mention_codes(pipeline, text, phrase, date(2019, 8, 27))


def test_mentions_place_names_surname_before_districts_is_the_town(pipeline: Pipeline) -> None:
    # Zimbabwe's foreign minister in 2019 was a Moyo; Moyo is also a Ugandan town and district
    text = "The Ugandan army has raised the readiness of its units in Kitgum and Moyo districts."
    assert _codes(pipeline, text, "Moyo") == []


def test_mentions_place_names_surname_alone_is_the_person(pipeline: Pipeline) -> None:
    text = "Moyo told reporters in Harare that the talks would resume on Monday."
    assert _codes(pipeline, text, "Moyo") == ["ZWE"]


def test_mentions_place_names_the_tail_of_a_hyphened_place_is_nobody(pipeline: Pipeline) -> None:
    # "Don" of "Rostov-on-Don" ends the city's name; "al-Assad" opens with its small word and stays a name
    text = "The mayor of Rostov-on-Don, Ivan Petrov, met officials from Stratford-upon-Avon on Monday."
    assert mention_codes(pipeline, text, "Don", date(2019, 5, 1)) == []
    assert mention_codes(pipeline, text, "Avon", date(2019, 5, 1)) == []
    found = mention_codes(
        pipeline, "President Bashar al-Assad said the talks failed.", "Bashar al-Assad", date(2019, 5, 1)
    )
    assert found == ["SYR"]


def _mention_texts(pipeline: Pipeline, text: str) -> list[str]:
    (doc,) = list(pipeline.process([Article(id="a", text=text, published=date(2019, 8, 27))]))
    return [m.text for m in doc.actor_mentions]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of lorries queued at the Moyo crossing on Monday.",
        "Guards closed the Moyo border post after the shooting.",
        "The interior ministry shut the Kitgum and Moyo checkpoints overnight.",
    ],
)
def test_mentions_place_names_name_before_a_place_noun_is_the_place(pipeline: Pipeline, text: str) -> None:
    # a surname before a noun of border points names the crossing, whoever else bears the name
    assert not any("Moyo" in found for found in _mention_texts(pipeline, text))


def test_mentions_place_names_name_after_a_place_word_is_the_place(pipeline: Pipeline) -> None:
    text = "Fishermen from both shores of Lake Moyo were arrested on Tuesday."
    assert not any("Moyo" in found for found in _mention_texts(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked army posts around Kidal and Tessalit on Monday.",
        "Fighting broke out north of Tessalit late on Sunday.",
        "Fishermen near the town of Tessalit fled. Tessalit residents said they were afraid.",
    ],
)
def test_mentions_place_names_name_placed_by_its_words_is_no_person(pipeline: Pipeline, text: str) -> None:
    # a second conjunct after a locative, a compass point's "of", and the same
    # name again in the story: the parser's person is a place
    assert not any("Tessalit" in found for found in _mention_texts(pipeline, text))


def test_mentions_place_names_known_people_after_between_stay_people(pipeline: Pipeline) -> None:
    # a pair after "between" is no place: the second name hangs on the first's title
    unknown = pipeline.nlp("Talks between Deputy Minister Tran Van Hoa and Director Budi Santoso ended on Friday.")
    people = [e for e in unknown.ents if e.label_ == "PERSON"]
    assert people and not any(after_locative(e) or placed_by_company(e) for e in people)
    text = "Talks between Putin and Xi ended on Friday."
    assert mention_codes(pipeline, text, "Putin", date(2019, 5, 1)) == ["RUS"]
    assert mention_codes(pipeline, text, "Xi", date(2019, 5, 1)) == ["CHN"]
    assert mention_codes(pipeline, "Lavrov met Wang around noon.", "Lavrov", date(2019, 5, 1)) == ["RUS"]


def test_mentions_place_names_other_mention_placed_by_its_words_reads_the_stories_entities(pipeline: Pipeline) -> None:
    # the entities are read once per document: a name placed elsewhere in the story ("the town of
    # Zorvath") is a place, a name with no placed twin is not
    from spacy.tokens import Doc

    words = ["near", "the", "town", "of", "Zorvath", ".", "Zorvath", "residents", "and", "Merla", "fled", "."]
    lemmas = ["near", "the", "town", "of", "Zorvath", ".", "Zorvath", "resident", "and", "Merla", "flee", "."]
    ents = ["O", "O", "O", "O", "B-PERSON", "O", "B-PERSON", "O", "O", "B-PERSON", "O", "O"]
    doc = Doc(pipeline.nlp.vocab, words=words, lemmas=lemmas, ents=ents)
    assert placed_by_company(doc[6:7])
    assert not placed_by_company(doc[9:10])


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Ugandan police arrested Kenyan fishermen on Lake Victoria on Monday.", "Victoria"),
        ("Angolan soldiers patrolled the Congo River near the border.", "Congo"),
        ("Nigerian pirates attacked a tanker in the Gulf of Guinea.", "Guinea"),
        ("Loggers cleared forest on the slopes of Mount Kenya last year.", "Kenya"),
    ],
)
def test_mentions_place_names_country_word_in_a_landform_is_nobody(pipeline: Pipeline, text: str, phrase: str) -> None:
    # a lake, a river, a gulf or a mountain named after a state or a capital: no state acts
    assert _codes(pipeline, text, phrase) == []


def test_mentions_place_names_lower_case_verb_before_a_country_keeps_it(pipeline: Pipeline) -> None:
    # "to mount" is a verb: Kenya is still the state
    text = "Uganda said it would mount Kenya's defence at the tribunal."
    assert _codes(pipeline, text, "Kenya") == ["KEN"]


@pytest.mark.parametrize("fixture", ["pipeline", "rules_pipeline"])
def test_mentions_place_names_lake_named_after_a_capital_gives_no_recipient(
    request: pytest.FixtureRequest, fixture: str
) -> None:
    # both coders: "Lake Victoria" names no Seychelles among the event's parties
    pipe = request.getfixturevalue(fixture)
    text = "Ugandan police arrested Kenyan fishermen on Lake Victoria on Monday."
    (doc,) = list(pipe.process([Article(id="a", text=text, published=date(2019, 8, 27))]))
    codes = {e.code for event in doc.events for e in (*event.actors, *event.recipients)}
    assert "SYC" not in codes
