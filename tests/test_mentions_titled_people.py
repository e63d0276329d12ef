"""People introduced by shortened forms of address ("Ir.", "Hon.", "Brig.") and by job and office
words ("Plant manager", "Justice", "Deputy", "Head of X")."""

from __future__ import annotations

from datetime import date

import pytest

from parley.document import Article
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _people(pipeline: Pipeline, text: str) -> dict[str, tuple[str, str | None]]:
    (doc,) = list(pipeline.process([Article(id="t", text=text, published=date(2015, 3, 3))]))
    return {m.text: (m.entity.code, m.entity.sector) for m in doc.actor_mentions if m.kind == "person"}


def test_mentions_titled_people_head_of_a_provincial_office_takes_its_country(pipeline: Pipeline) -> None:
    text = (
        "JAKARTA -- Head of the North Sulawesi Fisheries Office, Ir. Johan Lumintang, said the boats were "
        "seized. Lumintang said 12 crew were held."
    )
    people = _people(pipeline, text)
    assert people["Johan Lumintang"] == ("IDN", "GOV")
    assert people["Lumintang"] == ("IDN", "GOV")
    assert "Ir" not in people


def test_mentions_titled_people_shortened_rank_is_no_person(pipeline: Pipeline) -> None:
    people = _people(pipeline, "MANILA -- Army spokesman Brig. Gen. Ahmed Musa said the rebels fled.")
    assert people["Ahmed Musa"][1] == "MIL"
    assert not {"Brig", "Gen."} & set(people)


def test_mentions_titled_people_job_words_give_their_sectors(pipeline: Pipeline) -> None:
    assert pipeline.components[0].sector_of(pipeline.nlp("Plant manager Hiroshi Nakagawa")[:2])[0] == "BUS"
    assert pipeline.components[0].sector_of(pipeline.nlp("Justice Leiataua Vaepule")[:1])[0] == "JUD"
    assert pipeline.components[0].sector_of(pipeline.nlp("Deputy Rafael Montiel")[:1])[0] == "LEG"
    assert pipeline.components[0].sector_of(pipeline.nlp("the Ministry of Justice")[1:4])[0] == "GOV"


def test_mentions_titled_people_later_surname_follows_the_titled_first_mention(pipeline: Pipeline) -> None:
    text = "CARACAS -- Deputy Rafael Montiel said on Monday the vote was rigged. Montiel accused the government."
    people = _people(pipeline, text)
    assert people["Rafael Montiel"] == ("VEN", "LEG")
    assert people["Montiel"] == ("VEN", "LEG")
