"""Defence ministers, premiers and immigration holders of office gaps (stop 49) hold office on their dates."""

from __future__ import annotations

from datetime import date

from _knowledge_setup import offices


def test_knowledge_defence_premier_gap_holders_row_errors_end_their_terms() -> None:
    assert offices("Peter Dutton", date(2016, 1, 1)) == {("AUS", "Immigration Minister")}
    assert offices("Peter Dutton", date(2019, 1, 1)) == {("AUS", "Home Affairs Minister")}
    assert offices("Chris Bowen", date(2012, 6, 1)) == {("AUS", "Immigration Minister")}
    assert not offices("Chris Bowen", date(2013, 3, 1))
    assert offices("Brendan O'Connor", date(2013, 3, 1)) == {("AUS", "Immigration Minister")}
    assert offices("David Coleman", date(2019, 6, 1)) == {("AUS", "Immigration Minister")}


def test_knowledge_defence_premier_gap_holders_defence_ministers_hold_office_on_their_dates() -> None:
    assert ("MMR", "Defence Minister") in offices("Than Shwe", date(2005, 1, 1))
    assert ("MMR", "Defence Minister") in offices("Saw Maung", date(1990, 1, 1))
    assert offices("Crispin Atama Tabe", date(2020, 6, 1)) == {("COD", "Defence Minister")}
    assert offices("Chaiya Sasomsab", date(2008, 11, 1)) == {("THA", "Defence Minister")}
    assert offices("Costas Papacostas", date(2010, 1, 1)) == {("CYP", "Defence Minister")}
    assert offices("Demetris Eliades", date(2012, 1, 1)) == {("CYP", "Defence Minister")}
    assert offices("Jose Urquizo", date(2012, 6, 1)) == {("PER", "Defence Minister")}
    assert offices("Pedro Cateriano", date(2014, 1, 1)) == {("PER", "Defence Minister")}
    assert ("BFA", "Defence Minister") in offices("Blaise Compaore", date(2012, 1, 1))


def test_knowledge_defence_premier_gap_holders_premiers_hold_office_on_their_dates() -> None:
    assert offices("Guillermo Larco Cox", date(1990, 1, 1)) == {("PER", "Prime Minister")}
    assert offices("Modibo Keita", date(2002, 5, 1)) == {("MLI", "Prime Minister")}
    assert offices("Edouard Frank", date(1992, 1, 1)) == {("CAF", "Prime Minister")}


def test_knowledge_defence_premier_gap_holders_left_out_surnames_stay_out() -> None:
    assert not offices("Yasin Zia", date(2021, 5, 1))  # a bare 'Zia' is Khaleda Zia
    assert not offices("Luis Fernando Lopez", date(2020, 1, 1))  # Venezuela's Padrino Lopez
    assert not offices("Daniel Mora", date(2011, 9, 1))  # Mexico's Blake Mora; an Indian town
