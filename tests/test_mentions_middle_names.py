"""More forms of a known person's name (names48b): a middle initial or a patronymic between the given
name and the surname, a form of address of another language, "Bin" in capitals, and a senior rank
before a ruler's surname."""

from __future__ import annotations

from datetime import date

import pytest

from _mentions_setup import person_codes
from parley.mentions._name_forms import capitalised_patronymic
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _code_of(found: dict[str, str], name: str) -> str | None:
    """The code of the person mention that holds the name."""
    return next((code for text, code in found.items() if name in text.split()), None)


def test_middle_names_a_middle_initial_is_passed_over(pipeline: Pipeline) -> None:
    found = person_codes(pipeline, "Vladimir V. Putin annexed Crimea.", date(2014, 5, 1))
    assert found.get("Vladimir V. Putin") == "RUS"
    found = person_codes(pipeline, "Boris N. Yeltsin met the envoy in Moscow.", date(1998, 5, 1))
    assert found.get("Boris N. Yeltsin") == "RUS"


def test_middle_names_a_patronymic_is_passed_over(pipeline: Pipeline) -> None:
    found = person_codes(pipeline, "Dmitry Anatolyevich Medvedev signed the decree.", date(2010, 5, 1))
    assert found.get("Dmitry Anatolyevich Medvedev") == "RUS"


def test_middle_names_an_unknown_name_with_an_initial_stays_unknown(pipeline: Pipeline) -> None:
    found = person_codes(pipeline, "Vladimir K. Smirnovsky opened the shop.", date(2014, 5, 1))
    assert found.get("Vladimir K. Smirnovsky") is None


def test_name_forms_capitalised_patronymic_writes_bin_in_capitals() -> None:
    assert capitalised_patronymic("Osama bin Laden") == "Osama Bin Laden"
    assert capitalised_patronymic("Vladimir Putin") is None


def test_middle_names_bin_in_capitals(pipeline: Pipeline) -> None:
    found = person_codes(pipeline, "Mohammed Bin Salman met the British envoy.", date(2018, 5, 1))
    assert found.get("Mohammed Bin Salman") == "SAU"


def test_middle_names_forms_of_address_of_other_languages(pipeline: Pipeline) -> None:
    assert _code_of(person_codes(pipeline, "Frau Merkel met Macron in Berlin.", date(2018, 5, 1)), "Merkel") == "DEU"
    found = person_codes(pipeline, "Señor Maduro rejected the recall vote.", date(2016, 5, 1))
    assert _code_of(found, "Maduro") == "VEN"


def test_middle_names_malay_honorific_before_a_surname(pipeline: Pipeline) -> None:
    # "Tun", a Malaysian honour the news sets before a name; the parser reads "Tun Mahathir" as one name
    found = person_codes(pipeline, "Tun Mahathir cancelled the rail project.", date(2018, 6, 1))
    assert _code_of(found, "Mahathir") == "MYS"


def test_middle_names_a_senior_rank_before_a_ruler_s_surname(pipeline: Pipeline) -> None:
    # a story about Switzerland: the colonel is Libya's leader, not a Swiss officer
    found = person_codes(pipeline, "Colonel Gadhafi warned Switzerland over the arrest.", date(2010, 5, 1))
    assert _code_of(found, "Gadhafi") == "LBY"


def test_name_forms_a_form_of_address_makes_a_place_named_surname_a_person(pipeline: Pipeline) -> None:
    # a gazetteer place shares the name "Bush"; "Mr." is said of people only
    found = person_codes(pipeline, "Mr. Bush met Blair in Washington.", date(2004, 5, 1))
    assert _code_of(found, "Bush") == "USA"


def test_middle_names_a_given_middle_name_inside_one_parsed_name(pipeline: Pipeline) -> None:
    found = person_codes(pipeline, "Jacob Gedleyihlekisa Zuma met the Chinese president.", date(2015, 6, 1))
    assert _code_of(found, "Zuma") == "ZAF"


def test_middle_names_a_given_middle_name_with_an_unknown_surname_stays_unknown(pipeline: Pipeline) -> None:
    found = person_codes(pipeline, "Jacob Gedleyihlekisa Mokoena met the Chinese president.", date(2015, 6, 1))
    assert _code_of(found, "Mokoena") is None


def test_middle_names_spans_read_from_each_distinct_word(pipeline: Pipeline) -> None:
    from parley.mentions._middle_names import middle_name_spans

    # the same initial twice, and a word at the document's end that has no surname after it
    sdoc = pipeline.nlp("Olga T. Marsh met Olga T. Marsh's aide, then Ivan Q.")
    known = {"Olga Marsh", "Ivan Quill"}
    found = list(middle_name_spans(sdoc, known))
    assert [(sdoc[s:e].text, p) for s, e, p in found] == [("Olga T. Marsh", "Olga Marsh")] * 2
    assert list(middle_name_spans(sdoc, known)) == found  # read again: the words' kept flags give the same
