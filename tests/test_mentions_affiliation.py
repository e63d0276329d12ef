"""People joined to a body by "of"/"from" right after the name, and envoys whose title names a host."""

from __future__ import annotations

from datetime import date

import pytest

from parley.document import Article
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _people(pipeline: Pipeline, text: str) -> dict[str, tuple[str, str | None]]:
    (doc,) = list(pipeline.process([Article(id="t", text=text, published=date(2019, 6, 1))]))
    return {m.text: (m.entity.code, m.entity.sector) for m in doc.actor_mentions if m.kind == "person"}


def test_mentions_affiliation_of_a_countrys_ministry_gives_its_country(pipeline: Pipeline) -> None:
    people = _people(pipeline, "Tomas Varga of the Hungarian foreign ministry rejected the claim. Varga said more.")
    assert people["Tomas Varga"] == ("HUN", "GOV")
    assert people["Varga"] == ("HUN", "GOV")


def test_mentions_affiliation_from_a_ministry_after_the_verb_of_saying(pipeline: Pipeline) -> None:
    people = _people(pipeline, "The border stays shut, said Tomas Varga from the Hungarian interior ministry.")
    assert people["Tomas Varga"][0] == "HUN"


def test_mentions_affiliation_of_a_known_body_gives_the_bodys_code(pipeline: Pipeline) -> None:
    people = _people(pipeline, "The arrests were unlawful, said Anna Kovacs of Human Rights Watch.")
    assert people["Anna Kovacs"][0] == "NGO"


def test_mentions_affiliation_of_a_bare_country_gives_nobody(pipeline: Pipeline) -> None:
    people = _people(pipeline, "Anna Kovacs of Hungary won the chess final on Sunday.")
    assert "Anna Kovacs" not in people


def test_mentions_affiliation_envoy_to_a_host_is_of_the_sending_country(pipeline: Pipeline) -> None:
    people = _people(pipeline, "Carlos Pereira, Brazil's ambassador to Peru, met the minister.")
    assert people["Carlos Pereira"] == ("BRA", "GOV")
    people = _people(pipeline, "Jan Novak, the Czech envoy in Germany, was summoned on Monday.")
    assert people["Jan Novak"][0] == "CZE"


def test_mentions_affiliation_title_with_no_owner_keeps_its_only_country(pipeline: Pipeline) -> None:
    people = _people(pipeline, "Oleg Pavlenko, a spokesman for the army in Ukraine, said the road was mined.")
    assert people["Oleg Pavlenko"][0] == "UKR"


def test_mentions_affiliation_plural_description_after_two_names_gives_both(pipeline: Pipeline) -> None:
    people = _people(pipeline, "The gunmen seized Ewa Nowicka and Tomasz Brzezinski, two Polish aid workers, at dawn.")
    assert people["Ewa Nowicka"][0] == "POL"
    assert people["Tomasz Brzezinski"][0] == "POL"


def test_mentions_affiliation_singular_description_after_two_names_is_the_seconds(pipeline: Pipeline) -> None:
    people = _people(pipeline, "Police arrested Ewa Nowicka and Tomasz Brzezinski, the Polish consul, in the city.")
    assert "Ewa Nowicka" not in people
    assert people["Tomasz Brzezinski"][0] == "POL"


def test_mentions_affiliation_of_a_place_after_a_titled_name_gives_its_country(pipeline: Pipeline) -> None:
    people = _people(pipeline, "Senator Mark Dowling of Texas said the deal was bad.")
    assert people["Mark Dowling"] == ("USA", "LEG")
    people = _people(pipeline, "Governor Luis Pazmino of Carchi province said the road was shut.")
    assert people["Luis Pazmino"][0] == "ECU"


def test_mentions_affiliation_led_by_takes_the_groups_body(pipeline: Pipeline) -> None:
    text = "A staff mission from the World Bank, led by Ms. Ingrid Halvorsen, arrived in Lusaka on Monday."
    people = _people(pipeline, text)
    assert people["Ingrid Halvorsen"][0] == "IGO"


def test_mentions_affiliation_led_by_takes_the_country_of_the_groups_province(pipeline: Pipeline) -> None:
    text = (
        "HANOI -- Vietnamese officials met a delegation from Kandal province led by Deputy Governor "
        "Sok Pheara in An Giang on Monday."
    )
    assert _people(pipeline, text)["Sok Pheara"] == ("KHM", "GOV")


def test_mentions_affiliation_led_by_a_demonym_group(pipeline: Pipeline) -> None:
    text = "Talks in Nairobi resumed after a Ugandan delegation headed by Peter Okello arrived on Monday."
    assert _people(pipeline, text)["Peter Okello"][0] == "UGA"


def test_mentions_affiliation_passive_headed_by_takes_the_subjects_country(pipeline: Pipeline) -> None:
    text = "Kenya's delegation was headed by Samuel Kiprono, who said the talks went well."
    assert _people(pipeline, text)["Samuel Kiprono"][0] == "KEN"
