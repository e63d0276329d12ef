"""Interior, home and police ministers of office gaps (stop 48 persons48a) hold office on their dates."""

from __future__ import annotations

from datetime import date

from _knowledge_setup import offices


def test_knowledge_interior_police_holders_police_ministers_hold_office_on_their_dates() -> None:
    assert offices("Ronni Milo", date(1991, 1, 1)) == {("ISR", "Police Minister")}
    assert offices("Moshe Shahal", date(1994, 1, 1)) == {("ISR", "Police Minister")}
    assert offices("Hernus Kriel", date(1993, 1, 1)) == {("ZAF", "Law and Order Minister")}
    assert offices("Adriaan Vlok", date(1990, 6, 1)) == {("ZAF", "Law and Order Minister")}
    assert not offices("Adriaan Vlok", date(1992, 1, 1))  # Kriel's term by then


def test_knowledge_interior_police_holders_interior_ministers_hold_office_on_their_dates() -> None:
    assert offices("Michel Murr", date(1998, 1, 1)) == {("LBN", "Interior Minister")}
    assert offices("Michel Murr", date(1991, 6, 1)) == {("LBN", "Defence Minister")}
    assert offices("Hassan Sabaa", date(2005, 5, 1)) == {("LBN", "Interior Minister")}
    assert offices("Catalino Cuy", date(2017, 6, 1)) == {("PHL", "Interior Secretary")}
    assert offices("Eduardo Ano", date(2018, 6, 1)) == {("PHL", "Interior Secretary")}
    assert offices("Brahim Merad", date(2022, 1, 1)) == {("DZA", "Interior Minister")}
    assert offices("Murat Basesgioglu", date(1998, 1, 1)) == {("TUR", "Interior Minister")}
    assert offices("Kutlu Aktas", date(1999, 3, 1)) == {("TUR", "Interior Minister")}
    assert not offices("Kutlu Aktas", date(1999, 7, 1))  # Tantan's term by then
    assert offices("Zoran Zivkovic", date(2002, 1, 1)) == {("YUG", "Interior Minister")}
    assert offices("Zoran Zivkovic", date(2003, 6, 1)) == {("SRB", "Prime Minister")}


def test_knowledge_interior_police_holders_left_out_surnames_stay_out() -> None:
    assert not offices("Yuriy Smyrnov", date(2002, 1, 1))  # a bare 'Smirnov' is Transnistria's leader
    assert not offices("Elaine Duke", date(2017, 9, 1))  # 'Duke' is a word


def test_knowledge_interior_police_holders_sbu_chiefs_hold_office_on_their_dates() -> None:
    assert offices("Leonid Derkach", date(2000, 1, 1)) == {("UKR", "SBU Chief")}
    assert offices("Volodymyr Radchenko", date(2002, 1, 1)) == {("UKR", "SBU Chief")}
    assert not offices("Volodymyr Radchenko", date(1999, 1, 1))  # Derkach's term, between his two
    assert offices("Ihor Smeshko", date(2004, 6, 1)) == {("UKR", "SBU Chief")}
    assert offices("Oleksandr Turchynov", date(2005, 5, 1)) == {("UKR", "SBU Chief")}
    assert offices("Yevhen Marchuk", date(1993, 1, 1)) == {("UKR", "SBU Chief")}


def test_knowledge_interior_police_holders_greek_citizen_protection_after_2023_hold_office() -> None:
    assert offices("Giannis Oikonomou", date(2023, 9, 1)) == {("GRC", "Citizen Protection Minister")}
    assert not offices("Giannis Oikonomou", date(2024, 9, 1))  # Chrisochoidis's term by then
    assert offices("Michalis Chrisochoidis", date(2025, 3, 1)) == {("GRC", "Citizen Protection Minister")}
    assert not offices("Michalis Chrisochoidis", date(2023, 9, 1))  # Oikonomou's term
