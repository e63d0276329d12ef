"""Office holders the validation sets name (stop 50 valpersons50) and US presidents before Reagan
(stop 55) hold office on their dates."""

from __future__ import annotations

from datetime import date

from _knowledge_setup import offices


def test_knowledge_validation_named_holders_presidents_before_1990_hold_office_on_their_dates() -> None:
    assert offices("Ronald Reagan", date(1985, 6, 1)) == {("USA", "President")}
    assert not offices("Ronald Reagan", date(1990, 6, 1))
    assert offices("Francisco Macías Nguema", date(1975, 1, 1)) == {("GNQ", "President")}
    assert not offices("Francisco Macias Nguema", date(1980, 1, 1))  # overthrown by Obiang in August 1979


def test_knowledge_validation_named_holders_kosovo_office_director_and_rebel_leader() -> None:
    assert offices("Petar Petković", date(2021, 9, 30)) == {("SRB", "Office for Kosovo and Metohija Director")}
    assert not offices("Petar Petkovic", date(2019, 1, 1))
    assert offices("Harold Keke", date(2003, 1, 1)) == {("SLB", "Guadalcanal Liberation Front Leader")}
    assert not offices("Harold Keke", date(2003, 9, 1))  # surrendered on 13 August 2003


def test_knowledge_validation_named_holders_us_presidents_before_reagan_hold_office_on_their_dates() -> None:
    assert offices("Jimmy Carter", date(1979, 6, 1)) == {("USA", "President")}
    assert not offices("Jimmy Carter", date(1982, 1, 1))
    assert offices("Richard Nixon", date(1972, 1, 1)) == {("USA", "President")}
    assert offices("Gerald Ford", date(1975, 1, 1)) == {("USA", "President")}
