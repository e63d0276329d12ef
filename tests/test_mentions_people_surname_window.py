"""People in the mentions stage: how long after (or before) a term a bare surname still names its holder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from _mentions_setup import people_of_2004 as _people
from parley.errors import SettingsError
from parley.pipeline import Pipeline
from parley.settings import Settings


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


#: Invented office holders: one surname of one country, and one surname of two countries decades apart.
_INVENTED_PEOPLE = (
    "name\tcode\tsector\toffice\tvalid_from\tvalid_to\taliases\n"
    "Mara Velthorn\tFIN\tGOV\tPrime Minister\t2000-01-01\t2004-01-01\t\n"
    "Ilse Quorvath\tNOR\tGOV\tPrime Minister\t1990-01-01\t1995-01-01\t\n"
    "Anton Quorvath\tPER\tGOV\tPresident\t2010-01-01\t2015-01-01\t\n"
)


@pytest.fixture(scope="module")
def invented_people(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("people")
    (folder / "people.tsv").write_text(_INVENTED_PEOPLE, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def in_office_only(invented_people: Path) -> Pipeline:
    return Pipeline(Settings(coder="rules", knowledge_dirs=(invented_people,), surname_years_after=0))


@pytest.fixture(scope="module")
def ten_year_window(invented_people: Path) -> Pipeline:
    settings = Settings(
        coder="rules", knowledge_dirs=(invented_people,), surname_years_after=10, surname_years_before=10
    )
    return Pipeline(settings)


def test_mentions_people_bare_surname_of_nobody_in_office_stays_unresolved(in_office_only: Pipeline) -> None:
    # with no window a bare surname is only somebody's on a day they hold office
    assert _people(in_office_only, "Velthorn said the talks had gone well.", date(2002, 3, 1)) == {"Velthorn": "FIN"}
    assert "Velthorn" not in _people(in_office_only, "Velthorn said the talks had gone well.", date(2009, 3, 1))


def test_mentions_people_bare_surname_within_the_window_after_a_term(ten_year_window: Pipeline) -> None:
    # a name the parser reads as a person's: five years after her term she is still the one so named;
    # twenty years after, nobody
    text = "Mr Velthorn said the talks had gone well."
    assert _people(ten_year_window, text, date(2009, 3, 1)).get("Velthorn") == "FIN"
    assert "Velthorn" not in _people(ten_year_window, text, date(2024, 3, 1))


def test_mentions_people_word_not_read_as_a_person_needs_a_holder_in_office(ten_year_window: Pipeline) -> None:
    # the parser takes this "Velthorn" for an organisation: out of office, it is nobody's name
    text = "Velthorn said the talks had gone well."
    assert _people(ten_year_window, text, date(2002, 3, 1)).get("Velthorn") == "FIN"
    assert "Velthorn" not in _people(ten_year_window, text, date(2009, 3, 1))


def test_mentions_people_shared_surname_goes_to_the_holder_nearest_in_time(ten_year_window: Pipeline) -> None:
    # two countries' holders named Quorvath: the one whose term is nearest the article's date
    text = "The talks had gone well, Quorvath told reporters."
    assert _people(ten_year_window, text, date(1997, 3, 1)).get("Quorvath") == "NOR"
    assert _people(ten_year_window, text, date(2017, 3, 1)).get("Quorvath") == "PER"
    assert "Quorvath" not in _people(ten_year_window, text, date(2040, 3, 1))


def test_mentions_people_surname_window_must_not_be_negative() -> None:
    with pytest.raises(SettingsError, match="surname_years"):
        Settings(surname_years_after=-1)


@pytest.mark.parametrize(
    ("surname", "day", "code"),
    [
        ("Holkeri", date(1989, 5, 1), "FIN"),
        ("Holkeri", date(2004, 2, 1), "UNO"),
        ("Geoana", date(2002, 5, 1), "ROU"),
        ("Geoana", date(2021, 5, 1), "IGO"),
        ("Pellegrini", date(2005, 5, 1), "UNO"),
        ("Pellegrini", date(2019, 5, 1), "SVK"),
        ("Haekkerup", date(1998, 5, 1), "DNK"),
        ("Haekkerup", date(2001, 6, 1), "UNO"),
        ("Haekkerup", date(2012, 5, 1), "DNK"),
    ],
)
def test_mentions_people_shared_surname_of_two_terms_goes_to_the_one_in_office(
    pipeline: Pipeline, surname: str, day: date, code: str
) -> None:
    # holders of two codes whose terms do not overlap: the word is the one in office that day
    text = f"The talks had gone well, {surname} told reporters on Monday."
    assert _people(pipeline, text, day).get(surname) == code
