"""tools/office_gaps.py: the years a state's main offices have nobody in people.tsv."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from office_gaps import gaps, main, ranges  # noqa: E402

_COUNTRIES = [
    {"code": "AAA", "name": "Aland", "valid_from": "", "valid_to": ""},
    {"code": "BBB", "name": "Borland", "valid_from": "2001-06-01", "valid_to": ""},
]


def _person(code: str, office: str, start: str, end: str) -> dict[str, str]:
    return {"name": "X", "code": code, "office": office, "valid_from": start, "valid_to": end}


def test_tools_office_gaps_years_with_an_uncovered_day() -> None:
    people = [
        _person("AAA", "Foreign Minister", "1999-01-01", "2000-03-01"),
        _person("AAA", "Acting Foreign Minister", "2000-05-01", ""),
    ]
    found = gaps(_COUNTRIES, people, range(1998, 2003), {"AAA"})["AAA"][1]
    assert found["foreign_minister"] == [1998, 2000]
    assert found["defence_minister"] == [1998, 1999, 2000, 2001, 2002]


def test_tools_office_gaps_slack_ignores_short_holes() -> None:
    people = [
        _person("AAA", "Defence Minister", "", "2000-03-01"),
        _person("AAA", "Defence Minister", "2000-03-05", ""),
    ]
    assert gaps(_COUNTRIES, people, range(2000, 2001), {"AAA"}, slack=0)["AAA"][1]["defence_minister"] == [2000]
    assert "defence_minister" not in gaps(_COUNTRIES, people, range(2000, 2001), {"AAA"}, slack=7)["AAA"][1]


def test_tools_office_gaps_state_years_and_presidential_government() -> None:
    people = [_person("BBB", "President", "2001-06-01", "")]
    found = gaps(_COUNTRIES, people, range(1995, 2004), {"BBB"})["BBB"][1]
    # Before the state exists there is no gap; with no head of government its president heads it.
    assert "head_of_state" not in found
    assert "head_of_government" not in found


def test_tools_office_gaps_realm_governor_general_holds_head_of_state() -> None:
    people = [
        _person("AAA", "Governor-General", "1995-01-01", "2000-01-01"),
        _person("AAA", "Prime Minister", "1995-01-01", ""),
    ]
    found = gaps(_COUNTRIES, people, range(1998, 2002), {"AAA"})["AAA"][1]
    assert found["head_of_state"] == [2000, 2001]
    assert "head_of_government" not in found


def test_tools_office_gaps_ranges_join_consecutive_years() -> None:
    assert ranges([1990, 1991, 1992, 1995, 1997, 1998]) == "1990-1992,1995,1997-1998"


def test_tools_office_gaps_main_prints_counts(capsys) -> None:  # type: ignore[no-untyped-def]
    main(["--codes", "FRA", "--counts", "--first", "2020", "--last", "2021"])
    assert capsys.readouterr().out.startswith("gap years per office: head_of_state 0")


def test_tools_office_gaps_interior_gathers_home_and_security_names() -> None:
    people = [
        _person("AAA", "Interior Minister", "1999-01-01", "2000-01-01"),
        _person("AAA", "Home Secretary", "2000-01-01", "2001-01-01"),
        _person("AAA", "Public Security Minister", "2001-01-01", "2002-01-01"),
    ]
    found = gaps(_COUNTRIES, people, range(1999, 2003), {"AAA"})["AAA"][1]
    assert found["interior_minister"] == [2002]


def test_tools_office_gaps_head_of_state_gathers_junta_and_council_chairmen() -> None:
    people = [
        _person("AAA", "Chairman of the Supreme Soviet", "1999-01-01", "2000-01-01"),
        _person("AAA", "Chairman of the State Peace and Development Council", "2000-01-01", "2001-01-01"),
        _person("AAA", "Leader", "2001-01-01", "2002-01-01"),
        _person("AAA", "Chairman of the Transitional Military Council", "2002-01-01", "2003-01-01"),
    ]
    found = gaps(_COUNTRIES, people, range(1999, 2004), {"AAA"})["AAA"][1]
    assert found["head_of_state"] == [2003]


def test_tools_office_gaps_interior_gathers_police_and_public_order_names() -> None:
    people = [
        _person("AAA", "Public Safety Minister", "1999-01-01", "2000-01-01"),
        _person("AAA", "Police Minister", "2000-01-01", "2001-01-01"),
        _person("AAA", "Public Order Minister", "2001-01-01", "2002-01-01"),
        _person("AAA", "Territorial Administration Minister", "2002-01-01", "2003-01-01"),
    ]
    found = gaps(_COUNTRIES, people, range(1999, 2004), {"AAA"})["AAA"][1]
    assert found["interior_minister"] == [2003]


def test_tools_office_gaps_defence_gathers_moroccan_minister_delegate() -> None:
    people = [_person("AAA", "Minister Delegate for National Defence", "1999-01-01", "2001-01-01")]
    found = gaps(_COUNTRIES, people, range(1999, 2002), {"AAA"})["AAA"][1]
    assert found["defence_minister"] == [2001]


def test_tools_office_gaps_heads_gather_princes_liberian_chairmen_and_chief_executives() -> None:
    people = [
        _person("AAA", "Prince", "1999-01-01", "2000-01-01"),
        _person("AAA", "Chairman of the Council of State", "2000-01-01", "2001-01-01"),
        _person("AAA", "Chairman of the Transitional Government", "2001-01-01", "2002-01-01"),
        _person("AAA", "Chief Executive", "1999-01-01", "2002-01-01"),
    ]
    found = gaps(_COUNTRIES, people, range(1999, 2003), {"AAA"})["AAA"][1]
    assert found["head_of_state"] == [2002]
    assert found["head_of_government"] == [2002]


def test_tools_office_gaps_national_office_names_count_in_their_state_only() -> None:
    countries = [*_COUNTRIES, {"code": "GEO", "name": "Georgia", "valid_from": "", "valid_to": ""}]
    people = [
        _person("GEO", "Prime Minister", "1990-01-01", "1995-01-01"),
        _person("GEO", "State Minister", "1995-01-01", "1997-01-01"),
        _person("AAA", "Prime Minister", "1990-01-01", "1995-01-01"),
        _person("AAA", "State Minister", "1995-01-01", "1997-01-01"),
    ]
    found = gaps(countries, people, range(1994, 1997), {"GEO", "AAA"})
    # Georgia's State Minister headed its government; elsewhere the words name a junior post.
    assert "head_of_government" not in found["GEO"][1]
    assert found["AAA"][1]["head_of_government"] == [1995, 1996]


def test_tools_office_gaps_council_chairmen_head_only_their_own_state() -> None:
    # Algeria's High Council of State headed the state in 1992-1994; Libya's is an advisory senate
    countries = [
        {"code": "DZA", "name": "Algeria", "valid_from": "", "valid_to": ""},
        {"code": "LBY", "name": "Libya", "valid_from": "", "valid_to": ""},
    ]
    people = [
        _person("DZA", "Chairman of the High Council of State", "1992-01-01", "1994-01-01"),
        _person("LBY", "Chairman of the High Council of State", "1992-01-01", "1994-01-01"),
    ]
    found = gaps(countries, people, range(1992, 1995), None)
    assert found["DZA"][1]["head_of_state"] == [1994]
    assert found["LBY"][1]["head_of_state"] == [1992, 1993, 1994]


def test_tools_office_gaps_interior_gathers_law_and_order_minister() -> None:
    people = [_person("AAA", "Law and Order Minister", "1999-01-01", "2001-01-01")]
    found = gaps(_COUNTRIES, people, range(1999, 2002), {"AAA"})["AAA"][1]
    assert found["interior_minister"] == [2001]


def test_tools_office_gaps_brazil_justice_minister_holds_the_police() -> None:
    countries = [{"code": "BRA", "name": "Brazil", "valid_from": "", "valid_to": ""}]
    people = [_person("BRA", "Justice Minister", "1999-01-01", "")]
    assert "interior_minister" not in gaps(countries, people, range(1999, 2001), {"BRA"})["BRA"][1]
    # Anywhere else a justice minister is no interior minister.
    other = [_person("AAA", "Justice Minister", "1999-01-01", "")]
    assert gaps(_COUNTRIES, other, range(1999, 2001), {"AAA"})["AAA"][1]["interior_minister"] == [1999, 2000]


def test_tools_office_gaps_acting_chancellor_heads_the_government() -> None:
    people = [
        _person("AAA", "Chancellor", "", "2000-03-01"),
        _person("AAA", "Acting Chancellor", "2000-03-01", "2000-03-20"),
        _person("AAA", "Chancellor", "2000-03-20", ""),
    ]
    assert "head_of_government" not in gaps(_COUNTRIES, people, range(2000, 2001), {"AAA"})["AAA"][1]
