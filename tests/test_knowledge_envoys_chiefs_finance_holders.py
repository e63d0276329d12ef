"""Envoys, military chiefs, armed-group commanders and finance ministers of the stop 45 block hold office
on their dates, and only then."""

from __future__ import annotations

from datetime import date

from _knowledge_setup import offices


def test_knowledge_envoys_chiefs_finance_holders_envoys_hold_office_on_their_dates() -> None:
    assert offices("George Mitchell", date(2010, 1, 1)) == {("USA", "Special Envoy for Middle East Peace")}
    assert offices("Jason Greenblatt", date(2018, 1, 1)) == {
        ("USA", "Special Representative for International Negotiations")
    }
    assert ("USA", "Special Representative for Afghanistan Reconciliation") in offices(
        "Zalmay Khalilzad", date(2020, 2, 29)
    )
    assert offices("Scott Gration", date(2010, 1, 1)) == {("USA", "Special Envoy for Sudan")}
    assert not offices("George Mitchell", date(2012, 1, 1))


def test_knowledge_envoys_chiefs_finance_holders_commanders_hold_office_on_their_dates() -> None:
    assert offices("Norman Schwarzkopf", date(1991, 2, 1)) == {("USA", "CENTCOM Commander")}
    assert offices("Nadeem Raza", date(2021, 1, 1)) == {("PAK", "Chairman of the Joint Chiefs of Staff Committee")}
    assert offices("Mustafa Badreddine", date(2012, 1, 1)) == {("LBN", "Hezbollah Military Commander")}
    assert offices("Zhang Youxia", date(2020, 1, 1)) == {("CHN", "Central Military Commission Vice Chairman")}
    assert not offices("Vincent Brooks", date(2019, 1, 1))  # Robert Abrams's command by then


def test_knowledge_envoys_chiefs_finance_holders_finance_ministers_hold_office_on_their_dates() -> None:
    assert offices("Sri Mulyani Indrawati", date(2020, 1, 1)) == {("IDN", "Finance Minister")}
    assert offices("Sri Mulyani", date(2008, 1, 1)) == {("IDN", "Finance Minister")}
    assert offices("Trevor Manuel", date(2005, 1, 1)) == {("ZAF", "Finance Minister")}
    assert offices("Ngozi Okonjo-Iweala", date(2013, 1, 1)) == {("NGA", "Finance Minister")}
    assert not offices("Sri Mulyani Indrawati", date(2012, 1, 1))  # Agus Martowardojo's term


def test_knowledge_envoys_chiefs_finance_holders_advisers_and_aides_hold_office_on_their_dates() -> None:
    assert offices("Shotaro Yachi", date(2016, 1, 1)) == {("JPN", "National Security Secretariat Secretary General")}
    assert ("AFG", "National Security Adviser") in offices("Hanif Atmar", date(2016, 1, 1))
    assert offices("Fang Fenghui", date(2015, 1, 1)) == {("CHN", "Chief of the Joint Staff Department")}
    assert offices("Jacek Rostowski", date(2010, 1, 1)) == {("POL", "Finance Minister")}
    assert not offices("Shotaro Yachi", date(2020, 1, 1))  # Shigeru Kitamura's term


def test_knowledge_envoys_chiefs_finance_holders_early_finance_ministers_hold_office_on_their_dates() -> None:
    assert offices("Carlos Solchaga", date(1990, 1, 1)) == {("ESP", "Economy Minister")}
    assert offices("Rubens Ricupero", date(1994, 6, 1)) == {("BRA", "Finance Minister")}
    assert not offices("Chris Liebenberg", date(1997, 1, 1))  # Trevor Manuel's term
