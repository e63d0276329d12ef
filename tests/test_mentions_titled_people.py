"""People introduced by shortened forms of address ("Ir.", "Hon.", "Brig.") and by job and office
words ("Plant manager", "Justice", "Head of X")."""

from __future__ import annotations

from datetime import date

import pytest

from _mentions_setup import mention_finder
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
    assert mention_finder(pipeline).sector_of(pipeline.nlp("Plant manager Hiroshi Nakagawa")[:2])[0] == "BUS"
    assert mention_finder(pipeline).sector_of(pipeline.nlp("Justice Leiataua Vaepule")[:1])[0] == "JUD"
    assert mention_finder(pipeline).sector_of(pipeline.nlp("the Ministry of Justice")[1:4])[0] == "GOV"


def test_mentions_titled_people_head_of_takes_the_sector_of_the_body(pipeline: Pipeline) -> None:
    finder = mention_finder(pipeline)
    assert finder.sector_of(pipeline.nlp("Head of the Fisheries Office")[:4])[0] == "GOV"
    assert finder.sector_of(pipeline.nlp("the head of the army")[1:5])[0] == "MIL"


def test_mentions_titled_people_place_after_a_name_is_no_second_person(pipeline: Pipeline) -> None:
    people = _people(pipeline, "Governor Luis Perez of Mendoza criticised Chile.")
    assert people["Luis Perez"] == ("ARG", "GOV")
    assert "Mendoza" not in people


def test_mentions_titled_people_title_cut_from_an_untagged_name(pipeline: Pipeline) -> None:
    text = "Mayor Ana Torres of Mendoza said the province would send trucks of food to Chile."
    people = _people(pipeline, text)
    assert people == {"Ana Torres": ("ARG", "GOV")}


def test_mentions_titled_people_fronted_envoy_is_of_the_sending_state(pipeline: Pipeline) -> None:
    people = _people(pipeline, "Nigeria's ambassador to Ghana, Musa Bello, praised the new trade deal.")
    assert people["Musa Bello"][0] == "NGA"


def test_mentions_titled_people_name_taken_for_a_body_after_a_title(pipeline: Pipeline) -> None:
    from spacy.tokens import Span

    sdoc = pipeline.nlp("District chief Somchai Boonmee said the road was cut.")
    sdoc.ents = [Span(sdoc, 2, 4, label="ORG")]  # the parser's misreading of the name, made sure of
    found = mention_finder(pipeline)._titled_orgs(sdoc, [False] * len(sdoc))
    assert [span.text for span in found] == ["Somchai Boonmee"]
    assert mention_finder(pipeline)._titled_orgs(sdoc, [False, False, True, True] + [False] * (len(sdoc) - 4)) == []


def test_mentions_titled_people_word_of_a_title_is_no_town(pipeline: Pipeline) -> None:
    # "Central" is a town's name too; here it is a piece of the title "Central Bank Governor"
    text = "MASERU -- Lesotho's talks went on. Officials met Central Bank Governor Thabo Mokoena on Monday."
    assert _people(pipeline, text)["Thabo Mokoena"][0] == "LSO"


def test_mentions_titled_people_elect_after_a_title_is_no_person(pipeline: Pipeline) -> None:
    people = _people(pipeline, "President-elect Ashraf Ghani spoke with the Japanese prime minister.")
    assert set(people) == {"Ashraf Ghani"}


def test_mentions_titled_people_envoy_is_not_of_the_host_it_is_posted_to(pipeline: Pipeline) -> None:
    text = (
        "Oslo, 9 June 2016\nThe Norwegian Government deplores the ruling. Our ambassador to "
        "Chile, Mr Erik Lund, is being called home to report."
    )
    assert _people(pipeline, text)["Erik Lund"][0] == "NOR"
    text = "Ghana protested. Its ambassador to Togo, Kofi Mensah, was recalled on Monday."
    assert _people(pipeline, text)["Kofi Mensah"][0] == "GHA"
    text = "The police chief in Kabul, Ahmad Zia, said the attack was repelled."
    assert _people(pipeline, text)["Ahmad Zia"][0] == "AFG"  # not an envoy: the place is his
